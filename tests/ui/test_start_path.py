"""Issue 12: what an advisor saw in the started app and no test did. Every window here comes from
`ui.app.start_window`, the function `intake-desk` runs (through the `window` fixture or directly)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QPushButton

from intake_desk.domain import ConsentPurpose, IntakeStatus
from intake_desk.storage import candidates as repo
from intake_desk.storage import drafts, open_database
from intake_desk.storage import settings as settings_repo
from intake_desk.storage.candidates import Filter
from ui import file_dialogs, theme
from ui.app import UI_STATE, start_window
from ui.main_window import MainWindow

from .desk_helpers import answer_close, open_window

CTRL = Qt.KeyboardModifier.ControlModifier
KEYPAD = Qt.KeyboardModifier.KeypadModifier


def stored(db_path: Path) -> tuple[list[drafts.Draft], list[repo.CandidateRow]]:  # type: ignore[name-defined]
    db = open_database(db_path)
    try:
        return drafts.all_drafts(db), repo.search(db, Filter())
    finally:
        db.close()


def store_settings(db_path: Path, **changes: object) -> None:
    db = open_database(db_path)
    with db.atomic():
        settings_repo.save(db, replace(settings_repo.load(db), **changes))
    db.close()


def test_the_catalog_tab_has_rows_in_the_started_window(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    # The tab is built after the database opened (lazy start); it used to wait for `opened` in vain.
    window.tabs.setCurrentWidget(window.catalog)
    qtbot.waitUntil(lambda: window.catalog.model.rowCount() > 0, timeout=10_000)
    assert window.catalog.sector.count() > 1  # the filters have their choices too


def test_the_status_bar_names_the_database_file_with_the_path_as_tooltip(
        window: MainWindow, db_path: Path) -> None:
    assert window.db_label.text() == f"Database: {db_path.name}"
    assert window.db_label.toolTip() == str(db_path)


def test_printing_a_days_plans_sits_above_quit(window: MainWindow) -> None:
    entries = [a for a in window.file_menu.actions() if not a.isSeparator()]
    assert entries[-1] is window.quit_action
    assert entries[-2] is window.plan_batch_action


def test_help_lists_the_real_shortcuts_and_how_it_works(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.help import ShortcutsDialog, how_it_works_text

    titles = [a.text() for a in window.help_menu.actions() if not a.isSeparator()]
    assert titles == ["&Hoe werkt het?", "&Sneltoetsen", "&Over Intake Desk"]
    window.keys_action.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = dict(dialog.rows())
    assert rows["Nieuwe intake"] == "Ctrl+N"
    assert rows["Snelle intake (beursmodus)"] == "Ctrl+Shift+N"
    assert "Ctrl+=" in rows["Tekst groter"]
    # The form's section keys come from the form's own actions, whatever the sections are now.
    assert any(keys == "Alt+1" for keys in rows.values())
    assert any("Ctrl+Enter" in keys for keys in rows.values())  # the beursmodus (Qt says Return)
    dialog.close()
    assert "Leerroutes" in how_it_works_text() and "Plan" in how_it_works_text()


@pytest.mark.parametrize(("key", "modifiers"), [
    (Qt.Key.Key_Plus, CTRL),  # what the menu says
    (Qt.Key.Key_Equal, CTRL),  # the browser habit
    (Qt.Key.Key_Plus, CTRL | KEYPAD),  # the keypad
], ids=["ctrl-plus", "ctrl-equal", "keypad"])
def test_ctrl_plus_works_from_the_keyboard(qtbot, db_path: Path, key: Qt.Key,  # type: ignore[no-untyped-def]
                                           modifiers: Qt.KeyboardModifier) -> None:
    window = open_window(qtbot, db_path, active=True)
    try:
        qtbot.keyClick(window.candidates.search, key, modifiers)
        qtbot.waitUntil(lambda: settings_text_size(db_path) == 125, timeout=5000)
    finally:
        window.runner.stop()


def settings_text_size(db_path: Path) -> int:
    db = open_database(db_path)
    try:
        return settings_repo.load(db).text_size
    finally:
        db.close()


def test_the_window_remembers_its_geometry(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, db_path)
    window.resize(1100, 700)
    window.move(40, 30)
    window.close()
    window.runner.stop()
    assert (db_path.parent / "data" / UI_STATE).is_file()
    again = open_window(qtbot, db_path)
    try:
        assert (again.width(), again.height()) == (1100, 700)
    finally:
        again.runner.stop()


# A 1366x768 laptop: the window must fit its available area, and nothing may need more room.
LAPTOP = """
import json, sys
from pathlib import Path
import ui
from intake_desk.app.opening import open_or_create
from ui.app import build_window
db = Path(sys.argv[1]) / "intake.sqlite"
open_or_create(db).close()
app, window = build_window(db, Path(sys.argv[1]) / "data")
app.processEvents()
area = window.screen().availableGeometry()
hint = window.minimumSizeHint()
print(json.dumps({"area": [area.width(), area.height()], "size": [window.width(), window.height()],
                  "min": [max(hint.width(), window.minimumWidth()),
                          max(hint.height(), window.minimumHeight())],
                  "pos": [window.x(), window.y()]}))
