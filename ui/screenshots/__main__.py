"""`make screenshots`: PNGs of the main views, offscreen, in four passes.

    build/screenshots/            Dutch, as an advisor sees it
    build/screenshots/en/         English (the .qm from `make translations`)
    build/screenshots/pseudo/     pseudo-locale: every string 40% longer and accented (ui/pseudo_locale.py)
    build/screenshots/tekst-200/  Dutch with all text at 200%

Each pass stores its language and text size in the demo database and starts a fresh window through
`ui.app.start_window`, the function `intake-desk` runs (theme, translator, lazy build, `ready`): what
is photographed is what the advisor gets. The pseudo-locale, which no advisor chooses, is installed on
top for its pass. Each pass checks that its text size reached the widgets. Every module in this
package has `shoot(window, out_dir, app, settle)`; a module may also have `shoot_once(out_dir)` for
images that do not depend on the UI language (the printed plan), written in the first pass only.

Usage: python -m ui.screenshots [out_dir] [--pass nl,en,pseudo,tekst-200]
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication

import ui.screenshots as package
from intake_desk.app.candidates import add_demo_candidates
from intake_desk.app.opening import open_or_create, set_up_encryption
from intake_desk.app.settings import load_settings, store_settings
from intake_desk.interface import Interface
from ui.app import build_window, create_app, install_translator, remember_interface
from ui.pseudo_locale import pseudo_translator
from ui.screenshots import WINDOW_SIZE

if TYPE_CHECKING:
    from ui.main_window import MainWindow

TEXT_SIZE = {"tekst-200": 200}
LANGUAGE = {"en": "en"}
BODY_PX = 12  # qt-material's body text at 100%


def settle(app: QApplication, ms: int = 150, /) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def _modules() -> list[ModuleType]:
    return [importlib.import_module(f"{package.__name__}.{info.name}")
            for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name)]


@contextmanager
def _translated(app: QApplication, translator: QTranslator, folder: Path | None = None
                ) -> Iterator[None]:
    try:
        yield
    finally:
        app.removeTranslator(translator)
        install_translator(app, "nl")  # back to the Dutch default locale
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def _as_stored(app: QApplication) -> Iterator[None]:
    """The language comes from the database, as at a real start (see run_pass)."""
    yield


def _pseudo(app: QApplication) -> AbstractContextManager[None]:
    folder = Path(tempfile.mkdtemp(prefix="pseudo-"))
    translator = pseudo_translator(folder, app)
    app.installTranslator(translator)
    return _translated(app, translator, folder)


PASSES: dict[str, tuple[str, Callable[[QApplication], AbstractContextManager[None]]]] = {
    # name: (sub-folder, what the pass installs on top of a normal start, for the pass's duration)
    "nl": ("", _as_stored),
    "en": ("en", _as_stored),
    "pseudo": ("pseudo", _pseudo),
    "tekst-200": ("tekst-200", _as_stored),
}


def store_pass(db_path: Path, name: str, data: Path) -> None:
    """What an advisor would have chosen in Instellingen for this pass: language and text size,
    stored in the database and in the data folder's interface cache, as the window does on a change."""
    db = open_or_create(db_path)
    try:
        # The welcome dialog's answers too: a plan needs an advisor to print (sample, as such).
        chosen = replace(
            load_settings(db), ui_language=LANGUAGE.get(name, "nl"),
            text_size=TEXT_SIZE.get(name, 100), advisor_name="Voorbeeldadviseur (voorbeeld)",
            advisor_phone="030 123 45 67", advisor_email="adviseur@voorbeeld.nl")
        problems = store_settings(db, chosen)
        if isinstance(problems, list):
            raise SystemExit(f"pass {name}: settings refused: {problems}")
    finally:
        db.close()
    remember_interface(Interface(chosen.ui_language, chosen.theme, chosen.text_size), data)


def check_text_size(window: MainWindow, name: str) -> None:
    """The pass's text size must reach the widgets, not only the status bar (as it once did)."""
    expected = round(BODY_PX * TEXT_SIZE.get(name, 100) / 100)
    got = QFontInfo(window.candidates.search.font()).pixelSize()
    if abs(got - expected) > 1:
        raise SystemExit(f"pass {name}: the search box has {got}px text, expected {expected}px")


def run_pass(name: str, out_dir: Path, db_path: Path, first: bool) -> list[Path]:
    folder, setup = PASSES[name]
    target = out_dir / folder if folder else out_dir
    target.mkdir(parents=True, exist_ok=True)
    app = create_app()
    written: list[Path] = []
    with setup(app), tempfile.TemporaryDirectory(prefix="screens-data-") as data:
        # A fresh data folder per pass, with the interface cache the pass's settings leave behind.
        store_pass(db_path, name, Path(data))
        _app, window = build_window(db_path, Path(data))
        window.resize(*WINDOW_SIZE)
        settle(app)
        check_text_size(window, name)
        for module in _modules():
            if first and hasattr(module, "shoot_once"):
                written += module.shoot_once(target) or []
            shoot = getattr(module, "shoot", None)
            if shoot is not None:
                window.resize(*WINDOW_SIZE)
                written += shoot(window, target, app, settle) or []
        window.close()
        window.runner.stop()
        if window.translator is not None:
            app.removeTranslator(window.translator)
        install_translator(app, "nl")  # back to the Dutch default locale
        window.deleteLater()
        settle(app, 50)
    return written


def main(out_dir: Path, passes: list[str]) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "screens.sqlite"
        # Encrypted, as every new database of an advisor is (issue 15): no "Niet versleuteld"
        # warning in the pictures that nobody would see at a desk. The key stays in this process.
        set_up_encryption(db_path, "schermafbeeldingen van de voorbeelddatabase")
        db = open_or_create(db_path)
        add_demo_candidates(db, 40)
        db.close()
        for n, name in enumerate(passes):
            written += run_pass(name, out_dir, db_path, first=n == 0)
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m ui.screenshots")
    parser.add_argument("out_dir", nargs="?", default="build/screenshots", type=Path)
    parser.add_argument("--pass", dest="passes", default=",".join(PASSES),
                        help="comma-separated passes: " + ", ".join(PASSES))
    args = parser.parse_args()
    chosen = [p.strip() for p in args.passes.split(",") if p.strip()]
    unknown = [p for p in chosen if p not in PASSES]
    if unknown:
        parser.error(f"unknown pass: {', '.join(unknown)}")
    sys.exit(main(args.out_dir, chosen))
