"""Issue 4's "done when", as one advisor's morning at a fair and back at the desk, keyboard only:
ten quick intakes in a row, find any of them by three letters of a surname or town, complete one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from intake_desk.domain import IntakeStatus
from intake_desk.storage import candidates as repo
from intake_desk.storage import open_database
from intake_desk.storage.candidates import Filter

from .desk_helpers import open_window

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier

# first, tussenvoegsel, surname, birth date, phone, town, goal, hours
PEOPLE = [
    ("Sanne", "de", "Vries", "14-02-2004", "0612345601", "Zwolle", "Verzorgende IG", "24"),
    ("Mehmet", "", "Yılmaz", "03-09-1979", "0612345602", "Deventer", "Metselaar", "32"),
    ("Anouk", "van", "Dijk", "21-11-1998", "0612345603", "Kampen", "Pedagogisch medewerker", "20"),
    ("Tesfay", "", "Gebremedhin", "01-06-1995", "0612345604", "Apeldoorn", "Logistiek medewerker",
     "36"),
    ("Joyce", "", "Bakker", "30-04-1971", "0612345605", "Hardenberg", "Helpende zorg en welzijn", "16"),
    ("Dragan", "", "Petrović", "12-12-1988", "0612345606", "Emmeloord", "Eerste monteur elektrotechniek",
     "40"),
    ("Lisa", "ter", "Horst", "08-08-2006", "0612345607", "Raalte", "Medewerker ICT support", "32"),
    ("Ahmad", "", "Haddad", "17-03-1990", "0612345608", "Meppel", "Chauffeur goederenvervoer", "38"),
    ("Kim", "", "Nguyễn", "25-01-2001", "0612345609", "Ommen", "Kok", "24"),
    ("Ruud", "", "Kok", "05-07-1966", "0612345610", "Steenwijk", "Medewerker facilitaire dienst", "20"),
]


def _keys(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type like a keyboard does; QTest.keyClicks only knows ASCII (it aborts on ı or ễ)."""
    widget = QApplication.focusWidget()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))


def _tab_in(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    _keys(qtbot, text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def _find(qtbot, window, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    model = window.candidates.model()
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert window.candidates.search.hasFocus()
    qtbot.keyClicks(window.candidates.search, text)  # Ctrl+F selects all: typing replaces the old text

    def shown() -> list[str]:
        return [model.index(r, 0).data() for r in range(model.rowCount())]

    qtbot.waitUntil(lambda: shown() == expected, timeout=5000)


def test_ten_quick_intakes_find_them_again_and_complete_one(qtbot, db_path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, db_path, active=True)
    quick = window.quick
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    for first, tussen, surname, birth, phone, town, goal, hours in PEOPLE:
        assert quick.first_name.hasFocus()
        for text in (first, tussen, surname, birth, phone, "", "", town, goal, hours):
            _tab_in(qtbot, text)
        with qtbot.waitSignal(quick.saved, timeout=5000):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    assert quick.count == 10

    db = open_database(db_path)
    try:
        stored = repo.search(db, Filter())
    finally:
        db.close()
    assert len(stored) == 10 and {r.status for r in stored} == {IntakeStatus.QUICK}

    # three letters of a surname, with or without the accent; three of a town
    _find(qtbot, window, "yil", ["Yılmaz, Mehmet"])
    _find(qtbot, window, "Dij", ["Dijk, Anouk van"])
    _find(qtbot, window, "Ste", ["Kok, Ruud"])
    _find(qtbot, window, "kam", ["Dijk, Anouk van"])
    _find(qtbot, window, "ngu", ["Nguyễn, Kim"])

    # back at the desk: Enter goes to the list, the person opens in the full form
    form = window.candidates.form
    _find(qtbot, window, "Gebr", ["Gebremedhin, Tesfay"])
    with qtbot.waitSignal(form.loaded, timeout=5000):
        qtbot.keyClick(window.candidates.search, Qt.Key.Key_Return)
    assert form.values()["surname"] == "Gebremedhin" and form.values()["town"] == "Apeldoorn"
    qtbot.keyClick(form, Qt.Key.Key_8, ALT)
    _keys(qtbot, "Aangevuld aan de balie; wil in de logistiek.")
    with qtbot.waitSignal(form.saved, timeout=5000, raising=False) as saved:
        qtbot.keyClick(form, Qt.Key.Key_S, CTRL)
    assert saved.signal_triggered, form.status.text()

    db = open_database(db_path)
    try:
        [row] = repo.search(db, Filter(text="Gebremedhin"))
        record = repo.get(db, row.id)[1]
    finally:
        db.close()
    assert row.status is IntakeStatus.COMPLETE
    assert record.intake.notes.startswith("Aangevuld aan de balie")
    assert record.candidate.contact.phone  # what was typed at the fair is still there
    window.runner.stop()
