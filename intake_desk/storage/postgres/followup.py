"""Follow-up on PostgreSQL: the trajectory history (append-only), each candidate's follow-up state
and the worklists read from them; the same rows and answers as `storage/followup.py`, whose types
(`State`, `Row`) and rules this module reuses. The parity tests (tests/postgres/test_followup_parity.py)
run both on the same scenarios.

Differences that the server needs, not the answers:
- a change's number (`seq`) is per candidate, drawn under an advisory lock per candidate, so two desks
  recording a change for the same person at once get 1 and 2 (SQLite's single writer does that);
- a change is refused (StageChangedElsewhere) when, once it holds that lock, the candidate's stage
  is no longer the one the change starts from: another desk changed it after this one read it (the
  same rule as a stale save of the record; on a laptop the file's single writer cannot race);
- the advisor of a change without one is the desk's (`PgDatabase.advisor_id`): the server's `meta` is
  shared by every desk, so it cannot say who is working at this one.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import Any

from ...domain.merge import (
    Sibling,
    StageEvent,
    Write,
    current_stage,
    join,
    next_value,
)
from ...domain.trajectory import Stage, StageChange, stage_label
from .. import followup as _sqlite
from ..checksums import select_list
from ..errors import RecordNotFound, StorageError
from ..followup import (
    DAMAGED_NAME,
    Row,
    State,
    _change,
    _day,
    _name,
    _siblings_of,
    _siblings_text,
    _vector_of,
    _vector_text,
    event_of,
    export_lines,
    marker_of,
    stamped_after,
)
from . import audit
from .connection import PgDatabase
from .merge import next_write

__all__ = [
    "DAMAGED_NAME",
    "HISTORY_ORDER",
    "LAST_CONTACT_SQL",
    "STAGE_SQL",
    "Row",
    "StageChangedElsewhere",
    "State",
    "add_correction",
    "add_resolution",
    "add_stage_change",
    "append_change",
    "append_correction",
    "due_counts",
    "due_rows",
    "exported",
    "history",
    "last_undoable",
    "log_contact",
    "maybe_conflicted",
    "new_resolution",
    "not_corrected",
    "rebuild",
    "register",
    "save_register",
    "set_next_contact",
    "silent_rows",
    "stage_changes_known",
    "stage_events",
    "stage_markers",
    "state",
]


class StageChangedElsewhere(StorageError):
    """Another desk changed the candidate's stage between this desk's reading and its change."""

    def __init__(self, candidate_id: str, change: StageChange, now: Stage) -> None:
        assert change.from_stage is not None
        was, to = change.from_stage, change.to_stage
        super().__init__(
            f"status: kandidaat {candidate_id} staat intussen op '{stage_label(now, 'nl')}' (op een"
            f" andere desk gewijzigd). Uw wijziging van '{stage_label(was, 'nl')}' naar"
            f" '{stage_label(to, 'nl')}' is niet bewaard. Bekijk de status opnieuw.",
            f"status: candidate {candidate_id} is now '{stage_label(now, 'en')}' (changed at another"
            f" desk). Your change from '{stage_label(was, 'en')}' to '{stage_label(to, 'en')}' was not"
            " saved. Look at the status again.")


def _stage_sql(cid: str) -> str:
    # SQLite's expression as it is (plain SQL on both): one rule for the stage without a history
    return _sqlite._stage_sql(cid)


def _last_contact_sql(cid: str) -> str:
    """SQLite's `_last_contact_sql` with `greatest` for its scalar `max` (which PostgreSQL lacks)."""
    return (
        "greatest(c.intake_date, coalesce(f.last_contact, ''), coalesce((SELECT max(p.created_on)"
        f" FROM fig_plans p WHERE p.candidate_id = {cid}), ''))"
    )


# SQLite's HISTORY_ORDER, with the installation compared byte-wise as SQLite compares text (the
# other columns are COLLATE "C" already).
HISTORY_ORDER = 'ORDER BY s.on_date, s.hlc, s.installation_id COLLATE "C", s.id'
STAGE_SQL = _stage_sql("c.id")
LAST_CONTACT_SQL = _last_contact_sql("c.id")
_OPEN_SQL = _sqlite._OPEN_SQL
_WIDTH = _sqlite._WIDTH
_SORT_KEY = _sqlite._SORT_KEY


