"""Follow-up rows: the trajectory history (append-only), each candidate's follow-up state, and the
worklists read from them. All follow-up SQL lives here; `app/followup.py` decides what it means.

Rows carry ids, never names (names are read from `candidates` only for a worklist on screen).
Callers hold the transaction for writes.

A name on a worklist comes only from a candidate row that passes its checksum (storage/checksums.py);
a damaged candidate keeps its place (the appointment in `followup` is its own row) but is shown as
"(beschadigd)", so an altered name is never read as valid; opening it gives the message that names
the backup which still has it.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlite_utils import Database

from ..domain.enums import CredentialKind
from ..domain.merge import (
    Sibling,
    StageEvent,
    Vector,
    Write,
    current_stage,
    followup_line,
    join,
    newer_than,
    next_value,
    write_fields,
)
from ..domain.trajectory import DropReason, Stage, StageChange
from . import audit
from .checksums import COLUMNS, fetch, select_list, sound
from .database import installation_id
from .errors import RecordNotFound

# The stage of a candidate without a stored history is derived from what is stored about them:
# a plan saved -> plan handed out; a quick intake (beursmodus) -> only signed up; otherwise the
# intake conversation took place. One expression, so the worklists, the figures and
# `current_stage` can never disagree. `c` is candidates or fig_candidates (candidate_id, status).


def _stage_sql(cid: str) -> str:
    return (
        "coalesce(f.stage, CASE"
        f" WHEN EXISTS (SELECT 1 FROM plans p WHERE p.candidate_id = {cid}) THEN 'plan-uitgereikt'"
        " WHEN c.status = 'snel' THEN 'aangemeld' ELSE 'intake-gedaan' END)"
    )


def _last_contact_sql(cid: str) -> str:
    """Last contact: the latest of the intake date, the follow-up state's own contact day (stage
    changes, next contacts made, logged contacts) and the latest plan version's day (as dated on
    the plan; from the figures' fact table, one index probe, not the versions' JSON)."""
    return (
        "max(c.intake_date, coalesce(f.last_contact, ''), coalesce((SELECT max(p.created_on)"
        f" FROM fig_plans p WHERE p.candidate_id = {cid}), ''))"
    )


STAGE_SQL = _stage_sql("c.id")
LAST_CONTACT_SQL = _last_contact_sql("c.id")
_OPEN_SQL = "('aangemeld', 'intake-gedaan', 'plan-uitgereikt', 'gestart')"

log = logging.getLogger(__name__)

# What a worklist shows instead of the name of a candidate whose row fails its checksum (as the
# candidate list does).
DAMAGED_NAME = "(beschadigd)"
_WIDTH = len(COLUMNS["candidates"]) + 1  # the candidate's columns and checksum, as select_list gives
_NAME = tuple(COLUMNS["candidates"].index(c) for c in ("first_name", "tussenvoegsel", "surname"))
_SORT_KEY = COLUMNS["candidates"].index("sort_key")


def _name(candidate: tuple[Any, ...]) -> str | None:
    """The name of a candidate row read with select_list; None when the row fails its checksum."""
    if not sound(candidate):
        log.error("candidate damaged, shown as damaged on a worklist: %r", candidate[0])
        return None
    return " ".join(str(candidate[n]) for n in _NAME if candidate[n])


@dataclass(frozen=True, slots=True)
class State:
    """The follow-up state of one candidate as stored (None/"" where nothing is stored)."""

    stage: Stage  # current: the latest change, or derived when there is no history
    stage_on: date | None
    next_contact: date | None
    next_note: str
    last_contact: date | None
    derived: bool  # True: no stored change yet
    first_intake: date | None = None  # the first intake conversation's day


@dataclass(frozen=True, slots=True)
class Row:
    """One worklist row: ids and facts; the name only because a worklist is read by its advisor."""

    candidate_id: str
    name: str
    stage: Stage
    next_contact: date | None
    last_contact: date | None
    damaged: bool = False  # the candidate's row fails its checksum: `name` is DAMAGED_NAME


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _exists(db: Database, candidate_id: str) -> None:
    if db.execute("SELECT 1 FROM candidates WHERE id = ?", [candidate_id]).fetchone() is None:
        raise RecordNotFound("Kandidaat", candidate_id)


def state(db: Database, candidate_id: str) -> State:
    row = db.execute(
        f"SELECT {STAGE_SQL}, f.stage IS NULL, f.stage_on, f.next_contact, coalesce(f.next_note, ''),"
        f" {LAST_CONTACT_SQL}, (SELECT min(i.intake_date) FROM intakes i WHERE i.candidate_id = c.id)"
        " FROM candidates c LEFT JOIN followup f ON f.candidate_id = c.id WHERE c.id = ?",
        [candidate_id]).fetchone()
    if row is None:
        raise RecordNotFound("Kandidaat", candidate_id)
    return State(Stage(row[0]), _day(row[2]), _day(row[3]), row[4], _day(row[5] or None),
                 bool(row[1]), _day(row[6]))


# The figures count a stage change only when it was neither corrected nor a correction
# (m007_stage_corrections). Almost no candidate has a correction: the first test answers from an index.
NOT_CORRECTED_SQL = (
    " AND ({cid} NOT IN (SELECT candidate_id FROM stage_corrections)"
    " OR NOT EXISTS (SELECT 1 FROM stage_corrections k WHERE k.change_id = {id}"
    " OR k.correction_id = {id}))"
)


def not_corrected(cid: str, change_id: str) -> str:
    """A WHERE fragment (starting with AND) that skips corrected changes and their corrections."""
    return NOT_CORRECTED_SQL.format(cid=cid, id=change_id)


# The one order of a history (m009_followup_merge): by the day of the change, then its clock stamp,
# its installation and its id; never `seq`, which is only the order changes arrived in here, so two
# desks that read the same bundles in another order would list (and undo) them differently.
HISTORY_ORDER = "ORDER BY s.on_date, s.hlc, s.installation_id, s.id"


def _change_rows(db: Database, candidate_id: str) -> list[tuple[Any, ...]]:
    return list(db.execute(
        "SELECT s.candidate_id, s.from_stage, s.to_stage, s.on_date, s.reason, s.credential,"
        " s.advisor_id, s.recorded_at,"
        " EXISTS (SELECT 1 FROM stage_corrections k WHERE k.correction_id = s.id),"
        " EXISTS (SELECT 1 FROM stage_corrections k WHERE k.change_id = s.id), s.id"
        f" FROM stage_changes s WHERE s.candidate_id = ? {HISTORY_ORDER}", [candidate_id]))


def _change(r: tuple[Any, ...]) -> StageChange:
    return StageChange(r[0], Stage(r[1]) if r[1] else None, Stage(r[2]), date.fromisoformat(r[3]),
                       DropReason(r[4]) if r[4] else None, CredentialKind(r[5]) if r[5] else None,
                       r[6], r[7], bool(r[8]), bool(r[9]))


def history(db: Database, candidate_id: str) -> list[StageChange]:
    """Every stored change, oldest first, corrections and corrected changes marked."""
    return [_change(r) for r in _change_rows(db, candidate_id)]


def last_undoable(db: Database, candidate_id: str) -> tuple[str, StageChange, StageChange | None] | None:
    """The newest change that is neither a correction nor corrected (its id, the change, and the
    effective change before it, whose stage and day come back); None when there is none."""
    _exists(db, candidate_id)
    live = [r for r in _change_rows(db, candidate_id) if not r[8] and not r[9]]
    if not live:
        return None
    last = live[-1]
    return str(last[10]), _change(last), _change(live[-2]) if len(live) > 1 else None


def append_correction(db: Database, change_id: str, correction: StageChange,
                      back_on: date | None) -> StageChange:
    """Store `correction` (the way back from the change `change_id`) as a new history row, pair the
    two, and make the stage before it current again with its own day `back_on`."""
    stored, correction_id = _append(db, correction)
    db.execute("INSERT INTO stage_corrections (change_id, correction_id, candidate_id) VALUES (?,?,?)",
               [change_id, correction_id, correction.candidate_id])
    # The stage and its day are again those of the change before the mistake (`back_on`), so later
    # changes are checked against it; the history says so by itself (domain/merge.current_stage).
    del back_on
    rebuild(db, correction.candidate_id)
    audit.record(db, "stage-correction", "candidate", correction.candidate_id,
                 installation_id=installation_id(db), advisor_id=stored.advisor_id or None,
                 detail=f"{change_id}")
    return StageChange(stored.candidate_id, stored.from_stage, stored.to_stage, stored.on,
                       stored.reason, stored.credential, stored.advisor_id, stored.recorded_at,
                       correction=True)


def current_advisor(db: Database) -> str:
    row = db.execute("SELECT value FROM meta WHERE key = 'current_advisor_id'").fetchone()
    return str(row[0]) if row else ""


def _ensure_row(db: Database, candidate_id: str, ts: str) -> None:
    db.execute("INSERT OR IGNORE INTO followup (candidate_id, updated_at) VALUES (?, ?)",
               [candidate_id, ts])


def _touch_contact(db: Database, candidate_id: str, day: date, ts: str) -> None:
    db.execute(
        "UPDATE followup SET last_contact = max(coalesce(last_contact, ''), ?), updated_at = ?"
        " WHERE candidate_id = ?", [day.isoformat(), ts, candidate_id])


def append_change(db: Database, change: StageChange) -> StageChange:
    """Add `change` to the history and make it the current stage; returns it as stored."""
    return _append(db, change)[0]


def _append(db: Database, change: StageChange) -> tuple[StageChange, str]:
    """`append_change`, also giving the new row's id (for a correction's pair). The change is a
    write of this installation (merge counter, clock stamp) that has seen the candidate's history."""
    from .merge import next_write

    _exists(db, change.candidate_id)
    ts = audit.now()
    advisor = change.advisor_id or current_advisor(db)
    w = after_history(db, change.candidate_id, next_write(db, stage_vector(db, change.candidate_id)))
    change_id = str(uuid.uuid4())
    _insert_change(db, {
        "id": change_id, "candidate_id": change.candidate_id, "write": w,
        "from_stage": change.from_stage.value if change.from_stage else None,
        "to_stage": change.to_stage.value, "on": change.on.isoformat(),
        "reason": change.reason.value if change.reason else None,
        "credential": change.credential.value if change.credential else None,
        "advisor_id": advisor, "recorded_at": ts})
    rebuild(db, change.candidate_id)
    audit.record(db, "stage", "candidate", change.candidate_id, installation_id=w.installation,
                 advisor_id=advisor or None,
                 detail=f"{change.from_stage.value if change.from_stage else '-'}"
                 f" -> {change.to_stage.value}")
    return StageChange(change.candidate_id, change.from_stage, change.to_stage, change.on,
                       change.reason, change.credential, advisor, ts), change_id


