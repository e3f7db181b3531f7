"""Follow-up on both stores (storage/followup.py and storage/postgres/followup.py): the same scenario
written through each store's own functions (stages, an undo, next contacts, a logged contact, a plan)
gives the same states, histories, worklists on a fixed day, figures, retention dates and access
reads; the server keeps the history append-only and the figures' facts in step with every write,
whoever makes it."""

from __future__ import annotations

import dataclasses
import threading
from datetime import date, timedelta
from typing import Any

import pytest

pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[postgres]')")

from intake_desk.demo import demo_records
from intake_desk.domain import CredentialKind, Route
from intake_desk.domain.enums import ItemKind, Leerweg
from intake_desk.domain.route import PlanVersion, RouteStep
from intake_desk.domain.trajectory import DropReason, Stage, StageChange
from intake_desk.storage import access as sq_access
from intake_desk.storage import candidates as sq
from intake_desk.storage import figures as sq_figures
from intake_desk.storage import followup as sq_fu
from intake_desk.storage import plans as sq_plans
from intake_desk.storage import retention as sq_retention
from intake_desk.storage.errors import RecordNotFound
from intake_desk.storage.postgres import access as pq_access
from intake_desk.storage.postgres import candidates as pq
from intake_desk.storage.postgres import connection, schema
from intake_desk.storage.postgres import figures as pq_figures
from intake_desk.storage.postgres import followup as pq_fu
from intake_desk.storage.postgres import plans as pq_plans
from intake_desk.storage.postgres import retention as pq_retention
from intake_desk.storage.postgres.copy import copy_from_sqlite

TODAY = date(2027, 3, 1)  # the worklists' "today", fixed so the test does not depend on the clock
FEB = date(2027, 2, 1)


def _stores(db: Any, pg: Any) -> list[dict[str, Any]]:
    return [
        {"h": db, "c": sq, "fu": sq_fu, "plans": sq_plans, "fig": sq_figures, "ret": sq_retention,
         "acc": sq_access},
        {"h": pg, "c": pq, "fu": pq_fu, "plans": pq_plans, "fig": pq_figures, "ret": pq_retention,
         "acc": pq_access},
    ]


def _move(s: dict[str, Any], cid: str, to: Stage, on: date, **kw: Any) -> None:
    """What app/followup.set_stage stores: a change from the current stage."""
    h, fu = s["h"], s["fu"]
    with h.atomic():
        fu.append_change(h, StageChange(cid, fu.state(h, cid).stage, to, on, advisor_id="adv-1", **kw))


def _undo(s: dict[str, Any], cid: str) -> None:
    """What app/followup.undo_stage stores: the way back as a correction paired with the change."""
    h, fu = s["h"], s["fu"]
    with h.atomic():
        found = fu.last_undoable(h, cid)
        assert found is not None
        change_id, change, before = found
        back = StageChange(cid, change.to_stage, change.from_stage, TODAY, advisor_id="adv-1")
        fu.append_correction(h, change_id, back, before.on if before is not None else None)


def _step(funding: str, level: int, credential: CredentialKind) -> RouteStep:
    return RouteStep(offering_code=f"O-{funding}", item_code="25655", title="Voorbeeldopleiding",
                     kind=ItemKind.QUALIFICATION, provider="Voorbeeldschool", location="Zwolle",
                     region_code="RG10", leerweg=Leerweg.BBL, start=FEB, end=FEB + timedelta(weeks=40),
                     hours_per_week=24.0, credential=credential, level=level, funding_code=funding,
                     sample=True)


def _plan(cid: str, day: date, steps: tuple[RouteStep, ...] = ()) -> PlanVersion:
    return PlanVersion(plan_id="", version=0, candidate_id=cid, language="nl",
                       route=Route(steps=steps, goal_credential=CredentialKind.DIPLOMA), created_on=day)


