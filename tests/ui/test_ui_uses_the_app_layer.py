"""The GUI reaches the database only through the use cases in `intake_desk.app` (issue 14): a module
in `ui/` imports from `intake_desk.storage` nothing but the types it shows or edits and the known
errors it names to the advisor. Read from the code (AST), so a function-local import counts too."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "ui"

# module -> the names a ui module may import from it, and why; None: any name.
ALLOWED: dict[str, frozenset[str] | None] = {
    # The known failures (disk full, damaged, stale record...): the GUI tells them apart by type.
    "intake_desk.storage.errors": None,
    # The settings value the settings and welcome dialogs edit field by field.
    "intake_desk.storage.settings": frozenset({"Settings"}),
    # The names of the environment variables the unlock step reads (constants, no call).
    "intake_desk.storage.keys": frozenset({"PASSPHRASE_ENV", "PLAIN_ENV"}),
}

# Files still calling storage themselves, each with the use case it should call instead; the test
# fails when an entry is no longer needed, so the list only shrinks.
STILL_MOVING: dict[str, set[str]] = {}


def _known_error(name: str) -> bool:
    """A known error the storage package re-exports (`from intake_desk.storage import StorageError`)."""
    from intake_desk.storage import errors

    found = getattr(errors, name, None)
    return isinstance(found, type) and issubclass(found, Exception)


def storage_imports(path: Path) -> list[tuple[str, str]]:
    """(module, name) of every import from intake_desk.storage in the file."""
    found: list[tuple[str, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "intake_desk.storage":  # from intake_desk.storage import candidates
                found += [(f"{node.module}.{a.name}" if a.name.islower() else node.module, a.name)
                          for a in node.names]
            elif node.module.startswith("intake_desk.storage."):
                found += [(node.module, a.name) for a in node.names]
            elif node.module == "intake_desk":
                found += [("intake_desk.storage", a.name) for a in node.names if a.name == "storage"]
        elif isinstance(node, ast.Import):
            found += [(a.name, "") for a in node.names if a.name.startswith("intake_desk.storage")]
    return found


def refused(path: Path) -> list[str]:
    wrong = []
    for module, name in storage_imports(path):
        allowed = ALLOWED.get(module, frozenset())
        if allowed is None or name in allowed or (module == "intake_desk.storage" and _known_error(name)):
            continue
        wrong.append(f"{module}.{name}" if name else module)
    return wrong


def test_ui_modules_import_from_storage_only_types_and_known_errors() -> None:
    found: dict[str, set[str]] = {}
    for path in sorted(UI.rglob("*.py")):
        wrong = refused(path)
        if wrong:
            found[path.relative_to(UI).as_posix()] = {w.rsplit(".", 1)[0] if "." in w else w
                                                      for w in wrong}
    unexpected = {f: m for f, m in found.items() if not m <= STILL_MOVING.get(f, set())}
    assert not unexpected, f"ui modules calling storage instead of intake_desk.app: {unexpected}"
    done = sorted(set(STILL_MOVING) - set(found))
    assert not done, f"no longer calling storage, take them off STILL_MOVING: {done}"


@pytest.mark.parametrize("source", [
    "from intake_desk.storage import drafts\n",
    "def f():\n    from intake_desk.storage.drafts import save\n",
    "from intake_desk.storage import open_database\n",
    "import intake_desk.storage.candidates\n",
    "from intake_desk import storage\n",
    "from intake_desk.storage.settings import load\n",
])
def test_the_check_finds_a_call_into_storage(tmp_path: Path, source: str) -> None:
    file = tmp_path / "view.py"
    file.write_text(source, encoding="utf-8")
    assert refused(file)


@pytest.mark.parametrize("source", [
    "from intake_desk.storage.errors import StaleRecord, os_reason\n",
    "from intake_desk.storage import StorageError\n",
    "from intake_desk.storage.settings import Settings\n",
    "from intake_desk.app.drafts import save_draft\n",
])
def test_types_errors_and_use_cases_pass(tmp_path: Path, source: str) -> None:
    file = tmp_path / "view.py"
    file.write_text(source, encoding="utf-8")
    assert not refused(file)
