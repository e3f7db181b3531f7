"""What the probe of session 8 (test_matching_probe.py) found, each as a test that failed before the fix."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from intake_desk.domain import (
    Availability,
    Candidate,
    Catalog,
    CatalogItem,
    Cefr,
    CredentialKind,
    DutchLevel,
    EducationEntry,
    EducationLevel,
    Goal,
    Intake,
    ItemKind,
    Leerweg,
    Offering,
    PersonName,
    Preferences,
    Prerequisites,
    Situation,
    StartSchedule,
    StepPayment,
)
from intake_desk.domain.route import GapCode, PayArgs, PayCode, Payee, Term, WhyNot
from intake_desk.matching import match_result, violations
from intake_desk.matching.plan_content import plan_version
from intake_desk.plans.texts import action_text, gap_text, payment_text

TODAY = date(2026, 11, 30)
PERSON = Candidate(PersonName("Yusuf", "El Amrani"), birth_date=date(1975, 8, 24), region_code="zeeland")


def _item(code: str, title: str, kind: ItemKind = ItemKind.QUALIFICATION, level: int = 4,
          part_of: str = "") -> CatalogItem:
    return CatalogItem(code=code, kind=kind, title=title, level=level, sector="onderwijs",
                       dossier_code="23285", dossier_title="Pedagogisch werk", part_of=part_of,
                       occupations=("onderwijsassistent",))


def _offering(code: str, item: str, leerweg: Leerweg = Leerweg.BOL, weeks: int = 40,
              job: bool = False, leads_to: CredentialKind = CredentialKind.DIPLOMA) -> Offering:
    return Offering(code=code, item_code=item, provider="Scalda", location="Goes", region_code="zeeland",
                    leerweg=leerweg, weeks=weeks, hours_per_week=20, cost=Decimal(0), leads_to=leads_to,
                    prerequisites=Prerequisites(requires_job=job), schedule=StartSchedule(monthly=True))


def _intake(**kw: object) -> Intake:
    base: dict[str, object] = dict(
        date=TODAY, availability=Availability(24), situation=Situation.EMPLOYED,
        has_job_or_placement=True, education=(EducationEntry(EducationLevel.MBO3),),
        dutch=DutchLevel(native=True, overall=Cefr.C1),
        goals=(Goal("onderwijsassistent"),), preferences=Preferences(travel_regions=("zeeland",)))
    base.update(kw)
    return Intake(**base)  # type: ignore[arg-type]


# --- An employer for learning at work must be an erkend leerbedrijf, also in the derde leerweg -------
# Found by the probe: seed 23, catalog "past-dates", a 51-year-old employed switcher with a job whose
# route was a praktijkverklaring in the derde leerweg that asks for a job: no gap said the employer
# must be an erkend leerbedrijf (only BBL steps had it), so the plan silently assumed it.

def test_a_praktijkverklaring_at_the_employer_asks_whether_it_is_an_erkend_leerbedrijf() -> None:
    pv = _item("PV-25698", "Praktijkverklaring Onderwijsassistent", ItemKind.PRAKTIJKVERKLARING, 4,
               part_of="25698")
    catalog = Catalog(items={"PV-25698": pv}, offerings=(
        _offering("PV1", "PV-25698", Leerweg.DERDE_LEERWEG, 30, job=True,
                  leads_to=CredentialKind.PRAKTIJKVERKLARING),))
    result = match_result(_intake(), catalog, TODAY, candidate=PERSON)
    [route] = result.routes
    gap = next(g for g in route.gaps if g.code is GapCode.ERKEND_LEERBEDRIJF)
    assert gap.due is not None and TODAY < gap.due <= route.steps[0].start
    nl, en = gap_text(gap, "nl"), gap_text(gap, "en")
    assert "erkend leerbedrijf" in nl and "BBL" not in nl  # it is not BBL: learning at work
    assert "recognised training company" in en and "BBL" not in en
    assert violations(route, _intake(), catalog, TODAY, PERSON) == []
    # without a job the gap is the other one: find a leerbedrijf (as before)
    jobless = _intake(situation=Situation.JOB_SEEKER, has_job_or_placement=False)
    [route] = match_result(jobless, catalog, TODAY, candidate=PERSON).routes
    codes = {g.code for g in route.gaps}
    assert GapCode.LEERBEDRIJF in codes and GapCode.ERKEND_LEERBEDRIJF not in codes


def test_bbl_keeps_its_own_words_for_the_erkend_leerbedrijf() -> None:
    catalog = Catalog(items={"25698": _item("25698", "Onderwijsassistent")},
                      offerings=(_offering("B1", "25698", Leerweg.BBL, 80),))
    [route] = match_result(_intake(), catalog, TODAY, candidate=PERSON).routes
    gap = next(g for g in route.gaps if g.code is GapCode.ERKEND_LEERBEDRIJF)
    assert gap.args.leerweg is None and "BBL bij uw werkgever" in gap_text(gap, "nl")


# --- No expired qualification as a goal or a step ---------------------------------------------------
# Found by the probe: catalog "expired-crebo" (a school's file that still lists 25491 verzorgende-IG,
# which kwalificaties.csv says is replaced by 25656 with the same title), seed 37, a newcomer at B2
# who wants to become verzorgende IG: the route ended in the old code 25491.

def test_an_old_crebo_is_never_planned_and_the_result_says_why() -> None:
    old = _item("25485", "Onderwijsassistent")  # replaced by 25698 (mbo/kwalificaties.csv)
    catalog = Catalog(items={"25485": old}, offerings=(_offering("O1", "25485"),))
    result = match_result(_intake(), catalog, TODAY, candidate=PERSON)
    assert result.routes == ()
    assert any(g.blocking and g.args.why is WhyNot.EXPIRED for g in result.gaps), result.gaps
    words = " ".join(gap_text(g, "nl") for g in result.gaps)
    assert "oude code" in words and "nieuwe code" in words
    assert "old code" in " ".join(gap_text(g, "en") for g in result.gaps)
    from intake_desk.domain import CandidateRecord

    plan = plan_version(CandidateRecord(PERSON, _intake()), catalog, None, TODAY)
    assert any("nieuwe code" in action_text(a, "nl") for a in plan.actions)


def test_with_the_new_code_in_the_catalog_only_the_new_one_is_the_goal() -> None:
    catalog = Catalog(items={"25485": _item("25485", "Onderwijsassistent"),
                             "25698": _item("25698", "Onderwijsassistent")},
                      offerings=(_offering("O1", "25485", weeks=30), _offering("N1", "25698", weeks=40)))
    result = match_result(_intake(), catalog, TODAY, candidate=PERSON)
    assert result.routes and all(s.item_code != "25485" for r in result.routes for s in r.steps)
    assert result.routes[0].steps[-1].item_code == "25698"


def test_a_school_code_unknown_to_the_reference_is_not_called_expired() -> None:
    catalog = Catalog(items={"EIGEN-1": _item("EIGEN-1", "Onderwijsassistent")},
                      offerings=(_offering("E1", "EIGEN-1"),))
    assert match_result(_intake(), catalog, TODAY, candidate=PERSON).routes


# --- "U betaalt zelf € 0" ---------------------------------------------------------------------------
# Found in the routes panel's new payment lines (the same words as the plan): a WW client sent by UWV
# whose whole certificate UWV pays read "U betaalt zelf € 0. UWV scholing betaalt € 1.750 aan Scalda."

def test_a_step_paid_in_full_says_the_candidate_pays_nothing() -> None:
    paid = StepPayment(you_pay=Decimal(0), covered=Decimal(1750), code=PayCode.PAID,
                       args=PayArgs(scheme=Term("UWV scholing", "UWV training"), to=Payee.SCHOOL,
                                    provider="Scalda"))
    assert payment_text(paid, "nl") == "UWV scholing betaalt € 1.750 aan Scalda. U betaalt zelf niets."
    assert payment_text(paid, "en") == "UWV training pays €1,750 to Scalda. You pay nothing yourself."


# --- A practice place is a leerbedrijf to find ------------------------------------------------------
# Found by looking at the probe's plan with most actions (through the app, sample catalog): a
# job-seeker's derde-leerweg certificate "Werken in de kinderopvang" said "Uw leerbedrijf kan subsidie
# aanvragen ... (Praktijkleren derde leerweg)" while she had no job and no action said to find one.

def _certificate_catalog() -> Catalog:
    from intake_desk.catalog.sample import load_sample

    cert = _item("CERT-25698", "Mbo-certificaat Werken in de klas", ItemKind.CERTIFICATE, 4,
                 part_of="25698")
    offering = Offering(code="C1", item_code="CERT-25698", provider="Scalda", location="Goes",
                        region_code="zeeland", leerweg=Leerweg.DERDE_LEERWEG, weeks=26,
                        hours_per_week=12, cost=Decimal(1750), leads_to=CredentialKind.CERTIFICAAT,
                        schedule=StartSchedule(monthly=True))
    return Catalog(items={"CERT-25698": cert}, offerings=(offering,), funding=load_sample().funding)


def test_a_step_with_a_practice_place_subsidy_asks_for_a_leerbedrijf() -> None:
    catalog = _certificate_catalog()
    jobless = _intake(situation=Situation.JOB_SEEKER, has_job_or_placement=False)
    [route] = match_result(jobless, catalog, TODAY, candidate=PERSON).routes
    [step] = route.steps
    assert step.payment is not None and step.payment.subsidy_code  # the subsidy is named ...
    gap = next(g for g in route.gaps if g.code is GapCode.LEERBEDRIJF)  # ... so is finding the place
    # and there is real time to find it: the step starts eight weeks out at the soonest, the
    # deadline lies two weeks from today or later and weeks before the start (advice-rules.md)
    assert step.start >= TODAY + timedelta(weeks=8)
    assert gap.due is not None and TODAY + timedelta(days=14) <= gap.due <= step.start - timedelta(weeks=2)
    assert "erkend leerbedrijf" in gap_text(gap, "nl") and "BBL" not in gap_text(gap, "nl")
    with_job = _intake()
    [route] = match_result(with_job, catalog, TODAY, candidate=PERSON).routes
    codes = {g.code for g in route.gaps}
    assert GapCode.ERKEND_LEERBEDRIJF in codes and GapCode.LEERBEDRIJF not in codes


# --- Words that fit a plan without a route ----------------------------------------------------------
# Found on the probe's plan without a route (a havo graduate, 8 hours, Dutch not recorded): under
# "Waarom er nog geen route is" it said "Deze route gaat uit van geen Nederlands", about no route.

def test_unknown_dutch_is_worded_for_a_plan_without_a_route_too() -> None:
    from intake_desk.domain import Gap

    for lang in ("nl", "en"):
        text = gap_text(Gap(GapCode.DUTCH_UNKNOWN, blocking=True), lang)
        assert "Deze route" not in text and "This route" not in text
        assert ("nog niet bekend" if lang == "nl" else "not known yet") in text


# --- The advisor's phone number on one line ---------------------------------------------------------
# Found on the probe's English plan without a goal: "Contact: ... phone 0113 123" and "456 · e-mail"
# on the next line, and in Dutch a line that began with "·".

def test_the_contact_line_never_breaks_a_phone_number_or_begins_with_the_dot() -> None:
    from dataclasses import replace as dc_replace

    from intake_desk.examples import example_document
    from intake_desk.plans import render_plan
    from tests.pdf_text import pdf_text

    doc = example_document()
    for name in ("Probe Adviseur", "Marie-Christine van Oudshoorn-Bloemendaal"):
        other = dc_replace(doc, plan=dc_replace(doc.plan, advisor=name))
        for lang in ("nl", "en"):
            text = pdf_text(render_plan(other, lang=lang, invariant=True), layout=True)
            lines = [line.strip() for line in text.splitlines()]
            assert any("0113 123 456" in line for line in lines), [x for x in lines if "0113" in x]
            # (a lone "·" is the rotated sample mark in the margin)
            assert not any(line.startswith("·") and len(line) > 1 for line in lines)


# --- The candidate's own name whole, where they read and sign it ------------------------------------
# Found on the plan of the probe's longest legal name (first name and surname of 100 characters, as
# the form allows): "Voor:" and "Naam:" at the signature ended in "Schimmelpenninck van…".

def test_the_longest_legal_name_is_printed_whole_in_the_header_and_at_the_signature() -> None:
    from dataclasses import replace as dc_replace

    from intake_desk.domain import PersonName
    from intake_desk.examples import example_document
    from intake_desk.plans import render_plan
    from intake_desk.validation import MAX_LENGTH
    from tests.pdf_text import pdf_words

    first = ("Anna-Maria Wilhelmina Johanna Theodora Francisca Bernadette Catharina Josephina "
             "Elisabeth Maria")[: MAX_LENGTH["first_name"]]
    surname = ("Schimmelpenninck van der Oye-Vanderbroeck tot Aldenhove en Nijenrode-Wijngaarden-"
               "Oudshoorn")[: MAX_LENGTH["surname"]]
    doc = example_document()
    name = PersonName(first, surname, tussenvoegsel="van der")
    record = dc_replace(doc.record, candidate=dc_replace(doc.record.candidate, name=name))
    for lang in ("nl", "en"):
        words = pdf_words(render_plan(dc_replace(doc, record=record), lang=lang, invariant=True))
        whole = " ".join(name.display.split())
        assert words.count(whole) >= 2, (whole, words[:400])  # "Voor:" and the signature


# --- The Dutch course named as an example can be started ---------------------------------------------
# Found by the probe: seed 23, a 51-year-old at A2 whose praktijkverklaring (niveau 2) asks 2F: the
# NT2 gap said "Bijvoorbeeld: Nederlands 3F", a course that itself asks 2F to begin.

def test_the_nt2_example_is_a_course_the_candidate_can_start() -> None:
    from intake_desk.catalog.sample import load_sample
    from intake_desk.matching.facts import index

    sample = load_sample()
    by_title = {sample.items[o.item_code].title: o for o, _gain in index(sample).language}
    intake = _intake(dutch=DutchLevel(overall=Cefr.A2), goals=(Goal("Helpende zorg en welzijn",
                     credential=CredentialKind.PRAKTIJKVERKLARING),), availability=Availability(16))
    seen = 0
    for route in match_result(intake, sample, TODAY, candidate=PERSON).routes:
        for gap in route.gaps:
            if gap.code is GapCode.NT2 and gap.args.example:
                seen += 1
                entry = by_title[gap.args.example].prerequisites.dutch
                assert entry is None or entry.rank <= 1, gap.args.example  # A2 is 1F
                assert "Nederlands 3F" not in gap_text(gap, "nl")
    assert seen


# --- "1 years" ----------------------------------------------------------------------------------------
# Found on the probe's English plan without a route: "Taxichauffeur, vervoer (1 years)".

def test_one_year_of_experience_is_one_year_in_english() -> None:
    from dataclasses import replace as dc_replace

    from intake_desk.domain import ExperienceEntry, Factor, Reason
    from intake_desk.domain.route import ReasonArgs, ReasonCode
    from intake_desk.examples import example_document
    from intake_desk.plans import render_plan
    from intake_desk.plans.texts import reason_text
    from tests.pdf_text import pdf_words

    doc = example_document()
    taxi = ExperienceEntry("Taxichauffeur", "vervoer", years=1.0)
    intake = dc_replace(doc.record.intake, experience=(taxi,))
    words = pdf_words(render_plan(dc_replace(doc, record=dc_replace(doc.record, intake=intake)), lang="en",
                                  invariant=True))
    assert "Taxichauffeur, vervoer (1 year)" in words and "1 years" not in words
    same = Reason(Factor.EXPERIENCE, 5.0, code=ReasonCode.EXPERIENCE_SAME_FIELD,
                  args=ReasonArgs(role="Taxichauffeur", years=1.0, field="Transport"))
    assert "(1 year)" in reason_text(same, "en") and "(1 jaar)" in reason_text(same, "nl")
    two = dc_replace(same, args=dc_replace(same.args, years=2.0))
    assert "(2 years)" in reason_text(two, "en")
