"""Plans and their immutable versions. Saving an edited route makes a new version; none is overwritten."""

from __future__ import annotations

import json
import uuid

from sqlite_utils import Database

from ..domain import PlanVersion
from ..domain.codec import from_json, replace, to_json
from . import audit
from .database import installation_id


def save_version(db: Database, version: PlanVersion, *, advisor_id: str | None = None) -> PlanVersion:
    """Store `version` as the next version of the candidate's plan; returns it with id and number set.

    The caller holds the transaction. The plan row is created on the first save.
    """
    inst = installation_id(db)
    ts = audit.now()
    row = db.execute("SELECT id, revision FROM plans WHERE candidate_id = ?",
                     [version.candidate_id]).fetchone()
    if row is None:
        plan_id = str(uuid.uuid4())
        db.table("plans").insert({"id": plan_id, "revision": 1, "created_at": ts, "updated_at": ts,
                                  "installation_id": inst, "candidate_id": version.candidate_id})
    else:
        plan_id = row[0]
        db.table("plans").update(plan_id, {"revision": row[1] + 1, "updated_at": ts,
                                           "installation_id": inst})
    number = db.execute("SELECT coalesce(max(version), 0) + 1 FROM plan_versions WHERE plan_id = ?",
                        [plan_id]).fetchone()[0]
    stored = replace(version, plan_id=plan_id, version=number)
    db.table("plan_versions").insert({
        "id": str(uuid.uuid4()), "plan_id": plan_id, "version": number, "created_at": ts,
        "installation_id": inst, "advisor_id": advisor_id, "language": stored.language,
        "doc": json.dumps(to_json(stored), ensure_ascii=False),
    })
    audit.record(db, "plan-version", "plan", plan_id, installation_id=inst, advisor_id=advisor_id,
                 detail=f"versie {number}")
    return stored


def versions(db: Database, candidate_id: str) -> list[PlanVersion]:
    """All versions of the candidate's plan, oldest first."""
    return [
        from_json(PlanVersion, json.loads(r[0]))
        for r in db.execute(
            "SELECT v.doc FROM plan_versions v JOIN plans p ON p.id = v.plan_id"
            " WHERE p.candidate_id = ? ORDER BY v.version", [candidate_id])
    ]


def get_version(db: Database, candidate_id: str, number: int | None = None) -> PlanVersion | None:
    """Version `number` of the candidate's plan, or the latest when number is None."""
    found = versions(db, candidate_id)
    if number is None:
        return found[-1] if found else None
    return next((v for v in found if v.version == number), None)
