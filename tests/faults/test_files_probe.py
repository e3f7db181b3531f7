"""Files nobody has tried yet: odd but realistic catalog, demand and intake files through the real
doors (the app-layer functions the import dialog calls, and the CLI in a child process).

The bar for every file: a rejection names the file, the row as the spreadsheet numbers it and the
column, in Dutch with an English twin; nothing is half-written; what is accepted is stored as it was.
`python -m tests.faults.test_files_probe DIR` writes the whole corpus to DIR to try by hand.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from intake_desk.app.catalog import check_catalog, check_demand, import_catalog, import_demand
from intake_desk.catalog.report import ImportReport
from intake_desk.catalog.report_texts import english
from intake_desk.progress import Cancelled, Progress
from intake_desk.storage import catalog as repo

ROOT = Path(__file__).resolve().parents[2]
HEADER = ["artikelcode", "soort", "titel", "niveau", "aanbodcode", "aanbieder", "locatie", "regio",
          "leerweg", "weken", "uren per week", "kosten", "startmomenten", "omschrijving"]


def row(i: int, **cells: str) -> dict[str, str]:
    values = {"artikelcode": f"PRB{i:04d}", "soort": "certificaat", "titel": f"Cursus één {i}",
              "niveau": "2", "aanbodcode": f"PRB-{i}", "aanbieder": "ROC Zeeuwse Scholen (voorbeeld)",
              "locatie": "Goes", "regio": "zeeland", "leerweg": "bol", "weken": "20",
              "uren per week": "2,5", "kosten": "1.750,00", "startmomenten": "1-9-2027",
              "omschrijving": "Hé, ëen ij"}
    values.update({k.replace("_", " "): v for k, v in cells.items()})
    return values


def sheet(rows: list[dict[str, str] | list[str]], header: list[str] = HEADER, delimiter: str = ";") -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    for r in rows:
        writer.writerow([r.get(h, "") for h in header] if isinstance(r, dict) else r)
    return out.getvalue()


def workbook(path: Path, sheets: list[tuple[str, list[list[object]]]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, data in sheets:
        ws = wb.create_sheet(title)
        for r in data:
            ws.append(r)
    wb.save(path)
    return path


def table(rows: list[dict[str, str]]) -> list[list[object]]:
    return [list(HEADER), *([r[h] for h in HEADER] for r in rows)]


# --------------------------------------------------------------------------- the corpus

Maker = Callable[[Path], Path]


def _bytes(name: str, data: bytes) -> Maker:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path
    return make


def _xlsx(name: str, sheets: list[tuple[str, list[list[object]]]]) -> Maker:
    return lambda folder: workbook(folder / name, sheets)


THREE = [row(i) for i in (1, 2, 3)]
CATALOG: dict[str, Maker] = {
    "utf8-bom": _bytes("bom.csv", sheet(THREE).encode("utf-8-sig")),
    "cp1252": _bytes("excel.csv", sheet(THREE).encode("cp1252")),
    "utf16-tabs": _bytes("unicode.txt", sheet(THREE, delimiter="\t").encode("utf-16")),
    "tabs": _bytes("tabs.csv", sheet(THREE, delimiter="\t").encode()),
    "comma-points": _bytes("komma.csv", sheet([row(1, uren_per_week="2.5", kosten="1750.00")],
                                             delimiter=",").encode()),
    "quoted-newline": _bytes("regels.csv", sheet([row(1, omschrijving="regel 1\nregel 2\nregel 3"),
                                                  row(2), row(3, weken="900")]).encode()),
    "empty-rows": _bytes("leeg-tussen.csv", (sheet([row(1)]) + ";;;\r\n\r\n"
                                             + sheet([row(2, weken="900")]).split("\r\n", 1)[1]
                                             + ";;\r\n\r\n").encode()),
    "dates": _bytes("data.csv", sheet([row(1, startmomenten="46631"), row(2, startmomenten="1-9-27"),
                                       row(3, startmomenten="01-09-2027, februari")]).encode()),
    "headers": _bytes("koppen.csv", sheet(
        [{"  Crebo ": r["artikelcode"], "SOORT": r["soort"], "Naam": r["titel"], "Niveau": "2",
          "Code Aanbod": r["aanbodcode"], "School": r["aanbieder"], "Vestiging": "Goes",
          "Arbeidsmarktregio": "Zeeland", "Leerroute": "bol", "Duur": "20", "Uren": "2,5",
          "Prijs": "€ 1.750", "Opmerking": "x"} for r in THREE],
        header=["  Crebo ", "SOORT", "Naam", "Niveau", "Code Aanbod", "School", "Vestiging",
                "Arbeidsmarktregio", "Leerroute", "Duur", "Uren", "Prijs", "Opmerking"]).encode()),
    "no-key-column": _bytes("zonder-code.csv", sheet(THREE, header=HEADER[1:]).encode()),
    "no-weeks-column": _bytes("zonder-weken.csv",
                              sheet(THREE, header=[h for h in HEADER if h != "weken"]).encode()),
    "totals-row": _bytes("totaal.csv",
                         sheet([*THREE, {"artikelcode": "Totaal", "kosten": "5.250,00"}]).encode()),
    "merged-cells": _bytes("samengevoegd.csv", sheet(
        [row(1), {**row(1, aanbodcode="PRB-1b"), "artikelcode": "", "soort": "", "titel": ""}]).encode()),
    "long-cells": _bytes("lang.csv",
                         sheet([row(1, titel="A" * 100_000, omschrijving="B" * 500_000)]).encode()),
    "control-characters": _bytes("stuurtekens.csv", sheet([row(1, titel="Ti\x07tel"),
                                                           row(2, titel="Twee\nregels")]).encode()),
    "duplicate-codes": _bytes("dubbel.csv", sheet([row(1), row(2, aanbodcode="PRB-1")]).encode()),
    "crebo-spaces": _bytes("crebo.csv",
                           sheet([row(1, artikelcode=" 25 498 ", soort="kwalificatie")]).encode()),
    "stray-quote": _bytes("aanhalingsteken.csv", (
        sheet(THREE[:1]) + ";".join(row(2, titel='"Tablet 10" scherm').values()) + "\r\n"
        + ";".join(row(3).values()) + "\r\n").encode()),
    "title-rows-csv": _bytes("titel.csv", ("Aanbod ROC 2027;;\r\nGemaakt op 1-11-2026\r\n\r\n"
                                           + sheet(THREE)).encode()),
    "zero-bytes": _bytes("nul.csv", b""),
    "header-only": _bytes("kop.csv", ";".join(HEADER).encode()),
    "blank-lines": _bytes("witruimte.csv", b"\r\n\r\n ;;\r\n"),
    "binary": _bytes("foto.csv", bytes(range(256)) * 64),
    "pdf": _bytes("brief.csv", b"%PDF-1.4\n" + bytes(range(128, 256)) * 40),
    "xlsx-second-sheet": _xlsx("tweede-blad.xlsx", [
        ("Toelichting", [["Dit is de catalogus"], ["Zie blad 2"]]), ("Blad2", table(THREE))]),
    "xlsx-title-rows": _xlsx("titel.xlsx", [("Blad1", [["Aanbod ROC 2027"], [], *table(THREE)])]),
    "xlsx-formula": _xlsx("formule.xlsx", [("Aanbod", [list(HEADER), [*table(THREE)[1][:9], "=10+10",
                                                                       *table(THREE)[1][10:]]])]),
    "xlsx-cells": _xlsx("cellen.xlsx", [("Aanbod", [list(HEADER), [
        "PRB0001", "certificaat", "Cursus", 2, "PRB-1", "ROC (voorbeeld)", "Goes", "zeeland", "bol", 20,
        2.5, 1750.0, dt.datetime(2027, 9, 1), "x"]])]),
    "xlsx-empty-row": _xlsx("lege-rij.xlsx", [("Aanbod", [
        table(THREE)[0], table(THREE)[1], [None] * 14, [*table(THREE)[2][:9], 900, *table(THREE)[2][10:]]])]),
    "xlsx-empty": _xlsx("leeg.xlsx", [("Blad1", [])]),
    "json-trailing-comma": _bytes("komma.json",
                                  b'[{"artikelcode": "PRB1", "soort": "module", "titel": "t",},]'),
    "json-nan": _bytes("nan.json", json.dumps([{**row(1), "uren per week": float("nan")}]).encode()),
    "json-bsn-column": _bytes("bsn.json", json.dumps([{**row(1), "bsn": "111222333"}]).encode()),
    "csv-bsn-column": _bytes("bsn.csv",
                             sheet([{**row(1), "BSN": "111222333"}], header=[*HEADER, "BSN"]).encode()),
}
DEMAND_HEADER = ["regio", "crebo", "beroep", "waardering", "bron", "peildatum"]
DEMAND: dict[str, Maker] = {
    "demand-mixed": _bytes("vraag.csv", sheet([["Zeeland", "25491", "", "4", "UWV", "1-9-27"],
                                               ["zeeland", "25498", "", "4,0", "UWV", "46631"], [],
                                               ["Totaal", "", "", "8", "", ""]], DEMAND_HEADER).encode()),
    "demand-json-nan": _bytes("vraag-nan.json", json.dumps([{
        "region_code": "zeeland", "crebo": "25491", "rating": 4, "source": "UWV", "as_of": "2026-01-01",
        "indicator": float("nan")}]).encode()),
    "demand-json-unchecked": _bytes("vraag-regio.json", json.dumps([{
        "region_code": "nergens", "crebo": "25491", "rating": 9, "source": "UWV",
        "as_of": "2026-01-01"}]).encode()),
    "demand-json-bsn": _bytes("vraag-bsn.json", json.dumps([{
        "region_code": "zeeland", "crebo": "25491", "rating": 4, "source": "UWV", "as_of": "2026-01-01",
        "bsn": "111222333"}]).encode()),
    "demand-json-trailing-comma": _bytes("vraag-komma.json", b'[{"region_code": "zeeland",}]'),
    "demand-zero-bytes": _bytes("vraag-leeg.csv", b""),
}


def snapshot(db_path: Path) -> tuple[list[tuple[object, ...]], ...]:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return tuple(conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
                     for t in ("catalog_items", "offerings", "regions", "demand"))
    finally:
        conn.close()


def assert_clear(report: ImportReport, path: Path) -> None:
    """Every issue names the file; a row's issue names its column; every message has its English."""
    for issue in report.issues:
        assert issue.file == path.name
        assert issue.row >= 0
        if issue.row > 1 and issue.error:
            assert issue.column, issue
        assert english(issue.message) is not None, f"no English for {issue.message!r}"
        assert issue.text("en") != issue.text("nl")


