"""match(): the best N routes for an intake, each scored, explained and checked against every hard rule.

Same input, same output: routes are ordered by score, then shorter, then cheaper, then offering codes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from ..domain import (
    Candidate,
    Catalog,
    CatalogItem,
    CredentialKind,
    DemandRating,
    FundingScheme,
    Gap,
    Goal,
    Intake,
    ItemKind,
    Leerweg,
    Payer,
    Route,
    RouteStep,
)
from ..domain.catalog import Offering
from .facts import (
    PRAKTIJKLEREN_MAX_WEEKS,
    CatalogIndex,
    allowed_regions,
    experience_credit,
    index,
    intake_week_limit,
    related_experience,
)
from .goals import Relation, profile
from .planner import Draft, Planner
from .rules import GAP_LEERBEDRIJF, GAP_VOG, RULE_NAMES, Rule, Violation, funding_problem, violations
from .scoring import find_demand, score_route

PER_TARGET_ITEM = 2  # at most this many routes to one qualification before others get a turn
_BIG5_NL = {"wonen": "Wonen", "inkomen": "Inkomen", "welzijn": "Welzijn",
            "werk-en-school": "Werk en school", "support": "Steun"}
_BIG5_EN = {"wonen": "Housing", "inkomen": "Income", "welzijn": "Well-being",
            "werk-en-school": "Work and school", "support": "Support"}


@dataclass(frozen=True, slots=True)
class MatchResult:
    routes: tuple[Route, ...]
    gaps: tuple[Gap, ...] = ()  # why nothing (more) fits, in plain words; blocking when no route


def match(intake: Intake, catalog: Catalog, today: date, top: int = 5,
          candidate: Candidate | None = None) -> list[Route]:
    """The best `top` routes, best first; every one passes rules.violations()."""
    return list(match_result(intake, catalog, today, top, candidate).routes)


def match_result(intake: Intake, catalog: Catalog, today: date, top: int = 5,
                 candidate: Candidate | None = None) -> MatchResult:
    idx = index(catalog)
    if intake.availability.hours_per_week <= 0:
        return MatchResult((), (Gap("geen-uren",
                                    "Er zijn nu geen uren per week vrij om te leren. Eerst uitzoeken "
                                    "wanneer er tijd is; daarna kan een route gemaakt worden.",
                                    "There are no hours a week free for learning now. First find out "
                                    "when there is time; then a route can be made.", blocking=True),))
    if not intake.goals:
        return MatchResult((), (Gap("geen-doel", "Er is nog geen doel vastgelegd.",
                                    "No goal has been recorded yet.", blocking=True),))
    planner = Planner(idx, intake, candidate, today)
    routes: dict[tuple[str, ...], Route] = {}
    targets: dict[tuple[str, ...], str] = {}
    for goal in intake.goals:
        for draft in planner.drafts(profile(idx, goal)):
            route, broken = build_route_checked(draft, intake, idx, today, candidate)
            if broken:
                planner.why_not[f"rule-{broken[0].rule.value}"] += 1
                planner.why_item.setdefault(draft.target.code, f"rule-{broken[0].rule.value}")
                continue
            key = tuple(s.offering_code for s in route.steps)
            if key not in routes or routes[key].score < route.score:
                routes[key] = route
                targets[key] = draft.target.code
    own = {c for g in intake.goals for c, rel in profile(idx, g).relations.items() if rel is Relation.OWN}
    ranked = [(k, r) for k, r in sorted(routes.items(), key=lambda kv: _order(kv[1]))
              if not _first_part_of_own(k, routes, targets, own)]
    chosen: list[Route] = []
    per_target: dict[str, int] = {}
    for key, route in ranked:
        if per_target.get(targets[key], 0) < PER_TARGET_ITEM:
            chosen.append(route)
            per_target[targets[key]] = per_target.get(targets[key], 0) + 1
    if len(chosen) < top:
        chosen += [r for _k, r in ranked if r not in chosen][: top - len(chosen)]
    chosen = sorted(chosen, key=_order)[:top]
    if not chosen:
        return MatchResult((), _why_not(planner.why_not))
    chosen_targets = {r.steps[-1].item_code for r in chosen}
    return MatchResult(tuple(chosen), _own_out_of_reach(intake, idx, chosen_targets, planner.why_item))


def _first_part_of_own(key: tuple[str, ...], routes: dict[tuple[str, ...], Route],
                       targets: dict[tuple[str, ...], str], own: set[str]) -> bool:
    """Whether this route is only the first part of another route that reaches a goal's own
    qualification (Entree alone beside Entree -> Helpende): the longer route says it all, and the
    first part is shown as its stepping stone."""
    if targets[key] in own:
        return False
    return any(len(k) > len(key) and k[:len(key)] == key and targets[k] in own for k in routes)


# Why the goal's own qualification is missing from the routes, as the end of a sentence.
_OWN_WHY: dict[str, tuple[str, str]] = {
    "no-offering": ("staat nu niet in het aanbod", "is not in the catalog now"),
    "region": ("wordt niet gegeven in uw reisgebied", "is not given in your travel area"),
    "hours": ("vraagt meer uren per week dan u heeft", "asks more hours a week than you have"),
    "leerweg": ("is er niet in de leerweg die u wilt", "does not run in the learning path you want"),
    "prerequisites": ("vraagt toelatingseisen die nu nog niet te halen zijn",
                      "has entry requirements that cannot be met yet"),
    "dates": ("heeft geen startmoment in de gewenste periode", "has no start in the wished period"),
    "held": ("heeft u al", "is something you already hold"),
}


def _own_out_of_reach(intake: Intake, idx: CatalogIndex, chosen_targets: set[str],
                      why_item: dict[str, str]) -> tuple[Gap, ...]:
    """A plain gap per goal whose own qualification (or a part of it) is in none of the routes."""
    gaps: list[Gap] = []
    for goal in intake.goals:
        p = profile(idx, goal)
        if not p.home or any(p.relations.get(c) is Relation.OWN for c in chosen_targets):
            continue
        for code in sorted(p.home):
            item = idx.catalog.items[code]
            why = why_item.get(code, "")
            nl, en = _OWN_WHY.get(why, ("past nu niet binnen de regels (zie de routes hieronder)",
                                        "does not fit within the rules now"))
            if why.startswith("rule-"):
                rule = Rule(why.removeprefix("rule-"))
                nl = f"breekt een regel: {RULE_NAMES[rule][0].lower()}"
                en = f"breaks a rule: {RULE_NAMES[rule][1].lower()}"
            gaps.append(Gap(f"doel-buiten-bereik-{code}",
                            f"Een route naar {item.title} zelf is er nu niet: die opleiding {nl}. "
                            "De routes hieronder komen zo dicht mogelijk bij uw doel.",
                            f"There is no route to {item.title} itself now: that course {en}. The "
                            "routes below come as close to your goal as possible."))
    return tuple(gaps)


def _order(route: Route) -> tuple[int, int, Decimal, tuple[str, ...]]:
    return (-route.score, route.total_weeks, cost_after_funding(route)[0],
            tuple(s.offering_code for s in route.steps))


_WHY_NOT: dict[str, tuple[str, str]] = {  # the most telling first
    "held": ("U heeft het passende diploma of certificaat al.",
             "You already hold the fitting diploma or certificate."),
    "dutch-reached": ("Uw Nederlands is al op het niveau van de passende taalcursus; die is dus niet "
                      "nodig.",
                      "Your Dutch is already at the level of the fitting language course, so it is "
                      "not needed."),
    "no-offering": ("Voor dit doel is er nu geen aanbod in de catalogus.",
                    "There is no offering for this goal in the catalog now."),
    "region": ("Het passende aanbod is buiten het reisgebied.",
               "The fitting offering is outside the travel area."),
    "hours": ("Het passende aanbod vraagt meer uren per week dan er vrij zijn.",
              "The fitting offering asks for more hours a week than are free."),
    "leerweg": ("Het passende aanbod is er alleen in een andere leerweg dan gewenst (bijvoorbeeld BOL "
                "terwijl BBL gewenst is).",
                "The fitting offering only runs in another learning path than wished (for example "
                "BOL while BBL is wished)."),
    "prerequisites": ("Aan de toelatingseisen kan nu niet worden voldaan, ook niet met een tussenstap "
                      "in het aanbod.",
                      "The entry requirements cannot be met now, not even with a bridging step."),
    "dates": ("Er is geen startmoment in de gewenste periode.",
              "There is no start date in the wished period."),
}


def _why_not(counts: dict[str, int]) -> tuple[Gap, ...]:
    gaps = [Gap(f"buiten-bereik-{k}", *text, blocking=True) for k, text in _WHY_NOT.items()
            if counts.get(k)]
    for rule in Rule:  # routes that were found but break a hard rule (the 40-week rule, funding, ...)
        if counts.get(f"rule-{rule.value}"):
            nl, en = RULE_NAMES[rule]
            gaps.append(Gap(f"buiten-bereik-regel-{rule.value}",
                            f"De passende routes breken een regel: {nl.lower()}.",
                            f"The fitting routes break a rule: {en.lower()}.", blocking=True))
    return tuple(gaps) or (Gap("buiten-bereik", "Er is geen opleiding gevonden die bij het doel past.",
                               "No course was found that fits the goal.", blocking=True),)


def cost_after_funding(route: Route, catalog: Catalog | None = None) -> tuple[Decimal, tuple[str, ...]]:
    """What the candidate pays, and the names (or codes) of the schemes that pay the rest."""
    schemes = index(catalog).schemes if catalog is not None else {}
    total = Decimal("0")
    funders: list[str] = []
    for s in route.steps:
        scheme = schemes.get(s.funding_code)
        if not s.funding_code:
            total += s.cost
            continue
        name = scheme.name if scheme is not None else s.funding_code
        if name not in funders:
            funders.append(name)
        if scheme is not None and scheme.payer is Payer.DUO:
            total += s.cost  # a loan: the learner pays it back
        elif scheme is not None and scheme.max_amount is not None:
            total += max(Decimal("0"), s.cost - scheme.max_amount)
    return total, tuple(funders)


def _step(o: Offering, item: CatalogItem | None, start: date, bridging: bool) -> RouteStep:
    return RouteStep(
        offering_code=o.code, item_code=o.item_code, title=item.title if item else o.item_code,
        kind=item.kind if item else ItemKind.SHORT_MODULE, provider=o.provider, location=o.location,
        region_code=o.region_code, leerweg=o.leerweg, start=start, end=start + timedelta(weeks=o.weeks),
        hours_per_week=o.hours_per_week, credential=o.leads_to, level=item.level if item else None,
        cost=o.cost, bridging=bridging, sample=o.sample)


def step_for(o: Offering, catalog: Catalog, start: date, bridging: bool = False) -> RouteStep:
    """A route step for offering `o` starting on `start` (no funding yet)."""
    return _step(o, catalog.item(o.item_code), start, bridging)


def _schemes_for(step: RouteStep, intake: Intake, candidate: Candidate | None,
                 schemes: tuple[FundingScheme, ...]) -> list[FundingScheme]:
    """Schemes that may pay `step`, the candidate's own options first, then grants before loans."""
    ok = [f for f in schemes if funding_problem(f, step, intake, candidate) is None]
    return sorted(ok, key=lambda f: (f.code not in intake.funding, f.payer is Payer.DUO,
                                     f.payer is Payer.PERSON, -(f.max_amount or step.cost), f.code))


