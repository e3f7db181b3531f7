from __future__ import annotations

import importlib
import pkgutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

import ui.screenshots as package
from intake_desk import services
from ui.app import build_window


def settle(app, ms: int = 150) -> None:  # type: ignore[no-untyped-def]
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def main(out_dir: Path) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "screens.sqlite"
        db = services.open_or_create(db_path)
        services.add_demo_candidates(db, 40)
        db.close()
        app, window = build_window(db_path)
        window.resize(1366, 850)
        window.show()
        loop = QEventLoop()
        window.ready.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
        settle(app)
        written: list[Path] = []
        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            shoot = getattr(module, "shoot", None)
            if shoot is not None:
                written += shoot(window, out_dir, app, settle) or []
        window.close()
        window.runner.stop()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "build/screenshots")))
