"""The encrypted desk through the app's real start path (ui/app.py start_window): the unlock screen by
keyboard, a wrong passphrase said under the field, Ctrl+L locks with the draft saved first and the
typed text kept, and a plain database shows its warning (issue 15)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from intake_desk.storage import keys
from intake_desk.storage.encryption import encrypt_existing
from ui.dialogs.unlock import UnlockDialog

from .desk_helpers import open_window

PASSPHRASE = "fiets over de dijk"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def encrypted_db(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The template copy, encrypted with a cheap KDF (tests only; the N is stored in the key file)."""
    monkeypatch.setattr(keys, "KDF_N", 16)
    monkeypatch.setattr(keys, "RECOVERY_KDF_N", 16)
    encrypt_existing(db_path, PASSPHRASE)
    keys.forget_all()
    yield db_path
    keys.forget_all()


def _unlock_dialog() -> UnlockDialog | None:
    for widget in QApplication.topLevelWidgets():
        found = widget if isinstance(widget, UnlockDialog) else widget.findChild(UnlockDialog)
        if isinstance(found, UnlockDialog) and found.isVisible():
            return found
    return None


def _type_and_enter(qtbot, dialog: UnlockDialog, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.passphrase, text)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)


def test_an_encrypted_database_asks_the_passphrase_at_start_by_keyboard(qtbot, encrypted_db):
    from ui.app import start_window

    _app, window = start_window(encrypted_db, encrypted_db.parent / "data", themed=False)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: _unlock_dialog() is not None, timeout=10_000)
        dialog = _unlock_dialog()
        assert dialog is not None and dialog.passphrase.hasFocus()
        _type_and_enter(qtbot, dialog, "niet mijn zin")
        qtbot.waitUntil(lambda: "past niet" in dialog.status.text(), timeout=10_000)
        assert dialog.isVisible() and dialog.passphrase.text() == ""
        assert keys.session_key(encrypted_db) is None
        with qtbot.waitSignal(window.ready, timeout=20_000):
            _type_and_enter(qtbot, dialog, PASSPHRASE)
        assert _unlock_dialog() is None and window.db_open
        assert keys.session_key(encrypted_db) is not None
        cover = window.findChild(QWidget, "LockCover")
        assert cover is None or not cover.isVisible()
    finally:
        window.runner.stop()


def test_ctrl_l_locks_saves_the_draft_and_keeps_what_was_typed(qtbot, encrypted_db, monkeypatch):
    monkeypatch.setenv("INTAKE_DESK_PASSPHRASE", PASSPHRASE)
    from intake_desk.app.opening import unlock_without_typing

    assert unlock_without_typing(encrypted_db) == "environment"
    window = open_window(qtbot, encrypted_db, active=True)
    try:
        window.tabs.setCurrentWidget(window.candidates)
        qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
        form = window.candidates.form
        form.widgets["first_name"].setFocus()
        qtbot.keyClicks(form.widgets["first_name"], "Wilhelmina")
        qtbot.keyClick(form.widgets["first_name"], Qt.Key.Key_Tab)
        assert form.dirty

        qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
        qtbot.waitUntil(lambda: _unlock_dialog() is not None, timeout=10_000)
        qtbot.waitUntil(lambda: keys.session_key(encrypted_db) is None, timeout=10_000)
        cover = window.findChild(QWidget, "LockCover")
        assert cover is not None and cover.isVisible()

        dialog = _unlock_dialog()
        assert dialog is not None
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Escape)  # a lock screen cannot be dismissed
        assert dialog.isVisible()
        with qtbot.waitSignal(window.runner.reopened, timeout=20_000) as reopened:
            _type_and_enter(qtbot, dialog, PASSPHRASE)
        assert reopened.args == [None]
        qtbot.waitUntil(lambda: _unlock_dialog() is None, timeout=5000)
        assert not cover.isVisible()
        assert form.widgets["first_name"].text() == "Wilhelmina"  # nothing typed is lost

        from intake_desk.app.drafts import all_drafts

        job = window.runner.submit(all_drafts)
        with qtbot.waitSignal(job.finished, timeout=10_000) as found:
            pass
        assert any(d.values.get("first_name") == "Wilhelmina" for d in found.args[0])
    finally:
        window.candidates.form.set_dirty(False)  # no question on close
        window.runner.stop()


def test_a_plain_database_shows_the_warning_and_cannot_be_locked(qtbot, db_path):
    window = open_window(qtbot, db_path)
    try:
        from PySide6.QtWidgets import QPushButton

        warning = window.findChild(QPushButton, "not_encrypted")
        qtbot.waitUntil(lambda: warning is not None and warning.isVisible(), timeout=10_000)
        assert "Niet versleuteld" in warning.text()
        window.findChild(type(window.backup_action), "lock_action").trigger()
        assert _unlock_dialog() is None
    finally:
        window.runner.stop()


