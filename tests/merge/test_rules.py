"""The merge rules one at a time: the clock, a field's merge (order and repetition do not matter),
bad lines refused by number and field with nothing written, dry runs, erased people, existing data."""

from __future__ import annotations

import itertools
import random
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from intake_desk.app import candidates as app_candidates
from intake_desk.app import merge
from intake_desk.domain import Candidate, CandidateRecord, Contact, Intake, PersonName, clock
from intake_desk.domain import merge as rules
from intake_desk.domain.codec import replace
from intake_desk.storage import StaleRecord, open_database
from intake_desk.storage import candidates as repo
from intake_desk.storage import merge as store
from intake_desk.storage.errors import MergeHeaderError, MergeLineError


def _db(template: Path, folder: Path, inst: str) -> Database:
    path = folder / f"{inst}.sqlite"
    shutil.copy(template, path)
    db = open_database(path)
    with db.atomic():
        db.execute("UPDATE meta SET value = ? WHERE key = 'installation_id'", [inst])
    return db


def _record(surname: str = "Jansen", phone: str = "0612345678") -> CandidateRecord:
    return CandidateRecord(Candidate(PersonName("Jan", surname), date(1990, 1, 2),
                                     Contact(phone=phone), sample=True), Intake(date(2026, 5, 1)))


# --- clock ---------------------------------------------------------------------------------------

def test_the_clock_grows_even_when_the_wall_clock_is_behind() -> None:
    a = clock.tick(clock.ZERO, 1000)
    assert a == clock.Hlc(1000, 0)
    b = clock.tick(a, 500)  # the wall clock went back (or a peer was ahead)
    assert b > a and b == clock.Hlc(1000, 1)
    two_hours = 2 * 3600 * 1000
    c = clock.receive(b, clock.Hlc(1000 + two_hours, 3), 900)  # a laptop two hours ahead
    assert c == clock.Hlc(1000 + two_hours, 3)
    assert clock.tick(c, 950) > c
    assert clock.receive(c, clock.Hlc(10**15, 0), 900) == c  # absurdly far ahead: not followed
    assert clock.Hlc.parse(c.encode()) == c
    assert clock.Hlc(9, 0).encode() < clock.Hlc(10, 0).encode()  # text order is clock order
    with pytest.raises(ValueError):
        clock.Hlc.parse("yesterday")


# --- a field's merge -------------------------------------------------------------------------------

def _w(inst: str, n: int, hlc: int, seen: dict[str, int]) -> rules.Write:
    return rules.Write(inst, n, clock.Hlc(hlc).encode(), {**seen, inst: n})


def test_field_merge_is_the_same_in_any_order_and_any_number_of_times() -> None:
    base = rules.Sibling(_w("desk", 1, 10, {}), "base")
    a1 = rules.Sibling(_w("a", 1, 20, {"desk": 1}), "a1")
    a2 = rules.Sibling(_w("a", 2, 30, {"desk": 1, "a": 1}), "a2")
    b1 = rules.Sibling(_w("b", 1, 25, {"desk": 1}), "b1")
    c1 = rules.Sibling(_w("c", 1, 40, {"desk": 1, "a": 1}), "c1")  # saw a1, not a2 or b1
    states = [(base,), (base, a1), (a2,), (b1,), (c1,), (a1,)]
    results = set()
    for order in itertools.permutations(states):
        acc: tuple[rules.Sibling, ...] = ()
        for s in (*order, *order):
            acc = rules.merge_field(acc, s)
        results.add(tuple(s.value for s in acc))
    assert results == {("c1", "a2", "b1")}  # shown: highest clock first


def test_newer_replaces_seen_changes_nothing_concurrent_is_a_conflict() -> None:
    old = rules.Sibling(_w("desk", 1, 10, {}), "old")
    new = rules.Sibling(_w("a", 1, 5, {"desk": 1}), "new")  # an earlier clock, but it saw `old`
    assert rules.merge_field((old,), (new,)) == (new,)
    assert rules.merge_field((new,), (old,)) == (new,)
    other = rules.Sibling(_w("b", 1, 5, {"desk": 1}), "other")
    both = rules.merge_field((new,), (other,))
    assert [s.value for s in both] == ["other", "new"]  # same clock: the higher installation id


def test_split_and_unsplit_are_inverse() -> None:
    from intake_desk.domain.codec import to_json
    rec = _record()
    c, i = to_json(rec.candidate), to_json(rec.intake)
    assert rules.unsplit(rules.split(c, i)) == (c, i)
    assert all(rules.field_label(f)[0] != f for f in rules.split(c, i))  # every field has words


