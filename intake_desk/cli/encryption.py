"""encrypt and passphrase, and the unlocking every command does first (called by `run`).

A passphrase never comes from an argument (it would stay in the shell history and show in the process
list): it is typed at a prompt (getpass, nothing echoed) or read from INTAKE_DESK_PASSPHRASE (scripts,
tests; the new one for `passphrase` from INTAKE_DESK_NEW_PASSPHRASE). With neither a terminal nor the
variable, an encrypted database gives a clear error instead of waiting for input nobody can type.

A new database made by a command is encrypted when INTAKE_DESK_PASSPHRASE is set or the command runs
at a terminal (it asks); a script without either gets a plain database and a warning on stderr
(INTAKE_DESK_PLAIN=1 silences it: a plain database chosen on purpose). `intake-desk encrypt` turns it
into an encrypted one later.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from ..app.opening import (
    change_passphrase,
    encrypt_database,
    is_encrypted,
    set_up_encryption,
    unlock,
    unlock_without_typing,
)
from ..storage.keys import PASSPHRASE_ENV, PLAIN_ENV, WrongPassphrase
from . import UserError, db_path

NEW_PASSPHRASE_ENV = "INTAKE_DESK_NEW_PASSPHRASE"
TRIES = 3
# Commands that never create a database: they do not ask for a new passphrase.
NOT_CREATING = {"check", "restore", "backup"}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("encrypt", help="een onversleutelde database versleutelen (vraagt een "
                                       "wachtwoordzin, toont de herstelsleutel)")
    p.set_defaults(func=cmd_encrypt, handles_key=True)

    p = sub.add_parser("passphrase", help="de wachtwoordzin wijzigen (met de huidige of de "
                                          "herstelsleutel)")
    p.set_defaults(func=cmd_passphrase, handles_key=True)


def at_terminal() -> bool:
    # stderr too: a test or script that captures the output must never wait at a prompt
    return sys.stdin.isatty() and sys.stderr.isatty()


def _ask(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except EOFError as exc:
        raise UserError("geen wachtwoordzin ingevoerd") from exc


def new_passphrase(env: str = PASSPHRASE_ENV) -> str:
    """A new passphrase: from `env`, or typed twice at a terminal."""
    given = os.environ.get(env)
    if given is not None:
        if not given.strip():
            raise UserError(f"{env} is leeg; een lege wachtwoordzin wordt niet geaccepteerd")
        return given
    if not at_terminal():
        raise UserError(f"geen wachtwoordzin: typ die aan een terminal of zet {env}")
    first = _ask("Nieuwe wachtwoordzin: ")
    if not first.strip():
        raise UserError("de wachtwoordzin is leeg; een lege wordt niet geaccepteerd")
    if _ask("Nog een keer: ") != first:
        raise UserError("de twee wachtwoordzinnen zijn niet gelijk; er is niets veranderd")
    return first


def show_recovery_key(recovery: str) -> None:
    print("Herstelsleutel (één keer getoond; schrijf hem op of druk hem af en bewaar hem apart van "
          "de laptop):", file=sys.stderr)
    print(f"    {recovery}", file=sys.stderr)
    print("Met de herstelsleutel opent u de database als u de wachtwoordzin vergeet. Zonder "
          "wachtwoordzin en herstelsleutel is de database niet meer te openen.", file=sys.stderr)


def prepare(args: argparse.Namespace) -> None:
    """Before a command: unlock an encrypted database, or set up a new one (see the docstring)."""
    if getattr(args, "handles_key", False) or not hasattr(args, "db"):
        return
    path = db_path(args)
    if is_encrypted(path):
        if unlock_without_typing(path) is not None:
            return
        if not at_terminal():
            raise UserError(f"de database {path} is versleuteld: typ de wachtwoordzin aan een "
                            f"terminal of zet {PASSPHRASE_ENV}")
        for attempt in range(TRIES):
            try:
                unlock(path, _ask(f"Wachtwoordzin voor {path.name}: "))
                return
            except WrongPassphrase as exc:
                if attempt == TRIES - 1:
                    raise
                print(f"Fout: {exc}", file=sys.stderr)
        return
    if path.exists() or getattr(args, "command", None) in NOT_CREATING:
        return
    if os.environ.get(PASSPHRASE_ENV) or at_terminal():
        print(f"Nieuwe database {path}: die wordt versleuteld.", file=sys.stderr)
        show_recovery_key(set_up_encryption(path, new_passphrase()))
    elif os.environ.get(PLAIN_ENV) != "1":
        print(f"Let op: de nieuwe database {path} is niet versleuteld. Versleutel hem met "
              f"'intake-desk --db {path} encrypt' (of zet {PLAIN_ENV}=1 als u dit zo wilt).",
              file=sys.stderr)


def cmd_encrypt(args: argparse.Namespace) -> int:
    path = db_path(args)
    recovery = encrypt_database(path, new_passphrase())
    print(f"Versleuteld: {path}")
    if recovery is not None:
        show_recovery_key(recovery)
    return 0


def cmd_passphrase(args: argparse.Namespace) -> int:
    path = db_path(args)
    if not is_encrypted(path):
        raise UserError(f"de database {path} is niet versleuteld; versleutel hem eerst met "
                        f"'intake-desk --db {path} encrypt'")
    current = os.environ.get(PASSPHRASE_ENV)
    if current is None:
        if not at_terminal():
            raise UserError(f"geen wachtwoordzin: typ die aan een terminal of zet {PASSPHRASE_ENV}")
        current = _ask("Huidige wachtwoordzin of herstelsleutel: ")
    change_passphrase(path, current, new_passphrase(NEW_PASSPHRASE_ENV))
    print(f"De wachtwoordzin van {path} is gewijzigd (de herstelsleutel blijft dezelfde).")
    return 0
