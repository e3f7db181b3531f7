"""One pass of each kind of probe file through the app's own import dialog (ui/dialogs/catalog_import.py,
on its database thread), as an advisor would: choose, check, read the report, import."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from ui.dialogs.catalog_import import CatalogImportDialog
from ui.runner import DbRunner

from .test_files_probe import CATALOG, DEMAND, HEADER, big_rows, workbook


@pytest.fixture
def runner(qtbot, db_path: Path) -> Iterator[DbRunner]:
    r = DbRunner(db_path)
    with qtbot.waitSignal(r.opened, timeout=10_000):
        r.open()
    yield r
    r.stop()


def counts(db_path: Path) -> tuple[int, int, int]:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[return-value]
                     for t in ("catalog_items", "offerings", "demand"))
    finally:
        conn.close()


def checked(qtbot, dialog: CatalogImportDialog, path: Path) -> str:
    dialog.set_path(path)
    with qtbot.waitSignal(dialog.checked, timeout=60_000):
        dialog.check_button.click()
    return dialog.report_text.toPlainText()


@pytest.mark.parametrize("name,demand,expected", [
    ("quoted-newline", False, "regels.csv, rij 4, kolom 'weken'"),
    ("xlsx-second-sheet", False, "gelezen van werkblad"),
    ("json-trailing-comma", False, "komma te veel"),
    ("totals-row", False, "totaalregel"),
    ("demand-json-unchecked", True, "kolom 'demand[0].region_code'"),
])
def test_the_dialog_shows_the_report_and_writes_only_what_it_said(qtbot, runner, db_path, tmp_path,
                                                                  name, demand, expected):
    path = (DEMAND if demand else CATALOG)[name](tmp_path)
    dialog = CatalogImportDialog(runner, demand=demand)
    qtbot.addWidget(dialog)
    before = counts(db_path)
    text = checked(qtbot, dialog, path)
    assert expected in text, text
    assert counts(db_path) == before
    report = dialog.report
    assert report is not None
    assert dialog.import_button.isEnabled() == report.ok
    if not report.ok and dialog.valid_only.isEnabled():
        dialog.valid_only.setChecked(True)
    if dialog.import_button.isEnabled():
        with qtbot.waitSignal(dialog.imported, timeout=60_000) as done:
            dialog.import_button.click()
        written = done.args[0]
        # exactly what the check said: the good rows' offerings, nothing of the bad rows
        assert counts(db_path)[1] - before[1] == report.offerings_new
        assert written.offerings_new == report.offerings_new
    else:
        assert counts(db_path) == before


def test_a_large_workbook_through_the_dialog(qtbot, runner, db_path, tmp_path):
    path = workbook(tmp_path / "groot.xlsx", [("Aanbod", [list(HEADER), *big_rows(3000)])])
    dialog = CatalogImportDialog(runner)
    qtbot.addWidget(dialog)
    text = checked(qtbot, dialog, path)
    assert dialog.report is not None and dialog.report.ok, text
    before = counts(db_path)
    with qtbot.waitSignal(dialog.imported, timeout=120_000):
        dialog.import_button.click()
    assert counts(db_path)[1] == before[1] + 3000
