"""The merge state of every record on PostgreSQL (pg004_merge): storage/merge.py's functions, the same
names, parameters and results, the same rows and checksums, so a bundle merges into the server as it
merges into a desk's file (app/merge.py) and `migrate-to` moves the state unchanged.

The rules are domain/merge.py's and the row encoding is storage/merge.py's (`Stored`, `_decode`,
`_write_json` are used from there, so the two stores cannot drift apart). What differs:

- the counter and the clock are per installation, in `merge_clocks` (schema_merge.py says why): each
  desk on the server is an installation of its own (`PgDatabase.installation_id`), and its next
  number is taken under that row's lock, so two desks or two processes never share a write;
- what this database has seen (`vector`) is every installation that writes into it (all of
  `merge_clocks`) and every peer merged here (`merge_seen`);
- the wall clock is storage/merge.py's (`set_wall_clock` there changes both stores, for tests).
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ...domain import clock
from ...domain.merge import RecordState, Sibling, Write, dot_key, join, newer_than, split
from .. import merge as _sqlite
from ..audit import now
from ..checksums import COLUMNS, digest, select_list, sound
from ..errors import RecordDamaged
from ..merge import Stored, set_wall_clock
from .connection import PgDatabase

if TYPE_CHECKING:
    from ...domain import CandidateRecord

__all__ = [
    "Stored",
    "add_audit_line",
    "add_audit_lines",
    "add_duplicate",
    "add_notice",
    "add_tombstone",
    "audit_lines_about",
    "backfill",
    "backfill_plan_versions",
    "conflicted_ids",
    "counter",
    "dot_of",
    "existing_among",
    "exported_ids",
    "exported_plan_versions",
    "insert_merged",
    "is_tombstoned",
    "keep_resolved",
    "last_exported",
    "last_hlc",
    "load",
    "load_many",
    "load_states",
    "mark_deleted",
    "mark_exported",
    "names_born_on_many",
    "next_write",
    "notices",
    "open_duplicates",
    "plan_version_known",
    "receive",
    "resolved",
    "save",
    "save_vector",
    "see",
    "set_duplicate_status",
    "set_wall_clock",
    "siblings_of",
    "stamp_insert",
    "stamp_pending",
    "stamp_plan_version",
    "stamp_update",
    "stored_fields",
    "stored_fields_many",
    "tombstoned_among",
    "vector",
    "with_values",
]

log = logging.getLogger(__name__)

_STATE = "id, vector, base, writes, fields, conflicts, deleted"
_MERGE_LOCK = 0x1D_E5_16  # serialises imports and exports on one server (any constant of our own)


def _wall() -> int:
    return _sqlite._wall()  # looked up on each call: set_wall_clock replaces it there


def _damaged(table: str, record_id: str, shown_as: str | None = None,
             shown_id: str | None = None) -> RecordDamaged:
    from .candidates import _damaged as damaged

    return damaged(table, record_id, shown_as, shown_id)


def _put(db: PgDatabase, row: tuple[Any, ...]) -> None:
    """Write one merge_state row (COLUMNS order) with its checksum."""
    db.execute("INSERT INTO merge_state (id, vector, base, writes, fields, conflicts, deleted, checksum)"
               " VALUES (%s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (id) DO UPDATE SET"
               " vector = excluded.vector, base = excluded.base, writes = excluded.writes,"
               " fields = excluded.fields, conflicts = excluded.conflicts, deleted = excluded.deleted,"
               " checksum = excluded.checksum", [*row, digest(list(row))])


# --- counter and clock ---------------------------------------------------------------------------

def counter(db: PgDatabase) -> int:
    return int(db.scalar("SELECT counter FROM merge_clocks WHERE installation_id = %s",
                         [db.installation_id]) or 0)


def last_hlc(db: PgDatabase) -> clock.Hlc:
    text = db.scalar("SELECT hlc FROM merge_clocks WHERE installation_id = %s", [db.installation_id])
    return clock.Hlc.parse(text) if text else clock.ZERO


def _locked_clock(db: PgDatabase) -> tuple[int, clock.Hlc]:
    """This installation's counter and clock, its row locked until the transaction ends."""
    inst = db.installation_id
    db.execute("INSERT INTO merge_clocks (installation_id) VALUES (%s) ON CONFLICT DO NOTHING", [inst])
    n, hlc = db.execute("SELECT counter, hlc FROM merge_clocks WHERE installation_id = %s FOR UPDATE",
                        [inst]).fetchone() or (0, None)
    return int(n), clock.Hlc.parse(hlc) if hlc else clock.ZERO