def _insert_change(db: Database, c: Mapping[str, Any]) -> None:
    """One row of the history (a parsed "stage_change" line, or one made here), numbered in order
    of arrival, and the change's day as a contact."""
    w: Write = c["write"]
    seq = db.execute("SELECT coalesce(max(seq), 0) + 1 FROM stage_changes WHERE candidate_id = ?",
                     [c["candidate_id"]]).fetchone()[0]
    db.execute(
        "INSERT INTO stage_changes (id, candidate_id, seq, from_stage, to_stage, on_date, reason,"
        " credential, advisor_id, recorded_at, installation_id, counter, hlc, seen)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [c["id"], c["candidate_id"], seq, c["from_stage"], c["to_stage"], c["on"], c["reason"],
         c["credential"], c["advisor_id"], c["recorded_at"], w.installation, w.counter, w.hlc,
         _vector_text(w.seen)])
    ts = audit.now()
    _ensure_row(db, c["candidate_id"], ts)
    _touch_contact(db, c["candidate_id"], date.fromisoformat(c["on"]), ts)


def set_next_contact(db: Database, candidate_id: str, day: date | None, note: str,
                     made_on: date) -> None:
    """Set (or clear, with None) the next contact; making the appointment is itself a contact."""
    from .merge import next_write

    _exists(db, candidate_id)
    ts = audit.now()
    _ensure_row(db, candidate_id, ts)
    vector, _, _ = register(db, candidate_id)
    # a new write of the register that has seen every earlier one (and every logged contact)
    w = next_write(db, vector)
    value = next_value(day.isoformat() if day else None, note)
    _save_register(db, candidate_id, join(vector, w.seen), (Sibling(w, value),))
    if day is not None:
        _touch_contact(db, candidate_id, made_on, ts)
    audit.record(db, "next-contact", "candidate", candidate_id, installation_id=installation_id(db),
                 detail=day.isoformat() if day else "gewist")


