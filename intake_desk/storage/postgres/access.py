"""What a request for access (AVG art. 15) reads on PostgreSQL beyond the candidate and their newest
intake: every intake conversation and the ids of their records, as `storage/access.py` on SQLite."""

from __future__ import annotations

import json
from typing import Any

from ..checksums import select_list, sound
from .connection import PgDatabase

__all__ = ["intakes", "record_ids"]


def intakes(db: PgDatabase, candidate_id: str) -> list[tuple[str, dict[str, Any] | None]]:
    """(intake id, its stored document) of every intake, oldest first; None for a damaged one."""
    rows = db.fetchall(f"SELECT {select_list('intakes')} FROM intakes WHERE candidate_id = %s"
                       ' ORDER BY intake_date, updated_at COLLATE "C", id', [candidate_id])
    doc = len(rows[0]) - 2 if rows else 0  # doc is the last column before the checksum
    return [(str(r[0]), json.loads(r[doc]) if sound(r) else None) for r in rows]


def record_ids(db: PgDatabase, candidate_id: str) -> list[str]:
    """The candidate's id and the ids of their intakes, plans and plan versions (the order within a
    kind is not part of the answer: the audit lines are looked up by these ids)."""
    ids = [candidate_id]
    ids += [r[0] for r in db.fetchall("SELECT id FROM intakes WHERE candidate_id = %s ORDER BY id",
                                      [candidate_id])]
    ids += [r[0] for r in db.fetchall("SELECT id FROM plans WHERE candidate_id = %s ORDER BY id",
                                      [candidate_id])]
    ids += [r[0] for r in db.fetchall(
        "SELECT v.id FROM plan_versions v JOIN plans p ON p.id = v.plan_id WHERE p.candidate_id = %s"
        " ORDER BY v.id", [candidate_id])]
    return ids
