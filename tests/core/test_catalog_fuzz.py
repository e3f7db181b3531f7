"""Property: an import either succeeds completely or changes nothing, whatever rows and bytes it gets."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake_desk.catalog.importer import import_catalog
from intake_desk.storage import catalog as repo
from intake_desk.storage import open_database

HEADERS = ["artikelcode", "soort", "titel", "niveau", "aanbodcode", "aanbieder", "locatie", "regio",
           "leerweg", "weken", "uren per week", "kosten", "vorige stap", "startmomenten"]

cell = st.one_of(st.text(max_size=12), st.sampled_from(["", "=1+1", "'=x", "-3", "1.750,00", "@a"]))
good = {
    "artikelcode": st.sampled_from(["25498", "K0071", "X1", "X2", "NT2-A2"]),
    "soort": st.sampled_from(["kwalificatie", "module", "keuzedeel", "certificate", "nope"]),
    "titel": st.text(min_size=1, max_size=20),
    "niveau": st.sampled_from(["", "1", "2", "4", "7", "twee"]),
    "aanbodcode": st.sampled_from(["F-1", "F-2", "F-3", "VC-HZW-BBL-ZL", ""]),
    "aanbieder": st.sampled_from(["School", ""]),
    "locatie": st.sampled_from(["Goes", "Heerlen"]),
    "regio": st.sampled_from(["zeeland", "Zuid-Limburg", "atlantis"]),
    "leerweg": st.sampled_from(["bol", "BBL", "kort", "vliegen"]),
    "weken": st.sampled_from(["40", "900", "-1", "12"]),
    "uren per week": st.sampled_from(["24", "0", "-8", "3,5"]),
    "kosten": st.sampled_from(["1.750,00", "0", "-5", "abc"]),
    "vorige stap": st.sampled_from(["", "", "X1", "X2", "NERGENS"]),
    "startmomenten": st.sampled_from(["elke maand", "september, februari", "31-2-2026", "2026-09-01"]),
}
row = st.fixed_dictionaries({h: st.one_of(s, cell) if h in ("titel", "kosten") else s
                             for h, s in good.items()})
headers = st.lists(st.sampled_from(HEADERS), min_size=1, max_size=len(HEADERS), unique=True)


def csv_bytes(hs: list[str], rows: list[dict[str, str]], delimiter: str, encoding: str) -> bytes:
    out = io.StringIO()
    w = csv.writer(out, delimiter=delimiter)
    w.writerow(hs)
    for r in rows:
        w.writerow([r[h] for h in hs])
    return out.getvalue().encode(encoding, errors="replace")


files = st.one_of(
    st.builds(csv_bytes, headers, st.lists(row, max_size=6), st.sampled_from([";", ","]),
              st.sampled_from(["utf-8", "utf-8-sig", "cp1252"])),
    st.binary(max_size=300),
    st.builds(lambda rows: json.dumps(rows).encode(), st.lists(row, max_size=4)),
)


def snapshot(db) -> tuple[list[tuple[object, ...]], ...]:
    return tuple(db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                 for t in ("catalog_items", "offerings", "regions"))


def _check(db, folder: Path, data: bytes, ext: str, valid_only: bool) -> None:
    path = folder / f"f.{ext}"
    path.write_bytes(data)
    before = snapshot(db)
    report, changes = import_catalog(db, path, valid_only=valid_only)
    after = snapshot(db)
    if report.written:
        assert valid_only or report.ok
        assert changes.catalog
        stored = {o.code: o for o in repo.load(db).offerings}
        assert report.offerings_new + report.offerings_changed <= len(stored)
    else:
        assert after == before, report.text()


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory):
    from intake_desk.app.opening import open_or_create

    folder = tmp_path_factory.mktemp("fuzz")
    db = open_or_create(folder / "fuzz.sqlite")
    yield db, folder
    db.close()


# The default run tries 60 files (the slow run below tries 3,000).
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=files, ext=st.sampled_from(["csv", "json", "xlsx"]), valid_only=st.booleans())
def test_import_is_all_or_nothing(fuzz_db, data, ext, valid_only):
    db, folder = fuzz_db
    _check(db, folder, data, ext, valid_only)


@pytest.mark.slow
@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=files, ext=st.sampled_from(["csv", "json", "xlsx"]), valid_only=st.booleans())
def test_import_is_all_or_nothing_long(fuzz_db, data, ext, valid_only):
    db, folder = fuzz_db
    _check(db, folder, data, ext, valid_only)


def test_successful_import_contains_every_row(tmp_path):
    db = open_database(tmp_path / "x.sqlite")
    path = tmp_path / "ok.csv"
    path.write_text("artikelcode;soort;titel;aanbodcode;aanbieder;locatie;regio;leerweg;weken;uren per week\n"
                    + "".join(f"M{n};module;Module {n};O{n};S;Goes;zeeland;kort;4;2\n" for n in range(50)),
                    encoding="utf-8")
    report, _ = import_catalog(db, path)
    assert report.written and len(repo.load(db).offerings) == 50
