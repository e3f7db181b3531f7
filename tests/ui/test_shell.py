from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from intake_desk.app.candidates import add_candidate, add_demo_candidates
from intake_desk.demo import demo_records
from intake_desk.storage import backups
from ui import theme


def test_window_shows_overview_and_sample_marker(window):
    assert window.home.values["candidates"].text() == "0"
    assert int(window.home.values["offerings"].text()) > 0
    assert window.sample_label.text() == "Voorbeeldgegevens"


def test_jobs_run_on_the_database_thread_and_changes_refresh_the_overview(window, qtbot):
    record = next(demo_records(1))
    job = window.runner.submit(add_candidate, record)
    with qtbot.waitSignal(window.runner.changed, timeout=5000):
        pass
    qtbot.waitUntil(lambda: window.home.values["candidates"].text() == "1", timeout=5000)
    assert job.done


def test_a_bug_in_a_job_is_reported_not_swallowed(runner, qtbot):
    def broken(db):
        raise ValueError("kapot")

    job = runner.submit(broken)
    with qtbot.waitSignal(job.failed, timeout=5000) as failed:
        pass
    assert isinstance(failed.args[0], ValueError)
    assert "kapot" in job.traceback_text


def test_progress_job_can_be_cancelled_and_rolls_back(runner, qtbot):
    job = runner.submit(add_demo_candidates, 3000, progress=True)
    job.progressed.connect(lambda done, total, msg: job.cancel() if done >= 10 else None)
    with qtbot.waitSignal(job.cancelled, timeout=20_000):
        pass
    count = runner.submit(lambda db: db.execute("SELECT count(*) FROM candidates").fetchone()[0])
    with qtbot.waitSignal(count.finished, timeout=5000) as got:
        pass
    assert got.args == [0]


def test_backup_action_writes_a_backup(window, qtbot, db_path: Path):
    before = len(backups.all_backups(db_path))
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: len(backups.all_backups(db_path)) == before + 1, timeout=5000)


@pytest.mark.parametrize("name", ["light", "dark", theme.HIGH_CONTRAST])
def test_themes_apply_and_cache_icons_in_our_folder(qtbot, tmp_path, name, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    theme.apply(QApplication.instance(), name, tmp_path / "cache")
    assert not (tmp_path / "home" / ".qt_material").exists()
    if name != theme.HIGH_CONTRAST:
        assert any((tmp_path / "cache").iterdir())
    theme.apply(QApplication.instance(), "system", tmp_path / "cache")


def test_every_listed_shortcut_says_what_it_does(qtbot, db_path) -> None:  # type: ignore[no-untyped-def]
    """Help > Sneltoetsen had rows with an empty "Wat", "F14" among the keys and rows twice (seen on
    the started app under Xvfb)."""
    from .desk_helpers import open_window

    window = open_window(qtbot, db_path, active=True)
    window.candidates.finish_building()
    rows = window.shortcuts()
    assert rows and all(what.strip() for what, _keys in rows), [r for r in rows if not r[0].strip()]
    assert len(rows) == len(set(rows))
    assert not any(k.strip().startswith("F1") and k.strip()[1:].isdigit() and int(k.strip()[1:]) > 12
                   for _what, keys in rows for k in keys.split(",")), rows
    assert ("Opslaan als plan", "Ctrl+Shift+S") in rows
