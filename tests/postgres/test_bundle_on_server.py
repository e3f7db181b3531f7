"""A fair laptop's bundle read into the region's server on the command line, as into a desk's file:
the same counts, records equal to the laptop's, twice changes nothing, a field edited on both sides
is one conflict that `conflicts resolve` settles for good (issue #19, "like into a desk")."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("psycopg")

from intake_desk.app import candidates as app_candidates
from intake_desk.app import opening
from intake_desk.bundles import exchange
from intake_desk.cli import main
from intake_desk.demo import demo_records
from intake_desk.storage import open_database
from intake_desk.storage.store import store_of

from .conftest import _TABLES


@pytest.fixture
def desk(pg_server: Any) -> Iterator[Any]:
    db = opening.open_server(pg_server.url)  # the same desk as the CLI on this computer
    db.execute(f"TRUNCATE {_TABLES} CASCADE")
    yield db
    db.close()


@pytest.fixture
def laptop(template_db: Path, tmp_path: Path) -> Iterator[tuple[Path, Any]]:
    import shutil

    path = tmp_path / "laptop.sqlite"
    shutil.copy(template_db, path)
    db = open_database(path)
    with db.atomic():  # a copy shares the template's id; a real laptop has its own
        db.execute("UPDATE meta SET value = 'laptop-0001' WHERE key = 'installation_id'")
    yield path, db
    db.close()


def cli(capsys: pytest.CaptureFixture[str], where: str, *args: str) -> tuple[int, str, str]:
    code = main(["--db", where, *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def counts(capsys: pytest.CaptureFixture[str], where: str, bundle: Path, *extra: str) -> dict[str, int]:
    code, out, err = cli(capsys, where, "bundle", "import", str(bundle), "--json", *extra)
    assert code == 0, err
    result: dict[str, int] = json.loads(out)["counts"]
    return result


def test_a_laptops_bundle_reads_into_the_server(desk: Any, laptop: tuple[Path, Any], pg_server: Any,
                                                tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    laptop_path, lap = laptop
    url = pg_server.url
    exchange.export_key_file(desk, tmp_path / "desk.beurssleutel", role="desk", name="Regio")
    exchange.export_key_file(lap, tmp_path / "laptop.beurssleutel", name="Laptop 1")
    exchange.enrol(lap, exchange.read_key(tmp_path / "desk.beurssleutel"))
    exchange.enrol(desk, exchange.read_key(tmp_path / "laptop.beurssleutel"))

    ids = [app_candidates.add_candidate(lap, r)[0].id for r in demo_records(4, seed=11)]
    bundle = tmp_path / "laptop1.beursbundel"
    assert cli(capsys, str(laptop_path), "bundle", "export", "--out", str(bundle))[0] == 0

    dry = counts(capsys, url, bundle, "--dry-run")
    assert (dry["new"], dry["updated"], dry["conflicts"]) == (4, 0, 0)
    assert desk.scalar("SELECT count(*) FROM candidates") == 0  # a dry run writes nothing
    assert counts(capsys, url, bundle)["new"] == 4
    server = store_of(desk).candidates
    for cid in ids:
        assert server.get(desk, cid)[1] == store_of(lap).candidates.get(lap, cid)[1]
    again = counts(capsys, url, bundle)
    assert (again["new"], again["updated"], again["unchanged"]) == (0, 0, 4)

    cid = ids[0]  # the same field edited at the server's desk and on the laptop
    for db, note in ((desk, "Belt terug (regio)"), (lap, "Belt terug (laptop)")):
        record = store_of(db).candidates.get(db, cid)[1]
        app_candidates.update_candidate(db, cid, replace(record, intake=replace(record.intake, notes=note)))
    later = tmp_path / "laptop1-later.beursbundel"
    assert cli(capsys, str(laptop_path), "bundle", "export", "--out", str(later), "--since-last")[0] == 0
    assert counts(capsys, url, later)["conflicts"] == 1

    code, out, _ = cli(capsys, url, "conflicts", "list", "--json")
    listed = json.loads(out)
    assert code == 0 and [(c["id"], c["field"]) for c in listed] == [(cid, "intake.notes")]
    number = next(o["number"] for o in listed[0]["options"] if o["value"] == "Belt terug (laptop)")
    code, out, _ = cli(capsys, url, "conflicts", "resolve", cid, "intake.notes", str(number))
    assert code == 0 and "Belt terug (laptop)" in out
    assert server.get(desk, cid)[1].intake.notes == "Belt terug (laptop)"
    counts(capsys, url, bundle)
    assert counts(capsys, url, later)["conflicts"] == 0
    assert "Geen open conflicten" in cli(capsys, url, "conflicts", "list")[1]
