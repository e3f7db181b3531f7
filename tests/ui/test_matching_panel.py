"""The routes panel, driven as an advisor would: select a candidate, look, edit, break a rule, save."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from intake_desk.app.candidates import add_candidate
from intake_desk.domain import (
    Availability,
    Candidate,
    CandidateRecord,
    Cefr,
    Consent,
    ConsentPurpose,
    DutchLevel,
    EducationEntry,
    EducationLevel,
    Goal,
    Intake,
    PersonName,
)
from intake_desk.storage import open_database
from intake_desk.storage import plans as plan_repo
from ui.main_window import MainWindow
from ui.runner import DbRunner

from .desk_helpers import open_window

TODAY = date(2026, 11, 22)
# A plan is kept only with consent for it (app/routes.save_plan, session 8).
PLAN_CONSENT = Consent(given=True, date=TODAY,
                       purposes=frozenset({ConsentPurpose.ADVICE, ConsentPurpose.PLAN}))


@pytest.fixture
def with_candidate(db_path: Path) -> tuple[Path, str]:
    db = open_database(db_path)
    record = CandidateRecord(
        Candidate(PersonName("Ria", "Visser"), birth_date=date(1974, 3, 1), region_code="zeeland"),
        Intake(date=TODAY, education=(EducationEntry(EducationLevel.VMBO_KB),),
               dutch=DutchLevel(native=True, overall=Cefr.C1), availability=Availability(24),
               goals=(Goal("Helpende zorg en welzijn", sector="zorg en welzijn"),), consent=PLAN_CONSENT))
    meta, _ = add_candidate(db, record)
    db.close()
    return db_path, meta.id


@pytest.fixture
def panel_window(qtbot, with_candidate: tuple[Path, str]) -> Iterator[tuple[MainWindow, str]]:
    path, cid = with_candidate
    r = DbRunner(path)
    w = MainWindow(r)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.ready, timeout=10_000):
        r.open()
    w.match_panel.today = TODAY
    yield w, cid
    r.stop()


def _select(qtbot, w: MainWindow, cid: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(w.match_panel.routes_shown, timeout=10_000) as shown:
        w.candidate_selected.emit(cid)
    assert shown.args[0] > 0


def test_selecting_a_candidate_lists_routes_with_reasons(qtbot, panel_window) -> None:  # type: ignore[no-untyped-def]
    w, cid = panel_window
    _select(qtbot, w, cid)
    panel = w.match_panel
    assert panel.route_list.count() >= 1
    line = panel.route_list.item(0).text()
    assert "past " in line and "punten" not in line  # words, not points (issue 12)
    assert panel.steps.rowCount() >= 1
    assert "Zeeland" in panel.explain.toPlainText()
    assert panel.save_button.isEnabled()


def test_an_edit_that_breaks_a_rule_is_named_and_blocks_saving(qtbot, panel_window) -> None:  # type: ignore[no-untyped-def]
    w, cid = panel_window
    _select(qtbot, w, cid)
    panel = w.match_panel
    panel.steps.setCurrentCell(0, 0)
    with qtbot.waitSignal(panel.route_checked) as checked:
        panel.move_selected(TODAY - timedelta(days=30))
    assert checked.args == [False]
    assert "Niet starten in het verleden" in panel.problems.text()
    assert not panel.save_button.isEnabled()
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert panel.problems.text() == ""
    assert panel.save_button.isEnabled()


def test_drop_and_swap_are_rechecked(qtbot, panel_window) -> None:  # type: ignore[no-untyped-def]
    w, cid = panel_window
    _select(qtbot, w, cid)
    panel = w.match_panel
    panel.steps.setCurrentCell(0, 0)
    if panel._alternatives:
        with qtbot.waitSignal(panel.route_checked):
            panel.swap_selected()
        assert panel.current is not None
    with qtbot.waitSignal(panel.route_checked) as checked:
        panel.drop_selected()
    assert checked.args == [False]  # a route without steps is no route
    assert "aanbod" in panel.problems.text().lower() or "stappen" in panel.problems.text()


def test_save_as_plan_makes_a_new_version_each_time(qtbot, panel_window) -> None:  # type: ignore[no-untyped-def]
    w, cid = panel_window
    _select(qtbot, w, cid)
    panel = w.match_panel
    with qtbot.waitSignal(panel.plan_saved, timeout=10_000) as first:
        panel.save_button.click()
    with qtbot.waitSignal(panel.plan_saved, timeout=10_000) as second:
        panel.save_button.click()
    assert (first.args, second.args) == ([1], [2])
    assert "versie 2" in panel.status.text()
    job = w.runner.submit(plan_repo.versions, cid)
    with qtbot.waitSignal(job.finished, timeout=10_000) as done:
        pass
    versions = done.args[0]
    assert [v.version for v in versions] == [1, 2]
    assert versions[0].route.steps


def test_no_candidate_clears_the_panel(qtbot, panel_window) -> None:  # type: ignore[no-untyped-def]
    w, cid = panel_window
    _select(qtbot, w, cid)
    w.candidate_selected.emit("")
    assert w.match_panel.route_list.count() == 0
    assert not w.match_panel.save_button.isEnabled()
    assert not w.match_panel.save_button.isVisibleTo(w.match_panel)


def test_without_a_candidate_the_panel_is_only_its_message(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Seen under Xvfb (issue 12): with nobody chosen the dock showed an empty route list, an empty
    steps table with a cut-off header, "Route aanpassen…" and a disabled "Opslaan als plan"."""
    window = open_window(qtbot, db_path)
    try:
        panel = window.match_panel
        for widget in (panel.route_list, panel.steps, panel.edit_toggle, panel.save_button,
                       panel.no_route_button, panel.explain):
            assert not widget.isVisibleTo(panel), widget
        assert panel.header.isVisibleTo(panel) and "Kies een kandidaat" in panel.header.text()
    finally:
        window.runner.stop()