# --- import ------------------------------------------------------------------------------------

def test_a_bad_line_is_refused_by_number_and_field_and_nothing_is_written(
        template_db: Path, tmp_path: Path) -> None:
    lap, desk = _db(template_db, tmp_path, "lap"), _db(template_db, tmp_path, "desk")
    for n in range(3):
        app_candidates.add_candidate(lap, _record(f"Naam{n}"))
    batch = merge.export_changes(lap)
    bad = [dict(line) for line in batch.lines]
    bad[2] = {**bad[2], "fields": {**bad[2]["fields"], "birth_date": [[next(iter(bad[2]["writes"])),
                                                                       "2 januari"]]}}
    with pytest.raises(MergeLineError) as err:
        merge.import_changes(desk, batch.header, bad)
    assert err.value.line == 3 and "birth_date" in err.value.field and "Regel 3" in str(err.value)
    assert desk.execute("SELECT count(*) FROM candidates").fetchone()[0] == 0
    with pytest.raises(MergeLineError) as err:
        merge.import_changes(desk, batch.header, [*batch.lines, {"type": "iets"}])
    assert err.value.line == len(batch.lines) + 1 and err.value.field == "$.type"
    with pytest.raises(MergeHeaderError):
        merge.import_changes(desk, {**batch.header, "version": 99}, batch.lines)
    assert desk.execute("SELECT count(*) FROM candidates").fetchone()[0] == 0


def test_a_dry_run_reports_and_writes_nothing(template_db: Path, tmp_path: Path) -> None:
    lap, desk = _db(template_db, tmp_path, "lap"), _db(template_db, tmp_path, "desk")
    app_candidates.add_candidate(lap, _record())
    batch = merge.export_changes(lap)
    report, changes = merge.import_changes(desk, batch.header, batch.lines, dry_run=True)
    assert report.dry_run and len(report.new) == 1 and not changes.candidates
    assert desk.execute("SELECT count(*) FROM candidates").fetchone()[0] == 0
    report, _ = merge.import_changes(desk, batch.header, batch.lines)
    assert len(report.new) == 1 and not report.dry_run and report.audit_lines == 1
    # the laptop's audit line comes along once, under the laptop's installation and number
    rows = desk.execute("SELECT installation_id, action FROM audit WHERE entity_id = ?",
                        [report.new[0]]).fetchall()
    assert ("lap", "create") in rows and ("desk", "merge-create") in rows
    report, _ = merge.import_changes(desk, batch.header, batch.lines)
    assert report.audit_lines == 0 and not report.new


def test_an_erased_person_never_comes_back(template_db: Path, tmp_path: Path) -> None:
    lap, desk = _db(template_db, tmp_path, "lap"), _db(template_db, tmp_path, "desk")
    meta, _ = app_candidates.add_candidate(lap, _record())
    batch = merge.export_changes(lap)
    merge.import_changes(desk, batch.header, batch.lines)
    app_candidates.delete_candidate(desk, meta.id)  # erased at the desk
    app_candidates.update_candidate(lap, meta.id, _record(phone="0699999999"))  # edited later
    for _ in range(2):
        report, _ = merge.import_changes(desk, batch.header, batch.lines)
        assert report.erased_skipped == (meta.id,) and not report.new
        later = merge.export_changes(lap)
        report, _ = merge.import_changes(desk, later.header, later.lines)
        assert not repo.exists(desk, meta.id)
    assert [n.candidate_id for n in merge.notices(desk)] == [meta.id]  # one notice, not two
    # an id only in the erasure log (erased before merge existed here) is not inserted either
    other, _ = app_candidates.add_candidate(lap, _record("Pietersen"))
    with desk.atomic():
        store.add_tombstone(desk, other.id, "2026-01-01T00:00:00.000+00:00")
    b = merge.export_changes(lap)
    report, _ = merge.import_changes(desk, b.header, b.lines)
    assert other.id in report.erased_skipped and not repo.exists(desk, other.id)


