"""The full intake form: eight sections an advisor moves through by keyboard (Alt+1 .. Alt+8,
Ctrl+Tab), validation as you type, undo per field edit, drafts, duplicate check and stale-save check.

A save that comes late (another desk saved the candidate after this form loaded it: StaleRecord) is
merged per field over what the other desk saved (app/concurrent.save_over_stale, from `base`, the
record as this form loaded it); where both changed the same field, the advisor chooses
(ui/dialogs/concurrent.py). Nothing typed is lost: until it is saved it stays in the form and its draft.

The form also follows its candidate while it is open: after every change the runner reports (this
desk's, or another desk's commit seen by its watch) it asks where the candidate stands now
(app/concurrent.stored_now, on the database thread). Saved elsewhere and nothing typed here: the
form is read again in place (the section, the field with the cursor and the scroll position stay;
the status bar says "Bijgewerkt door een andere desk"). Saved elsewhere while the advisor has typed:
nothing they typed is touched; a bar above the form says so, with the moment, and offers the other
version (Ctrl+Shift+V: the per-field choice, or which fields will be taken over); the save merges
as before. Deleted elsewhere: the form says so; what was typed stays, in a draft of a new candidate.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from intake_desk.app.candidates import save_record
from intake_desk.app.concurrent import (
    StaleSave,
    compare_with_stored,
    load_for_form,
    save_over_stale,
    save_resolved,
    stored_now,
)
from intake_desk.app.desk import stored_candidate
from intake_desk.app.drafts import Draft, delete_draft
from intake_desk.domain import (
    Big5,
    CandidateRecord,
    Cefr,
    ConsentPurpose,
    CredentialKind,
    EducationLevel,
    IntakeStatus,
    Leerweg,
    Referrer,
    Situation,
    Weekday,
)
from intake_desk.domain.changes import Changes
from intake_desk.domain.record import RecordMeta
from intake_desk.form_values import (
    ROW_CHECKS,
    Values,
    blocking,
    check_values,
    empty_values,
    from_record,
    has_startkwalificatie,
    to_record,
)
from intake_desk.regions import Gemeente, Location, find_gemeente, locate, region_name
from intake_desk.storage.errors import RecordNotFound, StaleRecord

from .. import theme
from ..feedback import show_error
from ..locale_format import format_datetime
from ..runner import DbRunner
from .duplicate_banner import DuplicateBanner
from .flow_layout import FlowLayout
from .form_fields import FieldForm, GoalHint, tr

SECTIONS = ("person", "education", "language", "wishes", "funding", "support", "consent", "notes")


def section_titles() -> list[str]:
    return [tr("Persoon"), tr("Opleiding en werk"), tr("Taal"), tr("Wensen en beschikbaarheid"),
            tr("Financiering"), tr("Ondersteuning"), tr("Toestemming"), tr("Notities")]


class ComboDelegate(QStyledItemDelegate):
    """A table cell chosen from a closed list (the stored value is the enum code)."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget):
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        box = QComboBox(parent)
        for value, text in self.choices:
            box.addItem(text, value)
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.UserRole)), 0))

    def setModelData(self, editor: QWidget, model: Any,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class RowsEditor(QWidget):
    """An editable list (education, experience, languages): a table plus add and remove buttons."""

    SHORT_TEXT = frozenset({"year", "years"})  # text columns that hold a number
    MIN_TEXT_CHARS = 12  # a free-text column never gets narrower than this many characters

    def __init__(self, form: IntakeForm, key: str, label: str,
                 columns: list[tuple[str, str, str]], choices: dict[str, list[tuple[str, str]]]):
        super().__init__()
        self.form, self.key = form, key
        self.columns = columns  # (column key, header, kind: text | combo | bool)
        self.choices = choices
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName(key)
        self.table.setAccessibleName(label)
        self.table.setHorizontalHeaderLabels([c[1] for c in columns])
        # Column widths are set by _fit_columns whenever the table resizes or is filled.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.viewport().installEventFilter(self)
        self.table.setMinimumHeight(130)
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        for n, (ckey, _h, kind) in enumerate(columns):
            if kind == "combo":
                self.table.setItemDelegateForColumn(n, ComboDelegate(choices[ckey], self.table))
        layout.addWidget(self.table)
        row_buttons = QWidget()
        buttons = FlowLayout(row_buttons)
        self.add_button = QPushButton(tr("Regel toevoegen"))
        self.add_button.setAccessibleName(f"{label}: " + tr("Regel toevoegen"))
        self.remove_button = QPushButton(tr("Regel verwijderen"))
        self.remove_button.setAccessibleName(f"{label}: " + tr("Regel verwijderen"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout.addWidget(row_buttons)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self._filling = False
        self.table.itemChanged.connect(self._item_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return False

    def _fit_columns(self) -> None:
        """Short columns (levels, years, tick boxes) as wide as their header or content; free-text
        columns share the rest, but keep room for a few words: when the table is too narrow it
        scrolls sideways rather than clip a header on both sides or squeeze text to "…"."""
        header = self.table.horizontalHeader()
        free = [n for n, (ckey, _h, kind) in enumerate(self.columns)
                if kind == "text" and ckey not in self.SHORT_TEXT]
        widths = {n: max(header.sectionSizeHint(n), self.table.sizeHintForColumn(n))
                  for n in range(len(self.columns)) if n not in free}
        left = self.table.viewport().width() - sum(widths.values())
        least = self.fontMetrics().averageCharWidth() * self.MIN_TEXT_CHARS
        for n in free:
            widths[n] = max(least, header.sectionSizeHint(n), left // max(len(free), 1))
        for n, width in widths.items():
            header.resizeSection(n, width)

    def add_row(self) -> None:
        rows = [*self.get(), {}]
        self.set(rows)
        self.form.commit_key(self.key)
        self.table.setCurrentCell(len(rows) - 1, 0)
        self.table.setFocus()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        rows = self.get()
        del rows[row]
        self.set(rows)
        self.form.commit_key(self.key)

    def _item_changed(self, _item: QTableWidgetItem) -> None:
        if not self._filling:
            self.form.commit_key(self.key)

    def get(self) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        for r in range(self.table.rowCount()):
            row: dict[str, Any] = {}
            for c, (ckey, _h, kind) in enumerate(self.columns):
                item = self.table.item(r, c)
                if kind == "bool":
                    row[ckey] = item is not None and item.checkState() == Qt.CheckState.Checked
                elif kind == "combo":
                    row[ckey] = (item.data(Qt.ItemDataRole.UserRole) if item else "") or ""
                else:
                    row[ckey] = item.text() if item else ""
            rows.append(row)
        return rows

    def set(self, rows: Any) -> None:
        self._filling = True
        try:
            rows = list(rows or [])
            self.table.setRowCount(len(rows))
            for r, row in enumerate(rows):
                for c, (ckey, _h, kind) in enumerate(self.columns):
                    item = QTableWidgetItem()
                    value = row.get(ckey)
                    if kind == "bool":
                        default = ckey == "completed"
                        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                                      | Qt.ItemFlag.ItemIsUserCheckable)
                        checked = default if value is None else bool(value)
                        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                    elif kind == "combo":
                        code = str(value or self.choices[ckey][0][0])
                        item.setData(Qt.ItemDataRole.UserRole, code)
                        item.setText(dict(self.choices[ckey]).get(code, code))
                    else:
                        item.setText(str(value or ""))
                    self.table.setItem(r, c, item)
        finally:
            self._filling = False
        self._fit_columns()


class IntakeForm(FieldForm):
    saved = Signal(str)  # candidate id
    open_candidate = Signal(str)  # the advisor chose to open a possible duplicate instead

    def __init__(self, runner: DbRunner, parent: QWidget | None = None):
        super().__init__(runner, parent)
        self.setObjectName("IntakeForm")
        self._duplicates_seen = False
        self.conflict_dialog: QWidget | None = None  # open while the advisor chooses (a late save)
        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title = QLabel(tr("Nieuwe intake"))
        theme.heading(self.title, 1.55)
        self.title.setWordWrap(True)
        header.addWidget(self.title, 1)
        self.undo_button = QPushButton(tr("Ongedaan maken"))
        self.redo_button = QPushButton(tr("Opnieuw"))
        self.save_button = QPushButton(tr("Opslaan (Ctrl+S)"))
        self.save_button.setDefault(True)
        # The buttons wrap under each other rather than widen the form (long translations, large text).
        actions = QWidget()
        flow = FlowLayout(actions)
        for b in (self.undo_button, self.redo_button, self.save_button):
            flow.addWidget(b)
        header.addWidget(actions)
        outer.addLayout(header)
        self._build_other_bar()
        outer.addWidget(self.other_bar)
        self.banner = DuplicateBanner(tr("Toch opslaan als nieuw"), focus_open=True)
        outer.addWidget(self.banner)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Meldingen"))
        outer.addWidget(self.status)
        # The sections are a QTabWidget without its tab bar: one button per section in a flow that
        # wraps (FlowLayout), so none hides behind scroll arrows; Alt+1..8 and Ctrl+Tab still work.
        self.section_bar = QWidget()
        self.section_bar.setObjectName("sectionBar")
        bar = FlowLayout(self.section_bar)
        self.section_buttons = QButtonGroup(self)
        for n, title in enumerate(section_titles()):
            button = QPushButton(title)
            button.setCheckable(True)
            button.setToolTip(f"Alt+{n + 1}")
            # The keys (Alt+n, Ctrl+Tab) move between sections; a Tab stop per section would put
            # eight stops between the save button and the first field.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.section_buttons.addButton(button, n)
            bar.addWidget(button)
        outer.addWidget(self.section_bar)
        self.sections = QTabWidget()
        self.sections.setObjectName("sections")
        self.sections.tabBar().hide()
        outer.addWidget(self.sections, 1)
        self.first_fields: list[QWidget] = []
        self.section_of: dict[str, int] = {}
        self._build_sections()
        self.section_buttons.idClicked.connect(self.go_to_section)
        self.sections.currentChanged.connect(lambda n: self.section_buttons.button(n).setChecked(True))
        self.section_buttons.button(0).setChecked(True)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.banner.open_requested.connect(self.open_candidate)
        self.banner.save_anyway.connect(self._save_anyway)
        self._actions()
        self._saving = False  # a save is on its way: its own result says what is stored
        self._checking = False  # asking where the open candidate stands; another change waits
        self._check_again = False
        self.new_intake()
        runner.changed.connect(self._store_changed)

    # --- layout --------------------------------------------------------------------------------
    def _page(self, title: str) -> QFormLayout:
        inner = QWidget()
        form = QFormLayout(inner)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.sections.addTab(scroll, title)
        return form

    def _row(self, form: QFormLayout, key: str, widget: QWidget, label: str | None = None) -> None:
        self.section_of[key] = self.sections.count() - 1
        if len(self.first_fields) < self.sections.count():
            self.first_fields.append(widget)
        if label is None:
            form.addRow(self._with_message(key, widget))
        elif isinstance(widget, RowsEditor):
            # A list gets the form's full width, its label above it: beside the label column a table
            # of four or five columns has no room left once texts grow.
            title = QLabel(label)
            title.setBuddy(widget.table)
            form.addRow(title)
            form.addRow(self._with_message(key, widget))
        else:
            form.addRow(label, self._with_message(key, widget))

    def _enum_choices(self, kind: Any, labels: dict[Any, str] | None = None) -> list[tuple[str, str]]:
        labels = labels or {}
        return [(m.value, labels.get(m, m.value)) for m in kind]

    def _build_sections(self) -> None:
        titles = section_titles()
        # Persoon
        f = self._page(titles[0])
        for key, label, hint in (
            ("first_name", tr("Voornaam"), ""), ("tussenvoegsel", tr("Tussenvoegsel"), "van der"),
            # Date fields get the UI's date pattern as placeholder from FieldForm.line.
            ("surname", tr("Achternaam"), ""), ("birth_date", tr("Geboortedatum"), ""),
            ("phone", tr("Telefoon"), "06 12345678"), ("email", tr("E-mail"), tr("naam@voorbeeld.nl")),
            ("street", tr("Straat en huisnummer"), ""), ("postcode", tr("Postcode"), "1234 AB"),
            ("town", tr("Woonplaats"), ""), ("municipality", tr("Gemeente"), ""),
            ("region_code", tr("Arbeidsmarktregio"), ""), ("intake_date", tr("Datum intake"), ""),
            ("advisor", tr("Adviseur"), ""),
        ):
            if key == "region_code":
                self._row(f, key, self.region_box(key, label, tr("Nog niet bekend")), label)
                self.where = QLabel()
                self.where.setObjectName("where")
                self.where.setWordWrap(True)
                self.where.setAccessibleName(tr("Waar de kandidaat woont"))
                f.addRow("", self.where)
                continue
            self._row(f, key, self.line(key, label, hint), label)
            if key == "town":
                self._build_gemeente_choice(f)
        self._row(f, "situation", self.combo("situation", tr("Huidige situatie"), [
            (Situation.SCHOOL_LEAVER.value, tr("Schoolverlater")),
            (Situation.STUDENT.value, tr("Student")), (Situation.JOB_SEEKER.value, tr("Werkzoekend")),
            (Situation.EMPLOYED.value, tr("Werkend")), (Situation.SELF_EMPLOYED.value, tr("Zzp")),
            (Situation.WW.value, tr("WW-uitkering")), (Situation.BIJSTAND.value, tr("Bijstand")),
            (Situation.WAJONG.value, tr("Wajong")), (Situation.NEWCOMER.value, tr("Nieuwkomer")),
            (Situation.OTHER.value, tr("Anders"))]), tr("Huidige situatie"))
        self._row(f, "referrer", self.combo("referrer", tr("Verwezen door"), [
            (Referrer.SELF.value, tr("Zelf")), (Referrer.UWV.value, tr("UWV")),
            (Referrer.GEMEENTE.value, tr("Gemeente")), (Referrer.EMPLOYER.value, tr("Werkgever")),
            (Referrer.SCHOOL.value, tr("School")), (Referrer.RMT.value, tr("Regionaal Mobiliteitsteam")),
            (Referrer.LEERWERKLOKET.value, tr("Leerwerkloket")), (Referrer.OTHER.value, tr("Anders"))]),
            tr("Verwezen door"))
        # Opleiding en werk
        f = self._page(titles[1])
        levels = self._enum_choices(EducationLevel)
        self.education = RowsEditor(self, "education", tr("Opleidingen"), [
            ("level", tr("Niveau"), "combo"), ("name", tr("Opleiding"), "text"),
            ("year", tr("Jaar"), "text"), ("completed", tr("Diploma"), "bool")], {"level": levels})
        self._register_rows("education", tr("Opleidingen"), self.education)
        self._row(f, "education", self.education, tr("Opleidingen"))
        self.startkwalificatie = QLabel()
        self.startkwalificatie.setObjectName("startkwalificatie")
        self.startkwalificatie.setAccessibleName(tr("Startkwalificatie"))
        f.addRow(tr("Startkwalificatie"), self.startkwalificatie)
        self.experience = RowsEditor(self, "experience", tr("Werk en vrijwilligerswerk"), [
            ("role", tr("Functie"), "text"), ("sector", tr("Sector"), "text"),
            ("tasks", tr("Taken"), "text"), ("years", tr("Jaren"), "text"),
            ("volunteer", tr("Vrijwillig"), "bool")], {})
        self._register_rows("experience", tr("Werk en vrijwilligerswerk"), self.experience)
        self._row(f, "experience", self.experience, tr("Werkervaring"))
        self._row(f, "has_job", self.check("has_job", tr("Heeft werk of een leerbaan")))
        self._row(f, "evc_interest", self.check("evc_interest",
                                                tr("Belangstelling voor EVC (erkenning van verworven "
                                                   "competenties)")))
        # Taal
        f = self._page(titles[2])
        # "Nog niet bekend" first and by default: "geen" is a finding, not a blank (issue 12).
        cefr = [(c.value, {Cefr.UNKNOWN: tr("Nog niet bekend"), Cefr.NONE: tr("Geen")}.get(c, c.value))
                for c in Cefr]
        self._row(f, "dutch_overall", self.combo("dutch_overall", tr("Niveau Nederlands (ERK)"), cefr),
                  tr("Niveau Nederlands (ERK)"))
        self._row(f, "dutch_native", self.check("dutch_native", tr("Nederlands is moedertaal")))
        self.languages = RowsEditor(self, "languages", tr("Andere talen"), [
            ("language", tr("Taal"), "text"), ("level", tr("Niveau"), "combo")], {"level": cefr})
        self._register_rows("languages", tr("Andere talen"), self.languages)
        self._row(f, "languages", self.languages, tr("Andere talen"))
        # Wensen en beschikbaarheid
        f = self._page(titles[3])
        goal = self.line("goal_occupation", tr("Beroep of doel"))
        goal.setPlaceholderText(tr("Bijvoorbeeld automonteur, of kies een opleiding uit de lijst"))
        sector = self.line("goal_sector", tr("Sector"))
        self.goal_hint = GoalHint(self, goal, sector)
        self._row(f, "goal_occupation", goal, tr("Beroep of doel"))
        f.addRow("", self.goal_hint.label)
        self._row(f, "goal_sector", sector, tr("Sector"))
        self._row(f, "goal_credential", self.combo("goal_credential", tr("Gewenst bewijs"), [
            ("", tr("Nog niet bekend")), (CredentialKind.DIPLOMA.value, tr("Diploma")),
            (CredentialKind.CERTIFICAAT.value, tr("Certificaat")),
            (CredentialKind.PRAKTIJKVERKLARING.value, tr("Praktijkverklaring"))]), tr("Gewenst bewijs"))
        self._row(f, "hours_per_week", self.line("hours_per_week", tr("Uren per week")),
                  tr("Uren per week"))
        # Days and leerwegen flow onto a second line when their texts do not fit in one.
        days = QWidget()
        grid = FlowLayout(days, spacing=18, row_spacing=0)
        day_names = {Weekday.MONDAY: tr("ma"), Weekday.TUESDAY: tr("di"), Weekday.WEDNESDAY: tr("wo"),
                     Weekday.THURSDAY: tr("do"), Weekday.FRIDAY: tr("vr"), Weekday.SATURDAY: tr("za"),
                     Weekday.SUNDAY: tr("zo")}
        for day in Weekday:
            grid.addWidget(self.check(f"day_{day.value}", day_names[day]))
        f.addRow(tr("Beschikbare dagen"), days)
        ways = QWidget()
        row = FlowLayout(ways, spacing=18, row_spacing=0)
        for w, text in ((Leerweg.BOL, tr("BOL")), (Leerweg.BBL, tr("BBL (werkend leren)")),
                        (Leerweg.DERDE_LEERWEG, tr("Derde leerweg")),
                        (Leerweg.SHORT_COURSE, tr("Korte module"))):
            row.addWidget(self.check(f"leerweg_{w.value}", text))
        f.addRow(tr("Leerweg"), ways)
        self._row(f, "earliest_start", self.line("earliest_start", tr("Start vanaf")),
                  tr("Start vanaf"))
        self._row(f, "travel_minutes", self.line("travel_minutes", tr("Reistijd (minuten)")),
                  tr("Reistijd (minuten)"))
        self.travel = self.region_list("travel_regions", tr("Reisgebied (arbeidsmarktregio's)"))
        self._row(f, "travel_regions", self.travel, tr("Reisgebied"))
        self._row(f, "vog_needed", self.check("vog_needed", tr("VOG nodig voor dit doel")))
        # Financiering
        f = self._page(titles[4])
        self._row(f, "funding", self.text("funding", tr("Financieringsmogelijkheden (één per regel)")),
                  tr("Financiering (één per regel)"))
        # Ondersteuning (Big 5)
        f = self._page(titles[5])
        names = {Big5.WONEN: tr("Wonen"), Big5.INKOMEN: tr("Inkomen"), Big5.WELZIJN: tr("Welzijn"),
                 Big5.WERK_EN_SCHOOL: tr("Werk en school"), Big5.SUPPORT: tr("Support")}
        for d in Big5:
            group = QGroupBox(names[d])
            inner = QFormLayout(group)
            self._row(inner, f"barrier_{d.value}",
                      self.check(f"barrier_{d.value}", tr("Belemmering: %s") % names[d]))
            self._row(inner, f"note_{d.value}", self.line(f"note_{d.value}", tr("Toelichting %s")
                                                          % names[d]), tr("Toelichting"))
            self._row(inner, f"referral_{d.value}", self.line(
                f"referral_{d.value}", tr("Doorverwezen naar (%s)") % names[d]), tr("Verwijzing"))
            f.addRow(group)
        # Toestemming
        f = self._page(titles[6])
        self._row(f, "consent_given", self.check("consent_given", tr("Toestemming gegeven")))
        self._row(f, "consent_date", self.line("consent_date", tr("Datum toestemming")),
                  tr("Datum toestemming"))
        for p, text in ((ConsentPurpose.ADVICE, tr("Advies")), (ConsentPurpose.PLAN, tr("Plan maken")),
                        (ConsentPurpose.CONTACT, tr("Contact opnemen")),
                        (ConsentPurpose.SHARE_WITH_SCHOOL, tr("Delen met de school")),
                        (ConsentPurpose.SHARE_WITH_UWV, tr("Delen met UWV")),
                        (ConsentPurpose.SHARE_WITH_MUNICIPALITY, tr("Delen met de gemeente")),
                        (ConsentPurpose.SHARE_WITH_REFERRER, tr("Delen met de verwijzer")),
                        (ConsentPurpose.STATISTICS, tr("Anonieme statistiek"))):
            self._row(f, f"consent_{p.value}", self.check(f"consent_{p.value}", text))
        note = QLabel(tr("Zonder toestemming kan niets worden afgedrukt of geëxporteerd."))
        note.setWordWrap(True)
        # A spanning row keeps a label at its preferred width; let it use the form's width instead.
        note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        f.addRow(note)
        # Notities
        f = self._page(titles[7])
        self._row(f, "notes", self.text("notes", tr("Notities")), tr("Notities"))

    # --- where the candidate lives -------------------------------------------------------------
    # As the advisor types a postcode (four digits are enough) or a town, the gemeente and region are
    # filled in (intake_desk.regions); when the town or postcode fits several gemeenten, buttons ask
    # which. A value the advisor chose or typed is never overwritten: only what was filled in here.
    def _build_gemeente_choice(self, form: QFormLayout) -> None:
        self.gemeente_choice = QWidget()
        self.gemeente_choice.setObjectName("gemeente_choice")
        column = QVBoxLayout(self.gemeente_choice)
        column.setContentsMargins(0, 0, 0, 0)
        self.gemeente_question = QLabel()
        self.gemeente_question.setWordWrap(True)
        column.addWidget(self.gemeente_question)
        self.gemeente_buttons_box = QWidget()
        self.gemeente_buttons = FlowLayout(self.gemeente_buttons_box)
        column.addWidget(self.gemeente_buttons_box)
        self.gemeente_choice.hide()
        self._auto: dict[str, Any] = {}
        form.addRow("", self.gemeente_choice)

    def follows(self, key: str) -> tuple[str, ...]:
        return {"postcode": ("town", "municipality", "region_code", "travel_regions"),
                "town": ("municipality", "region_code", "travel_regions"),
                "municipality": ("region_code", "travel_regions"),
                "region_code": ("travel_regions",),
                "goal_occupation": ("goal_crebo",)}.get(key, ())

    def field_edited(self, key: str) -> None:
        if key == "postcode":
            self.town_from_postcode()
            self._locate()
        elif key == "town":
            self.town_typed()
            self._locate()
        elif key == "municipality":
            found = find_gemeente(str(self.values().get("municipality") or ""))
            self._derive("region_code", found.region_code if found else "")
        elif key == "region_code":
            self._auto.pop("region_code", None)  # the advisor's choice
            self._preselect_travel(str(self.committed.get("region_code") or ""))

    def _overwritable(self, key: str) -> bool:
        return self.getters[key]() in ("", None, self._auto.get(key))

    def _derive(self, key: str, value: str) -> None:
        """Fill `key` with `value` unless the advisor put something else there."""
        if not self._overwritable(key) or self.getters[key]() == value:
            return
        old = self.getters[key]()
        self.show_derived(key, value)
        self._auto[key] = value
        if key == "region_code":
            self._preselect_travel(str(old or ""))

    def _preselect_travel(self, old_region: str) -> None:
        """The travel area starts as the candidate's own region, and follows it while untouched."""
        region = str(self.getters["region_code"]() or "")
        travel = list(self.getters["travel_regions"]() or [])
        if travel in ([], [old_region]) and travel != ([region] if region else []):
            self.show_derived("travel_regions", [region] if region else [])

    def _locate(self) -> None:
        values = self.values()
        postcode, town = str(values.get("postcode") or ""), str(values.get("town") or "")
        # a postcode counts once its four digits are there; until then the town alone decides
        where = locate(postcode if re.match(r"\s*[1-9]\d{3}", postcode) else "", town)
        self._show_choice(where)
        self._derive("municipality", where.gemeente)
        self._derive("region_code", where.region_code)
        self._show_where(where)

    def _show_choice(self, where: Location) -> None:
        while self.gemeente_buttons.count():
            item = self.gemeente_buttons.takeAt(0)
            button = item.widget() if item is not None else None
            if button is not None:
                button.deleteLater()
        if not where.ask:
            self.gemeente_choice.hide()
            return
        self.gemeente_question.setText(
            tr("Postcode en woonplaats horen bij verschillende gemeenten. Welke klopt?") if where.conflict
            else tr("Deze postcode ligt in meer gemeenten. In welke woont de kandidaat?")
            if where.source == "postcode"
            else tr("Deze woonplaats bestaat in meer gemeenten. Welke bedoelt u?"))
        for g in where.options:
            button = QPushButton(tr("%s (regio %s)") % (g.name, region_name(g.region_code)))
            button.setObjectName(f"gemeente_{g.code}")
            button.clicked.connect(lambda _c=False, g=g: self.choose_gemeente(g))
            self.gemeente_buttons.addWidget(button)
        self.gemeente_choice.show()

    def choose_gemeente(self, g: Gemeente) -> None:
        """The advisor's answer to "which gemeente?": one undo step for gemeente, region and travel."""
        self.undo_stack.beginMacro(tr("Kies gemeente %s") % g.name)
        try:
            old = str(self.getters["region_code"]() or "")
            for key, value in (("municipality", g.name), ("region_code", g.region_code)):
                self.show_derived(key, value)
                self._auto[key] = value
            self._preselect_travel(old)
            for key in ("municipality", "region_code", "travel_regions"):
                self._commit(key)
        finally:
            self.undo_stack.endMacro()
        self.gemeente_choice.hide()
        self._show_where(Location(g.name, g.code, g.region_code, source="keuze"))
        self._mark_dirty()

    def _show_where(self, where: Location) -> None:
        if where.gemeente and where.region_code:
            text = tr("Gemeente %s, arbeidsmarktregio %s.") % (where.gemeente, region_name(where.region_code))
        elif where.region_code:
            text = tr("Arbeidsmarktregio %s; de gemeente is nog niet zeker.") % region_name(where.region_code)
        elif where.ask:
            text = tr("Kies hierboven de gemeente; dan volgt de regio.")
        else:
            text = ""
        self.where.setText(text)

    def _register_rows(self, key: str, label: str, editor: RowsEditor) -> None:
        self._register(key, label, editor.table, editor.get, editor.set)

    def _actions(self) -> None:
        def act(text: str, keys: str, slot: Any) -> QAction:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        self.save_action = act(tr("Opslaan"), "Ctrl+S", self.save)
        self.other_version_action = act(tr("Andere versie bekijken"), "Ctrl+Shift+V",
                                        self.show_other_version)
        self.undo_action = act(tr("Ongedaan maken"), "Ctrl+Z", self.undo_stack.undo)
        self.redo_action = act(tr("Opnieuw"), "Ctrl+Shift+Z", self.undo_stack.redo)
        for n in range(len(SECTIONS)):
            act(section_titles()[n], f"Alt+{n + 1}", lambda _c=False, n=n: self.go_to_section(n))

    def go_to_section(self, n: int) -> None:
        self.sections.setCurrentIndex(n)
        self.first_fields[n].setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- values and derived --------------------------------------------------------------------
    def default(self, key: str) -> Any:
        return empty_values().get(key)

    def commit_key(self, key: str) -> None:
        self._commit(key)

    def field_committed(self, key: str) -> None:
        if key == "education":
            self._update_startkwalificatie()

    def after_load(self) -> None:
        self._update_startkwalificatie()
        self.goal_hint.update()
        self.town_follows_postcode()
        values = self.values()
        postcode, town = str(values.get("postcode") or ""), str(values.get("town") or "")
        where = locate(postcode, town) if postcode or town else Location()
        # what agrees with postcode and town may follow them when they change; other values stand
        self._auto = {k: v for k, v in (("municipality", where.gemeente), ("region_code", where.region_code))
                      if v and values.get(k) == v}
        self._show_choice(where if where.ask and not values.get("municipality") else Location())
        self._show_where(where if values.get("region_code") in ("", where.region_code) else Location())

    def _update_startkwalificatie(self) -> None:
        yes = has_startkwalificatie(self.values())
        self.startkwalificatie.setText(
            tr("Ja (volgt uit de opleidingen)") if yes else tr("Nee (volgt uit de opleidingen)"))

    def issue_for(self, key: str, value: Any) -> Any:
        if key in ROW_CHECKS:
            found = {k: v for k, v in check_values({key: value}).items() if k.startswith(key + ".")}
            return next(iter(found.values()), None)
        return super().issue_for(key, value)

    # --- load, new, restore --------------------------------------------------------------------
    def new_intake(self) -> None:
        self.candidate_id, self.revision = None, None
        self.base: CandidateRecord | None = None  # the record as loaded: a late save merges over it
        self.draft_id = self._new_draft_id()
        self._duplicates_seen = False
        self.banner.hide()
        self.other_bar.hide()
        self.status.setText("")
        self.load_values(empty_values())
        self.title.setText(tr("Nieuwe intake"))

    def load(self, candidate_id: str) -> None:
        job = self.runner.submit(load_for_form, candidate_id)

        def shown(result: tuple[Any, Values, CandidateRecord]) -> None:
            meta, values, self.base = result
            self.candidate_id, self.revision = meta.id, meta.revision
            self.draft_id = f"{self.FORM_KIND}-{meta.id}"
            self.banner.hide()
            self.other_bar.hide()
            self.status.setText("")
            self.load_values(values)
            self._set_title()
            self.loaded.emit(meta.id)

        job.finished.connect(shown)
        job.failed.connect(lambda exc: show_error(self, exc, job.traceback_text))

    loaded = Signal(str)

    def restore(self, draft: Draft) -> None:
        """Show a draft kept after a crash; it stays dirty until saved."""
        self.candidate_id, self.revision = draft.candidate_id, None
        self.base = None
        self.draft_id = draft.id
        self.other_bar.hide()
        self.load_values(draft.values)
        self._set_title()
        self.status.setText(tr("Concept hersteld van %s. Kijk het na en sla op.")
                            % format_datetime(draft.updated_at))
        self.set_dirty(True)
        if draft.candidate_id:
            job = self.runner.submit(stored_candidate, draft.candidate_id)

            def stored(result: tuple[Any, CandidateRecord]) -> None:
                # The draft's own base is not known: it is saved over the record as it is now.
                self.revision, self.base = result[0].revision, result[1]

            job.finished.connect(stored)

    def _set_title(self) -> None:
        v = self.values()
        name = " ".join(str(v.get(k) or "") for k in ("first_name", "tussenvoegsel", "surname"))
        name = " ".join(name.split())
        self.title.setText(name if self.candidate_id else tr("Nieuwe intake") + (
            f": {name}" if name else ""))

    # --- save ----------------------------------------------------------------------------------
    def save(self) -> None:
        values = self.values()
        issues = check_values(values)
        for key in self.widgets:
            self.show_issue(key, next((i for k, i in issues.items()
                                       if k == key or k.startswith(key + ".")), None))
        if blocking(issues):
            first = next(k.split(".")[0] for k, i in issues.items() if i.blocks_saving)
            self.sections.setCurrentIndex(self.section_of.get(first, 0))
            self.widgets[first].setFocus()
            fields = {k.split(".")[0] for k, i in issues.items() if i.blocks_saving}
            self.refused(first, issues[next(k for k, i in issues.items() if i.blocks_saving)],
                         len(fields) - 1)
            return
        record = self._record_for_save()
        if self.candidate_id is None and not self._duplicates_seen:
            self.banner.check(self.runner, record.candidate, lambda: self._store(record),
                              lambda exc, text: show_error(self, exc, text))
            return
        self._store(record)

    def _save_anyway(self) -> None:
        self._duplicates_seen = True
        self.save()

    def _store(self, record: CandidateRecord) -> None:
        self.save_button.setEnabled(False)
        self._saving = True
        job = self.runner.submit(save_record, self.candidate_id, record, self.revision, self.draft_id)

        def done(result: tuple[Any, Changes]) -> None:
            meta = result[0]
            self._saving = False
            self.other_bar.hide()
            self.save_button.setEnabled(True)
            self.candidate_id, self.revision, self.base = meta.id, meta.revision, record
            self.draft_id = f"{self.FORM_KIND}-{meta.id}"
            self._duplicates_seen = False
            self.set_dirty(False)
            self._set_title()
            self.status.setText(tr("Opgeslagen."))
            self.saved.emit(meta.id)

        def failed(exc: BaseException) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            if isinstance(exc, RecordNotFound) and self.candidate_id is not None:
                self._deleted_elsewhere()
                return
            if isinstance(exc, StaleRecord):
                if self.candidate_id is not None and self.base is not None:
                    self._save_over_stale(record)
                    return
                self.status.setText(tr("Niet opgeslagen: iemand anders heeft deze kandidaat intussen "
                                       "gewijzigd. Uw invoer staat nog hier en in een concept."))
                return
            show_error(self, exc, job.traceback_text)

        job.finished.connect(done)
        job.failed.connect(failed)

    # --- a late save: another desk saved this candidate meanwhile -------------------------------
    def _keep_draft(self) -> None:
        """What the form holds, in its draft now (not at the next autosave)."""
        self._draft_pending = True
        self.save_draft()

    def _save_over_stale(self, record: CandidateRecord) -> None:
        assert self.candidate_id is not None and self.base is not None
        self._keep_draft()
        self.save_button.setEnabled(False)
        self._saving = True
        self.status.setText(tr("Een andere desk heeft deze kandidaat intussen opgeslagen; de "
                               "wijzigingen worden samengevoegd…"))
        job = self.runner.submit(save_over_stale, self.candidate_id, self.base, record,
                                 self.draft_id)
        self._follow_late_save(job)

    def _follow_late_save(self, job: Any) -> None:
        def failed(exc: BaseException) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            if isinstance(exc, RecordNotFound) and self.candidate_id is not None:
                self._deleted_elsewhere()
                return
            if isinstance(exc, StaleRecord):  # saved again and again meanwhile: the form stays
                self.status.setText(tr("Niet opgeslagen: iemand anders heeft deze kandidaat intussen "
                                       "gewijzigd. Uw invoer staat nog hier en in een concept."))
                return
            self.status.setText("")
            show_error(self, exc, job.traceback_text)

        job.finished.connect(lambda result: self._late_save_done(result[0]))
        job.failed.connect(failed)

    def _late_save_done(self, outcome: StaleSave) -> None:
        self._saving = False
        if outcome.candidate_id != self.candidate_id:
            self.save_button.setEnabled(True)
            return  # the advisor opened another candidate meanwhile; this one's draft is kept
        if outcome.saved is None:
            self._ask_conflicts(outcome)
            return
        self.save_button.setEnabled(True)
        self.other_bar.hide()
        merged = outcome.record
        self.candidate_id, self.revision, self.base = outcome.candidate_id, outcome.saved.revision, merged
        self.draft_id = f"{self.FORM_KIND}-{outcome.candidate_id}"
        # The form shows what is stored now, the other desk's changes included, so the next save
        # starts from there.
        self.load_values(from_record(merged))
        self.set_dirty(False)
        self._set_title()
        if outcome.taken_over:
            from intake_desk.domain.merge import field_label

            from ..locale_format import ui_language

            english = ui_language() == "en"
            names = ", ".join(field_label(f)[1 if english else 0] for f in outcome.taken_over)
            self.status.setText(tr("Opgeslagen en samengevoegd met wat een andere desk intussen "
                                   "opsloeg (%s).") % names)
        else:
            self.status.setText(tr("Opgeslagen."))
        self.saved.emit(outcome.candidate_id)

    def _ask_conflicts(self, outcome: StaleSave, looking: bool = False) -> None:
        """The per-field choice; `looking`: opened to see the other version, not by a save."""
        from ..dialogs.concurrent import ConcurrentEditDialog

        dialog = ConcurrentEditDialog(outcome, self.title.text(), self)
        self.conflict_dialog = dialog

        def chosen() -> None:
            self._saving = True
            self.status.setText(tr("Opslaan met uw keuzes…"))
            job = self.runner.submit(save_resolved, outcome, dialog.choices(), self.draft_id)
            self._follow_late_save(job)

        def back() -> None:
            self.save_button.setEnabled(True)
            self._keep_draft()
            if looking:
                self.status.setText(tr("Uw invoer staat nog hier en in een concept. Bij opslaan "
                                       "(Ctrl+S) kiest u per veld."))
                return
            self.status.setText(tr("Niet opgeslagen: een andere desk heeft dezelfde velden gewijzigd. "
                                   "Uw invoer staat nog hier en in een concept; Opslaan (Ctrl+S) "
                                   "toont de keuze opnieuw."))

        dialog.accepted.connect(chosen)
        dialog.rejected.connect(back)
        dialog.finished.connect(lambda _r: setattr(self, "conflict_dialog", None))
        dialog.open()

    # --- following the open candidate: saved or deleted at another desk -------------------------
    def _build_other_bar(self) -> None:
        """The bar above the form while another desk's save waits to be merged with what was typed
        here (not a dialog: the advisor goes on typing; the save merges)."""
        self.other_bar = QWidget()
        self.other_bar.setObjectName("OtherDeskBar")
        row = QHBoxLayout(self.other_bar)
        row.setContentsMargins(6, 4, 6, 4)
        self.other_bar.setStyleSheet("background: #e3f2fd; color: #0d3c61;")
        self.other_text = QLabel()
        self.other_text.setObjectName("otherDeskText")
        self.other_text.setWordWrap(True)
        self.other_text.setAccessibleName(tr("Gewijzigd door een andere desk"))
        self.other_button = QPushButton(tr("Andere versie bekijken (Ctrl+Shift+V)"))
        self.other_button.setObjectName("otherVersion")
        row.addWidget(self.other_text, 1)
        choices = QWidget()
        flow = FlowLayout(choices)
        flow.addWidget(self.other_button)
        row.addWidget(choices)
        self.other_button.clicked.connect(self.show_other_version)
        self.other_bar.hide()

    def _store_changed(self, changes: Changes) -> None:
        """Something was committed (here or at another desk): where does the open candidate stand?"""
        cid = self.candidate_id
        if cid is None or not (changes.candidate_list or cid in changes.candidates):
            return
        if self._checking:
            self._check_again = True
            return
        self._check(cid)

    def _check(self, cid: str) -> None:
        if self.revision is None or self._saving or self.conflict_dialog is not None:
            return  # a restored draft not yet placed, or a save whose own result will say
        self._checking = True
        job = self.runner.submit(stored_now, cid)

        def done(meta: RecordMeta | None) -> None:
            self._checking = False
            self._stored_now(cid, meta)
            if self._check_again:
                self._check_again = False
                if self.candidate_id is not None:
                    self._check(self.candidate_id)

        def failed(_exc: BaseException) -> None:
            self._checking = False  # a lost connection: the window says so; the next change asks again

        job.finished.connect(done)
        job.failed.connect(failed)

    def _stored_now(self, cid: str, meta: RecordMeta | None) -> None:
        if cid != self.candidate_id or self._saving or self.revision is None:
            return  # another candidate opened meanwhile, or a save of ours will report
        if meta is None:
            self._deleted_elsewhere()
        elif meta.revision > self.revision:
            if self.dirty or self.conflict_dialog is not None:
                self._show_other_saved(meta)
            else:
                self._reload_in_place(cid)

    def _reload_in_place(self, cid: str) -> None:
        """Read the candidate again and show it where the advisor is: same section, same field with
        the cursor where it was, same scroll position. Only while nothing is typed (else the bar)."""
        job = self.runner.submit(load_for_form, cid)

        def shown(result: tuple[RecordMeta, Values, CandidateRecord]) -> None:
            meta, values, base = result
            if cid != self.candidate_id or self._saving or self.revision is None:
                return
            if self.dirty:  # typed while it was read: their text stays, the merge waits for the save
                if meta.revision > self.revision:
                    self._show_other_saved(meta)
                return
            focus = QApplication.focusWidget()
            cursor = focus.cursorPosition() if isinstance(focus, QLineEdit) else None
            scrolls = [self._scroll_of(n) for n in range(self.sections.count())]
            section = self.sections.currentIndex()
            self.load_values(values)
            self.revision, self.base = meta.revision, base
            self._set_title()
            self.sections.setCurrentIndex(section)
            for n, value in enumerate(scrolls):
                area = self.sections.widget(n)
                if isinstance(area, QScrollArea) and value is not None:
                    area.verticalScrollBar().setValue(value)
            if focus is not None and QApplication.focusWidget() is not focus and focus.isVisible():
                focus.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(focus, QLineEdit) and cursor is not None:
                focus.setCursorPosition(min(cursor, len(focus.text())))
            self.other_bar.hide()
            self._quiet_notice(tr("Bijgewerkt door een andere desk"))
            self.reloaded.emit(cid)

        job.finished.connect(shown)
        job.failed.connect(lambda exc: self._reload_failed(cid, exc))

    reloaded = Signal(str)  # the open candidate was read again in place (another desk saved it)

    def _reload_failed(self, cid: str, exc: BaseException) -> None:
        if isinstance(exc, RecordNotFound) and cid == self.candidate_id:
            self._deleted_elsewhere()

    def _scroll_of(self, n: int) -> int | None:
        area = self.sections.widget(n)
        return area.verticalScrollBar().value() if isinstance(area, QScrollArea) else None

    def _quiet_notice(self, text: str) -> None:
        """A line in the window's status bar (not the form's message line, not a dialog)."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)
        else:
            self.status.setText(text)

    def _show_other_saved(self, meta: RecordMeta) -> None:
        when = format_datetime(meta.updated_at)
        self.other_text.setText(
            (tr("Een andere desk heeft deze kandidaat intussen opgeslagen (%s).") % when if when
             else tr("Een andere desk heeft deze kandidaat intussen opgeslagen."))
            + " " + tr("Bij opslaan worden de wijzigingen samengevoegd."))
        self.other_button.show()
        self.other_bar.show()

    def show_other_version(self) -> None:
        """Ctrl+Shift+V: what the other desk saved, against what is typed here. Fields both changed:
        the per-field choice (Enter saves with the choices, Esc back to the form as it is); else
        which fields the save will take over. Nothing is written by looking."""
        if self.candidate_id is None or self.base is None or not self.other_bar.isVisible() \
                or self.conflict_dialog is not None:
            return
        try:
            record = self._record_for_save()
        except ValueError:
            self.status.setText(tr("Vul eerst de verplichte velden in; dan is de andere versie "
                                   "te vergelijken."))
            return
        cid = self.candidate_id
        job = self.runner.submit(compare_with_stored, cid, self.base, record)

        def compared(outcome: StaleSave) -> None:
            if cid != self.candidate_id:
                return
            if outcome.conflicts:
                self.save_button.setEnabled(False)
                self._ask_conflicts(outcome, looking=True)
                return
            from intake_desk.domain.merge import field_label

            from ..locale_format import ui_language

            english = ui_language() == "en"
            names = ", ".join(field_label(f)[1 if english else 0] for f in outcome.taken_over)
            self.status.setText(
                tr("De andere desk wijzigde: %s. Uw invoer raakt die velden niet; opslaan neemt "
                   "ze over.") % names if names
                else tr("De andere versie verschilt niet van uw invoer in velden die u niet "
                        "wijzigde; opslaan voegt ze samen."))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, RecordNotFound):
                self._deleted_elsewhere()
                return
            show_error(self, exc, job.traceback_text)

        job.finished.connect(compared)
        job.failed.connect(failed)

    def _record_for_save(self) -> CandidateRecord:
        record = to_record(self.values(), status=IntakeStatus.COMPLETE)
        # The form does not edit whether someone is sample data: a save keeps it as stored (else
        # every saved sample candidate would lose its "voorbeeld" mark).
        if self.base is not None and self.base.candidate.sample != record.candidate.sample:
            record = replace(record, candidate=replace(record.candidate,
                                                       sample=self.base.candidate.sample))
        return record

    def _deleted_elsewhere(self) -> None:
        """The open candidate is gone (deleted at another desk, or erased). What was typed stays, in
        a draft of a new candidate (the old id may not come back: an erasure's tombstone keeps it);
        an unedited form is emptied, the person's data is not shown any longer."""
        self.candidate_id, self.revision, self.base = None, None, None
        old_draft, self.draft_id = self.draft_id, self._new_draft_id()
        self.other_button.hide()
        if self.dirty:
            self.other_text.setText(tr("Deze kandidaat is intussen verwijderd op een andere desk. "
                                       "Uw invoer staat nog hier en in een concept; Opslaan maakt "
                                       "er een nieuwe kandidaat van."))
            self._set_title()
            self._keep_draft()
        # A draft under the old id, autosaved after the erasure, would keep the erased id: the
        # input lives on in the new draft (saved first: the one database thread keeps the order).
        self.runner.submit(delete_draft, old_draft)
        if not self.dirty:
            self.new_intake()
            self.other_text.setText(tr("Deze kandidaat is intussen verwijderd op een andere desk."))
        self.other_bar.show()
        self._quiet_notice(tr("Verwijderd op een andere desk"))
        self.gone.emit()

    gone = Signal()  # the open candidate was deleted elsewhere: the docks let go of them
