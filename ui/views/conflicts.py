"""Beurs > Conflicten en mogelijk dubbelen (Ctrl+Shift+K): what the merge of fair bundles left for the
advisor to decide (issue 16; the rules in docs/fair-merge.md).

- Conflicts: one row per person and field that two computers changed without seeing each other's
  change. The value shown meanwhile is marked; the advisor picks one per field with the keyboard:
  Up/Down choose the conflict, Left/Right (or the digits 1-9) the value, Enter keeps it. Each choice is a
  new write (it never reopens when the same bundles come again); Ctrl+Z puts the field back to what was
  shown before, as one more choice.
- Possible duplicates: the same person entered on two computers under two ids. Open one at the desk,
  join them (the first stays; asked twice, since joining deletes the second) or keep them apart.
- Notices: a person deleted on one computer while another still edited them (the delete won).

Everything is read and written on the database thread; the window only shows what comes back.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from intake_desk.domain.trajectory import Stage, stage_label

from ..locale_format import format_date, ui_language

if TYPE_CHECKING:
    from sqlite_utils import Database

    from intake_desk.bundles.conflict_view import ConflictRow, Overview

    from ..runner import DbRunner

DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


def tr(text: str) -> str:
    return QCoreApplication.translate("ConflictsView", text)


def load(db: Database) -> Overview:
    """On the database thread: the open conflicts, possible duplicates and notices, with names."""
    from intake_desk.bundles.conflict_view import overview

    return overview(db)


def choose(db: Database, candidate_id: str, field: str, index: int) -> Any:
    from intake_desk.bundles.conflict_view import apply

    return apply(db, candidate_id, field, index)


def put_back(db: Database, candidate_id: str, field: str, previous: Any) -> Any:
    from intake_desk.bundles.conflict_view import undo

    return undo(db, candidate_id, field, previous)


def join(db: Database, keep_id: str, drop_id: str) -> Any:
    from intake_desk.app import merge

    return merge.join_duplicates(db, keep_id, drop_id)


def keep_apart(db: Database, a: str, b: str) -> Any:
    from intake_desk.app import merge

    return merge.keep_apart(db, a, b)


_STAGES = frozenset(s.value for s in Stage)


def shown_value(value: Any) -> str:
    """A field's value as the advisor reads it: the parts of a name or address joined, yes/no."""
    if value is None or value == "" or value == [] or value == {}:
        return tr("(leeg)")
    if isinstance(value, bool):
        return tr("ja") if value else tr("nee")
    if isinstance(value, str):
        if value in _STAGES:  # a follow-up stage ("Fase" conflicts): its words, as the workspace shows
            return stage_label(Stage(value), ui_language())
        return format_date(value) if len(value) == 10 and value[4:5] == "-" and value[7:8] == "-" else value
    if isinstance(value, dict):
        parts = [shown_value(v) for v in value.values() if v not in (None, "", [], {})]
        return " ".join(parts) if parts else tr("(leeg)")
    if isinstance(value, list):
        return ", ".join(shown_value(v) for v in value)
    return json.dumps(value, ensure_ascii=False)


