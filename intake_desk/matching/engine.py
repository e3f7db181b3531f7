"""match(): the best N routes for an intake, each scored, explained and checked against every hard rule.

Same input, same output. Routes are ordered as an advisor proposes them, not by score alone: first by
`route_rank()` (rules.advice: the RMC band; the goal's own credential before a related one; the
credential wish and the profile; the wished leerweg before one the wish only accepts), then by score
(highest first), then shorter, then cheaper, then offering codes. So a route with a lower score can
stand above one with a higher score only when its rank is better, and a reason on it says why.
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
    Factor,
    Gap,
    Goal,
    Intake,
    ItemKind,
    Leerweg,
    Payer,
    Reason,
    Route,
    RouteStep,
)
from ..domain.catalog import Offering
from ..domain.route import GapArgs, GapCode, Named, ReasonArgs, ReasonCode, Rule, Term, Violation, WhyNot
from ..regions import home_region, nearest_offered, region_name
from . import funding
from .bridges import (
    bridge_in_line,
    heavy_work,
    learns_at_work,
    leerbedrijf_due,
    person_gaps,
    physical_gap,
    physical_limit,
    route_bridge_gaps,
)
from .facts import (
    PRAKTIJKLEREN_MAX_WEEKS,
    CatalogIndex,
    allowed_regions,
    experience_credit,
    index,
    intake_week_limit,
    related_experience,
)
from .goals import GoalProfile, Link, Relation, profile
from .planner import Draft, Planner
from .rules import GAP_LEERBEDRIJF, GAP_VOG, Advice, advice, violations
from .scoring import score_route

PER_TARGET_ITEM = 2  # at most this many routes to one qualification before others get a turn


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
        # 0 is also what an unanswered question looks like: the words say both
        return MatchResult((), (Gap(GapCode.NO_HOURS, blocking=True),))
    if not intake.goals:
        return MatchResult((), (Gap(GapCode.NO_GOAL, blocking=True),))
    planner = Planner(idx, intake, candidate, today)
    routes: dict[tuple[str, ...], Route] = {}
    targets: dict[tuple[str, ...], str] = {}
    ranks: dict[tuple[str, ...], tuple[int, int, int, int]] = {}
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
                ranks[key] = route_rank(route, intake, catalog, today, candidate)
    own = {c for g in intake.goals for c, rel in profile(idx, g).relations.items() if rel is Relation.OWN}

    def order(kv: tuple[tuple[str, ...], Route]) -> tuple[object, ...]:
        return (*ranks[kv[0]], *_order(kv[1]))

    reached_own = any(t in own or _goal_module(t, intake, idx) for t in targets.values())
    ranked = [(k, r) for k, r in sorted(routes.items(), key=order)
              if not _first_part_of_own(k, routes, targets, own)
              and not (reached_own and _other_occupation(targets[k], intake, idx))]
    chosen: list[Route] = []
    per_target: dict[str, int] = {}
    for key, route in ranked:
        if per_target.get(targets[key], 0) < PER_TARGET_ITEM:
            chosen.append(route)
            per_target[targets[key]] = per_target.get(targets[key], 0) + 1
    if len(chosen) < top:
        chosen += [r for _k, r in ranked if r not in chosen][: top - len(chosen)]
    keys = {id(r): k for k, r in ranked}
    chosen = sorted(chosen, key=lambda r: order((keys[id(r)], r)))[:top]
    if not chosen:
        # the person's own bridges (diploma evaluation, BIG register, RMC) still go on the plan
        return MatchResult((), _own_out_of_reach(intake, idx, set(), planner.why_item, candidate, True)
                           + _why_not(planner.why_not) + person_gaps(intake, candidate, today))
    chosen_targets = {r.steps[-1].item_code for r in chosen}
    return MatchResult(tuple(chosen), _own_out_of_reach(intake, idx, chosen_targets, planner.why_item,
                                                        candidate))


Rank = tuple[int, int, int, int]


def route_rank(route: Route, intake: Intake, catalog: Catalog, today: date,
               candidate: Candidate | None = None) -> Rank:
    """The advisor's order of a route (lower first; the score decides within one rank): the RMC
    band (rules.advice), then the goal's own credential (or the course that is the goal) before a
    related one, then the credential wish and profile, then the wished leerweg itself before one the
    wish only accepts (BBL before the derde leerweg). With several goals, the goal it serves best."""
    idx = index(catalog)
    last = route.steps[-1]
    qualification = _qualification_title(catalog, last.item_code)
    wanted = intake.preferences.leerwegen
    off = int(bool(wanted) and last.leerweg not in wanted and last.leerweg is not Leerweg.SHORT_COURSE)
    counted = funding.counted_weeks(intake, catalog.funding)
    # another occupation's heavy work for someone with a physical limitation: after every other route
    heavy = heavy_for(intake, catalog, last.item_code)
    best: Rank | None = None
    for goal in intake.goals:
        a: Advice = advice(route.steps, goal, intake, candidate, today, qualification, counted)
        own = profile(idx, goal).relations.get(last.item_code) in (Relation.OWN, Relation.GOAL_MODULE)
        rank = (a.major, 0 if own else (2 if heavy else 1), a.minor, off)
        best = rank if best is None else min(best, rank)
    return best if best is not None else (0, 1, 0, off)


def heavy_for(intake: Intake, catalog: Catalog, code: str) -> tuple[str, str] | None:
    """Why the work `code` leads to is physically heavy, when the intake records a physical
    limitation (bridges.physical_limit, bridges.heavy_work); else None."""
    if physical_limit(intake) is None:
        return None
    return heavy_work(catalog.item(code), catalog)


def _qualification_title(catalog: Catalog, code: str) -> str:
    """The title of the qualification an item is (or is part of)."""
    item = catalog.item(code)
    if item is None:
        return ""
    base = catalog.item(item.part_of) if item.part_of else None
    return (base or item).title


def _goal_module(code: str, intake: Intake, idx: CatalogIndex) -> bool:
    return any(profile(idx, g).relations.get(code) is Relation.GOAL_MODULE for g in intake.goals)


def _other_occupation(code: str, intake: Intake, idx: CatalogIndex) -> bool:
    """Whether `code` is, for every goal, only another occupation in the same broad DUO domein (or
    sector) of a specific goal: not its dossier, not a lower rung of its known ladder
    (bridges.STEPPING_LINES), not a course for it. Such routes only fill the list when nothing of
    the goal itself fits: a voorman who wants to become praktijkopleider gets no care certificates
    because the kwalificatiestructuur files Praktijkopleider under Zorg en welzijn."""
    items = idx.catalog.items
    item = items[code]
    base = items.get(item.part_of, item) if item.part_of else item
    for goal in intake.goals:
        p = profile(idx, goal)
        rel = p.relations.get(code)
        if rel is None:
            continue
        if rel is not Relation.LINE or p.resolution.broad or p.link(code) is Link.DOSSIER:
            return False
        if any(bridge_in_line(base, items[h]) for h in p.home if h in items):
            return False  # Helpende before Verzorgende-IG: a known stepping stone
    return True


def _first_part_of_own(key: tuple[str, ...], routes: dict[tuple[str, ...], Route],
                       targets: dict[tuple[str, ...], str], own: set[str]) -> bool:
    """Whether this route is only the first part of another route that reaches a goal's own
    qualification (Entree alone beside Entree -> Helpende): the longer route says it all, and the
    first part is shown as its stepping stone."""
    if targets[key] in own:
        return False
    return any(len(k) > len(key) and k[:len(key)] == key and targets[k] in own for k in routes)


# What the planner may note about a goal's own qualification that fits no route (its other notes
# are "rule-<rule>"); the words are at the edges (GapCode.GOAL_OWN_OUT_OF_REACH).
_OWN_WHY = frozenset({WhyNot.NO_OFFERING, WhyNot.EXPIRED, WhyNot.REGION, WhyNot.HOURS, WhyNot.LEERWEG,
                      WhyNot.PREREQUISITES, WhyNot.DATES, WhyNot.HELD, WhyNot.DUTCH_REACHED})


def _own_out_of_reach(intake: Intake, idx: CatalogIndex, chosen_targets: set[str],
                      why_item: dict[str, str], candidate: Candidate | None = None,
                      blocking: bool = False) -> tuple[Gap, ...]:
    """Plain gaps per goal that none of the routes reaches: the goal is not recognised, is only a
    field, is not offered at all or not in the travel area (with the nearest real alternatives), or
    its own qualification is offered but out of reach (why). `blocking` when there are no routes."""
    gaps: list[Gap] = []
    allowed = allowed_regions(intake, candidate)
    for goal in intake.goals:
        p = profile(idx, goal)
        reached = {p.relations.get(c) for c in chosen_targets}
        if Relation.OWN in reached or Relation.GOAL_MODULE in reached:
            continue
        gaps += _goal_gaps(goal, p, idx, why_item, allowed, blocking, chosen_targets)
    return tuple(gaps)


def _goal_gaps(goal: Goal, p: GoalProfile, idx: CatalogIndex, why_item: dict[str, str],
               allowed: frozenset[str] | None, blocking: bool,
               chosen_targets: set[str] | frozenset[str] = frozenset()) -> list[Gap]:
    res = p.resolution
    text = goal.occupation or goal.crebo or goal.sector
    own = [c for c, rel in p.relations.items() if rel in (Relation.OWN, Relation.GOAL_MODULE)]
    if not own and not res.recognised:
        return [Gap(GapCode.GOAL_UNKNOWN, GapArgs(goal=text), blocking=blocking)]
    if not own and res.broad:
        field = ", ".join(sorted(res.domeinen)) or res.label()
        missed = _field_missed(p, idx, why_item, chosen_targets)
        return [Gap(GapCode.GOAL_BROAD, replace(missed, goal=text, field=field), blocking=blocking)]
    # the goal by the name of its qualification and the levels it has, or as typed
    title, levels = (res.name or res.matched or res.text, tuple(res.levels)) if res.crebos else (text, ())
    offered = [o for c in own for o in idx.by_item.get(c, ())]
    if not offered:
        near, same = _alternatives(p, idx, allowed)
        return [Gap(GapCode.GOAL_NOT_OFFERED, GapArgs(title=title, levels=levels, places=near, same=same),
                    blocking=blocking)]
    if allowed is not None and not any(o.region_code in allowed for o in offered):
        where = [Named(_region(idx, code), km=round(km))
                 for code, km in nearest_offered({o.region_code for o in offered}, allowed)]
        if not where:  # regions without a known centre: name them, nearest unknown
            where = [Named(_region(idx, c)) for c in sorted({o.region_code for o in offered})[:3]]
        return [Gap(GapCode.GOAL_OUT_OF_AREA, GapArgs(title=title, levels=levels, places=tuple(where)),
                    blocking=blocking)]
    if blocking:
        return []  # no routes at all: the result's own gaps (_why_not) already say why
    gaps: list[Gap] = []
    for code in sorted(p.home):  # a course that is the goal: the result's own gaps say why
        item = idx.catalog.items[code]
        gaps.append(Gap(GapCode.GOAL_OWN_OUT_OF_REACH,
                        replace(_why_args(why_item.get(code, "")), item_code=code, title=item.title)))
    return gaps


def _why_args(why: str) -> GapArgs:
    """The planner's note on an item ("region", "rule-uren", ...) as typed arguments: why or rule."""
    if why in _OWN_WHY:
        return GapArgs(why=WhyNot(why))
    if why.startswith("rule-"):  # the planner's own note, not a gap code
        return GapArgs(rule=Rule(why.removeprefix("rule-")))
    return GapArgs()


