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
from datetime import date
from typing import Any

from ...domain.trajectory import Stage, StageChange, stage_label
from .. import followup as _sqlite
from ..checksums import select_list
from ..errors import RecordNotFound, StorageError
from ..followup import DAMAGED_NAME, Row, State, _change, _day, _name
from . import audit
from .connection import PgDatabase

__all__ = ["DAMAGED_NAME", "LAST_CONTACT_SQL", "STAGE_SQL", "Row", "StageChangedElsewhere", "State",
           "append_change",
           "append_correction", "due_counts", "due_rows", "history", "last_undoable", "log_contact",
           "not_corrected", "set_next_contact", "silent_rows", "state"]


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
        " FROM stage_changes s WHERE s.candidate_id = %s ORDER BY s.seq", [candidate_id])


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
        # the stage's day is that of the change it goes back to, so later changes are checked against it
        db.execute("UPDATE followup SET stage_on = %s WHERE candidate_id = %s",
                   [back_on.isoformat() if back_on else None, correction.candidate_id])
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
        seq = db.scalar("SELECT coalesce(max(seq), 0) + 1 FROM stage_changes WHERE candidate_id = %s",
                        [change.candidate_id])
        db.execute(
            "INSERT INTO stage_changes (id, candidate_id, seq, from_stage, to_stage, on_date, reason,"
            " credential, advisor_id, recorded_at, installation_id)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            [change_id, change.candidate_id, seq,
             change.from_stage.value if change.from_stage else None, change.to_stage.value,
             change.on.isoformat(), change.reason.value if change.reason else None,
             change.credential.value if change.credential else None, advisor, ts, inst])
        _ensure_row(db, change.candidate_id, ts)
        db.execute("UPDATE followup SET stage = %s, stage_on = %s WHERE candidate_id = %s",
                   [change.to_stage.value, change.on.isoformat(), change.candidate_id])
        _touch_contact(db, change.candidate_id, change.on, ts)
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
        db.execute("UPDATE followup SET next_contact = %s, next_note = %s, updated_at = %s"
                   " WHERE candidate_id = %s",
                   [day.isoformat() if day else None, note if day else "", ts, candidate_id])
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
