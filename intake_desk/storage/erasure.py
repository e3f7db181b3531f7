"""Erasure that erases (AVG art. 17): a deleted person leaves no personal data in the file.

Three places keep data after a plain DELETE, and each is handled here:
- the pages SQLite frees: `PRAGMA secure_delete = ON` overwrites deleted cells and freed pages with
  zeros (set on the connection before the first delete);
- the FTS5 search index: an external-content index deletes by adding a "delete" marker; the person's
  words stay in the older segments until those are merged. FTS5's own 'secure-delete' option needs
  SQLite 3.44 and the stdlib here has 3.40, so after deleting we merge the whole index into one
  segment ('optimize'), which drops every deleted entry; with secure_delete on, the old segments'
  pages are zeroed as they are freed (cost at 100,000 candidates: see README, "Privacy");
- the WAL: frames written before the delete still hold the old pages. After the transaction a
  TRUNCATE checkpoint copies the zeroed pages into the database and empties the WAL file.

The tombstones are the erasure log: ids, kinds and times only. `reapply` deletes the people in it
from another database (a restored backup, before it is swapped in), so an erased person never comes
back. Backups older than the retention term are removed by `prune_backups`.

Every table with a `candidate_id` column holds that person's data and is emptied of their rows, so
a table added later (merge conflicts, consent) is covered without changing this module; the audit
log keeps its lines (ids only), which prove the erasure took place.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from pathlib import Path

from sqlite_utils import Database

from . import cipher

log = logging.getLogger(__name__)

CANDIDATE = "candidate"
# Tables that refer to a candidate but are no personal data of them: the log of what was done.
_KEPT = frozenset({"audit", "tombstones"})


def secure(db: Database) -> None:
    """Deleted content is overwritten with zeros from now on, on this connection."""
    db.execute("PRAGMA secure_delete = ON")


def _tables_with_candidate(db: Database) -> list[str]:
    found = []
    for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
            ).fetchall():
        if name in _KEPT or name.startswith(("candidates_fts", "sqlite_")):
            continue
        columns = {r[1] for r in db.execute(f"PRAGMA table_info([{name}])").fetchall()}
        if "candidate_id" in columns:
            found.append(name)
    return found


def _has_table(db: Database, name: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                      [name]).fetchone() is not None


def tombstone(db: Database, record_id: str, kind: str, revision: int, ts: str, inst: str) -> None:
    """The erasure log's entry: the id, what it was, when, where; nothing about the person."""
    db.execute(
        "INSERT INTO tombstones (id, kind, revision, deleted_at, installation_id)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET kind = excluded.kind,"
        " revision = max(tombstones.revision, excluded.revision), deleted_at = excluded.deleted_at,"
        " installation_id = excluded.installation_id",
        [record_id, kind, revision, ts, inst])


def erase_rows(db: Database, candidate_id: str, *, ts: str, inst: str, revision: int = 1) -> None:
    """Remove every row of the person and write their tombstones (one step of a transaction).

    Does not clean the search index (`clean_index`, once after a batch) nor the WAL (`flush_wal`,
    after the commit)."""
    secure(db)
    for table, kind in (("plans", "plan"), ("intakes", "intake")):
        if not _has_table(db, table):
            continue
        for rid, rev in db.execute(f"SELECT id, revision FROM {table} WHERE candidate_id = ?",
                                   [candidate_id]).fetchall():
            tombstone(db, rid, kind, rev + 1, ts, inst)
    tombstone(db, candidate_id, CANDIDATE, revision, ts, inst)
    if _has_table(db, "plan_versions"):
        db.execute("DELETE FROM plan_versions WHERE plan_id IN"
                   " (SELECT id FROM plans WHERE candidate_id = ?)", [candidate_id])
    # The candidate first: append-only histories allow deleting their rows once the person is gone.
    db.execute("DELETE FROM candidates WHERE id = ?", [candidate_id])
    for table in _tables_with_candidate(db):
        db.execute(f"DELETE FROM [{table}] WHERE candidate_id = ?", [candidate_id])


def clean_index(db: Database) -> None:
    """Merge the search index into one segment, dropping the words of deleted rows (see above)."""
    secure(db)
    db.execute("INSERT INTO candidates_fts(candidates_fts) VALUES ('optimize')")