@pytest.mark.parametrize("name", sorted(CATALOG) + sorted(DEMAND))
def test_every_file_gets_a_clear_answer_and_nothing_half_written(db, db_path, tmp_path, name):
    demand = name in DEMAND
    path = (DEMAND if demand else CATALOG)[name](tmp_path)
    before = snapshot(db_path)
    checked = (check_demand if demand else check_catalog)(db, path)
    report, _ = (import_demand if demand else import_catalog)(db, path)
    assert [str(i) for i in checked.issues] == [str(i) for i in report.issues]
    assert_clear(report, path)
    if report.errors:
        assert not report.written and snapshot(db_path) == before
    else:
        assert report.written or snapshot(db_path) == before


def issues(report: ImportReport) -> list[str]:
    return [str(i) for i in report.errors]


def test_a_cell_with_line_breaks_is_one_spreadsheet_row(db, tmp_path):
    report, _ = import_catalog(db, CATALOG["quoted-newline"](tmp_path))
    assert [(i.row, i.column) for i in report.errors] == [(4, "weken")], report.text()


def test_empty_rows_count_as_rows(db, tmp_path):
    report, _ = import_catalog(db, CATALOG["empty-rows"](tmp_path))
    assert [(i.row, i.column) for i in report.errors] == [(5, "weken")], report.text()


