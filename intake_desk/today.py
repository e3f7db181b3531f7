"""The advisor's day ("Vandaag"): today's intakes, what is left to finish, and the plans that are due,
each entry pointing at one candidate (or one draft). Runs on the database thread; the words the advisor
reads are the UI's (entries carry codes and facts, not sentences).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from .domain.enums import IntakeStatus
from .storage.store import store_of
from .storage.worklist import LIMIT

if TYPE_CHECKING:
    from .storage.store import Handle


class EntryKind(StrEnum):
    INTAKE = "intake"  # an intake dated today
    QUICK = "snel"  # a quick intake (beursmodus) to complete at the desk
    CONCEPT = "concept"  # an intake saved as concept
    DRAFT = "draft"  # unsaved input kept as a draft
    MAKE_PLAN = "plan-maken"  # complete intake with consent, no plan yet
    NO_CONSENT = "geen-toestemming"  # complete intake without consent for a plan
    PRINT_PLAN = "plan-afdrukken"  # a plan version saved today


@dataclass(frozen=True, slots=True)
class Entry:
    kind: EntryKind
    name: str  # as the candidate writes it, "Fatima el Amrani"; "" for a draft without a name
    candidate_id: str = ""  # "" for a draft of a person not stored yet
    draft_id: str = ""
    status: str = ""  # the intake status code (snel, concept, volledig)
    intake_date: str = ""  # ISO date
    region_code: str = ""
    plan_version: int = 0


@dataclass(frozen=True, slots=True)
class Today:
    day: date
    intakes: tuple[Entry, ...] = ()
    to_finish: tuple[Entry, ...] = ()
    plans: tuple[Entry, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)
    sample_catalog: bool = False


def _entry(kind: EntryKind, row: tuple[str, ...], plan_version: int = 0) -> Entry:
    cid, first, tussen, surname, status, intake_date, region = row
    name = " ".join(p for p in (first, tussen, surname) if p)
    return Entry(kind, name, candidate_id=cid, status=status, intake_date=intake_date,
                 region_code=region, plan_version=plan_version)


def load(db: Handle, day: date | None = None) -> Today:
    day = day or date.today()
    worklist = store_of(db).worklist
    intakes = tuple(_entry(EntryKind.INTAKE, r) for r in worklist.intakes_on(db, day))
    drafts = [d for d in worklist.drafts(db)]
    drafted = {d.candidate_id for d in drafts if d.candidate_id}
    to_finish = [Entry(EntryKind.DRAFT, d.label if d.label != "(zonder naam)" else "",
                       candidate_id=d.candidate_id or "", draft_id=d.id, intake_date=d.updated_at[:10])
                 for d in drafts]
    to_finish += [_entry(EntryKind.QUICK if r[4] == IntakeStatus.QUICK else EntryKind.CONCEPT, r)
                  for r in worklist.quick_intakes(db) if r[0] not in drafted]
    printed = [_entry(EntryKind.PRINT_PLAN, r, plan_version=v) for r, v in worklist.plans_made_on(db, day)]
    waiting = [_entry(EntryKind.MAKE_PLAN if consent else EntryKind.NO_CONSENT, r)
               for r, consent in worklist.complete_without_plan(db)]
    # Those ready for a plan first; without consent the advisor must ask before anything else.
    waiting.sort(key=lambda e: e.kind is EntryKind.NO_CONSENT)
    return Today(day=day, intakes=intakes, to_finish=tuple(to_finish[:LIMIT]),
                 plans=tuple((printed + waiting)[:LIMIT]), counts=worklist.counts(db),
                 sample_catalog=worklist.sample_catalog(db))


@dataclass(frozen=True, slots=True)
class CandidateSummary:
    """What the workspace header shows of one candidate, and what decides the next step."""

    candidate_id: str
    name: str
    age: int | None
    region_code: str
    region_name: str  # in words; the code when no name is known
    status: str  # snel, concept, volledig
    consent_given: bool
    consent_plan: bool  # consent covers making a plan
    plan_version: int  # the newest plan version, 0 when there is none
    sample: bool


def summary(db: Handle, candidate_id: str, day: date | None = None) -> CandidateSummary:
    from .advisor import region_name
    from .domain import ConsentPurpose

    store = store_of(db)
    _meta, record = store.candidates.get(db, candidate_id)
    c, i = record.candidate, record.intake
    found = store.plans.versions(db, candidate_id)
    code = c.region_code
    name = (store.worklist.region_name(db, code) or region_name(code)) if code else ""
    return CandidateSummary(
        candidate_id=candidate_id, name=c.name.display, age=c.age_on(day or date.today()),
        region_code=code, region_name=name, status=i.status.value,
        consent_given=i.consent.given, consent_plan=i.consent.allows(ConsentPurpose.PLAN),
        plan_version=found[-1].version if found else 0, sample=c.sample)
