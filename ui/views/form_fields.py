"""The parts both intake forms are built from: bound fields with a message line, undo per field edit,
autosaved drafts. A form is a dict of plain values (intake_desk.form_values); widgets only show them.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QSize,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QResizeEvent, QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from intake_desk.app.drafts import delete_draft, save_draft
from intake_desk.domain.candidate import fold
from intake_desk.form_values import CHECKS, NORMALIZE, Values, check_field
from intake_desk.regions import (
    Gemeente,
    Location,
    all_regions,
    postcode_woonplaats,
    region_code,
    region_name,
)
from intake_desk.validation import Code, Problem, Severity, check_birth_date, check_date

from ..locale_format import date_placeholder, from_form_date, tidy_form_date, to_form_date
from ..runner import DbRunner

AUTOSAVE_MS = 3000
GOAL_DEBOUNCE_MS = 150  # "how the goal is understood" follows the typing after this pause
INVALID_STYLE = "border: 2px solid #c62828;"
WARNING_STYLE = "border: 2px solid #ef6c00;"


def tr(text: str) -> str:
    return QCoreApplication.translate("IntakeForm", text)


# Fields the core checks as dates: they keep dd-mm-jjjj as their value but show the UI's format.
DATE_KEYS = frozenset(key for key, check in CHECKS.items() if check in (check_date, check_birth_date))


def _validation_texts() -> dict[Code, str]:
    """The screen's words for each validation code (context "validation" in the .ts files), in the
    UI's language at the moment of asking. %1, %2 are the problem's arguments. The core's own words
    (CLI, documents) are intake_desk.validation_texts; neither is ever read back."""
    return {
        Code.REQUIRED: QCoreApplication.translate("validation", "Dit veld is verplicht."),
        Code.TOO_LONG: QCoreApplication.translate("validation", "Te lang: hoogstens %1 tekens."),
        Code.BAD_CHARACTERS: QCoreApplication.translate(
            "validation", "Hier staan tekens in die geen letters of cijfers zijn (stuurtekens of "
            "kapotte tekens). Typ de tekst opnieuw."),
        Code.TOO_MANY: QCoreApplication.translate("validation", "Te veel: hoogstens %1."),
        Code.POSTCODE_FORMAT: QCoreApplication.translate(
            "validation", "Postcode als 1234 AB: vier cijfers (niet met 0 beginnend) en twee letters."),
        Code.POSTCODE_LETTERS: QCoreApplication.translate(
            "validation", "Deze lettercombinatie bestaat niet in Nederlandse postcodes."),
        Code.PHONE_NOT_A_NUMBER: QCoreApplication.translate(
            "validation", "Dit is geen telefoonnummer. Bijvoorbeeld 06 12345678 of +32 470 12 34 56."),
        Code.PHONE_LENGTH: QCoreApplication.translate(
            "validation", "Dit telefoonnummer heeft te veel of te weinig cijfers."),
        Code.PHONE_UNKNOWN: QCoreApplication.translate(
            "validation", "Dit telefoonnummer lijkt niet te bestaan; kijk het na."),
        Code.EMAIL_FORMAT: QCoreApplication.translate("validation", "E-mailadres als naam@voorbeeld.nl."),
        Code.DATE_FORMAT: QCoreApplication.translate(
            "validation", "Datum als dd-mm-jjjj, bijvoorbeeld 05-03-2026."),
        Code.DATE_NOT_REAL: QCoreApplication.translate("validation", "Deze datum bestaat niet."),
        Code.DATE_IMPLAUSIBLE: QCoreApplication.translate(
            "validation", "Kijk het jaartal na: een datum tussen %1 en %2."),
        Code.BIRTH_IN_FUTURE: QCoreApplication.translate(
            "validation", "De geboortedatum ligt in de toekomst."),
        Code.BIRTH_TOO_OLD: QCoreApplication.translate(
            "validation", "Ouder dan 100 jaar: kijk het jaartal na."),
        Code.BIRTH_TOO_YOUNG: QCoreApplication.translate(
            "validation", "Jonger dan 12 jaar: kijk het jaartal na."),
        Code.AGE_CHECK: QCoreApplication.translate("validation", "Leeftijd %1 jaar: klopt dat?"),
        Code.YEAR_DIGITS: QCoreApplication.translate(
            "validation", "Jaartal in cijfers, bijvoorbeeld 2019."),
        Code.YEAR_IMPLAUSIBLE: QCoreApplication.translate("validation", "Dit jaartal is niet aannemelijk."),
        Code.WHOLE_NUMBER: QCoreApplication.translate("validation", "Vul een heel getal in."),
        Code.NUMBER_RANGE: QCoreApplication.translate("validation", "Tussen %1 en %2."),
        Code.NOT_A_NUMBER: QCoreApplication.translate(
            "validation", "Dit is geen getal (NaN of oneindig). Vul een getal in."),
        # the field is the one the message stands under, so the screen does not repeat its name
        Code.REGION_UNKNOWN: QCoreApplication.translate(
            "validation", "'%1' is geen arbeidsmarktregio; kies een van de 35 regio's of vul "
            "postcode of woonplaats in."),
        Code.REGION_MEANT: QCoreApplication.translate(
            "validation", "'%1' is geen arbeidsmarktregio; bedoelt u %2?"),
        Code.CONSENT_DATE: QCoreApplication.translate("validation", "Vul de datum van de toestemming in."),
        Code.LOOKS_LIKE_BSN: QCoreApplication.translate(
            "validation", "Dit lijkt op een BSN. Schrijf geen BSN op: haal het nummer weg."),
        Code.LOOKS_LIKE_ID_DOCUMENT: QCoreApplication.translate(
            "validation", "Dit lijkt op het nummer van een paspoort of ID-kaart. Schrijf dat niet op: "
            "haal het nummer weg."),
    }


def tr_issue(issue: Problem) -> str:
    """A validation problem in the UI's language: the code's text with %1, %2 filled in."""
    return fill(_validation_texts()[issue.code], issue.args)


def fill(template: str, args: tuple[str | int, ...]) -> str:
    """Qt's %1..%9 in one pass, so typed text that itself holds "%2" is shown as typed."""
    out: list[str] = []
    n = 0
    while n < len(template):
        ch = template[n]
        if ch == "%" and n + 1 < len(template) and template[n + 1].isdigit():
            index = int(template[n + 1]) - 1
            out.append(str(args[index]) if 0 <= index < len(args) else template[n:n + 2])
            n += 2
            continue
        out.append(ch)
        n += 1
    return "".join(out)


