"""A candidate's trajectory after the intake: the stages, which step may follow which, and why.

An intake starts a trajectory; the advisor follows the person until they start a route, finish it
or drop out (issue 17). The stages are grouped as case systems group statuses: *open* (someone
still has to act) and *closed* (nothing is expected any more). Codes are stable database values;
the words for them are here too, in Dutch (B1) and English. docs/followup.md explains the choices.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .enums import CredentialKind


class Stage(StrEnum):
    AANGEMELD = "aangemeld"  # signed up (a quick intake at a fair), the real conversation still to come
    INTAKE_GEDAAN = "intake-gedaan"
    PLAN_UITGEREIKT = "plan-uitgereikt"
    GESTART = "gestart"
    AFGEROND = "afgerond"  # finished, with the credential gained
    UITGEVALLEN = "uitgevallen"  # dropped out, with a reason


OPEN_STAGES: frozenset[Stage] = frozenset(
    {Stage.AANGEMELD, Stage.INTAKE_GEDAAN, Stage.PLAN_UITGEREIKT, Stage.GESTART})
CLOSED_STAGES: frozenset[Stage] = frozenset({Stage.AFGEROND, Stage.UITGEVALLEN})

# The steps that may follow each stage (docs/followup.md has the reasons). In short:
# - forward one step, or skip the printed plan (someone referred straight into a BBL job starts
#   without one), and from every open stage a person can drop out;
# - one step back only where an advisor really goes back: a plan that did not work out is made again
#   after a new conversation (plan-uitgereikt -> intake-gedaan);
# - a closed trajectory is reopened, not edited: someone who dropped out and comes back, or who
#   finished and wants the next step on the ladder (Helpende -> Verzorgende-IG), starts again at
#   aangemeld or with a new intake. Never straight back to "gestart": their situation has changed,
#   so a new conversation comes first.
# A correction of a wrong click is a new change too (history is never rewritten), which is why the
# backwards steps exist at all.
ALLOWED: dict[Stage, tuple[Stage, ...]] = {
    Stage.AANGEMELD: (Stage.INTAKE_GEDAAN, Stage.UITGEVALLEN),
    Stage.INTAKE_GEDAAN: (Stage.PLAN_UITGEREIKT, Stage.GESTART, Stage.UITGEVALLEN),
    Stage.PLAN_UITGEREIKT: (Stage.GESTART, Stage.INTAKE_GEDAAN, Stage.UITGEVALLEN),
    Stage.GESTART: (Stage.AFGEROND, Stage.UITGEVALLEN),
    Stage.AFGEROND: (Stage.AANGEMELD, Stage.INTAKE_GEDAAN),
    Stage.UITGEVALLEN: (Stage.AANGEMELD, Stage.INTAKE_GEDAAN),
}


def allowed_next(stage: Stage) -> tuple[Stage, ...]:
    """The stages a candidate at `stage` may be set to, in the order a screen offers them."""
    return ALLOWED[stage]


def is_open(stage: Stage) -> bool:
    return stage in OPEN_STAGES


class DropReason(StrEnum):
    WORK_FOUND = "werk-gevonden"
    NO_CONTACT = "geen-contact"
    OTHER_EDUCATION = "andere-opleiding"
    PERSONAL = "persoonlijke-omstandigheden"
    HEALTH = "gezondheid"
    MOVED = "verhuisd"
    FINANCIAL = "financieel"
    NOT_SUITABLE = "opleiding-past-niet"
    OTHER = "overig"


# The credentials a finished trajectory can end in (DOMAIN.md: diploma, mbo-certificaat,
# praktijkverklaring; a short module may end in only a school statement).
CREDENTIALS: tuple[CredentialKind, ...] = tuple(CredentialKind)


@dataclass(frozen=True, slots=True)
class StageChange:
    """One dated step in a candidate's trajectory; the history is append-only.

    `from_stage` is the stage before; for the first stored change that is the stage derived from the
    intake and plans (app/followup.py), None only where no earlier stage is known (an imported
    history). `on` is the day it happened (the advisor may record it later); `recorded_at` is when it
    was stored (UTC, ISO 8601)."""

    candidate_id: str
    from_stage: Stage | None
    to_stage: Stage
    on: date
    reason: DropReason | None = None
    credential: CredentialKind | None = None
    advisor_id: str = ""
    recorded_at: str = ""
    # A mistaken change is put back by a correction (app/followup.undo_stage), never erased: the
    # history shows both, and the figures count neither.
    correction: bool = False  # this row puts a mistaken change back
    corrected: bool = False  # this change was put back by a later correction


_STAGE_WORDS: dict[Stage, tuple[str, str]] = {
    Stage.AANGEMELD: ("aangemeld", "signed up"),
    Stage.INTAKE_GEDAAN: ("intake gedaan", "intake done"),
    Stage.PLAN_UITGEREIKT: ("plan uitgereikt", "plan handed out"),
    Stage.GESTART: ("gestart", "started"),
    Stage.AFGEROND: ("afgerond", "completed"),
    Stage.UITGEVALLEN: ("uitgevallen", "dropped out"),
}

_REASON_WORDS: dict[DropReason, tuple[str, str]] = {
    DropReason.WORK_FOUND: ("werk gevonden", "found work"),
    DropReason.NO_CONTACT: ("geen contact meer", "no contact"),
    DropReason.OTHER_EDUCATION: ("kiest andere opleiding", "chose other education"),
    DropReason.PERSONAL: ("persoonlijke omstandigheden", "personal circumstances"),
    DropReason.HEALTH: ("gezondheid", "health"),
    DropReason.MOVED: ("verhuisd", "moved away"),
    DropReason.FINANCIAL: ("geld (kan het niet betalen)", "money (cannot pay)"),
    DropReason.NOT_SUITABLE: ("opleiding past niet", "course did not fit"),
    DropReason.OTHER: ("andere reden", "other reason"),
}

_GROUP_WORDS = {True: ("loopt nog", "open"), False: ("gesloten", "closed")}


def _pick(words: tuple[str, str], lang: str) -> str:
    return words[1] if lang == "en" else words[0]


def stage_label(stage: Stage, lang: str = "nl") -> str:
    return _pick(_STAGE_WORDS[stage], lang)


def reason_label(reason: DropReason, lang: str = "nl") -> str:
    return _pick(_REASON_WORDS[reason], lang)


def group_label(stage: Stage, lang: str = "nl") -> str:
    """"loopt nog" / "gesloten": the group a stage belongs to."""
    return _pick(_GROUP_WORDS[is_open(stage)], lang)


__all__ = [
    "ALLOWED",
    "CLOSED_STAGES",
    "CREDENTIALS",
    "OPEN_STAGES",
    "DropReason",
    "Stage",
    "StageChange",
    "allowed_next",
    "group_label",
    "is_open",
    "reason_label",
    "stage_label",
]
