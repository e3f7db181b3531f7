"""The rows behind the advisor's day ("Vandaag"): intakes of a day, quick intakes still to complete,
drafts, and candidates whose plan is due. Plain rows; `intake_desk.today` decides what they mean.
"""

from __future__ import annotations

import json
from datetime import date

from sqlite_utils import Database

from ..domain import Consent, ConsentPurpose
from ..domain.codec import DecodeError, from_json
from .drafts import Draft, all_drafts

# Each list is a worklist for one day at a desk; beyond this it is a search, not a glance.
LIMIT = 50

_COLUMNS = "c.id, c.first_name, c.tussenvoegsel, c.surname, c.status, c.intake_date, c.region_code"


def intakes_on(db: Database, day: date) -> list[tuple[str, ...]]:
    return db.execute(
        f"SELECT {_COLUMNS} FROM candidates c WHERE c.intake_date = ? ORDER BY c.updated_at DESC"
        " LIMIT ?", [day.isoformat(), LIMIT]).fetchall()


def quick_intakes(db: Database) -> list[tuple[str, ...]]:
    """Quick intakes (beursmodus) and saved concept intakes, oldest first: the longest waiting first."""
    return db.execute(
        f"SELECT {_COLUMNS} FROM candidates c WHERE c.status IN ('snel', 'concept')"
        " ORDER BY c.intake_date, c.sort_key LIMIT ?", [LIMIT]).fetchall()


def drafts(db: Database) -> list[Draft]:
    return all_drafts(db)[:LIMIT]


def complete_without_plan(db: Database) -> list[tuple[tuple[str, ...], bool]]:
    """Complete intakes without a plan yet, each with whether its consent covers a plan."""
    rows = db.execute(
        f"SELECT {_COLUMNS}, (SELECT i.doc FROM intakes i WHERE i.candidate_id = c.id"
        "   ORDER BY i.intake_date DESC, i.updated_at DESC LIMIT 1)"
        " FROM candidates c WHERE c.status = 'volledig'"
        " AND NOT EXISTS (SELECT 1 FROM plans p WHERE p.candidate_id = c.id)"
        " ORDER BY c.intake_date DESC LIMIT ?", [LIMIT * 4]).fetchall()
    return [(tuple(r[:7]), _plan_consent(r[7])) for r in rows]


def plans_made_on(db: Database, day: date) -> list[tuple[tuple[str, ...], int]]:
    """Candidates with a plan version saved on `day` (local time), with the newest version number."""
    rows = db.execute(
        f"SELECT {_COLUMNS}, max(v.version) FROM plan_versions v"
        " JOIN plans p ON p.id = v.plan_id JOIN candidates c ON c.id = p.candidate_id"
        " WHERE date(v.created_at, 'localtime') = ? GROUP BY c.id ORDER BY max(v.created_at) DESC"
        " LIMIT ?", [day.isoformat(), LIMIT]).fetchall()
    return [(tuple(r[:7]), int(r[7])) for r in rows]


def _plan_consent(doc: str | None) -> bool:
    """Whether the stored intake's consent covers a plan: the domain's own rule (Consent.allows), read
    from the intake's JSON, so the worklist and the plan dock never disagree."""
    if not doc:
        return False
    stored = json.loads(doc).get("consent")
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
