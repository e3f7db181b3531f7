"""The merge state of every record (migration m005_merge), for fair mode (issue 16). The rules are in
domain/merge.py; the use cases in app/merge.py.

`merge_state` holds, per candidate id, what merge needs and nothing personal: the record's version
vector, the writes its fields are at (dot -> clock stamp and what that write had seen), which field
is at which write (`base` is the write of every field not listed in `fields`, so a record saved once
costs one small row) and, once deleted, the delete's own version. It is keyed by `id`, not
`candidate_id`, because it must outlive the person: an erasure (storage/erasure.py) empties every
table with a `candidate_id` column, and this row is what tells a later bundle that the person was
deleted here. The values of the fields are the record itself (candidates, intakes); only the
competing values of a conflict are kept beside it, in `merge_siblings`, which does go with the person.

Every write of this installation takes the next number of its counter (meta `merge_counter`) and a
stamp of its hybrid logical clock (meta `merge_hlc`).
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from ..domain import clock
from ..domain.codec import json_text
from ..domain.merge import RecordState, Sibling, Write, dot_key, join, newer_than, split
from ..domain.privacy import PRIVACY_TEXT_VERSION, steps
from .audit import now
from .checksums import COLUMNS, damaged, digest, fetch, select_list, sound
from .database import installation_id
from .errors import RecordDamaged

if TYPE_CHECKING:
    from ..domain import CandidateRecord

log = logging.getLogger(__name__)

# The wall clock in ms; tests replace it (`set_wall_clock`) to play laptops whose clocks differ.
_wall: Callable[[], int] = lambda: int(time.time() * 1000)  # noqa: E731


def set_wall_clock(fn: Callable[[], int] | None) -> None:
    """Use `fn` as the wall clock (None: the real one). For tests and simulations only."""
    global _wall
    _wall = fn if fn is not None else (lambda: int(time.time() * 1000))


SCHEMA = (
    """CREATE TABLE merge_state (
        id TEXT PRIMARY KEY,
        vector TEXT NOT NULL,
        base TEXT NOT NULL,
        writes TEXT NOT NULL,
        fields TEXT NOT NULL DEFAULT '{}',
        conflicts INTEGER NOT NULL DEFAULT 0,
        deleted TEXT,
        checksum BLOB
    )""",
    "CREATE INDEX merge_state_conflicts ON merge_state(id) WHERE conflicts > 0",
    """CREATE TABLE merge_siblings (
        candidate_id TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        field TEXT NOT NULL,
        dot TEXT NOT NULL,
        value TEXT NOT NULL,
        checksum BLOB,
        PRIMARY KEY (candidate_id, field, dot)
    )""",
    # the options of the last resolution of each field, so the advisor can undo it (personal data)
    """CREATE TABLE merge_resolved (
        candidate_id TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        field TEXT NOT NULL,
        options TEXT NOT NULL,
        checksum BLOB,
        PRIMARY KEY (candidate_id, field)
    )""",
    # ids only: a deleted record that had an edit the delete had not seen
    """CREATE TABLE merge_notices (
        record_id TEXT PRIMARY KEY,
        installations TEXT NOT NULL,
        at TEXT NOT NULL
    )""",
    """CREATE TABLE merge_duplicates (
        a TEXT NOT NULL,
        b TEXT NOT NULL,
        score REAL NOT NULL,
        status TEXT NOT NULL DEFAULT 'open',
        at TEXT NOT NULL,
        PRIMARY KEY (a, b)
    )""",
    "CREATE TABLE merge_peers (peer_id TEXT PRIMARY KEY, vector TEXT NOT NULL, at TEXT NOT NULL)",
    # audit lines from other installations, keyed by where they were written
    """CREATE TABLE merge_audit_origin (
        seq INTEGER PRIMARY KEY,
        installation_id TEXT NOT NULL,
        counter INTEGER NOT NULL,
        UNIQUE (installation_id, counter)
    )""",
    # where each plan version was made (the version number shown is per database, in order of arrival)
    """CREATE TABLE merge_plan_versions (
        version_id TEXT PRIMARY KEY,
        installation_id TEXT NOT NULL,
        counter INTEGER NOT NULL,
        hlc TEXT NOT NULL,
        checksum BLOB
    )""",
)


def create(db: Database) -> None:
    """The tables of m005_merge, and every stored record brought in as written once by this
    installation (there is no older history to recover)."""
    for statement in SCHEMA:
        db.execute(statement)
    backfill(db)
    backfill_plan_versions(db)


# Both tables are sealed (storage/checksums.py COLUMNS, SEALED_BY["m005_merge"]): a flipped bit in a
# version vector could otherwise make a desk skip a write as "already seen".
def _put(db: Database, row: tuple[Any, ...]) -> None:
    """Write one merge_state row (COLUMNS order) with its checksum."""
    db.execute("INSERT OR REPLACE INTO merge_state (id, vector, base, writes, fields, conflicts,"
               " deleted, checksum) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [*row, digest(list(row))])


def _seal_missing(db: Database) -> None:
    """Seal the rows a bulk INSERT ... SELECT wrote without a checksum (backfill)."""
    rows = db.execute(f"SELECT rowid, {_STATE} FROM merge_state WHERE checksum IS NULL").fetchall()
    db.conn.executemany("UPDATE merge_state SET checksum = ? WHERE rowid = ?",
                        [(digest(list(r[1:])), r[0]) for r in rows])


# --- counter and clock ---------------------------------------------------------------------------

def _meta(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def _set_meta(db: Database, key: str, value: str) -> None:
    db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET"
               " value = excluded.value", [key, value])


def counter(db: Database) -> int:
    return int(_meta(db, "merge_counter") or 0)


def last_hlc(db: Database) -> clock.Hlc:
    text = _meta(db, "merge_hlc")
    return clock.Hlc.parse(text) if text else clock.ZERO


def _take(db: Database, n: int = 1) -> tuple[str, int, clock.Hlc]:
    """Reserve `n` counter values (the first is returned) and one clock stamp."""
    inst = installation_id(db)
    first = counter(db) + 1
    _set_meta(db, "merge_counter", str(first + n - 1))
    stamp = clock.tick(last_hlc(db), _wall())
    _set_meta(db, "merge_hlc", stamp.encode())
    return inst, first, stamp


def next_write(db: Database, seen: Mapping[str, int]) -> Write:
    """A new write of this installation that has seen `seen` (and itself)."""
    inst, n, stamp = _take(db)
    return Write(inst, n, stamp.encode(), join(seen, {inst: n}))


def receive(db: Database, highest: str | None) -> None:
    """Our clock after reading stamps up to `highest` (domain/clock.receive)."""
    if not highest:
        return
    stamp = clock.receive(last_hlc(db), clock.Hlc.parse(highest), _wall())
    _set_meta(db, "merge_hlc", stamp.encode())


def vector(db: Database) -> dict[str, int]:
    """What this database has seen: its own counter and the highest of every peer it merged."""
    known = json.loads(_meta(db, "merge_vector") or "{}")
    own = counter(db)
    if own:
        known[installation_id(db)] = max(own, known.get(installation_id(db), 0))
    return {str(k): int(v) for k, v in known.items()}


def see(db: Database, other: Mapping[str, int]) -> None:
    _set_meta(db, "merge_vector", json.dumps(join(vector(db), other), sort_keys=True))


# --- the stored state ----------------------------------------------------------------------------

def _write_json(w: Write) -> dict[str, Any]:
    return {"hlc": w.hlc, "seen": dict(sorted(w.seen.items()))}


def _write_of(key: str, data: Mapping[str, Any]) -> Write:
    inst, _, n = key.rpartition(":")
    return Write(inst, int(n), str(data["hlc"]), {str(k): int(v) for k, v in data["seen"].items()})


@dataclass(frozen=True, slots=True)
class Stored:
    """One merge_state row, decoded; `state` has no values yet (`with_values` adds them)."""

    id: str
    vector: dict[str, int]
    writes: dict[str, Write]
    at: dict[str, tuple[str, ...]]  # field -> dots; fields not listed are at `base`
    base: str
    conflicts: int
    deleted: Write | None

    def dots(self, field_name: str) -> tuple[str, ...]:
        return self.at.get(field_name, (self.base,))


def _decode(row: tuple[Any, ...]) -> Stored:
    writes = {k: _write_of(k, v) for k, v in json.loads(row[3]).items()}
    at = {f: tuple(d) for f, d in json.loads(row[4]).items()}
    deleted = None
    if row[6]:
        d = json.loads(row[6])
        deleted = _write_of(d["dot"], d)
    return Stored(row[0], {str(k): int(v) for k, v in json.loads(row[1]).items()}, writes, at,
                  row[2], int(row[5]), deleted)


_STATE = "id, vector, base, writes, fields, conflicts, deleted"


def load(db: Database, record_id: str) -> Stored | None:
    """The merge state of `record_id`, verified (RecordDamaged when it fails its checksum)."""
    rows = fetch(db, f"SELECT {_STATE}, checksum FROM merge_state WHERE id = ?", [record_id])
    if not rows:
        return None
    if not sound(rows[0]):
        raise damaged(db, "merge_state", record_id)
    return _decode(rows[0])


def load_many(db: Database, ids: Iterable[str]) -> dict[str, Stored]:
    ids = list(ids)
    found: dict[str, Stored] = {}
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        for row in fetch(db, f"SELECT {_STATE}, checksum FROM merge_state WHERE id IN"
                             f" ({','.join('?' * len(part))})", part):
            if sound(row):
                found[row[0]] = _decode(row)
    return found


def siblings_of(db: Database, candidate_id: str) -> dict[str, dict[str, Any]]:
    """field -> dot -> value of the conflicting writes kept for `candidate_id`."""
    out: dict[str, dict[str, Any]] = {}
    for row in fetch(db, f"SELECT {select_list('merge_siblings')} FROM merge_siblings"
                         " WHERE candidate_id = ?", [candidate_id]):
        if not sound(row):
            raise damaged(db, "merge_siblings", candidate_id, shown_as="candidates",
                          shown_id=candidate_id)
        out.setdefault(row[1], {})[row[2]] = json.loads(row[3])
    return out


def with_values(db: Database, stored: Stored, values: Mapping[str, Any]) -> RecordState:
    """The stored state with its values: the record's own (`values`, from `split`) for a field at one
    write, the kept siblings for a conflict."""
    extra = siblings_of(db, stored.id) if stored.conflicts else {}
    fields: dict[str, tuple[Sibling, ...]] = {}
    for name in sorted(set(values) | set(stored.at)):
        dots = stored.dots(name)
        if len(dots) == 1:
            fields[name] = (Sibling(stored.writes[dots[0]], values.get(name)),)
        else:
            kept = extra.get(name, {})
            fields[name] = tuple(Sibling(stored.writes[d], kept.get(d, values.get(name)))
                                 for d in dots)
    return RecordState(stored.vector, fields)


def save(db: Database, record_id: str, state: RecordState, *, had_conflicts: bool = True) -> int:
    """Store `state` (fields and vector) for `record_id`; the competing values of each conflict go to
    merge_siblings. Returns the number of fields in conflict."""
    row, siblings = _state_rows(record_id, state)
    _put(db, row)
    if had_conflicts or siblings:
        db.execute("DELETE FROM merge_siblings WHERE candidate_id = ?", [record_id])
        db.conn.executemany(_INSERT_SIBLING, siblings)
    return int(row[5])


_INSERT_SIBLING = ("INSERT INTO merge_siblings (candidate_id, field, dot, value, checksum)"
                   " VALUES (?, ?, ?, ?, ?)")


def _state_rows(record_id: str, state: RecordState
                ) -> tuple[tuple[Any, ...], list[tuple[Any, ...]]]:
    """The merge_state row of `state` (COLUMNS order, without checksum) and its sealed
    merge_siblings rows (the competing values of each conflict)."""
    only = _one_write(state)
    if only is not None:  # the common case (a record saved once, or last by one write): the same row
        return (record_id, json.dumps(dict(sorted(state.vector.items()))), only.key,
                json.dumps({only.key: _write_json(only)}), "{}", 0, None), []
    writes: dict[str, Write] = {}
    counts: dict[str, int] = {}
    for sibs in state.fields.values():
        for s in sibs:
            writes[s.write.key] = s.write
        if len(sibs) == 1:
            counts[sibs[0].write.key] = counts.get(sibs[0].write.key, 0) + 1
    base = max(counts, key=lambda k: (counts[k], k)) if counts else next(iter(writes), "")
    at = {f: [s.write.key for s in sibs] for f, sibs in sorted(state.fields.items())
          if not (len(sibs) == 1 and sibs[0].write.key == base)}
    # `conflicts` counts the fields with more than one write kept (their values are in
    # merge_siblings); whether those disagree is RecordState.conflicted's business.
    conflicted = [(f, sibs) for f, sibs in state.fields.items() if len(sibs) > 1]
    row = (record_id, json.dumps(dict(sorted(state.vector.items()))), base,
           json.dumps({k: _write_json(w) for k, w in sorted(writes.items())}),
           json.dumps(at), len(conflicted), None)
    siblings = [(record_id, f, s.write.key, json.dumps(s.value, ensure_ascii=False))
                for f, sibs in conflicted for s in sibs]
    return row, [(*r, digest(list(r))) for r in siblings]


def _one_write(state: RecordState) -> Write | None:
    """The write every field of `state` is at, when it is one and no field has more than one."""
    only: Write | None = None
    for sibs in state.fields.values():
        if len(sibs) != 1 or (only is not None and sibs[0].write.key != only.key):
            return None
        only = sibs[0].write
    return only


def save_vector(db: Database, record_id: str, seen: Mapping[str, int]) -> None:
    """Only the vector grows: what a record skipped for a delete had, so it counts as seen."""
    row = db.execute(f"SELECT {_STATE} FROM merge_state WHERE id = ?", [record_id]).fetchone()
    if row is not None:
        _put(db, (row[0], json.dumps(dict(sorted(seen.items()))), *row[2:]))


# --- local writes (called by storage/candidates.py) -----------------------------------------------

def stamp_insert(db: Database, candidate_id: str, values: Mapping[str, Any]) -> Write:
    """A new record saved here: every field at one new write."""
    w = next_write(db, {})
    save(db, candidate_id, RecordState(dict(w.seen), {f: (Sibling(w, v),) for f, v in values.items()}),
         had_conflicts=False)
    return w


def stamp_update(db: Database, candidate_id: str, before: Mapping[str, Any],
                 after: Mapping[str, Any]) -> Write | None:
    """A record edited here: the fields whose value changed are at a new write that has seen the whole
    record; the others keep theirs (a conflict in a field not touched stays open)."""
    changed = sorted(f for f in set(before) | set(after) if before.get(f) != after.get(f))
    try:
        stored = load(db, candidate_id)
    except RecordDamaged:
        # The advisor's save must not fail on bookkeeping: the record starts a new history here
        # (every field at this write). At worst a later bundle shows a conflict that was none.
        log.error("merge state damaged, started anew: %s", candidate_id)
        return stamp_insert(db, candidate_id, after)
    if stored is None:
        backfill(db, [candidate_id])
        stored = load(db, candidate_id)
        assert stored is not None
    if not changed:
        return None
    state = with_values(db, stored, before)
    w = next_write(db, stored.vector)
    fields = dict(state.fields)
    for f in changed:
        fields[f] = (Sibling(w, after.get(f)),)
    save(db, candidate_id, RecordState(dict(w.seen), fields), had_conflicts=bool(stored.conflicts))
    return w


def backfill(db: Database, ids: Iterable[str] | None = None) -> int:
    """Give every candidate without merge state one write of this installation (m005_merge, and rows
    written some other way since, such as a benchmark's bare insert). Clock stamps come from the
    record's `updated_at`."""
    inst = installation_id(db) if db.execute(
        "SELECT 1 FROM meta WHERE key = 'installation_id'").fetchone() else None
    if inst is None:
        return 0
    where = "NOT EXISTS (SELECT 1 FROM merge_state m WHERE m.id = c.id)"
    named: dict[str, Any] = {"inst": inst, "start": counter(db)}
    if ids is not None:
        id_list = list(ids)
        # sqlite3 cannot mix named and positional parameters: the ids become :p0, :p1, ...
        named.update({f"p{n}": v for n, v in enumerate(id_list)})
        where += f" AND c.id IN ({','.join(f':p{n}' for n in range(len(id_list)))})"
    made = db.execute(
        "INSERT INTO merge_state (id, vector, base, writes)"
        " SELECT id, json_object(:inst, n), :inst || ':' || n,"
        " json_object(:inst || ':' || n, json_object('hlc', printf('%016d-0000', ms),"
        " 'seen', json_object(:inst, n))) FROM ("
        "  SELECT c.id AS id, :start + row_number() OVER (ORDER BY c.rowid) AS n,"
        "  coalesce(CAST((julianday(c.updated_at) - 2440587.5) * 86400000 AS INTEGER), 0) AS ms"
        f"  FROM candidates c WHERE {where})",
        named,
    ).rowcount
    if made and made > 0:
        _set_meta(db, "merge_counter", str(int(named["start"]) + made))
        _seal_missing(db)
    return max(made, 0)


def stamp_pending(db: Database) -> None:
    """Bring the state up to date before merging or exporting: records stored without merge state get
    it, and a record deleted here since (its row gone, or its id in the erasure log) gets its delete
    as a write of this installation that has seen the whole record."""
    backfill_plan_versions(db)
    # Every record has its state, and a state without a record is one whose id is in the erasure log
    # (a candidate leaves only through erasure.erase_rows, which logs it; a delete from elsewhere is
    # logged too): then the states number the records plus the logged ones, three counts that read
    # an index each. Only when they do not add up is every record read against its state (an
    # import of five bundles into a desk of 100,000 would otherwise read them all five times).
    records = db.execute("SELECT count(*) FROM candidates").fetchone()[0]
    states = db.execute("SELECT count(*) FROM merge_state").fetchone()[0]
    # (CROSS JOIN: SQLite then reads the log first, as short as the deletes, not every state)
    logged = db.execute("SELECT count(*) FROM tombstones t CROSS JOIN merge_state m"
                        " ON m.id = t.id WHERE t.kind = 'candidate'").fetchone()[0]
    if records + logged == states:
        gone = db.execute(
            "SELECT m.id, m.vector FROM tombstones t CROSS JOIN merge_state m ON m.id = t.id"
            " WHERE t.kind = 'candidate' AND m.deleted IS NULL AND NOT EXISTS"
            " (SELECT 1 FROM candidates c WHERE c.id = m.id) ORDER BY m.id").fetchall()
    else:
        if db.execute("SELECT 1 FROM candidates c WHERE NOT EXISTS"
                      " (SELECT 1 FROM merge_state m WHERE m.id = c.id) LIMIT 1").fetchone():
            backfill(db)
        gone = db.execute(
            "SELECT id, vector FROM merge_state m WHERE deleted IS NULL AND NOT EXISTS"
            " (SELECT 1 FROM candidates c WHERE c.id = m.id) ORDER BY id").fetchall()
    for record_id, seen in gone:
        mark_deleted(db, record_id, next_write(db, json.loads(seen)))
    erased = db.execute(
        "SELECT t.id FROM tombstones t WHERE t.kind = 'candidate' AND NOT EXISTS"
        " (SELECT 1 FROM merge_state m WHERE m.id = t.id) ORDER BY t.id").fetchall()
    for (record_id,) in erased:
        mark_deleted(db, record_id, next_write(db, {}))


def mark_deleted(db: Database, record_id: str, delete: Write) -> None:
    """The record is deleted by `delete`; two deletes of one record join (the one shown is the later
    by clock, the vector is what either had seen), so the order they arrive in does not matter."""
    try:
        stored = load(db, record_id)
    except RecordDamaged:
        stored = None  # written anew below: a delete needs nothing of what was there
    if stored is not None and stored.deleted is not None and stored.deleted.key != delete.key:
        first = max((stored.deleted, delete), key=lambda w: (w.hlc, w.installation))
        delete = Write(first.installation, first.counter, first.hlc,
                       join(stored.deleted.seen, delete.seen))
    seen = join(stored.vector if stored else {}, delete.seen)
    payload = json.dumps({"dot": delete.key, **_write_json(delete)})
    # Only ids and counters stay: the writes of the fields go, like the person.
    _put(db, (record_id, json.dumps(dict(sorted(seen.items()))), "", "{}", "{}", 0, payload))


def is_tombstoned(db: Database, record_id: str) -> bool:
    return db.execute("SELECT 1 FROM tombstones WHERE id = ?", [record_id]).fetchone() is not None


def add_tombstone(db: Database, record_id: str, ts: str) -> None:
    """The erasure log's line for a person deleted elsewhere whom this database never held."""
    from . import erasure

    erasure.tombstone(db, record_id, erasure.CANDIDATE, 1, ts, installation_id(db))


# --- reading records as merge fields --------------------------------------------------------------

_C_DOC = COLUMNS["candidates"].index("doc")
_I_DOC = COLUMNS["intakes"].index("doc")
_I_CANDIDATE = COLUMNS["intakes"].index("candidate_id")


def stored_fields(db: Database, candidate_id: str) -> dict[str, Any] | None:
    """The merge fields of a stored record, from its verified rows; None when it has none or one of
    them fails its checksum (a damaged record is neither merged into nor exported)."""
    rows = fetch(db, f"SELECT {select_list('candidates')} FROM candidates WHERE id = ?",
                 [candidate_id])
    if not rows or not sound(rows[0]):
        return None
    intakes = fetch(db, f"SELECT {select_list('intakes')} FROM intakes WHERE candidate_id = ?"
                        " ORDER BY intake_date DESC, updated_at DESC LIMIT 1", [candidate_id])
    if not intakes or not sound(intakes[0]):
        return None
    return split(json.loads(rows[0][_C_DOC]), json.loads(intakes[0][_I_DOC]))


def exported_ids(db: Database, since: Mapping[str, int] | None) -> Iterator[tuple[str, Stored]]:
    """The records (live or deleted) holding a write `since` has not seen, in id order."""
    for row in fetch(db, f"SELECT {_STATE}, checksum FROM merge_state ORDER BY id"):
        if not sound(row):  # named by `check`; not sent on
            continue
        seen = json.loads(row[1])
        if since is None or newer_than(seen, since) or (
                row[6] and newer_than(json.loads(row[6])["seen"], since)):
            yield row[0], _decode(row)


# --- conflicts, notices, duplicates, peers --------------------------------------------------------

def conflicted_ids(db: Database) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT id FROM merge_state WHERE conflicts > 0 AND deleted IS NULL ORDER BY id")]


def keep_resolved(db: Database, candidate_id: str, field_name: str, options: Any) -> None:
    row = [candidate_id, field_name, json.dumps(options, ensure_ascii=False)]
    db.execute("INSERT OR REPLACE INTO merge_resolved (candidate_id, field, options, checksum)"
               " VALUES (?, ?, ?, ?)", [*row, digest(row)])


def resolved(db: Database, candidate_id: str, field_name: str) -> Any | None:
    """The options of the last resolution of a field; None when there was none or it is damaged."""
    rows = fetch(db, f"SELECT {select_list('merge_resolved')} FROM merge_resolved"
                     " WHERE candidate_id = ? AND field = ?", [candidate_id, field_name])
    return json.loads(rows[0][2]) if rows and sound(rows[0]) else None


def add_notice(db: Database, record_id: str, installations: Iterable[str]) -> bool:
    """One notice per record, naming every installation whose edit no delete had seen (the union, so
    the order bundles arrive in does not change it). True when the notice is new."""
    row = db.execute("SELECT installations FROM merge_notices WHERE record_id = ?",
                     [record_id]).fetchone()
    names = set(installations) | (set(json.loads(row[0])) if row else set())
    db.execute("INSERT INTO merge_notices (record_id, installations, at) VALUES (?, ?, ?)"
               " ON CONFLICT(record_id) DO UPDATE SET installations = excluded.installations",
               [record_id, json.dumps(sorted(names)), now()])
    return row is None


def notices(db: Database) -> list[tuple[str, list[str]]]:
    return [(r[0], json.loads(r[1])) for r in db.execute(
        "SELECT record_id, installations FROM merge_notices ORDER BY record_id")]


def add_duplicate(db: Database, a: str, b: str, score: float) -> bool:
    a, b = sorted((a, b))
    cur = db.execute("INSERT OR IGNORE INTO merge_duplicates (a, b, score, at) VALUES (?, ?, ?, ?)",
                     [a, b, score, now()])
    return bool(cur.rowcount)


def open_duplicates(db: Database) -> list[tuple[str, str, float]]:
    """Open pairs whose two records both still exist."""
    return [(r[0], r[1], float(r[2])) for r in db.execute(
        "SELECT d.a, d.b, d.score FROM merge_duplicates d WHERE d.status = 'open'"
        " AND EXISTS (SELECT 1 FROM candidates WHERE id = d.a)"
        " AND EXISTS (SELECT 1 FROM candidates WHERE id = d.b) ORDER BY d.a, d.b")]


def set_duplicate_status(db: Database, a: str, b: str, status: str) -> None:
    a, b = sorted((a, b))
    db.execute("INSERT INTO merge_duplicates (a, b, score, status, at) VALUES (?, ?, 0, ?, ?)"
               " ON CONFLICT(a, b) DO UPDATE SET status = excluded.status, at = excluded.at",
               [a, b, status, now()])


def mark_exported(db: Database, peer_id: str, seen: Mapping[str, int]) -> None:
    db.execute("INSERT INTO merge_peers (peer_id, vector, at) VALUES (?, ?, ?) ON CONFLICT(peer_id)"
               " DO UPDATE SET vector = excluded.vector, at = excluded.at",
               [peer_id, json.dumps(dict(sorted(seen.items()))), now()])


def last_exported(db: Database, peer_id: str) -> dict[str, int] | None:
    row = db.execute("SELECT vector FROM merge_peers WHERE peer_id = ?", [peer_id]).fetchone()
    return None if row is None else {str(k): int(v) for k, v in json.loads(row[0]).items()}


def dot_of(w: Write) -> str:
    return dot_key(w.installation, w.counter)


# --- plan versions -----------------------------------------------------------------------------------

def stamp_plan_version(db: Database, version_id: str, inst: str, n: int, hlc: str) -> None:
    row = [version_id, inst, n, hlc]
    db.execute("INSERT OR IGNORE INTO merge_plan_versions (version_id, installation_id, counter, hlc,"
               " checksum) VALUES (?, ?, ?, ?, ?)", [*row, digest(row)])


def plan_version_known(db: Database, version_id: str) -> bool:
    return db.execute("SELECT 1 FROM plan_versions WHERE id = ?", [version_id]).fetchone() is not None


def backfill_plan_versions(db: Database) -> None:
    """Versions saved before m005 (or by a bare insert): made here, stamped by their `created_at`."""
    rows = db.execute("SELECT v.id, v.created_at FROM plan_versions v WHERE NOT EXISTS"
                      " (SELECT 1 FROM merge_plan_versions m WHERE m.version_id = v.id)"
                      " ORDER BY v.rowid").fetchall()
    if not rows:
        return
    inst, first, _ = _take(db, len(rows))
    for k, (vid, at) in enumerate(rows):
        wall = db.execute("SELECT coalesce(CAST((julianday(?) - 2440587.5) * 86400000 AS INTEGER),"
                          " 0)", [at]).fetchone()[0]
        stamp_plan_version(db, vid, inst, first + k, clock.Hlc(max(int(wall), 0)).encode())


def exported_plan_versions(db: Database, since: Mapping[str, int] | None
                           ) -> Iterator[tuple[Any, ...]]:
    """(version id, candidate id, installation, counter, hlc, created_at, advisor_id, language,
    doc) of each verified version `since` has not seen, oldest first per candidate."""
    rows = fetch(db, f"SELECT p.candidate_id, {select_list('merge_plan_versions', 'm')},"
                     f" {select_list('plan_versions', 'v')} FROM plan_versions v"
                     " JOIN plans p ON p.id = v.plan_id"
                     " JOIN merge_plan_versions m ON m.version_id = v.id"
                     " ORDER BY p.candidate_id, v.version")
    cols = COLUMNS["plan_versions"]
    for r in rows:
        cid, origin, stored = r[0], r[1:6], r[6:]
        inst, n, hlc = origin[1], int(origin[2]), origin[3]
        if since is not None and since.get(inst, 0) >= n:
            continue
        if not sound(stored) or not sound(origin):  # damaged: named by `check`, not sent on
            continue
        v = dict(zip(cols, stored, strict=False))
        yield (v["id"], cid, inst, n, hlc, v["created_at"], v["advisor_id"], v["language"], v["doc"])



# --- audit lines ---------------------------------------------------------------------------------------
# An audit line is known everywhere by where it was written: (installation, its number there). A
# line written here is (this installation, seq); one brought in keeps its origin in
# merge_audit_origin, so importing it twice adds it once.

_AUDIT = ("at", "advisor_id", "action", "entity", "entity_id", "detail")


def audit_lines_about(db: Database, ids: Iterable[str]) -> list[dict[str, Any]]:
    """The verified audit lines about these candidates, with their origin."""
    id_list = sorted(set(ids))
    out: list[dict[str, Any]] = []
    for start in range(0, len(id_list), 500):
        part = id_list[start:start + 500]
        rows = fetch(db, f"SELECT {select_list('audit', 'a')}, o.installation_id, o.counter"
                         " FROM audit a LEFT JOIN merge_audit_origin o ON o.seq = a.seq"
                         f" WHERE a.entity = 'candidate' AND a.entity_id IN ({','.join('?' * len(part))})"
                         " ORDER BY a.seq", part)
        cols = COLUMNS["audit"]
        for r in rows:
            stored, origin = r[:len(cols) + 1], r[len(cols) + 1:]
            if not sound(stored):
                continue
            v = dict(zip(cols, stored, strict=False))
            inst, n = (origin[0], origin[1]) if origin[0] is not None else (v["installation_id"],
                                                                            v["seq"])
            out.append({"type": "audit", "installation_id": inst, "counter": int(n),
                        **{k: v[k] for k in _AUDIT}})
    return out


def add_audit_line(db: Database, line: Mapping[str, Any]) -> bool:
    """Append a line written elsewhere, once. True when it was new here."""
    inst, n = str(line["installation_id"]), int(line["counter"])
    if inst == installation_id(db) or db.execute(
            "SELECT 1 FROM merge_audit_origin WHERE installation_id = ? AND counter = ?",
            [inst, n]).fetchone():
        return False
    seq = db.execute("SELECT coalesce(max(seq), 0) + 1 FROM audit").fetchone()[0]
    values = [seq, line["at"], inst, line["advisor_id"], line["action"], line["entity"],
              line["entity_id"], line["detail"]]
    db.execute(f"INSERT INTO audit ({', '.join(COLUMNS['audit'])}, checksum)"
               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [*values, digest(values)])
    db.execute("INSERT INTO merge_audit_origin (seq, installation_id, counter) VALUES (?, ?, ?)",
               [seq, inst, n])
    return True


# --- an import, a chunk of lines at a time -------------------------------------------------------
# What app/merge.import_changes needs for a chunk of a bundle's lines, read in one query per table,
# and the records it brings in, written with one statement per table: an import of thousands of
# records must not cost a dozen statements per record (issue 16, the 3x goal). The per-record
# functions above stay for everything else (updates, deletes, conflicts), which are few.

def _in_chunks(ids: Iterable[Any], size: int = 500) -> Iterator[list[Any]]:
    """`ids` in parts small enough for SQLite's limit on parameters."""
    id_list = list(ids)
    for start in range(0, len(id_list), size):
        yield id_list[start:start + size]


def _marks(part: Sequence[Any]) -> str:
    return ",".join("?" * len(part))


def load_states(db: Database, ids: Iterable[str]) -> tuple[dict[str, Stored], set[str]]:
    """The merge state of each of `ids` that has one, verified, and the ids whose row fails its
    checksum (as `load` raises RecordDamaged for them)."""
    found: dict[str, Stored] = {}
    damaged_ids: set[str] = set()
    for part in _in_chunks(ids):
        for row in fetch(db, f"SELECT {_STATE}, checksum FROM merge_state WHERE id IN"
                             f" ({_marks(part)})", part):
            if sound(row):
                found[row[0]] = _decode(row)
            else:
                log.error("merge state damaged: %s", row[0])
                damaged_ids.add(row[0])
    return found, damaged_ids


def tombstoned_among(db: Database, ids: Iterable[str]) -> set[str]:
    """Those of `ids` in the erasure log (as `is_tombstoned`)."""
    out: set[str] = set()
    for part in _in_chunks(ids):
        out.update(r[0] for r in db.execute(
            f"SELECT id FROM tombstones WHERE id IN ({_marks(part)})", part).fetchall())
    return out


def existing_among(db: Database, ids: Iterable[str]) -> set[str]:
    """Those of `ids` that are a stored candidate (as candidates.exists)."""
    out: set[str] = set()
    for part in _in_chunks(ids):
        out.update(r[0] for r in db.execute(
            f"SELECT id FROM candidates WHERE id IN ({_marks(part)})", part).fetchall())
    return out


def stored_fields_many(db: Database, ids: Iterable[str]) -> dict[str, dict[str, Any] | None]:
    """`stored_fields` of each of `ids` that is a stored candidate: its merge fields from its verified
    rows, None when a row fails its checksum or its intake is missing."""
    out: dict[str, dict[str, Any] | None] = {}
    for part in _in_chunks(ids):
        docs: dict[str, Any] = {}
        for row in fetch(db, f"SELECT {select_list('candidates')} FROM candidates WHERE id IN"
                             f" ({_marks(part)})", part):
            docs[row[0]] = row[_C_DOC] if sound(row) else None
        newest: dict[str, Any] = {}
        # per candidate the intake `stored_fields` takes: the newest by date, then by update time
        for row in fetch(db, f"SELECT {select_list('intakes')} FROM intakes WHERE candidate_id IN"
                             f" ({_marks(part)}) ORDER BY candidate_id, intake_date DESC,"
                             " updated_at DESC", part):
            cid = row[_I_CANDIDATE]
            if cid not in newest:
                newest[cid] = row[_I_DOC] if sound(row) else None
        for cid, doc in docs.items():
            intake = newest.get(cid)
            out[cid] = None if doc is None or intake is None else split(json.loads(doc),
                                                                        json.loads(intake))
    return out


def names_born_on_many(db: Database, days: Iterable[str]
                       ) -> dict[str, list[tuple[str, str, str, str]]]:
    """Per birth date (ISO) of `days`: (id, first name, tussenvoegsel, surname) of everyone born
    then, unverified, as candidates.names_born_on gives them for one date (every day of `days` has
    an entry, empty when nobody)."""
    out: dict[str, list[tuple[str, str, str, str]]] = {d: [] for d in days}
    for part in _in_chunks(out):
        for r in db.execute("SELECT birth_date, id, first_name, tussenvoegsel, surname FROM"
                            f" candidates INDEXED BY candidates_birth WHERE birth_date IN"
                            f" ({_marks(part)})", part).fetchall():
            out[str(r[0])].append((str(r[1]), str(r[2]), str(r[3]), str(r[4])))
    return out


def insert_merged(db: Database, records: Sequence[tuple[str, CandidateRecord, RecordState]]
                  ) -> None:
    """Records this database did not know, brought in by an import, each under its own id: what
    candidates.put_merged(new=True) and `save` write for each, one statement per table for all:
    the candidate and intake rows, the consent events that take the record from nothing to its
    intake's consent (consent.follow), the merge state (and the values of a conflict it arrived
    with), and the audit line "merge-create"."""
    if not records:
        return
    from . import consent
    from .candidates import _INSERT_CANDIDATE, _INSERT_INTAKE, _columns

    inst = installation_id(db)
    ts = now()
    advisor = _meta(db, "current_advisor_id")
    ids = [rid for rid, _, _ in records]
    # A new id has no consent events; should one have some all the same, consent.follow decides.
    with_events: set[str] = set()
    for part in _in_chunks(ids):
        with_events.update(r[0] for r in db.execute(
            "SELECT DISTINCT candidate_id FROM consent_events WHERE candidate_id IN"
            f" ({_marks(part)})", part).fetchall())
    candidates: list[list[Any]] = []
    intakes: list[list[Any]] = []
    events: list[list[Any]] = []
    states: list[tuple[Any, ...]] = []
    siblings: list[tuple[Any, ...]] = []
    today = date.today()
    new_id = _random_ids()

    for rid, record, state in records:
        cols = _columns(record)
        row = [rid, 1, ts, ts, inst, *(cols[c] for c in _RECORD_COLUMNS)]
        candidates.append([*row, digest(row)])
        intake = record.intake
        irow = [new_id(), 1, ts, ts, inst, rid, intake.date.isoformat(),
                intake.status.value, json_text(intake)]
        intakes.append([*irow, digest(irow)])
        if rid not in with_events:
            wanted = intake.consent.purposes if intake.consent.given else frozenset()
            give, _ = steps(frozenset(), frozenset(wanted))
            on = (intake.consent.date or today).isoformat()
            events.extend([new_id(), rid, n, p.value, 1, on, PRIVACY_TEXT_VERSION,
                           advisor or "", ts, inst] for n, p in enumerate(sorted(give), 1))
        row_state, sibs = _state_rows(rid, state)
        states.append((*row_state, digest(list(row_state))))
        siblings.extend(sibs)
    _insert_rows(db, _INSERT_CANDIDATE, candidates)
    _insert_rows(db, _INSERT_INTAKE, intakes)
    _insert_rows(
        db, "INSERT INTO consent_events (id, candidate_id, seq, purpose, given, on_date, text_version,"
        " advisor_id, recorded_at, installation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", events)
    for rid, record, _ in records:
        if rid in with_events:
            consent.follow(db, rid, record.intake.consent)
    _insert_rows(db, "INSERT OR REPLACE INTO merge_state (id, vector, base, writes, fields,"
                 " conflicts, deleted, checksum) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", states)
    db.conn.executemany(_INSERT_SIBLING, siblings)
    seq = int(db.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()[0])
    audit_rows = []
    for n, rid in enumerate(ids, seq + 1):
        values = [n, ts, inst, advisor, "merge-create", "candidate", rid, ""]
        audit_rows.append([*values, digest(values)])
    _insert_rows(db, _INSERT_AUDIT, audit_rows)


def _insert_rows(db: Database, sql: str, rows: Sequence[Sequence[Any]]) -> None:
    """`executemany(sql, rows)` for an INSERT of one row, written as INSERTs of many rows each (as
    sqlite-utils' insert_all writes them), the same rows in the same order. SQLite spends less per
    row, and FTS5 (the candidates' search index, kept by a trigger) writes its pending terms out at
    every statement: 5,000 candidate rows took 0.50 s one statement each, 0.27 s 500 a statement.
    As many parameters as the connection allows; 999 (the smallest limit of any SQLite build)
    where the driver cannot say (SQLCipher's)."""
    if not rows:
        return
    head, _, one = sql.rpartition(" VALUES ")
    getlimit = getattr(db.conn, "getlimit", None)
    limit = min(int(getlimit(_LIMIT_VARIABLE_NUMBER)), 32766) if getlimit is not None else 999
    per = max(1, limit // len(rows[0]))
    for start in range(0, len(rows), per):
        part = rows[start:start + per]
        db.conn.execute(f"{head} VALUES {', '.join([one] * len(part))}",
                        [v for row in part for v in row])


_LIMIT_VARIABLE_NUMBER = 9  # SQLite's SQLITE_LIMIT_VARIABLE_NUMBER (sqlite3.h)


def _random_ids() -> Callable[[], str]:
    """uuid4 ids as `uuid.uuid4` makes them, with the system's random source read for 256 at a time
    instead of once per id, and the text written from the bytes' hex digits as
    `str(uuid.UUID(bytes=..., version=4))` writes it: the 13th digit the version (4), the 17th's
    two high bits the variant (10)."""
    pool, at = "", 0

    def new_id() -> str:
        nonlocal pool, at
        if at + 32 > len(pool):
            pool, at = os.urandom(16 * 256).hex(), 0
        h = pool[at:at + 32]
        at += 32
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:]}"
    return new_id


