"""The one door to the database: every connection in Intake Desk is opened by `open_database`.

It sets the pragmas (WAL, synchronous=FULL so a saved intake survives a power cut at a fair, foreign
keys, a busy timeout), refuses a database written by a newer version, runs `quick_check`, takes a backup
before migrating a database that already holds data, and applies pending migrations.
"""

from __future__ import annotations

import logging
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from . import backups
from .errors import DatabaseCorrupt, DatabaseTooNew, NotADatabase, StorageError, translate
from .migrations import KNOWN, migrations

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000


def connect(path: Path) -> sqlite3.Connection:
    """A raw connection with our pragmas; only this module and backups use it directly."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def open_database(path: Path | str, *, migrate: bool = True, check: bool = True) -> Database:
    """Open (and create when missing) the database at `path`, ready for use.

    Raises a StorageError subclass for every known problem: too new, corrupt, read-only, not ours.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = connect(path)
        db = Database(conn)
        _check_version(db, path)
        if check:
            _quick_check(db, path)
        if migrate and migrations.pending(db):
            if _has_data(db):
                backups.create(db, path, reason="migratie")
            migrations.apply(db)
            _ensure_identity(db)
    except sqlite3.DatabaseError as exc:
        if "malformed" in str(exc):
            raise DatabaseCorrupt(path, str(exc), backups.newest(path)) from exc
        known = translate(exc, path)
        if known is None:
            raise
        raise known from exc
    log.info("database opened: %s", path.name)
    return db


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
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorrupt(path, str(exc), backups.newest(path)) from exc


def _quick_check(db: Database, path: Path) -> None:
    try:
        rows = [r[0] for r in db.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as exc:
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


def installation_id(db: Database) -> str:
    row = db.execute("SELECT value FROM meta WHERE key = 'installation_id'").fetchone()
    return str(row[0])


def integrity_problems(db: Database) -> list[str]:
    """Full integrity and foreign-key check; an empty list means the database is sound."""
    rows = [str(r[0]) for r in db.execute("PRAGMA integrity_check").fetchall()]
    problems = [] if rows == ["ok"] else rows
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(f"{table} rij {rowid}: verwijst naar ontbrekende {parent}")
    return problems


@contextmanager
def known_errors(path: Path) -> Iterator[None]:
    """Turn sqlite3 errors that an advisor can act on (disk full, read-only) into StorageError."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        known = translate(exc, path)
        if known is None:
            raise
        raise known from exc


def database_path(db: Database) -> Path:
    row = db.execute("PRAGMA database_list").fetchone()
    return Path(row[2])


__all__ = [
    "StorageError",
    "connect",
    "database_path",
    "installation_id",
    "integrity_problems",
    "known_errors",
    "open_database",
]
