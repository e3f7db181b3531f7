"""The regional figures on both stores: a laptop with a year of sample follow-up, moved into the
server, counts the same on both (every aggregate of storage/figures.py and the finished figures of
app/figures.py with their "<5" suppression), and the fact tables the server's triggers derive from
the moved records equal the laptop's row for row. Also the worklists on fixed days."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[postgres]')")

from intake_desk.app.figures import SUPPRESSED, regional_figures
from intake_desk.storage import figures as sq_figures
from intake_desk.storage import followup as sq_fu
from intake_desk.storage.postgres import figures as pq_figures
from intake_desk.storage.postgres import followup as pq_fu

from .followup_data import TODAY, empty_server, laptop_with_followup, move_to_server


@pytest.fixture(scope="module")
def both(pg_server: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any]]:
    src = laptop_with_followup(Path(tmp_path_factory.mktemp("figures")) / "laptop.sqlite")
    dst, report = move_to_server(src, pg_server.url)
    moved = {t.table: t for t in report.tables}
    for table in ("stage_changes", "stage_corrections", "followup"):
        assert moved[table].complete and moved[table].target == moved[table].source, table
    try:
        yield src, dst
    finally:
        empty_server(dst)
        dst.close()
        src.close()


_PERIODS = ((TODAY - timedelta(days=364), TODAY), (TODAY - timedelta(days=90), TODAY),
            (TODAY - timedelta(days=30), TODAY - timedelta(days=7)), (date(2020, 1, 1), TODAY))


def _regions(db: Any) -> list[str]:
    """The two regions with the most candidates (the same on both stores after the move)."""
    found = Counter(r[0] for r in db.execute("SELECT region_code FROM candidates").fetchall())
    return [code for code, _ in found.most_common(2) if code]


def test_the_moved_facts_equal_the_laptops(both: tuple[Any, Any]) -> None:
    src, dst = both
    for table in ("fig_candidates", "fig_intakes", "fig_plans"):
        lite = sorted(src.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
        server = sorted(dst.fetchall(f"SELECT * FROM {table}"), key=repr)
        assert len(lite) >= 100, table
        assert lite == server, table
    # the data has what the comparisons rest on: sample candidates, plans with funding, corrections
    assert dst.scalar("SELECT count(*) FROM fig_plans WHERE funding <> ''") > 0
    assert dst.scalar("SELECT count(*) FROM stage_corrections") > 0
    assert dst.scalar("SELECT count(*) FROM fig_candidates WHERE sample = 1") > 0


@pytest.mark.parametrize(("start", "end"), _PERIODS)
def test_every_aggregate_is_the_same(both: tuple[Any, Any], start: date, end: date) -> None:
    src, dst = both
    for regions in (set(), set(_regions(src)[:1]), set(_regions(src))):
        for name in ("intake_rows", "plan_rows", "stage_rows", "start_delays"):
            lite = sorted(getattr(sq_figures, name)(src, start, end, regions), key=repr)
            server = sorted(getattr(pq_figures, name)(dst, start, end, regions), key=repr)
            assert lite == server, (name, regions)
        for name in ("plans_set_without_version", "any_sample"):
            assert getattr(sq_figures, name)(src, start, end, regions) == \
                getattr(pq_figures, name)(dst, start, end, regions), (name, regions)
    assert sq_figures.funding_names(src) == pq_figures.funding_names(dst) != {}


def test_the_figures_and_their_suppression_are_the_same(both: tuple[Any, Any]) -> None:
    src, dst = both
    seen_small = False
    for start, end in _PERIODS:
        for region in (None, *_regions(src)):
            lite = regional_figures(src, start, end, region)
            server = regional_figures(dst, start, end, region)
            assert lite == server, (start, end, region)
            shown = [p.shown for s in server.series for p in s.points]
            assert shown == [p.shown for s in lite.series for p in s.points]
            seen_small |= SUPPRESSED in shown
    intakes, plans = regional_figures(dst, *_PERIODS[0]).key_figures[:2]
    assert intakes.count > 50 and plans.count > 0
    assert seen_small  # some cell was hidden as "<5" on both


@pytest.mark.parametrize("today", [TODAY, TODAY + timedelta(days=14), TODAY - timedelta(days=60)])
def test_the_worklists_on_a_fixed_day_are_the_same(both: tuple[Any, Any], today: date) -> None:
    src, dst = both
    assert sq_fu.due_rows(src, today, 20) == pq_fu.due_rows(dst, today, 20)
    assert sq_fu.due_counts(src, today) == pq_fu.due_counts(dst, today)
    for days in (14, 60):
        for limit in (5, 500):
            since = today - timedelta(days=days)
            assert sq_fu.silent_rows(src, since, limit) == pq_fu.silent_rows(dst, since, limit)
    if today >= TODAY:  # the demo plans next contacts from its "today" on
        assert sum(pq_fu.due_counts(dst, today)) > 0


def test_every_state_and_history_is_the_same(both: tuple[Any, Any]) -> None:
    src, dst = both
    ids = [r[0] for r in src.execute("SELECT id FROM candidates ORDER BY id").fetchall()]
    for cid in ids:
        assert sq_fu.state(src, cid) == pq_fu.state(dst, cid)
        assert sq_fu.history(src, cid) == pq_fu.history(dst, cid)
        assert sq_fu.last_undoable(src, cid) == pq_fu.last_undoable(dst, cid)
    derived = sum(pq_fu.state(dst, cid).derived for cid in ids)
    assert 0 < derived < len(ids)