def log_contact(db: Database, candidate_id: str, on: date) -> None:
    from .merge import next_write

    _exists(db, candidate_id)
    ts = audit.now()
    _ensure_row(db, candidate_id, ts)
    vector, sibs, _ = register(db, candidate_id)
    # a dot of its own, so a bundle `since` a vector carries the contact
    w = next_write(db, vector)
    _save_register(db, candidate_id, join(vector, w.seen), sibs)
    _touch_contact(db, candidate_id, on, ts)
    audit.record(db, "contact", "candidate", candidate_id, installation_id=installation_id(db),
                 detail=on.isoformat())


_ROW_SQL = (
    f"SELECT {select_list('candidates', 'c')}, {STAGE_SQL}, f.next_contact, {LAST_CONTACT_SQL}"
)


def _rows(raw: list[tuple[Any, ...]]) -> list[Row]:
    out = []
    for r in raw:
        name = _name(r[:_WIDTH])
        stage, next_contact, last = r[_WIDTH:]
        # a damaged row's last contact may rest on its altered intake date: not shown
        out.append(Row(str(r[0]), name or DAMAGED_NAME, Stage(str(stage)),
                       _day(str(next_contact) if next_contact else None),
                       _day(str(last) if last and name is not None else None), name is None))
    return out


def due_rows(db: Database, today: date, limit: int) -> tuple[list[Row], list[Row]]:
    """(due today, overdue): candidates whose next contact is today or earlier; overdue oldest first."""
    raw = fetch(
        db, f"{_ROW_SQL} FROM followup f JOIN candidates c ON c.id = f.candidate_id"
        " WHERE f.next_contact IS NOT NULL AND f.next_contact <= ?"
        " ORDER BY f.next_contact, c.sort_key, c.id LIMIT ?", [today.isoformat(), limit * 2])
    rows = _rows(raw)
    iso = today
    due = [r for r in rows if r.next_contact == iso][:limit]
    overdue = [r for r in rows if r.next_contact is not None and r.next_contact < iso][:limit]
    return due, overdue


