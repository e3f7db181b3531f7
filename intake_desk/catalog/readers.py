"""Reading a school's table from CSV or XLSX into header + rows, refusing what is not a table.

CSV: comma, semicolon or tab; UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252 (what
Dutch Excel writes). XLSX: checked as a zip first (size, ratio and entry count, against zip bombs),
then read with openpyxl in read-only mode; openpyxl parses with defusedxml when it is installed.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..progress import NULL, Progress
from ..storage.errors import os_reason

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_XLSX_UNPACKED = 300 * 1024 * 1024
MAX_XLSX_RATIO = 150
MAX_XLSX_ENTRIES = 2000
csv.field_size_limit(10 * 1024 * 1024)
# A school's sheet may have a title, a date or a remark above the header row; the header is the first
# of these rows that names the file's key column (`is_header`), else the first row that is not empty.
HEADER_SEARCH_ROWS = 20
PROGRESS_EVERY = 2000
READING = "Bestand lezen…"


class TableError(ValueError):
    """The file as a whole cannot be read; the message is Dutch and says what to do."""


@dataclass(frozen=True, slots=True)
class Table:
    headers: list[str]
    rows: Sequence[tuple[int, Sequence[object]]]  # (row number as the spreadsheet numbers it; cells)
    header_row: int = 1  # the header's row number: rows above it (a title, a remark) are not data
    sheet: str = ""  # the XLSX sheet read, when the workbook has more than one


IsHeader = Callable[[Sequence[object]], bool]


def _any_header(cells: Sequence[object]) -> bool:
    return True


def _check_size(path: Path) -> None:
    """TableError unless `path` can be opened and holds something, at most MAX_FILE_BYTES."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise TableError(f"het bestand kan niet worden geopend ({os_reason(exc)})") from exc
    if size == 0:
        raise TableError("het bestand is leeg")
    if size > MAX_FILE_BYTES:
        raise TableError(f"het bestand is te groot ({size // 1_000_000} MB; hoogstens "
                         f"{MAX_FILE_BYTES // 1_000_000} MB)")


def read_table(path: Path, is_header: IsHeader = _any_header, progress: Progress = NULL) -> Table:
    """The table in `path`. `is_header` tells a header row from a title above it; rows are numbered
    as a spreadsheet numbers them (a cell with line breaks is one row), for the report."""
    suffix = path.suffix.lower()
    _check_size(path)
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path, is_header, progress)
    if suffix in (".csv", ".txt", ".tsv"):
        return read_csv(path.read_bytes(), is_header, progress)
    raise TableError(f"onbekend bestandstype {suffix or '(geen)'}; gebruik .csv, .xlsx of .json")


def read_json(path: Path) -> object:
    """A JSON file (UTF-8, a BOM allowed). NaN and Infinity, which Python's json reads but no field
    can hold, are read as `Unusable`, so the checks name the field that holds one."""
    import json

    from ..domain.codec import Unusable
    from ..validation_texts import json_syntax

    _check_size(path)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise TableError(f"regel {line}: geen UTF-8-tekst (byte 0x{raw[exc.start]:02x}); sla het "
                         "bestand op als UTF-8") from exc
    try:
        return json.loads(text, parse_constant=Unusable)
    except json.JSONDecodeError as exc:
        raise TableError(f"dit is geen geldig JSON-bestand (regel {exc.lineno}, kolom {exc.colno}): "
                         f"{json_syntax(exc.msg)[0]}") from exc
    except RecursionError as exc:
        raise TableError("dit is geen geldig JSON-bestand (te diep genest)") from exc


def decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise TableError("het bestand zegt UTF-8 te zijn maar is dat niet") from exc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise TableError("het bestand is geen geldig UTF-16") from exc
    if b"\x00" in data[:65536]:
        raise TableError("dit is geen tekstbestand (CSV); misschien een ander bestand met de naam .csv")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise TableError("onbekende tekenset; sla het bestand op als 'CSV UTF-8' of 'CSV "
                         "(gescheiden door lijstscheidingsteken)'") from exc


_CONTROL = dict.fromkeys(c for c in range(32) if chr(c) not in "\r\n\t")


