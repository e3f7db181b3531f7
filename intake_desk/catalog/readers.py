"""Reading a school's table from CSV or XLSX into header + rows, refusing what is not a table.

CSV: comma, semicolon or tab; UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252 (what
Dutch Excel writes). XLSX: checked as a zip first (size, ratio and entry count, against zip bombs),
then read with openpyxl in read-only mode; openpyxl parses with defusedxml when it is installed.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..storage.errors import os_reason

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_XLSX_UNPACKED = 300 * 1024 * 1024
MAX_XLSX_RATIO = 150
MAX_XLSX_ENTRIES = 2000
csv.field_size_limit(10 * 1024 * 1024)


class TableError(ValueError):
    """The file as a whole cannot be read; the message is Dutch and says what to do."""


@dataclass(frozen=True, slots=True)
class Table:
    headers: list[str]
    rows: Sequence[tuple[int, Sequence[object]]]  # (row number in the file, header = 1; cells)


def read_table(path: Path) -> Table:
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise TableError(f"het bestand kan niet worden geopend ({os_reason(exc)})") from exc
    if size == 0:
        raise TableError("het bestand is leeg")
    if size > MAX_FILE_BYTES:
        raise TableError(f"het bestand is te groot ({size // 1_000_000} MB; hoogstens "
                         f"{MAX_FILE_BYTES // 1_000_000} MB)")
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    if suffix in (".csv", ".txt", ".tsv"):
        return read_csv(path.read_bytes())
    raise TableError(f"onbekend bestandstype {suffix or '(geen)'}; gebruik .csv, .xlsx of .json")


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


def read_csv(data: bytes) -> Table:
    text = decode(data)
    if _control_junk(text):
        raise TableError("dit is geen tekstbestand (CSV); misschien een ander bestand met de naam .csv")
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first:
        raise TableError("het bestand bevat geen kopregel en geen rijen")
    delimiter = max((";", ",", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: list[str] | None = None
    rows: list[tuple[int, Sequence[object]]] = []
    try:
        line = 1
        for cells in reader:
            if headers is None:
                if "".join(cells).strip():
                    headers = [c.strip() for c in cells]
                line = reader.line_num + 1
                continue
            if "".join(cells).strip():
                rows.append((line, cells))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise TableError(f"CSV kan niet worden gelezen bij regel {reader.line_num}: {exc}") from exc
    if headers is None:
        raise TableError("het bestand bevat geen kopregel en geen rijen")
    return Table(headers, rows)


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


def read_xlsx(path: Path) -> Table:
    import openpyxl

    check_zip(path)
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many types for a broken workbook
        raise TableError(f"het Excel-bestand kan niet worden gelezen ({type(exc).__name__})") from exc
    try:
        sheet = next((wb[n] for n in wb.sheetnames if n.lower() in ("aanbod", "catalogus", "catalog")),
                     wb.worksheets[0] if wb.worksheets else None)
        if sheet is None:
            raise TableError("het Excel-bestand heeft geen werkblad")
        headers: list[str] | None = None
        rows: list[tuple[int, list[object]]] = []
        try:
            for number, values in enumerate(_iter_rows(sheet), 1):
                cells = list(values)
                if not any(v not in (None, "") for v in cells):
                    continue
                if headers is None:
                    headers = ["" if v is None else str(v).strip() for v in cells]
                else:
                    rows.append((number, cells))
        except TableError:
            raise
        except Exception as exc:
            raise TableError(f"het Excel-bestand kan niet worden gelezen ({type(exc).__name__})") from exc
        if headers is None:
            raise TableError("het werkblad is leeg")
        return Table(headers, rows)
    finally:
        wb.close()


def _iter_rows(sheet: object) -> Iterator[tuple[object, ...]]:
    rows: Iterator[tuple[object, ...]] = sheet.iter_rows(values_only=True)  # type: ignore[attr-defined]
    yield from rows