def _take(db: PgDatabase, n: int = 1) -> tuple[str, int, clock.Hlc]:
    """Reserve `n` counter values (the first is returned) and one clock stamp."""
    inst = db.installation_id
    with db.atomic():
        last, hlc = _locked_clock(db)
        stamp = clock.tick(hlc, _wall())
        db.execute("UPDATE merge_clocks SET counter = %s, hlc = %s WHERE installation_id = %s",
                   [last + n, stamp.encode(), inst])
    return inst, last + 1, stamp


def next_write(db: PgDatabase, seen: Mapping[str, int]) -> Write:
    """A new write of this installation that has seen `seen` (and itself)."""
    inst, n, stamp = _take(db)
    return Write(inst, n, stamp.encode(), join(seen, {inst: n}))


def receive(db: PgDatabase, highest: str | None) -> None:
    """Our clock after reading stamps up to `highest` (domain/clock.receive)."""
    if not highest:
        return
    with db.atomic():
        _, hlc = _locked_clock(db)
        stamp = clock.receive(hlc, clock.Hlc.parse(highest), _wall())
        db.execute("UPDATE merge_clocks SET hlc = %s WHERE installation_id = %s",
                   [stamp.encode(), db.installation_id])


def vector(db: PgDatabase) -> dict[str, int]:
    """What this database has seen: the counter of every installation writing here and the highest
    write of every peer it merged."""
    seen = {str(k): int(v) for k, v in db.fetchall("SELECT installation_id, counter FROM merge_seen")}
    own = {str(k): int(v) for k, v in db.fetchall(
        "SELECT installation_id, counter FROM merge_clocks WHERE counter > 0")}
    return join(seen, own)


def see(db: PgDatabase, other: Mapping[str, int]) -> None:
    for inst, n in sorted(other.items()):
        db.execute("INSERT INTO merge_seen (installation_id, counter) VALUES (%s, %s)"
                   " ON CONFLICT (installation_id) DO UPDATE SET"
                   " counter = greatest(merge_seen.counter, excluded.counter)", [inst, int(n)])


# --- the stored state ----------------------------------------------------------------------------

def load(db: PgDatabase, record_id: str) -> Stored | None:
    """The merge state of `record_id`, verified (RecordDamaged when it fails its checksum)."""
    rows = db.fetchall(f"SELECT {_STATE}, checksum FROM merge_state WHERE id = %s", [record_id])
    if not rows:
        return None
    if not sound(rows[0]):
        raise _damaged("merge_state", record_id)
    return _sqlite._decode(rows[0])


def load_many(db: PgDatabase, ids: Iterable[str]) -> dict[str, Stored]:
    found: dict[str, Stored] = {}
    for row in db.fetchall(f"SELECT {_STATE}, checksum FROM merge_state WHERE id = ANY(%s)",
                           [list(ids)]):
        if sound(row):
            found[row[0]] = _sqlite._decode(row)
    return found


def siblings_of(db: PgDatabase, candidate_id: str) -> dict[str, dict[str, Any]]:
    """field -> dot -> value of the conflicting writes kept for `candidate_id`."""
    out: dict[str, dict[str, Any]] = {}
    for row in db.fetchall(f"SELECT {select_list('merge_siblings')} FROM merge_siblings"
                           " WHERE candidate_id = %s ORDER BY field, dot", [candidate_id]):
        if not sound(row):
            raise _damaged("merge_siblings", candidate_id, shown_as="candidates",
                           shown_id=candidate_id)
        out.setdefault(row[1], {})[row[2]] = json.loads(row[3])
    return out


def with_values(db: PgDatabase, stored: Stored, values: Mapping[str, Any]) -> RecordState:
    """The stored state with its values: the record's own for a field at one write, the kept
    siblings for a conflict (as storage/merge.py)."""
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