class ConflictsView(QDialog):
    open_requested = Signal(str)  # a candidate id, to open at the desk

    def __init__(self, runner: DbRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictsView")
        self.setWindowTitle(tr("Conflicten en mogelijk dubbelen"))
        self.runner = runner
        self.lang = ui_language()
        self.data: Overview | None = None
        self.undo_stack: list[tuple[str, str, Any, str]] = []  # (id, field, value shown before, label)
        self._join_armed = ""
        self.busy = False
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        conflicts_label = QLabel(tr("&Conflicten (pijltjes omhoog/omlaag):"))
        self.list = QListWidget()
        self.list.setObjectName("conflictList")
        self.list.setAccessibleName(tr("Conflicten"))
        conflicts_label.setBuddy(self.list)
        left_layout.addWidget(conflicts_label)
        left_layout.addWidget(self.list)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.options_label = QLabel(tr("&Waarden (cijfer of pijltjes links/rechts, Enter kiest):"))
        self.options = QListWidget()
        self.options.setObjectName("conflictOptions")
        self.options.setAccessibleName(tr("Waarden om uit te kiezen"))
        self.options_label.setBuddy(self.options)
        right_layout.addWidget(self.options_label)
        right_layout.addWidget(self.options)
        self.keep_button = QPushButton(tr("Deze waarde &houden (Enter)"))
        self.keep_button.clicked.connect(lambda: self.choose(self.options.currentRow()))
        right_layout.addWidget(self.keep_button)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 2)
        self.list.currentRowChanged.connect(self._show_options)
        self.list.installEventFilter(self)
        self.options.installEventFilter(self)
        self.options.itemActivated.connect(lambda item: self.choose(self.options.row(item)))

        dup_label = QLabel(tr("Mogelijk &dubbel (dezelfde persoon op twee computers):"))
        self.duplicates = QListWidget()
        self.duplicates.setObjectName("duplicateList")
        self.duplicates.setAccessibleName(tr("Mogelijk dubbel"))
        dup_label.setBuddy(self.duplicates)
        layout.addWidget(dup_label)
        layout.addWidget(self.duplicates, 1)
        row = QHBoxLayout()
        self.open_button = QPushButton(tr("&Openen aan de balie"))
        self.open_button.clicked.connect(self._open)
        self.join_button = QPushButton(tr("&Samenvoegen (de eerste blijft)"))
        self.join_button.clicked.connect(self._join)
        self.apart_button = QPushButton(tr("&Apart houden (twee personen)"))
        self.apart_button.clicked.connect(self._apart)
        for button in (self.open_button, self.join_button, self.apart_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.notices = QLabel()
        self.notices.setWordWrap(True)
        self.notices.setObjectName("notices")
        layout.addWidget(self.notices)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("conflictStatus")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(tr("Sluiten"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.undo_action = QAction(tr("Keuze ongedaan maken"), self)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo)
        self.addAction(self.undo_action)
        runner.changed.connect(self._changed)
        self.resize(900, 620)
        self.reload()

    # -- loading ------------------------------------------------------------------------------------

    def reload(self) -> None:
        job = self.runner.submit(load)
        job.finished.connect(self._loaded)
        job.failed.connect(self._failed)

    def _changed(self, _changes: object) -> None:
        if self.isVisible() and not self.busy:
            self.reload()

    def _loaded(self, data: Overview) -> None:
        keep = max(self.list.currentRow(), 0)
        self.data = data
        self.list.clear()
        for row in data.rows:
            who = data.names.get(row.candidate_id, row.candidate_id)
            self.list.addItem(tr("%s: %s") % (who, row.label(self.lang)))
        self.summary.setText(tr("%d conflicten, %d mogelijk dubbel, %d meldingen.")
                             % (len(data.rows), len(data.duplicates), len(data.notices)))
        if data.rows:
            self.list.setCurrentRow(min(keep, len(data.rows) - 1))
        else:
            self.options.clear()
            self.options.addItem(tr("Geen open conflicten."))
        self.keep_button.setEnabled(bool(data.rows))
        self.duplicates.clear()
        for a, b, score in data.duplicates:
            percent = round(score if score > 1 else score * 100)  # the core gives 0-100
            item = QListWidgetItem(tr("%s  en  %s  (%d%% gelijk)")
                                   % (data.names.get(a, a), data.names.get(b, b), percent))
            item.setData(Qt.ItemDataRole.UserRole, (a, b))
            self.duplicates.addItem(item)
        if data.duplicates:
            self.duplicates.setCurrentRow(0)
        for button in (self.open_button, self.join_button, self.apart_button):
            button.setEnabled(bool(data.duplicates))
        self._join_armed = ""
        self.join_button.setText(tr("&Samenvoegen (de eerste blijft)"))
        self.notices.setText("\n".join(
            tr("Let op: %s is verwijderd, terwijl %s nog een wijziging had. Het verwijderen telt.")
            % (cid, ", ".join(insts) or "?") for cid, insts in data.notices))
        self.notices.setVisible(bool(data.notices))
        self.busy = False
        if data.rows and not self.options.hasFocus():
            self.list.setFocus()

    def _failed(self, exc: BaseException) -> None:
        from ..dialogs.bundle import refusal_text

        self.busy = False
        text = refusal_text(exc)
        if text is None:
            from ..feedback import show_error

            show_error(self, exc)
            return
        self.status.setText(text)

    def current(self) -> ConflictRow | None:
        if self.data is None:
            return None
        index = self.list.currentRow()
        return self.data.rows[index] if 0 <= index < len(self.data.rows) else None

    def _show_options(self, _index: int) -> None:
        self.options.clear()
        row = self.current()
        if row is None:
            return
        for number, option in enumerate(row.options, start=1):
            mark = tr("  (nu getoond)") if number - 1 == row.shown_index else ""
            source = tr("  van %s") % option.source if option.source else ""
            self.options.addItem(f"{number}  {shown_value(option.value)}{source}{mark}")
        self.options.setCurrentRow(row.shown_index)

    # -- keyboard -----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and watched in (
                self.list, self.options):
            key = event.key()
            no_mods = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                                | Qt.KeyboardModifier.AltModifier))
            if key in DIGITS and no_mods:
                self.choose(DIGITS[key] - 1)
                return True
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and watched is self.list:
                step = -1 if key == Qt.Key.Key_Left else 1
                count = self.options.count()
                if count:
                    self.options.setCurrentRow((self.options.currentRow() + step) % count)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and no_mods:
                self.choose(self.options.currentRow())
                return True
        return super().eventFilter(watched, event)

    # -- choosing and undoing -----------------------------------------------------------------------

    def choose(self, index: int) -> None:
        row = self.current()
        if row is None or self.busy or not 0 <= index < len(row.options):
            return
        self.busy = True
        previous = row.shown
        label = row.label(self.lang)
        job = self.runner.submit(choose, row.candidate_id, row.field, index)

        def done(_changes: object) -> None:
            self.undo_stack.append((row.candidate_id, row.field, previous, label))
            self.status.setText(tr("%s: %s gekozen. Ctrl+Z maakt dit ongedaan.")
                                % (label, shown_value(row.options[index].value)))
            self.reload()

        job.finished.connect(done)
        job.failed.connect(self._failed)

    def undo(self) -> None:
        if not self.undo_stack or self.busy:
            self.status.setText(tr("Er is geen keuze om ongedaan te maken."))
            return
        candidate_id, field, previous, label = self.undo_stack.pop()
        self.busy = True
        job = self.runner.submit(put_back, candidate_id, field, previous)

        def done(_changes: object) -> None:
            self.status.setText(tr("%s staat weer op %s.") % (label, shown_value(previous)))
            self.reload()

        job.finished.connect(done)
        job.failed.connect(self._failed)

    def _done(self, text: str) -> None:
        self.status.setText(text)
        self.reload()

    # -- duplicates ---------------------------------------------------------------------------------

    def _pair(self) -> tuple[str, str] | None:
        item = self.duplicates.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return (str(value[0]), str(value[1])) if value else None

    def _open(self) -> None:
        pair = self._pair()
        if pair is not None:
            self.open_requested.emit(pair[0])

    def _join(self) -> None:
        pair = self._pair()
        if pair is None or self.busy:
            return
        if self._join_armed != "|".join(pair):  # joining deletes the second: asked twice
            self._join_armed = "|".join(pair)
            self.join_button.setText(tr("Zeker? Klik nogmaals: de tweede wordt &verwijderd"))
            self.status.setText(tr("Neem eerst over wat alleen de tweede heeft; samenvoegen verwijdert die."))
            return
        self.busy = True
        job = self.runner.submit(join, pair[0], pair[1])
        job.finished.connect(lambda _c: self._done(tr("Samengevoegd.")))
        job.failed.connect(self._failed)

    def _apart(self) -> None:
        pair = self._pair()
        if pair is None or self.busy:
            return
        self.busy = True
        job = self.runner.submit(keep_apart, pair[0], pair[1])
        job.finished.connect(lambda _c: self._done(tr("Apart gehouden: twee personen.")))
        job.failed.connect(self._failed)
