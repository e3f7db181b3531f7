"""The plan panel: preview of the selected candidate's printed plan, print, save as PDF, language.

The PDF is rendered on the database worker (never on the GUI thread) and shown with QtPdf's QPdfView,
loaded from the bytes through a QBuffer. Printing paints the same pages onto a QPrinter, so what the
advisor sees is what comes out of the printer.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Signal
from PySide6.QtGui import QAction, QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..feedback import is_known, show_error
from ..file_dialogs import confirm_saved
from ..runner import DbRunner
from .flow_layout import FlowLayout

if TYPE_CHECKING:
    from sqlite_utils import Database

PRINT_DPI = 200  # sharp on paper, and fast enough to print a two-page plan in well under a second


class NoPlanConsent(Exception):
    """The candidate has not (yet) given consent for a plan; the panel says which boxes to tick."""

    def __init__(self, name: str):
        super().__init__(name)
        self.name = name


def plan_file(db: Database, candidate_id: str, lang: str | None = None) -> tuple[str, bytes]:
    """Runs on the database thread, which is also where ReportLab is first imported: importing it with
    this module would cost the GUI thread about 120 ms while the window is being built."""
    from intake_desk.app.desk import stored_candidate
    from intake_desk.app.plans import plan_file as render
    from intake_desk.domain import ConsentPurpose

    _meta, record = stored_candidate(db, candidate_id)
    if not record.intake.consent.allows(ConsentPurpose.PLAN):
        raise NoPlanConsent(record.candidate.name.display)
    return render(db, candidate_id, lang)


def no_consent_text(name: str) -> str:
    """The refusal names the boxes that give consent, where they are, and how to get there."""
    from .intake_form import SECTIONS

    return tr("%s heeft nog geen toestemming gegeven voor een plan. Vraag het de kandidaat. Is het "
              "akkoord: zet bij Toestemming (Alt+%d) de vinkjes “Toestemming gegeven” en “Plan maken” "
              "aan en sla op (Ctrl+S). In de beursmodus geeft het vinkje “Toestemming om contact op "
              "te nemen en te adviseren” die toestemming.") % (name, SECTIONS.index("consent") + 1)


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanPanel", text)


def language_box() -> QComboBox:
    box = QComboBox()
    box.addItem(tr("Taal van het plan"), None)
    box.addItem(tr("Nederlands"), "nl")
    box.addItem(tr("Engels"), "en")
    box.setToolTip(tr("In welke taal het plan wordt afgedrukt"))
    box.setAccessibleName(tr("Taal van het plan"))
    return box


def pdf_document(data: bytes, parent: Any = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument reading from `data`; keep the returned buffer alive as long as the document."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document, buffer


def print_pdfs(printer: QPrinter, pdfs: list[bytes]) -> int:
    """Paint every page of every PDF onto the printer; returns the number of pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(tr("De printer kon niet worden gestart."))
    pages = 0
    try:
        for data in pdfs:
            document, buffer = pdf_document(data)
            for n in range(document.pageCount()):
                if pages:
                    printer.newPage()
                size = document.pagePointSize(n)
                target = QSize(int(size.width() * PRINT_DPI / 72), int(size.height() * PRINT_DPI / 72))
                image = QImage(target, QImage.Format.Format_ARGB32)
                image.fill(QColor("white"))
                page = document.render(n, target)
                p = QPainter(image)  # render() gives a transparent page: put it on white paper
                p.drawImage(0, 0, page)
                p.end()
                rect = printer.pageRect(QPrinter.Unit.DevicePixel)
                painter.drawImage(QRectF(0, 0, rect.width(), rect.height()), image)
                pages += 1
            document.close()
            buffer.close()
    finally:
        painter.end()
    return pages


def has_printers() -> bool:
    return bool(QPrinterInfo.availablePrinterNames())


