"""Every file dialog goes through ui/file_dialogs.py, and what is saved or exported is confirmed by name."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QPushButton

from ui import file_dialogs
from ui.main_window import MainWindow

from .desk_helpers import open_window

UI = Path(__file__).resolve().parents[2] / "ui"


def test_no_file_dialog_outside_file_dialogs() -> None:
    users = [str(p.relative_to(UI)) for p in UI.rglob("*.py")
             if p.name != "file_dialogs.py" and re.search(r"QFileDialog\.get", p.read_text(encoding="utf-8"))]
    assert users == []


def test_a_catalog_export_is_confirmed_with_the_file_name(qtbot, db_path, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.views.catalog_view import export_dialog

    window: MainWindow = open_window(qtbot, db_path)
    try:
        target = tmp_path / "aanbod-export.csv"
        asked: list[str] = []
        monkeypatch.setattr(file_dialogs, "save_file_name",
                            lambda _p, title, *_a: asked.append(title) or str(target))
        export_dialog(window)
        status = window.statusBar()
        qtbot.waitUntil(lambda: "aanbod-export.csv" in status.currentMessage(), timeout=10_000)
        assert asked == ["Catalogus exporteren"]
        assert target.exists() and target.stat().st_size > 0
        assert status.findChildren(QPushButton, "openSavedFolder")  # the folder is one click away
    finally:
        window.runner.stop()


def test_the_confirmation_does_not_overlap_the_status_bar(qtbot, db_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Seen under Xvfb: "Plan opgeslagen: ..." was painted over "Database: ...". The message, the
    database name and the folder button each keep their own place."""
    window: MainWindow = open_window(qtbot, db_path)
    try:
        window.show()
        file_dialogs.confirm_saved(window, [tmp_path / "plan.pdf"])
        qtbot.wait(50)
        status = window.statusBar()
        message = status.currentMessage()
        assert "plan.pdf" in message
        button = status.findChild(QPushButton, "openSavedFolder")
        assert button is not None and button.isVisible() and window.db_label.isVisible()
        text_end = status.fontMetrics().horizontalAdvance(message)
        assert window.db_label.geometry().left() > text_end
        assert not window.db_label.geometry().intersects(button.geometry())
    finally:
        window.runner.stop()
