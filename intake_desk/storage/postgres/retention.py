"""What the retention purge reads on PostgreSQL: each candidate's status (trajectory stage) and last
contact, from the same expressions as the worklists (postgres/followup.py), as `storage/retention.py`
does on SQLite, so "last contact" means one thing on both stores."""

from __future__ import annotations

from datetime import date

from .connection import PgDatabase
from .followup import LAST_CONTACT_SQL, STAGE_SQL

__all__ = ["last_contacts"]


def last_contacts(db: PgDatabase, before: date | None = None) -> list[tuple[str, str, date | None]]:
    """(candidate id, stage, last contact day) of every candidate, or only of those whose last contact
    lies before `before` (a first cut; the term per stage is applied by the caller)."""
    where = f" WHERE {LAST_CONTACT_SQL} < %s" if before is not None else ""
    rows = db.fetchall(
        f"SELECT c.id, {STAGE_SQL}, {LAST_CONTACT_SQL} FROM candidates c"
        f" LEFT JOIN followup f ON f.candidate_id = c.id{where} ORDER BY c.id",
        [before.isoformat()] if before is not None else [])
    return [(r[0], r[1], date.fromisoformat(r[2][:10]) if r[2] else None) for r in rows]
