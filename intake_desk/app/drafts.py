"""Draft use cases: what a form keeps while it is typed in (autosave), offers back at the next start
and throws away. Each write is one transaction.

A draft changes nothing another view shows at once (Vandaag reads them when it refreshes), so the
writes return an empty `Changes`. Saving a candidate drops its draft inside `candidates.save_record`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..domain.changes import Changes
from ..storage import known_errors, location
from ..storage.drafts import Draft
from ..storage.store import store_of

if TYPE_CHECKING:
    from ..storage.store import Handle

__all__ = ["Draft", "all_drafts", "delete_draft", "load_draft", "save_draft"]


def save_draft(db: Handle, draft_id: str, form: str, values: dict[str, Any],
               candidate_id: str | None = None) -> Changes:
    """Keep the form's raw values (`form` is "intake" or "quick"); a later save replaces them."""
    with known_errors(location(db)), db.atomic():
        store_of(db).drafts.save(db, draft_id, form, values, candidate_id)
    return Changes()


def delete_draft(db: Handle, draft_id: str) -> Changes:
    """Throw a draft away (no error when there is none: it was saved or thrown away already)."""
    with known_errors(location(db)), db.atomic():
        store_of(db).drafts.delete(db, draft_id)
    return Changes()


def load_draft(db: Handle, draft_id: str) -> Draft | None:
    """The draft, or None when it is gone; RecordDamaged when it fails its checksum."""
    return store_of(db).drafts.load(db, draft_id)


def all_drafts(db: Handle) -> list[Draft]:
    """Every sound draft, newest first (a damaged one is left out and named by `check`)."""
    return store_of(db).drafts.all_drafts(db)
