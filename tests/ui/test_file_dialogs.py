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
        export_dialog(window, window.runner)
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


def test_qts_own_dialog_is_labelled_in_dutch_throughout(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Seen under Xvfb: Qt's dialog said "Look in:" and "Files of type:" in a Dutch interface (the
    qtbase translation lacks them). Driven as the advisor sees it: open, read the labels, cancel."""
    from PySide6.QtCore import QLocale, QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.English)))
    seen: dict[str, list[str]] = {}

    def read_and_cancel(key: str) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        box = dialog.findChild(QDialogButtonBox)
        texts = [w.text() for w in dialog.findChildren(QLabel) if w.isVisibleTo(dialog)]
        seen[key] = [t.replace("&", "") for t in texts + [b.text() for b in box.buttons()]]
        dialog.reject()

    QTimer.singleShot(0, lambda: read_and_cancel("save"))
    assert file_dialogs.save_file_name(None, "Plan opslaan als PDF", "plan.pdf",
                                       "PDF-bestanden (*.pdf)") == ""
    QTimer.singleShot(0, lambda: read_and_cancel("open"))
    assert file_dialogs.open_file_name(None, "Catalogus importeren", "", "CSV (*.csv)") == ""
    QTimer.singleShot(0, lambda: read_and_cancel("folder"))
    assert file_dialogs.existing_directory(None, "Map voor de plannen") == ""
    for key, texts in seen.items():
        english = {"Look in:", "File name:", "Files of type:", "Cancel", "Save", "Open", "Choose"}
        assert not english & set(texts), (key, texts)
        assert "Zoeken in:" in texts and "Annuleren" in texts, (key, texts)
    assert "Bestandstype:" in seen["save"] and "Opslaan" in seen["save"]
    assert "Openen" in seen["open"] and "Kiezen" in seen["folder"]
