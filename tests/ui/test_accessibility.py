"""Every control can be found by a screen reader: each input and button in the started window (all
tabs and docks, once `ready`) and in its dialogs has an accessible name, its own text, or a label that
names it (a buddy). A filter box or an icon-only button without one is read out as "edit" or "button".
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView)
# Inputs Qt builds inside a control (a spin box's line edit, a combo's popup list); the control itself
# is what a screen reader announces.
INSIDE = (QComboBox, QAbstractSpinBox, QLineEdit, QTabBar, QAbstractItemView, QCalendarWidget)


def _inside_a_control(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, INSIDE):
            return True
        parent = parent.parentWidget()
    return False


def _where(widget: QWidget) -> str:
    chain = []
    w: QWidget | None = widget
    while w is not None:
        chain.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return " < ".join(chain[:6])


def unnamed(top: QWidget) -> tuple[list[str], int, int]:
    """(controls without a name, number of inputs, number of buttons) under `top`."""
    buddies = {id(label.buddy()) for label in top.findChildren(QLabel) if label.buddy() is not None}
    missing: list[str] = []
    inputs = buttons = 0
    for widget in top.findChildren(QWidget):
        is_input = isinstance(widget, INPUTS) or (isinstance(widget, QCheckBox) and not widget.text())
        is_button = isinstance(widget, QAbstractButton) and not is_input
        if not (is_input or is_button):
            continue
        # Every button counts, also those Qt adds (a clear button, a table's corner): a pointer
        # reaches them. An input inside another control is part of that control.
        if is_input and _inside_a_control(widget, top):
            continue
        inputs += is_input
        buttons += is_button
        text = widget.text().replace("&", "").strip() if isinstance(widget, QAbstractButton) else ""
        if widget.accessibleName().strip() or text or id(widget) in buddies:
            continue
        missing.append(f"{type(widget).__name__} {_where(widget)}")
    return missing, inputs, buttons


def test_the_walk_finds_an_unnamed_control(window) -> None:  # type: ignore[no-untyped-def]
    """The check can fail: an unnamed search box and an icon-only button are caught; named, they pass."""
    box = QWidget(window.home)
    edit = QLineEdit(box)
    edit.setObjectName("probeEdit")
    button = QToolButton(box)  # an icon-only button
    button.setObjectName("probeButton")
    missing, _inputs, _buttons = unnamed(window)
    assert any("probeEdit" in m for m in missing) and any("probeButton" in m for m in missing)
    edit.setAccessibleName("Zoeken")
    label = QLabel("&Filter", box)
    label.setBuddy(button)
    missing, _inputs, _buttons = unnamed(window)
    assert not any("probe" in m for m in missing), missing
    box.deleteLater()


def test_every_control_in_the_started_window_is_named(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.finish_building()
    # Every tab once, so views that build their controls when first shown have them.
    for n in range(window.tabs.count()):
        window.tabs.setCurrentIndex(n)
        qtbot.wait(20)
    missing, inputs, buttons = unnamed(window)
    assert inputs > 40 and buttons > 40  # the walk reached the form, the docks and the catalog
    assert not missing, "\n".join(missing)


def test_the_settings_and_welcome_dialogs_name_every_control(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.settings import SettingsDialog
    from ui.dialogs.welcome import WelcomeDialog

    for dialog in (SettingsDialog(window.runner, window), WelcomeDialog(window.runner, window)):
        qtbot.addWidget(dialog)
        missing, inputs, _buttons = unnamed(dialog)
        assert inputs >= 5
        assert not missing, "\n".join(missing)
