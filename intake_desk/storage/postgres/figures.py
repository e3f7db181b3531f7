"""The SQL aggregates behind the regional figures on PostgreSQL: the same counts as
`storage/figures.py`, read from the same fact tables (pg003_followup: fig_candidates, fig_intakes,
fig_plans, kept by triggers beside the records) and the stage history. Counts only: no query here
returns a name. The parity tests (tests/postgres/test_figures_parity.py) compare both on one data set.

As on SQLite, a fact is written from the record as it was saved (a document that is not JSON gives
NULL facts, never a failed write), and the one value read from a catalog record, a funding scheme's
name, is verified: a damaged one shows the scheme's code instead.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import Any

from ..checksums import COLUMNS, select_list, sound
from .connection import PgDatabase
from .followup import not_corrected

__all__ = ["any_sample", "funding_names", "intake_rows", "plan_rows", "plans_set_without_version",
           "stage_rows", "start_delays"]

# A stage change put back as a mistake, and the correction itself, are not counted (m007).
_LIVE_S = not_corrected("s.candidate_id", "s.id")


def _in_region(regions: Collection[str], column: str) -> tuple[str, list[Any]]:
    """A filter on `column` (a candidate id) for candidates living in `regions`; none for all."""
    if not regions:
        return "", []
    return (f" AND {column} IN (SELECT candidate_id FROM fig_candidates WHERE region_code = ANY(%s))",
            [sorted(regions)])


def _rows(db: PgDatabase, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    """The rows of one aggregate, read without JIT compilation: the planner's cost for a year of
    changes passes `jit_above_cost` by its per-row subqueries, and compiling then took 25-90 ms of
    queries that run in 40-150 ms (20,000 candidates). Only for this read (SET LOCAL in a
    transaction that is rolled back after it, as postgres/candidates.py holds its plans)."""
    with db.conn.transaction(force_rollback=True):
        db.execute("SET LOCAL jit = off")
        return db.fetchall(sql, params)


def _period(start: date, end: date) -> list[str]:
    return [start.isoformat(), end.isoformat()]


def intake_rows(db: PgDatabase, start: date, end: date, regions: Collection[str]
                ) -> list[tuple[str, str, str, int]]:
    """(intake day, referrer code, crebo of the first goal, count) of the intake conversations in
    the period; one pass gives the weeks, the referrers and the goal domeinen."""
    where, params = _in_region(regions, "candidate_id")
    return [
        (str(r[0]), str(r[1]), str(r[2]), int(r[3]))
        for r in _rows(
            db, "SELECT intake_date, referrer, crebo, count(*) FROM fig_intakes"
            f" WHERE intake_date BETWEEN %s AND %s{where} GROUP BY 1, 2, 3",
            [*_period(start, end), *params])
    ]


_NEWEST_IN_PERIOD = "created_on BETWEEN %s AND %s AND (next_on IS NULL OR next_on > %s)"


def plan_rows(db: PgDatabase, start: date, end: date, regions: Collection[str]
              ) -> list[tuple[int, str, str, str, int | None, str, int]]:
    """(steps, credential, leerweg, item kind, level, funding codes, count) of each plan's newest
    version dated in the period (one plan per candidate): its goal step (the last) and the
    funding codes of all its steps ("a,b", "" for none)."""
    where, params = _in_region(regions, "candidate_id")
    return [
        (int(r[0] or 0), str(r[1] or ""), str(r[2] or ""), str(r[3] or ""),
         int(r[4]) if r[4] is not None else None, str(r[5] or ""), int(r[6]))
        for r in _rows(
            db, "SELECT steps, credential, leerweg, kind, level, funding, count(*) FROM fig_plans"
            f" WHERE {_NEWEST_IN_PERIOD}{where}"
            " GROUP BY created_on, steps, credential, leerweg, kind, level, funding",
            [*_period(start, end), end.isoformat(), *params])
    ]


def funding_names(db: PgDatabase) -> dict[str, str]:
    """Code -> name of the funding schemes whose row passes its checksum."""
    code, name = (COLUMNS["funding_schemes"].index(c) for c in ("code", "name"))
    return {str(r[code]): str(r[name])
            for r in db.fetchall(f"SELECT {select_list('funding_schemes')} FROM funding_schemes")
            if sound(r)}


def plans_set_without_version(db: PgDatabase, start: date, end: date, regions: Collection[str]
                              ) -> int:
    """Candidates set to "plan uitgereikt" in the period without a plan version dated in it (a
    plan made elsewhere or on paper); with the plans of `plan_rows` they are the plans handed out."""
    where, params = _in_region(regions, "s.candidate_id")
    return int(_rows(
        db, "SELECT count(DISTINCT s.candidate_id) FROM stage_changes s"
        f" WHERE s.on_date BETWEEN %s AND %s AND s.to_stage = 'plan-uitgereikt'{where}{_LIVE_S}"
        " AND NOT EXISTS (SELECT 1 FROM fig_plans p WHERE p.candidate_id = s.candidate_id"
        "   AND p.created_on BETWEEN %s AND %s)",
        [*_period(start, end), *params, *_period(start, end)])[0][0])


def stage_rows(db: PgDatabase, start: date, end: date, regions: Collection[str]
               ) -> list[tuple[str, str, str, int]]:
    """(to stage, reason, credential, changes) of the stage changes dated in the period."""
    where, params = _in_region(regions, "candidate_id")
    return [
        (str(r[0]), str(r[1] or ""), str(r[2] or ""), int(r[3]))
        for r in _rows(
            db, "SELECT to_stage, reason, credential, count(*) FROM stage_changes s"
            f" WHERE on_date BETWEEN %s AND %s{where}{_LIVE_S} GROUP BY on_date, 1, 2, 3",
            [*_period(start, end), *params])
    ]


def start_delays(db: PgDatabase, start: date, end: date, regions: Collection[str]
                 ) -> list[tuple[int | None, int]]:
    """(days from the intake to the start, count) for every start dated in the period; the intake
    is the latest conversation on or before the start day (None: no intake before it)."""
    where, params = _in_region(regions, "s.candidate_id")
    return [
        (int(r[0]) if r[0] is not None else None, int(r[1]))
        for r in _rows(
            db,
            # date - date is whole days, as SQLite's julianday difference of two plain dates
            "SELECT s.on_date::date - (SELECT max(i.intake_date) FROM intakes i"
            "   WHERE i.candidate_id = s.candidate_id AND i.intake_date <= s.on_date)::date,"
            " count(*) FROM stage_changes s"
            f" WHERE s.to_stage = 'gestart' AND s.on_date BETWEEN %s AND %s{where}{_LIVE_S} GROUP BY 1",
            [*_period(start, end), *params])
    ]


def any_sample(db: PgDatabase, start: date, end: date, regions: Collection[str]) -> bool:
    """Whether a sample (demo) candidate is counted: one with an intake or a stage change in the
    period. Driven from the partial index of sample candidates, as on SQLite."""
    where = " AND c.region_code = ANY(%s)" if regions else ""
    params: list[Any] = [sorted(regions)] if regions else []
    rows = _rows(
        db, f"SELECT 1 FROM fig_candidates c WHERE c.sample = 1{where}"
        " AND (EXISTS (SELECT 1 FROM intakes i WHERE i.candidate_id = c.candidate_id"
        "   AND i.intake_date BETWEEN %s AND %s)"
        "  OR EXISTS (SELECT 1 FROM stage_changes s WHERE s.candidate_id = c.candidate_id"
        f"   AND s.on_date BETWEEN %s AND %s{_LIVE_S})) LIMIT 1",
        [*params, *_period(start, end), *_period(start, end)])
    return bool(rows)
