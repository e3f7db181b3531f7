"""The "this person may already be here" banner, shared by the full and the quick intake.

The check itself is `intake_desk.app.desk.find_duplicates` (same birth date, similar name), run on the
database thread. The banner names the stored record and offers to open it; saving again saves as new anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ..locale_format import format_date
from ..runner import DbRunner
from .flow_layout import FlowLayout

if TYPE_CHECKING:
    from intake_desk.domain import Candidate
    from intake_desk.duplicates import PossibleDuplicate


def tr(text: str) -> str:
    return QCoreApplication.translate("IntakeForm", text)


class DuplicateBanner(QWidget):
    open_requested = Signal(str)  # the stored candidate's id
    save_anyway = Signal()
    shown = Signal()  # a possible duplicate is on screen; nothing was saved

    def __init__(self, save_anyway_text: str, parent: QWidget | None = None, *, focus_open: bool = False):
        super().__init__(parent)
        self.focus_open = focus_open
        self.setObjectName("DuplicateBanner")
        self.candidate_id = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        self.setStyleSheet("background: #fff3cd; color: #5c4400;")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(tr("Mogelijke dubbele inschrijving"))
        self.open_button = QPushButton(tr("Die kandidaat openen"))
        self.save_button = QPushButton(save_anyway_text)
        row.addWidget(self.text, 1)
        # The buttons wrap under each other rather than widen the form (long translations, large text).
        choices = QWidget()
        flow = FlowLayout(choices)
        flow.addWidget(self.open_button)
        flow.addWidget(self.save_button)
        row.addWidget(choices)
        self.open_button.clicked.connect(self._open)
        self.save_button.clicked.connect(self._save)
        self.hide()

    def check(self, runner: DbRunner, candidate: Candidate, store: Callable[[], None],
              failed: Callable[[BaseException, str], None]) -> None:
        """Look for a possible duplicate of `candidate`: show it, or call `store` when there is none."""
        from intake_desk.app.desk import find_duplicates

        job = runner.submit(find_duplicates, candidate)

        def done(found: list[PossibleDuplicate]) -> None:
            if found:
                self.show_found(found)
            else:
                store()

        job.finished.connect(done)
        job.failed.connect(lambda exc: failed(exc, job.traceback_text))

    def show_found(self, found: list[PossibleDuplicate]) -> None:
        best = found[0].row
        self.candidate_id = best.id
        self.text.setText(tr("Mogelijk staat deze persoon er al in: %s, geboren %s, %s.")
                          % (best.formal_name, format_date(best.birth_date), best.town or "—"))
        self.show()
        if self.focus_open:
            self.open_button.setFocus()
        self.shown.emit()

    def _open(self) -> None:
        self.hide()
        self.open_requested.emit(self.candidate_id)

    def _save(self) -> None:
        self.hide()
        self.save_anyway.emit()
