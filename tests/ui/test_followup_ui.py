"""Follow-up in the window (issue 17): Vandaag lists who needs a call (today, overdue, silent) and
opens one with Enter; the workspace shows the trajectory stage and sets it in two keys (Ctrl+T, a
number); a refusal shows the core's own text; the next contact is set with Ctrl+Shift+D; the bar
chart draws a series with its numbers and "<5" for small cells."""

from __future__ import annotations

import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from intake_desk.app import followup
from intake_desk.domain import IntakeStatus
from intake_desk.domain.trajectory import DropReason, Stage
from intake_desk.form_values import empty_values, to_record
from intake_desk.storage import candidates as repo
from intake_desk.storage import open_database

from .desk_helpers import open_window

DAY = date.today()
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def add(db: Any, first: str, surname: str, *, intake: date = DAY - timedelta(days=5),
        status: IntakeStatus = IntakeStatus.COMPLETE) -> str:
    values = empty_values(intake) | {"first_name": first, "surname": surname,
                                     "birth_date": "01-01-1990", "town": "Goes"}
    return repo.insert(db, to_record(values, status)).id


def seed(db_path: Path) -> dict[str, str]:
    db = open_database(db_path)
    with db.atomic():
        ids = {
            "due": add(db, "Ayla", "Bellen"),
            "late": add(db, "Bram", "Telaat"),
            "silent": add(db, "Cor", "Stil", intake=DAY - timedelta(days=60)),
            "fresh": add(db, "Dina", "Nieuw"),
        }
    # Planned when it was still ahead: the core refuses to plan a day that has passed.
    followup.set_next_contact(db, ids["due"], DAY, "bellen over de start")
    followup.set_next_contact(db, ids["late"], DAY - timedelta(days=3), today=DAY - timedelta(days=10))
    db.close()
    return ids


def stage_of(db_path: Path, cid: str) -> Stage:
    db = open_database(db_path)
    try:
        return followup.current_stage(db, cid)
    finally:
        db.close()


def history_of(db_path: Path, cid: str) -> list[Any]:
    db = open_database(db_path)
    try:
        return followup.stage_history(db, cid)
    finally:
        db.close()


def texts(worklist: Any) -> list[str]:
    return [worklist.list.item(n).text() for n in range(worklist.list.count())]


def test_vandaag_lists_due_overdue_and_silent_and_enter_opens_one(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = seed(db_path)
    window = open_window(qtbot, db_path, active=True)
    try:
        home = window.home
        window.tabs.setCurrentWidget(home)
        qtbot.waitUntil(lambda: home.overdue.list.count() > 0, timeout=5000)
        assert [t.split("\n")[0] for t in texts(home.due)] == ["Ayla Bellen"]
        assert "afspraak vandaag" in texts(home.due)[0]
        late = texts(home.overdue)
        assert [t.split("\n")[0] for t in late] == ["Bram Telaat"]
        assert "3 dagen te laat" in late[0]
        silent = texts(home.silent)
        assert any(t.startswith("Cor Stil\n60 dagen geen contact") for t in silent), silent
        # Recent contact and a planned call keep the others off the silent list.
        assert not any(t.startswith(("Dina Nieuw", "Ayla", "Bram")) for t in silent)
        # The status bar counts who is waiting, in plain words.
        assert window.followup_button.isVisibleTo(window)
        assert window.followup_button.text() == "Opvolgen: 1 vandaag, 1 te laat"

        # Enter on an overdue entry opens that candidate at the desk.
        home.overdue.list.setFocus()
        home.overdue.list.setCurrentRow(0)
        qtbot.keyClick(home.overdue.list, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.candidates, timeout=5000)
        qtbot.waitUntil(lambda: window.candidates.form.candidate_id == ids["late"], timeout=5000)
        # The list's current row is that candidate too: a list without a current row makes its first
        # row current when it gets focus (as under X), which loaded another person into the form.
        from ui.models.candidate_list import ID_ROLE
        table = window.candidates.table
        qtbot.waitUntil(lambda: table.currentIndex().data(ID_ROLE) == ids["late"], timeout=5000)
        table.setFocus()
        qtbot.wait(100)
        assert window.candidates.form.candidate_id == ids["late"]
        ws = window.workspace
        qtbot.waitUntil(lambda: ws.summary is not None and ws.summary.candidate_id == ids["late"],
                        timeout=5000)
        qtbot.waitUntil(lambda: ws.stage is Stage.INTAKE_GEDAAN, timeout=5000)
        qtbot.waitUntil(lambda: "verlopen" in ws.contact_button.text(), timeout=5000)

        # A new next contact (Ctrl+Shift+D, Enter) takes Bram off the overdue list and the count.
        qtbot.keyClick(window, Qt.Key.Key_D, CTRL | SHIFT)
        from ui.dialogs.stage import NextContactDialog

        qtbot.waitUntil(lambda: window.findChild(NextContactDialog) is not None, timeout=3000)
        dialog = window.findChild(NextContactDialog)
        assert dialog.chosen()[0] == DAY + timedelta(days=14)  # two weeks ahead, not the past day
        qtbot.keyClick(dialog.day, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.followup_button.text() == "Opvolgen: 1 vandaag", timeout=5000)
        assert home.overdue.list.count() == 0 and home.overdue.empty.isVisibleTo(home)
        db = open_database(db_path)
        assert followup.next_contact(db, ids["late"]) == DAY + timedelta(days=14)
        db.close()
        assert ws.contact_button.text().startswith("Volgend contact: ")
        assert "verlopen" not in ws.contact_button.text()

        # "Gesproken vandaag" for someone not heard from takes them off that list.
        window.open_candidate(ids["silent"])
        qtbot.waitUntil(lambda: ws.summary is not None and ws.summary.candidate_id == ids["silent"],
                        timeout=5000)
        ws.spoken_button.click()
        window.tabs.setCurrentWidget(home)
        qtbot.waitUntil(lambda: not any(t.startswith("Cor Stil") for t in texts(home.silent)),
                        timeout=5000)
    finally:
        window.runner.stop()


def _open_at_desk(window: Any, qtbot: Any, cid: str, stage: Stage) -> None:
    window.open_candidate(cid)
    qtbot.waitUntil(lambda: window.workspace.summary is not None
                    and window.workspace.summary.candidate_id == cid, timeout=5000)
    qtbot.waitUntil(lambda: window.workspace.stage is stage, timeout=5000)


def _chooser(window: Any, qtbot: Any) -> Any:
    from ui.dialogs.stage import StageDialog

    # Offscreen, a closed dialog does not hand the activation back to the window as a desktop does.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(StageDialog)),
                    timeout=3000)
    return next(d for d in window.findChildren(StageDialog) if d.isVisible())