def _scenario(s: dict[str, Any]) -> list[str]:
    """Nine candidates through stages, an undo, next contacts, a contact, plans and a second intake;
    their ids."""
    h, fu = s["h"], s["fu"]
    records = list(demo_records(9, seed=31, today=date(2026, 11, 1)))
    with h.atomic():
        ids = [s["c"].insert(h, r).id for r in records]
    a, b, c, d, e, f, g, k, only_plan = ids
    # a second intake conversation, and a start on its very day (0 days from intake to start)
    again = dataclasses.replace(records[7], intake=dataclasses.replace(
        records[7].intake, date=FEB + timedelta(days=12)))
    with h.atomic():
        s["c"].update(h, k, again)
        s["plans"].save_version(h, _plan(k, FEB + timedelta(days=12), (
            _step("zz-werkgever", 2, CredentialKind.DIPLOMA), _step("llk", 3, CredentialKind.DIPLOMA),
            _step("", 4, CredentialKind.CERTIFICAAT), _step("llk", 3, CredentialKind.DIPLOMA))))
    _move(s, k, Stage.PLAN_UITGEREIKT, FEB + timedelta(days=12))
    with h.atomic():  # a plan and nothing else: its day is the last contact, its stage derived
        s["plans"].save_version(h, _plan(only_plan, FEB + timedelta(days=4)))
    _move(s, k, Stage.GESTART, FEB + timedelta(days=12))
    if fu.state(h, a).stage == Stage.AANGEMELD:
        _move(s, a, Stage.INTAKE_GEDAAN, FEB)
    _move(s, a, Stage.PLAN_UITGEREIKT, FEB + timedelta(days=3))
    _move(s, a, Stage.GESTART, FEB + timedelta(days=10))
    _undo(s, a)  # the start was a mistake: back to plan-uitgereikt, as of Feb 4
    _move(s, b, Stage.UITGEVALLEN, FEB + timedelta(days=5), reason=DropReason.NO_CONTACT)
    with h.atomic():
        s["plans"].save_version(h, _plan(c, FEB + timedelta(days=2)))
    _move(s, c, Stage.GESTART, FEB + timedelta(days=12))
    _move(s, c, Stage.AFGEROND, FEB + timedelta(days=20), credential=CredentialKind.DIPLOMA)
    with h.atomic():
        fu.set_next_contact(h, d, TODAY, "bellen over stage", FEB + timedelta(days=1))
        fu.set_next_contact(h, e, TODAY - timedelta(days=3), "mail", FEB)
        fu.set_next_contact(h, f, TODAY + timedelta(days=7), "later", FEB)
        fu.set_next_contact(h, g, TODAY, "gewist", FEB)
        fu.set_next_contact(h, g, None, "", FEB)
        fu.log_contact(h, b, FEB + timedelta(days=8))
    return ids


def _mapped(value: Any, names: dict[str, str]) -> Any:
    """`value` with every candidate id replaced by its place in the scenario, and the time of
    storing left out (ids and clocks differ between the stores; everything else must not)."""
    if isinstance(value, str):
        return names.get(value, value)
    if isinstance(value, StageChange):
        return dataclasses.replace(value, candidate_id=names[value.candidate_id], recorded_at="")
    if isinstance(value, sq_fu.Row):
        return dataclasses.replace(value, candidate_id=names[value.candidate_id])
    if isinstance(value, tuple | list):
        return type(value)(_mapped(v, names) for v in value)
    return value


