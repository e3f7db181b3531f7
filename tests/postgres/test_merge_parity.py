"""The fair merge's state on both stores (storage/merge.py and storage/postgres/merge.py, issue #19):
the same edits leave the same merge state, and a fair laptop's changes (`app.merge.export_changes`
on SQLite) imported into the server (`app.merge.import_changes`) leave the same end state as
imported into a desk's SQLite file: records, merge state, conflicts, notices, duplicates, plan
versions, audit origins, consent events and tombstones.

Both desks are the same installation ("desk-1") on a clock that stands still, so every stamp must be
the same: a write the server takes more or less often than SQLite, a field stamped differently, a
conflict kept or lost, shows as a difference. The server desk is made from the SQLite desk by
`migrate-to` (postgres/migrate.py), so the two start equal, merge state and counters included.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[postgres]')")

from sqlite_utils import Database

from intake_desk.app import merge as app_merge
from intake_desk.domain import (
    Candidate,
    CandidateRecord,
    Consent,
    ConsentPurpose,
    Contact,
    CredentialKind,
    Intake,
    PersonName,
    Route,
)
from intake_desk.domain.route import PlanVersion
from intake_desk.storage import candidates as sq
from intake_desk.storage import merge as sq_merge
from intake_desk.storage import open_database
from intake_desk.storage import plans as sq_plans
from intake_desk.storage.checksums import select_list, sound
from intake_desk.storage.postgres import candidates as pq
from intake_desk.storage.postgres import connection
from intake_desk.storage.postgres import merge as pq_merge
from intake_desk.storage.postgres import migrate as pg_migrate
from intake_desk.storage.postgres import plans as pq_plans

WALL = 1_764_500_000_000  # 2025-11-30, the clock every installation reads in these tests


@pytest.fixture(autouse=True)
def _still_clock() -> Iterator[None]:
    sq_merge.set_wall_clock(lambda: WALL)
    yield
    sq_merge.set_wall_clock(None)


def _sqlite(template: Path, folder: Path, inst: str) -> Database:
    path = folder / f"{inst}.sqlite"
    shutil.copy(template, path)
    db = open_database(path)
    with db.atomic():
        db.execute("UPDATE meta SET value = ? WHERE key = 'installation_id'", [inst])
    return db


@pytest.fixture
def server(pg: Any, pg_server: Any) -> Iterator[Any]:
    """The emptied server, opened as the desk "desk-1" (the installation the SQLite desk is too)."""
    pg.execute("TRUNCATE advisors")
    desk = connection.connect(pg_server.url, installation_id="desk-1", advisor_id="advisor-test")
    yield desk
    desk.close()
    # a move copies more than the shared fixture empties (the catalog): leave nothing for the next
    pg.execute(f"TRUNCATE {', '.join(pg_migrate.MOVED)} CASCADE")


def _record(first: str, surname: str, born: date, phone: str = "0612345678",
            purposes: frozenset[ConsentPurpose] = frozenset({ConsentPurpose.ADVICE})) -> CandidateRecord:
    return CandidateRecord(
        Candidate(PersonName(first, surname), born, Contact(phone=phone, email="x@voorbeeld.nl"),
                  sample=True),
        Intake(date(2026, 5, 1), consent=Consent(True, date(2026, 5, 1), purposes)))


def _renamed(record: CandidateRecord, surname: str) -> CandidateRecord:
    c = record.candidate
    return dataclasses.replace(record, candidate=dataclasses.replace(
        c, name=dataclasses.replace(c.name, surname=surname)))


def _rephoned(record: CandidateRecord, phone: str) -> CandidateRecord:
    c = record.candidate
    return dataclasses.replace(record, candidate=dataclasses.replace(
        c, contact=dataclasses.replace(c.contact, phone=phone)))


def _plan(candidate_id: str) -> PlanVersion:
    return PlanVersion(plan_id="", version=0, candidate_id=candidate_id, language="nl",
                       route=Route(steps=(), goal_credential=CredentialKind.DIPLOMA),
                       created_on=date(2026, 11, 30))


_STATE = "vector, base, writes, fields, conflicts, deleted"


def _state_rows(handle: Any, ids: list[str]) -> list[tuple[Any, ...]]:
    """The merge_state rows of `ids` (in that order) without the id, each checked against its sum."""
    out = []
    for rid in ids:
        q = "%s" if hasattr(handle, "backend") else "?"
        rows = handle.execute(f"SELECT id, {_STATE}, checksum FROM merge_state WHERE id = {q}",
                              [rid]).fetchall()
        assert len(rows) == 1, rid
        assert sound(tuple(rows[0])), rid
        out.append(tuple(rows[0][1:-1]))
    return out


# --- local edits --------------------------------------------------------------------------------


def test_the_same_edits_leave_the_same_merge_state(template_db: Path, tmp_path: Path,
                                                   server: Any) -> None:
    lite = _sqlite(template_db, tmp_path, "desk-1")
    try:
        done = []
        for store, plans, merge, handle in ((sq, sq_plans, sq_merge, lite),
                                            (pq, pq_plans, pq_merge, server)):
            a, b, c = (_record("Anna", "Jansen", date(1990, 1, 2)),
                       _record("Bram", "de Vries", date(1991, 2, 3)),
                       _record("Cato", "Bakker", date(1992, 3, 4)))
            with handle.atomic():
                ids = [store.insert(handle, r).id for r in (a, b, c)]
                store.update(handle, ids[0], _renamed(a, "Jansen-Smit"))
                store.update(handle, ids[0], _rephoned(_renamed(a, "Jansen-Smit"), "0687654321"))
                store.update(handle, ids[1], b)  # nothing changed: no new write
                plans.save_version(handle, _plan(ids[1]))
                store.delete(handle, ids[2])
                merge.stamp_pending(handle)  # the delete becomes a write of this installation
            versions = handle.execute(
                "SELECT m.installation_id, m.counter, m.hlc FROM merge_plan_versions m").fetchall()
            done.append((_state_rows(handle, ids), merge.counter(handle), merge.vector(handle),
                         merge.last_hlc(handle), [tuple(v) for v in versions],
                         [merge.stored_fields(handle, i) for i in ids],
                         merge.conflicted_ids(handle)))
        lite_state, server_state = done
        assert server_state == lite_state
        rows, counter, vector, _, versions, fields, _ = server_state
        # not trivially equal: seven writes, the name and the phone at their own writes, C deleted
        assert counter == 7 and vector == {"desk-1": 7} and versions == [("desk-1", 6, versions[0][2])]
        assert rows[1][0] == '{"desk-1": 2}' and rows[2][5] is not None and fields[2] is None
    finally:
        lite.close()


def test_a_desk_draws_its_own_numbers_and_two_desks_never_share_one(server: Any,
                                                                    pg_server: Any) -> None:
    other = connection.connect(pg_server.url, installation_id="desk-2")
    try:
        first = pq.insert(server, _record("Anna", "Jansen", date(1990, 1, 2))).id
        pq.insert(other, _record("Bram", "de Vries", date(1991, 2, 3)))
        pq.insert(other, _record("Cato", "Bakker", date(1992, 3, 4)))
        assert (pq_merge.counter(server), pq_merge.counter(other)) == (1, 2)
        assert pq_merge.vector(server) == pq_merge.vector(other) == {"desk-1": 1, "desk-2": 2}
        # desk-2 edits desk-1's record: its write has seen desk-1's
        _, record = pq.get(other, first)
        pq.update(other, first, _rephoned(record, "0611111111"))
        stored = pq_merge.load(other, first)
        assert stored is not None and stored.vector == {"desk-1": 1, "desk-2": 3}
    finally:
        other.close()


# --- a fair laptop's changes into the server, as into a desk -----------------------------------------


def _end_state(handle: Any, merge: Any, store: Any) -> dict[str, Any]:
    q = "%s" if hasattr(handle, "backend") else "?"
    ids = [r[0] for r in handle.execute("SELECT id FROM merge_state ORDER BY id").fetchall()]
    live = [r[0] for r in handle.execute("SELECT id FROM candidates ORDER BY id").fetchall()]
    return {
        "records": {i: (store.get(handle, i)[0].revision, store.get(handle, i)[1]) for i in live},
        "state": dict(zip(ids, _state_rows(handle, ids), strict=True)),
        "siblings": [tuple(r) for r in handle.execute(
            "SELECT candidate_id, field, dot, value, checksum FROM merge_siblings"
            " ORDER BY candidate_id, field, dot").fetchall()],
        "conflicts": app_merge.conflicts(handle),
        "notices": merge.notices(handle),
        "duplicates": merge.open_duplicates(handle),
        "vector": merge.vector(handle),
        "counter": merge.counter(handle),
        "clock": merge.last_hlc(handle),
        "tombstones": [tuple(r) for r in handle.execute(
            "SELECT id, kind, revision FROM tombstones ORDER BY id").fetchall()],
        # the plan row of a candidate new here has an id of this database's own (in `doc` too)
        "plan_versions": [(r[0], r[1], r[2], {k: v for k, v in json.loads(r[3]).items()
                                               if k != "plan_id"}, r[4], r[5]) for r in handle.execute(
            "SELECT v.id, v.version, v.installation_id, v.doc, m.counter, m.hlc"
            " FROM plan_versions v JOIN merge_plan_versions m ON m.version_id = v.id"
            " ORDER BY v.id").fetchall()],
        "plans_sound": [sound(tuple(r)) for r in handle.execute(
            f"SELECT {select_list('plan_versions')} FROM plan_versions ORDER BY id").fetchall()],
        "audit_origins": sorted(tuple(r) for r in handle.execute(
            "SELECT installation_id, counter FROM merge_audit_origin").fetchall()),
        "audit": sorted(tuple(r) for r in handle.execute(
            "SELECT installation_id, action,"
            " CASE WHEN entity = 'plan' THEN 'a plan of its own' ELSE entity_id END FROM audit"
            " WHERE action NOT IN ('migrate-in')").fetchall()),
        "consent": [tuple(r) for r in handle.execute(
            "SELECT candidate_id, seq, purpose, given, on_date, text_version, installation_id"
            " FROM consent_events ORDER BY candidate_id, seq").fetchall()],
        "erased_here": [tuple(r) for r in handle.execute(
            f"SELECT count(*) FROM candidates WHERE id IN (SELECT id FROM tombstones"
            f" WHERE kind = {q})", ["candidate"]).fetchall()],
    }


def test_a_laptops_changes_merge_into_the_server_as_into_a_desk(template_db: Path, tmp_path: Path,
                                                                server: Any) -> None:
    desk = _sqlite(template_db, tmp_path, "desk-1")
    laptop = _sqlite(template_db, tmp_path, "laptop-1")
    try:
        # The desk's records, known to the laptop from an earlier bundle.
        a, b, c, d = (_record("Anna", "Jansen", date(1990, 1, 2)),
                      _record("Bram", "de Vries", date(1991, 2, 3)),
                      _record("Cato", "Bakker", date(1992, 3, 4)),
                      _record("Dirk", "Smit", date(1993, 4, 5)))
        with desk.atomic():
            ids = [sq.insert(desk, r).id for r in (a, b, c, d)]
            sq_plans.save_version(desk, _plan(ids[0]))
        batch = app_merge.export_changes(desk)
        app_merge.import_changes(laptop, batch.header, batch.lines)

        # The server becomes the same desk (migrate-to), then both desks edit alike.
        pg_migrate.move(desk, server)
        for store, handle in ((sq, desk), (pq, server)):
            with handle.atomic():
                store.update(handle, ids[1], _renamed(b, "de Vries-Bos"))  # the laptop renames too
                store.update(handle, ids[3], _rephoned(d, "0622222222"))  # the laptop deletes it

        # Meanwhile, at the fair.
        with laptop.atomic():
            sq.update(laptop, ids[0], _rephoned(a, "0633333333"))
            sq.update(laptop, ids[1], _renamed(b, "de Vries-Kok"))  # the same field: a conflict
            sq.update(laptop, ids[2], dataclasses.replace(
                c, intake=dataclasses.replace(c.intake, consent=Consent())))  # consent withdrawn
            sq.delete(laptop, ids[3])  # an edit the delete had not seen: a notice
            new = sq.insert(laptop, _record("Fenna", "Visser", date(1995, 6, 7),
                                            purposes=frozenset({ConsentPurpose.ADVICE,
                                                                ConsentPurpose.PLAN}))).id
            sq.insert(laptop, _record("Anne", "Jansen", date(1990, 1, 2)))  # looks like Anna
            sq_plans.save_version(laptop, _plan(new))
            sq_plans.save_version(laptop, _plan(ids[0]))
        fair = app_merge.export_changes(laptop)

        ends, reports = [], []
        for handle, merge, store in ((desk, sq_merge, sq), (server, pq_merge, pq)):
            app = app_merge  # one use case for both stores: it reaches storage through store_of(db)
            dry, _ = app.import_changes(handle, fair.header, fair.lines, dry_run=True)
            report, _ = app.import_changes(handle, fair.header, fair.lines)
            again, _ = app.import_changes(handle, fair.header, fair.lines)  # seen: nothing
            reports.append((dry, report, again))
            ends.append(_end_state(handle, merge, store))
        lite_end, server_end = ends
        for key in lite_end:
            assert server_end[key] == lite_end[key], key
        (_, lite_report, _), (dry, report, again) = reports
        assert dataclasses.replace(dry, dry_run=False) == report == lite_report
        assert not again.new and not again.updated and not again.deleted

        # Not equal by accident: the scenario has each kind of outcome.
        assert [(c.candidate_id, c.field) for c in server_end["conflicts"]] == [(ids[1], "name")]
        assert [n[0] for n in server_end["notices"]] == [ids[3]]
        assert len(server_end["duplicates"]) == 1 and new in server_end["records"]
        assert ids[3] not in server_end["records"] and len(server_end["plan_versions"]) == 3
        assert server_end["vector"]["laptop-1"] > 0 and server_end["audit_origins"]
        withdrawn = [e for e in server_end["consent"] if e[0] == ids[2] and e[3] == 0]
        assert withdrawn and server_end["erased_here"] == [(0,)]

        # The advisor's choices, alike at both desks: the conflict resolved (then undone and chosen
        # again), the look-alikes kept apart; the same bundle again reopens nothing.
        pair = server_end["duplicates"][0][:2]
        for handle, merge, store in ((desk, sq_merge, sq), (server, pq_merge, pq)):
            app_merge.resolve_conflict(handle, ids[1], "name", 1)
            app_merge.resolve_conflict(handle, ids[1], "name", 0)
            app_merge.keep_apart(handle, *pair)
            app_merge.import_changes(handle, fair.header, fair.lines)
            ends[0 if handle is desk else 1] = _end_state(handle, merge, store)
            ends[0 if handle is desk else 1]["resolved"] = app_merge.resolved_options(
                handle, ids[1], "name")
        for key in ends[0]:
            assert ends[1][key] == ends[0][key], key
        assert ends[1]["conflicts"] == [] and ends[1]["siblings"] == [] and ends[1]["resolved"]
        assert ends[1]["duplicates"] == []
    finally:
        desk.close()
        laptop.close()


def _plain(line: dict[str, Any]) -> dict[str, Any]:
    """A bundle line without what each database makes of its own (times, a plan version's id and
    its plan's id, an audit line's number and the advisor of the desk)."""
    out = {k: v for k, v in line.items() if k not in ("at", "created_at")}
    if line["type"] == "audit":  # numbered by the database (the server's move wrote a line too)
        out.pop("counter")
        out.pop("advisor_id")
    if line["type"] == "plan_version":
        out.pop("id")
        out["doc"] = {k: v for k, v in line["doc"].items() if k != "plan_id"}
    return out


def test_the_server_exports_what_a_laptop_merges_as_from_a_desk(template_db: Path, tmp_path: Path,
                                                                server: Any) -> None:
    """The other way: the server's bundle lines are a desk's, so a laptop reading either ends alike."""
    desk = _sqlite(template_db, tmp_path, "desk-1")
    laptops = [_sqlite(template_db, tmp_path, f"laptop-{n}") for n in (1, 2)]
    try:
        with desk.atomic():
            ids = [sq.insert(desk, r).id for r in (_record("Anna", "Jansen", date(1990, 1, 2)),
                                                   _record("Bram", "de Vries", date(1991, 2, 3)))]
        pg_migrate.move(desk, server)
        for store, handle in ((sq, desk), (pq, server)):
            with handle.atomic():
                _, record = store.get(handle, ids[0])
                store.update(handle, ids[0], _renamed(record, "Jansen-Smit"))
                store.delete(handle, ids[1])
                (pq_plans if store is pq else sq_plans).save_version(handle, _plan(ids[0]))
        lite_batch = app_merge.export_changes(desk)
        server_batch = app_merge.export_changes(server)
        assert [_plain(line) for line in server_batch.lines] == [_plain(line)
                                                                  for line in lite_batch.lines]
        assert {line["type"] for line in server_batch.lines} == {"record", "tombstone",
                                                                 "plan_version", "audit"}
        assert server_batch.header == lite_batch.header
        for laptop, batch in zip(laptops, (lite_batch, server_batch), strict=True):
            app_merge.import_changes(laptop, batch.header, batch.lines)
        assert _end_state(laptops[1], sq_merge, sq)["state"] == _end_state(laptops[0], sq_merge,
                                                                           sq)["state"]
    finally:
        desk.close()
        for laptop in laptops:
            laptop.close()


def test_a_laptop_with_merge_state_and_consent_moves_without_leave_behind(
        template_db: Path, tmp_path: Path, server: Any, pg_server: Any,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`migrate-to` moves the merge state and the consent record (no --leave-behind needed for them),
    checked per row, and the server goes on with the laptop's counter: a desk that is the laptop's
    installation does not hand out a write number the laptop already used."""
    from intake_desk.cli import main

    desk = _sqlite(template_db, tmp_path, "desk-9")
    laptop_path = tmp_path / "laptop-9.sqlite"
    laptop = _sqlite(template_db, tmp_path, "laptop-9")
    try:
        with desk.atomic():
            sq.insert(desk, _record("Anna", "Jansen", date(1990, 1, 2)))
        batch = app_merge.export_changes(desk)
        app_merge.import_changes(laptop, batch.header, batch.lines)  # peers' state, audit origins
        with laptop.atomic():
            cid = sq.insert(laptop, _record("Bram", "de Vries", date(1991, 2, 3))).id
            sq_plans.save_version(laptop, _plan(cid))
        app_merge.mark_exported(laptop, "desk-9", sq_merge.vector(laptop))
        counter, vector = sq_merge.counter(laptop), sq_merge.vector(laptop)
        tables = {t: int(laptop.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
                  for t in ("consent_events", "merge_state", "merge_plan_versions",
                            "merge_audit_origin", "merge_peers")}
    finally:
        desk.close()
        laptop.close()
    assert all(tables.values()), tables
    code = main(["--db", str(laptop_path), "migrate-to", pg_server.url, "--json"])  # no --leave-behind
    out, err = capsys.readouterr()
    assert code == 0, err
    report = json.loads(out)
    moved = {t["table"]: (t["source"], t["copied"], t["target"]) for t in report["tables"]}
    assert all(moved[t] == (n, n, n) for t, n in tables.items())
    as_laptop = connection.connect(pg_server.url, installation_id="laptop-9")
    try:
        assert pq_merge.counter(as_laptop) == counter and pq_merge.vector(as_laptop) == vector
        assert pq_merge.last_exported(as_laptop, "desk-9") == vector
        record = _rephoned(pq.get(as_laptop, cid)[1], "0644444444")
        pq.update(as_laptop, cid, record)
        stored = pq_merge.load(as_laptop, cid)
        assert stored is not None and stored.vector["laptop-9"] == counter + 1
    finally:
        as_laptop.close()


def test_a_desk_role_can_import_a_bundle(template_db: Path, tmp_path: Path, pg: Any,
                                         pg_server: Any) -> None:
    """What an import writes, a desk's role may write (schema_merge.GRANTS)."""
    import psycopg

    from intake_desk.storage.postgres import schema

    pg.execute("TRUNCATE advisors")
    pg.execute("DROP ROLE IF EXISTS desk_merge_1")
    pg.execute("DO $$ BEGIN CREATE ROLE intake_desk NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL;"
               " END $$")
    pg.execute("CREATE ROLE desk_merge_1 LOGIN IN ROLE intake_desk")
    schema.grant_desks(pg)
    desk = connection.connect(psycopg.conninfo.make_conninfo(pg_server.url, user="desk_merge_1"),
                              installation_id="desk-role", advisor_id="advisor-desk")
    laptop = _sqlite(template_db, tmp_path, "laptop-r")
    try:
        shared = pq.insert(desk, _record("Anna", "Jansen", date(1990, 1, 2))).id
        batch = app_merge.export_changes(desk)
        app_merge.import_changes(laptop, batch.header, batch.lines)
        with laptop.atomic():
            sq.update(laptop, shared, _renamed(_record("Anna", "Jansen", date(1990, 1, 2)), "Smit"))
            sq.insert(laptop, _record("Dirk", "Smit", date(1993, 4, 5)))
            gone = sq.insert(laptop, _record("Cato", "Bakker", date(1992, 3, 4))).id
        pq.update(desk, shared, _renamed(_record("Anna", "Jansen", date(1990, 1, 2)), "Bos"))
        first = app_merge.export_changes(laptop)
        report, _ = app_merge.import_changes(desk, first.header, first.lines)
        assert report.conflicts and len(report.new) == 2
        with laptop.atomic():
            sq.delete(laptop, gone)
        second = app_merge.export_changes(laptop, since=first.header["vector"])
        report, _ = app_merge.import_changes(desk, second.header, second.lines)
        assert report.deleted == (gone,)
        app_merge.resolve_conflict(desk, shared, "name", 0)
        assert app_merge.conflicts(desk) == []
    finally:
        laptop.close()
        desk.close()
        pg.execute("DROP OWNED BY desk_merge_1")
        pg.execute("DROP ROLE desk_merge_1")


def test_bundle_keys_are_kept_and_checked_alike(db: Any, server: Any, pg_server: Any) -> None:
    """storage/enrolment.py's rows on both stores: the same answers, a damaged key refused; on the
    server each desk (installation) has keys of its own, the enrolled laptops are shared."""
    from intake_desk.storage import enrolment as sq_keys
    from intake_desk.storage.enrolment import KeyDamaged
    from intake_desk.storage.postgres import enrolment as pq_keys

    answers = []
    for keys, handle, q in ((sq_keys, db, "?"), (pq_keys, server, "%s")):
        assert keys.own_keys(handle) is None
        keys.save_own_keys(handle, "desk-1", "laptop", b"s" * 32, b"b" * 32)
        keys.set_own_role(handle, "desk")
        keys.save_peer(handle, "laptop-1", "laptop", "Beurs 1", b"p" * 32, b"q" * 32)
        keys.save_peer(handle, "laptop-2", "laptop", "Beurs 2", b"r" * 32, b"t" * 32)
        keys.save_peer(handle, "laptop-1", "laptop", "Beurs 1 nieuw", b"u" * 32, b"v" * 32)
        handle.execute(f"UPDATE bundle_peers SET name = 'anders' WHERE installation_id = {q}",
                       ["laptop-2"])
        answers.append((keys.own_keys(handle), [p[:5] for p in keys.peers(handle)],
                        keys.damaged_peers(handle), keys.remove_peer(handle, "laptop-2"),
                        keys.remove_peer(handle, "laptop-2")))
        handle.execute("UPDATE bundle_own_keys SET role = 'laptop'")
        with pytest.raises(KeyDamaged):
            keys.own_keys(handle)
    assert answers[1] == answers[0]
    assert answers[0][0] == ("desk-1", "desk", b"s" * 32, b"b" * 32)
    assert answers[0][1] == [("laptop-1", "laptop", "Beurs 1 nieuw", b"u" * 32, b"v" * 32)]
    assert answers[0][2:] == (["laptop-2"], True, False)
    other = connection.connect(pg_server.url, installation_id="desk-2")
    try:
        assert pq_keys.own_keys(other) is None and [p[0] for p in pq_keys.peers(other)] == ["laptop-1"]
    finally:
        other.close()


def test_two_desks_reading_the_same_bundle_at_once_end_as_one_after_the_other(
        template_db: Path, tmp_path: Path, server: Any, pg_server: Any) -> None:
    import threading

    laptop = _sqlite(template_db, tmp_path, "laptop-c")
    try:
        with laptop.atomic():
            for n in range(40):
                sq.insert(laptop, _record(f"Naam{n}", "Gelijktijdig", date(1990, 1, 1 + n % 28)))
        fair = app_merge.export_changes(laptop)
    finally:
        laptop.close()
    desks = [connection.connect(pg_server.url, installation_id=f"desk-c{n}") for n in (1, 2)]
    outcome: list[Any] = []
    start = threading.Barrier(2)

    def read(desk: Any) -> None:
        start.wait()
        try:
            outcome.append(app_merge.import_changes(desk, fair.header, fair.lines)[0])
        except Exception as exc:  # the test reports it below
            outcome.append(exc)

    try:
        threads = [threading.Thread(target=read, args=(d,)) for d in desks]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    finally:
        for d in desks:
            d.close()
    assert all(not isinstance(o, Exception) for o in outcome), outcome
    assert sorted(len(o.new) for o in outcome) == [0, 40]  # one read them, the other saw them
    assert server.scalar("SELECT count(*) FROM candidates") == 40
    assert server.scalar("SELECT count(*) FROM audit WHERE action = 'merge-create'") == 40


# --- follow-up in bundles (stage changes, corrections, next and last contact) ---------------------


def _followup_state(handle: Any) -> dict[str, Any]:
    """Everything follow-up on a desk, without what each store makes of its own (the ids of changes
    made at the desk itself, arrival numbers, times of writing)."""
    from intake_desk.storage.store import store_of

    fu = store_of(handle).followup
    ids = [r[0] for r in handle.execute("SELECT id FROM candidates ORDER BY id").fetchall()]
    out: dict[str, Any] = {}
    for rid in ids:
        st = fu.state(handle, rid)
        vector, sibs, last = fu.register(handle, rid)
        out[rid] = (st.stage, st.stage_on, st.next_contact, st.next_note, st.last_contact, last,
                    [(e.write.installation, e.write.counter, e.write.hlc, dict(e.write.seen),
                      e.from_stage, e.to_stage, e.on, e.correction, e.corrected)
                     for e in fu.stage_events(handle, rid)],
                    vector, [(s.write.key, s.value) for s in sibs])
    out["conflicts"] = [(c.candidate_id, c.field, [o.value for o in c.options])
                        for c in app_merge.conflicts(handle)]
    return out


def test_follow_up_merges_into_the_server_as_into_a_desk(template_db: Path, tmp_path: Path,
                                                         server: Any) -> None:
    from intake_desk.app import followup as app_followup
    from intake_desk.domain.trajectory import Stage

    today = date(2026, 7, 1)
    desk = _sqlite(template_db, tmp_path, "desk-1")
    laptop = _sqlite(template_db, tmp_path, "laptop-1")
    try:
        with desk.atomic():
            ids = [sq.insert(desk, r).id for r in (_record("Anna", "Jansen", date(1990, 1, 2)),
                                                   _record("Bram", "de Vries", date(1991, 2, 3)))]
        app_followup.set_stage(desk, ids[0], Stage.GESTART, on=date(2026, 6, 1), today=today)
        app_followup.set_next_contact(desk, ids[0], date(2026, 7, 5), "bellen", today=today)
        batch = app_merge.export_changes(desk)
        app_merge.import_changes(laptop, batch.header, batch.lines)
        pg_migrate.move(desk, server)
        for handle in (desk, server):  # the desk, on either store, during the fair
            app_followup.set_stage(handle, ids[0], Stage.AFGEROND, on=date(2026, 6, 20), today=today,
                                   credential=CredentialKind.DIPLOMA)
            app_followup.set_next_contact(handle, ids[0], date(2026, 7, 9), "balie", today=today)
        # Meanwhile at the fair: the same candidate dropped out (a conflict), a stage put back, a
        # next contact (a conflict), a contact logged, and a new intake followed up.
        app_followup.set_stage(laptop, ids[0], Stage.UITGEVALLEN, on=date(2026, 6, 10), today=today,
                               reason="werk-gevonden")
        app_followup.set_next_contact(laptop, ids[0], date(2026, 7, 7), "laptop", today=today)
        app_followup.set_stage(laptop, ids[1], Stage.GESTART, on=date(2026, 6, 2), today=today)
        app_followup.undo_stage(laptop, ids[1], today=today)
        app_followup.log_contact(laptop, ids[1], date(2026, 6, 30), today=today)
        with laptop.atomic():
            new = sq.insert(laptop, _record("Fenna", "Visser", date(1995, 6, 7))).id
        app_followup.set_stage(laptop, new, Stage.PLAN_UITGEREIKT, on=date(2026, 6, 3), today=today)
        fair = app_merge.export_changes(laptop)
        assert {line["type"] for line in fair.lines} >= {"stage_change", "stage_correction",
                                                         "followup"}

        ends, reports = [], []
        for handle in (desk, server):
            report, _ = app_merge.import_changes(handle, fair.header, fair.lines)
            again, _ = app_merge.import_changes(handle, fair.header, fair.lines)
            reports.append((report.followup, again.followup, len(report.conflicts)))
            ends.append(_followup_state(handle))
        assert ends[1] == ends[0]
        assert reports[1] == reports[0] and reports[0][0] > 0 and reports[0][1] == 0
        assert sorted(f for _, f, _ in ends[1]["conflicts"]) == ["followup.next_contact",
                                                                 "followup.stage"]
        # the later day wins the stage whatever arrived last; the history has all three changes
        assert ends[1][ids[0]][0] == Stage.AFGEROND and len(ends[1][ids[0]][6]) == 3
        assert ends[1][new][0] == Stage.PLAN_UITGEREIKT

        for handle in (desk, server):  # the advisor keeps the stage shown, picks the laptop's call
            app_merge.resolve_conflict(handle, ids[0], "followup.stage", 0)
            options = [c for c in app_merge.conflicts(handle) if c.field == "followup.next_contact"]
            laptop_call = next(n for n, o in enumerate(options[0].options)
                               if o.value["note"] == "laptop")
            app_merge.resolve_conflict(handle, ids[0], "followup.next_contact", laptop_call)
            app_merge.import_changes(handle, fair.header, fair.lines)
        lite_end, server_end = _followup_state(desk), _followup_state(server)
        assert server_end == lite_end and server_end["conflicts"] == []
        assert server_end[ids[0]][2:4] == (date(2026, 7, 7), "laptop")
    finally:
        desk.close()
        laptop.close()


def test_pg006_stamps_a_history_stored_before_it(server: Any) -> None:
    """pg006's stamping, run again on changes and next contacts stored without stamps (as a server
    from before it holds them): every change a distinct write of its desk in its order, every next
    contact a write of the server, the desks' counters moved past them. Rolled back afterwards."""
    from intake_desk.app import followup as app_followup
    from intake_desk.domain.trajectory import Stage
    from intake_desk.storage.postgres import followup as pq_fu
    from intake_desk.storage.postgres.schema_followup import MERGE_MIGRATIONS

    today = date(2026, 7, 1)
    cid = pq.insert(server, _record("Anna", "Jansen", date(1990, 1, 2))).id
    for to in (Stage.PLAN_UITGEREIKT, Stage.GESTART):
        app_followup.set_stage(server, cid, to, on=date(2026, 6, 2), today=today)
    app_followup.set_next_contact(server, cid, date(2026, 7, 3), "bellen", today=today)
    was = [(e.from_stage, e.to_stage) for e in pq_fu.stage_events(server, cid)]
    (_, statements), = MERGE_MIGRATIONS
    stamping = [s for s in statements if s.startswith(("UPDATE", "INSERT INTO merge_clocks",
                                                       "INSERT INTO followup_merge"))]
    assert len(stamping) == 6
    with pytest.raises(_Rollback), server.atomic():
        server.execute("ALTER TABLE stage_changes DISABLE TRIGGER"
                       " stage_changes_append_only_update")
        server.execute("UPDATE stage_changes SET counter = 0, hlc = '', seen = '{}'")
        server.execute("DELETE FROM followup_merge")
        before = pq_merge.counter(server)
        for statement in stamping:
            server.execute(statement)
        events = pq_fu.stage_events(server, cid)
        assert [(e.from_stage, e.to_stage) for e in events] == was
        assert [e.write.counter for e in events] == [before + 1, before + 2]
        assert all(e.write.hlc.endswith(("-0001", "-0002")) for e in events)
        _, sibs, _ = pq_fu.register(server, cid)
        assert [s.value for s in sibs] == [{"day": "2026-07-03", "note": "bellen"}]
        own = server.scalar("SELECT value FROM meta WHERE key = 'installation_id'")
        assert sibs[0].write.installation == own != "desk-1"
        assert pq_merge.counter(server) == before + 2  # desk-1's two changes
        raise _Rollback


class _Rollback(Exception):
    pass
