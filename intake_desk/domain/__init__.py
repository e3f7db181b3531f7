"""Typed, frozen dataclasses and enums for everything Intake Desk knows about. No I/O here.

The names below are loaded from their module on first use (PEP 562), not with the package: the
list's first page needs the candidate and intake types only, and the route types with their gap and
reason codes (~15 ms of enum and dataclass building) and the catalog types (~10 ms) would otherwise
sit on the desk's start path (issue 12). `from intake_desk.domain import Route` works as before.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .candidate import Candidate, Contact, PersonName, fold
    from .catalog import (
        Catalog,
        CatalogItem,
        DemandRating,
        FundingScheme,
        Offering,
        Prerequisites,
        Region,
        StartSchedule,
        Werkproces,
    )
    from .enums import (
        Big5,
        Cefr,
        ConsentPurpose,
        CredentialKind,
        EducationLevel,
        IntakeStatus,
        ItemKind,
        Leerweg,
        PaidTo,
        Payer,
        Referrer,
        RefLevel,
        Situation,
        Weekday,
    )
    from .intake import (
        Availability,
        Barrier,
        Consent,
        DutchLevel,
        EducationEntry,
        ExperienceEntry,
        Goal,
        HeldCredential,
        Intake,
        LanguageSkill,
        Preferences,
        has_startkwalificatie,
        highest_completed_level,
    )
    from .record import CandidateRecord
    from .route import (
        Action,
        Factor,
        Gap,
        PlanVersion,
        Reason,
        Referral,
        Route,
        RouteStep,
        StepPayment,
    )

# Where each name lives (tests/ui/test_start_imports.py checks it against __all__).
_HOME = {
    "Action": "route",
    "Availability": "intake",
    "Barrier": "intake",
    "Big5": "enums",
    "Candidate": "candidate",
    "CandidateRecord": "record",
    "Catalog": "catalog",
    "CatalogItem": "catalog",
    "Cefr": "enums",
    "Consent": "intake",
    "ConsentPurpose": "enums",
    "Contact": "candidate",
    "CredentialKind": "enums",
    "DemandRating": "catalog",
    "DutchLevel": "intake",
    "EducationEntry": "intake",
    "EducationLevel": "enums",
    "ExperienceEntry": "intake",
    "Factor": "route",
    "FundingScheme": "catalog",
    "Gap": "route",
    "Goal": "intake",
    "HeldCredential": "intake",
    "Intake": "intake",
    "IntakeStatus": "enums",
    "ItemKind": "enums",
    "LanguageSkill": "intake",
    "Leerweg": "enums",
    "Offering": "catalog",
    "PaidTo": "enums",
    "Payer": "enums",
    "PersonName": "candidate",
    "PlanVersion": "route",
    "Preferences": "intake",
    "Prerequisites": "catalog",
    "Reason": "route",
    "RefLevel": "enums",
    "Referral": "route",
    "Referrer": "enums",
    "Region": "catalog",
    "Route": "route",
    "RouteStep": "route",
    "Situation": "enums",
    "StartSchedule": "catalog",
    "StepPayment": "route",
    "Weekday": "enums",
    "Werkproces": "catalog",
    "fold": "candidate",
    "has_startkwalificatie": "intake",
    "highest_completed_level": "intake",
}


def _load(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # later uses find it at once
    return value


if not TYPE_CHECKING:  # hidden from mypy, which would otherwise let any unknown name pass as Any
    __getattr__ = _load


__all__ = [
    "Action",
    "Availability",
    "Barrier",
    "Big5",
    "Candidate",
    "CandidateRecord",
    "Catalog",
    "CatalogItem",
    "Cefr",
    "Consent",
    "ConsentPurpose",
    "Contact",
    "CredentialKind",
    "DemandRating",
    "DutchLevel",
    "EducationEntry",
    "EducationLevel",
    "ExperienceEntry",
    "Factor",
    "FundingScheme",
    "Gap",
    "Goal",
    "HeldCredential",
    "Intake",
    "IntakeStatus",
    "ItemKind",
    "LanguageSkill",
    "Leerweg",
    "Offering",
    "PaidTo",
    "Payer",
    "PersonName",
    "PlanVersion",
    "Preferences",
    "Prerequisites",
    "Reason",
    "RefLevel",
    "Referral",
    "Referrer",
    "Region",
    "Route",
    "RouteStep",
    "Situation",
    "StartSchedule",
    "StepPayment",
    "Weekday",
    "Werkproces",
    "fold",
    "has_startkwalificatie",
    "highest_completed_level",
]
