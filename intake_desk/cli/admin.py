"""init, backup, check and restore: the database's own housekeeping, on a laptop's file (SQLite's
backup API, integrity_check and the record checksums) and on a region's PostgreSQL server (pg_dump
and pg_restore run for IT, and the server's own check: app/backups.py, storage/postgres/)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..app.backups import (
    backup_now,
    backup_server,
    check_database,
    check_server,
    restore_backup,
    restore_server,
)
from ..app.candidates import add_demo_candidates
from ..app.desk import Filter, candidate_count
from ..storage import open_database
from . import UserError, db_location, db_path, open_db

if TYPE_CHECKING:
    from ..storage.postgres.check import ServerCheck


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("init", help="database aanmaken met de voorbeeldcatalogus")
    p.add_argument("--demo", type=int, default=0, metavar="N",
                   help="ook N voorbeeldkandidaten aanmaken")
    p.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("backup", help="reservekopie maken (laptop: SQLite backup-API; server: pg_dump"
                                      " naar --out)")
    p.add_argument("--out", type=Path, default=None, metavar="BESTAND",
                   help="server: het archief van pg_dump (custom-formaat, modus 0600)")
    p.add_argument("--lang", choices=("nl", "en"), default="nl", help="taal van de meldingen")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("check", help="database controleren; exitcode 1 als er iets mis is")
    p.add_argument("--json", action="store_true", help="het verslag als JSON")
    p.add_argument("--group", default=None, metavar="ROL",
                   help="server: de groepsrol van de desks (standaard intake_desk)")
    p.add_argument("--lang", choices=("nl", "en"), default="nl", help="taal van de meldingen")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("restore", help="een reservekopie terugzetten (laptop: het huidige bestand"
                                       " blijft bewaard; server: alleen in een lege database)")
    p.add_argument("backup", type=Path, nargs="?", help="reservekopie (laptop, standaard: de nieuwste"
                   " goede; server: het archief van pg_dump)")
    p.add_argument("--group", default=None, metavar="ROL",
                   help="server: de groepsrol van de desks die de rechten krijgt (standaard"
                   " intake_desk)")
    p.add_argument("--lang", choices=("nl", "en"), default="nl", help="taal van de meldingen")
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
    where = db_location(args)
    if isinstance(where, str):
        return _backup_server(args, where)
    if args.out is not None:
        raise UserError("--out geldt voor een server (pg_dump); een laptop bewaart zijn reservekopieën"
                        f" in de map {where.name}.backups naast het databasebestand")
    db = open_database(where)
    print(backup_now(db))
    return 0


def _backup_server(args: argparse.Namespace, url: str) -> int:
    en = args.lang == "en"
    if args.out is None:
        raise UserError("backup on a server: give --out FILE (pg_dump's archive)" if en else
                        "backup op een server: geef --out BESTAND (het archief van pg_dump)")
    if args.out.is_dir():
        raise UserError(f"--out: {args.out} is a folder; give a file name" if en else
                        f"--out: {args.out} is een map; geef een bestandsnaam")
    done = backup_server(url, args.out)
    size = f"{done.size / 1_000_000:.1f} MB" if done.size >= 100_000 else f"{done.size:,} bytes"
    if en:
        print(f"Backup made: {done.path} ({size}, {done.tables} tables with data; pg_dump"
              f" {done.pg_dump_major}, server {done.server_major}). It holds personal data: keep it"
              " encrypted, off the server, no longer than the privacy statement says.")
    else:
        print(f"Reservekopie gemaakt: {done.path} ({size}, {done.tables} tabellen met gegevens;"
              f" pg_dump {done.pg_dump_major}, server {done.server_major}). Er staan persoonsgegevens"
              " in: bewaar haar versleuteld, buiten de server, niet langer dan de privacyverklaring"
              " zegt.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    where = db_location(args)
    if isinstance(where, str):
        return _check_server(args, where)
    path = where
    problems = check_database(path)
    if args.json:
        print(json.dumps({"database": str(path), "ok": not problems, "problems": problems},
                         ensure_ascii=False, indent=2))
        return 1 if problems else 0
    if problems:
        print(f"NIET IN ORDE: {path}", file=sys.stderr)
        for problem in problems[:20]:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print(f"In orde: {path}")
    return 0


def _check_server(args: argparse.Namespace, url: str) -> int:
    found = check_server(url, group=args.group)
    if args.json:
        print(json.dumps(check_json(found), ensure_ascii=False, indent=2))
    else:
        print_check(found, args.lang)
    return 0 if found.ok else 1


def check_json(found: ServerCheck) -> dict[str, Any]:
    return {
        "server": found.where, "ok": found.ok, "problems": found.problems,
        "warnings": found.warnings, "seconds": round(found.seconds, 3),
        "schema": {"applied": list(found.applied), "missing": list(found.missing),
                   "unknown": list(found.unknown)},
        "checked": list(found.checked),
        "tables": {t.table: {"rows": t.rows, "damaged": t.damaged} for t in found.tables},
        "findings": [{"part": f.part, "level": f.level, "table": f.table, "key": f.key,
                      "text_nl": f.text_nl, "text_en": f.text_en} for f in found.findings],
        "not_listed": found.problems + found.warnings - len(found.findings),
    }


def print_check(found: ServerCheck, lang: str = "nl") -> None:
    """The summary on stdout; the findings on stderr when something is wrong (as on a laptop)."""
    en = lang == "en"
    rows = sum(t.rows for t in found.tables)
    damaged = sum(t.damaged for t in found.tables)
    ok_word = "In order" if en else "In orde"
    head = (f"{ok_word}: {found.where}" if found.ok else
            f"{'NOT IN ORDER' if en else 'NIET IN ORDE'}: {found.where}")
    schema = (f"{len(found.applied)} migrations" if en else f"{len(found.applied)} migraties")
    if en:
        summary = (f"Schema: {schema}. Checksums: {rows:,} rows in {len(found.tables)} tables,"
                   f" {damaged} damaged. Also checked: {', '.join(found.checked[1:]) or '-'}."
                   f" {found.problems} problem(s), {found.warnings} warning(s);"
                   f" {found.seconds:.1f} s.")
    else:
        counted = f"{rows:,}".replace(",", ".")
        summary = (f"Schema: {schema}. Controlegetallen: {counted} rijen in {len(found.tables)}"
                   f" tabellen, {damaged} beschadigd. Ook gecontroleerd: "
                   f"{', '.join(_PARTS_NL.get(p, p) for p in found.checked[1:]) or '-'}."
                   f" {found.problems} probleem/problemen, {found.warnings} waarschuwing(en);"
                   f" {found.seconds:.1f} s.")
    stream = sys.stdout if found.ok else sys.stderr
    print(head, file=stream)
    print(summary)
    for f in found.findings:
        mark = "!" if f.level == "problem" else "-"
        print(f"  {mark} {f.text_en if en else f.text_nl}", file=stream)
    rest = found.problems + found.warnings - len(found.findings)
    if rest > 0:
        print(f"  ... and {rest} more (--json lists the first {len(found.findings)})" if en else
              f"  ... en nog {rest} (--json toont de eerste {len(found.findings)})", file=stream)


_PARTS_NL = {"triggers": "regels (triggers)", "numbering": "nummering", "privileges": "rechten",
             "orphans": "verwijzingen", "facts": "cijfers"}


def cmd_restore(args: argparse.Namespace) -> int:
    if args.backup is not None and args.backup.is_dir():  # also "": Path("") is the current folder
        raise UserError("restore: geef het bestand van de reservekopie op, geen map")
    where = db_location(args)
    if isinstance(where, str):
        return _restore_server(args, where)
    path = db_path(args)
    source, aside = restore_backup(path, args.backup)
    kept = (f"het vorige bestand is bewaard als {aside}" if aside is not None
            else "er was nog geen databasebestand")
    print(f"Teruggezet uit {source}; {kept}.")
    return 0


def _restore_server(args: argparse.Namespace, url: str) -> int:
    en = args.lang == "en"
    if args.backup is None:
        raise UserError("restore on a server: give the archive pg_dump made (intake-desk backup"
                        " --out); pg_restore puts it into an empty database" if en else
                        "restore op een server: geef het archief dat pg_dump maakte (intake-desk"
                        " backup --out); pg_restore zet het in een lege database")
    restored, found = restore_server(url, args.backup, group=args.group)
    rows = sum(t.rows for t in found.tables)
    if en:
        print(f"Restored {restored.archive} into {found.where} ({restored.tables} tables, {rows:,}"
              f" checksummed rows; pg_restore {restored.pg_restore_major}). Point the desks at this"
              " database only once the check below is in order.")
    else:
        print(f"Teruggezet: {restored.archive} in {found.where} ({restored.tables} tabellen,"
              f" {rows} rijen met controlegetal; pg_restore {restored.pg_restore_major}). Wijs de"
              " desks pas naar deze database als de controle hieronder in orde is.")
    print_check(found, args.lang)
    return 0 if found.ok else 1
