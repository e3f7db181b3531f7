"""The catalog tables: items, offerings, regions, demand and funding <-> dataclasses.

Each row keeps the whole dataclass as JSON in `doc` (the faithful copy) beside the columns that SQL
filters and sorts on. Writes are upserts keyed by the provider's own codes, so loading the same data
twice changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from sqlite_utils import Database

from ..domain import Catalog, CatalogItem, DemandRating, FundingScheme, Offering, Region
from ..domain.codec import from_json, to_json


def _doc(obj: object) -> str:
    return json.dumps(to_json(obj), ensure_ascii=False, sort_keys=True)


def item_row(item: CatalogItem) -> dict[str, Any]:
    return {
        "code": item.code,
        "kind": item.kind.value,
        "title": item.title,
        "level": item.level,
        "sector": item.sector,
        "part_of": item.part_of,
        "sample": int(item.sample),
        "doc": _doc(item),
    }


def offering_row(o: Offering) -> dict[str, Any]:
    return {
        "code": o.code,
        "item_code": o.item_code,
        "provider": o.provider,
        "location": o.location,
        "region_code": o.region_code,
        "leerweg": o.leerweg.value,
        "weeks": o.weeks,
        "hours_per_week": o.hours_per_week,
        "cost_cents": int((o.cost * 100).to_integral_value()),
        "sample": int(o.sample),
        "doc": _doc(o),
    }


def demand_row(d: DemandRating) -> dict[str, Any]:
    return {
        "region_code": d.region_code,
        "crebo": d.crebo,
        "occupation": d.occupation,
        "rating": d.rating,
        "indicator": d.indicator,
        "source": d.source,
        "as_of": d.as_of.isoformat(),
        "sample": int(d.sample),
    }


def funding_row(f: FundingScheme) -> dict[str, Any]:
    return {
        "code": f.code,
        "name": f.name,
        "open_from": f.open_from.isoformat() if f.open_from else None,
        "open_until": f.open_until.isoformat() if f.open_until else None,
        "sample": int(f.sample),
        "doc": _doc(f),
    }


def upsert_items(db: Database, items: Iterable[CatalogItem]) -> None:
    db.table("catalog_items").upsert_all((item_row(i) for i in items), pk="code")


def upsert_offerings(db: Database, offerings: Iterable[Offering]) -> None:
    db.table("offerings").upsert_all((offering_row(o) for o in offerings), pk="code")


def upsert_regions(db: Database, regions: Iterable[Region]) -> None:
    db.table("regions").upsert_all(({"code": r.code, "name": r.name} for r in regions), pk="code")


def upsert_demand(db: Database, ratings: Iterable[DemandRating]) -> None:
    db.table("demand").upsert_all(
        (demand_row(d) for d in ratings), pk=("region_code", "crebo", "occupation")
    )


def upsert_funding(db: Database, schemes: Iterable[FundingScheme]) -> None:
    db.table("funding_schemes").upsert_all((funding_row(f) for f in schemes), pk="code")


def save(db: Database, catalog: Catalog) -> None:
    """Write a whole catalog; the caller holds the transaction."""
    upsert_regions(db, catalog.regions)
    upsert_items(db, catalog.items.values())
    upsert_offerings(db, catalog.offerings)
    upsert_demand(db, catalog.demand)
    upsert_funding(db, catalog.funding)


def load(db: Database) -> Catalog:
    items = {
        r[0]: from_json(CatalogItem, json.loads(r[1]))
        for r in db.execute("SELECT code, doc FROM catalog_items ORDER BY code")
    }
    offerings = tuple(
        from_json(Offering, json.loads(r[0]))
        for r in db.execute("SELECT doc FROM offerings ORDER BY code")
    )
    regions = tuple(
        Region(code=r[0], name=r[1]) for r in db.execute("SELECT code, name FROM regions ORDER BY code")
    )
    demand = tuple(
        DemandRating(
            region_code=r[0],
            crebo=r[1],
            occupation=r[2],
            rating=r[3],
            indicator=r[4],
            source=r[5],
            as_of=_date(r[6]),
            sample=bool(r[7]),
        )
        for r in db.execute(
            "SELECT region_code, crebo, occupation, rating, indicator, source, as_of, sample"
            " FROM demand ORDER BY region_code, crebo, occupation"
        )
    )
    funding = tuple(
        from_json(FundingScheme, json.loads(r[0]))
        for r in db.execute("SELECT doc FROM funding_schemes ORDER BY code")
    )
    return Catalog(items=items, offerings=offerings, regions=regions, demand=demand, funding=funding)


def _date(text: str) -> date:
    return date.fromisoformat(text)


def is_empty(db: Database) -> bool:
    return bool(db.execute("SELECT count(*) FROM catalog_items").fetchone()[0] == 0)


def cost_from_cents(cents: int) -> Decimal:
    return Decimal(cents) / 100
