"""Importing a school's catalog file: read, validate everything, report, then write all or nothing.

`check_catalog_file` reads and validates without writing; `import_catalog` then writes the valid rows
in one transaction after a backup (or nothing at all while any row is invalid, unless valid_only).
Rows are keyed by the provider's own codes, so importing the same file twice changes nothing. A column
the file does not have keeps the value already stored; an empty cell means "empty".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..storage.store import Handle

import gc
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import MISSING, dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any, get_type_hints

from ..domain import (
    CatalogItem,
    CredentialKind,
    DemandRating,
    FundingScheme,
    ItemKind,
    Leerweg,
    Offering,
    Prerequisites,
    RefLevel,
    Region,
    StartSchedule,
)
from ..domain.changes import Changes
from ..domain.codec import DecodeError, Unusable, from_json, replace
from ..progress import NULL, Progress
from ..regions import codes_of
from ..storage import backup_before_write, installation_id, known_errors, location
from ..storage import catalog as repo
from ..storage.errors import os_reason
from ..storage.store import store_of
from . import columns as C
from .readers import Table, TableError, read_json, read_table
from .report import ImportReport

MAX_WEEKS = 260  # five years: longer than any mbo route
MAX_HOURS = 60.0
MAX_COST = 1_000_000


@dataclass(slots=True)
class _Row:
    row: int
    item: CatalogItem | None = None
    offering: Offering | None = None
    headers: dict[str, str] = field(default_factory=dict)  # field -> header as written in the file


@dataclass(slots=True)
class CatalogPlan:
    """What an import would write, with its report; `import_catalog` writes it."""

    report: ImportReport
    rows: list[_Row] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)
    demand: list[DemandRating] = field(default_factory=list)
    funding: list[FundingScheme] = field(default_factory=list)
    item_rows: dict[str, dict[str, Any]] = field(default_factory=dict)
    offering_rows: dict[str, dict[str, Any]] = field(default_factory=dict)


# ----------------------------------------------------------------------------- reading


def _cell_parsers() -> dict[str, Callable[[object], Any]]:
    return {
        "item.code": C.text, "item.kind": lambda v: C.parse_enum(ItemKind, v),
        "item.title": C.text, "item.level": lambda v: C.parse_int(v) if C.text(v) else None,
        "item.sector": C.text, "item.dossier_code": C.text, "item.dossier_title": C.text,
        "item.part_of": C.text, "item.sbu": lambda v: C.parse_int(v) if C.text(v) else None,
        "item.leerwegen": lambda v: tuple(C.parse_enum(Leerweg, p) for p in C.split_list(v)),
        "item.werkprocessen": C.parse_werkprocessen, "item.vog_required": C.parse_bool,
        "item.dutch_required": lambda v: C.parse_enum(RefLevel, v) if C.text(v) else None,
        "item.occupations": lambda v: tuple(C.split_list(v)), "item.description": C.text,
        "item.source": C.text,
        "offering.code": C.text, "offering.provider": C.text, "offering.location": C.text,
        "offering.region_code": C.text, "offering.leerweg": lambda v: C.parse_enum(Leerweg, v),
        "offering.weeks": C.parse_int, "offering.hours_per_week": C.parse_float,
        "offering.cost": lambda v: C.parse_decimal(v) if C.text(v) else C.parse_decimal(0),
        "offering.leads_to": lambda v: C.parse_enum(CredentialKind, v),
        "prereq.min_prior_level": lambda v: C.parse_int(v) if C.text(v) else None,
        "prereq.requires_startkwalificatie": C.parse_bool,
        "prereq.dutch": lambda v: C.parse_enum(RefLevel, v) if C.text(v) else None,
        "prereq.previous_item": C.text, "prereq.requires_job": C.parse_bool,
        "offering.alongside": C.parse_bool, "schedule.starts": lambda v: v,
        "schedule.day": lambda v: C.parse_int(v) if C.text(v) else 1,
        "offering.sample": C.parse_bool,
    }


PARSERS = _cell_parsers()
_ITEM_COLUMNS = frozenset(c.field for c in C.COLUMNS if c.field.startswith("item.")) | {"offering.sample"}
_OFFERING_COLUMNS = frozenset(c.field for c in C.COLUMNS if not c.field.startswith("item."))


def _map_headers(table: Table, report: ImportReport) -> dict[int, C.Column]:
    mapping: dict[int, C.Column] = {}
    seen: dict[str, str] = {}
    for index, header in enumerate(table.headers):
        if not header.strip():
            continue
        column = C.HEADER_INDEX.get(C.normalise(header))
        if column is None:
            report.add(table.header_row, header, "", "onbekende kolom; wordt genegeerd", error=False)
            continue
        if column.field in seen:
            report.add(table.header_row, header, "",
                       f"dubbele kolom: '{seen[column.field]}' betekent hetzelfde")
            continue
        seen[column.field] = header
        mapping[index] = column
    for required in C.REQUIRED:
        if required not in seen:
            column = C.BY_FIELD[required]
            report.add(table.header_row, column.header, "", f"verplichte kolom '{column.header}' ontbreekt "
                       f"(ook herkend: {', '.join(column.aliases[:3])})")
    return mapping


def is_catalog_header(cells: Sequence[object]) -> bool:
    """A row that names the key column (artikelcode or one of its names): the sheet's header."""
    return any(C.HEADER_INDEX.get(C.normalise(C.text(c))) is C.BY_FIELD["item.code"]
               for c in cells if isinstance(c, str))


