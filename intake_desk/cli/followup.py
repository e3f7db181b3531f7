"""status, followup and report: the trajectory, the next contact and the regional figures.

    intake-desk status set ID STATUS [--reason R] [--credential C] [--date D]
    intake-desk status show ID [--json]          intake-desk status history ID [--json]
    intake-desk followup list [--due today|overdue|silent] [--json]
    intake-desk followup next ID DATE|--clear [--note TEXT]
    intake-desk followup contact ID [--date D]
    intake-desk report --from D --to D [--region R] --out FILE.pdf|.xlsx|.csv [--lang nl|en]

Dates as 31-12-2026 or 2026-12-31. Refused input names the argument and exits 1.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from ..app import followup as fu
from ..domain.enums import CredentialKind
from ..domain.labels import label
from ..domain.trajectory import DropReason, Stage, reason_label, stage_label
from ..storage.errors import os_reason
from . import UserError, open_db

E = TypeVar("E", bound=StrEnum)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("status", help="trajectstatus: zetten, tonen, geschiedenis")
    ssub = p.add_subparsers(dest="status_command", metavar="ACTIE", required=True)
    s = ssub.add_parser("set", help="status zetten (aangemeld, intake-gedaan, plan-uitgereikt, gestart,"
                        " afgerond, uitgevallen)")
    s.add_argument("id", metavar="ID")
    s.add_argument("status", metavar="STATUS")
    s.add_argument("--reason", help="reden bij uitgevallen: " + ", ".join(r.value for r in DropReason))
    s.add_argument("--credential", help="bewijs bij afgerond: " + ", ".join(c.value for c in CredentialKind))
    s.add_argument("--date", help="dag van de wijziging (standaard vandaag)")
    s.set_defaults(func=cmd_status_set)
    sh = ssub.add_parser("show", help="huidige status, wat daarna kan, volgende afspraak")
    sh.add_argument("id", metavar="ID")
    sh.add_argument("--json", action="store_true")
    sh.set_defaults(func=cmd_status_show)
    h = ssub.add_parser("history", help="alle statuswijzigingen, oudste eerst")
    h.add_argument("id", metavar="ID")
    h.add_argument("--json", action="store_true")
    h.set_defaults(func=cmd_status_history)

    p = sub.add_parser("followup", help="volgende afspraken en de werklijst")
    fsub = p.add_subparsers(dest="followup_command", metavar="ACTIE", required=True)
    lst = fsub.add_parser("list", help="wie vandaag, te laat of al lang niet gesproken")
    lst.add_argument("--due", choices=["today", "overdue", "silent"], default=None,
                     help="alleen deze lijst")
    lst.add_argument("--days", type=int, default=None, help="stil na N dagen (standaard: instelling)")
    lst.add_argument("--date", help=argparse.SUPPRESS)  # "today" for tests and scripts
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_followup_list)
    n = fsub.add_parser("next", help="volgende afspraak zetten of wissen")
    n.add_argument("id", metavar="ID")
    n.add_argument("day", metavar="DATE", nargs="?")
    n.add_argument("--clear", action="store_true", help="afspraak wissen")
    n.add_argument("--note", default="", help="korte notitie (geen gevoelige gegevens)")
    n.set_defaults(func=cmd_followup_next)
    c = fsub.add_parser("contact", help="vastleggen dat er contact was")
    c.add_argument("id", metavar="ID")
    c.add_argument("--date", help="dag van het contact (standaard vandaag)")
    c.set_defaults(func=cmd_followup_contact)

    r = sub.add_parser("report", help="regionale cijfers als PDF, XLSX of CSV (alleen aantallen)")
    r.add_argument("--from", dest="start", required=True, metavar="DATE")
    r.add_argument("--to", dest="end", required=True, metavar="DATE")
    r.add_argument("--region", default=None, help="arbeidsmarktregio (code of naam); standaard alle")
    r.add_argument("--out", required=True, type=Path, metavar="FILE")
    r.add_argument("--lang", choices=["nl", "en"], default="nl")
    r.set_defaults(func=cmd_report)


def parse_day(text: str, arg: str) -> date:
    """A day as 31-12-2026 or 2026-12-31; UserError naming `arg` otherwise."""
    for fmt in ("%d-%m-%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise UserError(f"{arg}: '{text}' is geen datum; schrijf dd-mm-jjjj (31-12-2026) of jjjj-mm-dd")


def _code(enum: type[E], text: str, arg: str, words: Iterable[tuple[E, str]]) -> E:
    key = text.strip().casefold().replace(" ", "-").replace("_", "-")
    for member in enum:
        if key == member.value:
            return member
    for member, word in words:
        if key == word.casefold().replace(" ", "-"):
            return member
    raise UserError(f"{arg}: '{text}' bestaat niet; kies uit: " + ", ".join(m.value for m in enum))


def _stage(text: str) -> Stage:
    return _code(Stage, text, "STATUS", ((s, stage_label(s, lang)) for s in Stage for lang in ("nl", "en")))


def _refused(exc: fu.FollowUpRefused) -> UserError:
    """The core's Dutch text, plus the option that fixes it on the command line."""
    hint = ""
    if exc.code == "reason-needed":
        hint = " Geef --reason: " + ", ".join(r.value for r in DropReason)
    elif exc.code == "credential-needed":
        hint = " Geef --credential: " + ", ".join(c.value for c in CredentialKind)
    return UserError(exc.text_nl + hint)


