"""The audit trail: which advisor did what to which record. Ids only, never names or other personal data."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlite_utils import Database


def now() -> str:
    """UTC time as ISO 8601 with milliseconds; sortable as text and unambiguous across laptops."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def record(
    db: Database,
    action: str,
    entity: str,
    entity_id: str | None,
    *,
    installation_id: str,
    advisor_id: str | None = None,
    detail: str = "",
) -> None:
    """Append an entry; without an explicit advisor it is the advisor working on this computer."""
    if advisor_id is None:
        row = db.execute("SELECT value FROM meta WHERE key = 'current_advisor_id'").fetchone()
        advisor_id = row[0] if row else None
    db.execute(
        "INSERT INTO audit (at, installation_id, advisor_id, action, entity, entity_id, detail)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [now(), installation_id, advisor_id, action, entity, entity_id, detail],
    )


def entries(db: Database, entity_id: str) -> list[dict[str, object]]:
    return [
        dict(r)
        for r in db.query(
            "SELECT at, advisor_id, action, entity, detail FROM audit WHERE entity_id = ?"
            " ORDER BY seq",
            [entity_id],
        )
    ]


def set_current_advisor(db: Database, name: str) -> str:
    """Make `name` the advisor of this computer (creating the advisor row once); returns its id."""
    row = db.execute("SELECT id FROM advisors WHERE name = ?", [name]).fetchone()
    if row is None:
        advisor_id = str(uuid.uuid4())
        db.execute("INSERT INTO advisors (id, name, created_at) VALUES (?, ?, ?)",
                   [advisor_id, name, now()])
    else:
        advisor_id = row[0]
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('current_advisor_id', ?)", [advisor_id])
    return str(advisor_id)
