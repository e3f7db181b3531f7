"""Follow-up in fair bundles, rule by rule (docs/fair-merge.md, "Follow-up"): stage changes are events
merged by id and read in one order; concurrent ones are one conflict, settled by a new change or a
marker; the next contact merges like a record field, the last contact as a maximum; a delete wins;
a bundle `since` a vector carries what was changed after it; bad lines are refused by number and
path with nothing written; m009 brings an older desk's history in, in its order."""

from __future__ import annotations

import shutil
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from intake_desk.app import candidates as app_candidates
from intake_desk.app import followup as app_followup
from intake_desk.app import merge
from intake_desk.domain import Candidate, CandidateRecord, Contact, Intake, PersonName
from intake_desk.domain.trajectory import Stage
from intake_desk.storage import followup as fu
from intake_desk.storage import open_database
from intake_desk.storage.errors import MergeLineError

TODAY = date(2026, 7, 1)


def _db(template: Path, folder: Path, inst: str) -> Database:
    path = folder / f"{inst}.sqlite"
    shutil.copy(template, path)
    db = open_database(path)
    with db.atomic():
        db.execute("UPDATE meta SET value = ? WHERE key = 'installation_id'", [inst])
    return db


def _add(db: Database, surname: str) -> str:
    record = CandidateRecord(Candidate(PersonName("Jan", surname), date(1990, 1, 2),
                                       Contact(phone="0612345678"), sample=True),
                             Intake(date(2026, 5, 1)))
    return app_candidates.add_candidate(db, record)[0].id


def _pass(src: Database, dst: Database, since: dict[str, int] | None = None) -> merge.MergeReport:
    batch = merge.export_changes(src, since=since)
    return merge.import_changes(dst, batch.header, batch.lines)[0]


def _counts(db: Database) -> list[int]:
    return [db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("candidates", "stage_changes", "stage_corrections", "stage_resolutions",
                      "followup", "followup_merge")]


@pytest.fixture
def trio(template_db: Path, tmp_path: Path) -> Any:
    desk, a, b = (_db(template_db, tmp_path, n) for n in ("desk", "lap-a", "lap-b"))
    yield desk, a, b
    for db in (desk, a, b):
        db.close()


def test_concurrent_stage_changes_are_one_conflict_in_any_order_until_resolved(trio: Any) -> None:
    desk, a, b = trio
    cid = _add(desk, "Jansen")
    app_followup.set_stage(desk, cid, Stage.PLAN_UITGEREIKT, on=date(2026, 6, 1), today=TODAY)
    for lap in (a, b):
        _pass(desk, lap)
    app_followup.set_stage(a, cid, Stage.GESTART, on=date(2026, 6, 12), today=TODAY)
    app_followup.set_stage(b, cid, Stage.UITGEVALLEN, on=date(2026, 6, 5), today=TODAY,
                           reason="werk-gevonden")
    ends = []
    for order in ((a, b), (b, a)):
        copy = _db_copy(desk, order)
        for lap in (*order, *order):
            _pass(lap, copy)
        found = [c for c in merge.conflicts(copy) if c.field == "followup.stage"]
        assert len(found) == 1 and found[0].label == ("Fase", "Stage")
        assert [o.value for o in found[0].options] == ["gestart", "uitgevallen"]  # shown first
        ends.append(([(e.from_stage, e.to_stage, e.on) for e in fu.stage_events(copy, cid)],
                     fu.state(copy, cid).stage))
        copy.close()
    assert ends[0] == ends[1] and ends[0][1] == Stage.GESTART  # the later day, not the later bundle
    assert [t for _, t, _ in ends[0][0]] == ["plan-uitgereikt", "uitgevallen", "gestart"]

    # The advisor keeps the stage shown: a marker, not a new change; the bundles do not reopen it.
    for lap in (a, b):
        _pass(lap, desk)
    before = len(fu.stage_events(desk, cid))
    merge.resolve_conflict(desk, cid, "followup.stage", 0)
    assert merge.conflicts(desk) == [] and len(fu.stage_events(desk, cid)) == before
    for lap in (a, b):
        report = _pass(lap, desk)
        assert not report.conflicts and report.followup == 0
    assert merge.conflicts(desk) == []
    # The marker travels: a laptop that had the conflict has it settled too.
    _pass(a, b)
    assert [c.field for c in merge.conflicts(b)] == ["followup.stage"]
    _pass(desk, b)
    assert merge.conflicts(b) == []


