"""Where a candidate lives: region names and aliases, postcode and town lookups, distances.

Checked against the reference files themselves (read here with csv, not through the module), so a
lookup that drifts from the CBS/PDOK data fails.
"""

from __future__ import annotations

import csv

import pytest

from intake_desk import regions as R
from intake_desk.paths import resource

# The codes of the sample catalog before CBS 2026 names (git history of build_sample.py): stored data
# and old exports hold them, so each must still name its region.
OLD_SAMPLE_CODES = {
    "groningen": "groningen", "friesland": "friesland", "drenthe": "drenthe",
    "noord-holland-noord": "noord-holland-noord", "zaanstreek-waterland": "zaanstreek-waterland",
    "zuid-kennemerland-en-ijmond": "zuid-kennemerland-en-ijmond", "groot-amsterdam": "groot-amsterdam",
    "gooi-en-vechtstreek": "gooi-en-vechtstreek", "haaglanden": "haaglanden",
    "holland-rijnland": "holland-rijnland", "midden-holland": "midden-holland",
    "zuid-holland-centraal": "zuid-holland-centraal", "rijnmond": "rijnmond",
    "drechtsteden": "drechtsteden", "gorinchem": "gorinchem", "midden-utrecht": "midden-utrecht",
    "amersfoort": "amersfoort", "foodvalley": "foodvalley", "regio-zwolle": "regio-zwolle",
    "stedendriehoek-en-noordwest-veluwe": "veluwe-stedendriehoek", "twente": "twente",
    "achterhoek": "achterhoek", "midden-gelderland": "midden-gelderland",
    "rijk-van-nijmegen": "rijk-van-nijmegen", "rivierenland": "rivierenland", "flevoland": "flevoland",
    "west-brabant": "west-brabant", "midden-brabant": "midden-brabant",
    "noordoost-brabant": "noordoost-brabant", "zuidoost-brabant": "zuidoost-brabant",
    "helmond-de-peel": "helmond-de-peel", "noord-limburg": "noord-limburg",
    "midden-limburg": "midden-limburg", "zuid-limburg": "zuid-limburg", "zeeland": "zeeland",
}


def _csv(*parts: str) -> list[dict[str, str]]:
    with resource("reference", *parts).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


GEMEENTEN = _csv("regions", "gemeente_arbeidsmarktregio.csv")


# --- the 35 regions and their codes -----------------------------------------------------------------
def test_thirty_five_regions_with_cbs_names_and_slug_codes() -> None:
    regions = R.all_regions()
    assert len(regions) == 35
    assert {r.name for r in regions} == {g["arbeidsmarktregio"] for g in GEMEENTEN}
    codes = {r.name: r.code for r in regions}
    # the contract shared with the catalog: the slug of the CBS name
    assert codes["Zaanstreek/Waterland"] == "zaanstreek-waterland"
    assert codes["Veluwe Stedendriehoek"] == "veluwe-stedendriehoek"
    assert codes["Regio Zwolle"] == "regio-zwolle"
    assert codes["FoodValley"] == "foodvalley"
    assert codes["Helmond-De Peel"] == "helmond-de-peel"
    assert codes["Zuid-Kennemerland en IJmond"] == "zuid-kennemerland-en-ijmond"
    assert all(c == c.lower() and " " not in c and not c.startswith("-") for c in codes.values())


def test_every_region_name_and_code_resolves_in_any_case_and_spacing() -> None:
    for r in R.all_regions():
        for typed in (r.name, r.code, r.name.upper(), r.name.lower(), f"  {r.name}  ",
                      r.name.replace("-", " "), r.name.replace(" ", "-"), f"regio {r.name}"):
            assert R.region_code(typed) == r.code, typed
        assert R.region_name(r.code) == r.name


@pytest.mark.parametrize(("old", "new"), sorted(OLD_SAMPLE_CODES.items()))
def test_every_old_sample_code_resolves(old: str, new: str) -> None:
    assert R.region_code(old) == new
    assert old in R.codes_of(new)  # offerings stored under the old code still match


