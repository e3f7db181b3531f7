"""Two desks on one database (issue #19's "Done when"): two windows, each started the way
`intake-desk` starts one (ui/app.py start_window, its own database thread and connection), on one
SQLite file and on one throw-away PostgreSQL server (tests/postgres/conftest.py; skipped where no
server can start). A candidate added at desk A shows in desk B's list within a second; a late save
of the same field at desk B becomes a choice in the conflict dialog; a different field merges."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from intake_desk.app.candidates import add_candidate
from intake_desk.domain import CandidateRecord
from intake_desk.form_values import empty_values, to_record
from intake_desk.storage.store import store_of
from tests.postgres.conftest import pg, pg_server  # noqa: F401  (the server fixture, reused)
from ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A modal message box would hang the run: record it instead."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    return shown


def _record(**changed: Any) -> CandidateRecord:
    return to_record(empty_values(date(2026, 3, 2)) | {
        "first_name": "Samira", "surname": "Bakker", "birth_date": "12-05-1994", "town": "Assen",
        "notes": "Voorbeeld."} | changed)


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Path | str]:
    """One database for both desks: a SQLite file, or a PostgreSQL server's URL (emptied first)."""
    if request.param == "sqlite":
        yield db_path
    else:
        request.getfixturevalue("pg")
        yield request.getfixturevalue("pg_server").url


def _open_store(location: Path | str) -> Any:
    if isinstance(location, str):
        from intake_desk.storage.postgres import connection

        return connection.connect(location, installation_id="test-seed")
    from intake_desk.storage import open_database

    return open_database(location)


def _seed(location: Path | str, record: CandidateRecord) -> str:
    db = _open_store(location)
    try:
        with db.atomic():
            return str(store_of(db).candidates.insert(db, record).id)
    finally:
        db.close()


def _stored(location: Path | str, cid: str) -> CandidateRecord:
    db = _open_store(location)
    try:
        return store_of(db).candidates.get(db, cid)[1]  # type: ignore[no-any-return]
    finally:
        db.close()


@pytest.fixture
def desks(qtbot: Any, location: Path | str, tmp_path: Path) -> Iterator[tuple[MainWindow, MainWindow]]:
    from ui.app import start_window

    windows = []
    for name in ("a", "b"):
        _app, window = start_window(location, tmp_path / f"desk-{name}", themed=False)
        qtbot.addWidget(window)
        if not window.is_ready:
            with qtbot.waitSignal(window.ready, timeout=30_000):
                pass
        window.tabs.setCurrentWidget(window.candidates)
        windows.append(window)
    yield windows[0], windows[1]
    for window in windows:
        for form in (window.candidates.form,):
            form.set_dirty(False)
        window.runner.stop()


