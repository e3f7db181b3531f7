"""Erasure that erases: after a delete no byte of the file, its WAL or its search index holds the
person; a restored older backup does not bring them back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from intake_desk.app.backups import backup_now, restore_backup
from intake_desk.app.candidates import delete_candidate
from intake_desk.app.followup import log_contact, set_next_contact
from intake_desk.cli import main
from intake_desk.storage import candidates as repo
from intake_desk.storage import drafts, erasure, open_database

from .helpers import TODAY, add, add_plan, file_bytes, holds

SURNAME = "Pfaffenwinkelbrunner"


def _full_person(db: Database) -> str:
    cid = add(db, SURNAME)
    drafts.save(db, "draft-x", "intake", {"surname": SURNAME, "first_name": "Quirinella"}, cid)
    add_plan(db, cid, notes=f"Afspraak met {SURNAME}")
    log_contact(db, cid, TODAY, today=TODAY)
    set_next_contact(db, cid, date(2026, 4, 1), "bellen", today=TODAY)
    return cid


def test_delete_leaves_no_name_in_the_file_wal_or_index(db: Database, db_path: Path) -> None:
    keep = add(db, "Blankenheimwisser", first="Ottoline")
    cid = _full_person(db)
    assert holds(file_bytes(db_path), SURNAME)  # the test can fail: the name is there first
    delete_candidate(db, cid)
    data = file_bytes(db_path)
    for word in (SURNAME, SURNAME.lower(), "pfaffenwinkelbrunner@example.org"):
        assert not holds(data, word), word
    # every row of theirs is gone; the tombstone holds ids only
    for table in ("intakes", "plans", "drafts", "followup", "stage_changes", "consent_events",
                  "fig_candidates", "fig_plans", "fig_intakes"):
        assert db.execute(f"SELECT count(*) FROM {table} WHERE candidate_id = ?",
                          [cid]).fetchone()[0] == 0, table
    assert db.execute("SELECT count(*) FROM plan_versions").fetchone()[0] == 0
    stones = db.execute("SELECT * FROM tombstones WHERE id = ?", [cid]).fetchall()
    assert stones and not any(SURNAME in str(v) for row in stones for v in row)
    # the search still finds the other person and not the erased one
    assert [r.id for r in repo.search(db, repo.Filter(text="Blankenheim"))] == [keep]
    assert repo.search(db, repo.Filter(text="Pfaffen")) == []
    assert db.execute("SELECT count(*) FROM candidates_fts_data").fetchone()[0] > 0
    assert db.execute("INSERT INTO candidates_fts(candidates_fts, rank) VALUES ('integrity-check', 1)")


def test_a_deleted_name_is_also_gone_after_other_writes_and_a_reopen(db_path: Path) -> None:
    db = open_database(db_path)
    cid = add(db, SURNAME)
    for n in range(5):
        add(db, f"Andermans{n}vogel")
    delete_candidate(db, cid)
    add(db, "Nogiemandnieuws")
    db.close()
    assert not holds(file_bytes(db_path), SURNAME)


def test_restoring_an_older_backup_keeps_the_erased_person_erased(db: Database, db_path: Path) -> None:
    cid = _full_person(db)
    other = add(db, "Blijfgewoonstaan")
    backup = backup_now(db)
    assert holds(backup.read_bytes(), SURNAME)
    delete_candidate(db, cid)
    db.close()
    restore_backup(db_path, backup)
    db = open_database(db_path)
    try:
        ids = {r.id for r in repo.search(db, repo.Filter())}
        assert cid not in ids and other in ids
        assert cid in erasure.erased_ids(db)
        assert not holds(file_bytes(db_path), SURNAME)
    finally:
        db.close()


def test_restore_reads_the_erasure_log_from_newer_backups_when_the_database_is_damaged(
        db: Database, db_path: Path) -> None:
    cid = add(db, SURNAME)
    old = backup_now(db, reason="oud")
    delete_candidate(db, cid)
    backup_now(db, reason="nieuw")  # holds the tombstone
    db.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    db_path.write_bytes(b"\0" * 8192)  # the database is lost
    restore_backup(db_path, old)
    db = open_database(db_path)
    try:
        assert db.execute("SELECT count(*) FROM candidates WHERE id = ?", [cid]).fetchone()[0] == 0
    finally:
        db.close()


def test_cli_candidate_delete_is_the_apps_delete(db_path: Path, capsys: pytest.CaptureFixture[str]
                                                 ) -> None:
    db = open_database(db_path)
    cid = add(db, SURNAME)
    db.close()
    assert main(["--db", str(db_path), "candidate", "delete", cid]) == 1  # no --yes, no terminal
    assert main(["--db", str(db_path), "candidate", "delete", cid, "--yes"]) == 0
    assert not holds(file_bytes(db_path), SURNAME)
    db = open_database(db_path)
    try:
        actions = [r[0] for r in db.execute("SELECT action FROM audit WHERE entity_id = ? ORDER BY seq",
                                            [cid])]
        assert actions[-1] == "delete"
    finally:
        db.close()


def test_an_encrypted_database_keeps_its_erased_erased_after_restore(
        db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from intake_desk.storage import cipher, keys
    from intake_desk.storage.encryption import encrypt_existing

    monkeypatch.setattr(keys, "KDF_N", 16)
    monkeypatch.setattr(keys, "RECOVERY_KDF_N", 16)
    db.close()
    try:
        encrypt_existing(db_path, "fiets over de dijk naar Zwolle", kdf_n=16)
        if keys.session_key(db_path) is None:
            keys.unlock(db_path, "fiets over de dijk naar Zwolle")
        db = open_database(db_path)
        assert cipher.is_keyed(db.conn)
        cid = add(db, SURNAME)
        other = add(db, "Blijfgewoonstaan")
        backup = backup_now(db)
        delete_candidate(db, cid)
        db.close()
        restore_backup(db_path, backup)
        db = open_database(db_path)
        ids = {r[0] for r in db.execute("SELECT id FROM candidates")}
        assert cid not in ids and other in ids
        db.close()
    finally:
        keys.forget_all()
