"""The GUI start (`ui.app.start_window`): the stored interface language and theme are in place from the
first frame, what the first frame does not show is built after it, and the interface cache follows the
database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel

from intake_desk.domain import IntakeStatus
from intake_desk.interface import TEXT_SIZES, Interface
from intake_desk.paths import resource
from intake_desk.storage import open_database
from intake_desk.storage import settings as settings_repo
from ui import theme
from ui.app import INTERFACE_CACHE, remember_interface, start_window
from ui.main import gui_options
from ui.main_window import MainWindow
from ui.parts import Tab

from .desk_helpers import seed


def store(db_path: Path, **changes: str | int) -> None:
    db = open_database(db_path)
    with db.atomic():
        settings_repo.save(db, replace(settings_repo.load(db), **changes))
    db.close()


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(n) for n in range(window.tabs.count())]


@pytest.fixture
def started(qtbot, tmp_path: Path) -> Iterator[list[MainWindow]]:
    """Windows opened by start_window; afterwards the app is Dutch and unthemed again."""
    if not resource("translations", "intake_desk_en.qm").is_file():
        pytest.fail("no English .qm: run 'make translations'")
    windows: list[MainWindow] = []
    yield windows
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for window in windows:
        window.runner.stop()
        if window.translator is not None:
            app.removeTranslator(window.translator)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    theme.apply(app, "system", tmp_path / "theme-cache")


def start(qtbot, db_path: Path, cache: Path, windows: list[MainWindow]) -> MainWindow:  # type: ignore[no-untyped-def]
    _app, window = start_window(db_path, cache)
    windows.append(window)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=20_000):
        pass
    return window


def test_an_advisor_who_chose_english_gets_an_english_window_on_the_next_start(
        qtbot, db_path: Path, tmp_path: Path, started: list[MainWindow]) -> None:
    store(db_path, ui_language="en", theme=theme.HIGH_CONTRAST)
    cache = tmp_path / "cache"
    window = start(qtbot, db_path, cache, started)
    # No cache yet: the first frame is in the defaults (the database is not read before it); the
    # stored theme shows as soon as the database is open, the language from the next start.
    qtbot.waitUntil(lambda: "#ffff00" in QApplication.instance().styleSheet(), timeout=5000)
    qtbot.waitUntil(lambda: (cache / INTERFACE_CACHE).exists(), timeout=5000)
    cached = json.loads((cache / INTERFACE_CACHE).read_text())
    assert (cached["ui_language"], cached["theme"]) == ("en", theme.HIGH_CONTRAST)
    window.close()
    again = start(qtbot, db_path, cache, started)
    assert tab_titles(again) == ["Today", "Candidates", "Job fair", "Catalogue"]
    assert again.menuBar().actions()[0].text() == "&File"
    assert again.tabs.currentWidget() is again.home
    assert "#ffff00" in QApplication.instance().styleSheet()
    # Tabs are found by their id, whatever their title says in this language.
    assert again.show_tab(Tab.CATALOG) is again.catalog and again.current_tab() is Tab.CATALOG
    assert again.show_tab(Tab.QUICK) is again.quick and again.tabs.tabText(2) == "Job fair"


def test_the_interface_cache_holds_the_look_only_and_only_the_advisor_can_read_it(
        qtbot, db_path: Path, tmp_path: Path, started: list[MainWindow]) -> None:
    cache = tmp_path / "cache"
    store(db_path, ui_language="en", advisor_name="Sanne de Wit")
    start(qtbot, db_path, cache, started)
    qtbot.waitUntil(lambda: (cache / INTERFACE_CACHE).exists(), timeout=5000)
    file = cache / INTERFACE_CACHE
    assert json.loads(file.read_text()) == {"ui_language": "en", "theme": "light", "text_size": 100}
    assert file.stat().st_mode & 0o777 == 0o600
    assert "Sanne" not in file.read_text() and str(db_path) not in file.read_text()


def test_a_start_never_reads_the_database_before_the_first_frame(
        qtbot, db_path: Path, tmp_path: Path, started: list[MainWindow], monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # An encrypted database cannot be read before it is unlocked, and reading it cost the first start
    # ~90 ms (importing sqlite_utils): with or without a cache, nothing waits for the database thread.
    from ui.runner import DbRunner

    def refuse(*_args: object, **_kwargs: object) -> object:
        raise AssertionError("the start waited for the database thread")

    monkeypatch.setattr(DbRunner, "before_open", refuse)
    assert tab_titles(start(qtbot, db_path, tmp_path / "without", started))[1] == "Kandidaten"
    remember_interface(Interface("en", "light"), tmp_path / "with-cache")
    assert tab_titles(start(qtbot, db_path, tmp_path / "with-cache", started))[1] == "Candidates"


def test_the_first_frame_comes_before_the_rest_is_built(
        qtbot, db_path: Path, tmp_path: Path, started: list[MainWindow]) -> None:
    _app, window = start_window(db_path, tmp_path / "cache")
    started.append(window)
    qtbot.addWidget(window)
    at_first_frame: list[tuple[bool, bool, int]] = []
    window.first_frame.connect(lambda: at_first_frame.append(
        (window.quick is not None, hasattr(window.candidates, "form"), window.tabs.count())))
    with qtbot.waitSignal(window.ready, timeout=20_000):
        pass
    # The tab bar was complete at once (reserved places), their views came after the frame.
    assert at_first_frame == [(False, False, 4)]
    assert window.tabs.count() == 4
    assert window.tabs.widget(2) is window.quick
    assert window.tabs.widget(3) is window.catalog
    assert window.findChild(QDockWidget, "routes").widget() is window.match_panel
    assert window.plan_dock.widget() is window.plan_panel
    assert window.candidates.model().rowCount() == 0 and window.home.values["candidates"].text() == "0"


def test_the_parts_wait_while_the_database_thread_imports_the_core(
        qtbot, db_path: Path, tmp_path: Path, started: list[MainWindow], monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # A slow machine: the database thread needs longer than PARTS_AFTER_MS to import the core. The
    # parts built meanwhile would hold up that import (the GIL) and the page behind it; the list
    # comes first, then the parts (it used to be a timer from the first frame).
    import sys
    import time
    import types

    import intake_desk.app.opening as opening

    slow = [0.6]

    class SlowToImport(types.ModuleType):
        def __getattr__(self, name: str) -> object:
            time.sleep(slow.pop() if slow else 0)  # the worker's `from intake_desk.app.opening import`
            return getattr(opening, name)

    monkeypatch.setitem(sys.modules, "intake_desk.app.opening", SlowToImport("intake_desk.app.opening"))
    seed(db_path, [("Bram", "", "Bakker", "Zwolle")])
    _app, window = start_window(db_path, tmp_path / "cache")
    started.append(window)
    qtbot.addWidget(window)
    at_list: list[bool] = []
    window.candidates.model().loaded.connect(
        lambda: at_list.append(hasattr(window.candidates, "form")))
    with qtbot.waitSignal(window.ready, timeout=20_000):
        pass
    assert at_list[:1] == [False]
    assert window.candidates.model().rowCount() == 1 and hasattr(window.candidates, "form")


def test_typing_in_the_first_frame_finds_once_the_database_is_open(
        qtbot, db_path: Path, tmp_path: Path, started: list[MainWindow]) -> None:
    seed(db_path, [("Bram", "", "Bakker", "Zwolle"), ("Anna", "de", "Vries", "Assen")])
    _app, window = start_window(db_path, tmp_path / "cache")
    started.append(window)
    qtbot.addWidget(window)
    # The advisor types as soon as the window shows, before the database is open.
    window.first_frame.connect(lambda: window.candidates.search.setText("zwo"))
    with qtbot.waitSignal(window.ready, timeout=20_000):
        pass
    model = window.candidates.model()
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    assert model.index(0, 0).data() == "Bakker, Bram"


def test_the_cache_follows_the_database_when_it_changed_elsewhere(
        qtbot, db_path: Path, tmp_path: Path, started: list[MainWindow]) -> None:
    cache = tmp_path / "cache"
    remember_interface(Interface("nl", "light"), cache)  # what this laptop saw last time
    store(db_path, ui_language="en")  # changed since, e.g. a restored backup
    window = start(qtbot, db_path, cache, started)
    assert tab_titles(window)[1] == "Kandidaten"  # the cache decided this start
    qtbot.waitUntil(lambda: json.loads((cache / INTERFACE_CACHE).read_text())["ui_language"] == "en",
                    timeout=5000)
    window.close()
    again = start(qtbot, db_path, cache, started)
    assert tab_titles(again)[1] == "Candidates"


def test_saving_settings_refreshes_the_cache(
        qtbot, db_path: Path, tmp_path: Path, started: list[MainWindow]) -> None:
    from intake_desk.app.settings import store_settings

    cache = tmp_path / "cache"
    window = start(qtbot, db_path, cache, started)
    qtbot.waitUntil(lambda: (cache / INTERFACE_CACHE).exists(), timeout=5000)
    assert json.loads((cache / INTERFACE_CACHE).read_text())["ui_language"] == "nl"
    window.runner.submit(store_settings, replace(settings_repo.Settings(), ui_language="en"))
    qtbot.waitUntil(lambda: json.loads((cache / INTERFACE_CACHE).read_text())["ui_language"] == "en",
                    timeout=5000)


def stored_text_size(db_path: Path) -> int:
    db = open_database(db_path)
    try:
        return settings_repo.load(db).text_size
    finally:
        db.close()


def test_a_stored_text_size_is_in_place_from_the_first_frame(
        qtbot, db_path: Path, tmp_path: Path, started: list[MainWindow]) -> None:
    store(db_path, text_size=200)
    remember_interface(Interface("nl", "light", 200), tmp_path / "cache")  # as the last start left it
    window = start(qtbot, db_path, tmp_path / "cache", started)
    # qt-material's 12px body text, doubled; the Vandaag title (twice the body text) follows it.
    assert "font-size: 24px" in QApplication.instance().styleSheet()
    # (a rule of the application's stylesheet, matched by the title's size: no stylesheet of its own)
    title = window.home.findChild(QLabel)
    assert title.styleSheet() == "" and title.property("intakeDeskHeadingSize") == "200"
    assert '*[intakeDeskHeadingSize="200"] { font-size: 48px; font-weight: bold; }' in \
        QApplication.instance().styleSheet()
    assert title.font().pixelSize() == 48
    cached = json.loads((tmp_path / "cache" / INTERFACE_CACHE).read_text())
    assert cached["text_size"] == 200


def test_ctrl_plus_and_minus_change_the_text_size_at_once_and_keep_it(
        qtbot, db_path: Path, tmp_path: Path, started: list[MainWindow]) -> None:
    window = start(qtbot, db_path, tmp_path / "cache", started)
    table = window.candidates.table
    row_before = table.verticalHeader().defaultSectionSize()
    name_width_before = table.horizontalHeader().sectionSize(1)
    window.candidates.search.setFocus()
    qtbot.keyClick(window.candidates.search, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.look is not None and window.look.text_size == 125, timeout=5000)
    assert stored_text_size(db_path) == 125
    assert "font-size: 15px" in QApplication.instance().styleSheet()
    # The list measured its rows and date columns again for the larger text.
    assert table.verticalHeader().defaultSectionSize() > row_before
    assert table.horizontalHeader().sectionSize(1) > name_width_before
    for _ in range(6):  # past the largest size it stays there
        qtbot.keyClick(window.candidates.search, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stored_text_size(db_path) == max(TEXT_SIZES), timeout=5000)
    qtbot.keyClick(window.candidates.search, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.look is not None and window.look.text_size == 100, timeout=5000)
    assert "font-size: 12px" in QApplication.instance().styleSheet()
    assert table.verticalHeader().defaultSectionSize() == row_before


def test_a_text_size_this_version_does_not_offer_gives_the_normal_size(db_path: Path) -> None:
    store(db_path, text_size=130)
    db = open_database(db_path)
    try:
        assert settings_repo.interface(db).text_size == 100
        with pytest.raises(ValueError, match="tekstgrootte: 130%"):
            settings_repo.save_text_size(db, 130)
    finally:
        db.close()


def test_a_plain_start_skips_the_cli_and_anything_else_goes_to_it() -> None:
    assert gui_options([]).db is None
    assert gui_options(["--db", "x.sqlite", "-v"]).db == Path("x.sqlite")
    assert gui_options(["--db=y.sqlite"]).db == Path("y.sqlite")
    for argv in (["candidates", "list"], ["--help"], ["--db"], ["--db", "x", "init"], ["--verbos"]):
        assert gui_options(argv) is None, argv


def test_the_day_starts_on_vandaag_with_its_first_list_focused_and_ctrl_f_goes_to_the_search(
        qtbot, db_path: Path, tmp_path: Path, started: list[MainWindow]) -> None:
    # A quick intake from the fair to complete: "Af te maken" is the first list with something in it.
    seed(db_path, [("Bram", "", "Bakker", "Zwolle")], IntakeStatus.QUICK)
    window = start(qtbot, db_path, tmp_path / "cache", started)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    assert window.tabs.currentWidget() is window.home
    # The day's overview, not one candidate: no candidate bar, no routes or plan beside it.
    assert window.workspace_bar.isHidden()
    assert not any(d.isVisible() for d in window.findChildren(QDockWidget))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.home.to_finish.list, timeout=5000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.candidates
    qtbot.waitUntil(window.candidates.search.hasFocus, timeout=5000)
    # At the desk the candidate bar and the docks are back.
    assert not window.workspace_bar.isHidden()
    assert any(d.isVisible() for d in window.findChildren(QDockWidget))


FIRST_FRAME_IMPORTS = r"""
import sys
from pathlib import Path
from ui.app import start_window
app, window = start_window(Path(sys.argv[1]), Path(sys.argv[2]))
def shown():
    print(" ".join(sorted(m for m in sys.modules if m.split(".")[0] in ("sqlite_utils", "intake_desk"))))
    app.quit()
window.first_frame.connect(shown)
app.exec()
window.runner.stop()
"""


def test_the_first_frame_imports_neither_sqlite_utils_nor_the_domain(db_path: Path, tmp_path: Path) -> None:
    # In a fresh process, as an advisor starts it: what the GUI thread imported before the first
    # frame (the database thread starts only after it). sqlite_utils costs ~70-90 ms and the domain's
    # dataclasses ~40 ms; a known-error import in a module the first frame needs pulled both in.
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", FIRST_FRAME_IMPORTS, str(db_path), str(tmp_path)],
                         capture_output=True, text=True, env=env, timeout=120, check=True).stdout
    loaded = out.strip().splitlines()[-1].split()
    assert "sqlite_utils" not in loaded
    assert not [m for m in loaded if m.startswith(("intake_desk.storage", "intake_desk.domain"))], loaded