def due_counts(db: Database, today: date) -> tuple[int, int]:
    """(due today, overdue), counted from the next-contact index."""
    row = db.execute(
        "SELECT count(*) FILTER (WHERE next_contact = ?), count(*) FILTER (WHERE next_contact < ?)"
        " FROM followup WHERE next_contact IS NOT NULL AND next_contact <= ?",
        [today.isoformat()] * 3).fetchone()
    return int(row[0]), int(row[1])


def silent_rows(db: Database, since: date, limit: int) -> tuple[list[Row], int]:
    """Open-stage candidates without a planned next contact whose last contact was on or before
    `since`, the longest silent first (at most `limit`); and how many there are in all.

    One pass over the narrow fact rows (the intake date is a lower bound of the last contact, so
    its index narrows the candidates first); names are read for the rows shown only."""
    found = db.execute(
        f"SELECT c.candidate_id, {_stage_sql('c.candidate_id')}, {_last_contact_sql('c.candidate_id')}"
        " AS last FROM fig_candidates c INDEXED BY fig_candidates_intake"
        " LEFT JOIN followup f ON f.candidate_id = c.candidate_id"
        f" WHERE c.intake_date <= ? AND f.next_contact IS NULL"
        f" AND {_stage_sql('c.candidate_id')} IN {_OPEN_SQL} AND last <= ?",
        [since.isoformat(), since.isoformat()]).fetchall()
    found.sort(key=lambda r: (r[2], r[0]))
    shown = found[:limit]
    names: dict[str, tuple[str | None, str]] = {}
    if shown:
        for r in fetch(db, f"SELECT {select_list('candidates')} FROM candidates WHERE id IN"
                           f" ({', '.join('?' for _ in shown)})", [r[0] for r in shown]):
            name = _name(r)
            names[r[0]] = (name, str(r[_SORT_KEY]) if name is not None else "")
    rows = []
    for cid, stage, last in shown:
        # the facts (stage, last contact) are their own rows; only the name comes from the record
        name, _ = names.get(cid, (None, ""))
        rows.append(Row(cid, name or DAMAGED_NAME, Stage(stage), None, _day(last or None),
                        name is None))
    rows.sort(key=lambda r: (r.last_contact or date.min, names.get(r.candidate_id, (None, ""))[1]))
    return rows, len(found)