def _field_missed(p: GoalProfile, idx: CatalogIndex, why_item: dict[str, str],
                  chosen_targets: set[str] | frozenset[str]) -> GapArgs:
    """For a broad goal none of whose routes ends in an mbo credential of its field: why not
    (`missed`, with an example qualification and why when one is known)."""
    items = idx.catalog.items
    in_field = [c for c, _v in p.ranked() if p.link(c) is Link.DOMEIN
                and items[c].kind not in (ItemKind.SHORT_MODULE, ItemKind.KEUZEDEEL)]
    if not in_field or any(c in chosen_targets for c in in_field):
        return GapArgs()
    code = next((c for c in in_field if why_item.get(c, "") in _OWN_WHY), "")
    if not code:
        return GapArgs(missed=True)
    return GapArgs(missed=True, title=items[code].title, why=WhyNot(why_item[code]))


def _region(idx: CatalogIndex, code: str) -> str:
    return next((r.name for r in idx.catalog.regions if r.code == code), "") or region_name(code) or code


ALTERNATIVES = 3  # real alternatives named when the goal itself is not offered


def _alternatives(p: GoalProfile, idx: CatalogIndex, allowed: frozenset[str] | None
                  ) -> tuple[tuple[Named, ...], bool]:
    """The nearest offered qualifications: the same dossier first, then the same domein; those in
    the travel area before others. True when the first is of the same dossier."""
    items = idx.catalog.items
    found: list[tuple[int, bool, float, str]] = []
    for code, link in p.links.items():
        item = items[code]
        offers = idx.by_item.get(code, ())
        if not offers or item.kind is not ItemKind.QUALIFICATION or link is Link.SECTOR:
            continue
        here = allowed is None or any(o.region_code in allowed for o in offers)
        found.append((0 if link is Link.DOSSIER else 1, not here, -p.values.get(code, 0.0), code))
    names: list[Named] = []
    for _rank, _away, _v, code in sorted(found):
        item = items[code]
        named = Named(item.title, item.level or None)
        if named not in names:
            names.append(named)
        if len(names) >= ALTERNATIVES:
            break
    return tuple(names), bool(found) and min(found)[0] == 0


