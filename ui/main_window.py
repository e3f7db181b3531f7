"""The main window shell: menus, status bar, the views in tabs, scheduled backups, clean shutdown.

Built in one go (`MainWindow(runner)`), or for a fast start in two steps (`lazy=True`): first what the
first frame shows, the rest right after that frame is painted (see ui/app.py). The core's services and
the views' heavier modules are imported where they are used, so the first frame does not wait for them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QTranslator, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from intake_desk.interface import Interface, next_text_size

from . import theme
from .runner import DbRunner
from .views.home import HomeView, overview

if TYPE_CHECKING:
    from sqlite_utils import Database

    from intake_desk.services import Changes

log = logging.getLogger(__name__)

BACKUP_INTERVAL_MS = 30 * 60 * 1000
FIRST_FRAME_FALLBACK_MS = 1000
PARTS_AFTER_MS = 150


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def stored_interface(db: Database) -> Interface:
    """Runs on the database thread: the stored language, theme and text size."""
    from intake_desk.storage import settings

    return settings.interface(db)


def store_text_size(db: Database, size: int) -> Changes:
    """Runs on the database thread."""
    from intake_desk.services import Changes
    from intake_desk.storage import settings

    with db.atomic():
        settings.save_text_size(db, size)
    return Changes(settings=True)


class MainWindow(QMainWindow):
    """Views plug in through three doors: `add_view` (a main tab), `add_dock` (a panel beside the
    views, such as routes and the plan) and the `candidate_selected` signal, which the candidate list
    emits and panels listen to. Data changes reach everyone through `runner.changed`."""

    ready = Signal()  # the database is open, the list and the overview show data, all views exist
    first_frame = Signal()  # lazy start: the window has been painted once; the rest is built now
    candidate_selected = Signal(str)  # candidate id, "" when none is selected
    # The stored language, theme and text size (an Interface), read once the database is open and
    # after every change of the settings; the window follows the theme and text size itself.
    interface_read = Signal(object)

    def __init__(self, runner: DbRunner, *, lazy: bool = False):
        super().__init__()
        self.runner = runner
        self.translator: QTranslator | None = None  # the interface translation start-up installed
        # The theme and text size in force, which the window keeps in step with the stored settings;
        # None for a window whose look the caller manages (tests run without the theme).
        self.look: Interface | None = None
        self.theme_cache: Path | None = None
        self._text_size_asked = 0
        self.setObjectName("MainWindow")
        self.setWindowTitle("Intake Desk")
        self.resize(1280, 800)
        self._lazy = lazy
        self._started = False
        self._building = False
        self._ready_due = False  # data is shown; `ready` waits only for the parts still to build
        self._selected = ""  # for panels built after a candidate was selected
        self._docks: list[QDockWidget] = []
        self._reserved_tabs: dict[str, QWidget] = {}
        self._reserved_docks: dict[str, QDockWidget] = {}
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.home = HomeView()
        self.add_view(self.home, tr("Overzicht"))
        # The desk (issue 4): candidate list with the intake form, and the quick intake (beursmodus).
        from .views.candidates import CandidatesView
        self.candidates = CandidatesView(runner, self.candidate_selected, lazy=lazy)
        self.add_view(self.candidates, tr("Kandidaten"))
        self.candidate_selected.connect(lambda cid: setattr(self, "_selected", cid))
        self.db_label = QLabel()
        self.sample_label = QLabel()
        self.sample_label.setStyleSheet("color: #b45309; font-weight: bold; padding: 0 8px;")
        self.sample_label.setMinimumWidth(self.sample_label.fontMetrics().horizontalAdvance(
            tr("Voorbeeldgegevens")) + 24)
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.sample_label)
        self._build_menus()
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_INTERVAL_MS)
        self.backup_timer.timeout.connect(lambda: self.backup(reason="gepland", quiet=True))
        runner.opened.connect(self._on_opened)
        runner.changed.connect(self._on_changed)
        self.db_label.setText(tr("Database openen: %s") % runner.path)
        # What a lazy start builds after the first frame, one part per turn of the event loop.
        self._pending: list[Callable[[], None]] = [
            self.candidates.finish_building, self._build_quick, self._build_routes,
            self._build_plan, self._build_catalog]
        if lazy:
            # The tab bar and the docks are complete in the first frame; their contents follow.
            self._reserve_tab(tr("Beursmodus"))
            self._reserve_tab(QCoreApplication.translate("CatalogView", "Catalogus"))
            self._reserve_dock("routes", tr("Leerroutes"))
            self._reserve_dock("plan", QCoreApplication.translate("PlanPanel", "Plan"))
            # Should no paint ever come (a start minimised on some desktops), start anyway.
            QTimer.singleShot(FIRST_FRAME_FALLBACK_MS, self._after_first_frame)
        else:
            self.finish_building()

    def finish_building(self) -> None:
        """Build every part a lazy start has not built yet, now (idempotent)."""
        while self._pending:
            self._pending.pop(0)()
        self._maybe_ready()

    def _build_quick(self) -> None:
        from .views.quick_intake import QuickIntakeView
        self.quick = QuickIntakeView(self.runner)
        self.add_view(self.quick, tr("Beursmodus"))
        self.quick.open_candidate.connect(self.open_candidate)

    def open_candidate(self, candidate_id: str) -> None:
        """Show a stored candidate at the desk (e.g. a possible duplicate found in the beursmodus)."""
        self.candidates.finish_building()
        self.tabs.setCurrentWidget(self.candidates)
        self.candidates.open_candidate(candidate_id)

    def _build_routes(self) -> None:
        from .views.match_panel import MatchPanel  # routes (issue 5)
        self.match_panel = MatchPanel(self.runner)
        self.add_dock(self.match_panel, tr("Leerroutes"), "routes")
        self.candidate_selected.connect(self.match_panel.show_candidate)
        if self._selected:
            self.match_panel.show_candidate(self._selected)

    def _build_plan(self) -> None:
        from .views.plan_panel import install_plan  # the printed plan (issue 6): dock + batch
        install_plan(self)
        if self._selected:
            self.plan_panel.show_candidate(self._selected)

    def _build_catalog(self) -> None:
        from .views.catalog_view import install_catalog  # the catalog tab and menu (issue 3)
        install_catalog(self)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._lazy and not self._started:
            # Queued: runs once this frame (the children paint after this) is on screen.
            QTimer.singleShot(0, self._after_first_frame)

    def _after_first_frame(self) -> None:
        if self._started:
            return
        self._started = True
        self.first_frame.emit()
        self.runner.open()
        # The list's first page comes first: the parts are built once it is shown, or after
        # PARTS_AFTER_MS if opening takes long (a big quick_check, which leaves Python free). Built
        # while the database thread is still importing the core, they would slow both down.
        self.candidates.model().loaded.connect(self._build_parts)
        self.runner.opened.connect(self._build_parts_on_error)
        QTimer.singleShot(PARTS_AFTER_MS, self._build_parts)

    def _build_parts_on_error(self, error: Exception | None) -> None:
        if error is not None:
            self._build_parts()

    def _build_parts(self) -> None:
        if self._building:
            return
        self._building = True
        self.candidates.model().loaded.disconnect(self._build_parts)
        self.runner.opened.disconnect(self._build_parts_on_error)
        self._build_next()  # one part per turn of the event loop, so data is shown in between

    def _build_next(self) -> None:
        if self._pending:
            self._pending.pop(0)()
        if self._pending:
            QTimer.singleShot(0, self._build_next)
        else:
            self._maybe_ready()

    def _maybe_ready(self) -> None:
        if self._ready_due and not self._pending:
            self._ready_due = False
            self.ready.emit()

    def _reserve_tab(self, title: str) -> None:
        holder = QWidget()
        self._reserved_tabs[title] = holder
        self.tabs.addTab(holder, title)

    def _reserve_dock(self, object_name: str, title: str) -> None:
        self._reserved_docks[object_name] = self.add_dock(QWidget(), title, object_name)

    def add_view(self, widget: QWidget, title: str) -> None:
        holder = self._reserved_tabs.pop(title, None)
        if holder is not None:  # the view takes its reserved place (tabs.setCurrentWidget(view) works)
            index = self.tabs.indexOf(holder)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, title)
            holder.deleteLater()
            return
        self.tabs.addTab(widget, title)

    def add_dock(self, widget: QWidget, title: str, object_name: str) -> QDockWidget:
        reserved = self._reserved_docks.pop(object_name, None)
        if reserved is not None:
            placeholder = reserved.widget()
            reserved.setWidget(widget)
            placeholder.deleteLater()
            return reserved
        dock = QDockWidget(title, self)
        dock.setObjectName(object_name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        if self._docks:
            self.tabifyDockWidget(self._docks[-1], dock)
        self._docks.append(dock)
        self.view_menu.addAction(dock.toggleViewAction())
        return dock

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&Bestand"))
        from .views.candidates import install_actions
        install_actions(self, file_menu)
        file_menu.addSeparator()
        self.backup_action = QAction(tr("&Reservekopie maken"), self)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.triggered.connect(lambda: self.backup(reason="handmatig"))
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        quit_action = QAction(tr("&Afsluiten"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.view_menu = bar.addMenu(tr("Be&eld"))
        for text, keys, step in ((tr("Tekst &groter"), QKeySequence.StandardKey.ZoomIn, 1),
                                 (tr("Tekst &kleiner"), QKeySequence.StandardKey.ZoomOut, -1),
                                 (tr("&Normale tekstgrootte"), QKeySequence("Ctrl+0"), 0)):
            action = QAction(text, self)
            action.setShortcut(keys)
            action.triggered.connect(lambda _checked=False, s=step: self.step_text_size(s))
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        help_menu = bar.addMenu(tr("&Help"))
        about = QAction(tr("&Over Intake Desk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _on_opened(self, error: Exception | None) -> None:
        if error is not None:
            self._open_failed(error)
            return
        self.db_label.setText(tr("Database: %s") % self.runner.path)
        self.backup_timer.start()
        self.refresh_overview(ready=True)
        self._read_interface()

    def _on_changed(self, changes: Changes) -> None:
        if changes.candidate_list or changes.catalog:
            self.refresh_overview()
        if changes.settings:
            self._read_interface()

    def _read_interface(self) -> None:
        self.runner.submit(stored_interface).finished.connect(self._interface_read)

    def _interface_read(self, stored: Interface) -> None:
        self.follow_look(stored)
        self.interface_read.emit(stored)

    def follow_look(self, stored: Interface) -> None:
        """A new theme or text size shows at once; a new language at the next start."""
        look = self.look
        if look is None or (stored.theme, stored.text_size) == (look.theme, look.text_size):
            return
        app = QApplication.instance()
        if isinstance(app, QApplication):
            from intake_desk.paths import data_dir

            theme.apply(app, stored.theme, self.theme_cache or data_dir() / "theme-cache",
                        stored.text_size)
        self.look = look._replace(theme=stored.theme, text_size=stored.text_size)
        if stored.text_size != look.text_size:
            self.statusBar().showMessage(tr("Tekstgrootte: %d%%") % stored.text_size, 4000)

    def step_text_size(self, step: int) -> None:
        """Ctrl++ / Ctrl+- / Ctrl+0: stored, so the next start and the other dialogs keep it."""
        # From the size last asked for, not the one shown: quick presses each count.
        current = self._text_size_asked or (self.look.text_size if self.look is not None else 100)
        size = 100 if step == 0 else next_text_size(current, step)
        if size == current:
            self.statusBar().showMessage(tr("Tekstgrootte: %d%%") % size, 4000)
            return
        self._text_size_asked = size
        job = self.runner.submit(store_text_size, size)
        job.failed.connect(lambda exc: self._show_error(exc, job.traceback_text))

    def refresh_overview(self, ready: bool = False) -> None:
        job = self.runner.submit(overview)

        def shown(data: dict[str, Any]) -> None:
            self.home.show_overview(data)
            self.sample_label.setText(tr("Voorbeeldgegevens") if data["sample_catalog"] else "")
            self.sample_label.setToolTip(
                tr("De catalogus bevat voorbeeldgegevens (voorbeeld, KD 2015/16), geen echt aanbod.")
                if data["sample_catalog"] else "")
            if ready:
                self._ready_due = True
                self._maybe_ready()

        job.finished.connect(shown)
        job.failed.connect(lambda exc: self._show_error(exc, job.traceback_text))

    def _show_error(self, exc: Exception, trace: str = "") -> None:
        from .feedback import show_error

        show_error(self, exc, trace)

    def _open_failed(self, error: Exception) -> None:
        from intake_desk.storage import DatabaseCorrupt, backups

        self.db_label.setText(tr("Database niet geopend"))
        if isinstance(error, DatabaseCorrupt) and error.newest_backup is not None:
            answer = QMessageBox.question(
                self, tr("Database beschadigd"),
                str(error) + "\n\n" + tr("Nu de nieuwste goede reservekopie terugzetten? "
                                         "Het beschadigde bestand blijft bewaard."))
            if answer == QMessageBox.StandardButton.Yes:
                aside = backups.restore(error.newest_backup, self.runner.path)
                log.info("restored database; damaged file kept aside")
                QMessageBox.information(self, tr("Teruggezet"),
                                        tr("De reservekopie is teruggezet. Het beschadigde bestand "
                                           "staat in %s.") % aside)
                self.runner.open()
            return
        self._show_error(error)

    def backup(self, reason: str = "handmatig", quiet: bool = False) -> None:
        from intake_desk import services

        job = self.runner.submit(services.backup_now, reason=reason)
        if not quiet:
            job.finished.connect(lambda path: self.statusBar().showMessage(
                tr("Reservekopie gemaakt: %s") % path.name, 8000))
        job.failed.connect(lambda exc: self._show_error(exc, job.traceback_text))

    def _about(self) -> None:
        QMessageBox.about(self, tr("Over Intake Desk"), tr(
            "Intake Desk: intakes, passende leerroutes en ontwikkelplannen voor intakeadviseurs "
            "in het mbo, bij Leerwerkloketten en Regionale Mobiliteitsteams.\n\n"
            "Alle gegevens blijven op deze computer. Geen BSN."))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.candidates.confirm_close(getattr(self, "quick", None)):
            event.ignore()
            return
        self.backup_timer.stop()
        self.runner.stop()
        event.accept()