def save(db: PgDatabase, record_id: str, state: RecordState, *, had_conflicts: bool = True) -> int:
    """Store `state` for `record_id` (the same row storage/merge.py writes); the competing values of
    each conflict go to merge_siblings. Returns the number of fields in conflict."""
    row, siblings = _state_rows(record_id, state)
    _put(db, row)
    if had_conflicts or siblings:
        db.execute("DELETE FROM merge_siblings WHERE candidate_id = %s", [record_id])
        _many(db, _INSERT_SIBLING, siblings)
    return int(row[5])


def save_vector(db: PgDatabase, record_id: str, seen: Mapping[str, int]) -> None:
    """Only the vector grows: what a record skipped for a delete had, so it counts as seen."""
    row = db.execute(f"SELECT {_STATE} FROM merge_state WHERE id = %s", [record_id]).fetchone()
    if row is not None:
        _put(db, (row[0], json.dumps(dict(sorted(seen.items()))), *row[2:]))


# --- local writes (called by postgres/candidates.py) -----------------------------------------------

def stamp_insert(db: PgDatabase, candidate_id: str, values: Mapping[str, Any]) -> Write:
    """A new record saved here: every field at one new write."""
    w = next_write(db, {})
    save(db, candidate_id, RecordState(dict(w.seen), {f: (Sibling(w, v),) for f, v in values.items()}),
         had_conflicts=False)
    return w


def stamp_update(db: PgDatabase, candidate_id: str, before: Mapping[str, Any],
                 after: Mapping[str, Any]) -> Write | None:
    """A record edited here: the changed fields at a new write that has seen the whole record."""
    changed = sorted(f for f in set(before) | set(after) if before.get(f) != after.get(f))
    try:
        stored = load(db, candidate_id)
    except RecordDamaged:
        # As on SQLite: the save must not fail on bookkeeping; the record starts a new history.
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


def _ms(iso: str | None) -> int:
    """Milliseconds since 1970 of a stored ISO time (0 when it is none or unreadable)."""
    try:
        return max(int(datetime.fromisoformat(str(iso)).timestamp() * 1000), 0)
    except (TypeError, ValueError):
        return 0


_COMPACT = (",", ":")  # the JSON text SQLite's json_object writes in storage/merge.py's backfill


def backfill(db: PgDatabase, ids: Iterable[str] | None = None) -> int:
    """Give every candidate without merge state one write of this installation (a server migrated to
    pg004 with records, or rows written some other way). Clock stamps come from `updated_at`."""
    where, params = "", list[Any]()
    if ids is not None:
        where, params = " AND c.id = ANY(%s)", [list(ids)]
    with db.atomic():
        rows = db.fetchall("SELECT c.id, c.updated_at FROM candidates c WHERE NOT EXISTS"
                           f" (SELECT 1 FROM merge_state m WHERE m.id = c.id){where}"
                           " ORDER BY c.created_at, c.id", params)
        if not rows:
            return 0
        inst, first, _ = _take(db, len(rows))
        for k, (cid, updated_at) in enumerate(rows):
            n = first + k
            dot = f"{inst}:{n}"
            write = {"hlc": clock.Hlc(_ms(updated_at)).encode(), "seen": {inst: n}}
            row = (cid, json.dumps({inst: n}, separators=_COMPACT), dot,
                   json.dumps({dot: write}, separators=_COMPACT), "{}", 0, None)
            db.execute("INSERT INTO merge_state (id, vector, base, writes, fields, conflicts, deleted,"
                       " checksum) VALUES (%s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
                       [*row, digest(list(row))])
    return len(rows)


def stamp_pending(db: PgDatabase) -> None:
    """Bring the state up to date before merging or exporting (as storage/merge.py): records without
    merge state get it; a record deleted here since gets its delete as a write of this installation.

    Every import and export starts here, in its transaction: the advisory lock makes two of them on
    the server take turns (on a laptop the file's single writer does that), so two desks reading the
    same bundle at once both end as if one read it after the other, without a duplicate key."""
    db.execute("SELECT pg_advisory_xact_lock(%s)", [_MERGE_LOCK])
    backfill_plan_versions(db)
    if db.scalar("SELECT 1 FROM candidates c WHERE NOT EXISTS"
                 " (SELECT 1 FROM merge_state m WHERE m.id = c.id) LIMIT 1"):
        backfill(db)
    gone = db.fetchall(
        "SELECT id, vector FROM merge_state m WHERE deleted IS NULL AND NOT EXISTS"
        " (SELECT 1 FROM candidates c WHERE c.id = m.id) ORDER BY id")
    for record_id, seen in gone:
        mark_deleted(db, record_id, next_write(db, json.loads(seen)))
    erased = db.fetchall(
        "SELECT t.id FROM tombstones t WHERE t.kind = 'candidate' AND NOT EXISTS"
        " (SELECT 1 FROM merge_state m WHERE m.id = t.id) ORDER BY t.id COLLATE \"C\"")
    for (record_id,) in erased:
        mark_deleted(db, record_id, next_write(db, {}))


