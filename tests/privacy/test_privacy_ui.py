"""The privacy dialogs: the audit log's view, the retention report that deletes only after the
advisor confirms, and the Privacy menu with its keys."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

import ui  # noqa: F401  (the PySide6 workaround first)
from intake_desk.app.privacy import purge_report_named
from intake_desk.domain import IntakeStatus
from intake_desk.domain.codec import replace
from intake_desk.storage import open_database
from ui.runner import DbRunner

from .helpers import unique_record

pytestmark = pytest.mark.skipif(not os.environ.get("QT_QPA_PLATFORM"), reason="needs Qt offscreen")


@pytest.fixture
def runner(qtbot, db_path: Path) -> Iterator[DbRunner]:  # type: ignore[no-untyped-def]
    r = DbRunner(db_path)
    with qtbot.waitSignal(r.opened, timeout=10_000):
        r.open()
    yield r
    r.stop()


def _old_person(db_path: Path) -> str:
    from intake_desk.app.candidates import add_candidate

    db = open_database(db_path)
    record = unique_record("Verlopentermijn")
    record = replace(record, intake=replace(record.intake, date=date(2020, 1, 1),
                                            status=IntakeStatus.COMPLETE))
    cid = add_candidate(db, record)[0].id
    db.close()
    return cid


def test_the_audit_dialog_shows_ids_only(qtbot, runner: DbRunner, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.privacy import AuditDialog

    cid = _old_person(db_path)
    dialog = AuditDialog(runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10_000)
    cells = [dialog.table.item(r, c).text() for r in range(dialog.table.rowCount())
             for c in range(dialog.table.columnCount())]
    assert cid in cells and "aangemaakt" in cells  # the stored code in words
    create = next(dialog.table.item(r, 2) for r in range(dialog.table.rowCount())
                  if dialog.table.item(r, 2).text() == "aangemaakt")
    assert create.toolTip() == "create"  # the code, as the CSV has it
    assert not any("Verlopentermijn" in c for c in cells)


def test_the_purge_dialog_deletes_only_what_stays_ticked(qtbot, runner: DbRunner, db_path: Path  # type: ignore[no-untyped-def]
                                                         ) -> None:
    from PySide6.QtCore import Qt

    from ui.dialogs.privacy import PurgeDialog

    cid = _old_person(db_path)
    db = open_database(db_path)
    report, names = purge_report_named(db, date.today())
    db.close()
    assert cid in report.ids
    dialog = PurgeDialog(runner, report, names)
    qtbot.addWidget(dialog)
    shown = [dialog.people.item(n).text() for n in range(dialog.people.count())]
    assert any("Verlopentermijn" in t for t in shown)
    assert dialog.chosen() == [cid]
    dialog.people.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.chosen() == []


def test_the_window_has_the_privacy_menu_with_keys(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.desk_helpers import open_window

    window = open_window(qtbot, db_path)
    try:
        menu = window.privacy_menu
        keys = {a.objectName(): a.shortcut().toString() for a in menu.actions() if a.objectName()}
        assert keys["privacyExport"] == "Ctrl+Shift+G" and keys["privacyAudit"] == "Ctrl+Shift+J"
        assert keys["privacyDelete"] == "Ctrl+Shift+Del"
        assert not next(a for a in menu.actions() if a.objectName() == "privacyDelete").isEnabled()
        window.candidate_selected.emit("x")
        assert next(a for a in menu.actions() if a.objectName() == "privacyDelete").isEnabled()
    finally:
        window.runner.stop()

