"""What goes into the bundle besides code; shared by intake-desk.spec and tests/core/test_packaging.py.

Kept free of PyInstaller imports so the cheap tests can check it without a build.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"

# Sources of resources that the running app never reads: the .ts files are compiled into the .qm files
# (`make translations`) and the SVG icon is read as is (the generated .ico/.icns/PNGs live in build/).
SOURCE_ONLY = {".ts"}

# Qt's own translations: the app loads only qtbase_<language> for the interface languages it has
# (ui/app.py install_translator: Dutch, English). The other ~60 languages are left out.
QT_TRANSLATIONS_KEPT = ("qtbase_nl.qm", "qtbase_en.qm")

# Qt modules the app does not use; each keeps its Python binding, library and plugins out.
# The app imports QtCore, QtGui, QtWidgets, QtPrintSupport, QtPdf, QtPdfWidgets (and QtSvg's plugin
# draws the SVG icon), and qt-material imports QtUiTools. Libraries stay when a kept one links them:
# QtPdf links QtNetwork, QtUiTools links QtOpenGL and QtOpenGLWidgets; only their Python bindings go.
UNUSED_QT = [
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtXml",
    "PySide6.QtConcurrent", "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtNetwork",
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtSpatialAudio",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel", "PySide6.QtWebSockets", "PySide6.QtNetworkAuth", "PySide6.QtBluetooth",
    "PySide6.QtNfc", "PySide6.QtPositioning", "PySide6.QtLocation", "PySide6.QtSensors",
    "PySide6.QtSerialPort", "PySide6.QtSerialBus", "PySide6.QtCharts", "PySide6.QtDataVisualization",
    "PySide6.QtGraphs", "PySide6.Qt3DCore", "PySide6.QtStateMachine", "PySide6.QtScxml",
    "PySide6.QtRemoteObjects", "PySide6.QtTextToSpeech", "PySide6.QtHttpServer", "PySide6.QtAxContainer",
    "PySide6.QtDBus", "PySide6.QtSvgWidgets",
]
# Python modules that come along with dependencies but are never used by the app.
# ssl/_hashlib: the app never opens a connection, and hashlib falls back to Python's own blake2b, sha2
# and md5 (the record checksums use blake2b); leaving them out leaves out OpenSSL (5 MB). Pillow (needed
# by ReportLab for a school logo) reads PNG and JPEG; its AVIF and WebP codecs are 6 MB.
UNUSED_PYTHON = ["tkinter", "_tkinter", "unittest", "pydoc_data", "test", "IPython", "numpy",
                 "matplotlib", "pytest", "hypothesis", "PyInstaller", "ssl", "_ssl", "_hashlib",
                 "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingtk",
                 "PIL.ImageTk", "PIL._imagingcms", "PIL.ImageCms", "readline",
                 # phone numbers are parsed, checked and formatted (validation.py); the geocoder, carrier
                 # and time-zone tables (4.6 MB compressed) are never read
                 "phonenumbers.geocoder", "phonenumbers.geodata", "phonenumbers.carrier",
                 "phonenumbers.carrierdata", "phonenumbers.timezone", "phonenumbers.tzdata"]

# Libraries and plugins of Qt that come in as dependencies of what is kept, but that nothing we ship
# loads: Qt Quick/QML (pulled in by the Wayland and virtual-keyboard plugins), the VNC/KMS/framebuffer
# platforms, TLS backends (no network), and the QML tree. Matched against destination paths.
# The GTK platform theme is left out too: it brings GTK's own stack (cairo, pango, gio: ~6 MB) and, loaded
# beside a newer system GTK, the bundled GLib can clash with it; Qt then uses the XDG portal for file
# dialogs. Image formats: the app reads SVG, PNG (built in), JPEG and ICO.
UNUSED_QT_FILES = (
    "libQt6Quick", "libQt6Qml", "libQt6VirtualKeyboard", "libQt6Sql", "libQt6EglFS",
    "libQt6EglFsKms", "/qml/", "platforminputcontexts/libqtvirtualkeyboard", "platforms/libqvnc",
    "platforms/libqlinuxfb", "platforms/libqeglfs", "platforms/libqminimalegl", "platforms/libqvkkhrdisplay",
    "egldeviceintegrations/", "/tls/", "/networkinformation/", "/generic/", "/sqldrivers/", "/qmltooling/",
    "platformthemes/libqgtk3",
    *(f"imageformats/{prefix}q{name}" for prefix in ("", "lib")
      for name in ("tiff", "webp", "tga", "wbmp", "gif", "icns", "pdf")),
)

# Linux: system libraries not bundled although a kept plugin links them. libcups belongs to the system's
# printing (its configuration, its version of the daemon's protocol); bundled, it also drags in GnuTLS,
# Avahi and their kin (~7 MB). Without libcups2 on the machine Qt lists no printers and the app saves
# the plan as PDF; the .deb recommends libcups2.
LEFT_TO_THE_SYSTEM = ("libcups.so",)


def resource_datas() -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for every file under resources/ that the app reads."""
    found = []
    for path in sorted(RESOURCES.rglob("*")):
        if path.is_file() and path.suffix not in SOURCE_ONLY:
            found.append((str(path), str(Path("resources") / path.parent.relative_to(RESOURCES))))
    return found


