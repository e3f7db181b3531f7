"""The desk: the candidate list (search as you type, filters) on the left, the selected candidate's
intake form on the right. Selecting a row emits the window's `candidate_selected(id)`; panels listen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    SignalInstance,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..locale_format import format_datetime
from ..models.candidate_list import ID_ROLE, CandidateListModel, status_labels
from ..parts import use_case
from ..runner import DbRunner

if TYPE_CHECKING:  # imported where used: the first frame (see ui/app.py) does not wait for the core
    from intake_desk.app.desk import Filter
    from intake_desk.app.drafts import Draft

    from .intake_form import IntakeForm

SEARCH_DEBOUNCE_MS = 120
# A full "Achternaam, Voornaam tussenvoegsel" (~30 characters) fits; longer names are elided, with the
# whole name as tooltip. The list is never narrower than this column: the form takes the rest.
NAME_CHARS = 30


def tr(text: str) -> str:
    return QCoreApplication.translate("CandidatesView", text)


@dataclass(frozen=True, slots=True)
class _Place:
    """Where the advisor is in the list before a refresh: the rows on screen (id, height in the
    viewport, line on screen) and the current row (id and its place in the order)."""

    shown: list[tuple[str, int, int]]
    current_id: str | None
    current_key: tuple[str, str] | None


def _periods() -> list[tuple[str, str]]:
    return [("", tr("Alle intakedata")), ("today", tr("Vandaag")), ("7", tr("Afgelopen 7 dagen")),
            ("30", tr("Afgelopen 30 dagen")), ("365", tr("Afgelopen jaar"))]


def period_filter(code: str, today: date | None = None) -> tuple[date | None, date | None]:
    today = today or date.today()
    if code == "today":
        return today, today
    if code.isdigit():
        return today - timedelta(days=int(code)), today
    return None, None


class CandidatesView(QWidget):
    """With `lazy`, what the first frame does not need is left to `finish_building`, which the main
    window calls right after that frame: the intake form (the right half; its modules and widgets cost
    ~100 ms) and the status filter's choices (they need the core's domain); otherwise built at once."""

    form: IntakeForm

    def __init__(self, runner: DbRunner, selected: SignalInstance | Callable[[str], Any] | None = None,
                 parent: QWidget | None = None, *, lazy: bool = False):
        super().__init__(parent)
        self.setObjectName("CandidatesView")
        self.runner = runner
        self._selected = selected
        self.pending_drafts: list[Draft] = []
        split = QSplitter(Qt.Orientation.Horizontal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        # Drafts left by a crash or power cut: offered, never forced.
        self.drafts_bar = QWidget()
        bar = QHBoxLayout(self.drafts_bar)
        bar.setContentsMargins(6, 4, 6, 4)
        self.drafts_bar.setStyleSheet("background: #fff3cd; color: #5c4400;")
        self.drafts_text = QLabel()
        self.drafts_text.setWordWrap(True)
        self.restore_button = QPushButton(tr("Concept herstellen"))
        self.discard_button = QPushButton(tr("Concept weggooien"))
        bar.addWidget(self.drafts_text, 1)
        bar.addWidget(self.restore_button)
        bar.addWidget(self.discard_button)
        self.drafts_bar.hide()
        layout.addWidget(self.drafts_bar)
        layout.addWidget(split, 1)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(tr("Zoek op naam, woonplaats, doel of notitie…"))
        self.search.setAccessibleName(tr("Zoeken"))
        self.search.setClearButtonEnabled(True)
        column.addWidget(self.search)
        # Side by side while both choices fit in full, else one above the other (200% text).
        filters = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.filters = filters
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(tr("Filter op status"))
        self.status_filter.addItem(tr("Alle statussen"), "")
        self.period_filter = QComboBox()
        self.period_filter.setAccessibleName(tr("Filter op intakedatum"))
        for code, text in _periods():
            self.period_filter.addItem(text, code)
        for box in (self.status_filter, self.period_filter):
            # The list's width is set by the name column, not by the longest choice (200% text).
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(6)
            filters.addWidget(box, 1)
        column.addLayout(filters)
        self.list_model = CandidateListModel(runner, self)
        self.table = QTableView()
        self.table.setObjectName("candidateList")
        self.table.setAccessibleName(tr("Kandidaten"))
        self.table.setModel(self.list_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        # The name keeps a readable width at any text size; the last column takes what is left, and
        # with large text the list scrolls sideways rather than squeeze names to "B…".
        for n in range(5):
            header.setSectionResizeMode(n, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._status_texts: list[str] = []
        self._size_to_text()
        column.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setAccessibleName(tr("Aantal gevonden"))
        self.new_button = QPushButton(tr("Nieuwe intake"))
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.new_button)
        column.addLayout(bottom)
        split.addWidget(left)

        self.split = split
        self.list_side = left
        split.addWidget(QWidget())  # the form's place, so the list has its final width at once
        split.setChildrenCollapsible(False)
        # A wider window widens the form (a full name on one line); the list keeps room for names and
        # scrolls sideways for its other columns.
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        self._size_to_text()
        self._split_placed = False
        split.installEventFilter(self)
        left.installEventFilter(self)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self.debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self.debounce.start())
        self.search.returnPressed.connect(self._search_enter)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.period_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.list_model.loaded.connect(self._loaded)
        # A refresh (a save here or at another desk) keeps the advisor's place in the list.
        self._refreshing_list = False
        self._place: _Place | None = None
        self.list_model.visible_rows = self._visible_rows
        self.list_model.about_to_refresh.connect(self._note_place)
        self.list_model.refreshed.connect(self._put_back_place)
        self.list_model.rowsInserted.connect(lambda *_a: self._show_count())
        self.list_model.counted.connect(lambda _n: self._show_count())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.new_button.clicked.connect(self.new_intake)
        self.restore_button.clicked.connect(self.restore_next_draft)
        self.discard_button.clicked.connect(self.discard_next_draft)
        runner.opened.connect(lambda error: None if error else self._start())
        if not lazy:
            self.finish_building()

    def finish_building(self) -> None:
        if hasattr(self, "form"):
            return
        labels = status_labels()
        for status, label in labels.items():
            self.status_filter.addItem(label, status.value)
        self._status_texts = list(labels.values())
        self._size_to_text()
        from .intake_form import IntakeForm

        self.form = IntakeForm(self.runner)
        placeholder = self.split.replaceWidget(1, self.form)
        if placeholder is not None:
            placeholder.deleteLater()
        self.form.open_candidate.connect(self.open_candidate)
        self.form.saved.connect(self._saved)
        self.form.gone.connect(lambda: self._emit_selected(""))
        # The form's keys (Alt+1..8, Ctrl+S, undo) also work while the list has focus: after Enter on a
        # search result the advisor goes straight to a section without reaching for the mouse.
        self.addActions(self.form.actions())

    def _size_to_text(self) -> None:
        """Row height and column widths from the font, now and whenever the text size changes.

        Fixed widths, not ResizeToContents: measuring 200 rows on every keystroke would cost more than
        the query itself. The padding leaves room for the theme's cell and header margins
        (qt-material adds ~32 px).
        """
        metrics, pad = self.fontMetrics(), 44  # the table gets its new font after this view
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        digits = metrics.horizontalAdvance("00-00-0000") + pad
        status = max((metrics.horizontalAdvance(text) + pad for text in self._status_texts),
                     default=digits)
        header = self.table.horizontalHeader()
        name = metrics.averageCharWidth() * NAME_CHARS + pad
        for n, width in ((0, name), (1, digits), (2, digits + 30), (3, status), (4, digits)):
            header.resizeSection(n, width)
        left = getattr(self, "list_side", None)
        if left is not None:  # the whole name column, the scroll bar and the frame
            left.setMinimumWidth(name + self.table.verticalScrollBar().sizeHint().width()
                                 + 2 * self.table.frameWidth() + 4)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        # The first real width of the desk: the list gets its name column, plus the birth date on a
        # wide screen (up to 30%); the form the rest (a full name on its title line, beside its
        # buttons, on a 1366-pixel laptop with the docks open).
        if watched is self.list_side and event.type() == QEvent.Type.Resize:
            self._arrange_filters()
        if watched is self.split and event.type() == QEvent.Type.Resize and not self._split_placed:
            total = self.split.width()
            if total > 2 * self.list_side.minimumWidth():
                self._split_placed = True
                header = self.table.horizontalHeader()
                wanted = self.list_side.minimumWidth() + header.sectionSize(1)
                left = max(self.list_side.minimumWidth(), min(wanted, int(total * 0.3)))
                self.split.setSizes([left, total - left])
        return super().eventFilter(watched, event)

    def _arrange_filters(self) -> None:
        metrics = self.status_filter.fontMetrics()
        pad = 60  # the theme's padding and the arrow
        needed = sum(max((metrics.horizontalAdvance(box.itemText(n)) for n in range(box.count())),
                         default=0) + pad for box in (self.status_filter, self.period_filter))
        wide = self.list_side.width() >= needed + self.filters.spacing()
        self.filters.setDirection(QBoxLayout.Direction.LeftToRight if wide
                                  else QBoxLayout.Direction.TopToBottom)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a new text size (View menu, settings)
            self._size_to_text()

    def model(self) -> CandidateListModel:
        return self.list_model

    def _start(self) -> None:
        self.apply_filter()
        job = self.runner.submit(use_case("intake_desk.app.drafts", "all_drafts"))
        job.finished.connect(self._offer_drafts)

    # --- list ----------------------------------------------------------------------------------
    def current_filter(self) -> Filter:
        from intake_desk.app.desk import Filter
        from intake_desk.domain import IntakeStatus

        start, end = period_filter(self.period_filter.currentData() or "")
        code = self.status_filter.currentData()
        return Filter(text=self.search.text(), status=IntakeStatus(code) if code else None,
                      intake_from=start, intake_to=end)

    def apply_filter(self) -> None:
        self.debounce.stop()
        self.list_model.set_filter(self.current_filter())

    def _loaded(self) -> None:
        self._show_count()
        if self.list_model.kept_place:
            return  # the same list read again: `_put_back_place` kept the place
        if hasattr(self, "form") and self.form.candidate_id:
            self._select_quietly(self.form.candidate_id)

    def _select_quietly(self, candidate_id: str) -> None:
        """Mark the candidate the form shows as the list's current row without loading it again.
        The current index matters, not only the selection: a list without one makes itself current
        on its first row when it gets focus, which would load that other person into the form."""
        row = self.list_model.row_of(candidate_id)
        if row < 0:
            return
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            selection.setCurrentIndex(
                self.list_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            selection.blockSignals(False)
        self.table.scrollTo(self.list_model.index(row, 0))
        self.table.viewport().update()

    # --- keeping the place through a refresh ----------------------------------------------------
    def _visible_rows(self) -> tuple[int, int]:
        first = self.table.rowAt(0)
        if first < 0:
            return 0, 0
        last = self.table.rowAt(self.table.viewport().height() - 1)
        return first, (self.list_model.rowCount() - 1 if last < 0 else last)

    def _note_place(self) -> None:
        """Before a refresh's rows go in: the rows on screen (where each stands) and the current one."""
        self._refreshing_list = True
        rows = self.list_model.rows
        first, last = self._visible_rows()
        shown = [(rows[n].id, self.table.rowViewportPosition(n), n - first)
                 for n in range(first, min(last, len(rows) - 1) + 1)] if rows else []
        current = self.table.currentIndex()
        row = rows[current.row()] if current.isValid() and current.row() < len(rows) else None
        self._place = _Place(shown, row.id if row else None,
                             (row.sort_key, row.id) if row else None)

    def _put_back_place(self) -> None:
        """After a refresh: the same top row at the same height (or the nearest survivor), the same
        current candidate (or the row now where it stood), the form untouched."""
        place, self._place = self._place, None
        try:
            if place is not None:
                self._keep_scroll(place)
                self._keep_current(place)
        finally:
            self._refreshing_list = False

    def _keep_scroll(self, place: _Place) -> None:
        model = self.list_model
        ids = {r.id: n for n, r in enumerate(model.rows)} if place.shown else {}
        anchor = next(((ids[i], y, k) for i, y, k in place.shown if i in ids), None)
        if anchor is None:
            return
        row, y, k = anchor
        self.table.doItemsLayout()  # the scroll bar's range for the new number of rows, now
        bar = self.table.verticalScrollBar()
        if self.table.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem:
            bar.setValue(row - k)
        else:
            bar.setValue(self.table.verticalHeader().sectionPosition(row) - y)

    def _keep_current(self, place: _Place) -> None:
        model = self.list_model
        form_id = self.form.candidate_id if hasattr(self, "form") else None
        target = model.row_of(form_id) if form_id else -1
        reveal = target >= 0 and form_id != place.current_id
        if target < 0 and place.current_id:
            target = model.row_of(place.current_id)
        if target < 0 and place.current_key is not None and model.rows:
            # Gone: the row that now stands where it stood (the next one, or the last).
            key = place.current_key
            target = next((n for n, r in enumerate(model.rows) if (r.sort_key, r.id) > key),
                          len(model.rows) - 1)
        if target < 0:
            return
        index = model.index(target, 0)
        selection = self.table.selectionModel()
        if selection.currentIndex() != index or not selection.isRowSelected(target):
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
        if reveal:  # this desk's own new candidate: shown where it landed
            self.table.scrollTo(index)

    def _show_count(self) -> None:
        total = self.list_model.total
        # While a combined filter is still being counted, the rows shown so far are a lower bound.
        self.count_label.setText(tr("Gevonden: %d") % total
                                 + ("+" if self.list_model.counting else ""))

    def _search_enter(self) -> None:
        self.apply_filter()
        self.table.setFocus()
        if self.list_model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.list_model.index(0, 0))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._refreshing_list:
            return  # rows moved under the cursor by a refresh: the advisor chose nothing
        candidate_id = current.data(ID_ROLE) if current.isValid() else ""
        self._emit_selected(candidate_id or "")
        self.finish_building()  # at once, should a row be chosen before the form was built
        if candidate_id and candidate_id != self.form.candidate_id:
            self.form.save_draft()
            self.form.load(candidate_id)

    def _emit_selected(self, candidate_id: str) -> None:
        if self._selected is None:
            return
        if isinstance(self._selected, SignalInstance):
            self._selected.emit(candidate_id)
        else:
            self._selected(candidate_id)

    def _saved(self, candidate_id: str) -> None:
        self._emit_selected(candidate_id)

    def open_candidate(self, candidate_id: str) -> None:
        self.finish_building()
        self.form.load(candidate_id)
        self._select_quietly(candidate_id)
        self._emit_selected(candidate_id)

    def new_intake(self) -> None:
        self.finish_building()
        self.form.save_draft()
        self.table.clearSelection()
        self.form.new_intake()
        self._emit_selected("")
        self.form.go_to_section(0)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- drafts --------------------------------------------------------------------------------
    def _offer_drafts(self, found: list[Draft]) -> None:
        self.pending_drafts = list(found)
        self._show_drafts_bar()

    def _show_drafts_bar(self) -> None:
        if not self.pending_drafts:
            self.drafts_bar.hide()
            return
        d = self.pending_drafts[0]
        self.drafts_text.setText(
            tr("Niet-opgeslagen invoer van een vorige sessie: %s (%s). Nog %d concept(en).")
            % (d.label, format_datetime(d.updated_at), len(self.pending_drafts)))
        self.drafts_bar.show()

    def forget_draft(self, draft_id: str) -> None:
        """A draft opened elsewhere (from Vandaag) is no longer offered here."""
        self.pending_drafts = [d for d in self.pending_drafts if d.id != draft_id]
        self._show_drafts_bar()

    def restore_draft(self, draft: Draft) -> None:
        """Show a kept draft in the intake form, from its first section."""
        self.finish_building()
        self.form.restore(draft)
        self.form.go_to_section(0)

    def restore_next_draft(self) -> None:
        if not self.pending_drafts:
            return
        self.finish_building()
        draft = self.pending_drafts.pop(0)
        self.form.restore(draft)
        self._show_drafts_bar()
        self.form.go_to_section(0)

    def discard_next_draft(self) -> None:
        if not self.pending_drafts:
            return
        from intake_desk.app.drafts import delete_draft

        draft = self.pending_drafts.pop(0)
        self.runner.submit(delete_draft, draft.id)
        self._show_drafts_bar()

    # --- closing -------------------------------------------------------------------------------
    def unsaved_forms(self, *others: Any) -> list[Any]:
        return [f for f in (getattr(self, "form", None), *others) if f is not None and f.dirty]

    def confirm_close(self, *others: Any) -> bool:
        """Ask before closing with unsaved input; keeping it as a draft is the safe default."""
        forms = self.unsaved_forms(*others)
        if not forms:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, tr("Niet opgeslagen"),
                          tr("Er is invoer die nog niet is opgeslagen. Bewaren als concept (u krijgt "
                             "het bij de volgende start terug), weggooien, of teruggaan?"), parent=self)
        keep = box.addButton(tr("Bewaren als concept"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(tr("Weggooien"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(tr("Teruggaan"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is keep:
            for f in forms:
                f._draft_pending = True
                self._wait(f, f.save_draft)
            return True
        if clicked is discard:
            self.discard_drafts(forms)
            return True
        return False

    def discard_drafts(self, forms: list[Any]) -> None:
        """Delete the forms' drafts and wait until the database has done so: the window stops the
        database thread right after this, and a queued delete would never run (the intake would come
        back at the next start). Personal data typed at a fair and discarded must be gone."""
        from intake_desk.app.drafts import delete_draft

        jobs = []
        for f in forms:
            f.set_dirty(False)
            jobs.append(self.runner.submit(delete_draft, f.draft_id))
            f.draft_id = f._new_draft_id()
        loop = QEventLoop()
        left = [len(jobs)]

        def done(*_args: Any) -> None:
            left[0] -= 1
            if left[0] <= 0:
                loop.quit()

        for job in jobs:
            job.finished.connect(done)
            job.failed.connect(done)
        QTimer.singleShot(5000, loop.quit)
        if jobs:
            loop.exec()

    def _wait(self, form: Any, start: Callable[[], None]) -> None:
        loop = QEventLoop()
        form.draft_saved.connect(loop.quit)
        QTimer.singleShot(3000, loop.quit)
        start()
        loop.exec()
