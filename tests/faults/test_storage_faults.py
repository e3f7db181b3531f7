"""Storage faults under every CLI command: a full disk, an I/O error, a read-only database, a write
lock held by another program. Each ends in exit 1 with a Dutch message that says the cause, never a
traceback, and the database as it was; a failed backup leaves no partial copy behind.

Faults are injected in a child process, so they work unprivileged in CI: a full disk is a file-size
limit (RLIMIT_FSIZE, SIGXFSZ ignored: a write past it fails with EFBIG, the way a full disk fails with
ENOSPC), an I/O error is a connection whose statements fail as SQLite's "disk I/O error" and a rename
that fails with EIO, read-only is file permissions (as root, the child runs as `nobody`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from intake_desk.storage import (
    DatabaseBusy,
    DiskFull,
    DiskIOError,
    backups,
    busy_timeout_ms,
    explain,
    known_errors,
    open_database,
)
from intake_desk.storage.database import BUSY_TIMEOUT_ENV, BUSY_TIMEOUT_MS

from .conftest import (
    COMMANDS,
    READS,
    ROOT,
    WRITES,
    Desk,
    assert_known_failure,
    cli,
    cli_batch,
    signature,
)


def _file_size_limit(nbytes: int) -> Callable[[], None]:
    _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (nbytes, hard))

    return limit


def _partials(desk: Desk) -> list[Path]:
    """Partial copies of the database (a backup's or a restore's): full copies of personal data."""
    return [*backups.folder(desk.db).glob("*.partial*"), *desk.dir.glob(f"{desk.db.name}.herstel-*")]


def test_a_full_disk_is_a_known_error_for_every_command(desk: Desk) -> None:
    before = signature(desk.db)
    results = cli_batch(desk, list(COMMANDS), preexec=_file_size_limit(0))
    for name, result in results.items():
        assert_known_failure(result, cause="schijf")
        assert desk.db.name in result.stderr, (name, result.stderr)
    assert signature(desk.db) == before
    assert not _partials(desk)


@pytest.mark.slow
@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_full_disk_one_command_per_process(desk: Desk, name: str) -> None:
    before = signature(desk.db)
    result = cli(desk, name, preexec=_file_size_limit(0))
    assert_known_failure(result, cause="schijf")
    assert signature(desk.db) == before
    assert not _partials(desk)


@pytest.fixture
def full_disk_desk(desk: Desk) -> Iterator[Desk]:
    """The desk on a small tmpfs with 0 bytes free: a real ENOSPC (SQLite's SQLITE_FULL). Needs mount
    rights (root here, or CI with them); skipped without."""
    mount = Path(tempfile.mkdtemp(prefix="intake-full-"))
    size_kib = sum(p.stat().st_size for p in desk.dir.rglob("*") if p.is_file()) // 1024 + 512
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        mount.rmdir()
        pytest.skip("a real full disk needs mount rights; the file-size limit tests cover it")
    try:
        shutil.copytree(desk.dir, mount, dirs_exist_ok=True)
        filler = os.open(mount / "opvulling", os.O_WRONLY | os.O_CREAT)  # takes the last free page
        try:
            with contextlib.suppress(OSError):
                while True:
                    os.write(filler, b"\0" * 4096)
        finally:
            os.close(filler)
        yield Desk(db=mount / desk.db.name, dir=mount, candidate_id=desk.candidate_id,
                   backup=mount / desk.backup.relative_to(desk.dir))
    finally:
        subprocess.run(["umount", str(mount)], check=False)
        mount.rmdir()


def test_a_really_full_disk_is_a_known_error_for_every_command(desk: Desk, full_disk_desk: Desk
                                                               ) -> None:
    before = signature(desk.db)  # the same files, read where reading needs no room
    desk = full_disk_desk
    results = cli_batch(desk, list(COMMANDS))
    for name, result in results.items():
        assert "Traceback" not in result.stderr, (name, result.stderr)
        if result.returncode != 0 or (name in WRITES and name != "backup"):
            assert_known_failure(result, cause=("schijf", "niet worden geschreven", "niet schrijven"))
    (desk.dir / "opvulling").unlink()
    assert signature(desk.db) == before
    assert not _partials(desk)


def test_with_a_little_room_every_write_is_done_or_refused_whole(desk: Desk) -> None:
    """Some room left: a command may succeed; when it fails it says so and changes nothing."""
    _little_room(desk, list(WRITES), 48)


@pytest.mark.slow
@pytest.mark.parametrize("limit_kib", [8, 16, 32, 64, 128, 256, 1024, 4096])
@pytest.mark.parametrize("name", list(COMMANDS))
def test_with_a_little_room_one_command_at_a_time(desk: Desk, name: str, limit_kib: int) -> None:
    _little_room(desk, [name], limit_kib)


def _little_room(desk: Desk, names: list[str], limit_kib: int) -> None:
    for name in names:
        before = signature(desk.db)
        result = cli(desk, name, preexec=_file_size_limit(limit_kib * 1024))
        assert "Traceback" not in result.stderr, (name, result.stderr)
        if result.returncode != 0:  # the database's own message, or a written file's (PDF, export)
            assert_known_failure(result, cause=("schijf", "niet worden geschreven", "niet schrijven"))
            assert signature(desk.db) == before, name
        assert not _partials(desk), name


# Every write statement fails as SQLite's "disk I/O error" (or every read, in "read" mode), and every
# rename fails with EIO: what a failing disk or a pulled USB stick does.
IO_FAULT = r"""
import errno, os, re, sqlite3
from intake_desk.storage import database
WRITE = re.compile(r"\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.I)
READ = re.compile(r"\s*SELECT\b", re.I)
FAILING = WRITE if "MODE" == "write" else READ
class Failing:
    def __init__(self, conn): self._conn = conn
    def __getattr__(self, name): return getattr(self._conn, name)
    def _fail(self, sql):
        if FAILING.match(sql) and "integrity-check" not in sql:  # FTS5's check writes nothing
            raise sqlite3.OperationalError("disk I/O error")
    def execute(self, sql, *args):
        self._fail(sql)
        return self._conn.execute(sql, *args)
    def executemany(self, sql, *args):
        self._fail(sql)
        return self._conn.executemany(sql, *args)
    def backup(self, target, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")
real_connect = database.connect
database.connect = lambda path: Failing(real_connect(path))
def failing_replace(src, dst, **kwargs):
    raise OSError(errno.EIO, os.strerror(errno.EIO), str(dst))
os.replace = failing_replace
"""


@pytest.mark.parametrize("mode", ["write", "read"])
def test_an_io_error_is_a_known_error_for_every_command(desk: Desk, mode: str) -> None:
    before = signature(desk.db)
    results = cli_batch(desk, list(COMMANDS), prelude=IO_FAULT.replace("MODE", mode))
    for name, result in results.items():
        assert "Traceback" not in result.stderr, (name, result.stderr)
        if result.returncode != 0 or (mode == "write" and name in WRITES and name != "backup"):
            # An export names its own file: "export.csv kan niet worden geschreven (...)".
            assert_known_failure(result, cause=("de schijf gaf een fout", "kan niet worden geschreven"))
    assert signature(desk.db) == before
    assert not _partials(desk)


@pytest.fixture
def read_only_desk(desk: Desk) -> Iterator[Desk]:
    """The desk made read-only: by file permissions, or as root (whom permissions do not stop) on a
    read-only mounted tmpfs, as on a write-protected USB stick or share."""
    if os.geteuid() != 0:
        for p in [desk.db, *desk.dir.iterdir(), *backups.folder(desk.db).iterdir()]:
            if p.is_file():
                p.chmod(0o444)
        for d in [desk.dir, backups.folder(desk.db)]:
            d.chmod(0o555)
        yield desk
        return
    mount = Path(tempfile.mkdtemp(prefix="intake-ro-"))
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        mount.rmdir()
        pytest.skip("read-only as root needs mount rights (run the suite as a normal user)")
    try:
        shutil.copytree(desk.dir, mount, dirs_exist_ok=True)
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        yield Desk(db=mount / desk.db.name, dir=mount, candidate_id=desk.candidate_id,
                   backup=mount / desk.backup.relative_to(desk.dir))
    finally:
        subprocess.run(["umount", str(mount)], check=False)
        mount.rmdir()


def test_a_read_only_database_is_a_known_error_for_every_command(read_only_desk: Desk) -> None:
    desk = read_only_desk
    before = signature(desk.db)
    results = cli_batch(desk, [name for name in COMMANDS if name != "check"])
    for name, result in results.items():
        assert "Traceback" not in result.stderr, (name, result.stderr)
        if result.returncode != 0 or name in WRITES:
            assert_known_failure(result, cause=("alleen-lezen", "niet worden geschreven",
                                                "niet schrijven"))
            assert desk.db.name in result.stderr or desk.dir.name in result.stderr, (name, result.stderr)
    assert signature(desk.db) == before


def test_check_of_a_read_only_database_does_not_call_it_damaged(read_only_desk: Desk) -> None:
    result = cli_batch(read_only_desk, ["check"])["check"]
    assert "Traceback" not in result.stderr, result.stderr
    assert "beschadigd" not in result.stderr, result.stderr
    assert result.returncode == 0 or "alleen-lezen" in result.stderr, result.stderr


HOLDER = r"""
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE meta SET value = value WHERE key = 'installation_id'")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


def _hold_lock(db: Path, seconds: float) -> subprocess.Popen[str]:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db), str(seconds)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    return holder


LOCKED_TIMEOUT_MS = 600
# `plan` prints, and a print is written to the audit log (issue 15): it waits like any write.
MUST_WAIT = {"candidate add", "catalog import", "demand import", "plan-save", "settings", "restore",
             "init --demo", "plan"}


def test_every_write_waits_for_a_lock_then_names_who_holds_it(desk: Desk) -> None:
    before = signature(desk.db)
    holder = _hold_lock(desk.db, 600)
    try:
        results = cli_batch(desk, list(COMMANDS), env={BUSY_TIMEOUT_ENV: str(LOCKED_TIMEOUT_MS)})
    finally:
        holder.kill()
        holder.wait()
    for name, result in results.items():
        assert "Traceback" not in result.stderr, (name, result.stderr)
        if name in MUST_WAIT:
            assert_known_failure(result, cause="in gebruik door een ander programma")
            took = float(result.args)
            assert took >= LOCKED_TIMEOUT_MS / 1000 * 0.9, (name, took)
            if Path("/proc/self/fd").is_dir():
                assert f"pid {holder.pid}" in result.stderr, (name, result.stderr)
        elif name in READS and name != "check":  # check: its own test below
            assert result.returncode == 0, (name, result.stderr)  # WAL: readers do not wait
    assert signature(desk.db) == before


def test_check_while_another_program_writes_does_not_call_it_damaged(desk: Desk) -> None:
    holder = _hold_lock(desk.db, 600)
    try:
        result = cli_batch(desk, ["check"], env={BUSY_TIMEOUT_ENV: "300"})["check"]
    finally:
        holder.kill()
        holder.wait()
    assert "Traceback" not in result.stderr, result.stderr
    assert "beschadigd" not in result.stderr, result.stderr


def test_an_add_waits_for_a_short_lock_instead_of_failing_at_once(desk: Desk) -> None:
    """The issue's ~1 s traceback: a deferred transaction that read first could not wait for the
    lock. With BEGIN IMMEDIATE the add waits (default busy timeout) and goes through."""
    holder = _hold_lock(desk.db, 1.5)
    try:
        result = cli(desk, "candidate add")
    finally:
        holder.wait()
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


def test_the_busy_timeout_is_five_seconds_unless_a_test_says_otherwise(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(BUSY_TIMEOUT_ENV, raising=False)
    assert busy_timeout_ms() == BUSY_TIMEOUT_MS == 5000
    monkeypatch.setenv(BUSY_TIMEOUT_ENV, "250")
    assert busy_timeout_ms() == 250
    monkeypatch.setenv(BUSY_TIMEOUT_ENV, "vijf")
    assert busy_timeout_ms() == 5000


def test_a_lock_in_the_app_is_a_known_error_after_the_timeout(desk: Desk,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from intake_desk.app.candidates import add_candidate
    from intake_desk.storage import candidates as repo

    monkeypatch.setenv(BUSY_TIMEOUT_ENV, "300")
    db = open_database(desk.db)
    try:
        _, record = repo.get(db, desk.candidate_id)
        holder = _hold_lock(desk.db, 600)
        try:
            started = time.monotonic()
            with pytest.raises(DatabaseBusy, match="in gebruik"):
                add_candidate(db, record)
            assert time.monotonic() - started >= 0.25
            assert not db.conn.in_transaction
        finally:
            holder.kill()
            holder.wait()
        meta, _ = add_candidate(db, record)  # the lock gone: the same connection works
        assert meta.id
    finally:
        db.close()


def test_os_errors_map_to_known_errors(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    for code in (errno.ENOSPC, errno.EFBIG):
        assert isinstance(explain(OSError(code, os.strerror(code)), path), DiskFull)
    assert isinstance(explain(OSError(errno.EIO, "Input/output error"), path), DiskIOError)
    assert explain(OSError(errno.ENOENT, "gone"), path) is None  # a bug, not a known fault
    assert explain(ValueError("x"), path) is None
    with pytest.raises(DiskIOError, match=str(path)), known_errors(path):
        raise sqlite3.OperationalError("disk I/O error")
    with pytest.raises(DiskFull), known_errors(path):
        raise sqlite3.OperationalError("database or disk is full")


def test_a_failed_backup_removes_its_partial_at_once(desk: Desk) -> None:
    before = sorted(backups.all_backups(desk.db))
    result = cli(desk, "backup", preexec=_file_size_limit(256 * 1024))
    assert_known_failure(result, cause="schijf")
    assert not _partials(desk)
    assert sorted(backups.all_backups(desk.db)) == before


def test_a_killed_backup_leaves_no_partial_after_the_next_open(desk: Desk) -> None:
    child = ("import os, signal, sys\n"
             "from intake_desk.storage import backups\n"
             "def step(name):\n"
             "    if name == sys.argv[2]:\n"
             "        os.kill(os.getpid(), signal.SIGKILL)\n"
             "backups._step = step\n"
             "from ui.main import main\n"
             "sys.exit(main(['--db', sys.argv[1], 'backup']))\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    before = sorted(backups.all_backups(desk.db))
    for step in ("backup-pages", "backup-written"):
        result = subprocess.run([sys.executable, "-c", child, str(desk.db), step], env=env,
                                capture_output=True, timeout=120)
        assert result.returncode == -signal.SIGKILL
        assert _partials(desk), "the kill came before the partial was written"
        open_database(desk.db).close()
        assert not _partials(desk)
        assert sorted(backups.all_backups(desk.db)) == before


def test_a_backup_still_being_written_is_not_taken_for_a_leftover(desk: Desk) -> None:
    """The flock a live writer holds keeps its partial from being removed by another process."""
    partial = backups.folder(desk.db) / "intake-20260101T000000000000Z-handmatig.partial"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import fcntl, os, sys, time\n"
         "fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)\n"
         "fcntl.flock(fd, fcntl.LOCK_EX)\n"
         "print('held', flush=True)\n"
         "time.sleep(600)\n", str(partial)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        open_database(desk.db).close()
        assert partial.exists()
    finally:
        holder.kill()
        holder.wait()
    open_database(desk.db).close()
    assert not partial.exists()


def test_the_desk_shows_a_storage_fault_as_a_known_error(qtbot, desk: Desk) -> None:
    """A job whose fault no use case translated still reaches the window as the known error."""
    from ui.runner import DbRunner

    def fills_the_disk(_db: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    runner = DbRunner(desk.db)
    try:
        with qtbot.waitSignal(runner.opened, timeout=20_000):
            runner.open()
        job = runner.submit(fills_the_disk)
        with qtbot.waitSignal(job.failed, timeout=20_000) as failed:
            pass
        assert isinstance(failed.args[0], DiskFull)
        assert desk.db.name in str(failed.args[0])
    finally:
        runner.stop()
