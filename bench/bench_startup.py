"""App start until the main window is shown and ready, beside a bare PySide6 window started the same
way (a fresh process each, so imports count), in the same run. Prints medians and the ratio."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

BARE = r"""
import time, sys
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents()
print(time.perf_counter() - t0)
"""

APP = r"""
import time, sys
t0 = time.perf_counter()
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from ui.app import build_window
app, w = build_window(Path(sys.argv[1]))
w.show(); app.processEvents()
shown = time.perf_counter() - t0
loop = QEventLoop(); w.ready.connect(loop.quit); QTimer.singleShot(20000, loop.quit); loop.exec()
print(shown, time.perf_counter() - t0)
w.runner.stop()
"""


def _time(code: str, *args: str) -> list[float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         env=env, check=True).stdout
    return [float(x) for x in out.strip().splitlines()[-1].split()]


def main(rounds: int = 7) -> None:
    from intake_desk import services

    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "bench.sqlite"
        services.open_or_create(db_path).close()
        bare, shown, ready = [], [], []
        for _ in range(rounds):  # interleaved, so machine noise hits both alike
            bare.append(_time(BARE)[0])
            s, r = _time(APP, str(db_path))
            shown.append(s)
            ready.append(r)
    b, s, r = statistics.median(bare), statistics.median(shown), statistics.median(ready)
    print(f"bare PySide6 window shown:              median {b * 1000:7.1f} ms")
    print(f"Intake Desk window shown (themed):      median {s * 1000:7.1f} ms   ratio {s / b:5.2f}x")
    print(f"Intake Desk ready (database, overview): median {r * 1000:7.1f} ms   ratio {r / b:5.2f}x")
    print("goal: usable window <= 1.5x the bare window")
