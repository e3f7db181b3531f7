"""Print or save the plans of one intake day (a job fair, a desk day), with progress and cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from intake_desk.app.plans import day_pdfs, save_day

from ..feedback import run_with_progress
from ..locale_format import date_edit_format, format_date, ui_locale
from ..runner import DbRunner, Job
from ..views.plan_panel import language_box, print_or_save


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanBatchDialog", text)


class PlanBatchDialog(QDialog):
    # list[Path] when saved, the number of plans when printed. The name hides QDialog.done(int) for
    # Python callers only (accept/reject call the C++ one); kept because tests wait on it.
    done = Signal(object)  # type: ignore[assignment]

    def __init__(self, runner: DbRunner, parent: QWidget | None = None,
                 day: date | None = None):
        super().__init__(parent)
        self.runner = runner
        self.job: Job | None = None
        self.setWindowTitle(tr("Plannen van een dag"))
        self.day = QDateEdit(QDate.currentDate() if day is None else QDate(day.year, day.month,
                                                                            day.day))
        self.day.setCalendarPopup(True)
        self.day.setLocale(ui_locale())  # month names in the calendar follow the UI, not the system
        self.day.setDisplayFormat(date_edit_format())
        self.language = language_box()
        self.to_printer = QRadioButton(tr("Afdrukken"))
        self.to_folder = QRadioButton(tr("Opslaan als PDF's in een map"))
        self.to_printer.setChecked(True)
        form = QFormLayout()
        form.addRow(tr("Intakedag:"), self.day)
        form.addRow(tr("Taal:"), self.language)
        form.addRow(tr("Wat:"), self.to_printer)
        form.addRow("", self.to_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Starten"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuleren"))
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def selected_day(self) -> date:
        d = self.day.date()
        return date(d.year(), d.month(), d.day())

    def start(self, out_dir: Path | None = None) -> Job | None:
        day, lang = self.selected_day(), self.language.currentData()
        title = tr("Plannen van %s") % format_date(day)
        if self.to_folder.isChecked():
            if out_dir is None:
                from ..file_dialogs import existing_directory

                folder = existing_directory(self, tr("Map voor de plannen"), str(Path.home()))
                if not folder:
                    return None
                out_dir = Path(folder)
            self.job = run_with_progress(self, self.runner, title, save_day, day, out_dir, lang,
                                         on_done=self._saved)
        else:
            self.job = run_with_progress(self, self.runner, title, day_pdfs, day, lang,
                                         on_done=self._print)
        return self.job

    def _none_found(self) -> None:
        QMessageBox.information(self, self.windowTitle(),
                                tr("Er zijn geen plannen van kandidaten met een intake op die dag."))

    def _saved(self, paths: list[Path]) -> None:
        if not paths:
            self._none_found()
        else:
            from ..file_dialogs import confirm_saved

            confirm_saved(self, paths)
        self.done.emit(paths)
        if paths:
            self.accept()

    def _print(self, files: list[tuple[str, bytes]]) -> None:
        if not files:
            self._none_found()
            self.done.emit(0)
            return
        printed: Any = print_or_save(self, files)
        self.done.emit(len(files) if printed else 0)
        if printed:
            self.accept()
