"""The school's offering: what can be learned (items) and where and when it runs (offerings)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .enums import CredentialKind, ItemKind, Leerweg, PaidTo, Payer, Referrer, RefLevel, Situation


@dataclass(frozen=True, slots=True)
class Werkproces:
    code: str
    title: str


@dataclass(frozen=True, slots=True)
class CatalogItem:
    """A qualification (crebo 25xxx), keuzedeel (K0xxx), mbo-certificaat, praktijkverklaring or module."""

    code: str
    kind: ItemKind
    title: str
    level: int | None = None
    sector: str = ""
    dossier_code: str = ""
    dossier_title: str = ""
    part_of: str = ""
    sbu: int | None = None
    leerwegen: tuple[Leerweg, ...] = ()
    werkprocessen: tuple[Werkproces, ...] = ()
    vog_required: bool = False
    dutch_required: RefLevel | None = None
    occupations: tuple[str, ...] = ()
    description: str = ""
    sample: bool = False
    source: str = ""


@dataclass(frozen=True, slots=True)
class StartSchedule:
    """Explicit start dates, or a recurrence that keeps a sample catalog from going stale."""

    dates: tuple[date, ...] = ()
    months: tuple[int, ...] = ()
    monthly: bool = False
    day: int = 1

    def starts_between(self, first: date, last: date) -> list[date]:
        """All start dates d with first <= d <= last, in order."""
        found = {d for d in self.dates if first <= d <= last}
        if self.monthly or self.months:
            wanted = set(range(1, 13)) if self.monthly else set(self.months)
            year, month = first.year, first.month
            while (year, month) <= (last.year, last.month):
                if month in wanted:
                    d = date(year, month, min(self.day, 28))
                    if first <= d <= last:
                        found.add(d)
                year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return sorted(found)


@dataclass(frozen=True, slots=True)
class Prerequisites:
    min_prior_level: int | None = None
    requires_startkwalificatie: bool = False
    dutch: RefLevel | None = None
    previous_item: str = ""
    requires_job: bool = False


@dataclass(frozen=True, slots=True)
class Offering:
    """A provider runs one catalog item at a location; keyed by the provider's own code."""

    code: str
    item_code: str
    provider: str
    location: str
    region_code: str
    leerweg: Leerweg
    weeks: int
    hours_per_week: float
    cost: Decimal = Decimal("0")
    leads_to: CredentialKind = CredentialKind.SCHOOLVERKLARING
    prerequisites: Prerequisites = Prerequisites()
    alongside: bool = False
    schedule: StartSchedule = StartSchedule()
    sample: bool = False


@dataclass(frozen=True, slots=True)
class Region:
    """One of the 35 arbeidsmarktregio's."""

    code: str
    name: str


@dataclass(frozen=True, slots=True)
class DemandRating:
    """Job prospects for a qualification or occupation in a region, with where the figure came from."""

    region_code: str
    rating: int
    source: str
    as_of: date
    crebo: str = ""
    occupation: str = ""
    indicator: float | None = None
    sample: bool = False


@dataclass(frozen=True, slots=True)
class FundingScheme:
    """A way a step can be paid for, as data: who pays, whom, for whom and for what (DOMAIN.md, Funding).

    Empty sets mean "no condition". The fields after `sample` came later; their defaults keep older
    catalog files loading with the old meaning (a grant paid to the school).
    """

    code: str
    name: str
    payer: Payer
    description: str = ""
    open_from: date | None = None
    open_until: date | None = None
    situations: frozenset[Situation] = frozenset()
    max_weeks: int | None = None
    max_amount: Decimal | None = None
    max_age: int | None = None
    credentials: frozenset[CredentialKind] = frozenset()
    source: str = ""
    sample: bool = False
    name_en: str = ""
    paid_to: PaidTo = PaidTo.PROVIDER
    loan: bool = False  # the candidate borrows the money and pays it back (DUO levenlanglerenkrediet)
    # Pays the erkend leerbedrijf for the practice place (praktijkleren): never the course fee.
    practice_place: bool = False
    # Only when the intake says so: referred by one of these, or a funding line names the scheme.
    referrers: frozenset[Referrer] = frozenset()
    through_employer: bool = False  # only through the candidate's employer (werkgever, O&O-fonds)
    sector: str = ""  # a sector fund pays only for its own sector (the route's and the employer's)
    leerwegen: frozenset[Leerweg] = frozenset()
    min_age: int | None = None
    waiver: bool = False  # the fee is not charged at all (no les- or cursusgeld under 18)

    def is_open(self, on: date) -> bool:
        if self.open_from is not None and on < self.open_from:
            return False
        return self.open_until is None or on < self.open_until


@dataclass(frozen=True, slots=True)
class Catalog:
    """Everything the matcher reads, loaded once: items by code, offerings, regions, demand, funding."""

    items: dict[str, CatalogItem]
    offerings: tuple[Offering, ...]
    regions: tuple[Region, ...] = ()
    demand: tuple[DemandRating, ...] = ()
    funding: tuple[FundingScheme, ...] = ()

    def item(self, code: str) -> CatalogItem | None:
        return self.items.get(code)

    @property
    def is_sample(self) -> bool:
        return any(i.sample for i in self.items.values())
