"""`make screenshots`: PNGs of the main views, offscreen, in four passes.

    build/screenshots/            Dutch, as an advisor sees it
    build/screenshots/en/         English (the .qm from `make translations`)
    build/screenshots/pseudo/     pseudo-locale: every string 40% longer and accented (ui/pseudo_locale.py)
    build/screenshots/tekst-200/  Dutch with all text at 200%

Each pass builds a fresh window on a demo database after installing its translator and fonts, the way
the program starts, so texts measured in constructors are the pass's texts. Every module in this
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
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QEventLoop, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

import ui.screenshots as package
from intake_desk import services
from ui.app import build_window, create_app, install_translator
from ui.pseudo_locale import pseudo_translator
from ui.screenshots import WINDOW_SIZE

TEXT_SIZE = {"tekst-200": 200}


def settle(app, ms: int = 150) -> None:  # type: ignore[no-untyped-def]
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


def _english(app: QApplication) -> AbstractContextManager[None]:
    translator = install_translator(app, "en")
    if translator is None:
        raise SystemExit("No English .qm: run 'make translations' first.")
    return _translated(app, translator)


def _pseudo(app: QApplication) -> AbstractContextManager[None]:
    install_translator(app, "nl")
    folder = Path(tempfile.mkdtemp(prefix="pseudo-"))
    translator = pseudo_translator(folder, app)
    app.installTranslator(translator)
    return _translated(app, translator, folder)


@contextmanager
def _dutch(app: QApplication) -> Iterator[None]:
    install_translator(app, "nl")
    yield


PASSES: dict[str, tuple[str, Callable[[QApplication], AbstractContextManager[None]]]] = {
    # name: (sub-folder, what installs the pass's language and fonts for the pass's duration)
    "nl": ("", _dutch),
    "en": ("en", _english),
    "pseudo": ("pseudo", _pseudo),
    "tekst-200": ("tekst-200", _dutch),
}


def run_pass(name: str, out_dir: Path, db_path: Path, first: bool) -> list[Path]:
    folder, setup = PASSES[name]
    target = out_dir / folder if folder else out_dir
    target.mkdir(parents=True, exist_ok=True)
    app = create_app()
    written: list[Path] = []
    with setup(app):
        # The 200% pass uses the text size an advisor picks (Beeld > Tekst groter, or Instellingen).
        _app, window = build_window(db_path, text_size=TEXT_SIZE.get(name, 100))
        window.resize(*WINDOW_SIZE)
        window.show()
        loop = QEventLoop()
        window.ready.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
        settle(app)
        for module in _modules():
            if first and hasattr(module, "shoot_once"):
                written += module.shoot_once(target) or []
            shoot = getattr(module, "shoot", None)
            if shoot is not None:
                window.resize(*WINDOW_SIZE)
                written += shoot(window, target, app, settle) or []
        window.close()
        window.runner.stop()
        window.deleteLater()
        settle(app, 50)
    return written


def main(out_dir: Path, passes: list[str]) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "screens.sqlite"
        db = services.open_or_create(db_path)
        services.add_demo_candidates(db, 40)
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