@pytest.mark.parametrize(("typed", "code"), [
    ("Rijnmond", "rijnmond"), ("rijnmond", "rijnmond"), ("Rotterdam-Rijnmond", "rijnmond"),
    ("Zwolle", "regio-zwolle"), ("Food Valley", "foodvalley"), ("Stedendriehoek", "veluwe-stedendriehoek"),
    ("Stedendriehoek en Noordwest Veluwe", "veluwe-stedendriehoek"),
    ("Noord-Holland (Noord)", "noord-holland-noord"), ("Gooi- en Vechtstreek", "gooi-en-vechtstreek"),
    ("Zaanstreek / Waterland", "zaanstreek-waterland"), ("Amsterdam", "groot-amsterdam"),
    ("Den Haag", "haaglanden"), ("Haaglanden", "haaglanden"), ("'s-Gravenhage", "haaglanden"),
    ("Den Bosch", "noordoost-brabant"), ("'s-Hertogenbosch", "noordoost-brabant"),
    ("Eindhoven", "zuidoost-brabant"), ("regio Eindhoven", "zuidoost-brabant"),
    ("Fryslân", "friesland"), ("Arbeidsmarktregio Twente", "twente"), ("Heerlen", "zuid-limburg"),
    ("Hart van Brabant", "midden-brabant"), ("REGIO ZWOLLE", "regio-zwolle"),
])
def test_everyday_and_older_names(typed: str, code: str) -> None:
    assert R.region_code(typed) == code


@pytest.mark.parametrize("typed", ["Limburg", "Brabant", "Noord-Holland", "Gelderland", "Rijnmnod", "xyz",
                                   "", "   ", "Hoorn", "Beek", "Bergen", "Duitsland", "12"])
def test_unknown_or_ambiguous_text_gives_none_never_a_guess(typed: str) -> None:
    assert R.region_code(typed) is None
    assert R.region_name(typed) == ""


def test_a_typo_gets_a_hint_naming_the_field_in_both_languages() -> None:
    nl, en = R.region_problem("regio", "Rijnmnod") or ("", "")
    assert nl == "regio: 'Rijnmnod' is geen arbeidsmarktregio; bedoelt u Rijnmond?"
    assert en.startswith("regio: 'Rijnmnod' is not a labour-market region") and "Rijnmond?" in en
    nl, en = R.region_problem("regio", "Qwerty") or ("", "")
    assert "Qwerty" in nl and "bedoelt" not in nl and "Qwerty" in en
    assert R.region_problem("regio", "Rijnmond") is None and R.region_problem("regio", "") is None


# --- where someone lives ----------------------------------------------------------------------------
def test_rotterdam_postcode_gives_rijnmond() -> None:
    for typed in ("3011", "3011 AB", "3011ab", " 3011 "):
        where = R.locate(postcode=typed)
        assert (where.gemeente, where.gemeentecode, where.region_code) == ("Rotterdam", "GM0599", "rijnmond")
        assert not where.ask and where.source == "postcode"


@pytest.mark.parametrize("town", ["Den Haag", "den haag", "DEN  HAAG", "'s-Gravenhage", "s-Gravenhage",
                                  "s Gravenhage"])
def test_den_haag_in_every_spelling(town: str) -> None:
    where = R.locate(town=town)
    assert (where.gemeente, where.region_code) == ("'s-Gravenhage", "haaglanden") and not where.ask


@pytest.mark.parametrize(("town", "gemeenten"), [
    ("Hoorn", {"Hoorn", "Terschelling"}), ("Beek", {"Beek (L.)", "Berg en Dal", "Montferland"}),
    ("Noordwijk", {"Noordwijk", "Westerkwartier"}), ("Bergen", {"Bergen (NH.)", "Bergen (L.)"}),
])
def test_ambiguous_towns_ask(town: str, gemeenten: set[str]) -> None:
    where = R.locate(town=town)
    assert where.ask and not where.gemeente and not where.region_code  # the options lie in two regions
    assert {g.name for g in where.options} == gemeenten
    # the rows of the woonplaats file agree
    rows = {r["gemeente"] for r in _csv("regions", "woonplaats_gemeente.csv")
            if R.town_key(r["woonplaats"]) in {R.town_key(town), R.town_key(town) + " nh",
                                               R.town_key(town) + " l"}}
    assert rows <= gemeenten


def test_the_gemeente_named_like_the_town_is_offered_first() -> None:
    assert R.locate(town="Hoorn").options[0].name == "Hoorn"
    assert R.locate(town="Noordwijk").options[0].name == "Noordwijk"


