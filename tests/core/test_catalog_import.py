"""Catalog import and export: round trips, the bad-input list of issue 3, all-or-nothing, cancel, CLI."""

from __future__ import annotations

import csv
import io
import json
import shutil
import zipfile
from dataclasses import MISSING
from dataclasses import fields as dc_fields
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlite_utils import Database

from intake_desk.catalog import columns as C
from intake_desk.catalog.demand import import_demand
from intake_desk.catalog.exporter import export_catalog
from intake_desk.catalog.importer import check_catalog_file, import_catalog
from intake_desk.catalog.stats import catalog_stats
from intake_desk.cli import main
from intake_desk.domain import CatalogItem, Offering, Prerequisites, StartSchedule
from intake_desk.domain.codec import replace
from intake_desk.progress import Cancelled, Progress
from intake_desk.storage import backups, open_database
from intake_desk.storage import catalog as repo

HEADER = ("artikelcode;soort;titel;niveau;aanbodcode;aanbieder;locatie;regio;leerweg;weken;"
          "uren per week;kosten")
GOOD = "25960;kwalificatie;Helpende Zorg en Welzijn;2;T-1;School;Goes;zeeland;bbl;80;24;1.304,00"


def snapshot(db: Database) -> tuple[list[tuple[str, str]], ...]:
    return tuple(db.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
                 for t in ("catalog_items", "offerings", "regions", "demand", "funding_schemes"))


def write(tmp_path: Path, name: str, text: str | bytes, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode(encoding))
    return path


@pytest.mark.parametrize("ext", ["csv", "xlsx", "json"])
def test_export_then_import_gives_the_same_catalog(db, tmp_path, ext):
    target = tmp_path / f"catalogus.{ext}"
    assert export_catalog(db, target) >= 150
    fresh = open_database(tmp_path / "fresh.sqlite")
    report, changes = import_catalog(fresh, target)
    assert report.ok and report.written and changes.catalog, report.text()
    a, b = repo.load(db), repo.load(fresh)
    assert a.items == b.items
    assert a.offerings == b.offerings
    again, changes = import_catalog(fresh, target)
    assert again.ok and not again.written and not changes.catalog
    assert again.items_same == len(a.items) and again.offerings_same == len(a.offerings)


def test_reimport_changes_nothing_and_takes_no_backup(db, db_path, tmp_path):
    target = tmp_path / "c.csv"
    export_catalog(db, target)
    before = snapshot(db)
    n_backups = len(backups.all_backups(db_path))
    report, _ = import_catalog(db, target)
    assert report.ok and not report.written
    assert snapshot(db) == before and len(backups.all_backups(db_path)) == n_backups


def test_dutch_excel_edit_round_trip(db, db_path, tmp_path):
    """Export, change a start date and a price as Dutch Excel would save them, import, see the change."""
    target = tmp_path / "c.csv"
    export_catalog(db, target)
    text = target.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    header = rows[0]
    code_col, start_col, cost_col = (header.index(h) for h in ("aanbodcode", "startmomenten", "kosten"))
    row = next(r for r in rows[1:] if r[code_col] == "VC-HZW-BBL-ZL")
    row[start_col] = "1-3-2027; september"
    row[cost_col] = "1.750,00"
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    edited = write(tmp_path, "bewerkt.csv", out.getvalue(), encoding="cp1252")
    n_backups = len(backups.all_backups(db_path))
    report, changes = import_catalog(db, edited)
    assert report.ok and report.written and changes.catalog, report.text()
    assert report.offerings_changed == 1 and report.items_changed == 0
    assert len(backups.all_backups(db_path)) == n_backups + 1
    o = next(o for o in repo.load(db).offerings if o.code == "VC-HZW-BBL-ZL")
    assert o.schedule.dates == (date(2027, 3, 1),) and o.schedule.months == (9,)
    assert o.cost == Decimal("1750.00")


def test_english_headers_in_any_order_with_comma_and_bom(db, tmp_path):
    text = ("\ufeffhours per week,weeks,Learning path,Region,Location,Provider,Offering code,Level,"
            "Title,Kind,Item code,Cost\n24,40,BBL,Zeeland,Goes,School,EN-1,2,Test,qualification,"
            "X-1,\"1,750.50\"\n")
    report, _ = import_catalog(db, write(tmp_path, "en.csv", text))
    assert report.ok and report.written, report.text()
    o = next(o for o in repo.load(db).offerings if o.code == "EN-1")
    assert o.region_code == "zeeland" and o.cost == Decimal("1750.50")


