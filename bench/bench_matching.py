"""Matching speed against the 5,000-offering synthetic catalog and the bundled sample catalog (4,180
offerings in 35 regions), each beside a baseline measured in the same run, and the catalog load from
the database (uncached and cached by revision).

The baseline only filters the offerings by the hard rules that need no planning (region, hours, a start
date in the window); the ratio says what planning, scoring and explaining cost on top. Goal: p95 of one
intake -> top 5 at most 50 ms.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from intake_desk.app.opening import open_or_create
from intake_desk.app.routes import load_catalog
from intake_desk.catalog.sample import load_sample
from intake_desk.catalog.synthetic import synthetic_catalog
from intake_desk.demo import demo_records
from intake_desk.domain import Candidate, Catalog, Intake, Offering, Preferences
from intake_desk.matching import match
from intake_desk.matching.facts import allowed_regions, index
from intake_desk.storage import catalog as catalog_repo

TODAY = date(2026, 11, 22)
GOAL_P95_MS = 50.0


def baseline(intake: Intake, catalog: Catalog, region: str) -> list[Offering]:
    regions = allowed_regions(intake, None) or frozenset({region})
    hours = intake.availability.hours_per_week
    last = intake.preferences.latest_start or TODAY + timedelta(days=400)
    first = max(TODAY, intake.preferences.earliest_start or TODAY)
    out = []
    for o in catalog.offerings:
        if o.region_code in regions and o.hours_per_week <= hours:
            s = o.schedule
            if not (s.dates or s.months or s.monthly) or s.starts_between(first, last):
                out.append(o)
    return out


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _people_synthetic(catalog: Catalog) -> list[tuple[Intake, Candidate, str]]:
    """Demo people spread over the synthetic catalog's regions (its region codes are its own)."""
    regions = sorted({o.region_code for o in catalog.offerings})
    people = []
    for n, rec in enumerate(demo_records(1000, seed=7, today=TODAY)):
        region = regions[n % len(regions)]
        cand = rec.candidate.__class__(rec.candidate.name, rec.candidate.birth_date, region_code=region)
        intake = rec.intake
        if not intake.preferences.travel_regions:
            intake = intake.__class__(**{f: getattr(intake, f) for f in intake.__dataclass_fields__}
                                      | {"preferences": Preferences(travel_regions=(region,))})
        people.append((intake, cand, region))
    return people


def _people_sample() -> list[tuple[Intake, Candidate, str]]:
    """Demo people as they are: real regions and travel areas, which the sample catalog covers."""
    return [(rec.intake, rec.candidate, rec.candidate.region_code or "")
            for rec in demo_records(1000, seed=7, today=TODAY)]


def _run(name: str, catalog: Catalog, people: list[tuple[Intake, Candidate, str]]) -> None:
    print(f"-- {name}: {len(catalog.offerings)} offerings, {len(catalog.items)} items")
    match(people[0][0], catalog, TODAY, candidate=people[0][1])  # build the index once, like the app
    single: list[float] = []
    base: list[float] = []
    found = 0
    for intake, cand, region in people[:200]:
        t = time.perf_counter()
        baseline(intake, catalog, region)
        base.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        found += bool(match(intake, catalog, TODAY, top=5, candidate=cand))
        single.append((time.perf_counter() - t) * 1000)
    cold: list[float] = []
    idx = index(catalog)
    for intake, cand, _region in people[:200]:
        idx.fit_cache.clear()  # no remembered goal fits: every goal is fuzzy-matched afresh
        t = time.perf_counter()
        match(intake, catalog, TODAY, top=5, candidate=cand)
        cold.append((time.perf_counter() - t) * 1000)
    p50, p95 = statistics.median(single), _pct(single, 95)
    b50, b95 = statistics.median(base), _pct(base, 95)
    print(f"one intake -> top 5:  p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  "
          f"(goal p95 <= {GOAL_P95_MS:g} ms: {'ok' if p95 <= GOAL_P95_MS else 'TOO SLOW'}); "
          f"{found}/200 with routes")
    print(f"same, goal fits cold: p50 {statistics.median(cold):6.1f} ms  p95 {_pct(cold, 95):6.1f} ms")
    print(f"baseline filter only: p50 {b50:6.1f} ms  p95 {b95:6.1f} ms")
    print(f"ratio match / baseline: p50 {p50 / b50:5.1f}x  p95 {p95 / b95:5.1f}x")

    t = time.perf_counter()
    for intake, cand, _region in people:
        match(intake, catalog, TODAY, top=5, candidate=cand)
    batch = time.perf_counter() - t
    t = time.perf_counter()
    for intake, _cand, region in people:
        baseline(intake, catalog, region)
    bbatch = time.perf_counter() - t
    print(f"batch of {len(people)} intakes: {batch:6.2f} s ({batch / len(people) * 1000:.1f} ms each); "
          f"baseline {bbatch:6.2f} s; ratio {batch / bbatch:5.1f}x")


def _catalog_load() -> None:
    """The catalog from the database, as candidate_routes reads it: decoding every offering, and the
    cached catalog while its revision stays the same (app/routes.py)."""
    with tempfile.TemporaryDirectory() as folder:
        db = open_or_create(Path(folder) / "bench.sqlite")
        load: list[float] = []
        cached: list[float] = []
        for _ in range(15):
            t = time.perf_counter()
            catalog_repo.load(db)
            load.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            load_catalog(db)
            cached.append((time.perf_counter() - t) * 1000)
        db.close()
    print(f"-- catalog from the database (sample): load p50 {statistics.median(load):6.1f} ms; "
          f"cached by revision p50 {statistics.median(cached[1:]):6.2f} ms")


def main() -> None:
    t0 = time.perf_counter()
    catalog = synthetic_catalog(5000, seed=1)
    print(f"synthetic catalog built in {(time.perf_counter() - t0) * 1000:.0f} ms")
    _run("synthetic catalog", catalog, _people_synthetic(catalog))
    _run("sample catalog (voorbeeld)", load_sample(), _people_sample())
    _catalog_load()


if __name__ == "__main__":
    main()
