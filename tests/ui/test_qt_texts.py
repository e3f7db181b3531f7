"""Qt's own texts (message-box buttons, context menus) follow the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ui.app import install_translator


def test_qt_buttons_follow_the_interface_language(qapp: QApplication) -> None:
    try:
        install_translator(qapp, "nl")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
        english = install_translator(qapp, "en")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
        if english is not None:
            qapp.removeTranslator(english)
    finally:
        install_translator(qapp, "nl")
