"""The candidate list: a table model that pages from SQL through the database runner.

The list never holds all candidates: `set_filter` asks for the count and the first page in one job;
scrolling calls `fetchMore`, which asks for the next page. Every filter change bumps a generation
number, and results of an older generation are dropped, so fast typing never shows stale rows.
Sorting is done by SQL on the surname without tussenvoegsel (`sort_key`), so "de Vries" stands under V.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from sqlite_utils import Database

from intake_desk.domain import IntakeStatus
from intake_desk.services import Changes
from intake_desk.storage import candidates as candidate_repo
from intake_desk.storage.candidates import CandidateRow, Filter

from ..runner import DbRunner

PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("CandidateListModel", text)


def status_label(status: IntakeStatus) -> str:
    return {IntakeStatus.QUICK: tr("Snel (aanvullen)"), IntakeStatus.DRAFT: tr("Concept"),
            IntakeStatus.COMPLETE: tr("Volledig")}[status]


def _iso_to_local(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        return date.fromisoformat(iso).strftime("%d-%m-%Y")
    except ValueError:
        return iso


def first_page(db: Database, f: Filter) -> tuple[int, list[CandidateRow]]:
    """Runs on the database thread: the number of matches and the first page."""
    rows = candidate_repo.search(db, f, limit=PAGE, offset=0)
    total = len(rows) if len(rows) < PAGE else candidate_repo.count(db, f)
    return total, rows


class CandidateListModel(QAbstractTableModel):
    COLUMNS = ("name", "birth_date", "town", "status", "intake_date")
    loaded = Signal()  # a new result set (not a further page) is shown

    def __init__(self, runner: DbRunner, parent: Any = None):
        super().__init__(parent)
        self.runner = runner
        self.filter = Filter()
        self.rows: list[CandidateRow] = []
        self.total = 0
        self.generation = 0
        self._fetching = False
        self._headers = (tr("Naam"), tr("Geboren"), tr("Woonplaats"), tr("Status"), tr("Intake"))
        runner.changed.connect(self._on_changed)

    # --- loading -------------------------------------------------------------------------------
    def set_filter(self, f: Filter) -> None:
        self.filter = f
        self.reload()

    def reload(self) -> None:
        self.generation += 1
        generation = self.generation
        job = self.runner.submit(first_page, self.filter)
        job.finished.connect(lambda result: self._first_page(generation, result))

    def _first_page(self, generation: int, result: tuple[int, list[CandidateRow]]) -> None:
        if generation != self.generation:
            return  # an older query: a newer one is on its way
        self.beginResetModel()
        self.total, self.rows = result
        self._fetching = False
        self.endResetModel()
        self.loaded.emit()

    def _on_changed(self, changes: Changes) -> None:
        if changes.candidate_list:
            self.reload()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation = self.generation
        job = self.runner.submit(candidate_repo.search, self.filter, limit=PAGE,
                                 offset=len(self.rows))
        job.finished.connect(lambda rows: self._more(generation, rows))
        job.failed.connect(lambda _exc: setattr(self, "_fetching", False))

    def _more(self, generation: int, rows: list[CandidateRow]) -> None:
        if generation != self.generation:
            return
        self._fetching = False
        if not rows:
            self.total = len(self.rows)
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
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
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = self.COLUMNS[index.column()]
            if column == "name":
                return row.formal_name
            if column == "birth_date":
                return _iso_to_local(row.birth_date)
            if column == "town":
                return row.town
            if column == "status":
                return status_label(row.status)
            return _iso_to_local(row.intake_date)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return row.goals or None
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def row_of(self, candidate_id: str) -> int:
        return next((n for n, r in enumerate(self.rows) if r.id == candidate_id), -1)