def not_corrected(cid: str, change_id: str) -> str:
    """A WHERE fragment (starting with AND) that skips corrected changes and their corrections: the
    same rows as SQLite's `not_corrected`, written as two anti-joins. SQLite's form (an OR of a
    NOT IN and a correlated NOT EXISTS) made PostgreSQL estimate a year's changes at 300,000 cost
    units, compile the query with JIT (50-90 ms) and probe the corrections once per change."""
    del cid  # SQLite's first test (does the candidate have a correction at all) is its shortcut
    return (f" AND NOT EXISTS (SELECT 1 FROM stage_corrections k WHERE k.change_id = {change_id})"
            f" AND NOT EXISTS (SELECT 1 FROM stage_corrections k WHERE k.correction_id = {change_id})")


_LOCK_SEED = 17  # the advisory lock per candidate for its history (plans.py uses 19 for versions)


def _exists(db: PgDatabase, candidate_id: str) -> None:
    if db.scalar("SELECT 1 FROM candidates WHERE id = %s", [candidate_id]) is None:
        raise RecordNotFound("Kandidaat", candidate_id)


def state(db: PgDatabase, candidate_id: str) -> State:
    row = db.execute(
        f"SELECT {STAGE_SQL}, f.stage IS NULL, f.stage_on, f.next_contact, coalesce(f.next_note, ''),"
        f" {LAST_CONTACT_SQL}, (SELECT min(i.intake_date) FROM intakes i WHERE i.candidate_id = c.id)"
        " FROM candidates c LEFT JOIN followup f ON f.candidate_id = c.id WHERE c.id = %s",
        [candidate_id]).fetchone()
    if row is None:
        raise RecordNotFound("Kandidaat", candidate_id)
    return State(Stage(row[0]), _day(row[2]), _day(row[3]), row[4], _day(row[5] or None),
                 bool(row[1]), _day(row[6]))


def _change_rows(db: PgDatabase, candidate_id: str) -> list[tuple[Any, ...]]:
    return db.fetchall(
        "SELECT s.candidate_id, s.from_stage, s.to_stage, s.on_date, s.reason, s.credential,"
        " s.advisor_id, s.recorded_at,"
        " EXISTS (SELECT 1 FROM stage_corrections k WHERE k.correction_id = s.id),"
        " EXISTS (SELECT 1 FROM stage_corrections k WHERE k.change_id = s.id), s.id"
        f" FROM stage_changes s WHERE s.candidate_id = %s {HISTORY_ORDER}", [candidate_id])


def history(db: PgDatabase, candidate_id: str) -> list[StageChange]:
    """Every stored change, oldest first, corrections and corrected changes marked."""
    return [_change(r) for r in _change_rows(db, candidate_id)]


def last_undoable(db: PgDatabase, candidate_id: str
                  ) -> tuple[str, StageChange, StageChange | None] | None:
    """The newest change that is neither a correction nor corrected (its id, the change, and the
    effective change before it, whose stage and day come back); None when there is none."""
    _exists(db, candidate_id)
    live = [r for r in _change_rows(db, candidate_id) if not r[8] and not r[9]]
    if not live:
        return None
    last = live[-1]
    return str(last[10]), _change(last), _change(live[-2]) if len(live) > 1 else None


def append_correction(db: PgDatabase, change_id: str, correction: StageChange,
                      back_on: date | None) -> StageChange:
    """Store `correction` (the way back from the change `change_id`) as a new history row, pair the
    two, and make the stage before it current again with its own day `back_on`."""
    with db.atomic():
        stored, correction_id = _append(db, correction)
        db.execute("INSERT INTO stage_corrections (change_id, correction_id, candidate_id)"
                   " VALUES (%s, %s, %s)", [change_id, correction_id, correction.candidate_id])
        # the stage and its day are again those before the mistake (`back_on`): the history says so
        del back_on
        rebuild(db, correction.candidate_id)
        audit.record(db, "stage-correction", "candidate", correction.candidate_id,
                     installation_id=db.installation_id, advisor_id=stored.advisor_id or None,
                     detail=f"{change_id}")
    return StageChange(stored.candidate_id, stored.from_stage, stored.to_stage, stored.on,
                       stored.reason, stored.credential, stored.advisor_id, stored.recorded_at,
                       correction=True)


def current_advisor(db: PgDatabase) -> str:
    return db.advisor_id or ""


def _ensure_row(db: PgDatabase, candidate_id: str, ts: str) -> None:
    db.execute("INSERT INTO followup (candidate_id, updated_at) VALUES (%s, %s)"
               " ON CONFLICT (candidate_id) DO NOTHING", [candidate_id, ts])


