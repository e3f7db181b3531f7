"""Moving a laptop's SQLite database into an empty PostgreSQL store, accounted for row by row (issue #19).

`move` is what `intake-desk migrate-to postgresql://...` runs (cli/migrate.py). All of it happens in
one transaction on the server: either every row arrives and is checked, or nothing is written.

- Rows move as they are stored (copy.py): the same ids, values and checksums, so a record that
  verified on the laptop verifies on the server, and a damaged one stays recognisably damaged.
- Checked before the commit, per table: the same primary keys on both sides, the same checksum per
  key, and every row on the server matching its checksum again (so every value arrived unchanged);
  tables without checksums (tombstones, advisors) are compared value for value.
- The target must be empty: merging two stores is the fair merge's work (issue #16), not a copy's.
- What the server has no place for yet is never dropped silently: each such table with rows is
  named in the report, and the move is refused unless the caller says to leave them behind.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from ..checksums import COLUMNS, sound
from ..errors import StorageError
from . import audit
from . import catalog as catalog_store
from . import schema as pg_schema
from .connection import PgDatabase
from .copy import copy_rows
from .merge_move import MERGE_KEYS, MERGE_PLAIN, MERGE_TABLES, key_of, move_clocks
from .schema_catalog import MOVED_KEYS as CATALOG_KEYS
from .schema_catalog import MOVED_TABLES as CATALOG_TABLES
from .schema_followup import MOVED_KEYS as FOLLOWUP_KEYS
from .schema_followup import MOVED_PLAIN as FOLLOWUP_PLAIN
from .schema_followup import MOVED_TABLES as FOLLOWUP_TABLES

# Moved, in the order their foreign keys need. Each with its primary key and, for the two without
# a checksum, the columns that are compared value for value.
MOVED = ("advisors", "candidates", "intakes", "plans", "plan_versions", "drafts", "settings", "audit",
         "tombstones", *MERGE_TABLES, *FOLLOWUP_TABLES,
         *CATALOG_TABLES)
_KEY = {"settings": "key", "audit": "seq", **MERGE_KEYS, **FOLLOWUP_KEYS, **CATALOG_KEYS}
_PLAIN = {"tombstones": ("id", "kind", "revision", "deleted_at", "installation_id"),
          "advisors": ("id", "name", "created_at"), **MERGE_PLAIN, **FOLLOWUP_PLAIN}

# Not moved, and why (Dutch, English). Tables that belong to the laptop itself, or that the server
# makes again from the moved rows, are not a loss; tables it has no place for yet are (LEFT_BEHIND).
_STAYS = ("blijft op de laptop", "stays on the laptop")
_REBUILT = ("afgeleid uit de verhuisde gegevens, er gaat niets verloren",
            "derived from the moved records, nothing is lost")
# The catalog is the region's, not a laptop's record: a server that has one already keeps it (a desk
# may have loaded it before the move), and the laptop's is not copied over it.
_SERVER_CATALOG = ("de server heeft al een eigen catalogus; lees die van de laptop daar opnieuw in als"
                   " die nodig is", "the server has a catalogue of its own; import the laptop's there"
                   " again if it is needed")
NOT_MOVED: dict[str, tuple[str, str]] = {
    "meta": _STAYS, "_sqlite_migrations": _STAYS, "bundle_own_keys": _STAYS, "bundle_peers": _STAYS,
}
_NOT_YET = ("de server heeft hier nog geen tabel voor", "the server has no table for this yet")


def _not_moved(table: str) -> tuple[str, str] | None:
    """Why `table` is not moved when that is no loss, or None when leaving it behind loses data."""
    if table in NOT_MOVED:
        return NOT_MOVED[table]
    if table.startswith(("candidates_fts", "fig_")):  # the search index and the figures' tables
        return _REBUILT
    return None


@dataclass(frozen=True, slots=True)
class TableCount:
    """One moved table: rows on the laptop, rows copied, rows on the server after the move, and how
    many of them fail their checksum (copied as they are, so the damage stays visible)."""

    table: str
    source: int
    copied: int
    target: int
    damaged: int = 0
    differ: int = 0  # keys missing on one side, or whose checksum or values differ

    @property
    def complete(self) -> bool:
        return self.source == self.copied == self.target and not self.differ


@dataclass(frozen=True, slots=True)
class LeftBehind:
    table: str
    rows: int
    reason_nl: str
    reason_en: str
    loss: bool  # True: data the server has no place for yet, not something it rebuilds or the laptop keeps


@dataclass(frozen=True, slots=True)
class MoveReport:
    tables: tuple[TableCount, ...]
    left_behind: tuple[LeftBehind, ...]
    source_installation: str
    moved: bool  # False: a dry run or a refusal; nothing was written on the server
    extra_audit: int = 0  # audit lines the server added about the move itself
    migrated: tuple[str, ...] = field(default=())  # schema migrations applied on the way

    @property
    def losses(self) -> tuple[LeftBehind, ...]:
        return tuple(t for t in self.left_behind if t.loss)


class MoveRefused(StorageError):
    """The move cannot go ahead; nothing was written on the server."""

    def __init__(self, text_nl: str, text_en: str, report: MoveReport | None = None) -> None:
        super().__init__(f"Verhuizen geweigerd: {text_nl}", f"Move refused: {text_en}")
        self.report = report


def _columns(table: str) -> tuple[str, ...]:
    return _PLAIN.get(table) or (*COLUMNS[table], "checksum")


def _source_rows(src: Database, table: str) -> Iterable[tuple[Any, ...]]:
    names = ", ".join(_columns(table))
    cursor = src.execute(f"SELECT {names} FROM {table} ORDER BY {_KEY.get(table, 'id')}")
    return iter(cursor.fetchone, None)


def _copy_plain(dst: PgDatabase, table: str, rows: Iterable[Sequence[Any]]) -> int:
    n = 0
    with dst.atomic(), dst.conn.cursor().copy(
            f"COPY {table} ({', '.join(_PLAIN[table])}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
            n += 1
    return n


def _fingerprints(rows: Iterable[Sequence[Any]], table: str) -> tuple[dict[Any, Any], int]:
    """{primary key: checksum (or the whole row, for a table without one)} and how many rows fail
    their checksum."""
    found: dict[Any, Any] = {}
    damaged = 0
    plain = table in _PLAIN
    for row in rows:  # every moved table has its primary key first
        row = tuple(row)
        if plain:
            found[_key_of(table, row)] = row
        else:
            found[_key_of(table, row)] = bytes(row[-1]) if row[-1] is not None else None
            damaged += not sound(row)
    return found, damaged


def _key_of(table: str, row: Sequence[Any]) -> Any:
    # a demand figure is known by its region, crebo and occupation together
    return tuple(row[:3]) if table == "demand" else key_of(table, row)


def _target_rows(dst: PgDatabase, table: str) -> Iterable[tuple[Any, ...]]:
    cursor = dst.conn.cursor()
    cursor.execute(f"SELECT {', '.join(_columns(table))} FROM {table}")
    return iter(cursor.fetchone, None)


def survey(src: Database) -> tuple[dict[str, int], tuple[LeftBehind, ...]]:
    """Rows per moved table on the laptop, and every other table with rows, with why it stays."""
    counts = {t: int(src.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in MOVED}
    behind = []
    for table in sorted(src.table_names()):
        if table in MOVED:
            continue
        rows = int(src.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
        why = _not_moved(table)
        if rows and why is None:
            behind.append(LeftBehind(table, rows, *_NOT_YET, loss=True))
        elif rows and why is not None:
            behind.append(LeftBehind(table, rows, *why, loss=False))
    return counts, tuple(behind)


def _installation(src: Database) -> str:
    found = src.execute("SELECT value FROM meta WHERE key = 'installation_id'").fetchone()
    return str(found[0]) if found else ""


_LOCK = 0x1D_E5_20  # serialises two moves into the same server (any constant of our own)


def move(src: Database, dst: PgDatabase, *, leave_behind: bool = False) -> MoveReport:
    """Copy the laptop's database `src` into the empty store `dst`, in one server transaction.

    Refused (MoveRefused, nothing written) when the server already holds records, or when tables
    with data the server has no place for would be left behind and `leave_behind` is False.
    The schema is created first when the server lacks it (that needs the owner role).
    """
    migrated: tuple[str, ...] = ()
    src.execute("BEGIN")  # one consistent view of the laptop's file while it is read
    try:
        counts, behind = survey(src)
        source_installation = _installation(src)
        plan = MoveReport(tuple(TableCount(t, n, 0, 0) for t, n in counts.items()), behind,
                          source_installation, moved=False)
        losses = plan.losses
        if losses and not leave_behind:
            names = ", ".join(f"{t.table} ({t.rows})" for t in losses)
            raise MoveRefused(
                f"de server heeft nog geen plaats voor: {names}. Die gegevens zouden op de laptop"
                " achterblijven. Geef --leave-behind als dat de bedoeling is.",
                f"the server has no place yet for: {names}. That data would stay behind on the"
                " laptop. Give --leave-behind if that is what you want.", plan)
        # The schema step runs in its own transaction(s) before the copy (schema.migrate); a refused
        # or failed copy leaves an empty, migrated database.
        if set(pg_schema.KNOWN) - set(pg_schema.applied(dst)):
            migrated = tuple(pg_schema.migrate(dst))
        with dst.atomic():
            dst.execute("SELECT pg_advisory_xact_lock(%s)", [_LOCK])
            filled = [(t, int(dst.scalar(f"SELECT count(*) FROM {t}"))) for t in MOVED
                      if t not in CATALOG_TABLES]
            filled = [(t, n) for t, n in filled if n]
            if filled:
                names = ", ".join(f"{t} ({n})" for t, n in filled)
                raise MoveRefused(
                    f"de server bevat al gegevens: {names}. Verhuizen kan alleen naar een lege"
                    " database; samenvoegen met een server die al gegevens heeft kan nog niet.",
                    f"the server already holds data: {names}. Moving works into an empty database"
                    " only; merging into a server that already holds data is not possible yet.",
                    plan)
            kept = any(dst.scalar(f"SELECT EXISTS (SELECT 1 FROM {t})") for t in CATALOG_TABLES)
            if kept:
                behind += tuple(LeftBehind(t, counts[t], *_SERVER_CATALOG, loss=False)
                                for t in CATALOG_TABLES if counts[t])
            tables = []
            for table in MOVED:
                if kept and table in CATALOG_TABLES:
                    continue
                rows = _source_rows(src, table)
                copied = _copy_plain(dst, table, rows) if table in _PLAIN else copy_rows(dst, table, rows)
                tables.append(_check(src, dst, table, counts[table], copied))
            bad = [t for t in tables if not t.complete]
            if bad:
                nl = ", ".join(f"{t.table} ({t.source} -> {t.target}, {t.differ} anders)" for t in bad)
                en = ", ".join(f"{t.table} ({t.source} -> {t.target}, {t.differ} differ)" for t in bad)
                raise MoveRefused(f"na het kopiëren klopt het niet: {nl}; niets is bewaard.",
                                  f"after copying the tables differ: {en}; nothing was kept.")
            if any(t.copied for t in tables if t.table in CATALOG_TABLES):
                catalog_store.bump_revision(dst)  # the desks' catalog caches start afresh
            move_clocks(src, dst)  # the laptop's merge counter, clock and peers (merge_move.py)
            # Later audit lines on the server follow the laptop's, which keep their numbers.
            dst.execute("SELECT setval('audit_seq', greatest((SELECT max(seq) FROM audit), 1),"
                        " (SELECT count(*) > 0 FROM audit))")
            detail = " ".join(f"{t.table}={t.target}" for t in tables)
            audit.record(dst, "migrate-in", "database", source_installation or None,
                         installation_id=dst.installation_id, detail=detail)
    finally:
        src.execute("ROLLBACK")
    return MoveReport(tuple(tables), behind, source_installation, moved=True, extra_audit=1,
                      migrated=migrated)


def _check(src: Database, dst: PgDatabase, table: str, source: int, copied: int) -> TableCount:
    """Compare the table on both sides: keys, checksums and the server's rows against their sums."""
    mine, damaged = _fingerprints(_source_rows(src, table), table)
    theirs, damaged_there = _fingerprints(_target_rows(dst, table), table)
    differ = sum(1 for k in mine.keys() | theirs.keys() if mine.get(k, k) != theirs.get(k, ()))
    # A row that verifies on the laptop but not on the server changed on the way (same checksum).
    differ += abs(damaged_there - damaged)
    return TableCount(table, source, copied, len(theirs), damaged, differ)


__all__ = ["MOVED", "NOT_MOVED", "LeftBehind", "MoveRefused", "MoveReport", "TableCount", "move",
           "survey"]
