"""The school's catalog on PostgreSQL: `CatalogStore` of storage/store.py (items, offerings, regions,
demand and funding), the same rows, JSON documents and checksums as `storage/catalog.py`.

The rows are made by the SQLite module's own functions (`item_row`, `offering_row`, `demand_row`,
`funding_row`, and its `_seal` for the checksum), re-exported here, so the two stores cannot write a
row differently; the import (catalog/importer.py) builds its rows with them on either store. Reading
verifies every row, as on SQLite: `load` leaves a damaged row out (an offering also when its item is
damaged) and the import's reads give "" for a damaged document, so the file's row is written over it.

Every write changes the catalog's revision in the writer's transaction (`catalog_meta`, see
schema_catalog.py), which readers at every desk key their caches on (app/routes.py).
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import Any

import psycopg

from ...domain import Catalog, CatalogItem, DemandRating, FundingScheme, Offering, Region
from ...domain.codec import from_json
from .. import catalog as _sqlite
from ..catalog import (
    CatalogDamage,
    cost_from_cents,
    demand_row,
    funding_row,
    item_doc,
    item_row,
    offering_doc,
    offering_from_doc,
    offering_row,
)
from ..checksums import COLUMNS, label, select_list, sound
from .connection import PgDatabase

__all__ = ["CatalogDamage", "bump_revision", "cost_from_cents", "damaged_rows", "demand_keys",
           "demand_row", "funding_docs", "funding_row", "is_empty", "item_codes", "item_doc",
           "item_docs", "item_row", "load", "load_checked", "offering_doc", "offering_docs",
           "offering_from_doc", "offering_row", "prerequisite_edges", "region_names", "revision",
           "save", "stored_items", "stored_offerings", "upsert_demand", "upsert_funding",
           "upsert_items", "upsert_offerings", "upsert_regions", "write_rows"]

log = logging.getLogger(__name__)

# Each table with its key, for the upserts and for reading in key order.
_KEYS = {"catalog_items": ("code",), "offerings": ("code",), "regions": ("code",),
         "demand": ("region_code", "crebo", "occupation"), "funding_schemes": ("code",)}


def _upsert_sql(table: str) -> str:
    columns = (*COLUMNS[table], "checksum")
    keys = _KEYS[table]
    return (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))})"
            f" ON CONFLICT ({', '.join(keys)}) DO UPDATE SET "
            + ", ".join(f"{c} = excluded.{c}" for c in columns if c not in keys))


_UPSERT = {table: _upsert_sql(table) for table in _KEYS}
_TABLES = {"catalog_items": "catalog_items", "offerings": "offerings"}  # never a name from outside
_VALUES = {table: itemgetter(*COLUMNS[table], "checksum") for table in _KEYS}


def _upsert(db: PgDatabase, table: str, rows: Iterable[dict[str, Any]]) -> None:
    """Every row (all of COLUMNS[table]) sealed with its checksum, and written."""
    _write(db, table, list(map(_VALUES[table], _sqlite._seal(table, rows))))


# From this many rows on, they go in by COPY into a temporary table and one INSERT ... ON CONFLICT
# from there (5,000 offerings: about half the time of one statement per row, even pipelined).
_STAGED_FROM = 200


def _write(db: PgDatabase, table: str, values: list[tuple[Any, ...]]) -> None:
    """Upsert `values` (COLUMNS[table] and the checksum) in one transaction; when a key comes twice
    the last one wins, as with SQLite's statement per row."""
    if not values:
        return
    with db.atomic():
        if len(values) >= _STAGED_FROM:
            try:
                with db.atomic():
                    _staged(db, table, values)
                return
            except psycopg.errors.InsufficientPrivilege:  # IT took TEMP away from the desks' role
                log.info("no temporary tables for this role; catalog rows written one by one")
        with db.conn.cursor() as cursor:
            cursor.executemany(_UPSERT[table], values)


def _staged(db: PgDatabase, table: str, values: list[tuple[Any, ...]]) -> None:
    columns = ", ".join((*COLUMNS[table], "checksum"))
    keys = ", ".join(_KEYS[table])
    stage = f"catalog_stage_{table}"  # one per session (temporary), emptied before each use
    db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {stage} (LIKE {table}, n integer)"
               " ON COMMIT DELETE ROWS")
    db.execute(f"TRUNCATE {stage}")
    with db.conn.cursor().copy(f"COPY {stage} ({columns}, n) FROM STDIN") as copy:
        for n, row in enumerate(values):
            copy.write_row((*row, n))
    upsert = _UPSERT[table]
    db.execute(f"INSERT INTO {table} ({columns}) SELECT DISTINCT ON ({keys}) {columns} FROM {stage}"
               f" ORDER BY {keys}, n DESC" + upsert[upsert.index(" ON CONFLICT"):])


# -------------------------------------------------------------------------------------- revision

