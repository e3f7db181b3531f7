"""App start until a usable window, beside a bare PySide6 window started the same way (a fresh process
each, so imports count), in the same run. Prints medians and the ratios.

- bare: import QtWidgets, QApplication, a QMainWindow shown and painted (the baseline, unchanged).
- shown: what `intake-desk` runs (`ui.main.gui_options`, then `ui.app.start_window`) until the window's
  first frame has been painted: themed, in the stored language, with the tabs, the candidate list and
  its search box (which takes typing at once; the list fills when the database is open).
- ready: until the database is open (quick_check, migrations) and the list and the overview show data;
  the intake form, quick intake, catalog tab and the routes and plan panels are built by then.
Both on the fresh database a first start creates, and on one with 100,000 candidates (where opening,
with its quick_check, takes longer); and once more on that one without the interface cache, as on the
first start with a database, when the language and theme are read from it before the first frame.

Bytecode is cached (PYTHONPYCACHEPREFIX in a temporary folder, one warm-up round), as in an installed
app: without it every start would compile our modules again (~40 ms), which no advisor pays.
"""

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
from ui.main import gui_options
from ui.app import start_window
cache = Path(sys.argv[2])
if sys.argv[3] == "first":
    (cache / "interface.json").unlink(missing_ok=True)
app, w = start_window(gui_options(["--db", sys.argv[1]]).db, cache)
from PySide6.QtCore import QEventLoop, QTimer
marks = {}
w.first_frame.connect(lambda: marks.setdefault("shown", time.perf_counter() - t0))
w.candidates.model().loaded.connect(lambda: marks.setdefault("list", time.perf_counter() - t0))
loop = QEventLoop(); w.ready.connect(loop.quit); QTimer.singleShot(20000, loop.quit); loop.exec()
print(marks["shown"], marks["list"], time.perf_counter() - t0)
w.runner.stop()
"""


def _time(code: str, env: dict[str, str], *args: str) -> list[float]:
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         env=env, check=True, cwd=root).stdout
    return [float(x) for x in out.strip().splitlines()[-1].split()]


def main(rounds: int = 7) -> None:
    from intake_desk import services

    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        fresh = Path(tmp) / "fresh.sqlite"
        services.open_or_create(fresh).close()
        big = Path(tmp) / "big.sqlite"
        root = Path(__file__).resolve().parent.parent
        subprocess.run([sys.executable, "-c", f"from bench.bench_desk import _seed; from pathlib "
                        f"import Path; _seed(Path({str(big)!r}))"], check=True, cwd=root)
        cases = {"new database": (fresh, "cached"), "100,000 candidates": (big, "cached"),
                 "100,000, first start": (big, "first")}
        bare: list[float] = []
        runs: dict[str, list[list[float]]] = {name: [[], [], []] for name in cases}
        for n in range(rounds + 1):  # interleaved, so machine noise hits all alike
            b = _time(BARE, env)[0]
            for name, (path, mode) in cases.items():
                cache = Path(tmp) / f"cache-{path.stem}"
                times = _time(APP, env, str(path), str(cache), mode)
                if n:  # round 0 compiles the bytecode and builds the theme's files
                    for column, value in zip(runs[name], times, strict=True):
                        column.append(value)
            if n:
                bare.append(b)
    base = statistics.median(bare)
    print(f"bare PySide6 window shown:                        median {base * 1000:6.1f} ms")
    for name, (shown, listed, ready) in runs.items():
        for what, values in (("window shown", shown), ("list shows data", listed), ("ready", ready)):
            m = statistics.median(values)
            print(f"{what + ',':17s}{name:21s}          median {m * 1000:6.1f} ms   "
                  f"ratio {m / base:5.2f}x")
    print("goal: usable window (shown) <= 1.5x the bare window")
