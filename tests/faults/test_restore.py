"""Restore cannot lose the database: killed at any moment (SIGKILL, nothing runs after it), the path
holds either the old database or the restored one, never an empty one, and the old one is kept and
named. Also: what `check` says about an empty file, and what restore refuses.

Deterministic kill points: a child counts the restore's steps and its file operations (rename, link,
fsync, chmod, unlink, copy) and kills itself at the n-th. Real kills: a child that is ready and waiting
is told to go, and killed after a random delay within the time a restore takes.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from intake_desk.app.backups import backup_now, check_database, restore_backup
from intake_desk.app.candidates import add_candidate, add_demo_candidates
from intake_desk.app.opening import open_or_create
from intake_desk.storage import (
    BackupUnsound,
    DatabaseBusy,
    DatabaseEmpty,
    backups,
    open_database,
)

from .conftest import ROOT, Desk, candidate_ids, cli

# A restore in a child that kills itself at the KILL_AT-th event (0: never; then it reports the count).
RESTORE_CHILD = r"""
import os, shutil, signal, sys
from intake_desk.storage import backups
db, backup, kill_at = sys.argv[1], sys.argv[2], int(sys.argv[3])
events = []
def event(name):
    events.append(name)
    if len(events) == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)
def counted(name, fn):
    def wrapper(*args, **kwargs):
        event(name)
        result = fn(*args, **kwargs)
        event(name + " klaar")
        return result
    return wrapper
for name in ("replace", "link", "fsync", "chmod", "unlink"):
    setattr(os, name, counted(name, getattr(os, name)))
shutil.copyfile = counted("copyfile", shutil.copyfile)
backups._step = event
from ui.main import main
code = main(["--db", db, "restore", backup])
sys.stderr.write("EVENTS " + "|".join(events) + "\n")
sys.exit(code)
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}


def _restore_killed_at(desk: Desk, kill_at: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", RESTORE_CHILD, str(desk.db), str(desk.backup),
                           str(kill_at)], capture_output=True, text=True, env=_env(), timeout=120)


def _with_hot_wal(desk: Desk) -> None:
    """Leave commits in the WAL only (a writer killed after committing): the old database's newest
    data is not yet in its main file, which a careless restore loses or applies to the new file."""
    writer = ("import os, signal, sys\n"
              "from intake_desk.app.candidates import add_candidate\n"
              "from intake_desk.storage import open_database, candidates as repo\n"
              "db = open_database(sys.argv[1])\n"
              "db.execute('PRAGMA wal_autocheckpoint = 0')\n"
              "_, record = repo.get(db, sys.argv[2])\n"
              "for _ in range(3):\n"
              "    add_candidate(db, record)\n"
              "os.kill(os.getpid(), signal.SIGKILL)\n")
    subprocess.run([sys.executable, "-c", writer, str(desk.db), desk.candidate_id], env=_env(),
                   timeout=120)
    wal = Path(f"{desk.db}-wal")
    assert wal.exists() and wal.stat().st_size > 0


def _prepare(desk: Desk, hot_wal: bool) -> tuple[frozenset[str], frozenset[str]]:
    """(ids in the database now, ids in the backup): different, so we can tell which one is there."""
    services_db = open_database(desk.db)
    try:
        from intake_desk.storage import candidates as repo

        _, record = repo.get(services_db, desk.candidate_id)
        add_candidate(services_db, record)
    finally:
        services_db.close()
    if hot_wal:
        _with_hot_wal(desk)
    old, new = candidate_ids(desk.db), candidate_ids(desk.backup)
    assert old != new and old > new
    return old, new


def _outcome(desk: Desk, old: frozenset[str], new: frozenset[str]) -> str:
    """'old' or 'new' for what is at the path after a kill; fails on anything else (a loss)."""
    assert desk.db.exists() and desk.db.stat().st_size > 0, "the database is gone or empty"
    db = open_database(desk.db)  # as the desk would open it next: leftovers are removed here
    try:
        assert [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()] == ["ok"]
        ids = frozenset(r[0] for r in db.execute("SELECT id FROM candidates"))
    finally:
        db.close()
    assert not list(desk.dir.glob(f"{desk.db.name}.herstel-*")), "a partial restore was left"
    if ids == old:
        return "old"
    assert ids == new, "the database is neither the old one nor the backup"
    kept = backups.kept_aside(desk.db)
    assert kept and candidate_ids(kept[0]) == old, "restored, but the old database was not kept"
    return "new"


