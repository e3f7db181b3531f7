"""The plan panel and the day batch, driven as an advisor would; waits on signals, never sleeps."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from sqlite_utils import Database

from intake_desk.app.candidates import add_candidate
from intake_desk.domain.codec import replace
from intake_desk.examples import TODAY, example_plan, example_record
from intake_desk.storage import plans as plan_repo
from intake_desk.storage import settings as settings_repo
from ui import file_dialogs
from ui.dialogs.plan_batch import PlanBatchDialog
from ui.views import plan_panel as plan_module
from ui.views.plan_panel import PlanPanel, print_pdfs


def add(db: Database, plan: bool = True) -> str:
    meta, _ = add_candidate(db, example_record())
    # printing needs the advisor's name (Instellingen > Naam adviseur)
    settings_repo.save(db, replace(settings_repo.load(db), advisor_name="Đặng Thi Lan"))
    if plan:
        with db.atomic():
            plan_repo.save_version(db, replace(example_plan(), candidate_id=meta.id))
    return meta.id


@pytest.fixture
def panel(qtbot, runner) -> PlanPanel:
    p = PlanPanel(runner)
    qtbot.addWidget(p)
    p.show()
    return p


def test_shows_plan_and_switches_language(qtbot, db, panel) -> None:
    cid = add(db)
    with qtbot.waitSignal(panel.rendered, timeout=10_000):
        panel.show_candidate(cid)
    assert panel.document.pageCount() == 2
    assert panel.print_button.isEnabled() and panel.save_button.isEnabled()
    assert panel.view.isVisibleTo(panel) and panel.print_button.isVisibleTo(panel)
    assert panel.language.isVisibleTo(panel) and not panel.status.isVisibleTo(panel)
    dutch = panel.data
    with qtbot.waitSignal(panel.rendered, timeout=10_000):
        panel.language.setCurrentIndex(panel.language.findData("en"))
    assert panel.data != dutch
    assert panel.file_name.startswith("plan-")


def test_no_plan_yet_says_so(qtbot, db, panel) -> None:
    cid = add(db, plan=False)
    with qtbot.waitSignal(panel.unavailable, timeout=10_000) as blocker:
        panel.show_candidate(cid)
    assert "nog geen plan" in blocker.args[0]
    assert not panel.print_button.isEnabled()
    # The message, without an empty grey page or buttons that cannot be pressed (issue 12).
    assert panel.status.isVisibleTo(panel) and "nog geen plan" in panel.status.text()
    assert not panel.view.isVisibleTo(panel) and not panel.print_button.isVisibleTo(panel)
    panel.show_candidate("")
    assert panel.data == b""


def test_without_printer_offers_save_as_pdf(qtbot, db, panel, monkeypatch, tmp_path) -> None:
    cid = add(db)
    with qtbot.waitSignal(panel.rendered, timeout=10_000):
        panel.show_candidate(cid)
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(plan_module, "has_printers", lambda: False)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: str(target))
    assert panel.print_plan()
    assert target.read_bytes() == panel.data


def test_print_paints_every_page(qtbot, db, panel, tmp_path) -> None:
    cid = add(db)
    with qtbot.waitSignal(panel.rendered, timeout=10_000):
        panel.show_candidate(cid)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdfs(printer, [panel.data, panel.data]) == 4
    assert (tmp_path / "printed.pdf").stat().st_size > 0


def test_batch_saves_a_days_plans(qtbot, db, runner, tmp_path) -> None:
    for _ in range(3):
        add(db)
    dialog = PlanBatchDialog(runner, day=example_record().intake.date)
    qtbot.addWidget(dialog)
    dialog.to_folder.setChecked(True)
    with qtbot.waitSignal(dialog.done, timeout=20_000) as blocker:
        dialog.start(out_dir=tmp_path)
    paths = blocker.args[0]
    assert len(paths) == 3 and all(Path(p).exists() for p in paths)


def test_without_a_candidate_the_dock_is_only_its_message(qtbot, db_path, db) -> None:  # type: ignore[no-untyped-def]
    """Seen under Xvfb (issue 12): "Kies een kandidaat…" above a large empty grey page and two buttons
    that could not be pressed. In the started window, then once a candidate with a plan is chosen."""
    from .desk_helpers import open_window

    window = open_window(qtbot, db_path)
    try:
        panel = window.plan_panel
        assert not panel.view.isVisibleTo(panel)
        assert not panel.print_button.isVisibleTo(panel) and not panel.save_button.isVisibleTo(panel)
        assert panel.status.isVisibleTo(panel) and "Kies een kandidaat" in panel.status.text()
        cid = add(db)
        with qtbot.waitSignal(panel.rendered, timeout=10_000):
            window.candidate_selected.emit(cid)
        assert panel.view.isVisibleTo(panel) and panel.print_button.isVisibleTo(panel)
        window.candidate_selected.emit("")
        assert not panel.view.isVisibleTo(panel) and "Kies een kandidaat" in panel.status.text()
    finally:
        window.runner.stop()


def test_window_has_plan_dock_and_batch_action(window) -> None:
    assert window.plan_panel is not None
    assert window.plan_batch_action.text()
    assert TODAY.year == 2026
