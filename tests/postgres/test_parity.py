"""The same scenarios on both stores: SQLite (storage/*.py) and PostgreSQL (storage/postgres/*.py).

Skipped, with the reason, where no PostgreSQL test server can start (conftest.py). The search set is
written once into SQLite through the storage functions, then copied row for row into PostgreSQL
(same ids, same checksums), so pages must be equal row for row, ties in the sort order included.
"""

from __future__ import annotations

import dataclasses
import shutil
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[postgres]')")

from intake_desk.demo import demo_records
from intake_desk.domain import CandidateRecord, IntakeStatus, PersonName
from intake_desk.storage import candidates as sq
from intake_desk.storage import drafts as sq_drafts
from intake_desk.storage import open_database
from intake_desk.storage import settings as sq_settings
from intake_desk.storage.errors import RecordDamaged, RecordNotFound, StaleRecord
from intake_desk.storage.postgres import candidates as pq
from intake_desk.storage.postgres import connection, schema
from intake_desk.storage.postgres import drafts as pq_drafts
from intake_desk.storage.postgres import settings as pq_settings
from intake_desk.storage.postgres.copy import copy_from_sqlite


def _named(record: CandidateRecord, first: str, tussen: str, surname: str, town: str = "",
           ) -> CandidateRecord:
    c = record.candidate
    contact = dataclasses.replace(c.contact, town=town or c.contact.town)
    return dataclasses.replace(record, candidate=dataclasses.replace(
        c, name=PersonName(first_name=first, tussenvoegsel=tussen, surname=surname), contact=contact))


# Made to tell the stores apart where their word splitting could differ: a phrase across two columns
# (FTS5 never matches one), letters no accent removal reaches, hyphens, apostrophes, digits.
_EXTRA = [
    ("Karl", "", "Schmidt", "Maastricht"),
    ("Mette", "", "Sørensen", "Ærøskøbing"),
    ("Jan-Willem", "van der", "Velde-Öztürk", "'s-Hertogenbosch"),
    ("Ömer", "", "Öz", "Zwolle"),
    ("Łukasz", "", "Wiśniewski", "Den Haag"),
    ("Grete", "", "Straße", "Köln"),
    ("Anna", "d'", "Ancona", "Breda"),
    ("Noah", "", "O'Brien", "Utrecht2"),
    ("Олена", "", "Коваленко", "Київ"),
    ("Νίκος", "", "Παπαδόπουλος", "Αθήνα"),
    ("محمد", "", "العلي", "Tilburg"),
    ("Thị", "", "Nguyễn-Trần", "Đà Nẵng"),
]

HARD = ["mül", "öz", "oz", "Öz", "yilmaz", "Yılmaz", "van der", "schmidt-m", "schmidt m", "jan-w",
        "sørensen", "sorensen", "lukasz", "straße", "strasse", "o'b", "d'anc", "'s-hert", "utrecht2",
        "кова", "КОВА", "київ", "παπα", "ΠΑΠΑ", "αθηνα", "محمد", "العلي", "tran", "nguyen-t", "da n",
        "-", "jan -", '"', "AND", "NOT x", "a*", "(", "'; DROP TABLE x", "  ", ""]
BENCH = ["ba", "vri", "utr", "jan", "el", "zwo", "yil", "boe", "moh", "ver", "de", "ams", "fat",
         "kov", "ter", "rot", "has", "ng", "sit", "wil"]
BROAD = ["", "b", "de", "e", "v"]


def _seed_sqlite(path: Path, n: int) -> None:
    db = open_database(path)
    base = list(demo_records(n, seed=19))
    extra = [_named(base[i], *names) for i, names in enumerate(_EXTRA)]
    with db.atomic():
        for record in [*base, *extra, *base[:40]]:  # the last 40 twice: equal sort keys, ties by id
            sq.insert(db, record)
    db.close()


