"""The settings dialog and the day batch of plans, as an advisor opens them from the menu."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer


def shoot(window: Any, out_dir: Path, app: Any, settle: Any) -> list[Path]:
    from ui.dialogs.plan_batch import PlanBatchDialog
    from ui.dialogs.settings import SettingsDialog

    written: list[Path] = []
    dialog = SettingsDialog(window.runner, window)
    loop = QEventLoop()
    dialog.edits["school_name"].textChanged.connect(loop.quit)  # the settings arrived
    QTimer.singleShot(5000, loop.quit)
    dialog.show()
    loop.exec()
    settle(app)
    path = out_dir / "70-instellingen.png"
    dialog.grab().save(str(path))
    written.append(path)
    dialog.close()
    dialog.deleteLater()

    batch = PlanBatchDialog(window.runner, window, day=date(2026, 3, 5))
    batch.show()
    settle(app)
    path = out_dir / "71-plannen-van-een-dag.png"
    batch.grab().save(str(path))
    written.append(path)
    batch.close()
    batch.deleteLater()
    return written
