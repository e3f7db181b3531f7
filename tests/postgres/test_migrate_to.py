"""`intake-desk migrate-to postgresql://...` against the throw-away server: a laptop's database moves
with every candidate, plan version, audit line and tombstone accounted for, in one transaction;
a non-empty server, a password in the URL, an unreachable server and a missing file are refused
with the reason named and exit 1, never a traceback."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[postgres]')")

from intake_desk.cli import main
from intake_desk.demo import demo_records
from intake_desk.domain import CredentialKind, Route
from intake_desk.domain.route import PlanVersion
from intake_desk.storage import candidates as sq
from intake_desk.storage import drafts as sq_drafts
from intake_desk.storage import open_database
from intake_desk.storage import plans as sq_plans
from intake_desk.storage.postgres import candidates as pq
from intake_desk.storage.postgres import migrate as pg_migrate
from intake_desk.storage.postgres.copy import copy_rows

_COUNTED = ("candidates", "intakes", "plans", "plan_versions", "drafts", "settings", "audit",
            "tombstones", "advisors")


@pytest.fixture(autouse=True)
def _no_advisors_left(request: pytest.FixtureRequest) -> None:
    """The shared `pg` fixture empties the record tables; a move also fills `advisors`."""
    if "pg" in request.fixturenames:
        request.getfixturevalue("pg").execute("TRUNCATE advisors")


@pytest.fixture
def laptop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A laptop database with candidates, two plan versions, a draft, a deleted candidate."""
    monkeypatch.setenv("INTAKE_DESK_PLAIN", "1")  # no passphrase prompt for a new test database
    path = tmp_path / "laptop.db"
    db = open_database(path)
    with db.atomic():
        ids = [sq.insert(db, r).id for r in demo_records(30, seed=5)]
        for _ in range(2):
            sq_plans.save_version(db, PlanVersion(
                plan_id="", version=0, candidate_id=ids[0],
                route=Route(steps=(), goal_credential=CredentialKind.DIPLOMA),
                created_on=date(2026, 11, 30)))
        _, record = sq.get(db, ids[1])
        sq.update(db, ids[1], record)
        sq.delete(db, ids[2])
    sq_drafts.save(db, "intake-new-1", "intake", {"first_name": "Lotte", "surname": "Voorbeeld"})
    db.close()
    return path