class SetValue(QUndoCommand):
    """One field edit: undo puts back the old value, redo the new one."""

    def __init__(self, form: FieldForm, key: str, old: Any, new: Any):
        super().__init__(tr("Wijzig %s") % form.labels.get(key, key))
        self.form, self.key, self.old, self.new = form, key, old, new
        self._first = True

    def redo(self) -> None:
        if self._first:  # the widget already shows the new value
            self._first = False
            return
        self.form.set_value(self.key, self.new, record=False)

    def undo(self) -> None:
        self.form.set_value(self.key, self.old, record=False)


class WrapCheckBox(QCheckBox):
    """A check box whose text wraps onto further lines instead of widening the form.

    QCheckBox cannot wrap, so a long label ("Belangstelling voor EVC (erkenning van verworven
    competenties)"), a translation or large text pushed the whole section wider than the screen. Here
    the text is a word-wrapped QLabel laid over the box, right of the indicator; a click anywhere on
    the box toggles it, and keyboard, accessible name and signals are the check box's own.
    """

    MIN_TEXT_WIDTH = 120  # below this the text wraps word by word, which helps nobody

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAccessibleName(text)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _text_left(self) -> int:
        """Where text starts: after the indicator and the style's spacing (the theme sets both)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        rect = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, self)
        return max(rect.left(), 0)

    def _box_height(self) -> int:
        return super().sizeHint().height()

    def sizeHint(self) -> QSize:
        text = self.label.fontMetrics().size(0, self.label.text())
        return QSize(self._text_left() + text.width() + 2, max(self._box_height(), text.height()))

    def minimumSizeHint(self) -> QSize:
        width = self._text_left() + min(self.MIN_TEXT_WIDTH, self.sizeHint().width())
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        text_width = max(width - self._text_left(), 1)
        return max(self._box_height(), self.label.heightForWidth(text_width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        left = self._text_left()
        self.label.setGeometry(left, 0, max(self.width() - left, 0), self.height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.label.setFont(self.font())
            self.updateGeometry()

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)


class RegionBox(QComboBox):
    """One of the 35 arbeidsmarktregio's, shown by its CBS name and kept as its code ("" = not known).

    The reference data is read on first use (opening, focus, a stored region), not before the first
    frame. A stored value that names no region stays visible as typed, so validation can say so.
    """

    def __init__(self, empty_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._value = ""
        self._filled = False
        self.addItem(empty_text, "")

    def ensure_filled(self) -> None:
        if self._filled:
            return
        self._filled = True
        blocked = self.blockSignals(True)
        try:
            for region in all_regions():
                self.addItem(region.name, region.code)
            self._select(self._value)
        finally:
            self.blockSignals(blocked)

    def _select(self, value: str) -> None:
        n = self.findData(value)
        if n < 0:
            self.addItem(value, value)
            n = self.count() - 1
        self.setCurrentIndex(n)

    def value(self) -> str:
        return str(self.currentData() or "") if self._filled else self._value

    def set_value(self, value: Any) -> None:
        text = str(value or "").strip()
        self._value = (region_code(text) or text) if text else ""
        if self._value:
            self.ensure_filled()
        if self._filled:
            self._select(self._value)

    def showPopup(self) -> None:
        self.ensure_filled()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.ensure_filled()
        super().focusInEvent(event)


class RegionChecklist(QWidget):
    """A travel area: any of the 35 regions, ticked in a list that a typed word filters ("Den Haag"
    finds Haaglanden). Never free text. Filled on first show, like RegionBox."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._value: list[str] = []
        self._filled = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter = QLineEdit()
        self.filter.setObjectName("travel_filter")
        self.filter.setPlaceholderText(tr("Typ om te zoeken, bijvoorbeeld Rijnmond of Den Haag"))
        self.filter.setAccessibleName(tr("Zoek een regio"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("travel_regions")
        self.list.setAccessibleName(label)
        self.list.setMinimumHeight(self.fontMetrics().height() * 8)
        self.chosen = QLabel()
        self.chosen.setObjectName("travel_chosen")
        self.chosen.setWordWrap(True)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(self.chosen)
        self.filter.textChanged.connect(self._filter)
        self.list.itemChanged.connect(self._item_changed)
        self._show_chosen()

    def ensure_filled(self) -> None:
        if self._filled:
            return
        self._filled = True
        blocked = self.list.blockSignals(True)
        try:
            for region in all_regions():
                item = QListWidgetItem(region.name)
                item.setData(Qt.ItemDataRole.UserRole, region.code)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.list.addItem(item)
        finally:
            self.list.blockSignals(blocked)
        self._check(self._value)

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_filled()
        super().showEvent(event)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(n) for n in range(self.list.count())]

    def _check(self, codes: list[str]) -> None:
        blocked = self.list.blockSignals(True)
        try:
            for item in self._items():
                on = item.data(Qt.ItemDataRole.UserRole) in codes
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        finally:
            self.list.blockSignals(blocked)
        self._show_chosen()

    def value(self) -> list[str]:
        if not self._filled:
            return list(self._value)
        known = {i.data(Qt.ItemDataRole.UserRole) for i in self._items()}
        checked = [str(i.data(Qt.ItemDataRole.UserRole)) for i in self._items()
                   if i.checkState() == Qt.CheckState.Checked]
        # a stored code this list does not know is kept, not silently dropped
        return checked + [c for c in self._value if c not in known]

    def set_value(self, value: Any) -> None:
        typed = [str(v).strip() for v in (value or []) if str(v).strip()]
        self._value = list(dict.fromkeys(region_code(t) or t for t in typed))
        if self._filled:
            self._check(self._value)
        else:
            self._show_chosen()

    def _item_changed(self, _item: QListWidgetItem) -> None:
        self._value = self.value()
        self._show_chosen()
        self.changed.emit()

    def _show_chosen(self) -> None:
        names = [region_name(c) or c for c in self._value]
        self.chosen.setText(tr("Gekozen: %s") % ", ".join(names) if names else
                            tr("Nog geen regio gekozen: alle regio's worden bekeken."))

    def _filter(self, text: str) -> None:
        self.ensure_filled()
        typed = fold(text)
        meant = region_code(text) if typed else None
        for item in self._items():
            fits = not typed or typed in fold(item.text()) or item.data(Qt.ItemDataRole.UserRole) == meant
            item.setHidden(not fits)


class _FocusOut(QObject):
    def __init__(self, callback: Callable[[], None]):
        super().__init__()
        self.callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.callback()
        return False


class FieldForm(QWidget):
    """Binds widgets to keys, validates as you type, records undo steps and keeps a draft."""

    dirty_changed = Signal(bool)
    draft_saved = Signal()
    FORM_KIND = "intake"
    status: QLabel  # each form's message line, made by the form itself
    _refused_key: str | None = None

    def __init__(self, runner: DbRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.undo_stack = QUndoStack(self)
        self.getters: dict[str, Callable[[], Any]] = {}
        self.setters: dict[str, Callable[[Any], None]] = {}
        self.widgets: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self.labels: dict[str, str] = {}
        self.committed: dict[str, Any] = {}
        self.issues: dict[str, Problem] = {}
        self.candidate_id: str | None = None
        self.revision: int | None = None
        self.draft_id = self._new_draft_id()
        self._dirty = False
        self._draft_pending = False
        self._loading = False
        self._town_filled = ""  # what the postcode last put in Woonplaats ("" when nothing)
        self._filters: list[_FocusOut] = []
        self.autosave = QTimer(self)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_draft)
        self.autosave.start()

    # --- building ------------------------------------------------------------------------------
    def _new_draft_id(self) -> str:
        return f"{self.FORM_KIND}-{uuid.uuid4()}"

    def _with_message(self, key: str, widget: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        message = QLabel()
        message.setWordWrap(True)
        message.setObjectName(f"message_{key}")
        message.hide()
        column.addWidget(message)
        self.messages[key] = message
        return box

    def line(self, key: str, label: str, placeholder: str = "") -> QLineEdit:
        """A one-line field; a date field (DATE_KEYS) shows and accepts the UI's date format and
        hands the core dd-mm-jjjj, so its placeholder is the UI's pattern, whatever the caller says."""
        edit = QLineEdit()
        edit.setObjectName(key)
        edit.setAccessibleName(label)
        if key in DATE_KEYS:
            edit.setPlaceholderText(date_placeholder())
            self._register(key, label, edit, lambda: to_form_date(edit.text()),
                           lambda v: edit.setText(from_form_date(str(v or ""))))
        else:
            edit.setPlaceholderText(placeholder)
            self._register(key, label, edit, edit.text, lambda v: edit.setText(str(v or "")))
        edit.textChanged.connect(lambda _t: self._typed(key))
        edit.editingFinished.connect(lambda: self._finish_line(key, edit))
        return edit

    def combo(self, key: str, label: str, choices: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox()
        box.setObjectName(key)
        box.setAccessibleName(label)
        for value, text in choices:
            box.addItem(text, value)

        def set_(value: Any) -> None:
            n = box.findData(value)
            box.setCurrentIndex(max(n, 0))

        self._register(key, label, box, lambda: box.currentData(), set_)
        box.currentIndexChanged.connect(lambda _i: self._changed(key))
        return box

    def check(self, key: str, label: str) -> QCheckBox:
        box = WrapCheckBox(label)
        box.setObjectName(key)
        box.setAccessibleName(label)
        self._register(key, label, box, box.isChecked, lambda v: box.setChecked(bool(v)))
        box.toggled.connect(lambda _c: self._changed(key))
        return box

    def text(self, key: str, label: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(key)
        edit.setAccessibleName(label)
        edit.setTabChangesFocus(True)
        self._register(key, label, edit, edit.toPlainText, lambda v: edit.setPlainText(str(v or "")))
        edit.textChanged.connect(lambda: self._typed(key))
        watcher = _FocusOut(lambda: self._commit(key))
        edit.installEventFilter(watcher)
        self._filters.append(watcher)
        return edit

    def region_box(self, key: str, label: str, empty_text: str) -> RegionBox:
        box = RegionBox(empty_text)
        box.setObjectName(key)
        box.setAccessibleName(label)
        self._register(key, label, box, box.value, box.set_value)
        box.currentIndexChanged.connect(lambda _i: self._changed(key))
        return box

    def region_list(self, key: str, label: str) -> RegionChecklist:
        regions = RegionChecklist(label)
        self._register(key, label, regions.list, regions.value, regions.set_value)
        regions.changed.connect(lambda: self._changed(key))
        return regions

    def _register(self, key: str, label: str, widget: QWidget, getter: Callable[[], Any],
                  setter: Callable[[Any], None]) -> None:
        self.widgets[key], self.labels[key] = widget, label
        self.getters[key], self.setters[key] = getter, setter
        self.committed[key] = getter()

    # --- values --------------------------------------------------------------------------------
    def values(self) -> Values:
        return {key: get() for key, get in self.getters.items()}

    def set_value(self, key: str, value: Any, record: bool = True) -> None:
        self._loading = not record
        try:
            self.setters[key](value)
        finally:
            self._loading = False
        self.committed[key] = self.getters[key]()
        self.validate(key)
        self._mark_dirty()

    def load_values(self, values: Values) -> None:
        """Show stored or restored values; not an edit, so no undo step and not dirty."""
        self._loading = True
        try:
            for key, set_ in self.setters.items():
                set_(values.get(key, self.default(key)))
        finally:
            self._loading = False
        self.committed = {key: get() for key, get in self.getters.items()}
        self.undo_stack.clear()
        for key in self.widgets:
            # An empty field is not marked until the advisor tries to save ("verplicht" at once is noise).
            if self.committed.get(key) not in ("", None, [], False):
                self.validate(key)
            else:
                self.show_issue(key, None)
        self.after_load()
        self.set_dirty(False)

    def default(self, key: str) -> Any:
        return None

    def after_load(self) -> None:
        """Refresh what is derived from the values (hook)."""

    # --- edits ---------------------------------------------------------------------------------
    def _typed(self, key: str) -> None:
        if self._loading:
            return
        self.field_edited(key)
        self.validate(key)
        self._mark_dirty()

    def _finish_line(self, key: str, edit: QLineEdit) -> None:
        text = fixed = edit.text()
        normalize = NORMALIZE.get(key)
        if key in DATE_KEYS:
            fixed = tidy_form_date(text)  # 5-3-2026 -> 05-03-2026
        elif normalize is not None and text and check_field(key, text) is None:
            fixed = normalize(text)
        if fixed != text:
            edit.setText(fixed)
        self._commit(key)

    def _changed(self, key: str) -> None:
        if not self._loading:
            self.field_edited(key)
            self._commit(key)

    def _commit(self, key: str) -> None:
        """Leaving a field (or toggling a box) is one undo step, and a moment to keep a draft."""
        if self._loading:
            return
        new, old = self.getters[key](), self.committed.get(key)
        if new == old:
            return
        # fields filled in from this one (the region from a postcode) are part of the same undo step
        follow = [k for k in self.follows(key) if k in self.getters
                  and self.getters[k]() != self.committed.get(k)]
        if follow:
            self.undo_stack.beginMacro(tr("Wijzig %s") % self.labels.get(key, key))
        self.committed[key] = new
        self.undo_stack.push(SetValue(self, key, old, new))
        for k in follow:
            before, after = self.committed.get(k), self.getters[k]()
            self.committed[k] = after
            self.undo_stack.push(SetValue(self, k, before, after))
            self.validate(k)
        if follow:
            self.undo_stack.endMacro()
        self.validate(key)
        self.field_committed(key)
        self._mark_dirty()
        self.save_draft()

    def field_committed(self, key: str) -> None:
        """Hook for derived values."""

    def field_edited(self, key: str) -> None:
        """Hook while a field changes (each key typed, each choice), before it is committed."""

    def follows(self, key: str) -> tuple[str, ...]:
        """Keys whose value `field_edited(key)` may fill in; committed with `key` as one undo step."""
        return ()

    # A postcode fills Woonplaats when the reference data names one place for it
    # (regions.postcode_woonplaats), and only while the field is empty or still holds what a postcode
    # put there: a town the advisor typed is never overwritten.
    def town_from_postcode(self) -> None:
        values = self.values()
        postcode, town = str(values.get("postcode") or ""), str(values.get("town") or "")
        if town and town != self._town_filled:
            return
        # four digits are a PC4; fewer may still become another one
        digits = postcode.strip()[:4]
        complete = len(digits) == 4 and digits.isdigit()
        place = (postcode_woonplaats(postcode) if complete else None) or ""
        if place != town:
            self.show_derived("town", place)
        self._town_filled = place

    def town_typed(self) -> None:
        """The advisor typed in Woonplaats: from now on it is theirs."""
        self._town_filled = ""

    def town_follows_postcode(self) -> None:
        """After a load: a stored town that is the postcode's own place may follow the postcode."""
        values = self.values()
        town = str(values.get("town") or "")
        same = bool(town) and town == postcode_woonplaats(str(values.get("postcode") or ""))
        self._town_filled = town if same else ""

    def show_derived(self, key: str, value: Any) -> None:
        """Show a value filled in from another field; committed with that field (see `follows`)."""
        self._loading = True
        try:
            self.setters[key](value)
        finally:
            self._loading = False
        self.validate(key)

    # --- validation ----------------------------------------------------------------------------
    def issue_for(self, key: str, value: Any) -> Problem | None:
        return check_field(key, str(value or "")) if isinstance(value, str) else None

    def validate(self, key: str) -> Problem | None:
        issue = self.issue_for(key, self.getters[key]()) if key in self.getters else None
        self.show_issue(key, issue)
        return issue

    def refused(self, key: str, issue: Problem, others: int) -> None:
        """Say why saving was refused, naming the first field; the line goes once that field is right."""
        text = tr("Niet opgeslagen: %s — %s") % (self.labels.get(key, key), tr_issue(issue))
        if others == 1:
            text += " " + tr("(en nog 1 veld om na te kijken)")
        elif others:
            text += " " + tr("(en nog %d velden om na te kijken)") % others
        self._refused_key = key
        self.status.setText(text)

    def show_issue(self, key: str, issue: Problem | None) -> None:
        if issue is None:
            self.issues.pop(key, None)
        else:
            self.issues[key] = issue
        if getattr(self, "_refused_key", None) == key and (issue is None or not issue.blocks_saving):
            self._refused_key = None  # the field named in "Niet opgeslagen: ..." is right now
            self.status.setText("")
        widget, message = self.widgets.get(key), self.messages.get(key)
        if widget is not None:
            widget.setStyleSheet("" if issue is None else (
                INVALID_STYLE if issue.severity is Severity.ERROR else WARNING_STYLE))
            widget.setProperty("invalid", issue is not None)
            base = self.labels.get(key, key)
            widget.setAccessibleDescription(tr_issue(issue) if issue else "")
            widget.setToolTip(tr_issue(issue) if issue else "")
            widget.setAccessibleName(base)
        if message is not None:
            message.setVisible(issue is not None)
            if issue is not None:
                colour = "#c62828" if issue.severity is Severity.ERROR else "#ef6c00"
                message.setStyleSheet(f"color: {colour};")
                message.setText(tr_issue(issue))

    # --- dirty state and drafts ----------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self._dirty

    def _mark_dirty(self) -> None:
        self._draft_pending = True
        self.set_dirty(True)

    def set_dirty(self, dirty: bool) -> None:
        if not dirty:
            self._draft_pending = False
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def save_draft(self) -> None:
        if not self._draft_pending or not self._dirty:
            return
        self._draft_pending = False
        job = self.runner.submit(save_draft, self.draft_id, self.FORM_KIND, self.values(),
                                 self.candidate_id)
        job.finished.connect(lambda _r: self.draft_saved.emit())

    def discard_draft(self) -> None:
        self.runner.submit(delete_draft, self.draft_id)
        self.draft_id = self._new_draft_id()


# --- the goal as understood ----------------------------------------------------------------------
# As the advisor types an occupation, a line under it says how the app reads it (through the mbo
# kwalificatiestructuur, intake_desk.matching.goal_words), and a completer offers the current
# qualification titles with their level; picking one also stores its crebo code (key "goal_crebo").
# The reference file is read on first use (the field shown or focused), never before the first frame.
_goal_data_lock = threading.Lock()
LOAD_TIMES: dict[str, float] = {}  # seconds, measured once: what the first use of the goal data cost


def _load_goal_data() -> None:
    with _goal_data_lock:
        if "load" in LOAD_TIMES:
            return
        start = time.perf_counter()
        from intake_desk.matching import goal_words

        goal_words.kwalificaties()
        goal_words.resolve("automonteur")  # builds the phrase tables once
        LOAD_TIMES["load"] = time.perf_counter() - start


def warm_goal_data() -> None:
    """Read the kwalificaties off the GUI thread, so the first keystroke does not wait for it."""
    if "load" not in LOAD_TIMES:
        threading.Thread(target=_load_goal_data, name="goal-data", daemon=True).start()


def qualification_choices() -> dict[str, tuple[str, str]]:
    """What the completer offers: "Autotechnicus (niveau 3)" -> (title, crebo), current
    qualifications only (mbo/SOURCES.md: no newer code with the same title), by title. Two current
    codes with one title and level are told apart by their crebo."""
    _load_goal_data()
    from intake_desk.matching.goal_words import kwalificaties

    current = sorted((k for k in kwalificaties().values() if k.current),
                     key=lambda k: (fold(k.titel), k.niveau, k.crebo))
    seen: dict[tuple[str, int], int] = {}
    for k in current:
        seen[(k.titel, k.niveau)] = seen.get((k.titel, k.niveau), 0) + 1
    choices: dict[str, tuple[str, str]] = {}
    for k in current:
        shown = tr("%s (niveau %d)") % (k.titel, k.niveau)
        if seen[(k.titel, k.niveau)] > 1:
            shown = tr("%s (niveau %d, crebo %s)") % (k.titel, k.niveau, k.crebo)
        choices[shown] = (k.titel, k.crebo)
    return choices


def understood_text(occupation: str, sector: str = "", crebo: str = "") -> str:
    """How the goal is read, in the UI's language: "Herkend als: Autotechnicus (niveau 2/3)",
    "Breed doel: domein Zorg en welzijn" or "Niet herkend — kies een opleiding uit de lijst"."""
    if not occupation.strip() and not crebo:
        return ""
    _load_goal_data()
    from intake_desk.matching.goal_words import Sureness, resolve

    from ..locale_format import ui_language

    found = resolve(occupation.strip(), sector.strip(), crebo)
    if not found.recognised:
        return tr("Niet herkend — kies een opleiding uit de lijst")
    if found.broad:
        return tr("Breed doel: domein %s") % ", ".join(sorted(found.domeinen))
    name = found.label_en() if ui_language() == "en" else found.label()
    if found.sureness is Sureness.FUZZY:  # a typo read kindly: the advisor checks it
        return tr("Herkend als: %s (klopt dat?)") % name
    return tr("Herkend als: %s") % name


class GoalHint(QObject):
    """The line under a goal field and the completer on it. Registers the hidden key "goal_crebo"."""

    def __init__(self, form: FieldForm, edit: QLineEdit, sector: QLineEdit | None = None,
                 offer_titles: bool = True):
        """`offer_titles`: the completer with qualification titles (off in the beursmodus, where a
        list popping up over the next field would get in the way of typing and Tab)."""
        super().__init__(form)
        self.offer_titles = offer_titles
        self.form, self.edit, self.sector = form, edit, sector
        self.crebo = ""
        self.choices: dict[str, tuple[str, str]] = {}
        self.completer: QCompleter | None = None
        self.label = QLabel()
        self.label.setObjectName("goal_understood")
        self.label.setWordWrap(True)
        self.label.setAccessibleName(tr("Doel zoals begrepen"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(GOAL_DEBOUNCE_MS)
        self.timer.timeout.connect(self.update)
        form._register("goal_crebo", tr("Crebo van het doel"), self.label, lambda: self.crebo,
                       self._set_crebo)
        edit.textChanged.connect(self._typed)
        if sector is not None:
            sector.textChanged.connect(lambda _t: self.timer.start())
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            warm_goal_data()
        elif event.type() == QEvent.Type.FocusIn:
            self.ensure_completer()
        return False

    def ensure_completer(self) -> None:
        if self.completer is not None or not self.offer_titles:
            return
        self.choices = qualification_choices()
        completer = QCompleter(self.edit)
        completer.setModel(QStringListModel(list(self.choices), completer))
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.edit.setCompleter(completer)
        # after QLineEdit's own connection, which puts the shown text in the field first
        # The text overload of the overloaded signal; the stubs do not type signal indexing.
        completer.activated[str].connect(self.pick)  # type: ignore[index]
        self.completer = completer

    def _set_crebo(self, value: Any) -> None:
        self.crebo = str(value or "").strip()
        self.timer.start()

    def _typed(self, text: str) -> None:
        if text in self.choices and not self.form._loading:
            # the completer put its shown text in the field (QLineEdit's own handling of the pick)
            self.pick(text)
            return
        if self.crebo and not self.form._loading:
            from intake_desk.matching.goal_words import kwalificaties

            k = kwalificaties().get(self.crebo)
            if k is None or fold(k.titel) != fold(text):  # another goal now: the code no longer fits
                self.form.show_derived("goal_crebo", "")
        self.timer.start()

    def pick(self, shown: str) -> None:
        """A title chosen from the list: the goal becomes that qualification, text and crebo in one
        undo step."""
        if shown not in self.choices:
            return
        title, crebo = self.choices[shown]
        self.form.show_derived("goal_crebo", crebo)
        if self.edit.text() != title:
            self.edit.setText(title)
        self.form._commit(self.edit.objectName())
        self.update()

    def update(self) -> None:
        self.timer.stop()
        sector = self.sector.text() if self.sector is not None else ""
        self.label.setText(understood_text(self.edit.text(), sector, self.crebo))


# --- where someone lives, for the quick intake ---------------------------------------------------
class PlaceHint(QWidget):
    """Gemeente and region in words under postcode and town; when they fit several gemeenten, one
    button per gemeente asks which. The buttons take no Tab stop (the fair's keyboard flow stays
    field to field) but each has a key: Alt+1, Alt+2, ..."""

    chosen = Signal(object)  # the Gemeente picked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.where = QLabel()
        self.where.setObjectName("where")
        self.where.setWordWrap(True)
        self.where.setAccessibleName(tr("Waar de kandidaat woont"))
        column.addWidget(self.where)
        self.buttons_box = QWidget()
        self.buttons_box.setObjectName("gemeente_choice")
        from .flow_layout import FlowLayout

        self.buttons = FlowLayout(self.buttons_box)
        column.addWidget(self.buttons_box)
        self.buttons_box.hide()

    def show_location(self, where: Location) -> None:
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            button = item.widget() if item is not None else None
            if button is not None:
                button.deleteLater()
        if where.gemeente and where.region_code:
            text = tr("Gemeente %s, arbeidsmarktregio %s.") % (where.gemeente, region_name(where.region_code))
        elif where.region_code and not where.ask:
            text = tr("Arbeidsmarktregio %s; de gemeente is nog niet zeker.") % region_name(where.region_code)
        elif where.ask:
            text = (tr("Postcode en woonplaats horen bij verschillende gemeenten. Welke klopt?")
                    if where.conflict else
                    tr("Deze postcode ligt in meer gemeenten. In welke woont de kandidaat?")
                    if where.source == "postcode" else
                    tr("Deze woonplaats bestaat in meer gemeenten. Welke bedoelt u?"))
        else:
            text = ""
        self.where.setText(text)
        self.buttons_box.setVisible(where.ask)
        for n, g in enumerate(where.options[:9] if where.ask else (), 1):
            button = QPushButton(tr("&%d %s (regio %s)") % (n, g.name, region_name(g.region_code)))
            button.setObjectName(f"gemeente_{g.code}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(tr("%s (regio %s)") % (g.name, region_name(g.region_code)))
            button.clicked.connect(lambda _c=False, g=g: self.chosen.emit(g))
            self.buttons.addWidget(button)

    def show_choice(self, g: Gemeente) -> None:
        self.show_location(Location(g.name, g.code, g.region_code, source="keuze"))
