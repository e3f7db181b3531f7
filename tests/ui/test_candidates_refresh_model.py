"""The list model's refresh in place, against a store kept in memory: whatever other desks add,
delete or rename, after a refresh the rows the list reads again are exactly the store's rows of that
stretch, in the store's order, put in by removals and insertions only (Qt's model tester watches every
one; no reset), and the list goes on paging from where it is. Random changes, many rounds; a long list
(more rows loaded than REFRESH_ALL) reads only the rows around the screen."""

from __future__ import annotations

import random
from bisect import bisect_right
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QObject, QTimer, Signal

from intake_desk.app.desk import CandidateRow, Filter, Page
from intake_desk.domain import IntakeStatus
from intake_desk.domain.changes import Changes
from ui.models import candidate_list
from ui.models.candidate_list import PAGE, REFRESH_ALL, CandidateListModel


def _row(n: int, surname: str, first: str = "Sam") -> CandidateRow:
    return CandidateRow(id=f"c{n:06d}", first_name=first, tussenvoegsel="", surname=surname,
                        birth_date="1990-01-01", town="Assen", status=IntakeStatus.DRAFT,
                        intake_date="2026-03-02", goals="", sort_key=surname.lower())


def _key(r: CandidateRow) -> tuple[str, str]:
    return r.sort_key, r.id


class Store:
    """The candidates as the store orders them, with what the list's reads ask of it."""

    def __init__(self, rows: list[CandidateRow]):
        self.rows = sorted(rows, key=_key)

    def after(self, after: tuple[str, str] | None, limit: int) -> list[CandidateRow]:
        start = 0 if after is None else bisect_right([_key(r) for r in self.rows], after)
        return self.rows[start:start + limit]

    def put(self, row: CandidateRow) -> None:
        self.rows = sorted([r for r in self.rows if r.id != row.id] + [row], key=_key)

    def delete(self, cid: str) -> None:
        self.rows = [r for r in self.rows if r.id != cid]


class Job(QObject):
    finished = Signal(object)
    failed = Signal(object)


class Runner(QObject):
    """The database thread's contract: the result arrives later, on the GUI thread, in order."""

    changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.jobs: list[Job] = []

    def submit(self, fn: Any, *args: Any, before_check: bool = False, **kwargs: Any) -> Job:
        job = Job()
        self.jobs.append(job)
        QTimer.singleShot(0, lambda: job.finished.emit(fn(None, *args, **kwargs)))
        return job


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> Store:
    names = [f"naam{n:05d}" for n in range(3 * REFRESH_ALL // 2)]
    s = Store([_row(n, name) for n, name in enumerate(names)])
    desk = SimpleNamespace(
        Filter=Filter,
        first_candidates=lambda _db, f, limit: Page(s.after(None, limit), len(s.rows)),
        candidate_page=lambda _db, f, limit, after: s.after(after, limit),
        candidate_count=lambda _db, f: len(s.rows))
    concurrent = SimpleNamespace(
        list_again=lambda _db, f, limit, after: (s.after(after, limit), len(s.rows)))
    monkeypatch.setattr(candidate_list, "_desk", lambda: desk)
    monkeypatch.setattr(candidate_list, "_concurrent", lambda: concurrent)
    return s


def _change(rng: random.Random, store: Store, model: CandidateListModel, fresh: list[int]) -> None:
    """What another desk might do: add (anywhere), delete, rename (moves it), edit in place."""
    for _ in range(rng.randint(1, 12)):
        kind = rng.random()
        if kind < 0.35 or not store.rows:
            fresh[0] += 1
            store.put(_row(fresh[0], f"naam{rng.randint(0, 99999):05d}x"))
        elif kind < 0.6:
            store.delete(rng.choice(store.rows).id)
        elif kind < 0.8:
            old = rng.choice(model.rows or store.rows)
            store.put(_row(int(old.id[1:]), f"naam{rng.randint(0, 99999):05d}y"))
        else:
            old = rng.choice(model.rows or store.rows)
            store.put(_row(int(old.id[1:]), old.surname, first="Sammy"))


@pytest.mark.parametrize("seed", range(6))
def test_a_refresh_puts_in_exactly_what_changed(qtbot: Any, qtmodeltester: Any, store: Store,
                                                seed: int) -> None:
    rng = random.Random(seed)
    runner = Runner()
    model = CandidateListModel(runner)  # type: ignore[arg-type]
    deep = seed % 2 == 1  # past REFRESH_ALL: only the rows around the screen are read again
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_filter(Filter())
    while model.rowCount() < (REFRESH_ALL + 2 * PAGE if deep else 3 * PAGE):
        n = model.rowCount()
        model.fetchMore()
        qtbot.waitUntil(lambda n=n: model.rowCount() > n, timeout=5000)
    screen = [model.rowCount() - 3 * PAGE // 2]
    model.visible_rows = lambda: (screen[0], screen[0] + 25)
    qtmodeltester.check(model, force_py=True)  # from here it watches every insert and removal
    resets: list[int] = []
    model.modelAboutToBeReset.connect(lambda: resets.append(1))
    fresh = [10**5]
    for _round in range(15):
        before = list(model.rows)
        start, end = model._stretch()
        _change(rng, store, model, fresh)
        if _round % 5 == 4:  # a burst: more rows inside the stretch than a read has room for
            at = before[rng.randrange(start, end)].surname
            for k in range(PAGE + 50):
                fresh[0] += 1
                store.put(_row(fresh[0], f"{at}z{k:03d}"))
        with qtbot.waitSignal(model.refreshed, timeout=5000):
            runner.changed.emit(Changes(candidate_list=True))
        rows = model.rows
        assert [_key(r) for r in rows] == sorted(_key(r) for r in rows)
        assert len({r.id for r in rows}) == len(rows)
        assert model.total == len(store.rows)
        # The stretch read again is the store's, row for row, from the row before it up to the
        # stretch's last row (or, past REFRESH_ALL, the read's end).
        lo = _key(before[start - 1]) if start else None
        hi = _key(before[end - 1]) if end else None
        theirs = [r for r in store.rows if (lo is None or _key(r) > lo) and (hi is None or _key(r) <= hi)]
        ours = [r for r in rows if (lo is None or _key(r) > lo) and (hi is None or _key(r) <= hi)]
        read = store.after(lo, (end - start) + PAGE)
        if len(theirs) < len(read) or not read or (hi is not None and _key(read[-1]) >= hi):
            assert ours == theirs  # the read had room for the whole stretch
        else:  # up to where the read ended, the store's rows; below it, the rows as they were
            reach = _key(read[-1])
            assert [r for r in ours if _key(r) <= reach] == [r for r in theirs if _key(r) <= reach]
            assert [r for r in ours if _key(r) > reach] == [
                r for r in before[start:end] if _key(r) > reach]
        if not deep:  # the whole list read again: the rows are the store's first rows
            assert rows == store.rows[:len(rows)] or rows[-1] == before[-1]
    assert resets == []
    # Paging goes on from the last row: nothing is missing or twice once everything is loaded.
    while model.canFetchMore():
        n = model.rowCount()
        model.fetchMore()
        qtbot.waitUntil(lambda: not model._fetching, timeout=5000)
    if not deep:
        assert model.rows == store.rows
