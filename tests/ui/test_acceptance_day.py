"""Issue 12's acceptance test: an advisor's day in the window `intake-desk` starts (ui.app.start_window),
by keyboard where the advisor would use it.

First start (the welcome, when ui.dialogs.welcome exists), ten intakes at the fair, search, open,
complete one at the desk, its routes, save a plan, preview, save as PDF, the catalog with rows, and
quitting with and without discarding, each checked in the database afterwards.

The same scenario runs once more on a real X server (Xvfb) in a process of its own, with key events
from the X server (`test_the_day_on_a_real_x_server`, marker `xvfb`): `python -m tests.ui.
test_acceptance_day DATA_DIR` plays it there.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget
from pytestqt.exceptions import TimeoutError as WaitTimeout

from intake_desk.domain import ConsentPurpose, IntakeStatus
from intake_desk.storage import candidates as repo
from intake_desk.storage import drafts, open_database
from intake_desk.storage import plans as plan_repo
from intake_desk.storage import settings as settings_repo
from intake_desk.storage.candidates import Filter

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
KEYPAD = Qt.KeyboardModifier.KeypadModifier
ROOT = Path(__file__).resolve().parents[2]

# first, tussenvoegsel, surname, birth date, phone, town, goal, hours, consent
PEOPLE = [
    ("Sanne", "de", "Vries", "14-02-1990", "0612345601", "Zwolle", "Verzorgende IG", "24", True),
    ("Mehmet", "", "Yılmaz", "03-09-1979", "0612345602", "Deventer", "Metselaar", "32", True),
    ("Anouk", "van", "Dijk", "21-11-1998", "0612345603", "Kampen", "Pedagogisch medewerker", "20",
     False),
    ("Tesfay", "", "Gebremedhin", "01-06-1995", "0612345604", "Apeldoorn", "Logistiek medewerker",
     "36", True),
    ("Joyce", "", "Bakker", "30-04-1971", "0612345605", "Hardenberg", "Helpende zorg en welzijn", "16",
     True),
    ("Dragan", "", "Petrović", "12-12-1988", "0612345606", "Emmeloord",
     "Eerste monteur elektrotechniek", "40", False),
    ("Lisa", "ter", "Horst", "08-08-2006", "0612345607", "Raalte", "Medewerker ICT support", "32", True),
    ("Ahmad", "", "Haddad", "17-03-1990", "0612345608", "Meppel", "Chauffeur goederenvervoer", "38",
     True),
    ("Kim", "", "Nguyễn", "25-01-2001", "0612345609", "Ommen", "Kok", "24", False),
    ("Ruud", "", "Kok", "05-07-1966", "0612345610", "Steenwijk", "Medewerker facilitaire dienst", "20",
     True),
]


class Day:
    """The advisor's hands: keys go to the widget with the focus, as on a keyboard."""

    def __init__(self, qtbot: Any):
        self.qtbot = qtbot

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "no widget has the keyboard focus"
        return widget

    def type(self, text: str) -> None:
        """QTest.keyClicks knows only ASCII (it aborts on ı or ễ): other letters as a keyboard
        layout would send them."""
        for char in text:
            widget = self.focus()
            if char.isascii():
                self.qtbot.keyClicks(widget, char)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                         Qt.KeyboardModifier.NoModifier, char))

    def key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
            widget: QWidget | None = None) -> None:
        self.qtbot.keyClick(widget or self.focus(), key, modifiers)

    def tab_to(self, target: QWidget, most: int = 8) -> None:
        """Tab until `target` has the focus, as an advisor does past a field they leave empty."""
        for _ in range(most):
            if target.hasFocus():
                return
            self.key(Qt.Key.Key_Tab)
        assert target.hasFocus(), f"Tab did not reach {target.objectName() or target}"


