"""UI fixtures: a main window on a fresh copy of the template database, started the way `intake-desk`
starts it (ui/app.py start_window), without the theme (fast)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from ui.main_window import MainWindow
from ui.runner import DbRunner

from .desk_helpers import open_window

# Qt's offscreen screen is 800x800 unless told otherwise; the tests' window gets a desktop monitor, as
# most advisors have (the laptop screen has its own test, tests/ui/test_acceptance_day.py).
SCREEN = Path(__file__).with_name("offscreen-screen.json")
if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"


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


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "xvfb: runs a scenario on a real X server (xvfb-run); skipped "
                            "without it")
