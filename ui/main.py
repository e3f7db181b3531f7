"""The `intake-desk` entry point: with a subcommand it runs the headless CLI, without one the GUI.

Qt is imported only when the GUI starts, so the CLI works on machines without display libraries. A plain
start (no subcommand) does not load the CLI's command modules either (~130 ms, ReportLab among them).

The database is a file, or a region's PostgreSQL server: `intake-desk --db postgresql://role@host/db`
or INTAKE_DESK_DB=postgresql://... (issue #19, docs/postgresql.md). A server's URL stays a str (a
Path would fold its '//').
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
    return argparse.Namespace(db=location(db) if db else None, verbose=verbose)


def location(db: str) -> Path | str:
    """A `--db` value: a PostgreSQL server's URL as it is, else the file's path."""
    if db.lstrip().lower().startswith(("postgresql://", "postgres://")):
        return db.strip()
    return Path(db)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    options = gui_options(argv)
    if options is not None:
        from intake_desk.paths import default_db_location

        from .app import start_gui

        return start_gui(options.db if options.db else default_db_location())
    from intake_desk.cli import build_parser, db_location, run

    args = build_parser().parse_args(argv)
    if args.command is not None:
        import logging

        logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                            format="%(levelname)s %(name)s: %(message)s")
        return run(args)
    from .app import start_gui

    return start_gui(db_location(args))


if __name__ == "__main__":
    sys.exit(main())
