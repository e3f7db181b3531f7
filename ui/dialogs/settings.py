"""Settings: the school, the advisor, the default region, plan language, theme, text size and UI
language.

Business settings live in the database (intake_desk.storage.settings); only window state goes to
QSettings. The main window shows a new theme or text size at once (it follows stored settings); a new
UI language takes effect at the next start.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_desk.app.settings import load_settings, store_settings
from intake_desk.domain.changes import Changes
from intake_desk.interface import TEXT_SIZES
from intake_desk.storage.settings import Settings

from .. import theme
from ..feedback import show_error
from ..locale_format import ui_language
from ..runner import DbRunner
from .welcome import AdvisorFields


def tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


class SettingsDialog(QDialog):
    TEXT_FIELDS = ("school_address", "school_website", "school_logo_path")

    def __init__(self, runner: DbRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(tr("Instellingen"))
        self.runner = runner
        self.current = Settings()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        layout = QVBoxLayout(self)
        # The advisor first (what the plan says about who helps), then the organisation, then the
        # program's own look: the order an advisor changes them in. One form, so the fields line up.
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(form)
        form.addRow(self._section(tr("Adviseur")))
        self.advisor = AdvisorFields(self, form)
        form.addRow(self._section(tr("Organisatie op het plan")))
        labels = {"school_address": tr("Adres"), "school_website": tr("Website"),
                  "school_logo_path": tr("Logo (bestand)")}
        self.edits: dict[str, QLineEdit] = dict(self.advisor.edits)
        for key in self.TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(key)
            edit.setAccessibleName(labels[key])
            self.edits[key] = edit
            if key == "school_logo_path":
                row = QWidget()
                h = QHBoxLayout(row)
                h.setContentsMargins(0, 0, 0, 0)
                h.addWidget(edit, 1)
                browse = QPushButton(tr("Kiezen…"))
                browse.setAccessibleName(tr("Logo kiezen"))
                browse.clicked.connect(self._choose_logo)
                h.addWidget(browse)
                form.addRow(labels[key], row)
            else:
                form.addRow(labels[key], edit)
        form.addRow(self._section(tr("Programma")))
        self.plan_language = self._combo(tr("Taal van het plan"),
                                         [("nl", tr("Nederlands")), ("en", tr("Engels"))])
        form.addRow(tr("Taal van het plan"), self.plan_language)
        self.theme = self._combo(tr("Thema"), [("light", tr("Licht")), ("dark", tr("Donker")),
                                               (theme.HIGH_CONTRAST, tr("Hoog contrast"))])
        form.addRow(tr("Thema"), self.theme)
        self.text_size = self._combo(tr("Tekstgrootte"), [
            (size, tr("%d%% (normaal)") % size if size == 100 else f"{size}%") for size in TEXT_SIZES])
        self.text_size.setToolTip(tr("Ook met Ctrl++ en Ctrl+- (menu Beeld)"))
        form.addRow(tr("Tekstgrootte"), self.text_size)
        # Each language in its own name, so an advisor who cannot read the current one finds theirs.
        self.ui_language = self._combo(tr("Taal van het programma"),
                                       [("nl", "Nederlands"), ("en", "English")])
        form.addRow(tr("Taal van het programma"), self.ui_language)
        note = QLabel(tr("Een andere programmataal gaat in bij de volgende start."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuleren"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        job = runner.submit(load_settings)
        job.finished.connect(self.show_settings)
        job.failed.connect(lambda exc: show_error(self, exc, job.traceback_text))

    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        theme.heading(label, 1.15)
        return label

    def _combo(self, label: str, choices: list[tuple[Any, str]]) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(label)
        for value, text in choices:
            box.addItem(text, value)
        return box

    def _choose_logo(self) -> None:
        from ..file_dialogs import open_file_name

        path = open_file_name(self, tr("Logo kiezen"), "", tr("Afbeeldingen (*.png *.jpg *.svg)"))
        if path:
            self.edits["school_logo_path"].setText(path)

    def show_settings(self, settings: Settings) -> None:
        self.current = settings
        self.advisor.show_settings(settings)
        for key in self.TEXT_FIELDS:
            self.edits[key].setText(str(getattr(settings, key)))
            self.edits[key].setCursorPosition(0)  # a long value shows its beginning, not its end
        for box, value in ((self.plan_language, settings.plan_language), (self.theme, settings.theme),
                           (self.text_size, settings.text_size),
                           (self.ui_language, settings.ui_language)):
            box.setCurrentIndex(max(box.findData(value), 0))

    def chosen(self) -> Settings:
        changes: dict[str, Any] = {key: edit.text().strip() for key, edit in self.edits.items()}
        changes["default_region"] = self.advisor.values()["default_region"]
        changes.update(plan_language=self.plan_language.currentData(),
                       theme=self.theme.currentData(), text_size=self.text_size.currentData(),
                       ui_language=self.ui_language.currentData())
        return dataclasses.replace(self.current, **changes)

    def save(self) -> None:
        settings = self.chosen()
        job = self.runner.submit(store_settings, settings)

        def done(result: Changes | list[Any]) -> None:
            if isinstance(result, list):  # a rejected field: marked and named, nothing typed is lost
                self.advisor.show_problems(result, ui_language())
                return
            self.current = settings
            self.accept()

        job.finished.connect(done)
        job.failed.connect(lambda exc: show_error(self, exc, job.traceback_text))
