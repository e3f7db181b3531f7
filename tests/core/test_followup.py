"""Follow-up: trajectory stages along allowed transitions only, append-only history, next contacts
and the advisor's worklist (issue 17)."""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake_desk.app import followup as fu
from intake_desk.app.candidates import add_candidate, delete_candidate
from intake_desk.demo import demo_records
from intake_desk.domain import CredentialKind, IntakeStatus
from intake_desk.domain.trajectory import (
    ALLOWED,
    CLOSED_STAGES,
    OPEN_STAGES,
    DropReason,
    Stage,
    allowed_next,
    reason_label,
    stage_label,
)
from intake_desk.storage import RecordNotFound
from intake_desk.storage import settings as settings_repo

TODAY = date(2026, 6, 15)


def _add(db, *, intake_day: date = TODAY - timedelta(days=10),
         status: IntakeStatus = IntakeStatus.COMPLETE, seed: int = 1) -> str:
    record = next(demo_records(1, seed=seed, today=TODAY))
    record = dataclasses.replace(
        record, intake=dataclasses.replace(record.intake, date=intake_day, status=status))
    meta, _ = add_candidate(db, record)
    return meta.id


def _extras(to: Stage) -> dict[str, object]:
    """What a change to `to` must carry."""
    if to == Stage.UITGEVALLEN:
        return {"reason": DropReason.NO_CONTACT}
    if to == Stage.AFGEROND:
        return {"credential": CredentialKind.DIPLOMA}
    return {}


# -- the rules, as data ------------------------------------------------------------------------

def test_groups_cover_every_stage_once():
    assert set(Stage) == OPEN_STAGES | CLOSED_STAGES
    assert not OPEN_STAGES & CLOSED_STAGES
    assert set(ALLOWED) == set(Stage)


def test_every_stage_is_reachable_and_every_closed_stage_can_be_reopened():
    reached = {Stage.AANGEMELD}
    frontier = [Stage.AANGEMELD]
    while frontier:
        for nxt in allowed_next(frontier.pop()):
            if nxt not in reached:
                reached.add(nxt)
                frontier.append(nxt)
    assert reached == set(Stage)
    for closed in CLOSED_STAGES:
        assert any(s in OPEN_STAGES for s in allowed_next(closed))


def test_words_in_both_languages_for_every_code():
    for s in Stage:
        assert stage_label(s, "nl") != stage_label(s, "en")
        assert "-" not in stage_label(s, "nl")  # words, not the code
    assert len({stage_label(s, "en") for s in Stage}) == len(Stage)
    for r in DropReason:
        assert reason_label(r, "nl") != reason_label(r, "en")
    assert len({reason_label(r, "nl") for r in DropReason}) == len(DropReason)


@pytest.mark.parametrize("current", list(Stage))
@pytest.mark.parametrize("to", list(Stage))
def test_check_change_allows_exactly_the_allowed_pairs(current, to):
    """Every (from, to) pair: accepted iff the table allows it; a refusal names both stages."""
    extras = _extras(to)
    if to in ALLOWED[current]:
        fu.check_change(current, to, TODAY, TODAY, last_on=None, **extras)  # type: ignore[arg-type]
        return
    with pytest.raises(fu.StageRefused) as info:
        fu.check_change(current, to, TODAY, TODAY, last_on=None, **extras)  # type: ignore[arg-type]
    err = info.value
    assert err.code in ("same", "not-allowed")
    assert stage_label(to, "nl") in err.text_nl and stage_label(to, "en") in err.text_en
    if err.code == "not-allowed":
        assert stage_label(current, "nl") in err.text_nl
        assert stage_label(current, "en") in err.text_en


# -- on the database ---------------------------------------------------------------------------

def test_stage_without_history_is_derived(db):
    quick = _add(db, status=IntakeStatus.QUICK)
    full = _add(db, seed=2)
    assert fu.current_stage(db, quick) == Stage.AANGEMELD
    assert fu.current_stage(db, full) == Stage.INTAKE_GEDAAN
    assert fu.stage_history(db, full) == []


def test_a_saved_plan_means_plan_handed_out(db):
    from intake_desk.domain import PlanVersion, Route
    from intake_desk.storage import plans

    cid = _add(db)
    with db.atomic():
        plans.save_version(db, PlanVersion("", 0, cid, Route((), CredentialKind.DIPLOMA), TODAY))
    assert fu.current_stage(db, cid) == Stage.PLAN_UITGEREIKT


