"""Work-arounds for bugs in the PySide6 build we ship with, each with the test that shows it.

Lost references (tests/ui/test_pyside_workarounds.py): PySide6 6.12.0 gives up references it never
took to objects that Python 3.12 makes immortal (PEP 683). Measured on 6.12.0 / Python 3.11:

- None, on every call of a Qt method that returns nothing (`label.setText`, `widget.repaint`, a base
  `paintEvent` called from an override, ...) and on every signal that delivers no value to a slot;
- True and False, on every emit of a signal with a `bool` argument (`toggled`, `clicked`, our own
  `Signal(bool)`): the "bool_dealloc" abort on quit.

From Python 3.12 these objects are immortal and the lost references are harmless; on 3.11 a count
reaches zero after some thousands of calls and the interpreter aborts ("none_dealloc", "bool_dealloc"):
an advisor's window would close mid-intake. 6.11 does not have the bug, but QtPdf for 6.11 comes only
in the 160 MB add-ons wheel, not in `pyside6-pdf`. So on 3.11 these objects get the treatment 3.12
gives them: a count so high that no number of lost references brings it to zero. The same is done
for the other objects 3.12 makes immortal that a Qt call can hand to Python without a new reference
(Ellipsis, NotImplemented, the small ints -5..256, the empty tuple, the empty string): the soak test
saw no losses on them, but they are static singletons in 3.11 too, never freed, so a high count
changes nothing else and costs nothing.
"""

from __future__ import annotations

import sys

# Far above any count a day of lost references reaches, far below where a signed 64-bit count ends.
_IMMORTAL_REFCOUNT = 1 << 60


def immortal_objects() -> list[object]:
    """The objects Python 3.12 makes immortal that are static singletons in 3.11 as well."""
    return [None, True, False, Ellipsis, NotImplemented, (), "", *range(-5, 257)]


def keep_immortals_alive() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    for obj in immortal_objects():
        count = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is a PyObject's first field
        if count.value < _IMMORTAL_REFCOUNT // 2:
            count.value = _IMMORTAL_REFCOUNT


keep_none_alive = keep_immortals_alive  # the name ui/__init__.py used first
