"""The bundled sample catalog and the synthetic generator."""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections import Counter
from datetime import date
from decimal import Decimal

from intake_desk import regions as R
from intake_desk.catalog import build_sample
from intake_desk.catalog.sample import SAMPLE_FILE, load_sample
from intake_desk.catalog.synthetic import synthetic_catalog
from intake_desk.domain import CredentialKind, ItemKind, Leerweg, RefLevel, Werkproces
from intake_desk.domain.codec import replace, to_json
from intake_desk.paths import resource
from intake_desk.storage import catalog as repo


def test_sample_file_is_what_the_generator_writes():
    fresh = build_sample.build()
    assert json.loads(SAMPLE_FILE.read_text(encoding="utf-8")) == json.loads(
        json.dumps(fresh, ensure_ascii=False))
    assert build_sample.build() == fresh, "the build is deterministic"
    assert SAMPLE_FILE.stat().st_size < 3_000_000


def _csv(*parts: str) -> list[dict[str, str]]:
    with resource("reference", *parts).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def test_sample_regions_are_the_35_cbs_regions_by_slug():
    c = load_sample()
    names = {r["arbeidsmarktregio"] for r in _csv("regions", "gemeente_arbeidsmarktregio.csv")}
    assert {(r.code, r.name) for r in c.regions} == {(_slug(n), n) for n in names}
    codes = {r.code for r in c.regions}
    assert len(codes) == 35 and {"zaanstreek-waterland", "veluwe-stedendriehoek", "rijnmond"} <= codes
    assert {o.region_code for o in c.offerings} == codes
    assert set(c.regions) == set(R.all_regions()), "the same codes as the desk derives from a postcode"


def test_every_location_is_a_real_vestiging_in_its_real_region():
    c = load_sample()
    rows = _csv("mbo", "vestigingen.csv")
    for o in c.offerings:
        assert any(r["instelling"] == o.provider and _slug(r["arbeidsmarktregio"]) == o.region_code
                   and r["locatienaam"].strip() in o.location
                   and (o.location.startswith(r["plaats"]) or o.location == r["locatienaam"].strip())
                   for r in rows), (o.code, o.provider, o.location, o.region_code)
    per_region = Counter(o.region_code for o in c.offerings)
    places = {(o.region_code, o.provider, o.location) for o in c.offerings}
    assert all(1 <= sum(p[0] == r for p in places) <= 3 for r in per_region)
    assert len({o.provider for o in c.offerings}) >= 25, "real schools across the country"


def test_every_qualification_is_a_real_current_crebo_with_its_real_data():
    c = load_sample()
    kwal = {r["crebo"]: r for r in _csv("mbo", "kwalificaties.csv")}
    quals = [i for i in c.items.values() if i.kind is ItemKind.QUALIFICATION]
    assert len(quals) >= 40
    for q in quals:
        row = kwal[q.code]
        assert not row["nieuwere_code_zelfde_titel"], f"{q.code} is superseded"
        assert (q.title, q.level, q.dossier_code, q.dossier_title, q.sector) == (
            row["titel"], int(row["niveau"]), row["dossiercode"], row["dossiernaam"], row["domein"])
        assert {lw.value.upper() for lw in q.leerwegen} <= set(row["leerwegen"].split(";"))
    in_oer = sum(kwal[q.code]["in_oer_steekproef_2023_2026"] == "ja" for q in quals)
    assert in_oer >= len(quals) * 0.6, "mostly codes that schools published an OER for"
    for part in (i for i in c.items.values() if i.part_of):
        whole = c.items[part.part_of]
        assert whole.kind is ItemKind.QUALIFICATION and part.kind in (ItemKind.CERTIFICATE,
                                                                      ItemKind.PRAKTIJKVERKLARING)
        assert (part.dossier_code, part.sector, part.level) == (whole.dossier_code, whole.sector,
                                                                whole.level)
    hzw = c.items["25960"]
    assert [w.title for w in c.items["PV-25960"].werkprocessen] == [
        "Ondersteunt bij wonen en huishouden", "Ondersteunt bij persoonlijke zorg en ADL",
        "Assisteert bij de uitvoering van sociale en recreatieve activiteiten"]
    assert hzw.werkprocessen == c.items["PV-25960"].werkprocessen
    assert c.items["K0071"].title == "Nederlands 3F" and c.items["25801"].title == "Praktijkopleider"


