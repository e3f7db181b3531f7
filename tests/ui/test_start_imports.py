"""What a start imports before the list shows its first page (issue 12).

The advisor waits for the list with data; everything imported before it, on either thread, is time
(the two threads share the GIL). These tests start the window in a fresh process, as an advisor does,
and look at `sys.modules` at the moment the database thread has read the list's first page.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# Runs in a fresh process. The snapshot is taken on the database thread right after the first page
# was read (the model looks the read up in app.desk when it asks, so wrapping it there is enough).
# The parts the window builds after the list are held back (PARTS_AFTER_MS, PAGE_WAIT_MS), so a slow
# machine, where a slow opening would let them start before the page, gives the same set.
FIRST_PAGE_IMPORTS = r"""
import sys
from pathlib import Path

import ui.main_window
from ui.models import candidate_list

ui.main_window.PARTS_AFTER_MS = ui.main_window.PAGE_WAIT_MS = 600_000
seen = []
real_desk = candidate_list._desk


class Desk:
    def __getattr__(self, name):
        return getattr(real_desk(), name)

    @staticmethod
    def first_candidates(*args, **kwargs):
        page = real_desk().first_candidates(*args, **kwargs)
        if not seen:
            seen.append(sorted(sys.modules))
        return page


candidate_list._desk = Desk
from ui.app import start_window

