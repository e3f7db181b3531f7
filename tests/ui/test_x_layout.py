"""Layout faults that only the X server shows (offscreen gives the form all the room it asks for).

Under xcb, the line under the goal ("Herkend als: ...") made the form squeeze the wrapped rows of days
and leerwegen to one line, hiding "za", "zo" and "Korte module" (found by driving `make run` under Xvfb).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .desk_helpers import open_window

ROOT = Path(__file__).resolve().parents[2]
XVFB_RUN = shutil.which("xvfb-run")
CHILD = "INTAKE_DESK_X_LAYOUT_CHILD"


@pytest.mark.xvfb
@pytest.mark.slow
@pytest.mark.skipif(XVFB_RUN is None, reason="xvfb-run is not installed (sh packaging/system-deps.sh xvfb)")
@pytest.mark.skipif(bool(os.environ.get(CHILD)), reason="already on the X server")
def test_wrapped_rows_keep_their_height_on_a_real_x_server() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.update({CHILD: "1", "PYTHONPATH": str(ROOT)})
    done = subprocess.run(
        [str(XVFB_RUN), "-a", "-s", "-screen 0 1366x768x24", sys.executable, "-m", "pytest",
         "-p", "no:cacheprovider", "-rA", "-m", "xvfb", "-k", "in_this_x_session", str(Path(__file__))],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-3000:]
    assert "PASSED" in done.stdout, done.stdout[-2000:]  # ran, not skipped


@pytest.mark.xvfb
@pytest.mark.skipif(not os.environ.get(CHILD), reason="runs inside xvfb-run only")
def test_wrapped_rows_in_this_x_session(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, db_path, active=True)
    window.resize(1280, 720)
    window.tabs.setCurrentWidget(window.candidates)
    form = window.candidates.form
    form.go_to_section(3)
    edit = form.widgets["goal_occupation"]
    edit.setFocus()
    holders = {form.widgets[k].parentWidget() for k in form.widgets if k.startswith(("day_", "leerweg_"))}
    qtbot.keyClicks(edit, "verzorgende IG")
    qtbot.waitUntil(lambda: form.goal_hint.label.text().startswith("Herkend als"), timeout=3000)
    qtbot.wait(300)
    try:
        for holder in holders:
            need = holder.layout().heightForWidth(holder.width())
            assert holder.height() >= need, (holder.height(), need, holder.width())
    finally:
        form.set_dirty(False)
        window.quick.set_dirty(False)
