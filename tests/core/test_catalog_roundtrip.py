"""Issue 3's "done when", end to end on the command line: a newcomer exports the sample catalog, opens
it in Dutch Excel, changes a start date, saves it as CSV, imports it back and sees the change; a broken
file is refused with a report that names the row and column, and changes nothing."""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from intake_desk.catalog import columns as C
from intake_desk.catalog.importer import import_catalog
from intake_desk.cli import main
from intake_desk.domain import Offering, StartSchedule
from intake_desk.domain.codec import replace
from intake_desk.storage import catalog as repo
from intake_desk.storage import open_database

EDITED = "VC-HZW-BBL-ZL"  # Helpende zorg en welzijn, BBL in Zuid-Limburg: starts februari, september
IN_CENTS = "VC-MEI-BBL-AH"  # given a price in cents below; the advisor does not touch it


def excel_nl_cell(cell: str) -> str:
    """What Dutch Excel (General format) writes back for a cell it read from a CSV file.

    A cell that looks like a date becomes a date and is saved as d-m-jjjj; a number with a decimal
    comma becomes a number and loses trailing zeros; everything else stays text.
    """
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", cell):
        return f"{int(m[3])}-{int(m[2])}-{m[1]}"
    if m := re.fullmatch(r"(\d{1,2})-(\d{1,2})-(\d{4})", cell):
        return f"{int(m[1])}-{int(m[2])}-{m[3]}"
    if re.fullmatch(r"-?\d+(,\d+)?", cell):
        number = Decimal(cell.replace(",", "."))
        text = format(number.normalize(), "f") if number != number.to_integral_value() else str(int(number))
        return text.replace(".", ",")
    return cell


def open_in_excel(path: Path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return [[excel_nl_cell(c) for c in row] for row in csv.reader(io.StringIO(text, newline=""),
                                                                   delimiter=";")]


def save_as_dutch_csv(rows: list[list[str]], path: Path) -> Path:
    """Excel's "CSV (gescheiden door lijstscheidingsteken)": Windows-1252, semicolons, CRLF, no BOM."""
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode("cp1252"))
    return path


def catalog_rows(db_path: Path) -> dict[str, dict[str, tuple[object, ...]]]:
    db = open_database(db_path)
    try:
        return {t: {r[0]: tuple(r) for r in db.execute(f"SELECT * FROM {t}")}
                for t in ("catalog_items", "offerings", "regions", "demand", "funding_schemes")}
    finally:
        db.close()


def offerings(db_path: Path) -> dict[str, Offering]:
    db = open_database(db_path)
    try:
        return {o.code: o for o in repo.load(db).offerings}
    finally:
        db.close()


def cli(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), "catalog", *args])


@pytest.fixture
def cents_db(db_path: Path, tmp_path: Path) -> Path:
    """The sample catalog with one price in cents, which Excel saves back as 450,5."""
    prices = tmp_path / "prijzen.csv"
    prices.write_text(f"aanbodcode;artikelcode;kosten\n{IN_CENTS};25737;450,50\n", encoding="utf-8")
    assert cli(db_path, "import", str(prices)) == 0
    return db_path


def test_edit_a_start_date_in_dutch_excel_and_import_it_back(cents_db, tmp_path, capsys):
    exported = tmp_path / "catalogus.csv"
    assert cli(cents_db, "export", str(exported)) == 0
    rows = open_in_excel(exported)
    header = rows[0]
    code, starts, cost = (header.index(h) for h in ("aanbodcode", "startmomenten", "kosten"))
    [line] = [n for n, row in enumerate(rows) if row[code] == EDITED]
    [cents] = [row for row in rows if row[code] == IN_CENTS]
    assert (rows[line][starts], cents[cost]) == ("februari, september", "450,5")  # was 450,50
    rows[line][starts] = "7-9-2027"  # typed over "februari, september"; Excel keeps it as a date
    edited = save_as_dutch_csv(rows, tmp_path / "catalogus bewerkt.csv")
    raw = edited.read_bytes()
    assert b"\r\n" in raw and not raw.startswith(b"\xef\xbb\xbf") and "ë".encode("cp1252") in raw

    before = catalog_rows(cents_db)
    old = offerings(cents_db)
    capsys.readouterr()
    assert cli(cents_db, "import", str(edited)) == 0
    out = capsys.readouterr().out
    assert "aanbod 0 nieuw, 1 gewijzigd" in out and "artikelen 0 nieuw, 0 gewijzigd" in out, out

    after = catalog_rows(cents_db)
    new = offerings(cents_db)
    assert new[EDITED] == replace(old[EDITED], schedule=StartSchedule(dates=(date(2027, 9, 7),)))
    assert new[IN_CENTS].cost == Decimal("450.50")
    for table in before:  # every other row is byte for byte as it was
        changed = {k for k in before[table] if before[table][k] != after[table].get(k)}
        assert changed == ({EDITED} if table == "offerings" else set()), table
        assert after[table].keys() == before[table].keys()

    again = tmp_path / "opnieuw.csv"
    assert cli(cents_db, "export", str(again)) == 0
    [row] = [r for r in open_in_excel(again) if r[code] == EDITED]
    assert row[starts] == "7-9-2027"
    capsys.readouterr()
    assert cli(cents_db, "import", str(edited)) == 0  # the same file twice changes nothing more
    assert "aanbod 0 nieuw, 0 gewijzigd" in capsys.readouterr().out
    assert catalog_rows(cents_db) == after