def _db_copy(desk: Database, order: tuple[Database, ...]) -> Database:
    path = Path(desk.conn.execute("PRAGMA database_list").fetchone()[2])
    target = path.with_name(f"copy-{len(list(path.parent.glob('copy-*')))}.sqlite")
    desk.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(path, target)
    return open_database(target)


def test_choosing_the_other_stage_is_a_new_change_that_settles_it(trio: Any) -> None:
    desk, a, _ = trio
    cid = _add(desk, "Bakker")
    _pass(desk, a)
    app_followup.set_stage(a, cid, Stage.GESTART, on=date(2026, 6, 2), today=TODAY)
    app_followup.set_stage(desk, cid, Stage.PLAN_UITGEREIKT, on=date(2026, 6, 9), today=TODAY)
    _pass(a, desk)
    (c,) = merge.conflicts(desk)
    assert [o.value for o in c.options] == ["plan-uitgereikt", "gestart"]
    merge.resolve_conflict(desk, cid, "followup.stage", 1)
    assert fu.state(desk, cid).stage == Stage.GESTART and merge.conflicts(desk) == []
    assert len(fu.stage_events(desk, cid)) == 3
    assert _pass(a, desk).followup == 0 and merge.conflicts(desk) == []


def test_next_contact_merges_like_a_field_and_last_contact_is_the_latest(trio: Any) -> None:
    desk, a, b = trio
    cid = _add(desk, "Visser")
    app_followup.set_next_contact(desk, cid, date(2026, 7, 3), "eerste", today=TODAY)
    for lap in (a, b):
        _pass(desk, lap)
    app_followup.set_next_contact(a, cid, date(2026, 7, 10), "laptop a", today=TODAY)
    app_followup.log_contact(a, cid, date(2026, 6, 20), today=TODAY)
    app_followup.set_next_contact(b, cid, None, today=TODAY)  # cleared: a write too
    app_followup.log_contact(b, cid, date(2026, 6, 25), today=TODAY)
    _pass(a, desk)
    st = fu.state(desk, cid)
    assert (st.next_contact, st.next_note) == (date(2026, 7, 10), "laptop a")  # newer: no question
    _pass(b, desk)
    _pass(a, desk)
    (c,) = merge.conflicts(desk)
    assert c.field == "followup.next_contact" and c.label == ("Volgend contact", "Next contact")
    assert sorted(str(o.value["day"]) for o in c.options) == ["2026-07-10", "None"]
    assert fu.state(desk, cid).last_contact == TODAY  # made on the desk today: the latest
    merge.resolve_conflict(desk, cid, "followup.next_contact",
                           [o.value["day"] for o in c.options].index(None))
    assert fu.state(desk, cid).next_contact is None
    for lap in (a, b):
        assert _pass(lap, desk).followup == 0
    assert merge.conflicts(desk) == []


def test_a_delete_wins_over_follow_up_and_leaves_nothing_behind(trio: Any) -> None:
    desk, a, _ = trio
    cid = _add(desk, "Smit")
    _pass(desk, a)
    app_followup.set_stage(a, cid, Stage.GESTART, on=date(2026, 6, 2), today=TODAY)
    app_followup.set_next_contact(a, cid, date(2026, 7, 2), "bel", today=TODAY)
    app_candidates.delete_candidate(desk, cid)
    before = _counts(desk)
    report = _pass(a, desk)
    assert report.followup == 0 and _counts(desk) == before and before[0] == 0
    # the delete travels back: the laptop drops the person and their follow-up
    _pass(desk, a)
    assert _counts(a)[:6] == [0, 0, 0, 0, 0, 0]


