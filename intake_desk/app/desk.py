"""What the desk reads: the candidate list's pages, one stored candidate as the form's values, and
the possible duplicates of a candidate about to be saved. Reads only; the writes are in `candidates`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlite_utils import Database

from ..domain import Candidate, CandidateRecord
from ..domain.record import RecordMeta
from ..storage import candidates as candidate_repo
from ..storage.candidates import CandidateRow, Filter, Page

if TYPE_CHECKING:  # imported when first used: the list's first page waits for none of them
    from ..duplicates import PossibleDuplicate  # rapidfuzz
    from ..form_values import Values  # phonenumbers, through validation

__all__ = ["CandidateRow", "Filter", "Page", "candidate_count", "candidate_page", "find_duplicates",
           "first_candidates", "load_record", "stored_candidate"]


def first_candidates(db: Database, f: Filter, limit: int = 200) -> Page:
    """The list's first page for `f` (with the number of matches when that is cheap to know)."""
    return candidate_repo.first_page(db, f, limit)


def candidate_page(db: Database, f: Filter, *, limit: int = 200, offset: int = 0,
                   after: tuple[str, str] | None = None) -> list[CandidateRow]:
    """A further page: the rows after `after` (sort key, id), or from `offset`."""
    return candidate_repo.search(db, f, limit=limit, offset=offset, after=after)


def candidate_count(db: Database, f: Filter) -> int:
    return candidate_repo.count(db, f)


def stored_candidate(db: Database, candidate_id: str) -> tuple[RecordMeta, CandidateRecord]:
    return candidate_repo.get(db, candidate_id)


def load_record(db: Database, candidate_id: str) -> tuple[RecordMeta, Values]:
    """A stored candidate as the values the intake form shows."""
    from ..form_values import from_record

    meta, record = candidate_repo.get(db, candidate_id)
    return meta, from_record(record)


def find_duplicates(db: Database, candidate: Candidate) -> list[PossibleDuplicate]:
    """Stored candidates that may be the same person (same birth date, a similar name)."""
    from ..duplicates import find  # rapidfuzz: imported on first use, on the database thread

    return find(db, candidate)
