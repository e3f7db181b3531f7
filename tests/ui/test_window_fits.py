"""The window on a 1366x768 laptop (about 1366x720 left below the task bar), at 100% and at 200% text,
started the way `intake-desk` starts it (stored text size, theme): every tab fits, with its docks and
the candidate bar, and no one-line label or button is cut off. At the desk the list keeps room for a
full name and the form gets the rest."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QApplication, QDockWidget, QLabel, QWidget

from intake_desk.storage import open_database
from intake_desk.storage import settings as settings_repo
from ui import theme
from ui.app import build_window
from ui.main_window import MainWindow

from .desk_helpers import seed

LAPTOP = (1366, 720)
LONG_NAME = ("Anna-Maria", "van der", "Vermeulen")  # "Vermeulen, Anna-Maria van der": 29 characters


@pytest.fixture
def started(qapp: QApplication, tmp_path: Path) -> Iterator[list[MainWindow]]:
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        window.runner.stop()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    theme.apply(qapp, "system", tmp_path / "theme-reset")  # the other tests run without the theme


def start_at(qtbot, db_path: Path, cache: Path, text_size: int,  # type: ignore[no-untyped-def]
             started: list[MainWindow]) -> MainWindow:
    db = open_database(db_path)
    with db.atomic():
        settings_repo.save(db, replace(settings_repo.load(db), text_size=text_size))
    db.close()
    _app, window = build_window(db_path, cache)
    qtbot.addWidget(window)  # closed and deleted after the test, while Python is whole
    started.append(window)
    window.resize(*LAPTOP)
    QApplication.processEvents()
    return window


def clipped(root: QWidget) -> list[str]:
    """One-line labels and buttons narrower than their text (word-wrapped labels wrap; elided ones
    carry their whole text in the tooltip, which is checked too)."""
    out = []
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if not widget.isVisible() or not widget.text() or widget.window() is not root.window():
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or widget.text().endswith("…")
                                           or widget.textFormat() == widget.textFormat().RichText):
            continue
        if widget.width() < widget.sizeHint().width():
            out.append(f"{type(widget).__name__} {widget.text()!r}: {widget.width()} < "
                       f"{widget.sizeHint().width()}")
    return out


@pytest.mark.parametrize("text_size", [100, 200])
def test_every_tab_fits_a_laptop_screen(qtbot, db_path: Path, tmp_path: Path, text_size: int,
                                        started: list[MainWindow]) -> None:  # type: ignore[no-untyped-def]
    seed(db_path, [(LONG_NAME[0], LONG_NAME[1], LONG_NAME[2], "Zwolle")])
    window = start_at(qtbot, db_path, tmp_path / "cache", text_size, started)
    problems = []
    for n in range(window.tabs.count()):
        window.tabs.setCurrentIndex(n)
        QApplication.processEvents()
        title = window.tabs.tabText(n)
        need = window.minimumSizeHint()
        docks = [d.objectName() for d in window.findChildren(QDockWidget) if d.isVisible()]
        if need.width() > LAPTOP[0] or need.height() > LAPTOP[1]:
            problems.append(f"{title} (docks {docks}) needs {need.width()}x{need.height()}")
        window.resize(*LAPTOP)
        QApplication.processEvents()
        if window.width() > LAPTOP[0]:
            problems.append(f"{title}: the window is {window.width()} wide")
        problems += [f"{title}: {p}" for p in clipped(window)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("text_size", [100, 200])
def test_the_desk_shows_a_full_name_in_the_list_and_the_form_gets_the_rest(
        qtbot, db_path: Path, tmp_path: Path, text_size: int, started: list[MainWindow]) -> None:  # type: ignore[no-untyped-def]
    seed(db_path, [(LONG_NAME[0], LONG_NAME[1], LONG_NAME[2], "Zwolle")])
    window = start_at(qtbot, db_path, tmp_path / "cache", text_size, started)
    desk = window.candidates
    window.tabs.setCurrentWidget(desk)
    QApplication.processEvents()
    assert any(d.isVisible() for d in window.findChildren(QDockWidget))  # the docks beside the desk
    table = desk.table
    shown = desk.model().index(0, 0).data()
    assert LONG_NAME[2] in shown
    needed = table.fontMetrics().horizontalAdvance(shown)
    assert table.columnWidth(0) >= needed, f"{shown!r} needs {needed}, the column is {table.columnWidth(0)}"
    assert table.viewport().width() >= table.columnWidth(0), "the name column is cut off by the list"
    # The form is at least as wide as the list: a full name fits on its title line.
    assert desk.form.width() >= desk.list_side.width()
    window.resize(*LAPTOP)
    QApplication.processEvents()
    wider = desk.form.width()
    window.resize(LAPTOP[0] + 300, LAPTOP[1])
    QApplication.processEvents()
    assert desk.form.width() > wider  # a wider window widens the form, not the list


@pytest.mark.parametrize("text_size", [100, 200])
def test_the_routes_dock_with_its_messages_and_both_buttons_still_fits(
        qtbot, db_path: Path, tmp_path: Path, text_size: int, started: list[MainWindow]) -> None:  # type: ignore[no-untyped-def]
    window = start_at(qtbot, db_path, tmp_path / "cache", text_size, started)
    window.tabs.setCurrentWidget(window.candidates)
    panel = window.match_panel
    # What the panel says after saving, and the button shown when no route fits: one line each, they
    # once made the dock 626 px wide at 200% text, the window 1526.
    panel.status.setText("Plan opgeslagen als versie 12. Het plan staat klaar om af te drukken.")
    panel.no_route_button.show()
    QApplication.processEvents()
    assert window.minimumSizeHint().width() <= LAPTOP[0]
    window.resize(*LAPTOP)
    QApplication.processEvents()
    assert not clipped(panel)
