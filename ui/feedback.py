"""How the GUI tells the advisor what happened: known errors, bugs, and progress for long jobs.

Known errors (StorageError, refused input) get a plain Dutch message and keep what was typed; anything
else is a bug: it is logged with its trace and shown in a report dialog the advisor can copy.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from .runner import DbRunner, Job

log = logging.getLogger(__name__)

# A progress dialog that flashes up for a fast job is noise (Anki, Orange): wait this long first.
PROGRESS_DELAY_MS = 500


def tr(text: str) -> str:
    return QCoreApplication.translate("feedback", text)


def is_known(exc: BaseException) -> bool:
    # Imported here: views import this module at the first frame, which waits for neither the
    # domain's codec nor the storage package.
    from intake_desk.domain.codec import DecodeError
    from intake_desk.storage.errors import StorageError

    return isinstance(exc, StorageError | DecodeError)


def show_error(parent: QWidget | None, exc: BaseException, trace: str = "") -> None:
    if is_known(exc):
        QMessageBox.warning(parent, tr("Niet gelukt"), str(exc))
        return
    log.error("unexpected error: %s\n%s", type(exc).__name__, trace)
    box = QMessageBox(QMessageBox.Icon.Critical, tr("Programmafout"),
                      tr("Er ging iets mis in Intake Desk. Uw gegevens zijn niet gewijzigd. "
                         "Stuur de details hieronder naar de beheerder."), parent=parent)
    box.setDetailedText(f"{type(exc).__name__}: {exc}\n\n{trace}")
    box.exec()


def run_with_progress(parent: QWidget, runner: DbRunner, title: str, fn: Callable[..., Any],
                      *args: Any, on_done: Callable[[Any], None] | None = None,
                      refusal: Callable[[BaseException], str | None] | None = None,
                      on_refused: Callable[[str], None] | None = None, **kwargs: Any) -> Job:
    """Run a long job on the database thread with a delayed, cancellable progress dialog.

    With `on_refused`, a dialog says what went wrong in its own words instead of a pop-up: a failure
    that `refusal` words (a known refusal) and a cancel go there; a bug still gets the report."""
    job = runner.submit(fn, *args, progress=True, **kwargs)
    dialog = QProgressDialog(title, tr("Annuleren"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.hide()
    timer = QTimer(dialog)
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: None if job.done else dialog.show())
    timer.start(PROGRESS_DELAY_MS)
    dialog.canceled.connect(job.cancel)

    def progressed(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(done)
        if message:
            dialog.setLabelText(message)

    def finish() -> None:
        timer.stop()
        dialog.hide()
        dialog.deleteLater()

    def finished(result: Any) -> None:
        finish()
        if on_done:
            on_done(result)

    def failed(exc: Exception) -> None:
        finish()
        text = refusal(exc) if refusal is not None and on_refused is not None else None
        if text is not None and on_refused is not None:
            on_refused(text)
            return
        show_error(parent, exc, job.traceback_text)

    def cancelled() -> None:
        finish()
        if on_refused is not None:
            on_refused(tr("Afgebroken; er is niets gewijzigd."))
            return
        QMessageBox.information(parent, title, tr("Afgebroken; er is niets gewijzigd."))

    job.progressed.connect(progressed)
    job.finished.connect(finished)
    job.failed.connect(failed)
    job.cancelled.connect(cancelled)
    return job
