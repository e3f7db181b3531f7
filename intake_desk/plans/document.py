"""What the renderer needs, gathered in one picklable value (so a batch can render in other processes).

`app.plans.load_document` reads it through the store (either backend); the renderer itself never
touches storage.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain import CandidateRecord, Catalog, DemandRating, PlanVersion, Region
from ..domain.codec import replace
from ..domain.privacy import longest_term
from ..regions import home_region, region_code, region_name
from ..storage import StorageError
from ..storage.settings import Settings
from .texts import LANGUAGES


class PlanUnavailable(StorageError):
    """A plan cannot be printed (none saved yet, no consent); the message is for the advisor."""


@dataclass(frozen=True, slots=True)
class PlanDocument:
    plan: PlanVersion
    record: CandidateRecord
    settings: Settings = field(default_factory=Settings)
    region_name: str = ""
    demand_region_name: str = ""  # the region of the route's demand figure, as named in its reason
    funding_names: dict[str, str] = field(default_factory=dict)
    sample_catalog: bool = False
    # Dutch scheme name -> English name, so the steps table and "Who pays what" name the same payer
    funding_names_en: dict[str, str] = field(default_factory=dict)

    @property
    def language(self) -> str:
        return self.plan.language if self.plan.language in LANGUAGES else "nl"

    @property
    def demand(self) -> DemandRating | None:
        """The one demand figure: the route's own, the one its reason cites (no second lookup)."""
        return self.plan.route.demand

    @property
    def has_route(self) -> bool:
        return bool(self.plan.route.steps)

    @property
    def is_sample(self) -> bool:
        return (self.sample_catalog or self.plan.route.uses_sample_data
                or self.record.candidate.sample)

    def in_language(self, lang: str | None) -> PlanDocument:
        if not lang or lang == self.plan.language:
            return self
        return replace(self, plan=replace(self.plan, language=lang))


class AdvisorMissing(PlanUnavailable):
    """No advisor name in the settings: a plan goes home with the name and contact of its advisor."""

    def __init__(self) -> None:
        super().__init__("Uw naam als adviseur ontbreekt, en die moet op het plan staan. Vul uw naam "
                         "in bij Instellingen > Naam adviseur (en uw telefoon of e-mail). Daarna kunt "
                         "u het plan afdrukken of opslaan.")


def require_advisor(settings: Settings) -> None:
    """Printing or saving a plan as PDF needs the advisor's name (the plan never says "Adviseur: -")."""
    if not settings.advisor_name.strip():
        raise AdvisorMissing()


def _name(code: str, regions: tuple[Region, ...]) -> str:
    """A region's name for print: the catalog's name, else the CBS name; never the bare code."""
    return next((r.name for r in regions if r.code == code), "") or region_name(code) or code


def _demand_region(plan: PlanVersion, regions: tuple[Region, ...]) -> str:
    d = plan.route.demand
    if d is None:
        return ""
    return _name(d.region_code, regions)


def make_document(plan: PlanVersion, record: CandidateRecord, catalog: Catalog,
                  settings: Settings) -> PlanDocument:
    """The printable bundle of a plan version (load_document without the database)."""
    region = (home_region(record.candidate) or region_code(settings.default_region)
              or settings.default_region)
    funding_codes = {s.funding_code for s in plan.route.steps if s.funding_code}
    # The plan's privacy paragraph promises "at most N months": the longest term of any status.
    settings = replace(settings, retention_months=longest_term(settings.retention_months,
                                                                settings.retention_terms))
    return PlanDocument(
        plan=plan,
        record=record,
        settings=settings,
        region_name=_name(region, catalog.regions),
        demand_region_name=_demand_region(plan, catalog.regions),
        funding_names={f.code: f.name for f in catalog.funding if f.code in funding_codes},
        sample_catalog=catalog.is_sample,
        funding_names_en={f.name: f.name_en for f in catalog.funding if f.name_en},
    )