def flush_wal(db: Database) -> bool:
    """Copy the WAL into the database and empty it; False when another reader kept it (then the
    next checkpoint does it, and the pages it holds are already the zeroed ones)."""
    row = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return bool(row is None or row[0] == 0)


def erased_ids(db: Database) -> set[str]:
    """The erasure log: every candidate id deleted here (or received as deleted)."""
    if not _has_table(db, "tombstones"):
        return set()
    return {r[0] for r in db.execute("SELECT id FROM tombstones WHERE kind = ?", [CANDIDATE])}


def reapply(db: Database, ids: Iterable[str], *, inst: str, ts: str | None = None) -> list[str]:
    """Erase again, in `db`, every candidate of `ids` it still holds, and log all of `ids` as
    erased; returns the ids that were still there. One step of a transaction; cleans the index."""
    ts = ts or datetime.now(UTC).isoformat(timespec="milliseconds")
    present = []
    for cid in sorted(set(ids)):
        row = db.execute("SELECT revision FROM candidates WHERE id = ?", [cid]).fetchone()
        if row is not None:
            erase_rows(db, cid, ts=ts, inst=inst, revision=int(row[0]) + 1)
            present.append(cid)
        elif db.execute("SELECT 1 FROM tombstones WHERE id = ?", [cid]).fetchone() is None:
            tombstone(db, cid, CANDIDATE, 1, ts, inst)
    if present:
        clean_index(db)
    return present


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def log_of(paths: Iterable[Path], connect: Callable[[Path], sqlite3.Connection] = _read_only
           ) -> set[str]:
    """The union of the erasure logs in these database files; a file that cannot be read (damaged,
    missing, not ours) adds nothing."""
    ids: set[str] = set()
    for path in paths:
        if not path.is_file():
            continue
        try:
            conn = connect(path)
            try:
                ids |= erased_ids(Database(conn, execute_plugins=False))
            finally:
                conn.close()
        except (sqlite3.Error, ValueError, *cipher.Error) as exc:  # type: ignore[misc]
            log.warning("erasure log not readable in %s: %s", path.name, type(exc).__name__)
    return ids


def carry_over(db_path: Path, restored: Path, sources: Iterable[Path] = (), *,
               read: Callable[[Path], sqlite3.Connection] = _read_only,
               write: Callable[[Path], sqlite3.Connection] | None = None) -> list[str]:
    """Apply the erasure log of the database at `db_path` (and of `sources`: the other backups, which
    still hold it when the database itself is damaged) to the copy `restored`, before it is swapped
    in. `read` and `write` open a file (keyed, for an encrypted database); `write` must give a
    connection in autocommit mode. Returns the ids erased from the copy."""
    ids = log_of([db_path, *sources], read)
    if not ids:
        return []
    conn = write(restored) if write else sqlite3.connect(str(restored), isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        target = Database(conn, execute_plugins=False)
        row = conn.execute("SELECT value FROM meta WHERE key = 'installation_id'").fetchone()
        conn.execute("BEGIN IMMEDIATE")
        try:
            present = reapply(target, ids, inst=str(row[0]) if row else "")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()
    if present:
        log.info("restore: %d erased candidates removed again from the restored copy", len(present))
    return present


# --- backups past the term ---------------------------------------------------------------------
_STAMP = re.compile(r"-(\d{8})T\d{6}\d*Z-")


def backup_day(path: Path) -> date | None:
    """The UTC day a backup was made, from its name (backups.create writes it there)."""
    found = _STAMP.search(path.name)
    if not found:
        return None
    return datetime.strptime(found.group(1), "%Y%m%d").date()


def months_before(day: date, months: int) -> date:
    """`day` moved back `months` calendar months (the 31st becomes the month's last day)."""
    import calendar

    total = day.year * 12 + (day.month - 1) - months
    year, month = divmod(total, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def prune_backups(backups: Iterable[Path], today: date, months: int) -> list[Path]:
    """Delete the backups made more than `months` months before `today`; returns what went."""
    limit = months_before(today, months)
    gone = []
    for path in backups:
        made = backup_day(path)
        if made is not None and made < limit:
            path.unlink(missing_ok=True)
            gone.append(path)
    if gone:
        log.info("removed %d backups older than %d months", len(gone), months)
    return gone
