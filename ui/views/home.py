"""The home view "Vandaag": where the advisor's day starts. Three worklists (today's intakes, what is
left to finish, plans to make or print), each entry one click or Enter away from the desk; the main
actions (new intake, beursmodus, search) with their keys; and, at the bottom, what the database holds
and whether the catalog is sample data.

The lists come from `intake_desk.today` on the database thread (`intake_desk.app.home.overview`).
An empty list says what to do next instead of showing nothing.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .. import theme
from .flow_layout import FlowLayout

if TYPE_CHECKING:  # the first frame does not wait for sqlite_utils; the database thread loads it

    from intake_desk.app.followup import FollowUpEntry, FollowUpList
    from intake_desk.today import Entry, EntryKind, Today

CANDIDATE_ROLE = Qt.ItemDataRole.UserRole
DRAFT_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("HomeView", text)


class WorkList(QWidget):
    """A titled list with its own empty state; Enter, a click or a double click opens an entry."""

    activated = Signal(str, str)  # candidate id, draft id

    def __init__(self, title: str, empty: str):
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title_text = title
        self.title = QLabel(title)
        theme.heading(self.title, 1.25)
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setWordWrap(True)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.empty = QLabel(empty)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        theme.role(self.empty, "empty")
        self.title.setBuddy(self.list)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        self.list.hide()
        # Enter and double click arrive as itemActivated; a single click opens too (a worklist is a
        # set of links, and the arrow keys still only move).
        self.list.itemActivated.connect(self._open)
        self.list.itemClicked.connect(self._open)

    def _open(self, item: QListWidgetItem) -> None:
        self.activated.emit(item.data(CANDIDATE_ROLE) or "", item.data(DRAFT_ROLE) or "")

    def show_entries(self, rows: list[tuple[str, str, str, str]], total: int | None = None) -> None:
        """rows: (text, tooltip, candidate id, draft id); `total` when the list shows only part."""
        self.list.clear()
        for text, tip, cid, did in rows:
            item = QListWidgetItem(text)
            item.setToolTip(tip)
            item.setData(CANDIDATE_ROLE, cid)
            item.setData(DRAFT_ROLE, did)
            self.list.addItem(item)
        count = max(total or 0, len(rows))
        self.title.setText(f"{self.title_text} ({count})" if rows else self.title_text)
        self.list.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if rows and self.list.currentRow() < 0:
            # Current (Enter opens it) but not selected: three highlighted rows would read as a choice.
            self.list.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)


class HomeView(QWidget):
    open_candidate = Signal(str)
    open_draft = Signal(str)
    new_intake = Signal()
    quick_intake = Signal()
    search = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HomeView")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        self.title = QLabel(tr("Vandaag"))
        theme.heading(self.title, 2.0)
        self.day_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.day_label, 1, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(top)
        self.sample_note = QLabel()
        self.sample_note.setWordWrap(True)
        theme.role(self.sample_note, "sample")
        layout.addWidget(self.sample_note)

        actions_box = QWidget()
        actions = FlowLayout(actions_box)  # wraps at 200% text rather than run off the window
        self.new_button = QPushButton(tr("Nieuwe intake (Ctrl+N)"))
        self.quick_button = QPushButton(tr("Beursmodus (Ctrl+Shift+N)"))
        self.search_button = QPushButton(tr("Kandidaat zoeken (Ctrl+F)"))
        self.new_button.clicked.connect(self.new_intake)
        self.quick_button.clicked.connect(self.quick_intake)
        self.search_button.clicked.connect(self.search)
        for button in (self.new_button, self.quick_button, self.search_button):
            actions.addWidget(button)
        layout.addWidget(actions_box)

        # Who needs a call comes first: that is how an advisor's morning starts (issue 17).
        self.followup_title = QLabel(tr("Opvolgen"))
        theme.heading(self.followup_title, 1.5)
        layout.addWidget(self.followup_title)
        self.due = WorkList(tr("Vandaag contact"), tr(
            "Niemand om vandaag te bellen. Een volgende afspraak zet u bij de kandidaat (Ctrl+Shift+D)."))
        self.overdue = WorkList(tr("Te laat"), tr("Geen afspraken die voorbij zijn."))
        self.silent = WorkList(tr("Lang niets gehoord"), tr(
            "Iedereen met een lopend traject heeft een afspraak of recent contact."))
        follow = QGridLayout()
        follow.setHorizontalSpacing(24)
        for n, part in enumerate((self.due, self.overdue, self.silent)):
            follow.addWidget(part, 0, n)
            follow.setColumnStretch(n, 1)
            part.activated.connect(self._activated)
        layout.addLayout(follow, 1)

        self.intakes = WorkList(tr("Intakes van vandaag"), tr(
            "Nog geen intakes vandaag. Start een intake met Ctrl+N of de beursmodus (Ctrl+Shift+N)."))
        self.to_finish = WorkList(tr("Af te maken"), tr(
            "Niets af te maken. Snelle intakes uit de beursmodus en concepten verschijnen hier."))
        self.plans = WorkList(tr("Plannen"), tr(
            "Geen plannen klaar om te maken of af te drukken. Een volledige intake met toestemming "
            "komt hier te staan tot er een plan is."))
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        for n, part in enumerate((self.intakes, self.to_finish, self.plans)):
            grid.addWidget(part, 0, n)
            grid.setColumnStretch(n, 1)
            part.activated.connect(self._activated)
        layout.addLayout(grid, 1)

        # What the database holds: small, at the bottom; the day's work comes first.
        self.facts = QLabel(tr("In deze database"))
        theme.heading(self.facts, 1.0)
        layout.addWidget(self.facts)
        facts_box = QWidget()
        facts = FlowLayout(facts_box)
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("candidates", tr("Kandidaten")),
            ("quick", tr("Snelle intakes nog aan te vullen")),
            ("items", tr("Catalogus: opleidingen, certificaten en modules")),
            ("offerings", tr("Catalogus: aanbod (startmomenten en locaties)")),
            ("regions", tr("Arbeidsmarktregio's met aanbod")),
        ):
            value = QLabel("…")
            value.setAccessibleName(label)
            self.values[key] = value
            pair = QWidget()
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 16, 0)
            row.addWidget(QLabel(label + ":"))
            row.addWidget(value)
            facts.addWidget(pair)
        layout.addWidget(facts_box)

    def _activated(self, candidate_id: str, draft_id: str) -> None:
        if draft_id:
            self.open_draft.emit(draft_id)
        elif candidate_id:
            self.open_candidate.emit(candidate_id)

    def focus_first(self, when_loaded: bool = False) -> None:
        """Keyboard focus on the first list with something in it (else the new-intake button).

        `when_loaded` (start-up, before the lists have data): once they arrive, the focus moves on to
        the first list, unless the advisor has put it somewhere else meanwhile."""
        self._focus_when_loaded = when_loaded
        for part in (self.due, self.overdue, self.intakes, self.to_finish, self.plans, self.silent):
            if part.list.isVisible():
                part.list.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.new_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_overview(self, data: dict[str, Any]) -> None:
        for key, label in self.values.items():
            # Selectable once there is something to copy; made so at start-up it would cost the
            # first frame ~5 ms (a text control per label).
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setText(str(data[key]))
        self.sample_note.setText(
            tr("Let op: de catalogus is een voorbeeld. De scholen, locaties en crebo's zijn echt; "
               "wie wat aanbiedt, de data en de prijzen zijn verzonnen. Importeer het aanbod van uw "
               "school voordat u echte plannen maakt.")
            if data["sample_catalog"] else "")
        self.sample_note.setVisible(bool(data["sample_catalog"]))
        follow = data.get("followup")
        if follow is not None:
            self.show_followup(follow)
        day = data.get("today")
        if day is not None:
            self.show_today(day)

    def show_followup(self, follow: FollowUpList) -> None:
        self.due.show_entries([_follow_row(e, "due") for e in follow.due_today],
                              follow.due_today_total)
        self.overdue.show_entries([_follow_row(e, "overdue", follow.today) for e in follow.overdue],
                                  follow.overdue_total)
        # The number of days in the tooltip: in the title it would widen this column at large text.
        self.silent.title.setToolTip(tr("Lang niets gehoord (%d dagen of meer)") % follow.silent_days)
        self.silent.list.setAccessibleDescription(self.silent.title.toolTip())
        self.silent.show_entries([_follow_row(e, "silent") for e in follow.silent],
                                 follow.silent_total)

    def show_today(self, day: Today) -> None:
        from ..locale_format import format_date

        self.day_label.setText(format_date(day.day))
        self.intakes.show_entries([_row(e) for e in day.intakes])
        self.to_finish.show_entries([_row(e) for e in day.to_finish])
        self.plans.show_entries([_row(e) for e in day.plans])
        if getattr(self, "_focus_when_loaded", False):
            self._focus_when_loaded = False
            focused = self.focusWidget()
            if self.isVisible() and (focused is None or focused is self.new_button):
                self.focus_first()


def kind_text(kind: EntryKind) -> str:
    # The codes come from the core's enums (issue 14), imported here: the first frame needs none.
    from intake_desk.today import EntryKind

    return {
        EntryKind.INTAKE: tr("intake"),
        EntryKind.QUICK: tr("snelle intake: aanvullen aan de balie"),
        EntryKind.CONCEPT: tr("concept: afmaken"),
        EntryKind.DRAFT: tr("niet opgeslagen invoer: nakijken en opslaan"),
        EntryKind.MAKE_PLAN: tr("klaar voor een plan: leerroute kiezen"),
        EntryKind.NO_CONSENT: tr("volledig, maar nog geen toestemming voor een plan"),
        EntryKind.PRINT_PLAN: tr("plan van vandaag: afdrukken"),
    }.get(kind, str(kind))


def status_text(status: str) -> str:
    """The intake's completeness (IntakeStatus code) in words."""
    from intake_desk.domain.enums import IntakeStatus

    try:
        known = IntakeStatus(status)
    except ValueError:  # a code this version does not know: shown as stored
        return status
    return {IntakeStatus.QUICK: tr("snelle intake"), IntakeStatus.DRAFT: tr("concept"),
            IntakeStatus.COMPLETE: tr("volledig")}[known]