# qt-material registers every Roboto file it ships (2.9 MB) at each start; ui/theme.py sets DejaVu Sans,
# so the files are left out and an empty folder with a note keeps qt-material's os.listdir working.
ROBOTO = "qt_material/fonts/roboto"


def placeholder_for_roboto(build_dir: Path) -> tuple[str, str]:
    note = build_dir / "roboto" / "LEFT-OUT.txt"
    note.parent.mkdir(parents=True, exist_ok=True)
    note.write_text("Roboto is left out of the Intake Desk bundle: ui/theme.py sets DejaVu Sans.\n",
                    encoding="utf-8")
    return str(note), ROBOTO


def missing_compiled_translations() -> list[str]:
    """The .ts files without their .qm (run `make translations` first): the bundle would speak Dutch
    only."""
    return [ts.name for ts in sorted((RESOURCES / "translations").glob("*.ts"))
            if not ts.with_suffix(".qm").is_file()]


def unused(dest: str) -> bool:
    """True for a bundled file (its path inside the bundle) that the app never loads."""
    dest = "/" + dest.replace("\\", "/")
    if dest.startswith(f"/{ROBOTO}/") and dest.endswith(".ttf"):
        return True
    if "/translations/" in dest and dest.endswith(".qm") and "/resources/" not in dest:
        return dest.rsplit("/", 1)[1] not in QT_TRANSLATIONS_KEPT
    return any(part in dest for part in UNUSED_QT_FILES)


def prune_orphans(binaries: list[tuple[str, str, str]], needs: Callable[[str], list[str]]
                  ) -> list[tuple[str, str, str]]:
    """Linux: drop the system libraries at the top of the bundle that nothing kept links any more.

    PyInstaller collects a plugin's libraries before the spec can leave the plugin out, so leaving out
    libqgtk3 or libcups leaves their libraries behind. `binaries` are PyInstaller's (dest, source, kind)
    entries; `needs(source)` names the libraries a file links (DT_NEEDED). Only plain libraries at the top
    (`libX.so.N`, not libpython, which the bootloader loads by name) are candidates; Python extensions,
    Qt's libraries and plugins are roots.
    """
    kept = [b for b in binaries if not any(b[0].startswith(name) for name in LEFT_TO_THE_SYSTEM)]
    while True:
        wanted = {name for dest, source, _ in kept for name in needs(source)}
        orphans = [b for b in kept if "/" not in b[0].replace("\\", "/") and b[0].startswith("lib")
                   and ".so" in b[0] and not b[0].startswith("libpython") and b[0] not in wanted]
        if not orphans:
            return kept
        kept = [b for b in kept if b not in orphans]
