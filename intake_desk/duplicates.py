"""Possible duplicates: a stored candidate with the same birth date and a similar name.

Names are compared folded (case and accents ignored) with rapidfuzz's token-set ratio, so a swapped
first name and surname, a missing tussenvoegsel or a typo still match. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz
from sqlite_utils import Database

from .domain import Candidate, PersonName, fold
from .storage import candidates as candidate_repo
from .storage.candidates import CandidateRow

THRESHOLD = 80.0


@dataclass(frozen=True, slots=True)
class PossibleDuplicate:
    row: CandidateRow
    score: float  # 0-100


def name_similarity(a: PersonName, b: PersonName) -> float:
    left = fold(f"{a.first_name} {a.tussenvoegsel} {a.surname}")
    right = fold(f"{b.first_name} {b.tussenvoegsel} {b.surname}")
    if not left or not right:
        return 0.0
    whole = float(fuzz.token_set_ratio(left, right))
    surname = float(fuzz.ratio(fold(a.surname), fold(b.surname)))
    # A matching first name alone is not enough: the surname must also be close.
    return min(whole, surname + 15.0)


def find(db: Database, candidate: Candidate, exclude_id: str | None = None,
         threshold: float = THRESHOLD) -> list[PossibleDuplicate]:
    if candidate.birth_date is None:
        return []
    found = []
    for row in candidate_repo.same_birth_date(db, candidate.birth_date, exclude_id):
        other = PersonName(row.first_name, row.surname, row.tussenvoegsel)
        score = name_similarity(candidate.name, other)
        if score >= threshold:
            found.append(PossibleDuplicate(row, score))
    return sorted(found, key=lambda d: -d.score)