# --- follow-up in fair bundles (issue 16; m009_followup_merge; rules in domain/merge.py) ----------
# Every stage change is a write (installation, merge counter, clock stamp, `seen`: the candidate's
# follow-up vector where it was made); the next contact is a register of writes like a record field
# (`followup_merge.next`, normally one, two or more while concurrent writes disagree), and
# `followup_merge.vector` names every follow-up write of the candidate besides its stage changes
# (next contacts made or cleared, contacts logged), so a bundle `since` a vector carries them.
# `stage_resolutions` are the advisor's "keep the stage shown" over concurrent changes.

MERGE_SCHEMA = (
    # the order every history is read in (HISTORY_ORDER), per candidate
    "CREATE INDEX stage_changes_order ON stage_changes(candidate_id, on_date, hlc, installation_id,"
    " id)",
    """CREATE TABLE stage_resolutions (
        id TEXT PRIMARY KEY,
        candidate_id TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        installation_id TEXT NOT NULL,
        counter INTEGER NOT NULL,
        hlc TEXT NOT NULL,
        seen TEXT NOT NULL,
        recorded_at TEXT NOT NULL
    )""",
    "CREATE INDEX stage_resolutions_candidate ON stage_resolutions(candidate_id)",
    """CREATE TABLE followup_merge (
        candidate_id TEXT PRIMARY KEY REFERENCES candidates(id) ON DELETE CASCADE,
        vector TEXT NOT NULL DEFAULT '{}',
        next TEXT NOT NULL DEFAULT '[]'
    )""",
)


def _vector_text(v: Vector) -> str:
    return json.dumps(dict(sorted(v.items())), sort_keys=True)


def _vector_of(text: str | None) -> dict[str, int]:
    return {str(k): int(n) for k, n in json.loads(text or "{}").items()}


def create_merge(db: Database, wall_ms: Any = None) -> None:
    """m009_followup_merge: the stage history's write columns and the tables above; every change and
    next contact stored before is a write of this installation, stamped by the clock of when it was
    recorded, in the order it was entered (`seq`), so its history reads as before."""
    from ..domain import clock
    from . import merge as merge_store

    refuse = "SELECT RAISE(ABORT, 'stage_changes is append-only: add a new change instead');"
    db.execute("DROP TRIGGER stage_changes_append_only_update")
    for column in ("counter INTEGER NOT NULL DEFAULT 0", "hlc TEXT NOT NULL DEFAULT ''",
                   "seen TEXT NOT NULL DEFAULT '{}'"):
        db.execute(f"ALTER TABLE stage_changes ADD COLUMN {column}")
    for statement in MERGE_SCHEMA:
        db.execute(statement)
    rows = db.execute(
        "SELECT id, candidate_id, installation_id, coalesce(CAST((julianday(recorded_at)"
        " - 2440587.5) * 86400000 AS INTEGER), 0) FROM stage_changes"
        " ORDER BY candidate_id, seq").fetchall()
    if rows:
        _, first, _ = merge_store._take(db, len(rows))
        last = clock.ZERO
        seen: dict[str, int] = {}
        updates = []
        prev = None
        for k, (cid, candidate, inst, ms) in enumerate(rows):
            if candidate != prev:
                prev, seen, last = candidate, {}, clock.ZERO
            last = clock.tick(last, max(int(ms), 0))
            seen = join(seen, {inst: first + k})
            updates.append((first + k, last.encode(), _vector_text(seen), cid))
        db.conn.executemany("UPDATE stage_changes SET counter = ?, hlc = ?, seen = ? WHERE id = ?",
                            updates)
    db.execute(f"CREATE TRIGGER stage_changes_append_only_update BEFORE UPDATE ON stage_changes"
               f" BEGIN {refuse} END")
    states = db.execute("SELECT candidate_id, next_contact, next_note, coalesce(CAST(("
                        "julianday(updated_at) - 2440587.5) * 86400000 AS INTEGER), 0)"
                        " FROM followup ORDER BY candidate_id").fetchall()
    if states:
        inst, first, _ = merge_store._take(db, len(states))
        out = []
        for k, (cid, day, note, ms) in enumerate(states):
            w = Write(inst, first + k, clock.Hlc(max(int(ms), 0)).encode(), {inst: first + k})
            sibs = (Sibling(w, next_value(day, note or "")),) if day else ()
            out.append((cid, _vector_text(w.seen), _siblings_text(sibs)))
        db.conn.executemany("INSERT INTO followup_merge (candidate_id, vector, next) VALUES (?,?,?)",
                            out)


