"""`intake-desk migrate-to postgresql://...`: move this laptop's database into an empty PostgreSQL server
(issue #19), with a report that accounts for every row (storage/postgres/migrate.py does the work).

The laptop's file is only read; the server is written in one transaction. Exit 0 when everything
moved, 1 when the move was refused or failed (then nothing was written on the server), with the
reason named and no traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..storage import open_database
from . import UserError, db_path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "migrate-to",
        help="deze database naar een (lege) PostgreSQL-server verhuizen, met een verslag",
        description="Kopieert alle kandidaten, intakes, plannen, planversies, concepten, instellingen,"
        " het logboek en de verwijderde id's naar een lege PostgreSQL-database, in één transactie,"
        " en telt per tabel na of alles is aangekomen. Het wachtwoord hoort niet in het adres maar"
        " in ~/.pgpass.")
    p.add_argument("url", metavar="postgresql://ROL@SERVER/DATABASE",
                   help="het adres van de server (libpq), zonder wachtwoord")
    p.add_argument("--leave-behind", action="store_true",
                   help="ook verhuizen als gegevens waar de server nog geen plaats voor heeft"
                   " (bijvoorbeeld de opvolging) op de laptop achterblijven")
    p.add_argument("--dry-run", action="store_true",
                   help="alleen tellen en laten zien wat er zou gebeuren; niets kopiëren")
    p.add_argument("--json", action="store_true", help="het verslag als JSON")
    # The laptop's database must exist: a missing path would otherwise be created empty and "moved".
    p.set_defaults(func=cmd_migrate_to, handles_key=True)

    p = sub.add_parser(
        "setup-server",
        help="het schema op een PostgreSQL-server aanmaken of bijwerken, en de desks rechten geven"
        " (als eigenaar van de database)",
        description="Voor IT: maakt de tabellen van deze versie van Intake Desk aan op de server van"
        " --db (of werkt ze bij), en geeft de groepsrol van de desks (standaard intake_desk) wat een"
        " desk nodig heeft. Draai dit als de rol die eigenaar is van de database; nog een keer"
        " draaien verandert niets.")
    p.add_argument("--group", default="intake_desk", metavar="ROL",
                   help="de groepsrol van de desks (standaard: intake_desk)")
    p.set_defaults(func=cmd_setup_server)


def cmd_migrate_to(args: argparse.Namespace) -> int:
    path = db_path(args)
    if not path.exists():
        raise UserError(f"database: het bestand {path} bestaat niet; geef het met --db")
    if not args.url.startswith(("postgresql://", "postgres://")):
        raise UserError(f"url: '{args.url}' is geen PostgreSQL-adres; het begint met postgresql://")
    from .encryption import prepare  # unlock an encrypted laptop database, now that it exists

    args.handles_key = False
    prepare(args)
    try:
        import psycopg
    except ImportError as exc:
        raise UserError("PostgreSQL: de module psycopg ontbreekt; installeer Intake Desk met de"
                        " extra 'postgres' (pip install 'intake-desk[postgres]')") from exc
    from ..storage.postgres import connection
    from ..storage.postgres import migrate as pg_migrate

    src = open_database(path)
    try:
        if args.dry_run:
            counts, behind = pg_migrate.survey(src)
            report: Any = pg_migrate.MoveReport(
                tuple(pg_migrate.TableCount(t, n, 0, 0) for t, n in counts.items()), behind,
                "", moved=False)
        else:
            dst = _connect(connection, args.url)
            try:
                report = pg_migrate.move(src, dst, leave_behind=args.leave_behind)
            except pg_migrate.MoveRefused as exc:
                if exc.report is not None:
                    _print(exc.report, args.json)
                raise
            except psycopg.Error as exc:
                raise UserError(f"PostgreSQL: het verhuizen is mislukt en niets is bewaard"
                                f" ({_server_reason(exc)})") from exc
            finally:
                dst.close()
    finally:
        src.close()
    _print(report, args.json)
    return 0


def _connect(connection: Any, url: str) -> Any:
    import psycopg

    try:
        return connection.connect(url)
    except psycopg.Error as exc:
        # The server's own words, without the URL (it may name a host the reader should not see
        # in a log) and without a traceback.
        raise UserError(f"PostgreSQL: geen verbinding met de server ({_server_reason(exc)})") from exc


def _server_reason(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 300 else text[:300] + "..."


def _print(report: Any, as_json: bool) -> None:
    if as_json:
        print(json.dumps({
            "moved": report.moved,
            "source_installation": report.source_installation,
            "migrated": list(report.migrated),
            "tables": [{"table": t.table, "source": t.source, "copied": t.copied, "target": t.target,
                        "damaged": t.damaged, "differ": t.differ, "complete": t.complete}
                       for t in report.tables],
            "left_behind": [{"table": b.table, "rows": b.rows, "loss": b.loss, "reason": b.reason_en}
                            for b in report.left_behind],
            "extra_audit": report.extra_audit,
        }, indent=2, ensure_ascii=False))
        return
    out = sys.stdout
    if report.migrated:
        print(f"Schema op de server aangemaakt: {', '.join(report.migrated)}", file=out)
    print(f"{'tabel':<16}{'laptop':>10}{'gekopieerd':>12}{'server':>10}  ", file=out)
    for t in report.tables:
        mark = "" if not report.moved else ("klopt" if t.complete else "KLOPT NIET")
        damaged = f", {t.damaged} beschadigd (zo gekopieerd)" if t.damaged else ""
        print(f"{t.table:<16}{t.source:>10}{t.copied:>12}{t.target:>10}  {mark}{damaged}", file=out)
    if report.extra_audit:
        print(f"Het logboek op de server kreeg {report.extra_audit} regel over deze verhuizing erbij.",
              file=out)
    for b in report.losses:
        print(f"NIET VERHUISD: {b.table} ({b.rows} rijen): {b.reason_nl}", file=out)
    reasons: dict[str, list[str]] = {}
    for b in report.left_behind:
        if not b.loss:
            reasons.setdefault(b.reason_nl, []).append(b.table)
    for reason, tables in reasons.items():
        print(f"Niet nodig op de server ({reason}): {', '.join(tables)}", file=out)
    if report.moved:
        print("Verhuisd: alles is aangekomen en nageteld. De laptop-database is niet gewijzigd.",
              file=out)
    elif not report.tables or not any(t.copied for t in report.tables):
        print("Niets gekopieerd.", file=out)


def cmd_setup_server(args: argparse.Namespace) -> int:
    from ..app.opening import setup_server
    from . import db_location

    where = db_location(args)
    if not isinstance(where, str):
        raise UserError("--db: setup-server werkt op een PostgreSQL-server; geef het adres, bijvoorbeeld"
                        " --db postgresql://intake_owner@server/intake")
    migrated, granted = setup_server(where, group=args.group)
    print(f"Schema bijgewerkt: {', '.join(migrated)}" if migrated else "Schema was al bij.")
    if granted:
        print(f"Rechten gegeven aan de groepsrol {args.group}.")
    else:
        print(f"Let op: de groepsrol {args.group} bestaat niet. Maak hem aan (CREATE ROLE"
              f" {args.group} NOLOGIN) en draai dit opnieuw.", file=sys.stderr)
        return 1
    return 0
