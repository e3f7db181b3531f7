"""Start-up: QApplication, translator, theme, the database runner and the main window.

`start_window` is what `intake-desk` runs; it is ordered for a fast first frame:

1. the interface language, theme and text size are known before the first widget exists, so the
   translator and the theme are in place: from a small plain cache in the data folder
   (`interface.json`: those three values only, no personal data, mode 0600), written whenever they
   change. Without a cache (a first start) the defaults. The database is not read for them before the
   first frame: that waited ~90 ms for the database thread to import sqlite_utils, and an encrypted
   database cannot be read before it is unlocked. The database stays the source: once it is open the
   values are read again; a different theme or text size shows at once, a different language at the
   next start, and the cache follows;
2. the window is built with what the first frame shows (tabs, the candidate list with its search box,
   menus, status bar) and shown;
3. after that frame is painted, the database is opened on the database thread (a database that needs no
   migration without waiting for its quick_check, see ui/runner.py); the list's first page is shown
   first, then the rest (intake form, the candidate bar, quick intake, catalog, routes and plan panels)
   is built, one part per turn of the event loop, not while the database thread is still importing the
   core (both are Python: through the GIL each would slow the other down); `ready` follows when the
   list and the overview show data and every part exists.

The same function starts the window for people (`intake-desk`), for the tests (tests/ui/conftest.py) and
for `make screenshots`: what they check is what the advisor gets. Tests leave the theme out
(`themed=False`, for speed); the code path is otherwise the same. `build_window` is a thin wrapper that
also waits for `ready`.

The window fits the screen it opens on and comes back where the advisor left it (`place_window`).
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QLibraryInfo, QLocale, QRect, QSettings, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from intake_desk.interface import Interface, text_size_or_default
from intake_desk.paths import data_dir, resource

from . import pyside_imports, theme  # noqa: F401  (pyside_imports first: later imports are cheaper)
from .main_window import MainWindow
from .parts import Tab
from .runner import DbRunner

log = logging.getLogger(__name__)

APP_NAME = "Intake Desk"
INTERFACE_CACHE = "interface.json"
UI_STATE = "ui-state.ini"  # QSettings: UI state only (geometry); business settings are in the database
PREFERRED_SIZE = (1280, 800)


def _destroy_windows_before_exit() -> None:
    """Destroy our main windows while Python is still whole.

    Left to interpreter shutdown, a window's destructor lets a toolbar release its widget, which gets
    a font change and calls our Python `changeEvent` after module globals are gone; PySide6 6.12 then
    crashes while storing that error (segfault in PepException_GetArgs on 5 of 6 runs here).
    """
    import shiboken6

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and shiboken6.isValid(widget):
            widget.runner.stop()
            shiboken6.delete(widget)


def create_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if not isinstance(existing, QApplication):
        atexit.register(_destroy_windows_before_exit)
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("IntakeDesk")
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(QIcon(str(resource("icons", "intake-desk.svg"))))
    return app


_qt_texts: QTranslator | None = None  # Qt's own texts; replaced, not stacked, when the language changes


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Dutch is the source language; other languages load resources/translations/intake_desk_<lang>.qm."""
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
                               QLocale.Country.Netherlands))
    # Qt's own texts (Yes/No/Cancel in message boxes, the line edit's context menu) in the same language;
    # without this a Dutch UI on an English system shows them in English. The parent keeps it alive.
    global _qt_texts
    if _qt_texts is not None:
        app.removeTranslator(_qt_texts)
    _qt_texts = QTranslator(app)
    if _qt_texts.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(_qt_texts)
    if language == "nl":
        return None
    translator = QTranslator(app)
    if translator.load(str(resource("translations", f"intake_desk_{language}.qm"))):
        app.installTranslator(translator)
        return translator
    log.warning("no translation for %s; run 'make translations'", language)
    return None