def mark_deleted(db: PgDatabase, record_id: str, delete: Write) -> None:
    """The record is deleted by `delete`; two deletes of one record join (as storage/merge.py)."""
    try:
        stored = load(db, record_id)
    except RecordDamaged:
        stored = None
    if stored is not None and stored.deleted is not None and stored.deleted.key != delete.key:
        first = max((stored.deleted, delete), key=lambda w: (w.hlc, w.installation))
        delete = Write(first.installation, first.counter, first.hlc,
                       join(stored.deleted.seen, delete.seen))
    seen = join(stored.vector if stored else {}, delete.seen)
    payload = json.dumps({"dot": delete.key, **_sqlite._write_json(delete)})
    _put(db, (record_id, json.dumps(dict(sorted(seen.items()))), "", "{}", "{}", 0, payload))


def is_tombstoned(db: PgDatabase, record_id: str) -> bool:
    return db.scalar("SELECT 1 FROM tombstones WHERE id = %s", [record_id]) is not None


def add_tombstone(db: PgDatabase, record_id: str, ts: str) -> None:
    """The erasure log's line for a person deleted elsewhere whom this database never held."""
    from . import erasure

    erasure.tombstone(db, record_id, erasure.CANDIDATE, 1, ts, db.installation_id)


# --- reading records as merge fields --------------------------------------------------------------

_C_DOC = COLUMNS["candidates"].index("doc")
_I_DOC = COLUMNS["intakes"].index("doc")


def stored_fields(db: PgDatabase, candidate_id: str) -> dict[str, Any] | None:
    """The merge fields of a stored record, from its verified rows; None when it has none or one of
    them fails its checksum."""
    rows = db.fetchall(f"SELECT {select_list('candidates')} FROM candidates WHERE id = %s",
                       [candidate_id])
    if not rows or not sound(rows[0]):
        return None
    intakes = db.fetchall(f"SELECT {select_list('intakes')} FROM intakes WHERE candidate_id = %s"
                          " ORDER BY intake_date DESC, updated_at DESC LIMIT 1", [candidate_id])
    if not intakes or not sound(intakes[0]):
        return None
    return split(json.loads(rows[0][_C_DOC]), json.loads(intakes[0][_I_DOC]))


def exported_ids(db: PgDatabase, since: Mapping[str, int] | None) -> Iterator[tuple[str, Stored]]:
    """The records (live or deleted) holding a write `since` has not seen, in id order."""
    for row in db.fetchall(f"SELECT {_STATE}, checksum FROM merge_state ORDER BY id"):
        if not sound(row):
            continue
        seen = json.loads(row[1])
        if since is None or newer_than(seen, since) or (
                row[6] and newer_than(json.loads(row[6])["seen"], since)):
            yield row[0], _sqlite._decode(row)


# --- conflicts, notices, duplicates, peers --------------------------------------------------------

def conflicted_ids(db: PgDatabase) -> list[str]:
    return [r[0] for r in db.fetchall(
        "SELECT id FROM merge_state WHERE conflicts > 0 AND deleted IS NULL ORDER BY id")]


def keep_resolved(db: PgDatabase, candidate_id: str, field_name: str, options: Any) -> None:
    row = [candidate_id, field_name, json.dumps(options, ensure_ascii=False)]
    db.execute("INSERT INTO merge_resolved (candidate_id, field, options, checksum)"
               " VALUES (%s, %s, %s, %s) ON CONFLICT (candidate_id, field) DO UPDATE SET"
               " options = excluded.options, checksum = excluded.checksum", [*row, digest(row)])


def resolved(db: PgDatabase, candidate_id: str, field_name: str) -> Any | None:
    rows = db.fetchall(f"SELECT {select_list('merge_resolved')} FROM merge_resolved"
                       " WHERE candidate_id = %s AND field = %s", [candidate_id, field_name])
    return json.loads(rows[0][2]) if rows and sound(rows[0]) else None