def cmd_status_set(args: argparse.Namespace) -> int:
    stage = _stage(args.status)
    reason = _code(DropReason, args.reason, "--reason",
                   ((r, reason_label(r, "nl")) for r in DropReason)) if args.reason else None
    credential = _code(CredentialKind, args.credential, "--credential",
                       ((c, label(c, "nl")) for c in CredentialKind)) if args.credential else None
    on = parse_day(args.date, "--date") if args.date else None
    db = open_db(args, create=True)
    try:
        fu.set_stage(db, args.id, stage, on=on, reason=reason, credential=credential)
    except fu.FollowUpRefused as exc:
        raise _refused(exc) from exc
    print(f"{args.id}: {stage_label(fu.current_stage(db, args.id))}")
    return 0


def _change_json(c: object) -> dict[str, object]:
    from ..domain.trajectory import StageChange

    assert isinstance(c, StageChange)
    return {"from": c.from_stage.value if c.from_stage else None, "to": c.to_stage.value,
            "date": c.on.isoformat(), "reason": c.reason.value if c.reason else None,
            "credential": c.credential.value if c.credential else None,
            "advisor_id": c.advisor_id, "recorded_at": c.recorded_at}


def cmd_status_show(args: argparse.Namespace) -> int:
    db = open_db(args, create=True)
    stage = fu.current_stage(db, args.id)
    nxt = fu.next_contact(db, args.id)
    last = fu.last_contact(db, args.id)
    from ..domain.trajectory import allowed_next, is_open

    if args.json:
        print(json.dumps({"id": args.id, "status": stage.value, "open": is_open(stage),
                          "allowed_next": [s.value for s in allowed_next(stage)],
                          "next_contact": nxt.isoformat() if nxt else None,
                          "last_contact": last.isoformat() if last else None}, indent=2))
        return 0
    print(f"Status: {stage_label(stage)}")
    print("Kan daarna: " + ", ".join(s.value if s.value == stage_label(s) else f"{s.value} ({stage_label(s)})"
                                     for s in allowed_next(stage)))
    print(f"Volgende afspraak: {nxt:%d-%m-%Y}" if nxt else "Volgende afspraak: geen")
    if last:
        print(f"Laatste contact: {last:%d-%m-%Y}")
    return 0


def cmd_status_history(args: argparse.Namespace) -> int:
    db = open_db(args, create=True)
    history = fu.stage_history(db, args.id)
    if args.json:
        print(json.dumps([_change_json(c) for c in history], indent=2))
        return 0
    if not history:
        print(f"Nog geen wijzigingen; status: {stage_label(fu.current_stage(db, args.id))}")
    for change in history:
        print(fu.change_text(change))
    return 0