def remembered_interface(cache_dir: Path) -> Interface | None:
    """The interface last shown, or None (no cache yet, or one this version cannot read)."""
    try:
        data = json.loads((cache_dir / INTERFACE_CACHE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    language, theme_name, size = data.get("ui_language"), data.get("theme"), data.get("text_size")
    if isinstance(language, str) and isinstance(theme_name, str) and isinstance(size, int):
        return Interface(language, theme_name, text_size_or_default(size))
    return None


def remember_interface(interface: Interface, cache_dir: Path) -> None:
    """Write the cache: only the three look values (no path, no name), readable by the advisor alone,
    replaced in one rename so a start never reads half a file."""
    target = cache_dir / INTERFACE_CACHE
    partial = target.with_name(INTERFACE_CACHE + ".partial")
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({"ui_language": interface.language, "theme": interface.theme,
                       "text_size": interface.text_size}, f)
        os.chmod(partial, 0o600)  # an older partial file may have had other modes
        os.replace(partial, target)
    except OSError:  # only the next start shows the defaults first
        log.warning("interface cache not written", exc_info=True)


def start_window(db_path: Path | str, cache_dir: Path | None = None, *, themed: bool = True
                 ) -> tuple[QApplication, MainWindow]:
    """The GUI start (see the module docstring): returns the shown window; the caller runs the loop.

    `cache_dir` holds the interface cache, the window's UI state and the theme's generated files (the
    data folder). `themed=False` leaves the application's look alone (fast tests); nothing else differs.
    """
    folder = data_dir() if cache_dir is None else cache_dir
    app = create_app()
    runner = DbRunner(db_path)
    cached = remembered_interface(folder)
    interface = cached if cached is not None else Interface()
    window = _dressed_window(app, runner, interface, themed, folder)
    window.ui_state = QSettings(str(folder / UI_STATE), QSettings.Format.IniFormat)
    known: list[Interface | None] = [cached]  # what the cache holds; None: nothing written yet

    def compare(found: Interface) -> None:
        if found != known[0]:
            log.info("interface settings read from the database; the cache follows")
            known[0] = found
            remember_interface(found, folder)

    window.interface_read.connect(compare)
    def lock_later() -> None:
        # Ctrl+L, the idle lock, "Niet versleuteld" (issue 15): after the first frame, which it
        # would slow by ~25 ms, and after the database thread was asked to open; an opening that
        # finds the database locked builds it at once (unlock.ask_passphrase).
        from .dialogs.unlock import DeskLock, install_lock

        if window.findChild(DeskLock, "DeskLock") is None:
            install_lock(window)

    # Queued: the first-frame handler hands the database thread its `open` first, so the lock is
    # built while that thread imports, and is there for the `opened` it then listens for.
    window.first_frame.connect(lambda: QTimer.singleShot(0, lock_later))
    place_window(window, window.ui_state)
    # The advisor starts where the day's work is: Vandaag, its first worklist (once the lists arrive)
    # or else its "Nieuwe intake" button focused; Ctrl+F goes to the desk's search box.
    window.show_tab(Tab.HOME)
    # The candidate bar and docks step aside for Vandaag, already in the first frame; at the desk
    # they come back tabbed together, Leerroutes in front, a third of the window wide.
    window.follow_tab()
    window.show()
    window.home.focus_first(when_loaded=True)
    return app, window


def _dressed_window(app: QApplication, runner: DbRunner, interface: Interface, themed: bool,
                    folder: Path) -> MainWindow:
    """The theme and translation for `interface`, then the window's first-frame parts."""
    if themed:
        theme.apply(app, interface.theme, folder / "theme-cache", interface.text_size)
    translator = install_translator(app, interface.language)
    window = MainWindow(runner, lazy=True)
    window.translator = translator
    if themed:  # an unthemed window leaves the look to its caller (follow_look does nothing)
        window.look, window.theme_cache = interface, folder / "theme-cache"
    return window


def place_window(window: QWidget, state: QSettings | None) -> None:
    """Where the advisor left the window, if that still fits a screen; else the preferred size, cut
    to the screen the window opens on (a 1366x768 laptop loses nothing below its task bar)."""
    stored = state.value("geometry") if state is not None else None
    # restoreGeometry moves a window whose screen is gone onto one; one larger than this screen is not
    # kept (a laptop after a large monitor).
    if stored is not None and window.restoreGeometry(stored) and fits(window.geometry(), window):
        return
    screen = window.screen() or QApplication.primaryScreen()
    area = screen.availableGeometry()
    # Room for the title bar and borders the window manager adds (their size is known only once shown).
    frame_w, frame_h = 16, 48
    width = min(PREFERRED_SIZE[0], area.width() - frame_w)
    height = min(PREFERRED_SIZE[1], area.height() - frame_h)
    window.resize(width, height)
    window.move(area.x() + (area.width() - width - frame_w) // 2,
                area.y() + (area.height() - height - frame_h) // 2)


def fits(rect: QRect, window: QWidget) -> bool:
    screen = window.screen() or QApplication.primaryScreen()
    return screen is not None and screen.availableGeometry().contains(rect)


def build_window(db_path: Path | str, cache_dir: Path | None = None, *, themed: bool = True,
                 timeout_ms: int = 20_000) -> tuple[QApplication, MainWindow]:
    """`start_window`, then wait until the window is `ready` (every part built, data shown)."""
    app, window = start_window(db_path, cache_dir, themed=themed)
    if not getattr(window, "is_ready", False):
        loop = QEventLoop()
        window.ready.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
    return app, window


def report_start(window: MainWindow, db_path: Path | str, report: Path) -> None:
    """INTAKE_DESK_SMOKE=FILE: write when the first frame was painted and when the window was ready
    (epoch seconds) and the database used, then leave the event loop. packaging/smoke_test.py starts an
    installed bundle this way to prove it shows its window and creates its database; a file, because a
    windowed Windows build has no stdout. exit() rather than quit(): no close event, no quit question."""
    import time

    def note(line: str) -> None:
        with report.open("a", encoding="utf-8") as f:
            f.write(line + "\n")

    window.first_frame.connect(lambda: note(f"shown {time.time():.3f}"))

    def ready() -> None:
        note(f"ready {time.time():.3f}")
        runner = window.runner
        note(f"database {runner.shown_address if runner.is_server else Path(db_path).resolve()}")
        QTimer.singleShot(0, lambda: QApplication.instance().exit(0))  # type: ignore[union-attr]

    window.ready.connect(ready)


def start_gui(db_path: Path | str) -> int:
    """`db_path`: the database file, or a PostgreSQL server's URL (`postgresql://...`, a str)."""
    from .dialogs.unlock import prepare_database  # a new database: passphrase first (issue 15)

    if not prepare_database(create_app(), db_path):
        return 0  # closed at the first question: nothing was made
    app, window = start_window(db_path)
    from .dialogs.welcome import offer_welcome  # first start: who is the advisor (issue 12)

    offer_welcome(window)
    if os.environ.get("INTAKE_DESK_SMOKE"):  # packaging/smoke_test.py and bench/bench_package.py
        report_start(window, db_path, Path(os.environ["INTAKE_DESK_SMOKE"]))
    code = app.exec()
    window.runner.stop()
    return int(code)
