"""init, backup, check and restore: the database's own housekeeping."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..app.backups import backup_now, check_database, restore_backup
from ..app.candidates import add_demo_candidates
from ..app.desk import Filter, candidate_count
from ..storage import open_database
from . import UserError, db_location, db_path, open_db


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("init", help="database aanmaken met de voorbeeldcatalogus")
    p.add_argument("--demo", type=int, default=0, metavar="N",
                   help="ook N voorbeeldkandidaten aanmaken")
    p.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("backup", help="reservekopie maken (SQLite backup-API)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("check", help="database controleren; exitcode 1 als er iets mis is")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("restore", help="een reservekopie terugzetten (het huidige bestand blijft bewaard)")
    p.add_argument("backup", type=Path, nargs="?", help="reservekopie (standaard: de nieuwste goede)")
    p.set_defaults(func=cmd_restore)


def cmd_init(args: argparse.Namespace) -> int:
    where = db_location(args)
    db = open_db(args, create=True)
    if isinstance(where, str):
        where = str(getattr(db, "where", where))  # the server's address, without secrets
    if args.demo:
        add_demo_candidates(db, args.demo, seed=args.seed)
    n = candidate_count(db, Filter())
    print(f"Database klaar: {where} ({n} kandidaten)")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    db = open_database(db_path(args))
    print(backup_now(db))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    path = db_path(args)
    problems = check_database(path)
    if problems:
        print(f"NIET IN ORDE: {path}", file=sys.stderr)
        for problem in problems[:20]:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print(f"In orde: {path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    if args.backup is not None and args.backup.is_dir():  # also "": Path("") is the current folder
        raise UserError("restore: geef het bestand van de reservekopie op, geen map")
    path = db_path(args)
    source, aside = restore_backup(path, args.backup)
    kept = (f"het vorige bestand is bewaard als {aside}" if aside is not None
            else "er was nog geen databasebestand")
    print(f"Teruggezet uit {source}; {kept}.")
    return 0