def _event_count(desk: Desk) -> list[str]:
    probe = Desk(db=desk.dir / "probe.sqlite", dir=desk.dir, candidate_id=desk.candidate_id,
                 backup=desk.backup)
    for suffix in ("", "-wal"):  # the same files, so the same events
        if Path(f"{desk.db}{suffix}").exists():
            Path(f"{probe.db}{suffix}").write_bytes(Path(f"{desk.db}{suffix}").read_bytes())
    result = _restore_killed_at(probe, 0)
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stderr.splitlines() if x.startswith("EVENTS "))
    for leftover in desk.dir.glob("probe.sqlite*"):
        leftover.unlink()
    return line.removeprefix("EVENTS ").split("|")


def _kill_at_points(desk: Desk, hot_wal: bool, every: int) -> dict[str, int]:
    """Copy the desk, kill a restore at each `every`-th event; returns how often each outcome came."""
    import shutil

    old, new = _prepare(desk, hot_wal)
    pristine = desk.dir.with_name(desk.dir.name + "-pristine")
    shutil.copytree(desk.dir, pristine)  # the prepared state, to start each kill from
    try:
        events = _event_count(desk)
        assert "restore-kept" in events and "restore-swapped" in events
        outcomes = {"old": 0, "new": 0}
        points = list(range(1, len(events) + 1, every))
        if every > 1:  # the named steps always
            points += [events.index(s) + 1 for s in ("restore-kept", "restore-swapped")]
        for n in sorted(set(points)):
            shutil.rmtree(desk.dir)
            shutil.copytree(pristine, desk.dir)
            result = _restore_killed_at(desk, n)
            assert result.returncode == -signal.SIGKILL, (n, events[n - 1], result.stderr)
            outcomes[_outcome(desk, old, new)] += 1
        return outcomes
    finally:
        shutil.rmtree(pristine, ignore_errors=True)


@pytest.mark.parametrize("hot_wal", [False, True])
def test_a_restore_killed_at_its_steps_leaves_the_old_or_the_new_database(desk: Desk,
                                                                          hot_wal: bool) -> None:
    outcomes = _kill_at_points(desk, hot_wal, every=7)
    assert outcomes["old"] and outcomes["new"], outcomes  # both sides of the swap were tried


@pytest.mark.slow
@pytest.mark.parametrize("hot_wal", [False, True])
def test_a_restore_killed_at_every_file_operation_never_loses(desk: Desk, hot_wal: bool) -> None:
    outcomes = _kill_at_points(desk, hot_wal, every=1)
    print(f"\nrestore kill points (hot WAL {hot_wal}): {outcomes}, lost: 0")


# Imports first, then waits for "go": the kill's delay measures the restore, not Python's start.
READY_CHILD = r"""
import sys, time
from ui.main import main
from intake_desk.cli import build_parser
build_parser()
sys.stdout.write("ready\n")
sys.stdout.flush()
sys.stdin.readline()
started = time.monotonic()
code = main(["--db", sys.argv[1], "restore", sys.argv[2]])
sys.stdout.write(f"took {time.monotonic() - started}\n")
sys.exit(code)
"""


def _restore_killed_after(desk: Desk, delay: float | None) -> tuple[int, float | None]:
    child = subprocess.Popen([sys.executable, "-c", READY_CHILD, str(desk.db), str(desk.backup)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=_env())
    assert child.stdin is not None and child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    child.stdin.write("go\n")
    child.stdin.flush()
    if delay is None:
        out, err = child.communicate(timeout=120)
        took = next(float(x.split()[1]) for x in out.splitlines() if x.startswith("took"))
        assert child.returncode == 0, err
        return 0, took
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=120)
    return child.returncode, None


