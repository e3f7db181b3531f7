"""UI fixtures: a main window on a fresh copy of the template database, without the theme (fast)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ui.main_window import MainWindow
from ui.runner import DbRunner

from .desk_helpers import open_window


@pytest.fixture
def runner(qtbot, db_path: Path) -> Iterator[DbRunner]:
    r = DbRunner(db_path)
    with qtbot.waitSignal(r.opened, timeout=10_000) as opened:
        r.open()
    assert opened.args == [None]
    yield r
    r.stop()


@pytest.fixture
def window(qtbot, db_path: Path) -> Iterator[MainWindow]:
    w = open_window(qtbot, db_path)
    yield w
    w.runner.stop()
