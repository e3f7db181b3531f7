"""Which candidates have a plan to print on a day, on PostgreSQL: `PlanDays` of storage/store.py,
the same answer as `storage/plan_days.py`."""

from __future__ import annotations

from datetime import date

from .connection import PgDatabase

__all__ = ["candidates_with_plan_on"]


def candidates_with_plan_on(db: PgDatabase, day: date) -> list[str]:
    """Ids of candidates with an intake on `day` and a saved plan, in name order."""
    return [r[0] for r in db.fetchall(
        "SELECT DISTINCT c.id, c.sort_key FROM candidates c"
        " JOIN intakes i ON i.candidate_id = c.id"
        " JOIN plans p ON p.candidate_id = c.id"
        " WHERE i.intake_date = %s ORDER BY c.sort_key, c.id", [day.isoformat()])]
