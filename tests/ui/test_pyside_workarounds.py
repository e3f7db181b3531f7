"""The PySide6 work-arounds in ui/pyside_workarounds.py, run where they matter: a fresh process."""

from __future__ import annotations

import os
import subprocess
import sys

# 50,000 calls that return nothing: on PySide6 6.12.0 / Python 3.11 without the work-around each one
# loses a reference to None and the process aborts long before the end.
LOOP = """
import sys
{setup}
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for n in range(50_000):
    label.setText(str(n))
    label.repaint()
print("ok", sys.getrefcount(None) > 1000)
"""


def run(setup: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", LOOP.format(setup=setup)], capture_output=True,
                          text=True, env=env, timeout=120)


def test_a_long_day_of_qt_calls_does_not_abort_the_program() -> None:
    done = run("import ui  # what every entry point imports first")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["ok", "True"]