@pytest.mark.parametrize("name", ["xlsx-second-sheet", "xlsx-title-rows", "title-rows-csv"])
def test_the_header_is_found_below_a_title_or_on_a_later_sheet(db, tmp_path, name):
    report, _ = import_catalog(db, CATALOG[name](tmp_path))
    assert report.ok and report.written and report.offerings_new == 3, report.text()
    assert report.warnings  # says which sheet or which row it read the header from


def test_an_xlsx_row_number_is_the_sheet_row(db, tmp_path):
    report, _ = import_catalog(db, CATALOG["xlsx-empty-row"](tmp_path))
    assert [(i.row, i.column) for i in report.errors] == [(4, "weken")], report.text()


def test_excel_day_numbers_and_short_years_are_dates(db, db_path, tmp_path):
    report, _ = import_catalog(db, CATALOG["dates"](tmp_path))
    assert report.ok and report.written, report.text()
    offerings = {o.code: o for o in repo.load(db).offerings}
    starts = {code: offerings[code].schedule for code in ("PRB-1", "PRB-2", "PRB-3")}
    assert starts["PRB-1"].dates == (dt.date(2027, 9, 1),)
    assert starts["PRB-2"].dates == (dt.date(2027, 9, 1),)
    assert starts["PRB-3"].dates == (dt.date(2027, 9, 1),) and starts["PRB-3"].months == (2,)