def _real_kills(desk: Desk, rounds: int, seed: int) -> dict[str, int]:
    import shutil

    old, new = _prepare(desk, hot_wal=True)
    pristine = desk.dir.with_name(desk.dir.name + "-pristine")
    shutil.copytree(desk.dir, pristine)
    try:
        probe_dir = desk.dir.with_name(desk.dir.name + "-probe")
        shutil.copytree(pristine, probe_dir)
        probe = Desk(db=probe_dir / desk.db.name, dir=probe_dir, candidate_id=desk.candidate_id,
                     backup=probe_dir / desk.backup.relative_to(desk.dir))
        _, took = _restore_killed_after(probe, None)
        shutil.rmtree(probe_dir)
        assert took is not None
        rnd = random.Random(seed)
        outcomes = {"old": 0, "new": 0, "finished": 0}
        for _ in range(rounds):
            shutil.rmtree(desk.dir)
            shutil.copytree(pristine, desk.dir)
            code, _ = _restore_killed_after(desk, rnd.uniform(0, took * 1.2))
            outcome = _outcome(desk, old, new)
            outcomes["finished" if code == 0 else outcome] += 1
        return outcomes
    finally:
        shutil.rmtree(pristine, ignore_errors=True)


def test_a_restore_killed_at_random_moments_never_loses(desk: Desk) -> None:
    outcomes = _real_kills(desk, rounds=4, seed=13)
    assert sum(outcomes.values()) == 4


@pytest.mark.slow
def test_a_restore_killed_at_many_random_moments_never_loses(desk: Desk) -> None:
    outcomes = _real_kills(desk, rounds=60, seed=2026)
    print(f"\nrestore real kills: {outcomes}, lost: 0 of 60")


def test_restore_names_the_kept_file_and_keeps_the_old_data(desk: Desk) -> None:
    old, new = _prepare(desk, hot_wal=True)
    result = cli(desk, "restore")
    assert result.returncode == 0, result.stderr
    kept = backups.kept_aside(desk.db)
    assert len(kept) == 1 and str(kept[0]) in result.stdout
    assert candidate_ids(kept[0]) == old  # the WAL's commits went with it
    assert candidate_ids(desk.db) == new
    assert not Path(f"{desk.db}-wal").exists() or Path(f"{desk.db}-wal").stat().st_size == 0
    assert check_database(desk.db) == []


def test_a_stale_wal_of_a_damaged_database_is_never_applied_to_the_restored_one(desk: Desk) -> None:
    _old, new = _prepare(desk, hot_wal=True)
    wal_before = Path(f"{desk.db}-wal").read_bytes()
    data = bytearray(desk.db.read_bytes())
    data[:16] = b"kapot kapot kapo"  # not a database any more: it cannot leave WAL mode
    desk.db.write_bytes(bytes(data))
    _source, aside = restore_backup(desk.db, desk.backup)
    assert aside is not None and Path(f"{aside}-wal").read_bytes() == wal_before
    assert not Path(f"{desk.db}-wal").exists()
    assert candidate_ids(desk.db) == new
    assert check_database(desk.db) == []


def test_restore_into_a_missing_database_keeps_nothing_and_says_so(desk: Desk) -> None:
    desk.db.unlink()
    result = cli(desk, "restore")
    assert result.returncode == 0, result.stderr
    assert "er was nog geen databasebestand" in result.stdout
    assert candidate_ids(desk.db) == candidate_ids(desk.backup)


def test_restore_is_refused_while_another_program_has_the_database_open(desk: Desk) -> None:
    before = desk.db.read_bytes()
    reader = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys, time\n"
         "c = sqlite3.connect(sys.argv[1]); c.execute('SELECT count(*) FROM candidates').fetchone()\n"
         "print('open', flush=True); time.sleep(600)\n", str(desk.db)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "open"
        with pytest.raises(DatabaseBusy, match="in gebruik"):
            backups.restore(desk.backup, desk.db, busy_timeout_s=0.3)
    finally:
        reader.kill()
        reader.wait()
    assert desk.db.read_bytes() == before
    assert not list(desk.dir.glob(f"{desk.db.name}.herstel-*"))
    assert not backups.kept_aside(desk.db)


@pytest.mark.parametrize("what", ["empty", "not ours", "damaged", "missing"])
def test_a_backup_that_is_not_a_sound_intake_desk_database_is_refused(desk: Desk, what: str) -> None:
    bad = desk.dir / "kopie.sqlite"
    if what == "empty":
        sqlite3.connect(bad).execute("PRAGMA user_version = 1").connection.close()
    elif what == "not ours":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE boodschappen (wat TEXT)")
        conn.commit()
        conn.close()
    elif what == "damaged":
        bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4096)
    before = desk.db.read_bytes()
    with pytest.raises(BackupUnsound, match="niet teruggezet"):
        backups.restore(bad, desk.db)
    assert desk.db.read_bytes() == before
    assert not list(desk.dir.glob(f"{desk.db.name}.herstel-*"))


