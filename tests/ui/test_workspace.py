"""The candidate workspace: a header (name, age, region in words, status, consent) and the steps
Intake -> Leerroutes -> Plan, with the next action one button or Ctrl+Shift+Enter away."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from intake_desk.domain import IntakeStatus
from intake_desk.storage import open_database

from .test_home_today import DAY, add


def seed(db_path: Path) -> dict[str, str]:
    db = open_database(db_path)
    with db.atomic():
        ids = {"quick": add(db, "Sem", "Beurs", IntakeStatus.QUICK),
               "no_consent": add(db, "Mila", "Zonder", IntakeStatus.COMPLETE),
               "ready": add(db, "Daan", "Klaar", IntakeStatus.COMPLETE, consent=True)}
    db.close()
    return ids


def choose(window, qtbot, cid: str) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentWidget(window.candidates)
    window.candidate_selected.emit(cid)
    qtbot.waitUntil(lambda: window.workspace.summary is not None
                    and window.workspace.summary.candidate_id == cid, timeout=5000)


def test_without_a_candidate_the_next_step_is_a_new_intake(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    assert ws.name.text() == "Geen kandidaat gekozen"
    assert not any(b.isEnabled() for b in ws.step_buttons.values())
    assert ws.next_button.text() == "Nieuwe intake starten"
    ws.next_button.click()
    assert window.tabs.currentWidget() is window.candidates
    assert window.candidates.form.candidate_id is None


def test_the_header_and_next_step_follow_the_candidate(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from .desk_helpers import open_window

    ids = seed(db_path)
    window = open_window(qtbot, db_path)
    ws = window.workspace
    try:
        choose(window, qtbot, ids["quick"])
        age = DAY.year - 1990 - ((DAY.month, DAY.day) < (1, 1))
        facts = ws.facts.toolTip()
        assert ws.name.text() == "Sem Beurs"
        assert f"{age} jaar" in facts and "Zeeland" in facts and "zeeland" not in facts
        assert "snelle intake" in facts and "toestemming voor plan: nee" in facts
        assert ws.next_button.text() == "Volgende stap: intake aanvullen"
        assert ws.step_buttons["intake"].isChecked() and not ws.step_buttons["routes"].isEnabled()

        choose(window, qtbot, ids["no_consent"])
        assert ws.next_button.text() == "Volgende stap: toestemming voor een plan vastleggen"
        ws.next_button.click()
        assert window.candidates.form.sections.currentIndex() == 6  # Toestemming

        choose(window, qtbot, ids["ready"])
        assert "toestemming voor plan: ja" in ws.facts.toolTip()
        assert ws.next_button.text() == "Volgende stap: leerroutes bekijken"
        assert ws.step_buttons["routes"].isChecked() and not ws.step_buttons["plan"].isEnabled()
        window.show()
        ws.next_button.click()
        routes = window.findChild(QDockWidget, "routes")
        assert routes.isVisible() and not routes.visibleRegion().isEmpty()

        # A plan saved for this candidate moves the workspace on to its last step.
        from intake_desk.app.routes import save_plan

        window.runner.submit(save_plan, ids["ready"], None, date.today())
        qtbot.waitUntil(lambda: ws.summary is not None and ws.summary.plan_version == 1, timeout=10_000)
        assert ws.next_button.text() == "Volgende stap: plan bekijken en afdrukken"
        assert ws.step_buttons["plan"].isEnabled() and ws.step_buttons["plan"].isChecked()
        assert "plan versie 1" in ws.facts.toolTip()
        qtbot.keyClick(window, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        plan = window.findChild(QDockWidget, "plan")
        qtbot.waitUntil(lambda: not plan.visibleRegion().isEmpty(), timeout=5000)
    finally:
        window.runner.stop()
