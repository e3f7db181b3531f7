"""The candidate workspace bar, above the desk and its docks: who is at the desk (name, age, region in
words, status, consent) and the three steps Intake -> Leerroutes -> Plan, with the next action always
one button (or Ctrl+Shift+Enter) away.

It is a bar along the top of the main window (a fixed tool bar), so the desk, the Leerroutes dock and
the Plan dock keep their places; it shows, with the docks, while the desk (Kandidaten) is the current
tab; Vandaag, the beursmodus and the catalog get the whole width. The facts come
from `intake_desk.today.summary` on the database thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import theme
from ..parts import Tab

if TYPE_CHECKING:
    from intake_desk.domain.changes import Changes
    from intake_desk.domain.trajectory import Stage
    from intake_desk.today import CandidateSummary

    from ..main_window import MainWindow

CONSENT_SECTION = 6  # the intake form's "Toestemming" section (Alt+7)
STEPS = ("intake", "routes", "plan")


def tr(text: str) -> str:
    return QCoreApplication.translate("Workspace", text)


def next_step(s: CandidateSummary | None) -> tuple[str, str]:
    """(step, button text): what the advisor does next for this candidate."""
    if s is None:
        return "new", tr("Nieuwe intake starten")
    from intake_desk.domain.enums import IntakeStatus

    if s.status != IntakeStatus.COMPLETE:
        return "intake", tr("Volgende stap: intake aanvullen")
    if not s.consent_plan:
        return "consent", tr("Volgende stap: toestemming voor een plan vastleggen")
    if not s.plan_version:
        return "routes", tr("Volgende stap: leerroutes bekijken")
    return "plan", tr("Volgende stap: plan bekijken en afdrukken")


def status_text(status: str) -> str:
    from intake_desk.domain.enums import IntakeStatus

    try:
        known = IntakeStatus(status)
    except ValueError:  # a code this version does not know: shown as stored
        return status
    return {IntakeStatus.QUICK: tr("snelle intake"), IntakeStatus.DRAFT: tr("concept"),
            IntakeStatus.COMPLETE: tr("volledig")}[known]


class Workspace(QWidget):
    """The bar itself; `build_workspace_bar` puts it in a tool bar, the window owns both."""

    def __init__(self, window: MainWindow):
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
        # The trajectory: its stage (Ctrl+T changes it), its history and the next contact (Ctrl+Shift+D).
        self.trail = QWidget()
        trail = QHBoxLayout(self.trail)
        trail.setContentsMargins(0, 0, 0, 0)
        trail.setSpacing(4)
        self.stage: Stage | None = None
        self.next_contact_day: date | None = None
        self.next_contact_note = ""
        self._followup_asked = 0
        self.stage_button = QPushButton(tr("Fase: …"))
        self.stage_button.setAccessibleName(tr("Fase wijzigen"))
        self.stage_button.setObjectName("stageButton")
        self.stage_button.setToolTip(tr("Fase wijzigen (Ctrl+T)"))
        self.stage_button.clicked.connect(self.change_stage)
        self.history_button = QPushButton(tr("Geschiedenis"))
        self.history_button.setObjectName("stageHistoryButton")
        self.history_button.setAccessibleName(tr("Geschiedenis van de fase"))
        self.history_button.clicked.connect(self.show_history)
        self.contact_button = QPushButton(tr("Volgend contact"))
        self.contact_button.setAccessibleName(tr("Volgend contact"))
        self.contact_button.setObjectName("nextContactButton")
        self.contact_button.setToolTip(tr("Volgend contact wijzigen (Ctrl+Shift+D)"))
        self.contact_button.clicked.connect(self.change_next_contact)
        # "I spoke to them": ends "lang niets gehoord" without planning a next contact.
        self.spoken_button = QPushButton(tr("Gesproken vandaag"))
        self.spoken_button.setObjectName("loggedContactButton")
        self.spoken_button.setToolTip(tr("Vastleggen dat u vandaag contact had met de kandidaat"))
        self.spoken_button.clicked.connect(self.log_contact)
        for button in (self.stage_button, self.history_button, self.contact_button,
                       self.spoken_button):
            button.setFlat(True)
            trail.addWidget(button)
        trail.addStretch(1)
        # Links rather than buttons: the theme's wide button padding would push the steps to a
        # second row at 100% on a laptop.
        self.trail.setStyleSheet("QPushButton { padding: 2px 6px; min-height: 0px; }")
        who.addWidget(self.trail)
        self.undo_action = QAction(tr("Fase terugzetten"), self)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        # Only while the focus is in this bar (after a stage change it is on the stage): the intake
        # form and the routes panel have their own Ctrl+Z.
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo_stage)
        self.addAction(self.undo_action)
        # Tab from the form's last field lands in this bar; Ctrl+Z there undid nothing (the stage
        # key waits for a stage change, the form's is out of reach), so until a stage change can be
        # put back it undoes the form's last edit (`form_undo`, set by the window). Never both at
        # once: two enabled actions on one key in one place would make Qt run neither.
        self.form_undo: Callable[[], None] | None = None
        self.form_undo_action = QAction(tr("Ongedaan maken"), self)
        self.form_undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.form_undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.form_undo_action.triggered.connect(lambda: self.form_undo() if self.form_undo else None)
        self.undo_action.changed.connect(
            lambda: self.form_undo_action.setEnabled(not self.undo_action.isEnabled()))
        self.addAction(self.form_undo_action)
        self._undo: tuple[str, str, Stage | None, Stage] | None = None  # id, name, from, to
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

    def follow_changes(self, changes: Changes) -> None:
        cid = self.candidate_id
        if cid and (cid in changes.candidates or cid in changes.plans):
            self.show_candidate(cid)

    def show_candidate(self, candidate_id: str) -> None:
        if self._undo is not None and self._undo[0] != candidate_id:
            # Ctrl+Z in the bar is about the person shown; another one's stage is not put back.
            self._undo = None
            self.undo_action.setEnabled(False)
        self.candidate_id = candidate_id
        if not candidate_id:
            self.show_summary(None)
            return
        self.load_followup(candidate_id)
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
        self.trail.setVisible(s is not None)
        if s is None:
            self.name.setText(tr("Geen kandidaat gekozen"))
            self._set_facts(tr("Kies iemand in de lijst, of start een nieuwe intake (Ctrl+N)."))
            for button in self.step_buttons.values():
                button.setEnabled(False)
            self._mark("intake")
            return
        from intake_desk.domain.enums import IntakeStatus  # not for the first frame (no candidate)

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
        ready = s.status == IntakeStatus.COMPLETE and s.consent_plan
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
        """One row while the whole name, the stage line and a good part of the facts fit beside the
        steps; else two."""
        margins = self.grid.contentsMargins()
        room = self.width() - margins.left() - margins.right() - self.grid.horizontalSpacing()
        trail = self.trail.sizeHint().width() if not self.trail.isHidden() else 0
        wanted = max(self.name.sizeHint().width(), trail, self.fontMetrics().averageCharWidth() * 36)
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

    # -- the trajectory: stage and next contact ------------------------------------------------

    def load_followup(self, candidate_id: str) -> None:
        from intake_desk.app import followup

        self._followup_asked += 1
        asked = self._followup_asked

        def mine() -> bool:
            return asked == self._followup_asked and candidate_id == self.candidate_id

        stage_job = self.window_.runner.submit(followup.current_stage, candidate_id)
        stage_job.finished.connect(lambda stage: self.show_stage(stage) if mine() else None)
        contact_job = self.window_.runner.submit(followup.next_contact, candidate_id)
        note_job = self.window_.runner.submit(followup.next_contact_note, candidate_id)
        got: dict[str, Any] = {}

        def arrived(key: str, value: Any) -> None:
            got[key] = value
            if len(got) == 2 and mine():
                self.show_next_contact((got["day"], got["note"]))

        contact_job.finished.connect(lambda day: arrived("day", day))
        note_job.finished.connect(lambda note: arrived("note", note))

    def show_stage(self, stage: Stage | None) -> None:
        from intake_desk.domain.trajectory import stage_label

        from ..locale_format import ui_language

        self.stage = stage
        text = tr("Fase: %s") % stage_label(stage, ui_language()) if stage is not None else tr("Fase: …")
        self.stage_button.setText(text)
        self.stage_button.setAccessibleName(text + " " + tr("(Ctrl+T wijzigt)"))
        self._arrange()  # a longer line may need the second row

    def show_next_contact(self, found: Any) -> None:
        """`found`: the core's next contact (a date, or None; or date and note)."""
        from ..locale_format import format_date

        day, note = found if isinstance(found, tuple) else (found, "")
        self.next_contact_day, self.next_contact_note = day, note or ""
        if day is None:
            text = tr("Volgend contact: geen")
        else:
            text = tr("Volgend contact: %s") % format_date(day)
            if day < date.today():
                text += " " + tr("(verlopen)")
        self.contact_button.setText(text)
        self.contact_button.setAccessibleName(text)
        self.contact_button.setToolTip(
            (self.next_contact_note + "\n" if self.next_contact_note else "")
            + tr("Volgend contact wijzigen (Ctrl+Shift+D)"))
        self._arrange()

    def _who(self) -> str:
        return self.summary.name if self.summary is not None else ""

    def _need_candidate(self) -> bool:
        w = self.window_
        if not self.candidate_id or self.summary is None:
            w.statusBar().showMessage(tr("Kies eerst een kandidaat in de lijst."), 6000)
            return False
        if w.tabs.currentWidget() is not w.candidates:
            w.show_tab(Tab.DESK)  # the bar shows who it is about
        return True

    def change_stage(self) -> None:
        """Ctrl+T: the chooser of the next stage; a number key (and Enter) sets it."""
        if not self._need_candidate():
            return
        if self.stage is None:
            self.window_.statusBar().showMessage(tr("De fase wordt nog gelezen; probeer het zo weer."),
                                                 4000)
            return
        from ..dialogs.stage import StageDialog

        dialog = StageDialog(self._who(), self.stage, self.window_)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        cid, name, before = self.candidate_id, self._who(), self.stage

        def accepted() -> None:
            choice = dialog.choice
            if choice is not None:
                self.set_stage(cid, name, before, choice)

        dialog.accepted.connect(accepted)
        dialog.open()

    def set_stage(self, cid: str, name: str, before: Stage | None, choice: Any,
                  undoing: bool = False) -> None:
        from intake_desk.app import followup

        job = self.window_.runner.submit(
            followup.set_stage, cid, choice.stage, on=choice.on, reason=choice.reason,
            credential=choice.credential)
        job.finished.connect(lambda _result: self._stage_set(cid, name, before, choice.stage, undoing))
        job.failed.connect(lambda exc: self._refused(exc, job.traceback_text))

    def _stage_set(self, cid: str, name: str, before: Stage | None, after: Stage,
                   undoing: bool) -> None:
        from intake_desk.domain.trajectory import stage_label

        from ..locale_format import ui_language

        if cid == self.candidate_id:
            self.show_stage(after)
            self.stage_button.setFocus(Qt.FocusReason.OtherFocusReason)  # Ctrl+Z works from here
        lang = ui_language()
        if undoing:
            self._undo = None
            self.undo_action.setEnabled(False)
            self.window_.statusBar().showMessage(
                tr("Fase van %s teruggezet: %s.") % (name, stage_label(after, lang)), 8000)
            return
        done = tr("Fase van %s: %s.") % (name, stage_label(after, lang))
        if not can_undo(before, after):
            # The rules allow no way back from here (e.g. gestart -> plan uitgereikt) and the core
            # has no correction yet: say so rather than offer an undo that would be refused.
            self._undo = None
            self.undo_action.setEnabled(False)
            self.window_.statusBar().showMessage(
                done + " " + tr("Vergist? Terugzetten kan hier niet; zie Geschiedenis."), 15_000)
            return
        self._undo = (cid, name, before, after)
        self.undo_action.setEnabled(True)
        offer_undo(self.window_, done + " " + tr("Vergist? Ctrl+Z zet de fase terug."),
                   self.undo_stage)

    def _refused(self, exc: Exception, trace: str) -> None:
        from ..locale_format import ui_language

        text = getattr(exc, "text_en" if ui_language() == "en" else "text_nl", None)
        if text:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self.window_, tr("Fase niet gewijzigd"), str(text))
            return
        from ..feedback import show_error

        show_error(self.window_, exc, trace)

    def undo_stage(self) -> None:
        """Back to the stage before the last change made here. History is never rewritten: the way
        back is a new, dated line, as a correction on paper would be (docs/followup.md)."""
        if self._undo is None:
            return
        cid, name, before, after = self._undo
        if before is None:
            return
        from intake_desk.app import followup

        from ..dialogs.stage import StageChoice

        undo = getattr(followup, "undo_stage", None)
        if undo is not None:
            job = self.window_.runner.submit(undo, cid, expected_to=after)
            job.finished.connect(lambda _r: self._stage_set(cid, name, after, before, True))
            job.failed.connect(lambda exc: self._refused(exc, job.traceback_text))
            return
        self.set_stage(cid, name, after, StageChoice(before, date.today()), undoing=True)

    def show_history(self) -> None:
        if not self._need_candidate():
            return
        from intake_desk.app import followup

        from ..dialogs.stage import HistoryDialog

        name = self._who()
        job = self.window_.runner.submit(followup.stage_history, self.candidate_id)

        def show(history: Any) -> None:
            dialog = HistoryDialog(name, list(history), self.window_)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        job.finished.connect(show)
        job.failed.connect(lambda exc: self._refused(exc, job.traceback_text))

    def change_next_contact(self) -> None:
        """Ctrl+Shift+D: the date of the next contact (or none), with a short note."""
        if not self._need_candidate():
            return
        from ..dialogs.stage import NextContactDialog

        cid, name = self.candidate_id, self._who()
        dialog = NextContactDialog(name, self.next_contact_day, self.next_contact_note, self.window_)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            from intake_desk.app import followup

            from ..locale_format import format_date

            day, note = dialog.chosen()
            job = self.window_.runner.submit(followup.set_next_contact, cid, day, note)
            text = (tr("Volgend contact met %s: %s.") % (name, format_date(day)) if day is not None
                    else tr("Geen volgend contact meer met %s.") % name)

            def saved(_changes: Any) -> None:
                self.window_.statusBar().showMessage(text, 8000)
                if cid == self.candidate_id:
                    self.show_next_contact((day, note))

            job.finished.connect(saved)
            job.failed.connect(lambda exc: self._refused(exc, job.traceback_text))

        dialog.accepted.connect(accepted)
        dialog.open()

    def log_contact(self) -> None:
        if not self._need_candidate():
            return
        from intake_desk.app import followup

        cid, name = self.candidate_id, self._who()
        job = self.window_.runner.submit(followup.log_contact, cid)
        job.finished.connect(lambda _r: self.window_.statusBar().showMessage(
            tr("Contact met %s vandaag vastgelegd.") % name, 8000))
        job.failed.connect(lambda exc: self._refused(exc, job.traceback_text))

    # -- going somewhere -------------------------------------------------------------------------

    def do_next(self) -> None:
        step = next_step(self.summary)[0]
        if step == "new":
            w = self.window_
            w.show_tab(Tab.DESK)
            w.candidates.new_intake()
            return
        self.go(step)

    def go(self, step: str) -> None:
        w = self.window_
        self._mark({"consent": "intake"}.get(step, step))
        if step in ("intake", "consent"):
            w.show_tab(Tab.DESK)
            form = getattr(w.candidates, "form", None)
            if form is not None:
                form.go_to_section(CONSENT_SECTION if step == "consent" else 0)
            return
        w.finish_building()  # the docks may still be placeholders in the first moments
        w.show_tab(Tab.DESK)  # the docks stand beside the desk only
        dock = w.findChild(QDockWidget, step)
        if dock is None:
            return
        dock.show()
        dock.raise_()
        if step == "routes":
            panel = w.match_panel
            if panel is not None:
                panel.route_list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif dock.widget() is not None:
            dock.widget().setFocus(Qt.FocusReason.ShortcutFocusReason)