def _reads(s: dict[str, Any], ids: list[str]) -> dict[str, Any]:
    h, fu, fig = s["h"], s["fu"], s["fig"]
    names = {cid: f"#{n}" for n, cid in enumerate(ids)}
    # one region of the scenario's candidates (the same ones on both stores)
    region = set(sorted({r[0] for r in h.execute("SELECT region_code FROM candidates").fetchall()})[:1])
    out: dict[str, Any] = {
        "state": [fu.state(h, cid) for cid in ids],
        "history": [_mapped(fu.history(h, cid), names) for cid in ids],
        "undoable": [_mapped(None if (u := fu.last_undoable(h, cid)) is None else u[1:], names)
                     for cid in ids],
        "due": _mapped(fu.due_rows(h, TODAY, 50), names),
        "due_counts": fu.due_counts(h, TODAY),
        "silent": _mapped(fu.silent_rows(h, TODAY - timedelta(days=20), 50), names),
        "silent_few": _mapped(fu.silent_rows(h, TODAY - timedelta(days=20), 2), names),
        "retention": sorted(_mapped(s["ret"].last_contacts(h), names)),
        "retention_before": sorted(_mapped(s["ret"].last_contacts(h, before=FEB + timedelta(days=6)),
                                           names)),
        "access_docs": [[doc for _id, doc in s["acc"].intakes(h, cid)] for cid in ids],
        "access_ids": [len(s["acc"].record_ids(h, cid)) for cid in ids],
        "audit": h.execute("SELECT action, count(*) FROM audit WHERE action IN ('stage',"
                           " 'stage-correction', 'next-contact', 'contact') GROUP BY action"
                           " ORDER BY action").fetchall(),
    }
    for start, end, regions in ((FEB, TODAY, set()), (date(2026, 1, 1), TODAY, set()),
                                (FEB, TODAY, region)):
        key = f"{start}-{sorted(regions)}"
        out[f"intakes {key}"] = sorted(fig.intake_rows(h, start, end, regions))
        out[f"plans {key}"] = sorted(fig.plan_rows(h, start, end, regions), key=repr)
        out[f"paper {key}"] = fig.plans_set_without_version(h, start, end, regions)
        out[f"stages {key}"] = sorted(fig.stage_rows(h, start, end, regions))
        out[f"delays {key}"] = sorted(fig.start_delays(h, start, end, regions), key=repr)
        out[f"sample {key}"] = fig.any_sample(h, start, end, regions)
    return {k: [tuple(r) for r in v] if k == "audit" else v for k, v in out.items()}


def test_the_same_follow_up_gives_the_same_answers_on_both_stores(db: Any, pg: Any) -> None:
    lite, server = _stores(db, pg)
    lite_ids, pg_ids = _scenario(lite), _scenario(server)
    on_lite, on_pg = _reads(lite, lite_ids), _reads(server, pg_ids)
    for key in on_lite:
        assert on_lite[key] == on_pg[key], key
    # the scenario is not empty: each list the comparison rests on has something in it
    assert on_pg["due"][0] and on_pg["due"][1] and on_pg["silent"][1] >= 1
    assert on_pg["due_counts"] == (1, 1)
    assert [c.correction for c in on_pg["history"][0]][-1] is True
    assert sum(c.corrected for c in on_pg["history"][0]) == 1
    assert on_pg["state"][0].stage == Stage.PLAN_UITGEREIKT
    assert on_pg["state"][0].stage_on == FEB + timedelta(days=3)
    assert on_pg[f"stages {FEB}-[]"] and on_pg[f"plans {FEB}-[]"]
    # the undone start of #0 (Feb 11) and its correction are not counted; the starts of #2 and #7
    # (both Feb 13, grouped by day) are
    stages = on_pg[f"stages {FEB}-[]"]
    assert ("gestart", "", "", 2) in stages and ("gestart", "", "", 1) not in stages
    assert on_pg[f"delays {FEB}-[]"] and on_pg["retention_before"]
    assert len(on_pg["silent_few"][0]) == min(2, on_pg["silent"][1])
    assert (0, 1) in on_pg[f"delays {FEB}-[]"]  # the start on the day of the second intake
    assert len(on_pg["access_docs"][7]) == 2
    last = on_pg["state"][8]
    assert (last.derived, last.stage, last.last_contact) == (True, Stage.PLAN_UITGEREIKT,
                                                              FEB + timedelta(days=4))
    # the goal step is the last of four; the funding codes of all steps, once each, in order
    assert (4, "diploma", "bbl", ItemKind.QUALIFICATION.value, 3, "llk,zz-werkgever", 1) in \
        on_pg[f"plans {FEB}-[]"]


def test_a_missing_candidate_is_refused_alike(db: Any, pg: Any) -> None:
    calls: tuple[tuple[str, tuple[Any, ...]], ...] = (
        ("state", ("nobody",)), ("last_undoable", ("nobody",)), ("log_contact", ("nobody", TODAY)),
        ("set_next_contact", ("nobody", TODAY, "", TODAY)),
        ("append_change", (StageChange("nobody", None, Stage.GESTART, TODAY),)))
    for fu, h in ((sq_fu, db), (pq_fu, pg)):
        for name, args in calls:
            with pytest.raises(RecordNotFound):
                getattr(fu, name)(h, *args)
    assert pg.scalar("SELECT count(*) FROM stage_changes") == 0


