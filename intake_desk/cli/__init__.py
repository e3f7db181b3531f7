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
from typing import TYPE_CHECKING

from ..domain.codec import DecodeError
from ..paths import default_db_location
from ..progress import Cancelled
from ..storage import StorageError, explain

if TYPE_CHECKING:
    from ..storage.store import Handle

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
    parser.add_argument("--db", default=None, metavar="BESTAND|postgresql://...",
                        help="databasebestand, of het adres van een PostgreSQL-server"
                        " (standaard: $INTAKE_DESK_DB of de gebruikersmap)")
    parser.add_argument("--verbose", "-v", action="store_true", help="meer logregels")
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def db_location(args: argparse.Namespace) -> Path | str:
    """The database file, or a PostgreSQL server's URL (a str): --db, else INTAKE_DESK_DB, else the
    user's data folder."""
    from ..app.opening import is_server

    if not args.db:
        return default_db_location()
    raw = str(args.db)
    return raw.strip() if is_server(raw) else Path(raw)


def db_path(args: argparse.Namespace) -> Path:
    """The database FILE: a command that works on a laptop's file only is refused on a server, with
    what to use there instead (`LAPTOP_ONLY`)."""
    where = db_location(args)
    if isinstance(where, str):
        raise laptop_only(args, where)
    return where


def open_db(args: argparse.Namespace, *, create: bool = False) -> Handle:
    """Open --db for a command: a server through `app.opening.open_server` (migrated, with a
    catalog); a file as `open_or_create` (create=True: a new file gets the sample catalog) or as it
    is (`open_database`)."""
    from ..app.opening import open_or_create, open_server

    where = db_location(args)
    if isinstance(where, str):
        return open_server(where)
    if create:
        return open_or_create(where)
    from ..storage import open_database

    return open_database(where)


# Commands that work on a laptop's database file, refused on a server with what to use there
# instead (docs/postgresql.md). A command missing here runs on either store through app/ (backup,
# restore and check have a server form of their own: cli/admin.py).
LAPTOP_ONLY: dict[str, tuple[str, str]] = {
    "encrypt": ("Op een server beschermen TLS, een rol per desk en de schijfversleuteling van de"
                " server de gegevens (IT).",
                "On a server, TLS, a role per desk and the server's disk encryption protect the"
                " data (IT)."),
    "passphrase": ("Een server heeft geen wachtwoordzin van Intake Desk; het wachtwoord van uw rol"
                   " staat in ~/.pgpass of de sleutelbos.",
                   "A server has no Intake Desk passphrase; your role's password is in ~/.pgpass"
                   " or the keyring."),
    "migrate-to": ("migrate-to kopieert het databasebestand van een laptop: geef met --db dat"
                   " bestand, en het serveradres achter migrate-to.",
                   "migrate-to copies a laptop's database file: give that file with --db, and the"
                   " server's address after migrate-to."),
}


# IT's commands speak English on request (`--lang en`): IT may not read Dutch. Elsewhere `--lang` is
# the language of a plan or report, and the advisor's messages stay Dutch.
IT_COMMANDS = frozenset({"backup", "restore", "check"})


def laptop_only(args: argparse.Namespace, url: str) -> StorageError:
    """The refusal of a command that works on a laptop's database file only, naming what to use."""
    from ..app.opening import server_address

    command = str(getattr(args, "command", "") or "")
    hint_nl, hint_en = LAPTOP_ONLY.get(command, ("", ""))
    where = server_address(url)
    return StorageError(
        f"'intake-desk {command}' werkt niet met een PostgreSQL-server ({where}). {hint_nl}".strip(),
        f"'intake-desk {command}' does not work with a PostgreSQL server ({where}). {hint_en}".strip())


def run(args: argparse.Namespace) -> int:
    try:
        where = db_location(args) if hasattr(args, "db") else None
        if isinstance(where, str):
            if getattr(args, "command", None) in LAPTOP_ONLY:
                raise laptop_only(args, where)
        else:
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
        if getattr(args, "command", None) in IT_COMMANDS and getattr(args, "lang", None) == "en":
            print(f"Error: {getattr(exc, 'text_en', None) or exc}", file=sys.stderr)
        else:
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
        known = explain(exc, _where(args))
        if known is not None:
            print(f"Fout: {known}", file=sys.stderr)
            return 1
        logging.getLogger(__name__).info("unexpected error", exc_info=True)  # shown with -v
        print(f"Programmafout in Intake Desk ({type(exc).__name__}: {_short(exc)}). Wat al was "
              "opgeslagen blijft bewaard; een onderbroken wijziging is niet opgeslagen. Meld dit aan "
              "de beheerder (met --verbose staan de details erbij).", file=sys.stderr)
        return 1


def _where(args: argparse.Namespace) -> Path | str:
    """For `explain`: the file, or the server's address without secrets."""
    where = db_location(args)
    if isinstance(where, str):
        from ..storage.postgres.connection import safe_url

        try:
            return safe_url(where)
        except Exception:  # an unreadable URL: its scheme still says "server"
            return "postgresql://"
    return where


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
