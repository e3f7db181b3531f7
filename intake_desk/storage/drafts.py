"""Drafts: what was typed in a form and not yet saved, kept so a crash or power cut loses nothing.

A draft holds the form's raw values as JSON (never a half-valid record). One row per open form;
saving the candidate deletes its draft. No Qt here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from . import audit


@dataclass(frozen=True, slots=True)
class Draft:
    id: str
    candidate_id: str | None
    form: str  # "intake" or "quick"
    updated_at: str
    values: dict[str, Any]

    @property
    def label(self) -> str:
        v = self.values
        name = " ".join(str(v.get(k, "") or "").strip() for k in ("first_name", "tussenvoegsel",
                                                                    "surname"))
        return " ".join(name.split()) or "(zonder naam)"


def save(db: Database, draft_id: str, form: str, values: dict[str, Any],
         candidate_id: str | None = None) -> None:
    with db.atomic():
        db.table("drafts").upsert(
            {"id": draft_id, "candidate_id": candidate_id, "form": form, "updated_at": audit.now(),
             "doc": json.dumps(values, ensure_ascii=False)},
            pk="id",
        )


def load(db: Database, draft_id: str) -> Draft | None:
    row = db.execute("SELECT id, candidate_id, form, updated_at, doc FROM drafts WHERE id = ?",
                     [draft_id]).fetchone()
    return _draft(row) if row else None


def delete(db: Database, draft_id: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM drafts WHERE id = ?", [draft_id])


def all_drafts(db: Database) -> list[Draft]:
    rows = db.execute(
        "SELECT id, candidate_id, form, updated_at, doc FROM drafts ORDER BY updated_at DESC"
    ).fetchall()
    return [_draft(r) for r in rows]


def _draft(row: Any) -> Draft:
    values = json.loads(row[4])
    return Draft(row[0], row[1], row[2], row[3], values if isinstance(values, dict) else {})