def test_set_stage_records_from_to_date_and_advisor(db):
    cid = _add(db)
    changes = fu.set_stage(db, cid, Stage.GESTART, on=TODAY - timedelta(days=2), today=TODAY)
    assert changes.followup and cid in changes.candidates
    fu.set_stage(db, cid, Stage.AFGEROND, credential=CredentialKind.PRAKTIJKVERKLARING, on=TODAY,
                 today=TODAY)
    history = fu.stage_history(db, cid)
    assert [(c.from_stage, c.to_stage) for c in history] == [
        (Stage.INTAKE_GEDAAN, Stage.GESTART), (Stage.GESTART, Stage.AFGEROND)]
    assert history[0].on == TODAY - timedelta(days=2)
    assert history[1].credential == CredentialKind.PRAKTIJKVERKLARING
    assert all(c.advisor_id and c.recorded_at for c in history)
    assert fu.current_stage(db, cid) == Stage.AFGEROND
    assert "praktijkverklaring" in fu.change_text(history[1])


@pytest.mark.parametrize(("to", "kwargs", "code"), [
    (Stage.UITGEVALLEN, {}, "reason-needed"),
    (Stage.GESTART, {"reason": DropReason.MOVED}, "reason-not-expected"),
    (Stage.GESTART, {"on": TODAY + timedelta(days=1)}, "future"),
    (Stage.AFGEROND, {}, "not-allowed"),
    (Stage.INTAKE_GEDAAN, {}, "same"),
    (Stage.GESTART, {"on": TODAY - timedelta(days=11)}, "before-intake"),
])
def test_refusals_name_the_rule_and_write_nothing(db, to, kwargs, code):
    cid = _add(db)
    with pytest.raises(fu.StageRefused) as info:
        fu.set_stage(db, cid, to, today=TODAY, **kwargs)
    assert info.value.code == code
    assert stage_label(to, "nl") in info.value.text_nl
    assert stage_label(to, "en") in info.value.text_en
    assert fu.stage_history(db, cid) == []


def test_afgerond_needs_a_credential_and_dates_go_forward(db):
    cid = _add(db)
    fu.set_stage(db, cid, Stage.GESTART, on=TODAY - timedelta(days=5), today=TODAY)
    with pytest.raises(fu.StageRefused) as info:
        fu.set_stage(db, cid, Stage.AFGEROND, today=TODAY)
    assert info.value.code == "credential-needed"
    with pytest.raises(fu.StageRefused) as info:
        fu.set_stage(db, cid, Stage.AFGEROND, on=TODAY - timedelta(days=6),
                     credential=CredentialKind.DIPLOMA, today=TODAY)
    assert info.value.code == "before-last"
    assert len(fu.stage_history(db, cid)) == 1


def test_unknown_candidate_is_a_known_error(db):
    with pytest.raises(RecordNotFound):
        fu.set_stage(db, "nobody", Stage.GESTART, today=TODAY)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tries=st.lists(st.sampled_from(list(Stage)), min_size=1, max_size=12))
def test_any_sequence_of_attempts_leaves_a_history_of_allowed_steps(db, tries):
    cid = _add(db, status=IntakeStatus.QUICK, intake_day=TODAY - timedelta(days=40))
    for n, to in enumerate(tries):
        with contextlib.suppress(fu.StageRefused):
            fu.set_stage(db, cid, to, on=TODAY - timedelta(days=30 - n), today=TODAY, **_extras(to))
    history = fu.stage_history(db, cid)
    previous = Stage.AANGEMELD
    for change in history:
        assert change.from_stage == previous
        assert change.to_stage in ALLOWED[previous]
        previous = change.to_stage
    assert fu.current_stage(db, cid) == previous


