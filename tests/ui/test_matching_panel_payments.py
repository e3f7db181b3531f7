"""The routes panel shows who pays what per step, as the printed plan does: in the reasons (reached by
Tab from the steps) and on each step's funding cell (tooltip and screen-reader text)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from intake_desk.app.candidates import add_candidate
from intake_desk.domain import (
    Availability,
    Candidate,
    CandidateRecord,
    Cefr,
    DutchLevel,
    EducationEntry,
    EducationLevel,
    Goal,
    Intake,
    PersonName,
    Referrer,
    Situation,
)
from intake_desk.storage import open_database
from ui.main_window import MainWindow
from ui.runner import DbRunner
from ui.views.route_words import payment_text

TODAY = date(2026, 11, 22)


@pytest.fixture
def panel(qtbot, db_path: Path) -> Iterator[tuple[MainWindow, str]]:  # type: ignore[no-untyped-def]
    db = open_database(db_path)
    # a WW client sent by UWV: UWV scholing pays part of the route, so the lines name a payer
    record = CandidateRecord(
        Candidate(PersonName("Ria", "Visser"), birth_date=date(1974, 3, 1), region_code="zeeland"),
        Intake(date=TODAY, education=(EducationEntry(EducationLevel.VMBO_KB),), situation=Situation.WW,
               referrer=Referrer.UWV, funding=("UWV scholing",),
               dutch=DutchLevel(native=True, overall=Cefr.C1), availability=Availability(24),
               goals=(Goal("Helpende zorg en welzijn", sector="zorg en welzijn"),)))
    meta, _ = add_candidate(db, record)
    db.close()
    runner = DbRunner(db_path)
    w = MainWindow(runner)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.ready, timeout=10_000):
        runner.open()
    w.match_panel.today = TODAY
    yield w, meta.id
    runner.stop()


def test_each_step_says_who_pays_what(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    w, cid = panel
    p = w.match_panel
    with qtbot.waitSignal(p.routes_shown, timeout=10_000) as shown:
        w.candidate_selected.emit(cid)
    assert shown.args[0] > 0
    seen = 0
    for row in range(p.route_list.count()):
        p.route_list.setCurrentRow(row)
        route = p.current.route
        text = p.explain.toPlainText().replace("\xa0", " ")
        for n, step in enumerate(route.steps):
            if step.payment is None:
                continue
            seen += 1
            words = payment_text(step.payment).replace("\xa0", " ")
            assert words and words in text, (words, text)
            assert f"{step.title}: {words}" in text  # which step it is about
            cell = p.steps.item(n, 7)
            assert cell.toolTip().replace("\xa0", " ") == words
            assert words in cell.data(Qt.ItemDataRole.AccessibleTextRole).replace("\xa0", " ")
        assert "Wie betaalt wat" in text
    assert seen, "no route step carried a payment"


def test_tab_from_the_steps_reaches_the_payments(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    w, cid = panel
    w.show()
    p = w.match_panel
    with qtbot.waitSignal(p.routes_shown, timeout=10_000):
        w.candidate_selected.emit(cid)
    dock = p.parentWidget()
    while dock is not None and not hasattr(dock, "setFloating"):
        dock = dock.parentWidget()
    if dock is not None:
        dock.show()
    qtbot.waitUntil(p.steps.isVisible, timeout=5000)
    p.steps.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is p.steps, timeout=5000)
    qtbot.keyClick(p.steps, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is p.explain or p.explain.isAncestorOf(focused)
    assert "Wie betaalt wat" in p.explain.toPlainText()
    assert p.explain.accessibleName() and "betaalt" in p.explain.accessibleDescription()


def test_without_consent_for_a_plan_the_panel_says_so_instead_of_a_dialog(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    """A plan is kept only with consent for it (app/routes.save_plan): the routes still show, the save
    buttons are off, and the status says what to do, in words, not a modal error after a click."""
    w, cid = panel  # this candidate's intake records no consent
    p = w.match_panel
    with qtbot.waitSignal(p.routes_shown, timeout=10_000) as shown:
        w.candidate_selected.emit(cid)
    assert shown.args[0] > 0
    assert not p.save_button.isEnabled()
    assert "toestemming" in p.status.text() and "Ria Visser" in p.status.text()
    p.save()  # a shortcut pressed anyway does nothing either
    assert p.save_button.isVisibleTo(p) and not p.save_button.isEnabled()
