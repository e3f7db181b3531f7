"""Putting back a stage change entered by mistake (issue 14): a correction, never an erasure.

The history keeps both rows, marked; the stage and its day are again those before the mistake; the
figures count neither the mistaken change nor its correction.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date, timedelta

import pytest

from intake_desk.app import followup as fu
from intake_desk.app.candidates import add_candidate, delete_candidate
from intake_desk.app.figures import regional_figures
from intake_desk.demo import demo_records
from intake_desk.domain import IntakeStatus
from intake_desk.domain.trajectory import DropReason, Stage

TODAY = date(2026, 6, 15)


def _add(db, seed: int = 1) -> str:
    record = next(demo_records(1, seed=seed, today=TODAY))
    record = dataclasses.replace(
        record, intake=dataclasses.replace(record.intake, date=TODAY - timedelta(days=20),
                                           status=IntakeStatus.COMPLETE))
    meta, _ = add_candidate(db, record)
    return meta.id


def _key(db) -> dict[str, int]:
    f = regional_figures(db, TODAY - timedelta(days=30), TODAY)
    return {p.key: p.count for p in f.key_figures}


def test_undo_puts_the_stage_back_and_keeps_both_rows(db):
    cid = _add(db)
    fu.set_stage(db, cid, Stage.GESTART, on=TODAY - timedelta(days=5), today=TODAY)
    fu.set_stage(db, cid, Stage.UITGEVALLEN, reason=DropReason.WORK_FOUND, on=TODAY - timedelta(days=2),
                 today=TODAY)
    before = _key(db)
    assert before["dropped_out"] == 1

    changes = fu.undo_stage(db, cid, "adv-1", expected_to=Stage.UITGEVALLEN, today=TODAY)

    assert cid in changes.candidates and changes.followup
    assert fu.current_stage(db, cid) == Stage.GESTART
    history = fu.stage_history(db, cid)
    assert [(c.to_stage, c.correction, c.corrected) for c in history] == [
        (Stage.GESTART, False, False), (Stage.UITGEVALLEN, False, True), (Stage.GESTART, True, False)]
    assert history[-1].advisor_id == "adv-1"
    assert "correctie" in fu.change_text(history[-1]) and "teruggezet" in fu.change_text(history[1])
    after = _key(db)
    assert after["dropped_out"] == 0 and after["started"] == before["started"] == 1
    # the stage's day is that of the change it went back to: a later change is checked against it
    fu.set_stage(db, cid, Stage.AFGEROND, credential="diploma", on=TODAY - timedelta(days=4),
                 today=TODAY)
    assert fu.current_stage(db, cid) == Stage.AFGEROND


def test_undo_goes_back_one_change_at_a_time_and_stops_at_the_first(db):
    cid = _add(db)
    derived = fu.current_stage(db, cid)
    fu.set_stage(db, cid, Stage.GESTART, today=TODAY)
    fu.undo_stage(db, cid, today=TODAY)
    assert fu.current_stage(db, cid) == derived
    assert _key(db)["started"] == 0
    with pytest.raises(fu.StageRefused) as refused:
        fu.undo_stage(db, cid, today=TODAY)
    assert refused.value.code == "nothing-to-undo"


def test_undo_refuses_when_the_stage_changed_since(db):
    cid = _add(db)
    fu.set_stage(db, cid, Stage.GESTART, today=TODAY)
    with pytest.raises(fu.StageRefused) as refused:
        fu.undo_stage(db, cid, expected_to=Stage.UITGEVALLEN, today=TODAY)
    assert refused.value.code == "changed-since" and "status" in refused.value.text_nl
    assert fu.current_stage(db, cid) == Stage.GESTART
    assert len(fu.stage_history(db, cid)) == 1


def test_corrections_are_append_only_and_go_with_the_candidate(db):
    cid = _add(db)
    fu.set_stage(db, cid, Stage.GESTART, today=TODAY)
    fu.undo_stage(db, cid, today=TODAY)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("DELETE FROM stage_corrections")
    delete_candidate(db, cid)
    assert db.execute("SELECT count(*) FROM stage_corrections").fetchone()[0] == 0
