"""`make screenshots`: PNGs of the main views, offscreen, into build/screenshots/ (see __main__.py).

Each module in this package has `shoot(window, out_dir, app, settle)`; the runner gives every module
the same window on a demo database, once per pass (Dutch, English, pseudo-locale, text at 200%).
Add a module per view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

WINDOW_SIZE = (1366, 720)  # a 1366x768 school laptop below its task bar; the views must work at this size

T = TypeVar("T")


class Settle(Protocol):
    """Let the event loop run `ms` milliseconds, so what was asked is painted (__main__.settle)."""

    def __call__(self, app: QApplication, ms: int = ..., /) -> None: ...


def built(part: T | None, name: str) -> T:
    """A part of the window a screenshot needs. The runner shoots a window that is `ready` (every part
    built), so None here is a fault of the window, said by name rather than as an AttributeError."""
    if part is None:
        raise RuntimeError(f"screenshots: the window has no {name}; it should be built once it is ready")
    return part
