"""Closed vocabularies of the domain.

Each member's value is the stable code written to the database and to the intake JSON format; never
rename a value, add a new member instead. Human labels live in `labels.py`, in Dutch and English.
"""

from __future__ import annotations

from enum import StrEnum


class Weekday(StrEnum):
    MONDAY = "ma"
    TUESDAY = "di"
    WEDNESDAY = "wo"
    THURSDAY = "do"
    FRIDAY = "vr"
    SATURDAY = "za"
    SUNDAY = "zo"


class Cefr(StrEnum):
    """Common European Framework levels, used for Dutch (NT2) and other languages.

    UNKNOWN is "not asked yet" (a new or quick intake): it blocks what NONE blocks, but the routes
    say that the level is missing instead of planning as if the candidate spoke no Dutch."""

    UNKNOWN = "onbekend"
    NONE = "geen"
    A1 = "A1"
    A2 = "A2"
    B1 = "B1"
    B2 = "B2"
    C1 = "C1"
    C2 = "C2"

    @property
    def rank(self) -> int:
        return list(Cefr).index(self)


class RefLevel(StrEnum):
    """Dutch school referentieniveaus for language; mbo 1-3 asks 2F, mbo 4 asks 3F."""

    F1 = "1F"
    F2 = "2F"
    F3 = "3F"
    F4 = "4F"

    @property
    def rank(self) -> int:
        return list(RefLevel).index(self) + 1


class EducationLevel(StrEnum):
    NONE = "geen"
    BASISONDERWIJS = "basisonderwijs"
    PRAKTIJKONDERWIJS = "praktijkonderwijs"
    VMBO_BB = "vmbo-bb"
    VMBO_KB = "vmbo-kb"
    VMBO_GT = "vmbo-gt"
    HAVO = "havo"
    VWO = "vwo"
    MBO1 = "mbo-1"
    MBO2 = "mbo-2"
    MBO3 = "mbo-3"
    MBO4 = "mbo-4"
    HBO = "hbo"
    WO = "wo"
    FOREIGN_SECONDARY = "buitenland-vo"
    FOREIGN_VOCATIONAL = "buitenland-mbo"
    FOREIGN_HIGHER = "buitenland-ho"


class Situation(StrEnum):
    SCHOOL_LEAVER = "schoolverlater"
    STUDENT = "student"
    JOB_SEEKER = "werkzoekend"
    EMPLOYED = "werkend"
    SELF_EMPLOYED = "zzp"
    WW = "ww"
    BIJSTAND = "bijstand"
    WAJONG = "wajong"
    NEWCOMER = "nieuwkomer"
    OTHER = "anders"


class Referrer(StrEnum):
    SELF = "zelf"
    UWV = "uwv"
    GEMEENTE = "gemeente"
    EMPLOYER = "werkgever"
    SCHOOL = "school"
    RMT = "rmt"
    LEERWERKLOKET = "leerwerkloket"
    OTHER = "anders"


class Leerweg(StrEnum):
    BOL = "bol"
    BBL = "bbl"
    DERDE_LEERWEG = "derde-leerweg"
    SHORT_COURSE = "kort"


class CredentialKind(StrEnum):
    DIPLOMA = "diploma"
    CERTIFICAAT = "certificaat"
    PRAKTIJKVERKLARING = "praktijkverklaring"
    SCHOOLVERKLARING = "schoolverklaring"


class ItemKind(StrEnum):
    """What a catalog item is; an offering runs one item."""

    QUALIFICATION = "kwalificatie"
    KEUZEDEEL = "keuzedeel"
    CERTIFICATE = "certificaat"
    PRAKTIJKVERKLARING = "praktijkverklaring"
    SHORT_MODULE = "module"


class Big5(StrEnum):
    """The five life domains of the 16-27 approach, used for barriers and referrals."""

    WONEN = "wonen"
    INKOMEN = "inkomen"
    WELZIJN = "welzijn"
    WERK_EN_SCHOOL = "werk-en-school"
    SUPPORT = "support"


class IntakeStatus(StrEnum):
    QUICK = "snel"
    DRAFT = "concept"
    COMPLETE = "volledig"


class Payer(StrEnum):
    PERSON = "persoon"
    EMPLOYER = "werkgever"
    UWV = "uwv"
    GEMEENTE = "gemeente"
    RIJK = "rijk"
    FUND = "fonds"
    DUO = "duo"
    RMT = "rmt"  # a regional mobility team (gemeenten, UWV, employers, unions, schools together)


class PaidTo(StrEnum):
    """Whom a funding scheme pays: who pays whom is what the candidate needs to know."""

    PROVIDER = "aanbieder"  # the school or course provider: the course fee
    EMPLOYER = "werkgever"  # the candidate's employer, who pays the course (an O&O-fonds does this)
    LEERBEDRIJF = "leerbedrijf"  # the erkend leerbedrijf, for the practice place (not the course fee)
    CANDIDATE = "kandidaat"  # the candidate, who pays the school (a DUO loan is paid out this way)


class ConsentPurpose(StrEnum):
    ADVICE = "advies"
    PLAN = "plan"
    CONTACT = "contact"
    SHARE_WITH_SCHOOL = "delen-school"
    SHARE_WITH_UWV = "delen-uwv"
    SHARE_WITH_MUNICIPALITY = "delen-gemeente"
    SHARE_WITH_REFERRER = "delen-verwijzer"
    STATISTICS = "statistiek"