def _order(route: Route) -> tuple[int, int, Decimal, tuple[str, ...]]:
    return (-route.score, route.total_weeks, cost_after_funding(route)[0],
            tuple(s.offering_code for s in route.steps))


def _why_not(counts: dict[str, int]) -> tuple[Gap, ...]:
    """Why no route fits, the most telling first (WhyNot's order), then the rules the fitting routes
    broke (the 40-week rule, funding, ...); "no course found" when nothing was counted."""
    gaps = [Gap(GapCode.OUT_OF_REACH, GapArgs(why=why), blocking=True) for why in WhyNot
            if counts.get(why.value)]
    gaps += [Gap(GapCode.OUT_OF_REACH_RULE, GapArgs(rule=rule), blocking=True) for rule in Rule
             if counts.get(f"rule-{rule.value}")]
    return tuple(gaps) or (Gap(GapCode.OUT_OF_REACH, blocking=True),)


def cost_after_funding(route: Route, catalog: Catalog | None = None) -> tuple[Decimal, tuple[str, ...]]:
    """What the candidate pays (a DUO loan included: it is paid back), and the names of the schemes
    that pay part of the course fee (funding.py)."""
    return funding.after_funding(route, catalog)


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


def assign_funding(steps: tuple[RouteStep, ...], intake: Intake, catalog: Catalog,
                   candidate: Candidate | None) -> tuple[RouteStep, ...]:
    """Each paid step with the best scheme it qualifies for (within every scheme's max weeks), its
    practice-place subsidy, and who pays whom in words (funding.py)."""
    return funding.assign(steps, intake, catalog, candidate)


