"""Backups through SQLite's online backup API (a file copy of a live WAL database can be corrupt).

Backups live beside the database in `<name>.backups/`, named with a UTC timestamp and the reason,
and rotate: the newest KEEP are kept. A backup is written as `.partial` and renamed when complete; a
partial left by a failed backup is removed at once, one left by a killed process at the next open
(`remove_leftovers`): each is a full copy of personal data.

Restore cannot lose the database. The backup is copied into a file beside the database (same folder,
so the final rename is atomic), made self-contained (no WAL), checked in full and flushed to disk. The
old database is then made self-contained too (leaving WAL mode checkpoints every commit into the main
file and removes the WAL; SQLite allows that only when no other program has the file open, so it also
tells us the database is not in use), kept under a second name by a hard link (or a copy), and only
then does one `os.replace` put the new file in its place. A kill at any moment leaves either the old
or the new database at the path, never an empty one, and no stale WAL that could be applied to the
new file.

An encrypted database (storage/keys.py) has encrypted backups: written through the backup API between
two SQLCipher connections keyed with the database's key (a stdlib connection cannot receive them),
read with that key; a copy of the key file (wrapped keys only) is kept in the backups' folder, so a
backup stays usable when the key file beside the database is lost. A plain backup restored into an
encrypted database is encrypted on the way (`sqlcipher_export`); an encrypted one is never restored
into a plain database. The folder is readable by the user only (0700), each backup file too (0600).
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import NoReturn

from sqlite_utils import Database

from ..progress import NULL, Progress
from . import cipher, keys
from .errors import (
    BackupUnsound,
    DatabaseBusy,
    DatabaseEmpty,
    DatabaseTooNew,
    EncryptedBackup,
    StorageError,
    translate,
)

try:  # a partial still being written is locked with flock; Windows refuses to delete an open file
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

KEEP = 12
PARTIAL = ".partial"
KEPT_MARKS = (".voor-herstel-", ".beschadigd-")  # the second: the name older versions used


def _step(name: str) -> None:
    """Called between the steps of `restore` and `create`; tests replace it to kill the process
    at a chosen step (tests/faults). Does nothing in the app."""


def folder(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".backups")


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def create(db: Database, db_path: Path, reason: str = "handmatig") -> Path:
    """Write a consistent copy of `db` and rotate old copies; returns the new file.

    All or nothing: a failure (disk full, I/O error, read-only folder) removes the partial copy and
    raises a StorageError; the database itself is only read."""
    target_dir = folder(db_path)
    target = target_dir / f"{db_path.stem}-{_stamp()}-{reason}.sqlite"
    tmp = target.with_suffix(PARTIAL)
    key = keys.session_key(db_path) if cipher.is_keyed(db.conn) else None
    try:
        target_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        claim = _claim(tmp)
        try:
            dest = cipher.raw_connect(str(tmp), key)
            try:
                # One step, as before: stepping lets another writer restart the copy each time.
                db.conn.backup(dest, progress=lambda *_: _step("backup-pages"))
                # One self-contained file (no WAL flag): it opens read-only, from a USB stick too.
                dest.execute("PRAGMA journal_mode = DELETE")
                ok = dest.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            finally:
                dest.close()
            if not ok:
                raise BackupUnsound(target, writing=True)
            _fsync(tmp)
            _step("backup-written")
            tmp.replace(target)
            _fsync(target_dir)
            if key is not None:
                keys.copy_key_file(db_path, target_dir)
        finally:
            _release(claim)
    except BaseException as exc:
        _fail(exc, tmp, target)
    rotate(db_path)
    log.info("backup written: %s", target.name)
    return target


def all_backups(db_path: Path) -> list[Path]:
    """Backups of this database, newest first."""
    d = folder(db_path)
    if not d.is_dir():
        return []
    return sorted(d.glob(f"{db_path.stem}-*.sqlite"), key=lambda p: p.name, reverse=True)


def newest(db_path: Path) -> Path | None:
    """The newest backup that passes quick_check, or None."""
    key = keys.session_key(db_path)
    for candidate in all_backups(db_path):
        if is_sound(candidate, key):
            return candidate
    return None


def is_sound(path: Path, key: bytes | None = None) -> bool:
    """Passes quick_check; an encrypted backup only with its `key`."""
    if not path.is_file() or path.stat().st_size == 0:
        return False
    try:
        conn = _read_only(path, key)
        try:
            return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        finally:
            conn.close()
    except cipher.Error:
        return False


def _read_only(path: Path, key: bytes | None) -> sqlite3.Connection:
    """A read-only connection to a backup: plain as it is, else keyed with `key`; a wrong or missing
    key raises sqlite3's or SQLCipher's DatabaseError ("file is not a database")."""
    plain = cipher.is_plain_file(path)
    if not plain and key is None:
        raise sqlite3.DatabaseError("file is not a database")
    return cipher.raw_connect(f"file:{path}?mode=ro", None if plain else key, uri=True)  # type: ignore[no-any-return]


def rotate(db_path: Path, keep: int = KEEP) -> None:
    for old in all_backups(db_path)[keep:]:
        old.unlink(missing_ok=True)


def kept_aside(db_path: Path) -> list[Path]:
    """Earlier database files that a restore kept beside the database, newest first."""
    found = [p for mark in KEPT_MARKS for p in db_path.parent.glob(f"{db_path.name}{mark}*")
             if not p.name.endswith(("-wal", "-shm", "-journal"))]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def where_data_is(db_path: Path, newest_backup: Path | None, kept: list[Path]) -> tuple[str, str]:
    """(Dutch, English) pointers to where the data of an emptied database still is."""
    nl, en = [], []
    if kept:
        nl.append(f"Het vorige bestand staat nog in {kept[0]}.")
        en.append(f"The previous file is still in {kept[0]}.")
    if newest_backup is not None:
        nl.append(f"De nieuwste goede reservekopie is {newest_backup}; zet die terug met "
                  f"'intake-desk --db {db_path} restore {newest_backup}'.")
        en.append(f"The newest good backup is {newest_backup}; restore it with "
                  f"'intake-desk --db {db_path} restore {newest_backup}'.")
    return " ".join(nl), " ".join(en)


def restore(backup: Path, db_path: Path, busy_timeout_s: float = 5.0, progress: Progress = NULL
            ) -> Path | None:
    """Put `backup` in place of the database (see the module docstring for why it cannot lose).

    Returns where the old file is kept (None when there was no old file). Raises BackupUnsound for a
    backup that is not sound or not ours, DatabaseBusy when another program has the database open,
    and the known error of a full disk, I/O error or read-only folder; in each case the database is
    as it was and no partial copy is left. Cancelling (`progress`) is possible while copying."""
    backup, db_path = Path(backup), Path(db_path)
    if not backup.is_file():
        raise BackupUnsound(backup, writing=False, detail="bestand bestaat niet")
    key = keys.session_key(db_path)
    if keys.is_encrypted(db_path) and key is None:
        from .errors import DatabaseLocked

        raise DatabaseLocked(db_path)
    if not cipher.is_plain_file(backup) and backup.stat().st_size > 0 and (
            key is None or not is_sound(backup, key)) and not _damaged_plain(backup):
        raise EncryptedBackup(backup)
    _sound_or_raise(backup, db_path, key)
    stamp = _stamp()
    tmp = db_path.with_name(f"{db_path.name}.herstel-{stamp}{PARTIAL}")
    try:
        claim = _claim(tmp)
        try:
            _copy_checked(backup, tmp, progress, key)
            _keep_erased(db_path, tmp, key)
            _fsync(tmp)
            progress.check()  # the last moment to cancel: from here on the swap goes through
            _step("restore-copied")
            aside = _keep_old(db_path, stamp, busy_timeout_s)
            if aside is not None:  # who may read the database stays as it was
                os.chmod(tmp, aside.stat().st_mode & 0o777)
            _step("restore-kept")
            os.replace(tmp, db_path)
            _step("restore-swapped")
            _fsync(db_path.parent)
        finally:
            _release(claim)
    except BaseException as exc:
        _fail(exc, tmp, db_path)
    # A -shm of the old file is harmless (the first connection rebuilds it) but says nothing true.
    Path(f"{db_path}-shm").unlink(missing_ok=True)
    log.info("restored %s from %s", db_path.name, backup.name)
    return aside


def _keep_erased(db_path: Path, tmp: Path, key: bytes | None) -> None:
    """Erased people stay erased (issue 15, storage/erasure.py): the erasure log of the database and
    of every backup is applied to the restored copy before it takes the database's place."""
    from . import erasure

    erasure.carry_over(db_path, tmp, all_backups(db_path), read=lambda p: _read_only(p, key),
                       write=lambda p: cipher.raw_connect(str(p), key, isolation_level=None))


