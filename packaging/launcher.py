"""The entry script of the bundled app (PyInstaller): the same `intake-desk` entry point pip installs
(`ui.main:main`, pyproject's [project.scripts]).

PyInstaller follows imports from its entry script; `ui/main.py` as that script would be `__main__` with
relative imports, so the GUI package was never collected. This script imports the package by name.

`freeze_support()` comes first: a frozen Windows build starts the day batch's worker processes
(`intake-desk plans`, a spawn pool) by running this executable again; without it each worker would
start the whole app instead of its job.
"""

from __future__ import annotations

import multiprocessing
import sys


def main() -> int:
    multiprocessing.freeze_support()
    from ui.main import main as intake_desk

    return intake_desk()


if __name__ == "__main__":
    sys.exit(main())
