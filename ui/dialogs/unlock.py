"""The encrypted desk (issue 15): first-start passphrase, unlock screen, idle lock, recovery key,
encrypting a plain database.

- A new database: before the window, the welcome asks a passphrase twice and shows the recovery key
  once (`prepare_database`, `SetUpDialog`); "Zonder versleuteling (niet aanbevolen)" makes it plain.

- At start, an encrypted database whose key is not known yet (not in INTAKE_DESK_PASSPHRASE or the OS
  keyring) fails to open with DatabaseLocked; the window then asks the passphrase here (`ask_passphrase`)
  and opens the database once it fits.
- The idle lock (default after 10 minutes without a key or mouse press; the setting
  `lock_after_minutes`) and Bestand > Vergrendelen (Ctrl+L): the forms' drafts are saved (drafts live in
  the database, so they are encrypted too), the database thread closes its connection and drops the
  key, a cover hides the window's content and the unlock screen asks the passphrase or the recovery
  key. What was typed stays in the forms; the views are not reloaded (`DbRunner.reopen`).
- While a database is plain, the status bar says so in red, and Bestand > Versleutelen… encrypts it.

The passphrase's slow KDF (~0.4 s) runs on the database thread, never on the GUI thread. A wrong
passphrase is a message under the field, never a traceback; the field is emptied for the next try.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from concurrent.futures import Future

    from ..main_window import MainWindow
    from ..runner import DbRunner

log = logging.getLogger(__name__)
MIN_LENGTH = 8  # a passphrase of a few words is strong and easy to remember; the core refuses empty
ERROR_COLOUR = "#b91c1c"


def tr(text: str) -> str:
    return QCoreApplication.translate("UnlockDialog", text)


def _message(exc: BaseException) -> str:
    """A known error's text in the interface language."""
    from ..locale_format import ui_language

    text_en = getattr(exc, "text_en", "")
    return text_en if ui_language() == "en" and text_en else str(exc)


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.hide()
    return label


def _password_edit(name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible)
    edit.setMinimumWidth(edit.fontMetrics().averageCharWidth() * 36)
    return edit


