"""The command-line face of the services: everything the GUI does with data, the CLI can do too.

Each command group lives in its own module with a `register(subparsers)` function; add new groups to
COMMAND_MODULES. Exit codes: 0 done, 1 refused input or a failed check, 2 wrong usage.

A reader that stops early (`intake-desk match ID | head`) closes the pipe; writing to it raises
BrokenPipeError. That is handled once, in `run`, the way the Python docs advise (signal module, "Note on
SIGPIPE"): stdout is pointed at devnull, so the interpreter's final flush cannot fail again, and no
traceback is printed. The exit code is 0: the reader took what it wanted, which is not a failure of the
command (with `set -o pipefail` a script does not fail on `| head`). A database change a command made
before it printed is kept: every command writes in its own transaction first and reports after.

Every other failure ends in one Dutch message and exit 1, never a traceback: a storage fault a command
did not translate itself (disk full, I/O error, read-only, locked) is recognised by `storage.explain`;
what is left is a bug, reported as one (the traceback goes to the log with --verbose). Transactions are
rolled back on the way out, so nothing is half-written.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from ..domain.codec import DecodeError
from ..paths import default_db_path
from ..progress import Cancelled
from ..storage import StorageError, explain

COMMAND_MODULES = ["admin", "candidates", "plan", "catalog", "match", "settings", "followup", "bundle",
                   "conflicts", "encryption", "privacy", "migrate"]


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
        from .encryption import prepare  # unlock an encrypted database, set up a new one

        prepare(args)
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # here, where a closed pipe is handled, not at the interpreter's exit
        return code
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
    except BrokenPipeError:
        reader_left()
        return 0
    except Exception as exc:
        known = explain(exc, db_path(args))
        if known is not None:
            print(f"Fout: {known}", file=sys.stderr)
            return 1
        logging.getLogger(__name__).info("unexpected error", exc_info=True)  # shown with -v
        print(f"Programmafout in Intake Desk ({type(exc).__name__}: {_short(exc)}). Wat al was "
              "opgeslagen blijft bewaard; een onderbroken wijziging is niet opgeslagen. Meld dit aan "
              "de beheerder (met --verbose staan de details erbij).", file=sys.stderr)
        return 1


def _short(exc: BaseException) -> str:
    text = str(exc).replace("\n", " ")
    return text if len(text) <= 200 else text[:200] + "..."


def reader_left() -> None:
    """The reader of stdout has gone (see the module docstring)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real stdout (captured in tests): nothing left to flush
        pass


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if args.command is None:
        parser.print_help()
        return 2
    return run(args)
