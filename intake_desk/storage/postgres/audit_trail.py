"""Reading the audit trail on PostgreSQL: `entries` and `listing` of storage/audit.py, the same answers.

Writing stays in audit.py (`record`). A separate module so the groundwork's audit.py is left as it is.
An entry that fails its checksum keeps its place and shows no values, as on SQLite, so nobody reads a
changed entry as what happened.
"""

from __future__ import annotations

import logging
from typing import Any

from ..checksums import COLUMNS, select_list, sound
from .connection import PgDatabase

__all__ = ["entries", "listing"]

log = logging.getLogger(__name__)

_SHOWN = ("at", "advisor_id", "action", "entity", "detail")
_LISTED = ("seq", "at", "installation_id", "advisor_id", "action", "entity", "entity_id", "detail")
_AT = {c: COLUMNS["audit"].index(c) for c in _LISTED}


def entries(db: PgDatabase, entity_id: str) -> list[dict[str, object]]:
    """The entries about `entity_id`, oldest first; a damaged one as action "beschadigd"."""
    found: list[dict[str, object]] = []
    for r in db.fetchall(f"SELECT {select_list('audit')} FROM audit WHERE entity_id = %s ORDER BY seq",
                         [entity_id]):
        if sound(r):
            found.append({c: r[_AT[c]] for c in _SHOWN})
        else:
            log.error("audit entry damaged: %r", r[0])
            found.append({"at": None, "advisor_id": None, "action": "beschadigd", "entity": None,
                          "detail": "", "damaged": True})
    return found


def listing(db: PgDatabase, entity_ids: list[str] | None = None, limit: int | None = None
            ) -> list[dict[str, object]]:
    """Every entry (or those about `entity_ids`), newest first; a damaged one keeps its number."""
    where, params = "", list[Any]()
    if entity_ids is not None:
        where, params = " WHERE entity_id = ANY(%s)", [list(entity_ids)]
    tail = " LIMIT %s" if limit is not None else ""
    found: list[dict[str, object]] = []
    for r in db.fetchall(f"SELECT {select_list('audit')} FROM audit{where} ORDER BY seq DESC{tail}",
                         [*params, *([limit] if limit is not None else [])]):
        if sound(r):
            found.append({c: r[_AT[c]] for c in _LISTED})
        else:
            found.append({"seq": r[0], "at": None, "installation_id": None, "advisor_id": None,
                          "action": "beschadigd", "entity": None, "entity_id": None, "detail": "",
                          "damaged": True})
    return found
