"""The `intake-desk` entry point: with a subcommand it runs the headless CLI, without one the GUI.

Qt is imported only when the GUI starts, so the CLI works on machines without display libraries. A plain
start (no subcommand) does not load the CLI's command modules either (~130 ms, ReportLab among them).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path


def gui_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options of a start without a subcommand, or None when `argv` is for the full parser.

    Only the global options of `intake_desk.cli.build_parser` are known here (--db, -v/--verbose); any
    other argument (a subcommand, --help, a typo) goes to the full parser, which owns usage and errors.
    """
    db: str | None = None
    verbose = False
    args = iter(argv)
    for arg in args:
        if arg in ("-v", "--verbose"):
            verbose = True
        elif arg == "--db":
            db = next(args, None)
            if db is None:
                return None
        elif arg.startswith("--db="):
            db = arg.removeprefix("--db=")
        else:
            return None
    return argparse.Namespace(db=Path(db) if db else None, verbose=verbose)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    options = gui_options(argv)
    if options is not None:
        from intake_desk.paths import default_db_path

        from .app import start_gui

        return start_gui(Path(options.db) if options.db else default_db_path())
    from intake_desk.cli import build_parser, db_path, run

    args = build_parser().parse_args(argv)
    if args.command is not None:
        import logging

        logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                            format="%(levelname)s %(name)s: %(message)s")
        return run(args)
    from .app import start_gui

    return start_gui(db_path(args))


if __name__ == "__main__":
    sys.exit(main())
