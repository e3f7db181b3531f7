"""Possible duplicates: a stored candidate with the same birth date and a similar name.

Names are compared folded (case and accents ignored) with rapidfuzz's token-set ratio, so a swapped
first name and surname, a missing tussenvoegsel or a typo still match. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from .domain import Candidate, PersonName, fold
from .storage.candidates import CandidateRow
from .storage.store import store_of

if TYPE_CHECKING:
    from .storage.store import Handle

THRESHOLD = 80.0


@dataclass(frozen=True, slots=True)
class PossibleDuplicate:
    row: CandidateRow
    score: float  # 0-100


@lru_cache(maxsize=65536)
def _folded(name: PersonName) -> tuple[str, str]:
    """(whole name, surname) folded; kept because a fair's import compares every new person with
    everyone of the same birth date, so the same names are folded over and over."""
    return fold(f"{name.first_name} {name.tussenvoegsel} {name.surname}"), fold(name.surname)


def name_similarity(a: PersonName, b: PersonName) -> float:
    left, left_surname = _folded(a)
    right, right_surname = _folded(b)
    if not left or not right:
        return 0.0
    whole = float(fuzz.token_set_ratio(left, right))
    surname = float(fuzz.ratio(left_surname, right_surname))
    # A matching first name alone is not enough: the surname must also be close.
    return min(whole, surname + 15.0)


def find(db: Handle, candidate: Candidate, exclude_id: str | None = None,
         threshold: float = THRESHOLD) -> list[PossibleDuplicate]:
    if candidate.birth_date is None:
        return []
    found = []
    for row in store_of(db).candidates.same_birth_date(db, candidate.birth_date, exclude_id):
        other = PersonName(row.first_name, row.surname, row.tussenvoegsel)
        score = name_similarity(candidate.name, other)
        if score >= threshold:
            found.append(PossibleDuplicate(row, score))
    return sorted(found, key=lambda d: -d.score)
