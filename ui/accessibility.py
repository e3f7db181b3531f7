"""Names for the controls Qt adds by itself: a line edit's clear button, a table's select-all corner,
the "more" arrow of a full tool bar or menu bar. Without a name a screen reader announces them as a
bare "button". Called once the window is ready, and by a dialog for its own widgets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit, QMenuBar, QToolBar, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("Accessibility", text)


def name_qt_parts(root: QWidget) -> int:
    """Name every unnamed Qt-made button under root; returns how many were named."""
    named = 0
    for button in root.findChildren(QAbstractButton):
        if button.accessibleName() or button.text():
            continue
        parent = button.parentWidget()
        name = ""
        if isinstance(parent, QLineEdit):
            name = tr("Tekst wissen")
        elif isinstance(parent, QAbstractItemView) and button.objectName() == "qt_tableview_cornerbutton":
            name = tr("Alles selecteren")
        elif isinstance(parent, QToolBar | QMenuBar):
            name = tr("Meer")
        if name:
            button.setAccessibleName(name)
            named += 1
    return named
