"""Follow-up (issue 17): Vandaag's "Opvolgen", a candidate's stage in the bar, the stage chooser
(Ctrl+T), the stage history, the next contact (Ctrl+Shift+D) and the regional figures (Ctrl+Shift+R)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from ui.screenshots import Settle

W = TypeVar("W", bound=QWidget)


def _wait(app: QApplication, done: Callable[[], bool], seconds: float = 20.0) -> bool:
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    return done()


def _dialog(window: MainWindow, kind: type[W], app: QApplication) -> W | None:
    _wait(app, lambda: any(d.isVisible() for d in window.findChildren(kind)), 5.0)
    return next((d for d in window.findChildren(kind) if d.isVisible()), None)


def _grab(widget: QWidget, path: Path, app: QApplication, settle: Settle) -> Path:
    settle(app)
    widget.grab().save(str(path))
    return path


def shoot(window: MainWindow, out_dir: Path, app: QApplication, settle: Settle) -> list[Path]:
    from ui.dialogs.figures import FiguresDialog
    from ui.dialogs.stage import HistoryDialog, NextContactDialog, StageDialog
    from ui.screenshots import WINDOW_SIZE, built

    written: list[Path] = []
    home = window.home
    window.tabs.setCurrentWidget(home)
    _wait(app, lambda: any(p.list.count() for p in (home.due, home.overdue, home.silent)), 5.0)
    settle(app)
    window.resize(*WINDOW_SIZE)
    written.append(_grab(window, out_dir / "80-opvolgen-vandaag.png", app, settle))

    # The first one to follow up, at the desk: the stage and the next contact in the bar.
    part = next((p for p in (home.overdue, home.due, home.silent) if p.list.count()), None)
    if part is None:
        return written
    from ui.views.home import CANDIDATE_ROLE

    cid = str(part.list.item(0).data(CANDIDATE_ROLE))
    window.open_candidate(cid)
    ws = built(window.workspace, "workspace")
    first_text = ws.contact_button.text()
    _wait(app, lambda: ws.summary is not None and ws.summary.candidate_id == cid
          and ws.stage is not None and ws.contact_button.text() != first_text, 10.0)
    written.append(_grab(window, out_dir / "81-fase-in-de-balk.png", app, settle))

    for open_it, kind, file_name in ((ws.change_stage, StageDialog, "82-fase-kiezen.png"),
                                     (ws.change_next_contact, NextContactDialog, "83-volgend-contact.png"),
                                     (ws.show_history, HistoryDialog, "84-fase-geschiedenis.png")):
        open_it()
        dialog = _dialog(window, kind, app)
        if dialog is not None:
            written.append(_grab(dialog, out_dir / file_name, app, settle))
            dialog.reject()

    window.show_figures()
    figures = built(window.findChild(FiguresDialog), "figures dialog")
    # A whole year, so the demo's trajectories show in every chart.
    figures.period.setCurrentIndex(len(figures.presets) - 1)  # the last 12 months
    figures.load()
    _wait(app, lambda: figures.figures is not None and bool(figures.charts)
          and (figures.figures.end - figures.figures.start).days >= 364, 30.0)
    figures.resize(1000, 700)
    written.append(_grab(figures, out_dir / "85-cijfers-regio.png", app, settle))
    figures.scroller.verticalScrollBar().setValue(figures.scroller.verticalScrollBar().maximum() // 2)
    written.append(_grab(figures, out_dir / "86-cijfers-regio-verder.png", app, settle))
    figures.close()
    window.tabs.setCurrentWidget(home)
    return written
