"""The fault suite's shared parts: a small real desk (candidates, a saved plan, a backup, files to
import), every CLI command with its arguments, running the CLI in a child under an injected fault,
and a signature of the database's content to prove a failed command changed nothing."""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from intake_desk.cli import main
from intake_desk.storage import backups, open_database
from intake_desk.storage import candidates as repo

# Every command of `intake-desk`, those that write first. {db}, {dir}, {id} and {backup} are filled in.
WRITES: dict[str, list[str]] = {
    "candidate add": ["candidate", "add", "--json", "{dir}/kandidaat.json"],
    "catalog import": ["catalog", "import", "{dir}/catalogus.csv"],
    "demand import": ["demand", "import", "{dir}/vraag.csv"],
    "plan-save": ["plan-save", "{id}", "--today", "2026-09-01"],
    "settings": ["settings", "advisor_name=Test Adviseur (voorbeeld)"],
    "backup": ["backup"],
    "restore": ["restore", "{backup}"],
    "init --demo": ["init", "--demo", "2"],
}
READS: dict[str, list[str]] = {
    "candidate search": ["candidate", "search", "Vries"],
    "candidate show": ["candidate", "show", "{id}"],
    "match": ["match", "{id}", "--today", "2026-09-01"],
    "plan": ["plan", "{id}", "--out", "{dir}/plan.pdf"],
    "catalog stats": ["catalog", "stats"],
    "catalog export": ["catalog", "export", "{dir}/export.csv"],
    "check": ["check"],
}
COMMANDS = {**WRITES, **READS}

CLI = [sys.executable, "-m", "ui.main"]
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Desk:
    db: Path
    dir: Path
    candidate_id: str
    backup: Path

    def argv(self, name: str) -> list[str]:
        fill = {"{db}": str(self.db), "{dir}": str(self.dir), "{id}": self.candidate_id,
                "{backup}": str(self.backup)}
        out = []
        for arg in COMMANDS[name]:
            for key, value in fill.items():
                arg = arg.replace(key, value)
            out.append(arg)
        return ["--db", str(self.db), *out]


def signature(path: Path) -> str:
    """A hash of everything stored, read without writing (a failed command must leave it equal)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1")
    except sqlite3.OperationalError:
        # A WAL database on a read-only medium without its -shm file cannot be opened "ro"; nothing
        # can write there, so reading it as immutable sees all there is.
        conn.close()
        conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        digest = hashlib.sha256()
        for line in conn.iterdump():
            digest.update(line.encode())
        return digest.hexdigest()
    finally:
        conn.close()


def candidate_ids(path: Path) -> frozenset[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return frozenset(r[0] for r in conn.execute("SELECT id FROM candidates"))
    finally:
        conn.close()


def cli(desk: Desk, name: str, *, env: dict[str, str] | None = None,
        preexec: Callable[[], None] | None = None, timeout: float = 120
        ) -> subprocess.CompletedProcess[str]:
    """Run one command of the installed CLI in a child process (a fault may need one of its own)."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1", **(env or {})}
    return subprocess.run([*CLI, *desk.argv(name)], capture_output=True, text=True, env=full_env,
                          preexec_fn=preexec, timeout=timeout, cwd=desk.dir)


# Runs several commands in one child (imports once; a fault set up for the child holds for all),
# each as `intake-desk` would: its exit code, output and time; an escaped exception as a traceback.
BATCH = r"""
import contextlib, gc, io, json, sys, time, traceback
PRELUDE
from ui.main import main
results = {}
for name, argv in json.loads(sys.argv[1]).items():
    out, err = io.StringIO(), io.StringIO()
    started = time.monotonic()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except BaseException:
            traceback.print_exc()
            code = 99
    gc.collect()  # a command's connection closes when its process ends; here, when collected
    results[name] = {"returncode": code, "stdout": out.getvalue(), "stderr": err.getvalue(),
                     "seconds": time.monotonic() - started}
sys.__stdout__.write("\nRESULTS " + json.dumps(results) + "\n")
"""


