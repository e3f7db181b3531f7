"""Each page of a sample plan, in Dutch and English, as PNG (rendered with poppler's pdftoppm; once,
as the printed plan does not depend on the UI language), and the plan dock in the main window."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path
from typing import Any

from intake_desk.plans import render_plan
from intake_desk.plans.example import example_document


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


def shoot(window: Any, out_dir: Path, app: Any, settle: Any) -> list[Path]:
    written: list[Path] = []
    doc = example_document()
    panel = getattr(window, "plan_panel", None)
    if panel is not None:
        dock = window.plan_dock
        dock.show()
        dock.raise_()
        panel.show_pdf("plan.pdf", render_plan(doc, invariant=True))
        settle(app, 300)
        path = out_dir / "61-plan-dock.png"
        window.grab().save(str(path))
        written.append(path)
    return written