def test_the_history_is_append_only_on_the_server_and_leaves_with_the_person(pg: Any) -> None:
    from psycopg import errors

    server = _stores(pg, pg)[1]
    ids = _scenario(server)
    with pytest.raises(errors.IntegrityConstraintViolation, match="append-only"):
        pg.execute("UPDATE stage_changes SET to_stage = 'afgerond'")
    with pytest.raises(errors.IntegrityConstraintViolation, match="append-only"):
        pg.execute("DELETE FROM stage_changes")
    with pytest.raises(errors.IntegrityConstraintViolation, match="append-only"):
        pg.execute("DELETE FROM stage_corrections")
    assert pg.scalar("SELECT count(*) FROM stage_corrections") == 1
    for cid in ids:
        pq.delete(pg, cid)
    for table in ("stage_changes", "stage_corrections", "followup", "fig_candidates", "fig_intakes",
                  "fig_plans"):
        assert pg.scalar(f"SELECT count(*) FROM {table}") == 0, table


def test_the_facts_follow_every_write_of_a_record(pg: Any) -> None:
    """Inserted, updated (region, status, intake date, document) and deleted through the store; and
    the same when rows come in by hand, as a COPY or another program would write them."""
    first, second = demo_records(2, seed=32, today=date(2026, 11, 1))
    meta = pq.insert(pg, first)
    facts = "SELECT region_code, intake_date, status, sample FROM fig_candidates WHERE candidate_id = %s"
    assert pg.fetchall(facts, [meta.id]) == [
        (first.candidate.region_code or "", first.intake.date.isoformat(), first.intake.status.value,
         int(first.candidate.sample))]
    pq.update(pg, meta.id, second)
    assert pg.fetchall(facts, [meta.id]) == [
        (second.candidate.region_code or "", second.intake.date.isoformat(), second.intake.status.value,
         int(second.candidate.sample))]
    intakes = pg.fetchall("SELECT i.intake_date, f.intake_date FROM intakes i"
                          " JOIN fig_intakes f ON f.intake_id = i.id WHERE i.candidate_id = %s",
                          [meta.id])
    assert len(intakes) == pg.scalar("SELECT count(*) FROM intakes WHERE candidate_id = %s", [meta.id])
    assert all(a == b for a, b in intakes)
    # a document that is not JSON: the write goes through, its facts are the neutral ones
    pg.execute("UPDATE candidates SET doc = 'kapot' WHERE id = %s", [meta.id])
    assert pg.fetchall("SELECT sample FROM fig_candidates WHERE candidate_id = %s", [meta.id]) == [(0,)]
    # versions arriving out of order (a COPY by id) get the same next_on as saved one by one
    for day in (3, 9, 20):
        pq_plans.save_version(pg, _plan(meta.id, date(2027, 1, day)))
    saved = pg.fetchall("SELECT version, created_on, next_on FROM fig_plans ORDER BY version")
    assert saved == [(1, "2027-01-03", "2027-01-09"), (2, "2027-01-09", "2027-01-20"),
                     (3, "2027-01-20", None)]
    rows = pg.fetchall("SELECT * FROM plan_versions ORDER BY version DESC")
    with pg.atomic():
        pg.execute("DELETE FROM plan_versions")
        assert pg.scalar("SELECT count(*) FROM fig_plans") == 0
        marks = ", ".join(["%s"] * len(rows[0]))
        for row in (rows[1], rows[0], rows[2]):
            pg.execute(f"INSERT INTO plan_versions VALUES ({marks})", list(row))
    assert pg.fetchall("SELECT version, created_on, next_on FROM fig_plans ORDER BY version") == saved
    pq.delete(pg, meta.id)
    assert pg.scalar("SELECT count(*) FROM fig_candidates") == 0


