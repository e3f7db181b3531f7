"""The SQL aggregates behind the regional figures (`app/figures.py`). Counts only: no query here
returns a name. Each function is one aggregate over a period and, optionally, a region (the
region's codes, older ones included).

They read the fact tables of migration m003 (fig_candidates, fig_intakes, fig_plans,
fig_plan_funding), which triggers keep beside the records as they are written, and the
stage_changes history; not the records' JSON, whose parsing would cost seconds for a year of
100,000 candidates.

Damage: a fact is written by the trigger in the same transaction as its record, from the record's
values as they were saved (a damaged document gives NULL there, never an error: `json_valid` guards
every `json_extract` in m003), so a bit that flips in a record later does not change a count; `check`
names the damaged record, and reports a fact row that no longer agrees with its record
(checksums.fact_problems). The one thing read from a catalog record, a funding scheme's name, is
verified: a damaged one shows the scheme's code instead.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import Any

from sqlite_utils import Database

from .checksums import COLUMNS, fetch, select_list, sound
from .followup import not_corrected

# A stage change put back as a mistake, and the correction itself, are not counted (m007).
_LIVE_S = not_corrected("s.candidate_id", "s.id")


def _in_region(regions: Collection[str], column: str) -> tuple[str, list[Any]]:
    """A filter on `column` (a candidate id) for candidates living in `regions`; none for all."""
    if not regions:
        return "", []
    marks = ", ".join("?" for _ in regions)
    return (f" AND {column} IN (SELECT candidate_id FROM fig_candidates WHERE region_code IN ({marks}))",
            sorted(regions))


def _period(start: date, end: date) -> list[str]:
    return [start.isoformat(), end.isoformat()]


def intake_rows(db: Database, start: date, end: date, regions: Collection[str]
                ) -> list[tuple[str, str, str, int]]:
    """(intake day, referrer code, crebo of the first goal, count) of the intake conversations in
    the period; one pass gives the weeks, the referrers and the goal domeinen."""
    where, params = _in_region(regions, "candidate_id")
    return [
        (str(r[0]), str(r[1]), str(r[2]), int(r[3]))
        for r in db.execute(
            "SELECT intake_date, referrer, crebo, count(*) FROM fig_intakes"
            f" WHERE intake_date BETWEEN ? AND ?{where} GROUP BY 1, 2, 3",
            [*_period(start, end), *params])
    ]


_NEWEST_IN_PERIOD = "created_on BETWEEN ? AND ? AND (next_on IS NULL OR next_on > ?)"


def plan_rows(db: Database, start: date, end: date, regions: Collection[str]
              ) -> list[tuple[int, str, str, str, int | None, str, int]]:
    """(steps, credential, leerweg, item kind, level, funding codes, count) of each plan's newest
    version dated in the period (one plan per candidate): its goal step (the last) and the
    funding codes of all its steps ("a,b", "" for none)."""
    where, params = _in_region(regions, "candidate_id")
    return [
        (int(r[0] or 0), str(r[1] or ""), str(r[2] or ""), str(r[3] or ""),
         int(r[4]) if r[4] is not None else None, str(r[5] or ""), int(r[6]))
        for r in db.execute(
            # grouped in the covering index's order (day first): no sort; the caller sums the days
            "SELECT steps, credential, leerweg, kind, level, funding, count(*) FROM fig_plans"
            f" WHERE {_NEWEST_IN_PERIOD}{where}"
            " GROUP BY created_on, steps, credential, leerweg, kind, level, funding",
            [*_period(start, end), end.isoformat(), *params])
    ]


def funding_names(db: Database) -> dict[str, str]:
    """Code -> name of the funding schemes whose row passes its checksum."""
    code, name = (COLUMNS["funding_schemes"].index(c) for c in ("code", "name"))
    return {str(r[code]): str(r[name])
            for r in fetch(db, f"SELECT {select_list('funding_schemes')} FROM funding_schemes")
            if sound(r)}


def plans_set_without_version(db: Database, start: date, end: date, regions: Collection[str]) -> int:
    """Candidates set to "plan uitgereikt" in the period without a plan version dated in it (a
    plan made elsewhere or on paper); with the plans of `plan_rows` they are the plans handed out."""
    where, params = _in_region(regions, "s.candidate_id")
    row = db.execute(
        "SELECT count(DISTINCT s.candidate_id) FROM stage_changes s"
        f" WHERE s.on_date BETWEEN ? AND ? AND s.to_stage = 'plan-uitgereikt'{where}{_LIVE_S}"
        " AND NOT EXISTS (SELECT 1 FROM fig_plans p WHERE p.candidate_id = s.candidate_id"
        "   AND p.created_on BETWEEN ? AND ?)",
        [*_period(start, end), *params, *_period(start, end)]).fetchone()
    return int(row[0])


def stage_rows(db: Database, start: date, end: date, regions: Collection[str]
               ) -> list[tuple[str, str, str, int]]:
    """(to stage, reason, credential, changes) of the stage changes dated in the period."""
    where, params = _in_region(regions, "candidate_id")
    return [
        (str(r[0]), str(r[1] or ""), str(r[2] or ""), int(r[3]))
        for r in db.execute(
            # grouped in the covering index's own order (day first), so SQLite need not sort;
            # the days are summed away by the caller
            "SELECT to_stage, reason, credential, count(*) FROM stage_changes s"
            f" WHERE on_date BETWEEN ? AND ?{where}{_LIVE_S} GROUP BY on_date, 1, 2, 3",
            [*_period(start, end), *params])
    ]


def start_delays(db: Database, start: date, end: date, regions: Collection[str]
                 ) -> list[tuple[int | None, int]]:
    """(days from the intake to the start, count) for every start dated in the period; the intake
    is the latest conversation on or before the start day (None: no intake before it)."""
    where, params = _in_region(regions, "s.candidate_id")
    return [
        (int(r[0]) if r[0] is not None else None, int(r[1]))
        for r in db.execute(
            "SELECT CAST(julianday(s.on_date) - julianday((SELECT max(i.intake_date) FROM intakes i"
            "   WHERE i.candidate_id = s.candidate_id AND i.intake_date <= s.on_date)) AS INTEGER),"
            " count(*) FROM stage_changes s"
            f" WHERE s.to_stage = 'gestart' AND s.on_date BETWEEN ? AND ?{where}{_LIVE_S} GROUP BY 1",
            [*_period(start, end), *params])
    ]


def any_sample(db: Database, start: date, end: date, regions: Collection[str]) -> bool:
    """Whether a sample (demo) candidate is counted: one with an intake or a stage change in the
    period. Driven from the partial index of sample candidates: none (the usual case) costs
    nothing, and among many the first one usually answers."""
    marks = ", ".join("?" for _ in regions)
    where = f" AND c.region_code IN ({marks})" if regions else ""
    row = db.execute(
        f"SELECT 1 FROM fig_candidates c INDEXED BY fig_candidates_sample WHERE c.sample = 1{where}"
        " AND (EXISTS (SELECT 1 FROM intakes i WHERE i.candidate_id = c.candidate_id"
        "   AND i.intake_date BETWEEN ? AND ?)"
        "  OR EXISTS (SELECT 1 FROM stage_changes s WHERE s.candidate_id = c.candidate_id"
        f"   AND s.on_date BETWEEN ? AND ?{_LIVE_S})) LIMIT 1",
        [*sorted(regions), *_period(start, end), *_period(start, end)]).fetchone()
    return row is not None
