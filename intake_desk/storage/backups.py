"""Backups through SQLite's online backup API (a file copy of a live WAL database can be corrupt).

Backups live beside the database in `<name>.backups/`, named with a UTC timestamp and the reason,
and rotate: the newest KEEP are kept.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from .errors import BackupUnsound

log = logging.getLogger(__name__)

KEEP = 12


def folder(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".backups")


def create(db: Database, db_path: Path, reason: str = "handmatig") -> Path:
    """Write a consistent copy of `db` and rotate old copies; returns the new file."""
    target_dir = folder(db_path)
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = target_dir / f"{db_path.stem}-{stamp}-{reason}.sqlite"
    tmp = target.with_suffix(".partial")
    dest = sqlite3.connect(str(tmp))
    try:
        db.conn.backup(dest)
        ok = dest.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        dest.close()
    if not ok:
        tmp.unlink(missing_ok=True)
        raise BackupUnsound(target, writing=True)
    tmp.replace(target)
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
    for candidate in all_backups(db_path):
        if is_sound(candidate):
            return candidate
    return None


def is_sound(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def rotate(db_path: Path, keep: int = KEEP) -> None:
    for old in all_backups(db_path)[keep:]:
        old.unlink(missing_ok=True)


def restore(backup: Path, db_path: Path) -> Path:
    """Put `backup` in place of the database; the damaged file is kept aside, never deleted.

    Returns where the old file was moved to.
    """
    if not is_sound(backup):
        raise BackupUnsound(backup, writing=False)  # a known error: the advisor picks another
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = db_path.with_name(f"{db_path.name}.beschadigd-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(db_path) + suffix)
        if part.exists():
            part.replace(Path(str(aside) + suffix))
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    dest = sqlite3.connect(str(db_path))
    try:
        src.backup(dest)
    finally:
        src.close()
        dest.close()
    log.info("restored %s from %s", db_path.name, backup.name)
    return aside
