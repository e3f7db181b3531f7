"""The catalog tables: items, offerings, regions, demand and funding <-> dataclasses.

Each row keeps the whole dataclass as JSON in `doc` (the faithful copy) beside the columns that SQL
filters and sorts on. Writes are upserts keyed by the provider's own codes, so loading the same data
twice changes nothing.

Every row carries a checksum over all its stored values (storage/checksums.py, migration m004),
written in the same statement. `load` verifies each row and leaves a damaged one out (an offering
also when its item is damaged), logged by code and returned by `load_checked` for a warning: a route
or plan is never built from a price, date or place that may have changed, and the rest of the
catalog keeps working. Re-importing the catalog file (or restoring a backup) mends it: the import's
reads below treat a damaged row as changed, so the file's row is written over it.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from functools import lru_cache
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from operator import itemgetter
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
from .checksums import COLUMNS, KIND, digest, fetch, label, select_list, sound

log = logging.getLogger(__name__)


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


ITEM_COLUMNS = COLUMNS["catalog_items"]  # what item_row gives, in checksum order
OFFERING_COLUMNS = COLUMNS["offerings"]


def _seal(table: str, rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """`rows` (every column of COLUMNS[table]), each given its checksum in place."""
    values = itemgetter(*COLUMNS[table])
    out = []
    for row in rows:
        row["checksum"] = digest(values(row))
        out.append(row)
    return out


def _upsert_sql(table: str, columns: Sequence[str]) -> str:
    return (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})"
            f" ON CONFLICT(code) DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in columns[1:]))


UPSERT_SQL = {"catalog_items": _upsert_sql("catalog_items", (*ITEM_COLUMNS, "checksum")),
              "offerings": _upsert_sql("offerings", (*OFFERING_COLUMNS, "checksum"))}


# The catalog's revision in the meta table: a fresh random value on every catalog write (in the
# writer's transaction, so a rollback takes it back with the data). Readers key caches on it
# (app/routes.py); a random value, not a counter, so a restored or copied database never
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
    """Upsert rows made by item_row/offering_row with one prepared statement, each sealed with its
    checksum (added to the row); the caller holds the transaction. A big import spends its write time
    here, so it skips sqlite-utils' per-value conversion (the rows hold only str, int, float and None
    already)."""
    db.conn.executemany(UPSERT_SQL[table], _seal(table, rows))
    bump_revision(db)


def upsert_items(db: Database, items: Iterable[CatalogItem]) -> None:
    write_rows(db, "catalog_items", [item_row(i) for i in items])


def upsert_offerings(db: Database, offerings: Iterable[Offering]) -> None:
    write_rows(db, "offerings", [offering_row(o) for o in offerings])


def upsert_regions(db: Database, regions: Iterable[Region]) -> None:
    db.table("regions").upsert_all(_seal("regions", ({"code": r.code, "name": r.name} for r in regions)),
                                   pk="code")
    bump_revision(db)


def upsert_demand(db: Database, ratings: Iterable[DemandRating]) -> None:
    db.table("demand").upsert_all(
        _seal("demand", (demand_row(d) for d in ratings)), pk=("region_code", "crebo", "occupation")
    )
    bump_revision(db)


def upsert_funding(db: Database, schemes: Iterable[FundingScheme]) -> None:
    db.table("funding_schemes").upsert_all(_seal("funding_schemes", (funding_row(f) for f in schemes)),
                                           pk="code")
    bump_revision(db)


def save(db: Database, catalog: Catalog) -> None:
    """Write a whole catalog; the caller holds the transaction."""
    upsert_regions(db, catalog.regions)
    upsert_items(db, catalog.items.values())
    upsert_offerings(db, catalog.offerings)
    upsert_demand(db, catalog.demand)
    upsert_funding(db, catalog.funding)


@dataclass(frozen=True, slots=True)
class CatalogDamage:
    """A catalog row that fails its checksum and is left out of the loaded catalog."""

    table: str
    key: str  # its code (demand: region/crebo/occupation), never anything personal

    @property
    def text_nl(self) -> str:
        return (f"{KIND[self.table][0]} {self.key} in de catalogus is beschadigd en wordt niet gebruikt."
                " Importeer de catalogus opnieuw of zet een reservekopie terug.")

    @property
    def text_en(self) -> str:
        return (f"{KIND[self.table][1]} {self.key} in the catalog is damaged and is not used."
                " Import the catalog again or restore a backup.")


def _sound_rows(db: Database, table: str, order: str, damage: list[CatalogDamage]
                ) -> list[tuple[Any, ...]]:
    """The rows of `table` (values in COLUMNS order) that pass their checksum; the others are
    added to `damage` (text that is not UTF-8 is read leniently, so it fails here, not in SQLite)."""
    rows = []
    for r in fetch(db, f"SELECT {select_list(table)} FROM {table} ORDER BY {order}"):
        if sound(r):
            rows.append(r)
        else:
            damage.append(CatalogDamage(table, label(table, r)))
    return rows


_I = {c: n for n, c in enumerate(COLUMNS["catalog_items"])}
_O = {c: n for n, c in enumerate(COLUMNS["offerings"])}
_F = {c: n for n, c in enumerate(COLUMNS["funding_schemes"])}


def load(db: Database) -> Catalog:
    """The stored catalog, without the rows that fail their checksum (each logged by code)."""
    return load_checked(db)[0]


def load_checked(db: Database) -> tuple[Catalog, tuple[CatalogDamage, ...]]:
    """The stored catalog and what was left out of it because it is damaged: the damaged rows, and
    the offerings of a damaged item (the matcher cannot place an offering without its item)."""
    damage: list[CatalogDamage] = []
    items = {
        r[_I["code"]]: from_json(CatalogItem, json.loads(r[_I["doc"]]))
        for r in _sound_rows(db, "catalog_items", "code", damage)
    }
    offerings = []
    for r in _sound_rows(db, "offerings", "code", damage):
        if r[_O["item_code"]] in items:
            offerings.append(offering_from_doc(json.loads(r[_O["doc"]])))
        else:  # its item is damaged (or missing): it is left out with it, and said so
            damage.append(CatalogDamage("offerings", str(r[_O["code"]])))
    regions = tuple(Region(code=r[0], name=r[1]) for r in _sound_rows(db, "regions", "code", damage))
    demand = tuple(
        DemandRating(region_code=r[0], crebo=r[1], occupation=r[2], rating=r[3], indicator=r[4],
                     source=r[5], as_of=_date(r[6]), sample=bool(r[7]))
        for r in _sound_rows(db, "demand", "region_code, crebo, occupation", damage)
    )
    funding = tuple(
        from_json(FundingScheme, json.loads(r[_F["doc"]]))
        for r in _sound_rows(db, "funding_schemes", "code", damage)
    )
    for d in damage:
        log.error("catalog row damaged, left out: %s %s", d.table, d.key)
    catalog = Catalog(items=items, offerings=tuple(offerings), regions=regions, demand=demand,
                      funding=funding)
    return catalog, tuple(damage)


def damaged_rows(db: Database) -> tuple[CatalogDamage, ...]:
    """What `load_checked` would leave out, without decoding the catalog."""
    damage: list[CatalogDamage] = []
    for table in ("catalog_items", "offerings", "regions", "demand", "funding_schemes"):
        _sound_rows(db, table, "rowid", damage)
    return tuple(damage)


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


# ----------------------------------------------------------------------------- reads for the import
# The import compares a file with what is stored as stored: the JSON text of each row (`doc`), so an
# unchanged row is found without decoding it.


def _stored_docs(db: Database, table: str) -> dict[str, str]:
    """Code -> stored JSON; "" for a damaged row, so the import counts it as changed and writes the
    file's row over it (never takes a damaged row for "unchanged")."""
    columns = COLUMNS[table]
    code, doc = columns.index("code"), columns.index("doc")
    return {r[code]: r[doc] if sound(r) else ""
            for r in fetch(db, f"SELECT {select_list(table)} FROM {table}")}


