"""The rules advisors apply (docs/advice-rules.md), one test per rule, against the sample catalog.

The candidates are people an advisor meets, built through the domain dataclasses. The tests look at
item kinds, levels, leerwegen and credentials, never at offering codes: the sample catalog is
regenerated from real crebo codes. The funding table is the one `sample_funding.py` ships.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import NoReturn

from intake_desk.catalog.sample import load_sample
from intake_desk.catalog.sample_funding import FUNDING
from intake_desk.domain import (
    Availability,
    Barrier,
    Big5,
    Candidate,
    Cefr,
    CredentialKind,
    DutchLevel,
    EducationEntry,
    EducationLevel,
    ExperienceEntry,
    Factor,
    Goal,
    Intake,
    ItemKind,
    Leerweg,
    PaidTo,
    PersonName,
    Preferences,
    Referrer,
    Route,
    RouteStep,
    Situation,
)
from intake_desk.domain.route import Breach, FundingProblem, GapCode, Violation, ViolationArgs
from intake_desk.matching import Rule, match, match_result, violations
from intake_desk.matching.bridges import heavy_work, physical_limit
from intake_desk.matching.engine import assign_funding, cost_after_funding, step_for
from intake_desk.matching.rules import funding_problem
from intake_desk.plans.texts import gap_text, payment_text, reason_text, violation_text

TODAY = date(2026, 11, 22)
CATALOG = replace(load_sample(), funding=FUNDING)
NATIVE = DutchLevel(native=True, overall=Cefr.C1)
SCHEMES = {f.code: f for f in FUNDING}


def person(born: date, region: str = "rijnmond") -> Candidate:
    return Candidate(PersonName("Test", "Persoon"), birth_date=born, region_code=region, sample=True)


def routes_for(intake: Intake, cand: Candidate, top: int = 10) -> list[Route]:
    found = match(intake, CATALOG, TODAY, top=top, candidate=cand)
    for r in found:
        assert violations(r, intake, CATALOG, TODAY, cand) == []
    return found


def gap_codes(route: Route) -> set[str]:
    return {g.code for g in route.gaps}


def is_diploma(route: Route, min_level: int = 0) -> bool:
    last = route.steps[-1]
    return (last.kind is ItemKind.QUALIFICATION and last.credential is CredentialKind.DIPLOMA
            and (last.level or 0) >= min_level)


def entree(step: RouteStep) -> bool:
    return step.kind is ItemKind.QUALIFICATION and step.level == 1


# --- Kwalificatieplicht and the RMC band ---

def test_kwalificatieplicht_17_year_old_gets_only_school_routes_to_a_diploma() -> None:
    """Under 18 without a startkwalificatie: BOL (or BBL with a job) towards a diploma; no derde
    leerweg, no praktijkleren, no loose course as the route."""
    intake = Intake(date=TODAY, situation=Situation.SCHOOL_LEAVER, referrer=Referrer.SCHOOL,
                    education=(EducationEntry(EducationLevel.VMBO_KB),), dutch=NATIVE,
                    availability=Availability(36), has_job_or_placement=True,
                    goals=(Goal("Kok", sector="horeca"),))
    cand = person(date(2009, 6, 1))
    found = routes_for(intake, cand)
    assert found
    for r in found:
        assert r.steps[-1].kind is ItemKind.QUALIFICATION
        assert r.steps[-1].credential is CredentialKind.DIPLOMA
        assert r.steps[-1].leerweg in (Leerweg.BOL, Leerweg.BBL)
        assert all(s.leerweg is not Leerweg.DERDE_LEERWEG for s in r.steps)
        # no praktijkleren subsidy while the duty lasts (the step starts before the 18th birthday)
        assert all(s.payment is None or not s.payment.subsidy_code for s in r.steps
                   if s.start < date(2027, 6, 1))
        assert all(not s.funding_code.startswith("praktijkleren") for s in r.steps)
        assert "kwalificatieplicht" in gap_codes(r)
        for s in r.steps:  # under 18 at the start: no les- or cursusgeld for the school years
            # begun before 18 (the fee is owed from 1 August of the year one is 18), nobody "pays" it
            if s.start < date(2027, 6, 1) and s.kind is ItemKind.QUALIFICATION:
                assert s.payment is not None and s.payment.covered == 0
                assert s.payment.you_pay < s.cost
                assert "geen les- of cursusgeld" in payment_text(s.payment, "nl")
    # the same person at 25 may take the shorter routes, and the checker names the rule for the 17-year-old
    older = routes_for(intake, person(date(2000, 6, 1)))
    short = [r for r in older if not is_diploma(r)]
    assert short
    broken = violations(short[0], intake, CATALOG, TODAY, cand)
    assert Rule.KWALIFICATIEPLICHT in {v.rule for v in broken}


def test_entree_before_a_technical_diploma_is_the_technical_entree_profile() -> None:
    """A school-leaver without a vmbo diploma reaches level 2 through Entree; the Entree profile is
    the one nearest the goal's field."""
    intake = Intake(date=TODAY, situation=Situation.SCHOOL_LEAVER, dutch=NATIVE,
                    education=(EducationEntry(EducationLevel.VMBO_BB, completed=False),),
                    availability=Availability(32),
                    goals=(Goal("Monteur elektrotechnische installaties", sector="techniek"),))
    found = routes_for(intake, person(date(2009, 6, 1), "achterhoek"))
    bridged = [r for r in found if any(entree(s) for s in r.steps[:-1])]
    assert bridged
    for r in bridged:
        profile = next(s for s in r.steps if entree(s)).title.casefold()
        assert "techniek" in profile or "elektro" in profile or "install" in profile, profile