def test_history_is_append_only_in_the_database(db):
    cid = _add(db)
    fu.set_stage(db, cid, Stage.GESTART, today=TODAY)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("UPDATE stage_changes SET to_stage = 'afgerond'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("DELETE FROM stage_changes")
    assert [c.to_stage for c in fu.stage_history(db, cid)] == [Stage.GESTART]


def test_deleting_a_candidate_removes_their_follow_up(db):
    cid = _add(db)
    other = _add(db, seed=3)
    fu.set_stage(db, cid, Stage.GESTART, today=TODAY)
    fu.set_next_contact(db, cid, TODAY, "bellen", today=TODAY)
    fu.set_stage(db, other, Stage.GESTART, today=TODAY)
    from intake_desk.domain import PlanVersion, Route
    from intake_desk.storage import plans

    with db.atomic():
        plans.save_version(db, PlanVersion("", 0, cid, Route((), CredentialKind.DIPLOMA), TODAY))
    assert db.execute("SELECT count(*) FROM fig_plans WHERE candidate_id = ?", [cid]).fetchone()[0] == 1
    delete_candidate(db, cid)
    for table in ("stage_changes", "followup", "fig_candidates", "fig_intakes", "fig_plans"):
        n = db.execute(f"SELECT count(*) FROM {table} WHERE candidate_id = ?", [cid]).fetchone()[0]
        assert n == 0, table
    assert len(fu.stage_history(db, other)) == 1


# -- next contact and the worklist --------------------------------------------------------------

def test_next_contact_set_read_clear_and_past_refused(db):
    cid = _add(db)
    fu.set_next_contact(db, cid, TODAY + timedelta(days=7), "uitslag BBL-baan", today=TODAY)
    assert fu.next_contact(db, cid) == TODAY + timedelta(days=7)
    assert fu.next_contact_note(db, cid) == "uitslag BBL-baan"
    with pytest.raises(fu.FollowUpRefused) as info:
        fu.set_next_contact(db, cid, TODAY - timedelta(days=1), today=TODAY)
    assert info.value.code == "past" and "volgende afspraak" in info.value.text_nl
    fu.set_next_contact(db, cid, None, today=TODAY)
    assert fu.next_contact(db, cid) is None


def test_worklist_due_today_overdue_and_silent(db):
    due = _add(db, seed=1)
    late = _add(db, seed=2)
    silent = _add(db, seed=3, intake_day=TODAY - timedelta(days=45))
    talked = _add(db, seed=4, intake_day=TODAY - timedelta(days=45))
    closed = _add(db, seed=5, intake_day=TODAY - timedelta(days=45))
    fresh = _add(db, seed=6, intake_day=TODAY - timedelta(days=5))
    earlier = TODAY - timedelta(days=20)
    fu.set_next_contact(db, due, TODAY, today=TODAY)
    fu.set_next_contact(db, late, earlier + timedelta(days=3), today=earlier)  # made 20 days ago
    fu.log_contact(db, talked, TODAY - timedelta(days=3), today=TODAY)
    fu.set_stage(db, closed, Stage.UITGEVALLEN, reason=DropReason.WORK_FOUND,
                 on=TODAY - timedelta(days=40), today=TODAY)

    wl = fu.worklist(db, TODAY, silent_days=30)
    assert [e.candidate_id for e in wl.due_today] == [due]
    assert [e.candidate_id for e in wl.overdue] == [late]
    assert wl.overdue[0].next_contact == earlier + timedelta(days=3)
    silent_ids = {e.candidate_id for e in wl.silent}
    assert silent in silent_ids
    assert not silent_ids & {due, late, talked, closed, fresh}
    entry = next(e for e in wl.silent if e.candidate_id == silent)
    assert entry.days_silent == 45 and entry.last_contact == TODAY - timedelta(days=45)
    assert entry.name and entry.stage == Stage.INTAKE_GEDAAN
    assert wl.silent_total == len(wl.silent)
    assert fu.due_count(db, TODAY) == 2
    # a shorter silence setting catches the one spoken to three days ago too
    assert talked in {e.candidate_id for e in fu.worklist(db, TODAY, silent_days=2).silent}


def test_silent_days_is_a_business_setting(db):
    cid = _add(db, intake_day=TODAY - timedelta(days=20))
    assert fu.worklist(db, TODAY).silent_days == 30
    assert cid not in {e.candidate_id for e in fu.worklist(db, TODAY).silent}
    settings_repo.save(db, dataclasses.replace(settings_repo.load(db), followup_silent_days=14))
    wl = fu.worklist(db, TODAY)
    assert wl.silent_days == 14 and cid in {e.candidate_id for e in wl.silent}


def test_a_stage_change_counts_as_contact(db):
    cid = _add(db, intake_day=TODAY - timedelta(days=60))
    fu.set_stage(db, cid, Stage.GESTART, on=TODAY - timedelta(days=4), today=TODAY)
    assert fu.last_contact(db, cid) == TODAY - timedelta(days=4)
    assert cid not in {e.candidate_id for e in fu.worklist(db, TODAY).silent}
