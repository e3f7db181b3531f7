"""Follow-up after the intake: the trajectory stage, the next contact and the advisor's worklist.

Use cases of (db, plain values), each one transaction, returning what changed. The rules (which stage
may follow which, what a change must carry) are checked here, before anything is written; a refusal
names the from and to stage in Dutch and English. docs/followup.md explains the stages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..domain.changes import Changes
from ..domain.enums import CredentialKind
from ..domain.labels import label
from ..domain.trajectory import (
    CLOSED_STAGES,
    DropReason,
    Stage,
    StageChange,
    allowed_next,
    reason_label,
    stage_label,
)
from ..storage import known_errors, location
from ..storage.store import store_of

if TYPE_CHECKING:
    from ..storage.followup import Row
    from ..storage.store import Handle

# Each worklist is read by one advisor in one morning; beyond this it is a search.
LIST_LIMIT = 200


class FollowUpRefused(ValueError):
    """Input that breaks a follow-up rule; `code` says which, the texts say it to a person."""

    def __init__(self, code: str, text_nl: str, text_en: str) -> None:
        super().__init__(text_nl)
        self.code = code
        self.text_nl = text_nl
        self.text_en = text_en

    def text(self, lang: str) -> str:
        return self.text_en if lang == "en" else self.text_nl


class StageRefused(FollowUpRefused):
    """A stage change that breaks a rule; the texts name the from and to stage."""


@dataclass(frozen=True, slots=True)
class FollowUpEntry:
    candidate_id: str
    name: str
    stage: Stage
    next_contact: date | None
    last_contact: date | None
    days_silent: int  # days since the last contact (0 when it was today or is unknown)


@dataclass(frozen=True, slots=True)
class FollowUpList:
    today: date
    due_today: tuple[FollowUpEntry, ...] = ()
    overdue: tuple[FollowUpEntry, ...] = ()
    silent: tuple[FollowUpEntry, ...] = ()
    silent_days: int = 30
    # How many there are in all; a list shows at most LIST_LIMIT of them.
    due_today_total: int = 0
    overdue_total: int = 0
    silent_total: int = 0


def _words(stage: Stage | None, lang: str) -> str:
    if stage is None:
        return "(geen)" if lang == "nl" else "(none)"
    return f"“{stage_label(stage, lang)}”"


def check_change(current: Stage, to: Stage, on: date, today: date, *, last_on: date | None = None,
                 reason: DropReason | None = None, credential: CredentialKind | None = None,
                 first_intake: date | None = None) -> None:
    """Raise StageRefused when moving from `current` to `to` on `on` breaks a rule.

    Pure: the GUI can ask before it offers a button, and the property test walks every pair."""
    fn, tn = _words(current, "nl"), _words(to, "nl")
    fe, te = _words(current, "en"), _words(to, "en")
    if to == current:
        raise StageRefused("same", f"status: staat al op {tn}.", f"status: is already {te}.")
    if to not in allowed_next(current):
        options_nl = ", ".join(stage_label(s, "nl") for s in allowed_next(current))
        options_en = ", ".join(stage_label(s, "en") for s in allowed_next(current))
        raise StageRefused(
            "not-allowed",
            f"status: van {fn} naar {tn} kan niet. Vanaf {fn} kan: {options_nl}.",
            f"status: from {fe} to {te} is not possible. From {fe} you can go to: {options_en}.")
    if on > today:
        raise StageRefused(
            "future",
            f"datum: {on:%d-%m-%Y} ligt in de toekomst; van {fn} naar {tn} zet u op de dag zelf.",
            f"date: {on:%d-%m-%Y} is in the future; record {fe} to {te} on the day itself.")
    if last_on is not None and on < last_on:
        raise StageRefused(
            "before-last",
            f"datum: {on:%d-%m-%Y} ligt voor de vorige wijziging ({last_on:%d-%m-%Y}); "
            f"van {fn} naar {tn} moet op of na die dag.",
            f"date: {on:%d-%m-%Y} is before the previous change ({last_on:%d-%m-%Y}); "
            f"{fe} to {te} must be on or after that day.")
    if first_intake is not None and on < first_intake:
        raise StageRefused(
            "before-intake",
            f"datum: {on:%d-%m-%Y} ligt voor de eerste intake ({first_intake:%d-%m-%Y}); "
            f"van {fn} naar {tn} kan pas daarna.",
            f"date: {on:%d-%m-%Y} is before the first intake ({first_intake:%d-%m-%Y}); "
            f"{fe} to {te} can only come after it.")
    if to == Stage.UITGEVALLEN and reason is None:
        raise StageRefused(
            "reason-needed",
            f"reden: van {fn} naar {tn} vraagt een reden (bijvoorbeeld werk gevonden).",
            f"reason: {fe} to {te} needs a reason (for example found work).")
    if to != Stage.UITGEVALLEN and reason is not None:
        raise StageRefused(
            "reason-not-expected",
            f"reden: alleen bij uitgevallen; van {fn} naar {tn} heeft geen reden.",
            f"reason: only for dropped out; {fe} to {te} takes no reason.")
    if to == Stage.AFGEROND and credential is None:
        raise StageRefused(
            "credential-needed",
            f"bewijs: van {fn} naar {tn} vraagt wat de kandidaat heeft gehaald "
            "(diploma, certificaat of praktijkverklaring).",
            f"credential: {fe} to {te} needs what the candidate gained "
            "(diploma, certificate or workplace statement).")
    if to != Stage.AFGEROND and credential is not None:
        raise StageRefused(
            "credential-not-expected",
            f"bewijs: alleen bij afgerond; van {fn} naar {tn} heeft geen diploma of certificaat.",
            f"credential: only for completed; {fe} to {te} takes no credential.")


def set_stage(db: Handle, candidate_id: str, stage: Stage, *, on: date | None = None,
              reason: DropReason | None = None, credential: CredentialKind | None = None,
              advisor_id: str = "", today: date | None = None) -> Changes:
    """Move the candidate's trajectory to `stage` on `on` (default today), appending to its history.

    Raises StageRefused (a ValueError) when a rule is broken, RecordNotFound for an unknown id."""
    today = today or date.today()
    on = on or today
    stage, reason = Stage(stage), DropReason(reason) if reason else None
    credential = CredentialKind(credential) if credential else None
    with known_errors(location(db)), db.atomic():
        st = store_of(db).followup.state(db, candidate_id)
        check_change(st.stage, stage, on, today, last_on=st.stage_on, reason=reason,
                     credential=credential, first_intake=st.first_intake)
        store_of(db).followup.append_change(db, StageChange(candidate_id, st.stage, stage, on,
                                           reason, credential, advisor_id))
    return Changes(candidates=frozenset({candidate_id}), followup=True)


def undo_stage(db: Handle, candidate_id: str, advisor_id: str | None = None, *,
               expected_to: Stage | None = None, today: date | None = None) -> Changes:
    """Put back the last stage change, entered by mistake (one transaction).

    History stays append-only: the way back is a new, dated change marked as a correction and paired
    with the change it corrects (m007); the figures count neither, the history shows both. The stage
    and its day are again those before the mistake, so later changes are checked against them. The
    allowed transitions do not apply: a correction is not a step in the trajectory. `expected_to` is
    the stage the caller saw as current (the screen's undo): when another change came in between,
    nothing is put back. Raises StageRefused ("nothing-to-undo", "changed-since")."""
    today = today or date.today()
    with known_errors(location(db)), db.atomic():
        found = store_of(db).followup.last_undoable(db, candidate_id)
        st = store_of(db).followup.state(db, candidate_id)
        if found is None or found[1].from_stage is None:
            raise StageRefused(
                "nothing-to-undo",
                "status: er is geen wijziging om terug te zetten.",
                "status: there is no change to put back.")
        change_id, change, before = found
        if (expected_to is not None and Stage(expected_to) != st.stage) or change.to_stage != st.stage:
            raise StageRefused(
                "changed-since",
                f"status: staat nu op {_words(st.stage, 'nl')}; de wijziging naar "
                f"{_words(change.to_stage, 'nl')} is niet meer de laatste en wordt niet teruggezet.",
                f"status: is now {_words(st.stage, 'en')}; the change to {_words(change.to_stage, 'en')} "
                "is no longer the last one and is not put back.")
        assert change.from_stage is not None
        back = StageChange(candidate_id, change.to_stage, change.from_stage, today,
                           advisor_id=advisor_id or "")
        store_of(db).followup.append_correction(db, change_id, back,
                                                before.on if before is not None else None)
    return Changes(candidates=frozenset({candidate_id}), followup=True)


def current_stage(db: Handle, candidate_id: str) -> Stage:
    return store_of(db).followup.state(db, candidate_id).stage


def stage_history(db: Handle, candidate_id: str) -> list[StageChange]:
    """Every stored change, oldest first. Empty while the stage is still derived."""
    return store_of(db).followup.history(db, candidate_id)


def change_text(change: StageChange, lang: str = "nl") -> str:
    """One history line as a person reads it: "12-03-2026: intake gedaan -> gestart"."""
    start = stage_label(change.from_stage, lang) if change.from_stage else (
        "(begin)" if lang == "nl" else "(start)")
    text = f"{change.on:%d-%m-%Y}: {start} -> {stage_label(change.to_stage, lang)}"
    if change.correction:
        text += " (correctie)" if lang == "nl" else " (correction)"
    if change.corrected:
        text += " (teruggezet)" if lang == "nl" else " (put back)"
    if change.reason is not None:
        text += f" ({reason_label(change.reason, lang)})"
    if change.credential is not None:
        text += f" ({label(change.credential, lang)})"
    return text


def set_next_contact(db: Handle, candidate_id: str, day: date | None, note: str = "",
                     *, today: date | None = None) -> Changes:
    """Plan the next contact on `day` (None clears it). A day in the past is refused: a contact that
    took place is logged with `log_contact`, not planned."""
    today = today or date.today()
    if day is not None and day < today:
        raise FollowUpRefused(
            "past", f"volgende afspraak: {day:%d-%m-%Y} is al voorbij; kies vandaag of later.",
            f"next contact: {day:%d-%m-%Y} has passed; choose today or later.")
    if len(note) > 500:
        raise FollowUpRefused("note-long", "notitie: te lang (meer dan 500 tekens).",
                           "note: too long (more than 500 characters).")
    with known_errors(location(db)), db.atomic():
        store_of(db).followup.set_next_contact(db, candidate_id, day, note.strip(), today)
    return Changes(candidates=frozenset({candidate_id}), followup=True)


def next_contact(db: Handle, candidate_id: str) -> date | None:
    return store_of(db).followup.state(db, candidate_id).next_contact


def next_contact_note(db: Handle, candidate_id: str) -> str:
    return store_of(db).followup.state(db, candidate_id).next_note


def last_contact(db: Handle, candidate_id: str) -> date | None:
    return store_of(db).followup.state(db, candidate_id).last_contact


def log_contact(db: Handle, candidate_id: str, on: date | None = None, *,
                today: date | None = None) -> Changes:
    """Record that the advisor spoke to the candidate on `on` (default today): it ends "silent"."""
    today = today or date.today()
    on = on or today
    if on > today:
        raise FollowUpRefused("future", f"datum: {on:%d-%m-%Y} ligt in de toekomst.",
                           f"date: {on:%d-%m-%Y} is in the future.")
    with known_errors(location(db)), db.atomic():
        store_of(db).followup.log_contact(db, candidate_id, on)
    return Changes(candidates=frozenset({candidate_id}), followup=True)


def silent_days_setting(db: Handle) -> int:
    return max(1, int(store_of(db).settings.load(db).followup_silent_days))


def _entry(row: Row, today: date) -> FollowUpEntry:
    silent = (today - row.last_contact).days if row.last_contact else 0
    return FollowUpEntry(row.candidate_id, row.name, row.stage, row.next_contact, row.last_contact,
                         max(0, silent))


def worklist(db: Handle, today: date, silent_days: int | None = None) -> FollowUpList:
    """Who needs a call: next contact today, next contact passed (oldest first), and open
    trajectories without a planned contact whose last contact is `silent_days` or more ago (the
    business setting `followup_silent_days`, default 30, when None)."""
    n = silent_days if silent_days is not None else silent_days_setting(db)
    if n < 1:
        raise ValueError(f"silent_days: {n} kan niet; minstens 1 dag")
    due, overdue = store_of(db).followup.due_rows(db, today, LIST_LIMIT)
    due_n, overdue_n = store_of(db).followup.due_counts(db, today)
    since = date.fromordinal(today.toordinal() - n)
    silent, silent_n = store_of(db).followup.silent_rows(db, since, LIST_LIMIT)
    return FollowUpList(
        today=today,
        due_today=tuple(_entry(r, today) for r in due),
        overdue=tuple(_entry(r, today) for r in overdue),
        silent=tuple(_entry(r, today) for r in silent),
        silent_days=n,
        due_today_total=due_n,
        overdue_total=overdue_n,
        silent_total=silent_n,
    )


def due_count(db: Handle, today: date) -> int:
    """Due today plus overdue: the number in the status bar."""
    due_n, overdue_n = store_of(db).followup.due_counts(db, today)
    return due_n + overdue_n


def is_closed(stage: Stage) -> bool:
    return stage in CLOSED_STAGES


__all__ = [
    "LIST_LIMIT",
    "FollowUpEntry",
    "FollowUpList",
    "FollowUpRefused",
    "StageRefused",
    "change_text",
    "check_change",
    "current_stage",
    "due_count",
    "last_contact",
    "log_contact",
    "next_contact",
    "next_contact_note",
    "set_next_contact",
    "set_stage",
    "stage_history",
    "undo_stage",
    "worklist",
]
