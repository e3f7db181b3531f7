"""What `migrate-to` (migrate.py) moves of the fair merge and the consent record, and how.

The tables of pg004_merge (schema_merge.py) hold the same rows as on the laptop, so they are copied
and checked as the records are: the sealed ones (merge_state, merge_siblings, merge_resolved,
merge_plan_versions) by checksum, the others value for value. A table keyed by more than one column
is fingerprinted by its whole key (`key_of`).

The laptop's own merge counter, clock and what it has seen of its peers are `meta` values there;
on the server they become its installation's row in `merge_clocks` and rows of `merge_seen`
(`move_clocks`). Without them the server would not know it holds the laptop's writes, and a desk
using the laptop's installation id would hand out write numbers the laptop already used.
Its own bundle keys stay on the laptop (migrate.NOT_MOVED).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from ...domain.merge import join
from .connection import PgDatabase

# In the order their foreign keys need (after candidates, which migrate.MOVED copies first).
MERGE_TABLES = ("consent_events", "merge_state", "merge_siblings", "merge_resolved",
                "merge_plan_versions", "merge_audit_origin", "merge_notices", "merge_duplicates",
                "merge_peers")
# The order rows are read in (the primary key).
MERGE_KEYS = {"merge_siblings": "candidate_id, field, dot", "merge_resolved": "candidate_id, field",
              "merge_plan_versions": "version_id", "merge_audit_origin": "seq",
              "merge_notices": "record_id", "merge_duplicates": "a, b", "merge_peers": "peer_id"}
# Tables without a checksum, compared value for value: their columns, primary key first.
MERGE_PLAIN = {
    "consent_events": ("id", "candidate_id", "seq", "purpose", "given", "on_date", "text_version",
                       "advisor_id", "recorded_at", "installation_id"),
    "merge_audit_origin": ("seq", "installation_id", "counter"),
    "merge_notices": ("record_id", "installations", "at"),
    "merge_duplicates": ("a", "b", "score", "status", "at"),
    "merge_peers": ("peer_id", "vector", "at"),
}
_KEY_WIDTH = {"merge_siblings": 3, "merge_resolved": 2, "merge_duplicates": 2}


def key_of(table: str, row: Sequence[Any]) -> Any:
    """The primary key of a row read in the table's column order."""
    width = _KEY_WIDTH.get(table, 1)
    return row[0] if width == 1 else tuple(row[:width])


def _meta(src: Database, key: str) -> str | None:
    found = src.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return None if found is None else str(found[0])


def move_clocks(src: Database, dst: PgDatabase) -> None:
    """The laptop's counter and clock into `merge_clocks`, what it has seen into `merge_seen`, and
    checked read back (MoveRefused when they did not arrive). One step of the move's transaction."""
    from . import merge
    from .migrate import MoveRefused

    inst = _meta(src, "installation_id")
    counter = int(_meta(src, "merge_counter") or 0)
    hlc = _meta(src, "merge_hlc")
    seen = {str(k): int(v) for k, v in json.loads(_meta(src, "merge_vector") or "{}").items()}
    if inst and (counter or hlc):
        dst.execute("INSERT INTO merge_clocks (installation_id, counter, hlc) VALUES (%s, %s, %s)"
                    " ON CONFLICT (installation_id) DO UPDATE SET"
                    " counter = greatest(merge_clocks.counter, excluded.counter),"
                    " hlc = greatest(merge_clocks.hlc, excluded.hlc)", [inst, counter, hlc])
    merge.see(dst, seen)
    wanted = join(seen, {inst: counter} if inst and counter else {})
    have = merge.vector(dst)
    if any(have.get(k, 0) < v for k, v in wanted.items()):
        raise MoveRefused("de stand van het samenvoegen (merge_counter, merge_vector) kwam niet goed"
                          " over; niets is bewaard.",
                          "the merge counters (merge_counter, merge_vector) did not arrive intact;"
                          " nothing was kept.")
