"""The candidate's trajectory stage: the chooser (Ctrl+T), its history, and the next contact date.

The chooser is made for two keys: Ctrl+T opens it on a list of only the stages that may follow the
current one (`intake_desk.domain.trajectory.allowed_next`), numbered; a number key chooses and
confirms at once (Enter confirms the marked one). "uitgevallen" then asks the reason and "afgerond"
the credential, in the same way (a number, or arrows and Enter). The day defaults to today and can
be changed first (Alt+D). Escape steps back, then closes. Nothing is stored here: the dialog returns
a `StageChoice` and the workspace sends it to `intake_desk.app.followup.set_stage`, which has the
last word (a refusal shows its own text).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_desk.domain.enums import CredentialKind
from intake_desk.domain.labels import label as domain_label
from intake_desk.domain.trajectory import (
    CREDENTIALS,
    DropReason,
    Stage,
    StageChange,
    allowed_next,
    reason_label,
    stage_label,
)

from .. import theme
from ..locale_format import date_edit_format, format_date, format_datetime, ui_language, ui_locale


def tr(text: str) -> str:
    return QCoreApplication.translate("StageDialog", text)


@dataclass(frozen=True, slots=True)
class StageChoice:
    stage: Stage
    on: date
    reason: DropReason | None = None
    credential: CredentialKind | None = None


def credential_label(kind: CredentialKind, lang: str) -> str:
    return domain_label(kind, lang)


def change_text(change: StageChange, lang: str) -> str:
    """"plan uitgereikt → gestart" with the reason or credential when there is one."""
    to = stage_label(change.to_stage, lang)
    text = f"{stage_label(change.from_stage, lang)} → {to}" if change.from_stage else to
    if change.reason is not None:
        text += f" ({reason_label(change.reason, lang)})"
    if change.credential is not None:
        text += f" ({credential_label(change.credential, lang)})"
    return text


def _to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def date_field(day: date, name: str) -> QDateEdit:
    edit = QDateEdit(_to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_edit_format())
    edit.setLocale(ui_locale())
    edit.setAccessibleName(name)
    return edit


class NumberedList(QListWidget):
    """A short list whose entries are chosen by their number (1-9) or by Enter; `chosen(row)`."""

    chosen = Signal(int)

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.values: list[object] = []
        self.itemDoubleClicked.connect(lambda item: self.chosen.emit(self.row(item)))

    def fill(self, entries: list[tuple[str, object]]) -> None:
        self.clear()
        # Kept here, not in the items: Qt would hand a StrEnum back as a plain str.
        self.values = [value for _text, value in entries]
        for n, (text, _value) in enumerate(entries):
            self.addItem(QListWidgetItem(f"{n + 1}   {text}" if n < 9 else f"     {text}"))
        if entries:
            self.setCurrentRow(0)
        self.fit()

    def fit(self) -> None:
        """As tall as its entries (up to nine): no scrolling for a choice of a few, no empty space."""
        rows = min(max(self.count(), 1), 9)
        self.setFixedHeight(max(self.sizeHintForRow(0), 1) * rows + 2 * self.frameWidth() + 4)

    def value(self, row: int) -> object:
        return self.values[row] if 0 <= row < len(self.values) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.NoModifier and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            row = key - Qt.Key.Key_1
            if row < self.count():
                self.setCurrentRow(row)
                self.chosen.emit(row)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and modifiers == Qt.KeyboardModifier.NoModifier:
            # Handled here only: QListWidget would pass Enter on to the dialog as well.
            if self.currentRow() >= 0:
                self.chosen.emit(self.currentRow())
            return
        super().keyPressEvent(event)


class Pages(QWidget):
    """Pages of which one shows; the widget is as tall as that one."""

    def __init__(self) -> None:
        super().__init__()
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.pages: list[QWidget] = []
        self.current = 0

    def add(self, page: QWidget) -> None:
        self.box.addWidget(page)
        page.setVisible(not self.pages)
        self.pages.append(page)

    def currentIndex(self) -> int:
        return self.current

    def setCurrentIndex(self, index: int) -> None:
        self.current = index
        for n, page in enumerate(self.pages):
            page.setVisible(n == index)


class StageDialog(QDialog):
    """Choose the next stage of one candidate; `choice` holds the answer once accepted."""

    def __init__(self, name: str, current: Stage, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StageDialog")
        self.setWindowTitle(tr("Fase wijzigen"))
        self.lang = ui_language()
        self.current = current
        self.choice: StageChoice | None = None
        self._stage: Stage | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(tr("Fase van %s") % name)
        theme.heading(heading, 1.2)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.now_label = QLabel(tr("Nu: %s") % stage_label(current, self.lang))
        layout.addWidget(self.now_label)

        # One page shown at a time; hidden pages take no room (a QStackedWidget sizes to its
        # longest page, which left a gap under the short list of stages).
        self.pages = Pages()
        self.stages = NumberedList(tr("Nieuwe fase"))
        self.stages.fill([(stage_label(s, self.lang), s) for s in allowed_next(current)])
        self.reasons = NumberedList(tr("Reden van uitvallen"))
        self.reasons.fill([(reason_label(r, self.lang), r) for r in DropReason])
        self.credentials = NumberedList(tr("Behaald bewijs"))
        self.credentials.fill([(credential_label(c, self.lang), c) for c in CREDENTIALS])
        self.page_titles: list[QLabel] = []
        for title, widget in ((tr("&Nieuwe fase (kies met een cijfer):"), self.stages),
                              (tr("&Reden van uitvallen (kies met een cijfer):"), self.reasons),
                              (tr("&Wat heeft de kandidaat behaald? (kies met een cijfer)"),
                               self.credentials)):
            page = QWidget()
            box = QVBoxLayout(page)
            box.setContentsMargins(0, 0, 0, 0)
            caption = QLabel(title)
            caption.setBuddy(widget)
            caption.setWordWrap(True)
            self.page_titles.append(caption)
            box.addWidget(caption)
            box.addWidget(widget)
            self.pages.add(page)
        layout.addWidget(self.pages)

        form = QFormLayout()
        self.day = date_field(today or date.today(), tr("Datum van de wijziging"))
        self.day.setMaximumDate(_to_qdate(today or date.today()))  # a stage is what happened, not a plan
        form.addRow(tr("&Datum:"), self.day)
        layout.addLayout(form)
        hint = QLabel(tr("Enter legt vast, Esc gaat terug."))
        hint.setStyleSheet("color: palette(mid);")
        layout.addWidget(hint)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Vastleggen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuleren"))
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.stages.chosen.connect(self._stage_chosen)
        self.reasons.chosen.connect(
            lambda row: self._finish(reason=self._as(DropReason, self.reasons.value(row))))
        self.credentials.chosen.connect(
            lambda row: self._finish(credential=self._as(CredentialKind, self.credentials.value(row))))
        if not allowed_next(current):
            self.stages.hide()
            self.page_titles[0].setText(tr("Vanuit deze fase is geen volgende fase mogelijk."))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self._show_page(0)

    @staticmethod
    def _as(kind: type, value: object) -> object:
        return value if isinstance(value, kind) else None

    def _ok(self) -> None:
        """The button (or Enter outside the lists): the marked entry of the page shown."""
        page = self.pages.currentIndex()
        widget = (self.stages, self.reasons, self.credentials)[page]
        if widget.currentRow() >= 0:
            widget.chosen.emit(widget.currentRow())

    def _stage_chosen(self, row: int) -> None:
        stage = self.stages.value(row)
        if not isinstance(stage, Stage):
            return
        self._stage = stage
        if stage is Stage.UITGEVALLEN:
            self._show_page(1)
        elif stage is Stage.AFGEROND:
            self._show_page(2)
        else:
            self._finish()

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self._fit()
        (self.stages, self.reasons, self.credentials)[page].setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit(self) -> None:
        layout = self.layout()
        if layout is not None:
            layout.invalidate()  # the size hints are cached until the next layout pass
            layout.activate()
        self.adjustSize()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Again now the style (theme, text size) is applied: the lists' rows have their real height.
        for widget in (self.stages, self.reasons, self.credentials):
            widget.fit()
        self._fit()

    def _finish(self, reason: object = None, credential: object = None) -> None:
        if self._stage is None:
            return
        self.choice = StageChoice(
            self._stage, _from_qdate(self.day.date()),
            reason=reason if isinstance(reason, DropReason) else None,
            credential=credential if isinstance(credential, CredentialKind) else None)
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.pages.currentIndex() != 0:
            self._stage = None
            self._show_page(0)
            return
        super().keyPressEvent(event)


class HistoryDialog(QDialog):
    """The candidate's stage history, newest first (read-only: history is never rewritten)."""

    def __init__(self, name: str, history: tuple[StageChange, ...] | list[StageChange],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StageHistoryDialog")
        self.setWindowTitle(tr("Geschiedenis van de fase"))
        lang = ui_language()
        layout = QVBoxLayout(self)
        heading = QLabel(tr("Fasen van %s") % name)
        theme.heading(heading, 1.2)
        layout.addWidget(heading)
        rows = sorted(history, key=lambda c: (c.on, c.recorded_at), reverse=True)
        self.table = QTableWidget(len(rows), 3)
        self.table.setAccessibleName(tr("Geschiedenis van de fase"))
        self.table.setHorizontalHeaderLabels([tr("Datum"), tr("Wijziging"), tr("Vastgelegd op")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for n, change in enumerate(rows):
            for column, text in enumerate((format_date(change.on), change_text(change, lang),
                                           format_datetime(change.recorded_at))):
                self.table.setItem(n, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(tr("Nog geen wijzigingen vastgelegd. De fase volgt dan uit de intake en "
                               "het plan."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 360)


class NextContactDialog(QDialog):
    """When the advisor contacts the candidate next: a date, or none; a short note (no names of
    others, no health details: it is printed on the plan)."""

    def __init__(self, name: str, current: date | None, note: str = "",
                 parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NextContactDialog")
        self.setWindowTitle(tr("Volgend contact"))
        today = today or date.today()
        layout = QVBoxLayout(self)
        heading = QLabel(tr("Volgend contact met %s") % name)
        theme.heading(heading, 1.2)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form = QFormLayout()
        # Two weeks ahead is the usual call-back when nothing (or a day gone by) is set; a contact
        # is planned for today or later (the core refuses a day in the past).
        upcoming = current if current is not None and current >= today else None
        self.day = date_field(upcoming or date.fromordinal(today.toordinal() + 14),
                              tr("Datum van het volgende contact"))
        self.day.setMinimumDate(_to_qdate(today))
        form.addRow(tr("&Datum:"), self.day)
        self.none = QCheckBox(tr("&Geen volgend contact"))
        self.none.setChecked(False)
        self.none.toggled.connect(lambda on: self.day.setEnabled(not on))
        form.addRow("", self.none)
        self.note = QLineEdit(note)
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(tr("bijvoorbeeld: bellen over de startdatum"))
        form.addRow(tr("&Notitie:"), self.note)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.day.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)

    def chosen(self) -> tuple[date | None, str]:
        day = None if self.none.isChecked() else _from_qdate(self.day.date())
        return day, self.note.text().strip()
