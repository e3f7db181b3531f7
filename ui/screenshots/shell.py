"""The main window as it starts: on Vandaag, without the candidate bar and docks."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from ui.screenshots import Settle


def shoot(window: MainWindow, out_dir: Path, app: QApplication, settle: Settle) -> list[Path]:
    from ui.screenshots import WINDOW_SIZE

    window.tabs.setCurrentWidget(window.home)
    settle(app)
    window.resize(*WINDOW_SIZE)  # the docks have stepped aside; the window is the laptop's again
    settle(app)
    path = out_dir / "00-vandaag.png"
    window.grab().save(str(path))
    return [path]