window.close()
window.runner.stop()
"""


def test_the_window_fits_a_1366x768_laptop(tmp_path: Path) -> None:
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366,
                                               "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96,
                                               "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    done = subprocess.run([sys.executable, "-c", LAPTOP, str(tmp_path)], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    got = json.loads(done.stdout.strip().splitlines()[-1])
    (area_w, area_h), (w, h), (min_w, min_h) = got["area"], got["size"], got["min"]
    assert w <= area_w and h + 30 <= area_h, got  # room for the title bar
    assert min_w <= area_w and min_h <= area_h - 30, got  # the layout can shrink to fit
    assert got["pos"][0] >= 0 and got["pos"][1] >= 0


def type_at_the_fair(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentWidget(window.quick)
    qtbot.keyClicks(window.quick.first_name, "Fatima")
    qtbot.keyClicks(window.quick.surname, "El Amrani")
    qtbot.keyClicks(window.quick.phone, "0612345678")
    with qtbot.waitSignal(window.quick.draft_saved, timeout=5000):
        window.quick.save_draft()  # what leaving a field or the 3-second timer does
    assert stored(window.runner.path)[0], "the draft must exist before it can be discarded"


def test_discarding_on_quit_leaves_nothing_in_the_database(qtbot, db_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, db_path)
    type_at_the_fair(qtbot, window)
    asked = answer_close(monkeypatch, "Weggooien")
    assert window.close()
    window.runner.stop()
    assert asked
    found_drafts, candidates = stored(db_path)
    assert found_drafts == [] and candidates == []
    # The next start offers nothing back.
    again = open_window(qtbot, db_path)
    try:
        qtbot.wait(100)
        assert again.candidates.pending_drafts == []
    finally:
        again.runner.stop()


def test_keeping_on_quit_keeps_the_draft(qtbot, db_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, db_path)
    type_at_the_fair(qtbot, window)
    answer_close(monkeypatch, "Bewaren als concept")
    assert window.close()
    window.runner.stop()
    found_drafts, candidates = stored(db_path)
    assert len(found_drafts) == 1 and found_drafts[0].values["surname"] == "El Amrani"
    assert candidates == []


def save_quick(qtbot, window: MainWindow, first: str, surname: str, consent: bool) -> str:  # type: ignore[no-untyped-def]
    quick = window.quick
    window.tabs.setCurrentWidget(quick)
    qtbot.keyClicks(quick.first_name, first)
    qtbot.keyClicks(quick.surname, surname)
    qtbot.keyClicks(quick.goal, "Verzorgende IG")
    qtbot.keyClicks(quick.hours, "24")
    if consent:
        quick.consent.setChecked(True)
    with qtbot.waitSignal(quick.saved, timeout=5000) as saved:
        qtbot.keyClick(quick.first_name, Qt.Key.Key_Return, CTRL)
    return str(saved.args[0])


def test_the_fair_consent_tick_gives_consent_for_advice_and_plan(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    cid = save_quick(qtbot, window, "Sanne", "de Vries", consent=True)
    db = open_database(window.runner.path)
    try:
        record = repo.get(db, cid)[1]
    finally:
        db.close()
    assert record.intake.status is IntakeStatus.QUICK
    assert record.intake.consent.allows(ConsentPurpose.ADVICE)
    assert record.intake.consent.allows(ConsentPurpose.PLAN)
    assert not record.intake.consent.allows(ConsentPurpose.SHARE_WITH_SCHOOL)  # asked at the desk


def test_without_consent_the_plan_dock_names_the_boxes_to_tick(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    cid = save_quick(qtbot, window, "Mehmet", "Yilmaz", consent=False)
    with qtbot.waitSignal(window.plan_panel.unavailable, timeout=10_000) as refused:
        window.plan_panel.show_candidate(cid)
    text = refused.args[0]
    assert "Toestemming gegeven" in text and "Plan maken" in text and "Alt+7" in text
    assert window.plan_panel.status.text() == text


def test_the_plan_dock_waits_for_a_candidate_and_clears_for_the_next_person_at_the_fair(
        window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = window.plan_panel
    assert panel.data == b"" and panel.status.isVisibleTo(panel)
    assert "Kies een kandidaat" in panel.status.text()
    cid = save_quick(qtbot, window, "Anouk", "van Dijk", consent=False)
    window.tabs.setCurrentWidget(window.candidates)
    with qtbot.waitSignal(panel.unavailable, timeout=10_000):
        window.candidates.open_candidate(cid)
    assert panel.candidate_id == cid
    window.tabs.setCurrentWidget(window.quick)  # the next person sits down
    assert panel.candidate_id == ""
    assert "Kies een kandidaat" in panel.status.text()
    qtbot.keyClicks(window.quick.first_name, "Tesfay")
    qtbot.keyClicks(window.quick.surname, "Gebremedhin")
    with qtbot.waitSignal(window.quick.saved, timeout=5000):
        qtbot.keyClick(window.quick.first_name, Qt.Key.Key_Return, CTRL)
    assert panel.candidate_id == ""  # the form is empty for the one after


def test_file_dialogs_use_qts_own_dialog_when_the_desktop_speaks_another_language(monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.English)))
    assert file_dialogs.options() & QFileDialog.Option.DontUseNativeDialog
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.Dutch)))
    assert not file_dialogs.options() & QFileDialog.Option.DontUseNativeDialog
    seen: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: seen.append(k.get("options")) or ("x.pdf", "")))
    assert file_dialogs.save_file_name(None, "Opslaan", "plan.pdf", "PDF-bestanden (*.pdf)") == "x.pdf"
    assert seen == [QFileDialog.Option(0)]


def test_saving_a_pdf_names_the_file_in_the_status_bar(window: MainWindow, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                       monkeypatch) -> None:
    from ui.views import plan_panel as plan_module

    target = tmp_path / "plan-sanne.pdf"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: str(target))
    paths = plan_module.save_pdfs_dialog(window.plan_panel, [("plan.pdf", b"%PDF-1.4 test")])
    assert paths == [target] and target.read_bytes().startswith(b"%PDF")
    assert "plan-sanne.pdf" in window.statusBar().currentMessage()
    button = window.statusBar().findChild(QPushButton, "openSavedFolder")
    assert button is not None and button.text() == "Map openen"


def test_a_stored_200_percent_reaches_the_widgets(qtbot, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Not only the style sheet: a widget's font is twice the 100% one, also after the window read
    the settings again once the database was open (which used to put 100% back)."""
    store_settings(db_path, text_size=200)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    _app, window = start_window(db_path, tmp_path / "data")
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.interface_read, timeout=20_000):
            pass
        qtbot.waitUntil(lambda: window.is_ready, timeout=20_000)
        app.processEvents()
        assert window.look is not None and window.look.text_size == 200
        assert QFontInfo(window.candidates.search.font()).pixelSize() >= 23  # qt-material's 12 px x2
        assert QFontInfo(window.quick.first_name.font()).pixelSize() >= 23
    finally:
        window.runner.stop()
        theme.apply(app, "system", tmp_path / "theme-cache")