def _control_junk(text: str) -> bool:
    sample = text[:65536]
    bad = len(sample) - len(sample.translate(_CONTROL))  # counted in C, not per character in Python
    return bad > max(3, len(sample) // 200)


def read_csv(data: bytes, is_header: IsHeader = _any_header, progress: Progress = NULL) -> Table:
    text = decode(data)
    if _control_junk(text):
        raise TableError("dit is geen tekstbestand (CSV); misschien een ander bestand met de naam .csv")
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first:
        raise TableError("het bestand bevat geen kopregel en geen rijen")
    delimiter = max((";", ",", "\t"), key=first.count)
    # strict: a quote inside a cell that is not doubled ("5" scherm") would otherwise be dropped
    # silently, or swallow the rows after it into one cell; refused instead, naming the line.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, Sequence[object]]] = []
    lines = text.count("\n") + 1  # counted in C; a cell's line breaks make it an estimate
    try:
        # A spreadsheet numbers records, not lines: a quoted cell with line breaks is one row, and an
        # empty line is an (empty) row of its own, which csv.reader gives as [].
        for number, cells in enumerate(reader, 1):
            if "".join(cells).strip():
                records.append((number, cells))
            if number % PROGRESS_EVERY == 0:
                progress.update(min(reader.line_num, lines), lines, READING)
    except csv.Error as exc:
        raise TableError(f"CSV kan niet worden gelezen bij regel {reader.line_num}: "
                         f"{_csv_reason(str(exc), delimiter)}") from exc
    return _with_header(records, is_header)


def _csv_reason(message: str, delimiter: str) -> str:
    """What Python's csv error means for the person who saved the file, in Dutch."""
    if "field larger than field limit" in message:
        return "een cel is groter dan 10 MB"
    if "expected after" in message or "end of data" in message or "unexpected end" in message:
        shown = "tab" if delimiter == "\t" else delimiter
        return (f"een aanhalingsteken (\") dat de cel niet afsluit, of een cel die na het sluitende "
                f"aanhalingsteken doorgaat; zet de hele cel tussen aanhalingstekens en schrijf een \" "
                f"in de tekst als \"\" (scheidingsteken: {shown})")
    return f"ongeldige CSV ({message})"


def _with_header(records: list[tuple[int, Sequence[object]]], is_header: IsHeader,
                 sheet: str = "") -> Table:
    """The header is the first row `is_header` accepts among the first HEADER_SEARCH_ROWS that are
    not empty, else the first row that is not empty; rows above it are left out."""
    if not records:
        raise TableError("het bestand bevat geen kopregel en geen rijen")
    at = next((n for n, (_, cells) in enumerate(records[:HEADER_SEARCH_ROWS]) if is_header(cells)), 0)
    number, cells = records[at]
    headers = ["" if c is None else str(c).strip() for c in cells]
    return Table(headers, records[at + 1:], number, sheet)


def check_zip(path: Path) -> None:
    """Refuse anything that is not a sane zip before openpyxl unpacks it."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise TableError("dit is geen geldig Excel-bestand (.xlsx)") from exc
    if len(infos) > MAX_XLSX_ENTRIES:
        raise TableError("het Excel-bestand bevat verdacht veel onderdelen; het wordt niet geopend")
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > MAX_XLSX_RATIO and info.file_size > 1_000_000:
            raise TableError("het Excel-bestand is verdacht sterk ingepakt (mogelijk een zip-bom); "
                             "het wordt niet geopend")
    if total > MAX_XLSX_UNPACKED:
        raise TableError("het Excel-bestand is uitgepakt te groot; het wordt niet geopend")
    names = {i.filename for i in infos}
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        raise TableError("dit is geen geldig Excel-bestand (.xlsx)")


PREFERRED_SHEETS = ("aanbod", "catalogus", "catalog")


def read_xlsx(path: Path, is_header: IsHeader = _any_header, progress: Progress = NULL) -> Table:
    """The sheet named Aanbod or Catalogus, else the first sheet whose header `is_header` accepts
    (the data need not be on the first sheet: a workbook often starts with an explanation), else
    the first sheet."""
    import openpyxl

    check_zip(path)
    progress.update(0, 0, READING)  # openpyxl reads the workbook's shared texts first, in one go
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many types for a broken workbook
        raise TableError(f"het Excel-bestand kan niet worden gelezen ({type(exc).__name__})") from exc
    try:
        sheets = sorted(wb.worksheets, key=lambda ws: ws.title.strip().lower() not in PREFERRED_SHEETS)
        if not sheets:
            raise TableError("het Excel-bestand heeft geen werkblad")
        if len(sheets) == 1 or sheets[0].title.strip().lower() in PREFERRED_SHEETS:
            return _sheet_table(sheets[0], is_header, progress, len(sheets) > 1)
        found = next((ws for ws in sheets if _header_in_top(ws, is_header)), sheets[0])
        return _sheet_table(found, is_header, progress, True)
    finally:
        wb.close()


def _header_in_top(sheet: object, is_header: IsHeader) -> bool:
    seen = 0
    for values in _iter_rows(sheet):
        if any(v not in (None, "") for v in values):
            if is_header(values):
                return True
            seen += 1
            if seen >= HEADER_SEARCH_ROWS:
                break
    return False


def _sheet_table(sheet: object, is_header: IsHeader, progress: Progress, named: bool) -> Table:
    records: list[tuple[int, Sequence[object]]] = []
    total = getattr(sheet, "max_row", None) or 0
    try:
        for number, values in enumerate(_iter_rows(sheet), 1):
            if any(v not in (None, "") for v in values):
                records.append((number, list(values)))
            if number % PROGRESS_EVERY == 0:
                # reading a large workbook takes most of an import's time: show it, let it be cancelled
                progress.update(min(number, total), max(total, number), READING)
    except TableError:
        raise
    except Exception as exc:
        raise TableError(f"het Excel-bestand kan niet worden gelezen ({type(exc).__name__})") from exc
    title = str(getattr(sheet, "title", ""))
    if not records:
        raise TableError(f"het werkblad '{title}' is leeg" if named else "het werkblad is leeg")
    return _with_header(records, is_header, title if named else "")


def _iter_rows(sheet: object) -> Iterator[tuple[object, ...]]:
    rows: Iterator[tuple[object, ...]] = sheet.iter_rows(values_only=True)  # type: ignore[attr-defined]
    yield from rows
