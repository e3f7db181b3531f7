"""Consent as a record (migration m006_privacy): each give and withdraw is a row of `consent_events`,
append-only (triggers refuse UPDATE, and DELETE while the candidate exists), ids only.

The intake's `Consent` stays what the form edits and shows; `follow` appends the events that take the
record from what it held to what the intake now says, in the same transaction as the save, from every
door (form, CLI, import). What a plan, export or share may do is read from the record (`allows`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

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
    return events_of(rows)


def events_of(rows: Iterable[Sequence[Any]]) -> list[ConsentEvent]:
    """Stored rows (candidate_id, purpose, given, on_date, text_version, advisor_id, recorded_at,
    seq) as events; shared with the PostgreSQL store, which keeps the same rows."""
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
    """Append what takes the record to the intake's consent (`to_follow`)."""
    for purpose, given, on in to_follow(held(db, candidate_id), consent, today or date.today()):
        append(db, candidate_id, purpose, given, on, advisor_id=advisor_id)


def allows(db: Database, candidate_id: str, purpose: ConsentPurpose,
           fallback: Consent | None = None) -> bool:
    """Whether the record allows `purpose` now (`judge`)."""
    return judge(history(db, candidate_id), purpose, fallback)


def require(db: Database, candidate_id: str, purpose: ConsentPurpose,
            fallback: Consent | None = None, who: str = "") -> None:
    """ConsentMissing naming the purpose (and when it was withdrawn) unless the record allows it."""
    check(history(db, candidate_id), purpose, fallback, who or candidate_id)


# The rules over a candidate's events, the same for both stores (storage/postgres/consent.py).

def to_follow(held: frozenset[ConsentPurpose], consent: Consent, today: date
              ) -> list[tuple[ConsentPurpose, bool, date]]:
    """The events that take a record holding `held` to the intake's consent: a give per new purpose
    (dated as the intake dates the consent), a withdrawal per purpose no longer ticked (today)."""
    wanted = consent.purposes if consent.given else frozenset()
    give, withdraw = steps(held, frozenset(wanted))
    return ([(p, True, consent.date or today) for p in sorted(give)]
            + [(p, False, today) for p in sorted(withdraw)])


def judge(events: Sequence[ConsentEvent], purpose: ConsentPurpose, fallback: Consent | None) -> bool:
    """A candidate with no record at all (written by a door that bypassed `follow`) is judged by the
    intake's consent, `fallback`; otherwise the newest event per purpose decides."""
    if not events:
        return fallback is not None and fallback.allows(purpose)
    return purpose in allowed(events)


def check(events: Sequence[ConsentEvent], purpose: ConsentPurpose, fallback: Consent | None,
          who: str) -> None:
    if judge(events, purpose, fallback):
        return
    last = newest(events).get(purpose)
    raise ConsentMissing(who, purpose, last.on if last is not None and not last.given else None)
