"""The settings dialog and the day batch of plans, as an advisor opens them from the menu."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QTimer

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QDialog

    from ui.main_window import MainWindow
    from ui.screenshots import Settle


def shoot(window: MainWindow, out_dir: Path, app: QApplication, settle: Settle) -> list[Path]:
    from ui.dialogs.plan_batch import PlanBatchDialog
    from ui.dialogs.settings import SettingsDialog

    settings = SettingsDialog(window.runner, window)
    loop = QEventLoop()
    settings.edits["school_name"].textChanged.connect(loop.quit)  # the settings arrived
    QTimer.singleShot(5000, loop.quit)
    settings.show()
    loop.exec()
    batch = PlanBatchDialog(window.runner, window, day=date(2026, 3, 5))
    batch.show()
    return [grab_dialog(settings, out_dir / "70-instellingen.png", app, settle),
            grab_dialog(batch, out_dir / "71-plannen-van-een-dag.png", app, settle)]


def grab_dialog(dialog: QDialog, path: Path, app: QApplication, settle: Settle) -> Path:
    settle(app)
    dialog.grab().save(str(path))
    dialog.close()
    dialog.deleteLater()
    return path
