"""The one door to the database: every connection in Intake Desk is opened by `open_database`.

It sets the pragmas (WAL, synchronous=FULL so a saved intake survives a power cut at a fair, foreign
keys, a busy timeout), refuses a database written by a newer version, runs `quick_check`, takes a backup
before migrating a database that already holds data, and applies pending migrations.

Every write transaction starts with BEGIN IMMEDIATE (`atomic`, and Python's implicit BEGIN): a deferred
transaction that reads first and then wants to write cannot wait for another writer (SQLite returns
SQLITE_BUSY at once instead of calling the busy handler, to avoid a deadlock), so a desk with another
program writing gave up without waiting. Taking the write lock at BEGIN lets the busy timeout apply.

An encrypted database (one with a key file, storage/keys.py) opens with SQLCipher and the key unlocked
in this process; without that key `open_database` raises DatabaseLocked before touching the file. A
database without a key file is plain SQLite, as tests and advisors who chose so use it. The file, and
so its WAL and shared-memory files (SQLite gives them the database's mode), is readable by the user
only (0600).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import uuid
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from . import backups, cipher, keys
from .errors import (
    DatabaseCorrupt,
    DatabaseEmpty,
    DatabaseLocked,
    DatabaseTooNew,
    NoFileOnServer,
    NotADatabase,
    StorageError,
    translate,
    translate_server,
)
from .migrations import KNOWN, migrations

if TYPE_CHECKING:
    from .postgres.connection import PgDatabase

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
# Only for tests that hold a lock on purpose: waiting the full 5 s in each would make the suite slow.
BUSY_TIMEOUT_ENV = "INTAKE_DESK_BUSY_TIMEOUT_MS"


def busy_timeout_ms() -> int:
    try:
        return max(0, int(os.environ.get(BUSY_TIMEOUT_ENV, BUSY_TIMEOUT_MS)))
    except ValueError:
        return BUSY_TIMEOUT_MS


class IntakeDatabase(Database):
    """sqlite_utils' Database whose transactions take the write lock when they begin (see above)."""

    @contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        if self.conn.in_transaction:  # nested: a savepoint, as sqlite_utils does
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise

    def begin(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")


def connect(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    """A raw connection with our pragmas; only this module and backups use it directly. With `key`
    an SQLCipher connection (storage/cipher.py), else the standard library's."""
    timeout_ms = busy_timeout_ms()
    conn: sqlite3.Connection = cipher.raw_connect(str(path), key, timeout=timeout_ms / 1000,
                                                  isolation_level="IMMEDIATE")
    try:
        conn.execute(f"PRAGMA busy_timeout = {timeout_ms}")
        conn.execute("PRAGMA foreign_keys = ON")
        # Deleted content is overwritten with zeros (issue 15): Debian's SQLite has this on by default,
        # SQLCipher's build does not.
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        conn.close()
        raise
    return conn


def open_database(path: Path | str, *, migrate: bool = True, check: bool = True,
                  key: bytes | None = None) -> Database:
    """Open (and create when missing) the database at `path`, ready for use.

    Raises a StorageError subclass for every known problem: too new, corrupt, read-only, not ours,
    locked by another program, disk full, I/O error, encrypted and not unlocked (DatabaseLocked).
    Leftover `.partial` files of a backup or restore that was killed (full copies of personal data)
    are removed first. `key` defaults to the key unlocked for `path` in this process.
    """
    path = Path(path)
    if key is not None:
        keys.remember(path, key)  # backups and restore of this database use it too
    key = key or keys.session_key(path)
    if key is None and keys.is_encrypted(path):
        raise DatabaseLocked(path)
    if key is not None and cipher.is_plain_file(path):
        # A conversion stopped after its key file was written but before the encrypted file took
        # this place: the file is what it is, plain.
        log.warning("database %s is plain although a key is known; opened plain", path.name)
        key = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        backups.remove_leftovers(path)
        _refuse_emptied(path)
        _user_only(path)
        # connect(path) for a plain file: the fault tests replace `connect` with a one-argument seam
        conn = connect(path, key) if key is not None else connect(path)
        # No sqlite-utils plugins: their entry-point scan cost ~15 ms per start (issue 12), and no
        # installed package's hook should see the connection to a database of personal data.
        db = IntakeDatabase(conn, execute_plugins=False)
        try:
            _check_version(db, path)
            if check:
                _quick_check(db, path)
            if migrate and migrations.pending(db):
                if _has_data(db):
                    backups.create(db, path, reason="migratie")
                migrations.apply(db)
                _ensure_identity(db)
        except BaseException:
            # Closed at once: a connection kept alive by the traceback would hold the file open,
            # and a restore offered next would find the database "in use".
            conn.close()
            raise
    except cipher.DatabaseError as exc:
        if "malformed" in str(exc):
            raise DatabaseCorrupt(path, str(exc), backups.newest(path)) from exc
        known = translate(exc, path, busy_timeout_ms() / 1000)
        if known is None:
            raise
        raise known from exc
    except OSError as exc:
        known = translate(exc, path)
        if known is None:
            raise
        raise known from exc
    log.info("database opened: %s", path.name)
    return db


def _user_only(path: Path) -> None:
    """Create the file readable by the user only, or take group and others' rights from an existing
    one: SQLite gives its WAL and shm files the same mode."""
    try:
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
            return
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            os.chmod(path, mode & 0o700)
    except OSError:  # not our file, or a read-only folder: opening says what is wrong
        pass


def _refuse_emptied(path: Path) -> None:
    """A 0-byte file where backups exist is a database that lost its data (an old restore killed at
    the wrong moment did this): refuse it instead of quietly starting a new, empty desk on it."""
    if not path.exists() or path.stat().st_size > 0:
        return
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return  # its first commits may still be in the WAL
    newest = backups.newest(path)
    kept = backups.kept_aside(path)
    if newest is None and not kept:
        return  # a file that was never more than created: opening makes it a new database
    raise DatabaseEmpty(path, *backups.where_data_is(path, newest, kept), newest_backup=newest)


def not_ours(db: Database, path: Path) -> StorageError | None:
    """Why `db` is not a usable Intake Desk database (no tables, not ours, too new), or None."""
    tables = set(db.table_names())
    if not tables:
        return DatabaseEmpty(path, *backups.where_data_is(path, backups.newest(path),
                                                          backups.kept_aside(path)))
    applied = [m.name for m in migrations.applied(db)]
    if not applied or applied[0] != KNOWN[0] or "candidates" not in tables:
        return NotADatabase(path)
    unknown = [name for name in applied if name not in KNOWN]
    if unknown:
        return DatabaseTooNew(path, unknown)
    return None


def _check_version(db: Database, path: Path) -> None:
    applied = [m.name for m in migrations.applied(db)]
    unknown = [name for name in applied if name not in KNOWN]
    if unknown:
        raise DatabaseTooNew(path, unknown)


def quick_check(db: Database) -> None:
    """SQLite's quick_check of an open database; DatabaseCorrupt (naming the newest backup) when it
    fails. For a start that shows the first page of the list before checking (ui/runner.py)."""
    path = database_path(db)
    try:
        _quick_check(db, path)
    except cipher.DatabaseError as exc:
        raise DatabaseCorrupt(path, str(exc), backups.newest(path)) from exc


def _quick_check(db: Database, path: Path) -> None:
    try:
        rows = [r[0] for r in db.execute("PRAGMA quick_check").fetchall()]
    except cipher.DatabaseError as exc:
        if "not a database" in str(exc):
            raise NotADatabase(path) from exc
        rows = [str(exc)]
    if rows != ["ok"]:
        raise DatabaseCorrupt(path, "; ".join(rows[:3]), backups.newest(path))


def _has_data(db: Database) -> bool:
    return "candidates" in db.table_names() or "catalog_items" in db.table_names()


def _ensure_identity(db: Database) -> None:
    """Give a new database its installation id and a first advisor, so every audit entry has ids."""
    if db.execute("SELECT 1 FROM meta WHERE key = 'installation_id'").fetchone() is None:
        with db.atomic():
            db.execute(
                "INSERT INTO meta (key, value) VALUES ('installation_id', ?)", [str(uuid.uuid4())]
            )
            advisor = str(uuid.uuid4())
            db.execute("INSERT INTO advisors (id, name, created_at) VALUES (?, ?, datetime('now'))",
                       [advisor, "Adviseur op deze computer"])
            db.execute("INSERT INTO meta (key, value) VALUES ('current_advisor_id', ?)", [advisor])


def installation_id(db: Database | PgDatabase) -> str:
    if not isinstance(db, Database):  # a server: the desk's own, or the server's
        return db.installation_id
    row = db.execute("SELECT value FROM meta WHERE key = 'installation_id'").fetchone()
    return str(row[0])


def integrity_problems(db: Database) -> list[str]:
    """Full check, in Dutch; an empty list means the database is sound: SQLite's integrity_check and
    foreign keys, the FTS5 check of the search index, and every record's checksum (each damaged
    record by id with the newest backup that still holds it intact: storage/checksums.py)."""
    from . import checksums

    try:
        rows = [str(r[0]) for r in db.execute("PRAGMA integrity_check").fetchall()]
    except cipher.DatabaseError as exc:
        rows = [str(exc)]
    problems = [] if rows == ["ok"] else [f"Schade in het bestand (SQLite meldt: {r})." for r in rows]
    if problems:
        path = database_path(db)
        newest = backups.newest(path)
        problems.insert(0, f"De database {path} is beschadigd. " + (
            f"Zet de nieuwste goede reservekopie terug: 'intake-desk --db {path} restore {newest}'."
            if newest else "Er is geen goede reservekopie gevonden."))
    try:
        for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"{table} rij {rowid}: verwijst naar ontbrekende {parent}")
    except cipher.DatabaseError as exc:
        problems.append(f"Verwijzingen konden niet worden gecontroleerd ({exc}).")
    return problems + checksums.problems(db)


@contextmanager
def known_errors(path: Path | str) -> Iterator[None]:
    """Turn sqlite3 and OS errors that an advisor can act on (disk full, I/O error, read-only, locked
    by another program) into StorageError; anything else is a bug and propagates as it is. `path` is
    `location(db)`: on a PostgreSQL server its address, and psycopg's errors are translated instead
    (unreachable, login refused, connection lost, busy, no privilege: errors.translate_server)."""
    try:
        yield
    except cipher.ErrorOrOS as exc:
        known = explain(exc, path)
        if known is None:
            raise
        raise known from exc
    except Exception as exc:
        if isinstance(exc, StorageError) or not type(exc).__module__.startswith("psycopg"):
            raise
        known = translate_server(exc, str(path))
        if known is None:
            raise
        raise known from exc


def explain(exc: BaseException, path: Path | str) -> StorageError | None:
    """The known error behind `exc` (also when it is the cause of another exception), or None.
    For the last line of defence (the CLI's `run`): whatever a command did not translate itself."""
    seen: BaseException | None = exc
    server = is_server_address(path)
    for _ in range(5):
        if seen is None:
            return None
        if server:
            known = translate_server(seen, str(path))
        else:
            # An OS error names its own file (a PDF or export being written); SQLite's do not.
            where = Path(seen.filename) if isinstance(seen, OSError) and seen.filename else Path(path)
            known = translate(seen, where, busy_timeout_ms() / 1000)
        if known is not None:
            return known
        seen = seen.__cause__  # `raise Known(...) from exc` only: a bug while handling is a bug
    return None


def is_server_address(location: object) -> bool:
    """A PostgreSQL URL (postgresql:// or postgres://), not a file's path."""
    return isinstance(location, str) and location.lstrip().lower().startswith(
        ("postgresql://", "postgres://"))


def location(db: Any) -> Path | str:
    """Where the open store is, for messages, logs and `known_errors`: the SQLite file's path, or the
    PostgreSQL server's address without secrets (`postgresql://role@host:port/dbname`)."""
    if getattr(db, "backend", "sqlite") == "postgresql":
        return str(db.where)
    return database_path(db)


def backup_before_write(db: Database | PgDatabase, reason: str) -> None:
    """A backup of the laptop's file before a big write (a demo, a catalog import). A server has no
    file of ours: its backups are pg_dump's, made by IT (docs/postgresql.md), so none is made here
    and the log says so."""
    if not isinstance(db, Database):
        log.info("backup %s skipped: a server is backed up with pg_dump (%s)", reason, location(db))
        return
    backups.create(db, database_path(db), reason=reason)


def has_catalog(db: Database) -> bool:
    """The catalog holds an item. For the desk's quick open: cheaper to import than storage.catalog,
    whose row shapes need the domain's catalog types at import (issue 12)."""
    return bool(db.execute("SELECT EXISTS (SELECT 1 FROM catalog_items)").fetchone()[0])


def database_path(db: Database) -> Path:
    """The SQLite file. A server has none (its backups are pg_dump's, docs/postgresql.md): use
    `location(db)` where a server may be open."""
    if getattr(db, "backend", "sqlite") == "postgresql":
        raise NoFileOnServer(str(getattr(db, "where", "")))
    row = db.execute("PRAGMA database_list").fetchone()
    return Path(row[2])


__all__ = [
    "IntakeDatabase",
    "StorageError",
    "busy_timeout_ms",
    "connect",
    "database_path",
    "explain",
    "installation_id",
    "integrity_problems",
    "is_server_address",
    "known_errors",
    "location",
    "not_ours",
    "open_database",
]