def _touch_contact(db: PgDatabase, candidate_id: str, day: date, ts: str) -> None:
    db.execute(
        "UPDATE followup SET last_contact = greatest(coalesce(last_contact, ''), %s), updated_at = %s"
        " WHERE candidate_id = %s", [day.isoformat(), ts, candidate_id])


def _append(db: PgDatabase, change: StageChange) -> tuple[StageChange, str]:
    """`append_change`, also giving the new row's id (for a correction's pair)."""
    _exists(db, change.candidate_id)
    inst = db.installation_id
    ts = audit.now()
    advisor = change.advisor_id or current_advisor(db)
    change_id = str(uuid.uuid4())
    with db.atomic():
        db.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, %s))",
                   [change.candidate_id, _LOCK_SEED])
        if change.from_stage is not None:  # None: an imported history, nothing to compare with
            now = state(db, change.candidate_id).stage
            if now != change.from_stage:
                raise StageChangedElsewhere(change.candidate_id, change, now)
        w = after_history(db, change.candidate_id, next_write(db, stage_vector(db, change.candidate_id)))
        _insert_change(db, {
            "id": change_id, "candidate_id": change.candidate_id, "write": w,
            "from_stage": change.from_stage.value if change.from_stage else None,
            "to_stage": change.to_stage.value, "on": change.on.isoformat(),
            "reason": change.reason.value if change.reason else None,
            "credential": change.credential.value if change.credential else None,
            "advisor_id": advisor, "recorded_at": ts})
        rebuild(db, change.candidate_id)
        audit.record(db, "stage", "candidate", change.candidate_id, installation_id=inst,
                     advisor_id=advisor or None,
                     detail=f"{change.from_stage.value if change.from_stage else '-'}"
                     f" -> {change.to_stage.value}")
    return StageChange(change.candidate_id, change.from_stage, change.to_stage, change.on,
                       change.reason, change.credential, advisor, ts), change_id


def append_change(db: PgDatabase, change: StageChange) -> StageChange:
    """Add `change` to the history and make it the current stage; returns it as stored."""
    return _append(db, change)[0]


def set_next_contact(db: PgDatabase, candidate_id: str, day: date | None, note: str,
                     made_on: date) -> None:
    """Set (or clear, with None) the next contact; making the appointment is itself a contact."""
    _exists(db, candidate_id)
    ts = audit.now()
    with db.atomic():
        _ensure_row(db, candidate_id, ts)
        vector, _, _ = register(db, candidate_id)
        w = next_write(db, vector)  # has seen every earlier write of the register
        _save_register(db, candidate_id, join(vector, w.seen),
                       (Sibling(w, next_value(day.isoformat() if day else None, note)),))
        if day is not None:
            _touch_contact(db, candidate_id, made_on, ts)
        audit.record(db, "next-contact", "candidate", candidate_id,
                     installation_id=db.installation_id,
                     detail=day.isoformat() if day else "gewist")


def log_contact(db: PgDatabase, candidate_id: str, on: date) -> None:
    _exists(db, candidate_id)
    ts = audit.now()
    with db.atomic():
        _ensure_row(db, candidate_id, ts)
        vector, sibs, _ = register(db, candidate_id)
        w = next_write(db, vector)  # a dot of its own, so a bundle `since` a vector carries it
        _save_register(db, candidate_id, join(vector, w.seen), sibs)
        _touch_contact(db, candidate_id, on, ts)
        audit.record(db, "contact", "candidate", candidate_id, installation_id=db.installation_id,
                     detail=on.isoformat())


_ROW_SQL = (
    f"SELECT {select_list('candidates', 'c')}, {STAGE_SQL}, f.next_contact, {LAST_CONTACT_SQL}"
)


def due_rows(db: PgDatabase, today: date, limit: int) -> tuple[list[Row], list[Row]]:
    """(due today, overdue): candidates whose next contact is today or earlier; overdue oldest first."""
    raw = db.fetchall(
        f"{_ROW_SQL} FROM followup f JOIN candidates c ON c.id = f.candidate_id"
        " WHERE f.next_contact IS NOT NULL AND f.next_contact <= %s"
        " ORDER BY f.next_contact, c.sort_key, c.id LIMIT %s", [today.isoformat(), limit * 2])
    rows = _sqlite._rows(raw)
    due = [r for r in rows if r.next_contact == today][:limit]
    overdue = [r for r in rows if r.next_contact is not None and r.next_contact < today][:limit]
    return due, overdue


