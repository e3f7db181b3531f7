"""The catalog tables: items, offerings, regions, demand and funding <-> dataclasses.

Each row keeps the whole dataclass as JSON in `doc` (the faithful copy) beside the columns that SQL
filters and sorts on. Writes are upserts keyed by the provider's own codes, so loading the same data
twice changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import fields
from datetime import date
from decimal import Decimal
from functools import lru_cache
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any

from sqlite_utils import Database

from ..domain import (
    Catalog,
    CatalogItem,
    DemandRating,
    FundingScheme,
    Offering,
    Prerequisites,
    Region,
    StartSchedule,
)
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
        "doc": item_doc(item),
    }


_ITEM_FIELDS = tuple(f.name for f in fields(CatalogItem))


def item_doc(item: CatalogItem) -> str:
    """`_doc(item)` without the generic codec's walk over type hints (as offering_doc); a test keeps
    the two identical, and a field json cannot write fails loudly here."""
    doc = {name: getattr(item, name) for name in _ITEM_FIELDS}
    doc["kind"] = item.kind.value
    doc["leerwegen"] = [w.value for w in item.leerwegen]
    doc["werkprocessen"] = [{"code": w.code, "title": w.title} for w in item.werkprocessen]
    doc["dutch_required"] = item.dutch_required.value if item.dutch_required else None
    doc["occupations"] = list(item.occupations)
    return json.dumps(doc, ensure_ascii=False, sort_keys=True)


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
        "cost_cents": _cents(o.cost),
        "sample": int(o.sample),
        "doc": offering_doc(o),
    }


def offering_doc(o: Offering) -> str:
    """`_doc(o)`, written out by hand: a big import encodes thousands of offerings, and the generic
    codec walks the type hints of each one (several times slower). A test keeps the two identical."""
    return (f'{{"alongside": {_BOOL[o.alongside]}, "code": {_s(o.code)}, "cost": {_s(str(o.cost))}, '
            f'"hours_per_week": {o.hours_per_week!r}, "item_code": {_s(o.item_code)}, '
            f'"leads_to": {_s(o.leads_to)}, "leerweg": {_s(o.leerweg)}, '
            f'"location": {_s(o.location)}, "prerequisites": {_small_doc(o.prerequisites)}, '
            f'"provider": {_s(o.provider)}, "region_code": {_s(o.region_code)}, '
            f'"sample": {_BOOL[o.sample]}, "schedule": {_small_doc(o.schedule)}, "weeks": {o.weeks}}}')


_BOOL = {True: "true", False: "false"}
_s = encode_basestring  # what json.dumps(ensure_ascii=False) writes for a str (and a StrEnum's value)


@lru_cache(maxsize=1024)
def _cents(cost: Decimal) -> int:
    # Few distinct prices stand on thousands of offerings; Decimal arithmetic is not free.
    return int((cost * 100).to_integral_value())


@lru_cache(maxsize=4096)
def _small_doc(value: Prerequisites | StartSchedule) -> str:
    # A catalog has few distinct prerequisites and schedules, shared by many offerings.
    return _doc(value)


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


ITEM_COLUMNS = ("code", "kind", "title", "level", "sector", "part_of", "sample", "doc")
OFFERING_COLUMNS = ("code", "item_code", "provider", "location", "region_code", "leerweg", "weeks",
                    "hours_per_week", "cost_cents", "sample", "doc")


def _upsert_sql(table: str, columns: Sequence[str]) -> str:
    return (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})"
            f" ON CONFLICT(code) DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in columns[1:]))


UPSERT_SQL = {"catalog_items": _upsert_sql("catalog_items", ITEM_COLUMNS),
              "offerings": _upsert_sql("offerings", OFFERING_COLUMNS)}


def write_rows(db: Database, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """Upsert rows made by item_row/offering_row with one prepared statement; the caller holds the
    transaction. A big import spends its write time here, so it skips sqlite-utils' per-value
    conversion (the rows hold only str, int, float and None already)."""
    db.conn.executemany(UPSERT_SQL[table], rows)


def upsert_items(db: Database, items: Iterable[CatalogItem]) -> None:
    write_rows(db, "catalog_items", [item_row(i) for i in items])


def upsert_offerings(db: Database, offerings: Iterable[Offering]) -> None:
    write_rows(db, "offerings", [offering_row(o) for o in offerings])


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
