"""The unit that is stored, exchanged as JSON and merged: one candidate with their intake."""

from __future__ import annotations

from dataclasses import dataclass

from .candidate import Candidate
from .intake import Intake


@dataclass(frozen=True, slots=True)
class CandidateRecord:
    candidate: Candidate
    intake: Intake


@dataclass(frozen=True, slots=True)
class RecordMeta:
    """Identity that survives merging laptops: a UUID, a revision and the installation that wrote it."""

    id: str
    revision: int
    created_at: str
    updated_at: str
    installation_id: str
