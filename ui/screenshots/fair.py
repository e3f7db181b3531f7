"""The Beurs menu's dialogs (issue 16) as an advisor opens them: Koppelen with this computer's QR code
and fingerprint, Beursbundel maken and Beursbundel inlezen before a file is chosen. Added after the
session 8 walk, which found a key shared by two controls that no screenshot had shown."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from ui.screenshots import Settle


def shoot(window: MainWindow, out_dir: Path, app: QApplication, settle: Settle) -> list[Path]:
    from ui.dialogs.bundle import EnrolDialog, ExportBundleDialog, ImportBundleDialog
    from ui.screenshots.dialogs import grab_dialog

    enrol = EnrolDialog(window.runner, window)
    enrol.show()
    for _ in range(50):  # this computer's key comes from the database thread
        if enrol.own is not None:
            break
        settle(app, 100)
    enrol.resize(enrol.sizeHint())
    shots = [grab_dialog(enrol, out_dir / "90-beurs-koppelen.png", app, settle)]
    for kind, name in ((ExportBundleDialog, "91-beursbundel-maken.png"),
                       (ImportBundleDialog, "92-beursbundel-inlezen.png")):
        dialog = kind(window.runner, window)
        dialog.show()
        shots.append(grab_dialog(dialog, out_dir / name, app, settle))
    return shots