def _laptop_counts(path: Path) -> dict[str, int]:
    db = open_database(path)
    try:
        return {t: int(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in _COUNTED}
    finally:
        db.close()


def _server_counts(pg: Any) -> dict[str, int]:
    return {t: int(pg.scalar(f"SELECT count(*) FROM {t}")) for t in _COUNTED}


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_laptop_moves_with_every_row_accounted_for(laptop: Path, pg: Any, pg_server: Any,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    before = _laptop_counts(laptop)
    assert before["plan_versions"] == 2 and before["tombstones"] >= 1 and before["audit"] > 30
    code, out, err = _run(capsys, "--db", str(laptop), "migrate-to", pg_server.url, "--leave-behind",
                          "--json")
    assert code == 0, err
    import json

    report = json.loads(out)
    assert report["moved"] is True
    moved = {t["table"]: (t["source"], t["copied"], t["target"]) for t in report["tables"]}
    assert {t: moved[t] for t in before} == {t: (n, n, n) for t, n in before.items()}
    assert all(s == c == t for s, c, t in moved.values())  # the other parts' tables too
    after = _server_counts(pg)
    assert after == before | {"audit": before["audit"] + 1}  # + the line about the move itself
    assert _laptop_counts(laptop) == before  # the laptop's file is only read

    # Every candidate reads back the same on the server (its checksum verified on the way).
    lite = open_database(laptop)
    try:
        for (cid,) in lite.execute("SELECT id FROM candidates").fetchall():
            assert pq.get(pg, cid) == sq.get(lite, cid)
        audit_lite = lite.execute("SELECT seq, checksum FROM audit ORDER BY seq").fetchall()
        versions = lite.execute("SELECT id, checksum FROM plan_versions ORDER BY id").fetchall()
    finally:
        lite.close()
    assert [(s, bytes(c)) for s, c in pg.fetchall(
        "SELECT seq, checksum FROM audit WHERE action <> 'migrate-in' ORDER BY seq")] == audit_lite
    assert [(i, bytes(c)) for i, c in pg.fetchall(
        "SELECT id, checksum FROM plan_versions ORDER BY id")] == versions
    # The server's own audit lines go on after the laptop's numbers.
    moved_seq = pg.scalar("SELECT seq FROM audit WHERE action = 'migrate-in'")
    assert moved_seq == max(s for s, _ in audit_lite) + 1

    # A second move into the now filled server is refused, and changes nothing.
    code, out, err = _run(capsys, "--db", str(laptop), "migrate-to", pg_server.url, "--leave-behind")
    assert code == 1 and "Traceback" not in err
    assert "al gegevens" in err and f"candidates ({before['candidates']})" in err
    assert _server_counts(pg) == after


def test_data_the_server_has_no_place_for_is_named_and_stops_the_move(
        laptop: Path, pg: Any, pg_server: Any, capsys: pytest.CaptureFixture[str]) -> None:
    lite = open_database(laptop)
    _, behind = pg_migrate.survey(lite)
    lite.close()
    losses = [b for b in behind if b.loss]
    if not losses:
        pytest.skip("this laptop database holds nothing the server lacks a table for")
    code, out, err = _run(capsys, "--db", str(laptop), "migrate-to", pg_server.url)
    assert code == 1 and "Traceback" not in err
    assert "--leave-behind" in err and all(b.table in err for b in losses)
    assert "NIET VERHUISD" in out
    assert sum(_server_counts(pg).values()) == 0


def test_a_failed_check_keeps_nothing_on_the_server(laptop: Path, pg: Any, pg_server: Any,
                                                    capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    real = pg_migrate._check

    def tombstones_differ(src: Any, dst: Any, table: str, source: int, copied: int) -> Any:
        found = real(src, dst, table, source, copied)
        return pg_migrate.TableCount(table, source, copied, found.target, 0, 1) \
            if table == "tombstones" else found  # the last table: everything else was copied

    monkeypatch.setattr(pg_migrate, "_check", tombstones_differ)
    code, _, err = _run(capsys, "--db", str(laptop), "migrate-to", pg_server.url, "--leave-behind")
    assert code == 1 and "tombstones" in err and "niets is bewaard" in err
    assert sum(_server_counts(pg).values()) == 0


def test_the_check_finds_a_value_changed_on_the_way(laptop: Path, pg: Any) -> None:
    lite = open_database(laptop)
    try:
        n = copy_rows(pg, "candidates", pg_migrate._source_rows(lite, "candidates"))
        assert pg_migrate._check(lite, pg, "candidates", n, n).complete
        pg.execute("UPDATE candidates SET notes = notes || '!' WHERE id = (SELECT min(id) FROM candidates)")
        changed = pg_migrate._check(lite, pg, "candidates", n, n)
        assert not changed.complete and changed.differ == 1
    finally:
        lite.close()


def test_a_password_in_the_url_is_refused_without_repeating_it(
        laptop: Path, pg: Any, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "--db", str(laptop), "migrate-to",
                        "postgresql://desk:Geheim123@db.example/intake")
    assert code == 1 and "Traceback" not in err
    assert "pgpass" in err and "Geheim123" not in err


def test_an_unreachable_server_and_a_missing_file_are_named(
        laptop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "--db", str(laptop), "migrate-to",
                        f"postgresql://intake@/intake?host={tmp_path / 'no-server'}")
    assert code == 1 and "geen verbinding" in err and "Traceback" not in err
    missing = tmp_path / "elders.db"
    code, _, err = _run(capsys, "--db", str(missing), "migrate-to", "postgresql://intake@/intake")
    assert code == 1 and "bestaat niet" in err and not missing.exists()
    code, _, err = _run(capsys, "--db", str(laptop), "migrate-to", "mysql://x/y")
    assert code == 1 and "postgresql://" in err


def test_a_dry_run_counts_and_writes_nothing(laptop: Path, pg: Any, pg_server: Any,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    before = _laptop_counts(laptop)
    code, out, err = _run(capsys, "--db", str(laptop), "migrate-to", pg_server.url, "--dry-run")
    assert code == 0, err
    line = next(x for x in out.splitlines() if x.startswith("candidates "))
    assert line.split()[1] == str(before["candidates"])
    assert "Niets gekopieerd" in out
    assert sum(_server_counts(pg).values()) == 0