def _follow_row(e: FollowUpEntry, which: str, today: date | None = None
                ) -> tuple[str, str, str, str]:
    """One follow-up entry: the name, then why it is listed and the trajectory stage."""
    from intake_desk.domain.trajectory import stage_label

    from ..locale_format import format_date, ui_language

    stage = stage_label(e.stage, ui_language())
    if which == "overdue" and e.next_contact is not None and today is not None:
        late = (today - e.next_contact).days
        why = (tr("1 dag te laat (%s)") % format_date(e.next_contact) if late == 1
               else tr("%d dagen te laat (%s)") % (late, format_date(e.next_contact)))
    elif which == "silent":
        why = tr("%d dagen geen contact") % e.days_silent
    else:
        why = tr("afspraak vandaag")
    last = tr("Laatste contact: %s") % format_date(e.last_contact) if e.last_contact else ""
    return f"{e.name or tr('(nog zonder naam)')}\n{why} · {stage}", last, e.candidate_id, ""


def _row(e: Entry) -> tuple[str, str, str, str]:
    from intake_desk.today import EntryKind

    from ..locale_format import format_date

    name = e.name or tr("(nog zonder naam)")
    what = kind_text(e.kind)
    if e.kind is EntryKind.INTAKE:
        what = status_text(e.status)
    elif e.kind is EntryKind.PRINT_PLAN:
        what = tr("plan van vandaag (versie %d): afdrukken") % e.plan_version
    tip = tr("Intake van %s") % format_date(e.intake_date) if e.intake_date else ""
    return f"{name}\n{what}", tip, e.candidate_id, e.draft_id
