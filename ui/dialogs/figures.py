"""Overzicht > Cijfers regio (Ctrl+Shift+R): a region's figures for a period, as bar charts, and
saved as PDF, XLSX or CSV for the region and its funders.

The figures come from `intake_desk.app.figures.regional_figures` on the database thread (with a
progress dialog that shows after half a second and can cancel); the file is written by
`intake_desk.reports.write_report` off the GUI thread too, from the very figures on screen, so what
is saved is what was looked at. Only counts are shown, never names; small cells read "<5" (and "x"
for a cell hidden beside one), on screen as in every file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .. import theme
from ..feedback import run_with_progress
from ..locale_format import date_edit_format, format_date, ui_language, ui_locale
from ..widgets.bar_chart import BarChart

if TYPE_CHECKING:
    from sqlite_utils import Database

    from intake_desk.app.figures import Figures

    from ..runner import DbRunner


def tr(text: str) -> str:
    return QCoreApplication.translate("FiguresDialog", text)


def save_report(_db: Database, figures: Figures, path: Path, lang: str,
                progress: Any = None) -> Path | OSError:
    """Runs on the database thread (the one worker, off the GUI thread): writes the figures shown to
    `path`. A file that cannot be written (a full disk, a folder without rights) comes back as the
    OSError, for a plain message; anything else is a bug and raises."""
    from intake_desk.reports import write_report

    if progress is not None:
        progress.update(0, 1, "")
    try:
        return write_report(figures, path, lang=lang)
    except OSError as exc:
        return exc


def quarter(day: date, back: int = 0) -> tuple[date, date]:
    """The calendar quarter of `day`, or `back` quarters before it (first and last day)."""
    index = (day.year * 4 + (day.month - 1) // 3) - back
    year, q = divmod(index, 4)
    start = date(year, q * 3 + 1, 1)
    end_month = q * 3 + 3
    end = (date(year + 1, 1, 1) if end_month == 12 else date(year, end_month + 1, 1))
    return start, date.fromordinal(end.toordinal() - 1)


def presets(today: date) -> list[tuple[str, date, date]]:
    """The periods a team lead reports on: quarters first (funders ask per quarter), then years."""
    out = []
    for back in range(5):
        start, end = quarter(today, back)
        which = tr("K%d %d") % ((start.month - 1) // 3 + 1, start.year)  # "K3 2026"
        if back == 0:
            which = tr("Dit kwartaal (%s)") % which
        elif back == 1:
            which = tr("Vorig kwartaal (%s)") % which
        out.append((which, start, end))
    out.append((tr("Dit jaar (%d)") % today.year, date(today.year, 1, 1), today))
    out.append((tr("Vorig jaar (%d)") % (today.year - 1), date(today.year - 1, 1, 1),
                date(today.year - 1, 12, 31)))
    year_ago = date.fromordinal(today.toordinal() - 364)
    out.append((tr("Laatste 12 maanden"), year_ago, today))
    return out


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class FiguresDialog(QDialog):
    """The period, the region, the key figures and one chart per series; save as PDF/XLSX/CSV."""

    def __init__(self, runner: DbRunner, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FiguresDialog")
        self.setWindowTitle(tr("Cijfers regio"))
        self.runner = runner
        self.today = today or date.today()
        self.lang = ui_language()
        self.figures: Figures | None = None
        self.saved: Path | None = None  # the last file saved
        self.charts: list[BarChart] = []
        self._asked = 0
        layout = QVBoxLayout(self)

        choose = QGridLayout()
        self.period = QComboBox()
        self.period.setAccessibleName(tr("Periode"))
        self.presets = presets(self.today)
        for name, _s, _e in self.presets:
            self.period.addItem(name)
        self.period.addItem(tr("Eigen keuze"))
        self.start = self._date_edit(tr("Van"))
        self.end = self._date_edit(tr("Tot en met"))
        self.region = QComboBox()
        self.region.setAccessibleName(tr("Regio"))
        self.region.addItem(tr("Alle regio's"), "")
        self.show_button = QPushButton(tr("Tone&n"))
        self.show_button.setAutoDefault(True)
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.load)
        for column, (text, widget) in enumerate(((tr("&Periode:"), self.period),
                                                 (tr("&Van:"), self.start),
                                                 (tr("&Tot en met:"), self.end),
                                                 (tr("&Regio:"), self.region))):
            label = QLabel(text)
            label.setBuddy(widget)
            choose.addWidget(label, 0, column)
            choose.addWidget(widget, 1, column)
        choose.addWidget(self.show_button, 1, 4)
        choose.setColumnStretch(3, 1)
        layout.addLayout(choose)
        self.period.currentIndexChanged.connect(self._preset)
        # A chosen period or region shows at once; typed dates wait for Enter (Tonen).
        self.period.activated.connect(lambda _i: self.load())
        self.region.activated.connect(lambda _i: self.load())
        self.start.dateChanged.connect(self._custom)
        self.end.dateChanged.connect(self._custom)

        self.heading = QLabel()
        theme.heading(self.heading, 1.3)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.key_line = QLabel()
        self.key_line.setWordWrap(True)
        self.key_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.key_line)
        self.sample_note = QLabel(tr("Voorbeeldgegevens: deze cijfers tellen verzonnen kandidaten mee."))
        theme.role(self.sample_note, "sample")
        self.sample_note.hide()
        layout.addWidget(self.sample_note)

        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        self.body_layout.addStretch(1)
        self.scroller.setWidget(self.body)
        layout.addWidget(self.scroller, 1)
        self.small_note = QLabel(tr("Aantallen onder 5 staan er als “<5”; “x” is verborgen zodat "
                                    "zo'n klein aantal niet uit het totaal terug te rekenen is. "
                                    "Alleen aantallen, geen namen."))
        self.small_note.setWordWrap(True)
        self.small_note.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.small_note)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(tr("&Opslaan als PDF, XLSX of CSV…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setAutoDefault(False)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(tr("Sluiten"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        save_action = QAction(self)
        save_action.setShortcut(QKeySequence("Ctrl+S"))
        save_action.triggered.connect(lambda: self.save() if self.save_button.isEnabled() else None)
        self.addAction(save_action)

        self.resize(900, 700)
        runner.changed.connect(self._changed)
        self._preset(0)
        from intake_desk.app.settings import region_choices

        job = runner.submit(region_choices)
        job.finished.connect(self._choices)
        job.failed.connect(lambda _exc: self.load())

    def _changed(self, changes: Any) -> None:
        """New stages, intakes or plans while the figures are open: counted again, if shown."""
        if self.isVisible() and self.figures is not None and (
                changes.followup or changes.candidates or changes.plans
                or changes.candidate_list):
            self.load()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_edit_format())
        edit.setLocale(ui_locale())
        edit.setAccessibleName(name)
        return edit

    def _choices(self, found: tuple[list[tuple[str, str]], str]) -> None:
        regions, default = found
        for code, name in regions:
            self.region.addItem(name, code)
        index = self.region.findData(default) if default else -1
        self.region.setCurrentIndex(max(index, 0))  # the advisor's own region when known
        self.load()

    # -- period ------------------------------------------------------------------------------------

    def _preset(self, index: int) -> None:
        if not 0 <= index < len(self.presets):
            return
        _name, start, end = self.presets[index]
        self._setting = True
        self.start.setDate(_qdate(start))
        self.end.setDate(_qdate(end))
        self._setting = False

    def _custom(self) -> None:
        if getattr(self, "_setting", False):
            return
        chosen = (_date(self.start.date()), _date(self.end.date()))
        index = next((n for n, (_name, s, e) in enumerate(self.presets) if (s, e) == chosen),
                     len(self.presets))
        self.period.blockSignals(True)
        self.period.setCurrentIndex(index)
        self.period.blockSignals(False)

    def chosen(self) -> tuple[date, date, str | None]:
        return (_date(self.start.date()), _date(self.end.date()),
                self.region.currentData() or None)

    # -- figures -----------------------------------------------------------------------------------

    def load(self) -> None:
        from intake_desk.app.figures import regional_figures

        start, end, region = self.chosen()
        if end < start:
            self.heading.setText(tr("De einddatum ligt voor de begindatum."))
            return
        self._asked += 1
        asked = self._asked
        self.heading.setText(tr("Cijfers worden geteld…"))
        self.save_button.setEnabled(False)
        run_with_progress(self, self.runner, tr("Cijfers tellen"), regional_figures, start, end,
                          region, on_done=lambda f: self.show_figures(f) if asked == self._asked
                          else None)

    def show_figures(self, figures: Figures) -> None:
        self.figures = figures
        lang = self.lang
        region = figures.region_text(lang)
        self.heading.setText(tr("%s, %s t/m %s") % (region[:1].upper() + region[1:],
                                                     format_date(figures.start),
                                                     format_date(figures.end)))
        keys = [f"{p.label(lang)}: {p.shown}" for p in figures.key_figures]
        keys.append(tr("Mediaan dagen van intake tot start: %s") % figures.median_shown(self.lang))
        self.key_line.setText(" · ".join(keys))
        self.key_line.setAccessibleName(tr("Kerncijfers"))
        self.sample_note.setVisible(figures.sample)
        for chart in self.charts:
            box = chart.parentWidget()
            if box is not None:
                box.deleteLater()
        self.charts = []
        for n, series in enumerate(figures.series):
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 8, 0, 8)
            title = QLabel(series.title(lang))
            theme.heading(title, 1.1)
            chart = BarChart()
            chart.set_series(series, lang)
            title.setBuddy(chart)
            column.addWidget(title)
            if series.note(lang):
                note = QLabel(series.note(lang))
                note.setWordWrap(True)
                note.setStyleSheet("color: palette(mid);")
                column.addWidget(note)
            column.addWidget(chart)
            self.body_layout.insertWidget(n, box)
            self.charts.append(chart)
        self.save_button.setEnabled(True)

    # -- saving ------------------------------------------------------------------------------------

    def default_name(self) -> str:
        f = self.figures
        if f is None:
            return "cijfers"
        region = f.region or "alle-regios"
        return f"cijfers-{region}-{f.start:%Y%m%d}-{f.end:%Y%m%d}"

    def save(self) -> None:
        from ..file_dialogs import confirm_saved, save_file_name

        figures = self.figures
        if figures is None:
            return
        filters = ";;".join((tr("PDF-rapport (*.pdf)"), tr("Excel-werkmap met grafieken (*.xlsx)"),
                             tr("CSV voor eigen rekenwerk (*.csv)")))
        chosen = save_file_name(self, tr("Cijfers opslaan"),
                                str(Path.home() / f"{self.default_name()}.pdf"), filters)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".pdf", ".xlsx", ".csv"):
            path = path.with_suffix(".pdf")
        def done(saved: Path | OSError) -> None:
            if isinstance(saved, OSError):
                from intake_desk.storage.errors import os_reason

                QMessageBox.warning(self, tr("Niet opgeslagen"),
                                    tr("%s kon niet worden opgeslagen: %s")
                                    % (path.name, os_reason(saved, self.lang)))
                return
            self.saved = saved
            confirm_saved(self, [saved])

        run_with_progress(self, self.runner, tr("Cijfers opslaan"), save_report, figures, path,
                          self.lang, on_done=done)
