"""The first start: who is the advisor? Name, organisation, phone, e-mail and home region, which the
printed plan shows. Asked once, when no advisor name is stored; "Later" is allowed (the plan then
refuses to print until a name is given). Changeable under Instellingen.

The fields are shared with the settings dialog (`AdvisorFields`). Saving runs on the database thread;
a rejected field is named and marked, and nothing typed is lost.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from intake_desk.app.settings import ADVISOR_FIELDS, store_advisor

from .. import theme

if TYPE_CHECKING:
    from intake_desk.storage.settings import Settings

    from ..runner import DbRunner

FIELDS = ADVISOR_FIELDS  # the fields the form shows are the ones store_advisor saves
_ERROR_STYLE = "border: 2px solid #b91c1c;"


def tr(text: str) -> str:
    return QCoreApplication.translate("WelcomeDialog", text)


def field_labels() -> dict[str, str]:
    return {"advisor_name": tr("Uw naam"), "school_name": tr("Organisatie"),
            "advisor_phone": tr("Telefoon"), "advisor_email": tr("E-mail"),
            "default_region": tr("Regio waar u werkt")}


class AdvisorFields(QWidget):
    """The advisor's five fields in a form, each with its own error line under it."""

    def __init__(self, parent: QWidget | None = None, form: QFormLayout | None = None):
        """With `form`, the rows go into that form (the settings dialog lines them up with its own)."""
        super().__init__(parent)
        # The same region picker as the intake form (CBS names shown, the code stored), filled on
        # first use.
        from ..views.form_fields import RegionBox

        if form is None:
            form = QFormLayout(self)
            form.setContentsMargins(0, 0, 0, 0)
        else:
            self.hide()  # only the rows show, in the caller's form
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        labels = field_labels()
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        hints = {"advisor_name": tr("Zoals op het plan, bijvoorbeeld Lan Đặng"),
                 "school_name": tr("School, Leerwerkloket of mobiliteitsteam"),
                 "advisor_phone": tr("Bijvoorbeeld 06 12345678"),
                 "advisor_email": tr("naam@voorbeeld.nl")}
        for key in FIELDS:
            error = QLabel()
            error.setWordWrap(True)
            error.setStyleSheet("color: #b91c1c;")
            error.hide()
            self.errors[key] = error
            if key == "default_region":
                self.region = RegionBox(tr("(nog niet gekozen)"))
                self.region.setObjectName(key)
                self.region.setAccessibleName(labels[key])
                widget: QWidget = self.region
            else:
                edit = QLineEdit()
                edit.setObjectName(key)
                edit.setPlaceholderText(hints[key])
                edit.setAccessibleName(labels[key])
                edit.setMinimumWidth(edit.fontMetrics().averageCharWidth() * 36)
                edit.textEdited.connect(lambda _t, k=key: self.show_problem(k, ""))
                self.edits[key] = edit
                widget = edit
            label = QLabel(labels[key])
            label.setBuddy(widget)
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            form.addRow(label, box)
        self.region.currentIndexChanged.connect(lambda _i: self.show_problem("default_region", ""))

    def widget(self, key: str) -> QWidget:
        return self.region if key == "default_region" else self.edits[key]

    def show_settings(self, settings: Settings) -> None:
        for key, edit in self.edits.items():
            edit.setText(str(getattr(settings, key)))
            edit.setCursorPosition(0)
        # an older code or name is read as today's region; one that names none is kept, not lost
        self.region.set_value(settings.default_region)

    def values(self) -> dict[str, str]:
        found = {key: edit.text() for key, edit in self.edits.items()}
        found["default_region"] = self.region.value()
        return found

    def show_problem(self, key: str, text: str) -> None:
        self.errors[key].setText(text)
        self.errors[key].setVisible(bool(text))
        widget = self.widget(key)
        widget.setStyleSheet(_ERROR_STYLE if text else "")
        base = field_labels()[key]
        widget.setAccessibleDescription(text)
        widget.setAccessibleName(base)

    def show_problems(self, problems: list[Any], language: str) -> None:
        for key in FIELDS:
            self.show_problem(key, "")
        for p in problems:
            self.show_problem(p.field, p.text(language))
        if problems:
            self.widget(problems[0].field).setFocus(Qt.FocusReason.OtherFocusReason)
        window = self.window()
        if window is not None and window is not self:
            window.adjustSize()  # room for the error lines, so none is drawn over a field


