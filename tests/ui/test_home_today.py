"""Vandaag: the day's intakes, what is left to finish and the plans that are due, each one click or
one key from the desk; an empty list says what to do."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from intake_desk import today
from intake_desk.domain import CredentialKind, IntakeStatus, Route
from intake_desk.domain.route import PlanVersion
from intake_desk.form_values import empty_values, to_record
from intake_desk.storage import candidates as repo
from intake_desk.storage import drafts, open_database
from intake_desk.storage import plans as plan_repo
from intake_desk.today import EntryKind

DAY = date.today()


def add(db: Any, first: str, surname: str, status: IntakeStatus, *, day: date = DAY - timedelta(days=9),
        consent: bool = False) -> str:
    values = empty_values(day) | {"first_name": first, "surname": surname, "birth_date": "01-01-1990",
                                  "town": "Goes"}
    if consent:
        values |= {"consent_given": True, "consent_date": day.strftime("%d-%m-%Y"),
                   "consent_advies": True, "consent_plan": True}
    return repo.insert(db, to_record(values, status)).id


def seed_day(db_path: Path) -> dict[str, str]:
    db = open_database(db_path)
    with db.atomic():
        ids = {
            "today": add(db, "Noor", "Vandaag", IntakeStatus.QUICK, day=DAY),
            "quick": add(db, "Sem", "Beurs", IntakeStatus.QUICK),
            "concept": add(db, "Eva", "Concept", IntakeStatus.DRAFT),
            "ready": add(db, "Daan", "Klaar", IntakeStatus.COMPLETE, consent=True),
            "no_consent": add(db, "Mila", "Zonder", IntakeStatus.COMPLETE),
            "printed": add(db, "Finn", "Geprint", IntakeStatus.COMPLETE, consent=True),
        }
        plan_repo.save_version(db, PlanVersion(
            plan_id="", version=0, candidate_id=ids["printed"],
            route=Route(steps=(), goal_credential=CredentialKind.DIPLOMA), created_on=DAY))
    drafts.save(db, "intake-new-1", "intake", {"first_name": "Lotte", "surname": "Concept"})
    db.close()
    return ids


def test_the_day_sorts_each_candidate_into_its_list(db_path: Path) -> None:
    ids = seed_day(db_path)
    db = open_database(db_path)
    day = today.load(db, DAY)
    db.close()
    assert [e.candidate_id for e in day.intakes] == [ids["today"]]
    finish = {e.candidate_id or e.draft_id: e.kind for e in day.to_finish}
    assert finish[ids["quick"]] is EntryKind.QUICK and finish[ids["today"]] is EntryKind.QUICK
    assert finish[ids["concept"]] is EntryKind.CONCEPT
    assert finish["intake-new-1"] is EntryKind.DRAFT
    assert ids["ready"] not in finish
    plans = [(e.candidate_id, e.kind) for e in day.plans]
    # Printed today first, ready for a plan next, and last who still has to give consent.
    assert plans == [(ids["printed"], EntryKind.PRINT_PLAN), (ids["ready"], EntryKind.MAKE_PLAN),
                     (ids["no_consent"], EntryKind.NO_CONSENT)]
    assert day.plans[0].plan_version == 1
    # Yesterday's plan is not "today's".
    db = open_database(db_path)
    assert today.load(db, DAY + timedelta(days=1)).plans[0].kind is EntryKind.MAKE_PLAN
    db.close()


def test_empty_lists_say_what_to_do(window) -> None:  # type: ignore[no-untyped-def]
    home = window.home
    for part in (home.intakes, home.to_finish, home.plans):
        assert not part.list.isVisibleTo(home) and part.empty.isVisibleTo(home)
    assert "Ctrl+N" in home.intakes.empty.text()


def _show_home(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentWidget(window.home)
    qtbot.waitUntil(lambda: window.home.plans.list.count() > 0, timeout=5000)


def test_enter_on_an_entry_opens_the_candidate_at_the_desk(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from .desk_helpers import open_window

    ids = seed_day(db_path)
    window = open_window(qtbot, db_path, active=True)
    try:
        _show_home(window, qtbot)
        home = window.home
        assert home.intakes.list.count() == 1 and "Noor Vandaag" in home.intakes.list.item(0).text()
        assert home.to_finish.list.count() == 4 and home.plans.list.count() == 3
        assert "(4)" in home.to_finish.title.text()
        plans = home.plans.list
        plans.setFocus()
        plans.setCurrentRow(1)  # Daan Klaar: ready for a plan
        qtbot.keyClick(plans, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.candidates, timeout=5000)
        qtbot.waitUntil(lambda: window.candidates.form.candidate_id == ids["ready"], timeout=5000)
        # One click is enough too.
        window.tabs.setCurrentWidget(window.home)
        item = home.intakes.list.item(0)
        rect = home.intakes.list.visualItemRect(item)
        qtbot.mouseClick(home.intakes.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: window.candidates.form.candidate_id == ids["today"], timeout=5000)
    finally:
        window.runner.stop()


def test_a_draft_opens_in_the_form_and_changes_refresh_the_day(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from intake_desk.app.candidates import add_candidate

    from .desk_helpers import open_window

    seed_day(db_path)
    window = open_window(qtbot, db_path)
    try:
        _show_home(window, qtbot)
        lst = window.home.to_finish.list
        row = next(n for n in range(lst.count()) if "Lotte Concept" in lst.item(n).text())
        lst.setCurrentRow(row)
        lst.itemActivated.emit(lst.item(row))
        qtbot.waitUntil(lambda: window.candidates.form.draft_id == "intake-new-1", timeout=5000)
        assert window.candidates.form.values()["first_name"] == "Lotte"
        # A new quick intake elsewhere (runner.changed) shows on Vandaag without a restart.
        window.tabs.setCurrentWidget(window.home)
        record = to_record(empty_values(DAY) | {"first_name": "Bo", "surname": "Nieuw",
                                                "birth_date": "02-02-1992"}, IntakeStatus.QUICK)
        window.runner.submit(add_candidate, record)
        qtbot.waitUntil(lambda: any("Bo Nieuw" in window.home.intakes.list.item(n).text()
                                    for n in range(window.home.intakes.list.count())), timeout=5000)
    finally:
        window.candidates.form.set_dirty(False)  # else closing asks about the restored draft
        window.runner.stop()
