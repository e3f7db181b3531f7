"""Privacy as data: consent as a record per purpose, and how long data is kept per status.

Consent (AVG art. 7): the controller must be able to show that, for what, and on the basis of which
information a person consented, and withdrawing must be as easy as giving. So each give or withdraw
is one `ConsentEvent` (ids, purpose, day, the version of the privacy text shown), appended and never
changed; what is allowed now is the newest event per purpose (`allowed`).

Retention (AVG art. 5(1)(e)): personal data is kept no longer than needed. The plan promises a term
after the last contact; `RetentionTerm` lets a status (a stage of the trajectory) have its own term.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .enums import ConsentPurpose

# The version of the privacy text a candidate is shown (the plan's "Uw gegevens" paragraph and the
# form's consent page). Change it whenever that text changes: tests/privacy/test_consent.py holds a
# fingerprint of the text and fails until the version is raised with it.
PRIVACY_TEXT_VERSION = "2026-11-30"
UNKNOWN_TEXT_VERSION = "onbekend"  # consent recorded before the text had a version (migration m006)

PURPOSE_TEXT: dict[ConsentPurpose, tuple[str, str]] = {
    ConsentPurpose.ADVICE: ("advies", "advice"),
    ConsentPurpose.PLAN: ("een plan maken en afdrukken", "making and printing a plan"),
    ConsentPurpose.CONTACT: ("contact opnemen", "contacting the candidate"),
    ConsentPurpose.SHARE_WITH_SCHOOL: ("delen met de school", "sharing with the school"),
    ConsentPurpose.SHARE_WITH_UWV: ("delen met UWV", "sharing with UWV"),
    ConsentPurpose.SHARE_WITH_MUNICIPALITY: ("delen met de gemeente", "sharing with the municipality"),
    ConsentPurpose.SHARE_WITH_REFERRER: ("delen met de verwijzer", "sharing with the referrer"),
    ConsentPurpose.STATISTICS: ("anonieme statistiek", "anonymous statistics"),
}


def purpose_text(purpose: ConsentPurpose, lang: str = "nl") -> str:
    nl, en = PURPOSE_TEXT.get(purpose, (purpose.value, purpose.value))
    return en if lang == "en" else nl


@dataclass(frozen=True, slots=True)
class ConsentEvent:
    """One consent given or withdrawn. `on` is the day it happened; `recorded_at` when it was stored."""

    candidate_id: str
    purpose: ConsentPurpose
    given: bool
    on: date
    text_version: str = PRIVACY_TEXT_VERSION
    advisor_id: str = ""
    recorded_at: str = ""
    seq: int = 0


def newest(events: Iterable[ConsentEvent]) -> dict[ConsentPurpose, ConsentEvent]:
    """The newest event per purpose (events in the order they were recorded)."""
    found: dict[ConsentPurpose, ConsentEvent] = {}
    for e in sorted(events, key=lambda e: e.seq):
        found[e.purpose] = e
    return found


def allowed(events: Iterable[ConsentEvent]) -> frozenset[ConsentPurpose]:
    return frozenset(p for p, e in newest(events).items() if e.given)


def steps(held: frozenset[ConsentPurpose], wanted: frozenset[ConsentPurpose]
          ) -> tuple[frozenset[ConsentPurpose], frozenset[ConsentPurpose]]:
    """(to give, to withdraw) to go from what is held to what is wanted."""
    return wanted - held, held - wanted


@dataclass(frozen=True, slots=True)
class RetentionTerm:
    """How many months after the last contact a candidate in `stage` is deleted (a stage code of
    domain/trajectory.Stage). A stage without one uses the general term (Settings.retention_months)."""

    stage: str
    months: int


def months_after(day: date, months: int) -> date:
    """`day` plus `months` calendar months (the 31st becomes the month's last day)."""
    total = day.year * 12 + (day.month - 1) + months
    year, month = divmod(total, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def term_for(stage: str, general: int, terms: Iterable[RetentionTerm]) -> int:
    return next((t.months for t in terms if t.stage == stage), general)


def longest_term(general: int, terms: Iterable[RetentionTerm]) -> int:
    """The longest anyone is kept: what the plan may promise as "at most"."""
    return max([general, *(t.months for t in terms)])
