"""IT on a server: `intake-desk --db postgresql://... check` (storage/postgres/check.py).

Each kind of damage is made by hand on the throw-away server, the way it happens in real life (a value
changed behind the program's back, a trigger switched off, an event deleted with the trigger off, a
restore without foreign keys, a grant too many), and must be found, named by id, with exit code 1;
a sound server is in order. Plus: the check streams (its memory does not grow with the table) and
never writes.
"""

from __future__ import annotations

import json
import tracemalloc
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[postgres]')")

from intake_desk.cli import main
from intake_desk.storage.checksums import COLUMNS, digest, select_list
from intake_desk.storage.postgres import check, schema

from .conftest import _TABLES


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def server(pg_server: Any) -> Iterator[Any]:
    """The server with 10 demo candidates and their trajectories, earlier tests' records removed."""
    from intake_desk.app import opening
    from intake_desk.app.candidates import add_demo_candidates

    db = opening.open_server(pg_server.url, advisor_id="advisor-test")
    db.execute(f"TRUNCATE {_TABLES} CASCADE")
    add_demo_candidates(db, 10, seed=5)
    yield db
    db.close()


def _json(capsys: pytest.CaptureFixture[str], url: str, *extra: str) -> tuple[int, dict[str, Any]]:
    code, out, _err = _cli(capsys, "--db", url, "check", "--json", *extra)
    return code, json.loads(out)


def _problems(report: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for f in report["findings"] if f["level"] == "problem"]


