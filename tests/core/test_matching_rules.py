"""The hard rules: the checker names what an edit breaks, and no route match() returns breaks any rule.

The property test generates small random catalogs and intakes (a few hundred in the normal run,
thousands under -m slow) and checks every returned route with rules.violations() and, independently,
with direct assertions on dates, hours and regions.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake_desk.catalog.sample import load_sample
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
    ExperienceEntry,
    FundingScheme,
    Goal,
    Intake,
    ItemKind,
    Leerweg,
    Offering,
    Payer,
    PersonName,
    Preferences,
    Prerequisites,
    Referrer,
    RefLevel,
    Region,
    Situation,
    StartSchedule,
)
from intake_desk.domain.route import GapCode, WhyNot
from intake_desk.matching import Rule, match, match_result, violations
from intake_desk.matching.facts import allowed_regions
from intake_desk.plans.texts import gap_text, rule_text, violation_text

TODAY = date(2026, 11, 22)
REGIONS = ("zeeland", "twente", "achterhoek")
WORDS = ("zorg", "techniek", "elektricien", "kok", "helpende", "metselaar", "verzorgende", "taal")


@st.composite
def items(draw: st.DrawFn, n: int) -> CatalogItem:
    kind = draw(st.sampled_from(list(ItemKind)))
    level = draw(st.sampled_from([None, 1, 2, 3, 4]))
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=2))
    language = draw(st.sampled_from([None, None, None, None, None, "NT2 naar B1", "Nederlands 2F",
                                      "Nederlands 3F"]))
    title = language or " ".join(words).title()
    return CatalogItem(code=f"I{n}", kind=kind, title=title, level=level, sector=words[0],
                       vog_required=draw(st.booleans()), occupations=tuple(words),
                       dutch_required=draw(st.sampled_from([None, RefLevel.F1, RefLevel.F2, RefLevel.F3])))


@st.composite
def offerings(draw: st.DrawFn, n: int, item_codes: list[str]) -> Offering:
    sched = draw(st.sampled_from([
        StartSchedule(monthly=True),
        StartSchedule(months=(2, 9)),
        StartSchedule(dates=(TODAY + timedelta(days=draw(st.integers(-30, 300))),)),
        StartSchedule(),
    ]))
    prereq = Prerequisites(
        min_prior_level=draw(st.sampled_from([None, None, 1, 2])),
        requires_startkwalificatie=draw(st.booleans()),
        dutch=draw(st.sampled_from([None, None, RefLevel.F1, RefLevel.F2, RefLevel.F3])),
        previous_item=draw(st.sampled_from(["", "", *item_codes])),
        requires_job=draw(st.booleans()),
    )
    return Offering(
        code=f"O{n}", item_code=draw(st.sampled_from(item_codes)), provider="P", location="L",
        region_code=draw(st.sampled_from(REGIONS)), leerweg=draw(st.sampled_from(list(Leerweg))),
        weeks=draw(st.integers(1, 90)), hours_per_week=draw(st.sampled_from([2, 4, 8, 16, 24, 32, 40])),
        cost=Decimal(draw(st.integers(0, 4000))), leads_to=draw(st.sampled_from(list(CredentialKind))),
        prerequisites=prereq, alongside=draw(st.booleans()), schedule=sched)


@st.composite
def schemes(draw: st.DrawFn, n: int) -> FundingScheme:
    opens = draw(st.sampled_from([None, TODAY - timedelta(days=400), TODAY + timedelta(days=60)]))
    closes = draw(st.sampled_from([None, TODAY + timedelta(days=90), TODAY + timedelta(days=400)]))
    return FundingScheme(
        code=f"F{n}", name=f"Regeling {n}", payer=draw(st.sampled_from(list(Payer))),
        open_from=opens, open_until=closes,
        situations=frozenset(draw(st.lists(st.sampled_from(list(Situation)), max_size=2))),
        max_weeks=draw(st.sampled_from([None, 40, 52])), max_amount=draw(st.sampled_from(
            [None, Decimal(750), Decimal(2700)])),
        max_age=draw(st.sampled_from([None, 27, 55])),
        credentials=frozenset(draw(st.lists(st.sampled_from(list(CredentialKind)), max_size=2))))


@st.composite
def catalogs(draw: st.DrawFn) -> Catalog:
    its = [draw(items(n)) for n in range(draw(st.integers(1, 7)))]
    codes = [i.code for i in its]
    offs = [draw(offerings(n, codes)) for n in range(draw(st.integers(1, 20)))]
    funding = [draw(schemes(n)) for n in range(draw(st.integers(0, 4)))]
    return Catalog(items={i.code: i for i in its}, offerings=tuple(offs),
                   regions=tuple(Region(r, r.title()) for r in REGIONS), funding=tuple(funding))


@st.composite
def intakes(draw: st.DrawFn, words: tuple[str, ...] = WORDS) -> tuple[Intake, Candidate]:
    earliest = draw(st.sampled_from([None, TODAY - timedelta(days=10), TODAY + timedelta(days=45)]))
    latest = draw(st.sampled_from([None, TODAY + timedelta(days=20), TODAY + timedelta(days=200)]))
    intake = Intake(
        date=TODAY,
        situation=draw(st.sampled_from(list(Situation))),
        has_job_or_placement=draw(st.booleans()),
        education=tuple(EducationEntry(lv, completed=draw(st.booleans())) for lv in draw(
            st.lists(st.sampled_from(list(EducationLevel)), max_size=2))),
        dutch=DutchLevel(overall=draw(st.sampled_from([Cefr.B2, Cefr.B1, Cefr.A2, *Cefr])),
                         native=draw(st.booleans())),
        availability=Availability(hours_per_week=draw(st.sampled_from([24, 40, 32, 16, 8, 4, 0]))),
        preferences=Preferences(
            earliest_start=earliest, latest_start=latest,
            travel_regions=tuple(draw(st.lists(st.sampled_from(REGIONS), max_size=2, unique=True))),
            leerwegen=tuple(draw(st.lists(st.sampled_from(list(Leerweg)), max_size=2, unique=True)))),
        goals=tuple(Goal(occupation=w, sector=w) for w in draw(
            st.lists(st.sampled_from(words), min_size=1, max_size=2))),
        funding=tuple(draw(st.lists(st.sampled_from(["F0", "F1", "F2", "praktijkleren", "gemeente"]),
                                    max_size=2))),
        referrer=draw(st.sampled_from([Referrer.SELF, Referrer.UWV, Referrer.RMT])),
        experience=tuple(draw(st.lists(st.builds(
            ExperienceEntry, role=st.sampled_from(words), sector=st.sampled_from(words),
            years=st.sampled_from([6.0, 2.0, 0.5]), volunteer=st.sampled_from([False, True])),
            max_size=2))),
        vog_needed=draw(st.booleans()),
        evc_interest=draw(st.booleans()),
    )
    birth = draw(st.sampled_from([None, date(2009, 5, 1), date(1990, 1, 1), date(1970, 3, 3)]))
    candidate = Candidate(PersonName("Test", "Persoon"), birth_date=birth,
                          region_code=draw(st.sampled_from(["", *REGIONS])))
    return intake, candidate


@st.composite
def cases(draw: st.DrawFn) -> tuple[Catalog, tuple[Intake, Candidate]]:
    """A catalog, and an intake whose goals and experience mostly use the catalog's own words (so
    that routes are found often enough for the rules to be tested, not only the empty answers)."""
    catalog = draw(catalogs())
    used = tuple(sorted({w for i in catalog.items.values() for w in i.occupations}))
    words = draw(st.sampled_from([used, used, used, WORDS])) or WORDS
    return catalog, draw(intakes(words))


def _check(catalog: Catalog, intake: Intake, candidate: Candidate) -> None:
    routes = match(intake, catalog, TODAY, top=5, candidate=candidate)
    if intake.availability.hours_per_week == 0:
        assert routes == []
    regions = allowed_regions(intake, candidate)
    for route in routes:
        assert violations(route, intake, catalog, TODAY, candidate) == []
        assert 0 <= route.score <= 100
        for s in route.steps:  # the same rules, said directly, so the checker is checked too
            assert s.start >= TODAY
            assert s.hours_per_week <= intake.availability.hours_per_week
            assert regions is None or s.region_code in regions
            if intake.preferences.earliest_start:
                assert s.start >= intake.preferences.earliest_start
        if intake.preferences.latest_start:
            assert route.start is not None and route.start <= intake.preferences.latest_start
        wanted = set(intake.preferences.leerwegen)
        if wanted:  # the leerweg wish, said directly: BOL only when wished; work-based for each other
            work = {Leerweg.BBL, Leerweg.DERDE_LEERWEG}
            for s in route.steps:
                assert (s.leerweg in wanted or s.leerweg is Leerweg.SHORT_COURSE
                        or (s.leerweg in work and bool(wanted & work))), (s.leerweg, wanted)
        for s in route.steps:  # experience shortens only with EVC interest, and never to nothing
            offering = next(o for o in catalog.offerings if o.code == s.offering_code)
            assert s.end == s.start + timedelta(weeks=offering.weeks - s.exempt_weeks)
            assert s.exempt_weeks == 0 or (intake.evc_interest and intake.experience
                                           and 0 < s.exempt_weeks < offering.weeks)
        if intake.referrer is Referrer.RMT or "praktijkleren" in intake.funding:
            assert route.total_weeks <= 40
        if any(s.leerweg is Leerweg.BBL for s in route.steps) and not intake.has_job_or_placement:
            assert "leerbedrijf" in {g.code for g in route.gaps}
        for s in route.steps:
            scheme = next((f for f in catalog.funding if f.code == s.funding_code), None)
            if scheme is not None:
                assert scheme.is_open(s.start)
                if scheme.max_weeks is not None:
                    assert route.total_weeks <= scheme.max_weeks


_SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# The default run tries 80 catalogs and candidates (the slow run below 5,000).
@settings(max_examples=80, **_SETTINGS)  # type: ignore[arg-type]
@given(cases())
def test_no_returned_route_breaks_a_rule(case: tuple[Catalog, tuple[Intake, Candidate]]) -> None:
    _check(case[0], *case[1])


@pytest.mark.slow
@settings(max_examples=5000, **_SETTINGS)  # type: ignore[arg-type]
@given(cases())
def test_no_returned_route_breaks_a_rule_thousands(case: tuple[Catalog, tuple[Intake, Candidate]]) -> None:
    _check(case[0], *case[1])


# The default run tries 30 candidates on the sample catalog (the slow run below 1,000).
@settings(max_examples=30, **_SETTINGS)  # type: ignore[arg-type]
@given(intakes())
def test_sample_catalog_routes_break_no_rule(person: tuple[Intake, Candidate]) -> None:
    _check(SAMPLE, *person)


@pytest.mark.slow
@settings(max_examples=1000, **_SETTINGS)  # type: ignore[arg-type]
@given(intakes())
def test_sample_catalog_routes_break_no_rule_many(person: tuple[Intake, Candidate]) -> None:
    _check(SAMPLE, *person)


SAMPLE = load_sample()
PERSON = Candidate(PersonName("Sanne", "Jansen"), birth_date=date(1990, 1, 1), region_code="zeeland")
INTAKE = Intake(date=TODAY, availability=Availability(24),
                education=(EducationEntry(EducationLevel.MBO2),),
                dutch=DutchLevel(native=True, overall=Cefr.C1), has_job_or_placement=True,
                goals=(Goal("Helpende zorg en welzijn", sector="zorg en welzijn"),))


def _a_route():  # type: ignore[no-untyped-def]
    routes = match(INTAKE, SAMPLE, TODAY, candidate=PERSON)
    assert routes
    return routes[0]


def _rules(route, intake=INTAKE):  # type: ignore[no-untyped-def]
    return {v.rule for v in violations(route, intake, SAMPLE, TODAY, PERSON)}


def test_checker_names_a_start_in_the_past() -> None:
    r = _a_route()
    s = r.steps[0]
    moved = replace(s, start=TODAY - timedelta(days=7), end=s.end - (s.start - TODAY + timedelta(days=7)))
    assert Rule.NOT_BEFORE_TODAY in _rules(replace(r, steps=(moved, *r.steps[1:])))


def test_checker_names_too_many_hours_and_region() -> None:
    r = _a_route()
    assert Rule.HOURS in _rules(r, replace(INTAKE, availability=Availability(2)))
    assert Rule.REGION in _rules(r, replace(INTAKE, preferences=Preferences(travel_regions=("twente",))))


def test_checker_names_overlap_and_missing_vog_flag() -> None:
    r = _a_route()
    s = r.steps[-1]
    twice = replace(r, steps=(s, s), gaps=())
    found = _rules(twice)
    assert Rule.ORDER in found or Rule.HOURS in found
    assert Rule.VOG in _rules(replace(r, gaps=()), replace(INTAKE, vog_needed=True))


def test_checker_names_closed_funding() -> None:
    r = _a_route()
    closed = replace(r.steps[0], funding_code="stap")  # STAP closed on 1 January 2024
    assert Rule.FUNDING in _rules(replace(r, steps=(closed, *r.steps[1:])))


def test_each_violation_speaks_dutch_and_english() -> None:
    r = _a_route()
    v = violations(r, replace(INTAKE, availability=Availability(1)), SAMPLE, TODAY, PERSON)[0]
    assert violation_text(v, "nl") != violation_text(v, "en")
    assert rule_text(v.rule, "nl") and rule_text(v.rule, "en")


def _one_offering_catalog(leerweg: Leerweg, weeks: int) -> Catalog:
    item = CatalogItem(code="25180", kind=ItemKind.QUALIFICATION, title="Kok", level=2, sector="horeca",
                       occupations=("kok",))
    offering = Offering(code="K1", item_code="25180", provider="P", location="L", region_code="zeeland",
                        leerweg=leerweg, weeks=weeks, hours_per_week=20, cost=Decimal(0),
                        leads_to=CredentialKind.DIPLOMA, schedule=StartSchedule(monthly=True))
    return Catalog(items={"25180": item}, offerings=(offering,))


def test_empty_result_names_the_leerweg_wish_and_the_40_week_rule() -> None:
    intake = Intake(date=TODAY, availability=Availability(24), has_job_or_placement=True,
                    education=(EducationEntry(EducationLevel.MBO2),), goals=(Goal("Kok"),),
                    preferences=Preferences(leerwegen=(Leerweg.BBL,), travel_regions=("zeeland",)))
    result = match_result(intake, _one_offering_catalog(Leerweg.BOL, 30), TODAY)
    assert result.routes == ()
    assert [(g.code, g.args.why) for g in result.gaps] == [(GapCode.OUT_OF_REACH, WhyNot.LEERWEG)]
    assert "leerweg" in gap_text(result.gaps[0], "nl") and result.gaps[0].blocking
    rmt = replace(intake, referrer=Referrer.RMT, preferences=Preferences(travel_regions=("zeeland",)))
    long = _one_offering_catalog(Leerweg.BBL, 80)
    result = match_result(rmt, long, TODAY)
    assert result.routes == ()
    assert [(g.code, g.args.rule) for g in result.gaps] == [(GapCode.OUT_OF_REACH_RULE, Rule.FORTY_WEEKS)]
    assert "40-wekenregel" in gap_text(result.gaps[0], "nl")
    assert match_result(replace(rmt, referrer=Referrer.SELF), long, TODAY).routes
