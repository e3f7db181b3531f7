"""Faults found walking the real app as a new advisor would (session 8), each driven through the window
as `intake-desk` starts it (tests/ui/desk_helpers.open_window) and by keyboard where the advisor would
use it. Each test failed before its fix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from ui.main_window import MainWindow
from ui.parts import Tab

from .desk_helpers import open_window

CTRL = Qt.KeyboardModifier.ControlModifier


def in_view(widget: QWidget, scroll: Any) -> bool:
    """Whether `widget` lies inside the visible part of the scroll area (not under the fold)."""
    viewport = scroll.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return QRect(QPoint(0, 0), viewport.size()).contains(QRect(top_left, widget.size()))


def laptop_window(qtbot: Any, db_path: Path) -> MainWindow:
    window = open_window(qtbot, db_path, active=True)
    # A 1366x768 laptop less the task bar and title; the offscreen tests run without the theme,
    # whose padding makes every row taller, so the window is a little lower than on the laptop.
    window.resize(1280, 560)
    return window


def done(window: MainWindow) -> None:
    """End a test: what a step left typed must not hold the test up with a question at closing."""
    for form in (window.candidates.form, window.quick):
        if form is not None:
            form.set_dirty(False)
    window.runner.stop()


def test_quick_intake_says_saved_where_the_advisor_looks(qtbot: Any, db_path: Path) -> None:
    """At a fair the confirmation "Opgeslagen: <naam>" fell below the fold of a laptop screen."""
    window = laptop_window(qtbot, db_path)
    try:
        qtbot.keyClick(window, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
        quick = window.quick
        assert quick is not None and quick.first_name.hasFocus()
        for text in ("Joost", "", "Bakker", "01-01-2004", "06 98 76 54 32", "joost@voorbeeld.nl",
                     "4331 AB", "Middelburg", "kok", "16"):
            qtbot.keyClicks(QApplication.focusWidget(), text)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        with qtbot.waitSignal(quick.saved, timeout=10_000):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
        assert quick.status.text().startswith("Opgeslagen: Joost Bakker")
        assert in_view(quick.status, quick.scroll_area)
        assert in_view(quick.save_button, quick.scroll_area)
        # a refused save (an empty form) is said in the same place
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
        assert quick.status.text().startswith("Niet opgeslagen")
        assert in_view(quick.status, quick.scroll_area)
    finally:
        done(window)


def test_refusal_counts_the_other_fields_in_plain_dutch(qtbot: Any, db_path: Path) -> None:
    """"(en nog 2 veld(en) om na te kijken)": the form says "2 velden" and "1 veld"."""
    window = laptop_window(qtbot, db_path)
    try:
        window.show_tab(Tab.QUICK)
        quick = window.quick
        assert quick is not None
        quick.first_name.setFocus()
        for text in ("Fatima", "", "El Amrani", "12-03-2031", "", "fatima.hotmail.com", "4331 XZZ"):
            qtbot.keyClicks(QApplication.focusWidget(), text)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
        text = quick.status.text()
        assert "Geboortedatum" in text and "2 velden om na te kijken" in text, text
        assert "veld(en)" not in text
        quick.email.setFocus()
        quick.email.selectAll()
        qtbot.keyClicks(quick.email, "fatima@hotmail.com")
        qtbot.keyClick(quick.email, Qt.Key.Key_Tab)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
        assert "1 veld om na te kijken" in quick.status.text(), quick.status.text()
    finally:
        done(window)


def _open_with_plan(qtbot: Any, window: MainWindow, db_path: Path) -> str:
    """A stored candidate with a plan version, opened at the desk; returns its id."""
    from intake_desk.storage import open_database

    from .test_plans_panel import add

    db = open_database(db_path)
    try:
        cid = add(db)
    finally:
        db.close()
    window.show_tab(Tab.DESK)
    panel = window.plan_panel
    assert panel is not None
    with qtbot.waitSignal(window.candidates.form.loaded, timeout=10_000), \
            qtbot.waitSignal(panel.rendered, timeout=20_000):
        window.candidates.open_candidate(cid)
    return cid


def test_help_lists_keys_as_on_the_keyboard(qtbot: Any, db_path: Path) -> None:
    """Help > Sneltoetsen said "Ctrl+Shift+Return" and "Ctrl+Z, Ongedaan maken" (Qt's Undo key by
    name), and had no key to print a plan although the help text promised Ctrl+P."""
    window = laptop_window(qtbot, db_path)
    try:
        keys = dict(window.shortcuts())
        assert keys.get("Volgende stap") == "Ctrl+Shift+Enter"
        assert keys.get("Opslaan en volgende") == "Ctrl+Enter"
        assert keys.get("Plan afdrukken") == "Ctrl+P"
        for what, typed in keys.items():
            assert "Return" not in typed, what
            for part in typed.split(", "):
                assert "+" in part or part.startswith("F"), (what, typed)  # keys, never words
    finally:
        done(window)


def test_ctrl_p_prints_the_plan_also_under_the_routes_dock(qtbot: Any, db_path: Path,
                                                          monkeypatch: Any) -> None:
    from ui.views import plan_panel as plan_module

    printed: list[str] = []
    monkeypatch.setattr(plan_module, "print_or_save", lambda _p, files: printed.append(files[0][0]) or True)
    window = laptop_window(qtbot, db_path)
    try:
        _open_with_plan(qtbot, window, db_path)
        routes = window.findChild(__import__("PySide6.QtWidgets", fromlist=["QDockWidget"]).QDockWidget,
                                  "routes")
        assert routes is not None
        routes.raise_()  # the Leerroutes dock on top of the plan, as after "Opslaan als plan"
        window.candidates.form.go_to_section(7)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, CTRL)
        assert printed and printed[0].startswith("plan-")
    finally:
        done(window)


def test_form_keys_work_from_the_bar_and_the_plan_dock(qtbot: Any, db_path: Path) -> None:
    """After "Volgende stap" the focus is in the plan dock; Tab from the last field goes to the bar.
    From both, Alt+8, Ctrl+S and Ctrl+Z used to do nothing."""
    window = laptop_window(qtbot, db_path)
    try:
        cid = _open_with_plan(qtbot, window, db_path)
        form = window.candidates.form
        panel = window.plan_panel
        assert panel is not None and window.workspace is not None
        panel.view.setFocus()
        qtbot.keyClick(panel.view, Qt.Key.Key_8, Qt.KeyboardModifier.AltModifier)
        notes = form.widgets["notes"]
        assert notes.hasFocus(), QApplication.focusWidget()
        qtbot.keyClicks(notes, "Komt via de gemeente.")
        # the form's last field; Tab leaves it for the bar above
        window.workspace.stage_button.setFocus()
        assert form.dirty
        qtbot.keyClick(window.workspace.stage_button, Qt.Key.Key_Z, CTRL)
        assert "Komt via" not in form.values()["notes"]
        qtbot.keyClick(window.workspace.stage_button, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
        assert "Komt via de gemeente." in form.values()["notes"]
        with qtbot.waitSignal(form.saved, timeout=10_000):
            qtbot.keyClick(window.workspace.stage_button, Qt.Key.Key_S, CTRL)
        assert not form.dirty
        from intake_desk.storage import candidates as repo
        from intake_desk.storage import open_database

        db = open_database(db_path)
        try:
            assert "Komt via de gemeente." in repo.get(db, cid)[1].intake.notes
        finally:
            db.close()
    finally:
        done(window)


def test_going_back_at_closing_puts_the_cursor_in_the_unsaved_form(qtbot: Any, db_path: Path,
                                                                   monkeypatch: Any) -> None:
    from .desk_helpers import answer_close

    window = laptop_window(qtbot, db_path)
    try:
        _open_with_plan(qtbot, window, db_path)
        form = window.candidates.form
        form.go_to_section(7)
        notes = form.widgets["notes"]
        qtbot.keyClicks(notes, "Belt maandag terug.")
        assert window.workspace is not None
        window.workspace.stage_button.setFocus()  # Tab from the last field
        window.show_tab(Tab.HOME)
        asked = answer_close(monkeypatch, "Teruggaan")
        assert not window.close()
        assert asked
        assert window.current_tab() is Tab.DESK
        assert notes.hasFocus(), QApplication.focusWidget()
        with qtbot.waitSignal(form.saved, timeout=10_000):
            qtbot.keyClick(notes, Qt.Key.Key_S, CTRL)
    finally:
        done(window)
