"""The candidate list: a table model that pages from SQL through the database runner.

The list never holds all candidates: `set_filter` asks for the first page (and, when it is cheap, the
number of matches) in one job; scrolling calls `fetchMore`, which asks for the page after the last row
shown. Every filter change bumps a generation number, and results of an older generation are dropped,
so fast typing never shows stale rows. Sorting is done by SQL on the surname without tussenvoegsel
(`sort_key`), so "de Vries" stands under V.

The core (storage, domain) is imported when the first query is made, not with this module: the window's
first frame shows the empty list without waiting for it (see ui/app.py).
"""

from __future__ import annotations

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
    loaded = Signal()  # a new result set (not a further page) is shown
    counted = Signal(int)  # the number of matches, when it arrives after the rows

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
        job = self.runner.submit(desk.first_candidates, self.filter, PAGE, before_check=True)
        job.finished.connect(lambda page: self._first_page(generation, page))

    def _first_page(self, generation: int, page: Page) -> None:
        if generation != self.generation:
            return  # an older query: a newer one is on its way
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
            self.reload()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._fetching:
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
        self._fetching = False
        if not rows:
            self.total = len(self.rows)  # fewer than counted: some were deleted meanwhile
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self._cells.extend([None] * len(rows))
        if self.counting:
            self.total = max(self.total, len(self.rows))
        self.endInsertRows()

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
