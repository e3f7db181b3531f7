"""The main window shell: menus, status bar, the views in tabs, scheduled backups, clean shutdown.

Built in one go (`MainWindow(runner)`), or for a fast start in two steps (`lazy=True`): first what the
first frame shows, the rest right after that frame is painted (see ui/app.py). The window builds and
owns its parts: each is a typed attribute, None until built; tabs are found by their id (`parts.Tab`),
never by their translated title. The modules of the parts built after the first frame are imported in
one place, `ui/parts.py`, which says why each waits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, QTranslator, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QWidget,
)

from intake_desk.interface import Interface, next_text_size

from . import parts, theme
from .parts import Tab
from .runner import DbRunner
from .views.candidates import CandidatesView
from .views.home import HomeView

if TYPE_CHECKING:
    from intake_desk.app.followup import FollowUpList
    from intake_desk.domain.changes import Changes

    from .views.catalog_view import CatalogView
    from .views.match_panel import MatchPanel
    from .views.plan_panel import PlanPanel
    from .views.quick_intake import QuickIntakeView
    from .views.workspace import Workspace

# A dock hidden away from the desk: (dock, the docks it was tabbed with, in front, its width).
HiddenDock = tuple[QDockWidget, list[QDockWidget], bool, int]

log = logging.getLogger(__name__)

BACKUP_INTERVAL_MS = 30 * 60 * 1000
FIRST_FRAME_FALLBACK_MS = 1000
# The parts built after the first frame wait for the list's first page (see _after_first_frame), or
# this long after the core was imported while the file is still being opened (a quick_check or
# migrations: SQLite's work, which leaves Python free), or this long after it opened when the page
# never comes (a failed read).
PARTS_AFTER_MS = 300
PAGE_WAIT_MS = 2000


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def zoom_in_keys() -> list[QKeySequence]:
    """Ctrl++ as people press it. Most press Ctrl with the '+/=' key and no Shift, which is Ctrl+=
    (browsers taught it); the keypad's '+' comes with the keypad flag. Not Ctrl+Shift++ or
    Ctrl+Shift+=: on X11 a Shift+= press also matches Ctrl++, and two matches make Qt drop the key
    as ambiguous (measured under Xvfb, tests/ui/test_acceptance_day.py)."""
    ctrl = Qt.KeyboardModifier.ControlModifier
    return [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+="),
            QKeySequence(ctrl | Qt.KeyboardModifier.KeypadModifier | Qt.Key.Key_Plus)]


def zoom_out_keys() -> list[QKeySequence]:
    ctrl = Qt.KeyboardModifier.ControlModifier
    return [QKeySequence(QKeySequence.StandardKey.ZoomOut),
            QKeySequence(ctrl | Qt.KeyboardModifier.KeypadModifier | Qt.Key.Key_Minus)]



def _is_exotic_key(text: str) -> bool:
    """F13 and higher: keys of Sun and old Apple keyboards that Qt lists among its standard keys."""
    return text.startswith("F") and text[1:].isdigit() and int(text[1:]) > 12


# Keys of Qt's standard Undo and Redo that no advisor's keyboard has; listed, they read as words
# ("Ctrl+Z, Ongedaan maken") rather than keys.
_NO_SUCH_KEY = (Qt.Key.Key_Undo, Qt.Key.Key_Redo)


def key_text(key: QKeySequence) -> str:
    """A key as Help > Sneltoetsen lists it, or "" for one no keyboard of an advisor has. Qt names
    the big key "Return"; the keyboard and the manuals say Enter (README: Ctrl+Shift+Enter)."""
    if key.isEmpty() or key[0].key() in _NO_SUCH_KEY:  # type: ignore[index]  # stubs lack __getitem__
        return ""
    text = key.toString(QKeySequence.SequenceFormat.NativeText)
    return "" if _is_exotic_key(text) else text.replace("Return", "Enter")


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
        self.ui_state: QSettings | None = None  # where the geometry is kept (ui/app.py start_window)
        self.is_ready = False
        self.db_open = False
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
        self._tabs_by_id: dict[Tab, QWidget] = {}
        self._reserved_tabs: dict[Tab, QWidget] = {}
        self._reserved_docks: dict[str, QDockWidget] = {}
        self._hidden_docks: list[HiddenDock] = []  # the docks Vandaag and the other tabs put away
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.home = HomeView(self.tabs.findChild(QStackedWidget))  # built in place: see CandidatesView
        self.add_view(self.home, tr("Vandaag"), Tab.HOME)
        # The desk (issue 4): candidate list with the intake form, and the quick intake (beursmodus).
        # Built inside the tab widget's page stack, where add_view puts it: a view built parentless
        # and then moved in gets the application's style sheet propagated through all its
        # children again (~5-9 ms for this one before the first frame, issue 12).
        self.candidates = CandidatesView(runner, self.candidate_selected,
                                         self.tabs.findChild(QStackedWidget), lazy=lazy)
        self.add_view(self.candidates, tr("Kandidaten"), Tab.DESK)
        self.candidate_selected.connect(self._remember_selected)
        # The parts built after the first frame (ui/parts.py): None until then.
        self.quick: QuickIntakeView | None = None
        self.catalog: CatalogView | None = None
        self.match_panel: MatchPanel | None = None
        self.plan_panel: PlanPanel | None = None
        self.plan_dock: QDockWidget | None = None
        # The candidate header and steps (issue 12), with their keys.
        self.workspace: Workspace | None = None
        self.workspace_bar: QToolBar | None = None
        self.stage_action: QAction | None = None
        self.next_contact_action: QAction | None = None
        self.catalog_menu: QMenu | None = None
        self.catalog_import_action: QAction | None = None
        self.catalog_export_action: QAction | None = None
        self.demand_import_action: QAction | None = None
        self.plan_batch_action: QAction | None = None
        self.fair_menu: QMenu | None = None
        self.privacy_menu: QMenu | None = None
        # The bar and the docks follow the tab: they are about the candidate at the desk.
        self.tabs.currentChanged.connect(self._tab_shown)
        # Start-up shows a tab without changing it (Vandaag is the first): app.start_window calls
        # follow_tab before the first frame, so the docks are already out of the way in that frame.
        self.first_frame.connect(self.follow_tab)
        self._wire_home()
        self.ready.connect(self._name_qt_parts)
        self.db_label = QLabel()
        self.sample_label = QLabel()
        self.sample_label.setStyleSheet("color: #b45309; font-weight: bold; padding: 0 8px;")
        self.sample_label.setMinimumWidth(self.sample_label.fontMetrics().horizontalAdvance(
            tr("Voorbeeldgegevens")) + 24)
        # Permanent (at the right), so a message such as "Plan opgeslagen: ..." never overlaps it.
        # Who needs a call today (and who is overdue): one click back to Vandaag (issue 17).
        self.followup_button = QPushButton()
        self.followup_button.setObjectName("followupCount")
        self.followup_button.setAccessibleName(tr("Opvolgen"))
        self.followup_button.setFlat(True)
        self.followup_button.hide()
        self.followup_button.clicked.connect(lambda: self.tabs.setCurrentWidget(self.home))
        self.statusBar().addPermanentWidget(self.followup_button)
        self.statusBar().addPermanentWidget(self.db_label)
        self.statusBar().addPermanentWidget(self.sample_label)
        self._build_menus()
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_INTERVAL_MS)
        self.backup_timer.timeout.connect(lambda: self.backup(reason="gepland", quiet=True))
        runner.opened.connect(self._on_opened)
        runner.damaged.connect(self._open_failed)
        runner.changed.connect(self._on_changed)
        self.db_label.setText((tr("Server openen: %s") if runner.is_server else tr(
            "Database openen: %s")) % runner.shown_name)
        self.db_label.setToolTip(runner.shown_address)
        # What a lazy start builds after the first frame, one part per turn of the event loop.
        self._pending: list[Callable[[], None]] = [
            self.candidates.finish_building, self._build_workspace_bar, self._build_quick,
            self._build_routes, self._build_plan, self._build_catalog, self._build_later_menus]
        if lazy:
            # The tab bar and the docks are complete in the first frame; their contents follow.
            self._reserve_tab(Tab.QUICK, tr("Beursmodus"))
            self._reserve_tab(Tab.CATALOG, QCoreApplication.translate("CatalogView", "Catalogus"))
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

    def _remember_selected(self, candidate_id: str) -> None:
        self._selected = candidate_id

    def _name_qt_parts(self) -> None:
        from .accessibility import name_qt_parts

        name_qt_parts(self)

    def _build_workspace_bar(self) -> None:
        bar = parts.workspace_bar(self)  # hidden on Vandaag, the first tab
        self.workspace, self.workspace_bar = bar.workspace, bar.bar
        self.stage_action, self.next_contact_action = bar.stage_action, bar.next_contact_action
        bar.bar.setVisible(self.tabs.currentWidget() is self.candidates)  # as _tab_shown keeps it
        # The bar has its own Ctrl+Z (a stage change first, else the form's last edit).
        self._share_form_keys(bar.workspace, undo=False, redo=True)
        bar.workspace.form_undo = self.candidates.form.undo_stack.undo
        if self._selected:
            bar.workspace.show_candidate(self._selected)

    def _share_form_keys(self, place: QWidget, *, undo: bool, redo: bool) -> None:
        """The intake form's keys (Ctrl+S, Alt+1..8, and undo/redo where `place` has none of its
        own) also while the focus is in `place`: the bar above the desk and the docks beside it.
        After "Volgende stap" the focus is in the plan dock, and Tab from the form's last field goes
        to the bar; there Ctrl+S and Alt+8 did nothing, and an advisor who thought the intake saved
        lost it at closing (found walking the app, session 8)."""
        form = self.candidates.form
        theirs = [a for a, shared in ((form.undo_action, undo), (form.redo_action, redo)) if not shared]
        place.addActions([a for a in form.actions() if a not in theirs])

    def _build_quick(self) -> None:
        self.quick = parts.quick_intake()(self.runner)
        self.add_view(self.quick, tr("Beursmodus"), Tab.QUICK)
        self.quick.open_candidate.connect(self.open_candidate)
        # The next person at the fair: the routes and plan beside the form are emptied, not left
        # showing whoever sat there before. Back at the desk, the list's choice shows again.
        self.quick.next_person.connect(lambda: self.candidate_selected.emit(""))
        self.tabs.currentChanged.connect(self._tab_changed)

    # -- the bar and the docks follow the tab ----------------------------------------------------

    def follow_tab(self) -> None:
        """Fit the bar and the docks to the current tab (also before the first frame)."""
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        # The bar and the docks are about the candidate at the desk. Vandaag (the whole day), the
        # beursmodus (a new person each minute, nothing to show beside it) and the catalog get
        # the whole width instead of an empty grey panel.
        at_desk = current is self.candidates
        self._docks_beside(at_desk)
        if self.workspace_bar is not None:
            self.workspace_bar.setVisible(at_desk)
        if current is self.home and self.db_open:
            self.refresh_overview()  # drafts are kept without a change signal; show them fresh

    def _docks_beside(self, shown: bool) -> None:
        """Away from the desk (Vandaag, beursmodus, catalog) the Leerroutes and Plan docks, which
        belong to one candidate, step aside and come back as they were (a dock the advisor closed
        stays closed; docks tabbed together stay tabbed, with the same one in front and the same
        width)."""
        if not shown:
            # isHidden, not isVisible: before the window is first shown nothing is visible yet.
            hidden = [d for d in self.findChildren(QDockWidget) if not d.isHidden()]
            if hidden:
                # Hidden before the window was ever laid out (start-up on Vandaag): the first dock
                # (Leerroutes, the next step after the intake) in front, at a default width.
                laid_out = any(not d.visibleRegion().isEmpty() for d in hidden)
                self._hidden_docks = [
                    (d, [t for t in self.tabifiedDockWidgets(d) if t in hidden],
                     not d.visibleRegion().isEmpty() if laid_out else d is hidden[0],
                     d.width() if laid_out else 0) for d in hidden]
                for dock in hidden:
                    dock.hide()
            return
        kept, self._hidden_docks = self._hidden_docks, []
        for dock, _tabbed, _front, _width in kept:
            dock.show()
        # Hidden together, tabbed docks come back side by side in Qt; put them back as they were.
        for dock, tabbed, _front, _width in kept:
            for other in tabbed:
                if not dock.isFloating() and not other.isFloating() and (
                        other not in self.tabifiedDockWidgets(dock)):
                    self.tabifyDockWidget(dock, other)
        for dock, _tabbed, front, _width in kept:
            if front:
                dock.raise_()
        # Never laid out yet (hidden from the start): 30% of the window, the desk gets the rest.
        placed = [(d, w or max(d.minimumSizeHint().width(), self.width() * 3 // 10))
                  for d, _t, front, w in kept if front and not d.isFloating()]
        if placed:  # once the docks are back in the layout (a resize before that is lost)
            QTimer.singleShot(0, lambda: self.resizeDocks(
                [d for d, _w in placed], [w for _d, w in placed], Qt.Orientation.Horizontal))

    # -- Vandaag leads to the desk -----------------------------------------------------------------

    def _wire_home(self) -> None:
        home = self.home
        home.open_candidate.connect(self.open_candidate)
        home.open_draft.connect(self.open_draft)
        home.new_intake.connect(self.new_intake)
        home.quick_intake.connect(self.start_quick_intake)
        home.search.connect(self.search_candidates)

    def open_draft(self, draft_id: str) -> None:
        """Show a kept draft in the form it came from (the desk or the beursmodus), to check and
        save."""
        from intake_desk.app.drafts import Draft, load_draft

        job = self.runner.submit(load_draft, draft_id)

        def loaded(draft: Draft | None) -> None:
            if draft is None:
                self.refresh_overview()  # saved or thrown away meanwhile
                return
            self.finish_building()
            self.candidates.forget_draft(draft.id)
            if draft.form == "quick" and self.quick is not None:
                self.show_tab(Tab.QUICK)
                self.quick.restore(draft)
            else:
                self.show_tab(Tab.DESK)
                self.candidates.restore_draft(draft)

        job.finished.connect(loaded)
        job.failed.connect(lambda exc: self._show_error(exc, job.traceback_text))

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.candidates and hasattr(self.candidates, "form"):
            chosen = self.candidates.form.candidate_id or ""
            if chosen != self._selected:
                self.candidate_selected.emit(chosen)

    def new_intake(self) -> None:
        self.show_tab(Tab.DESK)
        self.candidates.new_intake()

    def start_quick_intake(self) -> None:
        quick = self.show_tab(Tab.QUICK)  # built now if the first moments of a lazy start
        if self.quick is not None and quick is self.quick:
            self.quick.first_name.setFocus()

    def search_candidates(self) -> None:
        self.show_tab(Tab.DESK)
        self.candidates.focus_search()

    def open_settings(self) -> None:
        from .dialogs.settings import SettingsDialog

        SettingsDialog(self.runner, self).open()

    def open_candidate(self, candidate_id: str) -> None:
        """Show a stored candidate at the desk (e.g. a possible duplicate found in the beursmodus)."""
        self.candidates.finish_building()
        self.tabs.setCurrentWidget(self.candidates)
        self.candidates.open_candidate(candidate_id)

    def _build_routes(self) -> None:
        panel = parts.match_panel()(self.runner)  # routes (issue 5)
        self.match_panel = panel
        dock = self.add_dock(panel, tr("Leerroutes"), "routes")
        self._share_form_keys(dock, undo=False, redo=False)  # Ctrl+Z there undoes a route edit
        self.candidate_selected.connect(panel.show_candidate)
        if self._selected:
            panel.show_candidate(self._selected)

    def _build_plan(self) -> None:
        """The plan dock (issue 6) and, above Afsluiten, the day's batch of plans."""
        panel = parts.plan_panel()(self.runner)
        self.plan_panel = panel
        self.plan_dock = self.add_dock(panel, QCoreApplication.translate("PlanPanel", "Plan"), "plan")
        self._share_form_keys(self.plan_dock, undo=True, redo=True)
        self.candidate_selected.connect(panel.show_candidate)
        # Ctrl+P from anywhere in the window: the help text promised it, but it was the plan
        # button's own key, dead while the Leerroutes dock lay on top of the plan, and missing
        # from Help > Sneltoetsen.
        self.print_plan_action = QAction(tr("&Plan afdrukken…"), self)
        self.print_plan_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_plan_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.print_plan_action.triggered.connect(self.print_plan)
        self.file_menu.insertAction(self.quit_separator, self.print_plan_action)
        action = QAction(QCoreApplication.translate("PlanPanel", "Plannen van een dag afdrukken…"), self)
        action.setObjectName("plan_batch_action")
        action.triggered.connect(self.open_plan_batch)
        # Above Afsluiten: the last entry of a file menu is the one that ends the program.
        self.file_menu.insertAction(self.quit_separator, action)
        self.plan_batch_action = action
        if self._selected:
            panel.show_candidate(self._selected)

    def print_plan(self) -> None:
        """The chosen candidate's plan to the printer (or PDF); without a plan, why not."""
        panel, dock = self.plan_panel, self.plan_dock
        if panel is None or dock is None:
            return
        if self.current_tab() is Tab.DESK:
            dock.show()
            dock.raise_()
        if panel.data:
            panel.print_plan()
        else:
            self.statusBar().showMessage(panel.status.text(), 8000)

    def open_plan_batch(self) -> None:
        # Imported when asked for: the dialog brings ReportLab, which the window's start does not need.
        from .dialogs.plan_batch import PlanBatchDialog

        PlanBatchDialog(self.runner, self).exec()

    def _build_catalog(self) -> None:
        """The catalog tab and its menu (issue 3), before Beeld."""
        view = parts.catalog_view()(self.runner)
        self.catalog = view
        self.add_view(view, QCoreApplication.translate("CatalogView", "Catalogus"), Tab.CATALOG)
        menu = parts.catalog_menu(self, self.runner)
        self.menuBar().insertMenu(self.view_menu.menuAction(), menu.menu)
        self.catalog_menu = menu.menu
        self.catalog_import_action = menu.import_catalog
        self.catalog_export_action = menu.export_catalog
        self.demand_import_action = menu.import_demand
        # Built after the database opened (a lazy start), the tab missed `opened`, its cue to load.
        if self.db_open:
            view.reload()

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
        # The list's first page comes first: the parts are built once it is shown. Built while the
        # database thread still imports the core or reads the page (the rows are checked and made
        # in Python), each part would hold that thread up through the GIL, and the arriving page
        # would wait for the part in progress: on a busy machine a timer from `core_loaded` alone
        # fired before the page and put the intake form (~300 ms there) in front of it.
        # Only an opening that is still busy after PARTS_AFTER_MS (SQLite's work) lets the parts
        # use that time; a page that does not come after opening (a failed read) waits PAGE_WAIT_MS.
        self.candidates.model().loaded.connect(self._build_parts)
        self.runner.opened.connect(self._parts_after_open)
        self.runner.core_loaded.connect(self._parts_if_opening_is_slow)
        self.runner.open()

    def _parts_if_opening_is_slow(self) -> None:
        QTimer.singleShot(PARTS_AFTER_MS, self._parts_while_opening)

    def _parts_while_opening(self) -> None:
        # The worker's handle, not `runner.is_open`: its `opened` may still wait in this thread's
        # queue (behind this timer), and then the page is already on its way.
        if not self._building and not self.runner.is_open and self.runner.worker.db is None:
            self._build_parts()

    def _parts_after_open(self, error: Exception | None) -> None:
        if error is not None:
            self._build_parts()
        elif not self._building:
            QTimer.singleShot(PAGE_WAIT_MS, self._build_parts)

    def _build_parts(self) -> None:
        if self._building:
            return
        self._building = True
        self.candidates.model().loaded.disconnect(self._build_parts)
        self.runner.opened.disconnect(self._parts_after_open)
        self.runner.core_loaded.disconnect(self._parts_if_opening_is_slow)
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
            self.is_ready = True
            self.ready.emit()

    def _reserve_tab(self, tab: Tab, title: str) -> None:
        holder = QWidget()
        self._reserved_tabs[tab] = holder
        self.tabs.addTab(holder, title)

    def _reserve_dock(self, object_name: str, title: str) -> None:
        self._reserved_docks[object_name] = self.add_dock(QWidget(), title, object_name)

    def add_view(self, widget: QWidget, title: str, tab: Tab | None = None) -> None:
        """A main tab; with an id, the view takes the place a lazy start reserved for it."""
        if tab is not None:
            self._tabs_by_id[tab] = widget
        holder = self._reserved_tabs.pop(tab, None) if tab is not None else None
        if holder is not None:  # the view takes its reserved place (tabs.setCurrentWidget(view) works)
            index = self.tabs.indexOf(holder)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, title)
            holder.deleteLater()
            return
        self.tabs.addTab(widget, title)

    def show_tab(self, tab: Tab) -> QWidget:
        """Make the tab `tab` current (building the parts first if a lazy start has not yet) and
        return its view."""
        if tab not in self._tabs_by_id:
            self.finish_building()
        view = self._tabs_by_id[tab]
        self.tabs.setCurrentWidget(view)
        return view

    def current_tab(self) -> Tab | None:
        current = self.tabs.currentWidget()
        return next((t for t, view in self._tabs_by_id.items() if view is current), None)

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
        # The desk's entries: new intake, quick intake (beursmodus), search, settings.
        for text, shortcut, slot in ((tr("&Nieuwe intake"), "Ctrl+N", self.new_intake),
                                 (tr("&Snelle intake (beursmodus)"), "Ctrl+Shift+N",
                                  self.start_quick_intake),
                                 (tr("&Zoeken"), "Ctrl+F", self.search_candidates),
                                 (tr("&Instellingen…"), "Ctrl+,", self.open_settings)):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.backup_action = QAction(tr("&Reservekopie maken"), self)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.triggered.connect(lambda: self.backup(reason="handmatig"))
        file_menu.addAction(self.backup_action)
        if self.runner.is_server:
            why = tr("Werkt niet op een gedeelde server: IT maakt de reservekopieën van de server "
                     "(pg_dump).")
            self.backup_action.setEnabled(False)
            self.backup_action.setToolTip(why)
            self.backup_action.setStatusTip(why)
            file_menu.setToolTipsVisible(True)
        # Entries added later (printing a day's plans) go above this separator, Afsluiten stays last.
        self.quit_separator = file_menu.addSeparator()
        self.quit_action = QAction(tr("&Afsluiten"), self)
        # Qt's standard Quit key is empty outside KDE, GNOME and macOS (Windows, other desktops).
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        self.file_menu = file_menu
        self.view_menu = bar.addMenu(tr("Be&eld"))
        self.text_size_actions: list[QAction] = []
        for text, keys, step in ((tr("Tekst &groter"), zoom_in_keys(), 1),
                                 (tr("Tekst &kleiner"), zoom_out_keys(), -1),
                                 (tr("&Normale tekstgrootte"), [QKeySequence("Ctrl+0")], 0)):
            action = QAction(text, self)
            action.setShortcuts(keys)
            # Window-wide, also while a dock or a dialog-less panel has the focus.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, s=step: self.step_text_size(s))
            self.view_menu.addAction(action)
            self.text_size_actions.append(action)
        self.view_menu.addSeparator()
        self.overview_menu = bar.addMenu(tr("&Overzicht"))
        self.figures_action = QAction(tr("&Cijfers regio…"), self)
        self.figures_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.figures_action.triggered.connect(self.show_figures)
        self.overview_menu.addAction(self.figures_action)
        help_menu = bar.addMenu(tr("&Help"))
        self.help_menu = help_menu
        self.how_action = QAction(tr("&Hoe werkt het?"), self)
        self.how_action.triggered.connect(self._how_it_works)
        help_menu.addAction(self.how_action)
        self.keys_action = QAction(tr("&Sneltoetsen"), self)
        self.keys_action.setShortcut(QKeySequence("F1"))
        self.keys_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.keys_action)
        help_menu.addSeparator()
        about = QAction(tr("&Over Intake Desk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_later_menus(self) -> None:
        """Menus whose modules the first frame does not wait for (ui/parts.py), before Help."""
        # Issue 16, fair mode: Beurs (before Help): make/read a beursbundel, conflicts, enrolment.
        self.fair_menu = parts.fair_menu(self)
        # Issue 15, the AVG rights: Privacy (before Help): inzage, wissen, logboek, bewaartermijn.
        self.privacy_menu = parts.privacy_menu(self)

    def _on_opened(self, error: Exception | None) -> None:
        if error is not None:
            self._open_failed(error)
            return
        self.db_open = True
        # The name is enough to recognise it; the whole path would fill the bar (it is in the tooltip).
        # A server is named by host/database (never a password; the address is in the tooltip).
        self.db_label.setText((tr("Server: %s") if self.runner.is_server else tr("Database: %s"))
                              % self.runner.shown_name)
        self.db_label.setToolTip(self.runner.shown_address)
        if not self.runner.is_server:  # a server's backups are IT's (pg_dump, docs/postgresql.md)
            self.backup_timer.start()
        self.refresh_overview(ready=True)
        self._read_interface()

    def _on_changed(self, changes: Changes) -> None:
        if (changes.candidate_list or changes.catalog or changes.candidates or changes.plans
                or changes.followup):
            self.refresh_overview()
        if changes.settings:
            self._read_interface()

    def _read_interface(self) -> None:
        stored_interface = parts.use_case("intake_desk.app.settings", "stored_interface")
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
        from intake_desk.app.settings import store_text_size

        job = self.runner.submit(store_text_size, size)
        job.failed.connect(lambda exc: self._show_error(exc, job.traceback_text))

    def refresh_overview(self, ready: bool = False) -> None:
        job = self.runner.submit(parts.use_case("intake_desk.app.home", "overview"))

        def shown(data: dict[str, Any]) -> None:
            self.home.show_overview(data)
            self.show_followup_count(data.get("followup"))
            self.sample_label.setText(tr("Voorbeeldgegevens") if data["sample_catalog"] else "")
            self.sample_label.setToolTip(
                tr("De catalogus is een voorbeeld: echte scholen en crebo's, verzonnen aanbod (wie wat "
                   "geeft, data, prijzen).")
                if data["sample_catalog"] else "")
            if ready:
                self._ready_due = True
                self._maybe_ready()

        job.finished.connect(shown)
        job.failed.connect(lambda exc: self._show_error(exc, job.traceback_text))

    def show_followup_count(self, follow: FollowUpList | None) -> None:
        """"Opvolgen: 2 vandaag, 3 te laat" in the status bar; nothing when nobody is waiting."""
        due = follow.due_today_total if follow is not None else 0
        late = follow.overdue_total if follow is not None else 0
        if due and late:
            text = tr("Opvolgen: %d vandaag, %d te laat") % (due, late)
        elif due:
            text = tr("Opvolgen: %d vandaag") % due
        elif late:
            text = tr("Opvolgen: %d te laat") % late
        else:
            text = ""
        self.followup_button.setText(text)
        self.followup_button.setAccessibleName(text or tr("Opvolgen"))
        self.followup_button.setToolTip(tr("Naar Vandaag: wie u vandaag belt of mailt") if text else "")
        self.followup_button.setVisible(bool(text))

    def show_figures(self) -> None:
        """Overzicht > Cijfers regio (Ctrl+Shift+R): a region's figures for a period, as charts."""
        from .dialogs.figures import FiguresDialog

        dialog = self.findChild(FiguresDialog)
        if dialog is None:
            dialog = FiguresDialog(self.runner, self)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _show_error(self, exc: Exception, trace: str = "") -> None:
        from .feedback import show_error

        show_error(self, exc, trace)

    def _open_failed(self, error: Exception) -> None:
        from intake_desk.storage.errors import DatabaseCorrupt, DatabaseEmpty, DatabaseLocked

        self.db_label.setText(tr("Database niet geopend"))
        if isinstance(error, DatabaseLocked):  # encrypted: ask the passphrase (issue 15)
            from .dialogs.unlock import ask_passphrase

            ask_passphrase(self)
            return
        if isinstance(error, DatabaseCorrupt | DatabaseEmpty) and error.newest_backup is not None:
            answer = QMessageBox.question(
                self, tr("Database beschadigd"),
                str(error) + "\n\n" + tr("Nu de nieuwste goede reservekopie terugzetten? "
                                         "Het beschadigde bestand blijft bewaard."))
            if answer == QMessageBox.StandardButton.Yes:
                from intake_desk.app.backups import restore_backup

                from .feedback import run_with_progress

                def restored(result: tuple[Path, Path | None]) -> None:
                    log.info("restored database; damaged file kept aside")
                    QMessageBox.information(self, tr("Teruggezet"),
                                            tr("De reservekopie is teruggezet. Het beschadigde "
                                               "bestand staat in %s.") % result[1])
                    self.runner.open()

                # On the database thread (the connection is closed): a large file takes a while.
                run_with_progress(self, self.runner, tr("De reservekopie wordt teruggezet…"),
                                  restore_backup, error.newest_backup, on_path=True,
                                  on_done=restored)
            return
        self._show_error(error)

    def backup(self, reason: str = "handmatig", quiet: bool = False) -> None:
        from intake_desk.app.backups import backup_now

        job = self.runner.submit(backup_now, reason=reason)
        if not quiet:
            job.finished.connect(lambda path: self.statusBar().showMessage(
                tr("Reservekopie gemaakt: %s") % path.name, 8000))
        job.failed.connect(lambda exc: self._show_error(exc, job.traceback_text))

    def _about(self) -> None:
        QMessageBox.about(self, tr("Over Intake Desk"), tr(
            "Intake Desk: intakes, passende leerroutes en ontwikkelplannen voor intakeadviseurs "
            "in het mbo, bij Leerwerkloketten en Regionale Mobiliteitsteams.\n\n"
            "Alle gegevens blijven op deze computer. Geen BSN."))

    def shortcuts(self) -> list[tuple[str, str]]:
        """(what, keys) of every action with a shortcut in this window, in menu order, then the rest
        (the form's sections, the beursmodus); read from the actions, so the list cannot go stale."""
        found: list[tuple[str, str]] = []
        seen: set[int] = set()

        def add(action: QAction) -> None:
            if id(action) in seen or action.isSeparator():
                return
            seen.add(id(action))
            # Qt's standard keys add F13-F35 on X11 (Sun keyboards); no advisor's keyboard has them
            keys = [text for text in map(key_text, action.shortcuts()) if text]
            what = (action.text() or action.toolTip() or action.statusTip() or action.whatsThis())
            what = what.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()
            row = (what, ", ".join(dict.fromkeys(keys)))
            if keys and what and row not in found:
                found.append(row)

        def walk(actions: list[QAction]) -> None:
            for action in actions:
                menu = action.menu()
                if isinstance(menu, QMenu):
                    walk(menu.actions())
                else:
                    add(action)

        walk(self.menuBar().actions())
        for action in self.findChildren(QAction):
            add(action)
        from PySide6.QtGui import QShortcut

        for shortcut in self.findChildren(QShortcut):
            if not shortcut.key().isEmpty() and shortcut.whatsThis():
                found.append((shortcut.whatsThis(),
                              shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)))
        return found

    def show_shortcuts(self) -> None:
        from .dialogs.help import ShortcutsDialog

        self.finish_building()  # every part's keys, also in the first moments of a lazy start
        ShortcutsDialog(self.shortcuts(), self).open()

    def _how_it_works(self) -> None:
        from .dialogs.help import how_it_works

        how_it_works(self)

    def _back_to_unsaved(self) -> None:
        """"Teruggaan" at closing: to the unsaved form, with the cursor where it was in it, so the
        next Ctrl+S saves it (the focus used to stay in the bar, where Ctrl+S did nothing)."""
        forms = self.candidates.unsaved_forms(self.quick)
        if not forms:
            return
        form = forms[0]
        self.show_tab(Tab.QUICK if form is self.quick else Tab.DESK)
        target = form.focusWidget() or form
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.candidates.confirm_close(self.quick):
            event.ignore()
            self._back_to_unsaved()
            return
        if self.ui_state is not None:
            self.ui_state.setValue("geometry", self.saveGeometry())
            self.ui_state.sync()
        self.backup_timer.stop()
        self.runner.stop()
        event.accept()