def _damaged_plain(backup: Path) -> bool:
    """A file too short or too broken to carry SQLite's header at all: BackupUnsound reports it, not
    EncryptedBackup (an encrypted file is at least a page long and has no plain header)."""
    try:
        return backup.stat().st_size < 512
    except OSError:
        return True


def _sound_or_raise(backup: Path, db_path: Path, key: bytes | None = None) -> None:
    """BackupUnsound when the backup is damaged; the known error when it cannot be read at all
    (a full disk or an I/O error says nothing about the backup)."""
    try:
        conn = _read_only(backup, key)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except cipher.Error as exc:
        known = None if _damage(exc) else translate(exc, db_path)
        if known is not None and not isinstance(known, BackupUnsound):
            raise known from exc
        ok = False
    if not ok:
        raise BackupUnsound(backup, writing=False)  # a known error: the advisor picks another


def _copy_checked(backup: Path, tmp: Path, progress: Progress, key: bytes | None = None) -> None:
    """Copy `backup` into `tmp` as a self-contained file and check it in full, or raise. With `key`
    (the database's) the copy is encrypted with it, also when the backup is plain."""
    from .database import not_ours  # database imports this module

    exported = key is not None and cipher.is_plain_file(backup)
    src = None
    if exported:  # a backup from before the database was encrypted: encrypted on the way
        assert key is not None
        cipher.export_encrypted(backup, tmp, key)  # into the claimed (empty) file: its lock stays
        progress.update(1, 1)
    else:
        src = _read_only(backup, key)
    try:
        dest = cipher.raw_connect(str(tmp), key, isolation_level=None)
    except BaseException:
        if src is not None:
            src.close()
        raise
    try:
        def copied(_status: int, remaining: int, total: int) -> None:
            _step("restore-pages")
            progress.update(total - remaining, total)

        if src is not None:
            src.backup(dest, pages=256, progress=copied)
        dest.execute("PRAGMA journal_mode = DELETE")
        rows = [str(r[0]) for r in dest.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            raise BackupUnsound(backup, writing=False, detail="; ".join(rows[:3]))
        problem = not_ours(Database(dest, execute_plugins=False), backup)
    finally:
        if src is not None:
            src.close()
        dest.close()
    if isinstance(problem, DatabaseTooNew):
        raise problem
    if isinstance(problem, DatabaseEmpty):
        raise BackupUnsound(backup, writing=False, detail="leeg")
    if problem is not None:
        raise BackupUnsound(backup, writing=False, detail="geen Intake Desk-database")


def _keep_old(db_path: Path, stamp: str, busy_timeout_s: float) -> Path | None:
    """Give the current database a second name, self-contained, while it stays at its path."""
    if not db_path.exists():
        return None
    aside = db_path.with_name(f"{db_path.name}{KEPT_MARKS[0]}{stamp}")
    wal, aside_wal = Path(f"{db_path}-wal"), Path(f"{aside}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        # Copied first: leaving WAL mode checkpoints it into the file, but SQLite deletes the WAL of
        # a file whose header is damaged without applying it, and then its newest commits are gone.
        shutil.copyfile(wal, aside_wal)
        _fsync(aside_wal)
    try:
        _leave_wal(db_path, busy_timeout_s)
    except BaseException:
        aside_wal.unlink(missing_ok=True)
        raise
    _link_or_copy(db_path, aside)
    _fsync(db_path.parent)
    # Still there when the file could not leave WAL mode (damaged): it is kept with the old file
    # (above), and must leave the path, where it would be applied to the restored file (a WAL names
    # no database).
    wal.unlink(missing_ok=True)
    _fsync(db_path.parent)
    return aside


def _leave_wal(db_path: Path, busy_timeout_s: float) -> None:
    """Checkpoint and leave WAL mode; DatabaseBusy when another program keeps the file open."""
    deadline = time.monotonic() + busy_timeout_s
    while True:
        try:
            conn = cipher.raw_connect(str(db_path), None if cipher.is_plain_file(db_path)
                                      else keys.session_key(db_path), timeout=busy_timeout_s)
            try:
                conn.execute("PRAGMA journal_mode = DELETE").fetchone()
                return
            finally:
                conn.close()
        except cipher.OperationalError as exc:
            known = translate(exc, db_path, busy_timeout_s)
            if not isinstance(known, DatabaseBusy):
                if isinstance(known, StorageError) and not _damage(exc):
                    raise known from exc
                return  # a damaged file: it is kept as it is, WAL and all
            if time.monotonic() >= deadline:
                raise known from exc
            time.sleep(0.1)  # leaving WAL mode does not wait for others; we do, up to the timeout
        except (*cipher.DatabaseError, ValueError):  # type: ignore[misc]
            return  # damaged or not a database: kept as it is


def _damage(exc: Exception) -> bool:
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text or "encrypted" in text


def _link_or_copy(src: Path, dest: Path) -> None:
    try:
        os.link(src, dest)
    except OSError:  # a file system without hard links (FAT on a USB stick): a full copy
        shutil.copyfile(src, dest)
        _fsync(dest)


def remove_leftovers(db_path: Path) -> list[Path]:
    """Remove the partial copies a killed backup or restore left (no live writer holds them)."""
    places = [(folder(db_path), "*" + PARTIAL),
              (db_path.parent, f"{db_path.name}.herstel-*{PARTIAL}")]
    removed: list[Path] = []
    for place, pattern in places:
        if not place.is_dir():
            continue
        for partial in place.glob(pattern):
            if _abandoned(partial) and _remove_partial(partial):
                removed.append(partial)
        for extra in place.glob(pattern + "-*"):  # a journal whose partial is gone
            if not Path(str(extra).rsplit("-", 1)[0]).exists():
                _unlink_quietly(extra)
    if removed:
        log.info("removed %d leftover partial copies beside %s", len(removed), db_path.name)
    return removed


def _claim(path: Path) -> int | None:
    """Create `path` and lock it for as long as it is being written (see `_abandoned`)."""
    if fcntl is None:
        return None
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)
    return fd


def _release(claim: int | None) -> None:
    if claim is not None:
        os.close(claim)


def _abandoned(partial: Path) -> bool:
    """No living process is writing `partial` (a writer holds an flock on it until it is done)."""
    if fcntl is None:
        return True  # Windows: deleting a file that is open fails, which keeps a live one
    try:
        fd = os.open(partial, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def _fail(exc: BaseException, partial: Path, named: Path) -> NoReturn:
    """A backup or restore that failed: its partial copy goes (it holds personal data), and a disk or
    database fault becomes the known error that names `named`; anything else goes up as it is."""
    _remove_partial(partial)
    if isinstance(exc, (*cipher.Error, OSError)):
        known = translate(exc, named)
        if known is not None:
            raise known from exc
    raise exc


def _remove_partial(partial: Path) -> bool:
    gone = _unlink_quietly(partial)
    for suffix in ("-journal", "-wal", "-shm"):
        _unlink_quietly(Path(str(partial) + suffix))
    return gone


def _unlink_quietly(path: Path) -> bool:
    try:
        path.unlink(missing_ok=True)
        return True
    except OSError:  # read-only folder, or open elsewhere on Windows: tried again at the next open
        return False


def _fsync(path: Path) -> None:
    """Flush a file, or a folder's entries (POSIX only), to the disk."""
    if path.is_dir() and os.name != "posix":
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot fsync a folder; the rename is still atomic
    finally:
        os.close(fd)
