"""What a request for access (AVG art. 15) reads beyond the candidate and their newest intake: every
intake conversation and the ids of their records, so the audit lines about each can be found."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from .checksums import fetch, select_list, sound


def intakes(db: Database, candidate_id: str) -> list[tuple[str, dict[str, Any] | None]]:
    """(intake id, its stored document) of every intake, oldest first; None for a damaged one."""
    rows = fetch(db, f"SELECT {select_list('intakes')} FROM intakes WHERE candidate_id = ?"
                     " ORDER BY intake_date, updated_at", [candidate_id])
    doc = len(rows[0]) - 2 if rows else 0  # doc is the last column before the checksum
    return [(str(r[0]), json.loads(r[doc]) if sound(r) else None) for r in rows]


def record_ids(db: Database, candidate_id: str) -> list[str]:
    """The candidate's id and the ids of their intakes, plans and plan versions."""
    ids = [candidate_id]
    ids += [r[0] for r in db.execute("SELECT id FROM intakes WHERE candidate_id = ?", [candidate_id])]
    ids += [r[0] for r in db.execute("SELECT id FROM plans WHERE candidate_id = ?", [candidate_id])]
    ids += [r[0] for r in db.execute(
        "SELECT v.id FROM plan_versions v JOIN plans p ON p.id = v.plan_id WHERE p.candidate_id = ?",
        [candidate_id])]
    return ids
