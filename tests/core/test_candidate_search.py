"""The candidate list's queries: whichever plan `first_page` chooses (walk the sort index or sort the
matches), the rows, their order, the pages after a row and the totals are the same as a plain
filter-and-sort in Python over every row."""

from __future__ import annotations

from datetime import date

import pytest

from intake_desk.app.candidates import add_demo_candidates
from intake_desk.domain import IntakeStatus
from intake_desk.storage import candidates as repo
from intake_desk.storage.candidates import Filter

FILTERS = [
    Filter(),
    Filter(text="de"),
    Filter(text="a"),
    Filter(text="vries"),
    Filter(text="zzzz"),
    Filter(status=IntakeStatus.QUICK),
    Filter(text="e", status=IntakeStatus.COMPLETE),
    Filter(intake_from=date(2000, 1, 1)),
    Filter(text="an", intake_from=date(2000, 1, 1), intake_to=date(2100, 1, 1)),
    Filter(text="an", status=IntakeStatus.QUICK, intake_to=date(2100, 1, 1)),
]


@pytest.fixture
def seeded(db):
    add_demo_candidates(db, 400, seed=11)
    return db


def expected(db, f: Filter) -> list[str]:
    """Every row, filtered and sorted in Python; FTS5 only says which rowids match the text."""
    q = repo.fts_query(f.text)
    matching = None if not q else {r[0] for r in db.execute(
        "SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH ?", [q])}
    rows = db.execute("SELECT rowid, id, sort_key, status, intake_date FROM candidates").fetchall()
    kept = [r for r in rows
            if (matching is None or r[0] in matching)
            and (f.status is None or r[3] == f.status.value)
            and (f.intake_from is None or r[4] >= f.intake_from.isoformat())
            and (f.intake_to is None or r[4] <= f.intake_to.isoformat())]
    return [r[1] for r in sorted(kept, key=lambda r: (r[2], r[1]))]


@pytest.mark.parametrize("walk_share", [1, 10**9], ids=["sort-matches", "walk-index"])
@pytest.mark.parametrize("f", FILTERS, ids=repr)
def test_both_plans_give_the_same_pages_as_filtering_in_python(seeded, monkeypatch, walk_share, f):
    monkeypatch.setattr(repo, "WALK_SHARE", walk_share)
    want = expected(seeded, f)
    assert want or f.text == "zzzz", "the demo data should match every filter but the last"
    page = repo.first_page(seeded, f, limit=50)
    assert [r.id for r in page.rows] == want[:50]
    assert page.total in (len(want), None)
    if page.total is None:  # counted later, by the same filter
        assert len(want) > 50 and f.text and (f.status or f.intake_from or f.intake_to)
    assert repo.count(seeded, f) == len(want)
    got = list(page.rows)
    while len(got) < len(want):
        last = got[-1]
        more = repo.search(seeded, f, limit=50, after=(last.sort_key, last.id))
        assert more, "a page after the last row must not come back empty while rows remain"
        got += more
    assert [r.id for r in got] == want
    assert [r.id for r in repo.search(seeded, f, limit=30, offset=40)] == want[40:70]


def test_a_single_part_filter_counts_with_its_first_page(seeded):
    for f in (Filter(text="a"), Filter(status=IntakeStatus.COMPLETE), Filter()):
        assert repo.first_page(seeded, f, limit=10).total == len(expected(seeded, f))
    assert repo.text_matches(seeded, "") == len(expected(seeded, Filter()))