def test_disambiguators_may_be_typed_or_left_out() -> None:
    assert R.locate(town="Bergen (NH)").gemeente == "Bergen (NH.)"
    assert R.locate(town="Bergen NH").gemeente == "Bergen (NH.)"
    assert R.locate(town="bergen l").gemeente == "Bergen (L.)"
    assert R.locate(town="Bergen (NH.)").region_code == "noord-holland-noord"
    assert R.locate(town="Beuningen Gld").gemeente == "Beuningen"
    # the woonplaats BAG names without a disambiguator wins over "Hengelo (Gld)"
    assert R.locate(town="Hengelo").gemeente == "Hengelo (O.)"
    assert R.locate(town="Hengelo (Gld)").gemeente == "Bronckhorst"


@pytest.mark.parametrize(("town", "gemeente"), [
    ("Den Bosch", "'s-Hertogenbosch"), ("den bosch", "'s-Hertogenbosch"),
    ("'s-Hertogenbosch", "'s-Hertogenbosch"), ("Grouw", "Leeuwarden"), ("Bergum", "Tytsjerksteradiel"),
    ("Alphen a/d Rijn", "Alphen aan den Rijn"), ("Capelle a/d IJssel", "Capelle aan den IJssel"),
    ("St. Michielsgestel", "Sint-Michielsgestel"), ("sudwest fryslan", "Súdwest-Fryslân"),
    ("Nuenen", "Nuenen, Gerwen en Nederwetten"), ("ZWOLLE", "Zwolle"), ("Weesp", "Amsterdam"),
    ("Ljouwert", "Leeuwarden"), ("Snits", "Súdwest-Fryslân"), ("The Hague", "'s-Gravenhage"),
])
def test_everyday_town_names(town: str, gemeente: str) -> None:
    where = R.locate(town=town)
    assert where.gemeente == gemeente and not where.ask


def test_split_postcode_in_two_regions_asks_and_the_town_settles_it() -> None:
    where = R.locate(postcode="1357")
    assert where.ask and {g.name for g in where.options} == {"Almere", "Maasgouw"}
    assert where.options[0].name == "Almere"  # most addresses first
    assert not where.region_code
    assert R.locate(postcode="1357 AB", town="Almere").gemeente == "Almere"


def test_every_split_postcode_asks_only_when_its_gemeenten_lie_in_different_regions() -> None:
    region = {g["gemeentecode"]: g["arbeidsmarktregio"] for g in GEMEENTEN}
    split: dict[str, set[str]] = {}
    for r in _csv("regions", "pc4_gemeente_gesplitst.csv"):
        split.setdefault(r["pc4"], set()).add(region[r["gemeentecode"]])
    assert len(split) == 22
    for pc4, names in split.items():
        where = R.locate(postcode=pc4)
        assert where.ask == (len(names) > 1), pc4
        if len(names) == 1:
            assert R.region_name(where.region_code) in names


def test_every_postcode_gives_its_gemeentes_region() -> None:
    region = {g["gemeentecode"]: R.region_code(g["arbeidsmarktregio"]) for g in GEMEENTEN}
    rows = _csv("regions", "pc4_gemeente.csv")
    assert len(rows) == 4074
    split = {r["pc4"] for r in _csv("regions", "pc4_gemeente_gesplitst.csv")}
    for r in rows:
        where = R.locate(postcode=r["pc4"])
        if not where.ask:
            assert where.region_code == region[r["gemeentecode"]], r
        else:
            assert r["pc4"] in split


def test_unknown_postcode_falls_back_to_the_town() -> None:
    assert not R.locate(postcode="1000").found  # PO boxes only: not in the PDOK data
    assert R.locate(postcode="1000 AA", town="Amsterdam").region_code == "groot-amsterdam"
    assert R.locate(postcode="abcd", town="Rotterdam").region_code == "rijnmond"


def test_postcode_and_town_that_disagree_ask() -> None:
    where = R.locate(postcode="3011 AB", town="Groningen")
    assert where.conflict and where.ask
    assert [g.name for g in where.options][:2] == ["Rotterdam", "Groningen"]
    # a woonplaats in the postcode's gemeente agrees
    assert R.locate(postcode="6191", town="Beek").gemeente == "Beek (L.)"


