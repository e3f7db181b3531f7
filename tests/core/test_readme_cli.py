"""The README's command line: its worked example runs as written, and the CLI behaves in a pipe."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def readme_example() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"<!-- worked-example -->\s*```sh\n(.*?)```", text, re.S)
    assert found, "README.md lost its worked example"
    return found.group(1)


def shell_env(tmp_path: Path) -> dict[str, str]:
    """`intake-desk` on PATH: the venv's script, or a shim around this interpreter."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "intake-desk"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m ui.main "$@"\n')
    shim.chmod(0o755)
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
               PYTHONPATH=str(ROOT))
    env.pop("INTAKE_DESK_DB", None)
    env.pop("PYTHONUNBUFFERED", None)  # as in an advisor's shell: stdout into a pipe is buffered
    return env


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_the_readme_worked_example_runs_and_prints_a_plan(tmp_path: Path) -> None:
    script = "set -euo pipefail\n" + readme_example()
    done = subprocess.run(["bash", "-c", script], cwd=tmp_path, env=shell_env(tmp_path),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    # a demo candidate may already have a plan from its sample trajectory (init --demo): then this is v2
    assert re.search(r"Plan opgeslagen: versie \d+ ", done.stdout)
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")
    # `match ... | head` cut its output short: no BrokenPipe traceback, and pipefail did not trip.
    assert "BrokenPipe" not in done.stderr


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    env = shell_env(tmp_path)
    db = tmp_path / "x.db"
    subprocess.run(["intake-desk", "--db", str(db), "init", "--demo", "30"], env=env, check=True,
                   capture_output=True, timeout=300)
    reader = subprocess.Popen(["intake-desk", "--db", str(db), "candidate", "search", "--limit", "30"],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.close()  # the reader is gone before the first line (`| head -0`, a closed pager)
    err = reader.stderr.read().decode()
    assert reader.wait(timeout=60) == 0, err
    assert "Traceback" not in err and "BrokenPipe" not in err


def test_search_text_output_ends_each_line_and_the_count_comes_last(tmp_path: Path) -> None:
    env = shell_env(tmp_path)
    db = tmp_path / "x.db"
    subprocess.run(["intake-desk", "--db", str(db), "init", "--demo", "5"], env=env, check=True,
                   capture_output=True, timeout=300)
    # stdout and stderr into one pipe, as `2>&1 | less` or a log file gets them
    done = subprocess.run(["intake-desk", "--db", str(db), "candidate", "search"], env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=60)
    assert done.returncode == 0
    assert done.stdout.endswith("(5 van 5 kandidaten)\n")
    lines = done.stdout.splitlines(keepends=True)
    assert len(lines) == 6 and all(line.endswith("\n") for line in lines)
