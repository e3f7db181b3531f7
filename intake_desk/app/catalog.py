"""Catalog use cases for the catalog tab and its import dialog: browse a page, the filter choices,
check a file (the report only, nothing written), import it, export the catalog.

The imports take a backup and write in one transaction (`catalog.importer`, `catalog.demand`); they
return their report and `Changes`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..storage.store import Handle

from pathlib import Path

from ..catalog.browse import OfferingFilter, OfferingLine, count_offerings, filter_choices, offerings_page
from ..catalog.demand import import_demand
from ..catalog.exporter import export_catalog
from ..catalog.importer import check_catalog_file, import_catalog
from ..catalog.report import ImportReport
from ..progress import NULL, Progress

__all__ = ["OfferingFilter", "OfferingLine", "check_catalog", "check_demand", "export_catalog",
           "filter_choices", "first_offerings", "import_catalog", "import_demand", "offerings_page"]


def first_offerings(db: Handle, f: OfferingFilter, page: int) -> tuple[int, list[OfferingLine]]:
    """The number of matches and the first `page` rows (counted only when there are more)."""
    rows = offerings_page(db, f, 0, page)
    return (len(rows) if len(rows) < page else count_offerings(db, f)), rows


def check_catalog(db: Handle, path: str | Path, progress: Progress = NULL) -> ImportReport:
    """The validation report of a catalog file; nothing is written."""
    return check_catalog_file(db, path, progress).report


def check_demand(db: Handle, path: str | Path, progress: Progress = NULL) -> ImportReport:
    """The validation report of a demand file; nothing is written."""
    return import_demand(db, path, dry_run=True, progress=progress)[0]
