"""`app.candidates.save_record`: the form's save and dropping its draft are one transaction."""

from __future__ import annotations

from datetime import date

import pytest
from sqlite_utils import Database

from intake_desk.app.candidates import save_record
from intake_desk.demo import demo_records
from intake_desk.form_values import from_record
from intake_desk.storage import candidates as repo
from intake_desk.storage import drafts

TODAY = date(2026, 3, 2)


def test_save_record_saves_the_candidate_and_drops_its_draft(db: Database) -> None:
    record = next(demo_records(1, seed=5, today=TODAY))
    drafts.save(db, "d-1", "intake", from_record(record))
    meta, changes = save_record(db, None, record, None, "d-1")
    assert repo.get(db, meta.id)[1].candidate.name == record.candidate.name
    assert drafts.load(db, "d-1") is None
    assert meta.id in changes.candidates and changes.candidate_list
    again, _ = save_record(db, meta.id, record, meta.revision, None)
    assert again.revision == meta.revision + 1


def test_a_failure_after_the_save_keeps_the_draft_and_saves_nothing(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    record = next(demo_records(1, seed=6, today=TODAY))
    drafts.save(db, "d-2", "intake", from_record(record))
    before = repo.count(db, repo.Filter())
    real_delete = drafts.delete

    def delete_then_fail(db: Database, draft_id: str) -> None:
        real_delete(db, draft_id)  # the candidate is written and the draft gone, inside the transaction
        raise RuntimeError("disk gone after the save")

    monkeypatch.setattr("intake_desk.storage.drafts.delete", delete_then_fail)
    with pytest.raises(RuntimeError):
        save_record(db, None, record, None, "d-2")
    assert repo.count(db, repo.Filter()) == before
    kept = drafts.load(db, "d-2")
    assert kept is not None and kept.values == from_record(record)
