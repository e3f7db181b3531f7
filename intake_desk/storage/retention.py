"""What the retention purge reads: each candidate's status (trajectory stage) and last contact, both
from the expressions the worklists use (storage/followup.py), so "last contact" means one thing."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from .followup import LAST_CONTACT_SQL, STAGE_SQL


def last_contacts(db: Database, before: date | None = None) -> list[tuple[str, str, date | None]]:
    """(candidate id, stage, last contact day) of every candidate, or only of those whose last contact
    lies before `before` (a first cut; the term per stage is applied by the caller)."""
    where = f" WHERE {LAST_CONTACT_SQL} < ?" if before is not None else ""
    rows = db.execute(
        f"SELECT c.id, {STAGE_SQL}, {LAST_CONTACT_SQL} FROM candidates c"
        f" LEFT JOIN followup f ON f.candidate_id = c.id{where} ORDER BY c.id",
        [before.isoformat()] if before is not None else []).fetchall()
    return [(r[0], r[1], date.fromisoformat(r[2][:10]) if r[2] else None) for r in rows]