def test_choosing_a_candidate_with_routes_shows_them(qtbot, panel_window) -> None:  # type: ignore[no-untyped-def]
    w, cid = panel_window
    panel = w.match_panel
    assert not panel.steps.isVisibleTo(panel)
    _select(qtbot, w, cid)
    for widget in (panel.route_list, panel.steps, panel.edit_toggle, panel.save_button, panel.explain):
        assert widget.isVisibleTo(panel), widget
    assert not panel.no_route_button.isVisibleTo(panel)


def test_edits_undo_and_redo_step_by_step(qtbot, panel_window) -> None:  # type: ignore[no-untyped-def]
    w, cid = panel_window
    _select(qtbot, w, cid)
    panel = w.match_panel
    proposal = panel.current
    assert proposal is not None and not panel.undo_button.isEnabled()
    assert not panel.reset_button.isEnabled()  # nothing to go back to yet
    panel.steps.setCurrentCell(0, 0)
    with qtbot.waitSignal(panel.route_checked):
        panel.move_selected(TODAY - timedelta(days=30))
    broken = panel.current
    assert broken is not None and not broken.ok
    panel.steps.setCurrentCell(0, 0)
    with qtbot.waitSignal(panel.route_checked):
        panel.drop_selected()
    assert panel.current is not None and not panel.current.route.steps

    # Ctrl+Z with focus in the panel takes back the drop, then the move.
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)
    panel.steps.setFocus()
    with qtbot.waitSignal(panel.route_checked):
        qtbot.keyClick(panel.steps, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.current == broken
    assert "Niet starten in het verleden" in panel.problems.text()
    panel.undo_button.click()
    assert panel.current == proposal
    assert panel.problems.text() == "" and panel.save_button.isEnabled()
    assert not panel.undo_button.isEnabled() and panel.redo_button.isEnabled()

    panel.redo_button.click()
    assert panel.current == broken and not panel.save_button.isEnabled()

    # Back to the proposal is itself one undoable step.
    panel.reset_button.click()
    assert panel.current == proposal
    panel.undo_button.click()
    assert panel.current == broken


def test_choosing_another_route_starts_a_fresh_history(qtbot, panel_window) -> None:  # type: ignore[no-untyped-def]
    w, cid = panel_window
    _select(qtbot, w, cid)
    panel = w.match_panel
    panel.steps.setCurrentCell(0, 0)
    with qtbot.waitSignal(panel.route_checked):
        panel.move_selected(TODAY - timedelta(days=30))
    assert panel.undo_button.isEnabled()
    panel.route_list.setCurrentRow(min(1, panel.route_list.count() - 1))
    if panel.route_list.count() > 1:
        assert panel.undo_stack.count() == 0 and not panel.undo_button.isEnabled()
    w.candidate_selected.emit("")
    assert panel.undo_stack.count() == 0


def test_no_route_still_saves_a_plan(qtbot, panel_window) -> None:  # type: ignore[no-untyped-def]
    # Nobody leaves without a plan: no hours free, so no route, but a plan that says why (issue 11).
    w, _cid = panel_window
    record = CandidateRecord(
        Candidate(PersonName("Sanne", "Bakker"), birth_date=date(1990, 1, 1), region_code="zeeland"),
        Intake(date=TODAY, dutch=DutchLevel(native=True, overall=Cefr.C1), availability=Availability(0),
               goals=(Goal("Kok", sector="horeca"),), consent=PLAN_CONSENT))
    job = w.runner.submit(add_candidate, record)
    with qtbot.waitSignal(job.finished, timeout=10_000) as added:
        pass
    cid = added.args[0][0].id
    panel = w.match_panel
    with qtbot.waitSignal(panel.routes_shown, timeout=10_000) as shown:
        w.candidate_selected.emit(cid)
    assert shown.args == [0] and not panel.save_button.isVisibleTo(panel)
    assert panel.no_route_button.isVisibleTo(panel)
    # No empty tables when nothing fits: the message says why, the button what can be done.
    assert not panel.steps.isVisibleTo(panel) and not panel.route_list.isVisibleTo(panel)
    assert not panel.edit_toggle.isVisibleTo(panel)
    assert "Geen passende route" in panel.header.text() and panel.header.isVisibleTo(panel)
    with qtbot.waitSignal(panel.plan_saved, timeout=10_000) as saved:
        panel.no_route_button.click()
    assert saved.args == [1]
    job = w.runner.submit(plan_repo.versions, cid)
    with qtbot.waitSignal(job.finished, timeout=10_000) as done:
        pass
    [version] = done.args[0]
    assert not version.route.steps and version.route.gaps[0].code == "geen-uren"
    _select(qtbot, w, _cid)  # a candidate with routes: the button goes away
    assert not panel.no_route_button.isVisibleTo(panel)


def test_the_keyboard_reaches_save_from_the_routes(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Tab leaves the steps table (it does not walk its cells), and Ctrl+Shift+S saves the plan."""
    panel = window.match_panel
    assert not panel.steps.tabKeyNavigation()
    assert panel.explain.tabChangesFocus()
    shortcuts = [a.shortcut().toString() for a in panel.actions()]
    assert "Ctrl+Shift+S" in shortcuts


def test_save_as_plan_is_in_sight_once_routes_are_shown(qtbot, panel_window) -> None:  # type: ignore[no-untyped-def]
    """The button shows only with routes to save (issue 12), and then never below the fold of a
    scroll area on a 1366x768 laptop."""
    from PySide6.QtWidgets import QDockWidget, QScrollArea

    w, cid = panel_window
    w.show()
    dock = w.findChild(QDockWidget, "routes")
    dock.show()
    dock.raise_()
    w.resize(1366 - 16, 768 - 48)  # a laptop's screen, less the title bar and borders
    button = w.match_panel.save_button
    assert not button.isVisible()
    _select(qtbot, w, cid)
    qtbot.waitUntil(button.isVisible, timeout=5000)
    parent = button.parentWidget()
    while parent is not None and parent is not w.match_panel:
        assert not isinstance(parent, QScrollArea), "the save button scrolls out of sight"
        parent = parent.parentWidget()
    assert not button.visibleRegion().isEmpty()


def test_the_route_heading_keeps_the_capitals_of_its_words(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A route that cannot be judged before the level of Dutch is known says so at the top of its
    explanation; only its first letter is made a capital ("Nederlands", "Alt+3" stay as written)."""
    db = open_database(db_path)
    record = CandidateRecord(
        Candidate(PersonName("Amal", "Haddad"), birth_date=date(1990, 6, 1), region_code="zwolle"),
        Intake(date=TODAY, education=(EducationEntry(EducationLevel.MBO2),),
               dutch=DutchLevel(overall=Cefr.UNKNOWN), availability=Availability(24),
               goals=(Goal("Verzorgende-IG", sector="zorg en welzijn"),), consent=PLAN_CONSENT))
    meta, _ = add_candidate(db, record)
    db.close()
    r = DbRunner(db_path)
    w = MainWindow(r)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.ready, timeout=10_000):
        r.open()
    w.match_panel.today = TODAY
    try:
        _select(qtbot, w, meta.id)
        text = w.match_panel.explain.toPlainText()
        assert "Eerst niveau Nederlands nagaan (Taal, Alt+3)" in text
    finally:
        r.stop()