def test_a_sound_server_is_in_order(server: Any, pg_server: Any,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    code, report = _json(capsys, pg_server.url)
    assert code == 0 and report["ok"] and _problems(report) == [], report["findings"]
    assert report["tables"]["candidates"] == {"rows": 10, "damaged": 0}
    assert report["tables"]["plan_versions"]["rows"] > 0
    assert report["tables"]["offerings"]["rows"] > 1000  # the catalogue is checked too
    assert report["schema"]["missing"] == [] and report["schema"]["applied"] == schema.KNOWN
    assert report["checked"] == ["checksums", "triggers", "numbering", "privileges", "orphans",
                                 "facts"]
    code, out, _err = _cli(capsys, "--db", pg_server.url, "check")
    assert code == 0 and out.startswith("In orde: postgresql://") and "0 beschadigd" in out


def test_a_damaged_record_is_found_by_its_id(server: Any, pg_server: Any,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    cid, iid = server.fetchall("SELECT candidate_id, id FROM intakes ORDER BY id LIMIT 1")[0]
    server.execute("UPDATE candidates SET notes = notes || '.' WHERE id = %s", [cid])
    server.execute("UPDATE intakes SET doc = replace(doc, '\"', ' \"') WHERE id = %s", [iid])
    code, report = _json(capsys, pg_server.url)
    assert code == 1 and not report["ok"]
    damaged = {(f["table"], f["key"]) for f in _problems(report) if f["part"] == "checksum"}
    assert damaged == {("candidates", cid), ("intakes", iid)}
    assert report["tables"]["candidates"]["damaged"] == 1
    code, _out, err = _cli(capsys, "--db", pg_server.url, "check")
    assert code == 1 and err.startswith("NIET IN ORDE")
    assert f"Kandidaat {cid}: beschadigd (controlegetal klopt niet)" in err
    code, _out, err = _cli(capsys, "--db", pg_server.url, "check", "--lang", "en")
    assert code == 1 and f"Candidate {cid}: damaged (checksum does not match)" in err


def test_a_damaged_catalogue_row_says_to_import_again(server: Any, pg_server: Any,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    code = server.scalar("SELECT code FROM offerings ORDER BY code LIMIT 1")
    server.execute("UPDATE offerings SET weeks = weeks + 1 WHERE code = %s", [code])
    try:  # the catalogue is not emptied between tests: put the value back
        status, report = _json(capsys, pg_server.url)
    finally:
        server.execute("UPDATE offerings SET weeks = weeks - 1 WHERE code = %s", [code])
    found = [f for f in _problems(report) if f["table"] == "offerings"]
    assert status == 1 and [f["key"] for f in found] == [code]
    assert "Importeer de catalogus opnieuw" in found[0]["text_nl"]


def test_a_disabled_append_only_trigger_and_a_deleted_consent_event_are_found(
        server: Any, pg_server: Any, capsys: pytest.CaptureFixture[str]) -> None:
    cid = server.scalar("SELECT candidate_id FROM consent_events GROUP BY candidate_id"
                        " HAVING count(*) >= 2 ORDER BY candidate_id LIMIT 1")
    assert cid is not None
    server.execute("ALTER TABLE consent_events DISABLE TRIGGER consent_events_append_only")
    try:
        server.execute("DELETE FROM consent_events WHERE candidate_id = %s AND seq = 1", [cid])
        code, report = _json(capsys, pg_server.url)
        parts = {(f["part"], f["table"], f["key"]) for f in _problems(report)}
        assert ("trigger", "consent_events", "consent_events_append_only") in parts
        assert ("numbering", "consent_events", cid) in parts
        assert code == 1
    finally:
        server.execute("ALTER TABLE consent_events ENABLE TRIGGER consent_events_append_only")
    code, report = _json(capsys, pg_server.url)  # the trigger back on; the gap stays
    assert [(f["part"], f["key"]) for f in _problems(report)] == [("numbering", cid)]


def test_a_missing_figures_trigger_is_found(server: Any, pg_server: Any,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    with server.atomic():  # dropped and put back in one transaction the check cannot see into
        server.execute("DROP TRIGGER fig_plans_insert ON plan_versions")
        try:
            found = check.check(server)
            assert not found.ok
            assert [(f.part, f.key) for f in found.findings if f.level == check.PROBLEM] == [
                ("trigger", "fig_plans_insert")]
        finally:
            server.execute("CREATE TRIGGER fig_plans_insert AFTER INSERT ON plan_versions"
                           " FOR EACH ROW EXECUTE FUNCTION fig_plan_fact()")


def test_orphans_left_by_a_restore_without_foreign_keys_are_found(
        server: Any, pg_server: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """`session_replication_role = replica` (what pg_restore --disable-triggers uses) lets rows in
    whose candidate does not exist; the check finds them, and their missing figures."""
    row = dict(zip(COLUMNS["intakes"], server.fetchall(
        f"SELECT {', '.join(COLUMNS['intakes'])} FROM intakes LIMIT 1")[0], strict=True))
    row.update(id=str(uuid.uuid4()), candidate_id="gone-" + uuid.uuid4().hex[:6])
    values = [row[c] for c in COLUMNS["intakes"]]
    with server.atomic():
        server.execute("SET LOCAL session_replication_role = replica")
        server.execute(f"INSERT INTO intakes ({select_list('intakes')}) VALUES"
                       f" ({', '.join(['%s'] * (len(values) + 1))})", [*values, digest(values)])
    code, report = _json(capsys, pg_server.url)
    problems = {(f["part"], f["table"], f["key"]) for f in _problems(report)}
    assert ("orphan", "intakes", row["candidate_id"]) in problems
    assert ("facts", "fig_intakes", row["id"]) in problems
    assert not any(f["part"] == "checksum" for f in _problems(report))  # the row itself is sound
    assert code == 1


def test_a_draft_of_a_deleted_candidate_is_a_warning_only(server: Any, pg_server: Any,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from intake_desk.storage.store import store_of

    with server.atomic():
        store_of(server).drafts.save(server, "draft-1", "intake", {"first_name": "X"},
                                     candidate_id="no-such-candidate")
    code, report = _json(capsys, pg_server.url)
    assert code == 0 and report["ok"] and report["warnings"] >= 1
    assert any(f["part"] == "orphan" and f["table"] == "drafts" and f["level"] == "warning"
               for f in report["findings"])


def test_figures_that_differ_from_a_recount_are_found(server: Any, pg_server: Any,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    cid = server.scalar("SELECT candidate_id FROM fig_candidates ORDER BY candidate_id LIMIT 1")
    vid, _plan = server.fetchall("SELECT version_id, plan_id FROM fig_plans ORDER BY version_id"
                                " LIMIT 1")[0]
    server.execute("UPDATE fig_candidates SET region_code = 'elders' WHERE candidate_id = %s", [cid])
    server.execute("UPDATE fig_plans SET steps = steps + 1 WHERE version_id = %s", [vid])
    code, report = _json(capsys, pg_server.url)
    facts = {(f["table"], f["key"]) for f in _problems(report) if f["part"] == "facts"}
    assert facts == {("fig_candidates", cid), ("fig_plans", vid)}
    assert code == 1


def test_the_desks_privileges_are_compared_with_this_versions_grants(
        server: Any, pg_server: Any, capsys: pytest.CaptureFixture[str]) -> None:
    group = f"it_desks_{uuid.uuid4().hex[:8]}"
    server.execute(f"CREATE ROLE {group} NOLOGIN")
    try:
        schema.grant_desks(server, group)
        code, report = _json(capsys, pg_server.url, "--group", group)
        assert code == 0 and report["warnings"] == 0, report["findings"]
        # a desk's own login role may run the check too: it reads what a desk reads
        server.execute(f"CREATE ROLE {group}_1 LOGIN IN ROLE {group}")
        from .test_it_backup import _with_user

        code, report = _json(capsys, _with_user(pg_server.url, f"{group}_1"), "--group", group)
        assert code == 0 and report["tables"]["candidates"]["rows"] == 10, report["findings"]
        server.execute(f"GRANT UPDATE, DELETE ON consent_events TO {group}")
        server.execute(f"REVOKE INSERT ON candidates FROM {group}")
        code, report = _json(capsys, pg_server.url, "--group", group)
        found = {(f["table"], f["text_en"].split(";")[0]) for f in _problems(report)}
        assert ("consent_events", f"Table consent_events: the desks ({group}) may UPDATE,"
                                   " DELETE, which this version does not grant them (what may only"
                                   " be added to could then be changed). Take it back: REVOKE"
                                   f" UPDATE, DELETE ON consent_events FROM {group}.") in found
        assert ("candidates", f"Table candidates: the desks ({group}) lack INSERT") in found
        assert code == 1 and len(found) == 2
    finally:
        server.execute(f"DROP ROLE IF EXISTS {group}_1")
        server.execute(f"DROP OWNED BY {group}")
        server.execute(f"DROP ROLE {group}")


def test_an_older_or_newer_schema_is_named(server: Any, pg_server: Any,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    last = schema.KNOWN[-1]
    with server.atomic():
        server.execute("DELETE FROM schema_migrations WHERE name = %s", [last])
        server.execute("INSERT INTO schema_migrations (name) VALUES ('pg999_future')")
        try:
            found = check.check(server)
        finally:
            server.execute("DELETE FROM schema_migrations WHERE name = 'pg999_future'")
            server.execute("INSERT INTO schema_migrations (name) VALUES (%s)", [last])
    assert found.missing == (last,) and found.unknown == ("pg999_future",)
    texts = [f.text_nl for f in found.findings if f.part == "schema"]
    assert any("ouder" in t and last in t and "setup-server" in t for t in texts)
    assert any("nieuwer" in t and "pg999_future" in t for t in texts)


def test_the_check_never_migrates_or_writes(pg_server: Any,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """An empty database is reported as having no schema, and stays empty (opening it as a desk
    would migrate it; a laptop's check never creates or migrates either)."""
    import psycopg
    from psycopg import sql

    from intake_desk.storage.postgres import connection, dump

    from .test_it_backup import _with_dbname

    name = f"intake_it_{uuid.uuid4().hex[:10]}"
    admin = _with_dbname(pg_server.url, "postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'").format(
            sql.Identifier(name)))
    try:
        url = _with_dbname(pg_server.url, name)
        code, _out, err = _cli(capsys, "--db", url, "check")
        assert code == 1 and "geen schema van Intake Desk" in err and "setup-server" in err
        db = connection.connect(url)
        try:
            assert dump.user_tables(db) == []
        finally:
            db.close()
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(name)))


def _many_candidates(db: Any, n: int) -> None:
    """`n` more candidates, copied from one with a new id and a proper checksum (COPY: fast)."""
    names = COLUMNS["candidates"]
    base = list(db.fetchall(f"SELECT {', '.join(names)} FROM candidates LIMIT 1")[0])
    with db.atomic(), db.conn.cursor().copy(
            f"COPY candidates ({select_list('candidates')}) FROM STDIN") as copy:
        for k in range(n):
            row = [f"bulk-{k:06d}", *base[1:]]
            row[names.index("notes")] = "x" * 1500  # a wide row, as a real one with notes is
            copy.write_row([*row, digest(row)])


def test_the_check_streams_in_batches(server: Any, pg_server: Any) -> None:
    """Its memory does not follow the table: under half of what reading the table at once takes."""
    _many_candidates(server, 4000)
    tracemalloc.start()
    try:
        rows = server.fetchall(f"SELECT {select_list('candidates')} FROM candidates")
        _, at_once = tracemalloc.get_traced_memory()
        del rows
        tracemalloc.reset_peak()
        tracemalloc.clear_traces()
        found = check.check(server, batch=200)
        _, streamed = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert found.ok, found.findings
    assert next(t for t in found.tables if t.table == "candidates").rows == 4010
    assert streamed < at_once / 2, (streamed, at_once)


def test_the_laptop_check_speaks_json_too(db_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _cli(capsys, "--db", str(db_path), "check", "--json")
    assert code == 0 and json.loads(out)["ok"] is True