# What an advisor expects to find in every region, by real dossier (or domein) and level.
COMMON_GOALS: dict[str, list[tuple[set[str], set[int]]]] = {
    "zorg": [({"23385"}, {2}), ({"23268"}, {3}), ({"23267"}, {4}), ({"23312"}, {3, 4})],
    "techniek en installatie": [({"23299"}, {2}), ({"23299"}, {3}), ({"23333"}, {2, 3})],
    "autotechniek": [({"23273"}, {2}), ({"23273"}, {3})],
    "ict": [({"23400"}, {2}), ({"23405"}, {3}), ({"23399"}, {4})],
    "logistiek": [({"23309"}, {2}), ({"23309"}, {3})],
    "horeca": [({"23085"}, {2}), ({"23085"}, {3}), ({"23081"}, {2})],
    "bouw": [({"23331", "23313"}, {2}), ({"23331", "23313"}, {3})],
    "pedagogisch werk en onderwijs": [({"23285"}, {3}), ({"23285"}, {4})],
    "handel": [({"23324"}, {2}), ({"23354"}, {3})],
    "schoonmaak of beveiliging": [({"23025", "23281"}, {2})],
    "praktijkopleider": [({"23320"}, {4})],
    "entree": [({"23301"}, {1})],
}


def test_every_region_has_the_common_goals_within_the_region():
    c = load_sample()
    offered: dict[str, set[str]] = {}
    for o in c.offerings:
        offered.setdefault(o.region_code, set()).add(o.item_code)
    for region in (r.code for r in c.regions):
        here = [c.items[code] for code in offered[region]]
        quals = [i for i in here if i.kind is ItemKind.QUALIFICATION]
        for goal, needs in COMMON_GOALS.items():
            for dossiers, levels in needs:
                assert any(q.dossier_code in dossiers and q.level in levels for q in quals), (
                    region, goal, dossiers, levels)
        entree = [q for q in quals if q.level == 1]
        assert any("techniek" in q.title for q in entree), (region, "technical Entree profile")
        assert any("dienstverlening" in q.title for q in entree), region
        # short routes for adults in care, technical, logistics, horeca, ICT and childcare
        for domein in ("Zorg en welzijn", "Techniek en procesindustrie", "Transport, scheepvaart en "
                       "logistiek", "Horeca en bakkerij", "Informatie en communicatietechnologie"):
            kinds = {i.kind for i in here if i.sector == domein}
            assert {ItemKind.CERTIFICATE, ItemKind.PRAKTIJKVERKLARING} <= kinds, (region, domein)
        assert any(i.dossier_code == "23285" and i.kind is ItemKind.PRAKTIJKVERKLARING for i in here)
        assert {"NT2-A2", "NT2-B1", "NT2-B2", "K0071"} <= offered[region], region
    # a few specialised qualifications run only in some regions, so "nearest region" happens
    regions_of: dict[str, set[str]] = {}
    for o in c.offerings:
        regions_of.setdefault(o.item_code, set()).add(o.region_code)
    partial = [code for code, rs in regions_of.items()
               if c.items[code].kind is ItemKind.QUALIFICATION and 3 <= len(rs) <= 20]
    assert len(partial) >= 5


def test_sample_catalog_is_marked_as_sample():
    c = load_sample()
    assert "voorbeeld" in build_sample.build()["label"]
    assert all(i.sample for i in c.items.values()) and all(o.sample for o in c.offerings)
    assert all(d.sample for d in c.demand) and all(f.sample for f in c.funding)
    assert all("voorbeeld" in i.source for i in c.items.values())
    assert all("voorbeeld" in d.source for d in c.demand)
    assert {f.code for f in c.funding} >= {"stap", "slim", "uwv-scholing", "praktijkleren", "llk"}
    kinds = Counter(i.kind for i in c.items.values())
    assert all(kinds[k] >= 5 for k in ItemKind), kinds


