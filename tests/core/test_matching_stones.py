"""Stepping stones from a route: what is gained on the way, and what can come next."""

from __future__ import annotations

from datetime import date

from intake_desk.catalog.sample import load_sample
from intake_desk.domain import (
    Availability,
    Candidate,
    Cefr,
    CredentialKind,
    DutchLevel,
    EducationEntry,
    EducationLevel,
    Goal,
    Intake,
    PersonName,
    RefLevel,
    Situation,
)
from intake_desk.domain.route import StoneKind
from intake_desk.matching import match
from intake_desk.matching.stones import stepping_stones

TODAY = date(2026, 11, 22)
CATALOG = load_sample()
NATIVE = DutchLevel(native=True, overall=Cefr.C1)


def _person(region: str) -> Candidate:
    return Candidate(PersonName("Test", "Persoon"), birth_date=date(1990, 1, 1), region_code=region)


def test_a_certificate_has_its_diploma_next() -> None:
    intake = Intake(date=TODAY, situation=Situation.WW, dutch=NATIVE, availability=Availability(20),
                    education=(EducationEntry(EducationLevel.MBO2),),
                    goals=(Goal("Metselaar", sector="bouw", crebo="25786",
                                credential=CredentialKind.CERTIFICAAT),))
    # a region that runs the Metselaar certificate, its diploma and Allround metselaar
    where = {code: {o.region_code for o in CATALOG.offerings if o.item_code == code}
             for code in ("CERT-25786", "25786", "25785")}
    region = sorted(set.intersection(*where.values()))[0]
    route = match(intake, CATALOG, TODAY, candidate=_person(region))[0]
    assert route.steps[-1].item_code == "CERT-25786"
    stones = stepping_stones(route, intake, CATALOG, region)
    assert stones[0].kind is StoneKind.NEXT and stones[0].item_code == "25786"
    assert stones[0].credential is CredentialKind.DIPLOMA and stones[0].level == 2
    assert [s.item_code for s in stones] == ["25786", "25785"]  # and Allround metselaar after it


def test_dutch_courses_on_the_way_say_the_level_they_reach() -> None:
    intake = Intake(date=TODAY, situation=Situation.NEWCOMER, dutch=DutchLevel(overall=Cefr.A2),
                    education=(EducationEntry(EducationLevel.FOREIGN_VOCATIONAL),),
                    availability=Availability(32),
                    goals=(Goal("Monteur elektrotechnische installaties", sector="techniek", crebo="25737",
                                credential=CredentialKind.DIPLOMA),))
    routes = match(intake, CATALOG, TODAY, top=10, candidate=_person("twente"))
    route = next(r for r in routes if r.steps[-1].item_code == "25737")
    stones = stepping_stones(route, intake, CATALOG, "twente")
    dutch = [s for s in stones if s.dutch is not None]
    assert dutch and all(s.kind is StoneKind.ON_THE_WAY and s.reached is not None for s in dutch)
    assert max(s.dutch.rank for s in dutch if s.dutch) >= RefLevel.F2.rank
    way = [s.reached for s in stones if s.kind is StoneKind.ON_THE_WAY]
    assert way == sorted(way)  # in the order they are reached
    assert all(s.item_code != "25737" for s in stones)  # the route's own diploma is not "next"
