"""File dialogs in the interface's language.

The desktop's own (native) file dialog speaks the language of the desktop, not ours: on an English
system a Dutch advisor got "Save", "Cancel" and "File name" in a Dutch program. When the desktop's
language is not the interface's, Qt's own dialog is used, which the qtbase translation installed at
start-up (ui/app.py install_translator) puts in Dutch. Filters are passed already translated.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QWidget


def use_native() -> bool:
    """Native only when it speaks the interface's language (QLocale() is the interface's locale)."""
    return QLocale.system().language() == QLocale().language()


def options() -> QFileDialog.Option:
    return QFileDialog.Option(0) if use_native() else QFileDialog.Option.DontUseNativeDialog


def save_file_name(parent: QWidget | None, title: str, start: str, filters: str) -> str:
    """The chosen path, or "" when the advisor cancelled."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, start, filters, options=options())
    return path


def open_file_name(parent: QWidget | None, title: str, start: str, filters: str) -> str:
    path, _filter = QFileDialog.getOpenFileName(parent, title, start, filters, options=options())
    return path


def existing_directory(parent: QWidget | None, title: str, start: str = "") -> str:
    return QFileDialog.getExistingDirectory(
        parent, title, start, options=options() | QFileDialog.Option.ShowDirsOnly)