class XDay(Day):
    """The same hands on a real X server: every key and letter goes through the X server's keyboard
    (xdotool, XTEST), to whichever window has the X input focus, as from a physical keyboard."""

    NAMES = {Qt.Key.Key_Tab: "Tab", Qt.Key.Key_Return: "Return", Qt.Key.Key_Space: "space",
             Qt.Key.Key_Plus: "plus", Qt.Key.Key_Equal: "equal"}

    def __init__(self, qtbot: Any, xdotool: str):
        super().__init__(qtbot)
        self.xdotool = xdotool

    def _x(self, *args: str, chars: int = 1) -> None:
        subprocess.run([self.xdotool, *args], check=True, timeout=30)
        # The X server has the events; Qt reads and handles them in its event loop.
        self.qtbot.wait(30 + 8 * chars)

    def type(self, text: str) -> None:
        """ASCII through the X keyboard. Xvfb's US keymap has no ı or ễ, and the keys xdotool maps
        for them on the fly arrive before Qt has read the new keymap (they are lost): such letters
        come as a compose or input method would deliver them, straight to the focused widget."""
        run = ""
        for char in text + "\0":
            if char.isascii() and char != "\0":
                run += char
                continue
            if run:
                self._x("type", "--delay", "4", "--", run, chars=len(run))
                run = ""
            if char != "\0":
                super().type(char)

    def key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
            widget: QWidget | None = None) -> None:
        if modifiers & KEYPAD and key == Qt.Key.Key_Plus:
            name = "KP_Add"
        else:
            name = self.NAMES.get(key) or chr(int(key.value)).lower()
        mods = [m for flag, m in ((CTRL, "ctrl"), (SHIFT, "shift"), (ALT, "alt")) if modifiers & flag]
        self._x("key", "--clearmodifiers", "+".join([*mods, name]))


def stored_state(db_path: Path) -> dict[str, Any]:
    db = open_database(db_path)
    try:
        rows = repo.search(db, Filter(), limit=1000)
        return {"drafts": drafts.all_drafts(db), "candidates": rows,
                "settings": settings_repo.load(db)}
    finally:
        db.close()


def first_start(qtbot: Any, day: Day, window: Any) -> bool:
    """The welcome: the advisor's name and organisation. False when this version has no welcome."""
    try:
        from ui.dialogs.welcome import WelcomeDialog
    except ImportError:
        return False
    qtbot.wait(200)  # the window may open it by itself once it is ready
    dialog = window.findChild(WelcomeDialog)
    if dialog is None or not dialog.isVisible():
        dialog = WelcomeDialog(window.runner, window)
        dialog.open()
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    dialog.activateWindow()
    dialog.fields.edits["advisor_name"].setFocus()
    qtbot.waitUntil(lambda: dialog.fields.edits["advisor_name"].hasFocus(), timeout=5000)
    day.type("Jan de Boer")
    day.tab_to(dialog.fields.edits["school_name"])
    day.type("Leerwerkloket Zwolle")
    day.tab_to(dialog.fields.edits["advisor_phone"])
    day.type("038 1234567")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        day.key(Qt.Key.Key_Return)
    return True


def fair(qtbot: Any, day: Day, window: Any) -> None:
    """Ten people at the stand, keyboard only: Ctrl+Shift+N, fields with Tab, Ctrl+Enter."""
    quick = window.quick
    day.key(Qt.Key.Key_N, CTRL | SHIFT, window)
    qtbot.waitUntil(quick.first_name.hasFocus, timeout=5000)
    for first, tussen, surname, birth, phone, town, goal, hours, consent in PEOPLE:
        assert quick.first_name.hasFocus(), f"{first}: the focus is on {QApplication.focusWidget()!r}"
        for widget, text in ((quick.first_name, first), (quick.tussenvoegsel, tussen),
                             (quick.surname, surname), (quick.birth_date, birth), (quick.phone, phone),
                             (quick.town, town), (quick.goal, goal), (quick.hours, hours)):
            day.tab_to(widget)
            day.type(text)
        if consent:
            day.tab_to(quick.consent)
            day.key(Qt.Key.Key_Space)
            assert quick.consent.isChecked()
        with qtbot.waitSignal(quick.saved, timeout=10_000):
            day.key(Qt.Key.Key_Return, CTRL)
        # The next person: an empty form, and no plan of the one before beside it.
        assert window.plan_panel.candidate_id == "" and window.plan_panel.data == b""
    assert quick.count == len(PEOPLE)


