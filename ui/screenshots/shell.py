"""The main window on its overview tab."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def shoot(window: Any, out_dir: Path, app: Any, settle: Any) -> list[Path]:
    window.tabs.setCurrentIndex(0)
    settle(app)
    path = out_dir / "00-overzicht.png"
    window.grab().save(str(path))
    return [path]