def add_notice(db: PgDatabase, record_id: str, installations: Iterable[str]) -> bool:
    """One notice per record naming every installation whose edit no delete had seen; True when new."""
    row = db.execute("SELECT installations FROM merge_notices WHERE record_id = %s FOR UPDATE",
                     [record_id]).fetchone()
    names = set(installations) | (set(json.loads(row[0])) if row else set())
    db.execute("INSERT INTO merge_notices (record_id, installations, at) VALUES (%s, %s, %s)"
               " ON CONFLICT (record_id) DO UPDATE SET installations = excluded.installations",
               [record_id, json.dumps(sorted(names)), now()])
    return row is None


def notices(db: PgDatabase) -> list[tuple[str, list[str]]]:
    return [(r[0], json.loads(r[1])) for r in db.fetchall(
        "SELECT record_id, installations FROM merge_notices ORDER BY record_id")]


def add_duplicate(db: PgDatabase, a: str, b: str, score: float) -> bool:
    a, b = sorted((a, b))
    cur = db.execute("INSERT INTO merge_duplicates (a, b, score, at) VALUES (%s, %s, %s, %s)"
                     " ON CONFLICT DO NOTHING", [a, b, score, now()])
    return bool(cur.rowcount)


def open_duplicates(db: PgDatabase) -> list[tuple[str, str, float]]:
    """Open pairs whose two records both still exist."""
    return [(r[0], r[1], float(r[2])) for r in db.fetchall(
        "SELECT d.a, d.b, d.score FROM merge_duplicates d WHERE d.status = 'open'"
        " AND EXISTS (SELECT 1 FROM candidates WHERE id = d.a)"
        " AND EXISTS (SELECT 1 FROM candidates WHERE id = d.b) ORDER BY d.a, d.b")]


def set_duplicate_status(db: PgDatabase, a: str, b: str, status: str) -> None:
    a, b = sorted((a, b))
    db.execute("INSERT INTO merge_duplicates (a, b, score, status, at) VALUES (%s, %s, 0, %s, %s)"
               " ON CONFLICT (a, b) DO UPDATE SET status = excluded.status, at = excluded.at",
               [a, b, status, now()])


def mark_exported(db: PgDatabase, peer_id: str, seen: Mapping[str, int]) -> None:
    db.execute("INSERT INTO merge_peers (peer_id, vector, at) VALUES (%s, %s, %s) ON CONFLICT (peer_id)"
               " DO UPDATE SET vector = excluded.vector, at = excluded.at",
               [peer_id, json.dumps(dict(sorted(seen.items()))), now()])


def last_exported(db: PgDatabase, peer_id: str) -> dict[str, int] | None:
    found = db.scalar("SELECT vector FROM merge_peers WHERE peer_id = %s", [peer_id])
    return None if found is None else {str(k): int(v) for k, v in json.loads(found).items()}


def dot_of(w: Write) -> str:
    return dot_key(w.installation, w.counter)


# --- plan versions -----------------------------------------------------------------------------------

def stamp_plan_version(db: PgDatabase, version_id: str, inst: str, n: int, hlc: str) -> None:
    row = [version_id, inst, n, hlc]
    db.execute("INSERT INTO merge_plan_versions (version_id, installation_id, counter, hlc, checksum)"
               " VALUES (%s, %s, %s, %s, %s) ON CONFLICT DO NOTHING", [*row, digest(row)])


def plan_version_known(db: PgDatabase, version_id: str) -> bool:
    return db.scalar("SELECT 1 FROM plan_versions WHERE id = %s", [version_id]) is not None


def backfill_plan_versions(db: PgDatabase) -> None:
    """Versions saved without a stamp (before pg004, or by a bare copy): made here, stamped by
    their `created_at`."""
    with db.atomic():
        rows = db.fetchall("SELECT v.id, v.created_at FROM plan_versions v WHERE NOT EXISTS"
                           " (SELECT 1 FROM merge_plan_versions m WHERE m.version_id = v.id)"
                           " ORDER BY v.created_at, v.id")
        if not rows:
            return
        inst, first, _ = _take(db, len(rows))
        for k, (vid, at) in enumerate(rows):
            stamp_plan_version(db, vid, inst, first + k, clock.Hlc(_ms(at)).encode())


