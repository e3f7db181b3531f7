"""Cheap checks of the packaging (no build here: `make package` builds and smoke-tests the bundle).

What they guard: the spec's paths do not depend on the current directory, every resource the app reads
goes into the bundle, nothing the code imports is left out, the launcher calls freeze_support before the
app, the menu entry and the AppStream file agree, and the bundle's pruning keeps what is linked.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bundle_files() -> ModuleType:
    return load(PACKAGING / "bundle_files.py")


def test_spec_paths_are_relative_to_the_spec_not_the_current_directory() -> None:
    text = (PACKAGING / "intake-desk.spec").read_text(encoding="utf-8")
    assert "SPECPATH" in text
    # every literal path would be resolved from wherever pyinstaller was started
    assert not re.search(r"""["']\.\.?[/\\]""", text), "a path literal relative to the current directory"
    assert "launcher.py" in text and "ui/main.py" not in text


def test_every_resource_the_app_reads_is_bundled_where_paths_resource_finds_it(bundle_files) -> None:
    datas = bundle_files.resource_datas()
    bundled = {Path(dest) / Path(source).name for source, dest in datas}
    on_disk = [p for p in (ROOT / "resources").rglob("*") if p.is_file()]
    for path in on_disk:
        inside = Path("resources") / path.relative_to(ROOT / "resources")
        if path.suffix in bundle_files.SOURCE_ONLY:
            assert inside not in bundled
        else:
            assert inside in bundled, f"{inside} is not in the bundle"
    folders = {p.parent for p in on_disk if p.suffix not in bundle_files.SOURCE_ONLY}
    assert {"fonts", "icons", "reference", "sample", "translations"} <= {
        part for f in folders for part in f.relative_to(ROOT / "resources").parts[:1]}
    # each translation source has its compiled file in the bundle (make translations ran)
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        assert Path("resources/translations") / ts.with_suffix(".qm").name in bundled