app, window = start_window(Path(sys.argv[1]), Path(sys.argv[2]))
window.candidates.model().loaded.connect(app.quit)
app.exec()
window.runner.stop()
print(len(window.candidates.model().rows))
print(" ".join(seen[0]))
"""

# Not needed to show the list: the fair merge (domain/merge.py, storage/merge.py, ~15 ms), consent
# and privacy rules, bundles, the matcher and the route types with their gap and reason codes
# (~15 ms), phone number checks (~20 ms), the SQLCipher driver for a plain database (~4 ms).
NOT_FOR_THE_LIST = (
    "intake_desk.domain.merge", "intake_desk.storage.merge", "intake_desk.app.merge",
    "intake_desk.storage.consent", "intake_desk.domain.privacy", "intake_desk.bundles",
    "intake_desk.matching", "intake_desk.domain.route", "intake_desk.validation", "phonenumbers",
    "sqlcipher3", "rapidfuzz", "reportlab", "intake_desk.domain.catalog", "intake_desk.domain.intake",
    "intake_desk.domain.record", "intake_desk.storage.catalog", "intake_desk.catalog",
)


def first_page_modules(db_path: Path, cache: Path) -> tuple[int, list[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", FIRST_PAGE_IMPORTS, str(db_path), str(cache)],
                         capture_output=True, text=True, env=env, timeout=120, check=True,
                         cwd=Path(__file__).resolve().parents[2]).stdout
    rows, modules = out.strip().splitlines()[-2:]
    return int(rows), modules.split()


def test_the_list_first_page_imports_no_merge_consent_route_or_matching_module(
        db_path: Path, tmp_path: Path) -> None:
    from .desk_helpers import seed

    seed(db_path, [("Bram", "", "Bakker", "Zwolle"), ("Ans", "de", "Vries", "Kampen")])
    rows, loaded = first_page_modules(db_path, tmp_path / "cache")
    assert rows == 2  # the page was read and shown: the snapshot is of a real start
    assert "sqlite_utils" in loaded and "intake_desk.storage.candidates" in loaded
    found = [m for m in loaded if m.startswith(NOT_FOR_THE_LIST)]
    assert not found, f"imported before the list's first page: {found}"


@pytest.mark.parametrize("name", ["Route", "Intake", "Catalog", "fold", "IntakeStatus"])
def test_a_domain_name_loads_its_own_module_only(name: str) -> None:
    # intake_desk.domain loads each name from its module on first use (PEP 562): asking for the
    # status enum must not build the route or catalog types.
    code = ("import sys, intake_desk.domain as d\n"
            f"getattr(d, {name!r})\n"
            "print(' '.join(m for m in sys.modules if m.startswith('intake_desk.domain.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         timeout=60).stdout.split()
    home = {"Route": "route", "Intake": "intake", "Catalog": "catalog", "fold": "candidate",
            "IntakeStatus": "enums"}[name]
    assert f"intake_desk.domain.{home}" in out
    if name != "Route":
        assert "intake_desk.domain.route" not in out
    if name in ("IntakeStatus", "fold"):
        assert "intake_desk.domain.catalog" not in out and "intake_desk.domain.intake" not in out


def test_every_domain_name_is_where_the_package_says() -> None:
    import intake_desk.domain as domain

    assert sorted(domain._HOME) == sorted(domain.__all__)
    for name in domain.__all__:
        value = getattr(domain, name)
        assert getattr(value, "__name__", name) == name
        assert value.__module__.startswith("intake_desk.domain.")
    with pytest.raises(AttributeError):
        domain.NoSuchName  # type: ignore[attr-defined]  # noqa: B018


def test_the_sqlcipher_driver_loads_only_when_needed() -> None:
    code = ("import sys\n"
            "from intake_desk.storage import cipher\n"
            "print('sqlcipher3' in sys.modules)\n"
            "import sqlite3\n"
            "print(cipher.is_keyed(sqlite3.connect(':memory:')), 'sqlcipher3' in sys.modules)\n"
            "errors = cipher.DatabaseError\n"
            "print(len(errors), 'sqlcipher3' in sys.modules, errors[1].__module__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         timeout=60).stdout.splitlines()
    assert out[0] == "False"
    assert out[1] == "False False"
    assert out[2].startswith("2 True sqlcipher3")


def test_the_cheaper_pyside_check_gives_pyside_s_own_answers() -> None:
    # PySide6 asks after every import whether the module uses PySide6 (for `from __feature__`);
    # ui/pyside_imports.py answers from one read of the file. Same answers, or `from __feature__`
    # would switch the wrong modules.
    import shibokensupport.feature as feature  # type: ignore[import-not-found]

    import intake_desk.storage.candidates
    import ui.main_window
    import ui.models.candidate_list
    from ui.pyside_imports import cheaper

    original = feature._mod_uses_pyside
    if getattr(original, "cheaper", False):
        original = original.__closure__[0].cell_contents  # the check it wraps
    ours = cheaper(original)
    # The core is answered without a read (it never imports Qt, which import-linter checks): its
    # answer is "no" even where a comment names PySide6, which makes no difference to PySide6.
    modules = [sys.modules[n] for n in sorted(sys.modules)
               if n.startswith(("ui", "json", "PySide6", "sqlite_utils", "shiboken"))]
    assert len(modules) > 30
    assert [ours(m) for m in modules] == [original(m) for m in modules]
    assert ours(ui.main_window) and ours(ui.models.candidate_list)
    assert not ours(intake_desk.storage.candidates)


def test_a_slow_first_page_still_comes_before_the_parts(qtbot, db_path: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                        monkeypatch) -> None:
    # A busy machine: the page is read well after the core was imported. The parts (the intake form
    # first, ~300 ms of imports there) used to start on a timer from `core_loaded` and then stood in
    # front of the page; they wait for it now (only an opening that is still busy lets them start).
    import time

    from intake_desk.app import desk
    from ui.app import start_window

    from .desk_helpers import seed

    real = desk.first_candidates

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        time.sleep(0.6)
        return real(*args, **kwargs)

    monkeypatch.setattr(desk, "first_candidates", slow)
    seed(db_path, [("Bram", "", "Bakker", "Zwolle")])
    _app, window = start_window(db_path, tmp_path / "cache", themed=False)
    qtbot.addWidget(window)
    at_list: list[bool] = []
    window.candidates.model().loaded.connect(
        lambda: at_list.append(hasattr(window.candidates, "form")))
    try:
        with qtbot.waitSignal(window.ready, timeout=20_000):
            pass
        assert at_list[:1] == [False]  # the rows were shown before the intake form was built
        assert window.candidates.model().rowCount() == 1 and hasattr(window.candidates, "form")
    finally:
        window.runner.stop()
