"""The GUI start (`ui.app.start_window`): the stored interface language and theme are in place from the
first frame, what the first frame does not show is built after it, and the interface cache follows the
database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDockWidget

from intake_desk.paths import resource
from intake_desk.storage import open_database
from intake_desk.storage import settings as settings_repo
from ui import theme
from ui.app import INTERFACE_CACHE, remember_interface, start_window
from ui.main import gui_options
from ui.main_window import MainWindow

from .desk_helpers import seed


def store(db_path: Path, **changes: str) -> None:
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
    window = start(qtbot, db_path, tmp_path / "cache", started)
    assert tab_titles(window) == ["Overview", "Candidates", "Job fair", "Catalogue"]
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.tabs.currentWidget() is window.candidates
    assert "#ffff00" in QApplication.instance().styleSheet()  # the stored high-contrast theme
    # The first start with this database read both from it; the cache has them for the next one.
    cached = json.loads((tmp_path / "cache" / INTERFACE_CACHE).read_text())
    assert (cached["ui_language"], cached["theme"]) == ("en", theme.HIGH_CONTRAST)


def test_the_first_frame_comes_before_the_rest_is_built(
        qtbot, db_path: Path, tmp_path: Path, started: list[MainWindow]) -> None:
    _app, window = start_window(db_path, tmp_path / "cache")
    started.append(window)
    qtbot.addWidget(window)
    at_first_frame: list[tuple[bool, bool, int]] = []
    window.first_frame.connect(lambda: at_first_frame.append(
        (hasattr(window, "quick"), hasattr(window.candidates, "form"), window.tabs.count())))
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
    remember_interface(db_path, ("nl", "light"), cache)  # what this laptop saw last time
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
    from ui.dialogs.settings import store_settings

    cache = tmp_path / "cache"
    window = start(qtbot, db_path, cache, started)
    assert json.loads((cache / INTERFACE_CACHE).read_text())["ui_language"] == "nl"
    window.runner.submit(store_settings, replace(settings_repo.Settings(), ui_language="en"))
    qtbot.waitUntil(lambda: json.loads((cache / INTERFACE_CACHE).read_text())["ui_language"] == "en",
                    timeout=5000)


def test_a_plain_start_skips_the_cli_and_anything_else_goes_to_it() -> None:
    assert gui_options([]).db is None
    assert gui_options(["--db", "x.sqlite", "-v"]).db == Path("x.sqlite")
    assert gui_options(["--db=y.sqlite"]).db == Path("y.sqlite")
    for argv in (["candidates", "list"], ["--help"], ["--db"], ["--db", "x", "init"], ["--verbos"]):
        assert gui_options(argv) is None, argv