def test_left_out_qt_files_keep_what_the_app_loads(bundle_files) -> None:
    unused = bundle_files.unused
    assert unused("PySide6/Qt/translations/qtbase_de.qm")
    assert unused("PySide6/Qt/translations/qt_help_nl.qm")
    assert not unused("PySide6/Qt/translations/qtbase_nl.qm")  # ui/app.py install_translator
    assert not unused("resources/translations/intake_desk_en.qm")  # ours, whatever its language
    assert not unused("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert not unused("PySide6/Qt/plugins/platforms/libqoffscreen.so")
    assert not unused("PySide6/Qt/plugins/imageformats/libqsvg.so")  # the window icon is an SVG
    assert not unused("PySide6\\Qt\\plugins\\imageformats\\qsvg.dll")
    assert not unused("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so")
    assert unused("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert unused("PySide6/Qt/plugins/imageformats/qtiff.dll")
    assert unused("qt_material/fonts/roboto/Roboto-Bold.ttf")
    assert not unused("qt_material/themes/light_blue.xml")


def _imported_modules(folder: Path) -> set[str]:
    names: set[str] = set()
    for path in folder.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
    return names


def test_nothing_the_code_imports_is_excluded(bundle_files) -> None:
    imported = _imported_modules(ROOT / "intake_desk") | _imported_modules(ROOT / "ui") | {
        "ui.main", "multiprocessing"}
    qt_material = importlib.util.find_spec("qt_material")
    assert qt_material is not None and qt_material.origin is not None
    imported |= _imported_modules(Path(qt_material.origin).parent)  # it imports QtUiTools
    excluded = set(bundle_files.UNUSED_QT) | set(bundle_files.UNUSED_PYTHON)
    clash = {name for name in imported for ex in excluded if name == ex or name.startswith(ex + ".")}
    assert not clash, f"excluded from the bundle but imported: {sorted(clash)}"


def test_prune_orphans_drops_only_libraries_nothing_links(bundle_files) -> None:
    links = {
        "src/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "src/libQt6Gui.so.6": ["libfreetype.so.6", "libglib-2.0.so.0"],
        "src/libqgtk3.so": [],  # already left out by the spec
        "src/libfreetype.so.6": ["libpng16.so.16"],
        "src/libpng16.so.16": [],
        "src/libglib-2.0.so.0": [],
        "src/libcairo.so.2": ["libpng16.so.16", "libpixman-1.so.0"],  # only libqgtk3 wanted it
        "src/libpixman-1.so.0": [],
        "src/libcups.so.2": ["libgnutls.so.30"],
        "src/libgnutls.so.30": [],
        "src/libpython3.13.so.1.0": [],  # loaded by the bootloader by name
    }
    binaries = [(Path(src).name if src.count("/") == 1 and "abi3" not in src else f"PySide6/{Path(src).name}",
                 src, "BINARY") for src in links if "libqgtk3" not in src]
    kept = {dest for dest, _, _ in bundle_files.prune_orphans(binaries, lambda src: links[src])}
    assert {"libfreetype.so.6", "libpng16.so.16", "libglib-2.0.so.0", "libpython3.13.so.1.0",
            "PySide6/QtGui.abi3.so"} <= kept
    assert not {"libcairo.so.2", "libpixman-1.so.0", "libcups.so.2", "libgnutls.so.30"} & kept


def test_launcher_calls_freeze_support_before_the_app(monkeypatch) -> None:
    calls: list[str] = []
    import multiprocessing

    import ui.main

    monkeypatch.setattr(multiprocessing, "freeze_support", lambda: calls.append("freeze_support"))
    monkeypatch.setattr(ui.main, "main", lambda argv=None: calls.append("app") or 7)
    launcher = load(PACKAGING / "launcher.py")
    assert launcher.main() == 7
    assert calls == ["freeze_support", "app"]


def test_launcher_runs_the_installed_entry_point() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    module, _, function = scripts["intake-desk"].partition(":")
    text = (PACKAGING / "launcher.py").read_text(encoding="utf-8")
    assert f"from {module} import {function}" in text


def test_menu_entry_and_appstream_agree() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(PACKAGING / "intake-desk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert desktop["Exec"].split()[0] in scripts
    assert desktop["Categories"] == "Office;Education;"
    for key in ("Name", "Comment", "GenericName"):
        assert key in desktop
    assert desktop["Comment[nl]"] != desktop["Comment"]  # Dutch beside English
    assert desktop["Icon"] == "intake-desk"
    meta = ET.parse(PACKAGING / "deb" / "nl.intakedesk.IntakeDesk.metainfo.xml").getroot()
    assert meta.findtext("launchable") == "intake-desk.desktop"
    assert meta.findtext("provides/binary") == desktop["Exec"].split()[0]
    langs = {s.get("{http://www.w3.org/XML/1998/namespace}lang") for s in meta.findall("summary")}
    assert langs == {None, "nl"}


def test_smoke_test_finds_the_programs_of_each_kind_of_target(tmp_path: Path) -> None:
    smoke = load(PACKAGING / "smoke_test.py")
    app = tmp_path / "Intake Desk.app"
    app.mkdir()
    gui, cli = smoke.executables(app)
    assert gui == cli == [str(app / "Contents" / "MacOS" / "intake-desk")]
    installed = tmp_path / "intake-desk"
    installed.write_text("")
    assert smoke.executables(installed) == ([str(installed)], [str(installed)])
    env = smoke.clean_env(tmp_path / "home")
    assert env["HOME"] == str(tmp_path / "home")
    # nothing of ours but the passphrase that answers the first start's question (issue 15)
    assert not any(k.startswith(("XDG_", "INTAKE_DESK_", "QT_")) for k in env
                   if k != "INTAKE_DESK_PASSPHRASE")
    assert env["INTAKE_DESK_PASSPHRASE"] == smoke.SMOKE_PASSPHRASE


def test_every_release_job_smoke_tests_what_it_built_and_names_its_secrets() -> None:
    text = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    jobs = re.split(r"^  (\w+):\n", text.split("\njobs:\n", 1)[1], flags=re.M)
    by_name = dict(zip(jobs[1::2], jobs[2::2], strict=True))
    assert {"linux", "windows", "macos"} <= set(by_name)
    for name in ("linux", "windows", "macos"):
        assert "smoke_test.py" in by_name[name] or "package-check" in by_name[name], name
    assert "macos-15-intel" in by_name["macos"] and "macos-15 " in by_name["macos"]
    for secret in ("WINDOWS_CERTIFICATE", "MACOS_CERTIFICATE", "MACOS_SIGNING_IDENTITY", "APPLE_TEAM_ID"):
        assert f"secrets.{secret}" in text
    iss = (PACKAGING / "windows" / "intake-desk.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss  # per user, no administrator
    assert r"dist\intake-desk" in iss
