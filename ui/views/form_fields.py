"""The parts both intake forms are built from: bound fields with a message line, undo per field edit,
autosaved drafts. A form is a dict of plain values (intake_desk.form_values); widgets only show them.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from intake_desk.form_values import CHECKS, NORMALIZE, Values, check_field
from intake_desk.storage import drafts
from intake_desk.validation import Issue, Severity, check_birth_date, check_date

from ..locale_format import date_placeholder, from_form_date, tidy_form_date, to_form_date
from ..runner import DbRunner

AUTOSAVE_MS = 3000
INVALID_STYLE = "border: 2px solid #c62828;"
WARNING_STYLE = "border: 2px solid #ef6c00;"


def tr(text: str) -> str:
    return QCoreApplication.translate("IntakeForm", text)


# Fields the core checks as dates: they keep dd-mm-jjjj as their value but show the UI's format.
DATE_KEYS = frozenset(key for key, check in CHECKS.items() if check in (check_date, check_birth_date))


def _numbered(pattern: str, template: Callable[[], str]) -> tuple[re.Pattern[str], Callable[[], str]]:
    return re.compile(pattern), template


# A few core messages carry numbers (f-strings in intake_desk.validation), so the text itself is not
# in the catalogue: each is recognised here and translated as a template with %1, %2.
NUMBERED_MESSAGES = (
    _numbered(r"^Leeftijd (\d+) jaar: klopt dat\?$",
              lambda: QCoreApplication.translate("validation", "Leeftijd %1 jaar: klopt dat?")),
    _numbered(r"^Tussen (\d+) en (\d+)\.$",
              lambda: QCoreApplication.translate("validation", "Tussen %1 en %2.")),
)


def tr_issue(issue: Issue) -> str:
    """The core's Dutch message in the UI's language (context "validation" in the .ts files)."""
    for pattern, template in NUMBERED_MESSAGES:
        m = pattern.match(issue.message)
        if m is not None:
            text = template()
            for n, number in enumerate(m.groups(), 1):
                text = text.replace(f"%{n}", number)
            return text
    return QCoreApplication.translate("validation", issue.message)


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
        self.issues: dict[str, Issue] = {}
        self.candidate_id: str | None = None
        self.revision: int | None = None
        self.draft_id = self._new_draft_id()
        self._dirty = False
        self._draft_pending = False
        self._loading = False
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
            self._commit(key)

    def _commit(self, key: str) -> None:
        """Leaving a field (or toggling a box) is one undo step, and a moment to keep a draft."""
        if self._loading:
            return
        new, old = self.getters[key](), self.committed.get(key)
        if new == old:
            return
        self.committed[key] = new
        self.undo_stack.push(SetValue(self, key, old, new))
        self.validate(key)
        self.field_committed(key)
        self._mark_dirty()
        self.save_draft()

    def field_committed(self, key: str) -> None:
        """Hook for derived values."""

    # --- validation ----------------------------------------------------------------------------
    def issue_for(self, key: str, value: Any) -> Issue | None:
        return check_field(key, str(value or "")) if isinstance(value, str) else None

    def validate(self, key: str) -> Issue | None:
        issue = self.issue_for(key, self.getters[key]()) if key in self.getters else None
        self.show_issue(key, issue)
        return issue

    def show_issue(self, key: str, issue: Issue | None) -> None:
        if issue is None:
            self.issues.pop(key, None)
        else:
            self.issues[key] = issue
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
        job = self.runner.submit(drafts.save, self.draft_id, self.FORM_KIND, self.values(),
                                 self.candidate_id)
        job.finished.connect(lambda _r: self.draft_saved.emit())

    def discard_draft(self) -> None:
        self.runner.submit(drafts.delete, self.draft_id)
        self.draft_id = self._new_draft_id()
