"""No personal data in logs or temporary files: a plan preview is rendered in memory, erasing, purging
and exporting log ids only."""

from __future__ import annotations

import logging
import tempfile
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from intake_desk.app.candidates import delete_candidate
from intake_desk.app.plans import plan_file
from intake_desk.app.privacy import export_person, purge
from intake_desk.domain.codec import replace
from intake_desk.storage import settings as settings_repo

from .helpers import TODAY, add, add_plan

SURNAME = "Spoorloosmakerij"


def test_preview_export_erase_and_purge_leave_no_name_in_logs_or_temp_files(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    caplog.set_level(logging.DEBUG)
    with db.atomic():
        settings_repo.save(db, replace(settings_repo.load(db), advisor_name="Adviseur Test"))
    cid = add(db, SURNAME)
    add_plan(db, cid)
    _name, pdf = plan_file(db, cid)
    assert pdf.startswith(b"%PDF")
    export_person(db, cid, tmp_path / "inzage", today=TODAY)
    delete_candidate(db, cid)
    old = add(db, "Verjaardeklant")
    purge(db, [old], today=date(2040, 1, 1))
    assert list(scratch.iterdir()) == []  # nothing was written to temporary files
    assert SURNAME not in caplog.text and "Verjaardeklant" not in caplog.text
