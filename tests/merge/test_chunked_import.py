"""The import reads and writes a chunk of lines at a time (app/merge.py `_Chunk`, storage/merge.py "an
import, a chunk of lines at a time"): the same desk as merging line by line, whatever the size of a
chunk; the rows it writes at once are the rows the one-at-a-time doors write."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from intake_desk.app import candidates as app_candidates
from intake_desk.app import merge
from intake_desk.domain import (
    Candidate,
    CandidateRecord,
    Consent,
    ConsentPurpose,
    Contact,
    Intake,
    PersonName,
)
from intake_desk.domain.merge import ExportBatch, MergeReport
from intake_desk.duplicates import THRESHOLD, name_similarity
from intake_desk.storage import candidates as repo
from intake_desk.storage import open_database

from .sim import Fair, Sizes, build, check, expected, import_in_order, outcome


def _db(template: Path, folder: Path, inst: str) -> Database:
    path = folder / f"{inst}.sqlite"
    shutil.copy(template, path)
    db = open_database(path)
    with db.atomic():
        db.execute("UPDATE meta SET value = ? WHERE key = 'installation_id'", [inst])
    return db


def _record(first: str, surname: str, born: date | None = date(1990, 1, 2),
            consent: Consent | None = None) -> CandidateRecord:
    return CandidateRecord(Candidate(PersonName(first, surname), born, Contact(phone="0612345678"),
                                     sample=True), Intake(date(2026, 5, 1), consent=consent or Consent()))


@pytest.fixture(scope="module")
def fair(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Fair:
    return build(template_db, tmp_path_factory.mktemp("fair"), Sizes(), seed=61)


@pytest.mark.parametrize("size", [1, 2, 7])
def test_any_chunk_size_gives_the_desk_the_log_says(
        fair: Fair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int) -> None:
    """A chunk of one line is merging line by line; every other size must end in the same state
    (new, updated, conflicting, deleted and duplicate records, plan versions, in two orders)."""
    want = expected(fair)
    keys = set()
    for order in [(0, 1, 2, 3, 4), (4, 2, 0, 3, 1)]:
        for chunk in (merge._CHUNK, size):
            monkeypatch.setattr(merge, "_CHUNK", chunk)
            seconds: list[tuple[int, ...]] = []

            def keep(p: int, n: int, r: MergeReport, seconds: list[tuple[int, ...]] = seconds
                     ) -> None:
                if p == 1:
                    seconds.append((r.plan_versions, r.audit_lines, len(r.new), len(r.updated)))
            db = import_in_order(fair, tmp_path / f"desk-{chunk}-{''.join(map(str, order))}.sqlite",
                                 order, on_report=keep)
            try:
                got = outcome(db)
                assert check(got, want) == []
                assert all(s == (0, 0, 0, 0) for s in seconds)  # the second pass adds nothing
                keys.add(got.key())
                audit = db.execute("SELECT count(*) FROM audit").fetchone()[0]
                consent = db.execute("SELECT count(*) FROM consent_events").fetchone()[0]
                keys.add(("counts", order, audit, consent))  # per order: the same in every size
            finally:
                db.close()
    assert len([k for k in keys if not isinstance(k, tuple)]) == 1
    assert len([k for k in keys if isinstance(k, tuple)]) == 2  # as many audit lines and events


def test_new_records_get_the_rows_the_one_at_a_time_door_writes(
        template_db: Path, tmp_path: Path) -> None:
    """Consent events, audit line and intake row of a record brought in at once are those a record
    written by candidates.put_merged gets (the consent from nothing to the intake's)."""
    lap = _db(template_db, tmp_path, "lap")
    purposes = frozenset({ConsentPurpose.PLAN, ConsentPurpose.SHARE_WITH_SCHOOL})
    given = Consent(True, date(2026, 4, 30), purposes)
    ids = [app_candidates.add_candidate(lap, _record("Anna", f"Smit{n}", consent=c))[0].id
           for n, c in enumerate([given, Consent(), given])]
    batch = merge.export_changes(lap)
    (tmp_path / "other").mkdir()
    chunked, single = _db(template_db, tmp_path, "desk"), _db(template_db, tmp_path / "other", "desk")
    merge.import_changes(chunked, batch.header, batch.lines)
    from intake_desk.storage import merge as store
    with single.atomic():  # what merging one record at a time writes
        for line in batch.lines:
            if line["type"] == "record":
                rid, state = merge.rules.parse_record(line)
                repo.put_merged(single, rid, merge._record_of(state.values()), new=True)
                store.save(single, rid, state, had_conflicts=False)

    def rows(db: Database, sql: str) -> list[tuple[object, ...]]:
        return [tuple(r) for r in db.execute(sql).fetchall()]

    events = ("SELECT candidate_id, seq, purpose, given, on_date, text_version, advisor_id,"
              " installation_id FROM consent_events ORDER BY candidate_id, seq")
    assert rows(chunked, events) == rows(single, events)
    assert len(rows(chunked, events)) == 4 and {r[4] for r in rows(chunked, events)} == {"2026-04-30"}
    same = ("SELECT id, vector, base, writes, fields, conflicts, deleted, checksum FROM merge_state"
            " ORDER BY id")
    assert rows(chunked, same) == rows(single, same)
    for table, columns in [("candidates", "id, revision, first_name, surname, sort_key, birth_date,"
                                          " status, goals, folded, doc"),
                           ("intakes", "candidate_id, revision, intake_date, status, doc")]:
        sql = f"SELECT {columns} FROM {table} ORDER BY 1"
        assert rows(chunked, sql) == rows(single, sql)
    audit = ("SELECT action, entity, entity_id, installation_id FROM audit"
             " WHERE action LIKE 'merge-%' ORDER BY entity_id")
    assert rows(chunked, audit) == rows(single, audit) and len(rows(chunked, audit)) == 3
    assert sorted(ids) == [r[0] for r in rows(chunked, "SELECT id FROM candidates ORDER BY id")]
    from intake_desk.storage.database import integrity_problems
    assert integrity_problems(chunked) == []


def test_look_alikes_within_one_bundle_and_against_the_desk_are_listed_once(
        template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The duplicate check sees the records the same chunk brings in (not yet written) as well as
    the stored ones, and a damaged stored row is no evidence."""
    monkeypatch.setattr(merge, "_CHUNK", 3)  # the twins fall in two chunks and in one
    lap, desk = _db(template_db, tmp_path, "lap"), _db(template_db, tmp_path, "desk")
    stored = app_candidates.add_candidate(desk, _record("Pieter", "de Boer"))[0].id
    broken = app_candidates.add_candidate(desk, _record("Pieter", "Boerman"))[0].id
    with desk.atomic():
        desk.execute("UPDATE candidates SET notes = 'x' WHERE id = ?", [broken])  # checksum fails
    made = [app_candidates.add_candidate(lap, _record(first, surname, born))[0].id
            for first, surname, born in [("Pieter", "Boer", date(1990, 1, 2)),
                                         ("Els", "Visser", date(1985, 3, 3)),
                                         ("Els", "Vissers", date(1985, 3, 3)),
                                         ("Kees", "Bakker", None),
                                         ("Elsje", "Visser", date(1985, 3, 3))]]
    batch = merge.export_changes(lap)
    report, _ = merge.import_changes(desk, batch.header, batch.lines)
    pairs = {(p.a, p.b) for p in report.possible_duplicates}
    people = {rid: repo.get(db, rid)[1].candidate for db, rid in
              [(desk, stored), *((desk, m) for m in made)]}
    want = {tuple(sorted((a, b))) for a in made for b in people if a != b
            and people[a].birth_date is not None and people[a].birth_date == people[b].birth_date
            and name_similarity(people[a].name, people[b].name) >= THRESHOLD}
    boer, els, elss, _, _ = made
    assert {tuple(sorted((boer, stored))), tuple(sorted((els, elss)))} <= want  # the test has some
    assert pairs == want and len(report.possible_duplicates) == len(want)
    assert not any(broken in p for p in pairs)
    assert {(p.a, p.b) for p in merge.possible_duplicates(desk)} == want
    again, _ = merge.import_changes(desk, batch.header, batch.lines)
    assert again.possible_duplicates == () and len(again.unchanged) == len(made)


def test_a_record_twice_in_one_bundle_is_merged_as_two_lines(
        template_db: Path, tmp_path: Path) -> None:
    lap, desk = _db(template_db, tmp_path, "lap"), _db(template_db, tmp_path, "desk")
    app_candidates.add_candidate(lap, _record("Anna", "Smit"))
    batch = merge.export_changes(lap)
    records = [line for line in batch.lines if line["type"] == "record"]
    report, _ = merge.import_changes(desk, batch.header, [*records, *batch.lines])
    assert len(report.new) == 1 and len(report.unchanged) == 1 and report.audit_lines == 1
    assert desk.execute("SELECT count(*) FROM candidates").fetchone()[0] == 1


def test_deletes_made_outside_the_erasure_log_are_still_found(
        template_db: Path, tmp_path: Path) -> None:
    """stamp_pending counts instead of reading every record when the counts add up; a record removed
    or added behind the store's back (no tombstone, no merge state) is still found."""
    desk, peer = _db(template_db, tmp_path, "desk"), _db(template_db, tmp_path, "peer")
    ids = [app_candidates.add_candidate(desk, _record("Anna", f"Smit{n}"))[0].id for n in range(3)]
    merge.import_changes(peer, *_batch(merge.export_changes(desk)))
    app_candidates.delete_candidate(desk, ids[0])  # through the store: tombstoned
    with desk.atomic():
        desk.execute("DELETE FROM intakes WHERE candidate_id = ?", [ids[1]])
        desk.execute("DELETE FROM candidates WHERE id = ?", [ids[1]])  # behind the store's back
    batch = merge.export_changes(desk)
    gone = {line["id"] for line in batch.lines if line["type"] == "tombstone"}
    assert gone == {ids[0], ids[1]}
    report, _ = merge.import_changes(peer, *_batch(batch))
    assert set(report.deleted) == {ids[0], ids[1]}
    assert [r[0] for r in peer.execute("SELECT id FROM candidates")] == [ids[2]]


def _batch(batch: ExportBatch) -> tuple[dict[str, object], list[dict[str, object]]]:
    return batch.header, batch.lines
