"""The core must stay headless: import-linter's contract passes on the tree and bites on a violation."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT = str(Path(sys.executable).with_name("lint-imports"))


def _lint(cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([LINT, "--no-cache"], cwd=cwd, capture_output=True, text=True, timeout=300,
                          env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"})


def test_contract_is_kept_by_the_tree():
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_contract_fails_when_the_core_imports_qt(tmp_path):
    for name in ("intake_desk", "ui"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "intake_desk" / "sneaky.py").write_text("from PySide6.QtCore import QObject\n")
    result = _lint(tmp_path)
    assert result.returncode != 0
    assert "intake_desk.sneaky -> PySide6" in result.stdout


def test_layers_contract_fails_when_storage_imports_a_layer_above(tmp_path):
    """storage sits below catalog and matching: an import back up is a broken layer."""
    for name in ("intake_desk", "ui"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "intake_desk" / "storage" / "upward.py").write_text(
        "from intake_desk.matching import engine\n")
    result = _lint(tmp_path)
    assert result.returncode != 0
    assert "Layers:" in result.stdout and "BROKEN" in result.stdout
    assert "intake_desk.storage.upward -> intake_desk.matching.engine" in result.stdout
