"""A failed catalog export leaves nothing behind: its `.partial` file held a whole catalog."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake_desk.catalog import exporter
from intake_desk.catalog.sample import load_sample


@pytest.mark.parametrize("suffix", [".csv", ".json", ".xlsx"])
def test_a_failed_export_removes_its_partial_file(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"aanbod{suffix}"
    target.mkdir()  # the last step, replacing the target, fails: a folder is in the way
    (target / "iets").write_text("x")
    writer = {".csv": exporter.write_csv, ".json": exporter.write_json, ".xlsx": exporter.write_xlsx}[suffix]
    with pytest.raises(OSError):
        writer(load_sample(), target)
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]
