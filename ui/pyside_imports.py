"""A cheaper answer to the question PySide6 asks after every import (issue 12).

Once PySide6 is loaded, its import hook (shibokensupport.feature.feature_imported) asks of every newly
imported module, on any thread, whether it uses PySide6, so that `from __feature__ import ...` applies
to it: `_mod_uses_pyside` reads the module's source with `inspect.getsource` (a walk of stat calls
through linecache, ~0.1-0.3 ms a module on a busy machine) and looks for the text "PySide6". A start
imports some 150 modules after PySide6, on the GUI thread before the first frame and on the database
thread before the list's first page.

`install()` gives the same answer cheaper: the core (`intake_desk`) never imports Qt (ARCHITECTURE.md,
checked by import-linter), so its modules do not use PySide6; any other module's file is searched for
the same text as bytes, in one read. Whatever this cannot decide (no source file, another PySide6 that
lacks the function) is left to PySide6's own check.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_FEATURE = "shibokensupport.feature"


def install() -> bool:
    """Replace PySide6's check (once); False when this PySide6 has no such check to replace."""
    feature = sys.modules.get(_FEATURE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original) or getattr(original, "cheaper", False):
        return False
    setattr(feature, "_mod_uses_pyside", cheaper(original))  # noqa: B010  (a module found at run time)
    return True


def cheaper(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        if name == "intake_desk" or name.startswith("intake_desk."):
            return False
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as f:
                    return b"PySide6" in f.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.cheaper = True  # type: ignore[attr-defined]
    return uses_pyside


install()  # at import: ui/app.py imports this before the window's modules and the core
