"""What the desk reads: the candidate list's pages, one stored candidate as the form's values, and
the possible duplicates of a candidate about to be saved. Reads only; the writes are in `candidates`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..storage.candidates import CandidateRow, Filter, Page
from ..storage.store import store_of

if TYPE_CHECKING:  # imported when first used: the list's first page waits for none of them
    from ..domain import Candidate, CandidateRecord
    from ..domain.record import RecordMeta
    from ..duplicates import PossibleDuplicate  # rapidfuzz
    from ..form_values import Values  # phonenumbers, through validation
    from ..storage.store import Handle

__all__ = ["CandidateRow", "Filter", "Page", "candidate_count", "candidate_page", "find_duplicates",
           "first_candidates", "load_record", "stored_candidate"]


def first_candidates(db: Handle, f: Filter, limit: int = 200) -> Page:
    """The list's first page for `f` (with the number of matches when that is cheap to know)."""
    return store_of(db).search.first_page(db, f, limit)


def candidate_page(db: Handle, f: Filter, *, limit: int = 200, offset: int = 0,
                   after: tuple[str, str] | None = None) -> list[CandidateRow]:
    """A further page: the rows after `after` (sort key, id), or from `offset`."""
    return store_of(db).search.search(db, f, limit=limit, offset=offset, after=after)


def candidate_count(db: Handle, f: Filter) -> int:
    return store_of(db).search.count(db, f)


def stored_candidate(db: Handle, candidate_id: str) -> tuple[RecordMeta, CandidateRecord]:
    return store_of(db).candidates.get(db, candidate_id)


def load_record(db: Handle, candidate_id: str) -> tuple[RecordMeta, Values]:
    """A stored candidate as the values the intake form shows."""
    from ..form_values import from_record

    meta, record = store_of(db).candidates.get(db, candidate_id)
    return meta, from_record(record)


def find_duplicates(db: Handle, candidate: Candidate) -> list[PossibleDuplicate]:
    """Stored candidates that may be the same person (same birth date, a similar name)."""
    from ..duplicates import find  # rapidfuzz: imported on first use, on the database thread

    return find(db, candidate)
