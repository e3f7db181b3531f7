"""Helpers for the UI tests: seeding candidates straight into the test database, opening the window."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from intake_desk.domain import IntakeStatus
from intake_desk.form_values import empty_values, to_record
from intake_desk.storage import candidates as repo
from intake_desk.storage import open_database
from ui.main_window import MainWindow


def seed(db_path: Path, people: list[tuple[str, str, str, str]], status: IntakeStatus =
         IntakeStatus.COMPLETE) -> None:
    """people: (first name, tussenvoegsel, surname, town)."""
    db = open_database(db_path)
    with db.atomic():
        for first, tussen, surname, town in people:
            repo.insert(db, to_record(empty_values(date(2026, 1, 15)) | {
                "first_name": first, "tussenvoegsel": tussen, "surname": surname, "town": town,
                "birth_date": "01-01-1990"}, status))
    db.close()


def many(n: int) -> list[tuple[str, str, str, str]]:
    return [(f"Voornaam{i}", "", f"Achternaam{i:05d}", "Utrecht" if i % 2 else "Zwolle")
            for i in range(n)]


def open_window(qtbot, db_path: Path, *, active: bool = False) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window on `db_path` as `intake-desk` starts it (ui/app.py start_window, without the
    theme), once it is `ready`; active when keys must reach it.

    The caller stops `window.runner` (the `window` fixture does).
    """
    from ui.app import start_window

    _app, window = start_window(db_path, db_path.parent / "data", themed=False)
    qtbot.addWidget(window)
    if not window.is_ready:
        with qtbot.waitSignal(window.ready, timeout=20_000):
            pass
    if active:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    return window


def answer_close(monkeypatch: Any, button_text: str) -> list[str]:
    """The question on quit, answered with the button of that text (a modal box would block);
    returns the questions asked."""
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        chosen = next(b for b in box.buttons() if b.text() == button_text)
        box.clickedButton = lambda: chosen  # type: ignore[method-assign]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return asked