def route_gaps(steps: tuple[RouteStep, ...], intake: Intake, catalog: Catalog,
               candidate: Candidate | None, today: date | None = None) -> tuple[Gap, ...]:
    """What to arrange beside the steps: the person's bridges first (diploma evaluation, BIG
    register, school duty or RMC; bridges.py), training company, VOG, funding, Big 5 barriers, EVC,
    then the route's bridges (recognised employer for BBL, Dutch)."""
    day = today or min(s.start for s in steps)
    gaps: list[Gap] = list(person_gaps(intake, candidate, day, tuple(s.title for s in steps)))
    # BBL, a step that asks for a job, or one with a practice place (bridges.learns_at_work)
    job_step = next((s for s in steps if learns_at_work(s, catalog)), None)
    if job_step is not None and not intake.has_job_or_placement:
        # a derde-leerweg step that needs a job is learning at work too, but not BBL
        gaps.append(Gap(GAP_LEERBEDRIJF, GapArgs(leerweg=job_step.leerweg),
                        due=leerbedrijf_due(job_step.start, day)))
    vog_items = [s.title for s in steps if (i := catalog.item(s.item_code)) is not None and i.vog_required]
    if vog_items or intake.vog_needed:
        gaps.append(Gap(GAP_VOG, GapArgs(title=vog_items[0] if vog_items else "")))
    unpaid = [s for s in steps if s.cost > 0 and not s.funding_code]
    counted = funding.counted_weeks(intake, catalog.funding)
    too_long = [s for s in unpaid if counted is not None and _weeks(s) > counted[1]]
    if too_long and counted is not None:
        # the scheme the candidate counts on will not pay this step: say so, and who else might
        scheme, most = counted
        s = too_long[0]
        name = Term(scheme.name, scheme.name_en or scheme.name)
        ask = Term("UWV", "UWV") if scheme.payer is Payer.UWV else name
        gaps.append(Gap(GapCode.FUNDING_TOO_LONG, GapArgs(scheme=name, ask=ask, most=most, title=s.title,
                                                         weeks=_weeks(s), amount=s.cost)))
    elif unpaid:
        gaps.append(Gap(GapCode.FUNDING))
    if allowed_regions(intake, candidate) is None:
        gaps.append(Gap(GapCode.TRAVEL_AREA))
    shortened = next((s for s in steps if s.exempt_weeks), None)
    if shortened is not None and shortened.credential is CredentialKind.PRAKTIJKVERKLARING:
        gaps.append(Gap(GapCode.EVC_WORKPLACE, GapArgs(day=shortened.start)))
    elif shortened is not None:
        gaps.append(Gap(GapCode.EVC, GapArgs(day=shortened.start)))
    elif intake.evc_interest and (related := related_experience(intake, catalog.item(steps[-1].item_code))):
        # related, but too little to plan the route shorter: EVC is still worth asking about
        gaps.append(Gap(GapCode.EVC_ASK, GapArgs(role=related[0].role)))
    gaps += route_bridge_gaps(steps, intake, catalog, day)
    physical = physical_gap(steps, intake, catalog)
    if physical is not None:
        gaps.append(physical)
    for b in intake.barriers:
        gaps.append(Gap(GapCode.BIG5, GapArgs(domain=b.domain, note=b.note, referral=b.referral)))
    return tuple(gaps)


