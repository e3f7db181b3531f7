"""The rows behind the advisor's day ("Vandaag"): intakes of a day, quick intakes still to complete,
drafts, and candidates whose plan is due. Plain rows; `intake_desk.today` decides what they mean.

Every candidate row is verified against its checksum before it is listed; a damaged one is left out
(logged by id): the day's lists are a glance, the candidate list shows it marked, and `check` names
it with the backup that still holds it.
"""

from __future__ import annotations

import json
import logging
from datetime import date
from typing import Any

from sqlite_utils import Database

from ..domain import Consent, ConsentPurpose
from ..domain.codec import DecodeError, from_json
from .checksums import COLUMNS, fetch, select_list, sound
from .drafts import Draft, all_drafts

log = logging.getLogger(__name__)

# Each list is a worklist for one day at a desk; beyond this it is a search, not a glance.
LIMIT = 50

# Every column of the candidate (so its checksum can be verified), then what the query adds.
_COLUMNS = select_list("candidates", "c")
_WIDTH = len(COLUMNS["candidates"]) + 1
_SHOWN = tuple(COLUMNS["candidates"].index(c) for c in (
    "id", "first_name", "tussenvoegsel", "surname", "status", "intake_date", "region_code"))


def _sound(rows: list[tuple[Any, ...]]) -> list[tuple[tuple[str, ...], tuple[Any, ...]]]:
    """The shown columns of each verified candidate row, with what the query added after them."""
    found = []
    for r in rows:
        if sound(r[:_WIDTH]):
            found.append((tuple(r[n] for n in _SHOWN), tuple(r[_WIDTH:])))
        else:
            log.error("candidate damaged, left out of the day's lists: %r", r[0])
    return found


def intakes_on(db: Database, day: date) -> list[tuple[str, ...]]:
    return [shown for shown, _ in _sound(fetch(
        db, f"SELECT {_COLUMNS} FROM candidates c WHERE c.intake_date = ? ORDER BY c.updated_at DESC"
        " LIMIT ?", [day.isoformat(), LIMIT]))]


def quick_intakes(db: Database) -> list[tuple[str, ...]]:
    """Quick intakes (beursmodus) and saved concept intakes, oldest first: the longest waiting first."""
    return [shown for shown, _ in _sound(fetch(
        db, f"SELECT {_COLUMNS} FROM candidates c WHERE c.status IN ('snel', 'concept')"
        " ORDER BY c.intake_date, c.sort_key LIMIT ?", [LIMIT]))]


def drafts(db: Database) -> list[Draft]:
    return all_drafts(db)[:LIMIT]


def complete_without_plan(db: Database) -> list[tuple[tuple[str, ...], bool]]:
    """Complete intakes without a plan yet, each with whether its consent covers a plan."""
    found = _sound(fetch(
        db, f"SELECT {_COLUMNS}, (SELECT i.rowid FROM intakes i WHERE i.candidate_id = c.id"
        "   ORDER BY i.intake_date DESC, i.updated_at DESC LIMIT 1)"
        " FROM candidates c WHERE c.status = 'volledig'"
        " AND NOT EXISTS (SELECT 1 FROM plans p WHERE p.candidate_id = c.id)"
        " ORDER BY c.intake_date DESC LIMIT ?", [LIMIT * 4]))
    rowids = [extra[0] for _, extra in found if extra[0] is not None]
    docs: dict[int, str] = {}
    damaged: set[int] = set()
    if rowids:
        marks = ", ".join("?" * len(rowids))
        for r in fetch(db, f"SELECT rowid, {select_list('intakes')} FROM intakes"
                           f" WHERE rowid IN ({marks})", rowids):
            if sound(r[1:]):
                docs[r[0]] = r[1 + COLUMNS["intakes"].index("doc")]
            else:  # whether it gives consent is unknown: left out, as a damaged candidate is
                damaged.add(r[0])
                log.error("intake damaged, left out of the day's lists: %r", r[1])
    return [(shown, _plan_consent(docs.get(extra[0]))) for shown, extra in found
            if extra[0] not in damaged]


def plans_made_on(db: Database, day: date) -> list[tuple[tuple[str, ...], int]]:
    """Candidates with a plan version saved on `day` (local time), with the newest version number."""
    rows = fetch(
        db, f"SELECT {_COLUMNS}, max(v.version) FROM plan_versions v"
        " JOIN plans p ON p.id = v.plan_id JOIN candidates c ON c.id = p.candidate_id"
        " WHERE date(v.created_at, 'localtime') = ? GROUP BY c.id ORDER BY max(v.created_at) DESC"
        " LIMIT ?", [day.isoformat(), LIMIT])
    return [(shown, int(extra[0])) for shown, extra in _sound(rows)]


def _plan_consent(doc: str | None) -> bool:
    """Whether the stored intake's consent covers a plan: the domain's own rule (Consent.allows), read
    from the intake's JSON, so the worklist and the plan dock never disagree."""
    if not doc:
        return False
    try:
        stored = json.loads(doc).get("consent")
    except (ValueError, AttributeError):
        return False
    if not stored:
        return False
    try:
        consent = from_json(Consent, stored)
    except DecodeError:
        return False  # a damaged consent is no consent; opening the candidate names the problem
    return consent.allows(ConsentPurpose.PLAN)


def counts(db: Database) -> dict[str, int]:
    """The size of what is stored, for the line under the day's lists."""
    def one(sql: str) -> int:
        return int(db.execute(sql).fetchone()[0])

    return {
        "candidates": one("SELECT count(*) FROM candidates"),
        "quick": one("SELECT count(*) FROM candidates WHERE status = 'snel'"),
        "items": one("SELECT count(*) FROM catalog_items"),
        "offerings": one("SELECT count(*) FROM offerings"),
        "regions": one("SELECT count(DISTINCT region_code) FROM offerings"),
    }


def sample_catalog(db: Database) -> bool:
    return db.execute("SELECT 1 FROM catalog_items WHERE sample = 1 LIMIT 1").fetchone() is not None


def region_name(db: Database, code: str) -> str | None:
    row = db.execute("SELECT name FROM regions WHERE code = ?", [code]).fetchone()
    return str(row[0]) if row else None
