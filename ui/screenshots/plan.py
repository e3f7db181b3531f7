"""Each page of a sample plan, in Dutch and English, as PNG (rendered with poppler's pdftoppm; once,
as the printed plan does not depend on the UI language), and the plan dock in the main window for the
candidate at the desk."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from intake_desk.examples import example_document
from intake_desk.plans import render_plan

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from ui.screenshots import Settle


def shoot_once(out_dir: Path) -> list[Path]:
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in ("nl", "en"):
            pdf = Path(tmp) / f"plan-{lang}.pdf"
            pdf.write_bytes(render_plan(example_document(lang), invariant=True))
            prefix = out_dir / f"60-plan-{lang}"
            subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(prefix)], check=True)
            written += sorted(out_dir.glob(f"60-plan-{lang}-*.png"))
    return written


def shoot(window: MainWindow, out_dir: Path, app: QApplication, settle: Settle) -> list[Path]:
    """The plan dock for the candidate the routes screenshot opened: the proposed route saved as a
    plan (step 2), then step 3 (Plan), as the advisor would; so dock, bar and form agree."""
    from ui.screenshots.match import _wait

    panel, routes, workspace = window.plan_panel, window.match_panel, window.workspace
    if panel is None or routes is None or workspace is None or not routes.candidate_id:
        return []
    facts = workspace.summary
    # Once: the passes share the demo database, and each save would add a version.
    if (facts is None or not facts.plan_version) and routes.current is not None and routes.current.ok:
        routes.save()
        _wait(app, routes.plan_saved)
    settle(app, 300)  # the bar learns of the new version
    workspace.go("plan")
    if not panel.data:
        _wait(app, panel.rendered)
    settle(app, 300)
    path = out_dir / "61-plan-dock.png"
    window.grab().save(str(path))
    return [path]