def assign_funding(steps: tuple[RouteStep, ...], intake: Intake, catalog: Catalog,
                   candidate: Candidate | None) -> tuple[RouteStep, ...]:
    """Give each paid step the best scheme it qualifies for, keeping within every scheme's max weeks."""
    if not steps:
        return steps
    weeks = max(1, round((max(s.end for s in steps) - min(s.start for s in steps)).days / 7))
    out: list[RouteStep] = []
    for s in steps:
        code = ""
        if s.cost > 0:
            for f in _schemes_for(s, intake, candidate, catalog.funding):
                if f.max_weeks is None or weeks <= f.max_weeks:
                    code = f.code
                    break
        out.append(replace(s, funding_code=code))
    return tuple(out)


def route_gaps(steps: tuple[RouteStep, ...], intake: Intake, catalog: Catalog,
               candidate: Candidate | None) -> tuple[Gap, ...]:
    """What to arrange beside the steps: training company, VOG, funding, Big 5 barriers, EVC."""
    gaps: list[Gap] = []
    idx = index(catalog)
    needs_job = any(s.leerweg is Leerweg.BBL or (
        (o := idx.by_code.get(s.offering_code)) is not None and o.prerequisites.requires_job)
        for s in steps)
    if needs_job and not intake.has_job_or_placement:
        gaps.append(Gap(GAP_LEERBEDRIJF,
                        "Zoek eerst een baan of leerplek bij een erkend leerbedrijf (BBL: werken en "
                        "leren). Kijk samen op leerbanenmarkt.nl (SBB).",
                        "First find a job or placement at a recognised training company (BBL: work "
                        "and learn). Look together on leerbanenmarkt.nl (SBB)."))
    vog_items = [s.title for s in steps if (i := catalog.item(s.item_code)) is not None and i.vog_required]
    if vog_items or intake.vog_needed:
        what = vog_items[0] if vog_items else "dit doel"
        gaps.append(Gap(GAP_VOG, f"Voor {what} is een VOG (Verklaring Omtrent het Gedrag) nodig. "
                        "Vraag die op tijd aan.",
                        f"{'This goal' if not vog_items else what} needs a certificate of conduct "
                        "(VOG). Apply in good time."))
    unpaid = [s for s in steps if s.cost > 0 and not s.funding_code]
    if unpaid:
        gaps.append(Gap("financiering", "Voor een deel van de kosten is nog geen regeling gevonden. "
                        "Bespreek werkgever, gemeente, UWV of levenlanglerenkrediet.",
                        "No scheme was found yet for part of the cost. Discuss employer, "
                        "municipality, UWV or a lifelong learning loan."))
    if allowed_regions(intake, candidate) is None:
        gaps.append(Gap("reisgebied", "Het reisgebied is niet vastgelegd; alle regio's zijn bekeken.",
                        "The travel area is not recorded; all regions were searched."))
    shortened = next((s for s in steps if s.exempt_weeks), None)
    if shortened is not None and shortened.credential is CredentialKind.PRAKTIJKVERKLARING:
        gaps.append(Gap("evc", f"Vertel de praktijkopleider vóór {shortened.start:%d-%m-%Y} wat u al "
                        "kunt. Werkprocessen die u al beheerst, kunt u meteen laten zien.",
                        f"Tell the workplace trainer before {shortened.start:%Y-%m-%d} what you can "
                        "already do. Work processes you master you can show right away."))
    elif shortened is not None:
        gaps.append(Gap("evc", f"Start de EVC-procedure vóór {shortened.start:%d-%m-%Y}: een erkende "
                        "EVC-aanbieder beoordeelt uw ervaring en geeft een ervaringscertificaat. Daarmee "
                        "vraagt u vrijstellingen aan bij de school. Vraag ook wie de EVC betaalt.",
                        f"Start the EVC procedure before {shortened.start:%Y-%m-%d}: a recognised EVC "
                        "provider assesses your experience and gives an experience certificate "
                        "(ervaringscertificaat). With it you ask the school for exemptions. Also ask "
                        "who pays for the EVC."))
    elif intake.evc_interest and (related := related_experience(intake, catalog.item(steps[-1].item_code))):
        # related, but too little to plan the route shorter: EVC is still worth asking about
        gaps.append(Gap("evc", f"Vraag naar een EVC-procedure: uw ervaring als {related[0].role} kan "
                        "misschien delen van de opleiding vervangen.",
                        f"Ask about recognition of prior learning (EVC): your experience as "
                        f"{related[0].role} may replace parts of the course."))
    for b in intake.barriers:
        key = b.domain.value
        ref_nl = f" Verwezen naar: {b.referral}." if b.referral else " Regel hulp voordat de route start."
        ref_en = f" Referred to: {b.referral}." if b.referral else " Arrange help before the route starts."
        gaps.append(Gap(f"big5-{key}", f"{_BIG5_NL[key]}: {b.note or 'hier speelt iets'}.{ref_nl}",
                        f"{_BIG5_EN[key]}: {b.note or 'there is an issue here'}.{ref_en}"))
    return tuple(gaps)