class PassphrasePair(QWidget):
    """A new passphrase typed twice, with the reason under the field when it is refused; optionally
    the choice to go without encryption (not recommended, with a visible warning)."""

    def __init__(self, parent: QWidget | None = None, *, allow_plain: bool = False):
        super().__init__(parent)
        self._allow_plain = allow_plain
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.first = _password_edit("passphrase", tr("Wachtwoordzin"))
        self.first.setPlaceholderText(tr("Bijvoorbeeld: fiets over de dijk naar Zwolle"))
        self.second = _password_edit("passphrase_again", tr("Wachtwoordzin herhalen"))
        self.error = _error_label()
        first_label = QLabel(tr("&Wachtwoordzin:"))
        first_label.setBuddy(self.first)
        second_label = QLabel(tr("&Herhalen:"))
        second_label.setBuddy(self.second)
        form.addRow(first_label, self.first)
        form.addRow(second_label, self.second)
        form.addRow(self.error)
        self.plain = QCheckBox(tr("&Zonder versleuteling (niet aanbevolen)"))
        self.plain.setObjectName("without_encryption")
        self.plain_warning = _error_label()
        self.plain_warning.setText(tr(
            "Zonder versleuteling kan iedereen die de laptop of een reservekopie in handen krijgt "
            "de gegevens van kandidaten lezen. U kunt later alsnog versleutelen via Bestand > "
            "Versleutelen."))
        if allow_plain:
            form.addRow(self.plain)
            form.addRow(self.plain_warning)
            self.plain.toggled.connect(self._plain_toggled)
        else:
            self.plain.hide()
        for edit in (self.first, self.second):
            edit.textEdited.connect(lambda _t: self.show_problem(""))

    def _plain_toggled(self, plain: bool) -> None:
        self.first.setEnabled(not plain)
        self.second.setEnabled(not plain)
        self.plain_warning.setVisible(plain)
        self.show_problem("")

    def show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.first.setAccessibleDescription(text)

    def without_encryption(self) -> bool:
        return self._allow_plain and self.plain.isChecked()

    def chosen(self) -> str | None:
        """The passphrase, or None after naming what is wrong (the field gets the focus)."""
        first, second = self.first.text(), self.second.text()
        problem = ""
        if not first.strip():
            problem = tr("Wachtwoordzin: vul een wachtwoordzin in; een lege wordt niet geaccepteerd.")
        elif len(first) < MIN_LENGTH:
            problem = tr("Wachtwoordzin: gebruik minstens %d tekens. Een zin van een paar woorden is "
                         "sterk en goed te onthouden.") % MIN_LENGTH
        elif first != second:
            problem = tr("Herhalen: de twee wachtwoordzinnen zijn niet gelijk.")
            self.second.clear()
            self.show_problem(problem)
            self.second.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        if problem:
            self.show_problem(problem)
            self.first.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        return first


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once: in groups of four to read aloud, to print or save as PDF; the
    advisor confirms it was kept before going on."""

    def __init__(self, recovery: str, database: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("RecoveryKeyDialog")
        self.setWindowTitle(tr("Uw herstelsleutel"))
        self.recovery, self.database = recovery, database
        layout = QVBoxLayout(self)
        intro = QLabel(tr(
            "Met deze herstelsleutel opent u de database als u de wachtwoordzin vergeet. Hij wordt "
            "maar één keer getoond. Druk hem af of schrijf hem op, en bewaar het papier apart van de "
            "laptop. Zonder wachtwoordzin én zonder herstelsleutel kan niemand de gegevens nog "
            "openen, ook de beheerder niet."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key_label = QLabel("  ".join(recovery.split("-")))
        self.key_label.setObjectName("recovery_key")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.4 if font.pointSizeF() > 0 else 14)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(tr("Herstelsleutel"))
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.key_label)
        self.print_button = QPushButton(tr("&Afdrukken of opslaan als PDF…"))
        self.print_button.setShortcut(QKeySequence("Ctrl+P"))
        self.print_button.clicked.connect(self.print_key)
        layout.addWidget(self.print_button)
        self.kept = QCheckBox(tr("&Ik heb de herstelsleutel bewaard"))
        self.kept.setObjectName("recovery_kept")
        layout.addWidget(self.kept)
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(tr("&Verder"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setEnabled(False)
        self.kept.toggled.connect(self.ok.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
        self.kept.setFocus()

    def reject(self) -> None:
        """Escape does not skip the key: it is never shown again."""

    def print_key(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo

        from ..file_dialogs import save_file_name

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrinterInfo.availablePrinters():
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return
        else:  # no printer (offscreen, no CUPS): a PDF, to print elsewhere
            name = save_file_name(self, tr("Herstelsleutel opslaan als PDF"),
                                  "herstelsleutel-intake-desk.pdf", "PDF (*.pdf)")
            if not name:
                return
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(name)
        document = QTextDocument()
        groups = " &nbsp; ".join(self.recovery.split("-"))
        document.setHtml(
            "<h2>" + tr("Herstelsleutel Intake Desk") + "</h2>"
            f"<p style='font-family: monospace; font-size: 20pt'>{groups}</p>"
            "<p>" + tr("Database: %s") % _escape(self.database) + "</p>"
            "<p>" + tr("Typ deze sleutel in plaats van de wachtwoordzin als u die vergeten bent. "
                       "Bewaar dit papier op een veilige plek, niet bij de laptop. Gooi een "
                       "opgeslagen PDF weg zodra hij is afgedrukt.") + "</p>")
        document.print_(printer)


def _escape(text: str) -> str:
    from html import escape

    return escape(text)


class UnlockDialog(QDialog):
    """Asks the passphrase or the recovery key; the KDF runs on the database thread."""

    unlocked = Signal()

    def __init__(self, runner: DbRunner, parent: QWidget | None = None, *, locked: bool = True):
        super().__init__(parent)
        self.setObjectName("UnlockDialog")
        self.runner = runner
        self.setWindowTitle(tr("Intake Desk is vergrendeld") if locked
                            else tr("Database ontgrendelen"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr("Intake Desk is vergrendeld (met Ctrl+L, of na een tijd zonder werk). Typ uw "
               "wachtwoordzin om verder te werken; wat u had getypt, staat er nog.") if locked else
            tr("De database %s is versleuteld. Typ uw wachtwoordzin om hem te openen.")
            % runner.shown_name)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.passphrase = _password_edit("unlock_passphrase", tr("Wachtwoordzin"))
        label = QLabel(tr("&Wachtwoordzin:"))
        label.setBuddy(self.passphrase)
        form.addRow(label, self.passphrase)
        layout.addLayout(form)
        hint = QLabel(tr("Vergeten? Typ dan de herstelsleutel (met of zonder streepjes)."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.keep = QCheckBox(tr("&Onthouden op deze computer (in de sleutelhanger van het "
                                 "systeem)"))
        self.keep.setToolTip(tr("Alleen op een eigen bureaucomputer. Niet op een laptop die mee "
                                "gaat naar een beurs."))
        layout.addWidget(self.keep)
        self.status = _error_label()
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(tr("&Ontgrendelen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        self.quit_button = self.buttons.addButton(tr("&Afsluiten"),
                                                  QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.accepted.connect(self.try_unlock)
        self.quit_button.clicked.connect(self._quit)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()
        self._busy = False

    def reject(self) -> None:
        """Escape does not get past a lock screen."""

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()

    def _quit(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.exit(0)

    def show_problem(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.passphrase.setAccessibleDescription(text)
        self.adjustSize()  # the whole message, not its first two lines

    def try_unlock(self) -> None:
        if self._busy:
            return
        secret = self.passphrase.text()
        if not secret.strip():
            self.show_problem(tr("Wachtwoordzin: vul uw wachtwoordzin of de herstelsleutel in."))
            return
        from intake_desk.app.opening import unlock

        self._busy = True
        self.ok.setEnabled(False)
        self.show_problem("")
        self.status.setStyleSheet("")
        self.status.setText(tr("Controleren…"))
        self.status.show()
        job = self.runner.submit(unlock, secret, self.keep.isChecked(), on_path=True)
        job.finished.connect(lambda _by: self._fitted())
        job.failed.connect(lambda exc: self._refused(exc, job.traceback_text))

    def _fitted(self) -> None:
        self.status.setText(tr("Openen…"))
        self.unlocked.emit()

    def _refused(self, exc: BaseException, trace: str) -> None:
        from ..feedback import is_known, show_error

        self._busy = False
        self.ok.setEnabled(True)
        self.status.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.passphrase.clear()
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        if is_known(exc):
            self.show_problem(_message(exc))
        else:
            self.show_problem("")
            show_error(self, exc, trace)

    def open_failed(self, exc: BaseException) -> None:
        """The key fitted but opening failed (a disk pulled out): said here, the screen stays."""
        self._refused(exc, "")

    def done_unlocking(self) -> None:
        self._busy = False
        super().accept()


class _Cover(QWidget):
    """Hides the window's content (names, notes) while the desk is locked."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("LockCover")
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        text = QLabel(tr("Vergrendeld"))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)
        window.installEventFilter(self)
        self.setGeometry(window.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(event, QResizeEvent):
            self.resize(event.size())
        return False


class DeskLock(QObject):
    """The lock of one main window (see the module docstring)."""

    locked_changed = Signal(bool)

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.setObjectName("DeskLock")
        self.main = window
        self.runner = window.runner
        self.encrypted = False
        self.locked = False
        self.dialog: UnlockDialog | None = None
        self.cover: _Cover | None = None
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(10 * 60_000)
        self.idle.timeout.connect(self.lock)
        self.lock_action = QAction(tr("&Vergrendelen"), window)
        self.lock_action.setObjectName("lock_action")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.lock_action.setStatusTip(tr("Scherm vergrendelen; de wachtwoordzin opent het weer"))
        self.lock_action.triggered.connect(self.lock)
        self.encrypt_action = QAction(tr("&Versleutelen…"), window)
        self.encrypt_action.setObjectName("encrypt_action")
        self.encrypt_action.triggered.connect(self.offer_encryption)
        self.encrypt_action.setVisible(False)
        self.change_action = QAction(tr("&Wachtwoordzin wijzigen…"), window)
        self.change_action.setObjectName("change_passphrase_action")
        self.change_action.triggered.connect(self.change_passphrase)
        self.change_action.setVisible(False)
        window.file_menu.insertActions(window.quit_separator,
                                       [self.lock_action, self.encrypt_action, self.change_action])
        window.addAction(self.lock_action)
        self.plain_button = QPushButton(tr("Niet versleuteld"))
        self.plain_button.setObjectName("not_encrypted")
        self.plain_button.setFlat(True)
        self.plain_button.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.plain_button.setToolTip(tr("Deze database is niet versleuteld: wie de laptop vindt, kan "
                                        "de gegevens lezen. Klik om te versleutelen."))
        self.plain_button.setAccessibleName(tr("Niet versleuteld: klik om te versleutelen"))
        self.plain_button.clicked.connect(self.offer_encryption)
        self.plain_button.hide()
        window.statusBar().addPermanentWidget(self.plain_button)
        self.runner.opened.connect(self._opened)
        self.runner.reopened.connect(self._reopened)
        self._watching = False
        if self.runner.is_open:
            self._follow_state()

    def _watch_activity(self) -> None:
        # Only for an encrypted database with an idle lock, and only once the window stands: an
        # application-wide filter sees every event, and at start-up there are thousands.
        app = QApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True

    # --- idle time ------------------------------------------------------------------------------
    _ACTIVITY = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._ACTIVITY and self.idle.isActive():
            self.idle.start()
        return False

    def _opened(self, error: Exception | None) -> None:
        if error is None:
            self._follow_state()

    def _follow_state(self) -> None:
        if self.runner.is_server:
            self._on_server()
            return
        from intake_desk.app.opening import lock_state

        self.runner.submit(lock_state).finished.connect(self._show_state)

    def _on_server(self) -> None:
        """A PostgreSQL server has no file to encrypt and no passphrase to lock with: the entries
        stay in the menu, disabled, saying why (the screen lock of the computer still works)."""
        why = tr("Werkt niet op een gedeelde server: de server beveiligt de gegevens zelf (versleutelde "
                 "verbinding, een rol per desk). Vergrendel het scherm met de computer zelf.")
        self.encrypted = False
        self.plain_button.hide()
        self.change_action.setVisible(False)
        self.idle.stop()
        for action in (self.lock_action, self.encrypt_action):
            action.setVisible(True)
            action.setEnabled(False)
            action.setToolTip(why)
            action.setStatusTip(why)
        self.main.file_menu.setToolTipsVisible(True)

    def _show_state(self, state: tuple[bool, int]) -> None:
        encrypted, minutes = state
        self.encrypted = encrypted
        self.plain_button.setVisible(not encrypted)
        self.encrypt_action.setVisible(not encrypted)
        self.change_action.setVisible(encrypted)
        self.lock_action.setEnabled(encrypted)
        if encrypted and minutes > 0:
            self.idle.setInterval(minutes * 60_000)
            self.idle.start()
            self._watch_activity()
        else:
            self.idle.stop()

    # --- locking ----------------------------------------------------------------------------------
    def lock(self) -> None:
        if self.locked or not self.encrypted:
            if self.runner.is_server:
                return  # the action is disabled; Ctrl+L says nothing more
            if not self.encrypted:
                self.main.statusBar().showMessage(
                    tr("Deze database is niet versleuteld; vergrendelen kan pas na Bestand > "
                       "Versleutelen."), 6000)
            return
        from ..views.form_fields import FieldForm

        self.locked = True
        self.idle.stop()
        self.main.backup_timer.stop()
        for form in self.main.findChildren(FieldForm):
            form.save_draft()  # queued before the lock below: drafts are in the database first
        # After the drafts' jobs, which are handed to the database thread on the next turn too.
        QTimer.singleShot(0, self.runner.lock)
        self._ask(locked=True)
        self.locked_changed.emit(True)

    def ask_at_start(self) -> None:
        """The database is encrypted and its key not known yet (DatabaseLocked at opening)."""
        if self.dialog is not None:
            return
        self.locked = True
        self._ask(locked=False)

    def _ask(self, *, locked: bool) -> None:
        if self.cover is None:
            self.cover = _Cover(self.main)
        self.cover.show()
        self.cover.raise_()
        dialog = UnlockDialog(self.runner, self.main, locked=locked)
        self.dialog = dialog
        dialog.unlocked.connect(self.runner.reopen if locked else self._open_after_start)
        dialog.open()

    def _open_after_start(self) -> None:
        self._finish()
        self.runner.open()

    def _reopened(self, error: Exception | None) -> None:
        """After the idle lock, or after encrypting (no unlock screen then)."""
        if error is not None:
            if self.dialog is not None:
                self.dialog.open_failed(error)
            else:
                from ..feedback import show_error

                show_error(self.main, error)
            return
        if self.dialog is not None:
            self._finish()
        self.main.backup_timer.start()
        self._follow_state()

    def _finish(self) -> None:
        if self.dialog is not None:
            self.dialog.done_unlocking()
            self.dialog.deleteLater()
            self.dialog = None
        if self.cover is not None:
            self.cover.hide()
        self.locked = False
        self.locked_changed.emit(False)

    # --- encrypting a plain database, changing the passphrase -----------------------------------
    def offer_encryption(self) -> None:
        dialog = EncryptDialog(self.main)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.passphrase is None:
            return
        from intake_desk.app.opening import encrypt_database

        from ..feedback import show_error
        from ..views.form_fields import FieldForm

        for form in self.main.findChildren(FieldForm):
            form.save_draft()
        self.main.backup_timer.stop()
        QTimer.singleShot(0, self.runner.lock)  # the file must be closed to be converted
        self.main.statusBar().showMessage(tr("De database wordt versleuteld…"))
        job = self.runner.submit(encrypt_database, dialog.passphrase, on_path=True)

        def done(recovery: str | None) -> None:
            self.main.statusBar().showMessage(tr("De database is versleuteld."), 8000)
            if recovery:
                RecoveryKeyDialog(recovery, str(self.runner.path), self.main).exec()
            self.runner.reopen()

        def failed(exc: Exception) -> None:
            self.main.statusBar().clearMessage()
            show_error(self.main, exc, job.traceback_text)
            self.runner.reopen()  # as it was: plain

        job.finished.connect(done)
        job.failed.connect(failed)

    def change_passphrase(self) -> None:
        ChangePassphraseDialog(self.runner, self.main).exec()


class EncryptDialog(QDialog):
    """Bestand > Versleutelen…: a new passphrase for a plain database."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("EncryptDialog")
        self.setWindowTitle(tr("Database versleutelen"))
        self.passphrase: str | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(tr(
            "Kies een wachtwoordzin. Daarna is de database, met de reservekopieën, alleen met die "
            "wachtwoordzin of de herstelsleutel te openen. Intake Desk sluit de database even; wat "
            "u typte, is als concept bewaard."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.pair = PassphrasePair(self)
        layout.addWidget(self.pair)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(tr("&Versleutelen"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        buttons.addButton(tr("&Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.pair.first.setFocus()

    def _accept(self) -> None:
        self.passphrase = self.pair.chosen()
        if self.passphrase is not None:
            self.accept()


class ChangePassphraseDialog(QDialog):
    """The current passphrase (or the recovery key) and a new one; the key is wrapped again on the
    database thread, nothing is re-encrypted."""

    def __init__(self, runner: DbRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ChangePassphraseDialog")
        self.setWindowTitle(tr("Wachtwoordzin wijzigen"))
        self.runner = runner
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.current = _password_edit("current_passphrase", tr("Huidige wachtwoordzin"))
        label = QLabel(tr("&Huidige wachtwoordzin of herstelsleutel:"))
        label.setBuddy(self.current)
        form.addRow(label, self.current)
        layout.addLayout(form)
        self.pair = PassphrasePair(self)
        layout.addWidget(self.pair)
        self.status = _error_label()
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(tr("&Wijzigen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        self.buttons.addButton(tr("&Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._change)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.current.setFocus()

    def _change(self) -> None:
        new = self.pair.chosen()
        if new is None:
            return
        if not self.current.text().strip():
            self.status.setText(tr("Huidige wachtwoordzin: vul die in (of de herstelsleutel)."))
            self.status.show()
            self.current.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        from intake_desk.app.opening import change_passphrase

        self.ok.setEnabled(False)
        job = self.runner.submit(change_passphrase, self.current.text(), new, on_path=True)
        job.finished.connect(lambda _r: self.accept())

        def failed(exc: Exception) -> None:
            from ..feedback import is_known, show_error

            self.ok.setEnabled(True)
            self.current.clear()
            self.current.setFocus(Qt.FocusReason.OtherFocusReason)
            if is_known(exc):
                self.status.setText(_message(exc))
                self.status.show()
            else:
                show_error(self, exc, job.traceback_text)

        job.failed.connect(failed)


def install_lock(window: MainWindow) -> DeskLock:
    """The window's lock: Bestand > Vergrendelen (Ctrl+L), the idle timer, the unlock screen."""
    return DeskLock(window)


def ask_passphrase(window: MainWindow) -> None:
    """Opening found the database encrypted and locked: ask the passphrase (start or later)."""
    lock = window.findChild(DeskLock, "DeskLock")
    if lock is None:
        lock = install_lock(window)
    lock.ask_at_start()


# --- a new database: encrypted by default ------------------------------------------------------------

def prepare_database(app: Any, db_path: Path | str) -> bool:
    """Before the window: a new database gets its passphrase and recovery key (`SetUpDialog`); an
    encrypted one is unlocked from INTAKE_DESK_PASSPHRASE or the OS keyring when either has it (else
    the window asks). False when the advisor closed the first question (the app then stops).

    Nothing waits for a person when INTAKE_DESK_PASSPHRASE (encrypted; its recovery key is not shown:
    for scripts, tests and the packaging smoke test) or INTAKE_DESK_PLAIN=1 (plain, on purpose) is set.
    """
    import os

    # app.opening is light at import: sqlite_utils loads on the database thread after the first
    # frame, unless there is something to set up now.
    from intake_desk.app.opening import is_encrypted, is_server, unlock_without_typing
    from intake_desk.storage.keys import PASSPHRASE_ENV, PLAIN_ENV

    if is_server(db_path):
        return True  # a server: no passphrase, no key file; its role logs in (docs/postgresql.md)
    db_path = Path(db_path)
    if is_encrypted(db_path):
        try:
            unlock_without_typing(db_path)
        except Exception:  # a wrong INTAKE_DESK_PASSPHRASE: the window asks, as without one
            log.warning("INTAKE_DESK_PASSPHRASE does not fit; asking instead")
        return True
    if db_path.exists() and db_path.stat().st_size > 0:
        return True  # a plain database: opened as it is, with the warning in the status bar
    if os.environ.get(PASSPHRASE_ENV, "").strip():
        from intake_desk.app.opening import set_up_encryption

        set_up_encryption(db_path, os.environ[PASSPHRASE_ENV])
        return True
    if os.environ.get(PLAIN_ENV) == "1":
        return True
    dialog = SetUpDialog(db_path)
    return dialog.exec() == QDialog.DialogCode.Accepted


class SetUpDialog(QDialog):
    """Welcome, first question: the passphrase (twice) that protects the new database; then its
    recovery key, shown once. "Zonder versleuteling" is possible, with a warning."""

    def __init__(self, db_path: Path, parent: QWidget | None = None):
        from .. import theme

        super().__init__(parent)
        self.setObjectName("SetUpDialog")
        self.setWindowTitle(tr("Welkom bij Intake Desk"))
        self.db_path = db_path
        self.recovery: str | None = None
        self._pending: Future[str] | None = None
        layout = QVBoxLayout(self)
        title = QLabel(tr("Welkom"))
        theme.heading(title, 1.6)
        layout.addWidget(title)
        intro = QLabel(tr(
            "Intake Desk bewaart gegevens van kandidaten versleuteld op deze computer. Kies een "
            "wachtwoordzin: die typt u bij het starten en na een pauze. Raakt de laptop kwijt, dan "
            "kan niemand de gegevens lezen zonder die wachtwoordzin."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.pair = PassphrasePair(self, allow_plain=True)
        layout.addWidget(self.pair)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox()
        self.next_button = self.buttons.addButton(tr("&Verder"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.next_button.setDefault(True)
        self.quit_button = self.buttons.addButton(tr("&Afsluiten"),
                                                  QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.go_on)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.pair.first.setFocus()
        self._poll = QTimer(self)
        self._poll.setInterval(30)
        self._poll.timeout.connect(self._check_made)

    def go_on(self) -> None:
        if self._pending is not None:
            return
        if self.pair.without_encryption():
            self.accept()
            return
        passphrase = self.pair.chosen()
        if passphrase is None:
            return
        from concurrent.futures import ThreadPoolExecutor

        from intake_desk.app.opening import set_up_encryption

        # The KDF (~0.4 s) off the GUI thread; there is no database thread yet.
        self.next_button.setEnabled(False)
        self.status.setText(tr("De sleutel wordt gemaakt…"))
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="set-up")
        self._pending = pool.submit(set_up_encryption, self.db_path, passphrase)
        pool.shutdown(wait=False)
        self._poll.start()

    def _check_made(self) -> None:
        pending = self._pending
        if pending is None or not pending.done():
            return
        self._poll.stop()
        self._pending = None
        self.next_button.setEnabled(True)
        self.status.setText("")
        try:
            self.recovery = pending.result()
        except Exception as exc:  # a read-only folder, a full disk: said, and the advisor may retry
            from ..feedback import show_error

            show_error(self, exc)
            return
        RecoveryKeyDialog(self.recovery, str(self.db_path), self).exec()
        self.accept()