def test_dutch_level_starts_unknown_and_the_routes_say_where_to_fill_it_in(window: MainWindow) -> None:
    from datetime import date

    from intake_desk.catalog.sample import load_sample
    from intake_desk.form_values import empty_values, to_record
    from intake_desk.matching.engine import match_result
    from ui.views.intake_form import SECTIONS, section_titles

    window.candidates.new_intake()
    box = window.candidates.form.widgets["dutch_overall"]
    assert (box.currentData(), box.currentText()) == ("onbekend", "Nog niet bekend")
    # A quick intake never asks: it is stored as unknown, not as "geen".
    record = to_record(empty_values(date(2026, 11, 30)) | {
        "first_name": "Sanne", "surname": "Vries", "birth_date": "14-02-1990",
        "goal_occupation": "Verzorgende IG", "hours_per_week": "24"}, IntakeStatus.QUICK)
    assert record.intake.dutch.overall.value == "onbekend"
    result = match_result(record.intake, load_sample(), date(2026, 11, 30), candidate=record.candidate)
    from ui.views.route_words import gap_text

    gaps = [gap_text(g) for r in result.routes for g in r.gaps] + [gap_text(g) for g in result.gaps]
    section = SECTIONS.index("language")
    where = f"{section_titles()[section]} (Alt+{section + 1})"  # the form's own key for that section
    assert any(where in text and "niveau Nederlands" in text for text in gaps), gaps


def test_the_open_folder_button_goes_with_the_message(window: MainWindow, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                      monkeypatch) -> None:
    from ui.views import plan_panel as plan_module

    for n in range(2):
        target = tmp_path / f"plan-{n}.pdf"
        monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, t=target, **k: str(t))
        plan_module.save_pdfs_dialog(window.plan_panel, [("plan.pdf", b"%PDF-1.4 test")])
    qtbot.wait(10)
    assert len(window.statusBar().findChildren(QPushButton, "openSavedFolder")) == 1
    window.statusBar().clearMessage()
    window.statusBar().showMessage("iets anders", 100)
    window.statusBar().clearMessage()
    qtbot.waitUntil(lambda: not window.statusBar().findChildren(QPushButton, "openSavedFolder"),
                    timeout=2000)
