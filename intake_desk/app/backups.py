"""Backup use cases: a backup now, putting one back, and checking a database file (`intake-desk check`).
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from ..progress import NULL, Progress
from ..storage import backups, database_path, not_ours, open_database


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
