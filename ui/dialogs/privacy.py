"""Privacy (issue 15): the menu with the AVG rights, the audit log's view and the retention check.

- Inzage (Ctrl+Shift+G): everything held on the candidate at the desk, written into a folder the
  advisor picks (`app.privacy.export_person`).
- Kandidaat wissen (Ctrl+Shift+Del): an erasure request, after a question that names the person
  (`app.candidates.delete_candidate`, which `intake-desk candidate delete` runs too).
- Logboek (Ctrl+Shift+J): who did what to which record, ids only; saved as CSV.
- Bewaartermijn controleren: the purge report; the same check runs shortly after the database opens
  and then daily, and shows the report only when someone is past the term. Nothing is deleted
  before the advisor confirms. Every job runs on the database thread.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..feedback import show_error
from ..file_dialogs import confirm_saved, existing_directory, save_file_name
from ..locale_format import format_date

if TYPE_CHECKING:
    from intake_desk.app.privacy import PurgeReport

    from ..main_window import MainWindow
    from ..runner import DbRunner

CHECK_AFTER_OPEN_MS = 5_000  # after the first page and the integrity check, not in their way
CHECK_EVERY_MS = 24 * 60 * 60 * 1000
AUDIT_ROWS = 5_000  # the newest; the CSV holds them all


def tr(text: str) -> str:
    return QCoreApplication.translate("Privacy", text)


def _action_words() -> dict[str, str]:
    # The log stores stable codes (ids only, the same in every language); the screen says them in
    # words. A code not listed here (a newer program wrote it) is shown as it is.
    return {
        "create": tr("aangemaakt"), "update": tr("gewijzigd"), "delete": tr("gewist"),
        "print": tr("afgedrukt"), "export": tr("opgeslagen of meegegeven"), "purge": tr("opgeschoond"),
        "import": tr("ingelezen"), "plan-version": tr("planversie opgeslagen"),
        "stage": tr("fase gewijzigd"), "stage-correction": tr("fase teruggezet"),
        "contact": tr("contact gehad"), "next-contact": tr("volgend contact gezet"),
        "merge-create": tr("uit beursbundel: nieuw"), "merge-update": tr("uit beursbundel: bijgewerkt"),
        "merge-delete": tr("uit beursbundel: gewist"), "gekoppeld": tr("gekoppeld"),
        "opnieuw-gekoppeld": tr("opnieuw gekoppeld"), "ontkoppeld": tr("ontkoppeld"),
    }


def _kind_words() -> dict[str, str]:
    return {"candidate": tr("kandidaat"), "plan": tr("plan"), "catalog": tr("catalogus"),
            "backups": tr("reservekopieën"), "installation": tr("computer"),
            "settings": tr("instellingen")}


class AuditDialog(QDialog):
    """The audit log, newest first: ids only, as stored; "Opslaan als CSV…" writes all of it."""

    COLUMNS = ("seq", "at", "action", "entity", "entity_id", "advisor_id", "detail")

    def __init__(self, runner: DbRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.setObjectName("auditDialog")
        self.setWindowTitle(tr("Logboek"))
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Wie deed wat met welk record: afdrukken, opslaan, delen, wissen. Alleen "
                          "nummers (id's), geen namen."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([tr("Nr."), tr("Tijd (UTC)"), tr("Actie"), tr("Soort"),
                                              tr("Id"), tr("Adviseur (id)"), tr("Toelichting")])
        self.table.setAccessibleName(tr("Logboek"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        self.status = QLabel(tr("Logboek lezen…"))
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(tr("&Opslaan als CSV…"))
        self.save_button.setObjectName("auditSaveCsv")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save_csv)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        from intake_desk.app.privacy import audit_log

        job = self.runner.submit(audit_log, AUDIT_ROWS)
        job.finished.connect(self.show_entries)
        job.failed.connect(lambda exc: show_error(self, exc, job.traceback_text))

    def show_entries(self, entries: list[dict[str, object]]) -> None:
        self.table.setRowCount(len(entries))
        words = {"action": _action_words(), "entity": _kind_words()}
        for row, entry in enumerate(entries):
            for col, key in enumerate(self.COLUMNS):
                value = entry.get(key)
                code = "" if value is None else str(value)
                item = QTableWidgetItem(words.get(key, {}).get(code, code))
                if key in words:
                    item.setToolTip(code)  # the stored code, as the CSV export has it
                self.table.setItem(row, col, item)
        self.status.setText(tr("1 regel.") if len(entries) == 1 else
                            tr("%d regels (de nieuwste eerst).") % len(entries))

    def save_csv(self) -> None:
        from intake_desk.app.privacy import write_audit_csv

        chosen = save_file_name(self, tr("Logboek opslaan"), "logboek.csv", tr("CSV-bestand (*.csv)"))
        if not chosen:
            return
        job = self.runner.submit(write_audit_csv, Path(chosen))
        owner = self.parentWidget()
        job.finished.connect(lambda path: confirm_saved(owner, [path]))
        job.finished.connect(lambda path: self.status.setText(tr("Opgeslagen: %s") % path))
        job.failed.connect(lambda exc: show_error(self, exc, job.traceback_text))


class PurgeDialog(QDialog):
    """The retention report: who is past the term (ticked; untick to keep someone for now) and
    which backups are older than the term. "Verwijderen" deletes what is ticked, nothing else."""

    def __init__(self, runner: DbRunner, report: PurgeReport, names: dict[str, str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.report = report
        self.setObjectName("purgeDialog")
        self.setWindowTitle(tr("Bewaartermijn"))
        self.resize(640, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Van deze kandidaten is de bewaartermijn voorbij. Zij worden gewist, met "
                          "alles wat over hen is opgeslagen. Haal het vinkje weg bij wie u nog even "
                          "wilt houden.") if report.items else
                       tr("Niemand is over de bewaartermijn."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.people = QListWidget()
        self.people.setAccessibleName(tr("Kandidaten over de bewaartermijn"))
        for item in report.items:
            last = format_date(item.last_contact) if item.last_contact else "-"
            entry = QListWidgetItem(tr("%s — laatste contact %s, termijn %d maanden") % (
                names.get(item.candidate_id, item.candidate_id), last, item.months))
            entry.setData(Qt.ItemDataRole.UserRole, item.candidate_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked)
            self.people.addItem(entry)
        layout.addWidget(self.people)
        backups = QLabel(tr("%d reservekopie(ën) ouder dan %d maanden worden ook verwijderd.")
                         % (len(report.old_backups), report.backup_months))
        backups.setWordWrap(True)
        backups.setVisible(bool(report.old_backups))
        layout.addWidget(backups)
        buttons = QDialogButtonBox()
        self.delete_button = QPushButton(tr("&Verwijderen"))
        self.delete_button.setObjectName("purgeConfirm")
        later = QPushButton(tr("&Niet nu"))
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(later, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        later.setDefault(True)  # nothing is deleted by pressing Enter
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        return [str(self.people.item(n).data(Qt.ItemDataRole.UserRole))
                for n in range(self.people.count())
                if self.people.item(n).checkState() == Qt.CheckState.Checked]


class PrivacyActions(QObject):
    """The menu's actions and the retention timer of one window (a child of it, so it lives as long)."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.setObjectName("privacyActions")
        self.window = window
        self.selected = ""
        self.asking = False
        window.candidate_selected.connect(self._select)
        self.timer = QTimer(window)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(lambda: self.check_retention(quiet=True))
        window.runner.opened.connect(self._opened)

    def _select(self, candidate_id: str) -> None:
        self.selected = candidate_id
        for action in (self.export_action, self.delete_action):
            action.setEnabled(bool(candidate_id))

    def _opened(self, error: object) -> None:
        if error is None:
            QTimer.singleShot(CHECK_AFTER_OPEN_MS, lambda: self.check_retention(quiet=True))
            self.timer.start()

    def menu(self) -> QMenu:
        window = self.window
        menu = QMenu(tr("&Privacy"), window)
        menu.setObjectName("privacyMenu")

        def act(text: str, keys: str, slot: Any) -> QAction:
            action = QAction(text, window)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _checked=False: slot())
            menu.addAction(action)
            return action

        self.export_action = act(tr("&Inzage: alles over deze kandidaat opslaan…"), "Ctrl+Shift+G",
                                 self.export_person)
        self.export_action.setObjectName("privacyExport")
        self.delete_action = act(tr("Kandidaat &wissen…"), "Ctrl+Shift+Del", self.delete_person)
        self.delete_action.setObjectName("privacyDelete")
        menu.addSeparator()
        act(tr("&Logboek…"), "Ctrl+Shift+J", self.show_audit).setObjectName("privacyAudit")
        act(tr("&Bewaartermijn controleren…"), "", lambda: self.check_retention(quiet=False)
            ).setObjectName("privacyRetention")
        self._select("")
        return menu

    # -- right of access -------------------------------------------------------------------------
    def export_person(self) -> None:
        from intake_desk.app.privacy import export_person

        if not self.selected:
            return
        folder = existing_directory(self.window, tr("Map voor de inzage kiezen"))
        if not folder:
            return
        job = self.window.runner.submit(export_person, self.selected, Path(folder))
        job.finished.connect(lambda result: confirm_saved(
            self.window, list(result[0].files),
            tr("Inzage opgeslagen in %s (%d bestanden).") % (result[0].folder, len(result[0].files))))
        job.failed.connect(lambda exc: show_error(self.window, exc, job.traceback_text))

    # -- erasure ---------------------------------------------------------------------------------
    def delete_person(self) -> None:
        from intake_desk.app.privacy import names

        if not self.selected:
            return
        cid = self.selected
        job = self.window.runner.submit(names, [cid])
        job.finished.connect(lambda found: self._confirm_delete(cid, found.get(cid, cid)))
        job.failed.connect(lambda exc: show_error(self.window, exc, job.traceback_text))

    def _confirm_delete(self, cid: str, name: str) -> None:
        from intake_desk.app.candidates import delete_candidate

        answer = QMessageBox.question(
            self.window, tr("Kandidaat wissen"),
            tr("%s en alles wat over deze persoon is opgeslagen wissen (intake, plannen, traject, "
               "toestemming)? Dit kan niet ongedaan worden gemaakt.") % name,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        job = self.window.runner.submit(delete_candidate, cid)
        job.finished.connect(lambda _changes: self._deleted(cid))
        job.failed.connect(lambda exc: show_error(self.window, exc, job.traceback_text))

    def _deleted(self, cid: str) -> None:
        if self.selected == cid:
            self.window.candidate_selected.emit("")
        self.window.statusBar().showMessage(tr("Kandidaat gewist."), 8000)

    # -- audit -----------------------------------------------------------------------------------
    def show_audit(self) -> None:
        dialog = self.window.findChild(AuditDialog)
        if not isinstance(dialog, AuditDialog):
            dialog = AuditDialog(self.window.runner, self.window)
        else:
            dialog.load()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    # -- retention -------------------------------------------------------------------------------
    def check_retention(self, quiet: bool) -> None:
        """Read the report off the GUI thread; show it when someone is due (or when asked)."""
        from intake_desk.app.privacy import purge_report_named

        if self.asking or not self.window.db_open:
            return
        job = self.window.runner.submit(purge_report_named, date.today())
        job.finished.connect(lambda found: self._report(found, quiet))
        if not quiet:
            job.failed.connect(lambda exc: show_error(self.window, exc, job.traceback_text))

    def _report(self, found: tuple[PurgeReport, dict[str, str]], quiet: bool) -> None:
        from intake_desk.app.privacy import purge

        report, names = found
        if report.empty and quiet:
            return
        self.asking = True
        try:
            dialog = PurgeDialog(self.window.runner, report, names, self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            chosen = dialog.chosen()
        finally:
            self.asking = False
        if not chosen and not report.old_backups:
            return
        job = self.window.runner.submit(purge, chosen, report.today)
        job.finished.connect(lambda result: self.window.statusBar().showMessage(
            tr("Bewaartermijn: %d kandidaat/kandidaten gewist, %d reservekopie(ën) verwijderd.")
            % (len(result[0].purged), len(result[0].backups_removed)), 15_000))
        job.failed.connect(lambda exc: show_error(self.window, exc, job.traceback_text))


def install_privacy_menu(window: MainWindow) -> QMenu:
    """Privacy (before Help): inzage, wissen, logboek, bewaartermijn; and the daily retention check."""
    menu = PrivacyActions(window).menu()
    window.menuBar().insertMenu(window.help_menu.menuAction(), menu)
    return menu
