from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from intake_desk.cli import main


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ui.main", *args], input=stdin, text=True,
                          capture_output=True, timeout=120)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    assert main(["--db", str(path), "init", "--demo", "200"]) == 0
    return path


def test_search_finds_by_surname_town_and_goal(demo_db, capsys):
    for text, expect in (("Vries", "Vries"), ("Goes", "Goes"), ("verzorg", "Verzorgende")):
        assert main(["--db", str(demo_db), "candidate", "search", text, "--json"]) == 0
        rows = json.loads(capsys.readouterr().out)
        assert rows, text
        assert all(expect in (r["name"] + r["town"] + r["goals"]) for r in rows)


def test_empty_search_lists_everyone(demo_db, capsys):
    assert main(["--db", str(demo_db), "candidate", "search", "--json", "--limit", "500"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 200


def test_show_piped_into_add_creates_an_equal_second_candidate(demo_db):
    first = json.loads(cli("--db", str(demo_db), "candidate", "search", "--json").stdout)[0]["id"]
    shown = cli("--db", str(demo_db), "candidate", "show", first, "--json")
    assert shown.returncode == 0, shown.stderr
    added = cli("--db", str(demo_db), "candidate", "add", "--json", "-", stdin=shown.stdout)
    assert added.returncode == 0, added.stderr
    new_id = added.stdout.strip()
    assert new_id != first
    again = json.loads(cli("--db", str(demo_db), "candidate", "show", new_id, "--json").stdout)
    original = json.loads(shown.stdout)
    assert again["candidate"] == original["candidate"]
    assert again["intake"] == original["intake"]


def test_bad_json_exits_1_naming_line_and_column(tmp_path):
    result = cli("--db", str(tmp_path / "x.sqlite"), "candidate", "add", "--json", "-",
                 stdin='{"candidate": {"name": }}')
    assert result.returncode == 1
    assert "regel 1, kolom 24" in result.stderr
    assert "Traceback" not in result.stderr


def test_invalid_field_exits_1_and_writes_nothing(demo_db, capsys):
    assert main(["--db", str(demo_db), "candidate", "search", "--json", "--limit", "1000"]) == 0
    before = len(json.loads(capsys.readouterr().out))
    doc = {"candidate": {"name": {"first_name": "Ann", "surname": "Smit"}, "birth_date": "31-02-2001"},
           "intake": {"date": "2026-11-22"}}
    result = cli("--db", str(demo_db), "candidate", "add", "--json", "-", stdin=json.dumps(doc))
    assert result.returncode == 1
    assert "$.candidate.birth_date" in result.stderr
    assert main(["--db", str(demo_db), "candidate", "search", "--json", "--limit", "1000"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == before


def test_unknown_id_is_a_clear_error(demo_db):
    result = cli("--db", str(demo_db), "candidate", "show", "nope")
    assert result.returncode == 1 and "bestaat niet" in result.stderr


def test_check_passes_and_backup_writes_a_file(demo_db, capsys):
    assert main(["--db", str(demo_db), "check"]) == 0
    assert main(["--db", str(demo_db), "backup"]) == 0
    assert Path(capsys.readouterr().out.strip().splitlines()[-1]).exists()


def test_env_variable_chooses_the_database(tmp_path, monkeypatch):
    target = tmp_path / "env.sqlite"
    monkeypatch.setenv("INTAKE_DESK_DB", str(target))
    assert main(["init"]) == 0
    assert target.exists()


def test_check_fails_on_a_damaged_file(tmp_path):
    path = tmp_path / "junk.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\x13" * 8000)
    result = cli("--db", str(path), "check")
    assert result.returncode == 1


def test_file_and_argument_errors_are_dutch_and_name_the_argument(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """Seen in a keyboard-and-CLI walk: an unwritable --out ended in the OS's English, `restore ""`
    named the current folder ".", and a date hint left out the ISO dates that work."""
    from intake_desk.cli import main as cli_main

    db = str(tmp_path / "d.sqlite")
    assert cli_main(["--db", db, "init"]) == 0
    capsys.readouterr()
    assert cli_main(["--db", db, "report", "--from", "2026-01-01", "--to", "2026-11-30",
                     "--out", str(tmp_path / "geen-map" / "r.pdf")]) == 1
    err = capsys.readouterr().err
    assert "--out" in err and "de map of het bestand bestaat niet" in err and "No such" not in err, err
    assert cli_main(["--db", db, "restore", ""]) == 1
    err = capsys.readouterr().err
    assert "geef het bestand van de reservekopie op" in err and " . " not in err, err
    assert cli_main(["--db", db, "report", "--from", "2026-13-01", "--to", "2026-11-30",
                     "--out", str(tmp_path / "r.pdf")]) == 1
    assert "jjjj-mm-dd" in capsys.readouterr().err