def test_rmc_band_puts_a_startkwalificatie_first_and_names_the_rmc() -> None:
    """18-22 without a startkwalificatie: a route to mbo 2+ first, and the RMC follow-up in the gaps,
    even when the candidate asked for a praktijkverklaring."""
    intake = Intake(date=TODAY, situation=Situation.JOB_SEEKER, referrer=Referrer.GEMEENTE,
                    education=(EducationEntry(EducationLevel.VMBO_BB),), dutch=NATIVE,
                    availability=Availability(36), has_job_or_placement=True,
                    goals=(Goal("Helpende zorg en welzijn", sector="zorg en welzijn",
                                credential=CredentialKind.PRAKTIJKVERKLARING),))
    found = routes_for(intake, person(date(2005, 3, 1)))
    assert found and is_diploma(found[0], 2)
    assert all("rmc" in gap_codes(r) for r in found)
    rmc = next(g for r in found for g in r.gaps if g.code == "rmc")
    assert "RMC" in gap_text(rmc, "nl") and "23" in gap_text(rmc, "nl") and "RMC" in gap_text(rmc, "en")
    why = [x for x in found[0].reasons if "startkwalificatie" in reason_text(x, "nl")]
    assert why
    # at 30 the wish decides again: the praktijkverklaring comes first
    adult = routes_for(intake, person(date(1996, 3, 1)))
    assert adult[0].steps[-1].credential is CredentialKind.PRAKTIJKVERKLARING
    assert all("rmc" not in gap_codes(r) for r in adult)


def test_entree_only_without_a_diploma_at_level_2_or_higher() -> None:
    """Entree never for havo/vwo/hbo/wo or mbo 2+, nor after a vmbo diploma of any leerweg (it gives
    access to mbo 2) or an Entree diploma, nor for a foreign vocational diploma (cautious face value);
    it stays open to someone without any diploma."""
    goal = Goal("Helpende zorg en welzijn", sector="zorg en welzijn")
    for level in (EducationLevel.HAVO, EducationLevel.MBO2, EducationLevel.HBO,
                  EducationLevel.FOREIGN_VOCATIONAL, EducationLevel.VMBO_BB, EducationLevel.MBO1):
        intake = Intake(date=TODAY, dutch=NATIVE, availability=Availability(36),
                        education=(EducationEntry(level),), goals=(goal,))
        found = routes_for(intake, person(date(1995, 1, 1)))
        assert all(not entree(s) for r in found for s in r.steps), level
    none = Intake(date=TODAY, dutch=NATIVE, availability=Availability(36),
                  education=(EducationEntry(EducationLevel.VMBO_BB, completed=False),), goals=(goal,))
    found = routes_for(none, person(date(1995, 1, 1)))
    with_entree = [r for r in found if any(entree(s) for s in r.steps)]
    assert with_entree
    havo = Intake(date=TODAY, dutch=NATIVE, availability=Availability(36),
                  education=(EducationEntry(EducationLevel.HAVO),), goals=(goal,))
    assert Rule.ENTREE in {v.rule for v in violations(with_entree[0], havo, CATALOG, TODAY,
                                                      person(date(1995, 1, 1)))}


def test_hbo_graduate_gets_a_short_route_first_unless_the_occupation_needs_the_diploma() -> None:
    """hbo/wo graduates: certificates and short routes before a full lower diploma, and a reason
    says why; a regulated occupation (verzorgende-IG, BIG art. 34) keeps its diploma first."""
    intake = Intake(date=TODAY, situation=Situation.EMPLOYED, dutch=NATIVE, has_job_or_placement=True,
                    education=(EducationEntry(EducationLevel.HBO),), availability=Availability(24),
                    goals=(Goal("Monteur elektrotechnische installaties", sector="techniek"),))
    found = routes_for(intake, person(date(1985, 1, 1)))
    assert found and not is_diploma(found[0])
    assert any("hbo" in reason_text(x, "nl") and x.weight == 0 for x in found[0].reasons)
    care = replace(intake, availability=Availability(40),
                   goals=(Goal("Verzorgende IG", sector="zorg en welzijn"),))
    found = routes_for(care, person(date(1985, 1, 1)))
    assert found and is_diploma(found[0])
    assert any("Wet BIG" in reason_text(x, "nl") for x in found[0].reasons)