def save_pdfs_dialog(parent: QWidget, files: list[tuple[str, bytes]]) -> list[Path]:
    """Ask where to save; one file gets a file dialog, several a folder dialog. The dialogs speak the
    interface's language (ui/file_dialogs.py); what was saved is confirmed by name."""
    from ..file_dialogs import existing_directory, save_file_name

    if not files:
        return []
    if len(files) == 1:
        name, data = files[0]
        target = save_file_name(parent, tr("Plan opslaan als PDF"), str(Path.home() / name),
                                tr("PDF-bestanden (*.pdf)"))
        if not target:
            return []
        paths = [Path(target)]
        if not paths[0].suffix:
            paths = [paths[0].with_suffix(".pdf")]
    else:
        folder = existing_directory(parent, tr("Map voor de plannen"), str(Path.home()))
        if not folder:
            return []
        paths = [Path(folder) / name for name, _ in files]
    try:
        for path, (_, data) in zip(paths, files, strict=True):
            path.write_bytes(data)
    except OSError as exc:
        from intake_desk.storage.errors import os_reason

        from ..locale_format import ui_language

        QMessageBox.warning(parent, tr("Niet opgeslagen"),
                            tr("Het bestand kon niet worden opgeslagen: %s") % os_reason(exc, ui_language()))
        return []
    confirm_saved(parent, paths, saved_text(paths))
    return paths


def saved_text(paths: list[Path]) -> str:
    if len(paths) == 1:
        return tr("Plan opgeslagen: %s (in %s)") % (paths[0].name, paths[0].parent)
    return tr("%d plannen opgeslagen in %s") % (len(paths), paths[0].parent)



def print_or_save(parent: QWidget, files: list[tuple[str, bytes]]) -> bool:
    """The system print dialog; without any printer, offer to save as PDF instead."""
    if not files:
        return False
    if not has_printers():
        answer = QMessageBox.question(
            parent, tr("Geen printer gevonden"),
            tr("Er is geen printer ingesteld op deze computer. Wilt u het plan opslaan als PDF? "
               "Dat bestand kunt u later afdrukken."))
        if answer == QMessageBox.StandardButton.Yes:
            return bool(save_pdfs_dialog(parent, files))
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(files[0][0])
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Plan afdrukken"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    try:
        print_pdfs(printer, [data for _, data in files])
    except OSError as exc:
        QMessageBox.warning(parent, tr("Niet afgedrukt"), str(exc))
        return False
    return True