@dataclass(frozen=True)
class WorkspaceBar:
    """The bar and its keys, for the window to own (`MainWindow._build_workspace_bar`)."""

    bar: QToolBar
    workspace: Workspace
    next_action: QAction
    stage_action: QAction
    next_contact_action: QAction


def build_workspace_bar(window: MainWindow) -> WorkspaceBar:
    """The workspace bar above the desk and docks, in the window's top tool bar area, with its keys
    (window-wide actions); it follows the selected candidate and the data that changes."""
    bar = QToolBar(tr("Kandidaat"), window)
    bar.setObjectName("workspaceBar")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setVisible(False)  # not something to switch off by accident
    workspace = Workspace(window)
    bar.addWidget(workspace)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    window.candidate_selected.connect(workspace.show_candidate)

    def key(text: str, keys: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, window)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        window.addAction(action)
        return action

    next_action = key(tr("Volgende stap"), "Ctrl+Shift+Return", workspace.do_next)
    stage_action = key(tr("Fase wijzigen"), "Ctrl+T", workspace.change_stage)
    contact_action = key(tr("Volgend contact"), "Ctrl+Shift+D", workspace.change_next_contact)
    window.runner.changed.connect(workspace.follow_changes)
    return WorkspaceBar(bar, workspace, next_action, stage_action, contact_action)


