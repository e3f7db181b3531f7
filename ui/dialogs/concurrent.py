"""A late save at the desk (issue #19): another desk saved the same candidate while this form was
open, and both changed the same fields. Per field the advisor keeps "Uw invoer" (what this form
holds) or "Intussen opgeslagen door een andere desk"; everything else was already merged
(app/concurrent.py).

By keyboard: Up/Down choose the field, 1 or Left keeps this desk's value, 2 or Right the other desk's,
Enter saves with these choices, Esc goes back to the form as it is (its values stay, and in a draft).
Each field starts on "Uw invoer": what was typed is never thrown away without a choice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..locale_format import ui_language
from ..views.conflicts import shown_value

if TYPE_CHECKING:
    from intake_desk.app.concurrent import Side, StaleSave


def tr(text: str) -> str:
    return QCoreApplication.translate("ConcurrentEditDialog", text)


_MINE_KEYS = (Qt.Key.Key_1, Qt.Key.Key_Left)
_THEIRS_KEYS = (Qt.Key.Key_2, Qt.Key.Key_Right)


class ConcurrentEditDialog(QDialog):
    """The fields both desks changed, each with both values; `choices()` once accepted."""

    def __init__(self, outcome: StaleSave, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConcurrentEditDialog")
        self.setWindowTitle(tr("Intussen gewijzigd door een andere desk"))
        self.outcome = outcome
        lang = ui_language()
        self.labels = [c.label[1] if lang == "en" else c.label[0] for c in outcome.conflicts]
        self.chosen: list[Side] = ["mine"] * len(outcome.conflicts)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Een andere desk heeft %s opgeslagen terwijl u eraan werkte. Wat maar één "
                          "van beide veranderde, is samengevoegd. Kies hieronder per veld welke "
                          "waarde blijft.") % name)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        fields_label = QLabel(tr("&Velden die beide desks wijzigden (pijltjes omhoog/omlaag):"))
        layout.addWidget(fields_label)
        self.fields = QListWidget()
        self.fields.setObjectName("conflictFields")
        fields_label.setBuddy(self.fields)
        for _ in outcome.conflicts:
            self.fields.addItem(QListWidgetItem())
        layout.addWidget(self.fields)
        self.choice_label = QLabel(tr("Waarde (1 of pijltje links: uw invoer; 2 of pijltje rechts: "
                                      "de andere desk):"))
        self.choice_label.setWordWrap(True)
        layout.addWidget(self.choice_label)
        self.mine_button = QRadioButton()
        self.mine_button.setObjectName("mine")
        self.theirs_button = QRadioButton()
        self.theirs_button.setObjectName("theirs")
        for button in (self.mine_button, self.theirs_button):
            # The list keeps the keyboard; the buttons are for the mouse and show the whole value.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            layout.addWidget(button)
        self.mine_button.clicked.connect(lambda: self.choose("mine"))
        self.theirs_button.clicked.connect(lambda: self.choose("theirs"))
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(tr("Opslaan met deze keuzes (Enter)"))
        self.save_button.setDefault(True)
        self.back_button = QPushButton(tr("Terug naar het formulier (Esc)"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fields.currentRowChanged.connect(lambda _row: self._show_current())
        self.fields.installEventFilter(self)
        for row in range(len(outcome.conflicts)):
            self._show_row(row)
        self.fields.setCurrentRow(0)
        self.fields.setFocus()
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    def choices(self) -> dict[str, Side]:
        """Per conflicted field: "mine" or "theirs"."""
        return {c.field: side for c, side in zip(self.outcome.conflicts, self.chosen, strict=True)}

    def choose(self, side: Side, row: int | None = None) -> None:
        row = self.fields.currentRow() if row is None else row
        if not 0 <= row < len(self.chosen):
            return
        self.chosen[row] = side
        self._show_row(row)
        self._show_current()

    def _show_row(self, row: int) -> None:
        who = tr("uw invoer") if self.chosen[row] == "mine" else tr("de andere desk")
        item = self.fields.item(row)
        item.setText(tr("%d. %s: %s") % (row + 1, self.labels[row], who))

    def _show_current(self) -> None:
        row = self.fields.currentRow()
        if not 0 <= row < len(self.chosen):
            return
        conflict = self.outcome.conflicts[row]
        self.mine_button.setText(tr("1  Uw invoer: %s") % shown_value(conflict.mine))
        self.theirs_button.setText(tr("2  Intussen opgeslagen door een andere desk: %s")
                                   % shown_value(conflict.theirs))
        (self.mine_button if self.chosen[row] == "mine" else self.theirs_button).setChecked(True)
        self.fields.setAccessibleDescription(
            (self.mine_button if self.chosen[row] == "mine" else self.theirs_button).text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.fields and event.type() == QEvent.Type.KeyPress and isinstance(
                event, QKeyEvent) and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if event.key() in _MINE_KEYS:
                self.choose("mine")
                return True
            if event.key() in _THEIRS_KEYS:
                self.choose("theirs")
                return True
        return super().eventFilter(watched, event)