def test_credential_wish_and_profile_decide_which_credential_comes_first() -> None:
    """A diploma wish puts the diploma first; without a wish a low-Dutch newcomer gets the
    praktijkverklaring first with a reason that says why the shorter credential comes first."""
    base = Intake(date=TODAY, situation=Situation.NEWCOMER, dutch=DutchLevel(overall=Cefr.A2),
                  education=(EducationEntry(EducationLevel.FOREIGN_SECONDARY, completed=False),),
                  has_job_or_placement=True, availability=Availability(32),
                  goals=(Goal("Kok", sector="horeca"),))
    cand = person(date(1990, 1, 1))
    found = routes_for(base, cand)
    assert found and found[0].steps[-1].credential is CredentialKind.PRAKTIJKVERKLARING
    why = [x for x in found[0].reasons if reason_text(x, "nl").startswith("Eerst een praktijkverklaring")]
    assert why and "B1" in reason_text(why[0], "nl")
    assert reason_text(why[0], "en").startswith("First a workplace statement")
    wish = replace(base, goals=(Goal("Kok", sector="horeca", credential=CredentialKind.DIPLOMA),))
    found = routes_for(wish, cand)
    assert found and is_diploma(found[0])
    native = replace(base, dutch=NATIVE, situation=Situation.SCHOOL_LEAVER)
    found = routes_for(native, person(date(1999, 1, 1)))
    assert found and is_diploma(found[0])


def test_bbl_with_the_current_employer_flags_erkend_leerbedrijf_and_without_a_job_sets_a_deadline() -> None:
    intake = Intake(date=TODAY, situation=Situation.EMPLOYED, dutch=NATIVE,
                    education=(EducationEntry(EducationLevel.VMBO_KB),), availability=Availability(38),
                    experience=(ExperienceEntry("Hulpmonteur", "installatietechniek", current=True,
                                                years=3),),
                    preferences=replace(Intake(date=TODAY).preferences, leerwegen=(Leerweg.BBL,)),
                    goals=(Goal("Monteur elektrotechnische installaties", sector="techniek",
                                credential=CredentialKind.DIPLOMA),))
    cand = person(date(1996, 1, 1))
    for job in (False, True):  # whether or not the job is recorded as a placement
        found = routes_for(replace(intake, has_job_or_placement=job), cand)
        bbl = [r for r in found if any(s.leerweg is Leerweg.BBL for s in r.steps)]
        assert bbl
        for r in bbl:
            gap = next(g for g in r.gaps if g.code == "erkend-leerbedrijf")
            assert "SBB" in gap_text(gap, "nl") and gap.due is not None
    seeker = replace(intake, situation=Situation.JOB_SEEKER, experience=(), has_job_or_placement=False)
    found = routes_for(seeker, cand)
    bbl = [r for r in found if any(s.leerweg is Leerweg.BBL for s in r.steps)]
    assert bbl
    for r in bbl:
        gap = next(g for g in r.gaps if g.code == "leerbedrijf")
        start = min(s.start for s in r.steps if s.leerweg is Leerweg.BBL)
        assert gap.due is not None and TODAY + timedelta(days=13) < gap.due <= start - timedelta(weeks=4)
        assert f"{gap.due:%d-%m-%Y}" in gap_text(gap, "nl")
        assert "erkend-leerbedrijf" not in gap_codes(r)


# --- Funding: who pays whom ---

def _one(intake: Intake, cand: Candidate, leerweg: Leerweg, kind: ItemKind = ItemKind.QUALIFICATION
         ) -> RouteStep:
    """A funded step for the first offering of that leerweg and kind in the candidate's region."""
    o = next(o for o in CATALOG.offerings if o.leerweg is leerweg and o.cost > 0
             and o.region_code == cand.region_code
             and (CATALOG.item(o.item_code) or _never()).kind is kind)
    start = TODAY + timedelta(days=60)
    return assign_funding((step_for(o, CATALOG, start),), intake, CATALOG, cand)[0]


def _never() -> NoReturn:
    raise AssertionError("no such item")


