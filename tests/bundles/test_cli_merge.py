"""The whole way with the real merge core (app/merge.py): intakes taken on a laptop reach the desk by a
bundle on the command line, twice changes nothing, and a field edited on both sides becomes one
conflict that `conflicts resolve` settles for good."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from intake_desk.app import candidates as app_candidates
from intake_desk.cli import main
from intake_desk.demo import demo_records
from intake_desk.storage import candidates as repo

from .conftest import Pair, fingerprint_of


def cli(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def counts(capsys: pytest.CaptureFixture[str], db: Path, bundle: Path, *extra: str) -> dict[str, int]:
    code, out, err = cli(capsys, db, "bundle", "import", str(bundle), "--json", *extra)
    assert code == 0, err
    result: dict[str, int] = json.loads(out)["counts"]
    return result


def test_export_dry_run_import_twice_then_a_conflict(pair: Pair, capsys: pytest.CaptureFixture[str]) -> None:
    ids = [app_candidates.add_candidate(pair.laptop, r)[0].id for r in demo_records(3, seed=7)]
    bundle = pair.folder / "laptop1.beursbundel"
    assert cli(capsys, pair.laptop_path, "bundle", "export", "--out", str(bundle))[0] == 0

    before = fingerprint_of(pair.desk)
    dry = counts(capsys, pair.desk_path, bundle, "--dry-run")
    assert (dry["new"], dry["updated"], dry["conflicts"]) == (3, 0, 0)
    assert fingerprint_of(pair.desk) == before  # a dry run writes nothing

    assert counts(capsys, pair.desk_path, bundle)["new"] == 3
    for cid in ids:
        assert repo.get(pair.desk, cid)[1] == repo.get(pair.laptop, cid)[1]
    again = counts(capsys, pair.desk_path, bundle)
    assert (again["new"], again["updated"], again["unchanged"]) == (0, 0, 3)

    # the same field edited at the desk and on the laptop, neither having seen the other
    cid = ids[0]
    for db, note in ((pair.desk, "Belt terug (balie)"), (pair.laptop, "Belt terug (laptop)")):
        record = repo.get(db, cid)[1]
        app_candidates.update_candidate(db, cid, replace(record, intake=replace(record.intake, notes=note)))
    later = pair.folder / "laptop1-later.beursbundel"
    assert cli(capsys, pair.laptop_path, "bundle", "export", "--out", str(later), "--since-last")[0] == 0
    assert counts(capsys, pair.desk_path, later)["conflicts"] == 1

    code, out, _ = cli(capsys, pair.desk_path, "conflicts", "list", "--json")
    listed = json.loads(out)
    assert code == 0 and [(c["id"], c["field"]) for c in listed] == [(cid, "intake.notes")]
    values = {o["value"] for o in listed[0]["options"]}
    assert values == {"Belt terug (balie)", "Belt terug (laptop)"}
    number = next(o["number"] for o in listed[0]["options"] if o["value"] == "Belt terug (laptop)")
    code, out, _ = cli(capsys, pair.desk_path, "conflicts", "resolve", cid, "intake.notes", str(number))
    assert code == 0 and "Belt terug (laptop)" in out
    assert repo.get(pair.desk, cid)[1].intake.notes == "Belt terug (laptop)"
    assert "Geen open conflicten" in cli(capsys, pair.desk_path, "conflicts", "list")[1]
    # the same bundles once more: the choice is a write that has seen both, nothing reopens
    counts(capsys, pair.desk_path, bundle)
    assert counts(capsys, pair.desk_path, later)["conflicts"] == 0
    assert "Geen open conflicten" in cli(capsys, pair.desk_path, "conflicts", "list")[1]
