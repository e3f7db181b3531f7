"""The catalog import dialog: choose a file, see the validation report, only then import.

"Controleren" reads and checks the file on the database thread and shows every problem (row, column,
value, what is wrong); nothing is written. "Importeren" is enabled when the file is clean, or when the
advisor ticks "alleen goede rijen". The import checks the file again (it may have changed), takes a
backup and writes everything in one transaction; a cancel leaves the catalog as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_desk.app.catalog import check_catalog, check_demand, import_catalog, import_demand
from intake_desk.catalog.report import ImportReport
from intake_desk.domain.changes import Changes

from ..feedback import run_with_progress
from ..runner import DbRunner


def tr(text: str) -> str:
    return QCoreApplication.translate("CatalogImportDialog", text)


class CatalogImportDialog(QDialog):
    checked = Signal(object)  # ImportReport of the check
    imported = Signal(object)  # ImportReport of the import

    def __init__(self, runner: DbRunner, parent: QWidget | None = None, demand: bool = False):
        super().__init__(parent)
        self.runner = runner
        self.demand = demand
        self.setObjectName("CatalogImportDialog")
        self.setWindowTitle(tr("Vraagcijfers importeren") if demand else tr("Catalogus importeren"))
        # Room for a report line of about 100 characters and 25 lines, in whatever font size is set.
        metrics = self.fontMetrics()
        self.resize(max(820, metrics.averageCharWidth() * 100), max(560, metrics.height() * 30))
        self.path = QLineEdit()
        self.path.setPlaceholderText(tr("CSV, Excel (.xlsx) of JSON"))
        browse = QPushButton(tr("Bladeren…"))
        browse.clicked.connect(self._browse)
        self.check_button = QPushButton(tr("&Controleren"))
        self.check_button.clicked.connect(self.check)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Bestand:")))
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        row.addWidget(self.check_button)
        self.summary = QLabel(tr("Kies een bestand en klik op Controleren. Er wordt dan nog niets "
                                 "geïmporteerd."))
        self.summary.setWordWrap(True)
        self.report_text = QPlainTextEdit()
        self.report_text.setReadOnly(True)
        self.report_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.valid_only = QCheckBox(tr("Alleen de goede rijen importeren (foute rijen overslaan)"))
        self.valid_only.toggled.connect(lambda _on: self._update_buttons())
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(tr("&Importeren"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.report_text, 1)
        layout.addWidget(self.valid_only)
        layout.addWidget(self.buttons)
        self.report: ImportReport | None = None
        self.path.textChanged.connect(lambda _t: self._forget())
        self._update_buttons()

    def set_path(self, path: str | Path) -> None:
        self.path.setText(str(path))

    def _browse(self) -> None:
        from ..file_dialogs import open_file_name

        path = open_file_name(self, tr("Bestand kiezen"), "",
                              tr("Catalogus (*.csv *.xlsx *.json);;Alle bestanden (*)"))
        if path:
            self.set_path(path)
            self.check()

    def _forget(self) -> None:
        self.report = None
        self.report_text.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        r = self.report
        usable = r is not None and not any(i.row == 0 for i in r.errors) and (
            r.ok or (self.valid_only.isChecked() and r.rows > r.rows_skipped))
        self.import_button.setEnabled(bool(usable))
        self.check_button.setEnabled(bool(self.path.text().strip()))
        self.valid_only.setEnabled(r is not None and not r.ok)

    def check(self) -> None:
        path = self.path.text().strip()
        if not path:
            return
        self.summary.setText(tr("Bezig met controleren…"))
        run_with_progress(self, self.runner, tr("Bestand controleren"),
                          check_demand if self.demand else check_catalog, path,
                          on_done=self._show_report)

    def _show_report(self, report: ImportReport) -> None:
        self.report = report
        if report.ok:
            head = tr("Het bestand is in orde. Klik op Importeren om het over te nemen.")
        else:
            head = tr("Het bestand heeft fouten; er is niets geïmporteerd. Verbeter de genoemde rijen "
                      "en kolommen, of importeer alleen de goede rijen.")
        self.summary.setText(head)
        self.report_text.setPlainText(report.text(limit=1000))
        self._update_buttons()
        self.checked.emit(report)

    def run_import(self) -> None:
        path = self.path.text().strip()
        fn = import_demand if self.demand else import_catalog
        run_with_progress(self, self.runner, tr("Importeren"), fn, path,
                          valid_only=self.valid_only.isChecked(), on_done=self._imported)

    def _imported(self, result: tuple[ImportReport, Changes]) -> None:
        report, _changes = result
        self.report = report
        self.report_text.setPlainText(report.text(limit=1000))
        if report.written:
            self.summary.setText(tr("Geïmporteerd. Er is eerst een reservekopie gemaakt."))
        elif report.ok:
            self.summary.setText(tr("Niets te doen: de catalogus bevat deze gegevens al."))
        else:
            self.summary.setText(tr("Niet geïmporteerd: het bestand heeft (nu) fouten."))
        self._update_buttons()
        self.imported.emit(report)