def due_counts(db: PgDatabase, today: date) -> tuple[int, int]:
    """(due today, overdue), counted from the next-contact index."""
    row = db.execute(
        "SELECT count(*) FILTER (WHERE next_contact = %s), count(*) FILTER (WHERE next_contact < %s)"
        " FROM followup WHERE next_contact IS NOT NULL AND next_contact <= %s",
        [today.isoformat()] * 3).fetchone()
    assert row is not None  # an aggregate always gives a row
    return int(row[0]), int(row[1])


def silent_rows(db: PgDatabase, since: date, limit: int) -> tuple[list[Row], int]:
    """Open-stage candidates without a planned next contact whose last contact was on or before
    `since`, the longest silent first (at most `limit`); and how many there are in all.

    As on SQLite: one pass over the narrow fact rows, narrowed by the intake date (a lower bound of
    the last contact); names are read for the rows shown only."""
    found = db.fetchall(
        "SELECT candidate_id, stage, last_on FROM ("
        f"SELECT c.candidate_id, {_stage_sql('c.candidate_id')} AS stage,"
        f" {_last_contact_sql('c.candidate_id')} AS last_on FROM fig_candidates c"
        " LEFT JOIN followup f ON f.candidate_id = c.candidate_id"
        " WHERE c.intake_date <= %s AND f.next_contact IS NULL) s"
        f" WHERE stage IN {_OPEN_SQL} AND last_on <= %s",
        [since.isoformat(), since.isoformat()])
    found.sort(key=lambda r: (r[2], r[0]))
    shown = found[:limit]
    names: dict[str, tuple[str | None, str]] = {}
    if shown:
        for r in db.fetchall(f"SELECT {select_list('candidates')} FROM candidates"
                             " WHERE id = ANY(%s)", [[r[0] for r in shown]]):
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


# --- follow-up in fair bundles (issue 16): SQLite's functions of the same name, same rows --------

def _insert_change(db: PgDatabase, c: Mapping[str, Any]) -> None:
    """One row of the history (made here, or a parsed "stage_change" line), numbered in order of
    arrival under the candidate's lock, and its day as a contact."""
    w: Write = c["write"]
    with db.atomic():
        db.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, %s))",
                   [c["candidate_id"], _LOCK_SEED])
        seq = db.scalar("SELECT coalesce(max(seq), 0) + 1 FROM stage_changes WHERE candidate_id = %s",
                        [c["candidate_id"]])
        db.execute(
            "INSERT INTO stage_changes (id, candidate_id, seq, from_stage, to_stage, on_date, reason,"
            " credential, advisor_id, recorded_at, installation_id, counter, hlc, seen)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            [c["id"], c["candidate_id"], seq, c["from_stage"], c["to_stage"], c["on"], c["reason"],
             c["credential"], c["advisor_id"], c["recorded_at"], w.installation, w.counter, w.hlc,
             _vector_text(w.seen)])
        ts = audit.now()
        _ensure_row(db, c["candidate_id"], ts)
        _touch_contact(db, c["candidate_id"], date.fromisoformat(c["on"]), ts)