def test_praktijkleren_is_paid_to_the_leerbedrijf_never_as_the_course_fee() -> None:
    intake = Intake(date=TODAY, situation=Situation.JOB_SEEKER, dutch=NATIVE, has_job_or_placement=True,
                    education=(EducationEntry(EducationLevel.VMBO_KB),), availability=Availability(36))
    cand = person(date(1985, 1, 1))
    step = _one(intake, cand, Leerweg.DERDE_LEERWEG, ItemKind.PRAKTIJKVERKLARING)
    assert step.payment is not None
    assert step.payment.subsidy_code == "praktijkleren"
    assert step.funding_code != "praktijkleren"
    assert step.payment.you_pay + step.payment.loan + step.payment.covered == step.cost
    words = payment_text(step.payment, "nl")
    assert "leerbedrijf" in words and "niet naar uw lesgeld" in words
    # forced as a course-fee payer, the checker refuses it
    problem = funding_problem(SCHEMES["praktijkleren"], step, intake, cand)
    assert problem is not None and problem.code is FundingProblem.PRACTICE_PLACE
    said = violation_text(Violation(Rule.FUNDING, Breach.FUNDING, ViolationArgs(
        title=step.title, problem=problem.code, scheme=problem.scheme)), "nl")
    assert "leerbedrijf" in said and "lesgeld" in said


def test_levenlanglerenkrediet_is_a_loan_the_candidate_takes() -> None:
    intake = Intake(date=TODAY, situation=Situation.JOB_SEEKER, dutch=NATIVE, funding=("llk",),
                    education=(EducationEntry(EducationLevel.VMBO_KB),), availability=Availability(36))
    cand = person(date(1984, 1, 1))
    step = _one(intake, cand, Leerweg.BOL)
    assert step.funding_code == "llk" and step.payment is not None
    assert step.payment.loan == step.cost and step.payment.covered == 0
    assert step.payment.paid_to is PaidTo.CANDIDATE
    assert "U leent" in payment_text(step.payment, "nl") and "terug" in payment_text(step.payment, "nl")
    assert "You borrow" in payment_text(step.payment, "en")
    route = Route(steps=(step,), goal_credential=step.credential)
    after, funders = cost_after_funding(route, CATALOG)
    assert after == step.cost and funders == ()  # a loan is paid by the candidate, not "the rest"
    found = routes_for(replace(intake, goals=(Goal("Kok", sector="horeca",
                                                   credential=CredentialKind.DIPLOMA),)), cand)
    loaned = [r for r in found if any(s.funding_code == "llk" for s in r.steps)]
    assert loaned
    cost = next(x for x in loaned[0].reasons if x.factor is Factor.COST)
    assert "leent" in reason_text(cost, "nl") and "de rest" not in reason_text(cost, "nl").casefold()
    # under 30 (mbo) or on a BBL the loan is not offered
    assert funding_problem(SCHEMES["llk"], step, intake, person(date(2001, 1, 1))) is not None


def test_mobility_team_and_gemeente_pay_only_when_the_intake_says_so() -> None:
    seeker = Intake(date=TODAY, situation=Situation.JOB_SEEKER, dutch=NATIVE, has_job_or_placement=True,
                    education=(EducationEntry(EducationLevel.VMBO_KB),), availability=Availability(36))
    cand = person(date(1980, 1, 1))
    step = _one(seeker, cand, Leerweg.DERDE_LEERWEG, ItemKind.PRAKTIJKVERKLARING)
    assert step.funding_code not in ("rmt", "gemeente")
    rmt = _one(replace(seeker, referrer=Referrer.RMT), cand, Leerweg.DERDE_LEERWEG,
               ItemKind.PRAKTIJKVERKLARING)
    assert rmt.funding_code == "rmt" and rmt.payment is not None
    assert "Regionaal mobiliteitsteam betaalt" in payment_text(rmt.payment, "nl")
    assert rmt.provider in payment_text(rmt.payment, "nl")  # paid to the school, by name
    line = _one(replace(seeker, funding=("gemeente",)), cand, Leerweg.DERDE_LEERWEG,
                ItemKind.PRAKTIJKVERKLARING)
    assert line.funding_code == "gemeente"


def test_uwv_scholing_only_for_ww_and_at_most_a_year() -> None:
    ww = Intake(date=TODAY, situation=Situation.WW, referrer=Referrer.UWV, dutch=NATIVE,
                has_job_or_placement=True, education=(EducationEntry(EducationLevel.MBO2),),
                availability=Availability(36), goals=(Goal("Kok", sector="horeca"),))
    cand = person(date(1978, 1, 1))
    found = routes_for(ww, cand)
    uwv = [r for r in found if any(s.funding_code == "uwv-scholing" for s in r.steps)]
    assert uwv and all(r.total_weeks <= 52 for r in uwv)
    step = next(s for r in uwv for s in r.steps if s.funding_code == "uwv-scholing")
    bijstand = replace(ww, situation=Situation.BIJSTAND)
    assert funding_problem(SCHEMES["uwv-scholing"], step, bijstand, cand) is not None
    # a route longer than a year is not paid by UWV (the scheme's own maximum, 52 weeks)
    long = next(r for r in found if r.total_weeks > 52) if any(r.total_weeks > 52 for r in found) \
        else None
    if long is not None:
        assert all(s.funding_code != "uwv-scholing" for s in long.steps)


