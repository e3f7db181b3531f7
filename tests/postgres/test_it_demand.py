"""`intake-desk demand import` on both stores (catalog/demand.py through `store_of(db).catalog`): the
same report, the same stored figures with their checksums, a second import changes nothing, a bad
file is refused with exit 1 and writes nothing, and the desks' catalogue caches see the change (the
catalogue revision moves on the server as on a laptop)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[postgres]')")

from intake_desk.cli import main
from intake_desk.storage.checksums import select_list, sound
from intake_desk.storage.store import store_of

from .conftest import _TABLES

GOOD = ("regio;crebo;beroep;waardering;indicator;bron;peildatum\n"
        "Zeeland;25656;;5;;UWV;15-1-2026\n"
        "achterhoek;25737;;4;2,5;UWV;2026-01-15\n"
        "Den Haag;;lasser;3;1,25;UWV Factsheet;2026-02-01\n")
BAD = ("regio;crebo;waardering;bron;peildatum\n"
       "Twente;25656;2;UWV;2026-03-01\n"
       "Mars;25491;9;UWV;x\n")


@pytest.fixture
def server(pg_server: Any) -> Iterator[Any]:
    from intake_desk.app import opening

    db = opening.open_server(pg_server.url, advisor_id="advisor-test")
    db.execute(f"TRUNCATE {_TABLES} CASCADE")
    # The server lives for the whole session and `_TABLES` leaves the catalogue alone: put the
    # demand figures back as they were, or the next test's catalogue (its stats) differs.
    db.execute("CREATE TEMP TABLE demand_before AS SELECT * FROM demand")
    yield db
    with db.atomic():
        db.execute("DELETE FROM demand")
        db.execute("INSERT INTO demand SELECT * FROM demand_before")
    db.close()


def _demand(handle: Any) -> list[tuple[Any, ...]]:
    rows = handle.execute(f"SELECT {select_list('demand')} FROM demand").fetchall()
    assert all(sound(r) for r in rows)
    return sorted(tuple(bytes(v) if isinstance(v, memoryview) else v for v in r) for r in rows)


def _revision(handle: Any) -> Any:
    return store_of(handle).catalog.revision(handle)


def test_demand_import_alike_on_a_laptop_and_a_server(db_path: Path, server: Any, pg_server: Any,
                                                      tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from intake_desk.storage import open_database

    good, bad = tmp_path / "vraag.csv", tmp_path / "fout.csv"
    good.write_text(GOOD, encoding="utf-8")
    bad.write_text(BAD, encoding="utf-8")
    laptop = open_database(db_path)
    seen = []
    try:
        for where, handle in ((str(db_path), laptop), (pg_server.url, server)):
            before, rev = _demand(handle), _revision(handle)
            steps = []
            for path in (bad, good, good):
                code = main(["--db", where, "demand", "import", str(path)])
                out, err = capsys.readouterr()
                steps.append((code, out, err))
                if path is bad:
                    assert _demand(handle) == before and _revision(handle) == rev  # nothing
            after = _demand(handle)
            added = sorted(set(after) - set(before))
            seen.append((steps, added, len(after) - len(before)))
            assert _revision(handle) != rev  # the desks reload their catalogue
    finally:
        laptop.close()
    assert seen[0] == seen[1]
    steps, added, grew = seen[0]
    assert [code for code, _, _ in steps] == [1, 0, 0]
    assert "onbekende arbeidsmarktregio" in steps[0][2]
    assert steps[1][1] == steps[2][1]  # the second import reports the same and adds nothing
    # every row as imported, regions by their codes ("Den Haag" is Haaglanden), no longer sample;
    # two of them replace the sample catalogue's figure for the same key, one is new
    assert [r[:-1] for r in added] == [
        ("achterhoek", "25737", "", 4, 2.5, "UWV", "2026-01-15", 0),
        ("haaglanden", "", "lasser", 3, 1.25, "UWV Factsheet", "2026-02-01", 0),
        ("zeeland", "25656", "", 5, None, "UWV", "2026-01-15", 0)]
    assert grew == 1
