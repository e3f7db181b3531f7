"""The candidate list: a table model that pages from SQL through the database runner.

The list never holds all candidates: `set_filter` asks for the first page (and, when it is cheap, the
number of matches) in one job; scrolling calls `fetchMore`, which asks for the page after the last row
shown. Every filter change bumps a generation number, and results of an older generation are dropped,
so fast typing never shows stale rows. Sorting is done by SQL on the surname without tussenvoegsel
(`sort_key`), so "de Vries" stands under V.

The core (storage, domain) is imported when the first query is made, not with this module: the window's
first frame shows the empty list without waiting for it (see ui/app.py).

A change (this desk's save, or another desk's commit seen by the runner's watch) does not start the
list again from its first page: `refresh` reads the stretch the advisor has loaded (or, deep in a long
list, the rows around what is on screen) and puts in only what differs, row by row, by id (removed,
inserted, changed), so the page, the scroll position and the selection stay where they were and
nothing flickers (`refreshed`, for the view to keep its top row and current candidate).
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ..locale_format import format_date
from ..runner import DbRunner

if TYPE_CHECKING:
    from intake_desk.app.desk import CandidateRow, Filter, Page
    from intake_desk.domain import IntakeStatus
    from intake_desk.domain.changes import Changes

PAGE = 200
# A refresh reads again every row loaded up to this many; deeper in (an advisor who scrolled far), the
# rows on screen and a page either side: reading 20,000 rows on every commit of ten busy desks would
# keep the database thread from the advisor's own work. Rows outside that stretch are read again when
# the filter changes.
REFRESH_ALL = 2000
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex

# data() runs for every visible cell and role on each paint; plain ints compare faster than enums.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ID = int(ID_ROLE)
_ROW = int(ROW_ROLE)
_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
          | Qt.ItemFlag.ItemNeverHasChildren)


def tr(text: str) -> str:
    return QCoreApplication.translate("CandidateListModel", text)


def _key(row: CandidateRow) -> tuple[str, str]:
    return row.sort_key, row.id


def _concurrent() -> ModuleType:
    from intake_desk.app import concurrent  # loaded by the database thread's watch already

    return concurrent


def _desk() -> ModuleType:
    from intake_desk.app import desk  # the list's reads; imported when the first query is made

    return desk


def status_labels() -> dict[IntakeStatus, str]:
    from intake_desk.domain import IntakeStatus

    return {IntakeStatus.QUICK: tr("Snel (aanvullen)"), IntakeStatus.DRAFT: tr("Concept"),
            IntakeStatus.COMPLETE: tr("Volledig")}


def status_label(status: IntakeStatus) -> str:
    return status_labels()[status]


def _cells(row: CandidateRow, statuses: dict[IntakeStatus, str]) -> tuple[str, ...]:
    # Worked out when a row is first shown, not for the whole page.
    if row.damaged:  # its stored values may be altered: none is shown; opening it explains
        return (tr("Beschadigd (open voor uitleg)"), "", "", "", "")
    return (row.formal_name, format_date(row.birth_date), row.town, statuses[row.status],
            format_date(row.intake_date))


class CandidateListModel(QAbstractTableModel):
    COLUMNS = ("name", "birth_date", "town", "status", "intake_date")
    loaded = Signal()  # a new result set (not a further page) is shown, or the shown one read again
    counted = Signal(int)  # the number of matches, when it arrives after the rows
    about_to_refresh = Signal()  # a refresh's rows are about to go in (the view notes its place)
    refreshed = Signal()  # ... and are in: the view puts back its place and current candidate

    def __init__(self, runner: DbRunner, parent: Any = None):
        super().__init__(parent)
        self.runner = runner
        self.filter: Filter | None = None  # None: everyone, until the view sets its first filter
        self.rows: list[CandidateRow] = []
        # The shown text of each row, made on first paint and kept: a repaint costs a tuple lookup.
        self._cells: list[tuple[str, ...] | None] = []
        self.total = 0  # matches; while a count is pending, a lower bound (the rows shown)
        self.counting = False  # True while the total is not known yet
        self.generation = 0
        self._fetching = False
        # Rows are going in or out: a view (or Qt's model tester) asking for more in between would
        # page from a row that is about to move.
        self._changing = False
        self._first_pending = False  # a new result set is on its way
        self._refreshing = False  # a refresh is on its way; another change waits for it
        self._again = False
        self.kept_place = False  # True while `loaded` is emitted for a refresh (not a new result set)
        # The rows on screen (first, last), set by the view: where a refresh of a long list reads.
        self.visible_rows: Callable[[], tuple[int, int]] | None = None
        self._headers = (tr("Naam"), tr("Geboren"), tr("Woonplaats"), tr("Status"), tr("Intake"))
        self._statuses: dict[IntakeStatus, str] = {}
        runner.changed.connect(self._on_changed)

    # --- loading -------------------------------------------------------------------------------
    def set_filter(self, f: Filter) -> None:
        self.filter = f
        self.reload()

    def reload(self) -> None:
        self.generation += 1
        generation = self.generation
        desk = _desk()
        if self.filter is None:
            self.filter = desk.Filter()
        self._first_pending = True
        self._refreshing = self._again = False
        job = self.runner.submit(desk.first_candidates, self.filter, PAGE, before_check=True)
        job.finished.connect(lambda page: self._first_page(generation, page))
        job.failed.connect(lambda _exc: self._first_failed(generation))

    def _first_failed(self, generation: int) -> None:
        if generation == self.generation:
            self._first_pending = False

    def _first_page(self, generation: int, page: Page) -> None:
        if generation != self.generation:
            return  # an older query: a newer one is on its way
        self._first_pending = False
        if not self._statuses:
            self._statuses = status_labels()
        self.beginResetModel()
        self.rows = page.rows
        self._cells = [None] * len(page.rows)
        self.counting = page.total is None
        self.total = len(page.rows) if page.total is None else page.total
        self._fetching = False
        self.endResetModel()
        self.loaded.emit()
        if self._again:  # a change came while this page was read: read it once more, in place
            self._again = False
            self.refresh()
        if self.counting:
            # A filter that combines text with status or dates needs a join to count: the rows go
            # on screen first, the number follows (unless the advisor has typed on by then).
            job = self.runner.submit(_desk().candidate_count, self.filter)
            job.finished.connect(lambda total: self._counted(generation, total))

    def _counted(self, generation: int, total: int) -> None:
        if generation != self.generation:
            return
        self.counting = False
        self.total = max(total, len(self.rows))
        self.counted.emit(self.total)

    def _on_changed(self, changes: Changes) -> None:
        if changes.candidate_list:
            self.refresh()

    # --- a refresh in place --------------------------------------------------------------------
    def refresh(self) -> None:
        """Read again what the list shows and put in what changed, keeping its place."""
        if self.filter is None:
            self.reload()
            return
        if self._first_pending or self._refreshing:
            self._again = True  # after the one on its way, so the newest commit is seen too
            return
        start, end = self._stretch()
        lo = self.rows[start - 1] if start > 0 else None  # the row before the stretch
        # Its last row bounds the stretch, unless it ends a complete list: then rows added at the
        # end come in too (fetchMore brings those of a list that is not complete).
        complete = not self.counting and len(self.rows) >= self.total
        hi = self.rows[end - 1] if end > start and (end < len(self.rows) or not complete) else None
        self._refreshing = True
        generation = self.generation
        limit = (end - start) + PAGE  # room for rows added meanwhile
        job = self.runner.submit(_concurrent().list_again, self.filter, limit=limit,
                                 after=(lo.sort_key, lo.id) if lo else None)
        job.finished.connect(lambda result: self._refreshed(
            generation, lo.id if lo else None, hi.id if hi else None, limit, *result))
        job.failed.connect(lambda _exc: self._refresh_failed(generation))

    def _stretch(self) -> tuple[int, int]:
        """[start, end) of the rows a refresh reads again."""
        n = len(self.rows)
        if n <= REFRESH_ALL or self.visible_rows is None:
            return 0, n
        first, last = self.visible_rows()
        first, last = max(first, 0), min(max(last, first), n - 1)
        return max(0, first - PAGE), min(n, last + 1 + PAGE)

    def _refresh_failed(self, generation: int) -> None:
        if generation == self.generation:
            self._refreshing = False  # the window says why (a lost server); the next change tries again

    def _refreshed(self, generation: int, lo: str | None, hi: str | None, limit: int,
                   rows: list[CandidateRow], total: int) -> None:
        if generation != self.generation:
            return  # the filter changed meanwhile: its first page is on its way
        self._refreshing = False
        # Only a refresh removes rows, and one runs at a time: the bounds are where they were.
        start = 0 if lo is None else self.row_of(lo) + 1
        end = len(self.rows) if hi is None else self.row_of(hi) + 1
        if (lo is not None and start == 0) or (hi is not None and end == 0):
            self.refresh()  # should not happen; read again rather than put rows in the wrong place
            return
        # Both stores order by (sort_key, id) byte by byte (COLLATE "C" on the server), as Python
        # compares strings: the stretch's end can be compared here.
        bound = _key(self.rows[end - 1]) if hi is not None else None
        if len(rows) == limit and (bound is None or _key(rows[-1]) < bound):
            # More came in than there was room for: the stretch ends where the read did; the rows
            # below it stay as they were until the next refresh.
            bound = _key(rows[-1])
            end = next((n for n in range(start, end) if _key(self.rows[n]) > bound), end)
        if bound is not None:
            rows = [r for r in rows if _key(r) <= bound]
        self.about_to_refresh.emit()
        self._changing = True
        try:
            self._apply(start, end, rows)
        finally:
            self._changing = False
        self.counting = False
        self.total = max(total, len(self.rows))
        self.refreshed.emit()
        self.counted.emit(self.total)
        self.kept_place = True
        try:
            self.loaded.emit()
        finally:
            self.kept_place = False
        if self._again:
            self._again = False
            self.refresh()

    def _apply(self, start: int, end: int, new: list[CandidateRow]) -> None:
        """Make rows[start:end] equal to `new` with as few row signals as a sorted merge gives:
        runs of removed rows, runs of inserted rows, a changed row in place. A row whose place
        changed (a new surname) is removed at its old place and inserted at its new one."""
        rows, cells = self.rows, self._cells
        i, j = start, 0
        while i < end or j < len(new):
            if j >= len(new) or (i < end and _key(rows[i]) < _key(new[j])):
                k = i
                while k < end and (j >= len(new) or _key(rows[k]) < _key(new[j])):
                    k += 1
                self.beginRemoveRows(QModelIndex(), i, k - 1)
                del rows[i:k]
                del cells[i:k]
                self.endRemoveRows()
                end -= k - i
            elif i >= end or _key(rows[i]) > _key(new[j]):
                k = j
                while k < len(new) and (i >= end or _key(new[k]) < _key(rows[i])):
                    k += 1
                self.beginInsertRows(QModelIndex(), i, i + k - j - 1)
                rows[i:i] = new[j:k]
                cells[i:i] = [None] * (k - j)
                self.endInsertRows()
                i, end, j = i + k - j, end + k - j, k
            else:
                if rows[i] != new[j]:
                    rows[i], cells[i] = new[j], None
                    self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.COLUMNS) - 1))
                i, j = i + 1, j + 1

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._fetching or self._changing:
            return False
        if self.counting:  # not counted yet: a full last page means there may be more
            return bool(self.rows) and len(self.rows) % PAGE == 0
        return len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation = self.generation
        last = self.rows[-1]
        # From the last row shown, not an offset: a deep page costs what the second one does.
        job = self.runner.submit(_desk().candidate_page, self.filter, limit=PAGE,
                                 after=(last.sort_key, last.id))
        job.finished.connect(lambda rows: self._more(generation, rows))
        job.failed.connect(lambda _exc: setattr(self, "_fetching", False))

    def _more(self, generation: int, rows: list[CandidateRow]) -> None:
        if generation != self.generation:
            return
        if not rows:
            self._fetching = False
            self.total = len(self.rows)  # fewer than counted: some were deleted meanwhile
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self._cells.extend([None] * len(rows))
        if self.counting:
            self.total = max(self.total, len(self.rows))
        self.endInsertRows()
        self._fetching = False

    # --- the model -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = index.row()
        if not 0 <= r < len(self.rows) or not index.isValid():
            return None
        role = int(role)
        if role in (_DISPLAY, _ACCESSIBLE):
            cells = self._cells[r]
            if cells is None:
                cells = self._cells[r] = _cells(self.rows[r], self._statuses)
            return cells[index.column()]
        if role == _TOOLTIP:
            return (self.rows[r].goals or None) if index.column() == 0 else None
        if role == _ID:
            return self.rows[r].id
        if role == _ROW:
            return self.rows[r]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def row_of(self, candidate_id: str) -> int:
        return next((n for n, r in enumerate(self.rows) if r.id == candidate_id), -1)
