"""match / plan-save: the routes for a candidate on the command line, and saving one as a plan."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from ..app.routes import RouteBreaksRules, candidate_routes, save_plan
from ..domain import Catalog, Route
from ..domain.labels import label
from ..matching.engine import cost_after_funding
from ..plans.texts import gap_text, reason_text, violation_text
from . import UserError, open_db


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    m = sub.add_parser("match", help="passende leerroutes voor een kandidaat, met redenen")
    m.add_argument("candidate_id", metavar="CANDIDATE_ID")
    m.add_argument("--top", type=int, default=5, help="hoeveel routes (standaard 5)")
    m.add_argument("--json", action="store_true", help="als JSON")
    m.add_argument("--today", type=_day, default=None, metavar="JJJJ-MM-DD",
                   help="rekenen alsof het deze dag is (standaard vandaag)")
    m.add_argument("--lang", choices=("nl", "en"), default="nl", help="taal van de redenen")
    m.set_defaults(func=cmd_match)

    s = sub.add_parser("plan-save", help="route nummer N uit 'match' opslaan als nieuwe planversie "
                       "(zonder passende route: een plan zonder route)")
    s.add_argument("candidate_id", metavar="CANDIDATE_ID")
    s.add_argument("--route", type=int, default=1, help="routenummer uit 'match' (1 = beste)")
    s.add_argument("--zonder-route", action="store_true", dest="no_route",
                   help="een plan zonder route opslaan, ook als er routes zijn")
    s.add_argument("--volgende-afspraak", type=_day, default=None, dest="next_appointment",
                   metavar="JJJJ-MM-DD", help="datum van de volgende afspraak")
    s.add_argument("--today", type=_day, default=None, metavar="JJJJ-MM-DD")
    s.add_argument("--advisor", default="", help="naam van de adviseur")
    s.set_defaults(func=cmd_plan_save)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"geen datum (JJJJ-MM-DD): {text}") from None


def route_json(route: Route, catalog: Catalog, lang: str = "nl") -> dict[str, Any]:
    """One route as the JSON of `match --json` (documented in the issue: steps, weeks, score, ...)."""
    after, funders = cost_after_funding(route, catalog)
    return {
        "score": route.score,
        "total_weeks": route.total_weeks,
        "start": route.start.isoformat() if route.start else None,
        "end": route.end.isoformat() if route.end else None,
        "credential": route.goal_credential.value,
        "total_cost": str(route.total_cost),
        "steps": [{
            "offering_code": s.offering_code, "item_code": s.item_code, "title": s.title,
            "kind": s.kind.value, "level": s.level, "provider": s.provider, "location": s.location,
            "region": s.region_code, "leerweg": s.leerweg.value, "start": s.start.isoformat(),
            "end": s.end.isoformat(), "hours_per_week": s.hours_per_week, "cost": str(s.cost),
            "funding": s.funding_code or None, "credential": s.credential.value, "bridging": s.bridging,
            "sample": s.sample,
        } for s in route.steps],
        "reasons": [{"factor": r.factor.value, "weight": r.weight, "text": reason_text(r, lang),
                     "text_nl": reason_text(r, "nl"), "text_en": reason_text(r, "en")}
                    for r in route.reasons],
        "gaps": [{"code": g.code, "blocking": g.blocking, "text": gap_text(g, lang),
                  "text_nl": gap_text(g, "nl"), "text_en": gap_text(g, "en")} for g in route.gaps],
        "cost_after_funding": str(after),
        "funded_by": list(funders),
        "sample": route.uses_sample_data,
    }


def cmd_match(args: argparse.Namespace) -> int:
    db = open_db(args)
    found = candidate_routes(db, args.candidate_id, today=args.today, top=args.top)
    result = found.result
    if args.json:
        doc = {"candidate_id": args.candidate_id, "today": found.today.isoformat(),
               "routes": [route_json(r, found.catalog, args.lang) for r in result.routes],
               "gaps": [{"code": g.code, "blocking": g.blocking, "text": gap_text(g, args.lang)}
                        for g in result.gaps]}
        print(json.dumps(doc, ensure_ascii=False, indent=2))
        return 0
    name = found.record.candidate.name.display
    if not result.routes:
        print(f"Geen passende route voor {name}.")
        for g in result.gaps:
            print(f"  - {gap_text(g, args.lang)}")
        return 0
    for n, r in enumerate(result.routes, 1):
        print(f"{n}. score {r.score}  {r.total_weeks} weken  "
              f"{r.start:%d-%m-%Y} - {r.end:%d-%m-%Y}  ({label(r.goal_credential)})")
        for s in r.steps:
            tag = " [tussenstap]" if s.bridging else ""
            print(f"   {s.start:%d-%m-%Y}  {s.title}{tag}  {s.provider}, {s.location}  {label(s.leerweg)}"
                  f"  {s.hours_per_week:g} u/w  € {s.cost}  {s.funding_code or '-'}")
        for x in sorted(r.reasons, key=lambda x: -x.weight):
            print(f"   + {reason_text(x, args.lang)}")
        for g in r.gaps:
            print(f"   ! {gap_text(g, args.lang)}")
    for g in result.gaps:  # about the result as a whole, e.g. why the goal itself is out of reach
        print(f"! {gap_text(g, args.lang)}")
    if any(r.uses_sample_data for r in result.routes):
        print("(voorbeeldgegevens: geen echt aanbod)")
    return 0


def cmd_plan_save(args: argparse.Namespace) -> int:
    db = open_db(args)
    found = candidate_routes(db, args.candidate_id, today=args.today, top=max(5, args.route))
    routes = found.result.routes
    route: Route | None = None
    if routes and not args.no_route:
        if not 1 <= args.route <= len(routes):
            raise UserError(f"--route: route {args.route} bestaat niet; er zijn {len(routes)} routes")
        route = routes[args.route - 1]
    elif args.route != 1 and not args.no_route:
        raise UserError(f"--route: route {args.route} bestaat niet; er is geen passende route")
    try:
        stored, _ = save_plan(db, args.candidate_id, route, today=found.today, advisor=args.advisor,
                              next_appointment=args.next_appointment)
    except RouteBreaksRules as exc:
        raise UserError("De route breekt een regel: " + violation_text(exc.violations[0], "nl")) from None
    if route is None:
        print(f"Plan zonder route opgeslagen: versie {stored.version} ({stored.plan_id})")
        for g in stored.route.gaps:
            print(f"  - {gap_text(g, 'nl')}")
    else:
        print(f"Plan opgeslagen: versie {stored.version} ({stored.plan_id})")
    return 0