def exported_plan_versions(db: PgDatabase, since: Mapping[str, int] | None
                           ) -> Iterator[tuple[Any, ...]]:
    """(version id, candidate id, installation, counter, hlc, created_at, advisor_id, language,
    doc) of each verified version `since` has not seen, oldest first per candidate."""
    rows = db.fetchall(f"SELECT p.candidate_id, {select_list('merge_plan_versions', 'm')},"
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
        if not sound(stored) or not sound(origin):
            continue
        v = dict(zip(cols, stored, strict=False))
        yield (v["id"], cid, inst, n, hlc, v["created_at"], v["advisor_id"], v["language"], v["doc"])


# --- audit lines ---------------------------------------------------------------------------------------

_AUDIT = ("at", "advisor_id", "action", "entity", "entity_id", "detail")


def audit_lines_about(db: PgDatabase, ids: Iterable[str]) -> list[dict[str, Any]]:
    """The verified audit lines about these candidates, with their origin."""
    cols = COLUMNS["audit"]
    out: list[dict[str, Any]] = []
    rows = db.fetchall(f"SELECT {select_list('audit', 'a')}, o.installation_id, o.counter"
                       " FROM audit a LEFT JOIN merge_audit_origin o ON o.seq = a.seq"
                       " WHERE a.entity = 'candidate' AND a.entity_id = ANY(%s) ORDER BY a.seq",
                       [sorted(set(ids))])
    for r in rows:
        stored, origin = r[:len(cols) + 1], r[len(cols) + 1:]
        if not sound(stored):
            continue
        v = dict(zip(cols, stored, strict=False))
        inst, n = (origin[0], origin[1]) if origin[0] is not None else (v["installation_id"], v["seq"])
        out.append({"type": "audit", "installation_id": inst, "counter": int(n),
                    **{k: v[k] for k in _AUDIT}})
    return out


def add_audit_line(db: PgDatabase, line: Mapping[str, Any]) -> bool:
    """Append a line written elsewhere, once. True when it was new here."""
    inst, n = str(line["installation_id"]), int(line["counter"])
    if inst == db.installation_id or db.scalar(
            "SELECT 1 FROM merge_audit_origin WHERE installation_id = %s AND counter = %s",
            [inst, n]) is not None:
        return False
    seq = int(db.scalar("SELECT nextval('audit_seq')"))
    values = [seq, line["at"], inst, line["advisor_id"], line["action"], line["entity"],
              line["entity_id"], line["detail"]]
    db.execute(f"INSERT INTO audit ({', '.join(COLUMNS['audit'])}, checksum)"
               f" VALUES ({', '.join(['%s'] * (len(values) + 1))})", [*values, digest(values)])
    db.execute("INSERT INTO merge_audit_origin (seq, installation_id, counter) VALUES (%s, %s, %s)",
               [seq, inst, n])
    return True


# --- an import, a chunk of lines at a time (storage/merge.py's batch functions) ----------------------

def load_states(db: PgDatabase, ids: Iterable[str]) -> tuple[dict[str, Stored], set[str]]:
    """The merge state of each of `ids` that has one, verified, and the ids whose row fails its
    checksum (as `load` raises RecordDamaged for them)."""
    found: dict[str, Stored] = {}
    damaged_ids: set[str] = set()
    for row in db.fetchall(f"SELECT {_STATE}, checksum FROM merge_state WHERE id = ANY(%s)",
                           [list(ids)]):
        if sound(row):
            found[row[0]] = _sqlite._decode(row)
        else:
            log.error("merge state damaged: %s", row[0])
            damaged_ids.add(row[0])
    return found, damaged_ids


def tombstoned_among(db: PgDatabase, ids: Iterable[str]) -> set[str]:
    """Those of `ids` in the erasure log (as `is_tombstoned`)."""
    return {r[0] for r in db.fetchall("SELECT id FROM tombstones WHERE id = ANY(%s)", [list(ids)])}


def existing_among(db: PgDatabase, ids: Iterable[str]) -> set[str]:
    """Those of `ids` that are a stored candidate (as candidates.exists)."""
    return {r[0] for r in db.fetchall("SELECT id FROM candidates WHERE id = ANY(%s)", [list(ids)])}


_I_CANDIDATE = COLUMNS["intakes"].index("candidate_id")


def stored_fields_many(db: PgDatabase, ids: Iterable[str]) -> dict[str, dict[str, Any] | None]:
    """`stored_fields` of each of `ids` that is a stored candidate; None for a damaged one."""
    id_list = list(ids)
    docs = {row[0]: (row[_C_DOC] if sound(row) else None) for row in db.fetchall(
        f"SELECT {select_list('candidates')} FROM candidates WHERE id = ANY(%s)", [id_list])}
    newest: dict[str, Any] = {}
    for row in db.fetchall(f"SELECT {select_list('intakes')} FROM intakes WHERE candidate_id = ANY(%s)"
                           " ORDER BY candidate_id, intake_date DESC, updated_at DESC", [id_list]):
        cid = row[_I_CANDIDATE]
        if cid not in newest:
            newest[cid] = row[_I_DOC] if sound(row) else None
    out: dict[str, dict[str, Any] | None] = {}
    for cid, doc in docs.items():
        intake = newest.get(cid)
        out[cid] = None if doc is None or intake is None else split(json.loads(doc), json.loads(intake))
    return out


def names_born_on_many(db: PgDatabase, days: Iterable[str]
                       ) -> dict[str, list[tuple[str, str, str, str]]]:
    """Per birth date (ISO) of `days`: (id, first name, tussenvoegsel, surname) of everyone born
    then, unverified (every day of `days` has an entry, empty when nobody)."""
    out: dict[str, list[tuple[str, str, str, str]]] = {d: [] for d in days}
    for r in db.fetchall("SELECT birth_date, id, first_name, tussenvoegsel, surname FROM candidates"
                         " WHERE birth_date = ANY(%s)", [list(out)]):
        out[str(r[0])].append((str(r[1]), str(r[2]), str(r[3]), str(r[4])))
    return out


def _many(db: PgDatabase, sql: str, rows: list[Any]) -> None:
    if rows:
        with db.conn.cursor() as cur:
            cur.executemany(sql, rows)


def _insert(table: str, columns: Iterable[str], extra: str = "") -> str:
    names = list(columns)
    return (f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join(['%s'] * len(names))})"
            + extra)