class WelcomeDialog(QDialog):
    saved = Signal(object)  # the stored Settings

    def __init__(self, runner: DbRunner, parent: QWidget | None = None):
        super().__init__(parent)
        from intake_desk.storage.settings import Settings

        self.setObjectName("WelcomeDialog")
        self.setWindowTitle(tr("Welkom bij Intake Desk"))
        self.runner = runner
        self.current = Settings(school_name="")
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        layout = QVBoxLayout(self)
        title = QLabel(tr("Welkom"))
        theme.heading(title, 1.6)
        layout.addWidget(title)
        intro = QLabel(tr(
            "Vul in wie u bent. Uw naam, organisatie en contactgegevens komen op elk plan dat u "
            "afdrukt, zodat de kandidaat weet bij wie hij terecht kan. U kunt dit later wijzigen "
            "via Bestand > Instellingen."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.fields = AdvisorFields()
        layout.addWidget(self.fields)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(tr("Opslaan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = self.buttons.addButton(tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.setToolTip(tr("Zonder naam kan een plan niet worden afgedrukt."))
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.fields.edits["advisor_name"].setFocus()
        from intake_desk.app.settings import load_settings

        job = runner.submit(load_settings)
        job.finished.connect(self._loaded)

    def _loaded(self, settings: Settings) -> None:
        self.current = settings
        typed = self.fields.values()
        # The sample school name is not the advisor's organisation: ask rather than suggest it.
        shown = settings if "voorbeeld" not in settings.school_name.lower() else dataclasses.replace(
            settings, school_name="")
        self.fields.show_settings(shown)
        for key, text in typed.items():  # what was typed or chosen while loading stays
            if text and key in self.fields.edits:
                self.fields.edits[key].setText(text)
        if typed["default_region"]:
            self.fields.region.set_value(typed["default_region"])

    def chosen(self) -> Settings:
        values: dict[str, Any] = {k: v.strip() for k, v in self.fields.values().items()}
        return dataclasses.replace(self.current, **values)

    def save(self) -> None:
        from ..locale_format import ui_language

        self.save_button.setEnabled(False)
        self.status.setText(tr("Opslaan…"))
        job = self.runner.submit(store_advisor, self.chosen())

        def done(result: tuple[Any, Any]) -> None:
            self.save_button.setEnabled(True)
            stored, changes = result
            if changes is None:
                self.status.setText(tr("Niet opgeslagen: kijk de rood gemarkeerde velden na."))
                self.fields.show_problems(stored, ui_language())
                return
            self.status.setText("")
            self.current = stored
            self.saved.emit(stored)
            self.accept()

        def failed(exc: Exception) -> None:
            from ..feedback import show_error

            self.save_button.setEnabled(True)
            self.status.setText("")
            show_error(self, exc, job.traceback_text)

        job.finished.connect(done)
        job.failed.connect(failed)


def offer_welcome(window: Any) -> None:
    """At the first start (no advisor name stored), once the window is ready: ask who the advisor is.
    The start path for people calls this; tests and screenshots call it when they want the welcome."""

    def ask() -> None:
        from intake_desk.app.settings import needs_welcome

        job = window.runner.submit(needs_welcome)
        job.finished.connect(lambda needed: show_welcome(window) if needed else None)

    if getattr(window, "is_ready", False):
        ask()
    else:
        window.ready.connect(ask, Qt.ConnectionType.SingleShotConnection)


def show_welcome(window: Any) -> WelcomeDialog:
    dialog = WelcomeDialog(window.runner, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.welcome = dialog
    dialog.open()
    return dialog
