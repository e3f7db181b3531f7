from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from intake_desk.app.backups import backup_now
from intake_desk.app.candidates import add_candidate, delete_candidate, update_candidate
from intake_desk.demo import demo_records
from intake_desk.domain import fold
from intake_desk.storage import (
    DatabaseCorrupt,
    DatabaseReadOnly,
    DatabaseTooNew,
    StaleRecord,
    backups,
    integrity_problems,
    open_database,
)
from intake_desk.storage import candidates as repo


def test_pragmas_are_set_on_every_connection(db):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_new_database_has_identity_and_sample_catalog(db):
    inst = db.execute("SELECT value FROM meta WHERE key='installation_id'").fetchone()[0]
    assert len(inst) == 36
    assert db.execute("SELECT count(*) FROM catalog_items WHERE sample = 1").fetchone()[0] > 0
    assert db.execute("SELECT count(*) FROM regions").fetchone()[0] == 35


def test_newer_database_is_refused_and_left_untouched(db_path):
    db = open_database(db_path)
    db["_sqlite_migrations"].insert(
        {"migration_set": "intake_desk", "name": "m999_from_the_future", "applied_at": "x"})
    db.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="nieuwere versie"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_corrupt_database_names_the_newest_good_backup(db_path):
    db = open_database(db_path)
    good = backup_now(db)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 6)):
        data[offset] = 0x5A
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorrupt) as info:
        open_database(db_path)
    assert info.value.newest_backup == good
    aside = backups.restore(good, db_path)
    assert aside.exists()
    assert integrity_problems(open_database(db_path)) == []


def test_backups_rotate(db, db_path):
    for _ in range(backups.KEEP + 3):
        backup_now(db)
    assert len(backups.all_backups(db_path)) == backups.KEEP


def test_read_only_database_is_reported_as_such(db_path, tmp_path):
    db = open_database(db_path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    ro = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    from sqlite_utils import Database

    ro_db = Database(ro)
    record = next(demo_records(1))
    with pytest.raises(DatabaseReadOnly):
        from intake_desk.storage import known_errors

        with known_errors(db_path), ro_db.atomic():
            repo.insert(ro_db, record)


def test_add_update_delete_leaves_revision_audit_and_tombstone(db):
    record = next(demo_records(1))
    meta, changes = add_candidate(db, record)
    assert meta.revision == 1 and changes.candidate_list
    meta2, _ = update_candidate(db, meta.id, record, expected_revision=1)
    assert meta2.revision == 2
    with pytest.raises(StaleRecord):
        update_candidate(db, meta.id, record, expected_revision=1)
    delete_candidate(db, meta.id)
    tomb = db.execute("SELECT kind, revision FROM tombstones WHERE id = ?", [meta.id]).fetchone()
    assert tomb == ("candidate", 3)
    actions = [r[0] for r in db.execute(
        "SELECT action FROM audit WHERE entity_id = ? ORDER BY seq", [meta.id])]
    assert actions == ["create", "update", "delete"]
    advisors = {r[0] for r in db.execute("SELECT advisor_id FROM audit WHERE entity_id = ?", [meta.id])}
    assert len(advisors) == 1 and None not in advisors
    # The audit trail holds ids, never names.
    text = " ".join(str(v) for row in db.execute("SELECT * FROM audit") for v in row)
    assert record.candidate.name.surname not in text
    assert db.execute("SELECT count(*) FROM intakes WHERE candidate_id = ?", [meta.id]).fetchone()[0] == 0


def test_search_ignores_tussenvoegsel_in_sort_and_folds_accents(db):
    for record in demo_records(120):
        add_candidate(db, record)
    rows = repo.search(db, repo.Filter(), limit=1000)
    keys = [fold(r.surname) for r in rows]
    assert keys == sorted(keys)
    assert any(r.tussenvoegsel for r in rows)
    vries = repo.search(db, repo.Filter(text="vries"))
    assert vries and all(r.surname == "Vries" for r in vries)
    assert repo.search(db, repo.Filter(text="yilmaz")), "accent folding: Yılmaz ~ yilmaz"
    assert repo.search(db, repo.Filter(text="mull")), "hyphenated: Schmidt-Müller"


@pytest.mark.parametrize("text", ['"', "AND", "NOT x", "a*", "(", "near(", "'; DROP TABLE x"])
def test_search_never_raises_on_syntax(db, text):
    repo.search(db, repo.Filter(text=text))


def test_filters_by_status_and_intake_date(db):
    for record in demo_records(60):
        add_candidate(db, record)
    quick = repo.search(db, repo.Filter(status=repo.IntakeStatus.QUICK), limit=1000)
    assert quick and all(r.status == repo.IntakeStatus.QUICK for r in quick)
    day = date.fromisoformat(quick[0].intake_date)
    on_day = repo.search(db, repo.Filter(intake_from=day, intake_to=day), limit=1000)
    assert on_day and all(r.intake_date == day.isoformat() for r in on_day)


def test_no_bsn_field_in_the_database_the_format_or_the_domain(db):
    import dataclasses
    import json

    import intake_desk.domain as domain
    from intake_desk.intake_format import schema

    columns = [
        col for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        for col in db.table(table).columns_dict
    ]
    assert columns and not [c for c in columns if "bsn" in c.lower()]
    assert '"bsn' not in json.dumps(schema()).lower()
    for obj in (getattr(domain, name) for name in domain.__all__):  # lazy names: ask each
        if dataclasses.is_dataclass(obj):
            assert not [f.name for f in dataclasses.fields(obj) if "bsn" in f.name.lower()], obj
