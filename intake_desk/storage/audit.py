"""The audit trail: which advisor did what to which record. Ids only, never names or other personal data.

Each entry carries a checksum over all its values (storage/checksums.py, migration m004), written in
the same statement: an entry whose action, time or record id was changed by damage is marked as such
when read, never shown as what happened, and `check` names it by its number.
"""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime

from sqlite_utils import Database

from .checksums import COLUMNS, digest, fetch, select_list, sound

log = logging.getLogger(__name__)


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
    # The number is part of the checksum, so it is chosen here (as SQLite would: one past the
    # highest) rather than after the insert; the caller's write transaction keeps it ours.
    seq = db.execute("SELECT coalesce(max(seq), 0) + 1 FROM audit").fetchone()[0]
    values = [seq, now(), installation_id, advisor_id, action, entity, entity_id, detail]
    db.execute(f"INSERT INTO audit ({', '.join(COLUMNS['audit'])}, checksum)"
               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [*values, digest(values)])


_SHOWN = ("at", "advisor_id", "action", "entity", "detail")
_AT = {c: COLUMNS["audit"].index(c) for c in _SHOWN}


def entries(db: Database, entity_id: str) -> list[dict[str, object]]:
    """The entries about `entity_id`, oldest first. A damaged one keeps its place but shows no values:
    action "beschadigd" and `damaged` set, so nobody reads a changed entry as what happened."""
    found: list[dict[str, object]] = []
    for r in fetch(db, f"SELECT {select_list('audit')} FROM audit WHERE entity_id = ? ORDER BY seq",
                   [entity_id]):
        if sound(r):
            found.append({c: r[_AT[c]] for c in _SHOWN})
        else:
            log.error("audit entry damaged: %r", r[0])
            found.append({"at": None, "advisor_id": None, "action": "beschadigd", "entity": None,
                          "detail": "", "damaged": True})
    return found


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


_LISTED = ("seq", "at", "installation_id", "advisor_id", "action", "entity", "entity_id", "detail")


def listing(db: Database, entity_ids: list[str] | None = None, limit: int | None = None
            ) -> list[dict[str, object]]:
    """Every entry (or those about `entity_ids`), newest first, for the audit view, its CSV and
    `intake-desk audit`. A damaged entry keeps its number and shows nothing else."""
    where, params = "", list[object]()
    if entity_ids is not None:
        where = f" WHERE entity_id IN ({', '.join('?' for _ in entity_ids)})"
        params = list(entity_ids)
    tail = " LIMIT ?" if limit is not None else ""
    found: list[dict[str, object]] = []
    for r in fetch(db, f"SELECT {select_list('audit')} FROM audit{where} ORDER BY seq DESC{tail}",
                   [*params, *([limit] if limit is not None else [])]):
        if sound(r):
            found.append({c: r[COLUMNS["audit"].index(c)] for c in _LISTED})
        else:
            found.append({"seq": r[0], "at": None, "installation_id": None, "advisor_id": None,
                          "action": "beschadigd", "entity": None, "entity_id": None, "detail": "",
                          "damaged": True})
    return found
