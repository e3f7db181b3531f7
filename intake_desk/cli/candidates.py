"""candidate add / show / search: the intake exchange format on the command line."""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import suppress

from .. import intake_format
from ..app.candidates import add_candidate
from ..app.desk import Filter, candidate_count, candidate_page, stored_candidate
from ..domain.labels import label
from ..regions import region_name
from ..storage.errors import RecordDamaged, os_reason
from . import UserError, open_db


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("candidate", help="kandidaten toevoegen, tonen en zoeken")
    csub = p.add_subparsers(dest="candidate_command", metavar="ACTIE", required=True)

    a = csub.add_parser("add", help="kandidaat toevoegen uit JSON (het intakeformaat)")
    a.add_argument("--json", dest="json_file", required=True, metavar="FILE|-",
                   help="JSON-bestand, of - voor standaardinvoer")
    a.set_defaults(func=cmd_add)

    s = csub.add_parser("show", help="kandidaat tonen")
    s.add_argument("id")
    s.add_argument("--json", action="store_true", help="als JSON (het intakeformaat)")
    s.set_defaults(func=cmd_show)

    d = csub.add_parser("delete", help="kandidaat wissen (AVG): alles van deze persoon gaat weg")
    d.add_argument("id")
    d.add_argument("--yes", action="store_true", help="niet vragen of het zeker is")
    d.set_defaults(func=cmd_delete)

    q = csub.add_parser("search", help="zoeken op naam, plaats, doel of notities")
    q.add_argument("text", nargs="?", default="", help="zoektekst; leeg toont iedereen")
    q.add_argument("--json", action="store_true")
    q.add_argument("--limit", type=int, default=50)
    q.set_defaults(func=cmd_search)


def _read_input(source: str) -> bytes:
    """The document's bytes, at most one more than the format allows (so a 10 GB stream is refused
    after reading 1 MB, not after reading it all)."""
    limit = intake_format.MAX_BYTES + 1
    if source == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:  # a text-only stdin (embedded, some test harnesses)
            return sys.stdin.read(limit).encode("utf-8", "surrogatepass")
        return bytes(stream.read(limit))
    try:
        with open(source, "rb") as f:
            return f.read(limit)
    except FileNotFoundError:
        raise UserError(f"bestand {source} bestaat niet") from None
    except IsADirectoryError:
        raise UserError(f"{source} is een map, geen bestand") from None
    except OSError as exc:
        raise UserError(f"bestand {source} is niet te lezen ({os_reason(exc)})") from None


def cmd_add(args: argparse.Namespace) -> int:
    # Parsed and checked before the database is opened: refused input never creates or changes one.
    record = intake_format.parse_bytes(_read_input(args.json_file))
    db = open_db(args, create=True)
    meta, _ = add_candidate(db, record)
    print(meta.id)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    db = open_db(args)
    meta, record = stored_candidate(db, args.id)
    if args.json:
        text, replaced = intake_format.dumps(intake_format.to_document(record, meta))
        print(text)
        for path in replaced:  # stored before the checks existed; the JSON stays valid
            print(f"Let op: {path} was geen getal (NaN of oneindig) en staat er als null.",
                  file=sys.stderr)
        return 0
    c, i = record.candidate, record.intake
    lines = [
        f"{c.name.display}{'  (voorbeeldgegevens)' if c.sample else ''}",
        f"  id:          {meta.id} (versie {meta.revision})",
        f"  geboren:     {c.birth_date.strftime('%d-%m-%Y') if c.birth_date else '-'}",
        f"  woonplaats:  {c.contact.town or '-'} ({c.municipality or '-'}, "
        f"regio {region_name(c.region_code) or c.region_code or '-'})",
        f"  intake:      {i.date.strftime('%d-%m-%Y')} ({i.status.value}), "
        f"{label(i.situation)}",
        f"  startkwalificatie: {'ja' if i.has_startkwalificatie else 'nee'}",
        f"  Nederlands:  {'moedertaal' if i.dutch.native else label(i.dutch.overall)}",
        f"  uren/week:   {i.availability.hours_per_week}",
        f"  doelen:      {'; '.join(g.occupation for g in i.goals) or '-'}",
    ]
    print("\n".join(lines))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    """What the app's delete does (app.candidates.delete_candidate), after a question unless --yes."""
    from ..app.candidates import delete_candidate

    db = open_db(args)
    try:
        with suppress(RecordDamaged):  # a damaged record can be erased too
            stored_candidate(db, args.id)  # an unknown id is named before anything is asked
        if not args.yes:
            if not sys.stdin.isatty():
                raise UserError("wissen kan niet ongedaan worden gemaakt; zet --yes erbij om te "
                                "bevestigen")
            answer = input(f"Kandidaat {args.id} en alles over deze persoon wissen? [j/N] ")
            if answer.strip().lower() not in ("j", "ja", "y", "yes"):
                print("Niets gewist.", file=sys.stderr)
                return 1
        delete_candidate(db, args.id)
    finally:
        db.close()
    print(f"Gewist: {args.id}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    db = open_db(args)
    rows = candidate_page(db, Filter(text=args.text), limit=args.limit)
    if args.json:
        print(json.dumps([
            {"id": r.id, "name": r.formal_name, "birth_date": r.birth_date, "town": r.town,
             "status": r.status.value, "intake_date": r.intake_date, "goals": r.goals}
            for r in rows
        ], ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        print(f"{r.id}  {r.formal_name:<32.32}  {r.town:<14.14}  {r.goals}")
    total = candidate_count(db, Filter(text=args.text))
    # The lines first, then the count: in a terminal or a merged log (2>&1) the count ends the output
    # on a line of its own instead of arriving before rows still in stdout's buffer.
    sys.stdout.flush()
    print(f"({len(rows)} van {total} kandidaten)", file=sys.stderr)
    return 0
