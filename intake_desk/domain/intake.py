"""The intake: what an advisor records in one conversation (DOMAIN.md, "The intake").

Startkwalificatie is derived from the education history, never typed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .enums import (
    Big5,
    Cefr,
    ConsentPurpose,
    CredentialKind,
    EducationLevel,
    IntakeStatus,
    Leerweg,
    Referrer,
    RefLevel,
    Situation,
    Weekday,
)

# A completed havo, vwo or mbo-2+ diploma is a startkwalificatie (ingrado.nl); vmbo and Entree are not.
# Foreign diplomas count only after a valuation (Nuffic/IDW), which the advisor records as the Dutch level.
_STARTKWALIFICATIE = frozenset(
    {
        EducationLevel.HAVO,
        EducationLevel.VWO,
        EducationLevel.MBO2,
        EducationLevel.MBO3,
        EducationLevel.MBO4,
        EducationLevel.HBO,
        EducationLevel.WO,
    }
)

# NLQF level of a completed diploma; what a catalog prerequisite "min_prior_level" is compared with.
NLQF: dict[EducationLevel, int] = {
    EducationLevel.NONE: 0,
    EducationLevel.BASISONDERWIJS: 0,
    EducationLevel.PRAKTIJKONDERWIJS: 0,
    EducationLevel.VMBO_BB: 1,
    EducationLevel.VMBO_KB: 2,
    EducationLevel.VMBO_GT: 2,
    EducationLevel.MBO1: 1,
    EducationLevel.MBO2: 2,
    EducationLevel.MBO3: 3,
    EducationLevel.MBO4: 4,
    EducationLevel.HAVO: 4,
    EducationLevel.VWO: 4,
    EducationLevel.HBO: 6,
    EducationLevel.WO: 7,
    # Unvalued foreign diplomas are treated cautiously: one level below their face value.
    EducationLevel.FOREIGN_SECONDARY: 1,
    EducationLevel.FOREIGN_VOCATIONAL: 2,
    EducationLevel.FOREIGN_HIGHER: 4,
}

# Common alignment of the Dutch referentieniveaus with CEFR (Referentiekader taal, Meijerink 2008):
# 1F ~ A2, 2F ~ B1, 3F ~ B2, 4F ~ C1.
_CEFR_TO_REF: dict[Cefr, RefLevel | None] = {
    Cefr.UNKNOWN: None,
    Cefr.NONE: None,
    Cefr.A1: None,
    Cefr.A2: RefLevel.F1,
    Cefr.B1: RefLevel.F2,
    Cefr.B2: RefLevel.F3,
    Cefr.C1: RefLevel.F4,
    Cefr.C2: RefLevel.F4,
}


@dataclass(frozen=True, slots=True)
class EducationEntry:
    level: EducationLevel
    name: str = ""
    year: int | None = None
    completed: bool = True
    country: str = "NL"
    crebo: str = ""


@dataclass(frozen=True, slots=True)
class HeldCredential:
    """A certificate, praktijkverklaring or diploma part the candidate already holds."""

    kind: CredentialKind
    title: str
    code: str = ""
    year: int | None = None
    werkprocessen: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ExperienceEntry:
    role: str
    sector: str = ""
    tasks: str = ""
    years: float = 0.0
    volunteer: bool = False
    current: bool = False


@dataclass(frozen=True, slots=True)
class LanguageSkill:
    language: str
    level: Cefr = Cefr.NONE


@dataclass(frozen=True, slots=True)
class DutchLevel:
    overall: Cefr = Cefr.NONE
    native: bool = False
    listening: Cefr | None = None
    reading: Cefr | None = None
    speaking: Cefr | None = None
    writing: Cefr | None = None

    @property
    def ref_level(self) -> RefLevel | None:
        """The referentieniveau this level reaches; native speakers are taken to reach 3F."""
        if self.native:
            return RefLevel.F3
        return _CEFR_TO_REF[self.overall]

    def meets(self, required: RefLevel | None) -> bool:
        if required is None:
            return True
        have = self.ref_level
        return have is not None and have.rank >= required.rank


@dataclass(frozen=True, slots=True)
class Availability:
    hours_per_week: int = 0
    days: frozenset[Weekday] = frozenset()

    def fits(self, hours: float) -> bool:
        return hours <= self.hours_per_week


@dataclass(frozen=True, slots=True)
class Preferences:
    leerwegen: tuple[Leerweg, ...] = ()
    earliest_start: date | None = None
    latest_start: date | None = None
    travel_regions: tuple[str, ...] = ()
    travel_minutes: int | None = None


@dataclass(frozen=True, slots=True)
class Goal:
    occupation: str
    sector: str = ""
    crebo: str = ""
    credential: CredentialKind | None = None
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Barrier:
    """One of the Big 5 life domains where something stands in the way, with the referral made."""

    domain: Big5
    note: str = ""
    referral: str = ""


@dataclass(frozen=True, slots=True)
class Consent:
    given: bool = False
    date: date | None = None
    purposes: frozenset[ConsentPurpose] = frozenset()

    def allows(self, purpose: ConsentPurpose) -> bool:
        return self.given and purpose in self.purposes


@dataclass(frozen=True, slots=True)
class Intake:
    date: date
    advisor: str = ""
    status: IntakeStatus = IntakeStatus.COMPLETE
    situation: Situation = Situation.JOB_SEEKER
    referrer: Referrer = Referrer.SELF
    has_job_or_placement: bool = False
    education: tuple[EducationEntry, ...] = ()
    credentials: tuple[HeldCredential, ...] = ()
    experience: tuple[ExperienceEntry, ...] = ()
    evc_interest: bool = False
    dutch: DutchLevel = DutchLevel()
    other_languages: tuple[LanguageSkill, ...] = ()
    availability: Availability = Availability()
    preferences: Preferences = Preferences()
    goals: tuple[Goal, ...] = ()
    funding: tuple[str, ...] = ()
    barriers: tuple[Barrier, ...] = ()
    vog_needed: bool = False
    consent: Consent = Consent()
    notes: str = ""

    @property
    def has_startkwalificatie(self) -> bool:
        return has_startkwalificatie(self.education)

    @property
    def highest_completed_level(self) -> int:
        return highest_completed_level(self.education)


def has_startkwalificatie(education: tuple[EducationEntry, ...]) -> bool:
    return any(e.completed and e.level in _STARTKWALIFICATIE for e in education)


def highest_completed_level(education: tuple[EducationEntry, ...]) -> int:
    """The NLQF level of the highest completed diploma, 0 when there is none."""
    return max((NLQF[e.level] for e in education if e.completed), default=0)