_INSERT_AUDIT = _insert("audit", (*COLUMNS["audit"], "checksum"))
_INSERT_SIBLING = _insert("merge_siblings", ("candidate_id", "field", "dot", "value", "checksum"))
_INSERT_EVENT = _insert("consent_events", ("id", "candidate_id", "seq", "purpose", "given", "on_date",
                                            "text_version", "advisor_id", "recorded_at",
                                            "installation_id"))
_UPSERT_STATE = _insert("merge_state", (*COLUMNS["merge_state"], "checksum"),
                        " ON CONFLICT (id) DO UPDATE SET vector = excluded.vector,"
                        " base = excluded.base, writes = excluded.writes, fields = excluded.fields,"
                        " conflicts = excluded.conflicts, deleted = excluded.deleted,"
                        " checksum = excluded.checksum")


def _audit_seqs(db: PgDatabase, n: int) -> list[int]:
    if not n:
        return []
    return [int(r[0]) for r in db.fetchall("SELECT nextval('audit_seq') FROM generate_series(1, %s)",
                                           [n])]


def insert_merged(db: PgDatabase, records: Sequence[tuple[str, CandidateRecord, RecordState]]
                  ) -> None:
    """Records this database did not know, brought in by an import, each under its own id: the rows
    storage/merge.py's `insert_merged` writes (candidate, intake, consent events, merge state and
    conflict values, the audit line "merge-create"), a statement per table for all."""
    if not records:
        return
    from ...domain.codec import to_json
    from ...domain.privacy import PRIVACY_TEXT_VERSION, steps
    from ..candidates import _columns
    from . import consent
    from .candidates import _insert_sql

    inst = db.installation_id
    ts = now()
    advisor = db.advisor_id
    ids = [rid for rid, _, _ in records]
    with_events = {r[0] for r in db.fetchall(
        "SELECT DISTINCT candidate_id FROM consent_events WHERE candidate_id = ANY(%s)", [ids])}
    candidates: list[list[Any]] = []
    intakes: list[list[Any]] = []
    events: list[list[Any]] = []
    states: list[tuple[Any, ...]] = []
    siblings: list[tuple[Any, ...]] = []
    today = date.today()
    for rid, record, state in records:
        cols = _columns(record)
        row = [rid, 1, ts, ts, inst, *(cols[c] for c in COLUMNS["candidates"][5:])]
        candidates.append([*row, digest(row)])
        intake = record.intake
        irow = [str(uuid.uuid4()), 1, ts, ts, inst, rid, intake.date.isoformat(),
                intake.status.value, json.dumps(to_json(intake), ensure_ascii=False)]
        intakes.append([*irow, digest(irow)])
        if rid not in with_events:
            wanted = intake.consent.purposes if intake.consent.given else frozenset()
            give, _ = steps(frozenset(), frozenset(wanted))
            on = (intake.consent.date or today).isoformat()
            events.extend([str(uuid.uuid4()), rid, n, p.value, 1, on, PRIVACY_TEXT_VERSION,
                           advisor or "", ts, inst] for n, p in enumerate(sorted(give), 1))
        row_state, sibs = _state_rows(rid, state)
        states.append((*row_state, digest(list(row_state))))
        siblings.extend(sibs)
    with db.atomic():
        _many(db, _insert_sql("candidates"), candidates)
        _many(db, _insert_sql("intakes"), intakes)
        _many(db, _INSERT_EVENT, events)
        for rid, record, _ in records:
            if rid in with_events:
                consent.follow(db, rid, record.intake.consent)
        _many(db, _UPSERT_STATE, states)
        _many(db, _INSERT_SIBLING, siblings)
        audit_rows = []
        for seq, rid in zip(_audit_seqs(db, len(ids)), ids, strict=True):
            values = [seq, ts, inst, advisor, "merge-create", "candidate", rid, ""]
            audit_rows.append([*values, digest(values)])
        _many(db, _INSERT_AUDIT, audit_rows)


