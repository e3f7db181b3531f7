"""The catalog tab (filtered to Zeeland) and the import dialog with a validation report."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from ui.screenshots import Settle


def shoot(window: MainWindow, out_dir: Path, app: QApplication, settle: Settle) -> list[Path]:
    from PySide6.QtWidgets import QDockWidget

    from ui.dialogs.catalog_import import CatalogImportDialog
    from ui.screenshots import WINDOW_SIZE, built

    # The catalogue is browsed with the side panels closed: the table gets the laptop's whole width.
    view = built(window.catalog, "catalog")
    window.tabs.setCurrentWidget(view)  # first: leaving Vandaag brings the docks back
    app.processEvents()
    docks = [d for d in window.findChildren(QDockWidget) if d.isVisible()]
    for dock in docks:
        dock.hide()
    app.processEvents()  # the window's minimum width drops only once the layout has seen the docks go
    window.resize(*WINDOW_SIZE)
    view.region.setCurrentIndex(max(0, view.region.findData("zeeland")))
    settle(app, 400)
    first = out_dir / "30-catalogus.png"
    window.grab().save(str(first))
    view.region.setCurrentIndex(0)
    for dock in docks:
        dock.show()
    if len(docks) == 2:  # hidden together, Qt brings tabbed docks back side by side
        window.tabifyDockWidget(docks[0], docks[1])
        routes = window.findChild(QDockWidget, "routes")
        if routes is not None:
            routes.raise_()

    with tempfile.TemporaryDirectory() as tmp:
        bad = Path(tmp) / "aanbod-school.csv"
        bad.write_text(
            "artikelcode;soort;titel;niveau;aanbodcode;aanbieder;locatie;regio;leerweg;weken;"
            "uren per week;kosten;vorige stap\n"
            "25491;kwalificatie;Verzorgende-IG;7;S-1;ROC;Goes;zeeland;bbl;120;24;1.304,00;\n"
            "25498;kwalificatie;Helpende zorg en welzijn;2;S-2;ROC;Goes;zeeland;bbl;900;-8;1.304,00;\n"
            "X-1;module;Oriëntatie;;S-3;ROC;Goes;Atlantis;kort;6;4;=SOM(A1);NERGENS\n",
            encoding="cp1252")
        dialog = CatalogImportDialog(window.runner, window)
        dialog.set_path(bad)
        dialog.show()
        dialog.check()
        settle(app, 600)
        second = out_dir / "31-catalogus-import-rapport.png"
        dialog.grab().save(str(second))
        dialog.close()
        dialog.deleteLater()
    return [first, second]