def item_docs(db: Database) -> dict[str, str]:
    """Item code -> its stored JSON ("" when damaged)."""
    return _stored_docs(db, "catalog_items")


def offering_docs(db: Database) -> dict[str, str]:
    """Offering code -> its stored JSON ("" when damaged)."""
    return _stored_docs(db, "offerings")


def funding_docs(db: Database) -> dict[str, str]:
    """Funding scheme code -> its stored JSON ("" when damaged)."""
    return _stored_docs(db, "funding_schemes")


def stored_items(db: Database, codes: Iterable[str]) -> dict[str, CatalogItem]:
    """The stored items among `codes` (a file merges over these; decoding the rest would be waste)."""
    return {code: from_json(CatalogItem, json.loads(doc))
            for code, doc in _docs_of(db, "catalog_items", codes)}


def stored_offerings(db: Database, codes: Iterable[str]) -> dict[str, Offering]:
    """The stored offerings among `codes`."""
    return {code: offering_from_doc(json.loads(doc)) for code, doc in _docs_of(db, "offerings", codes)}


def _docs_of(db: Database, table: str, codes: Iterable[str]) -> list[tuple[str, str]]:
    """(code, doc) of the sound stored rows among `codes`: a file never merges over a damaged row."""
    # one statement for any number of codes (no limit on bound parameters): the list goes in as JSON
    wanted = json.dumps(sorted({c for c in codes if isinstance(c, str)}), ensure_ascii=False)
    columns = COLUMNS[_TABLES[table]]
    code, doc = columns.index("code"), columns.index("doc")
    return [(r[code], r[doc]) for r in fetch(
        db, f"SELECT {select_list(_TABLES[table])} FROM {_TABLES[table]}"
        " WHERE code IN (SELECT value FROM json_each(?))", [wanted]) if sound(r)]


_TABLES = {"catalog_items": "catalog_items", "offerings": "offerings"}  # never a name from outside


def item_codes(db: Database) -> set[str]:
    return {r[0] for r in fetch(db, "SELECT code FROM catalog_items")}


def prerequisite_edges(db: Database) -> dict[str, tuple[str, str]]:
    """Offering code -> (its item, the item it needs first), for the check on circles."""
    return {r[0]: (r[1], r[2]) for r in fetch(  # a damaged document gives no edge, not an error
        db, "SELECT code, item_code, CASE WHEN json_valid(doc) THEN"
        " json_extract(doc, '$.prerequisites.previous_item') END FROM offerings")}


def region_names(db: Database) -> list[tuple[str, str]]:
    """(code, name) of the regions this database lists (sound rows: a damaged one is written again)."""
    return [(r[0], r[1]) for r in fetch(db, f"SELECT {select_list('regions')} FROM regions")
            if sound(r)]


def demand_keys(db: Database) -> set[tuple[Any, ...]]:
    """Every sound stored demand figure as the values of its `demand_row`, in that order (a damaged
    one is missing, so the file's figure is written over it)."""
    return {tuple(r[:-1]) for r in fetch(db, f"SELECT {select_list('demand')} FROM demand") if sound(r)}


def is_empty(db: Database) -> bool:
    return bool(db.execute("SELECT count(*) FROM catalog_items").fetchone()[0] == 0)


def cost_from_cents(cents: int) -> Decimal:
    return Decimal(cents) / 100