def test_an_oo_fonds_pays_only_through_an_employer_in_its_own_sector() -> None:
    worker = Intake(date=TODAY, situation=Situation.EMPLOYED, dutch=NATIVE, has_job_or_placement=True,
                    education=(EducationEntry(EducationLevel.VMBO_KB),), availability=Availability(36),
                    experience=(ExperienceEntry("Verkoper", "detailhandel", current=True, years=4),))
    cand = person(date(1980, 1, 1))
    care = next(o for o in CATALOG.offerings if o.cost > 0 and o.region_code == cand.region_code
                and o.leerweg is Leerweg.BBL
                and "zorg" in (CATALOG.item(o.item_code) or _never()).sector.casefold())
    step = step_for(care, CATALOG, TODAY + timedelta(days=60))
    item = CATALOG.item(care.item_code)
    # a retail employer cannot use the care fund; a care employer can; the building fund never pays care
    assert funding_problem(SCHEMES["oo-zorg"], step, worker, cand, item) is not None
    carer = replace(worker, experience=(ExperienceEntry("Helpende", "zorg", current=True, years=4),))
    assert funding_problem(SCHEMES["oo-zorg"], step, carer, cand, item) is None
    assert funding_problem(SCHEMES["oo-bouw"], step, carer, cand, item) is not None
    # not for a full-time school programme, and nobody without an employer
    bol = replace(step, leerweg=Leerweg.BOL)
    assert funding_problem(SCHEMES["oo-zorg"], bol, carer, cand, item) is not None
    seeker = replace(carer, situation=Situation.JOB_SEEKER, has_job_or_placement=False,
                     experience=(ExperienceEntry("Helpende", "zorg", years=4),))
    assert funding_problem(SCHEMES["oo-zorg"], step, seeker, cand, item) is not None


def test_stap_is_never_offered_as_open() -> None:
    intake = Intake(date=TODAY, situation=Situation.JOB_SEEKER, dutch=NATIVE, funding=("stap",),
                    education=(EducationEntry(EducationLevel.MBO2),), availability=Availability(36),
                    goals=(Goal("Kok", sector="horeca"),))
    found = routes_for(intake, person(date(1980, 1, 1)))
    assert found and all(s.funding_code != "stap" for r in found for s in r.steps)
    assert not SCHEMES["stap"].is_open(TODAY)


# --- Bridges and recognition ---

def test_foreign_diploma_gets_the_diploma_evaluation_as_the_first_action() -> None:
    intake = Intake(date=TODAY, situation=Situation.NEWCOMER, dutch=DutchLevel(overall=Cefr.B1),
                    education=(EducationEntry(EducationLevel.FOREIGN_VOCATIONAL, "Technical college",
                                              country="SY"),),
                    availability=Availability(32), goals=(Goal("Kok", sector="horeca"),))
    found = routes_for(intake, person(date(1990, 1, 1)))
    assert found
    for r in found:
        assert r.gaps[0].code == "diplomawaardering"
        assert "IDW" in gap_text(r.gaps[0], "nl") and "Nuffic" in gap_text(r.gaps[0], "nl")
    # without a route the evaluation is still in the result, for the plan
    nothing = replace(intake, availability=Availability(1))
    result = match_result(nothing, CATALOG, TODAY, candidate=person(date(1990, 1, 1)))
    assert result.routes == () and "diplomawaardering" in {g.code for g in result.gaps}


def test_foreign_nurse_gets_the_big_register_note() -> None:
    intake = Intake(date=TODAY, situation=Situation.NEWCOMER, dutch=DutchLevel(overall=Cefr.B2),
                    education=(EducationEntry(EducationLevel.FOREIGN_HIGHER, "Nursing", country="PH"),),
                    experience=(ExperienceEntry("Verpleegkundige", "zorg", years=6),),
                    availability=Availability(32),
                    goals=(Goal("Verpleegkundige", sector="zorg en welzijn"),))
    result = match_result(intake, CATALOG, TODAY, candidate=person(date(1990, 1, 1)))
    gaps = [g for r in result.routes for g in r.gaps] + list(result.gaps)
    big = [g for g in gaps if g.code == "big-register"]
    assert big and "CIBG" in gap_text(big[0], "nl") and "CIBG" in gap_text(big[0], "en")
    dutch = replace(intake, education=(EducationEntry(EducationLevel.MBO2),))
    result = match_result(dutch, CATALOG, TODAY, candidate=person(date(1990, 1, 1)))
    assert "big-register" not in {g.code for r in result.routes for g in r.gaps}


