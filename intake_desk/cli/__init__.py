"""The command-line face of the services: everything the GUI does with data, the CLI can do too.

Each command group lives in its own module with a `register(subparsers)` function; add new groups to
COMMAND_MODULES. Exit codes: 0 done, 1 refused input or a failed check, 2 wrong usage.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from ..domain.codec import DecodeError
from ..paths import default_db_path
from ..progress import Cancelled
from ..storage import StorageError

COMMAND_MODULES = ["admin", "candidates", "plan", "catalog", "match"]


class UserError(Exception):
    """Input the user can fix; printed without a traceback, exit code 1."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="intake-desk",
        description="Intake Desk: intakes, leerroutes en ontwikkelplannen. "
        "Zonder opdracht opent het programma.",
    )
    parser.add_argument("--db", type=Path, default=None,
                        help="databasebestand (standaard: $INTAKE_DESK_DB of de gebruikersmap)")
    parser.add_argument("--verbose", "-v", action="store_true", help="meer logregels")
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else default_db_path()


def run(args: argparse.Namespace) -> int:
    try:
        return int(args.func(args) or 0)
    except DecodeError as exc:
        print("Invoer geweigerd:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    except (UserError, StorageError) as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return 1
    except Cancelled:
        print("Afgebroken; er is niets gewijzigd.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Afgebroken.", file=sys.stderr)
        return 130


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if args.command is None:
        parser.print_help()
        return 2
    return run(args)
