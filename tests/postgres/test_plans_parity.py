"""Plan versions on both stores (storage/plans.py and storage/postgres/plans.py): the same numbering,
the same answers, the same refusal of damage; a laptop's versions read the same on the server; two
desks saving at once both keep their version."""

from __future__ import annotations

import dataclasses
import threading
from datetime import date
from typing import Any

import pytest

pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[postgres]')")

from intake_desk.demo import demo_records
from intake_desk.domain import CredentialKind, Route
from intake_desk.domain.route import PlanVersion
from intake_desk.storage import candidates as sq
from intake_desk.storage import plans as sq_plans
from intake_desk.storage.errors import RecordDamaged, RecordNotFound
from intake_desk.storage.postgres import candidates as pq
from intake_desk.storage.postgres import connection
from intake_desk.storage.postgres import plans as pq_plans
from intake_desk.storage.postgres.copy import copy_from_sqlite


def _plan(candidate_id: str, language: str = "nl", day: int = 1) -> PlanVersion:
    return PlanVersion(plan_id="", version=0, candidate_id=candidate_id, language=language,
                       route=Route(steps=(), goal_credential=CredentialKind.DIPLOMA),
                       created_on=date(2026, 11, day))


def _without_plan_id(versions: list[PlanVersion]) -> list[PlanVersion]:
    return [dataclasses.replace(v, plan_id="") for v in versions]


def _stores(db: Any, pg: Any) -> list[tuple[Any, Any, Any, str]]:
    """(candidate store, plan store, handle, candidate id) for one new candidate on each side."""
    record = next(demo_records(1, seed=8))
    out = []
    for store, plans, handle in ((sq, sq_plans, db), (pq, pq_plans, pg)):
        with handle.atomic():
            out.append((store, plans, handle, store.insert(handle, record).id))
    return out


def test_versions_are_numbered_and_read_back_alike(db: Any, pg: Any) -> None:
    seen = []
    for _, plans, handle, cid in _stores(db, pg):
        assert plans.versions(handle, cid) == [] and plans.get_version(handle, cid) is None
        with handle.atomic():
            first = plans.save_version(handle, _plan(cid, "nl", 1), advisor_id="advisor-a")
            second = plans.save_version(handle, _plan(cid, "en", 2), advisor_id="advisor-b")
        assert (first.version, second.version) == (1, 2) and first.plan_id == second.plan_id
        assert plans.versions(handle, cid) == [first, second]
        assert plans.get_version(handle, cid) == second
        assert plans.get_version(handle, cid, 1) == first
        assert plans.get_version(handle, cid, 3) is None
        seen.append(_without_plan_id(plans.versions(handle, cid)))
    lite_versions, pg_versions = seen
    assert [dataclasses.replace(v, candidate_id="") for v in lite_versions] == \
        [dataclasses.replace(v, candidate_id="") for v in pg_versions]
    assert pg.fetchall("SELECT detail FROM audit WHERE action = 'plan-version' ORDER BY seq") == \
        [("versie 1",), ("versie 2",)]


def test_a_plan_for_a_missing_candidate_is_refused(pg: Any) -> None:
    with pytest.raises(RecordNotFound):
        pq_plans.save_version(pg, _plan("no-such-candidate"))
    assert pg.scalar("SELECT count(*) FROM plans") == 0


def test_a_laptops_versions_read_the_same_on_the_server(db: Any, pg: Any) -> None:
    with db.atomic():
        ids = [sq.insert(db, r).id for r in demo_records(3, seed=9)]
        for n, cid in enumerate(ids):
            for day in range(1, n + 2):
                sq_plans.save_version(db, _plan(cid, day=day))
    copy_from_sqlite(db, pg)
    for cid in ids:
        assert pq_plans.versions(pg, cid) == sq_plans.versions(db, cid)
    # And the server numbers a new version after the laptop's.
    assert pq_plans.save_version(pg, _plan(ids[2], day=9)).version == 4


def test_damage_and_a_missing_version_are_refused(pg: Any) -> None:
    cid = pq.insert(pg, next(demo_records(1, seed=4))).id
    for day in (1, 2, 3):
        pq_plans.save_version(pg, _plan(cid, day=day))
    pg.execute("UPDATE plan_versions SET language = 'en' WHERE version = 2")
    assert pq_plans.get_version(pg, cid).version == 3  # only the version asked for is verified
    with pytest.raises(RecordDamaged):
        pq_plans.get_version(pg, cid, 2)
    with pytest.raises(RecordDamaged):
        pq_plans.versions(pg, cid)
    pg.execute("DELETE FROM plan_versions WHERE version = 2")
    with pytest.raises(RecordDamaged):  # a gap is damage, not a shorter history
        pq_plans.get_version(pg, cid)


def test_two_desks_saving_versions_at_once_keep_them_all(pg_server: Any, pg: Any) -> None:
    cid = pq.insert(pg, next(demo_records(1, seed=6))).id
    errors: list[BaseException] = []

    def desk(n: int) -> None:
        handle = connection.connect(pg_server.url, advisor_id=f"advisor-{n}")
        try:
            for day in range(1, 6):
                pq_plans.save_version(handle, _plan(cid, day=day), advisor_id=f"advisor-{n}")
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            handle.close()

    threads = [threading.Thread(target=desk, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    saved = pq_plans.versions(pg, cid)
    assert [v.version for v in saved] == list(range(1, 11))
    assert pg.scalar("SELECT count(*) FROM plans WHERE candidate_id = %s", [cid]) == 1


# --- the audit trail, read back ------------------------------------------------------------------


def test_the_audit_trail_reads_back_alike_and_marks_damage(db: Any, pg: Any) -> None:
    from intake_desk.storage import audit as sq_audit
    from intake_desk.storage.postgres import audit_trail as pq_audit

    kept = []
    for store, plans, handle, cid in _stores(db, pg):
        with handle.atomic():
            _, record = store.get(handle, cid)
            store.update(handle, cid, record, advisor_id="advisor-x")
            plans.save_version(handle, _plan(cid), advisor_id="advisor-x")
        kept.append((handle, cid))
    (lite, lite_id), (_, pg_id) = kept

    def shape(rows: list[dict[str, object]]) -> list[tuple[object, ...]]:
        return [(r["action"], r["entity"], r.get("damaged", False)) for r in rows]

    assert shape(pq_audit.entries(pg, pg_id)) == shape(sq_audit.entries(lite, lite_id)) == [
        ("create", "candidate", False), ("update", "candidate", False)]
    listed = pq_audit.listing(pg)
    assert [r["action"] for r in listed] == ["plan-version", "update", "create"]
    assert [r["seq"] for r in listed] == sorted((r["seq"] for r in listed), reverse=True)
    assert len(pq_audit.listing(pg, [pg_id], limit=1)) == 1
    assert pq_audit.listing(pg, ["nobody"]) == []

    pg.execute("UPDATE audit SET action = 'delete' WHERE entity_id = %s AND action = 'update'", [pg_id])
    shown = pq_audit.entries(pg, pg_id)
    assert shape(shown) == [("create", "candidate", False), ("beschadigd", None, True)]