def test_follow_up_of_a_new_intake_comes_with_it_and_of_nobody_is_refused(trio: Any) -> None:
    desk, a, _ = trio
    cid = _add(a, "Mulder")
    app_followup.set_stage(a, cid, Stage.GESTART, on=date(2026, 6, 2), today=TODAY)
    batch = merge.export_changes(a)
    kinds = [line["type"] for line in batch.lines]
    assert kinds.index("record") < kinds.index("stage_change")
    alone = [line for line in batch.lines if line["type"] != "record"]
    before = _counts(desk)
    with pytest.raises(MergeLineError) as err:
        merge.import_changes(desk, batch.header, alone)
    assert err.value.field == "$.candidate_id" and "Regel" in str(err.value)
    assert _counts(desk) == before
    merge.import_changes(desk, batch.header, batch.lines)
    assert fu.state(desk, cid).stage == Stage.GESTART


def test_since_last_carries_a_stage_change_made_after_the_last_bundle(trio: Any) -> None:
    desk, a, _ = trio
    cid = _add(a, "de Boer")
    first = merge.export_changes(a)
    merge.import_changes(desk, first.header, first.lines)
    app_followup.set_stage(a, cid, Stage.GESTART, on=date(2026, 6, 2), today=TODAY)
    later = merge.export_changes(a, since=first.header["vector"])
    assert [line["type"] for line in later.lines if line["type"] != "audit"] == ["stage_change"]
    merge.import_changes(desk, later.header, later.lines)
    assert fu.state(desk, cid).stage == Stage.GESTART
    app_followup.undo_stage(a, cid, today=TODAY)
    app_followup.log_contact(a, cid, date(2026, 6, 30), today=TODAY)
    again = merge.export_changes(a, since=later.header["vector"])
    assert sorted(line["type"] for line in again.lines if line["type"] != "audit") == [
        "followup", "stage_change", "stage_correction"]
    merge.import_changes(desk, again.header, again.lines)
    assert fu.state(desk, cid).stage == Stage.INTAKE_GEDAAN
    assert [e.corrected for e in fu.stage_events(desk, cid)] == [True, False]


@pytest.mark.parametrize("field, value, path", [
    ("to_stage", "klaar", "$.to_stage"),
    ("reason", "werk-gevonden", "$.reason"),  # a reason on gestart
    ("credential", "diploma", "$.credential"),
    ("on", "2 juni", "$.on"),
    ("on", "2026-02-30", "$.on"),
    ("counter", 0, "$.counter"),
    ("hlc", "gisteren", "$.hlc"),
])
def test_a_bad_stage_line_is_refused_by_number_and_path(trio: Any, field: str, value: Any,
                                                        path: str) -> None:
    desk, a, _ = trio
    cid = _add(a, "Dekker")
    app_followup.set_stage(a, cid, Stage.GESTART, on=date(2026, 6, 2), today=TODAY)
    batch = merge.export_changes(a)
    lines = [dict(line) for line in batch.lines]
    n = next(k for k, line in enumerate(lines) if line["type"] == "stage_change")
    lines[n][field] = value
    with pytest.raises(MergeLineError) as err:
        merge.import_changes(desk, batch.header, lines)
    assert err.value.line == n + 1 and err.value.field == path
    assert _counts(desk)[0] == 0


def test_a_bad_next_contact_line_is_refused(trio: Any) -> None:
    desk, a, _ = trio
    cid = _add(a, "Bos")
    app_followup.set_next_contact(a, cid, date(2026, 7, 9), "bel", today=TODAY)
    batch = merge.export_changes(a)
    lines = [dict(line) for line in batch.lines]
    n = next(k for k, line in enumerate(lines) if line["type"] == "followup")
    dot = lines[n]["next"]["siblings"][0][0]
    lines[n] = {**lines[n], "next": {**lines[n]["next"],
                                     "siblings": [[dot, {"day": "morgen", "note": ""}]]}}
    with pytest.raises(MergeLineError) as err:
        merge.import_changes(desk, batch.header, lines)
    assert err.value.line == n + 1 and err.value.field == "$.next.siblings[0][1].day"


