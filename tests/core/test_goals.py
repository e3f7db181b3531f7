"""Goals understood through real data (issue 11, part 1) and experience by occupational field.

The resolver reads the kwalificatiestructuur (resources/reference/mbo/kwalificaties.csv) and our own
everyday-word table; relations and "leidt naar uw doel" claims must rest on crebo, dossier, domein
and part_of, never on one shared word.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake_desk.catalog.sample import load_sample
from intake_desk.domain import (
    Availability,
    Candidate,
    Catalog,
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
    PersonName,
    Preferences,
    Route,
)
from intake_desk.matching.facts import experience_credit, index, related_experience
from intake_desk.matching.goal_words import (
    ALIASES,
    GENERIC,
    Sureness,
    _tables,
    fold,
    kwalificaties,
    resolve,
)
from intake_desk.matching.goals import Link, Relation, crebo_of, item_dossiers, profile
from intake_desk.plans.texts import gap_text, reason_text

TODAY = date(2026, 11, 22)
CATALOG = load_sample()
NATIVE = DutchLevel(native=True, overall=Cefr.C1)
OWN_TEXT = "leidt naar uw doel"


def dossier_code(name: str) -> str:
    codes = {k.dossier_code for k in kwalificaties().values() if fold(k.dossier_naam) == fold(name)}
    assert len(codes) == 1, (name, codes)
    return codes.pop()


def person(region: str) -> Candidate:
    return Candidate(PersonName("Test", "Persoon"), birth_date=date(1990, 1, 1), region_code=region)


def intake_for(goal: Goal, **kw: object) -> Intake:
    base: dict[str, object] = dict(date=TODAY, dutch=NATIVE, availability=Availability(40),
                                   education=(EducationEntry(EducationLevel.MBO2),), goals=(goal,))
    base.update(kw)
    return Intake(**base)  # type: ignore[arg-type]


def goal_reason(route: Route) -> str:
    return next(reason_text(r, "nl") for r in route.reasons if r.factor is Factor.GOAL_FIT)


def experience_reason(route: Route) -> str:
    return next(reason_text(r, "nl") for r in route.reasons if r.factor is Factor.EXPERIENCE)


def _match(intake: Intake, catalog: Catalog = CATALOG, region: str = "rijnmond", top: int = 10):  # type: ignore[no-untyped-def]
    from intake_desk.matching import match_result

    return match_result(intake, catalog, TODAY, top=top, candidate=person(region))


# --- the alias table ---------------------------------------------------------------------------

def test_every_alias_names_rows_that_exist_in_the_reference_file() -> None:
    t = _tables()
    for phrase, alias in ALIASES.items():
        assert phrase == fold(phrase), phrase  # stored folded, so they can match at all
        for title in alias.titles:
            assert fold(title) in t.by_title, (phrase, title)
        for name in alias.dossiers:
            assert fold(name) in t.by_dossier_name, (phrase, name)
        for domein in alias.domeinen:
            assert fold(domein) in t.domein_names, (phrase, domein)
        assert resolve(phrase).recognised, phrase


# typed word -> (domein, dossier name or "" when the word names a whole domein)
EVERYDAY = {
    "automonteur": ("Mobiliteit en voertuigen", "Voertuigen en mobiele werktuigen"),
    "iets met auto's": ("Mobiliteit en voertuigen", "Voertuigen en mobiele werktuigen"),
    "auto": ("Mobiliteit en voertuigen", "Voertuigen en mobiele werktuigen"),
    "werken in de zorg": ("Zorg en welzijn", "verzorgende-IG"),
    "zorg": ("Zorg en welzijn", "Mbo-Verpleegkundige"),
    "verpleegkundige": ("Zorg en welzijn", "Mbo-Verpleegkundige"),
    "kinderopvang": ("Zorg en welzijn", "Pedagogisch werk"),
    "juf": ("Zorg en welzijn", "Pedagogisch werk"),
    "klassenassistent": ("Zorg en welzijn", "Pedagogisch werk"),
    "elektricien": ("Techniek en procesindustrie", "Elektrotechnische installaties"),
    "loodgieter": ("Techniek en procesindustrie", "Werktuigkundige installaties (montage)"),
    "installateur": ("Techniek en procesindustrie", "Werktuigkundige installaties (montage)"),
    "timmerman": ("Bouw en infra", "Timmeren"),
    "metselaar": ("Bouw en infra", "Metselen"),
    "schilder": ("Afbouw, hout en onderhoud", "Schilderen"),
    "kok": ("Horeca en bakkerij", "Keuken"),
    "in de keuken": ("Horeca en bakkerij", "Keuken"),
    "horeca": ("Horeca en bakkerij", ""),
    "magazijn": ("Transport, scheepvaart en logistiek", "Logistiek"),
    "heftruck": ("Transport, scheepvaart en logistiek", "Logistiek"),
    "chauffeur": ("Transport, scheepvaart en logistiek", "Goederenvervoer"),
    "ict": ("Informatie en communicatietechnologie", ""),
    "computers": ("Informatie en communicatietechnologie", ""),
    "programmeur": ("Informatie en communicatietechnologie", "Software development"),
    "helpdesk": ("Informatie en communicatietechnologie", "ICT support"),
    "kapper": ("Uiterlijke verzorging", "Haarverzorging"),
    "beveiliger": ("Veiligheid en sport", "Particuliere beveiliging"),
    "schoonmaak": ("Afbouw, hout en onderhoud", "Schoonmaak en glazenwassen"),
    "verkoper": ("Handel en ondernemerschap", "Retail operationeel"),
    "winkel": ("Handel en ondernemerschap", "Retail operationeel"),
    "kassa": ("Handel en ondernemerschap", "Retail operationeel"),
    "praktijkopleider": ("Zorg en welzijn", "Praktijkopleider"),
    "administratie": ("Economie en administratie", "Business Services"),
    "doktersassistent": ("Zorg en welzijn", "Doktersassistent"),
    "apothekersassistent": ("Zorg en welzijn", "Apothekersassistent"),
    "monteur": ("Techniek en procesindustrie", ""),
    "lasser": ("Techniek en procesindustrie", "Productietechniek"),
    "schoonheidsspecialist": ("Uiterlijke verzorging", "Schoonheidsverzorging"),
    "bakker": ("Horeca en bakkerij", "Brood en banket"),
}


@pytest.mark.parametrize(("typed", "where"), sorted(EVERYDAY.items()))
def test_everyday_words_resolve_to_the_right_domein_and_dossier(typed: str, where: tuple[str, str]) -> None:
    domein, dossier = where
    for variant in (typed, typed.upper(), f"  {typed.title()} "):
        res = resolve(variant)
        assert res.recognised, variant
        assert domein in res.domeinen, (variant, res.domeinen)
        if dossier:
            assert dossier_code(dossier) in res.dossiers, (variant, res.dossiers)
        else:
            assert res.broad, variant  # a whole domein: no single qualification is "the goal"


def test_iets_met_autos_is_autotechniek_and_werken_in_de_zorg_is_zorg_en_welzijn() -> None:
    auto = resolve("iets met auto's")
    assert auto.domeinen == {"Mobiliteit en voertuigen"}
    assert {kwalificaties()[c].titel for c in auto.crebos} >= {"Autotechnicus", "Eerste Autotechnicus"}
    zorg = resolve("Werken in de zorg")
    assert zorg.domeinen == {"Zorg en welzijn"}
    assert all(kwalificaties()[c].domein == "Zorg en welzijn" for c in zorg.crebos)


def test_accents_case_and_typos_are_tolerated() -> None:
    assert resolve("Verzorgende-ÏG").crebos == resolve("verzorgende ig").crebos != frozenset()
    typo = resolve("elektrisien")
    assert typo.sureness is Sureness.FUZZY and typo.crebos == resolve("elektricien").crebos
    assert resolve("verpleegkundge").crebos == resolve("verpleegkundige").crebos
    assert resolve("Ik wil graag kapster worden").domeinen == {"Uiterlijke verzorging"}


def test_a_filled_crebo_wins_over_the_text() -> None:
    res = resolve("iets met auto's", crebo="25698")
    assert res.sureness is Sureness.CREBO
    assert "25698" in res.crebos and res.domeinen == {"Zorg en welzijn"}


def test_a_single_generic_word_never_decides() -> None:
    # "automonteur" and "Monteur elektrotechnische installaties" share only "monteur"
    auto = resolve("automonteur")
    electric = dossier_code("Elektrotechnische installaties")
    assert electric not in auto.dossiers and "Techniek en procesindustrie" not in auto.domeinen
    for word in sorted(GENERIC - {"monteur"}):
        assert not resolve(word).crebos, word
    assert not resolve("medewerker").recognised
    assert not resolve("eerste medewerker").recognised


def test_not_recognised_is_said() -> None:
    res = resolve("astronaut")
    assert res.sureness is Sureness.NOT_RECOGNISED and not res.crebos and not res.domeinen


def test_sector_alone_gives_a_broad_field() -> None:
    res = resolve("iets anders", sector="horeca")
    assert res.sureness is Sureness.SECTOR and res.broad and res.domeinen == {"Horeca en bakkerij"}


def test_the_label_names_the_goals_levels() -> None:
    assert resolve("automonteur").label() == "Autotechnicus (niveau 2/3)"


# --- relations: only what the data supports --------------------------------------------------

def _own_items(goal: Goal, catalog: Catalog = CATALOG) -> list[str]:
    p = profile(index(catalog), goal)
    return [c for c, rel in p.relations.items() if rel is Relation.OWN]


def test_automonteur_never_gets_an_electricians_route_as_its_own() -> None:
    electric = {dossier_code("Elektrotechnische installaties"),
                dossier_code("Elektrotechnische systemen en installaties")}
    goal = Goal("automonteur")
    own = _own_items(goal)
    assert own, "the sample offers autotechniek: this test would check nothing"
    for code in own:
        item = CATALOG.items[code]
        assert not item_dossiers(item) & electric, item.title
        assert item_dossiers(CATALOG.items[crebo_of(item)]) & resolve("automonteur").dossiers
    result = _match(intake_for(goal))
    assert result.routes
    for r in result.routes:
        item = CATALOG.items[r.steps[-1].item_code]
        if OWN_TEXT in goal_reason(r):
            assert not item_dossiers(item) & electric, item.title
            assert crebo_of(item) in resolve("automonteur").crebos


def test_praktijkopleider_bouw_never_gets_a_bricklayers_route_as_its_own() -> None:
    bouw = {dossier_code("Metselen"), dossier_code("Timmeren")}
    goal = Goal("praktijkopleider bouw")
    own = _own_items(goal)
    assert own and all(not item_dossiers(CATALOG.items[c]) & bouw for c in own)
    assert all(CATALOG.items[crebo_of(CATALOG.items[c])].title == "Praktijkopleider" for c in own)
    for r in _match(intake_for(goal)).routes:
        if any(d in bouw for d in item_dossiers(CATALOG.items[r.steps[-1].item_code])):
            assert OWN_TEXT not in goal_reason(r)


def test_same_dossier_other_occupation_is_named_as_verwant_vak() -> None:
    p = profile(index(CATALOG), Goal("Onderwijsassistent"))
    pm = next(c for c, i in CATALOG.items.items()
              if i.kind is ItemKind.QUALIFICATION and i.title == "Pedagogisch medewerker kinderopvang")
    assert p.relations[pm] is Relation.LINE and p.link(pm) is Link.DOSSIER
    assert p.field_of(pm) == "Pedagogisch werk"


def test_a_goal_not_offered_says_so_and_names_real_alternatives() -> None:
    auto = resolve("automonteur")
    dropped = {c for c, i in CATALOG.items.items() if crebo_of(i) in auto.crebos}
    assert dropped
    catalog = replace(CATALOG, items={c: i for c, i in CATALOG.items.items() if c not in dropped},
                      offerings=tuple(o for o in CATALOG.offerings if o.item_code not in dropped))
    result = _match(intake_for(Goal("automonteur")), catalog)
    gap = next(g for g in result.gaps if g.code == "doel-niet-in-aanbod")
    assert gap_text(gap, "nl").startswith("Uw doel Autotechnicus (niveau 2/3) staat niet in het aanbod")
    assert "Wel in het aanbod" in gap_text(gap, "nl")
    assert "not in this school's offering" in gap_text(gap, "en")
    # the alternatives named are real: offered, and in the same dossier or domein
    said = gap_text(gap, "nl")
    named = [i for i in catalog.items.values() if i.kind is ItemKind.QUALIFICATION and i.title in said]
    assert named
    for i in named:
        assert i.code in index(catalog).by_item
        assert item_dossiers(i) & auto.dossiers or i.sector in auto.domeinen
    assert not any(OWN_TEXT in goal_reason(r) for r in result.routes)


def test_a_goal_outside_the_travel_area_names_the_nearest_region() -> None:
    goal = Goal("automonteur")
    own = set(_own_items(goal))
    regions_with = {o.region_code for o in CATALOG.offerings if o.item_code in own}
    without = sorted({o.region_code for o in CATALOG.offerings} - regions_with)
    catalog = CATALOG
    if not without:  # every region offers it: take it away from one
        gone = sorted(regions_with)[0]
        catalog = replace(CATALOG, offerings=tuple(o for o in CATALOG.offerings
                                                   if not (o.item_code in own and o.region_code == gone)))
        without = [gone]
    intake = intake_for(goal, preferences=Preferences(travel_regions=(without[0],)))
    result = _match(intake, catalog, region=without[0])
    gap = next(g for g in result.gaps if g.code == "doel-buiten-bereik-reisgebied")
    assert "wordt niet gegeven in uw reisgebied; het dichtstbij is" in gap_text(gap, "nl")
    assert "km" in gap_text(gap, "nl")


def test_an_unrecognised_goal_asks_the_advisor_to_pick_a_qualification() -> None:
    result = _match(intake_for(Goal("astronaut")))
    assert result.routes == ()
    gap = result.gaps[0]
    assert gap.code == "doel-onbekend" and gap.blocking
    assert "astronaut" in gap_text(gap, "nl") and "We kiezen samen een opleiding" in gap_text(gap, "nl")
    assert "app" not in gap_text(gap, "nl")  # the candidate reads it on the plan: no talk of "the app"
    assert "astronaut" in gap_text(gap, "en")


# --- experience by occupational field ----------------------------------------------------------

CHILDCARE = ExperienceEntry("Pedagogisch medewerker", "kinderopvang", "groep van 12 peuters", 4)


def _onderwijsassistent() -> str:
    return next(c for c, i in CATALOG.items.items()
                if i.kind is ItemKind.QUALIFICATION and i.title == "Onderwijsassistent")


def test_childcare_experience_counts_for_onderwijsassistent() -> None:
    item = CATALOG.items[_onderwijsassistent()]
    intake = intake_for(Goal("Onderwijsassistent"), experience=(CHILDCARE,), evc_interest=True)
    assert related_experience(intake, item) == [CHILDCARE]
    credit = experience_credit(intake, item, CredentialKind.DIPLOMA)
    assert credit is not None and credit.share == pytest.approx(1 / 5)
    # unrelated experience does not count, however many words it shares ("medewerker")
    shop = ExperienceEntry("Medewerker", "detailhandel", "kassa en vakken vullen", 10)
    assert related_experience(replace(intake, experience=(shop,)), item) == []
    found = _match(intake).routes
    to_it = [r for r in found if r.steps[-1].item_code == item.code]
    assert to_it and to_it[0].steps[-1].exempt_weeks > 0
    assert "Uw ervaring telt mee (EVC)" in experience_reason(to_it[0])


def test_no_experience_recorded_says_nothing_about_another_trade() -> None:
    for goal in (Goal("Onderwijsassistent"), Goal("Kok"), Goal("werken in de zorg")):
        found = _match(intake_for(goal)).routes
        assert found
        for r in found:
            text = experience_reason(r)
            assert "ander vak" not in text and "another field" not in text
            assert text == "Geen werkervaring vastgelegd."


def test_recorded_experience_in_another_trade_is_named() -> None:
    shop = ExperienceEntry("Verkoopmedewerker", "detailhandel", "kassa", 12)
    found = _match(intake_for(Goal("Kok"), experience=(shop,))).routes
    assert found
    assert all("Verkoopmedewerker" in experience_reason(r) and "ander vak" in experience_reason(r)
               for r in found)


# --- property: no claim without data -----------------------------------------------------------

def _allowed_own(goal: Goal, catalog: Catalog) -> set[str]:
    """Every qualification code the data lets count as the goal's own."""
    res = resolve(goal.occupation, goal.sector, goal.crebo.strip(), goal.keywords)
    codes = set(res.crebos)
    if goal.crebo.strip() in catalog.items:
        codes.add(crebo_of(catalog.items[goal.crebo.strip()]))
    codes |= {crebo_of(i) for i in catalog.items.values()  # the catalog's title is the goal as typed
              if i.kind not in (ItemKind.SHORT_MODULE, ItemKind.KEUZEDEEL) and fold(goal.occupation)
              and fold(i.title).removeprefix("mbo certificaat ").removeprefix("praktijkverklaring ")
              == fold(goal.occupation)}
    return codes


