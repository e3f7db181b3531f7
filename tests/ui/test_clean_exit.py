"""The process ends cleanly when the window is still alive at interpreter exit.

Without `ui.app._destroy_windows_before_exit`, PySide6 6.12 on Python 3.11 segfaulted at exit on five
of six runs: the window's destructor had the workspace toolbar release its widget, whose Python
`changeEvent` then ran after module globals were gone.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import sys
from pathlib import Path
from ui.app import start_window
from PySide6.QtCore import QEventLoop, QTimer
app, w = start_window(Path(sys.argv[1]), Path(sys.argv[2]), themed=False)
loop = QEventLoop(); w.ready.connect(loop.quit); QTimer.singleShot(30000, loop.quit); loop.exec()
print("ready" if w.is_ready else "not ready", flush=True)
"""


def test_leaving_with_the_window_open_exits_cleanly(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    root = Path(__file__).resolve().parents[2]
    for n in range(3):  # the crash came on most runs, not all
        done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "desk.sqlite"),
                               str(tmp_path / f"cache{n}")], capture_output=True, text=True,
                              env=env, cwd=root, timeout=120)
        assert done.stdout.strip() == "ready", done.stderr[-2000:]
        assert done.returncode == 0, done.stderr[-2000:]