def test_missing_columns_keep_stored_values(db, tmp_path):
    report, _ = import_catalog(db, write(tmp_path, "p.csv", "aanbodcode;artikelcode;weken\n"
                                                              "VC-HZW-BBL-ZL;25960;70\n"))
    assert report.ok and report.offerings_changed == 1, report.text()
    c = repo.load(db)
    o = next(o for o in c.offerings if o.code == "VC-HZW-BBL-ZL")
    assert o.weeks == 70 and o.location == "Heerlen (Campus), Valkenburgerweg"
    assert c.items["25960"].werkprocessen


def _zip_bomb(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("xl/worksheets/sheet1.xml", "w") as f:
            chunk = b"\0" * (1 << 20)
            for _ in range(20):
                f.write(chunk)


BAD = {
    "empty": ("leeg.csv", b"", "leeg"),
    "header only": ("kop.csv", HEADER + "\n", "alleen een kopregel"),
    "binary junk": ("junk.csv", bytes(range(256)) * 40, "geen tekstbestand"),
    "wrong encoding": ("enc.csv", HEADER.encode() + b"\n25960;module;\x81\x8d\x8f;2\n", "tekenset"),
    "missing column": ("mis.csv", "titel;soort\nX;module\n", "verplichte kolom 'artikelcode'"),
    "duplicate codes": ("dup.csv", f"{HEADER}\n{GOOD}\n{GOOD}\n", "dubbele aanbodcode"),
    "level 7": ("lvl.csv", f"{HEADER}\n{GOOD.replace(';2;', ';7;')}\n", "niveau 7 bestaat niet"),
    "negative hours": ("neg.csv", f"{HEADER}\n{GOOD.replace(';24;', ';-8;')}\n", "uren per week"),
    "900 weeks": ("wk.csv", f"{HEADER}\n{GOOD.replace(';80;', ';900;')}\n", "900 weken kan niet"),
    "prerequisite nowhere": ("pre.csv", f"{HEADER};vorige stap\n{GOOD};BESTAAT-NIET\n",
                             "vorige stap verwijst"),
    "cycle": ("cyc.csv", f"{HEADER};vorige stap\n"
                         "A;module;A;;O-A;S;Goes;zeeland;kort;4;4;0;B\n"
                         "B;module;B;;O-B;S;Goes;zeeland;kort;4;4;0;A\n", "kring"),
    "formula": ("f.csv", HEADER + "\n" + GOOD.replace("Goes", "=HYPERLINK(1)") + "\n", "formule"),
    "unknown region": ("reg.csv", f"{HEADER}\n{GOOD.replace('zeeland', 'atlantis')}\n", "regio"),
    "bad number": ("num.csv", f"{HEADER}\n{GOOD.replace('1.304,00', '1,2,3')}\n", "geen geldig getal"),
    "not a zip": ("nep.xlsx", b"PK\x03\x04 dit is geen zip", "geen geldig Excel"),
    "bad json": ("kapot.json", b"{\"items\": [", "geen geldig JSON"),
    "json wrong types": ("t.json", json.dumps({"items": [{"code": 5}], "offerings": []}), "verwacht"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_gives_a_report_and_changes_nothing(db, tmp_path, case):
    name, content, expected = BAD[case]
    path = write(tmp_path, name, content)
    before = snapshot(db)
    report, changes = import_catalog(db, path)
    assert not report.ok and not report.written and not changes.catalog
    assert snapshot(db) == before
    text = report.text()
    assert expected in text, text
    assert all(i.file == name for i in report.issues)


def test_xlsx_zip_bomb_is_refused_unopened(db, tmp_path):
    path = tmp_path / "bom.xlsx"
    _zip_bomb(path)
    before = snapshot(db)
    report, _ = import_catalog(db, path)
    assert not report.ok and "zip-bom" in report.text()
    assert snapshot(db) == before


def test_report_names_row_column_and_value(db, tmp_path):
    second = GOOD.replace("T-1", "T-2").replace(";80;", ";900;")
    path = write(tmp_path, "r.csv", f"{HEADER}\n{GOOD}\n{second}\n")
    report = check_catalog_file(db, path).report
    [issue] = report.errors
    assert (issue.file, issue.row, issue.column, issue.value) == ("r.csv", 3, "weken", "900")
    assert "rij 3, kolom 'weken'" in str(issue)


def test_unknown_columns_are_a_warning(db, tmp_path):
    report, _ = import_catalog(db, write(tmp_path, "u.csv", f"{HEADER};opmerking\n{GOOD};hallo\n"))
    assert report.ok and report.written and [w.column for w in report.warnings] == ["opmerking"]


def test_valid_only_imports_the_good_rows(db, tmp_path):
    bad = GOOD.replace("T-1", "T-2").replace(";2;", ";7;").replace("25960", "NEW-1")
    path = write(tmp_path, "v.csv", f"{HEADER}\n{GOOD}\n{bad}\n")
    report, _ = import_catalog(db, path)
    assert not report.written
    report, changes = import_catalog(db, path, valid_only=True)
    assert report.written and changes.catalog and report.rows_skipped == 1
    codes = {o.code for o in repo.load(db).offerings}
    assert "T-1" in codes and "T-2" not in codes


def test_dry_run_writes_nothing(db, tmp_path):
    before = snapshot(db)
    report, _ = import_catalog(db, write(tmp_path, "d.csv", f"{HEADER}\n{GOOD}\n"), dry_run=True)
    assert report.ok and not report.written and report.offerings_new == 1
    assert snapshot(db) == before


@pytest.mark.parametrize("stage", ["Bestand", "Catalogus schrijven"])
def test_cancel_leaves_the_catalog_as_it_was(db, tmp_path, stage):
    source = tmp_path / "s.csv"
    fresh = open_database(tmp_path / "fresh.sqlite")
    export_catalog(db, source)
    before = snapshot(fresh)
    progress = Progress()
    progress._on_update = lambda done, total, msg: progress.cancel() if msg.startswith(stage) else None
    progress._min_interval = 0
    with pytest.raises(Cancelled):
        import_catalog(fresh, source, progress=progress)
    assert snapshot(fresh) == before


def test_stats_are_deterministic(db, db_path, tmp_path):
    text = catalog_stats(db)
    assert "Aanbod per arbeidsmarktregio" in text and "Zeeland" in text
    assert text == catalog_stats(db)


def test_cli_import_export_stats_and_demand(db_path, tmp_path, capsys):
    base = ["--db", str(db_path)]
    assert main([*base, "catalog", "export", str(tmp_path / "c.xlsx")]) == 0
    assert main([*base, "catalog", "import", str(tmp_path / "c.xlsx")]) == 0
    bad = write(tmp_path, "bad.csv", f"{HEADER}\n{GOOD.replace(';2;', ';7;')}\n")
    capsys.readouterr()
    assert main([*base, "catalog", "import", str(bad)]) == 1
    assert "rij 2, kolom 'niveau'" in capsys.readouterr().err
    good = write(tmp_path, "g.csv", f"{HEADER}\n{GOOD}\n")
    assert main([*base, "catalog", "import", "--dry-run", str(good)]) == 0
    assert main([*base, "catalog", "export", str(tmp_path / "c.pdf")]) == 1
    capsys.readouterr()
    assert main([*base, "catalog", "stats"]) == 0
    first = capsys.readouterr().out
    assert main([*base, "catalog", "stats"]) == 0
    assert capsys.readouterr().out == first and "Artikelen:" in first
    demand = write(tmp_path, "vraag.csv", "regio;crebo;waardering;bron;peildatum\n"
                                          "Zeeland;25656;5;UWV;15-1-2026\nachterhoek;25737;4;UWV;2026-01-15\n")
    assert main([*base, "demand", "import", str(demand)]) == 0
    bad_demand = write(tmp_path, "vraag2.csv", "regio;crebo;waardering;bron;peildatum\nMars;25491;9;UWV;x\n")
    assert main([*base, "demand", "import", str(bad_demand)]) == 1


def test_demand_import_is_idempotent(db, tmp_path):
    path = write(tmp_path, "v.csv", "regio;beroep;waardering;indicator;bron;datum;voorbeeld\n"
                                    "Twente;lasser;4;2,5;UWV;2026-01-15;nee\n")
    report, changes = import_demand(db, path)
    assert report.ok and changes.catalog
    row = db.execute("SELECT rating, indicator FROM demand WHERE occupation = 'lasser'").fetchone()
    assert row == (4, 2.5)
    before = snapshot(db)
    import_demand(db, path)
    assert snapshot(db) == before


def test_export_protects_formula_cells(db, tmp_path):
    csv_path = write(tmp_path, "f.csv", f"{HEADER};omschrijving\n{GOOD};'=1+1\n")
    report, _ = import_catalog(db, csv_path)
    assert report.ok, report.text()
    assert repo.load(db).items["25960"].description == "=1+1"
    out = tmp_path / "out.csv"
    export_catalog(db, out)
    assert ";'=1+1;" in out.read_text(encoding="utf-8-sig")
    xlsx = tmp_path / "out.xlsx"
    export_catalog(db, xlsx)
    import openpyxl

    wb = openpyxl.load_workbook(xlsx, read_only=True)
    values = [c for row in wb.worksheets[0].iter_rows(values_only=True) for c in row]
    assert "'=1+1" in values and not any(isinstance(v, str) and v.startswith("=") for v in values)
    wb.close()


@pytest.mark.parametrize("raw,expected", [
    ("1.750,00", Decimal("1750.00")), ("1750,5", Decimal("1750.5")), ("€ 1.750", Decimal("1750")),
    ("1750.25", Decimal("1750.25")), ("1,750.25", Decimal("1750.25")), (1304.0, Decimal("1304")),
    ("0", Decimal("0")),
])
def test_decimal_commas(raw, expected):
    assert C.parse_decimal(raw) == expected


@pytest.mark.slow
def test_fifty_megabyte_file(db, tmp_path):
    row = GOOD.replace("Helpende Zorg en Welzijn", "H" * 300)
    assert row != GOOD  # the padding took place
    lines = [HEADER] + [row.replace("T-1", f"T-{n}") for n in range(120_000)]
    path = write(tmp_path, "groot.csv", "\n".join(lines))
    assert path.stat().st_size > 40_000_000
    report, _ = import_catalog(db, path, dry_run=True)
    assert report.ok and report.offerings_new == 120_000


# Issue 13.5: a file without a column keeps what is stored in that column, for every optional column.
# Each column first gets a marker (a valid value that is not the field's default) on every row it
# applies to, so a column wiped back to its default shows; then a file without the column, with other
# cells changed, must change those cells and leave the marked column as it was.
MARKERS: dict[str, str] = {
    "item.kind": "module", "item.title": "Titel proef", "item.level": "3", "item.sector": "proefsector",
    "item.dossier_code": "D-PROEF", "item.dossier_title": "Dossier proef", "item.part_of": "25960",
    "item.sbu": "123", "item.leerwegen": "derde-leerweg, kort", "item.werkprocessen": "B1-K1-W1: Proef",
    "item.vog_required": "ja", "item.dutch_required": "3F", "item.occupations": "Proefberoep",
    "item.description": "Omschrijving proef", "item.source": "Bron proef",
    "offering.provider": "Proefschool", "offering.location": "Proefplaats", "offering.region_code": "twente",
    "offering.leerweg": "derde-leerweg", "offering.weeks": "77", "offering.hours_per_week": "7,5",
    "offering.cost": "1.234,50", "offering.leads_to": "praktijkverklaring",
    "prereq.min_prior_level": "2", "prereq.requires_startkwalificatie": "ja", "prereq.dutch": "2F",
    "prereq.previous_item": "25960", "prereq.requires_job": "ja", "offering.alongside": "ja",
    "schedule.starts": "maart, oktober", "schedule.day": "15", "offering.sample": "ja",
}


def _stored(db: Database, field: str) -> dict[str, object]:
    """The stored values of one sheet column: per item code, or per offering code."""
    c = repo.load(db)
    group, name = field.split(".", 1)
    if group == "item":
        return {code: getattr(i, name) for code, i in c.items.items()}
    if field == "offering.sample":  # the one "voorbeeld" column is both the item's and the offering's
        return {**{o.code: o.sample for o in c.offerings}, **{k: i.sample for k, i in c.items.items()}}
    if group == "prereq":
        return {o.code: getattr(o.prerequisites, name) for o in c.offerings}
    if group == "schedule":
        return {o.code: (o.schedule.day if name == "day" else
                         (o.schedule.dates, o.schedule.months, o.schedule.monthly)) for o in c.offerings}
    return {o.code: getattr(o, name) for o in c.offerings}


@pytest.fixture(scope="module")
def sample_sheet(template_db: Path, tmp_path_factory: pytest.TempPathFactory
                 ) -> tuple[list[str], list[list[str]]]:
    """The exported sample catalog, every column, cut to some 25 items (every kind, with and without
    offerings, and what their 'vorige stap' and 'onderdeel van' point at): with the whole sample's
    4,000 rows each case would take seconds."""
    folder = tmp_path_factory.mktemp("sheet")
    shutil.copy(template_db, folder / "sample.sqlite")
    db = open_database(folder / "sample.sqlite")
    export_catalog(db, folder / "volledig.csv")
    db.close()
    header, *rows = csv.reader(io.StringIO((folder / "volledig.csv").read_bytes().decode("utf-8-sig")),
                               delimiter=";")
    code, kind, ocode = header.index("artikelcode"), header.index("soort"), header.index("aanbodcode")
    refs = [header.index("vorige stap"), header.index("onderdeel van")]
    chosen = {"25960"}
    for k in sorted({r[kind] for r in rows}):
        with_offering = [r[code] for r in rows if r[kind] == k and r[ocode]]
        chosen |= {*with_offering[:3], *with_offering[-1:]}
        chosen |= {r[code] for r in rows if r[kind] == k and not r[ocode]}
    while True:
        more = {r[i] for r in rows if r[code] in chosen for i in refs if r[i]} - chosen
        if not more:
            return header, [r for r in rows if r[code] in chosen]
        chosen |= more


def _write_sheet(tmp_path: Path, name: str, header: list[str], rows: list[list[str]]) -> Path:
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows([header, *rows])
    return write(tmp_path, name, out.getvalue())


def test_markers_cover_every_optional_column() -> None:
    keys = {"item.code", "offering.code"}  # the keys rows are matched on, never left out
    assert set(MARKERS) == {c.field for c in C.COLUMNS} - keys


@pytest.mark.parametrize("field", sorted(MARKERS))
def test_a_missing_column_keeps_what_is_stored(tmp_path, sample_sheet, field):
    header, rows = sample_sheet[0], [list(r) for r in sample_sheet[1]]
    db = open_database(tmp_path / "catalogus.sqlite")  # holds just these rows: each case stays quick
    col = {C.BY_FIELD[c.field].header: i for i, c in enumerate(C.COLUMNS)}
    assert header == [c.header for c in C.COLUMNS]
    code, ocode, mark = col["artikelcode"], col["aanbodcode"], header.index(C.BY_FIELD[field].header)
    for row in rows:
        # offering cells only on rows with an offering; a 'vorige stap' or 'onderdeel van' that
        # points at its own item would be a circle
        if (field.startswith("item.") or row[ocode]) and not (
                field in ("prereq.previous_item", "item.part_of") and row[code] == MARKERS[field]):
            row[mark] = MARKERS[field]
    report, _ = import_catalog(db, _write_sheet(tmp_path, "gemarkeerd.csv", header, rows))
    assert report.ok, report.text()
    marked = _stored(db, field)
    default = {f.name: f.default for f in [*dc_fields(CatalogItem), *dc_fields(Offering),
                                          *dc_fields(Prerequisites), *dc_fields(StartSchedule)]}
    if default.get(field.split(".", 1)[1], MISSING) is not MISSING:
        assert any(v != default[field.split(".", 1)[1]] for v in marked.values()), "marker not stored"

    # The same file without that column, with a title and a duration changed (another column when
    # the one left out is the title or the duration).
    title = "item.sector" if field == "item.title" else "item.title"
    weeks = "offering.hours_per_week" if field == "offering.weeks" else "offering.weeks"
    t, w = header.index(C.BY_FIELD[title].header), header.index(C.BY_FIELD[weeks].header)
    for row in rows:
        row[t] += " bijgewerkt"
        if row[ocode]:
            row[w] = "50" if row[w] != "50" else "51"
    keep = [i for i in range(len(header)) if i != mark]
    lacking = _write_sheet(tmp_path, "zonder.csv", [header[i] for i in keep],
                           [[row[i] for i in keep] for row in rows])
    report, _ = import_catalog(db, lacking)
    assert report.ok and report.written, report.text()
    assert _stored(db, field) == marked
    titles = _stored(db, title)
    assert all(str(titles[row[code]]).endswith(" bijgewerkt") for row in rows)
    durations = _stored(db, weeks)
    shown = {k: C.format_float(v) if isinstance(v, float) else str(v) for k, v in durations.items()}
    assert {row[ocode]: shown[row[ocode]] for row in rows if row[ocode]} == {
        row[ocode]: row[w] for row in rows if row[ocode]}
    db.close()


def test_a_json_catalog_without_some_keys_keeps_what_is_stored(db, tmp_path):
    """The whole-catalog JSON keeps the same promise: a key the file leaves out keeps its value."""
    before = repo.load(db)
    item = before.items["25960"]
    offering = next(o for o in before.offerings if o.code == "VC-HZW-BBL-ZL")
    assert item.description and item.werkprocessen and offering.prerequisites.min_prior_level is not None
    data = {"items": [{"code": "25960", "kind": item.kind.value, "title": "Helpende Z&W"}],
            "offerings": [{"code": offering.code, "weeks": 70, "prerequisites": {"requires_job": True}}]}
    report, _ = import_catalog(db, write(tmp_path, "deel.json", json.dumps(data)))
    assert report.ok and report.items_changed == 1 and report.offerings_changed == 1, report.text()
    after = repo.load(db)
    o = next(o for o in after.offerings if o.code == offering.code)
    assert after.items["25960"] == replace(item, title="Helpende Z&W")
    assert o == replace(offering, weeks=70, prerequisites=replace(offering.prerequisites, requires_job=True))
