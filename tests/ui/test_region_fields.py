"""The intake form derives gemeente and arbeidsmarktregio from postcode or town, asks when that is not
unique, keeps the advisor's own choice, and offers the travel area as the 35 regions by name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from intake_desk.storage import candidates as repo
from intake_desk.storage import open_database
from ui.main_window import MainWindow

from .desk_helpers import open_window

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch):  # type: ignore[no-untyped-def]
    """A modal dialog would hang the run: record it and answer "cancel" instead."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    return shown


@pytest.fixture
def form(qtbot, db_path):  # type: ignore[no-untyped-def]
    window: MainWindow = open_window(qtbot, db_path, active=True)
    window.tabs.setCurrentWidget(window.candidates)
    yield window.candidates.form
    window.candidates.form.set_dirty(False)
    window.runner.stop()


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_four_digits_of_a_postcode_give_gemeente_and_region_in_words(qtbot, form) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, form.widgets["postcode"], "301")
    assert form.values()["region_code"] == ""  # three digits say nothing yet
    qtbot.keyClicks(form.widgets["postcode"], "1")
    assert form.values()["municipality"] == "Rotterdam"
    assert form.values()["region_code"] == "rijnmond"
    box = form.widgets["region_code"]
    assert box.currentText() == "Rijnmond"  # the CBS name, never the code
    assert "Rijnmond" in form.where.text() and "rijnmond" not in form.where.text()
    assert form.values()["travel_regions"] == ["rijnmond"]  # the own region is preselected
    assert not form.gemeente_choice.isVisibleTo(form)
    # leaving the postcode is one undo step for postcode, gemeente, region and travel area
    qtbot.keyClick(form.widgets["postcode"], Qt.Key.Key_Tab)
    assert form.values()["postcode"] == "3011"
    form.undo_stack.undo()
    assert (form.values()["postcode"], form.values()["region_code"], form.values()["municipality"]) == \
        ("", "", "")
    assert form.values()["travel_regions"] == []


def test_a_postcode_fills_woonplaats_only_where_the_advisor_typed_none(qtbot, form) -> None:  # type: ignore[no-untyped-def]
    # 1111 lies in Diemen, a gemeente with one woonplaats: the town follows from the postcode.
    _type(qtbot, form.widgets["postcode"], "1111 AB")
    assert form.values()["town"] == "Diemen"
    assert form.values()["municipality"] == "Diemen"
    # Filled by the postcode, it follows a new one; a postcode that names no single place (Utrecht
    # has four woonplaatsen) empties it rather than leave a wrong town.
    form.widgets["postcode"].clear()
    _type(qtbot, form.widgets["postcode"], "3511")
    assert form.values()["town"] == ""
    assert form.values()["municipality"] == "Utrecht"
    # Leaving the postcode is one undo step, the town included.
    form.widgets["postcode"].clear()
    _type(qtbot, form.widgets["postcode"], "1112")
    qtbot.keyClick(form.widgets["postcode"], Qt.Key.Key_Tab)
    assert form.values()["town"] == "Diemen"
    form.undo_stack.undo()
    assert (form.values()["postcode"], form.values()["town"]) == ("", "")
    # What the advisor typed stays, whatever postcode follows.
    _type(qtbot, form.widgets["town"], "Diemen-Zuid")
    _type(qtbot, form.widgets["postcode"], "1111")
    assert form.values()["town"] == "Diemen-Zuid"


def test_the_quick_intake_fills_woonplaats_from_the_postcode_too(qtbot, db_path) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = open_window(qtbot, db_path, active=True)
    try:
        quick = window.quick
        window.tabs.setCurrentWidget(quick)
        _type(qtbot, quick.town, "Amsterdam")
        _type(qtbot, quick.postcode, "1111")
        assert quick.values()["town"] == "Amsterdam"  # typed first: kept
        quick.town.clear()
        quick.postcode.clear()
        _type(qtbot, quick.postcode, "1111")
        assert quick.values()["town"] == "Diemen"
        quick.set_dirty(False)
    finally:
        window.runner.stop()