def _home_region(intake: Intake, candidate: Candidate | None, steps: tuple[RouteStep, ...]) -> str:
    if candidate is not None and candidate.region_code:
        return str(candidate.region_code)
    if intake.preferences.travel_regions:
        return str(intake.preferences.travel_regions[0])
    return str(steps[-1].region_code)


def finish(steps: tuple[RouteStep, ...], target: CatalogItem, goal: Goal, intake: Intake,
           catalog: Catalog, today: date, candidate: Candidate | None,
           requires_40: bool = False) -> Route:
    """Score and explain `steps` (already funded) as a route; no rule check here."""
    gaps = route_gaps(steps, intake, catalog, candidate)
    shell = Route(steps=steps, goal_credential=steps[-1].credential, gaps=gaps)
    after, funders = cost_after_funding(shell, catalog)
    scored = score_route(steps, target, goal, intake, catalog,
                         _home_region(intake, candidate, steps), today, after, funders)
    idx = index(catalog)
    requires_40 = requires_40 or intake_week_limit(intake, idx.schemes) is not None or any(
        (f := idx.schemes.get(s.funding_code)) is not None and f.max_weeks is not None
        and f.max_weeks <= PRAKTIJKLEREN_MAX_WEEKS for s in steps)
    return Route(steps=steps, goal_credential=steps[-1].credential, score=scored.score,
                 reasons=scored.reasons, gaps=gaps, funding_requires_40_weeks=requires_40)


