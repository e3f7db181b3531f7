"""The main window as it starts: on Vandaag, without the candidate bar and docks."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def shoot(window: Any, out_dir: Path, app: Any, settle: Any) -> list[Path]:
    from ui.screenshots import WINDOW_SIZE

    window.tabs.setCurrentWidget(window.home)
    settle(app)
    window.resize(*WINDOW_SIZE)  # the docks have stepped aside; the window is the laptop's again
    settle(app)
    path = out_dir / "00-vandaag.png"
    window.grab().save(str(path))
    return [path]