def test_first_start_asks_a_passphrase_twice_and_shows_the_recovery_key_once(qtbot, tmp_path,
                                                                             monkeypatch):
    """`make run` for a newcomer: before the window, the welcome asks the passphrase (refusing an
    empty one and two that differ, by name), then shows the recovery key until it is confirmed kept."""
    from ui.dialogs.unlock import RecoveryKeyDialog, SetUpDialog

    monkeypatch.setattr(keys, "KDF_N", 16)
    monkeypatch.setattr(keys, "RECOVERY_KDF_N", 16)
    path = tmp_path / "nieuw.sqlite"
    dialog = SetUpDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    first, second = dialog.pair.first, dialog.pair.second
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert dialog.pair.error.text().startswith("Wachtwoordzin") and "lege" in dialog.pair.error.text()
    assert not keys.key_file(path).exists()
    qtbot.keyClicks(first, "fiets over de dijk")
    qtbot.keyClicks(second, "fiets over de dyk")
    qtbot.keyClick(second, Qt.Key.Key_Return)
    assert dialog.pair.error.text().startswith("Herhalen") and second.text() == ""
    shown: list[str] = []

    def confirm_key() -> None:
        box = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, RecoveryKeyDialog) and w.isVisible())
        shown.append(box.key_label.text())
        qtbot.keyClick(box, Qt.Key.Key_Escape)  # the key cannot be skipped
        assert box.isVisible() and not box.ok.isEnabled()
        box.kept.setFocus()
        qtbot.keyClick(box.kept, Qt.Key.Key_Space)
        qtbot.keyClick(box.ok, Qt.Key.Key_Return)

    def wait_for_key() -> None:
        if any(isinstance(w, RecoveryKeyDialog) and w.isVisible()
               for w in QApplication.topLevelWidgets()):
            confirm_key()
        else:
            QTimer.singleShot(20, wait_for_key)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(20, wait_for_key)
    qtbot.keyClicks(second, "fiets over de dijk")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(second, Qt.Key.Key_Return)
    assert keys.key_file(path).exists() and len(shown) == 1 and len(shown[0].split()) == 8
    keys.forget(path)
    assert keys.unlock(path, shown[0]).by == "recovery"  # the key shown is the one that works
    keys.forget_all()


def test_without_encryption_makes_no_key_file(qtbot, tmp_path):
    from ui.dialogs.unlock import SetUpDialog

    path = tmp_path / "plain.sqlite"
    dialog = SetUpDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.pair.plain_warning.isVisible()
    dialog.pair.plain.setFocus()
    qtbot.keyClick(dialog.pair.plain, Qt.Key.Key_Space)
    assert dialog.pair.plain_warning.isVisible() and not dialog.pair.first.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.pair.plain, Qt.Key.Key_Return)
    assert not keys.key_file(path).exists()


def test_bestand_versleutelen_encrypts_a_plain_database_from_the_desk(qtbot, db_path, monkeypatch):
    """The offer while a database is plain: the database thread closes the file, converts it, shows
    the recovery key once, and opens it again, now encrypted; the red warning goes."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QPushButton

    from intake_desk.storage import cipher
    from ui.dialogs.unlock import EncryptDialog, RecoveryKeyDialog

    monkeypatch.setattr(keys, "KDF_N", 16)
    monkeypatch.setattr(keys, "RECOVERY_KDF_N", 16)
    window = open_window(qtbot, db_path)
    try:
        warning = window.findChild(QPushButton, "not_encrypted")
        qtbot.waitUntil(lambda: warning.isVisible(), timeout=10_000)

        def answer() -> None:
            for w in QApplication.topLevelWidgets():
                if isinstance(w, RecoveryKeyDialog) and w.isVisible():
                    w.kept.setChecked(True)
                    w.accept()
                    return
                if isinstance(w, EncryptDialog) and w.isVisible() and not w.pair.first.text():
                    qtbot.keyClicks(w.pair.first, PASSPHRASE)
                    qtbot.keyClicks(w.pair.second, PASSPHRASE)
                    qtbot.keyClick(w.pair.second, Qt.Key.Key_Return)
            QTimer.singleShot(20, answer)

        QTimer.singleShot(20, answer)
        with qtbot.waitSignal(window.runner.reopened, timeout=20_000) as reopened:
            warning.click()
        assert reopened.args == [None]
        qtbot.waitUntil(lambda: not warning.isVisible(), timeout=10_000)
        assert not cipher.is_plain_file(db_path) and keys.key_file(db_path).exists()
    finally:
        window.runner.stop()
        keys.forget_all()