@pytest.mark.parametrize("column,value,message", [
    ("niveau", "7", "niveau 7 bestaat niet"),
    ("weken", "900", "900 weken kan niet"),
    ("startmomenten", "31-2-2027", "geen bestaande datum"),
    ("kosten", "1.2.3", "geen geldig getal"),
])
def test_a_broken_cell_is_refused_with_its_row_and_column(db_path, tmp_path, capsys, column, value,
                                                          message):
    exported = tmp_path / "catalogus.csv"
    assert cli(db_path, "export", str(exported)) == 0
    rows = open_in_excel(exported)
    code = rows[0].index("aanbodcode")
    [line] = [n for n, row in enumerate(rows) if row[code] == EDITED]
    rows[line][rows[0].index(column)] = value
    broken = save_as_dutch_csv(rows, tmp_path / "kapot.csv")
    before = catalog_rows(db_path)
    capsys.readouterr()
    assert cli(db_path, "import", str(broken)) == 1
    err = capsys.readouterr().err
    issues = [x.strip() for x in err.splitlines() if x.strip().startswith("kapot.csv, rij")]
    assert all(x.startswith(f"kapot.csv, rij {line + 1}, kolom ") for x in issues), err
    [issue] = [x for x in issues if x.startswith(f"kapot.csv, rij {line + 1}, kolom '{column}': fout: ")]
    assert message in issue and f"(waarde: '{value}')" in issue, err
    assert "Er is niets geïmporteerd" in err
    assert catalog_rows(db_path) == before


@pytest.mark.parametrize("typed,expected", [
    ("7-9-2027", StartSchedule(dates=(date(2027, 9, 7),))),
    ("07-09-2027", StartSchedule(dates=(date(2027, 9, 7),))),
    ("7-9-27", StartSchedule(dates=(date(2027, 9, 7),))),
    ("7/9/2027", StartSchedule(dates=(date(2027, 9, 7),))),
    ("2027-09-07", StartSchedule(dates=(date(2027, 9, 7),))),
    ("7 september 2027", StartSchedule(dates=(date(2027, 9, 7),))),
    ("7-sep-2027", StartSchedule(dates=(date(2027, 9, 7),))),
    ("september en februari", StartSchedule(months=(2, 9))),
    ("februari, 7-9-2027", StartSchedule(dates=(date(2027, 9, 7),), months=(2,))),
    ("Elke maand", StartSchedule(monthly=True)),
])
def test_start_moments_as_an_advisor_types_them(db, tmp_path, typed, expected):
    path = tmp_path / "start.csv"
    path.write_text(f"aanbodcode;artikelcode;startmomenten\n{EDITED};25960;{typed}\n", encoding="cp1252")
    report, _ = import_catalog(db, path)
    assert report.ok, report.text()
    assert next(o for o in repo.load(db).offerings if o.code == EDITED).schedule == expected


def test_a_recurrence_moves_to_another_day_with_startdag(db, tmp_path):
    path = tmp_path / "dag.csv"
    path.write_text(f"aanbodcode;artikelcode;startdag\n{EDITED};25960;15\n", encoding="cp1252")
    report, _ = import_catalog(db, path)
    assert report.ok, report.text()
    o = next(o for o in repo.load(db).offerings if o.code == EDITED)
    assert o.schedule == StartSchedule(months=(2, 9), day=15)
    assert o.schedule.starts_between(date(2027, 1, 1), date(2027, 12, 31)) == [
        date(2027, 2, 15), date(2027, 9, 15)]


def test_a_date_typed_in_an_xlsx_cell_is_a_start_date(db_path, tmp_path):
    exported = tmp_path / "catalogus.xlsx"
    assert cli(db_path, "export", str(exported)) == 0
    wb = openpyxl.load_workbook(exported)
    sheet = wb.worksheets[0]
    header = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[header.index("aanbodcode")].value == EDITED:
            row[header.index("startmomenten")].value = datetime(2027, 9, 7)  # Excel stores a date
    wb.save(exported)
    assert cli(db_path, "import", str(exported)) == 0
    assert offerings(db_path)[EDITED].schedule == StartSchedule(dates=(date(2027, 9, 7),))


DOC = Path(__file__).parents[2] / "docs" / "catalog-format.md"


def test_the_format_doc_lists_every_column_and_its_start_moments_parse():
    text = DOC.read_text(encoding="utf-8")
    columns = text.split("## Columns")[1].split("\n## ")[0]
    documented = re.findall(r"^\| `([^`]+)` \|", columns.split("###")[0], flags=re.MULTILINE)
    assert documented == [c.header for c in C.COLUMNS]
    section = text.split("### Start moments")[1].split("\n## ")[0]
    examples = re.findall(r"^\| `([^`]+)` \|", section, flags=re.MULTILINE)
    assert len(examples) == 4
    for example in examples:
        C.parse_schedule(example)
