"""Drafts on PostgreSQL: `DraftStore` of storage/store.py, the same rows and checksums as on SQLite."""

from __future__ import annotations

import json
from typing import Any

from .. import drafts as _sqlite
from ..checksums import KIND, select_list
from ..drafts import Draft
from ..errors import RecordDamaged
from . import audit
from .candidates import _insert_sql, _values
from .connection import PgDatabase

__all__ = ["Draft", "all_drafts", "delete", "load", "save"]

_UPSERT = (_insert_sql("drafts") + " ON CONFLICT (id) DO UPDATE SET candidate_id = excluded.candidate_id,"
           " form = excluded.form, updated_at = excluded.updated_at, doc = excluded.doc,"
           " checksum = excluded.checksum")


def save(db: PgDatabase, draft_id: str, form: str, values: dict[str, Any],
         candidate_id: str | None = None) -> None:
    row = {"id": draft_id, "candidate_id": candidate_id, "form": form, "updated_at": audit.now(),
           "doc": json.dumps(values, ensure_ascii=False)}
    with db.atomic():
        db.execute(_UPSERT, _values("drafts", row))


def load(db: PgDatabase, draft_id: str) -> Draft | None:
    rows = db.fetchall(f"SELECT {select_list('drafts')} FROM drafts WHERE id = %s", [draft_id])
    if not rows:
        return None
    found = _sqlite._draft(rows[0])
    if found is None:
        raise RecordDamaged(*KIND["drafts"], draft_id, None, None)
    return found


def delete(db: PgDatabase, draft_id: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM drafts WHERE id = %s", [draft_id])


def all_drafts(db: PgDatabase) -> list[Draft]:
    """Every sound draft, newest first; a damaged one is left out (as on SQLite)."""
    rows = db.fetchall(f"SELECT {select_list('drafts')} FROM drafts ORDER BY updated_at DESC, id")
    return [d for d in map(_sqlite._draft, rows) if d is not None]