def stage_vector(db: PgDatabase, candidate_id: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for inst, n in db.fetchall(
            "SELECT installation_id, max(counter) FROM stage_changes WHERE candidate_id = %s"
            " GROUP BY installation_id UNION ALL SELECT installation_id, max(counter)"
            " FROM stage_resolutions WHERE candidate_id = %s GROUP BY installation_id",
            [candidate_id, candidate_id]):
        if n and int(n) > out.get(str(inst), 0):
            out[str(inst)] = int(n)
    return out


def rebuild(db: PgDatabase, candidate_id: str) -> None:
    stage, on = current_stage(stage_events(db, candidate_id))
    if stage is None:
        return
    _ensure_row(db, candidate_id, audit.now())
    db.execute("UPDATE followup SET stage = %s, stage_on = %s WHERE candidate_id = %s",
               [stage, on, candidate_id])


def stage_events(db: PgDatabase, candidate_id: str) -> list[StageEvent]:
    return [event_of(r) for r in db.fetchall(
                "SELECT s.id, s.installation_id, s.counter, s.hlc, s.seen, s.from_stage,"
                " s.to_stage, s.on_date,"
                " EXISTS (SELECT 1 FROM stage_corrections k WHERE k.correction_id = s.id),"
                " EXISTS (SELECT 1 FROM stage_corrections k WHERE k.change_id = s.id)"
                f" FROM stage_changes s WHERE s.candidate_id = %s {HISTORY_ORDER}",
                [candidate_id])]


def stage_markers(db: PgDatabase, candidate_id: str) -> list[Write]:
    return [marker_of(r) for r in db.fetchall(
        "SELECT installation_id, counter, hlc, seen FROM stage_resolutions WHERE candidate_id = %s",
        [candidate_id])]


def add_resolution(db: PgDatabase, res: Mapping[str, Any]) -> bool:
    w: Write = res["write"]
    cur = db.execute(
        "INSERT INTO stage_resolutions (id, candidate_id, installation_id, counter, hlc, seen,"
        " recorded_at) VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (id) DO NOTHING",
        [res["id"], res["candidate_id"], w.installation, w.counter, w.hlc, _vector_text(w.seen),
         res["recorded_at"]])
    return bool(cur.rowcount)


def new_resolution(db: PgDatabase, candidate_id: str) -> None:
    with db.atomic():
        w = next_write(db, stage_vector(db, candidate_id))
        add_resolution(db, {"id": str(uuid.uuid4()), "candidate_id": candidate_id, "write": w,
                            "recorded_at": audit.now()})
        audit.record(db, "stage-resolve", "candidate", candidate_id,
                     installation_id=db.installation_id)


def stage_changes_known(db: PgDatabase, ids: Iterable[str]) -> set[str]:
    return {str(r[0]) for r in db.fetchall("SELECT id FROM stage_changes WHERE id = ANY(%s)",
                                           [list(ids)])}


def add_stage_change(db: PgDatabase, change: Mapping[str, Any]) -> bool:
    if db.scalar("SELECT 1 FROM stage_changes WHERE id = %s", [change["id"]]) is not None:
        return False
    _insert_change(db, change)
    return True


def add_correction(db: PgDatabase, pair: Mapping[str, Any]) -> bool:
    cur = db.execute("INSERT INTO stage_corrections (change_id, correction_id, candidate_id)"
                     " VALUES (%s, %s, %s) ON CONFLICT (change_id) DO NOTHING",
                     [pair["change_id"], pair["correction_id"], pair["candidate_id"]])
    return bool(cur.rowcount)


def register(db: PgDatabase, candidate_id: str
             ) -> tuple[dict[str, int], tuple[Sibling, ...], str | None]:
    row = db.execute("SELECT m.vector, m.next, f.last_contact FROM candidates c"
                     " LEFT JOIN followup_merge m ON m.candidate_id = c.id"
                     " LEFT JOIN followup f ON f.candidate_id = c.id WHERE c.id = %s",
                     [candidate_id]).fetchone()
    if row is None:
        return {}, (), None
    return _vector_of(row[0]), _siblings_of(row[1]), row[2]


def _save_register(db: PgDatabase, candidate_id: str, vector: Mapping[str, int],
                   sibs: tuple[Sibling, ...]) -> None:
    db.execute("INSERT INTO followup_merge (candidate_id, vector, next) VALUES (%s, %s, %s)"
               " ON CONFLICT (candidate_id) DO UPDATE SET vector = excluded.vector,"
               " next = excluded.next", [candidate_id, _vector_text(vector), _siblings_text(sibs)])
    shown = sibs[0].value if sibs else next_value(None, "")
    db.execute("UPDATE followup SET next_contact = %s, next_note = %s, updated_at = %s"
               " WHERE candidate_id = %s", [shown["day"], shown["note"], audit.now(), candidate_id])


def save_register(db: PgDatabase, candidate_id: str, vector: Mapping[str, int],
                  sibs: tuple[Sibling, ...], last_contact: str | None) -> None:
    ts = audit.now()
    with db.atomic():
        _ensure_row(db, candidate_id, ts)
        _save_register(db, candidate_id, vector, sibs)
        if last_contact:
            _touch_contact(db, candidate_id, date.fromisoformat(last_contact), ts)


def maybe_conflicted(db: PgDatabase) -> list[str]:
    return [str(r[0]) for r in db.fetchall(
        "SELECT candidate_id FROM stage_changes GROUP BY candidate_id"
        " HAVING count(DISTINCT installation_id) > 1"
        " UNION SELECT candidate_id FROM followup_merge WHERE json_array_length(next::json) > 1"
        " ORDER BY 1")]


def exported(db: PgDatabase, since: Mapping[str, int] | None) -> Iterator[dict[str, Any]]:
    """SQLite's `exported`: the same lines in the same order."""
    return export_lines(db.fetchall, HISTORY_ORDER, since)


def after_history(db: PgDatabase, candidate_id: str, w: Write) -> Write:
    top = db.execute("SELECT max(hlc) FROM stage_changes WHERE candidate_id = %s",
                     [candidate_id]).fetchone()
    return stamped_after(top[0] if top else None, w)