def build_route_checked(draft: Draft, intake: Intake, idx: CatalogIndex, today: date,
                        candidate: Candidate | None) -> tuple[Route, list[Violation]]:
    """The draft funded, scored and explained, with every hard rule it breaks (none: proposable)."""
    catalog = idx.catalog
    steps = tuple(step_for(o, catalog, start, n < draft.bridging)
                  for n, (o, start) in enumerate(zip(draft.offerings, draft.starts, strict=True)))
    steps = assign_funding(with_experience(steps, intake, idx), intake, catalog, candidate)
    route = finish(steps, draft.target, draft.goal, intake, catalog, today, candidate)
    return route, violations(route, intake, catalog, today, candidate)


def with_experience(steps: tuple[RouteStep, ...], intake: Intake, idx: CatalogIndex
                    ) -> tuple[RouteStep, ...]:
    """The last step shortened by what the candidate's experience is worth for it (EVC; facts.py)."""
    last = steps[-1]
    offering = idx.by_code.get(last.offering_code)
    credit = experience_credit(intake, idx.catalog.item(last.item_code), last.credential)
    if offering is None or credit is None or not credit.exempt_weeks(offering.weeks):
        return steps
    exempt = credit.exempt_weeks(offering.weeks)
    end = last.start + timedelta(weeks=offering.weeks - exempt)
    return (*steps[:-1], replace(last, end=end, exempt_weeks=exempt))


def demand_for(route: Route, intake: Intake, catalog: Catalog, candidate: Candidate | None,
               goal: Goal) -> DemandRating | None:
    """The demand figure behind a route (for the printed plan), or None."""
    target = catalog.item(route.steps[-1].item_code) if route.steps else None
    if target is None:
        return None
    return find_demand(target, goal, catalog, _home_region(intake, candidate, route.steps))

