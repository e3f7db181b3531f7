"""The routes panel for a demo candidate who has routes in the sample catalog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer

from intake_desk.matching.service import candidate_routes
from intake_desk.storage import candidates as candidate_repo


def _first_with_routes(db: Any) -> str:
    for row in candidate_repo.search(db, candidate_repo.Filter(), limit=200):
        if candidate_routes(db, row.id, top=1).result.routes:
            return row.id
    return ""


def _wait(app: Any, signal: Any, ms: int = 10_000) -> list[Any]:
    got: list[Any] = []
    loop = QEventLoop()

    def arrived(*args: Any) -> None:
        got.extend(args)
        loop.quit()

    signal.connect(arrived)
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    return got


def shoot(window: Any, out_dir: Path, app: Any, settle: Any) -> list[Path]:
    job = window.runner.submit(_first_with_routes)
    got = _wait(app, job.finished)
    cid = got[0] if got else ""
    if not cid:
        return []
    panel = window.match_panel
    dock = panel.parentWidget()
    if dock is not None:
        dock.show()
        dock.raise_()
    window.candidate_selected.emit(cid)
    _wait(app, panel.routes_shown)
    settle(app)
    path = out_dir / "50-leerroutes.png"
    window.grab().save(str(path))
    return [path]
