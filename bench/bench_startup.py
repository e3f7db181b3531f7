"""App start until a usable window, beside a bare PySide6 window started the same way (a fresh process
each, so imports count), in the same run. Prints medians and the ratios.

- bare: import QtWidgets, QApplication, a QMainWindow shown and painted (the baseline, unchanged).
- floor: the first-frame shell `shown` paints (Fusion with qt-material's stylesheet, the menus, status
  bar, tabs, the candidate page with an empty table model, the two docks), built with plain PySide6
  and none of our code. The bare window has no text, no Qt namespace enums and no stylesheet, so the
  floor is what the mandated stack costs before our code adds anything: it shows each run how much of
  "shown <= 1.5x bare" is left for us. Its stylesheet is generated once up front (a subprocess runs
  `ui.theme.apply(app, "light", ...)` into its own temporary folder, untimed); the timed script only
  reads that folder's stylesheet.qss and theme.json, as a later start does.
- data floor: the floor shell plus, in the same process, the least the mandated stack needs to show
  rows: import sqlite-utils, open the database file, one indexed query of the first 200 candidates
  by surname into the table, painted. It is what "the list shows data" is measured against.
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

BENCH_BASE=DIR also starts the app from the source tree in DIR (e.g. `git worktree add DIR HEAD`, or a
copy of the tree before a change), interleaved with this one, and prints its medians beside: a
before/after in the same run, under the same load. BENCH_ROUNDS sets the rounds (default 7).

On a busy machine (other jobs come and go within seconds) the medians of runs seconds apart drift
apart. So every start is also paired with a data-floor run just before it (whose first figure is the
floor shell's): "paired" is the median of those per-start ratios, which load that changes between
rounds moves far less.
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

FLOOR = r"""
import time, sys
t0 = time.perf_counter()
import json
from PySide6.QtCore import QAbstractTableModel, QDir, QModelIndex, Qt
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import (QApplication, QComboBox, QDockWidget, QHBoxLayout, QLabel, QLineEdit,
                               QMainWindow, QPushButton, QSplitter, QTableView, QTabWidget,
                               QVBoxLayout, QWidget)

class Model(QAbstractTableModel):
    HEADERS = ("Naam", "Woonplaats", "Opleiding", "Status", "Gewijzigd")

    def rowCount(self, parent=QModelIndex()):
        return 0

    def columnCount(self, parent=QModelIndex()):
        return len(self.HEADERS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None

folder = sys.argv[1]
app = QApplication(sys.argv[:1])
app.setStyle("Fusion")
app.setPalette(app.style().standardPalette())
with open(folder + "/theme.json", encoding="utf-8") as f:
    info = json.load(f)
QDir.addSearchPath("icon", folder + "/icons")
QDir.addSearchPath("qt_material", info["resources"])
palette = app.palette(); text = QColor(info["primary"]); text.setAlpha(92)
palette.setColor(QPalette.ColorRole.Text, text); app.setPalette(palette)
with open(folder + "/stylesheet.qss", encoding="utf-8") as f:
    app.setStyleSheet(f.read() + "\n*:focus { border: 2px solid #ff9800; }\n"
                      "QHeaderView::section { text-transform: none; }\n")

w = QMainWindow(); w.setWindowTitle("Intake Desk"); w.resize(1280, 800)
menu = w.menuBar().addMenu("&Bestand")
for name in ("&Nieuwe kandidaat", "&Importeren...", "&Exporteren...", "&Instellingen..."):
    menu.addAction(QAction(name, w))
menu.addSeparator(); menu.addAction(QAction("&Afsluiten", w))
w.menuBar().addMenu("Be&eld"); w.menuBar().addMenu("&Help")
w.statusBar().addWidget(QLabel("Database wordt geopend..."))
tabs = QTabWidget(); tabs.setDocumentMode(True)
page = QWidget(); split = QSplitter(Qt.Orientation.Horizontal)
left = QWidget(); column = QVBoxLayout(left)
search = QLineEdit(); search.setPlaceholderText("Zoek op naam, telefoon of e-mail")
search.setClearButtonEnabled(True); column.addWidget(search)
filters = QHBoxLayout()
for items in (("Alle statussen", "Nieuw", "In behandeling"), ("Alle opleidingen", "Mbo", "Hbo")):
    box = QComboBox(); box.addItems(items); filters.addWidget(box)
column.addLayout(filters)
table = QTableView(); table.setModel(Model(table)); column.addWidget(table)
column.addWidget(QLabel("0 kandidaten")); column.addWidget(QPushButton("Nieuwe kandidaat"))
split.addWidget(left); split.addWidget(QWidget())
QVBoxLayout(page).addWidget(split)
for name in ("Overzicht", "Kandidaten", "Beursmodus", "Catalogus"):
    tabs.addTab(page if name == "Kandidaten" else QWidget(), name)
tabs.setCurrentWidget(page); w.setCentralWidget(tabs)
docks = []
for name in ("Leerroutes", "Plan"):
    dock = QDockWidget(name, w); dock.setWidget(QWidget())
    w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock); docks.append(dock)
w.tabifyDockWidget(docks[0], docks[1])
search.setFocus()
w.show(); app.processEvents()
shown = time.perf_counter() - t0
if len(sys.argv) > 2:  # the data floor: rows from the database file, the least the stack allows
    from sqlite_utils import Database
    db = Database(sys.argv[2])
    rows = db.execute("SELECT id, first_name, tussenvoegsel, surname, town, status, intake_date"
                      " FROM candidates INDEXED BY candidates_sort ORDER BY sort_key, id LIMIT 200"
                      ).fetchall()
    model = table.model(); model.rows = rows
    model.rowCount = lambda parent=QModelIndex(): len(model.rows)
    model.data = lambda index, role=Qt.ItemDataRole.DisplayRole: (
        str(model.rows[index.row()][index.column() + 1] or "")
        if role == Qt.ItemDataRole.DisplayRole else None)
    model.beginResetModel(); model.endResetModel()
    table.viewport().repaint(); app.processEvents()
    print(shown, time.perf_counter() - t0)