@pytest.mark.parametrize("name", ["utf8-bom", "cp1252", "utf16-tabs", "headers"])
def test_what_is_accepted_is_stored_as_it_was(db, tmp_path, name):
    report, _ = import_catalog(db, CATALOG[name](tmp_path))
    assert report.ok and report.written, report.text()
    catalog = repo.load(db)
    item = catalog.items["PRB0001"]
    offering = next(o for o in catalog.offerings if o.code == "PRB-1")
    assert item.title == "Cursus één 1"
    assert offering.cost == Decimal("1750") and offering.hours_per_week == 2.5
    assert offering.region_code == "zeeland" and offering.weeks == 20
    if name != "headers":
        assert item.description == "Hé, ëen ij"


def test_long_cells_and_control_characters_are_refused_by_cell(db, tmp_path):
    long, _ = import_catalog(db, CATALOG["long-cells"](tmp_path))
    assert {(i.row, i.column) for i in long.errors} == {(2, "titel"), (2, "omschrijving")}
    assert "te lang: 100000 tekens; hoogstens 300" in long.text()
    ctrl, _ = import_catalog(db, CATALOG["control-characters"](tmp_path))
    assert {(i.row, i.column) for i in ctrl.errors} == {(2, "titel"), (3, "titel")}
    assert "PRB0001" not in repo.load(db).items


def test_codes_that_excel_changed_are_named(db, tmp_path):
    spaced, _ = import_catalog(db, CATALOG["crebo-spaces"](tmp_path))
    assert [(i.row, i.column, i.value) for i in spaced.errors] == [(2, "artikelcode", "25 498")]
    first = tmp_path / "eigen.csv"
    first.write_text(sheet([row(1, artikelcode="00123")]))
    assert import_catalog(db, first)[0].written
    again = tmp_path / "na-excel.csv"
    again.write_text(sheet([row(1, artikelcode="123")]))
    report, _ = import_catalog(db, again)
    assert not report.written and "00123" in report.errors[0].message, report.text()
    assert "123" not in repo.load(db).items


def test_a_quote_inside_a_cell_is_refused_not_dropped(db, tmp_path):
    """Python's csv reads '"Tablet 10" scherm' as 'Tablet 10 scherm' (the quote lost), or a lone quote
    swallows the rows after it into one cell; either way the file is refused, naming the line."""
    report, _ = import_catalog(db, CATALOG["stray-quote"](tmp_path))
    assert not report.written
    assert len(report.errors) == 1 and report.errors[0].row == 0
    assert report.errors[0].message.startswith("CSV kan niet worden gelezen bij regel 3: een aanhalingsteken")
    assert "PRB0002" not in repo.load(db).items


def test_a_totals_row_is_named_as_one(db, tmp_path):
    report, _ = import_catalog(db, CATALOG["totals-row"](tmp_path))
    assert len(report.errors) == 1 and report.errors[0].row == 5, report.text()
    assert "totaalregel" in report.errors[0].message
    good, _ = import_catalog(db, CATALOG["totals-row"](tmp_path), valid_only=True)
    assert good.written and good.offerings_new == 3


