"""The routes panel for a demo candidate who has routes in the sample catalog."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QTimer

from intake_desk.app.desk import Filter, candidate_page
from intake_desk.app.routes import candidate_routes

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from ui.screenshots import Settle


def _first_with_routes(db: Any) -> str:  # the handle the window's DbRunner passes its jobs
    """A complete candidate with consent for a plan and routes: the plan screenshot saves one."""
    from intake_desk.today import summary

    for row in candidate_page(db, Filter(), limit=200):
        facts = summary(db, row.id)
        if facts.status != "volledig" or not facts.consent_plan:
            continue
        if candidate_routes(db, row.id, top=1).result.routes:
            return row.id
    return ""


def _wait(app: QApplication, signal: SignalInstance, ms: int = 10_000) -> list[object]:
    got: list[object] = []
    loop = QEventLoop()

    def arrived(*args: object) -> None:
        got.extend(args)
        loop.quit()

    signal.connect(arrived)
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    return got


def shoot(window: MainWindow, out_dir: Path, app: QApplication, settle: Settle) -> list[Path]:
    job = window.runner.submit(_first_with_routes)
    got = _wait(app, job.finished)
    cid = str(got[0]) if got and got[0] else ""
    if not cid:
        return []
    from ui.screenshots import built

    panel = built(window.match_panel, "routes panel")
    # As the advisor gets there: the candidate opened at the desk, then step 2 (Leerroutes), so the
    # candidate bar, the form and the dock all show the same person.
    window.open_candidate(cid)
    _wait(app, panel.routes_shown)
    built(window.workspace, "workspace").go("routes")
    settle(app, 300)
    path = out_dir / "50-leerroutes.png"
    window.grab().save(str(path))
    return [path]