def _weeks(step: RouteStep) -> int:
    return max(1, round((step.end - step.start).days / 7))


def _home_region(intake: Intake, candidate: Candidate | None, steps: tuple[RouteStep, ...]) -> str:
    # The region the candidate lives in, by name or old code or derived from postcode and town.
    home = home_region(candidate) if candidate is not None else None
    if home:
        return home
    if intake.preferences.travel_regions:
        return str(intake.preferences.travel_regions[0])
    return str(steps[-1].region_code)


def finish(steps: tuple[RouteStep, ...], target: CatalogItem, goal: Goal, intake: Intake,
           catalog: Catalog, today: date, candidate: Candidate | None,
           requires_40: bool = False) -> Route:
    """Score and explain `steps` (already funded) as a route; no rule check here."""
    gaps = route_gaps(steps, intake, catalog, candidate, today)
    shell = Route(steps=steps, goal_credential=steps[-1].credential, gaps=gaps)
    after, funders = cost_after_funding(shell, catalog)
    scored = score_route(steps, target, goal, intake, catalog,
                         _home_region(intake, candidate, steps), today, after, funders)
    idx = index(catalog)
    requires_40 = requires_40 or intake_week_limit(intake, idx.schemes) is not None or any(
        (f := idx.schemes.get(s.funding_code)) is not None and f.max_weeks is not None
        and f.max_weeks <= PRAKTIJKLEREN_MAX_WEEKS for s in steps)
    ranked = advice(steps, goal, intake, candidate, today,
                    _qualification_title(catalog, steps[-1].item_code),
                    funding.counted_weeks(intake, catalog.funding))
    # "why this comes first" speaks of the goal's own credential; on another occupation's route it
    # would mislead (a Timmerman certificate is not "the certificate you want"), except the RMC band
    own = profile(idx, goal).relations.get(steps[-1].item_code) in (Relation.OWN, Relation.GOAL_MODULE)
    why_first = ranked.reason if own or ranked.major else None
    heavy = None if own else heavy_for(intake, catalog, steps[-1].item_code)
    if heavy is not None:
        # ranked last by route_rank; the route says why, so nobody takes it for advice to switch
        limit = physical_limit(intake) or ("", "")
        why_first = Reason(Factor.GOAL_FIT, 0.0, code=ReasonCode.HEAVY_OTHER_WORK,
                           args=ReasonArgs(term=Term(*heavy), limit=Term(*limit)))
    reasons = scored.reasons if why_first is None else (*scored.reasons, why_first)
    return Route(steps=steps, goal_credential=steps[-1].credential, score=scored.score,
                 reasons=reasons, gaps=gaps, funding_requires_40_weeks=requires_40,
                 demand=scored.demand)


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