def stage_vector(db: Database, candidate_id: str) -> dict[str, int]:
    """What this installation has seen of a candidate's stage history: the highest counter of each
    installation among its stage changes and resolutions."""
    out: dict[str, int] = {}
    for inst, n in db.execute(
            "SELECT installation_id, max(counter) FROM stage_changes WHERE candidate_id = ?"
            " GROUP BY installation_id UNION ALL SELECT installation_id, max(counter)"
            " FROM stage_resolutions WHERE candidate_id = ? GROUP BY installation_id",
            [candidate_id, candidate_id]):
        if n and int(n) > out.get(str(inst), 0):
            out[str(inst)] = int(n)
    return out


def rebuild(db: Database, candidate_id: str) -> None:
    """The follow-up row's stage and its day from the history, as domain/merge.current_stage reads
    it; the same as the desk's own changes would have left it, whatever order they arrived in."""
    stage, on = current_stage(stage_events(db, candidate_id))
    if stage is None:
        return
    _ensure_row(db, candidate_id, audit.now())
    db.execute("UPDATE followup SET stage = ?, stage_on = ? WHERE candidate_id = ?",
               [stage, on, candidate_id])


def stage_events(db: Database, candidate_id: str) -> list[StageEvent]:
    """A candidate's history as merge sees it, in HISTORY_ORDER."""
    return [event_of(r) for r in db.execute(
                "SELECT s.id, s.installation_id, s.counter, s.hlc, s.seen, s.from_stage,"
                " s.to_stage, s.on_date,"
                " EXISTS (SELECT 1 FROM stage_corrections k WHERE k.correction_id = s.id),"
                " EXISTS (SELECT 1 FROM stage_corrections k WHERE k.change_id = s.id)"
                f" FROM stage_changes s WHERE s.candidate_id = ? {HISTORY_ORDER}",
                [candidate_id])]


# Rows read the same way by both stores (storage/postgres/followup.py uses these).

def event_of(r: Sequence[Any]) -> StageEvent:
    """A `stage_events` row: id, installation, counter, hlc, seen, from, to, day, is a correction,
    is corrected."""
    return StageEvent(str(r[0]), Write(str(r[1]), int(r[2]), str(r[3]), _vector_of(r[4])),
                      r[5], str(r[6]), str(r[7]), bool(r[8]), bool(r[9]))


def marker_of(r: Sequence[Any]) -> Write:
    """A `stage_markers` row: installation, counter, hlc, seen."""
    return Write(str(r[0]), int(r[1]), str(r[2]), _vector_of(r[3]))


def stage_markers(db: Database, candidate_id: str) -> list[Write]:
    """The writes of the advisor's "keep the stage shown" resolutions of a candidate."""
    return [marker_of(r) for r in db.execute(
        "SELECT installation_id, counter, hlc, seen FROM stage_resolutions WHERE candidate_id = ?",
        [candidate_id])]


def add_resolution(db: Database, res: Mapping[str, Any]) -> bool:
    """A resolution (a parsed "stage_resolution" line, or one made here), once. True when new."""
    w: Write = res["write"]
    cur = db.execute(
        "INSERT OR IGNORE INTO stage_resolutions (id, candidate_id, installation_id, counter, hlc,"
        " seen, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [res["id"], res["candidate_id"], w.installation, w.counter, w.hlc, _vector_text(w.seen),
         res["recorded_at"]])
    return bool(cur.rowcount)


def new_resolution(db: Database, candidate_id: str) -> None:
    """The advisor keeps the stage shown over the concurrent changes this desk has: a write that has
    seen them all, so the conflict stops showing (history is not touched)."""
    from .merge import next_write

    w = next_write(db, stage_vector(db, candidate_id))
    add_resolution(db, {"id": str(uuid.uuid4()), "candidate_id": candidate_id, "write": w,
                        "recorded_at": audit.now()})
    audit.record(db, "stage-resolve", "candidate", candidate_id, installation_id=w.installation)


