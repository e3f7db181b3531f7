"""The Beurs menu as a new advisor met it (session 8's walk), through the window as `intake-desk` starts it:
a key that two controls of one dialog shared, a key file saved without a name into the program's folder,
and a report that called two possible duplicates "2 conflicten en mogelijk dubbelen"."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from intake_desk.bundles import exchange
from intake_desk.demo import demo_records
from intake_desk.storage import candidates as repo
from intake_desk.storage import open_database
from ui import file_dialogs
from ui.dialogs.bundle import CatalogBundleDialog, EnrolDialog, ExportBundleDialog, ImportBundleDialog

from .desk_helpers import open_window
from .test_bundle_ui import action, dialog_of, make_laptop


def mnemonics(dialog: QWidget) -> list[str]:
    """The Alt keys of every control and label the dialog shows or may show ("&Naam" -> "n")."""
    texts = [w.text() for w in dialog.findChildren(QAbstractButton)]
    texts += [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.title() for w in dialog.findChildren(QGroupBox)]
    return [m.lower() for text in texts for m in re.findall(r"(?<!&)&([^&\s])", text)]


def test_no_alt_key_serves_two_controls_in_a_fair_dialog(qtbot: Any, db_path: Path) -> None:
    window = open_window(qtbot, db_path)
    try:
        for start in ("Beursbundel maken", "Beursbundel inlezen", "Koppelen", "Catalogus van de balie"):
            action(window, start).trigger()
        for kind in (ExportBundleDialog, ImportBundleDialog, EnrolDialog, CatalogBundleDialog):
            keys = mnemonics(dialog_of(window, kind))
            assert keys, kind
            twice = sorted({k for k in keys if keys.count(k) > 1})
            assert not twice, f"{kind.__name__}: Alt+{twice} serves two controls"
    finally:
        window.runner.stop()


def test_key_file_is_offered_under_its_own_name_in_the_home_folder(
        qtbot: Any, db_path: Path, monkeypatch: Any, tmp_path: Path) -> None:
    asked: list[str] = []
    monkeypatch.setattr(file_dialogs, "save_file_name",
                        lambda _parent, _title, start, _filters: asked.append(start) or "")
    window = open_window(qtbot, db_path, active=True)
    try:
        action(window, "Koppelen").trigger()
        enrol = dialog_of(window, EnrolDialog)
        qtbot.waitUntil(lambda: enrol.own is not None, timeout=10_000)
        enrol.name.setFocus()
        qtbot.keyClicks(enrol.name, "Laptop 3")
        save = next(b for b in enrol.findChildren(QAbstractButton) if "opslaan" in b.text())
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert asked == [str(Path.home() / "laptop-3.beurssleutel")]
        enrol.name.clear()
        enrol.role.setCurrentIndex(enrol.role.findData("desk"))
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert asked[-1] == str(Path.home() / "balie.beurssleutel")
    finally:
        window.runner.stop()


def test_read_in_names_what_waits_by_its_kind(qtbot: Any, db_path: Path, template_db: Path,
                                               tmp_path: Path) -> None:
    """No conflicts and two possible duplicates: the report says just that."""
    laptop = make_laptop(template_db, tmp_path)
    people = list(demo_records(2, seed=5))
    desk_db = open_database(db_path)
    with desk_db.atomic():
        for r in people:
            repo.insert(desk_db, r)
    exchange.export_key_file(desk_db, tmp_path / "balie.beurssleutel", role="desk")
    exchange.enrol(desk_db, exchange.read_key(tmp_path / "laptop.beurssleutel"))
    desk_db.close()
    ldb = open_database(laptop)
    exchange.enrol(ldb, exchange.read_key(tmp_path / "balie.beurssleutel"))
    with ldb.atomic():
        for r in people:
            repo.insert(ldb, r)
    bundle = exchange.export_bundle(ldb, tmp_path).path
    ldb.close()
    window = open_window(qtbot, db_path)
    try:
        action(window, "Beursbundel inlezen").trigger()
        reader = dialog_of(window, ImportBundleDialog)
        reader.check(bundle)
        qtbot.waitUntil(reader.import_button.isEnabled, timeout=10_000)
        qtbot.mouseClick(reader.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not reader.conflicts_button.isHidden(), timeout=10_000)
        text = reader.message.text()
        assert "2 mogelijk dubbele kandidaten" in text, text
        assert "conflict" not in text, text
    finally:
        window.runner.stop()
