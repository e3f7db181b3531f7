"""The audit trail: which advisor did what to which record. Ids only, never names or other personal data."""

from __future__ import annotations

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
