"""File dialogs in the interface's language.

The desktop's own (native) file dialog speaks the language of the desktop, not ours: on an English
system a Dutch advisor got "Save", "Cancel" and "File name" in a Dutch program. When the desktop's
language is not the interface's, Qt's own dialog is used, which the qtbase translation installed at
start-up (ui/app.py install_translator) puts in Dutch. That translation lacks a few of the dialog's
labels ("Look in:", "Files of type:" stayed English under Xvfb, issue 12), so Qt's own dialog gets all
its labels from us (`set_labels`). Filters are passed already translated.

Every file the app saves or exports is confirmed by name (`confirm_saved`), with a button that opens
its folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QPushButton, QStatusBar, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("FileDialogs", text)


def use_native() -> bool:
    """Native only when it speaks the interface's language (QLocale() is the interface's locale)."""
    return QLocale.system().language() == QLocale().language()


def options() -> QFileDialog.Option:
    return QFileDialog.Option(0) if use_native() else QFileDialog.Option.DontUseNativeDialog


def set_labels(dialog: QFileDialog) -> None:
    """Every label of Qt's own dialog in the interface's language; the accept button says what it does.
    The labels keep an Alt key each, as Qt's own do."""
    if dialog.fileMode() == QFileDialog.FileMode.Directory:
        accept = tr("Kiezen")
    elif dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave:
        accept = tr("Opslaan")
    else:
        accept = tr("Openen")
    for label, text in ((QFileDialog.DialogLabel.LookIn, tr("Zoeken &in:")),
                        (QFileDialog.DialogLabel.FileName, tr("Bestands&naam:")),
                        (QFileDialog.DialogLabel.FileType, tr("Bestands&type:")),
                        (QFileDialog.DialogLabel.Accept, accept),
                        (QFileDialog.DialogLabel.Reject, tr("Annuleren"))):
        dialog.setLabelText(label, text)


def qt_dialog(parent: QWidget | None, title: str, start: str, filters: str,
              mode: QFileDialog.FileMode, accept: QFileDialog.AcceptMode) -> QFileDialog:
    """Qt's own dialog (never the desktop's), labelled by `set_labels`."""
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setFileMode(mode)
    dialog.setAcceptMode(accept)
    set_labels(dialog)
    return dialog


def _ask(dialog: QFileDialog) -> str:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return ""
        chosen = dialog.selectedFiles()
        return chosen[0] if chosen else ""
    finally:
        dialog.deleteLater()


def save_file_name(parent: QWidget | None, title: str, start: str, filters: str) -> str:
    """The chosen path, or "" when the advisor cancelled."""
    if not use_native():
        return _ask(qt_dialog(parent, title, start, filters, QFileDialog.FileMode.AnyFile,
                              QFileDialog.AcceptMode.AcceptSave))
    path, _filter = QFileDialog.getSaveFileName(parent, title, start, filters, options=options())
    return path


def open_file_name(parent: QWidget | None, title: str, start: str, filters: str) -> str:
    if not use_native():
        return _ask(qt_dialog(parent, title, start, filters, QFileDialog.FileMode.ExistingFile,
                              QFileDialog.AcceptMode.AcceptOpen))
    path, _filter = QFileDialog.getOpenFileName(parent, title, start, filters, options=options())
    return path


def existing_directory(parent: QWidget | None, title: str, start: str = "") -> str:
    if not use_native():
        return _ask(qt_dialog(parent, title, start, "", QFileDialog.FileMode.Directory,
                              QFileDialog.AcceptMode.AcceptOpen))
    return QFileDialog.getExistingDirectory(
        parent, title, start, options=options() | QFileDialog.Option.ShowDirsOnly)


def _status_bar(parent: QWidget | None) -> QStatusBar | None:
    """The main window's status bar, also from inside a dialog (a dialog is its own window)."""
    widget = parent
    while widget is not None:
        window = widget.window()
        if isinstance(window, QMainWindow):
            return window.statusBar()
        widget = window.parentWidget()
    return None


def open_folder(folder: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def saved_text(paths: list[Path]) -> str:
    if len(paths) == 1:
        return tr("Opgeslagen: %s (in %s)") % (paths[0].name, paths[0].parent)
    return tr("%d bestanden opgeslagen in %s") % (len(paths), paths[0].parent)


def confirm_saved(parent: QWidget | None, paths: list[Path], text: str = "") -> None:
    """Name what was saved where the advisor looks: the main window's status bar (`text`, or
    "Opgeslagen: <file> (in <folder>)"), with a button that opens the folder."""
    if not paths:
        return
    status = _status_bar(parent)
    if status is None:
        return
    status.showMessage(text or saved_text(paths), 15_000)
    button = QPushButton(tr("Map openen"))
    button.setObjectName("openSavedFolder")
    button.setAccessibleName(tr("Map met het opgeslagen bestand openen"))
    folder = paths[0].parent
    button.clicked.connect(lambda: open_folder(folder))
    for old in status.findChildren(QPushButton, "openSavedFolder"):
        old.deleteLater()  # one button, for the newest file
    # Permanent, because a temporary message hides the normal widgets (and one added after it would
    # show through the message); the button goes when the message does (below).
    status.addPermanentWidget(button)
    _buttons_go_with_the_message(status)


def _buttons_go_with_the_message(status: QStatusBar) -> None:
    """One connection per status bar, for as long as it lives: when the message clears, the folder
    button goes too (a connection per button would outlive its button)."""
    if status.property("savedButtonsFollowMessage"):
        return
    status.setProperty("savedButtonsFollowMessage", True)

    def gone(message: str) -> None:
        if not message:
            for button in status.findChildren(QPushButton, "openSavedFolder"):
                button.deleteLater()

    status.messageChanged.connect(gone)