def _activate(qtbot: Any, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def _open_candidate(qtbot: Any, window: MainWindow, cid: str) -> None:
    window.candidates.open_candidate(cid)
    qtbot.waitUntil(lambda: window.candidates.form.candidate_id == cid
                    and window.candidates.form.base is not None, timeout=10_000)


def _retype(qtbot: Any, window: MainWindow, key: str, text: str) -> None:
    widget = window.candidates.form.widgets[key]
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def _save(qtbot: Any, window: MainWindow) -> None:
    _activate(qtbot, window)
    form = window.candidates.form
    form.widgets["first_name"].setFocus()
    qtbot.keyClick(form, Qt.Key.Key_S, CTRL)


def test_a_candidate_added_at_one_desk_shows_at_the_other_within_a_second(
        qtbot: Any, desks: tuple[MainWindow, MainWindow]) -> None:
    a, b = desks
    _activate(qtbot, b)  # the advisor at desk B works in their window
    assert b.candidates.model().rowCount() == 0
    # Desk B is typing in the form of a candidate of its own, chosen in its list.
    own = b.runner.submit(add_candidate, _record(first_name="Eigen", surname="Kandidaat"))
    with qtbot.waitSignal(own.finished, timeout=10_000) as mine:
        pass
    own_id = mine.args[0][0].id
    qtbot.waitUntil(lambda: b.candidates.model().row_of(own_id) >= 0, timeout=5000)
    model = b.candidates.model()
    b.candidates.table.setCurrentIndex(model.index(model.row_of(own_id), 0))
    qtbot.waitUntil(lambda: b.candidates.form.candidate_id == own_id, timeout=10_000)
    _retype(qtbot, b, "notes", "Half getypt")
    job = a.runner.submit(add_candidate, _record(first_name="Noor", surname="Visser"))
    with qtbot.waitSignal(job.finished, timeout=10_000) as added:
        pass
    committed = time.perf_counter()
    cid = added.args[0][0].id
    qtbot.waitUntil(lambda: b.candidates.model().row_of(cid) >= 0, timeout=1500)
    seen_after = time.perf_counter() - committed
    print(f"desk B saw desk A's candidate after {seen_after * 1000:.0f} ms")
    assert seen_after < 1.0
    # What desk B was doing is as it was: the same person chosen, the typed text still there.
    b_view = b.candidates
    assert b_view.table.currentIndex().row() == b_view.model().row_of(own_id)
    assert b_view.form.candidate_id == own_id and b_view.form.values()["notes"] == "Half getypt"
    assert b_view.form.dirty
    # Desk A's own list had it at once (its own Changes), as before.
    assert a.candidates.model().row_of(cid) >= 0


def test_the_same_field_at_both_desks_is_a_choice_and_nothing_typed_is_lost(
        qtbot: Any, desks: tuple[MainWindow, MainWindow], location: Path | str) -> None:
    from ui.dialogs.concurrent import ConcurrentEditDialog

    cid = _seed(location, _record())
    a, b = desks
    for window in desks:
        _open_candidate(qtbot, window, cid)
    # Desk A changes the phone number and saves first.
    _retype(qtbot, a, "phone", "0612345678")
    _save(qtbot, a)
    qtbot.waitUntil(lambda: a.candidates.form.status.text() == "Opgeslagen.", timeout=10_000)
    # Desk B, still on the record as it loaded it, types another phone number and its own notes.
    b_form = b.candidates.form
    _retype(qtbot, b, "phone", "0687654321")
    _retype(qtbot, b, "notes", "Notitie van desk B.")
    _save(qtbot, b)
    qtbot.waitUntil(lambda: b_form.conflict_dialog is not None, timeout=10_000)
    dialog = b_form.conflict_dialog
    assert isinstance(dialog, ConcurrentEditDialog)
    assert [c.field for c in dialog.outcome.conflicts] == ["contact.phone"]  # notes: no overlap
    assert "06 87654321" in dialog.mine_button.text() and "Uw invoer" in dialog.mine_button.text()
    assert "06 12345678" in dialog.theirs_button.text()
    assert "andere desk" in dialog.theirs_button.text()

    # Esc: back to the form as it was, nothing written, the input kept (in the form and a draft).
    qtbot.keyClick(dialog.fields, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: b_form.conflict_dialog is None, timeout=5000)
    assert b_form.values()["phone"] == "0687654321" and b_form.dirty  # as typed
    assert "Niet opgeslagen" in b_form.status.text()
    stored = _stored(location, cid)
    assert stored.candidate.contact.phone == "06 12345678" and stored.intake.notes == "Voorbeeld."

    # Saving again asks again; "2" takes the other desk's number, Enter saves with desk B's notes.
    _save(qtbot, b)
    qtbot.waitUntil(lambda: b_form.conflict_dialog is not None, timeout=10_000)
    dialog = b_form.conflict_dialog
    assert isinstance(dialog, ConcurrentEditDialog)
    qtbot.keyClick(dialog.fields, Qt.Key.Key_2)
    assert dialog.choices() == {"contact.phone": "theirs"}
    with qtbot.waitSignal(b_form.saved, timeout=10_000):
        qtbot.keyClick(dialog.fields, Qt.Key.Key_Return)
    stored = _stored(location, cid)
    assert stored.candidate.contact.phone == "06 12345678"
    assert stored.intake.notes == "Notitie van desk B."
    assert b_form.values()["phone"] == "06 12345678" and not b_form.dirty


def test_different_fields_at_both_desks_merge_without_a_question(
        qtbot: Any, desks: tuple[MainWindow, MainWindow], location: Path | str) -> None:
    cid = _seed(location, _record())
    a, b = desks
    for window in desks:
        _open_candidate(qtbot, window, cid)
    _retype(qtbot, a, "email", "samira@example.nl")
    _save(qtbot, a)
    qtbot.waitUntil(lambda: a.candidates.form.status.text() == "Opgeslagen.", timeout=10_000)
    b_form = b.candidates.form
    _retype(qtbot, b, "notes", "Wil in de zorg werken.")
    with qtbot.waitSignal(b_form.saved, timeout=10_000):
        _save(qtbot, b)
    assert b_form.conflict_dialog is None
    assert "samengevoegd" in b_form.status.text() and "E-mailadres" in b_form.status.text()
    stored = _stored(location, cid)
    assert stored.candidate.contact.email == "samira@example.nl"
    assert stored.intake.notes == "Wil in de zorg werken."
    # Desk B's form now shows desk A's e-mail too, so its next save keeps it.
    assert b_form.values()["email"] == "samira@example.nl" and not b_form.dirty


def test_shown_location_names_the_server_without_secrets() -> None:
    from ui.runner import shown_location

    assert shown_location("postgresql://desk_1:geheim@db.regio.example:5433/intake?sslmode=verify-full"
                          ) == ("db.regio.example/intake",
                                "postgresql://desk_1@db.regio.example:5433/intake")
    assert shown_location("postgresql://desk_1@/intake?host=/run/postgresql")[0] == "localhost/intake"
    assert shown_location(Path("/data/intake.sqlite")) == ("intake.sqlite", "/data/intake.sqlite")


def test_a_desk_on_a_server_names_it_and_says_why_file_actions_do_not_work(
        qtbot: Any, pg_server: Any, pg: Any, tmp_path: Path) -> None:  # noqa: F811
    from ui.app import start_window

    _app, window = start_window(pg_server.url, tmp_path / "desk", themed=False)
    qtbot.addWidget(window)
    try:
        if not window.is_ready:
            with qtbot.waitSignal(window.ready, timeout=30_000):
                pass
        assert window.db_label.text().startswith("Server: ")
        assert window.db_label.text().endswith("/" + pg.conn.info.dbname)
        assert window.db_label.toolTip().startswith("postgresql://")
        assert not window.backup_action.isEnabled()
        assert "pg_dump" in window.backup_action.toolTip()
        assert not window.backup_timer.isActive()  # no scheduled backups of a server from a desk
        encrypt = window.findChild(QAction, "encrypt_action")
        lock = window.findChild(QAction, "lock_action")
        qtbot.waitUntil(lambda: encrypt is not None and encrypt.isVisible(), timeout=5000)
        assert not encrypt.isEnabled() and "gedeelde server" in encrypt.toolTip()
        assert not lock.isEnabled()
        plain = window.findChild(QPushButton, "not_encrypted")
        assert plain is None or plain.isHidden()  # no "Niet versleuteld" warning for a server
    finally:
        window.runner.stop()


def test_the_desk_is_pointed_at_a_server_with_db_or_intake_desk_db(monkeypatch: pytest.MonkeyPatch
                                                                   ) -> None:
    from intake_desk.paths import default_db_location
    from ui.main import gui_options

    url = "postgresql://desk_1@db.regio.example/intake?sslmode=verify-full"
    assert gui_options(["--db", url]).db == url  # a str: a Path would fold the '//'
    assert gui_options([f"--db={url}"]).db == url
    assert gui_options(["--db", "intake.sqlite"]).db == Path("intake.sqlite")
    monkeypatch.setenv("INTAKE_DESK_DB", url)
    assert default_db_location() == url
