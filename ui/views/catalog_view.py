"""The catalog tab: browse and search offerings, filtered and paged in SQL through the database runner.

Filters: free text (title, codes, provider, place), sector, level, region, kind and start month. The
model asks for the count and the first page, then the next page when the view scrolls (`fetchMore`);
a generation number drops results of an older filter. `catalog_menu` builds the Catalogus menu with
import and export; the window owns the tab and the menu.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake_desk.app.catalog import (
    OfferingFilter,
    OfferingLine,
    export_catalog,
    filter_choices,
    first_offerings,
    offerings_page,
)
from intake_desk.catalog.columns import MONTH_NAMES
from intake_desk.domain import ItemKind, Leerweg
from intake_desk.domain.changes import Changes

from ..feedback import show_error
from ..locale_format import format_date, format_money, format_number, month_name
from ..runner import DbRunner, Job
from .flow_layout import FlowLayout

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("CatalogView", text)


def kind_label(code: str) -> str:
    """The catalogue stores codes (intake_desk.domain.ItemKind); the advisor reads words."""
    labels: dict[str, str] = {
        ItemKind.QUALIFICATION: tr("Kwalificatie"), ItemKind.KEUZEDEEL: tr("Keuzedeel"),
        ItemKind.CERTIFICATE: tr("Certificaat"), ItemKind.PRAKTIJKVERKLARING: tr("Praktijkverklaring"),
        ItemKind.SHORT_MODULE: tr("Module")}
    return labels.get(code, code)


def leerweg_label(code: str) -> str:
    labels: dict[str, str] = {Leerweg.BOL: tr("BOL"), Leerweg.BBL: tr("BBL"),
                              Leerweg.DERDE_LEERWEG: tr("Derde leerweg"), Leerweg.SHORT_COURSE: tr("Kort")}
    return labels.get(code, code)


def starts_label(starts: str) -> str:
    """The core lists start moments as Dutch month names, "elke maand" and ISO dates, joined by ", "
    (intake_desk.catalog.browse); shown here in the UI's language and date format."""
    parts = []
    for part in starts.split(", ") if starts else []:
        if part in MONTH_NAMES[1:]:
            parts.append(month_name(MONTH_NAMES.index(part)))
        elif part == "elke maand":
            parts.append(tr("elke maand"))
        else:
            parts.append(format_date(part))
    return ", ".join(parts)