REVISION_KEY = _sqlite.REVISION_KEY


def bump_revision(db: PgDatabase) -> None:
    db.execute("INSERT INTO catalog_meta (key, value) VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET"
               " value = excluded.value", [REVISION_KEY, uuid.uuid4().hex])


def revision(db: PgDatabase) -> str | None:
    """The catalog's current revision; None before the first catalog write."""
    found = db.scalar("SELECT value FROM catalog_meta WHERE key = %s", [REVISION_KEY])
    return str(found) if found is not None else None


# ---------------------------------------------------------------------------------------- writes


def write_rows(db: PgDatabase, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """Upsert rows made by item_row/offering_row, each sealed with its checksum (added to the row, as
    on SQLite); only those two tables, as on SQLite (anything else is a KeyError, never SQL)."""
    with db.atomic():
        _write(db, _TABLES[table], list(map(_VALUES[table], _sqlite._seal(table, rows))))
        bump_revision(db)


def upsert_items(db: PgDatabase, items: Iterable[CatalogItem]) -> None:
    write_rows(db, "catalog_items", [item_row(i) for i in items])


def upsert_offerings(db: PgDatabase, offerings: Iterable[Offering]) -> None:
    write_rows(db, "offerings", [offering_row(o) for o in offerings])


def upsert_regions(db: PgDatabase, regions: Iterable[Region]) -> None:
    with db.atomic():
        _upsert(db, "regions", ({"code": r.code, "name": r.name} for r in regions))
        bump_revision(db)


def upsert_demand(db: PgDatabase, ratings: Iterable[DemandRating]) -> None:
    with db.atomic():
        _upsert(db, "demand", (demand_row(d) for d in ratings))
        bump_revision(db)


def upsert_funding(db: PgDatabase, schemes: Iterable[FundingScheme]) -> None:
    with db.atomic():
        _upsert(db, "funding_schemes", (funding_row(f) for f in schemes))
        bump_revision(db)


def save(db: PgDatabase, catalog: Catalog) -> None:
    """Write a whole catalog, in one transaction (a savepoint inside the caller's)."""
    with db.atomic():
        upsert_regions(db, catalog.regions)
        upsert_items(db, catalog.items.values())
        upsert_offerings(db, catalog.offerings)
        upsert_demand(db, catalog.demand)
        upsert_funding(db, catalog.funding)


# ----------------------------------------------------------------------------------------- reads


def _order(table: str) -> str:
    return ", ".join(_KEYS[table])


def _sound_rows(db: PgDatabase, table: str, damage: list[CatalogDamage]) -> list[tuple[Any, ...]]:
    """The rows of `table` in key order (values in COLUMNS order) that pass their checksum; the
    others are added to `damage`."""
    rows = []
    for r in db.fetchall(f"SELECT {select_list(table)} FROM {table} ORDER BY {_order(table)}"):
        if sound(r):
            rows.append(r)
        else:
            damage.append(CatalogDamage(table, label(table, r)))
    return rows


_I = {c: n for n, c in enumerate(COLUMNS["catalog_items"])}
_O = {c: n for n, c in enumerate(COLUMNS["offerings"])}
_F = {c: n for n, c in enumerate(COLUMNS["funding_schemes"])}


def load(db: PgDatabase) -> Catalog:
    """The stored catalog, without the rows that fail their checksum (each logged by code)."""
    return load_checked(db)[0]


def load_checked(db: PgDatabase) -> tuple[Catalog, tuple[CatalogDamage, ...]]:
    """The stored catalog and what was left out of it because it is damaged (as on SQLite)."""
    damage: list[CatalogDamage] = []
    items = {
        r[_I["code"]]: from_json(CatalogItem, json.loads(r[_I["doc"]]))
        for r in _sound_rows(db, "catalog_items", damage)
    }
    offerings = []
    for r in _sound_rows(db, "offerings", damage):
        if r[_O["item_code"]] in items:
            offerings.append(offering_from_doc(json.loads(r[_O["doc"]])))
        else:  # its item is damaged (or missing): it is left out with it, and said so
            damage.append(CatalogDamage("offerings", str(r[_O["code"]])))
    regions = tuple(Region(code=r[0], name=r[1]) for r in _sound_rows(db, "regions", damage))
    demand = tuple(
        DemandRating(region_code=r[0], crebo=r[1], occupation=r[2], rating=r[3], indicator=r[4],
                     source=r[5], as_of=_sqlite._date(r[6]), sample=bool(r[7]))
        for r in _sound_rows(db, "demand", damage)
    )
    funding = tuple(
        from_json(FundingScheme, json.loads(r[_F["doc"]]))
        for r in _sound_rows(db, "funding_schemes", damage)
    )
    for d in damage:
        log.error("catalog row damaged, left out: %s %s", d.table, d.key)
    catalog = Catalog(items=items, offerings=tuple(offerings), regions=regions, demand=demand,
                      funding=funding)
    return catalog, tuple(damage)


def damaged_rows(db: PgDatabase) -> tuple[CatalogDamage, ...]:
    """What `load_checked` would leave out, without decoding the catalog."""
    damage: list[CatalogDamage] = []
    for table in ("catalog_items", "offerings", "regions", "demand", "funding_schemes"):
        _sound_rows(db, table, damage)
    return tuple(damage)


def is_empty(db: PgDatabase) -> bool:
    return db.scalar("SELECT EXISTS (SELECT 1 FROM catalog_items)") is not True


# ----------------------------------------------------------------------------- reads for the import


def _stored_docs(db: PgDatabase, table: str) -> dict[str, str]:
    """Code -> stored JSON; "" for a damaged row (the import then writes the file's row over it)."""
    columns = COLUMNS[table]
    code, doc = columns.index("code"), columns.index("doc")
    return {r[code]: r[doc] if sound(r) else ""
            for r in db.fetchall(f"SELECT {select_list(table)} FROM {table}")}


def item_docs(db: PgDatabase) -> dict[str, str]:
    """Item code -> its stored JSON ("" when damaged)."""
    return _stored_docs(db, "catalog_items")


def offering_docs(db: PgDatabase) -> dict[str, str]:
    """Offering code -> its stored JSON ("" when damaged)."""
    return _stored_docs(db, "offerings")


def funding_docs(db: PgDatabase) -> dict[str, str]:
    """Funding scheme code -> its stored JSON ("" when damaged)."""
    return _stored_docs(db, "funding_schemes")


def stored_items(db: PgDatabase, codes: Iterable[str]) -> dict[str, CatalogItem]:
    """The stored items among `codes` (a file merges over these)."""
    return {code: from_json(CatalogItem, json.loads(doc))
            for code, doc in _docs_of(db, "catalog_items", codes)}


def stored_offerings(db: PgDatabase, codes: Iterable[str]) -> dict[str, Offering]:
    """The stored offerings among `codes`."""
    return {code: offering_from_doc(json.loads(doc)) for code, doc in _docs_of(db, "offerings", codes)}


def _docs_of(db: PgDatabase, table: str, codes: Iterable[str]) -> list[tuple[str, str]]:
    """(code, doc) of the sound stored rows among `codes`: a file never merges over a damaged row.
    One statement for any number of codes (an array parameter)."""
    wanted = sorted({c for c in codes if isinstance(c, str)})
    name = _TABLES[table]
    columns = COLUMNS[name]
    code, doc = columns.index("code"), columns.index("doc")
    return [(r[code], r[doc]) for r in db.fetchall(
        f"SELECT {select_list(name)} FROM {name} WHERE code = ANY(%s)", [wanted]) if sound(r)]


def item_codes(db: PgDatabase) -> set[str]:
    return {r[0] for r in db.fetchall("SELECT code FROM catalog_items")}


def prerequisite_edges(db: PgDatabase) -> dict[str, tuple[str, str]]:
    """Offering code -> (its item, the item it needs first), for the check on circles.

    Read by the server from each document; a document that is not JSON (damaged) gives no edge, as
    on SQLite: PostgreSQL 15 cannot ask "is this JSON?" (`IS JSON` came in 16), so when a cast fails
    the documents are read once more and parsed here, strictly (no NaN, which SQLite's json_valid
    and PostgreSQL's json refuse too)."""
    try:
        with db.atomic():  # a savepoint: the failed cast must not end the caller's transaction
            return {r[0]: (r[1], r[2]) for r in db.fetchall(
                "SELECT code, item_code, doc::json #>> '{prerequisites,previous_item}' FROM offerings")}
    except psycopg.errors.DataError:
        return {code: (item, _previous_item(doc))  # type: ignore[misc]
                for code, item, doc in db.fetchall("SELECT code, item_code, doc FROM offerings")}


def _previous_item(doc: str) -> str | None:
    try:
        found = json.loads(doc, parse_constant=_no_constant)
    except ValueError:
        return None
    p = found.get("prerequisites") if isinstance(found, dict) else None
    value = p.get("previous_item") if isinstance(p, dict) else None
    return value if isinstance(value, str) or value is None else json.dumps(value)


def _no_constant(name: str) -> Any:
    raise ValueError(name)


def region_names(db: PgDatabase) -> list[tuple[str, str]]:
    """(code, name) of the regions this database lists (sound rows), by code."""
    return [(r[0], r[1]) for r in db.fetchall(f"SELECT {select_list('regions')} FROM regions"
                                              " ORDER BY code") if sound(r)]


def demand_keys(db: PgDatabase) -> set[tuple[Any, ...]]:
    """Every sound stored demand figure as the values of its `demand_row`, in that order."""
    return {tuple(r[:-1]) for r in db.fetchall(f"SELECT {select_list('demand')} FROM demand")
            if sound(r)}
