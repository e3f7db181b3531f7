"""Browsing offerings: filters and pages computed in SQL, for the catalog view (and scripts).

Jobs for the GUI's database thread: `count_offerings`, `offerings_page` and `filter_choices`. The SQL
is in `storage/catalog_reads.py`; this module says when an offering starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..storage.store import Handle

from dataclasses import dataclass
from typing import Any

from ..storage.catalog_reads import OfferingFilter
from ..storage.store import store_of
from .columns import MONTH_NAMES

__all__ = ["OfferingFilter", "OfferingLine", "count_offerings", "filter_choices", "offerings_page"]


@dataclass(frozen=True, slots=True)
class OfferingLine:
    code: str
    item_code: str
    title: str
    kind: str
    level: int | None
    sector: str
    provider: str
    location: str
    region: str
    leerweg: str
    weeks: int
    hours_per_week: float
    cost_cents: int
    starts: str
    sample: bool


def count_offerings(db: Handle, f: OfferingFilter) -> int:
    return store_of(db).catalog_browser.count_offerings(db, f)


def offerings_page(db: Handle, f: OfferingFilter, offset: int, limit: int) -> list[OfferingLine]:
    return [OfferingLine(r.code, r.item_code, r.title, r.kind, r.level, r.sector, r.provider, r.location,
                         r.region, r.leerweg, r.weeks, r.hours_per_week, r.cost_cents,
                         starts=_starts(r.schedule), sample=r.sample)
            for r in store_of(db).catalog_browser.offerings_page(db, f, offset, limit)]


def _starts(s: dict[str, Any]) -> str:
    if s.get("monthly"):
        parts = ["elke maand"]
    else:
        parts = [MONTH_NAMES[m] for m in s.get("months", []) if 1 <= m <= 12]
    parts += list(s.get("dates", []))[:3]
    return ", ".join(parts)


def filter_choices(db: Handle) -> dict[str, list[tuple[str, str]]]:
    """Values for the filter boxes: (value, label) pairs in a stable order."""
    return store_of(db).catalog_browser.filter_choices(db)