def test_a2_dutch_is_never_good_enough_for_a_level_3_route() -> None:
    """mbo 1-3 ask 2F (about B1); A2 is 1F. A level-3 route gets a Dutch step before or alongside,
    or the NT2 gap, and the language reason never says "goed genoeg"."""
    intake = Intake(date=TODAY, situation=Situation.NEWCOMER, dutch=DutchLevel(overall=Cefr.A2),
                    education=(EducationEntry(EducationLevel.FOREIGN_SECONDARY),),
                    has_job_or_placement=True, availability=Availability(40),
                    goals=(Goal("Verzorgende IG", sector="zorg en welzijn"),))
    found = routes_for(intake, person(date(1988, 1, 1)))
    level3 = [r for r in found if (r.steps[-1].level or 0) >= 3]
    assert level3
    for r in level3:
        lang = next(x for x in r.reasons if x.factor is Factor.LANGUAGE_SUPPORT)
        assert "goed genoeg" not in reason_text(lang, "nl") and "good enough" not in reason_text(lang, "en")
        dutch_step = any(s.kind is ItemKind.SHORT_MODULE and "nt2" in s.title.casefold()
                         and s.end > TODAY for s in r.steps[:-1])
        assert dutch_step or "nt2" in gap_codes(r)
    # a praktijkverklaring asks only 1F to start: Dutch runs alongside, in the same weeks
    kok = routes_for(replace(intake, goals=(Goal("Kok", sector="horeca"),)), person(date(1988, 1, 1)))
    alongside = [r for r in kok if r.steps[-1].kind is ItemKind.PRAKTIJKVERKLARING and any(
        "nt2" in s.title.casefold() and s.start < r.steps[-1].end and s.end > r.steps[-1].start
        for s in r.steps[:-1])]
    assert alongside
    lang = next(x for x in alongside[0].reasons if x.factor is Factor.LANGUAGE_SUPPORT)
    assert reason_text(lang, "nl").startswith("Naast de opleiding volgt u Nederlands")
    b1 = routes_for(replace(intake, dutch=DutchLevel(overall=Cefr.B1)), person(date(1988, 1, 1)))
    lvl3 = [r for r in b1 if (r.steps[-1].level or 0) == 3 and r.steps[-1].kind is ItemKind.QUALIFICATION]
    assert lvl3 and all("nt2" not in gap_codes(r) for r in lvl3)


def test_funding_fields_have_defaults_so_old_plans_and_catalogs_load() -> None:
    from intake_desk.domain.codec import from_json, to_json

    old_step = {k: v for k, v in to_json(_one(Intake(date=TODAY, dutch=NATIVE), person(date(1980, 1, 1)),
                                              Leerweg.BOL)).items() if k != "payment"}
    step = from_json(RouteStep, old_step)
    assert step.payment is None
    route = Route(steps=(replace(step, funding_code="praktijkleren"),), goal_credential=step.credential)
    after, _ = cost_after_funding(route, CATALOG)
    assert after == step.cost  # an old plan's praktijkleren code never pays the course fee
    assert after > Decimal("0")


# --- UWV scholing before a loan; the order of the routes; honest texts (issue #11, second round) ---

def test_ww_client_counting_on_uwv_gets_what_uwv_pays_first_and_is_not_sent_to_borrow() -> None:
    """54, WW, UWV referred and UWV scholing recorded: the routes UWV can pay (at most 52 weeks) come
    first and say why; a longer BOL route is not paid with a DUO loan (the candidate counts on UWV),
    it shows the fee as not yet paid with the funding action."""
    intake = Intake(date=TODAY, situation=Situation.WW, referrer=Referrer.UWV, funding=("uwv-scholing",),
                    dutch=NATIVE, education=(EducationEntry(EducationLevel.MBO2),),
                    availability=Availability(32),
                    goals=(Goal("Logistiek medewerker", sector="logistiek"),))
    found = routes_for(intake, person(date(1972, 5, 1), "noord-limburg"))
    assert found and found[0].total_weeks <= 52
    assert found[0].steps[-1].funding_code == "uwv-scholing"
    why = [x for x in found[0].reasons if x.weight == 0 and "UWV" in reason_text(x, "nl")]
    assert why and "52 weken" in reason_text(why[0], "nl") and "52 weeks" in reason_text(why[0], "en")
    weeks = [r.total_weeks <= 52 for r in found]
    assert weeks == sorted(weeks, reverse=True), weeks  # every route UWV can pay before the others
    assert not any(s.payment is not None and s.payment.loan for r in found for s in r.steps)
    bol = [r for r in found if r.steps[-1].leerweg is Leerweg.BOL and r.steps[-1].cost > 0]
    assert bol and all(gap_codes(r) & {GapCode.FUNDING, GapCode.FUNDING_TOO_LONG} for r in bol)
    assert not any("leent" in reason_text(x, "nl") for r in found for x in r.reasons)
    # with no funding recorded the loan is still there to discuss, worded as a loan
    open_funding = replace(intake, funding=(), referrer=Referrer.SELF, situation=Situation.JOB_SEEKER)
    loans = [s for r in routes_for(open_funding, person(date(1972, 5, 1), "noord-limburg"))
             for s in r.steps if s.payment is not None and s.payment.loan]
    assert loans and all("U leent" in payment_text(s.payment, "nl") for s in loans if s.payment is not None)


