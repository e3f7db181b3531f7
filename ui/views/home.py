"""The home view "Vandaag": where the advisor's day starts. Three worklists (today's intakes, what is
left to finish, plans to make or print), each entry one click or Enter away from the desk; the main
actions (new intake, beursmodus, search) with their keys; and, at the bottom, what the database holds
and whether the catalog is sample data.

The lists come from `intake_desk.today` on the database thread (see `overview`). An empty list says
what to do next instead of showing nothing.
"""

from __future__ import annotations

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
    from sqlite_utils import Database

    from intake_desk.today import Entry, Today

CANDIDATE_ROLE = Qt.ItemDataRole.UserRole
DRAFT_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("HomeView", text)


def overview(db: Database) -> dict[str, Any]:
    """Runs on the database thread: the day's worklists, the counts and the sample-catalog flag."""
    from intake_desk import today

    day = today.load(db)
    return {**day.counts, "sample_catalog": day.sample_catalog, "today": day}


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
        self.empty.setStyleSheet("color: palette(mid); padding: 8px 0;")
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

    def show_entries(self, rows: list[tuple[str, str, str, str]]) -> None:
        """rows: (text, tooltip, candidate id, draft id)."""
        self.list.clear()
        for text, tip, cid, did in rows:
            item = QListWidgetItem(text)
            item.setToolTip(tip)
            item.setData(CANDIDATE_ROLE, cid)
            item.setData(DRAFT_ROLE, did)
            self.list.addItem(item)
        self.title.setText(f"{self.title_text} ({len(rows)})" if rows else self.title_text)
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

    def __init__(self) -> None:
        super().__init__()
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
        self.sample_note.setStyleSheet("color: #8a4b00;")
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
        for part in (self.intakes, self.to_finish, self.plans):
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
        day = data.get("today")
        if day is not None:
            self.show_today(day)

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


def kind_text(kind: str) -> str:
    return {
        "intake": tr("intake"),
        "snel": tr("snelle intake: aanvullen aan de balie"),
        "concept": tr("concept: afmaken"),
        "draft": tr("niet opgeslagen invoer: nakijken en opslaan"),
        "plan-maken": tr("klaar voor een plan: leerroute kiezen"),
        "geen-toestemming": tr("volledig, maar nog geen toestemming voor een plan"),
        "plan-afdrukken": tr("plan van vandaag: afdrukken"),
    }.get(kind, kind)


def _status_text(status: str) -> str:
    return {"snel": tr("snelle intake"), "concept": tr("concept"),
            "volledig": tr("volledig")}.get(status, status)


def _row(e: Entry) -> tuple[str, str, str, str]:
    from ..locale_format import format_date

    name = e.name or tr("(nog zonder naam)")
    what = kind_text(e.kind.value)
    if e.kind.value == "intake":
        what = _status_text(e.status)
    elif e.kind.value == "plan-afdrukken":
        what = tr("plan van vandaag (versie %d): afdrukken") % e.plan_version
    tip = tr("Intake van %s") % format_date(e.intake_date) if e.intake_date else ""
    return f"{name}\n{what}", tip, e.candidate_id, e.draft_id