def test_every_gemeente_resolves_to_its_region() -> None:
    assert len(GEMEENTEN) == 342
    for g in GEMEENTEN:
        want = R.region_code(g["arbeidsmarktregio"])
        found = R.find_gemeente(g["gemeente"])
        assert found is not None and found.code == g["gemeentecode"] and found.region_code == want
        assert R.find_gemeente(g["gemeentecode"]) == found
        # typed as a town: the gemeente itself, or asked with the gemeente first
        where = R.locate(town=g["gemeente"])
        if where.ask:
            assert where.options[0] == found, g
        else:
            assert where.gemeentecode == g["gemeentecode"] and where.region_code == want


def test_every_woonplaats_is_found_in_its_gemeente() -> None:
    for r in _csv("regions", "woonplaats_gemeente.csv"):
        where = R.locate(town=r["woonplaats"])
        assert where.gemeentecode == r["gemeentecode"] or r["gemeentecode"] in {
            g.code for g in where.options}, r


def test_unknown_towns_give_nothing() -> None:
    for town in ("Atlantis", "", "   ", "Limburg", "Brussel"):
        where = R.locate(town=town)
        assert not where.found and where == R.Location()
    assert R.find_gemeente("Bergen") is None  # two gemeenten: ask, do not pick one


# --- distances --------------------------------------------------------------------------------------
def test_nearest_regions_from_centres_of_mbo_locations() -> None:
    near = R.nearest_regions("Rijnmond")
    assert len(near) == 34 and "rijnmond" not in {c for c, _ in near}
    assert [km for _, km in near] == sorted(km for _, km in near)
    first = {c for c, km in near if km <= near[0][1] + 10}
    assert first & {"haaglanden", "drechtsteden", "zuid-holland-centraal", "midden-holland"}
    far = dict(near)
    assert far["groningen"] > 150 and far["zuid-limburg"] > 120  # Rotterdam-Heerlen ~150 km
    assert R.nearest_regions("Limburg") == []


def test_nearest_offered_for_a_goal_not_in_the_travel_area() -> None:
    offered = ["zuid-limburg", "holland-rijnland", "twente", "rijnmond"]
    near = R.nearest_offered(offered, ["rijnmond"])
    assert [c for c, _ in near] == ["holland-rijnland", "zuid-limburg", "twente"]
    assert near[0][1] < 60 < near[1][1]
    # older codes and names are understood on both sides; the allowed regions are never listed
    assert [c for c, _ in R.nearest_offered(["Zuid-Limburg", "Zwolle"], ["Stedendriehoek"], limit=1)] \
        == ["regio-zwolle"]
    assert R.nearest_offered(["rijnmond"], ["rijnmond"]) == []
    assert R.nearest_offered(["rijnmond"], []) == []


# --- what stores a region: the form values, the intake JSON, the matcher ----------------------------
def test_form_values_store_the_code_and_refuse_an_unknown_region() -> None:
    from intake_desk.form_values import check_values, from_record, to_record

    values = {"surname": "Jansen", "region_code": "Rijnmnod"}
    issue = check_values(values)["region_code"]
    assert issue.blocks_saving and issue.message == \
        "regio: 'Rijnmnod' is geen arbeidsmarktregio; bedoelt u Rijnmond?"
    record = to_record({"surname": "Jansen", "region_code": "Den Haag",
                        "travel_regions": ["Rijnmond", "haaglanden", "Zwolle"]})
    assert record.candidate.region_code == "haaglanden"
    assert record.intake.preferences.travel_regions == ("rijnmond", "haaglanden", "regio-zwolle")
    assert from_record(record)["travel_regions"] == ["rijnmond", "haaglanden", "regio-zwolle"]
    assert "travel_regions.1" in check_values({"surname": "x", "travel_regions": ["Rijnmond", "Limburg"]})
    # nothing typed for the region: postcode and town decide, when certain
    quick = to_record({"surname": "Jansen", "postcode": "3011 AB", "town": "Rotterdam"}).candidate
    assert (quick.region_code, quick.municipality) == ("rijnmond", "Rotterdam")
    assert to_record({"surname": "Jansen", "town": "Hoorn"}).candidate.region_code == ""
    # an advisor's choice stands
    chosen = to_record({"surname": "J", "postcode": "3011", "region_code": "Haaglanden"}).candidate
    assert chosen.region_code == "haaglanden" and chosen.municipality == ""


