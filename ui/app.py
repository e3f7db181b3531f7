"""Start-up: QApplication, translator, theme, the database runner and the main window.

`start_window` is what `intake-desk` runs; it is ordered for a fast first frame:

1. the interface language and theme stored in the database are known before the first widget exists,
   so the translator and the theme are in place: from a small cache in the data folder (the database
   path with the two values), else, on a first start with this database, read on the database thread
   through `open_database` (without quick_check or migrations; ~60 ms, mostly importing sqlite_utils).
   The database stays the source: once it is open the values are read again and the cache follows
   them (a change made elsewhere shows at the next start); saving settings refreshes it too;
2. the window is built with what the first frame shows (tabs, the candidate list with its search box,
   menus, status bar) and shown;
3. after that frame is painted, the database is opened for real (quick_check, migrations, backup) on the
   database thread while the rest (intake form, quick intake, catalog, routes and plan panels) is built;
   `ready` follows when the list and the overview show data.

`build_window` builds everything at once and leaves opening to the caller (tests, screenshots).
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from intake_desk.interface import Interface
from intake_desk.paths import data_dir, resource

from . import theme
from .main_window import MainWindow, stored_interface
from .runner import DbRunner

log = logging.getLogger(__name__)

APP_NAME = "Intake Desk"
INTERFACE_CACHE = "interface.json"


def create_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
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


def read_interface(path: Path) -> Interface:
    """Runs on the database thread before the database is opened: the stored language, theme and
    text size.

    This read changes nothing, so quick_check and migrations can wait for the full open after the first
    frame. Any problem gives the defaults; the full open then reports it (too new, damaged, ...).
    """
    if not path.exists():
        return Interface()  # a first start: nothing stored yet, and no file to create here
    from intake_desk.storage import open_database

    try:
        db = open_database(path, migrate=False, check=False)
        try:
            return stored_interface(db)
        finally:
            db.close()
    except Exception:  # the full open reports it to the advisor; here the defaults will do
        log.warning("interface settings not read; using the defaults", exc_info=True)
        return Interface()


def remembered_interface(db_path: Path, cache_dir: Path) -> Interface | None:
    """The interface last read from this database, or None (no cache, another database, or a cache
    from a version that knew fewer settings)."""
    try:
        data = json.loads((cache_dir / INTERFACE_CACHE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("database") != str(db_path.resolve()):
        return None
    language, theme_name, size = data.get("ui_language"), data.get("theme"), data.get("text_size")
    if isinstance(language, str) and isinstance(theme_name, str) and isinstance(size, int):
        return Interface(language, theme_name, size)
    return None


def remember_interface(db_path: Path, interface: Interface, cache_dir: Path) -> None:
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        (cache_dir / INTERFACE_CACHE).write_text(json.dumps({
            "database": str(db_path.resolve()), "ui_language": interface.language,
            "theme": interface.theme, "text_size": interface.text_size,
        }), encoding="utf-8")
    except OSError:  # only the next start is slower (it reads the database first)
        log.warning("interface cache not written", exc_info=True)


def start_window(db_path: Path, cache_dir: Path | None = None) -> tuple[QApplication, MainWindow]:
    """The GUI start (see the module docstring): returns the shown window; the caller runs the loop.

    `cache_dir` holds the interface cache and the theme's generated files (the data folder).
    """
    folder = data_dir() if cache_dir is None else cache_dir
    app = create_app()
    runner = DbRunner(db_path)
    cached = remembered_interface(db_path, folder)
    interface = cached if cached is not None else runner.before_open(read_interface)
    if cached is None:
        remember_interface(db_path, interface, folder)
    theme.apply(app, interface.theme, folder / "theme-cache", interface.text_size)
    translator = install_translator(app, interface.language)
    window = MainWindow(runner, lazy=True)
    window.translator = translator
    window.look, window.theme_cache = interface, folder / "theme-cache"
    known = [interface]

    def compare(found: Interface) -> None:
        if found != known[0]:
            log.info("interface settings changed in the database; the cache follows")
            known[0] = found
            remember_interface(db_path, found, folder)

    window.interface_read.connect(compare)
    # The advisor starts where the day's work is: the list, with the cursor in the search box.
    window.tabs.setCurrentWidget(window.candidates)
    window.show()
    window.candidates.focus_search()
    return app, window


def build_window(db_path: Path, theme_name: str = "light", apply_theme: bool = True,
                 text_size: int = 100) -> tuple[QApplication, MainWindow]:
    app = create_app()
    if apply_theme:
        theme.apply(app, theme_name, data_dir() / "theme-cache", text_size)
    runner = DbRunner(db_path)
    window = MainWindow(runner)
    if apply_theme:
        window.look = Interface(theme=theme_name, text_size=text_size)
    runner.open()
    return app, window


def start_gui(db_path: Path) -> int:
    app, window = start_window(db_path)
    code = app.exec()
    window.runner.stop()
    return int(code)
