"""conflicts: the fields two installations changed at the same time (issue 16; docs/fair-merge.md).

    intake-desk conflicts list [--json]
    intake-desk conflicts resolve ID FIELD CHOICE

CHOICE is the number of an option as `conflicts list` shows it (1, 2, ...), or the value itself. The
choice is stored as a new change, so reading the same bundles again does not reopen the conflict.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from . import UserError, open_db


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("conflicts", help="velden die op twee computers tegelijk zijn veranderd")
    csub = p.add_subparsers(dest="conflicts_command", metavar="ACTIE", required=True)
    lst = csub.add_parser("list", help="alle open conflicten")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_list)
    r = csub.add_parser("resolve", help="een conflict oplossen: kies de waarde die blijft")
    r.add_argument("id", metavar="ID", help="kandidaatnummer")
    r.add_argument("field", metavar="FIELD", help="het veld, zoals 'conflicts list' het noemt")
    r.add_argument("choice", metavar="CHOICE", help="nummer van de keuze (1, 2, ...) of de waarde zelf")
    r.set_defaults(func=cmd_resolve)


def cmd_list(args: argparse.Namespace) -> int:
    from ..bundles.conflict_view import conflict_rows

    db = open_db(args, create=True)
    rows = conflict_rows(db)
    if args.json:
        print(json.dumps([r.as_json() for r in rows], indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print("Geen open conflicten.")
        return 0
    print(f"Open conflicten: {len(rows)}")
    for r in rows:
        label = f" ({r.label_nl})" if r.label_nl and r.label_nl != r.field else ""
        print(f"{r.candidate_id}  {r.field}{label}  (nu getoond: {_shown(r.shown)})")
        for number, option in enumerate(r.options, start=1):
            where = f"  [{option.source}]" if option.source else ""
            print(f"    {number}) {_shown(option.value)}{where}")
    return 0


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "(leeg)"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def cmd_resolve(args: argparse.Namespace) -> int:
    from ..bundles.conflict_view import ConflictRefused, resolve

    db = open_db(args, create=True)
    try:
        row, chosen = resolve(db, args.id.strip(), args.field.strip(), args.choice)
    except ConflictRefused as exc:
        raise UserError(exc.text_nl) from exc
    print(f"{row.candidate_id}  {row.field}: gekozen {_shown(chosen)}")
    return 0