def _state_rows(record_id: str, state: RecordState) -> tuple[tuple[Any, ...], list[tuple[Any, ...]]]:
    """The merge_state row of `state` (COLUMNS order, without checksum) and its sealed merge_siblings
    rows, as `save` writes them."""
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
    conflicted = [(f, sibs) for f, sibs in state.fields.items() if len(sibs) > 1]
    row = (record_id, json.dumps(dict(sorted(state.vector.items()))), base,
           json.dumps({k: _sqlite._write_json(w) for k, w in sorted(writes.items())}),
           json.dumps(at), len(conflicted), None)
    siblings = [(record_id, f, s.write.key, json.dumps(s.value, ensure_ascii=False))
                for f, sibs in conflicted for s in sibs]
    return row, [(*r, digest(list(r))) for r in siblings]


def add_audit_lines(db: PgDatabase, lines: Sequence[Mapping[str, Any]]) -> int:
    """`add_audit_line` for many lines at once (in their order); returns how many were new here."""
    own = db.installation_id
    wanted: dict[str, set[int]] = {}
    for line in lines:
        wanted.setdefault(str(line["installation_id"]), set()).add(int(line["counter"]))
    known: set[tuple[str, int]] = set()
    for inst, counters in wanted.items():
        if inst != own:
            known.update((inst, int(r[0])) for r in db.fetchall(
                "SELECT counter FROM merge_audit_origin WHERE installation_id = %s"
                " AND counter = ANY(%s)", [inst, sorted(counters)]))
    fresh: list[tuple[str, int, Mapping[str, Any]]] = []
    for line in lines:
        inst, n = str(line["installation_id"]), int(line["counter"])
        if inst == own or (inst, n) in known:
            continue
        known.add((inst, n))
        fresh.append((inst, n, line))
    with db.atomic():
        rows: list[list[Any]] = []
        origins: list[tuple[int, str, int]] = []
        for seq, (inst, n, line) in zip(_audit_seqs(db, len(fresh)), fresh, strict=True):
            values = [seq, line["at"], inst, line["advisor_id"], line["action"], line["entity"],
                      line["entity_id"], line["detail"]]
            rows.append([*values, digest(values)])
            origins.append((seq, inst, n))
        _many(db, _INSERT_AUDIT, rows)
        _many(db, "INSERT INTO merge_audit_origin (seq, installation_id, counter) VALUES (%s, %s, %s)",
              origins)
    return len(rows)
