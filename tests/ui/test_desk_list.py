from __future__ import annotations

from PySide6.QtCore import Qt

from intake_desk.domain import IntakeStatus
from intake_desk.storage.candidates import Filter
from ui.models.candidate_list import ID_ROLE, PAGE, CandidateListModel

from .desk_helpers import many, open_window, seed


def _loaded(qtbot, model: CandidateListModel, f: Filter | None = None) -> None:
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_filter(f or Filter())


def test_model_pages_from_sql_and_passes_the_model_tester(db_path, qtbot, qtmodeltester):
    seed(db_path, many(PAGE * 2 + 17))
    from ui.runner import DbRunner

    runner = DbRunner(db_path)
    with qtbot.waitSignal(runner.opened, timeout=10_000):
        runner.open()
    try:
        model = CandidateListModel(runner)
        _loaded(qtbot, model)
        assert model.rowCount() == PAGE and model.total == PAGE * 2 + 17
        assert model.canFetchMore()
        model.fetchMore()
        qtbot.waitUntil(lambda: model.rowCount() == PAGE * 2, timeout=5000)
        model.fetchMore()
        qtbot.waitUntil(lambda: model.rowCount() == PAGE * 2 + 17, timeout=5000)
        assert not model.canFetchMore()
        qtmodeltester.check(model)
    finally:
        runner.stop()


def test_sorted_by_surname_ignoring_tussenvoegsel_with_filters(db_path, qtbot, qtmodeltester):
    seed(db_path, [("Anna", "de", "Vries", "Assen"), ("Bram", "", "Bakker", "Zwolle"),
                   ("Cor", "van der", "Aa", "Emmen")])
    seed(db_path, [("Dina", "", "Wit", "Assen")], IntakeStatus.QUICK)
    from ui.runner import DbRunner

    runner = DbRunner(db_path)
    with qtbot.waitSignal(runner.opened, timeout=10_000):
        runner.open()
    try:
        model = CandidateListModel(runner)
        _loaded(qtbot, model)
        names = [model.index(r, 0).data() for r in range(model.rowCount())]
        assert names == ["Aa, Cor van der", "Bakker, Bram", "Vries, Anna de", "Wit, Dina"]
        qtmodeltester.check(model)
        _loaded(qtbot, model, Filter(status=IntakeStatus.QUICK))
        assert model.rowCount() == 1 and model.index(0, 3).data() == "Snel (aanvullen)"
        _loaded(qtbot, model, Filter(text="ass"))
        assert model.rowCount() == 2
        assert model.index(0, 0).data(ID_ROLE)
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Naam"
    finally:
        runner.stop()


def test_a_combined_filter_shows_rows_first_and_counts_after(db_path, qtbot, qtmodeltester):
    seed(db_path, many(PAGE + 30))
    from ui.runner import DbRunner

    runner = DbRunner(db_path)
    with qtbot.waitSignal(runner.opened, timeout=10_000):
        runner.open()
    try:
        model = CandidateListModel(runner)
        at_load: list[tuple[bool, int, bool]] = []
        model.loaded.connect(lambda: at_load.append(
            (model.counting, model.rowCount(), model.canFetchMore())))
        with qtbot.waitSignals([model.loaded, model.counted], order="strict", timeout=5000):
            model.set_filter(Filter(text="voornaam", status=IntakeStatus.COMPLETE))
        # Text with a status needs a join to count: the page is shown before the number is known,
        # and the model offers more rows meanwhile.
        assert at_load == [(True, PAGE, True)]
        assert not model.counting and model.total == PAGE + 30
        model.fetchMore()
        qtbot.waitUntil(lambda: model.rowCount() == PAGE + 30, timeout=5000)
        assert not model.canFetchMore()
        qtmodeltester.check(model)
    finally:
        runner.stop()


def test_stale_results_are_discarded(db_path, qtbot):
    seed(db_path, [("Anna", "", "Vries", "Assen"), ("Bram", "", "Bakker", "Zwolle")])
    from ui.runner import DbRunner

    runner = DbRunner(db_path)
    with qtbot.waitSignal(runner.opened, timeout=10_000):
        runner.open()
    try:
        model = CandidateListModel(runner)
        model.set_filter(Filter(text="vri"))
        with qtbot.waitSignal(model.loaded, timeout=5000):
            model.set_filter(Filter(text="bak"))
        qtbot.wait(50)  # let any late result of the first query arrive: it must be dropped
        assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Bakker, Bram"]
    finally:
        runner.stop()


def test_typing_in_the_search_box_finds_by_surname_and_town(db_path, qtbot):
    seed(db_path, [("Anna", "de", "Vries", "Assen"), ("Bram", "", "Bakker", "Zwolle"),
                   ("Yusuf", "", "Yılmaz", "Deventer")])
    window = open_window(qtbot, db_path, active=True)
    runner = window.runner
    view = window.candidates
    qtbot.waitUntil(lambda: view.model().rowCount() == 3, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()
    with qtbot.waitSignal(view.model().loaded, timeout=5000):
        qtbot.keyClicks(view.search, "Zwo")
    assert view.model().rowCount() == 1 and view.model().index(0, 0).data() == "Bakker, Bram"
    view.search.clear()
    with qtbot.waitSignal(view.model().loaded, timeout=5000):
        qtbot.keyClicks(view.search, "yil")
    assert view.model().index(0, 0).data() == "Yılmaz, Yusuf"
    with qtbot.waitSignal(window.candidate_selected, timeout=5000) as selected:
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert selected.args[0] == view.model().index(0, 0).data(ID_ROLE)
    qtbot.waitUntil(lambda: view.form.values()["surname"] == "Yılmaz", timeout=5000)
    runner.stop()
