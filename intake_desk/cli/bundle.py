"""bundle: fair mode's files (issue 16; docs/fair-merge.md).

    intake-desk bundle export --out FILE [--since-last] [--to DESK]       (laptop: intakes for the desk)
    intake-desk bundle import FILE [--dry-run] [--json]                   (desk: read a laptop's bundle)
    intake-desk bundle enrol own --out FILE [--role desk|laptop] [--name N]   (this computer's key file)
    intake-desk bundle enrol add FILE [--name N] [--replace]              (enrol another computer)
    intake-desk bundle enrol list [--json]        intake-desk bundle enrol remove ID
    intake-desk bundle catalog export --out FILE                          (desk: catalog and settings)
    intake-desk bundle catalog import FILE [--dry-run]                    (laptop: before the fair)

A refused bundle or key file names why and writes nothing (exit 1).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from . import UserError, open_db

COUNT_WORDS = (("new", "nieuw"), ("updated", "bijgewerkt"), ("unchanged", "al bekend, ongewijzigd"),
               ("conflicts", "conflicten (kiezen met 'intake-desk conflicts')"),
               ("possible_duplicates", "mogelijk dubbel"), ("notices", "meldingen"),
               ("erased_skipped", "overgeslagen (gewist)"), ("deleted", "verwijderd (het verwijderen telt)"),
               ("damaged_skipped", "overgeslagen (beschadigd op de laptop)"))


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("bundle", help="beursbundels: intakes van beurslaptops naar de balie, en koppelen")
    bsub = p.add_subparsers(dest="bundle_command", metavar="ACTIE", required=True)
    e = bsub.add_parser("export", help="beursbundel maken (op de laptop) voor de balie")
    e.add_argument("--out", required=True, type=Path, metavar="FILE",
                   help="bestand (.beursbundel), of een map (de USB-stick): de naam komt er dan bij")
    e.add_argument("--since-last", action="store_true",
                   help="alleen wat sinds de vorige bundel voor deze balie is veranderd")
    e.add_argument("--to", metavar="DESK", default=None,
                   help="de balie (installatienummer of naam); nodig als er meer balies gekoppeld zijn")
    e.set_defaults(func=cmd_export)
    i = bsub.add_parser("import", help="beursbundel inlezen (aan de balie)")
    i.add_argument("file", type=Path, metavar="FILE")
    i.add_argument("--dry-run", action="store_true",
                   help="alleen tellen wat er zou gebeuren; niets schrijven")
    i.add_argument("--json", action="store_true")
    i.set_defaults(func=cmd_import)

    en = bsub.add_parser("enrol", help="computers koppelen met hun sleutelbestand (.beurssleutel)")
    esub = en.add_subparsers(dest="enrol_command", metavar="ACTIE", required=True)
    own = esub.add_parser("own", help="het sleutelbestand van deze computer maken")
    own.add_argument("--out", required=True, type=Path, metavar="FILE")
    own.add_argument("--role", choices=["desk", "laptop"], default=None,
                     help="deze computer is de balie (desk) of een beurslaptop (laptop)")
    own.add_argument("--name", default="", help="naam om deze computer te herkennen, bijv. 'Laptop 3'")
    own.set_defaults(func=cmd_enrol_own)
    add = esub.add_parser("add", help="het sleutelbestand van een andere computer koppelen")
    add.add_argument("file", type=Path, metavar="FILE")
    add.add_argument("--name", default=None, help="naam voor die computer (standaard: uit het bestand)")
    add.add_argument("--replace", action="store_true",
                     help="een gekoppelde computer met een nieuwe sleutel vervangen (eerst de "
                     "vingerafdruk vergelijken)")
    add.set_defaults(func=cmd_enrol_add)
    lst = esub.add_parser("list", help="deze computer en de gekoppelde computers")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_enrol_list)
    rm = esub.add_parser("remove", help="een gekoppelde computer ontkoppelen")
    rm.add_argument("id", metavar="ID")
    rm.set_defaults(func=cmd_enrol_remove)

    cat = bsub.add_parser("catalog", help="catalogus en instellingen van de balie naar de beurslaptops")
    csub = cat.add_subparsers(dest="catalog_bundle_command", metavar="ACTIE", required=True)
    ce = csub.add_parser("export", help="catalogusbundel maken (aan de balie)")
    ce.add_argument("--out", required=True, type=Path, metavar="FILE")
    ce.set_defaults(func=cmd_catalog_export)
    ci = csub.add_parser("import", help="catalogusbundel van de balie inlezen (op de laptop)")
    ci.add_argument("file", type=Path, metavar="FILE")
    ci.add_argument("--dry-run", action="store_true")
    ci.set_defaults(func=cmd_catalog_import)


def _out(path: Path, arg: str = "--out") -> Path:
    if path.exists() and path.is_dir():
        raise UserError(f"{arg}: {path} is een map; geef een bestandsnaam")
    if not path.parent.exists():
        raise UserError(f"{arg}: de map {path.parent} bestaat niet")
    return path


def _in(path: Path, arg: str = "FILE") -> Path:
    if not path.exists():
        raise UserError(f"{arg}: {path} bestaat niet")
    if path.is_dir():
        raise UserError(f"{arg}: {path} is een map, geen bestand")
    return path


def cmd_export(args: argparse.Namespace) -> int:
    from ..bundles.exchange import export_bundle

    out = args.out if args.out.is_dir() else _out(args.out)  # a folder: the file is named there
    db = open_db(args, create=True)
    done = export_bundle(db, out, since_last=args.since_last, to=args.to)
    which = "sinds de vorige bundel" if args.since_last else "alles"
    print(f"Beursbundel geschreven naar {done.path}: {done.records} records ({which}), {done.size} bytes, "
          f"voor {_peer_text(done.desk)}.")
    return 0


def _peer_text(key: Any) -> str:
    role = "balie" if key.role == "desk" else "laptop"
    name = f" '{key.name}'" if key.name else ""
    return f"{role}{name} {key.installation_id} (vingerafdruk {key.fingerprint})"


def cmd_import(args: argparse.Namespace) -> int:
    from ..bundles.exchange import REPORT_FIELDS, import_bundle, report_json

    path = _in(args.file)
    db = open_db(args, create=True)
    done, _changes = import_bundle(db, path, dry_run=args.dry_run)
    if args.json:
        print(json.dumps({"file": str(path), "from": done.sender.installation_id,
                          "from_name": done.sender.name, "fingerprint": done.sender.fingerprint,
                          "records": done.records, "dry_run": done.dry_run, "counts": done.counts,
                          "report": report_json(done.report)}, indent=2, ensure_ascii=False))
        return 0
    head = "Proef (er is niets geschreven)" if done.dry_run else "Ingelezen"
    print(f"{head}: {done.records} records van {_peer_text(done.sender)}")
    for key, word in COUNT_WORDS:
        if key in done.counts or key in REPORT_FIELDS:
            print(f"  {word}: {done.counts.get(key, 0)}")
    if done.dry_run:
        print(f"Inlezen: intake-desk bundle import {path}")
    return 0


def cmd_enrol_own(args: argparse.Namespace) -> int:
    from ..bundles.exchange import export_key_file

    out = _out(args.out)
    db = open_db(args, create=True)
    key = export_key_file(db, out, role=args.role, name=args.name)
    shown = out if out.suffix == ".beurssleutel" else out.with_name(out.name + ".beurssleutel")
    print(f"Sleutelbestand geschreven naar {shown}")
    print(f"Deze computer: {_peer_text(key)}")
    print("Vergelijk de vingerafdruk op het scherm van de andere computer bij het koppelen.")
    return 0


def cmd_enrol_add(args: argparse.Namespace) -> int:
    from ..bundles.exchange import enrol, read_key

    key = read_key(_in(args.file))
    db = open_db(args, create=True)
    done = enrol(db, key, name=args.name, replace=args.replace)
    if done.unchanged:
        print(f"Al gekoppeld, niets gewijzigd: {_peer_text(done.key)}")
    elif done.replaced is not None:
        print(f"Sleutel vervangen: {_peer_text(done.key)} (was {done.replaced.fingerprint})")
    else:
        print(f"Gekoppeld: {_peer_text(done.key)}")
    return 0


def cmd_enrol_list(args: argparse.Namespace) -> int:
    from ..bundles.exchange import enrolled, enrolled_at, own_public

    db = open_db(args, create=True)
    me = own_public(db)
    peers = enrolled(db)
    when = enrolled_at(db)
    if args.json:
        def row(k: Any) -> dict[str, Any]:
            return {"installation_id": k.installation_id, "role": k.role, "name": k.name,
                    "fingerprint": k.fingerprint}

        print(json.dumps({"self": row(me), "enrolled": [row(k) | {"enrolled_at": when.get(k.installation_id)}
                                                         for k in peers]}, indent=2, ensure_ascii=False))
        return 0
    print(f"Deze computer: {_peer_text(me)}")
    if not peers:
        print("Nog niets gekoppeld.")
    for k in peers:
        print(f"  {_peer_text(k)}, gekoppeld {when.get(k.installation_id, '')[:10]}")
    return 0


def cmd_enrol_remove(args: argparse.Namespace) -> int:
    from ..bundles.exchange import enrolled, unenrol

    db = open_db(args, create=True)
    hits = [k for k in enrolled(db) if k.installation_id.startswith(args.id.strip())]
    if len(hits) != 1:
        raise UserError(f"ID: '{args.id}' wijst {'meer dan één' if hits else 'geen'} gekoppelde computer aan")
    unenrol(db, hits[0].installation_id)
    print(f"Ontkoppeld: {_peer_text(hits[0])}")
    return 0


def cmd_catalog_export(args: argparse.Namespace) -> int:
    from ..bundles.exchange import export_catalog_bundle

    out = _out(args.out)
    db = open_db(args, create=True)
    done = export_catalog_bundle(db, out)
    print(f"Catalogusbundel geschreven naar {done.path}: {done.offerings} aanbod, {done.size} bytes.")
    return 0


def cmd_catalog_import(args: argparse.Namespace) -> int:
    from ..bundles.exchange import import_catalog_bundle

    path = _in(args.file)
    db = open_db(args, create=True)
    done, _changes = import_catalog_bundle(db, path, dry_run=args.dry_run)
    report = done.report
    if report.errors:
        print(f"Catalogus van {_peer_text(done.sender)} geweigerd; er is niets geschreven:")
        for issue in report.errors[:20]:
            print(f"  {issue}")
        return 1
    head = "Proef (er is niets geschreven)" if done.dry_run else "Ingelezen"
    print(f"{head}: catalogus van {_peer_text(done.sender)}")
    print(f"  aanbod: {report.offerings_new} nieuw, {report.offerings_changed} gewijzigd, "
          f"{report.offerings_same} gelijk")
    changed = ", ".join(done.settings) if done.settings else "geen"
    print(f"  instellingen {'die veranderen' if done.dry_run else 'veranderd'}: {changed}")
    return 0
