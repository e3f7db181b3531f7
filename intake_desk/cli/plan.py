"""plan / plans: print a candidate's plan, or all plans of one intake day, as PDF files."""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from datetime import date
from pathlib import Path

from ..app.plans import day_documents, file_name, load_document
from ..app.privacy import record_output
from ..plans import PlanDocument
from ..plans.renderer import render_plan
from ..plans.texts import LANGUAGES
from ..storage.errors import os_reason
from . import UserError, open_db

WORKERS = 2


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("plan", help="het plan van een kandidaat als PDF")
    p.add_argument("candidate_id", metavar="KANDIDAAT_ID")
    p.add_argument("--out", type=Path, required=True, metavar="BESTAND.pdf")
    p.add_argument("--lang", choices=LANGUAGES, default=None,
                   help="taal van het plan (standaard: de taal van het plan zelf)")
    p.add_argument("--version", type=int, default=None, metavar="N",
                   help="versie van het plan (standaard: de nieuwste)")
    p.set_defaults(func=cmd_plan)

    b = sub.add_parser("plans", help="alle plannen van een intakedag als PDF's (twee processen)")
    b.add_argument("--date", required=True, metavar="JJJJ-MM-DD")
    b.add_argument("--out", type=Path, required=True, metavar="MAP")
    b.add_argument("--lang", choices=LANGUAGES, default=None)
    b.set_defaults(func=cmd_plans)


def _write(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as exc:
        raise UserError(f"kan {path} niet schrijven: {os_reason(exc)}") from None


def cmd_plan(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        doc = load_document(db, args.candidate_id, version=args.version, lang=args.lang)
        _write(args.out, render_plan(doc))
        record_output(db, args.candidate_id, "export", f"versie {doc.plan.version}")
    finally:
        db.close()
    print(args.out)
    return 0


def _render_to(job: tuple[PlanDocument, str]) -> str:
    doc, path = job
    Path(path).write_bytes(render_plan(doc))
    return path


def render_batch(docs: list[PlanDocument], out_dir: Path, workers: int = WORKERS) -> list[Path]:
    """Render every plan into out_dir, on `workers` processes; returns the files in order."""
    out_dir.mkdir(parents=True, exist_ok=True)
    jobs = [(d, str(out_dir / file_name(d))) for d in docs]
    if workers <= 1 or len(jobs) < 4:
        return [Path(_render_to(j)) for j in jobs]
    with multiprocessing.get_context("spawn" if sys.platform == "win32" else "fork").Pool(
            workers) as pool:
        return [Path(p) for p in pool.imap(_render_to, jobs, chunksize=8)]


def cmd_plans(args: argparse.Namespace) -> int:
    try:
        day = date.fromisoformat(args.date)
    except ValueError:
        raise UserError(f"{args.date!r} is geen geldige datum (jjjj-mm-dd)") from None
    db = open_db(args)
    try:
        docs, skipped = day_documents(db, day, args.lang)
    finally:
        db.close()
    for reason in skipped:
        print(f"Overgeslagen: {reason}", file=sys.stderr)
    if not docs:
        print(f"Geen plannen voor intakes op {day.strftime('%d-%m-%Y')}.", file=sys.stderr)
        return 1
    try:
        written = render_batch(docs, args.out)
    except OSError as exc:
        raise UserError(f"kan niet schrijven in {args.out}: {os_reason(exc)}") from None
    db = open_db(args)
    try:
        for doc in docs:
            record_output(db, doc.plan.candidate_id, "export", f"versie {doc.plan.version}")
    finally:
        db.close()
    for path in written:
        print(path)
    print(f"{len(written)} plannen gemaakt in {args.out}", file=sys.stderr)
    return 0
