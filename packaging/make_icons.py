"""Icons for the installers, drawn from resources/icons/intake-desk.svg at build time.

    python packaging/make_icons.py OUT_DIR

writes OUT_DIR/hicolor/<n>x<n>/apps/intake-desk.png (16..512, the Linux icon theme layout),
OUT_DIR/intake-desk.ico (Windows: 16..256 in one file) and OUT_DIR/intake-desk.icns (macOS).
PyInstaller cannot convert an SVG itself; Qt's SVG renderer (offscreen, no display needed) draws each
size, Pillow packs .ico and .icns. Nothing is downloaded.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "intake-desk.svg"


def render(out: Path) -> list[Path]:
    if not os.environ.get("QT_QPA_PLATFORM"):  # no display needed, also on a headless build machine
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts need it)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {SVG} is not a valid SVG")
    written = []
    for n in SIZES:
        image = QImage(n, n, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / "hicolor" / f"{n}x{n}" / "apps" / "intake-desk.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path)):
            raise SystemExit(f"make_icons: could not write {path}")
        written.append(path)
    largest = Image.open(written[-1])
    # Each size as drawn by Qt (crisper than Pillow scaling the largest down).
    drawn = [Image.open(p) for p, n in zip(written, SIZES, strict=True) if n in ICO_SIZES]
    largest.save(out / "intake-desk.ico", sizes=[(n, n) for n in ICO_SIZES], append_images=drawn)
    largest.save(out / "intake-desk.icns")
    largest.save(out / "intake-desk.png")
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")
    render(target)
    print(target)
