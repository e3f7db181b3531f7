"""Plans and their immutable versions on PostgreSQL: `PlanStore` of storage/store.py, the same rows and
checksums as `storage/plans.py`, so a version saved on a laptop verifies on the server and back.

Mirrors storage/plans.py's `save_version`, `save_merged_version`, `versions` and `get_version`,
with the fair merge's stamps (issue #16): a version is known everywhere by its id and its origin (the
installation, its write counter and a clock stamp, in `merge_plan_versions`); its number is this
database's, in the order versions arrive, so a laptop's "version 2" imported into the server never
collides with a desk's.

Two desks saving a version of the same candidate's plan at once: an advisory lock per candidate makes
the second wait, so both versions are kept, numbered one after the other (on SQLite the file's single
writer does that). The desks' role may only add versions, never change them (schema.grant_desks).
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import psycopg

from ...domain import PlanVersion
from ...domain.codec import from_json, replace, to_json
from ..checksums import COLUMNS, select_list, sound
from ..errors import RecordNotFound
from ..plans import Origin
from . import audit
from .candidates import _damaged, _insert_sql, _update_sql, _values
from .connection import PgDatabase

__all__ = ["Origin", "get_version", "save_merged_version", "save_version", "versions"]

_DOC = COLUMNS["plan_versions"].index("doc")
_NUMBER = COLUMNS["plan_versions"].index("version")
_PLAN_REVISION = COLUMNS["plans"].index("revision")


def save_version(db: PgDatabase, version: PlanVersion, *, advisor_id: str | None = None,
                 saved_at: str | None = None) -> PlanVersion:
    """Store `version` as the next version of the candidate's plan; returns it with id and number set.

    One transaction of its own (a savepoint inside the caller's). `saved_at` (ISO, UTC) is for sample
    data only, as on SQLite. RecordNotFound when the candidate does not exist.
    """
    return _save(db, version, advisor_id=advisor_id, saved_at=saved_at, origin=None)


def save_merged_version(db: PgDatabase, version: PlanVersion, *, advisor_id: str | None,
                        saved_at: str, origin: Origin) -> PlanVersion:
    """A version made on another installation (app/merge.py): kept under its own id and origin, as
    the next number of this database's plan for the candidate."""
    return _save(db, version, advisor_id=advisor_id, saved_at=saved_at, origin=origin)


def _save(db: PgDatabase, version: PlanVersion, *, advisor_id: str | None, saved_at: str | None,
          origin: Origin | None) -> PlanVersion:
    from . import merge as merge_state

    inst = db.installation_id
    ts = saved_at or audit.now()
    try:
        with db.atomic():
            db.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 19))", [version.candidate_id])
            row = db.execute("SELECT id, revision, created_at FROM plans WHERE candidate_id = %s",
                             [version.candidate_id]).fetchone()
            plan: dict[str, Any] = {"updated_at": ts, "installation_id": inst,
                                    "candidate_id": version.candidate_id}
            if row is None:
                plan |= {"id": str(uuid.uuid4()), "revision": 1, "created_at": ts}
                db.execute(_insert_sql("plans"), _values("plans", plan))
            else:
                plan |= {"id": row[0], "revision": row[1] + 1, "created_at": row[2]}
                db.execute(_update_sql("plans"), [*_values("plans", plan)[1:], row[0]])
            number = int(db.scalar("SELECT coalesce(max(version), 0) + 1 FROM plan_versions"
                                   " WHERE plan_id = %s", [plan["id"]]))
            stored = replace(version, plan_id=plan["id"], version=number)
            if origin is None:
                w = merge_state.next_write(db, {})
                origin = Origin(str(uuid.uuid4()), w.installation, w.counter, w.hlc)
            db.execute(_insert_sql("plan_versions"), _values("plan_versions", {
                "id": origin.version_id, "plan_id": plan["id"], "version": number, "created_at": ts,
                "installation_id": origin.installation_id, "advisor_id": advisor_id,
                "language": stored.language, "doc": json.dumps(to_json(stored), ensure_ascii=False)}))
            merge_state.stamp_plan_version(db, origin.version_id, origin.installation_id,
                                           origin.counter, origin.hlc)
            audit.record(db, "plan-version", "plan", plan["id"], installation_id=inst,
                         advisor_id=advisor_id, detail=f"versie {number}")
    except psycopg.errors.ForeignKeyViolation as exc:
        raise RecordNotFound("Kandidaat", version.candidate_id) from exc
    return stored


def _rows(db: PgDatabase, candidate_id: str) -> list[tuple[Any, ...]]:
    """The version rows (select_list order), oldest first, after checking the plan row and that no
    version is missing (as on SQLite: fewer rows than the plan's revision is damage, not history)."""
    plans = db.fetchall(f"SELECT {select_list('plans')} FROM plans WHERE candidate_id = %s",
                        [candidate_id])
    for plan in plans:
        if not sound(plan):
            raise _damaged("plans", str(plan[0]))
    rows = db.fetchall(f"SELECT {select_list('plan_versions', 'v')} FROM plan_versions v"
                       " JOIN plans p ON p.id = v.plan_id WHERE p.candidate_id = %s ORDER BY v.version",
                       [candidate_id])
    if plans and [r[_NUMBER] for r in rows] != list(range(1, int(plans[0][_PLAN_REVISION]) + 1)):
        raise _damaged("plans", str(plans[0][0]))
    return rows


def _version(row: tuple[Any, ...]) -> PlanVersion:
    if not sound(row):
        raise _damaged("plan_versions", str(row[0]))
    try:
        return from_json(PlanVersion, json.loads(str(row[_DOC])))
    except ValueError as exc:
        raise _damaged("plan_versions", str(row[0])) from exc


def versions(db: PgDatabase, candidate_id: str) -> list[PlanVersion]:
    """All versions of the candidate's plan, oldest first; RecordDamaged when one is damaged."""
    return [_version(r) for r in _rows(db, candidate_id)]


def get_version(db: PgDatabase, candidate_id: str, number: int | None = None) -> PlanVersion | None:
    """Version `number`, or the latest when None; only that version is verified (as on SQLite)."""
    rows = _rows(db, candidate_id)
    if number is not None:
        rows = [r for r in rows if r[_NUMBER] == number]
    return _version(rows[-1]) if rows else None
