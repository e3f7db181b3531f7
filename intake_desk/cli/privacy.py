"""The AVG rights on the command line (issue 15): purge, export-person, audit, consent. The same use
cases as the app (app/privacy.py); `candidate delete` is in cli/candidates.py."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from ..app import privacy
from ..app.settings import load_settings
from ..domain import ConsentPurpose
from ..domain.privacy import purpose_text
from ..storage.errors import os_reason
from . import UserError, open_db


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("purge", help="kandidaten na de bewaartermijn verwijderen (eerst een overzicht)")
    p.add_argument("--dry-run", action="store_true", help="alleen laten zien wie en wat; niets weghalen")
    p.add_argument("--today", type=date.fromisoformat, default=None, metavar="JJJJ-MM-DD",
                   help="rekenen alsof het deze dag is (om te testen)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_purge)

    e = sub.add_parser("export-person", help="alles wat over één kandidaat is opgeslagen (inzage)")
    e.add_argument("id")
    e.add_argument("--out", type=Path, required=True, metavar="MAP")
    e.set_defaults(func=cmd_export_person)

    a = sub.add_parser("audit", help="het logboek: wie deed wat met welk record (alleen id's)")
    a.add_argument("--json", action="store_true")
    a.add_argument("--csv", type=Path, default=None, metavar="BESTAND", help="als CSV opslaan")
    a.add_argument("--limit", type=int, default=None)
    a.set_defaults(func=cmd_audit)

    r = sub.add_parser("retention", help="bewaartermijn tonen of wijzigen (maanden na het laatste contact)")
    r.add_argument("--months", type=int, default=None, help="de algemene termijn in maanden")
    r.add_argument("--stage", action="append", default=None, metavar="FASE=MAANDEN",
                   help="een eigen termijn voor een fase, bijvoorbeeld aangemeld=6")
    r.add_argument("--clear-stages", action="store_true", help="geen eigen termijnen per fase meer")
    r.set_defaults(func=cmd_retention)

    c = sub.add_parser("consent", help="toestemming van een kandidaat tonen, geven of intrekken")
    c.add_argument("id")
    names = [p.value for p in ConsentPurpose]
    c.add_argument("--give", action="append", default=[], choices=names, metavar="DOEL",
                   help="toestemming geven voor: " + ", ".join(names))
    c.add_argument("--withdraw", action="append", default=[], choices=names, metavar="DOEL",
                   help="toestemming intrekken voor een doel")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_consent)


def cmd_purge(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        report = privacy.purge_report(db, args.today)
        if args.json and args.dry_run:
            print(json.dumps({
                "today": report.today.isoformat(),
                "candidates": [{"id": i.candidate_id, "stage": i.stage,
                                "last_contact": i.last_contact.isoformat() if i.last_contact else None,
                                "months": i.months, "due": i.due.isoformat()} for i in report.items],
                "backups": [p.name for p in report.old_backups]}, indent=2))
            return 0
        print(report.text())
        for i in report.items:
            print(f"  {i.candidate_id}  {i.stage:<16}  laatste contact {i.last_contact:%d-%m-%Y}, "
                  f"termijn {i.months} maanden, weg vanaf {i.due:%d-%m-%Y}")
        for b in report.old_backups:
            print(f"  reservekopie {b.name}")
        if args.dry_run or report.empty:
            return 0
        result, _ = privacy.purge(db, report.ids, today=args.today)
        print(f"Verwijderd: {len(result.purged)} kandidaten, {len(result.backups_removed)} "
              "reservekopieën.")
        return 0
    finally:
        db.close()


def cmd_export_person(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        done, _ = privacy.export_person(db, args.id, args.out)
    except OSError as exc:
        raise UserError(f"kan niet schrijven in {args.out}: {os_reason(exc)}") from None
    finally:
        db.close()
    print(done.folder)
    for f in done.files:
        print(f"  {f.name}")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        entries = privacy.audit_log(db, args.limit)
        if args.csv is not None:
            try:
                privacy.write_audit_csv(db, args.csv)
            except OSError as exc:
                raise UserError(f"kan {args.csv} niet schrijven: {os_reason(exc)}") from None
            print(args.csv)
            return 0
    finally:
        db.close()
    if args.json:
        print(json.dumps(entries, ensure_ascii=False, indent=2))
        return 0
    for e in entries:
        print(f"{e['seq']:>6}  {e['at'] or '-':<29}  {e['action']:<12}  {e['entity'] or '-':<10}  "
              f"{e['entity_id'] or '-'}  {e['detail'] or ''}".rstrip())
    return 0


def cmd_consent(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        for p in args.give:
            privacy.set_consent(db, args.id, p, True)
        for p in args.withdraw:
            privacy.set_consent(db, args.id, p, False)
        events = privacy.consent_history(db, args.id)
    finally:
        db.close()
    if args.json:
        print(json.dumps([privacy._event_json(e) for e in events], ensure_ascii=False, indent=2))
        return 0
    if not events:
        print("Geen toestemming vastgelegd.", file=sys.stderr)
    for e in events:
        what = "gegeven" if e.given else "ingetrokken"
        print(f"{e.on:%d-%m-%Y}  {what:<11}  {purpose_text(e.purpose)}  (privacytekst {e.text_version})")
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    terms: dict[str, int] | None = {} if args.clear_stages else None
    for item in args.stage or []:
        stage, sep, months = item.partition("=")
        if not sep or not months.strip().isdigit():
            raise UserError(f"--stage {item}: schrijf FASE=MAANDEN, bijvoorbeeld aangemeld=6")
        terms = (terms or {}) | {stage.strip(): int(months)}
    db = open_db(args)
    try:
        if args.months is not None or terms is not None:
            try:
                privacy.set_retention(db, args.months, terms)
            except ValueError as exc:
                raise UserError(str(exc)) from None
        s = load_settings(db)
    finally:
        db.close()
    print(f"bewaartermijn: {s.retention_months} maanden na het laatste contact")
    for t in s.retention_terms:
        print(f"  fase {t.stage}: {t.months} maanden")
    return 0
