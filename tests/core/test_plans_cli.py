"""`plan` and `plans` on the command line, on a database with saved plan versions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from intake_desk.app.candidates import add_candidate
from intake_desk.app.plans import day_pdfs, load_document, save_day
from intake_desk.cli import main
from intake_desk.domain import Consent, ConsentPurpose
from intake_desk.domain.codec import replace
from intake_desk.examples import TODAY, example_plan, example_record
from intake_desk.plans import PlanUnavailable
from intake_desk.progress import Cancelled, Progress
from intake_desk.storage import plans as plan_repo
from intake_desk.storage import settings as settings_repo


def with_advisor(db: Database) -> None:
    """Printing needs the advisor's name (Instellingen > Naam adviseur)."""
    settings_repo.save(db, replace(settings_repo.load(db), advisor_name="Đặng Thi Lan",
                                   advisor_phone="0113 123 456"))


def add(db: Database, *, plan: bool = True, consent: bool = True, day: date = TODAY) -> str:
    record = example_record()
    purposes = frozenset({ConsentPurpose.ADVICE, ConsentPurpose.PLAN} if consent
                         else {ConsentPurpose.ADVICE})
    record = replace(record, intake=replace(record.intake, date=day,
                                            consent=Consent(True, day, purposes)))
    meta, _ = add_candidate(db, record)
    with_advisor(db)
    if plan:
        with db.atomic():
            plan_repo.save_version(db, replace(example_plan(), candidate_id=meta.id))
            plan_repo.save_version(db, replace(example_plan("en"), candidate_id=meta.id))
    return meta.id


def test_plan_command_writes_pdf(db: Database, db_path: Path, tmp_path: Path, capsys) -> None:
    cid = add(db)
    out = tmp_path / "plan.pdf"
    assert main(["--db", str(db_path), "plan", cid, "--out", str(out), "--lang", "nl",
                 "--version", "1"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    doc = load_document(db, cid)
    assert doc.plan.version == 2 and doc.language == "en"
    assert load_document(db, cid, version=1, lang="en").language == "en"


def test_no_plan_yet_is_a_clear_dutch_error(db: Database, db_path: Path, tmp_path: Path,
                                            capsys) -> None:
    cid = add(db, plan=False)
    assert main(["--db", str(db_path), "plan", cid, "--out", str(tmp_path / "x.pdf")]) == 1
    assert "heeft nog geen plan" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_missing_version_is_named(db: Database) -> None:
    cid = add(db)
    with pytest.raises(PlanUnavailable, match="geen versie 7"):
        load_document(db, cid, version=7)


def test_refused_without_consent_for_a_plan(db: Database, db_path: Path, tmp_path: Path,
                                            capsys) -> None:
    cid = add(db, consent=False)
    assert main(["--db", str(db_path), "plan", cid, "--out", str(tmp_path / "x.pdf")]) == 1
    assert "geen toestemming" in capsys.readouterr().err


def test_plans_batch_for_a_day(db: Database, db_path: Path, tmp_path: Path, capsys) -> None:
    ids = [add(db) for _ in range(5)]
    add(db, plan=False)
    add(db, day=date(2026, 3, 10))
    out = tmp_path / "dag"
    assert main(["--db", str(db_path), "plans", "--date", TODAY.isoformat(), "--out",
                 str(out)]) == 0
    files = sorted(out.glob("*.pdf"))
    assert len(files) == 5
    # each file ends in the plan id as its pages print it ("Plan 1a2b3c4d"), not the candidate id
    from intake_desk.storage import plans as plan_repo

    assert {f.name.rsplit("-", 1)[1][:-4] for f in files} == {
        plan_repo.get_version(db, i).plan_id[:8] for i in ids}
    assert main(["--db", str(db_path), "plans", "--date", "2026-01-01", "--out", str(out)]) == 1
    assert main(["--db", str(db_path), "plans", "--date", "morgen", "--out", str(out)]) == 1


def test_day_services_report_progress_and_cancel(db: Database, tmp_path: Path) -> None:
    for _ in range(3):
        add(db)
    seen: list[tuple[int, int]] = []
    pdfs = day_pdfs(db, TODAY, progress=Progress(lambda d, t, _m: seen.append((d, t)),
                                                 min_interval=0))
    assert len(pdfs) == 3 and seen[-1] == (3, 3)
    progress = Progress(lambda d, _t, _m: progress.cancel() if d == 2 else None, min_interval=0)
    with pytest.raises(Cancelled):
        save_day(db, TODAY, tmp_path / "out", progress=progress)
    assert list((tmp_path / "out").glob("*.pdf")) == []
