"""Help menu: the keyboard shortcuts (read from the window's own actions) and "Hoe werkt het?", the way
from intake to printed plan in three steps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("HelpDialogs", text)


class ShortcutsDialog(QDialog):
    """A table of (what, keys); `rows` come from MainWindow.shortcuts()."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Sneltoetsen"))
        self.setObjectName("ShortcutsDialog")
        intro = QLabel(tr("Alles in Intake Desk werkt ook met het toetsenbord. Met Tab gaat u naar het "
                          "volgende veld, met Shift+Tab terug."))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(tr("Sneltoetsen"))
        self.table.setHorizontalHeaderLabels([tr("Wat"), tr("Toetsen")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(560, 520)

    def rows(self) -> list[tuple[str, str]]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1)) for r in range(self.table.rowCount())]


def how_it_works_text() -> str:
    return tr(
        "<h3>Van intake naar plan in drie stappen</h3>"
        "<ol>"
        "<li><b>Intake.</b> Kies <i>Nieuwe intake</i> (Ctrl+N) of, op een beurs, de "
        "<i>Beursmodus</i> (Ctrl+Shift+N). Vul de gegevens in; met Alt+1 tot Alt+8 gaat u naar een "
        "onderdeel. Ctrl+S slaat op. Zet het vinkje voor toestemming als de kandidaat akkoord is.</li>"
        "<li><b>Leerroutes.</b> Kies de kandidaat in de lijst. Het paneel <i>Leerroutes</i> toont "
        "passende routes met de redenen. Ontbreekt er iets, dan staat erbij wat u moet invullen.</li>"
        "<li><b>Plan.</b> Kies een route en klik op <i>Opslaan als plan</i>. Het paneel <i>Plan</i> "
        "toont het plan; druk het af (Ctrl+P) of sla het op als PDF.</li>"
        "</ol>"
        "<p>Alle gegevens blijven op deze computer. Sneltoetsen: Help &gt; Sneltoetsen (F1).</p>")


def how_it_works(parent: QWidget) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, tr("Hoe werkt het?"), how_it_works_text(),
                      QMessageBox.StandardButton.Close, parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setObjectName("HowItWorks")
    box.open()
    return box
