"""Any cell a school's file can hold: the check never ends in a traceback, every finding has its row,
column and English twin, and a text that passes is stored as it stood in the file. Modest examples in
the default run; the slow twin tries many more (make test-slow)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake_desk.catalog.importer import check_catalog_file
from intake_desk.catalog.report_texts import english

from .test_files_probe import HEADER, row

JUNK = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
CELL = st.one_of(JUNK, st.sampled_from(["", " ", "ja", "nee", "1.750,00", "2,5", "1e9", "NaN", "=1+1",
                                        "'=x", "-5", "Totaal", "46631", "31-2-2027", "september",
                                        "elke maand", "zeeland", "Den Haag", "bbl", "kwalificatie",
                                        "\u00a0", "\ufeff", "a\nb", "\"", ";", "\t"]))
ROWS = st.lists(st.dictionaries(st.sampled_from(HEADER), CELL, max_size=5), min_size=1, max_size=6)


def check(tmp_path: Path, rows: list[dict[str, str]], encoding: str) -> None:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    for n, cells in enumerate(rows, 1):
        writer.writerow([{**row(n), **cells}.get(h, "") for h in HEADER])
    path = tmp_path / "eigenschap.csv"
    path.write_bytes(out.getvalue().encode(encoding, "replace"))
    plan = check_catalog_file(DB[0], path)
    for issue in plan.report.issues:
        assert issue.file == path.name
        assert english(issue.message) is not None, issue.message
        assert issue.row == 0 or issue.row <= len(rows) + 1 + out.getvalue().count("\n")
    if plan.report.ok:
        for r in plan.rows:
            if r.item is not None:
                assert r.item.title == r.item.title.strip() and r.item.title


DB: list[object] = []


def run(db: object, tmp_path: Path, examples: int) -> None:
    DB[:] = [db]

    @settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck))
    @given(ROWS, st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
    def prop(rows: list[dict[str, str]], encoding: str) -> None:
        check(tmp_path, rows, encoding)

    prop()


def test_any_cell_gets_a_clear_answer(db, tmp_path):
    run(db, tmp_path, 25)


@pytest.mark.slow
def test_any_cell_gets_a_clear_answer_slow(db, tmp_path):
    run(db, tmp_path, 1500)
