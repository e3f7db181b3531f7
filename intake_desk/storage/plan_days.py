"""Which candidates have a plan to print on a day (the day's batch of plans)."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database


def candidates_with_plan_on(db: Database, day: date) -> list[str]:
    """Ids of candidates with an intake on `day` and a saved plan, in name order."""
    return [r[0] for r in db.execute(
        "SELECT DISTINCT c.id, c.sort_key FROM candidates c"
        " JOIN intakes i ON i.candidate_id = c.id"
        " JOIN plans p ON p.candidate_id = c.id"
        " WHERE i.intake_date = ? ORDER BY c.sort_key, c.id", [day.isoformat()])]