def find(qtbot: Any, day: Day, window: Any, text: str, expected: list[str]) -> None:
    model = window.candidates.model()
    day.key(Qt.Key.Key_F, CTRL, window)
    qtbot.waitUntil(window.candidates.search.hasFocus, timeout=5000)
    day.type(text)  # Ctrl+F selects the old text: typing replaces it

    def shown() -> list[str]:
        return [model.index(r, 0).data() for r in range(model.rowCount())]

    try:
        qtbot.waitUntil(lambda: shown() == expected, timeout=5000)
    except WaitTimeout:
        raise AssertionError(f"searching {window.candidates.search.text()!r} shows {shown()}, "
                             f"not {expected}") from None


def complete_at_the_desk(qtbot: Any, day: Day, window: Any) -> str:
    """Sanne comes to the desk: found, opened with Enter, her Dutch filled in, saved (Ctrl+S)."""
    form = window.candidates.form
    find(qtbot, day, window, "Vries", ["Vries, Sanne de"])
    with qtbot.waitSignal(form.loaded, timeout=10_000):
        day.key(Qt.Key.Key_Return)
    candidate_id = str(form.candidate_id)
    from ui.views.intake_form import SECTIONS

    day.key(getattr(Qt.Key, f"Key_{SECTIONS.index('language') + 1}"), ALT, form)
    dutch = form.widgets["dutch_overall"]
    assert dutch.currentData() == "onbekend"  # not asked at the fair: not silently "geen"
    dutch.setFocus()
    qtbot.waitUntil(dutch.hasFocus, timeout=5000)
    day.type("B2")  # a combo box selects the item that starts with what is typed
    assert dutch.currentData() == "B2"
    with qtbot.waitSignal(form.saved, timeout=10_000, raising=False) as saved:
        day.key(Qt.Key.Key_S, CTRL, form)
    assert saved.signal_triggered, form.status.text()
    return candidate_id


def routes_plan_and_pdf(qtbot: Any, day: Day, window: Any, candidate_id: str, target: Path,
                        monkeypatch: pytest.MonkeyPatch) -> int:
    """The routes for the candidate, the first saved as a plan, its preview, saved as PDF."""
    from PySide6.QtWidgets import QDockWidget

    from ui import file_dialogs

    panel = window.match_panel
    routes_dock = window.findChild(QDockWidget, "routes")
    routes_dock.show()
    routes_dock.raise_()
    qtbot.waitUntil(lambda: panel.candidate_id == candidate_id and panel.data is not None,
                    timeout=30_000)
    plan = window.plan_panel
    with qtbot.waitSignal(plan.rendered, timeout=30_000):
        if panel.proposed:
            qtbot.waitUntil(panel.save_button.isEnabled, timeout=10_000)
            button = panel.save_button
        else:  # nothing fits: the candidate still leaves with a plan (why not yet, what to do)
            button = panel.no_route_button
            qtbot.waitUntil(button.isVisible, timeout=10_000)
        button.setFocus()
        qtbot.waitUntil(button.hasFocus, timeout=5000)
        day.key(Qt.Key.Key_Space)
    routes = len(panel.proposed)
    window.plan_dock.show()
    window.plan_dock.raise_()
    assert plan.document.pageCount() >= 1  # the preview shows the plan
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: str(target))
    plan.save_button.setFocus()
    qtbot.waitUntil(plan.save_button.hasFocus, timeout=5000)
    day.key(Qt.Key.Key_Space)
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert target.read_bytes().startswith(b"%PDF")
    assert target.name in window.statusBar().currentMessage()  # the confirmation names the file
    return routes


def half_a_person(qtbot: Any, day: Day, window: Any) -> None:
    """Someone starts at the stand and leaves; what was typed is in a draft by now."""
    quick = window.quick
    day.key(Qt.Key.Key_N, CTRL | SHIFT, window)
    qtbot.waitUntil(quick.first_name.hasFocus, timeout=5000)
    day.type("Fatima")
    day.tab_to(quick.surname)
    day.type("El Amrani")
    day.tab_to(quick.phone)  # leaving a field keeps a draft
    qtbot.waitUntil(lambda: bool(stored_state(window.runner.path)["drafts"]), timeout=10_000)


