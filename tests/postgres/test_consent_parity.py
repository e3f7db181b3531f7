"""Consent as a record on both stores (storage/consent.py and storage/postgres/consent.py, #15/#19):
the same saves append the same events; what a plan or a share may do is answered alike; the events
are append-only on the server too (trigger and privilege), and a server migrated with records gets
their consent as events, as SQLite's m006 gave them."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[postgres]')")

import psycopg
from psycopg import errors

from intake_desk.demo import demo_records
from intake_desk.domain import (
    Candidate,
    CandidateRecord,
    Consent,
    ConsentPurpose,
    Contact,
    Intake,
    PersonName,
)
from intake_desk.domain.privacy import PRIVACY_TEXT_VERSION
from intake_desk.storage import candidates as sq
from intake_desk.storage import consent as sq_consent
from intake_desk.storage.errors import ConsentMissing
from intake_desk.storage.postgres import candidates as pq
from intake_desk.storage.postgres import connection, schema
from intake_desk.storage.postgres import consent as pq_consent
from intake_desk.storage.postgres import merge as pq_merge
from intake_desk.storage.postgres.copy import copy_rows

A, P, C = ConsentPurpose.ADVICE, ConsentPurpose.PLAN, ConsentPurpose.CONTACT
TODAY = date(2026, 11, 30)


def _record(consent: Consent) -> CandidateRecord:
    return CandidateRecord(Candidate(PersonName("Lotte", "Voorbeeld"), date(1999, 9, 9),
                                     Contact(phone="0612345678"), sample=True),
                           Intake(date(2026, 5, 1), consent=consent))


def _with(record: CandidateRecord, consent: Consent) -> CandidateRecord:
    return dataclasses.replace(record, intake=dataclasses.replace(record.intake, consent=consent))


def _events(store: Any, handle: Any, cid: str) -> list[tuple[Any, ...]]:
    return [(e.purpose, e.given, e.on, e.text_version, e.advisor_id, e.seq)
            for e in store.history(handle, cid)]


def test_the_same_saves_append_the_same_events(db: Any, pg: Any) -> None:
    seen = []
    for store, consent, handle in ((sq, sq_consent, db), (pq, pq_consent, pg)):
        first = _record(Consent(True, date(2026, 5, 1), frozenset({A, P})))
        with handle.atomic():
            cid = store.insert(handle, first, advisor_id="advisor-a").id
            # unticking plan and ticking contact: a withdrawal and a give, in one save
            store.update(handle, cid, _with(first, Consent(True, date(2026, 5, 1), frozenset({A, C}))),
                         advisor_id="advisor-a")
            store.update(handle, cid, _with(first, Consent(True, date(2026, 5, 1), frozenset({A, C}))),
                         advisor_id="advisor-a")  # nothing changed: nothing appended
        consent.follow(handle, cid, Consent(), today=TODAY, advisor_id="advisor-b")  # all withdrawn
        consent.follow(handle, cid, Consent(True, date(2026, 12, 1), frozenset({P})), today=TODAY,
                       advisor_id="advisor-b")
        with pytest.raises(ConsentMissing) as missing:
            consent.require(handle, cid, C)
        answers = (consent.allows(handle, cid, P), consent.allows(handle, cid, A),
                   consent.held(handle, cid), missing.value.text_nl.replace(cid, "<id>"))
        events = _events(consent, handle, cid)
        seen.append((events, answers, [e[:2] for e in events]))
    assert seen[1] == seen[0]
    kinds = seen[0][2]
    assert kinds == [(A, True), (P, True), (C, True), (P, False), (A, False), (C, False), (P, True)]
    assert seen[0][1][:3] == (True, False, frozenset({P}))
    assert all(e[3] == PRIVACY_TEXT_VERSION for e in seen[0][0])
    assert "30-11-2026" in seen[0][1][3]  # the day contact was withdrawn, named


def test_a_candidate_without_events_is_judged_by_the_intake_on_both(db: Any, pg: Any) -> None:
    fallback = Consent(True, date(2026, 5, 1), frozenset({A}))
    for consent, handle in ((sq_consent, db), (pq_consent, pg)):
        assert consent.allows(handle, "nobody", A, fallback) is True
        assert consent.allows(handle, "nobody", P, fallback) is False
        with pytest.raises(ConsentMissing):
            consent.require(handle, "nobody", P, fallback)


def test_events_are_append_only_on_the_server(pg: Any) -> None:
    cid = pq.insert(pg, _record(Consent(True, date(2026, 5, 1), frozenset({A})))).id
    assert pg.scalar("SELECT count(*) FROM consent_events WHERE candidate_id = %s", [cid]) == 1
    with pytest.raises(errors.RaiseException, match="append-only"):
        pg.execute("UPDATE consent_events SET given = 0 WHERE candidate_id = %s", [cid])
    with pytest.raises(errors.RaiseException, match="append-only"):
        pg.execute("DELETE FROM consent_events WHERE candidate_id = %s", [cid])
    pq.delete(pg, cid)  # the person erased: their events go with them
    assert pg.scalar("SELECT count(*) FROM consent_events WHERE candidate_id = %s", [cid]) == 0


@pytest.fixture
def desk_role(pg: Any, pg_server: Any) -> Iterator[Any]:
    pg.execute("DROP ROLE IF EXISTS desk_consent_1")
    pg.execute("DO $$ BEGIN CREATE ROLE intake_desk NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL;"
               " END $$")
    pg.execute("CREATE ROLE desk_consent_1 LOGIN IN ROLE intake_desk")
    schema.grant_desks(pg)
    desk = connection.connect(psycopg.conninfo.make_conninfo(pg_server.url, user="desk_consent_1"),
                              installation_id="desk-consent", advisor_id="advisor-desk")
    try:
        yield desk
    finally:
        desk.close()
        pg.execute("DROP OWNED BY desk_consent_1")
        pg.execute("DROP ROLE desk_consent_1")


def test_a_desk_role_adds_events_but_cannot_change_or_remove_them(desk_role: Any) -> None:
    record = _record(Consent(True, date(2026, 5, 1), frozenset({A, P})))
    cid = pq.insert(desk_role, record).id
    pq.update(desk_role, cid, _with(record, Consent(True, date(2026, 5, 1), frozenset({A}))))
    assert [(e.purpose, e.given, e.advisor_id) for e in pq_consent.history(desk_role, cid)] == [
        (A, True, "advisor-desk"), (P, True, "advisor-desk"), (P, False, "advisor-desk")]
    for statement in ("UPDATE consent_events SET given = 1", "DELETE FROM consent_events",
                      "TRUNCATE consent_events"):
        with pytest.raises(errors.InsufficientPrivilege):
            desk_role.execute(statement)
    pq.delete(desk_role, cid)  # erasure still takes them (the cascade runs as the table's owner)
    assert desk_role.scalar("SELECT count(*) FROM consent_events") == 0


def test_a_server_migrated_with_records_gets_their_consent_and_merge_state(pg: Any, pg_server: Any,
                                                                          db: Any) -> None:
    """A database made before pg004 (pg001 only) with records: pg004 turns each newest intake's
    consent into events ("onbekend"), as m006 did on laptops; their merge state comes on first need."""
    name = "h4_before_pg004"
    pg.execute(f"DROP DATABASE IF EXISTS {name}")
    pg.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_CTYPE 'C.UTF-8'"
               " LC_COLLATE 'C.UTF-8'")
    old = connection.connect(psycopg.conninfo.make_conninfo(pg_server.url, dbname=name),
                             installation_id="desk-old")
    try:
        with old.atomic():
            old.execute("CREATE TABLE schema_migrations (name TEXT PRIMARY KEY,"
                        " applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
            name0, statements = schema.MIGRATIONS[0]
            for statement in statements:
                old.execute(statement)
            old.execute("INSERT INTO schema_migrations (name) VALUES (%s)", [name0])
        records = list(demo_records(12, seed=15))
        with db.atomic():
            ids = [sq.insert(db, r).id for r in records]
        for table in ("candidates", "intakes"):
            rows = db.execute(f"SELECT {', '.join(_cols(table))} FROM {table}").fetchall()
            copy_rows(old, table, rows)
        assert "pg004_merge" in schema.migrate(old)
        for cid, record in zip(ids, records, strict=True):
            c = record.intake.consent
            wanted = sorted(p.value for p in c.purposes) if c.given else []
            events = old.fetchall("SELECT purpose, given, on_date, text_version, seq FROM consent_events"
                                  " WHERE candidate_id = %s ORDER BY seq", [cid])
            assert [e[0] for e in events] == wanted
            assert all(e[1] == 1 and e[3] == "onbekend" for e in events)
            assert all(e[2] == (c.date or record.intake.date).isoformat() for e in events)
            assert [e[4] for e in events] == list(range(1, len(events) + 1))
        assert any(r.intake.consent.given for r in records)
        assert old.scalar("SELECT count(*) FROM merge_state") == 0
        pq_merge.stamp_pending(old)
        assert pq_merge.counter(old) == len(ids)
        assert sorted(r[0] for r in old.fetchall("SELECT id FROM merge_state")) == sorted(ids)
        for cid in ids:
            stored = pq_merge.load(old, cid)  # verified against its checksum
            assert stored is not None and stored.vector["desk-old"] >= 1
    finally:
        old.close()
        pg.execute(f"DROP DATABASE IF EXISTS {name}")


def _cols(table: str) -> tuple[str, ...]:
    from intake_desk.storage.checksums import COLUMNS

    return (*COLUMNS[table], "checksum")
