"""kill -9 during an import loses nothing, and importing the same bundle again completes it: the
import is one transaction, so a killed one leaves the desk as it was."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from intake_desk.app import merge
from intake_desk.storage import open_database

from .sim import Sizes, build, outcome

_CHILD = r"""
import json, sys
from pathlib import Path
from intake_desk.app import merge
from intake_desk.progress import Progress
from intake_desk.storage import open_database

db = open_database(Path(sys.argv[1]))
data = json.loads(Path(sys.argv[2]).read_text())
def said(done, total, message):
    print(f"at {done}", flush=True)
merge.import_changes(db, data["header"], data["lines"], progress=Progress(said, min_interval=0))
print("finished", flush=True)
"""


def test_kill_9_during_an_import_loses_nothing_and_a_reimport_completes(
        template_db: Path, tmp_path: Path) -> None:
    fair = build(template_db, tmp_path / "fair",
                 Sizes(laptops=2, intakes=250, own_edits=40, shared=20, shared_edits=5,
                       own_deletes=5, desk_edits=3, desk_deletes=1, duplicates=1))
    bundle = tmp_path / "bundle.json"
    b = fair.bundles[0]
    # follow-up travels too (stage changes, corrections, next and last contacts): `outcome` compares it
    assert {"stage_change", "stage_correction", "followup"} <= {line["type"] for line in b.lines}
    bundle.write_text(json.dumps({"header": b.header, "lines": b.lines}))
    target = tmp_path / "desk.sqlite"
    shutil.copy(fair.desk, target)
    db = open_database(target)
    before = outcome(db)
    db.close()

    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(target), str(bundle)],
                             stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parents[2])
    assert child.stdout is not None
    killed_at = None
    for line in child.stdout:
        if line.startswith("at ") and int(line.split()[1]) >= 100:
            os.kill(child.pid, signal.SIGKILL)
            killed_at = int(line.split()[1])
            break
    child.wait()
    assert killed_at is not None and child.returncode == -signal.SIGKILL

    db = open_database(target)  # runs quick_check: the file is sound
    try:
        assert outcome(db).key() == before.key(), "a killed import left part of itself behind"
        report, _ = merge.import_changes(db, b.header, b.lines)
        assert report.new
        after = outcome(db)
    finally:
        db.close()

    clean = tmp_path / "clean.sqlite"
    shutil.copy(fair.desk, clean)
    db = open_database(clean)
    try:
        merge.import_changes(db, b.header, b.lines)
        assert outcome(db).key() == after.key()
    finally:
        db.close()
