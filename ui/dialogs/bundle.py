"""The Beurs menu (issue 16): make a beursbundel on a fair laptop, read one in at the desk (a report
before anything is written), enrol computers with their key files (QR code and fingerprint on
screen), and move the desk's catalog and settings to the laptops before the fair.

Every job runs on the database thread (`DbRunner.submit`) with a progress dialog that shows after
half a second and can cancel; a refused file is said in the dialog itself, in the interface's
language, and nothing is written. The rules and the file format: docs/fair-merge.md.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFontDatabase, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..locale_format import format_date, ui_language

if TYPE_CHECKING:
    from sqlite_utils import Database

    from intake_desk.bundles.exchange import CatalogImported, Exported, Imported
    from intake_desk.bundles.keys import PublicKey

    from ..main_window import MainWindow
    from ..runner import DbRunner, Job

BUNDLE_FILTER = "Beursbundel (*.beursbundel)"
KEY_FILTER = "Sleutelbestand (*.beurssleutel)"


def tr(text: str) -> str:
    return QCoreApplication.translate("BundleDialogs", text)


def refusal_text(exc: BaseException) -> str | None:
    """The text of a known refusal in the interface's language, or None for anything else (a bug)."""
    from intake_desk.storage import StorageError

    if isinstance(exc, StorageError):
        return exc.text_en if ui_language() == "en" else exc.text_nl
    from intake_desk.bundles.conflict_view import ConflictRefused

    if isinstance(exc, ConflictRefused):
        return exc.text(ui_language())
    return None


def run_job(parent: QWidget, runner: DbRunner, title: str, fn: Callable[..., Any], *args: Any,
            on_done: Callable[[Any], None], on_refused: Callable[[str], None], **kwargs: Any) -> Job:
    """`fn(db, *args)` with the desk's progress dialog (`feedback.run_with_progress`); a known
    refusal and a cancel go to `on_refused` (shown in the dialog, not as a pop-up)."""
    from ..feedback import run_with_progress

    return run_with_progress(parent, runner, title, fn, *args, on_done=on_done, refusal=refusal_text,
                             on_refused=on_refused, **kwargs)


def _message(label: QLabel, text: str, *, error: bool) -> None:
    label.setText(text)
    label.setStyleSheet("color: #a1260d;" if error else "")
    label.setVisible(bool(text))


def _message_label(layout: QVBoxLayout, *, selectable: bool = True) -> QLabel:
    """The dialog's line for results and refusals (hidden while empty), added to `layout`."""
    label = QLabel()
    label.setWordWrap(True)
    if selectable:  # a path or a refusal the advisor may want to copy
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    layout.addWidget(label)
    return label


def _path_row(layout: QVBoxLayout, label: str, name: str, button: str, on_click: Callable[[], None],
              *, read_only: bool = False) -> QLineEdit:
    """A labelled path field with its button beside it ("Map: [...] Bladeren…"); returns the field."""
    row = QHBoxLayout()
    field = QLineEdit()
    field.setReadOnly(read_only)
    field.setAccessibleName(name)
    caption = QLabel(label)
    caption.setBuddy(field)
    press = QPushButton(button)
    press.setAutoDefault(False)
    press.clicked.connect(on_click)
    row.addWidget(caption)
    row.addWidget(field, 1)
    row.addWidget(press)
    layout.addLayout(row)
    return field


def _close_button(buttons: QDialogButtonBox, *, auto_default: bool = True) -> QPushButton:
    """The dialog's "Sluiten" (Escape), in the interface's language whatever Qt's own says."""
    close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
    close.setText(tr("Sluiten"))
    if not auto_default:
        close.setAutoDefault(False)
    return close


def _read_in_button(buttons: QDialogButtonBox) -> QPushButton:
    """"Inlezen", pressed only after the dry run's report; disabled until then."""
    button = buttons.addButton(tr("&Inlezen"), QDialogButtonBox.ButtonRole.AcceptRole)
    button.setEnabled(False)
    return button


def _file_chosen(parent: QWidget, title: str, start: str, then: Callable[[Path], None]) -> None:
    """Ask for a bundle to read and pass it on; nothing happens when the advisor cancels."""
    from ..file_dialogs import open_file_name

    chosen = open_file_name(parent, title, start, BUNDLE_FILTER)
    if chosen:
        then(Path(chosen))