def test_check_fails_on_a_0_byte_file_and_says_where_the_data_is(desk: Desk) -> None:
    kept = desk.db.with_name(desk.db.name + ".beschadigd-20260101T000000Z")
    desk.db.replace(kept)  # what a restore killed at the wrong moment used to leave
    desk.db.write_bytes(b"")
    result = cli(desk, "check")
    assert result.returncode == 1
    assert "leeg" in result.stderr and str(kept) in result.stderr and str(desk.backup) in result.stderr
    assert desk.db.stat().st_size == 0  # check changes nothing
    with pytest.raises(DatabaseEmpty, match=str(kept)):
        open_database(desk.db)  # the desk does not quietly start afresh on it either
    assert desk.db.stat().st_size == 0


def test_check_fails_on_a_database_without_tables_and_on_one_not_ours(desk: Desk) -> None:
    desk.db.unlink()
    sqlite3.connect(desk.db).execute("PRAGMA user_version = 7").connection.close()
    result = cli(desk, "check")
    assert result.returncode == 1 and "leeg" in result.stderr, result.stderr
    desk.db.unlink()
    conn = sqlite3.connect(desk.db)
    conn.execute("CREATE TABLE boodschappen (wat TEXT)")
    conn.commit()
    conn.close()
    result = cli(desk, "check")
    assert result.returncode == 1 and "geen Intake Desk-database" in result.stderr, result.stderr


def test_check_of_a_missing_file_fails_and_creates_nothing(desk: Desk) -> None:
    desk.db.unlink()
    result = cli(desk, "check")
    assert result.returncode == 1 and "bestaat niet" in result.stderr
    assert not desk.db.exists()


def test_a_new_database_still_starts_on_an_empty_file_without_history(tmp_path: Path) -> None:
    fresh = tmp_path / "nieuw.sqlite"
    fresh.write_bytes(b"")
    open_database(fresh).close()  # no backups, nothing kept aside: just a new desk
    assert fresh.stat().st_size > 0


def test_restore_can_be_cancelled_while_copying_and_changes_nothing(desk: Desk) -> None:
    from intake_desk.progress import Cancelled, Progress

    progress = Progress()
    progress.cancel()
    before = desk.db.read_bytes()
    with pytest.raises(Cancelled):
        restore_backup(desk.db, desk.backup, progress=progress)
    assert desk.db.read_bytes() == before
    assert not list(desk.dir.glob(f"{desk.db.name}.herstel-*"))


def test_the_desk_restores_a_damaged_database_off_the_gui_thread(qtbot, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch
                                                                 ) -> None:
    """The window's offer after damage is found: yes puts the newest good backup back on the database
    thread (a large file takes a while; the window stays responsive) and names the kept file."""
    import threading

    from PySide6.QtWidgets import QMessageBox

    from ui.app import start_window

    path = tmp_path / "desk.sqlite"
    db = open_or_create(path)
    add_demo_candidates(db, 300)
    good = backup_now(db)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    data = bytearray(path.read_bytes())
    pages = len(data) // page_size
    for n in range(pages - 6, pages - 2):  # rows near the end: opening works, the check finds it
        data[n * page_size + 8:(n + 1) * page_size] = bytes([0x5A]) * (page_size - 8)
    path.write_bytes(bytes(data))

    threads: list[str] = []
    real_restore = restore_backup

    def counted_restore(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread().name)
        return real_restore(*args, **kwargs)  # type: ignore[arg-type]

    told: list[str] = []
    warned: list[str] = []
    monkeypatch.setattr("intake_desk.app.backups.restore_backup", counted_restore)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail(  # a "Programmafout" box
        f"unexpected error box: {box.text()} {box.detailedText()}"))
    _app, window = start_window(path, tmp_path / "data", themed=False)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: bool(told), timeout=30_000)
        assert threads and threads[0] != threading.main_thread().name
        kept = backups.kept_aside(path)
        assert kept and str(kept[0]) in told[0]
        qtbot.waitUntil(lambda: window.db_open, timeout=30_000)  # opened again, on the backup
        assert candidate_ids(path) == candidate_ids(good)
    finally:
        window.runner.stop()
