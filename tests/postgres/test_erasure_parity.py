"""Erasure on both stores (storage/erasure.py and storage/postgres/erasure.py, #15/#19): deleting a
person leaves no row of theirs in any table of either store, only ids in the erasure log (tombstones),
the audit trail and the merge state; a table added later is covered too; a desk's role can erase on
the server although it may not delete plan versions or consent events itself."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[postgres]')")

import psycopg

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
from intake_desk.domain.merge import RecordState, Sibling, Write
from intake_desk.domain.route import PlanVersion
from intake_desk.storage import candidates as sq
from intake_desk.storage import drafts as sq_drafts
from intake_desk.storage import merge as sq_merge
from intake_desk.storage import plans as sq_plans
from intake_desk.storage.postgres import candidates as pq
from intake_desk.storage.postgres import connection, schema
from intake_desk.storage.postgres import drafts as pq_drafts
from intake_desk.storage.postgres import merge as pq_merge
from intake_desk.storage.postgres import plans as pq_plans

SURNAME, EMAIL, PHONE, NOTE = "Wisselink-Qxz", "wisselink.qxz@voorbeeld.nl", "0698761234", "Zeldzaamwoord"
# Tables that may name an erased person by id, and nothing else of them: the erasure log, the
# audit trail, the merge state (ids and counters: a later bundle must not bring them back) and the
# merge's notices and duplicate pairs (ids only).
ID_ONLY = {"tombstones", "audit", "merge_state", "merge_notices", "merge_duplicates"}


def _person() -> CandidateRecord:
    return CandidateRecord(
        Candidate(PersonName("Lotte", SURNAME), date(1999, 9, 9), Contact(phone=PHONE, email=EMAIL),
                  sample=True),
        Intake(date(2026, 5, 1), notes=NOTE,
               consent=Consent(True, date(2026, 5, 1), frozenset({ConsentPurpose.ADVICE,
                                                                  ConsentPurpose.PLAN}))))


def _other() -> CandidateRecord:
    return CandidateRecord(Candidate(PersonName("Bram", "Blijft"), date(1991, 2, 3), sample=True),
                           Intake(date(2026, 5, 1)))


def _plan(candidate_id: str) -> PlanVersion:
    return PlanVersion(plan_id="", version=0, candidate_id=candidate_id, language="nl",
                       route=Route(steps=(), goal_credential=CredentialKind.DIPLOMA),
                       created_on=date(2026, 11, 30))


def _fill(store: Any, plans: Any, drafts: Any, merge: Any, handle: Any, q: str) -> tuple[str, str]:
    """The person with everything a person can have here, and one other candidate who stays."""
    person = _person()
    with handle.atomic():
        cid = store.insert(handle, person).id
        keep = store.insert(handle, _other()).id
        later = dataclasses.replace(person, intake=dataclasses.replace(
            person.intake, date=date(2026, 6, 1),
            consent=Consent(True, date(2026, 5, 1), frozenset({ConsentPurpose.ADVICE}))))
        store.update(handle, cid, later)  # a second intake row, a withdrawal
        plans.save_version(handle, _plan(cid))
        plans.save_version(handle, _plan(cid))
        # a conflict kept (merge_siblings holds both values) and an earlier choice (merge_resolved)
        w1 = Write("laptop-x", 1, "0001764500000000-0000", {"laptop-x": 1})
        w2 = Write("laptop-y", 1, "0001764500000000-0001", {"laptop-y": 1})
        merge.save(handle, cid, RecordState({"laptop-x": 1, "laptop-y": 1}, {
            "contact.email": (Sibling(w1, EMAIL), Sibling(w2, "ander." + EMAIL))}))
        merge.keep_resolved(handle, cid, "contact.phone", [PHONE, "0600000000"])
        merge.add_duplicate(handle, cid, keep, 0.9)
        merge.add_notice(handle, cid, ["laptop-x"])
        handle.execute(f"INSERT INTO extra_notes (candidate_id, note) VALUES ({q}, {q})",
                       [cid, f"{SURNAME} belt terug"])
    drafts.save(handle, "draft-1", "intake", {"surname": SURNAME, "email": EMAIL}, candidate_id=cid)
    return cid, keep


def _cells(rows: list[Any]) -> Iterator[str]:
    for row in rows:
        for v in row:
            if isinstance(v, bytes | memoryview):
                yield bytes(v).decode("utf-8", "replace")
            elif v is not None:
                yield str(v)


def _traces(handle: Any, tables: list[str], cid: str) -> dict[str, list[str]]:
    """Per table, what still names the person: their id (outside ID_ONLY) or any of their values."""
    found: dict[str, list[str]] = {}
    for table in tables:
        cells = list(_cells(handle.execute(f'SELECT * FROM "{table}"').fetchall()))
        hits = [w for w in (SURNAME.lower(), "wisselink", "qxz", EMAIL, PHONE, NOTE.lower())
                if any(w in c.lower() for c in cells)]
        if table not in ID_ONLY and any(cid in c for c in cells):
            hits.append("id")
        if hits:
            found[table] = hits
    return found


def _sqlite_tables(db: Any) -> list[str]:
    return [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                     " AND sql NOT LIKE 'CREATE VIRTUAL%'").fetchall()]


def _pg_tables(pg: Any) -> list[str]:
    return [r[0] for r in pg.fetchall("SELECT table_name FROM information_schema.tables"
                                      " WHERE table_schema = current_schema()"
                                      " AND table_type = 'BASE TABLE'")]


@pytest.fixture
def extra(pg: Any) -> Iterator[Any]:
    """A table added later, with a candidate_id column (the erasure must find it by itself)."""
    pg.execute("DROP TABLE IF EXISTS extra_notes")
    pg.execute("CREATE TABLE extra_notes (candidate_id TEXT, note TEXT)")
    pg.execute("GRANT SELECT, INSERT, DELETE ON extra_notes TO PUBLIC")
    yield pg
    pg.execute("DROP TABLE IF EXISTS extra_notes")


def _erase_and_compare(db: Any, handle: Any) -> None:
    db.execute("CREATE TABLE extra_notes (candidate_id TEXT, note TEXT)")
    results = []
    for store, plans, drafts, merge, h, q, tables in (
            (sq, sq_plans, sq_drafts, sq_merge, db, "?", _sqlite_tables),
            (pq, pq_plans, pq_drafts, pq_merge, handle, "%s", _pg_tables)):
        cid, keep = _fill(store, plans, drafts, merge, h, q)
        before = _traces(h, tables(h), cid)
        # the scan sees the person where they are (so an empty result after is no blind spot)
        assert {"candidates", "intakes", "plan_versions", "drafts", "merge_siblings",
                "merge_resolved", "consent_events", "extra_notes"} <= set(before), before
        with h.atomic():
            store.delete(h, cid)
            merge.stamp_pending(h)  # the delete becomes the merge state's (ids only)
        assert _traces(h, tables(h), cid) == {}
        assert store.get(h, keep)[1] == _other()  # the other person untouched
        stones = sorted(tuple(r) for r in h.execute(
            "SELECT kind, revision FROM tombstones").fetchall())
        state = h.execute(f"SELECT base, writes, fields, conflicts FROM merge_state WHERE id = {q}",
                          [cid]).fetchone()
        results.append((stones, tuple(state), merge.is_tombstoned(h, cid),
                        sorted(r[0] for r in h.execute(f"SELECT entity_id FROM audit WHERE action"
                                                       f" = {q}", ["delete"]).fetchall()) == [cid]))
    assert results[1] == results[0]
    stones, state, tombstoned, audited = results[0]
    assert stones == [("candidate", 3), ("intake", 2), ("intake", 2), ("plan", 3)]
    assert state == ("", "{}", "{}", 0) and tombstoned and audited


def test_erasure_leaves_no_row_of_the_person_in_any_table(db: Any, extra: Any) -> None:
    _erase_and_compare(db, extra)


def test_a_desk_role_erases_what_it_may_not_delete_itself(db: Any, extra: Any,
                                                          pg_server: Any) -> None:
    pg = extra
    pg.execute("DROP ROLE IF EXISTS desk_erase_1")
    pg.execute("DO $$ BEGIN CREATE ROLE intake_desk NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL;"
               " END $$")
    pg.execute("CREATE ROLE desk_erase_1 LOGIN IN ROLE intake_desk")
    schema.grant_desks(pg)
    desk = connection.connect(psycopg.conninfo.make_conninfo(pg_server.url, user="desk_erase_1"),
                              installation_id="desk-erase", advisor_id="advisor-desk")
    try:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            desk.execute("DELETE FROM plan_versions")
        _erase_and_compare(db, desk)
    finally:
        desk.close()
        pg.execute("DROP OWNED BY desk_erase_1")
        pg.execute("DROP ROLE desk_erase_1")