def test_an_ambiguous_town_asks_which_gemeente(qtbot, form) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, form.widgets["town"], "Hoorn")
    assert form.gemeente_choice.isVisibleTo(form)
    buttons = {b.objectName(): b for b in form.gemeente_choice.findChildren(type(form.save_button))}
    assert set(buttons) == {"gemeente_GM0405", "gemeente_GM0093"}
    assert "Terschelling" in buttons["gemeente_GM0093"].text()
    assert "Friesland" in buttons["gemeente_GM0093"].text()
    assert form.values()["region_code"] == ""  # not guessed
    qtbot.mouseClick(buttons["gemeente_GM0093"], Qt.MouseButton.LeftButton)
    assert form.values()["municipality"] == "Terschelling" and form.values()["region_code"] == "friesland"
    assert form.widgets["region_code"].currentText() == "Friesland"
    assert form.values()["travel_regions"] == ["friesland"]
    assert not form.gemeente_choice.isVisibleTo(form)


def test_the_advisors_choice_of_region_stands(qtbot, form) -> None:  # type: ignore[no-untyped-def]
    box = form.widgets["region_code"]
    box.setFocus()  # fills the list of regions
    box.setCurrentIndex(box.findText("Haaglanden"))
    assert form.values()["region_code"] == "haaglanden"
    _type(qtbot, form.widgets["postcode"], "3011")
    assert form.values()["municipality"] == "Rotterdam"
    assert form.values()["region_code"] == "haaglanden"


def test_travel_area_is_ticked_from_the_35_regions_with_a_filter(qtbot, form) -> None:  # type: ignore[no-untyped-def]
    form.go_to_section(3)
    travel = form.travel
    qtbot.waitUntil(lambda: travel.list.count() == 35, timeout=3000)
    visible = lambda: [travel.list.item(n).text() for n in range(35)  # noqa: E731
                       if not travel.list.item(n).isHidden()]
    qtbot.keyClicks(travel.filter, "Den Haag")
    assert visible() == ["Haaglanden"]
    travel.filter.clear()
    qtbot.keyClicks(travel.filter, "brabant")
    assert set(visible()) == {"West-Brabant", "Midden-Brabant", "Noordoost-Brabant", "Zuidoost-Brabant"}
    item = next(travel.list.item(n) for n in range(35) if travel.list.item(n).text() == "Midden-Brabant")
    item.setCheckState(Qt.CheckState.Checked)
    assert form.values()["travel_regions"] == ["midden-brabant"]
    assert "Midden-Brabant" in travel.chosen.text()


def test_a_saved_candidate_stores_the_codes(qtbot, form, db_path) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, form.widgets["surname"], "Bakker")
    _type(qtbot, form.widgets["postcode"], "3011 AB")
    _type(qtbot, form.widgets["town"], "Rotterdam")
    form.go_to_section(3)
    travel = form.travel
    qtbot.waitUntil(lambda: travel.list.count() == 35, timeout=3000)
    item = next(travel.list.item(n) for n in range(35) if travel.list.item(n).text() == "Haaglanden")
    item.setCheckState(Qt.CheckState.Checked)
    form.banner.check = lambda _runner, _cand, store, _fail: store()  # no duplicate check here
    with qtbot.waitSignal(form.saved, timeout=5000):
        qtbot.keyClick(form, Qt.Key.Key_S, CTRL)
    db = open_database(db_path)
    try:
        _meta, record = repo.get(db, form.candidate_id)
    finally:
        db.close()
    assert record.candidate.region_code == "rijnmond" and record.candidate.municipality == "Rotterdam"
    assert set(record.intake.preferences.travel_regions) == {"rijnmond", "haaglanden"}
    # shown again by name when the candidate is opened
    form.load(form.candidate_id)
    qtbot.waitUntil(lambda: form.widgets["region_code"].currentText() == "Rijnmond", timeout=5000)
    assert "Rotterdam" in form.where.text()


def test_the_reference_data_is_not_read_before_it_is_needed(qtbot, db_path) -> None:  # type: ignore[no-untyped-def]
    from intake_desk import regions

    for cached in (regions._ref, regions.region_code, regions.locate, regions.find_gemeente):
        cached.cache_clear()
    window: MainWindow = open_window(qtbot, db_path, active=True)
    try:
        window.tabs.setCurrentWidget(window.candidates)
        form = window.candidates.form
        assert regions._ref.cache_info().currsize == 0  # the first frame and a new intake need none
        _type(qtbot, form.widgets["postcode"], "9711")
        assert regions._ref.cache_info().currsize == 1
        assert form.widgets["region_code"].currentText() == "Groningen"
        form.set_dirty(False)
    finally:
        window.runner.stop()