class OfferingModel(QAbstractTableModel):
    loaded = Signal()  # a page arrived (tests wait on it)

    def __init__(self, runner: DbRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.filter = OfferingFilter()
        self.rows: list[OfferingLine] = []
        self.total = 0
        self.generation = 0
        self.fetching = False
        self.headers = [tr("Titel"), tr("Soort"), tr("Niveau"), tr("Aanbieder"), tr("Plaats"),
                        tr("Regio"), tr("Leerweg"), tr("Weken"), tr("Uren/week"), tr("Kosten"),
                        tr("Start"), tr("Code")]

    def set_filter(self, f: OfferingFilter) -> None:
        self.filter = f
        self.generation += 1
        generation = self.generation
        self.fetching = True
        job = self.runner.submit(first_offerings, f, PAGE)
        job.finished.connect(lambda result: self._first(generation, result))
        job.failed.connect(lambda exc: self._failed(exc, job.traceback_text))

    def _first(self, generation: int, result: tuple[int, list[OfferingLine]]) -> None:
        if generation != self.generation:
            return
        self.beginResetModel()
        self.total, self.rows = result
        self.fetching = False
        self.endResetModel()
        self.loaded.emit()

    def _failed(self, exc: BaseException, trace: str) -> None:
        self.fetching = False
        show_error(None, exc, trace)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self.fetching and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self.fetching = True
        generation, offset = self.generation, len(self.rows)
        job = self.runner.submit(offerings_page, self.filter, offset, PAGE)
        job.finished.connect(lambda rows: self._more(generation, offset, rows))
        job.failed.connect(lambda exc: self._failed(exc, job.traceback_text))

    def _more(self, generation: int, offset: int, rows: list[OfferingLine]) -> None:
        if generation != self.generation or offset != len(self.rows):
            return
        self.fetching = False
        if rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        self.loaded.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = [r.title, kind_label(r.kind), "" if r.level is None else str(r.level), r.provider,
                      r.location, r.region, leerweg_label(r.leerweg), format_number(r.weeks),
                      format_number(r.hours_per_week), format_money(r.cost_cents / 100),
                      starts_label(r.starts), r.code]
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole text of the cell first: long titles and providers are elided in the table.
            note = tr(" (voorbeeldgegevens)") if r.sample else ""
            text = self.data(index, Qt.ItemDataRole.DisplayRole)
            return f"{text}\n{r.code} · {r.item_code}{note}"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (2, 7, 8, 9):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CatalogView(QWidget):
    def __init__(self, runner: DbRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("CatalogView")
        self.runner = runner
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Zoek op opleiding, code, aanbieder of plaats…"))
        self.search.setClearButtonEnabled(True)
        self.sector = QComboBox()
        self.level = QComboBox()
        self.region = QComboBox()
        self.kind = QComboBox()
        self.month = QComboBox()
        self.month.addItem(tr("Elke startmaand"), None)
        # Named for screen readers: a filter box is otherwise read out as a bare "combo box".
        for widget, name in ((self.search, tr("Zoeken in de catalogus")),
                             (self.sector, tr("Filter op sector")), (self.level, tr("Filter op niveau")),
                             (self.region, tr("Filter op regio")), (self.kind, tr("Filter op soort")),
                             (self.month, tr("Filter op startmaand"))):
            widget.setAccessibleName(name)
        for m in range(1, 13):
            self.month.addItem(tr("Start in %s") % month_name(m), m)
        self.count_label = QLabel()
        self.sample_label = QLabel()
        self.sample_label.setStyleSheet("color: #b45309;")
        # The search and the five filters in a row that wraps: each choice shown in full, also at
        # 200% text beside the docks on a 1366-pixel laptop, where one row would not fit.
        filters_box = QWidget()
        filters = FlowLayout(filters_box)
        self.search.setMinimumWidth(self.search.fontMetrics().averageCharWidth() * 30)
        filters.addWidget(self.search)
        for box in (self.sector, self.level, self.region, self.kind, self.month):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(box)
        self.model = OfferingModel(runner, self)
        self.table = QTableView()
        self.table.setAccessibleName(tr("Aanbod in de catalogus"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._columns_fitted = False
        footer = QHBoxLayout()
        # Both wrap: at 200% text, one line each would make the tab wider than a laptop screen.
        for label in (self.count_label, self.sample_label):
            label.setWordWrap(True)
        self.sample_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.sample_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(filters_box)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(200)
        self.debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self.debounce.start())
        for box in (self.sector, self.level, self.region, self.kind, self.month):
            box.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.model.loaded.connect(self._show_count)
        runner.changed.connect(self._on_changed)
        runner.opened.connect(lambda error: self.reload() if error is None else None)
        self._filling = False

    def reload(self) -> None:
        job = self.runner.submit(filter_choices)
        job.finished.connect(self._fill_choices)
        job.failed.connect(lambda exc: show_error(self, exc, job.traceback_text))

    def _fill_choices(self, choices: dict[str, list[tuple[str, str]]]) -> None:
        self._filling = True
        for box, key, everything in ((self.sector, "sector", tr("Alle sectoren")),
                                     (self.region, "region", tr("Alle regio's")),
                                     (self.kind, "kind", tr("Alle soorten"))):
            current = box.currentData()
            box.clear()
            box.addItem(everything, "")
            for value, label in choices[key]:
                box.addItem(kind_label(value) if box is self.kind else label, value)
            box.setCurrentIndex(max(0, box.findData(current)))
        current = self.level.currentData()
        self.level.clear()
        self.level.addItem(tr("Alle niveaus"), None)
        for value, _label in choices["level"]:
            self.level.addItem(tr("Niveau %s") % value, int(value))
        self.level.addItem(tr("Zonder niveau"), 0)
        self.level.setCurrentIndex(max(0, self.level.findData(current)))
        self._filling = False
        self.apply_filter()

    def current_filter(self) -> OfferingFilter:
        return OfferingFilter(text=self.search.text(), sector=self.sector.currentData() or "",
                              level=self.level.currentData(), region=self.region.currentData() or "",
                              kind=self.kind.currentData() or "", month=self.month.currentData())

    def apply_filter(self) -> None:
        if not self._filling:
            self.model.set_filter(self.current_filter())

    # Widest a column grows to fit its text, in average characters; the rest is elided (tooltip: code).
    MAX_CHARS = {0: 48, 3: 26, 4: 16, 5: 18, 10: 24}

    def fit_columns(self) -> None:
        """Each column as wide as its header and the rows on screen (capped for long texts), measured
        once the first rows are shown: fixed pixel widths cut off headers in English, in the
        pseudo-locale and with large text."""
        header = self.table.horizontalHeader()
        char = self.table.fontMetrics().averageCharWidth()
        for column in range(self.model.columnCount() - 1):  # the last column stretches
            width = max(header.sectionSizeHint(column), self.table.sizeHintForColumn(column))
            if column in self.MAX_CHARS:
                width = min(width, max(char * self.MAX_CHARS[column], header.sectionSizeHint(column)))
            header.resizeSection(column, width)
        self._columns_fitted = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._columns_fitted and self.model.rows:
            QTimer.singleShot(0, self.fit_columns)  # once the theme has styled the header

    def _show_count(self) -> None:
        if not self._columns_fitted and self.model.rows and self.table.isVisible():
            self.fit_columns()
        total = self.model.total
        self.count_label.setText(tr("1 opleiding of cursus gevonden") if total == 1 else
                                 tr("%s opleidingen en cursussen gevonden") % format_number(total))
        sample = any(r.sample for r in self.model.rows[:50])
        self.sample_label.setText(
            tr("Voorbeeld: echte scholen en crebo's, verzonnen aanbod") if sample else "")

    def _on_changed(self, changes: Changes) -> None:
        if changes.catalog:
            self.reload()


def export_dialog(parent: QWidget, runner: DbRunner) -> None:
    from .. import file_dialogs

    path = file_dialogs.save_file_name(
        parent, tr("Catalogus exporteren"), "catalogus.csv",
        tr("CSV voor Excel (*.csv);;Excel (*.xlsx);;JSON (*.json)"))
    if path:
        run_export(parent, runner, path)


def run_export(parent: QWidget, runner: DbRunner, path: str) -> Job:
    job = runner.submit(export_catalog, path)
    from pathlib import Path

    from ..file_dialogs import confirm_saved

    job.finished.connect(lambda n: confirm_saved(
        parent, [Path(path)], tr("%s rijen geëxporteerd naar %s") % (format_number(n), path)))
    job.failed.connect(lambda exc: show_error(parent, exc, job.traceback_text))
    return job


@dataclass(frozen=True)
class CatalogMenu:
    """The Catalogus menu and its entries, for the window to own (`MainWindow._build_catalog`)."""

    menu: QMenu
    import_catalog: QAction
    export_catalog: QAction
    import_demand: QAction


def catalog_menu(parent: QMainWindow, runner: DbRunner) -> CatalogMenu:
    """The Catalogus menu: import (the report first), export, and the demand figures' import."""
    from ..dialogs.catalog_import import CatalogImportDialog

    menu = QMenu(tr("&Catalogus"), parent)
    import_action = QAction(tr("Catalogus &importeren…"), parent)
    import_action.triggered.connect(lambda: CatalogImportDialog(runner, parent).open())
    export_action = QAction(tr("Catalogus &exporteren…"), parent)
    export_action.triggered.connect(lambda: export_dialog(parent, runner))
    demand_action = QAction(tr("&Vraagcijfers importeren…"), parent)
    demand_action.triggered.connect(lambda: CatalogImportDialog(runner, parent, demand=True).open())
    menu.addAction(import_action)
    menu.addAction(export_action)
    menu.addSeparator()
    menu.addAction(demand_action)
    return CatalogMenu(menu, import_action, export_action, demand_action)
