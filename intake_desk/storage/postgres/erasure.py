"""Erasure on PostgreSQL (AVG art. 17): storage/erasure.py's functions for the server.

`erase_rows` does what it does on SQLite, in the caller's transaction: the tombstones (ids, kinds,
times: the erasure log), then every row of the person. Deleting the candidate takes, through the
foreign keys' ON DELETE CASCADE, the intakes, plans and plan versions, consent events and merge
conflict values (PostgreSQL runs a cascade as the table's owner, so this works for a desk's role,
which may not delete plan versions or consent events itself); then every other table with a
`candidate_id` column still holding rows of the person is emptied of them (drafts, and any table
added later), as on SQLite. The audit log keeps its lines (ids only), the merge state its ids and
counters (storage/merge.py says why).

What SQLite needs beyond the DELETE has no meaning here, and what PostgreSQL does instead:
- no `secure_delete` and no WAL file to truncate: a deleted row stays on its page as a dead tuple
  (and in the write-ahead log segments and in any base backup or `pg_dump` made before) until
  VACUUM reclaims the space, which autovacuum does by itself within minutes on a busy table;
  VACUUM marks the space free, it does not overwrite it with zeros. docs/postgresql.md advises IT
  (autovacuum on, encrypted storage, WAL archives and dumps kept no longer than the retention term);
- the search index is a GIN index over a generated column: its entries point at the row version and
  go with it when VACUUM removes it, so `clean_index` has nothing to merge;
- backups are IT's (`pg_dump`): `reapply` to a restored copy is the restore procedure's work
  (docs/postgresql.md), not a file function here. `backup_day`, `months_before` and
  `prune_backups` act on files and are storage/erasure.py's own.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..erasure import CANDIDATE, backup_day, months_before, prune_backups
from .connection import PgDatabase

__all__ = ["CANDIDATE", "backup_day", "clean_index", "erase_rows", "erased_ids", "flush_wal",
           "months_before", "prune_backups", "reapply", "secure", "tombstone"]

# Tables that refer to a candidate but are no personal data of them: the log of what was done.
_KEPT = frozenset({"audit", "tombstones"})


def secure(db: PgDatabase) -> None:
    """Nothing to set: PostgreSQL has no secure_delete (see above)."""


def _tables_with_candidate(db: PgDatabase) -> list[str]:
    return [r[0] for r in db.fetchall(
        "SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables t"
        " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
        " WHERE c.column_name = 'candidate_id' AND c.table_schema = current_schema()"
        " AND t.table_type = 'BASE TABLE' ORDER BY c.table_name") if r[0] not in _KEPT]


def tombstone(db: PgDatabase, record_id: str, kind: str, revision: int, ts: str, inst: str) -> None:
    """The erasure log's entry: the id, what it was, when, where; nothing about the person."""
    db.execute(
        "INSERT INTO tombstones (id, kind, revision, deleted_at, installation_id)"
        " VALUES (%s, %s, %s, %s, %s) ON CONFLICT (id) DO UPDATE SET kind = excluded.kind,"
        " revision = greatest(tombstones.revision, excluded.revision),"
        " deleted_at = excluded.deleted_at, installation_id = excluded.installation_id",
        [record_id, kind, revision, ts, inst])


def erase_rows(db: PgDatabase, candidate_id: str, *, ts: str, inst: str, revision: int = 1) -> None:
    """Remove every row of the person and write their tombstones (one step of a transaction)."""
    with db.atomic():
        for table, kind in (("plans", "plan"), ("intakes", "intake")):
            for rid, rev in db.fetchall(f"SELECT id, revision FROM {table} WHERE candidate_id = %s"
                                        " ORDER BY id", [candidate_id]):
                tombstone(db, rid, kind, rev + 1, ts, inst)
        tombstone(db, candidate_id, CANDIDATE, revision, ts, inst)
        db.execute("DELETE FROM candidates WHERE id = %s", [candidate_id])
        for table in _tables_with_candidate(db):
            if db.scalar(f'SELECT 1 FROM "{table}" WHERE candidate_id = %s LIMIT 1',
                         [candidate_id]) is not None:
                db.execute(f'DELETE FROM "{table}" WHERE candidate_id = %s', [candidate_id])


def clean_index(db: PgDatabase) -> None:
    """Nothing to merge: the GIN index's entries go with the row versions (see above)."""


def flush_wal(db: PgDatabase) -> bool:
    """True: there is no WAL file of ours to empty; the server's own is IT's (see above)."""
    return True


def erased_ids(db: PgDatabase) -> set[str]:
    """The erasure log: every candidate id deleted here (or received as deleted)."""
    return {r[0] for r in db.fetchall("SELECT id FROM tombstones WHERE kind = %s", [CANDIDATE])}


def reapply(db: PgDatabase, ids: Iterable[str], *, inst: str, ts: str | None = None) -> list[str]:
    """Erase again every candidate of `ids` the server still holds (after a restore from a dump
    older than some erasures), and log all of `ids` as erased; returns the ids that were there."""
    from ..audit import now

    ts = ts or now()
    present = []
    with db.atomic():
        for cid in sorted(set(ids)):
            found = db.scalar("SELECT revision FROM candidates WHERE id = %s FOR UPDATE", [cid])
            if found is not None:
                erase_rows(db, cid, ts=ts, inst=inst, revision=int(found) + 1)
                present.append(cid)
            elif db.scalar("SELECT 1 FROM tombstones WHERE id = %s", [cid]) is None:
                tombstone(db, cid, CANDIDATE, 1, ts, inst)
    return present
