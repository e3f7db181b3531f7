"""The catalog tables: items, offerings, regions, demand and funding <-> dataclasses.

Each row keeps the whole dataclass as JSON in `doc` (the faithful copy) beside the columns that SQL
filters and sorts on. Writes are upserts keyed by the provider's own codes, so loading the same data
twice changes nothing.
"""

from __future__ import annotations

import json
import uuid
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
    CredentialKind,
    DemandRating,
    FundingScheme,
    Leerweg,
    Offering,
    Prerequisites,
    RefLevel,
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


# The catalog's revision in the meta table: a fresh random value on every catalog write (in the
# writer's transaction, so a rollback takes it back with the data). Readers key caches on it
# (matching/service.py); a random value, not a counter, so a restored or copied database never
# reuses the revision of other content.
REVISION_KEY = "catalog_revision"


def bump_revision(db: Database) -> None:
    db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
               "value = excluded.value", [REVISION_KEY, uuid.uuid4().hex])


def revision(db: Database) -> str | None:
    """The catalog's current revision; None for a database whose catalog was written before
    revisions existed (then nothing may be cached)."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", [REVISION_KEY]).fetchone()
    return str(row[0]) if row is not None else None


def write_rows(db: Database, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """Upsert rows made by item_row/offering_row with one prepared statement; the caller holds the
    transaction. A big import spends its write time here, so it skips sqlite-utils' per-value
    conversion (the rows hold only str, int, float and None already)."""
    db.conn.executemany(UPSERT_SQL[table], rows)
    bump_revision(db)


def upsert_items(db: Database, items: Iterable[CatalogItem]) -> None:
    write_rows(db, "catalog_items", [item_row(i) for i in items])


def upsert_offerings(db: Database, offerings: Iterable[Offering]) -> None:
    write_rows(db, "offerings", [offering_row(o) for o in offerings])


def upsert_regions(db: Database, regions: Iterable[Region]) -> None:
    db.table("regions").upsert_all(({"code": r.code, "name": r.name} for r in regions), pk="code")
    bump_revision(db)


def upsert_demand(db: Database, ratings: Iterable[DemandRating]) -> None:
    db.table("demand").upsert_all(
        (demand_row(d) for d in ratings), pk=("region_code", "crebo", "occupation")
    )
    bump_revision(db)


def upsert_funding(db: Database, schemes: Iterable[FundingScheme]) -> None:
    db.table("funding_schemes").upsert_all((funding_row(f) for f in schemes), pk="code")
    bump_revision(db)


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
        offering_from_doc(json.loads(r[0]))
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


def offering_from_doc(doc: dict[str, Any]) -> Offering:
    """`from_json(Offering, doc)` written out for the shape offering_doc writes: loading thousands of
    offerings through the generic codec took most of a catalog load. Anything else (an older or a
    damaged doc) goes through the codec, which names the JSON path of what is wrong. A test keeps
    the two equal."""
    try:
        if len(doc) != _OFFERING_KEYS:
            raise KeyError("shape")
        hours = doc["hours_per_week"]
        weeks = doc["weeks"]
        if type(weeks) is not int or type(hours) not in (int, float):
            raise TypeError("number")
        p, s = doc["prerequisites"], doc["schedule"]
        if len(p) != len(_PREREQ_KEYS) or len(s) != len(_SCHEDULE_KEYS):
            raise KeyError("shape")
        return Offering(
            code=_text(doc["code"]), item_code=_text(doc["item_code"]), provider=_text(doc["provider"]),
            location=_text(doc["location"]), region_code=_text(doc["region_code"]),
            leerweg=_LEERWEGEN[doc["leerweg"]], weeks=weeks, hours_per_week=float(hours),
            cost=_decimal(doc["cost"]), leads_to=_CREDENTIALS[doc["leads_to"]],
            prerequisites=_prerequisites(p["min_prior_level"], p["requires_startkwalificatie"],
                                         p["dutch"], p["previous_item"], p["requires_job"]),
            alongside=_flag(doc["alongside"]),
            schedule=_schedule(tuple(s["dates"]), tuple(s["months"]), s["monthly"], s["day"]),
            sample=_flag(doc["sample"]))
    except (KeyError, TypeError, ValueError, AttributeError):
        return from_json(Offering, doc)


_OFFERING_KEYS = len(fields(Offering))
_PREREQ_KEYS = frozenset(f.name for f in fields(Prerequisites))
_SCHEDULE_KEYS = frozenset(f.name for f in fields(StartSchedule))
_LEERWEGEN = {w.value: w for w in Leerweg}
_CREDENTIALS = {c.value: c for c in CredentialKind}


def _text(value: object) -> str:
    if type(value) is not str:
        raise TypeError("text")
    return value


def _flag(value: object) -> bool:
    if type(value) is not bool:
        raise TypeError("bool")
    return value


@lru_cache(maxsize=1024, typed=True)
def _decimal(text: str) -> Decimal:
    if type(text) is not str:
        raise TypeError("cost")
    return Decimal(text)  # few distinct prices; an invalid one raises and goes to the codec


# typed: True and 1 are different keys (a 1 where a bool belongs must reach the codec's error)
@lru_cache(maxsize=4096, typed=True)
def _prerequisites(level: int | None, startkwalificatie: bool, dutch: str | None, previous: str,
                   job: bool) -> Prerequisites:
    if level is not None and type(level) is not int:
        raise TypeError("min_prior_level")
    return Prerequisites(min_prior_level=level, requires_startkwalificatie=_flag(startkwalificatie),
                         dutch=RefLevel(dutch) if dutch is not None else None,
                         previous_item=_text(previous), requires_job=_flag(job))


@lru_cache(maxsize=4096, typed=True)
def _schedule(dates: tuple[str, ...], months: tuple[int, ...], monthly: bool, day: int) -> StartSchedule:
    if not all(type(m) is int for m in months) or type(day) is not int:
        raise TypeError("schedule")
    return StartSchedule(dates=tuple(date.fromisoformat(_text(x)) for x in dates), months=months,
                         monthly=_flag(monthly), day=day)


def _date(text: str) -> date:
    return date.fromisoformat(text)


def is_empty(db: Database) -> bool:
    return bool(db.execute("SELECT count(*) FROM catalog_items").fetchone()[0] == 0)


def cost_from_cents(cents: int) -> Decimal:
    return Decimal(cents) / 100
