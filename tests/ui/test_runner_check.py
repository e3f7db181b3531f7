"""The quick open: the list's first page may come before the integrity check, nothing else does."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from intake_desk.app.candidates import add_demo_candidates
from intake_desk.app.opening import open_or_create
from intake_desk.storage import DatabaseCorrupt
from intake_desk.storage import candidates as repo
from ui.runner import DbRunner


def _damaged_copy(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite"
    db = open_or_create(path)
    add_demo_candidates(db, 300)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    # Garbage over pages near the end (candidate rows and indexes); the first pages, which opening
    # reads (schema, migrations, catalog), stay intact, so only the check can find it.
    data = bytearray(path.read_bytes())
    pages = len(data) // page_size
    for n in range(pages - 6, pages - 2):
        data[n * page_size + 8:(n + 1) * page_size] = bytes([0x5A]) * (page_size - 8)
    path.write_bytes(bytes(data))
    return path


def test_first_page_before_the_check_and_nothing_after_damage(qtbot, tmp_path: Path) -> None:
    path = _damaged_copy(tmp_path)
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA quick_check").fetchone()[0] != "ok"
    runner = DbRunner(path)
    try:
        with qtbot.waitSignal(runner.opened, timeout=10_000) as opened:
            runner.open()
        assert opened.args == [None]
        with qtbot.waitSignal(runner.damaged, timeout=10_000) as damaged:
            runner.submit(repo.first_page, repo.Filter(), 20, before_check=True)
        assert isinstance(damaged.args[0], DatabaseCorrupt)
        # A later job (a write, say) never reaches the damaged file.
        job = runner.submit(add_demo_candidates, 1)
        with qtbot.waitSignal(job.failed, timeout=10_000):
            pass
    finally:
        runner.stop()


def test_an_intact_database_opens_quickly_and_checks_once(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    db = open_or_create(path)
    add_demo_candidates(db, 5)
    db.close()
    runner = DbRunner(path)
    damaged: list[object] = []
    runner.damaged.connect(damaged.append)
    try:
        with qtbot.waitSignal(runner.opened, timeout=10_000):
            runner.open()
        assert runner.worker.check_due  # the quick path was taken
        job = runner.submit(repo.first_page, repo.Filter(), 20, before_check=True)
        with qtbot.waitSignal(job.finished, timeout=10_000) as page:
            pass
        assert len(page.args[0].rows) == 5
        qtbot.waitUntil(lambda: not runner.worker.check_due, timeout=10_000)
        assert damaged == []
    finally:
        runner.stop()
