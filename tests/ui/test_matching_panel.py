"""The routes panel, driven as an advisor would: select a candidate, look, edit, break a rule, save."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from intake_desk import services
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
)
from intake_desk.storage import open_database
from intake_desk.storage import plans as plan_repo
from ui.main_window import MainWindow
from ui.runner import DbRunner

TODAY = date(2026, 11, 22)


@pytest.fixture
def with_candidate(db_path: Path) -> tuple[Path, str]:
    db = open_database(db_path)
    record = CandidateRecord(
        Candidate(PersonName("Ria", "Visser"), birth_date=date(1974, 3, 1), region_code="zeeland"),
        Intake(date=TODAY, education=(EducationEntry(EducationLevel.VMBO_KB),),
               dutch=DutchLevel(native=True, overall=Cefr.C1), availability=Availability(24),
               goals=(Goal("Helpende zorg en welzijn", sector="zorg en welzijn"),)))
    meta, _ = services.add_candidate(db, record)
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
    assert "punten" in panel.route_list.item(0).text()
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