def test_rows_under_a_merged_cell_name_the_empty_code(db, tmp_path):
    report, _ = import_catalog(db, CATALOG["merged-cells"](tmp_path))
    messages = {(i.row, i.column): i.message for i in report.errors}
    assert "samengevoegde cel" in messages[(3, "artikelcode")]
    assert messages[(3, "soort")].startswith("leeg;")


@pytest.mark.parametrize("name,where", [("json-trailing-comma", "regel 1, kolom 58"),
                                        ("demand-json-trailing-comma", "regel 1, kolom 28")])
def test_json_syntax_errors_are_in_plain_dutch_with_line_and_column(db, tmp_path, name, where):
    path = {**CATALOG, **DEMAND}[name](tmp_path)
    report, _ = (import_demand if name.startswith("demand") else import_catalog)(db, path)
    text = report.text()
    assert where in text and "komma te veel" in text and "Expecting" not in text, text
    assert "comma too many" in report.text(language="en")


def test_demand_json_is_checked_as_a_sheet_is(db, db_path, tmp_path):
    before = snapshot(db_path)
    nan, _ = import_demand(db, DEMAND["demand-json-nan"](tmp_path))
    assert not nan.written and [i.column for i in nan.errors] == ["demand[0].indicator"], nan.text()
    unchecked, _ = import_demand(db, DEMAND["demand-json-unchecked"](tmp_path))
    assert not unchecked.written
    assert {i.column for i in unchecked.errors} == {"demand[0].region_code", "demand[0].rating"}
    assert snapshot(db_path) == before
    good = tmp_path / "goed.json"
    good.write_text(json.dumps([{"region_code": "Zeeland", "crebo": "25491", "rating": 4,
                                 "source": "UWV (voorbeeld)", "as_of": "2026-01-01"}]))
    report, _ = import_demand(db, good)
    assert report.written, report.text()
    assert ("zeeland", "25491") in {(d.region_code, d.crebo) for d in repo.load(db).demand}


def test_a_bsn_column_is_never_stored(db, db_path, tmp_path):
    for name in ("csv-bsn-column", "json-bsn-column"):
        report, _ = import_catalog(db, CATALOG[name](tmp_path))
        assert report.ok and any(i.column.lower() == "bsn" for i in report.warnings)
    conn = sqlite3.connect(db_path)
    try:
        dump = "\n".join(conn.iterdump())
    finally:
        conn.close()
    assert "111222333" not in dump


def test_an_english_report_has_no_dutch_template_left(db, tmp_path):
    report, _ = import_catalog(db, CATALOG["long-cells"](tmp_path))
    text = report.text(language="en")
    assert "too long: 100000 characters; at most 300" in text and "row 2, column 'titel'" in text
    assert "fout" not in text and "Nothing was imported" in text


# --------------------------------------------------------------------------- the CLI in a child

INTAKE = {"format": "intake-desk/candidate-1",
          "candidate": {"name": {"first_name": "Fatima", "surname": "El Amrani"}, "birth_date": "1999-04-12"},
          "intake": {"date": "2026-11-22"}}


def run_cli(db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "INTAKE_DESK_PLAIN": "1"}
    return subprocess.run([sys.executable, "-m", "ui.main", "--db", str(db_path), *args],
                          capture_output=True, text=True, env=env, timeout=120)


def test_the_cli_names_file_row_and_column_and_writes_nothing(db_path, tmp_path):
    path = CATALOG["quoted-newline"](tmp_path)
    before = snapshot(db_path)
    result = run_cli(db_path, "catalog", "import", str(path))
    assert result.returncode == 1
    assert "regels.csv, rij 4, kolom 'weken'" in result.stderr, result.stderr
    assert snapshot(db_path) == before
    demand = run_cli(db_path, "demand", "import", str(DEMAND["demand-json-unchecked"](tmp_path)))
    assert demand.returncode == 1 and "vraag-regio.json, rij 1, kolom 'demand[0].rating'" in demand.stderr
    assert snapshot(db_path) == before
    english = run_cli(db_path, "catalog", "import", "--lang", "en", str(path))
    assert english.returncode == 1
    assert "regels.csv, row 4, column 'weken': error: 900 weeks is not possible" in english.stderr


