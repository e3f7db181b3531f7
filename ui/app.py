"""Start-up: QApplication, translator, theme, the database runner and the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from intake_desk.paths import data_dir, resource

from . import theme
from .main_window import MainWindow
from .runner import DbRunner

log = logging.getLogger(__name__)

APP_NAME = "Intake Desk"


def create_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("IntakeDesk")
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(QIcon(str(resource("icons", "intake-desk.svg"))))
    return app


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Dutch is the source language; other languages load resources/translations/intake_desk_<lang>.qm."""
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
                               QLocale.Country.Netherlands))
    if language == "nl":
        return None
    translator = QTranslator(app)
    if translator.load(str(resource("translations", f"intake_desk_{language}.qm"))):
        app.installTranslator(translator)
        return translator
    log.warning("no translation for %s; run 'make translations'", language)
    return None


def build_window(db_path: Path, theme_name: str = "light", apply_theme: bool = True
                 ) -> tuple[QApplication, MainWindow]:
    app = create_app()
    if apply_theme:
        theme.apply(app, theme_name, data_dir() / "theme-cache")
    runner = DbRunner(db_path)
    window = MainWindow(runner)
    runner.open()
    return app, window


def start_gui(db_path: Path) -> int:
    app, window = build_window(db_path)
    window.show()
    code = app.exec()
    window.runner.stop()
    return int(code)