def test_sample_follows_the_entry_rules():
    c = load_sample()
    for i in c.items.values():
        if i.kind is ItemKind.QUALIFICATION:
            assert i.dutch_required == (None if i.level == 1 else RefLevel.F3 if i.level == 4
                                        else RefLevel.F2), i.code
            care_or_children = i.sector == "Zorg en welzijn" and i.dossier_code != "23320"
            assert i.vog_required is care_or_children or i.dossier_code == "23281", i.code
    assert c.items["25698"].vog_required and c.items["25696"].vog_required
    assert not c.items["25737"].vog_required
    for o in c.offerings:
        item = c.items[o.item_code]
        if o.leerweg is Leerweg.BBL:
            assert o.prerequisites.requires_job, o.code
        if item.kind is ItemKind.QUALIFICATION and item.level and item.code != "25801":
            assert o.prerequisites.dutch == item.dutch_required, o.code
        if o.leerweg is Leerweg.BOL:
            assert 40 <= o.weeks <= 210 and o.leads_to is CredentialKind.DIPLOMA
        if item.kind is ItemKind.CERTIFICATE:
            assert 20 <= o.weeks <= 40 and o.cost == Decimal("1750")
        if item.kind is ItemKind.PRAKTIJKVERKLARING:
            assert 12 <= o.weeks <= 40 and o.cost == Decimal("750")
            assert o.leads_to is CredentialKind.PRAKTIJKVERKLARING
        if item.kind is ItemKind.SHORT_MODULE and not item.code.startswith("NT2"):
            assert 1 <= o.weeks <= 8, o.code
    leerwegen = Counter(o.leerweg for o in c.offerings)
    assert all(leerwegen[lw] >= 100 for lw in Leerweg), leerwegen


def test_sample_demand_covers_every_offered_qualification_in_every_region():
    c = load_sample()
    rated = {(d.region_code, d.crebo) for d in c.demand if d.crebo}
    quals = {o.item_code for o in c.offerings if c.items[o.item_code].kind is ItemKind.QUALIFICATION}
    assert {(r.code, q) for r in c.regions for q in quals} <= rated
    assert all(1 <= d.rating <= 5 and d.source == "SBB Kans op werk (voorbeeldcijfers)" for d in c.demand)
    by_code = Counter(d.rating for d in c.demand if d.crebo == "25698")
    assert sum(n for r, n in by_code.items() if r >= 4) >= 25, "onderwijsassistent high in most regions"
    assert len({d.rating for d in c.demand if d.crebo == "25656"}) >= 2, "figures vary by region"


def test_sample_offerings_are_consistent_and_never_stale():
    c = load_sample()
    assert len({o.code for o in c.offerings}) == len(c.offerings)
    for o in c.offerings:
        assert o.item_code in c.items
        assert not o.prerequisites.previous_item or o.prerequisites.previous_item in c.items
        assert not o.schedule.dates, "sample schedules are recurrences"
        assert o.schedule.starts_between(date(2031, 1, 1), date(2031, 12, 31))
        assert 1 <= o.weeks <= 210 and 0 < o.hours_per_week <= 40


def test_synthetic_catalog_is_deterministic_varied_and_all_regions():
    a = synthetic_catalog(5000)
    assert a == synthetic_catalog(5000)
    assert synthetic_catalog(100, seed=2) != synthetic_catalog(100, seed=3)
    assert len(a.offerings) == 5000 and len({o.code for o in a.offerings}) == 5000
    assert len({o.region_code for o in a.offerings}) == 35
    assert {i.kind for i in a.items.values()} == set(ItemKind)
    assert all(o.item_code in a.items for o in a.offerings)


def test_direct_docs_match_the_codec():
    """storage writes item and offering docs by hand for speed; they must be what the codec writes."""
    sample, synthetic = load_sample(), synthetic_catalog(500)
    odd_text = 'Zorg "plus" \\ café\n\t\u2028 ✓'  # quotes, backslash, accents, control and line separators
    odd_item = replace(next(iter(sample.items.values())), title=odd_text, sbu=None, level=None,
                       werkprocessen=(Werkproces("B1", odd_text),), dutch_required=RefLevel.F3)
    odd_offering = replace(sample.offerings[0], location=odd_text, hours_per_week=2.5,
                           cost=Decimal("1750.50"))
    for o in [*sample.offerings, *synthetic.offerings, odd_offering]:
        assert repo.offering_doc(o) == json.dumps(to_json(o), ensure_ascii=False, sort_keys=True)
    for i in [*sample.items.values(), *synthetic.items.values(), odd_item]:
        assert repo.item_doc(i) == json.dumps(to_json(i), ensure_ascii=False, sort_keys=True)
