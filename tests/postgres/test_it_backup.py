"""IT on a server: `intake-desk --db postgresql://... backup --out FILE` and `restore FILE`
(storage/postgres/dump.py, app/backups.py, cli/admin.py; docs/postgresql.md "Backups").

Against the throw-away server (conftest.py): a dump restores into an empty database with the same
rows; a database that holds tables is refused; the file appears only when whole, mode 0600.
Without a server: a missing or too old pg_dump names the package, the lowest usable version is
chosen, a password from the keyring reaches pg_dump in a 0600 file (never argv or environment), and
Ctrl+C leaves no half file.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest

pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[postgres]')")

from intake_desk.cli import main
from intake_desk.storage.postgres import dump

from .conftest import _TABLES


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _with_dbname(url: str, name: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("postgresql", "postgres"):
        pytest.skip("the test server's address is not a URL")
    return urlunsplit(parts._replace(path=f"/{name}"))


def _with_user(url: str, role: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("postgresql", "postgres") or "@" not in parts.netloc:
        pytest.skip("the test server's address is not a URL with a role")
    return urlunsplit(parts._replace(netloc=f"{role}@{parts.netloc.split('@', 1)[1]}"))


@pytest.fixture
def server(pg_server: Any) -> Iterator[Any]:
    """The server as the app opens it, emptied of earlier tests' records, with 12 demo candidates
    and their trajectories (plans, stages, consent events)."""
    from intake_desk.app import opening
    from intake_desk.app.candidates import add_demo_candidates

    db = opening.open_server(pg_server.url, advisor_id="advisor-test")
    db.execute(f"TRUNCATE {_TABLES} CASCADE")
    add_demo_candidates(db, 12, seed=11)
    yield db
    db.close()


@pytest.fixture
def empty_url(pg_server: Any) -> Iterator[str]:
    """A new, empty database on the test server (as IT makes one with createdb), dropped after."""
    import psycopg
    from psycopg import sql

    name = f"intake_it_{uuid.uuid4().hex[:10]}"
    admin = _with_dbname(pg_server.url, "postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'").format(
            sql.Identifier(name)))
    try:
        yield _with_dbname(pg_server.url, name)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(name)))


def _counts(url: str) -> dict[str, int]:
    from intake_desk.storage.postgres import connection

    db = connection.connect(url)
    try:
        return {t: int(db.scalar(f'SELECT count(*) FROM "{t}"')) for t in dump.user_tables(db, "r")}
    finally:
        db.close()


def _sums(url: str, table: str) -> set[tuple[Any, ...]]:
    from intake_desk.storage.postgres import connection

    db = connection.connect(url)
    try:
        key = "seq" if table == "audit" else "id"
        return {(r[0], bytes(r[1])) for r in db.fetchall(f"SELECT {key}, checksum FROM {table}")}
    finally:
        db.close()


# --- against the server ---------------------------------------------------------------------------

def test_a_dump_restores_into_an_empty_database_with_the_same_rows(
        server: Any, pg_server: Any, empty_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "intake.dump"
    code, said, err = _cli(capsys, "--db", pg_server.url, "backup", "--out", str(out))
    assert code == 0, err
    assert "Reservekopie gemaakt" in said and str(out) in said
    assert stat.S_IMODE(out.stat().st_mode) == 0o600  # personal data
    assert [p.name for p in tmp_path.iterdir()] == ["intake.dump"]  # no partial file left
    assert out.read_bytes()[:5] == b"PGDMP"  # custom format

    before = _counts(pg_server.url)
    assert before["candidates"] == 12 and before["consent_events"] > 0 and before["plan_versions"]
    code, said, err = _cli(capsys, "--db", empty_url, "restore", str(out))
    assert code == 0, err + said
    assert "Teruggezet" in said and "In orde" in said
    after = _counts(empty_url)
    assert after == before  # every table, row for row
    for table in ("candidates", "intakes", "plan_versions", "audit"):
        assert _sums(empty_url, table) == _sums(pg_server.url, table)
    # the restored database works for a desk as it is: the list and a search
    code, listed, err = _cli(capsys, "--db", empty_url, "candidate", "search")
    assert code == 0 and "12 van 12" in err and listed.count("\n") == 12, err


def test_the_restored_database_still_keeps_its_rules(server: Any, pg_server: Any, empty_url: str,
                                                     tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """The append-only trigger and the figures' triggers come back with the dump; the desks' group
    role gets its grants in the new database."""
    import psycopg

    from intake_desk.storage.postgres import connection

    out = tmp_path / "a.dump"
    group = f"it_restore_{uuid.uuid4().hex[:8]}"
    assert _cli(capsys, "--db", pg_server.url, "backup", "--out", str(out))[0] == 0
    server.execute(f"CREATE ROLE {group} NOLOGIN")
    db = connection.connect(empty_url)
    try:
        code, said, err = _cli(capsys, "--db", empty_url, "restore", str(out), "--group", group)
        assert code == 0, err + said
        # the desks' group gets this version's grants: work on records, only add to history
        assert db.scalar("SELECT has_table_privilege(%s, 'candidates', 'UPDATE')", [group])
        assert db.scalar("SELECT has_table_privilege(%s, 'consent_events', 'INSERT')", [group])
        assert not db.scalar("SELECT has_table_privilege(%s, 'consent_events', 'UPDATE')", [group])
        with pytest.raises(psycopg.Error, match="append-only"):
            db.execute("UPDATE consent_events SET given = 1 - given")
        cid = db.scalar("SELECT id FROM candidates LIMIT 1")
        db.execute("UPDATE candidates SET status = 'gestopt' WHERE id = %s", [cid])
        assert db.scalar("SELECT status FROM fig_candidates WHERE candidate_id = %s",
                         [cid]) == "gestopt"
    finally:
        db.execute(f"DROP OWNED BY {group}")
        db.close()
        server.execute(f"DROP ROLE {group}")


def test_restore_refuses_a_database_that_holds_tables(server: Any, pg_server: Any, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "a.dump"
    assert _cli(capsys, "--db", pg_server.url, "backup", "--out", str(out))[0] == 0
    before = _counts(pg_server.url)
    code, said, err = _cli(capsys, "--db", pg_server.url, "restore", str(out))
    assert code == 1 and "niet leeg" in err and "candidates" in err and said == ""
    assert _counts(pg_server.url) == before
    code, _, err = _cli(capsys, "--db", pg_server.url, "restore", str(out), "--lang", "en")
    assert code == 1 and err.startswith("Error: Restore refused") and "not empty" in err


def test_backup_never_overwrites_and_needs_out(server: Any, pg_server: Any, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "a.dump"
    out.write_bytes(b"an earlier backup")
    code, _, err = _cli(capsys, "--db", pg_server.url, "backup", "--out", str(out))
    assert code == 1 and "bestaat al" in err
    assert out.read_bytes() == b"an earlier backup"
    code, _, err = _cli(capsys, "--db", pg_server.url, "backup")
    assert code == 1 and "--out" in err and "pg_dump" in err
    code, _, err = _cli(capsys, "--db", pg_server.url, "restore")
    assert code == 1 and "archief" in err


def test_a_failing_restore_leaves_the_database_empty(pg_server: Any, empty_url: str, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.dump"
    broken.write_bytes(b"PGDMP" + os.urandom(2000))
    code, _, err = _cli(capsys, "--db", empty_url, "restore", str(broken))
    assert code == 1 and "pg_restore" in err and "leeg gebleven" in err
    assert _counts(empty_url) == {}


# --- which program, and what it gets (no server needed) -------------------------------------------

def _fake_tool(folder: Path, name: str, version: str, body: str = "exit 0") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("#!/bin/sh\n"
                    f'if [ "$1" = "--version" ]; then echo "{name} (PostgreSQL) {version}"; exit 0; fi\n'
                    f"{body}\n")
    path.chmod(0o755)
    return path


def _no_tools(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, path: str = "") -> None:
    monkeypatch.setattr(dump, "DEBIAN_BINDIRS", str(tmp_path / "nowhere" / "*" / "bin"))
    monkeypatch.setenv("PATH", path or str(tmp_path / "empty"))


def test_a_missing_pg_dump_names_the_package(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _no_tools(monkeypatch, tmp_path)
    with pytest.raises(dump.ToolMissing) as info:
        dump.find_tool("pg_dump", 15)
    assert "niet gevonden" in str(info.value) and "apt install postgresql-client-15" in str(info.value)
    assert "was not found" in info.value.text_en and "postgresql-client-15" in info.value.text_en


def test_a_pg_dump_older_than_the_server_is_refused_with_its_version(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    old = _fake_tool(tmp_path / "old", "pg_dump", "9.6.24")
    _no_tools(monkeypatch, tmp_path, str(old.parent))
    with pytest.raises(dump.ToolMissing) as info:
        dump.find_tool("pg_dump", 15)
    assert "te oud" in str(info.value) and "versie 9" in str(info.value)
    assert str(old) in str(info.value) and "postgresql-client-15" in str(info.value)


def test_the_lowest_version_not_older_than_the_server_is_chosen(monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Path) -> None:
    for major in (13, 16, 17):
        _fake_tool(tmp_path / "lib" / str(major) / "bin", "pg_dump", f"{major}.2")
    in_path = _fake_tool(tmp_path / "path", "pg_dump", "18.0")
    monkeypatch.setattr(dump, "DEBIAN_BINDIRS", str(tmp_path / "lib" / "*" / "bin"))
    monkeypatch.setenv("PATH", str(in_path.parent))
    assert dump.find_tool("pg_dump", 15) == (tmp_path / "lib" / "16" / "bin" / "pg_dump", 16)
    assert dump.find_tool("pg_dump", 17)[1] == 17
    assert dump.find_tool("pg_dump", 18) == (in_path, 18)
    assert [m for m, _ in dump.candidates("pg_dump")] == [13, 16, 17, 18]


def test_the_cli_says_what_to_install_when_pg_dump_is_missing(
        server: Any, pg_server: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    _no_tools(monkeypatch, tmp_path)
    out = tmp_path / "a.dump"
    code, _, err = _cli(capsys, "--db", pg_server.url, "backup", "--out", str(out))
    major = server.conn.info.server_version // 10000
    assert code == 1 and "pg_dump is niet gevonden" in err and f"postgresql-client-{major}" in err
    assert not out.exists() and list(tmp_path.glob(".a.dump*")) == []
    code, _, err = _cli(capsys, "--db", pg_server.url, "backup", "--out", str(out), "--lang", "en")
    assert code == 1 and "pg_dump was not found" in err


def _fake_db(password: str | None) -> Any:
    info = SimpleNamespace(password=password, server_version=150004)
    return SimpleNamespace(conn=SimpleNamespace(info=info), where="postgresql://it@db:5432/intake")


def test_a_keyring_password_reaches_pg_dump_in_a_private_file_only(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The connection's password (found in the keyring) goes to pg_dump in a 0600 password file that
    is gone afterwards; neither pg_dump's arguments nor its environment hold it."""
    log = tmp_path / "log"
    bins = tmp_path / "bin"
    _fake_tool(bins, "pg_dump", "15.4", textwrap.dedent(f"""\
        for a in "$@"; do echo "ARG $a" >> {log}; done
        env | sed 's/^/ENV /' >> {log}
        sed 's/^/FILE /' "$PGPASSFILE" >> {log}
        echo "MODE $(stat -c %a "$PGPASSFILE")" >> {log}
        for a in "$@"; do case "$a" in --file=*) printf 'PGDMP archive' > "${{a#--file=}}";; esac; done
        """))
    _fake_tool(bins, "pg_restore", "15.4", 'echo "1; 2 3 TABLE DATA public candidates x"')
    _no_tools(monkeypatch, tmp_path, f"{bins}:/usr/bin:/bin")  # ours first; env, sed, cat, stat
    monkeypatch.delenv("PGPASSWORD", raising=False)
    secret = "ge:heim\\wacht"
    out = tmp_path / "out" / "a.dump"
    out.parent.mkdir()
    done = dump.dump(_fake_db(secret), "postgresql://it@db:5432/intake", out)
    said = log.read_text()
    assert "FILE *:*:*:*:ge\\:heim\\\\wacht" in said  # escaped as libpq reads it
    assert "MODE 600" in said
    args_env = [line for line in said.splitlines() if not line.startswith("FILE ")]
    assert not any(secret in line or "geheim" in line.replace(":", "").replace("\\", "")
                   for line in args_env)
    assert "ENV PGPASSWORD" not in said
    passfile = next(line.split("=", 1)[1] for line in said.splitlines()
                    if line.startswith("ENV PGPASSFILE="))
    assert not Path(passfile).exists() and not Path(passfile).parent.exists()
    assert "ARG --format=custom" in said and "ARG --dbname=postgresql://it@db:5432/intake" in said
    assert done.tables == 1 and out.read_bytes() == b"PGDMP archive"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_without_a_password_no_password_file_is_made(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    monkeypatch.setenv("PGPASSFILE", "/etc/intake-desk/pgpass")
    with dump.password_file(_fake_db(None)) as env:
        assert env["PGPASSFILE"] == "/etc/intake-desk/pgpass"  # libpq's own places, untouched


def test_a_failing_pg_dump_leaves_no_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bins = tmp_path / "bin"
    _fake_tool(bins, "pg_dump", "15.4", textwrap.dedent("""\
        for a in "$@"; do case "$a" in --file=*) printf 'PGDMP half' > "${a#--file=}";; esac; done
        echo 'pg_dump: error: connection lost' >&2; exit 1
        """))
    _fake_tool(bins, "pg_restore", "15.4")
    _no_tools(monkeypatch, tmp_path, str(bins))
    out = tmp_path / "out" / "a.dump"
    out.parent.mkdir()
    with pytest.raises(dump.DumpFailed, match="connection lost"):
        dump.dump(_fake_db(None), "postgresql://it@db/intake", out)
    assert list(out.parent.iterdir()) == []


def test_ctrl_c_stops_pg_dump_and_leaves_no_half_file(tmp_path: Path) -> None:
    """The CLI in a process of its own, a pg_dump that writes and then hangs; SIGINT as Ctrl+C."""
    bins = tmp_path / "bin"
    pidfile = tmp_path / "pid"
    _fake_tool(bins, "pg_dump", "15.4", textwrap.dedent(f"""\
        echo $$ > {pidfile}
        for a in "$@"; do case "$a" in --file=*) printf 'PGDMP half' > "${{a#--file=}}";; esac; done
        exec /bin/sleep 60
        """))
    _fake_tool(bins, "pg_restore", "15.4")
    out = tmp_path / "out" / "a.dump"
    out.parent.mkdir()
    script = textwrap.dedent(f"""\
        import sys
        from types import SimpleNamespace
        from intake_desk.storage.postgres import dump
        from intake_desk.app import backups
        dump.DEBIAN_BINDIRS = {str(tmp_path / 'nowhere' / '*')!r}
        fake = SimpleNamespace(conn=SimpleNamespace(info=SimpleNamespace(password=None,
                               server_version=150004)), where="postgresql://it@db/intake",
                               close=lambda: None)
        import intake_desk.app.opening as opening
        opening.connect_only = lambda url: fake
        from intake_desk.cli import main
        sys.exit(main(["--db", "postgresql://it@db/intake", "backup", "--out", {str(out)!r}]))
        """)
    env = {**os.environ, "PATH": str(bins)}
    proc = subprocess.Popen([sys.executable, "-c", script], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(300):
            if pidfile.exists() and list(out.parent.glob(".a.dump.partial-*")):
                break
            time.sleep(0.05)
        else:
            pytest.fail(f"the fake pg_dump did not start: {proc.communicate(timeout=5)}")
        time.sleep(0.2)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130 and "Afgebroken" in err
    assert list(out.parent.iterdir()) == []  # neither the file nor a partial one
    pid = int(pidfile.read_text())
    time.sleep(0.1)
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # pg_dump was stopped too


def test_a_password_kept_only_in_the_keyring_reaches_pg_dump(
        server: Any, pg_server: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """End to end: a role the server asks a password of (scram), the password in the 'keyring' only
    (no .pgpass, no PGPASSWORD). The app connects with it, and so must pg_dump and pg_restore."""
    if pg_server.folder is None:
        pytest.skip("needs the throw-away server's own pg_hba.conf")
    from intake_desk.storage.postgres import connection

    role, secret = f"it_pw_{uuid.uuid4().hex[:8]}", "s3cret:with\\odd"
    hba = pg_server.folder / "data" / "pg_hba.conf"
    original = hba.read_text()
    from psycopg import sql

    server.conn.execute(sql.SQL("CREATE ROLE {} LOGIN SUPERUSER PASSWORD {}").format(
        sql.Identifier(role), sql.Literal(secret)))
    hba.write_text(f"local all {role} scram-sha-256\n" + original)
    server.execute("SELECT pg_reload_conf()")
    try:
        time.sleep(0.3)  # the postmaster reloads pg_hba.conf on SIGHUP
        url = _with_user(pg_server.url, role)
        monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-such-pgpass"))
        monkeypatch.delenv("PGPASSWORD", raising=False)
        asked: list[str] = []

        def keyring(u: str) -> str:
            asked.append(u)
            return secret

        monkeypatch.setattr(connection, "password_from_keyring", keyring)
        out = tmp_path / "a.dump"
        code, said, err = _cli(capsys, "--db", url, "backup", "--out", str(out))
        assert asked and code == 0, err
        assert out.is_file() and "Reservekopie gemaakt" in said
        monkeypatch.setattr(connection, "password_from_keyring", lambda u: None)
        code, _, err = _cli(capsys, "--db", url, "backup", "--out", str(tmp_path / "b.dump"))
        assert code == 1 and "password" in err.lower()  # the password is needed: the test is real
    finally:
        hba.write_text(original)
        server.execute("SELECT pg_reload_conf()")
        server.execute(f"DROP ROLE IF EXISTS {role}")
