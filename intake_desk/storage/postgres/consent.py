"""Consent as a record on PostgreSQL (pg004_merge): storage/consent.py's functions, the same events.

`consent_events` is append-only twice over: a trigger refuses an UPDATE, and a DELETE while the
candidate exists (as on SQLite), and the desks' role may only read and add (schema_merge.GRANTS).
An event names the desk that recorded it (`PgDatabase.installation_id`) and, without an explicit
advisor, the desk's advisor (`PgDatabase.advisor_id`), where a laptop names its current advisor.
"""

from __future__ import annotations

import uuid
from datetime import date

from ...domain import Consent, ConsentPurpose
from ...domain.privacy import PRIVACY_TEXT_VERSION, ConsentEvent, allowed
from ..audit import now
from ..consent import check, events_of, judge, to_follow
from .connection import PgDatabase

__all__ = ["allows", "append", "follow", "held", "history", "require"]


def history(db: PgDatabase, candidate_id: str) -> list[ConsentEvent]:
    """Every event of the candidate, oldest first."""
    return events_of(db.fetchall(
        "SELECT candidate_id, purpose, given, on_date, text_version, advisor_id, recorded_at, seq"
        " FROM consent_events WHERE candidate_id = %s ORDER BY seq", [candidate_id]))


def held(db: PgDatabase, candidate_id: str) -> frozenset[ConsentPurpose]:
    return allowed(history(db, candidate_id))


def append(db: PgDatabase, candidate_id: str, purpose: ConsentPurpose, given: bool, on: date, *,
           text_version: str = PRIVACY_TEXT_VERSION, advisor_id: str | None = None) -> None:
    if advisor_id is None:
        advisor_id = db.advisor_id
    with db.atomic():
        # The candidate's row lock: two desks recording consent for one person number in turn.
        db.execute("SELECT 1 FROM candidates WHERE id = %s FOR UPDATE", [candidate_id])
        seq = int(db.scalar("SELECT coalesce(max(seq), 0) + 1 FROM consent_events"
                            " WHERE candidate_id = %s", [candidate_id]))
        db.execute(
            "INSERT INTO consent_events (id, candidate_id, seq, purpose, given, on_date, text_version,"
            " advisor_id, recorded_at, installation_id) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            [str(uuid.uuid4()), candidate_id, seq, purpose.value, int(given), on.isoformat(),
             text_version, advisor_id or "", now(), db.installation_id])


def follow(db: PgDatabase, candidate_id: str, consent: Consent, *, today: date | None = None,
           advisor_id: str | None = None) -> None:
    """Append what takes the record to the intake's consent (storage/consent.to_follow)."""
    for purpose, given, on in to_follow(held(db, candidate_id), consent, today or date.today()):
        append(db, candidate_id, purpose, given, on, advisor_id=advisor_id)


def allows(db: PgDatabase, candidate_id: str, purpose: ConsentPurpose,
           fallback: Consent | None = None) -> bool:
    """Whether the record allows `purpose` now (storage/consent.judge)."""
    return judge(history(db, candidate_id), purpose, fallback)


def require(db: PgDatabase, candidate_id: str, purpose: ConsentPurpose,
            fallback: Consent | None = None, who: str = "") -> None:
    """ConsentMissing naming the purpose (and when it was withdrawn) unless the record allows it."""
    check(history(db, candidate_id), purpose, fallback, who or candidate_id)