def test_no_wish_and_nothing_in_the_profile_puts_the_diploma_first() -> None:
    """32 hours, a job, native Dutch, 36: a praktijkverklaring scores higher (shorter), but nothing
    in the profile calls for a part first, so the goal's own diploma is route 1."""
    intake = Intake(date=TODAY, situation=Situation.EMPLOYED, has_job_or_placement=True, dutch=NATIVE,
                    education=(EducationEntry(EducationLevel.VMBO_KB),), availability=Availability(32),
                    goals=(Goal("Metselaar", sector="bouw"),))
    found = routes_for(intake, person(date(1990, 1, 1), "zeeland"))
    assert found and is_diploma(found[0], 2) and found[0].steps[-1].item_code == "25786"
    parts = [r for r in found if r.steps[-1].credential is CredentialKind.PRAKTIJKVERKLARING]
    assert parts and max(r.score for r in parts) > found[0].score  # the rank, not the score, decides


def test_hbo_graduate_and_a_regulated_occupation_without_a_work_based_diploma() -> None:
    """hbo, 24 hours: Verzorgende-IG runs here only as a three-year BOL. The certificate or
    praktijkverklaring comes first and says the diploma is legally needed later, shortened; the BOL
    diploma says to ask for exemptions; a Helpende route is never called legally required."""
    intake = Intake(date=TODAY, situation=Situation.EMPLOYED, dutch=NATIVE,
                    education=(EducationEntry(EducationLevel.HAVO), EducationEntry(EducationLevel.HBO)),
                    availability=Availability(24), goals=(Goal("verzorgende", sector="zorg"),))
    found = routes_for(intake, person(date(1995, 5, 27), "friesland"))
    assert found and found[0].steps[-1].credential in (CredentialKind.PRAKTIJKVERKLARING,
                                                       CredentialKind.CERTIFICAAT)
    first = " ".join(reason_text(x, "nl") for x in found[0].reasons)
    assert "wettelijk nodig" in first and "verkort" in first
    bol = [r for r in found if is_diploma(r) and r.steps[-1].leerweg is Leerweg.BOL]
    assert bol and all("vrijstellingen" in " ".join(reason_text(x, "nl") for x in r.reasons) for r in bol)
    for r in found:
        if "verzorgende" not in r.steps[-1].title.casefold() and r.steps[-1].item_code != "CERT-25656":
            assert not any("Wet BIG" in reason_text(x, "nl") for x in r.reasons), r.steps[-1].title


def test_another_occupation_in_a_broad_domein_is_not_proposed_beside_the_goal() -> None:
    """A voorman who wants to become praktijkopleider: the kwalificatiestructuur files Praktijkopleider
    under Zorg en welzijn, but care certificates are no route for him while Praktijkopleider fits."""
    intake = Intake(date=TODAY, situation=Situation.EMPLOYED, referrer=Referrer.EMPLOYER,
                    has_job_or_placement=True, dutch=NATIVE,
                    education=(EducationEntry(EducationLevel.MBO3),), availability=Availability(16),
                    experience=(ExperienceEntry("Timmerman / voorman", "bouw", "leiding", 25, current=True),),
                    goals=(Goal("praktijkopleider bouw"),))
    found = routes_for(intake, person(date(1978, 1, 25), "amersfoort"))
    assert found and found[0].steps[-1].title == "Praktijkopleider"
    assert not any(reason_text(x, "nl").startswith("Zelfde domein") for r in found for x in r.reasons)


def test_gap_texts_read_right_on_a_plan_and_give_english_dates_the_english_way() -> None:
    intake = Intake(date=TODAY, situation=Situation.JOB_SEEKER, dutch=NATIVE, availability=Availability(12),
                    education=(EducationEntry(EducationLevel.HAVO),),
                    goals=(Goal("Metselaar", sector="bouw", credential=CredentialKind.CERTIFICAAT),))
    result = match_result(intake, CATALOG, TODAY, candidate=person(date(1990, 1, 1), "achterhoek"))
    goal_gap = next(g for g in result.gaps if g.code is GapCode.GOAL_OWN_OUT_OF_REACH)
    assert "hieronder" not in gap_text(goal_gap, "nl") and "below" not in gap_text(goal_gap, "en")
    bbl = Intake(date=TODAY, situation=Situation.JOB_SEEKER, dutch=NATIVE, availability=Availability(36),
                 education=(EducationEntry(EducationLevel.VMBO_KB),),
                 preferences=Preferences(leerwegen=(Leerweg.BBL,)),
                 goals=(Goal("Metselaar", sector="bouw", credential=CredentialKind.DIPLOMA),))
    gaps = [g for r in routes_for(bbl, person(date(1990, 1, 1), "zeeland")) for g in r.gaps
            if g.code == "leerbedrijf"]
    assert gaps
    for g in gaps:
        assert g.due is not None
        assert f"{g.due:%d-%m-%Y}" in gap_text(g, "nl") and f"{g.due:%d/%m/%Y}" in gap_text(g, "en")
        assert f"{g.due:%Y-%m-%d}" not in gap_text(g, "en")