def test_two_desks_recording_a_change_at_once_both_keep_theirs(pg_server: Any, pg: Any) -> None:
    meta = pq.insert(pg, next(demo_records(1, seed=33, today=date(2026, 11, 1))))
    desks = [connection.connect(pg_server.url, advisor_id=f"desk-{n}") for n in range(2)]
    hold = threading.Event()
    errors: list[BaseException] = []
    try:
        def second() -> None:
            hold.wait(5)
            try:
                pq_fu.append_change(desks[1], StageChange(meta.id, None, Stage.GESTART, FEB))
            except BaseException as exc:  # reported below, in the test's own thread
                errors.append(exc)

        thread = threading.Thread(target=second)
        thread.start()
        with desks[0].atomic():
            pq_fu.append_change(desks[0], StageChange(meta.id, None, Stage.PLAN_UITGEREIKT, FEB))
            hold.set()
            thread.join(0.5)  # the second desk waits for this transaction
            assert thread.is_alive()
        thread.join(10)
    finally:
        for desk in desks:
            desk.close()
    assert errors == []
    assert pg.fetchall("SELECT seq, advisor_id FROM stage_changes ORDER BY seq") == [
        (1, "desk-0"), (2, "desk-1")]
    assert pq_fu.state(pg, meta.id).stage == Stage.GESTART


def test_a_desk_role_adds_history_and_reads_facts_but_cannot_rewrite_them(pg_server: Any, pg: Any,
                                                                            ) -> None:
    import psycopg
    from psycopg import errors

    pg.execute("DROP ROLE IF EXISTS desk_test_fu")
    pg.execute("DO $$ BEGIN CREATE ROLE intake_desk NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL;"
               " END $$")
    pg.execute("CREATE ROLE desk_test_fu LOGIN IN ROLE intake_desk")
    schema.grant_desks(pg)
    desk = connection.connect(psycopg.conninfo.make_conninfo(pg_server.url, user="desk_test_fu"),
                              advisor_id="advisor-desk-fu")
    try:
        server = _stores(desk, desk)[1]
        ids = _scenario(server)  # every write of the scenario, as a desk
        assert desk.scalar("SELECT count(*) FROM fig_candidates") == len(ids)
        assert pq_figures.stage_rows(desk, FEB, TODAY, set())
        for statement in ("UPDATE stage_changes SET to_stage = 'x'", "DELETE FROM stage_changes",
                          "DELETE FROM stage_corrections", "UPDATE fig_candidates SET sample = 0",
                          "DELETE FROM fig_plans", "INSERT INTO fig_intakes VALUES ('a','b','c','d','e')"):
            with pytest.raises(errors.InsufficientPrivilege):
                desk.execute(statement)
        pq.delete(desk, ids[0])  # deleting a person still takes their history and facts with them
        assert desk.scalar("SELECT count(*) FROM stage_changes WHERE candidate_id = %s", [ids[0]]) == 0
        assert desk.scalar("SELECT count(*) FROM fig_candidates WHERE candidate_id = %s", [ids[0]]) == 0
    finally:
        desk.close()
        pg.execute("DROP OWNED BY desk_test_fu")
        pg.execute("DROP ROLE desk_test_fu")