def play_the_day(qtbot: Any, db_path: Path, out_dir: Path, monkeypatch: pytest.MonkeyPatch,
                 start: Callable[[], Any], day: Day | None = None) -> dict[str, Any]:
    """The whole day; returns what was found, for the caller's checks."""
    day = day or Day(qtbot)
    window = start()
    # The day starts on Vandaag, the day's overview: no candidate bar or docks over it.
    assert window.tabs.currentWidget() is window.home
    assert window.workspace_bar.isHidden()
    assert not any(d.isVisible() for d in window.findChildren(QDockWidget))
    report: dict[str, Any] = {"welcome": first_start(qtbot, day, window)}
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    fair(qtbot, day, window)
    find(qtbot, day, window, "yil", ["Yılmaz, Mehmet"])
    find(qtbot, day, window, "kam", ["Dijk, Anouk van"])
    candidate_id = complete_at_the_desk(qtbot, day, window)
    report["routes"] = routes_plan_and_pdf(qtbot, day, window, candidate_id, out_dir / "plan-sanne.pdf",
                                           monkeypatch)
    day.key(Qt.Key.Key_F, CTRL, window)
    window.tabs.setCurrentWidget(window.catalog)
    qtbot.waitUntil(lambda: window.catalog.model.rowCount() > 0, timeout=10_000)
    report["catalog_rows"] = window.catalog.model.rowCount()
    # Quit, discarding a half-typed person: nothing of it may stay.
    half_a_person(qtbot, day, window)
    from .desk_helpers import answer_close

    asked = answer_close(monkeypatch, "Weggooien")
    day.key(Qt.Key.Key_Q, CTRL, window)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    window.runner.stop()
    assert asked, "quitting with unsaved input must ask"
    report["after_discard"] = stored_state(db_path)
    report["candidate_id"] = candidate_id
    # Next start: keep a half-typed person as a draft this time; it is offered back.
    window = start()
    half_a_person(qtbot, day, window)
    answer_close(monkeypatch, "Bewaren als concept")
    day.key(Qt.Key.Key_Q, CTRL, window)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    window.runner.stop()
    report["after_keep"] = stored_state(db_path)
    window = start()
    qtbot.waitUntil(lambda: len(window.candidates.pending_drafts) == 1, timeout=10_000)
    report["offered_back"] = window.candidates.drafts_text.text()
    window.candidates.discard_next_draft()
    qtbot.waitUntil(lambda: not stored_state(db_path)["drafts"], timeout=10_000)
    window.runner.stop()
    return report


def check_the_day(report: dict[str, Any], db_path: Path, out_dir: Path) -> None:
    names = {r.formal_name for r in report["after_discard"]["candidates"]}
    assert len(names) == len(PEOPLE) and "Amrani, Fatima El" not in names
    assert report["after_discard"]["drafts"] == []
    assert not any("Fatima" in json.dumps(d.values, ensure_ascii=False)
                   for d in report["after_discard"]["drafts"])
    kept = report["after_keep"]["drafts"]
    assert len(kept) == 1 and kept[0].values["surname"] == "El Amrani"
    assert len(report["after_keep"]["candidates"]) == len(PEOPLE)
    assert "Fatima" in report["offered_back"]
    assert report["catalog_rows"] > 0
    assert (out_dir / "plan-sanne.pdf").read_bytes().startswith(b"%PDF")
    db = open_database(db_path)
    try:
        _meta, record = repo.get(db, report["candidate_id"])
        statuses = {r.status for r in repo.search(db, Filter(), limit=1000)}
        versions = plan_repo.versions(db, report["candidate_id"])
    finally:
        db.close()
    assert record.intake.status is IntakeStatus.COMPLETE
    assert record.intake.consent.allows(ConsentPurpose.PLAN)  # the tick at the fair
    assert record.intake.dutch.overall.value == "B2"
    assert statuses == {IntakeStatus.QUICK, IntakeStatus.COMPLETE}
    assert len(versions) == 1
    if report["welcome"]:
        assert report["after_discard"]["settings"].advisor_name == "Jan de Boer"


