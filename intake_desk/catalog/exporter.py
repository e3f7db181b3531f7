"""Exporting the catalog to CSV (UTF-8 with BOM, semicolons: Dutch Excel opens it right), XLSX or JSON.

CSV and XLSX hold the flat sheet of `columns.py` (one row per offering, plus a row for each item that
nothing offers); JSON holds the whole catalog, including regions, demand and funding. Text that starts
with = + - @ gets a leading ' so a spreadsheet shows it instead of running it; import removes it again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..storage.store import Handle

import csv
import io
import json
import os
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from ..domain import Catalog, CatalogItem, Offering
from ..domain.codec import to_json
from ..storage.store import store_of
from . import columns as C

HEADERS = [c.header for c in C.COLUMNS]


def _item_cells(i: CatalogItem) -> dict[str, object]:
    return {
        "item.code": i.code, "item.kind": i.kind.value, "item.title": i.title, "item.level": i.level,
        "item.sector": i.sector, "item.dossier_code": i.dossier_code,
        "item.dossier_title": i.dossier_title, "item.part_of": i.part_of, "item.sbu": i.sbu,
        "item.leerwegen": ", ".join(w.value for w in i.leerwegen),
        "item.werkprocessen": C.format_werkprocessen(i.werkprocessen),
        "item.vog_required": "ja" if i.vog_required else "nee",
        "item.dutch_required": i.dutch_required.value if i.dutch_required else "",
        "item.occupations": ", ".join(i.occupations), "item.description": i.description,
        "item.source": i.source, "offering.sample": "ja" if i.sample else "nee",
    }


def _offering_cells(o: Offering) -> dict[str, object]:
    p = o.prerequisites
    return {
        "offering.code": o.code, "offering.provider": o.provider, "offering.location": o.location,
        "offering.region_code": o.region_code, "offering.leerweg": o.leerweg.value,
        "offering.weeks": o.weeks, "offering.hours_per_week": o.hours_per_week, "offering.cost": o.cost,
        "offering.leads_to": o.leads_to.value, "prereq.min_prior_level": p.min_prior_level,
        "prereq.requires_startkwalificatie": "ja" if p.requires_startkwalificatie else "nee",
        "prereq.dutch": p.dutch.value if p.dutch else "", "prereq.previous_item": p.previous_item,
        "prereq.requires_job": "ja" if p.requires_job else "nee",
        "offering.alongside": "ja" if o.alongside else "nee",
        "schedule.starts": C.format_schedule(o.schedule), "schedule.day": o.schedule.day,
        "offering.sample": "ja" if o.sample else "nee",
    }


def flat_rows(catalog: Catalog) -> Iterator[dict[str, object]]:
    """One dict per sheet row, keyed by column field, in a stable order (item code, offering code)."""
    by_item: dict[str, list[Offering]] = {}
    for o in catalog.offerings:
        by_item.setdefault(o.item_code, []).append(o)
    for code in sorted(catalog.items):
        item = _item_cells(catalog.items[code])
        offerings = sorted(by_item.get(code, ()), key=lambda o: o.code)
        if not offerings:
            yield item
        for o in offerings:
            yield {**item, **_offering_cells(o)}


def _csv_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return C.format_float(value)
    if isinstance(value, int):
        return str(value)
    if not isinstance(value, str):  # Decimal
        return C.format_decimal(value)  # type: ignore[arg-type]
    return C.protect(value)


def write_csv(catalog: Catalog, target: Path) -> int:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    n = 0
    for row in flat_rows(catalog):
        writer.writerow([_csv_value(row.get(c.field)) for c in C.COLUMNS])
        n += 1
    _write_atomically(target, buffer.getvalue().encode("utf-8-sig"))
    return n


def write_xlsx(catalog: Catalog, target: Path) -> int:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    sheet = wb.create_sheet("Aanbod")
    sheet.append(HEADERS)
    n = 0
    for row in flat_rows(catalog):
        cells: list[object] = []
        for c in C.COLUMNS:
            value = row.get(c.field)
            if isinstance(value, str):
                value = C.protect(value)
            elif isinstance(value, Decimal):  # a whole amount as a number, else exact text
                value = int(value) if str(value) == str(int(value)) else C.format_decimal(value)
            cells.append(value)
        sheet.append(cells)
        n += 1
    tmp = target.with_name(target.name + ".partial")
    try:
        wb.save(tmp)
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)  # a half-written sheet is no export; never leave it behind
        raise
    return n


def catalog_document(catalog: Catalog) -> dict[str, object]:
    return {
        "label": "export Intake Desk",
        "regions": [to_json(r) for r in catalog.regions],
        "items": [to_json(catalog.items[k]) for k in sorted(catalog.items)],
        "offerings": [to_json(o) for o in sorted(catalog.offerings, key=lambda o: o.code)],
        "demand": [to_json(d) for d in catalog.demand],
        "funding": [to_json(f) for f in catalog.funding],
    }


def write_json(catalog: Catalog, target: Path) -> int:
    doc = catalog_document(catalog)
    _write_atomically(target, (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    return len(catalog.offerings)


def _write_atomically(target: Path, data: bytes) -> None:
    tmp = target.with_name(target.name + ".partial")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)  # a half-written file is no export; never leave it behind
        raise


class ExportError(ValueError):
    """A target the user can fix (unknown extension); the message is Dutch."""


def export_catalog(db: Handle, target: Path | str) -> int:
    """Write the catalog to `target`, the format following the extension; returns rows written."""
    target = Path(target)
    writers = {".csv": write_csv, ".xlsx": write_xlsx, ".json": write_json}
    writer = writers.get(target.suffix.lower())
    if writer is None:
        raise ExportError(f"onbekend bestandstype {target.suffix or '(geen)'}; kies .csv, .xlsx of .json")
    return writer(store_of(db).catalog.load(db), target)