def test_gestart_in_two_keys_and_ctrl_z_corrects_it(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = open_database(db_path)
    with db.atomic():
        cid = add(db, "Eef", "Start")
        other = add(db, "Fee", "Terug")
    followup.set_stage(db, cid, Stage.PLAN_UITGEREIKT)
    db.close()
    window = open_window(qtbot, db_path, active=True)
    try:
        ws = window.workspace
        keys = dict(window.shortcuts())  # what Help > Sneltoetsen lists
        assert keys["Fase wijzigen"] == "Ctrl+T" and keys["Volgend contact"] == "Ctrl+Shift+D"
        assert keys["Cijfers regio"] == "Ctrl+Shift+R" and keys["Fase terugzetten"] == "Ctrl+Z"
        _open_at_desk(window, qtbot, cid, Stage.PLAN_UITGEREIKT)
        assert ws.stage_button.text() == "Fase: plan uitgereikt"
        dialog = _chooser(window, qtbot)
        # Only the stages that may follow, numbered in the core's order.
        listed = [dialog.stages.item(n).text().split(maxsplit=1)[1] for n in range(dialog.stages.count())]
        assert listed == ["gestart", "intake gedaan", "uitgevallen"]
        qtbot.keyClick(dialog.stages, Qt.Key.Key_1)  # the second key
        qtbot.waitUntil(lambda: stage_of(db_path, cid) is Stage.GESTART, timeout=5000)
        qtbot.waitUntil(lambda: ws.stage_button.text() == "Fase: gestart", timeout=5000)
        change = history_of(db_path, cid)[-1]
        assert (change.from_stage, change.to_stage, change.on) == (
            Stage.PLAN_UITGEREIKT, Stage.GESTART, DAY)
        # Gestart has no step back in the rules, but a mistake can be corrected: Ctrl+Z adds a
        # correction (both rows stay in the history, the figures count neither).
        qtbot.waitUntil(ws.undo_action.isEnabled, timeout=5000)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        qtbot.keyClick(ws.stage_button, Qt.Key.Key_Z, CTRL)
        qtbot.waitUntil(lambda: stage_of(db_path, cid) is Stage.PLAN_UITGEREIKT, timeout=5000)
        corrected = history_of(db_path, cid)
        assert [c.to_stage for c in corrected][-2:] == [Stage.GESTART, Stage.PLAN_UITGEREIKT]
        assert corrected[-1].correction and corrected[-2].corrected

        # A step that has a way back (intake gedaan -> plan uitgereikt) is undone with Ctrl+Z in the
        # bar: a new, dated line in the history, not a rewritten one.
        _open_at_desk(window, qtbot, other, Stage.INTAKE_GEDAAN)
        dialog = _chooser(window, qtbot)
        qtbot.keyClick(dialog.stages, Qt.Key.Key_Return)  # Enter takes the first: plan uitgereikt
        qtbot.waitUntil(lambda: stage_of(db_path, other) is Stage.PLAN_UITGEREIKT, timeout=5000)
        qtbot.waitUntil(ws.undo_action.isEnabled, timeout=5000)
        assert "Ctrl+Z" in window.statusBar().currentMessage()
        assert window.focusWidget() is ws.stage_button  # where Ctrl+Z means "the stage back"
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        qtbot.keyClick(ws.stage_button, Qt.Key.Key_Z, CTRL)
        qtbot.waitUntil(lambda: stage_of(db_path, other) is Stage.INTAKE_GEDAAN, timeout=5000)
        assert [c.to_stage for c in history_of(db_path, other)] == [
            Stage.PLAN_UITGEREIKT, Stage.INTAKE_GEDAAN]
        qtbot.waitUntil(lambda: "teruggezet" in window.statusBar().currentMessage(), timeout=5000)
    finally:
        window.runner.stop()


def test_dropping_out_asks_the_reason_and_a_refusal_shows_the_core_text(
        qtbot, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    db = open_database(db_path)
    with db.atomic():
        cid = add(db, "Gijs", "Weg")
    followup.set_stage(db, cid, Stage.GESTART)
    db.close()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    window = open_window(qtbot, db_path, active=True)
    try:
        _open_at_desk(window, qtbot, cid, Stage.GESTART)
        # A day before the last change is refused by the core, which names the field.
        dialog = _chooser(window, qtbot)
        dialog.day.setDate(dialog.day.date().addDays(-2))
        qtbot.keyClick(dialog.stages, Qt.Key.Key_2)  # uitgevallen: asks the reason first
        assert dialog.pages.currentIndex() == 1 and dialog.focusWidget() is dialog.reasons
        qtbot.keyClick(dialog.reasons, Qt.Key.Key_1)
        qtbot.waitUntil(lambda: bool(warned), timeout=5000)
        assert warned[0].startswith("datum: ") and "vorige wijziging" in warned[0]
        assert stage_of(db_path, cid) is Stage.GESTART

        dialog = _chooser(window, qtbot)
        qtbot.keyClick(dialog.stages, Qt.Key.Key_2)
        qtbot.keyClick(dialog.reasons, Qt.Key.Key_Escape)  # back to the stages, not closed
        assert dialog.isVisible() and dialog.pages.currentIndex() == 0
        qtbot.keyClick(dialog.stages, Qt.Key.Key_2)
        qtbot.keyClick(dialog.reasons, Qt.Key.Key_1)  # werk gevonden
        qtbot.waitUntil(lambda: stage_of(db_path, cid) is Stage.UITGEVALLEN, timeout=5000)
        assert history_of(db_path, cid)[-1].reason is DropReason.WORK_FOUND
    finally:
        window.runner.stop()


def test_bar_chart_draws_a_series_with_its_numbers(qtbot) -> None:  # type: ignore[no-untyped-def]
    from intake_desk.app.figures import Point, Series, suppress
    from ui.widgets.bar_chart import BarChart

    series = Series("referrer", "Intakes naar verwijzer", "Intakes by referrer", (
        Point("UWV", "UWV", 40), Point("gemeente", "municipality", 12),
        Point("werkgever", "employer", 6), Point("zelf", "self", 0)))
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_series(series, "nl")
    chart.resize(600, chart.sizeHint().height())
    table = chart.as_text().splitlines()
    assert table == ["Intakes naar verwijzer", "UWV\t40", "gemeente\t12", "werkgever\t6", "zelf\t0"]
    assert "UWV: 40" in chart.accessibleDescription() and chart.accessibleName() == series.title_nl
    bar = chart.palette().color(QPalette.ColorRole.Highlight)
    rows = chart._row_height(chart.fontMetrics())

    def bar_pixels(row: int) -> int:
        image = chart.grab().toImage()
        y = 4 + row * rows + rows // 2
        return sum(1 for x in range(image.width()) if QColor(image.pixel(x, y)) == bar)

    # Bars to scale: 40 > 12 > 6 > 0.
    assert bar_pixels(0) > bar_pixels(1) > bar_pixels(2) > bar_pixels(3) == 0
    assert abs(bar_pixels(0) / bar_pixels(1) - 40 / 12) < 0.2

    # A small cell reads "<5" and is hatched, not drawn to scale; the cell hidden beside it ("x")
    # gets no bar, and the scale comes from what is shown.
    small = Series("reason", "Uitgevallen naar reden", "Dropped out by reason", suppress((
        Point("werk gevonden", "found work", 30), Point("verhuisd", "moved away", 8),
        Point("gezondheid", "health", 2))))
    chart.set_series(small, "nl")
    assert chart.as_text().splitlines()[1:] == ["werk gevonden\t30", "verhuisd\tx", "gezondheid\t<5"]
    solid = bar_pixels(0)
    assert solid > 0 and bar_pixels(1) == 0
    assert 0 < bar_pixels(2) < solid * 5 / 30 + 2  # a hatched stub up to 5 at most

    # Keyboard: the chart takes focus and Down names the next bar; Ctrl+C copies the table.
    chart.set_series(series, "nl")
    chart.show()
    chart.activateWindow()
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus, timeout=2000)
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    assert chart.current_text() == "gemeente: 12"
    qtbot.keyClick(chart, Qt.Key.Key_C, CTRL)
    assert QApplication.clipboard().text() == chart.as_text()
    assert chart.columns is False
    chart.set_series(series, "en")
    assert chart.as_text().splitlines()[0] == "Intakes by referrer"

    # Redraw time, printed (not asserted: a shared test machine is no stopwatch); bench/ has the goal.
    year = Series("intakes_per_week", "Intakes per week", "Intakes per week", tuple(
        Point(f"week {w}", f"week {w}", (w * 7) % 23 + 5) for w in range(1, 54)))
    for shown_series in (series, year):
        chart.set_series(shown_series, "nl")
        chart.resize(900, chart.sizeHint().height())
        target = QImage(chart.size(), QImage.Format.Format_ARGB32_Premultiplied)
        runs = 50
        start = time.perf_counter()
        for _ in range(runs):
            chart.render(target)
        ms = (time.perf_counter() - start) * 1000 / runs
        print(f"bar chart redraw: {ms:.2f} ms per paint ({len(shown_series.points)} bars, "
              f"{chart.width()}x{chart.height()} px)")
    # A year of weeks stands as columns; the arrows walk them too.
    assert chart.columns and chart.sizeHint().height() < 20 * chart.fontMetrics().height()
    chart.current = 0
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.current_text() == f"week 2: {year.points[1].count}"


def test_regional_figures_open_with_their_key_show_charts_and_save(
        qtbot, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from intake_desk.app.figures import Series
    from ui.dialogs.figures import FiguresDialog, quarter
    from ui.widgets.bar_chart import BarChart

    db = open_database(db_path)
    with db.atomic():
        people = [add(db, f"P{n}", "Telling", intake=DAY - timedelta(days=n % 3)) for n in range(7)]
    for cid in people[:6]:
        followup.set_stage(db, cid, Stage.GESTART)
    db.close()
    window = open_window(qtbot, db_path, active=True)
    try:
        qtbot.keyClick(window, Qt.Key.Key_R, CTRL | SHIFT)
        qtbot.waitUntil(lambda: window.findChild(FiguresDialog) is not None, timeout=3000)
        dialog = window.findChild(FiguresDialog)
        qtbot.waitUntil(lambda: dialog.figures is not None and bool(dialog.charts), timeout=10_000)
        assert dialog.region.count() == 36 and dialog.region.currentData() == ""  # all regions
        start, end = quarter(DAY)
        assert (dialog.figures.start, dialog.figures.end) == (start, end)
        assert len(dialog.charts) == len(dialog.figures.series)
        assert all(isinstance(c, BarChart) and isinstance(c.series, Series) for c in dialog.charts)
        # Seven intakes, six starts: numbers as text beside the charts.
        assert "Intakes: 7" in dialog.key_line.text() and "Gestart: 6" in dialog.key_line.text()
        assert dialog.save_button.isEnabled()
        # Saved off the GUI thread from the figures on screen, named in the status bar.
        import ui.file_dialogs

        target = tmp_path / "kwartaal.csv"
        monkeypatch.setattr(ui.file_dialogs, "save_file_name", lambda *_a: str(target))
        dialog.save_button.click()
        qtbot.waitUntil(lambda: dialog.saved == target, timeout=10_000)
        text = target.read_text(encoding="utf-8-sig")
        assert "Intakes" in text and "Telling" not in text  # counts only, never a name
        assert "Opgeslagen: kwartaal.csv" in window.statusBar().currentMessage()
        # The quarter before: nothing yet, and the charts say so instead of drawing empty bars.
        dialog.period.setCurrentIndex(1)
        dialog.period.activated.emit(1)
        qtbot.waitUntil(lambda: dialog.figures.start == quarter(DAY, 1)[0], timeout=10_000)
        assert "Intakes: 0" in dialog.key_line.text()
    finally:
        window.runner.stop()