def test_an_advisors_day_in_the_started_window(qtbot, db_path: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from .desk_helpers import open_window

    def start() -> Any:
        window = open_window(qtbot, db_path, active=True)
        return window

    if not _has_welcome():
        # TODO(issue 12): the welcome dialog is not there yet; the advisor's name is set directly.
        _set_advisor(db_path)
    report = play_the_day(qtbot, db_path, tmp_path, monkeypatch, start)
    check_the_day(report, db_path, tmp_path)


def _has_welcome() -> bool:
    try:
        import ui.dialogs.welcome  # noqa: F401
    except ImportError:
        return False
    return True


def _set_advisor(db_path: Path) -> None:
    from dataclasses import replace

    db = open_database(db_path)
    with db.atomic():
        settings_repo.save(db, replace(settings_repo.load(db), advisor_name="Jan de Boer"))
    db.close()


# --- the same day on a real X server ---------------------------------------------------------------

XVFB_RUN = shutil.which("xvfb-run")
CHILD = "INTAKE_DESK_X_CHILD"  # set for the pytest run inside xvfb-run


@pytest.mark.xvfb
@pytest.mark.slow  # 30-45 s on a loaded 2-core machine: `make test-slow`
@pytest.mark.skipif(XVFB_RUN is None, reason="xvfb-run is not installed (packaging/system-deps.sh "
                    "installs it as root: sh packaging/system-deps.sh xvfb)")
@pytest.mark.skipif(bool(os.environ.get(CHILD)), reason="already on the X server")
def test_the_day_on_a_real_x_server(tmp_path: Path) -> None:
    """The xcb platform on a 1366x768 virtual screen; with xdotool every key of the day goes through
    the X server's keyboard (Ctrl++ too, where a US layout needs Shift for '+')."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.update({CHILD: str(tmp_path), "PYTHONPATH": str(ROOT)})
    done = subprocess.run(
        [str(XVFB_RUN), "-a", "-s", "-screen 0 1366x768x24", sys.executable, "-m", "pytest",
         "-p", "no:cacheprovider", "-q", "-m", "xvfb", "-k", "in_this_x_session",
         str(Path(__file__))],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-3000:]
    result = json.loads((tmp_path / "x-result.json").read_text())
    assert result["platform"] == "xcb"
    assert result["fits"], result
    if result["xdotool"]:
        # Ctrl with '+' (Shift+= on the US layout), with '=' (no Shift), and with the keypad's '+'
        assert result["text_sizes"] == [125, 150, 175], result


@pytest.mark.xvfb
@pytest.mark.skipif(not os.environ.get(CHILD), reason="runs inside xvfb-run only")
def test_the_day_in_this_x_session(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from intake_desk.app.opening import open_or_create
    from ui.app import build_window

    out_dir = Path(os.environ[CHILD])
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    db_path = out_dir / "intake.sqlite"
    open_or_create(db_path).close()
    if not _has_welcome():
        _set_advisor(db_path)
    xdotool = shutil.which("xdotool")
    day = XDay(qtbot, xdotool) if xdotool else Day(qtbot)

    def start() -> Any:
        _app, window = build_window(db_path, out_dir / "data", themed=False)
        qtbot.addWidget(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
        return window

    report = play_the_day(qtbot, db_path, out_dir, monkeypatch, start, day)
    check_the_day(report, db_path, out_dir)
    window = start()
    qtbot.wait(300)  # the window manager-less X server has placed it
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    sizes: list[int] = []
    if xdotool:
        window.candidates.search.setFocus()
        qtbot.waitUntil(window.candidates.search.hasFocus, timeout=5000)

        def stored_size() -> int:
            return int(stored_state(db_path)["settings"].text_size)

        for key, modifiers in ((Qt.Key.Key_Plus, CTRL), (Qt.Key.Key_Equal, CTRL),
                               (Qt.Key.Key_Plus, CTRL | KEYPAD)):
            before = stored_size()
            day.key(key, modifiers)
            with contextlib.suppress(WaitTimeout):  # reported through the result file
                qtbot.waitUntil(lambda before=before: stored_size() != before, timeout=5000)
            sizes.append(stored_size())
    window.runner.stop()
    (out_dir / "x-result.json").write_text(json.dumps({
        "platform": app.platformName(), "fits": area.contains(frame), "frame": frame.getRect(),
        "area": area.getRect(), "xdotool": bool(xdotool), "text_sizes": sizes}))
