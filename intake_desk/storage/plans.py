"""Plans and their immutable versions. Saving an edited route makes a new version; none is overwritten.

Each row carries its checksum (storage/checksums.py); a version that fails it raises RecordDamaged.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from sqlite_utils import Database

from ..domain import PlanVersion
from ..domain.codec import from_json, replace, to_json
from . import audit
from .checksums import COLUMNS, damaged, fetch, seal, select_list, sound
from .database import installation_id


def save_version(db: Database, version: PlanVersion, *, advisor_id: str | None = None,
                 saved_at: str | None = None) -> PlanVersion:
    """Store `version` as the next version of the candidate's plan; returns it with id and number set.

    The caller holds the transaction. The plan row is created on the first save. `saved_at` (ISO, UTC)
    is for sample data only: a demo plan handed out months ago must not count as "made today".

    Fair mode (issue 16): a version is known everywhere by its id and by where it was made (the
    installation and its write counter, with a clock stamp: `merge_plan_versions`); its number is
    this database's, given in the order versions arrive, so two laptops that both saved "version 2"
    never collide (`save_merged_version` brings in a version made elsewhere).
    """
    return _save(db, version, advisor_id=advisor_id, saved_at=saved_at, origin=None)


def save_merged_version(db: Database, version: PlanVersion, *, advisor_id: str | None,
                        saved_at: str, origin: Origin) -> PlanVersion:
    """A version made on another installation (app/merge.py): kept under its own id and origin, as
    the next number of this database's plan for the candidate."""
    return _save(db, version, advisor_id=advisor_id, saved_at=saved_at, origin=origin)


def _save(db: Database, version: PlanVersion, *, advisor_id: str | None, saved_at: str | None,
          origin: Origin | None) -> PlanVersion:
    from . import merge as merge_state

    inst = installation_id(db)
    ts = saved_at or audit.now()
    row = db.execute("SELECT id, revision, created_at FROM plans WHERE candidate_id = ?",
                     [version.candidate_id]).fetchone()
    if row is None:
        plan_id = str(uuid.uuid4())
        db.table("plans").insert(seal("plans", {
            "id": plan_id, "revision": 1, "created_at": ts, "updated_at": ts,
            "installation_id": inst, "candidate_id": version.candidate_id}))
    else:
        plan_id = row[0]
        db.table("plans").update(plan_id, seal("plans", {
            "id": plan_id, "revision": row[1] + 1, "created_at": row[2], "updated_at": ts,
            "installation_id": inst, "candidate_id": version.candidate_id}))
    number = db.execute("SELECT coalesce(max(version), 0) + 1 FROM plan_versions WHERE plan_id = ?",
                        [plan_id]).fetchone()[0]
    stored = replace(version, plan_id=plan_id, version=number)
    if origin is None:
        w = merge_state.next_write(db, {})
        origin = Origin(str(uuid.uuid4()), w.installation, w.counter, w.hlc)
    db.table("plan_versions").insert(seal("plan_versions", {
        "id": origin.version_id, "plan_id": plan_id, "version": number, "created_at": ts,
        "installation_id": origin.installation_id, "advisor_id": advisor_id,
        "language": stored.language, "doc": json.dumps(to_json(stored), ensure_ascii=False),
    }))
    merge_state.stamp_plan_version(db, origin.version_id, origin.installation_id, origin.counter,
                                   origin.hlc)
    audit.record(db, "plan-version", "plan", plan_id, installation_id=inst, advisor_id=advisor_id,
                 detail=f"versie {number}")
    return stored


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a plan version was made: its id, the installation, that installation's write counter
    and the clock stamp of the save."""

    version_id: str
    installation_id: str
    counter: int
    hlc: str


_DOC = COLUMNS["plan_versions"].index("doc")
_NUMBER = COLUMNS["plan_versions"].index("version")


def _rows(db: Database, candidate_id: str) -> list[tuple[object, ...]]:
    """(rowid, the version's columns..., checksum) of each version, oldest first. The plan row that
    links them to the candidate is verified too: with its id damaged, the versions would seem gone."""
    plans = fetch(db, f"SELECT rowid, {select_list('plans')} FROM plans WHERE candidate_id = ?",
                  [candidate_id])
    for plan in plans:
        if not sound(plan[1:]):
            raise damaged(db, "plans", plan[1], rowid=int(plan[0]))
    rows = fetch(db, f"SELECT v.rowid, {select_list('plan_versions', 'v')} FROM plan_versions v"
                     " JOIN plans p ON p.id = v.plan_id WHERE p.candidate_id = ? ORDER BY v.version",
                 [candidate_id])
    # Every save adds version revision+1 and raises the plan's revision (versions are never deleted),
    # so the verified plan row says how many versions there are: fewer means a damaged index or page
    # hid one, which must not pass for a shorter history.
    if plans and [r[1 + _NUMBER] for r in rows] != list(range(1, int(str(plans[0][2])) + 1)):
        raise damaged(db, "plans", plans[0][1], rowid=int(str(plans[0][0])))
    return rows


def _version(db: Database, row: tuple[object, ...]) -> PlanVersion:
    """One stored version, verified: RecordDamaged (by the version's id) when it fails its checksum."""
    rowid, stored = int(str(row[0])), row[1:]
    if not sound(stored):
        raise damaged(db, "plan_versions", stored[0], rowid=rowid)
    try:
        return from_json(PlanVersion, json.loads(str(stored[_DOC])))
    except ValueError as exc:  # the checksum holds, so not damage on disk; still a known error
        raise damaged(db, "plan_versions", stored[0], rowid=rowid) from exc


def versions(db: Database, candidate_id: str) -> list[PlanVersion]:
    """All versions of the candidate's plan, oldest first; RecordDamaged when one is damaged."""
    return [_version(db, r) for r in _rows(db, candidate_id)]


def get_version(db: Database, candidate_id: str, number: int | None = None) -> PlanVersion | None:
    """Version `number` of the candidate's plan, or the latest when number is None. Only that version
    is verified, so a damaged older version does not keep the newest from being printed."""
    rows = _rows(db, candidate_id)
    if number is not None:
        rows = [r for r in rows if r[1 + _NUMBER] == number]
    return _version(db, rows[-1]) if rows else None