@pytest.mark.parametrize("name,text,expected", [
    ("trailing-comma", json.dumps(INTAKE)[:-1] + ",}", "komma te veel"),
    ("empty", "", "het bestand is leeg"),
    ("bsn-in-notes", json.dumps({**INTAKE, "intake": {"date": "2026-11-22", "notes": "bsn 111222333"}}),
     "$.intake.notes: Dit lijkt op een BSN"),
    ("bsn-key", json.dumps({**INTAKE, "candidate": {**INTAKE["candidate"], "BSN": "111222333"}}),
     "$.candidate.BSN: onbekend veld"),
])
def test_candidate_add_refuses_in_plain_dutch_and_stores_nothing(db_path, tmp_path, name, text, expected):
    path = tmp_path / f"{name}.json"
    path.write_text(text)
    result = run_cli(db_path, "candidate", "add", "--json", str(path))
    assert result.returncode == 1 and expected in result.stderr, result.stderr
    assert "Expecting" not in result.stderr
    conn = sqlite3.connect(db_path)
    try:
        assert "111222333" not in "\n".join(conn.iterdump())
    finally:
        conn.close()


# --------------------------------------------------------------------------- size and progress


def big_rows(n: int) -> list[list[str]]:
    return [[f"BIG{i // 5:05d}", "certificaat", f"Cursus {i // 5}", "2", f"BIG-{i}",
             f"ROC {i % 40} (voorbeeld)", f"Plaats {i % 300}", "zeeland", "bol", "20", "2,5", "1.750,00",
             "september, 1-2-2028", "é"]
            for i in range(n)]


def test_reading_a_workbook_shows_progress_and_can_be_cancelled(db, db_path, tmp_path):
    path = workbook(tmp_path / "groot.xlsx", [("Aanbod", [list(HEADER), *big_rows(5000)])])
    seen: list[str] = []
    progress = Progress(on_update=lambda done, total, msg: seen.append(msg), min_interval=0)
    report = check_catalog(db, path, progress)
    assert report.ok and "Bestand lezen…" in seen, report.text()
    before = snapshot(db_path)

    def cancel_while_reading(done: int, total: int, msg: str) -> None:
        if msg == "Bestand lezen…":
            stop.cancel()

    stop = Progress(on_update=cancel_while_reading, min_interval=0)
    with pytest.raises(Cancelled):
        import_catalog(db, path, progress=stop)
    assert snapshot(db_path) == before


@pytest.mark.slow
@pytest.mark.parametrize("ext", ["csv", "xlsx"])
def test_fifty_thousand_rows(db, tmp_path, ext):
    rows = big_rows(50_000)
    if ext == "csv":
        path = tmp_path / "groot.csv"
        path.write_bytes(sheet(rows).encode("utf-8-sig"))
    else:
        path = workbook(tmp_path / "groot.xlsx", [("Aanbod", [list(HEADER), *rows])])
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick(done: int, total: int, msg: str) -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    start = time.perf_counter()
    report, _ = import_catalog(db, path, progress=Progress(on_update=tick, min_interval=0.1))
    seconds = time.perf_counter() - start
    assert report.written and report.offerings_new == 50_000, report.summary()
    print(f"50,000 rows ({ext}): {seconds:.1f} s, longest wait for progress {max(gaps):.1f} s")
    # generous bounds for a shared machine (quiet: csv ~5 s, xlsx ~27 s, longest wait ~2 s and ~8 s,
    # the latter openpyxl reading the workbook's shared texts before any row)
    assert max(gaps) < 20 and seconds < (60 if ext == "csv" else 240)


def write_corpus(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for make in (*CATALOG.values(), *DEMAND.values()):
        print(make(folder))


if __name__ == "__main__":
    write_corpus(Path(sys.argv[1] if len(sys.argv) > 1 else "probe-files"))
