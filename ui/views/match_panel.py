"""The routes panel: the matcher's best routes for the selected candidate, with score, dates, credential,
reasons and gaps. The advisor can swap a step for an alternative offering, move a start date or drop a
step; every edit is re-checked at once and the panel says which rule it breaks. Every edit (and the way
back to the proposal) is one step on an undo stack, so Ctrl+Z brings back the route as it was before.
"Opslaan als plan" saves the route as a new, immutable plan version.

Routes are loaded through the database runner. Re-checking an edit is pure computation on the intake and
catalog already loaded (no database), so it runs at once on the GUI thread (a few milliseconds).
"""

from __future__ import annotations

from datetime import date
from functools import partial
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from intake_desk.app.routes import CandidateRoutes, candidate_routes, save_plan
from intake_desk.domain import ConsentPurpose, Offering, Route
from intake_desk.domain.changes import Changes
from intake_desk.domain.route import GapCode
from intake_desk.matching.edits import Checked, alternatives, drop_step, move_start, recheck, swap_step
from intake_desk.matching.engine import cost_after_funding
from intake_desk.storage.errors import ConsentMissing

from ..feedback import show_error
from ..locale_format import date_edit_format, format_date, format_money, format_number, ui_language
from ..runner import DbRunner
from .catalog_view import leerweg_label
from .flow_layout import FlowLayout
from .route_words import gap_text, payment_text, reason_text, rule_heading, violation_text


def tr(text: str) -> str:
    return QCoreApplication.translate("MatchPanel", text)


_esc = partial(escape, quote=False)  # text inside rich-text labels: quotes may stay as typed


def _credential(value: str) -> str:
    return {"diploma": tr("diploma"), "certificaat": tr("mbo-certificaat"),
            "praktijkverklaring": tr("praktijkverklaring"),
            "schoolverklaring": tr("schoolverklaring")}.get(value, value)


def first_upper(text: str) -> str:
    """`text` with its first letter a capital and the rest as written (str.capitalize would lower
    "Nederlands" and "Alt+3")."""
    return text[:1].upper() + text[1:]


def fit_words(route: Route) -> str:
    """The matcher's score (0-100) as the advisor says it; the number itself is in the details line.

    A route that cannot be judged yet (an unknown level of Dutch: Route.check_first) never "fits
    well": it says what to check first."""
    if any(g.code is GapCode.DUTCH_UNKNOWN for g in route.check_first):
        return tr("eerst niveau Nederlands nagaan (Taal, Alt+3)")
    if route.check_first:
        return tr("eerst nagaan")
    score = route.score
    if score >= 75:
        return tr("past zeer goed")
    if score >= 60:
        return tr("past goed")
    if score >= 45:
        return tr("past redelijk")
    return tr("past matig")


def steps_words(n: int) -> str:
    return tr("1 stap") if n == 1 else tr("%d stappen") % n


def details_line(route: Route) -> str:
    """Codes for whoever needs them (the school's administration, a colleague checking the
    catalog): the score, the offering and item codes and the region codes, in one line."""
    codes = " · ".join(f"{s.offering_code} ({s.item_code}, {s.region_code})" for s in route.steps)
    return tr("Details: score %1 · %2").replace("%1", str(route.score)).replace("%2", codes)


class RouteEdit(QUndoCommand):
    """One edit of the shown route: redo shows the edited route, undo the one before it."""

    def __init__(self, panel: MatchPanel, text: str, before: Checked | None, after: Checked):
        super().__init__(text)
        self.panel, self.before, self.after = panel, before, after

    def redo(self) -> None:
        self.panel._show_checked(self.after)

    def undo(self) -> None:
        self.panel._show_checked(self.before)


