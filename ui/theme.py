"""The look: qt-material light and dark, and a high-contrast palette. qt-material stays behind this
module so it can be replaced (its upstream is slow)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

THEMES = {
    "light": "light_blue.xml",
    "dark": "dark_teal.xml",
}
HIGH_CONTRAST = "contrast"
CHOICES = ("light", "dark", HIGH_CONTRAST, "system")

# Density -1 and a font that scales with the system keep Dutch labels from being clipped.
_EXTRA = {"density_scale": "-1", "font_family": "DejaVu Sans"}


def apply(app: QApplication, name: str, cache_dir: Path) -> None:
    """Apply a theme; qt-material writes its generated icons under our own cache_dir, not $HOME."""
    app.setStyleSheet("")
    app.setStyle("Fusion")
    if name == HIGH_CONTRAST:
        app.setPalette(_high_contrast())
        app.setStyleSheet(
            "*:focus { outline: 3px solid #ffff00; }"
            " QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus, QTextEdit:focus,"
            " QPlainTextEdit:focus, QPushButton:focus, QCheckBox:focus, QListView:focus,"
            " QTableView:focus { border: 3px solid #ffff00; }"
        )
        return
    app.setPalette(app.style().standardPalette())
    if name not in THEMES:
        return
    folder = cache_dir / name
    qss, meta = folder / "stylesheet.qss", folder / "theme.json"
    if not (qss.is_file() and meta.is_file() and json.loads(meta.read_text()).get("key") == _key(name)):
        _build(app, name, folder, qss, meta)
    # Later starts reuse the generated stylesheet and icons: rebuilding them costs ~140 ms at start-up.
    info = json.loads(meta.read_text())
    QDir.addSearchPath("icon", str(folder / "icons"))
    QDir.addSearchPath("qt_material", info["resources"])
    palette = app.palette()
    text = QColor(info["primary"])
    text.setAlpha(92)
    palette.setColor(QPalette.ColorRole.Text, text)
    app.setPalette(palette)
    # qt-material's focus cue is faint; keyboard users need to see where they are.
    app.setStyleSheet(qss.read_text(encoding="utf-8") + "\n*:focus { border: 2px solid #ff9800; }\n"
                      "QHeaderView::section { text-transform: none; }\n")


def _key(name: str) -> str:
    spec = importlib.util.find_spec("qt_material")
    origin = Path(spec.origin) if spec and spec.origin else Path(".")
    stamp = int(origin.stat().st_mtime) if origin.exists() else 0
    return f"{THEMES[name]}|{_EXTRA}|{stamp}"


def _build(app: QApplication, name: str, folder: Path, qss: Path, meta: Path) -> None:
    import qt_material  # after PySide6, or qt-material switches its GUI part off

    folder.mkdir(parents=True, exist_ok=True)
    qt_material.apply_stylesheet(
        app, theme=THEMES[name], parent=str((folder / "icons").resolve()), extra=dict(_EXTRA),
        invert_secondary=name == "light", save_as=str(qss),
    )
    theme_colours = qt_material.get_theme(THEMES[name], invert_secondary=name == "light")
    meta.write_text(json.dumps({
        "key": _key(name),
        "primary": theme_colours["primaryColor"],
        "resources": str(Path(qt_material.__file__).parent / "resources"),
    }))


def _high_contrast() -> QPalette:
    p = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button,
                 QPalette.ColorRole.AlternateBase, QPalette.ColorRole.ToolTipBase):
        p.setColor(role, black)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText, QPalette.ColorRole.ToolTipText):
        p.setColor(role, white)
    p.setColor(QPalette.ColorRole.Highlight, yellow)
    p.setColor(QPalette.ColorRole.HighlightedText, black)
    p.setColor(QPalette.ColorRole.Link, yellow)
    return p
