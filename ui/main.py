"""The `intake-desk` entry point: with a subcommand it runs the headless CLI, without one the GUI.

Qt is imported only when the GUI starts, so the CLI works on machines without display libraries.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from intake_desk.cli import build_parser, db_path, run


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
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