def test_m009_stamps_an_older_history_in_its_order(template_db: Path, tmp_path: Path) -> None:
    """A desk from before m009: its changes (several on one day) keep their order and travel."""
    db = _db(template_db, tmp_path, "old")
    cid = _add(db, "Oud")
    for to in (Stage.PLAN_UITGEREIKT, Stage.INTAKE_GEDAAN, Stage.GESTART):
        app_followup.set_stage(db, cid, to, on=date(2026, 6, 2), today=TODAY)
    app_followup.undo_stage(db, cid, today=TODAY)
    app_followup.set_next_contact(db, cid, date(2026, 7, 4), "oud", today=TODAY)
    was = [(e.from_stage, e.to_stage) for e in fu.stage_events(db, cid)]
    with db.atomic():
        db.execute("DROP INDEX stage_changes_order")
        for column in ("counter", "hlc", "seen"):
            db.execute(f"ALTER TABLE stage_changes DROP COLUMN {column}")
        db.execute("DROP TABLE stage_resolutions")
        db.execute("DROP TABLE followup_merge")
        db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm009_followup_merge'")
    db.close()
    db = open_database(tmp_path / "old.sqlite")  # m009 runs on the stored history
    try:
        events = fu.stage_events(db, cid)
        assert [(e.from_stage, e.to_stage) for e in events] == was
        assert len({e.write.key for e in events}) == 4 and all(e.write.hlc for e in events)
        assert fu.state(db, cid).stage == Stage.INTAKE_GEDAAN
        kinds = sorted(line["type"] for line in merge.export_changes(db).lines)
        assert kinds.count("stage_change") == 4 and "followup" in kinds
        with pytest.raises(Exception, match="append-only"), db.atomic():
            db.execute("UPDATE stage_changes SET to_stage = 'gestart'")
    finally:
        db.close()


def test_the_command_line_lists_and_resolves_a_stage_conflict(
        trio: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from intake_desk.cli import main

    desk, a, _ = trio
    cid = _add(desk, "Kok")
    _pass(desk, a)
    app_followup.set_stage(a, cid, Stage.GESTART, on=date(2026, 6, 2), today=TODAY)
    app_followup.set_stage(desk, cid, Stage.UITGEVALLEN, on=date(2026, 6, 3), today=TODAY,
                           reason="verhuisd")
    _pass(a, desk)
    path = tmp_path / "desk.sqlite"
    assert main(["--db", str(path), "conflicts", "list"]) == 0
    out = capsys.readouterr().out
    assert f"{cid}  followup.stage (Fase)" in out and "uitgevallen" in out
    assert main(["--db", str(path), "conflicts", "list", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert [o["value"] for o in row["options"]] == ["uitgevallen", "gestart"]
    assert main(["--db", str(path), "conflicts", "resolve", cid, "followup.stage", "gestart"]) == 0
    capsys.readouterr()
    assert fu.state(desk, cid).stage == Stage.GESTART and merge.conflicts(desk) == []


def test_a_change_made_on_top_comes_after_even_when_a_laptop_clock_ran_far_ahead(trio: Any) -> None:
    from intake_desk.storage import merge as merge_store

    desk, a, _ = trio
    cid = _add(desk, "Vos")
    _pass(desk, a)
    month = 30 * 24 * 3600 * 1000
    ahead = int(time.time() * 1000) + month
    merge_store.set_wall_clock(lambda: ahead)  # a laptop a month ahead
    try:
        app_followup.set_stage(a, cid, Stage.GESTART, on=date(2026, 6, 2), today=TODAY)
    finally:
        merge_store.set_wall_clock(None)
    _pass(a, desk)
    app_followup.set_stage(desk, cid, Stage.AFGEROND, on=date(2026, 6, 2), today=TODAY,
                           credential="diploma")
    events = fu.stage_events(desk, cid)
    assert [e.to_stage for e in events] == ["gestart", "afgerond"]
    assert events[1].write.hlc > events[0].write.hlc
    assert fu.state(desk, cid).stage == Stage.AFGEROND and merge.conflicts(desk) == []
