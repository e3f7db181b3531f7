"""The desk: the candidate list with a search, every section of the intake form, and the quick intake."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QTimer

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from ui.screenshots import Settle


def _wait(app: QApplication, signal: SignalInstance, ms: int = 5000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def shoot(window: MainWindow, out_dir: Path, app: QApplication, settle: Settle) -> list[Path]:
    from ui.screenshots import WINDOW_SIZE, built
    from ui.views.intake_form import SECTIONS

    written: list[Path] = []
    # As the advisor sees the desk: the routes and plan docks beside it (they step aside on Vandaag).
    view = window.candidates
    window.tabs.setCurrentWidget(view)
    app.processEvents()
    window.resize(*WINDOW_SIZE)
    settle(app)
    view.search.setText("")
    view.apply_filter()
    _wait(app, view.model().loaded)
    if view.model().rowCount():
        view.table.setCurrentIndex(view.model().index(0, 0))
        _wait(app, view.form.loaded)
    settle(app)
    path = out_dir / "10-kandidaten.png"
    window.grab().save(str(path))
    written.append(path)
    for n in range(view.form.sections.count()):
        view.form.go_to_section(n)
        settle(app, 80)
        # Named by section key, not tab text, so every language pass writes the same file names.
        path = out_dir / f"11-intake-{n + 1}-{SECTIONS[n]}.png"
        window.grab().save(str(path))
        written.append(path)
    view.search.setText("an")
    view.apply_filter()
    _wait(app, view.model().loaded)
    settle(app)
    path = out_dir / "12-kandidaten-zoeken.png"
    window.grab().save(str(path))
    written.append(path)
    view.search.setText("")
    quick = built(window.quick, "quick intake")
    window.tabs.setCurrentWidget(quick)
    quick.first_name.setFocus()
    settle(app)
    path = out_dir / "13-beursmodus.png"
    window.grab().save(str(path))
    written.append(path)
    window.tabs.setCurrentWidget(view)
    return written
