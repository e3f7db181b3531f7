"""The candidate workspace bar, above the desk and its docks: who is at the desk (name, age, region in
words, status, consent) and the three steps Intake -> Leerroutes -> Plan, with the next action always
one button (or Ctrl+Shift+Enter) away.

It is a bar along the top of the main window (a fixed tool bar), so the desk, the Leerroutes dock and
the Plan dock keep their places; it shows, with the docks, while the desk (Kandidaten) is the current
tab; Vandaag, the beursmodus and the catalog get the whole width. The facts come
from `intake_desk.today.summary` on the database thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import theme

if TYPE_CHECKING:
    from intake_desk.today import CandidateSummary

CONSENT_SECTION = 6  # the intake form's "Toestemming" section (Alt+7)
STEPS = ("intake", "routes", "plan")


def tr(text: str) -> str:
    return QCoreApplication.translate("Workspace", text)


def next_step(s: CandidateSummary | None) -> tuple[str, str]:
    """(step, button text): what the advisor does next for this candidate."""
    if s is None:
        return "new", tr("Nieuwe intake starten")
    if s.status != "volledig":
        return "intake", tr("Volgende stap: intake aanvullen")
    if not s.consent_plan:
        return "consent", tr("Volgende stap: toestemming voor een plan vastleggen")
    if not s.plan_version:
        return "routes", tr("Volgende stap: leerroutes bekijken")
    return "plan", tr("Volgende stap: plan bekijken en afdrukken")


def status_text(status: str) -> str:
    return {"snel": tr("snelle intake"), "concept": tr("concept"),
            "volledig": tr("volledig")}.get(status, status)


class Workspace(QWidget):
    """The bar itself; `install_workspace` puts it in the window and wires it up."""

    def __init__(self, window: Any):
        super().__init__()
        self.setObjectName("Workspace")
        self.window_ = window
        self.summary: CandidateSummary | None = None
        self.candidate_id = ""
        self._asked = 0
        # Who on the left, the steps and the next action on the right; when the name and facts would
        # be squeezed (200% text, a long name), the steps go to a second row (see _arrange).
        layout = QGridLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.grid = layout
        self._two_rows = False
        who = QVBoxLayout()
        who.setSpacing(0)
        self.name = QLabel(tr("Geen kandidaat gekozen"))
        self.name.setAccessibleName(tr("Kandidaat"))
        theme.heading(self.name, 1.3)
        self.facts = QLabel(tr("Kies iemand in de lijst, of start een nieuwe intake."))
        self.facts.setAccessibleName(tr("Gegevens van de kandidaat"))
        self._facts_text = ""
        # The bar is one widget in a tool bar; too wide, the tool bar would fold it away behind its
        # "more" arrow. It takes the width it is given; the facts stay one line, cut with "…" (the
        # whole line in the tooltip), so the bar does not grow taller at large text.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.name.setMinimumWidth(1)
        self.facts.setMinimumWidth(1)
        who.addWidget(self.name)
        who.addWidget(self.facts)
        layout.addLayout(who, 0, 0)
        layout.setColumnStretch(0, 1)
        self.steps_box = QWidget()
        steps_row = QHBoxLayout(self.steps_box)
        steps_row.setContentsMargins(0, 0, 0, 0)

        self.steps = QButtonGroup(self)
        self.steps.setExclusive(True)
        self.step_buttons: dict[str, QPushButton] = {}
        for n, (key, text) in enumerate(zip(STEPS, (tr("Intake"), tr("Leerroutes"), tr("Plan")),
                                            strict=True)):
            button = QPushButton(f"{n + 1}. {text}")
            button.setCheckable(True)
            button.setObjectName(f"step-{key}")
            button.setAccessibleName(tr("Stap %d: %s") % (n + 1, text))
            button.clicked.connect(lambda _c=False, k=key: self.go(k))
            self.steps.addButton(button, n)
            self.step_buttons[key] = button
            steps_row.addWidget(button)
            if n < len(STEPS) - 1:
                arrow = QLabel("→")
                arrow.setAccessibleName(tr("daarna"))
                steps_row.addWidget(arrow)
        steps_row.addSpacing(16)
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextStep")
        self.next_button.setDefault(False)
        self.next_button.setToolTip(tr("Ctrl+Shift+Enter"))
        self.next_button.clicked.connect(self.do_next)
        steps_row.addWidget(self.next_button)
        layout.addWidget(self.steps_box, 0, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.show_summary(None)

    # -- what is shown ---------------------------------------------------------------------------

    def show_candidate(self, candidate_id: str) -> None:
        self.candidate_id = candidate_id
        if not candidate_id:
            self.show_summary(None)
            return
        from intake_desk.today import summary

        self._asked += 1
        asked = self._asked
        job = self.window_.runner.submit(summary, candidate_id)
        job.finished.connect(lambda s: self.show_summary(s) if asked == self._asked else None)
        # A candidate that vanished (deleted elsewhere) leaves the bar empty; the desk says why.
        job.failed.connect(lambda _exc: self.show_summary(None) if asked == self._asked else None)

    def show_summary(self, s: CandidateSummary | None) -> None:
        self.summary = s
        _step, text = next_step(s)
        self.next_button.setText(text)
        self.next_button.setAccessibleName(text)
        if s is None:
            self.name.setText(tr("Geen kandidaat gekozen"))
            self._set_facts(tr("Kies iemand in de lijst, of start een nieuwe intake (Ctrl+N)."))
            for button in self.step_buttons.values():
                button.setEnabled(False)
            self._mark("intake")
            return
        facts = []
        if s.age is not None:
            facts.append(tr("%d jaar") % s.age)
        facts.append(s.region_name or tr("regio onbekend"))
        facts.append(tr("status: %s") % status_text(s.status))
        facts.append(tr("toestemming voor plan: ja") if s.consent_plan
                     else tr("toestemming voor plan: nee"))
        if s.plan_version:
            facts.append(tr("plan versie %d") % s.plan_version)
        if s.sample:
            facts.append(tr("voorbeeld"))
        self.name.setText(s.name)
        self._set_facts(" · ".join(facts))
        ready = s.status == "volledig" and s.consent_plan
        self.step_buttons["intake"].setEnabled(True)
        self.step_buttons["routes"].setEnabled(ready)
        self.step_buttons["plan"].setEnabled(bool(s.plan_version))
        for key, done in (("intake", ready), ("routes", bool(s.plan_version))):
            self.step_buttons[key].setToolTip(tr("Klaar") if done else "")
        step = next_step(s)[0]
        self._mark({"consent": "intake"}.get(step, step))

    def _set_facts(self, text: str) -> None:
        self._facts_text = text
        self.facts.setToolTip(text)
        self.facts.setAccessibleDescription(text)
        self._arrange()  # a longer name may need the second row
        self._elide_facts()

    def _elide_facts(self) -> None:
        width = max(self.facts.width(), 40)
        self.facts.setText(self.facts.fontMetrics().elidedText(
            self._facts_text, Qt.TextElideMode.ElideRight, width))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._arrange()
        self._elide_facts()

    def _arrange(self) -> None:
        """One row while the whole name and a good part of the facts fit beside the steps; else two."""
        margins = self.grid.contentsMargins()
        room = self.width() - margins.left() - margins.right() - self.grid.horizontalSpacing()
        wanted = max(self.name.sizeHint().width(), self.fontMetrics().averageCharWidth() * 36)
        two = room - self.steps_box.sizeHint().width() < wanted
        if two == self._two_rows:
            return
        self._two_rows = two
        self.grid.removeWidget(self.steps_box)
        if two:
            self.grid.addWidget(self.steps_box, 1, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        else:
            self.grid.addWidget(self.steps_box, 0, 1,
                                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        # A toolbar being destroyed hands its widget a last font change; nothing to show then.
        if event.type() == event.Type.FontChange and shiboken6.isValid(self.facts):
            self._arrange()
            self._elide_facts()

    def _mark(self, key: str) -> None:
        button = self.step_buttons.get(key)
        if button is not None:
            button.setChecked(True)

    # -- going somewhere -------------------------------------------------------------------------

    def do_next(self) -> None:
        step = next_step(self.summary)[0]
        if step == "new":
            w = self.window_
            w.tabs.setCurrentWidget(w.candidates)
            w.candidates.new_intake()
            return
        self.go(step)

    def go(self, step: str) -> None:
        w = self.window_
        self._mark({"consent": "intake"}.get(step, step))
        if step in ("intake", "consent"):
            w.tabs.setCurrentWidget(w.candidates)
            form = getattr(w.candidates, "form", None)
            if form is not None:
                form.go_to_section(CONSENT_SECTION if step == "consent" else 0)
            return
        w.finish_building()  # the docks may still be placeholders in the first moments
        w.tabs.setCurrentWidget(w.candidates)  # the docks stand beside the desk only
        dock = w.findChild(QDockWidget, step)
        if dock is None:
            return
        dock.show()
        dock.raise_()
        if step == "routes":
            panel = getattr(w, "match_panel", None)
            if panel is not None:
                panel.route_list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif dock.widget() is not None:
            dock.widget().setFocus(Qt.FocusReason.ShortcutFocusReason)


def install_workspace(window: Any) -> Workspace:
    """Put the workspace bar above the desk and docks, and wire the home view to the desk."""
    bar = QToolBar(tr("Kandidaat"), window)
    bar.setObjectName("workspaceBar")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setVisible(False)  # not something to switch off by accident
    workspace = Workspace(window)
    bar.addWidget(workspace)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    window.workspace = workspace
    window.workspace_bar = bar
    window.candidate_selected.connect(workspace.show_candidate)
    next_action = QAction(tr("Volgende stap"), window)
    next_action.setShortcut(QKeySequence("Ctrl+Shift+Return"))
    next_action.triggered.connect(workspace.do_next)
    window.addAction(next_action)

    def changed(changes: Any) -> None:
        cid = workspace.candidate_id
        if cid and (cid in changes.candidates or cid in changes.plans):
            workspace.show_candidate(cid)

    window.runner.changed.connect(changed)
    from ..accessibility import name_qt_parts

    window.ready.connect(lambda: name_qt_parts(window))

    opened = {"yes": False}
    window.runner.opened.connect(lambda error: opened.update(yes=error is None))

    def tab_changed(_index: int) -> None:
        current = window.tabs.currentWidget()
        # The bar and the docks are about the candidate at the desk. Vandaag (the whole day), the
        # beursmodus (a new person each minute, nothing to show beside it) and the catalog get
        # the whole width instead of an empty grey panel.
        at_desk = current is window.candidates
        _docks_beside(window, at_desk)
        bar.setVisible(at_desk)
        if current is window.home and opened["yes"]:
            window.refresh_overview()  # drafts are kept without a change signal; show them fresh

    window.tabs.currentChanged.connect(tab_changed)
    # Start-up shows a tab without changing it (Vandaag is the first): it calls this before the first
    # frame, so the bar and docks are already out of the way in that frame.
    window.follow_tab = lambda: tab_changed(window.tabs.currentIndex())
    window.first_frame.connect(window.follow_tab)
    _wire_home(window)
    return workspace


def _docks_beside(window: Any, shown: bool) -> None:
    """Away from the desk (Vandaag, beursmodus, catalog) the Leerroutes and Plan docks, which belong
    to one candidate, step aside and come back as they were (a dock the advisor closed stays closed;
    docks tabbed together stay tabbed, with the same one in front and the same width)."""
    if not shown:
        # isHidden, not isVisible: before the window is first shown nothing is visible yet.
        hidden = [d for d in window.findChildren(QDockWidget) if not d.isHidden()]
        if hidden:
            # Hidden before the window was ever laid out (start-up on Vandaag): the first dock
            # (Leerroutes, the next step after the intake) in front, at a default width.
            laid_out = any(not d.visibleRegion().isEmpty() for d in hidden)
            window._home_hid_docks = [
                (d, [t for t in window.tabifiedDockWidgets(d) if t in hidden],
                 not d.visibleRegion().isEmpty() if laid_out else d is hidden[0],
                 d.width() if laid_out else 0) for d in hidden]
            for dock in hidden:
                dock.hide()
        return
    kept = getattr(window, "_home_hid_docks", [])
    window._home_hid_docks = []
    for dock, _tabbed, _front, _width in kept:
        dock.show()
    # Hidden together, tabbed docks come back side by side in Qt; put them back as they were.
    for dock, tabbed, _front, _width in kept:
        for other in tabbed:
            if not dock.isFloating() and not other.isFloating() and (
                    other not in window.tabifiedDockWidgets(dock)):
                window.tabifyDockWidget(dock, other)
    for dock, _tabbed, front, _width in kept:
        if front:
            dock.raise_()
    # Never laid out yet (hidden from the start): 30% of the window, the desk gets the rest.
    placed = [(d, w or max(d.minimumSizeHint().width(), window.width() * 3 // 10))
              for d, _t, front, w in kept if front and not d.isFloating()]
    if placed:  # once the docks are back in the layout (a resize before that is lost)
        QTimer.singleShot(0, lambda: window.resizeDocks(
            [d for d, _w in placed], [w for _d, w in placed], Qt.Orientation.Horizontal))


def _wire_home(window: Any) -> None:
    """The home view's entries and buttons lead to the desk."""
    home = window.home

    def trigger(keys: str) -> None:
        wanted = QKeySequence(keys)
        for action in window.findChildren(QAction):
            if action.shortcut() == wanted:
                action.trigger()
                return

    home.open_candidate.connect(window.open_candidate)
    home.open_draft.connect(lambda draft_id: open_draft(window, draft_id))
    home.new_intake.connect(lambda: trigger("Ctrl+N"))
    home.quick_intake.connect(lambda: trigger("Ctrl+Shift+N"))
    home.search.connect(lambda: trigger("Ctrl+F"))


def open_draft(window: Any, draft_id: str) -> None:
    """Show a kept draft in the form it came from (the desk or the beursmodus), to check and save."""
    from intake_desk.storage import drafts

    job = window.runner.submit(drafts.load, draft_id)

    def loaded(draft: Any) -> None:
        if draft is None:
            window.refresh_overview()  # saved or thrown away meanwhile
            return
        window.finish_building()
        cands = window.candidates
        cands.pending_drafts = [d for d in cands.pending_drafts if d.id != draft.id]
        cands._show_drafts_bar()
        if draft.form == "quick" and hasattr(window, "quick"):
            window.tabs.setCurrentWidget(window.quick)
            window.quick.restore(draft)
        else:
            window.tabs.setCurrentWidget(cands)
            cands.form.restore(draft)
            cands.form.go_to_section(0)

    job.finished.connect(loaded)
