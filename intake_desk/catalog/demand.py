"""`demand import`: regional job-prospect figures (region x crebo or occupation -> rating, source, date).

The same rules as the catalog import: a report first, all or nothing (or valid rows only), a backup,
one transaction, keyed by (region, crebo, occupation) so a second import changes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..storage.store import Handle

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..domain import DemandRating
from ..domain.changes import Changes
from ..domain.codec import DecodeError, from_json, replace
from ..progress import NULL, Progress
from ..regions import codes_of
from ..storage import backup_before_write, known_errors, location
from ..storage.errors import os_reason
from ..storage.store import store_of
from . import columns as C
from .readers import Table, TableError, read_json, read_table
from .report import ImportReport

FIELDS: dict[str, tuple[str, ...]] = {
    "region_code": ("regio", "arbeidsmarktregio", "region"),
    "crebo": ("crebo", "kwalificatie", "qualification"),
    "occupation": ("beroep", "occupation"),
    "rating": ("waardering", "kans op werk", "score", "rating", "cijfer"),
    "indicator": ("indicator", "spanningsindicator", "spanning"),
    "source": ("bron", "source"),
    "as_of": ("datum", "peildatum", "as of", "date"),
    "sample": ("voorbeeld", "sample"),
}
HEADERS = {C.normalise(alias): name for name, aliases in FIELDS.items() for alias in aliases}


def is_demand_header(cells: Sequence[object]) -> bool:
    """A row that names the region column: the header, below any title the sheet starts with."""
    return any(HEADERS.get(C.normalise(c)) == "region_code" for c in cells if isinstance(c, str))


def _demand_columns(table: Table, report: ImportReport) -> dict[int, str]:
    """Column index -> field; empty when a required column is missing (the report says which)."""
    mapping: dict[int, str] = {}
    for index, header in enumerate(table.headers):
        name = HEADERS.get(C.normalise(header))
        if name is None:
            if header.strip():
                report.add(table.header_row, header, "", "onbekende kolom; wordt genegeerd", error=False)
        elif name in mapping.values():
            report.add(table.header_row, header, "", "dubbele kolom")
        else:
            mapping[index] = name
    for needed in ("region_code", "rating", "source", "as_of"):
        if needed not in mapping.values():
            report.add(table.header_row, FIELDS[needed][0], "",
                       f"verplichte kolom '{FIELDS[needed][0]}' ontbreekt")
    if not report.ok:
        return {}
    if "crebo" not in mapping.values() and "occupation" not in mapping.values():
        report.add(table.header_row, "crebo", "", "kolom 'crebo' of 'beroep' ontbreekt")
        return {}
    return mapping


def _demand_cell(name: str, raw: object, regions: dict[str, str]) -> Any:
    """One cell's value for field `name`, or ValueError with the Dutch message."""
    if name == "rating":
        rating = C.parse_int(raw)
        if not 1 <= rating <= 5:
            raise ValueError("waardering moet 1 tot en met 5 zijn")
        return rating
    if name == "indicator":
        if raw is None or not C.text(raw):
            return None
        number = C.parse_float(raw)
        if not math.isfinite(number):
            raise ValueError("geen geldig getal")
        return number
    if name == "as_of":
        return C.parse_date(raw)
    if name == "sample":
        return C.parse_bool(raw)
    if name == "region_code":
        typed = C.text(raw)
        # everyday and older names too ("Den Haag", "Stedendriehoek"), as this database's code
        found = regions.get(typed.lower()) or next(
            (c for c in sorted(codes_of(typed)) if c in regions.values()), None)
        if found is None:
            raise ValueError("onbekende arbeidsmarktregio")
        return found
    return C.text(raw)


def _regions(db: Handle) -> dict[str, str]:
    regions: dict[str, str] = {}
    for code, name in store_of(db).catalog.region_names(db):
        regions.update({code.lower(): code, name.lower(): code})
    return regions


