"""The catalog tab and the import dialog, driven as an advisor would; waits on signals, never sleeps."""

from __future__ import annotations

from pathlib import Path

from ui.dialogs.catalog_import import CatalogImportDialog
from ui.views.catalog_view import PAGE, run_export

HEADER = "artikelcode;soort;titel;niveau;aanbodcode;aanbieder;locatie;regio;leerweg;weken;uren per week"
GOOD = "UI-1;module;Testmodule UI;2;UI-O1;School;Goes;zeeland;kort;4;3"


def loaded(window, qtbot):
    view = window.catalog
    qtbot.waitUntil(lambda: view.model.total > 0 and not view.model.fetching, timeout=10_000)
    return view


def test_catalog_tab_pages_from_sql(window, qtbot, qtmodeltester):
    view = loaded(window, qtbot)
    assert window.tabs.tabText(window.tabs.indexOf(view)) == "Catalogus"
    model = view.model
    assert model.total >= 150 and model.rowCount() == PAGE
    assert model.canFetchMore()
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.fetchMore()
    assert model.rowCount() == min(2 * PAGE, model.total)
    assert "voorbeeld" in view.sample_label.text().lower()
    qtmodeltester.check(model)


def test_filters_narrow_the_list(window, qtbot):
    view = loaded(window, qtbot)
    with qtbot.waitSignal(view.model.loaded, timeout=10_000):
        view.region.setCurrentIndex(view.region.findData("zeeland"))
    assert view.model.total > 0 and {r.region for r in view.model.rows} == {"Zeeland"}
    with qtbot.waitSignal(view.model.loaded, timeout=10_000):
        view.level.setCurrentIndex(view.level.findData(2))
    assert {r.level for r in view.model.rows} == {2}
    with qtbot.waitSignal(view.model.loaded, timeout=10_000):
        qtbot.keyClicks(view.search, "helpende")
    assert view.model.rows and all("Helpende" in r.title for r in view.model.rows)
    with qtbot.waitSignal(view.model.loaded, timeout=10_000):
        view.search.clear()
    with qtbot.waitSignal(view.model.loaded, timeout=10_000):
        view.kind.setCurrentIndex(view.kind.findData("module"))
    with qtbot.waitSignal(view.model.loaded, timeout=10_000):
        view.month.setCurrentIndex(view.month.findData(2))
    assert "gevonden" in view.count_label.text()


def test_import_dialog_shows_report_before_writing(window, qtbot, tmp_path: Path):
    view = loaded(window, qtbot)
    path = tmp_path / "nieuw.csv"
    path.write_text(f"{HEADER}\n{GOOD}\n", encoding="utf-8")
    dialog = CatalogImportDialog(window.runner, window)
    qtbot.addWidget(dialog)
    dialog.set_path(path)
    assert not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.checked, timeout=10_000) as checked:
        dialog.check_button.click()
    assert checked.args[0].ok and checked.args[0].offerings_new == 1
    assert dialog.import_button.isEnabled()
    before = view.model.total
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported, \
            qtbot.waitSignal(window.runner.changed, timeout=10_000):
        dialog.import_button.click()
    assert imported.args[0].written
    qtbot.waitUntil(lambda: view.model.total == before + 1, timeout=10_000)


def test_import_dialog_refuses_a_broken_file(window, qtbot, tmp_path: Path):
    loaded(window, qtbot)
    path = tmp_path / "kapot.csv"
    path.write_text(f"{HEADER}\n{GOOD.replace(';2;', ';7;')}\n", encoding="utf-8")
    dialog = CatalogImportDialog(window.runner, window)
    qtbot.addWidget(dialog)
    dialog.set_path(path)
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.check_button.click()
    assert "rij 2, kolom 'niveau'" in dialog.report_text.toPlainText()
    assert not dialog.import_button.isEnabled()
    dialog.valid_only.setChecked(True)
    assert not dialog.import_button.isEnabled()  # no good rows left


def test_export_from_the_window(window, qtbot, tmp_path: Path):
    target = tmp_path / "export.xlsx"
    job = run_export(window, window.runner, str(target))
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    assert target.exists() and target.stat().st_size > 1000
    assert window.catalog_menu.actions()[0] is window.catalog_import_action
