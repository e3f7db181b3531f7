"""Right of access (export-person) is complete; the audit log holds ids only and can be read and
exported; free text warns about a BSN or an identity document number."""

from __future__ import annotations

import csv
import io
import json
import re
import stat
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from intake_desk import intake_format
from intake_desk.app.candidates import delete_candidate
from intake_desk.app.followup import log_contact
from intake_desk.app.privacy import audit_csv, audit_log, export_person, set_consent
from intake_desk.cli import main
from intake_desk.domain import ConsentPurpose
from intake_desk.form_values import check_values, from_record
from intake_desk.storage import open_database
from intake_desk.validation import Code, Severity, check_personal_numbers, elfproef

from .helpers import TODAY, add, add_plan, holds

SURNAME = "Inzagevraagsterman"


def test_export_person_holds_everything_about_them(db: Database, tmp_path: Path) -> None:
    cid = add(db, SURNAME)
    add(db, "Iemandanders")
    add_plan(db, cid, notes="eerste")
    add_plan(db, cid, notes="tweede")
    log_contact(db, cid, TODAY, today=TODAY)
    set_consent(db, cid, ConsentPurpose.SHARE_WITH_SCHOOL, True, on=date(2026, 3, 3))
    set_consent(db, cid, ConsentPurpose.SHARE_WITH_SCHOOL, False, on=date(2026, 3, 4))
    done, _ = export_person(db, cid, tmp_path / "uit", today=TODAY)
    names = {f.name for f in done.files}
    assert {"intake.json", "plan-versie-1.pdf", "plan-versie-2.pdf", "traject.json",
            "toestemming.json", "logboek.csv", "brief.txt", "letter-en.txt"} <= names
    # the intake in the documented format, readable by its own reader
    record = intake_format.from_document(json.loads((done.folder / "intake.json").read_text()))
    assert record.candidate.name.surname == SURNAME
    assert (done.folder / "plan-versie-2.pdf").read_bytes().startswith(b"%PDF")
    events = json.loads((done.folder / "toestemming.json").read_text())
    assert [(e["purpose"], e["given"]) for e in events][-2:] == [("delen-school", True),
                                                                ("delen-school", False)]
    log = list(csv.DictReader(io.StringIO((done.folder / "logboek.csv").read_text())))
    assert {"create", "plan-version"} <= {row["action"] for row in log}
    assert "Iemandanders" not in (done.folder / "logboek.csv").read_text()
    letter = (done.folder / "brief.txt").read_text()
    assert SURNAME in letter and "plan-versie-2.pdf" in letter and "BSN" in letter
    assert "Dear" in (done.folder / "letter-en.txt").read_text()
    # readable by the user only
    assert stat.S_IMODE(done.folder.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in done.files)
    assert audit_log(db, 1)[0]["action"] == "export"


def test_cli_export_person(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(db_path)
    cid = add(db, SURNAME)
    db.close()
    assert main(["--db", str(db_path), "export-person", cid, "--out", str(tmp_path)]) == 0
    folder = Path(capsys.readouterr().out.splitlines()[0])
    assert (folder / "intake.json").is_file() and (folder / "brief.txt").is_file()


def test_audit_lines_hold_ids_only(db: Database, db_path: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    cid = add(db, SURNAME)
    add_plan(db, cid)
    export_person(db, cid, tmp_path, today=TODAY)
    delete_candidate(db, cid)
    entries = audit_log(db)
    assert {"create", "export", "delete"} <= {e["action"] for e in entries}
    text = json.dumps(entries) + audit_csv(entries)
    assert not holds(text.encode(), SURNAME) and not holds(text.encode(), "Quirinella")
    uuid = re.compile(r"^[0-9a-f-]{36}$")
    assert all(e["entity_id"] is None or uuid.match(str(e["entity_id"])) for e in entries)
    db.close()
    assert main(["--db", str(db_path), "audit", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown[0]["action"] == "delete" and shown[0]["entity_id"] == cid
    out = tmp_path / "logboek.csv"
    assert main(["--db", str(db_path), "audit", "--csv", str(out)]) == 0
    assert out.read_text().splitlines()[0].startswith("seq,at,")


# Valid by the 11-proef (9*d1 + ... + 2*d8 - d9 divisible by 11), written as advisors would.
VALID = ["111222333", "123456782", "123.456.782", "123 456 782", "12345672" + "", "999999990"]
INVALID = ["123456789", "111222334", "06-12345678", "0612345678", "12-03-2024", "1234 AB",
           "NL91ABNA0417164300", "kosten 1.234.567", "000000000"]


@pytest.mark.parametrize("text", VALID)
def test_a_number_passing_the_11_proef_warns(text: str) -> None:
    problem = check_personal_numbers(f"Zijn nummer is {text}, zei hij.", "notes")
    assert problem is not None and problem.code is Code.LOOKS_LIKE_BSN
    assert problem.severity is Severity.WARNING  # saving is not blocked


@pytest.mark.parametrize("text", INVALID)
def test_other_numbers_do_not_warn(text: str) -> None:
    assert check_personal_numbers(f"Nummer {text} genoteerd.", "notes") is None


def test_elfproef_itself() -> None:
    assert elfproef("111222333") and elfproef("12345672") and not elfproef("111222334")


def test_an_identity_document_number_warns_and_the_form_shows_it() -> None:
    assert check_personal_numbers("paspoort SPECI2014 gezien").code is Code.LOOKS_LIKE_ID_DOCUMENT
    assert check_personal_numbers("MBO2 BBL en HAVO") is None
    from .helpers import unique_record

    values = from_record(unique_record("Formulierman"))
    values["notes"] = "BSN 111222333 staat op de brief"
    values["note_wonen"] = "Woont bij tante; ID-kaart SPECI2014"
    issues = check_values(values)
    assert issues["notes"].code is Code.LOOKS_LIKE_BSN
    assert issues["note_wonen"].code is Code.LOOKS_LIKE_ID_DOCUMENT
    assert not any(i.blocks_saving for i in (issues["notes"], issues["note_wonen"]))


def test_the_exchange_format_reports_the_warning_by_path() -> None:
    from .helpers import unique_record

    record = unique_record("Documentmans")
    from intake_desk.domain.codec import replace

    record = replace(record, intake=replace(record.intake, notes="bsn 123456782"))
    found = [p for p in intake_format.check_record(record) if p.code is Code.LOOKS_LIKE_BSN]
    assert [p.field for p in found] == ["$.intake.notes"]
