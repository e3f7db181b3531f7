"""The bundled sample catalog and the synthetic generator."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from decimal import Decimal

from intake_desk.catalog import build_sample
from intake_desk.catalog.sample import SAMPLE_FILE, load_sample
from intake_desk.catalog.synthetic import synthetic_catalog
from intake_desk.domain import ItemKind, RefLevel, Werkproces
from intake_desk.domain.codec import replace, to_json
from intake_desk.storage import catalog as repo


def test_sample_file_is_what_the_generator_writes():
    assert json.loads(SAMPLE_FILE.read_text(encoding="utf-8")) == json.loads(
        json.dumps(build_sample.build(), ensure_ascii=False))


def test_sample_catalog_is_big_realistic_and_marked_as_sample():
    c = load_sample()
    assert len(c.items) >= 60 and len(c.offerings) >= 150
    regions = Counter(o.region_code for o in c.offerings)
    assert len(regions) >= 8 and {"achterhoek", "zeeland", "zuid-limburg"} <= set(regions)
    assert len(c.regions) == 35 and {d.region_code for d in c.demand} == {r.code for r in c.regions}
    assert {f.code for f in c.funding} >= {"stap", "slim", "uwv-scholing", "praktijkleren", "llk"}
    assert all(i.sample for i in c.items.values()) and all(o.sample for o in c.offerings)
    assert all(d.sample for d in c.demand) and all(f.sample for f in c.funding)
    kinds = Counter(i.kind for i in c.items.values())
    assert all(kinds[k] >= 5 for k in ItemKind)
    assert c.items["25251"].level == 1 and c.items["K0071"].title == "Nederlands 3F"
    assert c.items["25498"].werkprocessen[0].title == "Ondersteunt bij wonen en huishouden"
    assert any(code.startswith("NT2") for code in c.items)
    assert all("KD 2015/16" in i.source for i in c.items.values())


def test_sample_offerings_are_consistent_and_never_stale():
    c = load_sample()
    for o in c.offerings:
        assert o.item_code in c.items
        assert not o.prerequisites.previous_item or o.prerequisites.previous_item in c.items
        assert not o.schedule.dates, "sample schedules are recurrences"
        assert o.schedule.starts_between(date(2031, 1, 1), date(2031, 12, 31))
        assert 1 <= o.weeks <= 160 and 0 < o.hours_per_week <= 40


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