_VARIANT = {d: "89ab"[int(d, 16) & 3] for d in "0123456789abcdef"}


_RECORD_COLUMNS = COLUMNS["candidates"][5:]  # after id, revision, created_at, updated_at, installation
_INSERT_AUDIT = (f"INSERT INTO audit ({', '.join(COLUMNS['audit'])}, checksum)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")


def add_audit_lines(db: Database, lines: Sequence[Mapping[str, Any]]) -> int:
    """`add_audit_line` for many lines at once (in their order): each line written elsewhere is
    appended once. Returns how many were new here."""
    own = installation_id(db)
    wanted: dict[str, set[int]] = {}
    for line in lines:
        wanted.setdefault(str(line["installation_id"]), set()).add(int(line["counter"]))
    known: set[tuple[str, int]] = set()
    for inst, counters in wanted.items():
        if inst == own:
            continue
        for part in _in_chunks(sorted(counters)):
            known.update((inst, int(r[0])) for r in db.execute(
                "SELECT counter FROM merge_audit_origin WHERE installation_id = ? AND counter IN"
                f" ({_marks(part)})", [inst, *part]).fetchall())
    seq = int(db.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()[0])
    rows: list[list[Any]] = []
    origins: list[tuple[int, str, int]] = []
    for line in lines:
        inst, n = str(line["installation_id"]), int(line["counter"])
        if inst == own or (inst, n) in known:
            continue
        known.add((inst, n))
        seq += 1
        values = [seq, line["at"], inst, line["advisor_id"], line["action"], line["entity"],
                  line["entity_id"], line["detail"]]
        rows.append([*values, digest(values)])
        origins.append((seq, inst, n))
    _insert_rows(db, _INSERT_AUDIT, rows)
    _insert_rows(db, "INSERT INTO merge_audit_origin (seq, installation_id, counter)"
                        " VALUES (?, ?, ?)", origins)
    return len(rows)