def cli_batch(desk: Desk, names: list[str], *, env: dict[str, str] | None = None,
              preexec: Callable[[], None] | None = None, prelude: str = "", timeout: float = 300
              ) -> dict[str, subprocess.CompletedProcess[str]]:
    """Each command in `names`, in order, in one child process; a CompletedProcess per command
    (`args` holds the seconds it took)."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1", **(env or {})}
    plan = json.dumps({name: desk.argv(name) for name in names})
    child = subprocess.run([sys.executable, "-c", BATCH.replace("PRELUDE", prelude), plan],
                           capture_output=True, text=True, env=full_env, preexec_fn=preexec,
                           timeout=timeout, cwd=desk.dir)
    line = next((x for x in child.stdout.splitlines() if x.startswith("RESULTS ")), None)
    assert line is not None, (child.returncode, child.stdout[-2000:], child.stderr[-4000:])
    found = json.loads(line.removeprefix("RESULTS "))
    return {name: subprocess.CompletedProcess(r["seconds"], r["returncode"], r["stdout"], r["stderr"])
            for name, r in found.items()}


def assert_known_failure(result: subprocess.CompletedProcess[str], *, cause: str | tuple[str, ...]
                         ) -> None:
    """Exit 1, no traceback, one Dutch message that says the cause (one of `cause`)."""
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert "Programmafout" not in result.stderr, result.stderr
    causes = (cause,) if isinstance(cause, str) else cause
    assert any(c.lower() in result.stderr.lower() for c in causes), result.stderr


def _quiet_main(argv: list[str]) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        assert main(argv) == 0, argv
    return out.getvalue()


def _build(folder: Path) -> Desk:
    db = folder / "intake.sqlite"
    _quiet_main(["--db", str(db), "init", "--demo", "12"])
    database = open_database(db)
    try:
        first = repo.search(database, repo.Filter(), limit=1)[0].id
    finally:
        database.close()
    _quiet_main(["--db", str(db), "settings", "advisor_name=Adviseur (voorbeeld)",
                 "advisor_email=adviseur@example.org"])
    _quiet_main(["--db", str(db), "plan-save", first, "--today", "2026-09-01"])
    (folder / "kandidaat.json").write_text(
        _quiet_main(["--db", str(db), "candidate", "show", first, "--json"]), encoding="utf-8")
    _quiet_main(["--db", str(db), "catalog", "export", str(folder / "export-vol.csv")])
    with (folder / "export-vol.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))[:15]
    for row in rows:  # a changed price, so importing the file writes
        row["kosten"] = str(int(row["kosten"]) + 1)
    with (folder / "catalogus.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    (folder / "export-vol.csv").unlink()
    (folder / "vraag.csv").write_text(
        "regio;crebo;beroep;waardering;indicator;bron;peildatum\n"
        "achterhoek;;verzorgende;4;;voorbeeld;2026-01-01\n", encoding="utf-8")
    database = open_database(db)
    try:
        backup = backups.create(database, db, reason="test")
        database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.close()
    return Desk(db=db, dir=folder, candidate_id=first, backup=backup)


@pytest.fixture(scope="session")
def desk_template(tmp_path_factory: pytest.TempPathFactory) -> Desk:
    return _build(tmp_path_factory.mktemp("desk"))


@pytest.fixture
def desk(desk_template: Desk) -> Iterator[Desk]:
    """A fresh copy of the desk for one test, in a folder another user may enter (pytest's own
    temporary folders are private, and the read-only tests run the CLI as another user when root)."""
    folder = Path(tempfile.mkdtemp(prefix="intake-faults-"))
    folder.chmod(0o755)
    shutil.copytree(desk_template.dir, folder, dirs_exist_ok=True)
    copy = Desk(db=folder / desk_template.db.name, dir=folder, candidate_id=desk_template.candidate_id,
                backup=folder / desk_template.backup.relative_to(desk_template.dir))
    yield copy
    for p in folder.rglob("*"):  # a test may have made parts read-only
        with contextlib.suppress(OSError):
            p.chmod(0o755 if p.is_dir() else 0o644)
    shutil.rmtree(folder, ignore_errors=True)