def stage_changes_known(db: Database, ids: Iterable[str]) -> set[str]:
    out: set[str] = set()
    id_list = list(ids)
    for start in range(0, len(id_list), 500):
        part = id_list[start:start + 500]
        out.update(r[0] for r in db.execute(
            f"SELECT id FROM stage_changes WHERE id IN ({','.join('?' * len(part))})", part))
    return out


def add_stage_change(db: Database, change: Mapping[str, Any]) -> bool:
    """A change made elsewhere (a parsed "stage_change" line), once. True when new here."""
    if db.execute("SELECT 1 FROM stage_changes WHERE id = ?", [change["id"]]).fetchone():
        return False
    _insert_change(db, change)
    return True


def add_correction(db: Database, pair: Mapping[str, Any]) -> bool:
    """A correction pair made elsewhere, once (both changes are stored). True when new here."""
    if db.execute("SELECT 1 FROM stage_corrections WHERE change_id = ?",
                  [pair["change_id"]]).fetchone():
        return False
    db.execute("INSERT INTO stage_corrections (change_id, correction_id, candidate_id) VALUES (?,?,?)",
               [pair["change_id"], pair["correction_id"], pair["candidate_id"]])
    return True


def _siblings_text(sibs: Iterable[Sibling]) -> str:
    return json.dumps([[s.write.key, s.write.hlc, dict(sorted(s.write.seen.items())), s.value]
                       for s in sibs], ensure_ascii=False, sort_keys=True)


def _siblings_of(text: str | None) -> tuple[Sibling, ...]:
    out = []
    for key, hlc, seen, value in json.loads(text or "[]"):
        inst, _, n = str(key).rpartition(":")
        out.append(Sibling(Write(inst, int(n), str(hlc), {str(k): int(v) for k, v in seen.items()}),
                           value))
    return tuple(out)


def register(db: Database, candidate_id: str
             ) -> tuple[dict[str, int], tuple[Sibling, ...], str | None]:
    """(follow-up vector, next-contact writes kept, shown first, last contact) of a candidate."""
    row = db.execute("SELECT m.vector, m.next, f.last_contact FROM candidates c"
                     " LEFT JOIN followup_merge m ON m.candidate_id = c.id"
                     " LEFT JOIN followup f ON f.candidate_id = c.id WHERE c.id = ?",
                     [candidate_id]).fetchone()
    if row is None:
        return {}, (), None
    return _vector_of(row[0]), _siblings_of(row[1]), row[2]


def _save_register(db: Database, candidate_id: str, vector: Vector, sibs: tuple[Sibling, ...]
                   ) -> None:
    db.execute("INSERT INTO followup_merge (candidate_id, vector, next) VALUES (?, ?, ?)"
               " ON CONFLICT(candidate_id) DO UPDATE SET vector = excluded.vector,"
               " next = excluded.next", [candidate_id, _vector_text(vector), _siblings_text(sibs)])
    shown = sibs[0].value if sibs else next_value(None, "")
    db.execute("UPDATE followup SET next_contact = ?, next_note = ?, updated_at = ?"
               " WHERE candidate_id = ?", [shown["day"], shown["note"], audit.now(), candidate_id])


def save_register(db: Database, candidate_id: str, vector: Vector, sibs: tuple[Sibling, ...],
                  last_contact: str | None) -> None:
    """The merged follow-up state of a candidate: its vector, next-contact writes (the first is
    shown) and the latest last contact."""
    ts = audit.now()
    _ensure_row(db, candidate_id, ts)
    _save_register(db, candidate_id, vector, sibs)
    if last_contact:
        _touch_contact(db, candidate_id, date.fromisoformat(last_contact), ts)


def maybe_conflicted(db: Database) -> list[str]:
    """Candidates whose follow-up may hold a conflict (several installations changed the stage, or
    the next contact keeps more than one write); `app.merge` decides."""
    return [str(r[0]) for r in db.execute(
        "SELECT candidate_id FROM stage_changes GROUP BY candidate_id"
        " HAVING count(DISTINCT installation_id) > 1"
        " UNION SELECT candidate_id FROM followup_merge WHERE json_array_length(next) > 1"
        " ORDER BY 1")]