# --- Physical limits ---

def _switcher(goal: str, hours: int, barriers: tuple[Barrier, ...] = (), notes: str = "") -> Intake:
    return Intake(date=TODAY, situation=Situation.WW, referrer=Referrer.UWV,
                  education=(EducationEntry(EducationLevel.MBO3),), dutch=NATIVE,
                  availability=Availability(hours_per_week=hours),
                  preferences=Preferences(earliest_start=TODAY, travel_regions=("midden-utrecht",)),
                  goals=(Goal(goal),), barriers=barriers, notes=notes)


def test_physical_limit_is_read_from_a_welzijn_barrier_or_the_notes_and_not_from_denials() -> None:
    def limit(note: str, domain: Big5 = Big5.WELZIJN) -> tuple[str, str] | None:
        return physical_limit(_switcher("kok", 24, (Barrier(domain, note=note),)))

    assert limit("Rugklachten: geen zwaar tilwerk") is not None
    assert limit("Knieën versleten, artrose") is not None
    assert limit("Mag niet tillen van de bedrijfsarts") is not None
    assert limit("Fysieke beperking na een ongeluk") is not None
    assert physical_limit(_switcher("kok", 24, notes="Heeft last van zijn schouder.")) is not None
    # denials, other words that only look alike, and other life domains are not a limitation
    assert limit("Geen rugklachten, geen lichamelijke beperkingen") is None
    assert limit("Woont in Tilburg, wil terug naar school") is None
    assert limit("Rugzak met schoolspullen kwijt") is None
    assert limit("Rugklachten", Big5.WONEN) is None
    assert physical_limit(_switcher("kok", 24, notes="Fit en sportief.")) is None


def test_no_physically_heavy_alternative_before_light_work_for_someone_with_back_trouble() -> None:
    """Goal onderwijsassistent (not heavy), 16 hours a week: without a limitation care routes
    (verzorgende, helpende: heavy) stand among the alternatives; with back trouble every such route
    comes after all the others and says why."""
    back = (Barrier(Big5.WELZIJN, note="Rugklachten: geen zwaar tilwerk"),)
    cand = person(date(1972, 5, 1), "midden-utrecht")
    heavy = [heavy_work(CATALOG.item(r.steps[-1].item_code), CATALOG) is not None
             for r in routes_for(_switcher("onderwijsassistent", 16), cand, top=6)]
    assert True in heavy and heavy.index(True) < len(heavy) - heavy[::-1].index(False) - 1, \
        "precondition: a heavy alternative stands before a light one without the limitation"
    found = routes_for(_switcher("onderwijsassistent", 16, back), cand, top=6)
    heavy = [heavy_work(CATALOG.item(r.steps[-1].item_code), CATALOG) is not None for r in found]
    assert heavy[0] is False
    assert heavy == sorted(heavy), "heavy work only after every light route"
    for r, h in zip(found, heavy, strict=True):
        said = [reason_text(x, "nl") for x in r.reasons]
        says = any("lichamelijk zwaar" in t and "achteraan" in t for t in said)
        assert says is h
        assert ("lichamelijk" in gap_codes(r)) is h


def test_a_heavy_goal_keeps_its_route_with_the_company_doctor_gap() -> None:
    """Goal helpende (heavy care work) and knee trouble: the route to the goal stays first, and
    carries "talk to the company doctor or UWV"; without the limitation there is no such gap."""
    knee = (Barrier(Big5.WELZIJN, note="Knieklachten"),)
    cand = person(date(1972, 5, 1), "midden-utrecht")
    found = routes_for(_switcher("helpende zorg en welzijn", 24, knee), cand)
    first = found[0]
    assert "Helpende" in (CATALOG.item(first.steps[-1].item_code) or _never()).title \
        or (CATALOG.item(first.steps[-1].item_code) or _never()).part_of == "25960"
    gap = next(g for g in first.gaps if g.code == "lichamelijk")
    assert "Bespreek met de bedrijfsarts of UWV of dit werk lichamelijk past" in gap_text(gap, "nl")
    assert "company doctor or UWV" in gap_text(gap, "en")
    assert not any("achteraan" in reason_text(x, "nl") for x in first.reasons)
    plain = routes_for(_switcher("helpende zorg en welzijn", 24), cand)
    assert all("lichamelijk" not in gap_codes(r) for r in plain)
