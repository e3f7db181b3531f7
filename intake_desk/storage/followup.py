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

import logging
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlite_utils import Database

from ..domain.enums import CredentialKind
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


def _change_rows(db: Database, candidate_id: str) -> list[tuple[Any, ...]]:
    return list(db.execute(
        "SELECT s.candidate_id, s.from_stage, s.to_stage, s.on_date, s.reason, s.credential,"
        " s.advisor_id, s.recorded_at,"
        " EXISTS (SELECT 1 FROM stage_corrections k WHERE k.correction_id = s.id),"
        " EXISTS (SELECT 1 FROM stage_corrections k WHERE k.change_id = s.id), s.id"
        " FROM stage_changes s WHERE s.candidate_id = ? ORDER BY s.seq", [candidate_id]))


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
    stored = append_change(db, correction)
    correction_id = db.execute(
        "SELECT id FROM stage_changes WHERE candidate_id = ? ORDER BY seq DESC LIMIT 1",
        [correction.candidate_id]).fetchone()[0]
    db.execute("INSERT INTO stage_corrections (change_id, correction_id, candidate_id) VALUES (?,?,?)",
               [change_id, correction_id, correction.candidate_id])
    # the stage's day is that of the change it goes back to, so later changes are checked against it
    db.execute("UPDATE followup SET stage_on = ? WHERE candidate_id = ?",
               [back_on.isoformat() if back_on else None, correction.candidate_id])
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
    _exists(db, change.candidate_id)
    inst = installation_id(db)
    ts = audit.now()
    advisor = change.advisor_id or current_advisor(db)
    seq = db.execute("SELECT coalesce(max(seq), 0) + 1 FROM stage_changes WHERE candidate_id = ?",
                     [change.candidate_id]).fetchone()[0]
    db.execute(
        "INSERT INTO stage_changes (id, candidate_id, seq, from_stage, to_stage, on_date, reason,"
        " credential, advisor_id, recorded_at, installation_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [str(uuid.uuid4()), change.candidate_id, seq,
         change.from_stage.value if change.from_stage else None, change.to_stage.value,
         change.on.isoformat(), change.reason.value if change.reason else None,
         change.credential.value if change.credential else None, advisor, ts, inst])
    _ensure_row(db, change.candidate_id, ts)
    db.execute("UPDATE followup SET stage = ?, stage_on = ? WHERE candidate_id = ?",
               [change.to_stage.value, change.on.isoformat(), change.candidate_id])
    _touch_contact(db, change.candidate_id, change.on, ts)
    audit.record(db, "stage", "candidate", change.candidate_id, installation_id=inst,
                 advisor_id=advisor or None,
                 detail=f"{change.from_stage.value if change.from_stage else '-'}"
                 f" -> {change.to_stage.value}")
    return StageChange(change.candidate_id, change.from_stage, change.to_stage, change.on,
                       change.reason, change.credential, advisor, ts)


def set_next_contact(db: Database, candidate_id: str, day: date | None, note: str,
                     made_on: date) -> None:
    """Set (or clear, with None) the next contact; making the appointment is itself a contact."""
    _exists(db, candidate_id)
    ts = audit.now()
    _ensure_row(db, candidate_id, ts)
    db.execute("UPDATE followup SET next_contact = ?, next_note = ?, updated_at = ?"
               " WHERE candidate_id = ?",
               [day.isoformat() if day else None, note if day else "", ts, candidate_id])
    if day is not None:
        _touch_contact(db, candidate_id, made_on, ts)
    audit.record(db, "next-contact", "candidate", candidate_id, installation_id=installation_id(db),
                 detail=day.isoformat() if day else "gewist")


def log_contact(db: Database, candidate_id: str, on: date) -> None:
    _exists(db, candidate_id)
    ts = audit.now()
    _ensure_row(db, candidate_id, ts)
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
