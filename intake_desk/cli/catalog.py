"""catalog import / export / stats and demand import: the catalog on the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..catalog.demand import import_demand
from ..catalog.exporter import ExportError, export_catalog
from ..catalog.importer import import_catalog
from ..catalog.report import ImportReport
from ..catalog.stats import catalog_stats
from ..progress import Progress
from ..storage.errors import os_reason
from . import UserError, open_db


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("catalog", help="catalogus importeren, exporteren en tellen")
    csub = p.add_subparsers(dest="catalog_command", metavar="ACTIE", required=True)
    i = csub.add_parser("import", help="aanbod importeren uit CSV, XLSX of JSON (alles of niets)")
    i.add_argument("file", type=Path)
    i.add_argument("--dry-run", action="store_true", help="alleen controleren, niets schrijven")
    i.add_argument("--valid-only", action="store_true", help="alleen de goede rijen importeren")
    i.add_argument("--lang", choices=("nl", "en"), default="nl",
                   help="taal van het verslag (en: English, for a school's IT)")
    i.set_defaults(func=cmd_import)
    e = csub.add_parser("export", help="catalogus exporteren; het formaat volgt de extensie")
    e.add_argument("file", type=Path)
    e.set_defaults(func=cmd_export)
    s = csub.add_parser("stats", help="aantallen per soort, regio en niveau")
    s.set_defaults(func=cmd_stats)

    d = sub.add_parser("demand", help="regionale vraagcijfers")
    dsub = d.add_subparsers(dest="demand_command", metavar="ACTIE", required=True)
    di = dsub.add_parser("import", help="vraagcijfers importeren (regio x crebo/beroep)")
    di.add_argument("file", type=Path)
    di.add_argument("--dry-run", action="store_true")
    di.add_argument("--valid-only", action="store_true")
    di.add_argument("--lang", choices=("nl", "en"), default="nl",
                    help="taal van het verslag (en: English, for a school's IT)")
    di.set_defaults(func=cmd_demand_import)


def _print_report(report: ImportReport, language: str = "nl") -> int:
    stream = sys.stdout if report.ok else sys.stderr
    print(report.text(language=language), file=stream)
    return 0 if report.ok or report.written else 1


def _progress() -> Progress:
    if not sys.stderr.isatty():
        return Progress()
    return Progress(on_update=lambda done, total, msg: print(
        f"\r{msg} {done}/{total}", end="", file=sys.stderr), min_interval=0.2)


def cmd_import(args: argparse.Namespace) -> int:
    if not args.file.exists():
        raise UserError(f"{args.file} bestaat niet")
    db = open_db(args, create=True)
    report, _ = import_catalog(db, args.file, dry_run=args.dry_run, valid_only=args.valid_only,
                               progress=_progress())
    return _print_report(report, args.lang)


def cmd_demand_import(args: argparse.Namespace) -> int:
    if not args.file.exists():
        raise UserError(f"{args.file} bestaat niet")
    db = open_db(args, create=True)
    report, _ = import_demand(db, args.file, dry_run=args.dry_run, valid_only=args.valid_only,
                              progress=_progress())
    return _print_report(report, args.lang)


def cmd_export(args: argparse.Namespace) -> int:
    db = open_db(args, create=True)
    try:
        n = export_catalog(db, args.file)
    except ExportError as exc:
        raise UserError(str(exc)) from exc
    except OSError as exc:
        raise UserError(f"{args.file} kan niet worden geschreven ({os_reason(exc)})") from exc
    print(f"{n} rijen geschreven naar {args.file}")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    db = open_db(args, create=True)
    print(catalog_stats(db), end="")
    return 0
