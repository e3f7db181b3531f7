"""Beursmodus: one screen of about ten fields, keyboard only. Ctrl+Enter saves the person as a quick
intake (to be completed at the desk) and clears the form for the next one.

At a fair the same person often comes back to a second stand: before saving, a stored candidate with the
same birth date and a similar name is shown. A second Ctrl+Enter saves as new anyway, so the keyboard
flow never stops; "Die kandidaat openen" keeps what was typed here and opens the stored record."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake_desk.app.candidates import save_record
from intake_desk.app.drafts import Draft
from intake_desk.domain import CandidateRecord, IntakeStatus
from intake_desk.form_values import blocking, check_values, empty_values, to_record
from intake_desk.regions import Gemeente, Location, locate

from .. import theme
from ..feedback import show_error
from ..runner import DbRunner
from .duplicate_banner import DuplicateBanner
from .form_fields import FieldForm, GoalHint, PlaceHint, tr


def fair_consent(today: str) -> dict[str, Any]:
    """What the one tick "Toestemming om contact op te nemen en te adviseren" records: consent given
    today, for advice and for the plan that advice ends in (ConsentPurpose.ADVICE, PLAN). Sharing
    with a school or referrer and statistics are asked at the desk, each on its own."""
    from intake_desk.domain import ConsentPurpose

    return {"consent_date": today, f"consent_{ConsentPurpose.ADVICE.value}": True,
            f"consent_{ConsentPurpose.PLAN.value}": True,
            f"consent_{ConsentPurpose.CONTACT.value}": True}  # the tick's own words (issue 15)


class QuickIntakeView(FieldForm):
    saved = Signal(str)
    open_candidate = Signal(str)  # the advisor chose to open a possible duplicate instead
    # A new person sits down (the form is empty, or the beursmodus is shown): panels beside the form
    # must not show the previous person's routes or plan.
    next_person = Signal()
    FORM_KIND = "quick"

    def __init__(self, runner: DbRunner, parent: QWidget | None = None):
        super().__init__(runner, parent)
        self.setObjectName("QuickIntakeView")
        self.count = 0
        self._duplicates_seen = False
        page = QHBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        column = QWidget()
        column.setMaximumWidth(760)  # a short, readable column; the rest of a wide screen stays calm
        # Scrolls rather than clips when the text is large (200%) or the laptop screen is small.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        centre = QHBoxLayout(holder)
        centre.addWidget(column, 1)
        centre.addStretch(0)
        scroll.setWidget(holder)
        page.addWidget(scroll)
        outer = QVBoxLayout(column)
        title = QLabel(tr("Snelle intake (beursmodus)"))
        theme.heading(title, 1.8)
        outer.addWidget(title)
        hint = QLabel(tr("Typ en ga met Tab naar het volgende veld. Ctrl+Enter slaat op en maakt het "
                         "formulier leeg voor de volgende persoon. Aanvullen doet u later aan de balie."))
        hint.setWordWrap(True)
        outer.addWidget(hint)
        # The save key and what became of the last save ("Opgeslagen: ...", or why not) stand above
        # the fields: below them they fell under the fold of a 1366x768 laptop, and the advisor at a
        # fair never saw that the person was stored (found walking the app, session 8).
        row = QHBoxLayout()
        outer.addLayout(row)
        self.banner = DuplicateBanner(tr("Toch opslaan als nieuw (Ctrl+Enter)"))
        self.banner.open_requested.connect(self.open_candidate)
        self.banner.save_anyway.connect(self.save)
        self.banner.shown.connect(self._duplicate_shown)
        outer.addWidget(self.banner)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        self.first_name = self.line("first_name", tr("Voornaam"))
        self.tussenvoegsel = self.line("tussenvoegsel", tr("Tussenvoegsel"), "van der")
        self.surname = self.line("surname", tr("Achternaam"))
        self.birth_date = self.line("birth_date", tr("Geboortedatum"))
        self.phone = self.line("phone", tr("Telefoon"), "06 12345678")
        self.email = self.line("email", tr("E-mail"), tr("naam@voorbeeld.nl"))
        self.postcode = self.line("postcode", tr("Postcode"), "1234 AB")
        self.town = self.line("town", tr("Woonplaats"))
        self.goal = self.line("goal_occupation", tr("Beroep of doel"))
        self.hours = self.line("hours_per_week", tr("Uren per week"))
        self.notes = self.text("notes", tr("Notitie"))
        self.notes.setMaximumHeight(90)
        self.consent = self.check("consent_given", tr("Toestemming om contact op te nemen en te adviseren"))
        # Gemeente and region are not typed here: they follow postcode and town, shown in words
        # under them, and asked (Alt+1, Alt+2, ...) when they fit several gemeenten.
        self.place = PlaceHint()
        self.place.chosen.connect(self.choose_gemeente)
        self._place: dict[str, str] = {"municipality": "", "region_code": ""}
        for key, label in (("municipality", tr("Gemeente")), ("region_code", tr("Arbeidsmarktregio"))):
            self._register(key, label, self.place.where, partial(self._place.__getitem__, key),
                           partial(self._set_place, key))
        self.goal_hint = GoalHint(self, self.goal, offer_titles=False)
        for key in ("first_name", "tussenvoegsel", "surname", "birth_date", "phone", "email",
                    "postcode", "town", "goal_occupation", "hours_per_week", "notes"):
            form.addRow(self.labels[key], self._with_message(key, self.widgets[key]))
            if key == "town":
                form.addRow("", self.place)
            elif key == "goal_occupation":
                form.addRow("", self.goal_hint.label)
        form.addRow(self.consent)
        self.save_button = QPushButton(tr("Opslaan en volgende (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Meldingen"))
        row.addWidget(self.status, 1)
        self.scroll_area = scroll
        outer.addStretch(1)
        self.save_action = QAction(tr("Opslaan en volgende"), self)
        self.save_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        undo = QAction(tr("Ongedaan maken"), self)
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.triggered.connect(self.undo_stack.undo)
        self.addAction(undo)
        self.clear()

    def default(self, key: str) -> Any:
        return empty_values().get(key)

    def follows(self, key: str) -> tuple[str, ...]:
        return {"postcode": ("town", "municipality", "region_code"),
                "town": ("municipality", "region_code"),
                "goal_occupation": ("goal_crebo",)}.get(key, ())

    def field_edited(self, key: str) -> None:
        if key == "postcode":
            self.town_from_postcode()
            self._locate()
        elif key == "town":
            self.town_typed()
            self._locate()

    def _locate(self) -> Location:
        values = self.values()
        postcode, town = str(values.get("postcode") or ""), str(values.get("town") or "")
        # a postcode counts once its four digits are there; until then the town alone decides
        where = locate(postcode if postcode.strip()[:4].isdigit() and len(postcode.strip()) >= 4 else "",
                       town)
        self.place.show_location(where)
        for key, value in (("municipality", where.gemeente), ("region_code", where.region_code)):
            if self.getters[key]() != value:
                self.show_derived(key, value)
        return where

    def _set_place(self, key: str, value: object) -> None:
        self._place[key] = str(value or "")

    def choose_gemeente(self, g: Gemeente) -> None:
        """The advisor's answer to "which gemeente?"; the cursor stays where it was."""
        self.undo_stack.beginMacro(tr("Kies gemeente %s") % g.name)
        try:
            for key, value in (("municipality", g.name), ("region_code", g.region_code)):
                self.show_derived(key, value)
                self._commit(key)
        finally:
            self.undo_stack.endMacro()
        self.place.show_choice(g)
        self._mark_dirty()

    def after_load(self) -> None:
        self.town_follows_postcode()
        values = self.values()
        if values.get("municipality") and values.get("region_code"):
            self.place.show_location(Location(str(values["municipality"]), "", str(values["region_code"])))
        elif values.get("postcode") or values.get("town"):
            self._locate()
        else:
            self.place.show_location(Location())
        self.goal_hint.update()

    def _typed(self, key: str) -> None:
        super()._typed(key)
        if key in ("first_name", "tussenvoegsel", "surname", "birth_date") and not self._loading:
            # another person now, or a corrected name: check again on the next save
            self._duplicates_seen = False
            self.banner.hide()

    def clear(self) -> None:
        self._duplicates_seen = False
        self.banner.hide()
        self.candidate_id = None
        self.draft_id = self._new_draft_id()
        self.load_values(empty_values())
        self.first_name.setFocus()
        self.scroll_area.verticalScrollBar().setValue(0)  # the next person starts at the top, status in view
        self.next_person.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.next_person.emit()

    def restore(self, draft: Draft) -> None:
        self.draft_id = draft.id
        self.load_values(draft.values)
        self.set_dirty(True)

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return  # a check or save is under way; a second Ctrl+Enter must not store the person twice
        values = {**empty_values(), **self.values()}
        if values.get("consent_given"):
            values |= fair_consent(values["intake_date"])
        issues = check_values(values)
        for key in self.widgets:
            self.show_issue(key, issues.get(key))
        if blocking(issues):
            key = next(k for k, i in issues.items() if i.blocks_saving and k in self.widgets)
            # every check that can block a quick intake belongs to one of its own fields
            self.widgets[key].setFocus()
            fields = {k for k, i in issues.items() if i.blocks_saving}
            self.refused(key, issues[key], len(fields) - 1)
            return
        record = to_record(values, status=IntakeStatus.QUICK)
        self.save_button.setEnabled(False)
        if not self._duplicates_seen:
            self.banner.check(self.runner, record.candidate, lambda: self._store(record), self._failed)
            return
        self._store(record)

    def _duplicate_shown(self) -> None:
        self._duplicates_seen = True  # the next Ctrl+Enter saves as new anyway
        self.save_button.setEnabled(True)
        self.status.setText(tr("Nog niet opgeslagen: kijk eerst of dit dezelfde persoon is."))

    def _failed(self, exc: BaseException, traceback_text: str) -> None:
        self.save_button.setEnabled(True)
        show_error(self, exc, traceback_text)

    def _store(self, record: CandidateRecord) -> None:
        self.save_button.setEnabled(False)
        job = self.runner.submit(save_record, None, record, None, self.draft_id)
        name = record.candidate.name.display

        def done(result: Any) -> None:
            self.save_button.setEnabled(True)
            self.count += 1
            self.clear()
            self.status.setText(tr("Opgeslagen: %s (%d in deze sessie).") % (name, self.count))
            self.saved.emit(result[0].id)

        job.finished.connect(done)
        job.failed.connect(lambda exc: self._failed(exc, job.traceback_text))
