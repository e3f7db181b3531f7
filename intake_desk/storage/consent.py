"""Consent as a record (migration m006_privacy): each give and withdraw is a row of `consent_events`,
append-only (triggers refuse UPDATE, and DELETE while the candidate exists), ids only.

The intake's `Consent` stays what the form edits and shows; `follow` appends the events that take the
record from what it held to what the intake now says, in the same transaction as the save, from every
door (form, CLI, import). What a plan, export or share may do is read from the record (`allows`).
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlite_utils import Database

from ..domain import Consent, ConsentPurpose
from ..domain.privacy import PRIVACY_TEXT_VERSION, ConsentEvent, allowed, newest, steps
from . import audit
from .errors import ConsentMissing


def history(db: Database, candidate_id: str) -> list[ConsentEvent]:
    """Every event of the candidate, oldest first."""
    rows = db.execute(
        "SELECT candidate_id, purpose, given, on_date, text_version, advisor_id, recorded_at, seq"
        " FROM consent_events WHERE candidate_id = ? ORDER BY seq", [candidate_id]).fetchall()
    out = []
    for r in rows:
        try:
            purpose = ConsentPurpose(r[1])
        except ValueError:  # a purpose a newer version knows: kept in the table, not used here
            continue
        out.append(ConsentEvent(r[0], purpose, bool(r[2]), date.fromisoformat(r[3]), r[4],
                                r[5] or "", r[6], int(r[7])))
    return out


def held(db: Database, candidate_id: str) -> frozenset[ConsentPurpose]:
    return allowed(history(db, candidate_id))


def append(db: Database, candidate_id: str, purpose: ConsentPurpose, given: bool, on: date, *,
           text_version: str = PRIVACY_TEXT_VERSION, advisor_id: str | None = None) -> None:
    if advisor_id is None:
        row = db.execute("SELECT value FROM meta WHERE key = 'current_advisor_id'").fetchone()
        advisor_id = row[0] if row else ""
    seq = db.execute("SELECT coalesce(max(seq), 0) + 1 FROM consent_events WHERE candidate_id = ?",
                     [candidate_id]).fetchone()[0]
    inst = db.execute("SELECT value FROM meta WHERE key = 'installation_id'").fetchone()
    db.execute(
        "INSERT INTO consent_events (id, candidate_id, seq, purpose, given, on_date, text_version,"
        " advisor_id, recorded_at, installation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [str(uuid.uuid4()), candidate_id, seq, purpose.value, int(given), on.isoformat(),
         text_version, advisor_id or "", audit.now(), inst[0] if inst else ""])


def follow(db: Database, candidate_id: str, consent: Consent, *, today: date | None = None,
           advisor_id: str | None = None) -> None:
    """Append what takes the record to the intake's consent: a give per new purpose (dated as the
    intake dates the consent), a withdrawal per purpose no longer ticked (dated today)."""
    wanted = consent.purposes if consent.given else frozenset()
    give, withdraw = steps(held(db, candidate_id), frozenset(wanted))
    day = today or date.today()
    for p in sorted(give):
        append(db, candidate_id, p, True, consent.date or day, advisor_id=advisor_id)
    for p in sorted(withdraw):
        append(db, candidate_id, p, False, day, advisor_id=advisor_id)


def allows(db: Database, candidate_id: str, purpose: ConsentPurpose,
           fallback: Consent | None = None) -> bool:
    """Whether the record allows `purpose` now. A candidate with no record at all (written by a door
    that bypassed `follow`) is judged by the intake's consent, `fallback`."""
    events = history(db, candidate_id)
    if not events:
        return fallback is not None and fallback.allows(purpose)
    return purpose in allowed(events)


def require(db: Database, candidate_id: str, purpose: ConsentPurpose,
            fallback: Consent | None = None, who: str = "") -> None:
    """ConsentMissing naming the purpose (and when it was withdrawn) unless the record allows it."""
    if allows(db, candidate_id, purpose, fallback):
        return
    last = newest(history(db, candidate_id)).get(purpose)
    raise ConsentMissing(who or candidate_id, purpose,
                         last.on if last is not None and not last.given else None)
