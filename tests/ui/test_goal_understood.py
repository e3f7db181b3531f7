"""As the advisor types a goal, the form says how the app understands it (through the mbo
kwalificatiestructuur), and a list of current qualification titles fills in the goal's crebo. The
quick intake (beursmodus) shows gemeente and region in words as postcode and town are typed."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from intake_desk.matching.goal_words import kwalificaties
from intake_desk.storage import candidates as repo
from intake_desk.storage import open_database
from ui.main_window import MainWindow
from ui.views import form_fields

from .desk_helpers import open_window


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch):  # type: ignore[no-untyped-def]
    """A modal dialog would hang the run: record it and answer "cancel" instead."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    return shown


@pytest.fixture
def window(qtbot, db_path):  # type: ignore[no-untyped-def]
    window: MainWindow = open_window(qtbot, db_path, active=True)
    yield window
    window.candidates.form.set_dirty(False)
    window.quick.set_dirty(False)
    window.runner.stop()


def _goal_form(window):  # type: ignore[no-untyped-def]
    window.tabs.setCurrentWidget(window.candidates)
    form = window.candidates.form
    form.go_to_section(3)
    return form


def test_typing_automonteur_shows_it_is_read_as_autotechnicus(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    form = _goal_form(window)
    edit = form.widgets["goal_occupation"]
    edit.setFocus()
    qtbot.keyClicks(edit, "automonteur")
    label = form.goal_hint.label
    qtbot.waitUntil(lambda: label.text() != "", timeout=3000)
    assert label.text().startswith("Herkend als: Autotechnicus")
    assert "niveau" in label.text()
    # not an electrician for the one shared word "monteur"
    assert "elektro" not in label.text().lower()


def test_an_unknown_goal_says_it_is_not_recognised_and_what_to_do(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    form = _goal_form(window)
    edit = form.widgets["goal_occupation"]
    edit.setFocus()
    qtbot.keyClicks(edit, "xyzzy")
    qtbot.waitUntil(lambda: form.goal_hint.label.text() != "", timeout=3000)
    assert form.goal_hint.label.text() == "Niet herkend — kies een opleiding uit de lijst"
    edit.clear()
    qtbot.waitUntil(lambda: form.goal_hint.label.text() == "", timeout=3000)


def test_a_goal_known_only_by_its_sector_is_a_broad_goal(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    form = _goal_form(window)
    form.widgets["goal_occupation"].setText("iets anders")
    form.widgets["goal_sector"].setText("zorg")
    qtbot.waitUntil(lambda: form.goal_hint.label.text().startswith("Breed doel"), timeout=3000)
    assert "Zorg en welzijn" in form.goal_hint.label.text()


def test_picking_a_title_stores_its_crebo_and_editing_the_goal_drops_it(  # type: ignore[no-untyped-def]
        qtbot, window, db_path) -> None:
    form = _goal_form(window)
    edit = form.widgets["goal_occupation"]
    for key, text in (("first_name", "Ayoub"), ("surname", "Haddou"), ("birth_date", "12-03-1996")):
        form.widgets[key].setText(text)
    edit.setFocus()
    qtbot.waitUntil(lambda: form.goal_hint.completer is not None, timeout=3000)
    completer = form.goal_hint.completer
    qtbot.keyClicks(edit, "autotechn")
    assert completer.completionCount() >= 2
    shown = [completer.completionModel().index(n, 0).data() for n in range(completer.completionCount())]
    assert all("niveau" in s for s in shown)
    pick = next(s for s in shown if s.startswith("Eerste autotechnicus") or s.startswith("Autotechnicus"))
    title, crebo = form.goal_hint.choices[pick]
    k = kwalificaties()[crebo]
    assert k.current and k.titel == title  # a current code of the title that was shown
    completer.activated[str].emit(pick)
    assert edit.text() == title
    assert form.values()["goal_crebo"] == crebo
    assert form.goal_hint.label.text() == f"Herkend als: {title} (niveau {k.niveau})"
    form.save()
    qtbot.waitUntil(lambda: form.candidate_id is not None, timeout=5000)
    db = open_database(db_path)
    try:
        _meta, record = repo.get(db, form.candidate_id)
    finally:
        db.close()
    assert record.intake.goals[0].crebo == crebo and record.intake.goals[0].occupation == title
    # one undo step put the title and its code in; undoing takes both out
    form.undo_stack.undo()
    assert edit.text() != title and form.values()["goal_crebo"] == ""
    form.undo_stack.redo()
    assert (edit.text(), form.values()["goal_crebo"]) == (title, crebo)
    edit.setFocus()
    edit.end(False)
    qtbot.keyClicks(edit, " bij een dealer")
    assert form.values()["goal_crebo"] == ""  # another text: the code no longer says what it is


def test_the_goal_is_read_within_a_few_ms_once_loaded() -> None:
    form_fields._load_goal_data()
    words = ["automonteur", "werken in de zorg", "iets met auto's", "verzorgende ig", "xyzzy",
             "kok", "heftruckchauffeur", "onderwijsassistent", "pedagogisch medewerker"]
    start = time.perf_counter()
    for n in range(200):
        form_fields.understood_text(f"{words[n % len(words)]} {n}")  # new texts: no cached answer
    per_text = (time.perf_counter() - start) / 200
    assert per_text < 0.005, per_text


def test_quick_intake_shows_gemeente_and_region_and_asks_when_a_town_is_ambiguous(  # type: ignore[no-untyped-def]
        qtbot, window, db_path) -> None:
    window.tabs.setCurrentWidget(window.quick)
    quick = window.quick
    order = []
    quick.first_name.setFocus()
    for _ in range(9):
        order.append(window.focusWidget().objectName())
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert order == ["first_name", "tussenvoegsel", "surname", "birth_date", "phone", "email",
                     "postcode", "town", "goal_occupation"]  # the fair's keyboard flow is unchanged
    quick.first_name.setFocus()
    for key, text in (("first_name", "Noor"), ("surname", "Visser"), ("birth_date", "02-05-2001")):
        qtbot.keyClicks(quick.widgets[key], text)
    quick.town.setFocus()
    qtbot.keyClicks(quick.town, "Bergen")
    assert "meer gemeenten" in quick.place.where.text()
    buttons = quick.place.buttons_box.findChildren(form_fields.QPushButton)
    assert len(buttons) >= 2 and all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in buttons)
    assert quick.values()["region_code"] == ""  # Bergen NH and Bergen L lie in different regions
    limburg = next(b for b in buttons if "(L" in b.text())
    limburg.click()
    assert quick.values()["municipality"].startswith("Bergen (L")
    assert "Noord-Limburg" in quick.place.where.text()
    assert quick.focusWidget() is quick.town  # the cursor stayed in the field
    qtbot.keyClicks(quick.goal, "automonteur")
    qtbot.waitUntil(lambda: "Autotechnicus" in quick.goal_hint.label.text(), timeout=3000)
    with qtbot.waitSignal(quick.saved, timeout=5000) as saved:
        qtbot.keyClick(quick.goal, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert quick.place.where.text() == "" and quick.goal_hint.label.text() == ""  # cleared for the next
    db = open_database(db_path)
    try:
        _meta, record = repo.get(db, saved.args[0])
    finally:
        db.close()
    assert (record.candidate.municipality, record.candidate.region_code) == ("Bergen (L.)", "noord-limburg")


def test_quick_intake_postcode_gives_the_region_in_words(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentWidget(window.quick)
    quick = window.quick
    quick.postcode.setFocus()
    qtbot.keyClicks(quick.postcode, "3011 AB")
    assert quick.place.where.text() == "Gemeente Rotterdam, arbeidsmarktregio Rijnmond."
    assert quick.values()["region_code"] == "rijnmond"
