"""Drafts: what was typed in a form and not yet saved, kept so a crash or power cut loses nothing.

A draft holds the form's raw values as JSON (never a half-valid record). One row per open form;
saving the candidate deletes its draft. No Qt here. Each row carries its checksum
(storage/checksums.py): loading a damaged draft raises RecordDamaged; the list of drafts leaves it out
(restoring it would fill a form with values that may have changed) and `check` names it.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from . import audit
from .checksums import damaged, fetch, seal, select_list, sound

log = logging.getLogger(__name__)


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
            seal("drafts", {"id": draft_id, "candidate_id": candidate_id, "form": form,
                            "updated_at": audit.now(), "doc": json.dumps(values, ensure_ascii=False)}),
            pk="id",
        )


def load(db: Database, draft_id: str) -> Draft | None:
    """The draft, or None when there is none; RecordDamaged when it fails its checksum."""
    rows = fetch(db, f"SELECT {select_list('drafts')} FROM drafts WHERE id = ?", [draft_id])
    if not rows:
        return None
    found = _draft(rows[0])
    if found is None:
        raise damaged(db, "drafts", draft_id)
    return found


def delete(db: Database, draft_id: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM drafts WHERE id = ?", [draft_id])


def all_drafts(db: Database) -> list[Draft]:
    """Every sound draft, newest first (damaged ones are logged by id and left out)."""
    rows = fetch(db, f"SELECT {select_list('drafts')} FROM drafts ORDER BY updated_at DESC")
    found = []
    for row in rows:
        draft = _draft(row)
        if draft is None:
            log.error("draft damaged, left out of the list: %r", row[0])
        else:
            found.append(draft)
    return found


def _draft(row: Any) -> Draft | None:
    """The draft of a row read with select_list, or None when the row fails its checksum."""
    if not sound(row):
        return None
    try:
        values = json.loads(row[4])
    except ValueError:
        return None
    return Draft(row[0], row[1], row[2], row[3], values if isinstance(values, dict) else {})