def can_undo(before: Stage | None, after: Stage) -> bool:
    """Whether the change from `before` to `after` can be put back: by the core's correction when it
    has one, else only where the rules allow the step back (a new history line either way)."""
    from intake_desk.app import followup
    from intake_desk.domain.trajectory import allowed_next

    if before is None:
        return False
    return hasattr(followup, "undo_stage") or before in allowed_next(after)


def offer_undo(window: QMainWindow, text: str, undo: Callable[[], None]) -> None:
    """`text` in the status bar with an "Ongedaan maken" button beside it, for as long as it shows."""
    status = window.statusBar()
    for old in status.findChildren(QPushButton, "undoStage"):
        old.deleteLater()
    status.showMessage(text, 15_000)
    button = QPushButton(tr("Ongedaan maken"))
    button.setObjectName("undoStage")
    button.setProperty("forMessage", text)
    button.setAccessibleName(tr("Fase terugzetten"))

    def clicked() -> None:
        button.hide()  # one undo per change
        undo()

    button.clicked.connect(clicked)
    # Permanent (a temporary message hides the normal widgets); it goes with the message.
    status.addPermanentWidget(button)
    if not status.property("undoFollowsMessage"):
        status.setProperty("undoFollowsMessage", True)  # one connection per status bar

        def gone(message: str) -> None:
            for old in status.findChildren(QPushButton, "undoStage"):
                if message != old.property("forMessage"):
                    old.deleteLater()

        status.messageChanged.connect(gone)