@pytest.fixture(scope="module")
def stores(pg_server: Any, template_db: Path, tmp_path_factory: pytest.TempPathFactory,
           ) -> Iterator[tuple[Any, Any]]:
    """(SQLite, PostgreSQL) holding the same ~1,250 candidates, in a database of its own on the server."""
    import psycopg
    from psycopg import sql

    path = tmp_path_factory.mktemp("parity") / "parity.sqlite"
    shutil.copy(template_db, path)
    _seed_sqlite(path, 1200)
    name = "intake_parity"
    with psycopg.connect(pg_server.url, autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    pg = connection.connect(psycopg.conninfo.make_conninfo(pg_server.url, dbname=name))
    schema.migrate(pg)
    lite = open_database(path)
    copied = copy_from_sqlite(lite, pg)
    assert copied["candidates"] == 1200 + len(_EXTRA) + 40
    pg.execute("ANALYZE")
    yield lite, pg
    lite.close()
    pg.close()


def _visible(rows: list[sq.CandidateRow]) -> list[tuple[Any, ...]]:
    return [(r.id, r.surname, r.first_name, r.tussenvoegsel, r.birth_date, r.town, r.status,
             r.intake_date, r.goals, r.sort_key, r.damaged) for r in rows]


def _same_total(lite: Any, f: sq.Filter, a: sq.Page, b: sq.Page) -> bool:
    """Equal totals; or one store left it to a later count (Page.total None, as the contract allows:
    SQLite for combined filters, PostgreSQL for large ones) and the other's is that count."""
    if a.total is None or b.total is None:
        return (a.total if b.total is None else b.total) in (None, sq.count(lite, f))
    return a.total == b.total


# --- records ------------------------------------------------------------------------------------


def test_add_get_update_delete_behave_alike(db: Any, pg: Any) -> None:
    first, second = list(demo_records(2, seed=5))
    for store, handle in ((sq, db), (pq, pg)):
        with handle.atomic():
            meta = store.insert(handle, first)
        assert meta.revision == 1
        assert store.get(handle, meta.id) == (meta, first)
        with handle.atomic():
            meta2 = store.update(handle, meta.id, second, expected_revision=1)
        assert meta2.revision == 2 and meta2.created_at == meta.created_at
        assert store.get(handle, meta.id)[1] == second
        with pytest.raises(StaleRecord), handle.atomic():
            store.update(handle, meta.id, first, expected_revision=1)
        assert store.get(handle, meta.id)[1] == second, "a refused edit changes nothing"
        with handle.atomic():
            store.delete(handle, meta.id)
        with pytest.raises(RecordNotFound):
            store.get(handle, meta.id)
        with pytest.raises(RecordNotFound):
            store.update(handle, meta.id, first)
    tomb = "SELECT kind, revision FROM tombstones WHERE kind = 'candidate'"
    assert db.execute(tomb).fetchall() == pg.fetchall(tomb) == [("candidate", 3)]
    actions = "SELECT action FROM audit WHERE entity = 'candidate' ORDER BY seq"
    assert [r[0] for r in db.execute(actions)] == [r[0] for r in pg.fetchall(actions)] == [
        "create", "update", "delete"]
    assert pg.scalar("SELECT count(*) FROM intakes") == 0


def test_a_second_intake_day_adds_a_row_and_get_reads_the_newest(db: Any, pg: Any) -> None:
    record = next(demo_records(1, seed=8))
    later = dataclasses.replace(record, intake=dataclasses.replace(
        record.intake, date=date(2031, 1, 2), notes="tweede gesprek"))
    got = []
    for store, handle, count in ((sq, db, db.execute), (pq, pg, pg.execute)):
        meta = store.insert(handle, record)
        store.update(handle, meta.id, later)
        store.update(handle, meta.id, later)
        got.append(store.get(handle, meta.id)[1])
        revisions = count("SELECT intake_date, revision FROM intakes WHERE candidate_id = "
                          + ("?" if store is sq else "%s") + " ORDER BY intake_date", [meta.id]).fetchall()
        assert [tuple(r) for r in revisions] == [(record.intake.date.isoformat(), 1),
                                                  ("2031-01-02", 2)]
    assert got == [later, later]


def test_a_row_written_by_sqlite_verifies_on_postgres_and_damage_is_caught(db: Any, pg: Any) -> None:
    record = next(demo_records(1, seed=9))
    meta = sq.insert(db, record)
    copy_from_sqlite(db, pg, ("candidates", "intakes"))
    assert pq.get(pg, meta.id) == sq.get(db, meta.id)
    pg.execute("UPDATE candidates SET town = 'Elders' WHERE id = %s", [meta.id])
    with pytest.raises(RecordDamaged, match=meta.id):
        pq.get(pg, meta.id)
    [row] = pq.search(pg, pq.Filter())
    assert row.damaged and row.id == meta.id and row.surname == ""


def test_same_birth_date_finds_the_same_people(db: Any, pg: Any) -> None:
    records = list(demo_records(30, seed=11))
    day = records[0].candidate.birth_date
    assert day is not None
    twins = [dataclasses.replace(r, candidate=dataclasses.replace(r.candidate, birth_date=day))
             for r in records[:4]]
    found = []
    for store, handle in ((sq, db), (pq, pg)):
        ids = [store.insert(handle, r).id for r in [*records, *twins]]
        rows = store.same_birth_date(handle, day, exclude_id=ids[0])
        assert ids[0] not in {r.id for r in rows}
        found.append(sorted((r.surname, r.first_name, r.birth_date) for r in rows))
    assert found[0] == found[1] and len(found[0]) >= 4


# --- search -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", HARD + BENCH)
def test_search_finds_the_same_rows_in_the_same_order(stores: tuple[Any, Any], text: str) -> None:
    lite, pg = stores
    f = sq.Filter(text=text)
    want = sq.search(lite, f, limit=2000)
    assert _visible(pq.search(pg, f, limit=2000)) == _visible(want)
    assert pq.count(pg, f) == sq.count(lite, f) == len(want)


def test_the_hard_cases_find_who_they_should(stores: tuple[Any, Any]) -> None:
    """Not only equal to SQLite: right. (Equal and both wrong would pass the test above.)"""
    _lite, pg = stores

    def surnames(text: str) -> set[str]:
        return {r.surname for r in pq.search(pg, pq.Filter(text=text), limit=2000)}

    assert "Schmidt-Müller" in surnames("mül")
    assert "Öztürk" in surnames("oz") and surnames("öz") == surnames("oz")
    assert "Yılmaz" in surnames("yilmaz")
    assert "Meer" in surnames("van der")
    assert {"Schmidt-Müller", "Schmidt"} <= surnames("schmidt-m")  # Schmidt: name + town, as typed
    assert "Schmidt" in surnames("schmidt m")
    assert surnames("-") == set()
    assert "Коваленко" in surnames("КОВА") and "Παπαδόπουλος" in surnames("παπα")
    assert "العلي" in surnames("العلي") and "Nguyễn-Trần" in surnames("nguyen-t")


@pytest.mark.parametrize("text", [*BROAD, "mül", "van der", "jan", "ng"])
def test_first_pages_and_the_pages_after_them_are_equal(stores: tuple[Any, Any], text: str) -> None:
    lite, pg = stores
    f = sq.Filter(text=text)
    a, b = sq.first_page(lite, f), pq.first_page(pg, f)
    assert _visible(b.rows) == _visible(a.rows) and _same_total(lite, f, a, b)
    after = (a.rows[-1].sort_key, a.rows[-1].id) if a.rows else None
    for _ in range(3):  # keyset pages, as the list scrolls
        if after is None:
            break
        want = sq.search(lite, f, after=after)
        assert _visible(pq.search(pg, f, after=after)) == _visible(want)
        after = (want[-1].sort_key, want[-1].id) if want else None
    assert _visible(pq.search(pg, f, offset=200)) == _visible(sq.search(lite, f, offset=200))


@pytest.mark.parametrize("f", [
    sq.Filter(status=IntakeStatus.QUICK),
    sq.Filter(text="de", status=IntakeStatus.COMPLETE),
    sq.Filter(intake_from=date(2025, 1, 1), intake_to=date(2025, 12, 31)),
    sq.Filter(text="b", intake_from=date(2025, 6, 1)),
    sq.Filter(text="yilmaz", intake_to=date(2026, 6, 1)),
    sq.Filter(text="zzz"),
], ids=repr)
def test_filters_give_the_same_pages_and_counts(stores: tuple[Any, Any], f: sq.Filter) -> None:
    lite, pg = stores
    a, b = sq.first_page(lite, f), pq.first_page(pg, f)
    assert _visible(b.rows) == _visible(a.rows) and _same_total(lite, f, a, b)
    assert pq.count(pg, f) == sq.count(lite, f)


@pytest.mark.parametrize("text", ["b", "de", "mül", "yilmaz", "ng"])
def test_both_plans_give_the_same_page(stores: tuple[Any, Any], text: str,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The count only chooses how the page is found (walk the sort index, or sort the matches)."""
    _lite, pg = stores
    f = pq.Filter(text=text)
    monkeypatch.setattr(pq, "WALK_SHARE", 10**9)
    walked = pq.search(pg, f)
    monkeypatch.setattr(pq, "WALK_SHARE", 0)
    sorted_ = pq.search(pg, f)
    assert _visible(walked) == _visible(sorted_) and walked


def test_the_estimate_chooses_the_plan_as_the_count_does_on_sqlite(stores: tuple[Any, Any]) -> None:
    _lite, pg = stores
    for text in ("b", "de", "yilmaz", "mül", "zzz"):
        est, real = pq.estimate(pg, pq.Filter(text=text)), pq.text_matches(pg, text)
        assert abs(est - real) <= max(25, real // 5), (text, est, real)
    assert pq._plan(pg, pq.estimate(pg, pq.Filter(text="b")), None) == pq._WALK, (
        "a broad prefix walks the sort index")
    assert pq._plan(pg, pq.estimate(pg, pq.Filter(text="yilmaz")), None) == pq._SORT, (
        "a narrow one sorts its few matches")
    assert pq._plan(pg, None, None) == ()
    assert pq._plan(pg, 0, None) is None
    assert pq.estimate(pg, pq.Filter(text="-")) == 0


def test_a_large_first_page_leaves_its_total_to_a_later_count(stores: tuple[Any, Any],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    lite, pg = stores
    monkeypatch.setattr(pq, "EXACT_UP_TO", 100)
    broad = pq.first_page(pg, pq.Filter(text="b"))
    assert broad.total is None and len(broad.rows) == 200
    assert pq.count(pg, pq.Filter(text="b")) == sq.count(lite, sq.Filter(text="b")) > 200
    narrow = pq.first_page(pg, pq.Filter(text="yilmaz"))
    assert narrow.total == len(narrow.rows) == sq.first_page(lite, sq.Filter(text="yilmaz")).total


def test_a_phrase_never_spans_two_columns(db: Any, pg: Any) -> None:
    record = next(r for r in demo_records(50, seed=4) if r.candidate.municipality and r.intake.goals
                  and r.intake.goals[0].occupation)
    last = record.candidate.municipality.split()[-1]
    first_goal = sq._goal_text(record.intake).split()[0]
    across = f"{last}-{first_goal[:3]}"  # the municipality's last word, then the goals' first
    for store, handle in ((sq, db), (pq, pg)):
        meta = store.insert(handle, record)
        assert store.search(handle, store.Filter(text=across)) == [], across
        assert [r.id for r in store.search(handle, store.Filter(text=across.replace("-", " ")))
                ] == [meta.id]


def test_a_new_candidate_is_found_at_once(pg: Any) -> None:
    record = _named(next(demo_records(1, seed=3)), "Zora", "", "Quaxley", "Zeist")
    meta = pq.insert(pg, record)
    assert [r.id for r in pq.search(pg, pq.Filter(text="quax"))] == [meta.id]
    pq.update(pg, meta.id, _named(record, "Zora", "", "Pimm", "Zeist"))
    assert pq.search(pg, pq.Filter(text="quax")) == []
    assert [r.id for r in pq.search(pg, pq.Filter(text="pimm zei"))] == [meta.id]


# --- settings and drafts ------------------------------------------------------------------------


def test_settings_round_trip_alike(db: Any, pg: Any) -> None:
    assert pq_settings.load(pg) == sq_settings.load(db) == sq_settings.Settings()
    chosen = dataclasses.replace(sq_settings.Settings(), school_name="ROC Voorbeeld (voorbeeld)",
                                 advisor_name="Sanne de Vries", plan_language="en", text_size=150)
    for store, handle in ((sq_settings, db), (pq_settings, pg)):
        store.save(handle, chosen)
        store.save_text_size(handle, 125)
    want = dataclasses.replace(chosen, text_size=125)
    assert pq_settings.load(pg) == sq_settings.load(db) == want
    assert pq_settings.interface(pg) == sq_settings.interface(db)
    assert pq_settings.interface(pg).text_size == 125
    with pytest.raises(ValueError, match="tekstgrootte"):
        pq_settings.save_text_size(pg, 99)
    # a damaged setting gives its default, on both
    db.execute("UPDATE settings SET value = '\"X\"' WHERE key = 'school_name'")
    pg.execute("UPDATE settings SET value = '\"X\"' WHERE key = 'school_name'")
    assert pq_settings.load(pg).school_name == sq_settings.load(db).school_name == (
        sq_settings.Settings().school_name)


def test_drafts_round_trip_alike(db: Any, pg: Any) -> None:
    values = {"first_name": "Ömer", "surname": "Öz", "notes": "half af\nregel 2", "hours": "12,5"}
    for store, handle in ((sq_drafts, db), (pq_drafts, pg)):
        assert store.load(handle, "d1") is None
        store.save(handle, "d1", "intake", values)
        store.save(handle, "d2", "quick", {"surname": "Jansen"}, candidate_id=None)
        time.sleep(0.002)  # newest first: the times are in milliseconds
        store.save(handle, "d1", "intake", {**values, "town": "Zwolle"})
    a, b = sq_drafts.load(db, "d1"), pq_drafts.load(pg, "d1")
    assert a is not None and b is not None
    assert (b.id, b.form, b.values, b.label) == (a.id, a.form, a.values, a.label)
    assert b.values["town"] == "Zwolle"
    assert [d.id for d in pq_drafts.all_drafts(pg)] == [d.id for d in sq_drafts.all_drafts(db)] == [
        "d1", "d2"]
    pg.execute("UPDATE drafts SET doc = '{}' WHERE id = 'd2'")
    assert [d.id for d in pq_drafts.all_drafts(pg)] == ["d1"], "a damaged draft is left out"
    with pytest.raises(RecordDamaged):
        pq_drafts.load(pg, "d2")
    for store, handle in ((sq_drafts, db), (pq_drafts, pg)):
        store.delete(handle, "d1")
        assert store.load(handle, "d1") is None


def test_settings_and_drafts_written_on_a_laptop_read_the_same_on_the_server(db: Any, pg: Any) -> None:
    chosen = dataclasses.replace(sq_settings.Settings(), school_name="Da Vinci (voorbeeld)",
                                 theme="dark", text_size=175)
    sq_settings.save(db, chosen)
    sq_drafts.save(db, "d9", "intake", {"surname": "Öztürk", "notes": "regel 1\nregel 2"}, None)
    copied = copy_from_sqlite(db, pg, ("settings", "drafts"))
    assert copied["drafts"] == 1 and copied["settings"] >= 3
    assert pq_settings.load(pg) == sq_settings.load(db) == chosen
    assert pq_settings.interface(pg) == sq_settings.interface(db)
    assert pq_drafts.load(pg, "d9") == sq_drafts.load(db, "d9")


# --- the schema ---------------------------------------------------------------------------------


def test_the_schema_step_is_idempotent_and_refuses_a_newer_or_unsuitable_database(pg_server: Any,
                                                                                   pg: Any) -> None:
    import psycopg
    from psycopg import sql

    from intake_desk.storage.errors import DatabaseTooNew

    assert schema.migrate(pg) == []
    assert schema.applied(pg) == schema.KNOWN
    with pg.atomic():
        pg.execute("INSERT INTO schema_migrations (name) VALUES ('pg999_from_the_future')")
        with pytest.raises(DatabaseTooNew, match="pg999_from_the_future"):
            schema.migrate(pg)
        pg.execute("DELETE FROM schema_migrations WHERE name = 'pg999_from_the_future'")
    name = "intake_c_locale"
    with psycopg.connect(pg_server.url, autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        admin.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8' LC_CTYPE 'C'"
                              " LC_COLLATE 'C'").format(sql.Identifier(name)))
    other = connection.connect(psycopg.conninfo.make_conninfo(pg_server.url, dbname=name))
    try:
        with pytest.raises(connection.ServerUnsuitable, match="LC_CTYPE"):
            schema.migrate(other)
        assert schema.applied(other) == []
    finally:
        other.close()


# --- roles --------------------------------------------------------------------------------------


def test_a_desk_role_works_with_records_but_cannot_change_schema_or_history(pg_server: Any, pg: Any,
                                                                            ) -> None:
    import psycopg
    from psycopg import errors

    pg.execute("DROP ROLE IF EXISTS desk_test_1")
    pg.execute("DO $$ BEGIN CREATE ROLE intake_desk NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL;"
               " END $$")
    pg.execute("CREATE ROLE desk_test_1 LOGIN IN ROLE intake_desk")
    schema.grant_desks(pg)
    schema.grant_desks(pg)  # again: nothing changes
    desk = connection.connect(psycopg.conninfo.make_conninfo(pg_server.url, user="desk_test_1"),
                              advisor_id="advisor-desk-1")
    try:
        record = next(demo_records(1, seed=12))
        meta = pq.insert(desk, record)
        assert pq.get(desk, meta.id)[1] == record
        assert [r.id for r in pq.search(desk, pq.Filter(text=record.candidate.name.surname))
                ] == [meta.id]
        pq_drafts.save(desk, "d", "quick", {"surname": "x"})
        pq_settings.save_text_size(desk, 150)
        pq.delete(desk, meta.id)
        for statement in ("CREATE TABLE x (a int)", "UPDATE audit SET action = 'x'", "DELETE FROM audit",
                          "DROP TABLE candidates", "UPDATE schema_migrations SET name = 'x'"):
            with pytest.raises(errors.InsufficientPrivilege):
                desk.execute(statement)
        assert desk.scalar("SELECT count(*) FROM audit WHERE advisor_id = 'advisor-desk-1'") == 2
    finally:
        desk.close()
        pg.execute("DROP OWNED BY desk_test_1")
        pg.execute("DROP ROLE desk_test_1")


def test_two_desks_saving_the_same_candidate_at_once_refuse_the_stale_one(pg_server: Any, pg: Any,
                                                                           ) -> None:
    """Desk A holds its save open; desk B saves the same revision meanwhile: B waits, then is refused
    (no lost update), because A's row lock makes B read the revision A wrote."""
    import threading

    first, second, third = list(demo_records(3, seed=13))
    meta = pq.insert(pg, first)
    a = connection.connect(pg_server.url)
    b = connection.connect(pg_server.url)
    outcome: list[object] = []
    try:
        with a.atomic():
            pq.update(a, meta.id, second, expected_revision=1)

            def save_b() -> None:
                try:
                    outcome.append(pq.update(b, meta.id, third, expected_revision=1))
                except StaleRecord as exc:
                    outcome.append(exc)

            thread = threading.Thread(target=save_b)
            thread.start()
            thread.join(0.5)
            assert thread.is_alive(), "desk B waits for desk A's transaction"
        thread.join(10)
        assert len(outcome) == 1 and isinstance(outcome[0], StaleRecord)
        assert pq.get(pg, meta.id) == (pq.get(pg, meta.id)[0], second)
        assert pq.get(pg, meta.id)[0].revision == 2
    finally:
        a.close()
        b.close()