_TITLES = sorted({i.title for i in CATALOG.items.values()})
_TYPED = [*ALIASES, "iets met auto's", "automonteur", "praktijkopleider bouw", "monteur", "medewerker",
          "eerste monteur", "assistent", "zorg", "techniek", "astronaut", "verpleegkundge", "elektrisien",
          "Verzorgende in de ouderenzorg", "Huishoudelijke ondersteuning", "bouw medewerker"]
goals = st.builds(
    Goal,
    occupation=st.one_of(st.sampled_from(_TYPED), st.sampled_from(_TITLES),
                         st.text(alphabet="abcdeiklmnoprstuvz ", max_size=14)),
    sector=st.sampled_from(["", "zorg", "techniek", "bouw", "horeca", "Zorg en welzijn"]),
    crebo=st.sampled_from(["", "", "", *sorted(CATALOG.items)[:20], "25698", "99999"]),
    keywords=st.lists(st.sampled_from(["installatie", "auto", "monteur", "kinderen"]), max_size=2).map(tuple),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(goals)
def test_no_item_is_own_unless_the_data_says_so(goal: Goal) -> None:
    allowed = _allowed_own(goal, CATALOG)
    for code in _own_items(goal):
        item = CATALOG.items[code]
        assert crebo_of(item) in allowed, (goal, item.title)


experience = st.lists(st.builds(
    ExperienceEntry, role=st.sampled_from(["Pedagogisch medewerker", "Hulpkok", "Medewerker", "Monteur",
                                           "Verkoper", "Elektricien", "vrijwilliger"]),
    sector=st.sampled_from(["", "kinderopvang", "horeca", "techniek", "zorg", "detailhandel"]),
    years=st.sampled_from([0.5, 2.0, 6.0]), volunteer=st.booleans()), max_size=2).map(tuple)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(goals, st.sampled_from(["rijnmond", "zeeland", "twente", "groot-amsterdam", "zuid-limburg"]),
       st.sampled_from([8, 16, 24, 40]), experience, st.booleans())
def test_no_reason_claims_the_goal_without_data(goal: Goal, region: str, hours: int,
                                                 worked: tuple[ExperienceEntry, ...], evc: bool) -> None:
    intake = intake_for(goal, availability=Availability(hours), experience=worked, evc_interest=evc)
    allowed = _allowed_own(goal, CATALOG)
    for r in _match(intake, region=region, top=5).routes:
        item = CATALOG.items[r.steps[-1].item_code]
        if OWN_TEXT in goal_reason(r):
            assert crebo_of(item) in allowed, (goal, item.title)
        text = experience_reason(r)
        if not worked:  # experience wording only from what was recorded
            assert "ander vak" not in text and "ervaring als" not in text
        if r.steps[-1].exempt_weeks:  # shortened only for experience in the step's field
            assert evc and related_experience(intake, item)


def test_a_held_certificate_of_another_trade_is_not_said_to_shorten_the_route() -> None:
    from intake_desk.domain import HeldCredential

    other = HeldCredential(CredentialKind.PRAKTIJKVERKLARING, "Praktijkverklaring Kok", code="PV-25180",
                           werkprocessen=("Bereidt gerechten",))
    found = _match(intake_for(Goal("Onderwijsassistent"), credentials=(other,))).routes
    assert found and not any("U heeft al" in experience_reason(r) for r in found)


def test_relations_are_worded_as_what_they_are() -> None:
    broad = _match(intake_for(Goal("ict"))).routes
    assert broad and all("valt in het domein Informatie en communicatietechnologie" in goal_reason(r)
                         for r in broad)
    texts = [goal_reason(r) for r in _match(intake_for(Goal("praktijkopleider bouw")), top=10).routes]
    assert any(t.startswith("Zelfde domein (Zorg en welzijn)") for t in texts)
    assert not any("Metselaar" in t and OWN_TEXT in t for t in texts)


def test_a_broad_goal_says_it_is_broad_and_why_its_field_is_missing() -> None:
    result = _match(intake_for(Goal("iets met computers"), availability=Availability(4)))
    gap = next(g for g in result.gaps if g.code == "doel-breed")
    said = gap_text(gap, "nl")
    assert "Informatie en communicatietechnologie" in said and "Kies samen" in said
    assert result.routes  # only short courses fit in 4 hours: the gap says no ICT course is there now
    assert "is er nu niet" in gap_text(gap, "nl") and "is no course" in gap_text(gap, "en")


def test_a_goal_recognised_without_doubt_is_stored_with_its_code() -> None:
    """The form says "Herkend als: verzorgende-IG (niveau 3)": the saved intake carries that crebo, so
    the regional figures count it under Zorg en welzijn (seen under Xvfb: "geen mbo-kwalificatie")."""
    from intake_desk.domain import IntakeStatus
    from intake_desk.form_values import empty_values, to_record
    from intake_desk.matching.goal_words import domein_of, kwalificaties

    def stored(goal: str) -> str:
        values = empty_values() | {"first_name": "Sanne", "surname": "Jansen", "goal_occupation": goal}
        return to_record(values, status=IntakeStatus.DRAFT).intake.goals[0].crebo

    code = stored("verzorgende IG")
    assert kwalificaties()[code].titel.lower() == "verzorgende-ig" and kwalificaties()[code].current
    assert domein_of(code) == "Zorg en welzijn"
    assert stored("automonteur") == ""  # Autotechnicus on two levels: the advisor chooses
    assert stored("verzorgnde IG") == ""  # a typo read kindly is asked, not stored
    assert stored("iets met auto's") == ""  # a field, not a qualification