def test_same_person_on_two_laptops_is_listed_once_as_a_possible_duplicate(
        template_db: Path, tmp_path: Path) -> None:
    a, b, desk = (_db(template_db, tmp_path, n) for n in ("lap-a", "lap-b", "desk"))
    ida, _ = app_candidates.add_candidate(a, replace(_record(), candidate=replace(
        _record().candidate, name=PersonName("Jan", "Vries", "de"))))
    idb, _ = app_candidates.add_candidate(b, replace(_record(), candidate=replace(
        _record().candidate, name=PersonName("jan", "de Vries"))))
    found: list[rules.DuplicatePair] = []
    for lap in (a, b, a, b):
        batch = merge.export_changes(lap)
        report, _ = merge.import_changes(desk, batch.header, batch.lines)
        found += report.possible_duplicates
    assert [(p.a, p.b) for p in found] == [tuple(sorted((ida.id, idb.id)))]
    assert len(merge.possible_duplicates(desk)) == 1
    merge.keep_apart(desk, ida.id, idb.id)
    assert merge.possible_duplicates(desk) == []


def test_a_merge_raises_the_revision_so_an_open_form_does_not_overwrite_it(
        template_db: Path, tmp_path: Path) -> None:
    desk, lap = _db(template_db, tmp_path, "desk"), _db(template_db, tmp_path, "lap")
    meta, _ = app_candidates.add_candidate(desk, _record())
    out = merge.export_changes(desk)
    merge.import_changes(lap, out.header, out.lines)
    app_candidates.update_candidate(lap, meta.id, _record(phone="0611111111"))
    back = merge.export_changes(lap)
    report, _ = merge.import_changes(desk, back.header, back.lines)
    assert report.updated == (meta.id,)
    with pytest.raises(StaleRecord):  # the advisor's form was opened at revision 1
        app_candidates.update_candidate(desk, meta.id, _record(phone="0622222222"),
                                        expected_revision=meta.revision)


def test_records_stored_before_merge_existed_get_a_history(template_db: Path, tmp_path: Path
                                                           ) -> None:
    desk = _db(template_db, tmp_path, "desk")
    meta, _ = app_candidates.add_candidate(desk, _record())
    with desk.atomic():  # as if stored before m005: no merge state
        desk.execute("DELETE FROM merge_state")
    batch = merge.export_changes(desk)
    assert [line["id"] for line in batch.lines if line["type"] == "record"] == [meta.id]
    assert store.load(desk, meta.id) is not None
    lap = _db(template_db, tmp_path, "lap")
    report, _ = merge.import_changes(lap, batch.header, batch.lines)
    assert report.new == (meta.id,)
    assert repo.get(lap, meta.id)[1] == repo.get(desk, meta.id)[1]


def test_since_sends_only_what_the_peer_has_not_seen(template_db: Path, tmp_path: Path) -> None:
    lap = _db(template_db, tmp_path, "lap")
    first, _ = app_candidates.add_candidate(lap, _record("Een"))
    assert merge.last_exported(lap, "desk") is None
    batch = merge.export_changes(lap, since=merge.last_exported(lap, "desk"))
    merge.mark_exported(lap, "desk", batch.header["vector"])
    second, _ = app_candidates.add_candidate(lap, _record("Twee"))
    app_candidates.delete_candidate(lap, first.id)
    later = merge.export_changes(lap, since=merge.last_exported(lap, "desk"))
    assert sorted((line["type"], line["id"]) for line in later.lines
                  if line["type"] != "audit") == sorted(
        [("record", second.id), ("tombstone", first.id)])


def test_random_histories_converge(template_db: Path, tmp_path: Path) -> None:
    """Three laptops editing one shared record at random; every import order gives one state."""
    rnd = random.Random(5)
    desk = _db(template_db, tmp_path, "desk")
    meta, _ = app_candidates.add_candidate(desk, _record())
    out = merge.export_changes(desk)
    desk.close()
    bundles = []
    for n in range(3):
        lap = _db(template_db, tmp_path, f"lap{n}")
        merge.import_changes(lap, out.header, out.lines)
        for k in range(4):
            _, rec = repo.get(lap, meta.id)
            phone = f"06{rnd.randrange(10**8):08d}" if rnd.random() < 0.6 else rec.candidate.contact.phone
            notes = f"n{n}{k}" if rnd.random() < 0.5 else rec.intake.notes
            app_candidates.update_candidate(lap, meta.id, replace(rec, candidate=replace(
                rec.candidate, contact=replace(rec.candidate.contact, phone=phone)),
                intake=replace(rec.intake, notes=notes)))
        bundles.append(merge.export_changes(lap))
    states = set()
    for k, order in enumerate(itertools.permutations(range(3))):
        path = tmp_path / f"o{k}.sqlite"
        shutil.copy(tmp_path / "desk.sqlite", path)
        db = open_database(path)
        for n in (*order, *order):
            merge.import_changes(db, bundles[n].header, bundles[n].lines)
        states.add((repr(repo.get(db, meta.id)[1]),
                    repr([(c.field, c.options) for c in merge.conflicts(db)])))
        db.close()
    assert len(states) == 1