class MatchPanel(QWidget):
    routes_shown = Signal(int)  # number of routes listed for the current candidate
    route_checked = Signal(bool)  # after every edit: True when the route breaks no rule
    plan_saved = Signal(int)  # the new version number

    def __init__(self, runner: DbRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("MatchPanel")
        self.runner = runner
        self.today: date | None = None  # None: the real today; tests and demos may fix a day
        self.candidate_id = ""
        self.data: CandidateRoutes | None = None
        self.proposed: list[Route] = []
        self.current: Checked | None = None
        self._alternatives: list[Offering] = []
        # One stack per chosen route: choosing another route or candidate starts a fresh history.
        self.undo_stack = QUndoStack(self)
        self._consent_note = ""  # what the status says while a plan may not be saved

        layout = QVBoxLayout(self)
        self.header = QLabel(tr("Kies een kandidaat om passende leerroutes te zien."))
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        split = QSplitter(Qt.Orientation.Vertical)
        layout.addWidget(split, 1)
        # Only shown with routes to list: without a candidate, or when none fits, the panel is its
        # message (and the button for a plan without a route), not empty tables (issue 12).
        self.split = split
        split.hide()

        self.route_list = QListWidget()
        self.route_list.setAccessibleName(tr("Voorgestelde routes"))
        # Each route in full, wrapped over its lines: a cut-off line hides where the route leads.
        self.route_list.setWordWrap(True)
        self.route_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.route_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.route_list.currentRowChanged.connect(self._choose)
        split.addWidget(self.route_list)

        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        self.steps = QTableWidget(0, 8)
        self.steps.setHorizontalHeaderLabels([
            tr("Start"), tr("Einde"), tr("Stap"), tr("Aanbieder en plaats"), tr("Leerweg"),
            tr("Uur/week"), tr("Kosten"), tr("Financiering")])
        self.steps.setAccessibleName(tr("Stappen van de route"))
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.steps.verticalHeader().setVisible(False)
        # Tab leaves the table (arrows move within it), so the keyboard reaches the reasons and Save.
        self.steps.setTabKeyNavigation(False)
        self.steps.currentCellChanged.connect(lambda *_: self._step_selected())
        dl.addWidget(self.steps)

        # The swap row, then the other controls in a flow that wraps: the dock must fit beside the
        # candidate list on a 1366-pixel laptop, also with longer translations or large text.
        edit = QHBoxLayout()
        history_box = QWidget()
        history = FlowLayout(history_box)
        self.alt_combo = QComboBox()
        self.alt_combo.setAccessibleName(tr("Ander aanbod voor deze stap"))
        self.swap_button = QPushButton(tr("Wisselen"))
        self.swap_button.clicked.connect(self.swap_selected)
        self.start_edit = QDateEdit()
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat(date_edit_format())
        self.start_edit.setAccessibleName(tr("Nieuwe startdatum"))
        self.move_button = QPushButton(tr("Start verplaatsen"))
        self.move_button.clicked.connect(lambda: self.move_selected(self._qdate()))
        self.drop_button = QPushButton(tr("Stap weghalen"))
        self.drop_button.clicked.connect(self.drop_selected)
        self.reset_button = QPushButton(tr("Terug naar voorstel"))
        self.reset_button.clicked.connect(self.reset_to_proposal)
        self.undo_button = QPushButton(tr("Ongedaan maken"))
        self.undo_button.setToolTip(tr("Laatste wijziging ongedaan maken (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button = QPushButton(tr("Opnieuw"))
        self.redo_button.setToolTip(tr("Wijziging opnieuw doen (Ctrl+Shift+Z)"))
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        # The intake form has its own Ctrl+Z; these shortcuts only act while focus is in this panel.
        for seq, slot, what in ((QKeySequence.StandardKey.Undo, self.undo_stack.undo,
                                 tr("Route-aanpassing ongedaan maken")),
                                (QKeySequence.StandardKey.Redo, self.undo_stack.redo,
                                 tr("Route-aanpassing opnieuw doen"))):
            action = QAction(what, self)  # the text is what Help > Sneltoetsen shows
            action.setShortcuts(seq)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.alt_combo.setMinimumContentsLength(10)
        edit.addWidget(self.alt_combo, 1)
        edit.addWidget(self.swap_button)
        for w in (self.start_edit, self.move_button, self.drop_button, self.undo_button, self.redo_button,
                  self.reset_button):
            history.addWidget(w)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b91c1c; font-weight: bold;")
        dl.addWidget(self.problems)
        self.explain = QTextBrowser()
        self.explain.setTabChangesFocus(True)
        self.explain.setAccessibleName(tr("Redenen en aandachtspunten"))
        self.explain.setAccessibleDescription(
            tr("Waarom deze route, wie per stap betaalt, en wat er nog te regelen is"))
        dl.addWidget(self.explain, 1)
        # Why this route comes first is what the advisor reads at once; changing a step is the
        # exception, so its controls fold away below the reasons until asked for.
        self.edit_toggle = QPushButton(tr("Route aanpassen…"))
        self.edit_toggle.setCheckable(True)
        self.edit_toggle.setToolTip(tr("Een stap wisselen, later laten beginnen of weghalen"))
        edit_box = QWidget()
        edit_layout = QVBoxLayout(edit_box)
        edit_layout.setContentsMargins(0, 0, 0, 0)
        edit_layout.addLayout(edit)
        edit_layout.addWidget(history_box)
        edit_box.setVisible(False)
        self.edit_toggle.toggled.connect(edit_box.setVisible)
        self.edit_box = edit_box
        # Once the route has been changed, its undo and "terug naar voorstel" stay in view.
        self.undo_stack.canUndoChanged.connect(self._keep_edit_open)
        dl.addWidget(self.edit_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        dl.addWidget(edit_box)

        # The status above its buttons, the buttons in a row that wraps: side by side, the dock would
        # be wider than a laptop leaves beside the desk at 200% text.
        bottom = QVBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        bottom.addWidget(self.status)
        buttons_box = QWidget()
        buttons = FlowLayout(buttons_box)
        bottom.addWidget(buttons_box)
        self.save_button = QPushButton(tr("Opslaan als plan"))
        self.save_button.setToolTip(
            tr("De gekozen route opslaan als nieuwe versie van het plan (Ctrl+Shift+S)"))
        save_action = QAction(tr("Opslaan als plan"), self)
        save_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        save_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        save_action.triggered.connect(self._save_if_enabled)
        self.addAction(save_action)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        self.save_button.hide()
        # Nothing fits: the candidate still leaves with a plan (why not yet, referrals, actions).
        self.no_route_button = QPushButton(tr("Plan zonder route opslaan"))
        self.no_route_button.clicked.connect(self.save_without_route)
        self.no_route_button.hide()
        buttons.addWidget(self.no_route_button)
        # Scrolls rather than clips when the dock is short or the text is large (200%).
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        detail_scroll.setWidget(detail)
        split.addWidget(detail_scroll)
        split.setSizes([230, 370])  # room for three routes of three lines each
        # Below the scrolling part, never inside it: saving is the panel's next action and must not
        # sit below the fold of a scroll area within a scroll area (issue 12).
        layout.addLayout(bottom)
        layout.addStretch(0)  # message and buttons stay together at the top while the lists are hidden
        runner.changed.connect(self._on_changed)
        self._enable()

    def _keep_edit_open(self, can_undo: bool) -> None:
        if can_undo:
            self.edit_toggle.setChecked(True)

    def _save_if_enabled(self) -> None:
        if self.save_button.isEnabled():
            self.save_button.click()

    # -- loading ---------------------------------------------------------------------------------

    def show_candidate(self, candidate_id: str) -> None:
        if candidate_id != self.candidate_id:
            self.status.clear()  # "Plan opgeslagen als versie …" was about the one before
        self.candidate_id = candidate_id
        self.data, self.proposed, self.current = None, [], None
        self._show_routes(False)
        self.no_route_button.hide()
        self.undo_stack.clear()
        self.route_list.clear()
        self._show_route()
        if not candidate_id:
            self.header.setText(tr("Kies een kandidaat om passende leerroutes te zien."))
            return
        self.header.setText(tr("Routes zoeken…"))
        job = self.runner.submit(candidate_routes, candidate_id, self.today)
        job.finished.connect(lambda data, cid=candidate_id: self._loaded(cid, data))
        job.failed.connect(lambda exc: show_error(self, exc, job.traceback_text))

    def _loaded(self, candidate_id: str, data: CandidateRoutes) -> None:
        if candidate_id != self.candidate_id:
            return  # the advisor has moved on
        self.data = data
        self.proposed = list(data.result.routes)
        self.no_route_button.setVisible(not self.proposed)
        self._show_routes(bool(self.proposed))
        name = data.record.candidate.name.display
        if not self.proposed:
            why = "<br>".join(_esc(gap_text(g)) for g in data.result.gaps)
            self.header.setText(tr("Geen passende route voor %s.") % _esc(name) + "<br>" + why)
        else:
            # Gaps about the result as a whole, e.g. why the goal's own diploma is not among the routes.
            notes = "".join("<br>" + _esc(gap_text(g)) for g in data.result.gaps)
            self.header.setText(tr("Routes voor %s") % _esc(name) + notes)
        for r in self.proposed:
            item = QListWidgetItem(self._summary(r))
            item.setToolTip(details_line(r))
            self.route_list.addItem(item)
        if self.proposed:
            self.route_list.setCurrentRow(0)
        if not self._may_plan():
            # A plan is kept only with consent for it (app/routes.save_plan refuses): say so here,
            # beside the disabled buttons, not in a dialog after pressing one.
            self._consent_note = tr("Opslaan als plan kan pas als %s toestemming geeft voor een plan. "
                                    "Leg die vast bij de intake (Toestemming).") % name
            self.status.setText(self._consent_note)
        elif self._consent_note and self.status.text() == self._consent_note:
            self.status.clear()  # consent has been recorded since
        self._enable()
        self.routes_shown.emit(len(self.proposed))

    def _may_plan(self) -> bool:
        """Whether the intake's consent allows a plan (the consent record follows it on every save;
        a withdrawal the form does not show yet is still refused by save_plan, and said in the status)."""
        return self.data is not None and self.data.record.intake.consent.allows(ConsentPurpose.PLAN)

    def _show_routes(self, on: bool) -> None:
        self.split.setVisible(on)
        self.save_button.setVisible(on)

    def _summary(self, r: Route) -> str:
        assert r.start is not None and r.end is not None
        last = r.steps[-1]
        sample = tr(" (voorbeeldgegevens)") if r.uses_sample_data else ""
        # What the route leads to first, then when and how long, then where: the order an advisor
        # explains it in. Words, not points or codes (those are in the details line).
        credential = _credential(r.goal_credential.value)
        if last.title.lower().startswith(credential.lower()):  # "Mbo-certificaat Werken in de ..."
            first = tr("%1 — %2").replace("%1", last.title).replace("%2", fit_words(r))
        else:
            first = (tr("%1: %2 — %3").replace("%1", first_upper(credential))
                     .replace("%2", last.title).replace("%3", fit_words(r)))
        when = (tr("%1 t/m %2 · %3 weken · %4")
                .replace("%1", format_date(r.start)).replace("%2", format_date(r.end))
                .replace("%3", str(r.total_weeks)).replace("%4", steps_words(len(r.steps))))
        return f"{first}\n{when}\n{last.provider}, {last.location}{sample}"

    def _on_changed(self, changes: Changes) -> None:
        if self.candidate_id and (changes.catalog or self.candidate_id in changes.candidates):
            self.show_candidate(self.candidate_id)

    # -- showing and editing ---------------------------------------------------------------------

    def _choose(self, row: int) -> None:
        self.undo_stack.clear()
        self.current = self._proposal(row)
        self._show_route()

    def _proposal(self, row: int) -> Checked | None:
        if self.data is None or not 0 <= row < len(self.proposed):
            return None
        return Checked(self.proposed[row], ())

    def reset_to_proposal(self) -> None:
        """Back to the route as the matcher proposed it; undoable like any other edit."""
        proposal = self._proposal(self.route_list.currentRow())
        if proposal is not None and self.current != proposal:
            self.undo_stack.push(RouteEdit(self, tr("Terug naar voorstel"), self.current, proposal))

    def _show_checked(self, checked: Checked | None) -> None:
        self.current = checked
        self._show_route()
        if checked is not None:
            self.route_checked.emit(checked.ok)

    def _today(self) -> date:
        return self.today or date.today()

    def _apply(self, route: Route, what: str) -> None:
        """Re-check an edited route at once and show what, if anything, it breaks."""
        assert self.data is not None
        rec = self.data.record
        after = recheck(route, rec.intake, self.data.catalog, self._today(), rec.candidate)
        self.undo_stack.push(RouteEdit(self, what, self.current, after))

    def selected_step(self) -> int:
        row = self.steps.currentRow()
        return row if self.current is not None and 0 <= row < len(self.current.route.steps) else -1

    def swap_selected(self) -> None:
        n, k = self.selected_step(), self.alt_combo.currentIndex()
        if n < 0 or not 0 <= k < len(self._alternatives) or self.data is None or self.current is None:
            return
        self._apply(swap_step(self.current.route, n, self._alternatives[k], self.data.catalog),
                    tr("Stap wisselen"))

    def move_selected(self, start: date) -> None:
        n = self.selected_step()
        if n >= 0 and self.current is not None:
            self._apply(move_start(self.current.route, n, start), tr("Start verplaatsen"))

    def drop_selected(self) -> None:
        n = self.selected_step()
        if n >= 0 and self.current is not None:
            self._apply(drop_step(self.current.route, n), tr("Stap weghalen"))

    def _qdate(self) -> date:
        q = self.start_edit.date()
        return date(q.year(), q.month(), q.day())

    def _show_route(self) -> None:
        cur = self.current
        route = cur.route if cur is not None else None
        self.steps.setRowCount(0)
        self.explain.clear()
        self.problems.setText("")
        if route is None or self.data is None:
            self._enable()
            return
        catalog = self.data.catalog
        schemes = {f.code: f.name for f in catalog.funding}
        self.steps.setRowCount(len(route.steps))
        for n, s in enumerate(route.steps):
            bridge = tr(" (tussenstap)") if s.bridging else ""
            cells = [format_date(s.start), format_date(s.end), s.title + bridge,
                     f"{s.provider}, {s.location}", leerweg_label(s.leerweg.value),
                     format_number(s.hours_per_week), format_money(s.cost, 0),
                     schemes.get(s.funding_code, s.funding_code or "-")]
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if c == 7 and s.payment is not None:
                    # The scheme's name fits the column; who pays whom is the cell's tooltip and what
                    # a screen reader says on it, and stands in full under "Wie betaalt wat" below.
                    pays = payment_text(s.payment)
                    cell.setToolTip(pays)
                    cell.setData(Qt.ItemDataRole.AccessibleTextRole, f"{text}. {pays}")
                self.steps.setItem(n, c, cell)
        self.steps.resizeColumnsToContents()
        self._fit_steps_height()
        if route.steps:
            self.steps.setCurrentCell(0, 0)
        after, _funders = cost_after_funding(route, catalog)
        html = [f"<p><b>{_esc(first_upper(fit_words(route)))}</b> · {route.total_weeks} "
                f"{_esc(tr('weken'))} · {_esc(tr('zelf te betalen'))}: {_esc(format_money(after, 0))}</p>"]
        if route.reasons:
            # The strongest reason first; the weights themselves are the matcher's business.
            html.append(f"<p><b>{_esc(tr('Waarom deze route'))}</b></p><ul>")
            for r in sorted(route.reasons, key=lambda r: -r.weight):
                html.append(f"<li>{_esc(reason_text(r))}</li>")
            html.append("</ul>")
        paid = [(s.title, payment_text(s.payment)) for s in route.steps if s.payment is not None]
        if paid:
            # The printed plan says per step who pays whom; the advisor sees the same before saving.
            html.append(f"<p><b>{_esc(tr('Wie betaalt wat'))}</b></p><ul>")
            html += [f"<li><b>{_esc(title)}</b>: {_esc(text)}</li>" for title, text in paid]
            html.append("</ul>")
        if route.gaps:
            html.append(f"<p><b>{_esc(tr('Regelen en aandachtspunten'))}</b></p><ul>")
            html += [f"<li>{_esc(gap_text(g))}</li>" for g in route.gaps]
            html.append("</ul>")
        html.append(f"<p><small>{_esc(details_line(route))}</small></p>")
        self.explain.setHtml("".join(html))
        if cur is not None and cur.violations:
            self.problems.setText(tr("Deze wijziging breekt een regel:") + "\n" + "\n".join(
                f"• {rule_heading(v.rule)}: {violation_text(v)}" for v in cur.violations))
        self._enable()

    def _fit_steps_height(self) -> None:
        """As tall as its steps (up to five, then it scrolls): the room below is for the reasons."""
        rows = min(max(self.steps.rowCount(), 1), 5)
        self.steps.setFixedHeight(
            self.steps.horizontalHeader().height() + 2 * self.steps.frameWidth()
            + rows * self.steps.verticalHeader().defaultSectionSize()
            + self.steps.horizontalScrollBar().sizeHint().height())

    def _step_selected(self) -> None:
        n = self.selected_step()
        self.alt_combo.clear()
        self._alternatives = []
        if n >= 0 and self.current is not None and self.data is not None:
            s = self.current.route.steps[n]
            self.start_edit.setDate(QDate(s.start.year, s.start.month, s.start.day))
            rec = self.data.record
            self._alternatives = alternatives(self.current.route, n, rec.intake, self.data.catalog,
                                              rec.candidate)[:40]
            for o in self._alternatives:
                # Where, how and how long first; the offering code last, for the details.
                self.alt_combo.addItem(f"{o.location}, {leerweg_label(o.leerweg.value)}, "
                                       f"{o.weeks} " + tr("weken")
                                       + f", {format_number(o.hours_per_week)} " + tr("uur per week")
                                       + f" ({o.code})")
        self._enable()

    def _enable(self) -> None:
        has_route = self.current is not None and bool(self.current.route.steps)
        has_step = self.selected_step() >= 0
        self.swap_button.setEnabled(has_step and bool(self._alternatives))
        self.alt_combo.setEnabled(has_step and bool(self._alternatives))
        for w in (self.move_button, self.drop_button, self.start_edit):
            w.setEnabled(has_step)
        self.reset_button.setEnabled(
            self.current is not None and self.current != self._proposal(self.route_list.currentRow()))
        self.save_button.setEnabled(has_route and self.current is not None and self.current.ok
                                    and self._may_plan())
        self.no_route_button.setEnabled(self._may_plan())

    # -- saving ----------------------------------------------------------------------------------

    def save(self) -> None:
        if self.current is None or not self.current.ok or not self.candidate_id or not self._may_plan():
            return
        route = self.current.route
        job = self.runner.submit(save_plan, self.candidate_id, route, self._today())
        job.finished.connect(self._saved)
        job.failed.connect(lambda exc: self._not_saved(exc, job.traceback_text))

    def save_without_route(self) -> None:
        if not self.candidate_id or self.data is None or not self._may_plan():
            return
        job = self.runner.submit(save_plan, self.candidate_id, None, self._today())
        job.finished.connect(self._saved)
        job.failed.connect(lambda exc: self._not_saved(exc, job.traceback_text))

    def _not_saved(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, ConsentMissing):  # known and expected: the status says what to do
            self.status.setText(exc.text_en if ui_language() == "en" else exc.text_nl)
            return
        show_error(self, exc, details)

    def _saved(self, result: tuple[Any, Changes]) -> None:
        stored = result[0]
        self.status.setText(tr("Plan opgeslagen als versie %s.") % stored.version)
        self.plan_saved.emit(stored.version)