def _json_demand(db: Handle, data: Any, report: ImportReport) -> list[tuple[int, DemandRating]]:
    """A JSON list of ratings (or an object with 'demand'), under the same rules as a sheet's rows:
    a known region (stored as its code), a rating of 1 to 5, a source, a crebo or an occupation."""
    entries = data.get("demand") if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise TableError("JSON verwacht een lijst vraagcijfers of een object met 'demand'")
    report.rows = len(entries)
    regions = _regions(db)
    out: list[tuple[int, DemandRating]] = []
    for n, entry in enumerate(entries, 1):
        where = f"demand[{n - 1}]"
        try:
            d = from_json(DemandRating, entry, where)
        except DecodeError as exc:
            for p in exc.problems:
                report.add(n, p.path, "", p.message)
            continue
        checked: dict[str, Any] = {}
        for name in ("region_code", "rating", "indicator"):
            try:
                checked[name] = _demand_cell(name, getattr(d, name), regions)
            except ValueError as exc:
                report.add(n, f"{where}.{name}", getattr(d, name), str(exc))
        if len(checked) < 3:
            continue
        if not d.crebo.strip() and not d.occupation.strip():
            report.add(n, f"{where}.crebo", "", "vul een crebo of een beroep in")
        elif not d.source.strip():
            report.add(n, f"{where}.source", "", "bron is leeg; zeg waar het cijfer vandaan komt")
        else:
            out.append((n, replace(d, **checked)))
    return out


def _table_demand(db: Handle, table: Table, report: ImportReport) -> list[tuple[int, DemandRating]]:
    mapping = _demand_columns(table, report)
    if not mapping:
        return []
    regions = _regions(db)
    header_of = {v: table.headers[k] for k, v in mapping.items()}
    out: list[tuple[int, DemandRating]] = []
    for line, cells in table.rows:
        values: dict[str, Any] = {}
        bad = False
        for index, name in mapping.items():
            raw = cells[index] if index < len(cells) else None
            if isinstance(raw, str):
                if C.is_formula(raw.strip()):
                    report.add(line, header_of[name], raw, "bevat een formule; zet er de waarde zelf in")
                    bad = True
                    continue
                raw = C.unprotect(raw.strip())
            try:
                values[name] = _demand_cell(name, raw, regions)
            except ValueError as exc:
                report.add(line, header_of[name], C.text(raw), str(exc))
                bad = True
        if bad:
            continue
        if not values.get("crebo") and not values.get("occupation"):
            report.add(line, header_of.get("crebo", "crebo"), "", "vul een crebo of een beroep in")
            continue
        if not values.get("source"):
            report.add(line, header_of["source"], "", "bron is leeg; zeg waar het cijfer vandaan komt")
            continue
        out.append((line, DemandRating(**values)))
    return out


def import_demand(db: Handle, path: Path | str, *, dry_run: bool = False, valid_only: bool = False,
                  progress: Progress = NULL) -> tuple[ImportReport, Changes]:
    path = Path(path)
    report = ImportReport(path.name)
    ratings: list[tuple[int, DemandRating]] = []
    try:
        if path.suffix.lower() == ".json":
            ratings = _json_demand(db, read_json(path), report)
        else:
            table = read_table(path, is_demand_header, progress)
            report.rows = len(table.rows)
            if not table.rows:
                report.add(0, "", "", "het bestand heeft alleen een kopregel en geen rijen")
            ratings = _table_demand(db, table, report)
    except TableError as exc:
        report.add(0, "", "", str(exc))
        return report, Changes()
    except OSError as exc:
        report.add(0, "", "", f"het bestand kan niet worden gelezen ({os_reason(exc)})")
        return report, Changes()
    seen: dict[tuple[str, str, str], int] = {}
    for line, d in ratings:
        key = (d.region_code, d.crebo, d.occupation)
        if key in seen:
            report.add(line, "regio", d.region_code, f"dubbel: staat ook in rij {seen[key]}")
        seen[key] = line
    bad = report.bad_rows
    good = [d for line, d in ratings if line not in bad]
    report.rows_skipped = len(ratings) - len(good)
    if dry_run or (report.errors and not valid_only) or 0 in bad or not good:
        return report, Changes()
    backup_before_write(db, "voor-import")
    with known_errors(location(db)), db.atomic():
        store_of(db).catalog.upsert_demand(db, good)
        progress.update(len(good), len(good), "Vraagcijfers schrijven…")
    report.other_written = len(good)
    report.written = True
    return report, Changes(catalog=True)
