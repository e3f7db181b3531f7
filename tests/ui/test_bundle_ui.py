"""Fair mode in the window (issue 16), started as `intake-desk` starts it: enrolment with the QR code and
fingerprint, a bundle read in with a report before anything is written, a tampered bundle refused in the
dialog, the conflicts view chosen by keyboard (a digit) with Ctrl+Z, and a fair laptop making a bundle
onto a "USB stick" folder."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from intake_desk.app import candidates as app_candidates
from intake_desk.bundles import exchange
from intake_desk.demo import demo_records
from intake_desk.storage import candidates as repo
from intake_desk.storage import open_database
from ui.dialogs.bundle import EnrolDialog, ExportBundleDialog, ImportBundleDialog
from ui.main_window import MainWindow
from ui.views.conflicts import ConflictsView

from .desk_helpers import open_window


def action(window: MainWindow, start: str) -> Any:
    for act in window.fair_menu.actions():
        if act.text().replace("&", "").startswith(start):
            return act
    raise AssertionError(f"no action {start}")


def dialog_of(window: MainWindow, kind: type[QDialog]) -> Any:
    found = window.findChild(kind)
    assert isinstance(found, kind)
    return found


def read(db_path: Path, fn: Any, *args: Any) -> Any:
    db = open_database(db_path)
    try:
        return fn(db, *args)
    finally:
        db.close()


def make_laptop(template_db: Path, folder: Path) -> Path:
    path = folder / "laptop.sqlite"
    shutil.copy(template_db, path)
    db = open_database(path)
    with db.atomic():
        db.execute("UPDATE meta SET value = 'laptop-0001' WHERE key = 'installation_id'")
    exchange.export_key_file(db, folder / "laptop.beurssleutel", name="Laptop 1")
    db.close()
    return path


def notes_on(db_path: Path, cid: str, note: str) -> None:
    db = open_database(db_path)
    try:
        record = repo.get(db, cid)[1]
        app_candidates.update_candidate(db, cid, replace(record, intake=replace(record.intake, notes=note)))
    finally:
        db.close()


def test_enrol_read_in_with_report_and_resolve_by_keyboard(qtbot: Any, db_path: Path, template_db: Path,
                                                           tmp_path: Path) -> None:
    laptop = make_laptop(template_db, tmp_path)
    window = open_window(qtbot, db_path, active=True)
    try:
        # enrolment at the desk: own QR code and fingerprint, then the laptop's key file, compared
        action(window, "Koppelen").trigger()
        enrol = dialog_of(window, EnrolDialog)
        qtbot.waitUntil(lambda: enrol.own is not None and enrol.qr.matrix != [], timeout=10_000)
        enrol.role.setCurrentIndex(enrol.role.findData("desk"))
        enrol.load()
        qtbot.waitUntil(lambda: enrol.own is not None and enrol.own.role == "desk", timeout=10_000)
        desk_key = read(db_path, lambda db: exchange.own_public(db))
        assert enrol.fingerprint.text() == desk_key.fingerprint
        assert len(enrol.qr.matrix) >= 21  # a real QR code (version 1 is 21 modules + border)
        enrol.read_key_file(tmp_path / "laptop.beurssleutel")
        qtbot.waitUntil(enrol.confirm.isVisible, timeout=10_000)
        laptop_key = exchange.read_key(tmp_path / "laptop.beurssleutel")
        assert laptop_key.fingerprint in enrol.confirm_text.text()
        assert read(db_path, exchange.enrolled) == []  # nothing enrolled before the advisor confirms
        qtbot.mouseClick(enrol.enrol_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: enrol.peers.count() == 1 and "Laptop 1" in enrol.peers.item(0).text(),
                        timeout=10_000)
        enrol.save_to(tmp_path / "balie.beurssleutel")
        qtbot.waitUntil((tmp_path / "balie.beurssleutel").exists, timeout=10_000)
        enrol.close()

        # the laptop enrols the desk, takes three intakes and makes its bundle
        ldb = open_database(laptop)
        exchange.enrol(ldb, exchange.read_key(tmp_path / "balie.beurssleutel"))
        ids = [app_candidates.add_candidate(ldb, r)[0].id for r in demo_records(3, seed=11)]
        bundle = exchange.export_bundle(ldb, tmp_path / "eerste.beursbundel").path
        ldb.close()

        # the report before writing, then Inlezen
        action(window, "Beursbundel inlezen").trigger()
        reader = dialog_of(window, ImportBundleDialog)
        tampered = tmp_path / "kapot.beursbundel"
        data = bundle.read_bytes()
        tampered.write_bytes(data[:200] + bytes([data[200] ^ 8]) + data[201:])
        reader.check(tampered)
        qtbot.waitUntil(reader.message.isVisible, timeout=10_000)
        assert "beschadigd" in reader.message.text() and not reader.import_button.isEnabled()

        reader.check(bundle)
        qtbot.waitUntil(reader.import_button.isEnabled, timeout=10_000)
        assert reader.count_values["new"].text() == "3"
        assert reader.count_values["conflicts"].text() == "0"
        assert "Laptop 1" in reader.sender_label.text()
        assert not any(read(db_path, lambda db, c=c: db["candidates"].count_where("id = ?", [c]))
                       for c in ids)  # the dry run wrote nothing
        with qtbot.waitSignal(reader.imported, timeout=10_000):
            qtbot.mouseClick(reader.import_button, Qt.MouseButton.LeftButton)
        assert read(db_path, lambda db: repo.get(db, ids[0])[1]) is not None

        # the same field on both sides -> one conflict, shown and chosen with the keyboard
        notes_on(db_path, ids[0], "Belt terug (balie)")
        notes_on(laptop, ids[0], "Belt terug (laptop)")
        ldb = open_database(laptop)
        later = exchange.export_bundle(ldb, tmp_path / "later.beursbundel", since_last=True).path
        ldb.close()
        reader.check(later)
        qtbot.waitUntil(reader.import_button.isEnabled, timeout=10_000)
        assert reader.count_values["conflicts"].text() == "1"
        qtbot.mouseClick(reader.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not reader.conflicts_button.isHidden(), timeout=10_000)
        qtbot.mouseClick(reader.conflicts_button, Qt.MouseButton.LeftButton)
        view = dialog_of(window, ConflictsView)
        qtbot.waitUntil(lambda: view.list.count() == 1 and view.options.count() == 2, timeout=10_000)
        row = view.current()
        assert row is not None and row.field == "intake.notes"
        shown_before = row.shown
        other = next(i for i, o in enumerate(row.options) if o.value != shown_before)
        view.list.setFocus()
        qtbot.keyClick(view.list, str(other + 1))
        qtbot.waitUntil(lambda: view.list.count() == 0 and not view.busy, timeout=10_000)
        assert read(db_path, lambda db: repo.get(db, ids[0])[1].intake.notes) == row.options[other].value
        qtbot.keyClick(view.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: read(db_path, lambda db: repo.get(db, ids[0])[1].intake.notes)
                        == shown_before, timeout=10_000)
        qtbot.waitUntil(lambda: not view.busy, timeout=10_000)
        assert view.list.count() == 0  # undo is one more choice, not a reopened conflict
        assert "weer op" in view.status.text()
    finally:
        window.runner.stop()


def test_a_laptop_makes_a_bundle_and_a_desk_less_laptop_is_told(qtbot: Any, db_path: Path,
                                                                template_db: Path, tmp_path: Path) -> None:
    desk = tmp_path / "desk.sqlite"
    shutil.copy(template_db, desk)
    ddb = open_database(desk)
    with ddb.atomic():
        ddb.execute("UPDATE meta SET value = 'desk-0001' WHERE key = 'installation_id'")
    exchange.export_key_file(ddb, tmp_path / "balie.beurssleutel", role="desk")
    ddb.close()
    stick = tmp_path / "stick"
    stick.mkdir()
    window = open_window(qtbot, db_path)
    try:
        action(window, "Beursbundel maken").trigger()
        maker = dialog_of(window, ExportBundleDialog)
        maker.folder.setText(str(stick))
        maker.make()
        qtbot.waitUntil(maker.message.isVisible, timeout=10_000)
        assert "balie" in maker.message.text().lower() and list(stick.iterdir()) == []

        read(db_path, lambda db: exchange.enrol(db, exchange.read_key(tmp_path / "balie.beurssleutel")))
        maker.since_last.setChecked(True)
        with qtbot.waitSignal(maker.made, timeout=10_000):
            qtbot.mouseClick(maker.make_button, Qt.MouseButton.LeftButton)
        made = list(stick.iterdir())
        assert len(made) == 1 and made[0].suffix == ".beursbundel"
        assert "USB-stick" in maker.message.text()
        from intake_desk.bundles.keys import read_key_line

        ddb = open_database(desk)
        try:
            exchange.enrol(ddb, read_key_line(read(db_path, exchange.own_key_line)))
            opened = exchange.open_intakes(ddb, made[0])  # the desk can open what the laptop made
        finally:
            ddb.close()
        laptop_id = read(db_path, lambda db: exchange.own_keys(db).installation_id)
        assert opened.sender.installation_id == laptop_id
    finally:
        window.runner.stop()


def test_possible_duplicates_are_kept_apart_or_joined_in_two_clicks(
        qtbot: Any, db_path: Path, template_db: Path, tmp_path: Path, monkeypatch: Any) -> None:
    """The same two people entered at the desk and on a laptop under other ids: listed once each."""
    laptop = make_laptop(template_db, tmp_path)
    people = list(demo_records(2, seed=5))
    desk_db = open_database(db_path)
    with desk_db.atomic():
        desk_ids = [repo.insert(desk_db, r).id for r in people]
    exchange.export_key_file(desk_db, tmp_path / "balie.beurssleutel", role="desk")
    exchange.enrol(desk_db, exchange.read_key(tmp_path / "laptop.beurssleutel"))
    desk_db.close()
    ldb = open_database(laptop)
    exchange.enrol(ldb, exchange.read_key(tmp_path / "balie.beurssleutel"))
    with ldb.atomic():
        laptop_ids = [repo.insert(ldb, r).id for r in people]
    bundle = exchange.export_bundle(ldb, tmp_path).path
    ldb.close()
    errors: list[str] = []
    monkeypatch.setattr("ui.feedback.show_error", lambda _p, exc, trace="": errors.append(f"{exc!r} {trace}"))
    window = open_window(qtbot, db_path)
    try:
        action(window, "Beursbundel inlezen").trigger()
        reader = dialog_of(window, ImportBundleDialog)
        reader.check(bundle)
        qtbot.waitUntil(reader.import_button.isEnabled, timeout=10_000)
        assert reader.count_values["possible_duplicates"].text() == "2"
        qtbot.mouseClick(reader.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not reader.conflicts_button.isHidden(), timeout=10_000)
        action(window, "Conflicten").trigger()
        view = dialog_of(window, ConflictsView)
        qtbot.waitUntil(lambda: view.duplicates.count() == 2, timeout=10_000)
        listed = view.duplicates.item(0).text() + view.duplicates.item(1).text()
        assert people[0].candidate.name.display in listed and "(100% gelijk)" in listed

        view.duplicates.setCurrentRow(0)
        first = view._pair()
        assert first is not None
        qtbot.mouseClick(view.apart_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.duplicates.count() == 1 and not view.busy, timeout=10_000)

        second = view._pair()
        assert second is not None and set(second) != set(first)
        qtbot.mouseClick(view.join_button, Qt.MouseButton.LeftButton)
        assert view.duplicates.count() == 1 and "nogmaals" in view.join_button.text()  # asked, not done
        qtbot.mouseClick(view.join_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: errors or (view.duplicates.count() == 0 and not view.busy), timeout=10_000)
        assert errors == []
        from intake_desk.storage import RecordNotFound

        def gone(db: Any) -> bool:
            try:
                repo.get(db, second[1])
            except RecordNotFound:
                return True
            return False

        assert read(db_path, gone)  # the second of the pair was deleted, the first stays
        assert read(db_path, lambda db: repo.get(db, second[0])[1]) is not None
        assert set(desk_ids) | set(laptop_ids) >= {*first, *second}
    finally:
        window.runner.stop()


def test_every_control_of_the_fair_dialogs_is_named(qtbot: Any, db_path: Path) -> None:
    from ui.dialogs.bundle import CatalogBundleDialog

    from .test_accessibility import unnamed

    window = open_window(qtbot, db_path)
    try:
        for start in ("Beursbundel maken", "Beursbundel inlezen", "Conflicten", "Koppelen",
                      "Catalogus van de balie"):
            action(window, start).trigger()
        for kind in (ExportBundleDialog, ImportBundleDialog, ConflictsView, EnrolDialog, CatalogBundleDialog):
            dialog = dialog_of(window, kind)
            qtbot.waitUntil(lambda d=dialog: not getattr(d, "busy", False), timeout=10_000)
            missing, inputs, buttons = unnamed(dialog)
            assert inputs + buttons >= 2, kind
            assert not missing, "\n".join(missing)
        keys = dict(window.shortcuts())
        assert keys.get("Beursbundel maken") == "Ctrl+Shift+E"
        assert keys.get("Beursbundel inlezen") == "Ctrl+Shift+I"
        assert keys.get("Conflicten en mogelijk dubbelen") == "Ctrl+Shift+K"
    finally:
        window.runner.stop()
