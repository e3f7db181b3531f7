"""The catalog tab and `catalog stats` on PostgreSQL: `CatalogBrowser` of storage/store.py, the same
filters, pages and counts as `storage/catalog_reads.py`, computed by the server.

Where SQLite's SQL means something PostgreSQL's does not, the SQLite meaning is kept, so a desk on
the server and a laptop show the same rows:
- the text filter: SQLite's `lower()` and `LIKE` fold only A-Z (so "ö" does not find "Ö" there);
  here `lower()` under the "C" collation folds A-Z only and `LIKE` compares the rest as it is,
  where PostgreSQL's `lower()` in a Dutch or UTF-8 collation would fold every letter and find more
  than the laptop;
- a level's sort (`catalog stats`): SQLite sorts the numbers, then '-' (no level) after them;
- the month filter reads the offering's stored schedule as SQLite's json_extract/json_each do
  (schema_catalog.py keeps the months beside the row).
"""

from __future__ import annotations

import json
from typing import Any

from ..catalog_reads import CatalogCounts, OfferingFilter, OfferingRow
from .connection import PgDatabase

__all__ = ["CatalogCounts", "OfferingFilter", "OfferingRow", "catalog_counts", "count_offerings",
           "filter_choices", "offerings_page"]

# lower() under the "C" collation folds A-Z only, as SQLite's lower() does (and ten times faster
# than translate() on UTF-8 text).
_ASCII_LOWER = 'lower({} COLLATE "C")'
_SEARCHED = ("i.title", "o.code", "o.item_code", "o.provider", "o.location")


def _where(f: OfferingFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if f.text.strip():
        for word in f.text.lower().split():
            like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            clauses.append("(" + " OR ".join(
                f"{_ASCII_LOWER.format(c)} LIKE %s ESCAPE '\\'" for c in _SEARCHED) + ")")
            params += [like] * len(_SEARCHED)
    if f.sector:
        clauses.append("i.sector = %s")
        params.append(f.sector)
    if f.level is not None:
        clauses.append("i.level IS NULL" if f.level == 0 else "i.level = %s")
        params += [] if f.level == 0 else [f.level]
    if f.region:
        clauses.append("o.region_code = %s")
        params.append(f.region)
    if f.kind:
        clauses.append("i.kind = %s")
        params.append(f.kind)
    if f.month:
        # As SQLite reads the schedule: monthly, a month in `months`, or a date in that month; the
        # server keeps those months beside the row (schema_catalog.py, 0 for monthly).
        clauses.append("o.start_months && ARRAY[0, %s]::integer[]")
        params.append(f.month)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


_FROM = (" FROM offerings o JOIN catalog_items i ON i.code = o.item_code"
         " LEFT JOIN regions r ON r.code = o.region_code")


def count_offerings(db: PgDatabase, f: OfferingFilter) -> int:
    where, params = _where(f)
    return int(db.scalar("SELECT count(*)" + _FROM + where, params))


def offerings_page(db: PgDatabase, f: OfferingFilter, offset: int, limit: int) -> list[OfferingRow]:
    where, params = _where(f)
    # The schedule is read here from the page's own documents: the server would decode the document
    # of every match before sorting them.
    sql = ("SELECT o.code, o.item_code, i.title, i.kind, i.level, i.sector, o.provider, o.location,"
           " coalesce(r.name, o.region_code), o.leerweg, o.weeks, o.hours_per_week, o.cost_cents,"
           " o.doc, o.sample" + _FROM + where +
           " ORDER BY i.title, o.region_code, o.code LIMIT %s OFFSET %s")
    return [OfferingRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12],
                        schedule=_schedule(r[13]), sample=bool(r[14]))
            for r in db.fetchall(sql, [*params, limit, offset])]


def _schedule(doc: str) -> dict[str, Any]:
    """The stored StartSchedule as JSON; {} when there is none, or when the document is damaged (SQLite
    fails the whole page on it; the row's checksum names it where the catalog is loaded)."""
    try:
        found = json.loads(doc).get("schedule")
    except (ValueError, AttributeError):
        return {}
    return found if isinstance(found, dict) else {}


def filter_choices(db: PgDatabase) -> dict[str, list[tuple[str, str]]]:
    """Values for the filter boxes: (value, label) pairs in a stable order."""
    return {
        "sector": [(r[0], r[0]) for r in db.fetchall(
            "SELECT DISTINCT sector FROM catalog_items WHERE sector <> '' ORDER BY sector")],
        "region": [(r[0], r[1]) for r in db.fetchall(
            "SELECT code, name FROM regions ORDER BY name, code")],
        "kind": [(r[0], r[0]) for r in db.fetchall(
            "SELECT DISTINCT kind FROM catalog_items ORDER BY kind")],
        "level": [(str(r[0]), str(r[0])) for r in db.fetchall(
            "SELECT DISTINCT level FROM catalog_items WHERE level IS NOT NULL ORDER BY level")],
    }


def catalog_counts(db: PgDatabase) -> CatalogCounts:
    def one(sql: str) -> int:
        return int(db.scalar(sql))

    def rows(sql: str) -> list[tuple[str, int]]:
        return [(str(r[0]), int(r[1])) for r in db.fetchall(sql)]

    return CatalogCounts(
        items=one("SELECT count(*) FROM catalog_items"),
        offerings=one("SELECT count(*) FROM offerings"),
        sample_items=one("SELECT count(*) FROM catalog_items WHERE sample <> 0"),
        items_per_kind=rows("SELECT kind, count(*) FROM catalog_items GROUP BY kind ORDER BY kind"),
        offerings_per_kind=rows(
            "SELECT i.kind, count(*) FROM offerings o JOIN catalog_items i ON i.code = o.item_code"
            " GROUP BY i.kind ORDER BY i.kind"),
        offerings_per_level=rows(
            "SELECT coalesce(i.level::text, '-'), count(*) FROM offerings o"
            " JOIN catalog_items i ON i.code = o.item_code GROUP BY i.level ORDER BY i.level NULLS LAST"),
        offerings_per_leerweg=rows(
            "SELECT leerweg, count(*) FROM offerings GROUP BY leerweg ORDER BY leerweg"),
        offerings_per_region=rows(
            "SELECT coalesce(r.name, o.region_code), count(*) FROM offerings o"
            " LEFT JOIN regions r ON r.code = o.region_code GROUP BY 1 ORDER BY 1"),
        demand=one("SELECT count(*) FROM demand"),
        demand_regions=one("SELECT count(DISTINCT region_code) FROM demand"),
        funding=one("SELECT count(*) FROM funding_schemes"),
    )