def _note_above_header(table: Table, report: ImportReport) -> None:
    if table.sheet:
        report.add(0, "", table.sheet, "gelezen van werkblad", error=False)
    if table.header_row > 1:
        report.add(table.header_row, "", "", f"de kopregel staat op rij {table.header_row}; wat "
                   "erboven staat wordt niet ingelezen", error=False)


def _parse_table(db: Handle, table: Table, report: ImportReport, progress: Progress) -> list[_Row]:
    mapping = _map_headers(table, report)
    if not report.ok:
        return []
    table = _without_totals(table, mapping, report)
    headers = {c.field: table.headers[i] for i, c in mapping.items()}
    present = set(headers)
    # A file without some column merges over what is stored, so that column keeps its value; the
    # item's fields are the item.* columns and "voorbeeld" (offering.sample), which they share.
    partial_items = not _ITEM_COLUMNS.issubset(present)
    partial_offerings = not _OFFERING_COLUMNS.issubset(present)
    # Column by column: a sheet repeats itself (an item's fields stand on each of its offerings, and
    # regions, yes/no and numbers recur), so each distinct cell of a column is parsed once and the
    # rest are dictionary look-ups done in C.
    width = len(table.headers)
    lines = [line for line, _ in table.rows]
    grid = [cells if len(cells) == width else [*cells[:width], *[None] * (width - len(cells))]
            for _, cells in table.rows]
    by_index: list[tuple[object, ...]] = list(zip(*grid, strict=True)) or [()] * width
    total = len(lines)
    parsed: dict[str, list[Any]] = {}
    problems: list[tuple[int, int, str, str]] = []  # row index, column index, value, message
    for done, (index, column) in enumerate(mapping.items(), 1):
        values, bad = _parse_column(by_index[index], PARSERS[column.field])
        parsed[column.field] = values
        problems += [(r, index, shown, message) for r, shown, message in bad]
        progress.update(total * done // len(mapping), total, "Bestand controleren…")
    bad_rows = set()
    for r, index, shown, message in sorted(problems):
        report.add(lines[r], table.headers[index], shown, message)
        bad_rows.add(r)
    builder = _RowBuilder(
        headers, parsed, total,
        store_of(db).catalog.stored_items(db, parsed["item.code"]) if partial_items else {},
        store_of(db).catalog.stored_offerings(db, parsed["offering.code"])
        if partial_offerings and "offering.code" in present else {},
        report)
    return builder.rows(lines, bad_rows, progress)


TOTAL_WORDS = frozenset({"totaal", "totalen", "subtotaal", "eindtotaal", "total", "totals",
                         "subtotal", "som", "gemiddelde", "average"})


def _without_totals(table: Table, mapping: dict[int, C.Column], report: ImportReport) -> Table:
    """The table without a totals row ("Totaal" in the code column or the first cell): named once
    as what it is, instead of as a row whose every cell is wrong."""
    key = next(i for i, c in mapping.items() if c.field == "item.code")
    kept: list[tuple[int, Sequence[object]]] = []
    for line, cells in table.rows:
        first = next((c for c in cells if C.text(c)), "")
        code = cells[key] if key < len(cells) else None
        word = next((C.text(c) for c in (code, first) if isinstance(c, str)
                     and C.normalise(c).rstrip(":") in TOTAL_WORDS), None)
        if word is None:
            kept.append((line, cells))
        else:
            report.add(line, table.headers[key], word, "dit lijkt een totaalregel, geen aanbod; haal de "
                       "rij weg (of importeer alleen de goede rijen)")
    return table if len(kept) == len(table.rows) else Table(table.headers, kept, table.header_row,
                                                             table.sheet)


def _parse_column(raws: Sequence[object], parse: Callable[[object], Any]
                  ) -> tuple[list[Any], list[tuple[int, str, str]]]:
    """The parsed cells of one column, and the bad ones as (row index, value shown, Dutch message)."""
    kinds = set(map(type, raws))
    # True == 1 as a dictionary key, so a column that mixes yes/no cells with numbers (XLSX) keys
    # each cell on its type too.
    mixed = bool in kinds and bool(kinds & {int, float})
    keys: Sequence[Any] = list(zip(map(type, raws), raws, strict=True)) if mixed else raws
    done: dict[object, Any] = {}
    failed: dict[object, tuple[str, str]] = {}
    plain_text = parse is C.text
    for key in dict.fromkeys(keys):
        value = key[1] if mixed else key
        if isinstance(value, str):
            value = value.strip()
            if C.is_formula(value):
                failed[key] = (value, "bevat een formule; zet er de waarde zelf in")
                continue
            if value[:1] == "'":
                value = C.unprotect(value)
            if plain_text:  # what C.text would return; a code column has a distinct value per row
                done[key] = value
                continue
        try:
            done[key] = parse(value)
        except ValueError as exc:
            failed[key] = (C.text(value), str(exc))
    if not failed:
        return list(map(done.__getitem__, keys)), []
    return ([done.get(k) for k in keys],
            [(r, *failed[k]) for r, k in enumerate(keys) if k in failed])


class _RowBuilder:
    """Turns parsed columns into an item and an offering per row, merging over what is stored."""

    ITEM_FIELDS = frozenset(f.name for f in fields(CatalogItem))
    OFFERING_DEFAULTS: dict[str, Any] = {
        f.name: f.default for f in fields(Offering) if f.default is not MISSING}

    def __init__(self, headers: dict[str, str], parsed: dict[str, list[Any]], n: int,
                 old_items: dict[str, CatalogItem], old_offerings: dict[str, Offering],
                 report: ImportReport):
        self.headers = headers
        self.n = n
        self.old_items = old_items
        self.old_offerings = old_offerings
        self.report = report
        self.codes = parsed["item.code"]
        self.ocodes = parsed.get("offering.code") or [""] * n
        self.item_fields = [(name, parsed[f]) for f in headers
                            if f.startswith("item.") and (name := f[5:]) in self.ITEM_FIELDS]
        if "offering.sample" in parsed:  # the sheet has one "voorbeeld" column for item and offering
            self.item_fields.append(("sample", parsed["offering.sample"]))
        self.prereq_fields = [(f[7:], parsed[f]) for f in headers if f.startswith("prereq.")]
        self.offering_fields = [(f[9:], parsed[f]) for f in headers
                                if f.startswith("offering.") and f != "offering.code"]
        # For a new offering every field has a column: the file's, or the default repeated. A
        # required column the file lacks stays empty: no new offering is made without it.
        self.new_columns = {name: parsed.get(f"offering.{name}") or [default] * n
                            for name, default in self.OFFERING_DEFAULTS.items()
                            if name not in ("prerequisites", "schedule")}
        self.new_columns.update({f[9:]: parsed.get(f) or [None] * n for f in C.REQUIRED_FOR_NEW_OFFERING})
        self.missing_item = ", ".join(C.BY_FIELD[f].header for f in C.REQUIRED_FOR_NEW_ITEM
                                      if f not in parsed)
        self.missing_offering = ", ".join(C.BY_FIELD[f].header for f in C.REQUIRED_FOR_NEW_OFFERING
                                          if f not in parsed)
        self.placed = [parsed[f] for f in ("offering.provider", "offering.location") if f in parsed]
        self.starts = parsed.get("schedule.starts")
        self.days = parsed.get("schedule.day")
        self.schedules: dict[tuple[Any, int], StartSchedule | str] = {}

    def rows(self, lines: list[int], bad: set[int], progress: Progress) -> list[_Row]:
        """One _Row per line; a row with a bad cell (in `bad`) gets neither item nor offering."""
        headers, report, old_offerings = self.headers, self.report, self.old_offerings
        items = self._items()
        prereqs = self._prerequisites()
        schedules = self._new_schedules()
        codes, ocodes, c = self.codes, self.ocodes, self.new_columns
        provider, location, region, leerweg = (c["provider"], c["location"], c["region_code"],
                                               c["leerweg"])
        weeks, hours, cost, leads_to = c["weeks"], c["hours_per_week"], c["cost"], c["leads_to"]
        alongside, sample = c["alongside"], c["sample"]
        out: list[_Row] = []
        for r, line in enumerate(lines):
            row = _Row(line, headers=headers)
            out.append(row)
            if r % 1000 == 999:
                progress.check()
            code = codes[r]
            if code == "":
                # often the rows below a merged cell, which a CSV and openpyxl give as empty
                report.add(line, headers["item.code"], "", "artikelcode is leeg; elke rij heeft een "
                           "artikelcode, ook onder een samengevoegde cel")
                continue
            if r in bad:
                continue
            item = items[r]
            if isinstance(item, str):
                report.add(line, item, "", "verplichte kolom ontbreekt voor een nieuw artikel")
                continue
            row.item = item
            ocode = ocodes[r]
            if not ocode:
                if any(C.text(col[r]) for col in self.placed):
                    report.add(line, headers.get("offering.code", "aanbodcode"), "",
                               "aanbodcode is leeg terwijl er aanbod op deze rij staat")
                continue
            old = old_offerings.get(ocode) if old_offerings else None
            if old is not None:
                row.offering = self._merge(r, line, old)
                continue
            if self.missing_offering:
                report.add(line, self.missing_offering, "", "verplichte kolom ontbreekt voor nieuw aanbod")
                continue
            schedule = schedules[r]
            if isinstance(schedule, str):
                report.add(line, headers["schedule.starts"], C.text(self.starts[r] if self.starts else ""),
                           schedule)
                continue
            row.offering = Offering(
                code=ocode, item_code=code, provider=provider[r], location=location[r],
                region_code=region[r], leerweg=leerweg[r], weeks=weeks[r], hours_per_week=hours[r],
                cost=cost[r], leads_to=leads_to[r], prerequisites=prereqs[r], alongside=alongside[r],
                schedule=schedule, sample=sample[r])
        return out

    def _per_row(self, columns: list[list[Any]], make: Callable[[int], Any]) -> list[Any]:
        """make(r) for each row, called once per distinct combination of values in `columns`.

        Rows with the same cell share one parsed value (see _parse_column), so rows are told apart
        by the identity of their values: hashing ints is cheap, hashing the values themselves
        (tuples of werkprocessen, enums) is not.
        """
        if not columns:
            return [make(0)] * self.n if self.n else []
        keys = list(zip(*(map(id, col) for col in columns), strict=True))
        first = dict(zip(reversed(keys), range(self.n - 1, -1, -1), strict=True))  # key -> first row
        made = {key: make(r) for key, r in first.items()}
        return list(map(made.__getitem__, keys))

    def _items(self) -> list[CatalogItem | str]:
        """The item of each row, or the columns a new item misses."""
        def make(r: int) -> CatalogItem | str:
            changes = {name: col[r] for name, col in self.item_fields}
            base = self.old_items.get(self.codes[r])
            if base is not None:
                return replace(base, **changes)
            return self.missing_item or CatalogItem(**changes)

        return self._per_row([col for _, col in self.item_fields], make)

    def _prerequisites(self) -> list[Prerequisites]:
        return self._per_row([col for _, col in self.prereq_fields], lambda r: Prerequisites(
            **{name: col[r] for name, col in self.prereq_fields}))

    def _new_schedules(self) -> list[StartSchedule | str]:
        """The schedule of each row for a new offering, or the Dutch error of its cell."""
        days = self.days or [StartSchedule().day] * self.n
        if self.starts is None:
            return [StartSchedule(day=d) for d in days]
        return [self._schedule(key) for key in zip(self.starts, days, strict=True)]

    def _schedule(self, key: tuple[Any, int]) -> StartSchedule | str:
        got = self.schedules.get(key)
        if got is None:
            try:
                got = C.parse_schedule(*key)
            except ValueError as exc:
                got = str(exc)
            self.schedules[key] = got
        return got

    def _merge(self, r: int, line: int, old: Offering) -> Offering | None:
        """A stored offering with this row's cells over it (the file may leave columns out)."""
        schedule = old.schedule
        day = self.days[r] if self.days is not None else schedule.day
        if self.starts is not None:
            got = self._schedule((self.starts[r], day))
            if isinstance(got, str):
                self.report.add(line, self.headers["schedule.starts"], C.text(self.starts[r]), got)
                return None
            schedule = got
        elif self.days is not None:
            schedule = replace(schedule, day=day)
        pre = replace(old.prerequisites, **{name: col[r] for name, col in self.prereq_fields})
        return replace(old, **{name: col[r] for name, col in self.offering_fields}, code=self.ocodes[r],
                       item_code=self.codes[r], prerequisites=pre, schedule=schedule)


def _json_cell(value: object) -> object:
    """A JSON row's value as a sheet cell: a list as the sheet writes lists, an object as its text,
    NaN or Infinity as the word the file has (which no number column accepts)."""
    if isinstance(value, Unusable):
        return value.literal
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _parse_json(db: Handle, path: Path, report: ImportReport, progress: Progress) -> CatalogPlan:
    plan = CatalogPlan(report)
    data = read_json(path)
    if isinstance(data, list):  # a list of flat rows, with the same headers as a CSV
        headers: list[str] = []
        for entry in data:
            if isinstance(entry, dict):
                headers += [str(k) for k in entry if str(k) not in headers]
        rows: list[tuple[int, Sequence[object]]] = [
            (n, [_json_cell(e.get(h)) if isinstance(e, dict) else None for h in headers])
            for n, e in enumerate(data, 2)]
        plan.rows = _parse_table(db, Table(headers, rows), report, progress)
        return plan
    if not isinstance(data, dict) or not ({"items", "offerings"} & set(data)):
        raise TableError("JSON verwacht een catalogus met 'items' en 'offerings', of een lijst rijen")
    unknown = set(data) - {"label", "regions", "items", "offerings", "demand", "funding"}
    for key in sorted(unknown):
        report.add(0, key, "", "onbekend onderdeel; wordt genegeerd", error=False)

    def decode(cls: type[Any], key: str, offset: int | None) -> list[tuple[int, Any]]:
        # Items and offerings are numbered as one sequence (so valid-only can skip a row); an error
        # in regions, demand or funding (offset None) concerns the file as a whole.
        entries = data.get(key, [])
        if not isinstance(entries, list):
            report.add(0, key, "", "verwacht een lijst")
            return []
        if key in ("items", "offerings"):
            stored = store_of(db).catalog
            entries = _over_stored(cls, entries, stored.item_docs if key == "items"
                                   else stored.offering_docs, db)
        out = []
        for n, entry in enumerate(entries, 1):
            try:
                out.append((n + (offset or 0), from_json(cls, entry, f"{key}[{n - 1}]")))
            except DecodeError as exc:
                for p in exc.problems:
                    report.add(0 if offset is None else n + offset, p.path, "", p.message)
        return out

    plan.regions = [r for _, r in decode(Region, "regions", None)]
    plan.funding = [f for _, f in decode(FundingScheme, "funding", None)]
    plan.demand = [d for _, d in decode(DemandRating, "demand", None)]
    n_items = len(data["items"]) if isinstance(data.get("items"), list) else 0
    for n, item in decode(CatalogItem, "items", 0):
        plan.rows.append(_Row(n, item=item, headers={"json": f"items[{n - 1}]"}))
    for n, offering in decode(Offering, "offerings", n_items):
        plan.rows.append(_Row(n, offering=offering,
                              headers={"json": f"offerings[{n - n_items - 1}]"}))
    for d in plan.demand:
        if not 1 <= d.rating <= 5:
            report.add(0, "demand", d.rating, f"waardering voor {d.region_code} moet 1 tot en met 5 zijn")
    return plan


def _over_stored(cls: type[Any], entries: list[Any], stored: Callable[[Handle], dict[str, str]],
                 db: Handle) -> list[Any]:
    """JSON entries with what is stored under their code beneath them: an item or offering that the
    file gives without some key keeps the stored value of that key, as a sheet without a column does
    (objects inside, such as `prerequisites`, merge key by key too)."""
    if not any(isinstance(e, dict) and _lacks_keys(cls, e) for e in entries):
        return entries  # a complete file (as export writes it) needs no read of the catalog
    docs = stored(db)
    out = []
    for entry in entries:
        code = entry.get("code") if isinstance(entry, dict) else None
        doc = docs.get(code) if isinstance(code, str) else None
        out.append(entry if doc is None else _merged(json.loads(doc), entry))
    return out


def _merged(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    out = dict(old)
    for key, value in new.items():
        below = old.get(key)
        out[key] = _merged(below, value) if isinstance(value, dict) and isinstance(below, dict) else value
    return out


def _lacks_keys(cls: type[Any], entry: dict[Any, Any]) -> bool:
    for name, kind in _nested_fields(cls).items():
        if name not in entry:
            return True
        value = entry[name]
        if kind is not None and isinstance(value, dict) and _lacks_keys(kind, value):
            return True
    return False


def _nested_fields(cls: type[Any]) -> dict[str, type[Any] | None]:
    """A dataclass's field names, each with its type when that is a dataclass too."""
    known = _NESTED.get(cls)
    if known is None:
        hints = get_type_hints(cls)
        known = _NESTED[cls] = {f.name: hints[f.name] if is_dataclass(hints[f.name]) else None
                                for f in fields(cls)}
    return known


_NESTED: dict[type[Any], dict[str, type[Any] | None]] = {}


# ----------------------------------------------------------------------------- checking


def _col(row: _Row, name: str, fallback: str) -> str:
    """The column as the file names it: its own header, a JSON path, or our Dutch header."""
    if name in row.headers:
        return row.headers[name]
    if "json" in row.headers:
        return f"{row.headers['json']}.{name.split('.', 1)[1]}"
    return fallback


# The longest text each field may hold (the sample catalog's longest is about half of each): what a
# printed plan and the catalog tab can show, and no 2 MB cell pasted by mistake.
ITEM_TEXTS: tuple[tuple[str, str, int, bool], ...] = (  # field, our header, limit, may have lines
    ("code", "artikelcode", 40, False), ("title", "titel", 300, False), ("sector", "sector", 200, False),
    ("dossier_code", "dossiercode", 40, False), ("dossier_title", "dossiernaam", 300, False),
    ("part_of", "onderdeel van", 40, False), ("description", "omschrijving", 4000, True),
    ("source", "bron", 1000, True))
OFFERING_TEXTS: tuple[tuple[str, str, int, bool], ...] = (
    ("code", "aanbodcode", 60, False), ("provider", "aanbieder", 200, False),
    ("location", "locatie", 200, False))
MAX_LIST = 100  # beroepen, werkprocessen


def _check_texts(row: _Row, prefix: str, obj: object, specs: tuple[tuple[str, str, int, bool], ...],
                 report: ImportReport) -> None:
    for name, header, limit, lines in specs:
        value = getattr(obj, name)
        if value and (problem := C.text_problem(value, limit, lines)):
            report.add(row.row, _col(row, f"{prefix}.{name}", header), value, problem)


def _check_lists(row: _Row, item: CatalogItem, report: ImportReport) -> None:
    occupations = _col(row, "item.occupations", "beroepen")
    if len(item.occupations) > MAX_LIST:
        report.add(row.row, occupations, "",
                   f"te veel beroepen: {len(item.occupations)}; hoogstens {MAX_LIST}")
    for word in item.occupations:
        if problem := C.text_problem(word, 200):
            report.add(row.row, occupations, word, problem)
    processes = _col(row, "item.werkprocessen", "werkprocessen")
    if len(item.werkprocessen) > MAX_LIST:
        report.add(row.row, processes, "", f"te veel werkprocessen: {len(item.werkprocessen)}; "
                   f"hoogstens {MAX_LIST}")
    for wp in item.werkprocessen:
        if problem := C.text_problem(wp.code, 40) or C.text_problem(wp.title, 300):
            report.add(row.row, processes, f"{wp.code}: {wp.title}", problem)


def _check_item(row: _Row, item: CatalogItem, report: ImportReport) -> None:
    def col(name: str, fallback: str) -> str:
        return _col(row, f"item.{name}", fallback)

    _check_texts(row, "item", item, ITEM_TEXTS, report)
    if " " in item.code and item.code.replace(" ", "").isdigit():  # "25 498": Excel's digit grouping
        report.add(row.row, col("code", "artikelcode"), item.code, "een code met spaties erin; schrijf "
                   f"hem zonder spaties ({item.code.replace(' ', '')})")
    if item.occupations or item.werkprocessen:
        _check_lists(row, item, report)

    if not item.code.strip() or len(item.code) > 40:
        report.add(row.row, col("code", "artikelcode"), item.code, "artikelcode moet 1 tot 40 tekens zijn")
    if not item.title.strip():
        report.add(row.row, col("title", "titel"), item.title, "titel is leeg")
    if item.level is not None and not 1 <= item.level <= 4:
        report.add(row.row, col("level", "niveau"), item.level,
                   f"niveau {item.level} bestaat niet in het mbo; kies 1 tot en met 4")
    if item.kind is ItemKind.QUALIFICATION and item.level is None:
        report.add(row.row, col("level", "niveau"), "", "een kwalificatie heeft een niveau (1-4)")
    if item.sbu is not None and not 1 <= item.sbu <= 10_000:
        report.add(row.row, col("sbu", "sbu"), item.sbu, "studiebelasting moet tussen 1 en 10000 SBU liggen")


def _check_offering(row: _Row, o: Offering, regions: dict[str, str], report: ImportReport) -> None:
    def col(name: str, fallback: str) -> str:
        return _col(row, f"offering.{name}", fallback)

    _check_texts(row, "offering", o, OFFERING_TEXTS, report)
    if not o.code.strip() or len(o.code) > 60:
        report.add(row.row, col("code", "aanbodcode"), o.code, "aanbodcode moet 1 tot 60 tekens zijn")
    if not 1 <= o.weeks <= MAX_WEEKS:
        report.add(row.row, col("weeks", "weken"), o.weeks,
                   f"{o.weeks} weken kan niet; kies 1 tot en met {MAX_WEEKS}")
    if not 0 < o.hours_per_week <= MAX_HOURS:
        report.add(row.row, col("hours_per_week", "uren per week"), C.format_float(o.hours_per_week),
                   f"uren per week moet groter dan 0 en hoogstens {MAX_HOURS:g} zijn")
    if not 0 <= o.cost <= MAX_COST:
        report.add(row.row, col("cost", "kosten"), o.cost, "kosten moeten 0 of meer zijn")
    level = o.prerequisites.min_prior_level
    if level is not None and not 0 <= level <= 4:
        report.add(row.row, _col(row, "prereq.min_prior_level", "min vooropleiding"), level,
                   "minimale vooropleiding moet 0 tot en met 4 zijn")
    if not 1 <= o.schedule.day <= 31:
        report.add(row.row, _col(row, "schedule.day", "startdag"), o.schedule.day,
                   "startdag moet 1 tot en met 31 zijn")
    if o.region_code not in regions:
        report.add(row.row, col("region_code", "regio"), o.region_code,
                   "onbekende arbeidsmarktregio; gebruik de code of naam van een van de 35 regio's")
    if not o.provider.strip():
        report.add(row.row, col("provider", "aanbieder"), "", "aanbieder is leeg")
    if not o.location.strip():
        report.add(row.row, col("location", "locatie"), "", "locatie is leeg")


def _region_lookup(db: Handle, extra: Iterable[Region]) -> dict[str, str]:
    """Code or name (any case) -> code; the 35 regions are known even to an empty database."""
    from .build_sample import REGIONS

    out: dict[str, str] = {}
    for code, name in [*REGIONS, *store_of(db).catalog.region_names(db),
                       *((r.code, r.name) for r in extra)]:
        out[code] = code
        out[code.lower()] = code
        out[name.lower()] = code
    return out


def _validate(db: Handle, plan: CatalogPlan, progress: Progress) -> None:
    report = plan.report
    lookup = _region_lookup(db, plan.regions)
    regions = {v: v for v in lookup.values()}
    first_item: dict[str, tuple[_Row, CatalogItem]] = {}
    first_offering: dict[str, _Row] = {}
    sound: set[int] = set()  # ids of items already checked without a problem: rows share them
    for row in plan.rows:
        if row.item is not None:
            if id(row.item) not in sound:
                before = len(report.issues)
                _check_item(row, row.item, report)
                if len(report.issues) == before:
                    sound.add(id(row.item))
            prior = first_item.get(row.item.code)
            if prior is None:
                first_item[row.item.code] = (row, row.item)
            elif prior[1] is not row.item and prior[1] != row.item:
                report.add(row.row, _col(row, "item.code", "artikelcode"), row.item.code,
                           f"artikel staat al in rij {prior[0].row} met andere gegevens")
        if row.offering is not None:
            typed = row.offering.region_code
            # a region's everyday or older name ("Den Haag", "Stedendriehoek") as the code this database uses
            region = lookup.get(typed) or lookup.get(typed.lower()) or next(
                (c for c in sorted(codes_of(typed)) if c in regions), None)
            if region and region != row.offering.region_code:
                row.offering = replace(row.offering, region_code=region)
            _check_offering(row, row.offering, regions, report)
            if row.offering.code in first_offering:
                report.add(row.row, _col(row, "offering.code", "aanbodcode"), row.offering.code,
                           f"dubbele aanbodcode (ook in rij {first_offering[row.offering.code].row})")
            else:
                first_offering[row.offering.code] = row
    progress.check()
    _check_references(db, plan)


def _check_references(db: Handle, plan: CatalogPlan) -> None:
    """Unknown items, prerequisites that point nowhere or in a cycle; repeated in valid-only mode."""
    report = plan.report
    db_items = store_of(db).catalog.item_codes(db)
    db_edges = store_of(db).catalog.prerequisite_edges(db)
    _check_lost_zeros(plan, db_items)
    while True:
        bad = report.bad_rows
        items = db_items | {r.item.code for r in plan.rows if r.item and r.row not in bad}
        before = len(report.errors)
        edges: dict[str, tuple[str, str]] = dict(db_edges)
        where: dict[str, _Row] = {}
        for row in plan.rows:
            o = row.offering
            if o is None or row.row in bad:
                continue
            if o.item_code not in items:
                report.add(row.row, row.headers.get("item.code") or _col(
                    row, "offering.item_code", "artikelcode"), o.item_code,
                    "dit artikel bestaat niet in het bestand of de catalogus")
            prev = o.prerequisites.previous_item
            if prev and prev not in items:
                report.add(row.row, _col(row, "prereq.previous_item", "vorige stap"), prev,
                           "de vorige stap verwijst naar een artikel dat niet bestaat")
            edges[o.code] = (o.item_code, prev)
            where[o.code] = row
        for row in plan.rows:
            i = row.item
            if i is not None and row.row not in bad and i.part_of and i.part_of not in items:
                report.add(row.row, _col(row, "item.part_of", "onderdeel van"), i.part_of,
                           "'onderdeel van' verwijst naar een artikel dat niet bestaat")
        cyclic = _cycle_items(edges.values())
        for code, row in where.items():
            if row.row not in bad and edges[code][0] in cyclic and edges[code][1] in cyclic:
                report.add(row.row, _col(row, "prereq.previous_item", "vorige stap"), edges[code][1],
                           "de vorige stappen vormen een kring: " + " → ".join(cyclic[edges[code][0]]))
        if len(report.errors) == before:
            return


def _check_lost_zeros(plan: CatalogPlan, stored: set[str]) -> None:
    """A new code of digits that a stored code has with leading zeros (0123 -> 123) is the stored
    item after Excel took the zeros off, not a new item beside it."""
    padded = {code.lstrip("0"): code for code in stored if code.isdigit() and code.startswith("0")}
    if not padded:
        return
    for row in plan.rows:
        code = row.item.code if row.item is not None else ""
        old = padded.get(code.lstrip("0")) if code.isdigit() else None
        if old is not None and old != code and code not in stored:
            plan.report.add(row.row, _col(row, "item.code", "artikelcode"), code,
                            f"lijkt op de opgeslagen code {old} zonder de nul(len) vooraan (Excel haalt "
                            "die weg); geef de kolom de opmaak Tekst en typ de code opnieuw")


def _cycle_items(edges: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Items on a cycle of 'item needs previous item', each with one cycle through it."""
    graph: dict[str, set[str]] = {}
    for item, prev in edges:
        if prev:
            graph.setdefault(item, set()).add(prev)
    state: dict[str, int] = {}
    found: dict[str, list[str]] = {}
    for start in sorted(graph):
        if state.get(start):
            continue
        stack: list[tuple[str, list[str]]] = [(start, sorted(graph.get(start, ())))]
        path = [start]
        state[start] = 1
        while stack:
            node, todo = stack[-1]
            if not todo:
                stack.pop()
                path.pop()
                state[node] = 2
                continue
            nxt = todo.pop()
            if state.get(nxt) == 1:
                cycle = [*path[path.index(nxt):], nxt]
                for member in cycle:
                    found.setdefault(member, cycle)
            elif not state.get(nxt):
                state[nxt] = 1
                path.append(nxt)
                stack.append((nxt, sorted(graph.get(nxt, ()))))
    return found


# ----------------------------------------------------------------------------- the use case


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause Python's cycle collector while a file is checked (as Mercurial's util.nogc does).

    A check makes tens of thousands of objects that all live until the import is written; every
    few hundred of them start a collection that walks them (and, now and then, the whole heap)
    and frees nothing. Reference counting still frees everything else. The collector is only
    switched back on if it was on, so a nested or concurrent check cannot leave it off.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def check_catalog_file(db: Handle, path: Path | str, progress: Progress = NULL) -> CatalogPlan:
    """Read and validate `path` against the catalog in `db`; nothing is written."""
    with _no_cyclic_gc():
        return _check_catalog_file(db, Path(path), progress)


def _check_catalog_file(db: Handle, path: Path, progress: Progress) -> CatalogPlan:
    report = ImportReport(path.name)
    try:
        if path.suffix.lower() == ".json":
            plan = _parse_json(db, path, report, progress)
        else:
            table = read_table(path, is_catalog_header, progress)
            _note_above_header(table, report)
            report.rows = len(table.rows)
            if not table.rows:
                report.add(0, "", "", "het bestand heeft alleen een kopregel en geen rijen")
            plan = CatalogPlan(report, _parse_table(db, table, report, progress))
    except TableError as exc:
        report.add(0, "", "", str(exc))
        return CatalogPlan(report)
    except OSError as exc:
        report.add(0, "", "", f"het bestand kan niet worden gelezen ({os_reason(exc)})")
        return CatalogPlan(report)
    if not report.rows:
        report.rows = len(plan.rows)
    _validate(db, plan, progress)
    _count(db, plan)
    return plan


def _count(db: Handle, plan: CatalogPlan) -> None:
    report = plan.report
    bad = report.bad_rows
    old_items = store_of(db).catalog.item_docs(db)
    old_offerings = store_of(db).catalog.offering_docs(db)
    plan.item_rows.clear()
    plan.offering_rows.clear()
    skipped = set()
    offerings: dict[str, Offering] = {}
    for row in plan.rows:
        if row.row in bad:
            skipped.add(row.row)
            continue
        if row.item is not None and row.item.code not in plan.item_rows:
            plan.item_rows[row.item.code] = repo.item_row(row.item)
        if row.offering is not None:
            plan.offering_rows[row.offering.code] = repo.offering_row(row.offering)
            offerings[row.offering.code] = row.offering
    report.rows_skipped = len(skipped)
    known_regions = set(store_of(db).catalog.region_names(db))
    used = {r["region_code"] for r in plan.offering_rows.values()} - {c for c, _ in known_regions}
    if used:  # an offering in one of the 35 regions that this database does not list yet
        from .build_sample import REGIONS

        listed = {r.code for r in plan.regions}
        plan.regions += [Region(c, n) for c, n in REGIONS if c in used and c not in listed]
    plan.regions = [r for r in plan.regions if (r.code, r.name) not in known_regions]
    old_demand = store_of(db).catalog.demand_keys(db)
    plan.demand = [d for d in plan.demand if tuple(repo.demand_row(d).values()) not in old_demand]
    old_funding = store_of(db).catalog.funding_docs(db)
    plan.funding = [f for f in plan.funding if old_funding.get(f.code) != repo.funding_row(f)["doc"]]
    report.items_new = report.items_changed = report.items_same = 0
    report.offerings_new = report.offerings_changed = report.offerings_same = 0
    for code, r in list(plan.item_rows.items()):
        if code not in old_items:
            report.items_new += 1
        elif old_items[code] != r["doc"]:
            report.items_changed += 1
        else:
            report.items_same += 1
            del plan.item_rows[code]
    for code, r in list(plan.offering_rows.items()):
        if code not in old_offerings:
            report.offerings_new += 1
        elif old_offerings[code] != r["doc"] and not _same_offering(old_offerings[code], offerings[code]):
            report.offerings_changed += 1
        else:
            report.offerings_same += 1
            del plan.offering_rows[code]


def _same_offering(doc: str, offering: Offering) -> bool:
    """Equal values written differently: a spreadsheet saves the amount 450.50 as '450,5', and that
    is no change to report or write."""
    try:
        return from_json(Offering, json.loads(doc)) == offering
    except (ValueError, DecodeError):
        return False


def import_catalog(db: Handle, path: Path | str, *, dry_run: bool = False, valid_only: bool = False,
                   progress: Progress = NULL) -> tuple[ImportReport, Changes]:
    """Check `path`, then (unless dry_run) write it in one transaction after a backup.

    Nothing is written while any row is invalid, unless valid_only. A cancel rolls everything back.
    """
    plan = check_catalog_file(db, path, progress)
    return write_plan(db, plan, dry_run=dry_run, valid_only=valid_only, progress=progress)


def write_plan(db: Handle, plan: CatalogPlan, *, dry_run: bool = False, valid_only: bool = False,
               progress: Progress = NULL) -> tuple[ImportReport, Changes]:
    report = plan.report
    if dry_run or (report.errors and not valid_only) or any(i.row == 0 for i in report.errors):
        return report, Changes()
    items = list(plan.item_rows.values())
    offerings = list(plan.offering_rows.values())
    others = len(plan.regions) + len(plan.demand) + len(plan.funding)
    if not items and not offerings and not others:
        return report, Changes()
    backup_before_write(db, "voor-import")
    total = len(items) + len(offerings)
    with known_errors(location(db)), db.atomic():
        if plan.regions:
            store_of(db).catalog.upsert_regions(db, plan.regions)
        done = 0
        for table, rows in (("catalog_items", items), ("offerings", offerings)):
            for start in range(0, len(rows), 1000):
                store_of(db).catalog.write_rows(db, table, rows[start:start + 1000])
                done += len(rows[start:start + 1000])
                progress.update(done, total, "Catalogus schrijven…")
        if plan.demand:
            store_of(db).catalog.upsert_demand(db, plan.demand)
        if plan.funding:
            store_of(db).catalog.upsert_funding(db, plan.funding)
        # the audit log's "import" (issue 15): what was written, counts only
        store_of(db).audit.record(db, "import", "catalog", None, installation_id=installation_id(db),
                     detail=f"{len(items)} opleidingen, {len(offerings)} aanbod, {others} overig")
        progress.check()
    report.other_written = others
    report.written = True
    return report, Changes(catalog=True)
