"""The candidate list keeps its place when another desk commits (issue #19's leftover: a refresh put
the list back on its first page). Desk B, started the way `intake-desk` starts (tests/ui/
test_two_desks.py's fixtures), on one SQLite file and one PostgreSQL server, has scrolled to the
third page and chosen a candidate there; desk A adds, changes and deletes candidates. B's list then
still holds its pages, shows the same rows at the same height, keeps the chosen candidate (or, when
that one is gone, the row now in its place) and is never reset (a reset is what flickers)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from intake_desk.app.candidates import add_candidate, delete_candidate, update_candidate
from intake_desk.storage.store import store_of
from tests.postgres import conftest as _server
from tests.ui import test_two_desks as _two
from tests.ui.test_two_desks import (
    _activate,
    _open_store,
    _record,
    _stored,
)
from ui.main_window import MainWindow
from ui.models.candidate_list import PAGE

# Fixtures of the two-desk tests (two windows through the app's start path; the throw-away server).
pg, pg_server = _server.pg, _server.pg_server
desks, location, no_blocking_dialogs = _two.desks, _two.location, _two.no_blocking_dialogs

ROWS = 700  # three full pages and a half


@pytest.fixture
def many(location: Path | str) -> list[str]:
    """ROWS candidates, Naam0000 .. Naam0699, stored before the desks start."""
    db = _open_store(location)
    try:
        with db.atomic():
            return [str(store_of(db).candidates.insert(
                db, _record(first_name="Sam", surname=f"Naam{n:04d}")).id) for n in range(ROWS)]
    finally:
        db.close()


def _run(qtbot: Any, window: MainWindow, fn: Any, *args: Any) -> Any:
    job = window.runner.submit(fn, *args)
    with qtbot.waitSignal(job.finished, timeout=10_000) as done:
        pass
    return done.args[0]


def _scroll_to_page_three(qtbot: Any, window: MainWindow) -> None:
    model, table = window.candidates.model(), window.candidates.table
    qtbot.waitUntil(lambda: model.rowCount() >= PAGE, timeout=10_000)
    while model.rowCount() < 3 * PAGE:
        n = model.rowCount()
        model.fetchMore()
        qtbot.waitUntil(lambda n=n: model.rowCount() > n, timeout=10_000)
    table.scrollTo(model.index(450, 0))
    table.verticalScrollBar().setValue(table.verticalScrollBar().value() + 3)


def _shown(window: MainWindow) -> list[str]:
    """The names on screen, top to bottom."""
    table, model = window.candidates.table, window.candidates.model()
    first = table.rowAt(0)
    last = table.rowAt(table.viewport().height() - 1)
    last = model.rowCount() - 1 if last < 0 else last
    return [model.index(n, 0).data() for n in range(first, last + 1)]


def test_another_desks_changes_keep_the_page_scroll_and_selection(
        qtbot: Any, many: list[str], desks: tuple[MainWindow, MainWindow], location: Path | str,
        no_blocking_dialogs: list[str]) -> None:
    a, b = desks
    _activate(qtbot, b)
    view, model, table = b.candidates, b.candidates.model(), b.candidates.table
    _scroll_to_page_three(qtbot, b)
    chosen_row = table.rowAt(table.viewport().height() // 2)
    chosen = model.rows[chosen_row].id
    table.setCurrentIndex(model.index(chosen_row, 0))
    qtbot.waitUntil(lambda: view.form.candidate_id == chosen and view.form.base is not None,
                    timeout=10_000)
    loaded = model.rowCount()
    top_before = table.rowAt(0)
    shown_before = _shown(b)
    renamed, renamed_surname = model.rows[top_before + 2].id, model.rows[top_before + 2].surname
    between = model.rows[top_before + 4].surname + "a"  # sorts right after that row
    resets: list[int] = []
    model.modelAboutToBeReset.connect(lambda: resets.append(1))

    # Desk A: two new candidates at the top of the list, one above the screen deleted, one on
    # screen renamed in place (same place in the order), one added among the rows on screen.
    _run(qtbot, a, add_candidate, _record(first_name="Anna", surname="Aalders"))
    _run(qtbot, a, add_candidate, _record(first_name="Bram", surname="Aarts"))
    _run(qtbot, a, delete_candidate, many[10])
    _run(qtbot, a, update_candidate, renamed, _record(first_name="Sammy", surname=renamed_surname))
    _run(qtbot, a, add_candidate, _record(first_name="Nieuw", surname=between))
    qtbot.waitUntil(lambda: model.row_of(chosen) >= 0 and any(
        r.surname == between for r in model.rows) and model.rows[0].surname == "Aalders"
        and all(r.id != many[10] for r in model.rows)
        and model.rows[model.row_of(renamed)].first_name == "Sammy", timeout=3000)

    assert resets == []  # never reset: no flicker, no jump to the first page
    assert model.rowCount() == loaded + 2  # two added at the top, one deleted, one added below
    assert model.total == ROWS + 2
    # The same rows at the same height: the top row is the one that was there, one further down.
    shown_after = _shown(b)
    assert shown_after[0] == shown_before[0]
    assert table.rowAt(0) == top_before + 1  # +2 at the top, -1 above the screen
    assert shown_after[2] == shown_before[2].replace("Sam", "Sammy")
    assert f"{between}, Nieuw" in shown_after
    # The chosen candidate is still chosen, and the form still shows them.
    assert model.rows[table.currentIndex().row()].id == chosen
    assert table.selectionModel().isRowSelected(table.currentIndex().row())
    assert view.form.candidate_id == chosen
    # The list goes on paging from where it is.
    n = model.rowCount()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == ROWS + 2, timeout=10_000)
    assert n < model.rowCount()
    names = [r.surname for r in model.rows]
    assert names == sorted(names, key=lambda s: s.lower()) and len(set(names)) == len(names)
    assert no_blocking_dialogs == []


def test_a_chosen_candidate_deleted_elsewhere_leaves_the_cursor_on_the_nearest_row(
        qtbot: Any, many: list[str], desks: tuple[MainWindow, MainWindow],
        no_blocking_dialogs: list[str]) -> None:
    a, b = desks
    _activate(qtbot, b)
    view, model, table = b.candidates, b.candidates.model(), b.candidates.table
    _scroll_to_page_three(qtbot, b)
    row = table.rowAt(table.viewport().height() // 2)
    chosen, after = model.rows[row].id, model.rows[row + 1].id
    table.setCurrentIndex(model.index(row, 0))
    qtbot.waitUntil(lambda: view.form.candidate_id == chosen and view.form.base is not None,
                    timeout=10_000)
    panel = b.match_panel
    qtbot.waitUntil(lambda: panel is not None and panel.data is not None, timeout=20_000)
    top = table.rowAt(0)
    _run(qtbot, a, delete_candidate, chosen)
    qtbot.waitUntil(lambda: model.row_of(chosen) < 0, timeout=3000)
    assert model.rowCount() >= 3 * PAGE - 1  # still on page three
    assert table.rowAt(0) == top
    assert model.rows[table.currentIndex().row()].id == after
    qtbot.waitUntil(lambda: view.form.candidate_id is None, timeout=3000)  # the form says so
    assert "verwijderd" in view.form.other_text.text()
    assert no_blocking_dialogs == []


def test_this_desks_own_save_keeps_the_list_where_it_is(
        qtbot: Any, many: list[str], desks: tuple[MainWindow, MainWindow], location: Path | str,
        no_blocking_dialogs: list[str]) -> None:
    from tests.ui.test_two_desks import _retype, _save

    _a, b = desks
    _activate(qtbot, b)
    view, model, table = b.candidates, b.candidates.model(), b.candidates.table
    _scroll_to_page_three(qtbot, b)
    row = table.rowAt(table.viewport().height() // 2)
    chosen = model.rows[row].id
    table.setCurrentIndex(model.index(row, 0))
    qtbot.waitUntil(lambda: view.form.candidate_id == chosen and view.form.base is not None,
                    timeout=10_000)
    top, loaded = table.rowAt(0), model.rowCount()
    _retype(qtbot, b, "notes", "Opgeslagen op pagina drie.")
    with qtbot.waitSignal(model.loaded, timeout=10_000):  # the list read again after the save
        _save(qtbot, b)
    assert _stored(location, chosen).intake.notes == "Opgeslagen op pagina drie."
    assert model.rowCount() == loaded and table.rowAt(0) == top
    assert model.rows[table.currentIndex().row()].id == chosen
    assert no_blocking_dialogs == []


def test_a_chosen_candidate_renamed_elsewhere_stays_chosen_at_its_new_place(
        qtbot: Any, qtmodeltester: Any, many: list[str], desks: tuple[MainWindow, MainWindow],
        no_blocking_dialogs: list[str]) -> None:
    a, b = desks
    _activate(qtbot, b)
    view, model, table = b.candidates, b.candidates.model(), b.candidates.table
    _scroll_to_page_three(qtbot, b)
    row = table.rowAt(table.viewport().height() // 2)
    chosen = model.rows[row].id
    moved_to = model.rows[row + 3].surname + "a"  # three rows further down
    table.setCurrentIndex(model.index(row, 0))
    qtbot.waitUntil(lambda: view.form.candidate_id == chosen and view.form.base is not None,
                    timeout=10_000)
    # Qt's model tester (it reads every row, so the list is complete from here) then watches every
    # removal and insertion the refresh makes.
    qtmodeltester.check(model, force_py=True)
    _run(qtbot, a, update_candidate, chosen, _record(first_name="Sam", surname=moved_to))
    qtbot.waitUntil(lambda: model.row_of(chosen) == row + 3, timeout=3000)
    assert model.rows[table.currentIndex().row()].id == chosen
    assert table.selectionModel().isRowSelected(row + 3)
    # The open form (nothing typed) shows the new name in place.
    qtbot.waitUntil(lambda: view.form.values()["surname"] == moved_to, timeout=3000)
    assert view.form.candidate_id == chosen
    assert no_blocking_dialogs == []