def test_intake_json_accepts_a_region_name_and_refuses_an_unknown_one() -> None:
    import json

    from intake_desk.domain.codec import DecodeError
    from intake_desk.intake_format import parse

    doc = {"candidate": {"name": {"first_name": "An", "surname": "Bos"}, "region_code": "Rijnmond",
                         "contact": {"postcode": "3011 AB", "town": "Rotterdam"}},
           "intake": {"date": "2026-11-22", "preferences": {"travel_regions": ["Rijnmond", "Den Haag"]}}}
    record = parse(json.dumps(doc))
    assert record.candidate.region_code == "rijnmond" and record.candidate.municipality == "Rotterdam"
    assert record.intake.preferences.travel_regions == ("rijnmond", "haaglanden")
    doc["candidate"]["region_code"] = "Rijnmnod"
    doc["intake"]["preferences"]["travel_regions"] = ["Rijnmond", "Brabant"]
    with pytest.raises(DecodeError) as raised:
        parse(json.dumps(doc))
    found = {p.path: p.message for p in raised.value.problems}
    assert found["$.candidate.region_code"] == \
        "regio: 'Rijnmnod' is geen arbeidsmarktregio; bedoelt u Rijnmond?"
    assert "reisgebied: 'Brabant'" in found["$.intake.preferences.travel_regions[1]"]


def test_the_matcher_reads_names_old_codes_and_where_the_candidate_lives() -> None:
    from datetime import date

    from intake_desk.domain import Candidate, Contact, Intake, PersonName, Preferences
    from intake_desk.matching.facts import allowed_regions

    person = PersonName("An", "Bos")
    plain = Intake(date=date(2026, 11, 22))
    assert allowed_regions(plain, Candidate(person, region_code="Rijnmond")) == {"rijnmond"}
    # an old code matches offerings stored under either code
    assert allowed_regions(plain, Candidate(person, region_code="stedendriehoek-en-noordwest-veluwe")) == \
        {"veluwe-stedendriehoek", "stedendriehoek-en-noordwest-veluwe"}
    rotterdam = Candidate(person, contact=Contact(postcode="3011 AB", town="Rotterdam"))
    assert allowed_regions(plain, rotterdam) == {"rijnmond"}
    assert allowed_regions(plain, Candidate(person, contact=Contact(town="Hoorn"))) is None  # ask first
    travel = Intake(date=date(2026, 11, 22), preferences=Preferences(travel_regions=("Den Haag", "Rijnmond")))
    assert allowed_regions(travel, rotterdam) == {"haaglanden", "rijnmond"}


def test_demo_candidates_live_where_their_region_says() -> None:
    from datetime import date

    from intake_desk.demo import demo_records

    records = list(demo_records(120, seed=11, today=date(2026, 11, 22)))
    assert len({r.candidate.region_code for r in records}) >= 25  # spread over the country
    for r in records:
        c = r.candidate
        where = R.locate(c.contact.postcode, c.contact.town)
        assert c.sample and (where.gemeente, where.region_code) == (c.municipality, c.region_code)
        assert R.region_code(c.region_code) == c.region_code
    again = list(demo_records(120, seed=11, today=date(2026, 11, 22)))
    assert [r.candidate for r in again] == [r.candidate for r in records]


def test_home_region_reads_old_codes_and_where_the_candidate_lives() -> None:
    from intake_desk.domain import Candidate, Contact, PersonName

    person = PersonName("An", "Bos")
    assert R.home_region(None) == ""
    assert R.home_region(Candidate(person, region_code="stedendriehoek-en-noordwest-veluwe")) == \
        "veluwe-stedendriehoek"
    assert R.home_region(Candidate(person, contact=Contact(postcode="9711"))) == "groningen"
    assert R.home_region(Candidate(person, contact=Contact(town="Beek"))) == ""


def test_a_postcode_names_its_woonplaats_only_when_the_data_leaves_no_doubt() -> None:
    from intake_desk.regions import postcode_woonplaats

    assert postcode_woonplaats("1111 AB") == "Diemen"  # one gemeente, one woonplaats
    assert postcode_woonplaats("2595") == "'s-Gravenhage"  # the BAG name, not "Den Haag"
    assert postcode_woonplaats("3511") is None  # Utrecht: Utrecht, Vleuten, De Meern, Haarzuilens
    assert postcode_woonplaats("1216") is None  # a PC4 split over Hilversum and Wijdemeren
    assert postcode_woonplaats("0000") is None and postcode_woonplaats("") is None
