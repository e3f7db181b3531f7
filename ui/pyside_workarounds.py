"""Work-arounds for bugs in the PySide6 build we ship with, each with the test that shows it.

None's reference count (tests/ui/test_pyside_workarounds.py): PySide6 6.12.0 gives up one reference to
None on every call of a Qt method that returns nothing (`label.setText`, `widget.repaint`, a base
`paintEvent` called from an override, ...). From Python 3.12 None is immortal and this is harmless; on
3.11 the count reaches zero after some thousands of calls and the interpreter aborts ("none_dealloc"):
an advisor's window would close mid-intake. 6.11 does not have the bug, but QtPdf for 6.11 comes only
in the 160 MB add-ons wheel, not in `pyside6-pdf`. So on 3.11 None gets the treatment 3.12 gives it
(PEP 683): a count so high that no number of lost references brings it to zero. None is a static
object that is never freed, so nothing else changes.
"""

from __future__ import annotations

import sys

# Far above any count a day of lost references reaches, far below where a signed 64-bit count ends.
_NONE_REFCOUNT = 1 << 60


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is a PyObject's first field
    if count.value < _NONE_REFCOUNT // 2:
        count.value = _NONE_REFCOUNT