EXPORT_QUERIES = (
    # stage changes, each candidate's in the store's HISTORY_ORDER
    "SELECT s.id, s.candidate_id, s.installation_id, s.counter, s.hlc, s.seen, s.from_stage,"
    " s.to_stage, s.on_date, s.reason, s.credential, s.advisor_id, s.recorded_at"
    " FROM stage_changes s {order}",
    # correction pairs, with the write of the correction
    "SELECT k.candidate_id, k.change_id, k.correction_id, s.installation_id, s.counter"
    " FROM stage_corrections k JOIN stage_changes s ON s.id = k.correction_id"
    " ORDER BY k.candidate_id, k.correction_id",
    "SELECT id, candidate_id, installation_id, counter, hlc, seen, recorded_at"
    " FROM stage_resolutions ORDER BY candidate_id, id",
    "SELECT m.candidate_id, m.vector, m.next, f.last_contact FROM followup_merge m"
    " LEFT JOIN followup f ON f.candidate_id = m.candidate_id ORDER BY m.candidate_id",
)


def export_lines(rows: Callable[[str], Iterable[Sequence[Any]]], order: str,
                 since: Mapping[str, int] | None) -> Iterator[dict[str, Any]]:
    """The follow-up lines `since` (a peer's vector) has not seen, everything when None: stage
    changes, then the correction pairs (after the changes they pair), the resolutions and the
    follow-up states. `rows` runs one of EXPORT_QUERIES on either store; `order` is that store's
    HISTORY_ORDER."""
    def unseen(inst: str, n: int) -> bool:
        return since is None or since.get(inst, 0) < n

    changes, corrections, resolutions, states = EXPORT_QUERIES
    for r in rows(changes.format(order=order.replace("BY", "BY s.candidate_id,"))):
        if unseen(r[2], int(r[3])):
            yield {"type": "stage_change", "id": r[0], "candidate_id": r[1],
                   **write_fields(Write(r[2], int(r[3]), r[4], _vector_of(r[5]))),
                   "from_stage": r[6], "to_stage": r[7], "on": r[8], "reason": r[9],
                   "credential": r[10], "advisor_id": r[11], "recorded_at": r[12]}
    for r in rows(corrections):
        if unseen(r[3], int(r[4])):
            yield {"type": "stage_correction", "candidate_id": r[0], "change_id": r[1],
                   "correction_id": r[2]}
    for r in rows(resolutions):
        if unseen(r[2], int(r[3])):
            yield {"type": "stage_resolution", "id": r[0], "candidate_id": r[1],
                   **write_fields(Write(r[2], int(r[3]), r[4], _vector_of(r[5]))),
                   "recorded_at": r[6]}
    for cid, vector, nxt, last in rows(states):
        vec = _vector_of(vector)
        if since is None or newer_than(vec, since):
            yield followup_line(cid, vec, last, _siblings_of(nxt))


def exported(db: Database, since: Mapping[str, int] | None) -> Iterator[dict[str, Any]]:
    """The follow-up lines `since` has not seen (export_lines)."""
    return export_lines(lambda sql: db.execute(sql), HISTORY_ORDER, since)


def stamped_after(top_hlc: Any, w: Write) -> Write:
    """`w`, stamped after `top_hlc` (the highest clock of the candidate's history) when it is not
    already: a change made on top of the others comes after them in HISTORY_ORDER on its day even
    when a peer's clock ran more than a week ahead (which our own clock does not follow,
    domain/clock.MAX_AHEAD_MS)."""
    from ..domain import clock

    if not top_hlc or str(top_hlc) < w.hlc:
        return w
    return Write(w.installation, w.counter, clock.tick(clock.Hlc.parse(str(top_hlc)), 0).encode(),
                 w.seen)


def after_history(db: Database, candidate_id: str, w: Write) -> Write:
    """`w` stamped after every change of the candidate's history (stamped_after)."""
    top = db.execute("SELECT max(hlc) FROM stage_changes WHERE candidate_id = ?",
                     [candidate_id]).fetchone()
    return stamped_after(top[0] if top else None, w)