def test_records_on_the_server_before_pg003_get_their_facts(pg_server: Any, pg: Any, db: Any
                                                            ) -> None:
    """A server that held records before follow-up came (pg001 only): pg003 derives their facts
    as the triggers would have, plan versions included (next_on from the version after)."""
    import psycopg

    pg.execute("DROP DATABASE IF EXISTS before_pg003")
    pg.execute("CREATE DATABASE before_pg003")
    old = connection.connect(psycopg.conninfo.make_conninfo(pg_server.url, dbname="before_pg003"))
    try:
        with old.atomic():
            old.execute("CREATE TABLE schema_migrations (name TEXT PRIMARY KEY,"
                        " applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
            for statement in schema.MIGRATIONS[0][1]:
                old.execute(statement)
            old.execute("INSERT INTO schema_migrations (name) VALUES ('pg001_foundation')")
        # written as they stood then (the store's writes of today need the later tables)
        with db.atomic():
            ids = [sq.insert(db, r).id for r in demo_records(3, seed=34, today=date(2026, 11, 1))]
            for day in (5, 2):  # dated out of order on purpose: next_on follows the numbers
                sq_plans.save_version(db, _plan(ids[0], date(2027, 1, day)))
        copy_from_sqlite(db, old, ("candidates", "intakes", "plans", "plan_versions"))
        assert "pg003_followup" in schema.migrate(old)
        assert old.scalar("SELECT count(*) FROM fig_candidates") == 3
        assert old.scalar("SELECT count(*) FROM fig_intakes") == 3
        assert old.fetchall("SELECT version, created_on, next_on FROM fig_plans ORDER BY version") == [
            (1, "2027-01-05", "2027-01-02"), (2, "2027-01-02", None)]
        assert pq_fu.state(old, ids[0]).last_contact == date(2027, 1, 5)
    finally:
        old.close()
        pg.execute("DROP DATABASE before_pg003")


def test_the_use_cases_give_the_same_on_both_stores(db: Any, pg: Any) -> None:
    """app/followup.py through `store_of`: set a stage, undo it, plan a contact, read the day's list."""
    from intake_desk.app import followup as app_fu

    lists = []
    for c, h in ((sq, db), (pq, pg)):
        with h.atomic():
            ids = [c.insert(h, r).id for r in demo_records(4, seed=35, today=date(2026, 11, 1))]
        names = {cid: f"#{n}" for n, cid in enumerate(ids)}
        first = ids[0]
        if app_fu.current_stage(h, first) == Stage.AANGEMELD:
            app_fu.set_stage(h, first, Stage.INTAKE_GEDAAN, on=FEB, today=TODAY)
        app_fu.set_stage(h, first, Stage.PLAN_UITGEREIKT, on=FEB + timedelta(days=1), today=TODAY)
        app_fu.set_stage(h, first, Stage.GESTART, on=FEB + timedelta(days=2), today=TODAY)
        app_fu.undo_stage(h, first, expected_to=Stage.GESTART, today=TODAY)
        app_fu.set_next_contact(h, ids[1], TODAY, "bellen", today=FEB)
        app_fu.log_contact(h, ids[2], FEB + timedelta(days=9), today=TODAY)
        found = app_fu.worklist(h, TODAY, silent_days=20)
        lists.append((
            [(names[e.candidate_id], e.name, e.stage, e.next_contact, e.last_contact, e.days_silent)
             for e in (*found.due_today, *found.overdue, *found.silent)],
            found.due_today_total, found.overdue_total, found.silent_total,
            app_fu.current_stage(h, first),
            # who: the laptop's current advisor (meta) or the desk's (PgDatabase.advisor_id)
            [dataclasses.replace(c, advisor_id="") for c in
             _mapped(app_fu.stage_history(h, first), names)],
            app_fu.due_count(h, TODAY)))
    assert lists[0] == lists[1]
    assert {c.advisor_id for c in app_fu.stage_history(pg, pg.scalar(
        "SELECT candidate_id FROM stage_changes LIMIT 1"))} == {"advisor-test"}
    assert lists[1][4] == Stage.PLAN_UITGEREIKT and lists[1][1] == 1


def test_a_stage_changed_at_another_desk_meanwhile_is_not_overwritten(pg_server: Any, pg: Any
                                                                      ) -> None:
    """Both desks read "intake gedaan"; A hands out the plan, B (waiting for A) would record a drop
    out from "intake gedaan": refused, so the history never holds a step from a stage that was gone."""
    meta = pq.insert(pg, next(demo_records(1, seed=36, today=date(2026, 11, 1))))
    start = pq_fu.state(pg, meta.id).stage
    desks = [connection.connect(pg_server.url, advisor_id=f"desk-{n}") for n in range(2)]
    outcome: list[BaseException | None] = []
    hold = threading.Event()
    try:
        def second() -> None:
            hold.wait(5)
            try:
                pq_fu.append_change(desks[1], StageChange(meta.id, start, Stage.UITGEVALLEN, FEB,
                                                          reason=DropReason.OTHER))
                outcome.append(None)
            except BaseException as exc:
                outcome.append(exc)

        thread = threading.Thread(target=second)
        thread.start()
        with desks[0].atomic():
            pq_fu.append_change(desks[0], StageChange(meta.id, start, Stage.PLAN_UITGEREIKT, FEB))
            hold.set()
            thread.join(0.5)
        thread.join(10)
    finally:
        for desk in desks:
            desk.close()
    assert len(outcome) == 1 and isinstance(outcome[0], pq_fu.StageChangedElsewhere)
    assert "status:" in str(outcome[0]) and "status:" in outcome[0].text_en
    assert [c.to_stage for c in pq_fu.history(pg, meta.id)] == [Stage.PLAN_UITGEREIKT]