def _entry_json(e: fu.FollowUpEntry) -> dict[str, object]:
    return {"id": e.candidate_id, "name": e.name, "status": e.stage.value,
            "next_contact": e.next_contact.isoformat() if e.next_contact else None,
            "last_contact": e.last_contact.isoformat() if e.last_contact else None,
            "days_silent": e.days_silent}


def cmd_followup_list(args: argparse.Namespace) -> int:
    today = parse_day(args.date, "--date") if args.date else date.today()
    if args.days is not None and args.days < 1:
        raise UserError(f"--days: {args.days} kan niet; minstens 1")
    db = open_db(args, create=True)
    wl = fu.worklist(db, today, silent_days=args.days)
    lists = {"today": wl.due_today, "overdue": wl.overdue, "silent": wl.silent}
    chosen = [args.due] if args.due else ["today", "overdue", "silent"]
    if args.json:
        out = {k: [_entry_json(e) for e in lists[k]] for k in chosen}
        print(json.dumps(out if not args.due else out[args.due], indent=2, ensure_ascii=False))
        return 0
    titles = {"today": "Vandaag bellen", "overdue": "Te laat",
              "silent": f"Al {wl.silent_days} dagen of langer geen contact"}
    totals = {"today": wl.due_today_total, "overdue": wl.overdue_total, "silent": wl.silent_total}
    for key in chosen:
        print(f"{titles[key]} ({totals[key]})")
        for e in lists[key]:
            when = (f"afspraak {e.next_contact:%d-%m-%Y}" if e.next_contact and key != "silent"
                    else f"{e.days_silent} dagen stil")
            print(f"  {e.candidate_id}  {e.name}  {stage_label(e.stage)}  {when}")
    return 0


def cmd_followup_next(args: argparse.Namespace) -> int:
    if args.clear and args.day:
        raise UserError("DATE: geef een datum of --clear, niet allebei")
    if not args.clear and not args.day:
        raise UserError("DATE: geef de dag van de volgende afspraak (dd-mm-jjjj), of --clear")
    day = None if args.clear else parse_day(args.day, "DATE")
    db = open_db(args, create=True)
    try:
        fu.set_next_contact(db, args.id, day, args.note)
    except fu.FollowUpRefused as exc:
        raise _refused(exc) from exc
    print(f"{args.id}: volgende afspraak " + (f"{day:%d-%m-%Y}" if day else "gewist"))
    return 0


def cmd_followup_contact(args: argparse.Namespace) -> int:
    on = parse_day(args.date, "--date") if args.date else None
    db = open_db(args, create=True)
    try:
        fu.log_contact(db, args.id, on)
    except fu.FollowUpRefused as exc:
        raise _refused(exc) from exc
    print(f"{args.id}: contact vastgelegd")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from ..app.figures import regional_figures
    from ..reports import FORMATS, write_report

    start = parse_day(args.start, "--from")
    end = parse_day(args.end, "--to")
    if end < start:
        raise UserError(f"--to: {end:%d-%m-%Y} ligt voor --from {start:%d-%m-%Y}")
    suffix = args.out.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise UserError(f"--out: '{args.out.name}' heeft geen bekende extensie; kies .pdf, .xlsx of .csv")
    region = None
    if args.region:
        from ..regions import region_code

        region = region_code(args.region)
        if region is None:
            raise UserError(f"--region: '{args.region}' is geen arbeidsmarktregio")
    db = open_db(args, create=True)
    figures = regional_figures(db, start, end, region)
    try:
        write_report(figures, args.out, lang=args.lang)
    except OSError as exc:
        raise UserError(f"--out: {args.out} kan niet worden geschreven ({os_reason(exc)})") from exc
    print(f"Cijfers {figures.period_text} ({figures.region_text()}) geschreven naar {args.out}")
    return 0
