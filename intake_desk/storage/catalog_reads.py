"""The catalog as the catalog tab and `catalog stats` read it: filtered pages and counts, in SQL.

Filtering and paging happen here, not in a proxy model (thousands of offerings); the callers in
`catalog/browse.py` and `catalog/stats.py` turn these rows into what an advisor reads.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database


@dataclass(frozen=True, slots=True)
class OfferingFilter:
    text: str = ""
    sector: str = ""
    level: int | None = None  # 0 means "no level"
    region: str = ""
    kind: str = ""
    month: int | None = None  # offerings that can start in this month


@dataclass(frozen=True, slots=True)
class OfferingRow:
    """One offering with its item's fields, as the catalog tab lists it."""

    code: str
    item_code: str
    title: str
    kind: str
    level: int | None
    sector: str
    provider: str
    location: str
    region: str  # the region's name, or its code when this database does not list it
    leerweg: str
    weeks: int
    hours_per_week: float
    cost_cents: int
    schedule: dict[str, Any]  # the stored StartSchedule as JSON
    sample: bool


def _where(f: OfferingFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if f.text.strip():
        for word in f.text.lower().split():
            like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            clauses.append("(" + " OR ".join(
                f"lower({c}) LIKE ? ESCAPE '\\'"
                for c in ("i.title", "o.code", "o.item_code", "o.provider", "o.location")) + ")")
            params += [like] * 5
    if f.sector:
        clauses.append("i.sector = ?")
        params.append(f.sector)
    if f.level is not None:
        clauses.append("i.level IS NULL" if f.level == 0 else "i.level = ?")
        params += [] if f.level == 0 else [f.level]
    if f.region:
        clauses.append("o.region_code = ?")
        params.append(f.region)
    if f.kind:
        clauses.append("i.kind = ?")
        params.append(f.kind)
    if f.month:
        clauses.append(
            "(json_extract(o.doc, '$.schedule.monthly') = 1"
            " OR EXISTS (SELECT 1 FROM json_each(o.doc, '$.schedule.months') WHERE value = ?)"
            " OR EXISTS (SELECT 1 FROM json_each(o.doc, '$.schedule.dates')"
            "            WHERE CAST(substr(value, 6, 2) AS INTEGER) = ?))")
        params += [f.month, f.month]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


_FROM = (" FROM offerings o JOIN catalog_items i ON i.code = o.item_code"
         " LEFT JOIN regions r ON r.code = o.region_code")


def count_offerings(db: Database, f: OfferingFilter) -> int:
    where, params = _where(f)
    return int(db.execute("SELECT count(*)" + _FROM + where, params).fetchone()[0])


def offerings_page(db: Database, f: OfferingFilter, offset: int, limit: int) -> list[OfferingRow]:
    where, params = _where(f)
    sql = ("SELECT o.code, o.item_code, i.title, i.kind, i.level, i.sector, o.provider, o.location,"
           " coalesce(r.name, o.region_code), o.leerweg, o.weeks, o.hours_per_week, o.cost_cents,"
           " json_extract(o.doc, '$.schedule'), o.sample" + _FROM + where +
           " ORDER BY i.title, o.region_code, o.code LIMIT ? OFFSET ?")
    return [OfferingRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12],
                        schedule=json.loads(r[13]) if r[13] else {}, sample=bool(r[14]))
            for r in db.execute(sql, [*params, limit, offset]).fetchall()]


def filter_choices(db: Database) -> dict[str, list[tuple[str, str]]]:
    """Values for the filter boxes: (value, label) pairs in a stable order."""
    return {
        "sector": [(r[0], r[0]) for r in db.execute(
            "SELECT DISTINCT sector FROM catalog_items WHERE sector != '' ORDER BY sector")],
        "region": [(r[0], r[1]) for r in db.execute("SELECT code, name FROM regions ORDER BY name")],
        "kind": [(r[0], r[0]) for r in db.execute(
            "SELECT DISTINCT kind FROM catalog_items ORDER BY kind")],
        "level": [(str(r[0]), str(r[0])) for r in db.execute(
            "SELECT DISTINCT level FROM catalog_items WHERE level IS NOT NULL ORDER BY level")],
    }


@dataclass(frozen=True, slots=True)
class CatalogCounts:
    """What `catalog stats` prints; each list is (value, count) in the value's order."""

    items: int
    offerings: int
    sample_items: int
    items_per_kind: list[tuple[str, int]]
    offerings_per_kind: list[tuple[str, int]]
    offerings_per_level: list[tuple[str, int]]  # the level as text, '-' for none
    offerings_per_leerweg: list[tuple[str, int]]
    offerings_per_region: list[tuple[str, int]]  # by region name (its code when not listed)
    demand: int
    demand_regions: int
    funding: int


def catalog_counts(db: Database) -> CatalogCounts:
    def one(sql: str) -> int:
        return int(db.execute(sql).fetchone()[0])

    def rows(sql: str) -> list[tuple[str, int]]:
        return [(str(r[0]), int(r[1])) for r in db.execute(sql).fetchall()]

    return CatalogCounts(
        items=one("SELECT count(*) FROM catalog_items"),
        offerings=one("SELECT count(*) FROM offerings"),
        sample_items=one("SELECT count(*) FROM catalog_items WHERE sample"),
        items_per_kind=rows("SELECT kind, count(*) FROM catalog_items GROUP BY kind ORDER BY kind"),
        offerings_per_kind=rows(
            "SELECT i.kind, count(*) FROM offerings o JOIN catalog_items i ON i.code = o.item_code"
            " GROUP BY i.kind ORDER BY i.kind"),
        offerings_per_level=rows(
            "SELECT coalesce(i.level, '-'), count(*) FROM offerings o"
            " JOIN catalog_items i ON i.code = o.item_code GROUP BY 1 ORDER BY 1"),
        offerings_per_leerweg=rows(
            "SELECT leerweg, count(*) FROM offerings GROUP BY leerweg ORDER BY leerweg"),
        offerings_per_region=rows(
            "SELECT coalesce(r.name, o.region_code), count(*) FROM offerings o"
            " LEFT JOIN regions r ON r.code = o.region_code GROUP BY 1 ORDER BY 1"),
        demand=one("SELECT count(*) FROM demand"),
        demand_regions=one("SELECT count(DISTINCT region_code) FROM demand"),
        funding=one("SELECT count(*) FROM funding_schemes"),
    )
