"""The overview tab: what is in this database, at a glance, and whether the catalog is sample data."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from .. import theme

if TYPE_CHECKING:  # the first frame does not wait for sqlite_utils; the database thread loads it
    from sqlite_utils import Database


def tr(text: str) -> str:
    return QCoreApplication.translate("HomeView", text)


def overview(db: Database) -> dict[str, Any]:
    """Runs on the database thread: the counts the overview shows."""
    one = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "candidates": one("SELECT count(*) FROM candidates"),
        "quick": one("SELECT count(*) FROM candidates WHERE status = 'snel'"),
        "items": one("SELECT count(*) FROM catalog_items"),
        "offerings": one("SELECT count(*) FROM offerings"),
        "regions": one("SELECT count(DISTINCT region_code) FROM offerings"),
        "sample_catalog": bool(one("SELECT count(*) FROM catalog_items WHERE sample = 1")),
    }


class HomeView(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("HomeView")
        layout = QVBoxLayout(self)
        title = QLabel(tr("Intake Desk"))
        theme.heading(title, 2.2)
        layout.addWidget(title)
        self.sample_note = QLabel()
        self.sample_note.setWordWrap(True)
        layout.addWidget(self.sample_note)
        form = QFormLayout()
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
            form.addRow(label + ":", value)
        layout.addLayout(form)
        layout.addStretch(1)

    def show_overview(self, data: dict[str, Any]) -> None:
        for key, label in self.values.items():
            # Selectable once there is something to copy; made so at start-up it would cost the
            # first frame ~5 ms (a text control per label).
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setText(str(data[key]))
        self.sample_note.setText(
            tr("Let op: de catalogus bevat voorbeeldgegevens (voorbeeld, KD 2015/16). "
               "Importeer het aanbod van uw school voordat u echte plannen maakt.")
            if data["sample_catalog"] else "")