def _ready_to_read(button: QPushButton) -> None:
    """The dry run is done: "Inlezen" can be pressed, and Enter presses it."""
    button.setEnabled(True)
    button.setDefault(True)
    button.setFocus()


def waiting_text(counts: dict[str, int]) -> str:
    """After reading a bundle: what waits for the advisor's choice, each kind counted on its own
    ("2 conflicten en mogelijk dubbelen" read as two conflicts when there were none)."""
    conflicts, duplicates = counts.get("conflicts", 0), counts.get("possible_duplicates", 0)
    parts = []
    if conflicts:
        parts.append(tr("1 conflict") if conflicts == 1 else tr("%d conflicten") % conflicts)
    if duplicates:
        parts.append(tr("1 mogelijk dubbele kandidaat") if duplicates == 1
                     else tr("%d mogelijk dubbele kandidaten") % duplicates)
    if not parts:
        return tr("Klaar. Niets wacht op uw keuze.")
    return tr("Klaar. Wacht op uw keuze: %s.") % tr(" en ").join(parts)


def _peer_line(key: PublicKey) -> str:
    role = tr("balie") if key.role == "desk" else tr("laptop")
    name = f"“{key.name}” " if key.name else ""
    return tr("%s %s(vingerafdruk %s)") % (role, name, key.fingerprint)


