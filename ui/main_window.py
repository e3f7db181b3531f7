"""The main window shell: menus, status bar, the views in tabs, scheduled backups, clean shutdown."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from intake_desk import services
from intake_desk.storage import DatabaseCorrupt, backups

from .feedback import show_error
from .runner import DbRunner
from .views.home import HomeView, overview

log = logging.getLogger(__name__)

BACKUP_INTERVAL_MS = 30 * 60 * 1000


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    """Views plug in through three doors: `add_view` (a main tab), `add_dock` (a panel beside the
    views, such as routes and the plan) and the `candidate_selected` signal, which the candidate list
    emits and panels listen to. Data changes reach everyone through `runner.changed`."""

    ready = Signal()  # the database is open and the first overview is shown
    candidate_selected = Signal(str)  # candidate id, "" when none is selected

    def __init__(self, runner: DbRunner):
        super().__init__()
        self.runner = runner
        self.setObjectName("MainWindow")
        self.setWindowTitle("Intake Desk")
        self.resize(1280, 800)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.home = HomeView()
        self.add_view(self.home, tr("Overzicht"))
        # The desk (issue 4): candidate list with the intake form, and the quick intake (beursmodus).
        from .views.candidates import CandidatesView
        from .views.quick_intake import QuickIntakeView
        self.candidates = CandidatesView(runner, self.candidate_selected)
        self.add_view(self.candidates, tr("Kandidaten"))
        self.quick = QuickIntakeView(runner)
        self.add_view(self.quick, tr("Beursmodus"))
        self.db_label = QLabel()
        self.sample_label = QLabel()
        self.sample_label.setStyleSheet("color: #b45309; font-weight: bold; padding: 0 8px;")
        self.sample_label.setMinimumWidth(self.sample_label.fontMetrics().horizontalAdvance(
            tr("Voorbeeldgegevens")) + 24)
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.sample_label)
        self._build_menus()
        from .views.match_panel import MatchPanel  # routes (issue 5); needs the view menu, so here
        self.match_panel = MatchPanel(runner)
        self.add_dock(self.match_panel, tr("Leerroutes"), "routes")
        self.candidate_selected.connect(self.match_panel.show_candidate)
        from .views.plan_panel import install_plan  # the printed plan (issue 6): dock + batch
        install_plan(self)
        from .views.catalog_view import install_catalog  # the catalog tab and menu (issue 3)
        install_catalog(self)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_INTERVAL_MS)
        self.backup_timer.timeout.connect(lambda: self.backup(reason="gepland", quiet=True))
        runner.opened.connect(self._on_opened)
        runner.changed.connect(self._on_changed)
        self.db_label.setText(tr("Database openen: %s") % runner.path)

    def add_view(self, widget: QWidget, title: str) -> None:
        self.tabs.addTab(widget, title)

    def add_dock(self, widget: QWidget, title: str, object_name: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(object_name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        existing = [d for d in self.findChildren(QDockWidget) if d is not dock]
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        if existing:
            self.tabifyDockWidget(existing[-1], dock)
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

    def _on_changed(self, changes: services.Changes) -> None:
        if changes.candidate_list or changes.catalog:
            self.refresh_overview()

    def refresh_overview(self, ready: bool = False) -> None:
        job = self.runner.submit(overview)

        def shown(data: dict[str, Any]) -> None:
            self.home.show_overview(data)
            self.sample_label.setText(tr("Voorbeeldgegevens") if data["sample_catalog"] else "")
            self.sample_label.setToolTip(
                tr("De catalogus bevat voorbeeldgegevens (voorbeeld, KD 2015/16), geen echt aanbod.")
                if data["sample_catalog"] else "")
            if ready:
                self.ready.emit()

        job.finished.connect(shown)
        job.failed.connect(lambda exc: show_error(self, exc, job.traceback_text))

    def _open_failed(self, error: Exception) -> None:
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
        show_error(self, error)

    def backup(self, reason: str = "handmatig", quiet: bool = False) -> None:
        job = self.runner.submit(services.backup_now, reason=reason)
        if not quiet:
            job.finished.connect(lambda path: self.statusBar().showMessage(
                tr("Reservekopie gemaakt: %s") % path.name, 8000))
        job.failed.connect(lambda exc: show_error(self, exc, job.traceback_text))

    def _about(self) -> None:
        QMessageBox.about(self, tr("Over Intake Desk"), tr(
            "Intake Desk: intakes, passende leerroutes en ontwikkelplannen voor intakeadviseurs "
            "in het mbo, bij Leerwerkloketten en Regionale Mobiliteitsteams.\n\n"
            "Alle gegevens blijven op deze computer. Geen BSN."))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.candidates.confirm_close(self.quick):
            event.ignore()
            return
        self.backup_timer.stop()
        self.runner.stop()
        event.accept()
