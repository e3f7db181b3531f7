"""The command line: export -> import --dry-run -> import, enrolment, conflicts list/resolve; every
refusal names its argument or reason, exits 1 and prints no traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake_desk.cli import main

from .conftest import FakeMerge, Pair, fingerprint_of


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def test_export_dry_run_import(pair: Pair, fake_merge: FakeMerge, capsys: pytest.CaptureFixture[str]) -> None:
    bundle = pair.folder / "laptop1.beursbundel"
    code, out, _ = run(capsys, pair.laptop_path, "bundle", "export", "--out", str(bundle))
    assert code == 0 and "50 records" in out and "desk-0001" in out
    code, out, _ = run(capsys, pair.desk_path, "bundle", "import", str(bundle), "--dry-run", "--json")
    report = json.loads(out)
    assert code == 0 and report["dry_run"] is True and report["counts"]["new"] == 50
    assert report["from"] == "laptop-0001" and len(report["report"]["new"]) == 50
    code, out, _ = run(capsys, pair.desk_path, "bundle", "import", str(bundle))
    assert code == 0 and "Ingelezen: 50 records" in out and "nieuw: 50" in out
    assert [d for _h, _n, d in fake_merge.imported] == [True, False]


def test_since_last_and_to(pair: Pair, fake_merge: FakeMerge, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, pair.laptop_path, "bundle", "export", "--out", str(pair.folder / "a"))
    code, out, _ = run(capsys, pair.laptop_path, "bundle", "export", "--out", str(pair.folder / "b"),
                       "--since-last", "--to", "Balie")
    assert code == 0 and "0 records (sinds de vorige bundel)" in out
    code, _, err = run(capsys, pair.laptop_path, "bundle", "export", "--out", str(pair.folder / "c"),
                       "--to", "nergens")
    assert code == 1 and err.startswith("Fout: --to:")


@pytest.mark.parametrize(("args", "named"), [
    (["bundle", "import", "{folder}/bestaat-niet.beursbundel"], "FILE:"),
    (["bundle", "import", "{folder}"], "FILE:"),
    (["bundle", "export", "--out", "{folder}/geen-map/x.beursbundel"], "--out:"),
    (["bundle", "enrol", "add", "{folder}/desk.sqlite"], "sleutelbestand"),
    (["conflicts", "resolve", "cand-1", "name", "7"], "CHOICE:"),
    (["conflicts", "resolve", "cand-9", "name", "1"], "ID:"),
    (["conflicts", "resolve", "cand-1", "adres", "1"], "FIELD:"),
])
def test_errors_name_the_argument(pair: Pair, fake_merge: FakeMerge, capsys: pytest.CaptureFixture[str],
                                  args: list[str], named: str) -> None:
    before = fingerprint_of(pair.desk)
    code, _, err = run(capsys, pair.desk_path, *[a.format(folder=pair.folder) for a in args])
    assert code == 1
    assert named in err
    assert fingerprint_of(pair.desk) == before


def test_a_tampered_bundle_on_the_cli(pair: Pair, fake_merge: FakeMerge,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    bundle = pair.folder / "x.beursbundel"
    run(capsys, pair.laptop_path, "bundle", "export", "--out", str(bundle))
    data = bundle.read_bytes()
    bundle.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    before = fingerprint_of(pair.desk)
    code, _, err = run(capsys, pair.desk_path, "bundle", "import", str(bundle), "--dry-run")
    assert code == 1 and "beschadigd" in err and "niets ingelezen" in err
    assert fingerprint_of(pair.desk) == before and fake_merge.imported == []


def test_enrol_own_add_list_remove(pair: Pair, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, pair.laptop_path, "bundle", "enrol", "own", "--out",
                       str(pair.folder / "mijn"), "--name", "Laptop 2")
    assert code == 0 and (pair.folder / "mijn.beurssleutel").exists()
    fp = next(w for w in out.split() if w.count("-") == 3 and len(w.rstrip(")")) == 19).rstrip(")")
    key_file = str(pair.folder / "mijn.beurssleutel")
    code, out, _ = run(capsys, pair.desk_path, "bundle", "enrol", "add", key_file)
    assert code == 0 and fp in out and "Laptop 2" in out
    code, out, _ = run(capsys, pair.desk_path, "bundle", "enrol", "list", "--json")
    listed = json.loads(out)
    assert listed["self"]["installation_id"] == "desk-0001"
    assert [p["fingerprint"] for p in listed["enrolled"]] == [fp]
    code, out, _ = run(capsys, pair.desk_path, "bundle", "enrol", "remove", "laptop")
    assert code == 0 and "Ontkoppeld" in out
    code, out, _ = run(capsys, pair.desk_path, "bundle", "enrol", "list")
    assert "Nog niets gekoppeld" in out


def test_conflicts_list_and_resolve(pair: Pair, fake_merge: FakeMerge,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, pair.desk_path, "conflicts", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and [(r["id"], r["field"]) for r in rows] == [("cand-1", "name"),
                                                                    ("cand-2", "contact.phone")]
    assert rows[1]["options"][1] == {"number": 2, "value": "0687654321", "installation_id": "desk-0001"}
    code, out, _ = run(capsys, pair.desk_path, "conflicts", "list")
    assert "cand-1  name (naam)  (nu getoond:" in out
    assert "cand-2  contact.phone  (nu getoond: 0612345678)" in out and "2) 0687654321  [desk-0001]" in out
    code, out, _ = run(capsys, pair.desk_path, "conflicts", "resolve", "cand-2", "contact.phone", "2")
    assert code == 0 and "gekozen 0687654321" in out
    code, out, _ = run(capsys, pair.desk_path, "conflicts", "resolve", "cand-1", "name",
                       '{"first_name": "Anne"}')
    assert code == 0
    assert fake_merge.choices == [("cand-2", "contact.phone", 1), ("cand-1", "name", 1)]
    code, out, _ = run(capsys, pair.desk_path, "conflicts", "list")
    assert "Geen open conflicten" in out


def test_catalog_bundle_on_the_cli(pair: Pair, capsys: pytest.CaptureFixture[str]) -> None:
    path = pair.folder / "catalogus.beursbundel"
    code, out, _ = run(capsys, pair.desk_path, "bundle", "catalog", "export", "--out", str(path))
    assert code == 0 and "aanbod" in out
    before = fingerprint_of(pair.laptop)
    code, out, _ = run(capsys, pair.laptop_path, "bundle", "catalog", "import", str(path), "--dry-run")
    assert code == 0 and "Proef" in out and "0 nieuw" in out
    assert fingerprint_of(pair.laptop) == before
    code, _, err = run(capsys, pair.desk_path, "bundle", "catalog", "import", str(path))
    assert code == 1 and "niet gekoppeld" in err  # the desk has not enrolled itself


def test_five_laptops_can_write_to_one_stick(pair: Pair, fake_merge: FakeMerge,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    stick = pair.folder / "stick"
    stick.mkdir()
    code, out, _ = run(capsys, pair.laptop_path, "bundle", "export", "--out", str(stick))
    assert code == 0
    made = list(stick.iterdir())
    assert len(made) == 1 and made[0].name.startswith("beursbundel-laptop-0") and str(made[0]) in out