else:
    print(shown)
"""

THEME = r"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from ui import theme
app = QApplication(sys.argv[:1])
theme.apply(app, "light", Path(sys.argv[1]))
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


def _time(code: str, env: dict[str, str], *args: str, root: Path | None = None) -> list[float]:
    root = root or Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         env=env, check=True, cwd=root).stdout
    return [float(x) for x in out.strip().splitlines()[-1].split()]


def main(rounds: int = int(os.environ.get("BENCH_ROUNDS", "7"))) -> None:
    from intake_desk.app.opening import open_or_create

    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        fresh = Path(tmp) / "fresh.sqlite"
        open_or_create(fresh).close()
        big = Path(tmp) / "big.sqlite"
        root = Path(__file__).resolve().parent.parent
        subprocess.run([sys.executable, "-c", f"from bench.bench_desk import _seed; from pathlib "
                        f"import Path; _seed(Path({str(big)!r}))"], check=True, cwd=root)
        styles = Path(tmp) / "floor-theme"  # the generated stylesheet for FLOOR, not timed
        subprocess.run([sys.executable, "-c", THEME, str(styles)], check=True, cwd=root, env=env)
        cases = {"new database": (fresh, "cached"), "100,000 candidates": (big, "cached"),
                 "100,000, first start": (big, "first")}
        bare: list[float] = []
        floor: list[float] = []
        data_floor: list[float] = []
        trees = {"": root}
        if os.environ.get("BENCH_BASE"):
            trees["base: "] = Path(os.environ["BENCH_BASE"]).resolve()
        envs = {label: dict(env, PYTHONPYCACHEPREFIX=str(Path(tmp) / f"pycache{n}"))
                for n, label in enumerate(trees)}
        # The base tree gets databases made by its own code: a newer tree's migrations would make
        # them too new for it (it would refuse them with a dialog no one answers).
        files = {"": (fresh, big)}
        if "base: " in trees:
            files["base: "] = (Path(tmp) / "base-fresh.sqlite", Path(tmp) / "base-big.sqlite")
            # The base tree may predate app/opening.py (open_or_create was in services.py before #14).
            subprocess.run([sys.executable, "-c", "import sys\nfrom pathlib import Path\n"
                            "try:\n    from intake_desk.app.opening import open_or_create\n"
                            "except ImportError:\n    from intake_desk.services import open_or_create\n"
                            "from bench.bench_desk import _seed\n"
                            "open_or_create(Path(sys.argv[1])).close()\n"
                            "_seed(Path(sys.argv[2]))", *map(str, files["base: "])],
                           check=True, cwd=trees["base: "])
        runs: dict[str, list[list[float]]] = {
            label + name: [[], [], []] for label in trees for name in cases}
        paired: dict[str, list[list[float]]] = {label + name: [[], []] for label in trees for name in cases}
        for n in range(rounds + 1):  # interleaved, so machine noise hits all alike
            b = _time(BARE, env)[0]
            f = _time(FLOOR, env, str(styles / "light"))[0]
            d = _time(FLOOR, env, str(styles / "light"), str(big))[1]
            for name, (path, mode) in cases.items():
                for label, tree in (trees.items() if n % 2 else reversed(trees.items())):
                    cache = Path(tmp) / f"cache-{path.stem}-{len(label)}"
                    own = files[label][0 if path == fresh else 1]
                    shell, with_rows = _time(FLOOR, env, str(styles / "light"), str(big))
                    times = _time(APP, envs[label], str(own), str(cache), mode, root=tree)
                    if n:  # round 0 compiles the bytecode and builds the theme's files
                        for column, value in zip(runs[label + name], times, strict=True):
                            column.append(value)
                        paired[label + name][0].append(times[0] / shell)
                        paired[label + name][1].append(times[1] / with_rows)
            if n:
                bare.append(b)
                floor.append(f)
                data_floor.append(d)
    base = statistics.median(bare)
    low = statistics.median(floor)
    print(f"bare PySide6 window shown:                        median {base * 1000:6.1f} ms")
    print(f"floor: same shell, qt-material, no app code:      median {low * 1000:6.1f} ms   "
          f"ratio {low / base:5.2f}x")
    rows = statistics.median(data_floor)
    print(f"data floor: shell + sqlite-utils + 200 rows:      median {rows * 1000:6.1f} ms   "
          f"ratio {rows / base:5.2f}x")
    for name, (shown, listed, ready) in runs.items():
        for what, values, against, label in (("window shown", shown, low, "floor"),
                                             ("list shows data", listed, rows, "data floor"),
                                             ("ready", ready, rows, "data floor")):
            m = statistics.median(values)
            print(f"{what + ',':17s}{name:27s}    median {m * 1000:6.1f} ms   "
                  f"ratio {m / base:5.2f}x bare, {m / against:5.2f}x {label}")
    print("paired with a floor run just before each start (the same moment's load):")
    for name, (shown_ratios, list_ratios) in paired.items():
        print(f"  {name:33s} window shown {statistics.median(shown_ratios):5.2f}x floor, "
              f"list shows data {statistics.median(list_ratios):5.2f}x data floor")
    print("goals (#12): window shown <= 1.2x the floor; list shows data <= 1.2x the data floor")
    print(f"the floor itself is {low / base:.2f}x bare: the stack's shell and stylesheet, "
          "before any of our code (the data floor reads the 100,000-candidate file)")
