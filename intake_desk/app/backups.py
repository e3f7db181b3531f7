"""Backup use cases: a backup now, putting one back, and checking a database file (`intake-desk check`);
on a PostgreSQL server the same three with PostgreSQL's own tools (pg_dump, pg_restore) and a
read-only check of the records and rules (`backup_server`, `restore_server`, `check_server`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from ..progress import NULL, Progress
from ..storage import backups, database_path, not_ours, open_database

if TYPE_CHECKING:
    from ..storage.postgres.check import ServerCheck
    from ..storage.postgres.dump import Dumped, Restored


def backup_now(db: Database, reason: str = "handmatig") -> Path:
    return backups.create(db, database_path(db), reason=reason)


def restore_backup(db_path: Path, backup: Path | None = None, progress: Progress = NULL
                   ) -> tuple[Path, Path | None]:
    """Put back `backup` (default: the newest good one) in place of the database at `db_path`.

    Takes a path, not an open database: the caller must have closed its connection (the GUI runs this
    on its database thread after a failed open). Returns (the backup used, where the old file is kept,
    or None when there was none). Either the old or the restored database is at the path afterwards,
    whatever happens (storage/backups.py)."""
    from ..storage import NoGoodBackup, busy_timeout_ms

    source = backup or backups.newest(db_path)
    if source is None:
        raise NoGoodBackup(backups.folder(db_path))
    aside = backups.restore(source, db_path, busy_timeout_s=busy_timeout_ms() / 1000,
                            progress=progress)
    return source, aside


def check_database(path: Path) -> list[str]:
    """What is wrong with the database at `path`, in Dutch; an empty list means it is in order.

    Never creates a file, never migrates. An empty database (0 bytes, or no tables) is not in order:
    that is what a lost database looks like; the message says where its data still is."""
    from ..storage import (
        DatabaseCorrupt,
        DatabaseEmpty,
        DatabaseTooNew,
        NotADatabase,
        integrity_problems,
    )

    if not path.exists():
        return [f"{path} bestaat niet."]
    wal = Path(f"{path}-wal")
    if path.stat().st_size == 0 and not (wal.exists() and wal.stat().st_size > 0):
        return [str(DatabaseEmpty(path, *backups.where_data_is(
            path, backups.newest(path), backups.kept_aside(path))))]
    try:
        db = open_database(path, migrate=False)
    except (DatabaseCorrupt, DatabaseEmpty, DatabaseTooNew, NotADatabase) as exc:
        return [str(exc)]  # what the file is; a busy or full disk says nothing about it and is raised
    try:
        problem = not_ours(db, path)
        return [str(problem)] if problem is not None else integrity_problems(db)
    finally:
        db.close()


def check_integrity(db: Database) -> None:
    """The integrity check a quick open left for later (`opening.open_checking_later`): raises
    DatabaseCorrupt, naming the newest good backup, when the file is damaged."""
    from ..storage import quick_check

    if getattr(db, "backend", "sqlite") == "postgresql":
        return  # the server checks its own pages; IT runs pg_amcheck (docs/postgresql.md)
    quick_check(db)


def known_error(exc: BaseException, path: Path) -> Exception | None:
    """A storage fault a use case did not translate (disk full, I/O error, read-only, locked) as the
    known error with its Dutch message, or None when it is none of those."""
    from ..storage import explain

    return explain(exc, path)


# --- a region's PostgreSQL server (docs/postgresql.md, "Backups" and "Checking the server") --------
# Opened without the schema step (`opening.connect_only`): a backup is taken of the server as it is,
# a check never migrates (as on a laptop), and a restore needs an empty database.

def backup_server(url: str, out: Path) -> Dumped:
    """A custom-format pg_dump of the server at `url` to `out` (storage/postgres/dump.py)."""
    from ..storage import known_errors
    from ..storage.postgres import dump
    from .opening import connect_only, server_address

    db = connect_only(url)
    try:
        with known_errors(server_address(url)):
            return dump.dump(db, url.strip(), out)
    finally:
        db.close()


def restore_server(url: str, archive: Path, *, group: str | None = None
                   ) -> tuple[Restored, ServerCheck]:
    """Restore `archive` into the empty database at `url`, give the desks' group role (when it
    exists) this version's grants, and check the result; returns both reports."""
    from ..storage import known_errors
    from ..storage.postgres import check, dump, schema
    from .opening import connect_only, server_address

    where = server_address(url)
    db = connect_only(url)
    try:
        with known_errors(where):
            restored = dump.restore_archive(db, url.strip(), archive)
            role = group or schema.DESK_GROUP
            if db.role_exists(role):
                schema.grant_desks(db, role)
            return restored, check.check(db, group=role)
    finally:
        db.close()


def check_server(url: str, *, group: str | None = None) -> ServerCheck:
    """The server's `check` (storage/postgres/check.py): read-only, never migrates."""
    from ..storage import known_errors
    from ..storage.postgres import check, schema
    from .opening import connect_only, server_address

    db = connect_only(url)
    try:
        with known_errors(server_address(url)):
            return check.check(db, group=group or schema.DESK_GROUP)
    finally:
        db.close()
