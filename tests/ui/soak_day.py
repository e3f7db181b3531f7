"""A simulated day in the real window, for tests/ui/test_pyside_workarounds.py (run in a fresh process).

    python tests/ui/soak_day.py DATA_DIR CALLS [--weak | --weak-bool]

Starts the window the way `intake-desk` does (ui.app.build_window, without the theme), then plays the
day's small actions over and over: labels and the status bar following the work, buttons enabled and
disabled, the selection cleared, the window's signals, and every so often a person typed, ticked and
cleared in the beursmodus with a move between tabs and sections, until at least CALLS Qt calls that return
None or a bool have been made. Prints one JSON line: the calls made and how many references to None,
True and False the day lost (measured against the work-around's high counts).

`--weak` is the control: it puts the counts back to what a plain Python 3.11 process has (a few
thousand), as without the work-around; the day must then abort ("none_dealloc"), which shows the day is
long enough to matter. `--weak-bool` does so for True and False only, as the first work-around (None
only) left them: the day then aborts with "bool_dealloc", as the advisor's window did on quit.
"""

from __future__ import annotations

import ctypes
import json
import sys
from pathlib import Path

import ui  # noqa: F401  (the work-around, as every entry point has it)


def main() -> int:
    data, wanted = Path(sys.argv[1]), int(sys.argv[2])
    weak = [k for k, flag in (("None", "--weak"), ("True", "--weak"), ("False", "--weak"),
                              ("True", "--weak-bool"), ("False", "--weak-bool")) if flag in sys.argv]
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from intake_desk.app.opening import open_or_create
    from ui.app import build_window

    db_path = data / "intake.sqlite"
    open_or_create(db_path).close()
    app, window = build_window(db_path, data / "ui", themed=False)
    assert isinstance(app, QApplication)
    watched = {"None": None, "True": True, "False": False}
    for name in weak:  # as a plain 3.11 process has them
        ctypes.c_ssize_t.from_address(id(watched[name])).value = 5000
    before = {k: sys.getrefcount(v) for k, v in watched.items()}
    quick, desk = window.quick, window.candidates
    form = desk.form
    calls = 0
    n = 0
    while calls < wanted:
        n += 1
        if n % 20 == 0:  # a person at the fair: typed, ticked, cleared (the form's checks run)
            window.tabs.setCurrentWidget(quick)                   # None (+ signals)
            quick.first_name.setText(f"Fatima{n % 97}")           # None
            quick.consent.toggle()                                # None, toggled(bool)
            quick.first_name.clear()                              # None
            window.tabs.setCurrentWidget(desk)                    # None
            form.go_to_section(n % form.sections.count())         # None
            QCoreApplication.processEvents()                      # paints, timers, queued slots
            calls += 6
        quick.status.setText(str(n))                              # None
        quick.first_name.setFocus()                               # None
        quick.first_name.selectAll()                              # None
        quick.first_name.hasFocus()                               # bool
        quick.first_name.isModified()                             # bool
        quick.consent.isChecked()                                 # bool
        quick.save_button.setEnabled(n % 2 == 0)                  # None
        quick.save_button.isEnabled()                             # bool
        desk.count_label.setText(f"Gevonden: {n}")                # None
        desk.count_label.setToolTip(str(n))                       # None
        desk.debounce.stop()                                      # None
        desk.table.viewport().update()                            # None
        desk.table.clearSelection()                               # None
        form.isVisible()                                          # bool
        window.statusBar().showMessage(f"stap {n}", 100)          # None
        window.statusBar().clearMessage()                         # None
        window.candidate_selected.emit("")                        # bool (Signal.emit), slots
        window.first_frame.emit()                                 # bool (no slots left)
        window.isActiveWindow()                                   # bool
        window.tabs.blockSignals(False)                           # bool
        calls += 20
    app.processEvents()
    after = {k: sys.getrefcount(v) for k, v in watched.items()}
    quick.set_dirty(False)
    form.set_dirty(False)
    window.close()
    window.runner.stop()
    print(json.dumps({"calls": calls, "lost": {k: before[k] - after[k] for k in watched}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