def test_damaged_merge_state_is_named_by_check_and_not_merged_into(
        template_db: Path, tmp_path: Path) -> None:
    from intake_desk.storage import integrity_problems

    desk, lap = _db(template_db, tmp_path, "desk"), _db(template_db, tmp_path, "lap")
    meta, _ = app_candidates.add_candidate(desk, _record())
    out = merge.export_changes(desk)
    merge.import_changes(lap, out.header, out.lines)
    app_candidates.update_candidate(lap, meta.id, _record(phone="0611111111"))
    with desk.atomic():  # a flipped digit in the vector: the desk would think it had seen more
        desk.execute("UPDATE merge_state SET vector = replace(vector, '1', '9') WHERE id = ?",
                     [meta.id])
    assert any(meta.id in p and "Samenvoeggegevens" in p for p in integrity_problems(desk))
    back = merge.export_changes(lap)
    report, _ = merge.import_changes(desk, back.header, back.lines)
    assert report.damaged_skipped == (meta.id,) and not report.updated
    assert repo.get(desk, meta.id)[1].candidate.contact.phone == "0612345678"


def test_m005_brings_a_desk_from_before_fair_mode_in(template_db: Path, tmp_path: Path) -> None:
    """A database stored before m005 (its candidates and plan versions without merge state) is
    migrated: every record and version gets a sealed history of this installation and can be sent."""
    from intake_desk.examples import example_plan
    from intake_desk.storage import integrity_problems
    from intake_desk.storage import plans as plan_repo

    db = _db(template_db, tmp_path, "old")
    ids = [app_candidates.add_candidate(db, _record(f"Oud{n}"))[0].id for n in range(3)]
    with db.atomic():
        plan_repo.save_version(db, replace(example_plan(), candidate_id=ids[0]))
        for table in ("merge_state", "merge_siblings", "merge_resolved", "merge_notices",
                      "merge_duplicates", "merge_peers", "merge_audit_origin", "merge_plan_versions"):
            db.execute(f"DROP TABLE {table}")
        db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm005_merge'")
        db.execute("DELETE FROM meta WHERE key LIKE 'merge_%'")
    db.close()
    db = open_database(tmp_path / "old.sqlite")  # migrates: m005_merge runs on the stored data
    try:
        assert integrity_problems(db) == []
        assert all(store.load(db, cid) is not None for cid in ids)
        batch = merge.export_changes(db)
        kinds = sorted(line["type"] for line in batch.lines if line["type"] != "audit")
        assert kinds == ["plan_version", "record", "record", "record"]
        assert batch.header["vector"] == {"old": 4}
    finally:
        db.close()


def test_a_damaged_merge_state_does_not_stop_the_advisor_saving(template_db: Path, tmp_path: Path
                                                               ) -> None:
    desk = _db(template_db, tmp_path, "desk")
    meta, _ = app_candidates.add_candidate(desk, _record())
    with desk.atomic():
        desk.execute("UPDATE merge_state SET base = 'x' WHERE id = ?", [meta.id])
    app_candidates.update_candidate(desk, meta.id, _record(phone="0633333333"))
    assert store.load(desk, meta.id) is not None  # sound again, with a new history
    assert repo.get(desk, meta.id)[1].candidate.contact.phone == "0633333333"


def test_the_same_value_typed_on_two_laptops_is_no_conflict(template_db: Path, tmp_path: Path
                                                            ) -> None:
    desk = _db(template_db, tmp_path, "desk")
    meta, _ = app_candidates.add_candidate(desk, _record())
    out = merge.export_changes(desk)
    bundles = []
    for name in ("lap-a", "lap-b"):
        lap = _db(template_db, tmp_path, name)
        merge.import_changes(lap, out.header, out.lines)
        app_candidates.update_candidate(lap, meta.id, _record(phone="0655555555"))
        bundles.append(merge.export_changes(lap))
    for b in (*bundles, *bundles):
        report, _ = merge.import_changes(desk, b.header, b.lines)
        assert not report.conflicts
    assert merge.conflicts(desk) == []
    assert repo.get(desk, meta.id)[1].candidate.contact.phone == "0655555555"