class _FairDialog(QDialog):
    """What every dialog of the Beurs menu has: its object name (tests and screenshots find it by
    that), its title and the database thread its jobs run on."""

    def __init__(self, runner: DbRunner, parent: QWidget | None, name: str, title: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.runner = runner


class _CheckThenRead(_FairDialog):
    """A dialog that checks a file first (a dry run: the report, nothing written) and reads it in
    only when the advisor presses "Inlezen" after that report."""

    path: Path | None
    checked: object | None
    import_button: QPushButton

    def _read_checked(self, title: str, fn: Callable[..., Any], on_done: Callable[[Any], None],
                      on_refused: Callable[[str], None]) -> None:
        if self.path is None or self.checked is None:
            return  # no report yet: nothing is read that the advisor has not seen
        self.import_button.setEnabled(False)
        run_job(self, self.runner, title, fn, self.path, on_done=on_done, on_refused=on_refused)


# -- Beursbundel maken -----------------------------------------------------------------------------

class ExportBundleDialog(_FairDialog):
    """On a fair laptop: this laptop's intakes for the desk, to a USB stick or folder."""

    made = Signal(object)  # Exported

    def __init__(self, runner: DbRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent, "ExportBundleDialog", tr("Beursbundel maken"))
        self.result_value: Exported | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Een beursbundel bevat de intakes van deze laptop, versleuteld voor de balie. "
                          "Kies de USB-stick of map waar hij heen moet."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.folder = _path_row(layout, tr("&Map:"), tr("Map"), tr("&Bladeren…"), self._browse)
        self.since_last = QCheckBox(tr("Alleen wat &nieuw is sinds de vorige bundel voor de balie"))
        layout.addWidget(self.since_last)
        self.message = _message_label(layout)
        buttons = QDialogButtonBox()
        self.make_button = buttons.addButton(tr("Beursbundel ma&ken"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.make_button.setDefault(True)
        _close_button(buttons)
        buttons.accepted.connect(self.make)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        from ..file_dialogs import existing_directory

        chosen = existing_directory(self, tr("Map of USB-stick kiezen"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def make(self) -> None:
        folder = Path(self.folder.text().strip()) if self.folder.text().strip() else None
        if folder is None or not folder.is_dir():
            _message(self.message, tr("Map: kies een bestaande map of USB-stick."), error=True)
            self.folder.setFocus()
            return
        from intake_desk.bundles.exchange import export_bundle

        self.make_button.setEnabled(False)
        _message(self.message, "", error=False)
        run_job(self, self.runner, tr("Beursbundel maken…"), export_bundle, folder,
                since_last=self.since_last.isChecked(), on_done=self._made, on_refused=self._refused)

    def _made(self, done: Exported) -> None:
        self.result_value = done
        self.make_button.setEnabled(True)
        text = tr("Klaar: %d records in %s, voor de %s. U kunt de USB-stick nu veilig uitnemen.")
        _message(self.message, text % (done.records, done.path, _peer_line(done.desk)), error=False)
        self.made.emit(done)

    def _refused(self, text: str) -> None:
        self.make_button.setEnabled(True)
        _message(self.message, text, error=True)


# -- Beursbundel inlezen ---------------------------------------------------------------------------

def count_labels() -> tuple[tuple[str, str], ...]:
    return (("new", tr("Nieuw")), ("updated", tr("Bijgewerkt")),
            ("unchanged", tr("Al bekend, ongewijzigd")),
            ("conflicts", tr("Conflicten (u kiest per veld)")),
            ("possible_duplicates", tr("Mogelijk dubbel")),
            ("notices", tr("Meldingen (bewerkt maar verwijderd)")),
            ("erased_skipped", tr("Overgeslagen (gewist op verzoek)")))


class ImportBundleDialog(_CheckThenRead):
    """At the desk: choose a bundle, see what reading it would do (nothing written), then read it."""

    imported = Signal(object)  # Imported, after the real import
    show_conflicts = Signal()

    def __init__(self, runner: DbRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent, "ImportBundleDialog", tr("Beursbundel inlezen"))
        self.path: Path | None = None
        self.checked: Imported | None = None
        self.done_value: Imported | None = None
        layout = QVBoxLayout(self)
        self.file = _path_row(layout, tr("&Bestand:"), tr("Bestand"), tr("&Kiezen…"), self._choose,
                              read_only=True)
        self.sender_label = QLabel()
        self.sender_label.setWordWrap(True)
        layout.addWidget(self.sender_label)
        self.grid = QGridLayout()
        self.count_values: dict[str, QLabel] = {}
        for index, (key, text) in enumerate(count_labels()):
            name = QLabel(text)
            value = QLabel("–")
            value.setObjectName(f"count_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setAccessibleName(text)
            self.grid.addWidget(name, index, 0)
            self.grid.addWidget(value, index, 1)
            self.count_values[key] = value
        layout.addLayout(self.grid)
        self.message = _message_label(layout)
        buttons = QDialogButtonBox()
        self.import_button = _read_in_button(buttons)
        self.conflicts_button = buttons.addButton(tr("&Conflicten bekijken"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.conflicts_button.setAutoDefault(False)
        self.conflicts_button.hide()
        self.conflicts_button.clicked.connect(self.show_conflicts.emit)
        _close_button(buttons, auto_default=False)
        buttons.accepted.connect(self.read_in)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _choose(self) -> None:
        _file_chosen(self, tr("Beursbundel kiezen"), str(self.path or ""), self.check)

    def check(self, path: Path) -> None:
        """The dry run: the same merge, rolled back; the counts are what "Inlezen" will do."""
        from intake_desk.bundles.exchange import import_bundle

        self.path = path
        self.checked = None
        self.file.setText(str(path))
        self.import_button.setEnabled(False)
        self.conflicts_button.hide()
        self._counts(None)
        _message(self.message, "", error=False)
        self.sender_label.setText(tr("Controleren…"))
        run_job(self, self.runner, tr("Beursbundel controleren…"), import_bundle, path, dry_run=True,
                on_done=self._checked, on_refused=self._refused)

    def _counts(self, counts: dict[str, int] | None) -> None:
        for key, label in self.count_values.items():
            label.setText("–" if counts is None else str(counts.get(key, 0)))

    def _checked(self, result: tuple[Imported, Any]) -> None:
        done = result[0]
        self.checked = done
        self.sender_label.setText(tr("Van de %s: %d records. Er is nog niets geschreven.")
                                  % (_peer_line(done.sender), done.records))
        self._counts(done.counts)
        _ready_to_read(self.import_button)

    def read_in(self) -> None:
        from intake_desk.bundles.exchange import import_bundle

        self._read_checked(tr("Beursbundel inlezen…"), import_bundle, self._read, self._refused)

    def _read(self, result: tuple[Imported, Any]) -> None:
        done = result[0]
        self.done_value = done
        self._counts(done.counts)
        self.sender_label.setText(tr("Ingelezen van de %s: %d records.") % (_peer_line(done.sender),
                                                                            done.records))
        waiting = done.counts.get("conflicts", 0) + done.counts.get("possible_duplicates", 0)
        _message(self.message, waiting_text(done.counts), error=False)
        self.conflicts_button.setVisible(bool(waiting))
        if waiting:
            self.conflicts_button.setDefault(True)
            self.conflicts_button.setFocus()
        self.imported.emit(done)

    def _refused(self, text: str) -> None:
        self.sender_label.setText("")
        self._counts(None)
        _message(self.message, text, error=True)


# -- Koppelen --------------------------------------------------------------------------------------

class QrCode(QWidget):
    """A QR code of `text`, painted as squares (qrcode's matrix; no image library needed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: list[list[bool]] = []
        self.setMinimumSize(QSize(200, 200))
        self.setAccessibleName(tr("QR-code met de sleutel van deze computer"))

    def set_text(self, text: str) -> None:
        import qrcode

        code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
        code.add_data(text)
        code.make(fit=True)
        self.matrix = [[bool(cell) for cell in row] for row in code.get_matrix()]
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        side = min(self.width(), self.height())
        painter.fillRect(0, 0, side, side, QColor("white"))
        if self.matrix:
            cell = side / len(self.matrix)
            for y, row in enumerate(self.matrix):
                for x, dark in enumerate(row):
                    if dark:
                        painter.fillRect(QRectF(x * cell, y * cell, cell + 0.5, cell + 0.5), QColor("black"))
        painter.end()


OwnKeyView = tuple["PublicKey", str, list["PublicKey"], dict[str, str]]


def own_key(db: Database, role: str | None, name: str) -> OwnKeyView:
    """On the database thread: this computer's key (its role stored), the key line, the enrolled."""
    from intake_desk.bundles import exchange

    line = exchange.own_key_line(db, role, name)
    return exchange.own_public(db), line, exchange.enrolled(db), exchange.enrolled_at(db)


def save_key_file(db: Database, path: Path, role: str | None, name: str, progress: Any = None) -> PublicKey:
    from intake_desk.bundles.exchange import export_key_file

    return export_key_file(db, path, role=role, name=name)


def read_key(db: Database, path: Path, progress: Any = None) -> PublicKey:
    from intake_desk.bundles.exchange import read_key as read

    return read(path)


def enrol_key(db: Database, key: PublicKey, replace: bool, progress: Any = None) -> Any:
    from intake_desk.bundles.exchange import enrol

    return enrol(db, key, replace=replace)


def unenrol_key(db: Database, installation_id: str, progress: Any = None) -> bool:
    from intake_desk.bundles.exchange import unenrol

    return unenrol(db, installation_id)


class EnrolDialog(_FairDialog):
    """This computer's key (QR code, fingerprint, key file) and the computers enrolled here."""

    def __init__(self, runner: DbRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent, "EnrolDialog", tr("Koppelen"))
        self.own: PublicKey | None = None
        self.pending: PublicKey | None = None
        self.pending_replace = False
        layout = QVBoxLayout(self)
        mine = QGroupBox(tr("Deze computer"))
        mine_layout = QHBoxLayout(mine)
        form = QFormLayout()
        self.role = QComboBox()
        self.role.addItem(tr("Beurslaptop"), "laptop")
        self.role.addItem(tr("Balie"), "desk")
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("bijv. Laptop 3"))
        self.name.setMaxLength(60)
        form.addRow(tr("&Rol:"), self.role)
        form.addRow(tr("&Naam:"), self.name)
        self.fingerprint = QLabel("…")
        self.fingerprint.setObjectName("ownFingerprint")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.6)
        self.fingerprint.setFont(mono)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(tr("Vingerafdruk van deze computer"))
        form.addRow(tr("Vingerafdruk:"), self.fingerprint)
        save = QPushButton(tr("Sleutelbestand &opslaan…"))
        save.setAutoDefault(False)
        save.clicked.connect(self._save)
        form.addRow(save)
        mine_layout.addLayout(form, 1)
        self.qr = QrCode()
        mine_layout.addWidget(self.qr)
        layout.addWidget(mine)
        self.role.activated.connect(lambda _i: self.load())
        self.name.editingFinished.connect(self.load)

        others = QGroupBox(tr("Gekoppelde computers"))
        others_layout = QVBoxLayout(others)
        self.peers = QListWidget()
        self.peers.setAccessibleName(tr("Gekoppelde computers"))
        others_layout.addWidget(self.peers)
        row = QHBoxLayout()
        read = QPushButton(tr("Sleutelbestand van een andere computer &inlezen…"))
        read.setAutoDefault(False)
        read.clicked.connect(self._choose_key)
        # Alt+N is "Naam" and Alt+K "Klopt, koppelen": Alt+T here
        self.remove_button = QPushButton(tr("On&tkoppelen"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self._remove)
        row.addWidget(read)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        others_layout.addLayout(row)
        layout.addWidget(others)

        self.confirm = QWidget()
        confirm_layout = QVBoxLayout(self.confirm)
        confirm_layout.setContentsMargins(0, 0, 0, 0)
        self.confirm_text = QLabel()
        self.confirm_text.setWordWrap(True)
        confirm_layout.addWidget(self.confirm_text)
        confirm_row = QHBoxLayout()
        self.enrol_button = QPushButton(tr("Klopt, &koppelen"))
        self.enrol_button.clicked.connect(self._enrol)
        cancel = QPushButton(tr("Klopt niet, niet koppelen"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self._cancel_pending)
        confirm_row.addWidget(self.enrol_button)
        confirm_row.addWidget(cancel)
        confirm_row.addStretch(1)
        confirm_layout.addLayout(confirm_row)
        self.confirm.hide()
        layout.addWidget(self.confirm)
        self.message = _message_label(layout, selectable=False)
        buttons = QDialogButtonBox()
        _close_button(buttons, auto_default=False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.load(first=True)

    def load(self, first: bool = False) -> None:
        role = None if first else str(self.role.currentData())
        job = self.runner.submit(own_key, role, self.name.text().strip())
        job.finished.connect(self._loaded)
        job.failed.connect(lambda exc: _message(self.message, refusal_text(exc) or str(exc), error=True))

    def _loaded(self, result: OwnKeyView) -> None:
        key, line, peers, when = result
        self.own = key
        index = self.role.findData(key.role)
        if index >= 0:
            self.role.setCurrentIndex(index)
        self.fingerprint.setText(key.fingerprint)
        self.qr.set_text(line)
        self.peers.clear()
        for peer in peers:
            day = format_date(when.get(peer.installation_id, "")[:10])
            item = QListWidgetItem(tr("%s, gekoppeld %s") % (_peer_line(peer), day))
            item.setData(Qt.ItemDataRole.UserRole, peer.installation_id)
            self.peers.addItem(item)
        if not peers:
            self.peers.addItem(tr("Nog niets gekoppeld."))
        self.remove_button.setEnabled(bool(peers))

    def _save(self) -> None:
        from ..file_dialogs import save_file_name

        chosen = save_file_name(self, tr("Sleutelbestand opslaan"), str(self.suggested_key_file()),
                                KEY_FILTER)
        if chosen:
            self.save_to(Path(chosen))

    def suggested_key_file(self) -> Path:
        """Where "Sleutelbestand opslaan…" starts: the home folder (not the program's working folder)
        and a name that says whose key it is ("laptop-3.beurssleutel", "balie.beurssleutel"), so the
        files on one USB stick are told apart."""
        import re

        role = str(self.role.currentData())
        words = self.name.text().strip() or (tr("balie") if role == "desk" else tr("laptop"))
        stem = re.sub(r"[^\w]+", "-", words.lower()).strip("-") or "sleutel"
        return Path.home() / f"{stem}.beurssleutel"

    def save_to(self, path: Path) -> None:
        run_job(self, self.runner, tr("Sleutelbestand opslaan…"), save_key_file, path,
                str(self.role.currentData()), self.name.text().strip(),
                on_done=lambda _key: _message(self.message, tr("Sleutelbestand opgeslagen: %s") % path,
                                              error=False),
                on_refused=lambda text: _message(self.message, text, error=True))

    def _choose_key(self) -> None:
        from ..file_dialogs import open_file_name

        chosen = open_file_name(self, tr("Sleutelbestand kiezen"), "", KEY_FILTER)
        if chosen:
            self.read_key_file(Path(chosen))

    def read_key_file(self, path: Path) -> None:
        """Read a key file and ask the advisor to compare its fingerprint before anything is enrolled."""
        _message(self.message, "", error=False)
        run_job(self, self.runner, tr("Sleutelbestand lezen…"), read_key, path, on_done=self._ask,
                on_refused=lambda text: _message(self.message, text, error=True))

    def _ask(self, key: PublicKey, replace: bool = False) -> None:
        self.pending = key
        self.pending_replace = replace
        intro = (tr("Let op: deze computer was al gekoppeld met een andere sleutel. ") if replace else "")
        self.confirm_text.setText(intro + tr("Sleutel van de %s. Staat precies deze vingerafdruk op het "
                                             "scherm van die computer?\n%s")
                                  % (_peer_line(key), key.fingerprint))
        self.enrol_button.setText(tr("Klopt, &vervangen") if replace else tr("Klopt, &koppelen"))
        self.confirm.show()
        self.enrol_button.setDefault(True)
        self.enrol_button.setFocus()

    def _enrol(self) -> None:
        if self.pending is None:
            return
        key, replace = self.pending, self.pending_replace
        job = self.runner.submit(enrol_key, key, replace)

        def done(_result: Any) -> None:
            self._cancel_pending()
            _message(self.message, tr("Gekoppeld: %s") % _peer_line(key), error=False)
            self.load()

        def failed(exc: BaseException) -> None:
            from intake_desk.bundles.errors import BundleRefused

            if isinstance(exc, BundleRefused) and exc.code == "key-changed" and not replace:
                self._ask(key, replace=True)
                _message(self.message, refusal_text(exc) or "", error=True)
                return
            self._cancel_pending()
            _message(self.message, refusal_text(exc) or str(exc), error=True)

        job.finished.connect(done)
        job.failed.connect(failed)

    def _cancel_pending(self) -> None:
        self.pending = None
        self.confirm.hide()

    def _remove(self) -> None:
        item = self.peers.currentItem()
        peer_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not peer_id:
            _message(self.message, tr("Kies eerst een computer in de lijst."), error=True)
            return
        job = self.runner.submit(unenrol_key, str(peer_id))
        job.finished.connect(lambda _r: self.load())


# -- Catalogus naar de beurslaptops ----------------------------------------------------------------

def make_catalog_bundle(parent: QWidget, runner: DbRunner, path: Path,
                        on_done: Callable[[Any], None], on_refused: Callable[[str], None]) -> Job:
    from intake_desk.bundles.exchange import export_catalog_bundle

    return run_job(parent, runner, tr("Catalogusbundel maken…"), export_catalog_bundle, path,
                   on_done=on_done, on_refused=on_refused)


class CatalogBundleDialog(_CheckThenRead):
    """On a laptop before the fair: the desk's catalog and shared settings, checked first."""

    def __init__(self, runner: DbRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent, "CatalogBundleDialog", tr("Catalogus van de balie inlezen"))
        self.path: Path | None = None
        self.checked: CatalogImported | None = None
        layout = QVBoxLayout(self)
        self.text = QLabel(tr("Kies de catalogusbundel die de balie maakte (Beurs > Catalogus voor "
                              "beurslaptops opslaan)."))
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        choose = QPushButton(tr("&Kiezen…"))
        choose.clicked.connect(self._choose)
        layout.addWidget(choose)
        self.message = _message_label(layout, selectable=False)
        buttons = QDialogButtonBox()
        self.import_button = _read_in_button(buttons)
        _close_button(buttons)
        buttons.accepted.connect(self.read_in)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _choose(self) -> None:
        _file_chosen(self, tr("Catalogusbundel kiezen"), "", self.check)

    def check(self, path: Path) -> None:
        from intake_desk.bundles.exchange import import_catalog_bundle

        self.path = path
        self.import_button.setEnabled(False)
        run_job(self, self.runner, tr("Catalogusbundel controleren…"), import_catalog_bundle, path,
                dry_run=True, on_done=self._checked,
                on_refused=lambda text: _message(self.message, text, error=True))

    def _describe(self, done: CatalogImported, written: bool) -> str:
        report = done.report
        head = tr("Ingelezen van de %s.") if written else tr("Van de %s. Er is nog niets geschreven.")
        lines = [head % _peer_line(done.sender),
                 tr("Aanbod: %d nieuw, %d gewijzigd, %d gelijk.") % (report.offerings_new,
                                                                     report.offerings_changed,
                                                                     report.offerings_same),
                 tr("Instellingen die veranderen: %s") % (", ".join(done.settings) or tr("geen"))]
        return "\n".join(lines)

    def _checked(self, result: tuple[CatalogImported, Any]) -> None:
        done = result[0]
        self.checked = done
        if done.report.errors:
            _message(self.message, tr("De catalogus in deze bundel heeft fouten; er wordt niets ingelezen.")
                     + "\n" + "\n".join(str(i) for i in done.report.errors[:10]), error=True)
            return
        _message(self.message, self._describe(done, written=False), error=False)
        _ready_to_read(self.import_button)

    def read_in(self) -> None:
        from intake_desk.bundles.exchange import import_catalog_bundle

        self._read_checked(tr("Catalogusbundel inlezen…"), import_catalog_bundle,
                           lambda result: _message(self.message, self._describe(result[0], written=True),
                                                   error=False),
                           lambda text: _message(self.message, text, error=True))


# -- the menu --------------------------------------------------------------------------------------

def _single(window: MainWindow, kind: type[QDialog], make: Callable[[], QDialog]) -> QDialog:
    dialog = window.findChild(kind)
    if not isinstance(dialog, kind):
        dialog = make()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def open_conflicts(window: MainWindow) -> QDialog:
    from ..views.conflicts import ConflictsView

    def make() -> ConflictsView:
        view = ConflictsView(window.runner, window)
        view.open_requested.connect(window.open_candidate)
        return view

    return _single(window, ConflictsView, make)


def install_fair_menu(window: MainWindow) -> QMenu:
    """Beurs: the fair's files and the conflicts view, with their keys; inserted before Help."""
    menu = QMenu(tr("Beu&rs"), window)
    menu.setObjectName("fairMenu")

    def act(text: str, keys: str, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, window)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def importer() -> QDialog:
        dialog = ImportBundleDialog(window.runner, window)
        dialog.show_conflicts.connect(lambda: open_conflicts(window))
        return dialog

    def save_catalog() -> None:
        from ..file_dialogs import save_file_name

        chosen = save_file_name(window, tr("Catalogus voor beurslaptops opslaan"),
                                "catalogus-balie.beursbundel", BUNDLE_FILTER)
        if chosen:
            make_catalog_bundle(window, window.runner, Path(chosen),
                                on_done=lambda done: window.statusBar().showMessage(
                                    tr("Catalogusbundel opgeslagen: %s") % done.path, 8000),
                                on_refused=lambda text: window.statusBar().showMessage(text, 15000))

    act(tr("Beursbundel &maken…"), "Ctrl+Shift+E",
        lambda: _single(window, ExportBundleDialog, lambda: ExportBundleDialog(window.runner, window)))
    act(tr("Beursbundel &inlezen…"), "Ctrl+Shift+I", lambda: _single(window, ImportBundleDialog, importer))
    act(tr("&Conflicten en mogelijk dubbelen…"), "Ctrl+Shift+K", lambda: open_conflicts(window))
    menu.addSeparator()
    act(tr("&Koppelen (sleutels)…"), "",
        lambda: _single(window, EnrolDialog, lambda: EnrolDialog(window.runner, window)))
    act(tr("Catalogus voor beurslaptops &opslaan…"), "", save_catalog)
    act(tr("Catalogus van de balie i&nlezen…"), "",
        lambda: _single(window, CatalogBundleDialog, lambda: CatalogBundleDialog(window.runner, window)))
    window.menuBar().insertMenu(window.help_menu.menuAction(), menu)
    return menu
