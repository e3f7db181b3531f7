"""Importing a school's catalog file: read, validate everything, report, then write all or nothing.

`check_catalog_file` reads and validates without writing; `import_catalog` then writes the valid rows
in one transaction after a backup (or nothing at all while any row is invalid, unless valid_only).
Rows are keyed by the provider's own codes, so importing the same file twice changes nothing. A column
the file does not have keeps the value already stored; an empty cell means "empty".
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from functools import lru_cache
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from pathlib import Path
from typing import Any

from sqlite_utils import Database

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
from ..domain.codec import DecodeError, from_json, replace, to_json
from ..progress import NULL, Progress
from ..services import Changes
from ..storage import backups, database_path, known_errors
from ..storage import catalog as repo
from . import columns as C
from .readers import MAX_FILE_BYTES, Table, TableError, read_table
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


def _map_headers(table: Table, report: ImportReport) -> dict[int, C.Column]:
    mapping: dict[int, C.Column] = {}
    seen: dict[str, str] = {}
    for index, header in enumerate(table.headers):
        if not header.strip():
            continue
        column = C.HEADER_INDEX.get(C.normalise(header))
        if column is None:
            report.add(1, header, "", "onbekende kolom; wordt genegeerd", error=False)
            continue
        if column.field in seen:
            report.add(1, header, "", f"dubbele kolom: '{seen[column.field]}' betekent hetzelfde")
            continue
        seen[column.field] = header
        mapping[index] = column
    for required in C.REQUIRED:
        if required not in seen:
            column = C.BY_FIELD[required]
            report.add(1, column.header, "", f"verplichte kolom '{column.header}' ontbreekt "
                       f"(ook herkend: {', '.join(column.aliases[:3])})")
    return mapping


def _existing_items(db: Database) -> dict[str, CatalogItem]:
    return {r[0]: from_json(CatalogItem, json.loads(r[1]))
            for r in db.execute("SELECT code, doc FROM catalog_items")}


def _existing_offerings(db: Database) -> dict[str, Offering]:
    return {r[0]: from_json(Offering, json.loads(r[1]))
            for r in db.execute("SELECT code, doc FROM offerings")}


def _parse_table(db: Database, table: Table, report: ImportReport, progress: Progress) -> list[_Row]:
    mapping = _map_headers(table, report)
    if not report.ok:
        return []
    present = {c.field for c in mapping.values()}
    partial_items = not {f"item.{n}" for n in ("kind", "title", "level", "sector", "werkprocessen",
                                               "leerwegen", "occupations")} <= present
    partial_offerings = not {c.field for c in C.COLUMNS if not c.field.startswith("item.")} <= present
    builder = _RowBuilder(
        {c.field: table.headers[i] for i, c in mapping.items()},
        _existing_items(db) if partial_items else {},
        _existing_offerings(db) if partial_offerings and "offering.code" in present else {},
        report)
    columns = [(i, c.field, PARSERS[c.field]) for i, c in mapping.items()]
    # Spreadsheet columns repeat a lot: an item's fields stand on each of its offerings, and regions,
    # yes/no and numbers recur. The item's cells are parsed once per distinct group, other cells once
    # per distinct value in their column.
    item_columns = [c for c in columns if c[1].startswith("item.")]
    other_columns = [c for c in columns if not c[1].startswith("item.")]
    item_indexes = [c[0] for c in item_columns]
    groups: dict[tuple[object, ...], dict[str, Any]] = {}
    cache: dict[tuple[int, object], Any] = {}
    out: list[_Row] = []
    total = len(table.rows)
    for n, (line, cells) in enumerate(table.rows, 1):
        if n % 500 == 0:
            progress.update(n, total, "Bestand controleren…")
        width = len(cells)
        group = tuple(cells[i] if i < width else None for i in item_indexes)
        known = groups.get(group)
        if known is None:
            values: dict[str, Any] = {}
            bad = _parse_cells(line, cells, item_columns, values, cache, builder.headers, report)
            if not bad:
                groups[group] = dict(values)
        else:
            values, bad = dict(known), False
        bad = _parse_cells(line, cells, other_columns, values, cache, builder.headers, report) or bad
        out.append(_Row(line, headers=builder.headers) if bad else builder.build(line, values))
    progress.update(total, total, "Bestand controleren…")
    return out


def _parse_cells(line: int, cells: list[object], columns: list[tuple[int, str, Callable[[object], Any]]],
                 values: dict[str, Any], cache: dict[tuple[int, object], Any], headers: dict[str, str],
                 report: ImportReport) -> bool:
    """Parse `columns` of one row into `values`; report each bad cell; True when any was bad."""
    bad = False
    width = len(cells)
    for index, name, parse in columns:
        raw = cells[index] if index < width else None
        key = (index, raw)
        if key in cache:
            values[name] = cache[key]
            continue
        value = raw
        if isinstance(value, str):
            value = value.strip()
            if C.is_formula(value):
                report.add(line, headers[name], raw, "bevat een formule; zet er de waarde zelf in")
                bad = True
                continue
            value = C.unprotect(value)
        try:
            values[name] = cache[key] = parse(value)
        except ValueError as exc:
            report.add(line, headers[name], C.text(value), str(exc))
            bad = True
    return bad


class _RowBuilder:
    """Turns parsed cell values into an item and an offering, merging over what is stored."""

    ITEM_FIELDS = frozenset(f.name for f in fields(CatalogItem))

    def __init__(self, headers: dict[str, str], old_items: dict[str, CatalogItem],
                 old_offerings: dict[str, Offering], report: ImportReport):
        self.headers = headers
        self.old_items = old_items
        self.old_offerings = old_offerings
        self.report = report
        self.item_fields = [(f, f[5:]) for f in headers if f.startswith("item.") and f[5:] in
                            self.ITEM_FIELDS]
        self.prereq_fields = [(f, f[7:]) for f in headers if f.startswith("prereq.")]
        self.offering_fields = [(f, f[9:]) for f in headers
                                if f.startswith("offering.") and f != "offering.code"]
        self.items: dict[tuple[Any, ...], CatalogItem] = {}
        self.prereqs: dict[tuple[Any, ...], Prerequisites] = {}
        self.schedules: dict[tuple[Any, ...], StartSchedule] = {}

    def build(self, line: int, values: dict[str, Any]) -> _Row:
        row = _Row(line, headers=self.headers)
        code = values.get("item.code", "")
        if not code:
            self.report.add(line, self.headers.get("item.code", "artikelcode"), "", "artikelcode is leeg")
            return row
        key = (*[values.get(f) for f, _ in self.item_fields], values.get("offering.sample"))
        item = self.items.get(key)
        if item is None:
            changes = {name: values[f] for f, name in self.item_fields if f in values}
            if "offering.sample" in values:
                changes["sample"] = values["offering.sample"]
            base = self.old_items.get(code)
            if base is None:
                missing = [C.BY_FIELD[f].header for f in C.REQUIRED_FOR_NEW_ITEM if f not in values]
                if missing:
                    self.report.add(line, ", ".join(missing), "",
                                    "verplichte kolom ontbreekt voor een nieuw artikel")
                    return row
                item = CatalogItem(**changes)
            else:
                item = replace(base, **changes)
            self.items[key] = item
        row.item = item
        ocode = values.get("offering.code", "")
        if not ocode:
            if any(C.text(values.get(f)) for f in ("offering.provider", "offering.location")):
                self.report.add(line, self.headers.get("offering.code", "aanbodcode"), "",
                                "aanbodcode is leeg terwijl er aanbod op deze rij staat")
            return row
        old = self.old_offerings.get(ocode)
        if old is None:
            missing = [C.BY_FIELD[f].header for f in C.REQUIRED_FOR_NEW_OFFERING if f not in values]
            if missing:
                self.report.add(line, ", ".join(missing), "", "verplichte kolom ontbreekt voor nieuw aanbod")
                return row
        pre_key = tuple(values.get(f) for f, _ in self.prereq_fields)
        pre = self.prereqs.get(pre_key) if old is None else None
        if pre is None:
            pre = replace(old.prerequisites if old else Prerequisites(),
                          **{name: values[f] for f, name in self.prereq_fields if f in values})
            if old is None:
                self.prereqs[pre_key] = pre
        sched = old.schedule if old else StartSchedule()
        if "schedule.starts" in values or "schedule.day" in values:
            day = values.get("schedule.day", sched.day)
            starts = values.get("schedule.starts")
            cached = self.schedules.get((starts, day))
            if cached is not None:
                sched = cached
            else:
                try:
                    sched = C.parse_schedule(starts, day) if "schedule.starts" in values else replace(
                        sched, day=day)
                except ValueError as exc:
                    self.report.add(line, self.headers["schedule.starts"], C.text(starts), str(exc))
                    return row
                if "schedule.starts" in values:
                    self.schedules[(starts, day)] = sched
        simple = {name: values[f] for f, name in self.offering_fields if f in values}
        simple.update(code=ocode, item_code=code, prerequisites=pre, schedule=sched)
        if old is None:
            simple.setdefault("sample", False)
            row.offering = Offering(**simple)
        else:
            row.offering = replace(old, **simple)
        return row


def _parse_json(db: Database, path: Path, report: ImportReport, progress: Progress) -> CatalogPlan:
    plan = CatalogPlan(report)
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise TableError(f"dit is geen geldig JSON-bestand ({exc})") from exc
    if isinstance(data, list):  # a list of flat rows, with the same headers as a CSV
        headers: list[str] = []
        for entry in data:
            if isinstance(entry, dict):
                headers += [str(k) for k in entry if str(k) not in headers]
        rows = [(n, [e.get(h) if isinstance(e, dict) else None for h in headers])
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


# ----------------------------------------------------------------------------- checking


def _col(row: _Row, name: str, fallback: str) -> str:
    """The column as the file names it: its own header, a JSON path, or our Dutch header."""
    if name in row.headers:
        return row.headers[name]
    if "json" in row.headers:
        return f"{row.headers['json']}.{name.split('.', 1)[1]}"
    return fallback


def _check_item(row: _Row, item: CatalogItem, report: ImportReport) -> None:
    def col(name: str, fallback: str) -> str:
        return _col(row, f"item.{name}", fallback)

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


def _region_lookup(db: Database, extra: Iterable[Region]) -> dict[str, str]:
    """Code or name (any case) -> code; the 35 regions are known even to an empty database."""
    from .build_sample import REGIONS

    out: dict[str, str] = {}
    for code, name in [*REGIONS, *db.execute("SELECT code, name FROM regions").fetchall(),
                       *((r.code, r.name) for r in extra)]:
        out[code] = code
        out[code.lower()] = code
        out[name.lower()] = code
    return out


def _validate(db: Database, plan: CatalogPlan, progress: Progress) -> None:
    report = plan.report
    lookup = _region_lookup(db, plan.regions)
    regions = {v: v for v in lookup.values()}
    first_item: dict[str, tuple[_Row, CatalogItem]] = {}
    first_offering: dict[str, _Row] = {}
    for row in plan.rows:
        if row.item is not None:
            _check_item(row, row.item, report)
            prior = first_item.get(row.item.code)
            if prior is None:
                first_item[row.item.code] = (row, row.item)
            elif prior[1] != row.item:
                report.add(row.row, _col(row, "item.code", "artikelcode"), row.item.code,
                           f"artikel staat al in rij {prior[0].row} met andere gegevens")
        if row.offering is not None:
            region = lookup.get(row.offering.region_code) or lookup.get(row.offering.region_code.lower())
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


def _check_references(db: Database, plan: CatalogPlan) -> None:
    """Unknown items, prerequisites that point nowhere or in a cycle; repeated in valid-only mode."""
    report = plan.report
    db_items = {r[0] for r in db.execute("SELECT code FROM catalog_items")}
    db_edges = {r[0]: (r[1], r[2]) for r in db.execute(
        "SELECT code, item_code, json_extract(doc, '$.prerequisites.previous_item') FROM offerings")}
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


def offering_row(o: Offering) -> dict[str, Any]:
    """storage.catalog.offering_row, built without the generic codec (several times faster on big
    imports); a test keeps the two identical."""
    doc = (f'{{"alongside": {_B[o.alongside]}, "code": {_s(o.code)}, "cost": {_s(str(o.cost))}, '
           f'"hours_per_week": {o.hours_per_week!r}, "item_code": {_s(o.item_code)}, '
           f'"leads_to": {_s(o.leads_to.value)}, "leerweg": {_s(o.leerweg.value)}, '
           f'"location": {_s(o.location)}, "prerequisites": {_prereq_json(o.prerequisites)}, '
           f'"provider": {_s(o.provider)}, "region_code": {_s(o.region_code)}, '
           f'"sample": {_B[o.sample]}, "schedule": {_schedule_json(o.schedule)}, "weeks": {o.weeks}}}')
    return {
        "code": o.code, "item_code": o.item_code, "provider": o.provider, "location": o.location,
        "region_code": o.region_code, "leerweg": o.leerweg.value, "weeks": o.weeks,
        "hours_per_week": o.hours_per_week, "cost_cents": int((o.cost * 100).to_integral_value()),
        "sample": int(o.sample), "doc": doc,
    }


_B = {True: "true", False: "false"}
_s = encode_basestring


@lru_cache(maxsize=4096)
def _prereq_json(p: Prerequisites) -> str:
    return json.dumps(to_json(p), ensure_ascii=False, sort_keys=True)


@lru_cache(maxsize=4096)
def _schedule_json(s: StartSchedule) -> str:
    return json.dumps(to_json(s), ensure_ascii=False, sort_keys=True)


def check_catalog_file(db: Database, path: Path | str, progress: Progress = NULL) -> CatalogPlan:
    """Read and validate `path` against the catalog in `db`; nothing is written."""
    path = Path(path)
    report = ImportReport(path.name)
    try:
        if path.suffix.lower() == ".json":
            if path.stat().st_size > MAX_FILE_BYTES:
                raise TableError("het bestand is te groot")
            if path.stat().st_size == 0:
                raise TableError("het bestand is leeg")
            plan = _parse_json(db, path, report, progress)
        else:
            table = read_table(path)
            report.rows = len(table.rows)
            if not table.rows:
                report.add(0, "", "", "het bestand heeft alleen een kopregel en geen rijen")
            plan = CatalogPlan(report, _parse_table(db, table, report, progress))
    except TableError as exc:
        report.add(0, "", "", str(exc))
        return CatalogPlan(report)
    except OSError as exc:
        report.add(0, "", "", f"het bestand kan niet worden gelezen ({exc.strerror})")
        return CatalogPlan(report)
    if not report.rows:
        report.rows = len(plan.rows)
    _validate(db, plan, progress)
    _count(db, plan)
    return plan


def _count(db: Database, plan: CatalogPlan) -> None:
    report = plan.report
    bad = report.bad_rows
    old_items = dict(db.execute("SELECT code, doc FROM catalog_items").fetchall())
    old_offerings = dict(db.execute("SELECT code, doc FROM offerings").fetchall())
    plan.item_rows.clear()
    plan.offering_rows.clear()
    skipped = set()
    for row in plan.rows:
        if row.row in bad:
            skipped.add(row.row)
            continue
        if row.item is not None and row.item.code not in plan.item_rows:
            plan.item_rows[row.item.code] = repo.item_row(row.item)
        if row.offering is not None:
            plan.offering_rows[row.offering.code] = offering_row(row.offering)
    report.rows_skipped = len(skipped)
    known_regions = set(db.execute("SELECT code, name FROM regions").fetchall())
    used = {r["region_code"] for r in plan.offering_rows.values()} - {c for c, _ in known_regions}
    if used:  # an offering in one of the 35 regions that this database does not list yet
        from .build_sample import REGIONS

        listed = {r.code for r in plan.regions}
        plan.regions += [Region(c, n) for c, n in REGIONS if c in used and c not in listed]
    plan.regions = [r for r in plan.regions if (r.code, r.name) not in known_regions]
    old_demand = {tuple(r) for r in db.execute(
        "SELECT region_code, crebo, occupation, rating, indicator, source, as_of, sample FROM demand")}
    plan.demand = [d for d in plan.demand if tuple(repo.demand_row(d).values()) not in old_demand]
    old_funding = dict(db.execute("SELECT code, doc FROM funding_schemes").fetchall())
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
        elif old_offerings[code] != r["doc"]:
            report.offerings_changed += 1
        else:
            report.offerings_same += 1
            del plan.offering_rows[code]


def import_catalog(db: Database, path: Path | str, *, dry_run: bool = False, valid_only: bool = False,
                   progress: Progress = NULL) -> tuple[ImportReport, Changes]:
    """Check `path`, then (unless dry_run) write it in one transaction after a backup.

    Nothing is written while any row is invalid, unless valid_only. A cancel rolls everything back.
    """
    plan = check_catalog_file(db, path, progress)
    return write_plan(db, plan, dry_run=dry_run, valid_only=valid_only, progress=progress)


def write_plan(db: Database, plan: CatalogPlan, *, dry_run: bool = False, valid_only: bool = False,
               progress: Progress = NULL) -> tuple[ImportReport, Changes]:
    report = plan.report
    if dry_run or (report.errors and not valid_only) or any(i.row == 0 for i in report.errors):
        return report, Changes()
    items = list(plan.item_rows.values())
    offerings = list(plan.offering_rows.values())
    others = len(plan.regions) + len(plan.demand) + len(plan.funding)
    if not items and not offerings and not others:
        return report, Changes()
    dbpath = database_path(db)
    backups.create(db, dbpath, reason="voor-import")
    total = len(items) + len(offerings)
    with known_errors(dbpath), db.atomic():
        if plan.regions:
            repo.upsert_regions(db, plan.regions)
        done = 0
        for table, rows in (("catalog_items", items), ("offerings", offerings)):
            existing = {r[0] for r in db.execute(f"SELECT code FROM {table}")} if rows else set()
            for start in range(0, len(rows), 1000):
                chunk = rows[start:start + 1000]
                fresh = [r for r in chunk if r["code"] not in existing]
                if fresh:  # a plain insert is about twice as fast as an upsert
                    db.table(table).insert_all(fresh, batch_size=1000)
                if len(fresh) < len(chunk):
                    db.table(table).upsert_all([r for r in chunk if r["code"] in existing], pk="code")
                done += len(chunk)
                progress.update(done, total, "Catalogus schrijven…")
        if plan.demand:
            repo.upsert_demand(db, plan.demand)
        if plan.funding:
            repo.upsert_funding(db, plan.funding)
        progress.check()
    report.other_written = others
    report.written = True
    return report, Changes(catalog=True)