class PlanPanel(QWidget):
    """Shows the plan of the candidate the list selects; `show_candidate("")` clears it."""

    rendered = Signal()  # a plan is loaded in the preview
    unavailable = Signal(str)  # why there is no plan to show (no plan yet, no consent)

    def __init__(self, runner: DbRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.candidate_id = ""
        self.file_name = ""
        self.data = b""
        self._request = 0
        self.language = language_box()
        self.print_button = QPushButton(tr("Afdrukken…"))
        # Ctrl+P is the window's "Plan afdrukken" (main_window.print_plan), which also works while
        # this dock lies under the Leerroutes dock; a second Ctrl+P here would make the key ambiguous.
        self.print_button.setToolTip("Ctrl+P")
        self.save_button = QPushButton(tr("Opslaan als PDF…"))
        self.status = QLabel(tr("Kies een kandidaat om het plan te zien."))
        self.status.setWordWrap(True)
        self.saved_note = QLabel()  # "Plan opgeslagen: <file>" after saving as PDF
        self.saved_note.setWordWrap(True)
        self.saved_note.setObjectName("savedNote")
        self.saved_note.hide()
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(tr("Voorbeeld van het plan"))
        self._buffer: QBuffer | None = None
        # The controls wrap onto a second row when the dock is narrow or the text large (200%).
        controls = QWidget()
        self.controls = controls
        bar = FlowLayout(controls)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(QLabel(tr("Taal:")))
        bar.addWidget(self.language)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(controls)
        layout.addWidget(self.status)
        layout.addWidget(self.saved_note)
        layout.addWidget(self.view, 1)
        layout.addStretch(0)  # keeps the message at the top while there is no page to show
        # No fixed minimum: the controls wrap and the page is fitted to the width, so the dock can give
        # way beside the desk on a 1366-pixel laptop at 200% text (issue 12).
        self.language.currentIndexChanged.connect(lambda _i: self.refresh())
        self.print_button.clicked.connect(self.print_plan)
        self.save_button.clicked.connect(self.save_plan)
        self.document.statusChanged.connect(self._on_status)
        runner.changed.connect(self._on_changed)
        self._set_enabled(False)

    def _set_enabled(self, on: bool) -> None:
        """Until there is a plan the panel is only its message: an empty grey page and buttons that
        cannot be pressed say nothing about what to do (issue 12)."""
        self.print_button.setEnabled(on)
        self.save_button.setEnabled(on)
        self.controls.setVisible(on)
        self.view.setVisible(on)

    def show_candidate(self, candidate_id: str) -> None:
        if candidate_id != self.candidate_id:
            self.saved_note.hide()
        self.candidate_id = candidate_id
        self.refresh()

    def refresh(self) -> None:
        self._request += 1
        request = self._request
        if not self.candidate_id:
            self._clear(tr("Kies een kandidaat om het plan te zien."))
            return
        self.status.setText(tr("Plan maken…"))
        job = self.runner.submit(plan_file, self.candidate_id, self.language.currentData())
        job.finished.connect(lambda result: self._loaded(request, result))
        job.failed.connect(lambda exc: self._failed(request, exc, job.traceback_text))

    def _on_changed(self, changes: Any) -> None:
        if self.candidate_id and (self.candidate_id in changes.plans
                                  or self.candidate_id in changes.candidates or changes.settings):
            self.refresh()

    def _clear(self, message: str) -> None:
        self.saved_note.hide()
        self.data, self.file_name = b"", ""
        self.document.close()
        self._buffer = None
        self.status.setText(message)
        self.status.show()
        self._set_enabled(False)

    def _loaded(self, request: int, result: tuple[str, bytes]) -> None:
        if request != self._request:
            return  # the advisor has moved on to another candidate or language
        self.show_pdf(*result)

    def show_pdf(self, file_name: str, data: bytes) -> None:
        """Preview these PDF bytes (also used by screenshots and demos)."""
        self.file_name, self.data = file_name, data
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self.data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() == QPdfDocument.Status.Ready:
            self._on_status(QPdfDocument.Status.Ready)

    def _on_status(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready and self.data:
            self.status.hide()
            self._set_enabled(True)
            self.rendered.emit()
        elif status == QPdfDocument.Status.Error:
            self._clear(tr("Het plan kon niet worden getoond."))

    def _failed(self, request: int, exc: BaseException, trace: str) -> None:
        if request != self._request:
            return
        if isinstance(exc, NoPlanConsent):
            text = no_consent_text(exc.name)
            self._clear(text)
            self.unavailable.emit(text)
            return
        if is_known(exc):
            self._clear(str(exc))
            self.unavailable.emit(str(exc))
            return
        self._clear(tr("Het plan kon niet worden gemaakt."))
        show_error(self, exc, trace)

    def print_plan(self) -> bool:
        done = print_or_save(self, [(self.file_name, self.data)]) if self.data else False
        if done:
            self._log_output("print")
        return done

    def _log_output(self, action: str) -> None:
        """The audit log's print/export line (issue 15, ids only), on the database thread."""
        from intake_desk.app.privacy import record_output

        self.runner.submit(record_output, self.candidate_id, action)

    def save_plan(self) -> list[Path]:
        paths = save_pdfs_dialog(self, [(self.file_name, self.data)]) if self.data else []
        if paths:
            self._log_output("export")
            self.saved_note.setText(saved_text(paths))
            self.saved_note.show()
        return paths


def install_plan(window: Any) -> PlanPanel:
    """Add the plan dock and the day-batch action to the main window (one call from main_window)."""
    panel = PlanPanel(window.runner)
    window.plan_panel = panel
    window.plan_dock = window.add_dock(panel, tr("Plan"), "plan")
    window.candidate_selected.connect(panel.show_candidate)
    file_menu = window.menuBar().actions()[0].menu()
    action = QAction(tr("Plannen van een dag afdrukken…"), window)
    # Above Afsluiten: the last entry of a file menu is the one that ends the program.
    file_menu.insertAction(window.quit_separator, action)
    action.setObjectName("plan_batch_action")
    action.triggered.connect(lambda: open_plan_batch(window))
    window.plan_batch_action = action
    return panel


def open_plan_batch(window: Any) -> None:
    # Imported when asked for: the dialog brings ReportLab, which the window's start does not need.
    from ..dialogs.plan_batch import PlanBatchDialog

    PlanBatchDialog(window.runner, window).exec()
