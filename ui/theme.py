"""The look: qt-material light and dark, and a high-contrast palette, at the advisor's text size.
qt-material stays behind this module so it can be replaced (its upstream is slow).

Text size: qt-material writes `font-size: 12px` on every widget, which ignores the desktop's text size,
so the size is ours to apply: the application font and every px size of the stylesheet are scaled by
the chosen percentage. Headings are made with `heading()`, which sizes them against the body text, so
they follow a new text size (and theme) without a restart.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

THEMES = {
    "light": "light_blue.xml",
    "dark": "dark_teal.xml",
}
HIGH_CONTRAST = "contrast"
CHOICES = ("light", "dark", HIGH_CONTRAST, "system")

# Density -1 and a font that scales with the system keep Dutch labels from being clipped.
_EXTRA = {"density_scale": "-1", "font_family": "DejaVu Sans"}


# Text as written (sentence case): qt-material sets every button, tab, dock title, group box and
# column header in capitals, which read slower and lose the difference between a name and a word.
# GNOME's HIG and Microsoft's Fluent write controls in sentence case; Apple's HIG uses title case for
# English buttons but not capitals; Dutch writes labels in sentence case. The theme stays; only its
# text-transform is undone.
SENTENCE_CASE = "".join(
    f"{selector} {{ text-transform: none; }}\n"
    for selector in ("QPushButton", "QToolButton", "QTabBar", "QTabBar::tab", "QGroupBox",
                     "QDockWidget", "QToolBox::tab", "QHeaderView", "QHeaderView::section"))

_HEADING = "intakeDeskHeading"  # the widget property holding a heading's size against the body text
_HEADING_KEY = "intakeDeskHeadingSize"  # the same as a percent string, which the theme's rules match
_ROLE = "intakeDeskRole"
# The heading sizes the views use. Their rules are part of the application stylesheet, so a heading
# costs no stylesheet of its own (a per-widget stylesheet costs the first frame ~0.5 ms each); a size
# not listed here still works, with its own stylesheet.
HEADING_SIZES = (1.0, 1.1, 1.15, 1.2, 1.25, 1.3, 1.5, 1.55, 1.6, 1.8, 2.0)
# Small looks several views share (`role`): an empty state's hint, the sample-data warning.
ROLES = {"empty": "color: palette(mid); padding: 8px 0;", "sample": "color: #8a4b00;"}


class _Text:
    """The body text size now in force: qt-material's px size, or the application font's points."""

    base_font: QFont | None = None  # the desktop's own font, before any text size was applied
    size = 9.0
    unit = "pt"
    rules = False  # the application stylesheet holds the heading and role rules (a themed look)


def apply(app: QApplication, name: str, cache_dir: Path, text_size: int = 100) -> None:
    """Apply a theme at a text size (percent); qt-material writes its generated icons under our own
    cache_dir, not $HOME."""
    scale = max(text_size, 50) / 100
    if _Text.base_font is None:
        _Text.base_font = QFont(app.font())
    font = QFont(_Text.base_font)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
        _Text.size, _Text.unit = font.pointSizeF(), "pt"
    else:  # a desktop font given in pixels
        font.setPixelSize(round(font.pixelSize() * scale))
        _Text.size, _Text.unit = float(font.pixelSize()), "px"
    if font != app.font():  # at start (100%) there is nothing to change, and no widget to tell
        app.setFont(font)
    app.setStyleSheet("")
    _Text.rules = False
    app.setStyle("Fusion")
    if name == HIGH_CONTRAST:
        app.setPalette(_high_contrast())
        app.setStyleSheet(
            "*:focus { outline: 3px solid #ffff00; }"
            " QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus, QTextEdit:focus,"
            " QPlainTextEdit:focus, QPushButton:focus, QCheckBox:focus, QListView:focus,"
            " QTableView:focus { border: 3px solid #ffff00; }\n" + _shared_rules()
        )
        _Text.rules = True
        _restyle_headings(app)
        return
    app.setPalette(app.style().standardPalette())
    if name not in THEMES:  # the desktop's own look: no application stylesheet at all
        _restyle_headings(app)
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
    sheet = qss.read_text(encoding="utf-8")
    body = re.search(r"font-size:\s*(\d+)px", sheet)
    if body:
        _Text.size, _Text.unit = int(body.group(1)) * scale, "px"
    if scale != 1:
        sheet = re.sub(r"font-size:\s*(\d+)px",
                       lambda m: f"font-size: {round(int(m.group(1)) * scale)}px", sheet)
    # qt-material's focus cue is faint; keyboard users need to see where they are. Its group-box
    # titles are pale on white (about 2:1); the body text colour reads.
    app.setStyleSheet(sheet + "\n*:focus { border: 2px solid #ff9800; }\n" + SENTENCE_CASE
                      + f"QGroupBox::title {{ color: {info.get('text', '#555555')}; }}\n"
                      + _shared_rules())
    _Text.rules = True
    _restyle_headings(app)


def _size_text(size: float) -> str:
    value = _Text.size * size
    return f"{round(value)}px" if _Text.unit == "px" else f"{value:.1f}pt"


def _shared_rules() -> str:
    """The headings at the current text size and the shared roles, for the application stylesheet."""
    return "".join(
        [f'*[{_HEADING_KEY}="{round(s * 100)}"] {{ font-size: {_size_text(s)}; font-weight: bold; }}\n'
         for s in HEADING_SIZES]
        + [f'*[{_ROLE}="{role}"] {{ {style} }}\n' for role, style in ROLES.items()])


def heading(widget: QWidget, size: float) -> None:
    """Make a title `size` times the body text, bold, now and after every later `apply`."""
    widget.setProperty(_HEADING, size)
    if size in HEADING_SIZES:
        widget.setProperty(_HEADING_KEY, str(round(size * 100)))
    _restyle(widget, size)


def role(widget: QWidget, name: str) -> None:
    """Give `widget` one of the shared looks in ROLES, now and after every later `apply`."""
    widget.setProperty(_ROLE, name)
    _restyle_role(widget, name)


def _restyle(widget: QWidget, size: float) -> None:
    if _Text.rules and size in HEADING_SIZES:  # the application stylesheet has its rule
        if widget.styleSheet():
            widget.setStyleSheet("")
        return
    widget.setStyleSheet(f"font-size: {_size_text(size)}; font-weight: bold;")


def _restyle_role(widget: QWidget, name: str) -> None:
    wanted = "" if _Text.rules else ROLES.get(name, "")
    if widget.styleSheet() != wanted:
        widget.setStyleSheet(wanted)


def _restyle_headings(app: QApplication) -> None:
    for widget in app.allWidgets():
        size = widget.property(_HEADING)
        if isinstance(size, float | int):
            _restyle(widget, float(size))
        name = widget.property(_ROLE)
        if isinstance(name, str):
            _restyle_role(widget, name)


def _key(name: str) -> str:
    spec = importlib.util.find_spec("qt_material")
    origin = Path(spec.origin) if spec and spec.origin else Path(".")
    stamp = int(origin.stat().st_mtime) if origin.exists() else 0
    return f"{THEMES[name]}|{_EXTRA}|{stamp}|2"  # |2: theme.json holds the text colour


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
        "text": theme_colours.get("secondaryTextColor", "#555555"),
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
