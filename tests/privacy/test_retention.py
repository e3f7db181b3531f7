"""Retention: with the clock moved forward, exactly the candidates past their status's term are
purged (after a report that changes nothing), and backups past the shortest term are gone."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from intake_desk.app.candidates import add_candidate
from intake_desk.app.followup import log_contact
from intake_desk.app.privacy import purge, purge_report
from intake_desk.cli import main
from intake_desk.domain import IntakeStatus
from intake_desk.domain.codec import replace
from intake_desk.domain.privacy import RetentionTerm
from intake_desk.storage import backups, erasure, open_database
from intake_desk.storage import settings as settings_repo

from .helpers import file_bytes, holds, unique_record

LATER = date(2028, 6, 1)


def _person(db: Database, surname: str, intake_on: date, status: IntakeStatus = IntakeStatus.COMPLETE
            ) -> str:
    record = unique_record(surname)
    record = replace(record, intake=replace(record.intake, date=intake_on, status=status))
    return add_candidate(db, record)[0].id


def _people(db: Database) -> dict[str, str]:
    with db.atomic():
        settings_repo.save(db, replace(settings_repo.load(db), retention_months=24,
                                       retention_terms=(RetentionTerm("aangemeld", 6),)))
    ids = {
        "old": _person(db, "Oudgesprekmans", date(2026, 1, 10)),
        "spoken_since": _person(db, "Latergesprokenhof", date(2026, 1, 10)),
        "recent": _person(db, "Recentgezienveld", date(2026, 7, 1)),
        "quick_old": _person(db, "Beursmodusberg", date(2027, 10, 1), IntakeStatus.QUICK),
        "quick_recent": _person(db, "Beursmodusrecent", date(2028, 3, 1), IntakeStatus.QUICK),
        "edge": _person(db, "Precieslangdam", date(2026, 6, 1)),
    }
    log_contact(db, ids["spoken_since"], date(2027, 1, 5), today=LATER)
    return ids


def _fake_backup(db_path: Path, day: str) -> Path:
    target = backups.folder(db_path) / f"{db_path.stem}-{day}T000000000000Z-test.sqlite"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(db_path, target)
    return target


def test_the_report_names_exactly_who_is_past_the_term_and_changes_nothing(db: Database) -> None:
    ids = _people(db)
    report = purge_report(db, LATER)
    assert report.ids == {ids["old"], ids["quick_old"], ids["edge"]}
    assert db.execute("SELECT count(*) FROM candidates").fetchone()[0] == 6
    # a day earlier the edge case is not due yet; two years earlier nobody is
    assert ids["edge"] not in purge_report(db, date(2028, 5, 31)).ids
    assert purge_report(db, date(2026, 8, 1)).ids == frozenset()


def test_purge_deletes_exactly_those_and_backups_past_the_term(db: Database, db_path: Path) -> None:
    ids = _people(db)
    old_backup = _fake_backup(db_path, "20271101")  # older than the shortest term (6 months)
    kept_backup = _fake_backup(db_path, "20280101")
    result, changes = purge(db, today=LATER)
    assert set(result.purged) == {ids["old"], ids["quick_old"], ids["edge"]}
    left = {r[0] for r in db.execute("SELECT id FROM candidates")}
    assert left == {ids["spoken_since"], ids["recent"], ids["quick_recent"]}
    assert not old_backup.exists() and kept_backup.exists()
    assert result.backups_removed == (old_backup,)
    assert set(result.purged) <= erasure.erased_ids(db)
    for name in ("Oudgesprekmans", "Beursmodusberg", "Precieslangdam"):
        assert not holds(file_bytes(db_path), name), name
    assert holds(file_bytes(db_path), "Recentgezienveld")
    actions = {r[0]: r[1] for r in db.execute("SELECT entity_id, action FROM audit WHERE action = 'purge'")}
    assert set(result.purged) <= set(actions)
    assert changes.candidate_list


def test_purge_leaves_someone_the_advisor_did_not_confirm(db: Database) -> None:
    ids = _people(db)
    result, _ = purge(db, [ids["old"], ids["recent"]], today=LATER)  # recent is not due: left alone
    assert result.purged == (ids["old"],)


def test_cli_purge_dry_run_then_purge(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(db_path)
    ids = _people(db)
    db.close()
    assert main(["--db", str(db_path), "purge", "--dry-run", "--json", "--today", "2028-06-01"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert {c["id"] for c in shown["candidates"]} == {ids["old"], ids["quick_old"], ids["edge"]}
    db = open_database(db_path)
    assert db.execute("SELECT count(*) FROM candidates").fetchone()[0] == 6
    db.close()
    assert main(["--db", str(db_path), "purge", "--today", "2028-06-01"]) == 0
    db = open_database(db_path)
    try:
        assert db.execute("SELECT count(*) FROM candidates").fetchone()[0] == 3
    finally:
        db.close()


def test_cli_sets_the_terms_and_refuses_nonsense(db_path: Path, capsys: pytest.CaptureFixture[str]
                                                 ) -> None:
    assert main(["--db", str(db_path), "retention", "--months", "18", "--stage", "aangemeld=6"]) == 0
    out = capsys.readouterr().out
    assert "18 maanden" in out and "aangemeld: 6" in out
    assert main(["--db", str(db_path), "retention", "--stage", "verzonnen=6"]) == 1
    assert "fase: verzonnen bestaat niet" in capsys.readouterr().err
    assert main(["--db", str(db_path), "retention", "--months", "0"]) == 1
    assert main(["--db", str(db_path), "retention", "--clear-stages"]) == 0
    assert "fase" not in capsys.readouterr().out.split("\n", 1)[1]
