"""Scoring that explains itself: seven factors, each a Reason with its share of the 0-100 score.

The weights below are the whole policy; they add up to 100. A reason is a code with typed arguments
(domain/route.py ReasonCode); the screen and the printed plan word it (ui/views/route_words.py,
plans/texts.py). The cost reason's arguments come from the step payments (funding.cost_reason).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from rapidfuzz import fuzz, utils

from ..domain import (
    Catalog,
    CatalogItem,
    Cefr,
    CredentialKind,
    DemandRating,
    Factor,
    Goal,
    Intake,
    ItemKind,
    Reason,
    RouteStep,
)
from ..domain.route import ReasonArgs, ReasonCode
from ..regions import region_name
from .bridges import dutch_needed, route_dutch
from .facts import dutch_rank, experience_credit, experience_field, index, language_gain
from .funding import cost_reason
from .goals import GoalProfile, Link, Relation, effective_credential, goal_value, profile

# Goal fit carries the most weight: an advisor ranks the route that reaches the goal's own credential
# first, and only then looks at demand, time and cost (see goals.py for what "own" means).
WEIGHTS: dict[Factor, float] = {
    Factor.GOAL_FIT: 40,
    Factor.REGIONAL_DEMAND: 15,
    Factor.EXPERIENCE: 10,
    Factor.TIME_TO_CREDENTIAL: 10,
    Factor.COST: 10,
    Factor.LEVEL_STEP: 8,
    Factor.LANGUAGE_SUPPORT: 7,
}
NO_EXPERIENCE = 0.3  # nothing recorded: neither for nor against the route
OTHER_FIELD = 0.2  # recorded experience in another field


@dataclass(frozen=True, slots=True)
class Scored:
    score: int
    reasons: tuple[Reason, ...]
    demand: DemandRating | None = None  # the figure the demand reason cites (the plan prints it)


def _coded(factor: Factor, value: float, code: ReasonCode, **args: object) -> Reason:
    """A reason as a code with typed arguments; the edges word it."""
    v = min(1.0, max(0.0, value))
    return Reason(factor, round(WEIGHTS[factor] * v, 1), code=code,
                  args=ReasonArgs(**args))  # type: ignore[arg-type]


def score_route(steps: tuple[RouteStep, ...], target: CatalogItem, goal: Goal,
                intake: Intake, catalog: Catalog, region: str, today: date,
                cost_after_funding: Decimal, funders: tuple[str, ...]) -> Scored:
    demand = find_demand(target, goal, catalog, region)
    demand_reason = _demand(target, goal, catalog, region, demand)
    reasons = [
        _goal(profile(index(catalog), goal), target, steps[-1].credential),
        demand_reason,
        _experience(target, steps[-1], intake),
        _time(steps, today),
        _cost(cost_after_funding, funders, steps, catalog),
        _level(target, steps, intake),
        _language(target, steps, intake, catalog),
    ]
    total = round(sum(r.weight for r in reasons))
    return Scored(max(0, min(100, total)), tuple(reasons), demand)


def _goal(p: GoalProfile, target: CatalogItem, credential: CredentialKind) -> Reason:
    """The relation to the goal in plain words, claiming only what the data supports (goals.py)."""
    goal = p.goal
    value = goal_value(p, target, credential)
    relation = p.relations.get(target.code)
    link = p.link(target.code)
    where = p.field_of(target.code)
    wish = goal.occupation or p.resolution.label()
    below = p.home_level is not None and (target.level or 0) < p.home_level
    if relation is Relation.OWN:
        code = ReasonCode.GOAL_OWN
    elif relation is Relation.GOAL_MODULE:
        code = ReasonCode.GOAL_COURSE
    elif relation is Relation.LINE and link is Link.DOSSIER:
        code = ReasonCode.GOAL_LINE_BELOW if below else ReasonCode.GOAL_LINE
    elif relation is Relation.LINE and p.resolution.broad:
        code = ReasonCode.GOAL_FIELD
    elif relation is Relation.LINE:
        code = ReasonCode.GOAL_SAME_DOMEIN if link is Link.DOMEIN else ReasonCode.GOAL_SAME_SECTOR
    elif relation is Relation.MODULE:
        code = ReasonCode.GOAL_SHORT_COURSE
    else:
        code = ReasonCode.GOAL_OTHER
    got = effective_credential(target, credential)
    # what the route gives, said only when the goal asked for another credential; a short module's
    # own certificate (VCA, BHV) is named as what it is: a course certificate
    differs = goal.credential is not None and goal.credential is not got
    return _coded(Factor.GOAL_FIT, value, code, title=target.title, target_level=target.level or None,
                  goal=wish, field=where, got=got if differs else None,
                  got_course=differs and got is not credential, wanted=goal.credential if differs else None)


def find_demand(target: CatalogItem, goal: Goal, catalog: Catalog, region: str) -> DemandRating | None:
    """The one demand figure for a route: the region's newest rating of the target's qualification,
    else of the goal's occupation. Called once per route; the route carries the result."""
    by_crebo: DemandRating | None = None
    by_job: DemandRating | None = None
    for d in catalog.demand:
        if d.region_code != region:
            continue
        if d.crebo and d.crebo in (target.code, target.part_of):
            if by_crebo is None or d.as_of > by_crebo.as_of:
                by_crebo = d
        elif d.occupation and (by_job is None or d.as_of > by_job.as_of) and fuzz.WRatio(
                d.occupation, goal.occupation, processor=utils.default_process) >= 85:
            by_job = d
    return by_crebo or by_job


def _region_name(catalog: Catalog, code: str) -> str:
    return (next((r.name for r in catalog.regions if r.code == code), "") or region_name(code)
            or "uw regio")


def _demand(target: CatalogItem, goal: Goal, catalog: Catalog, region: str,
            d: DemandRating | None) -> Reason:
    """The reason for figure `d` (found once by find_demand; the route keeps the same figure)."""
    name = _region_name(catalog, region)
    if d is None:
        return _coded(Factor.REGIONAL_DEMAND, 0.5, ReasonCode.DEMAND_NONE, job=goal.occupation, region=name)
    rated = catalog.item(d.crebo) if d.crebo else None
    job = rated.title if rated is not None else (d.occupation or goal.occupation)
    # a sample figure says so once: the sample sources already carry "(voorbeeldcijfers)"
    marked = "voorbeeld" in d.source.lower() or "sample" in d.source.lower()
    return _coded(Factor.REGIONAL_DEMAND, (d.rating - 1) / 4, ReasonCode.DEMAND, region=name, job=job,
                  rating=d.rating, source=d.source, day=d.as_of, sample=d.sample and not marked)


def _experience(target: CatalogItem, last: RouteStep, intake: Intake) -> Reason:
    """What the recorded experience means for this route; nothing is said that was not recorded."""
    credit = experience_credit(intake, target, last.credential) if last.exempt_weeks else None
    if credit is not None:
        # the years said must match "Werkervaring" on the plan: volunteer years count half, so say
        # that instead of printing the halved figure as if it were the recorded one
        role = credit.role
        halved = [e for e in intake.experience if e.volunteer and e.role == role]
        volunteer = bool(halved) and not [e for e in intake.experience if not e.volunteer and e.role == role]
        years = halved[0].years if volunteer else credit.years
        code = (ReasonCode.EXPERIENCE_WORKPLACE if last.credential is CredentialKind.PRAKTIJKVERKLARING
                else ReasonCode.EXPERIENCE_EVC)
        return _coded(Factor.EXPERIENCE, 1.0, code, role=role, years=years, volunteer=volunteer,
                      weeks=last.exempt_weeks, title=target.title)
    # a held credential counts when it is this item, the qualification it is part of, or shares
    # werkprocessen with it; any other certificate says nothing about this route
    processes = {w.code for w in target.werkprocessen} | {w.title for w in target.werkprocessen}
    held = [c for c in intake.credentials
            if (c.code and c.code in (target.code, target.part_of)) or set(c.werkprocessen) & processes]
    if held:
        return _coded(Factor.EXPERIENCE, 1.0, ReasonCode.EXPERIENCE_HELD, title=held[0].title)
    if not intake.experience:
        return _coded(Factor.EXPERIENCE, NO_EXPERIENCE, ReasonCode.EXPERIENCE_NONE)
    related = [(e, f) for e in intake.experience if (f := experience_field(e, target))]
    if not related:
        return _coded(Factor.EXPERIENCE, OTHER_FIELD, ReasonCode.EXPERIENCE_OTHER, title=target.title,
                      roles=tuple(e.role for e in intake.experience[:2] if e.role))
    entry, where = max(related, key=lambda ef: ef[0].years)
    years = sum(e.years / 2 if e.volunteer else e.years for e, _f in related)
    return _coded(Factor.EXPERIENCE, 0.5 + 0.5 * min(years, 5) / 5, ReasonCode.EXPERIENCE_SAME_FIELD,
                  role=entry.role, years=entry.years, field=where, evc=intake.evc_interest)


def _time(steps: tuple[RouteStep, ...], today: date) -> Reason:
    first = next((s for s in steps if s.credential is not CredentialKind.SCHOOLVERKLARING), steps[-1])
    weeks = max(0, round((first.end - today).days / 7))
    # the month the credential comes (words: a month name reads easier than "12-2027"); "first"
    # only when more credentials follow
    return _coded(Factor.TIME_TO_CREDENTIAL, 1 - weeks / 156, ReasonCode.TIME, credential=first.credential,
                  short_course=first.kind is ItemKind.SHORT_MODULE, day=first.end, weeks=weeks,
                  first=first is not steps[-1])


def _cost(after: Decimal, funders: tuple[str, ...], steps: tuple[RouteStep, ...] = (),
          catalog: Catalog | None = None) -> Reason:
    """What the candidate pays, what they borrow (a loan is never "paid by the rest"), and who pays
    whom (funding.cost_reason)."""
    code, args = cost_reason(steps, after, funders, catalog)
    v = min(1.0, max(0.0, 1 - float(after) / 3000))
    return Reason(Factor.COST, round(WEIGHTS[Factor.COST] * v, 1), code=code, args=args)


def _level(target: CatalogItem, steps: tuple[RouteStep, ...], intake: Intake) -> Reason:
    have = intake.highest_completed_level
    if not target.level:
        return _coded(Factor.LEVEL_STEP, 0.7, ReasonCode.LEVEL_NONE)
    if target.level == 1 and have >= 1:
        return _coded(Factor.LEVEL_STEP, 0.2, ReasonCode.LEVEL_ENTREE_HELD)
    # A diploma earlier in the route (Entree before level 2) is the level the last step builds on.
    bridge = max((s for s in steps[:-1] if s.kind is ItemKind.QUALIFICATION
                  and s.credential is CredentialKind.DIPLOMA and (s.level or 0) > have),
                 key=lambda s: s.level or 0, default=None)
    if bridge is not None and bridge.level is not None and target.level - bridge.level <= 1:
        return _coded(Factor.LEVEL_STEP, 1.0, ReasonCode.LEVEL_BRIDGE, title=bridge.title, level=bridge.level,
                      target_level=target.level)
    step = target.level - have
    # One level below what someone has is a normal start in a new field (a level-3 diploma in retail,
    # now level 2 in construction); further below, the advisor should look again.
    value = 1.0 if step in (0, 1) else 0.6 if step == 2 else 0.3 if step > 2 else 0.7 if step == -1 \
        else 0.4
    code = (ReasonCode.LEVEL_BELOW if step < 0 else ReasonCode.LEVEL_NEXT if step <= 1
            else ReasonCode.LEVEL_BIG_STEP)  # with no diploma yet the words say so, not "level 0"
    return _coded(Factor.LEVEL_STEP, value, code, target_level=target.level, have=have)


def _language(target: CatalogItem, steps: tuple[RouteStep, ...], intake: Intake,
              catalog: Catalog | None = None) -> Reason:
    """Dutch against what the route asks (bridges.dutch_needed: 2F ~ B1 for mbo 1-3, 3F ~ B2 for
    mbo 4). "Good enough" only when the candidate's level meets it; below it, the route's Dutch step
    or the advice to take NT2 before or alongside."""
    need = dutch_needed(target)
    if catalog is not None:
        need, reach = route_dutch(steps, catalog)
        dutch_steps = [s for s in steps[:-1] if (i := catalog.item(s.item_code)) is not None
                       and language_gain(i) is not None]
    else:
        reach, dutch_steps = 0, [s for s in steps[:-1]
                                 if any(w in s.title.casefold() for w in ("nederlands", "nt2"))]
    have = 4 if intake.dutch.native else dutch_rank(intake)
    if need is None or have >= need.rank:
        return _coded(Factor.LANGUAGE_SUPPORT, 1.0, ReasonCode.DUTCH_ENOUGH, need=need)
    dutch = None if intake.dutch.native else intake.dutch.overall
    if intake.dutch.overall is Cefr.UNKNOWN:
        # planned as if there were no Dutch (bridges.person_gaps asks for the level first): the
        # reason says so instead of "from level not known yet to 2F"
        return _coded(Factor.LANGUAGE_SUPPORT, 0.2, ReasonCode.DUTCH_UNKNOWN, title=target.title, need=need)
    if dutch_steps and reach >= need.rank:
        first = dutch_steps[0]
        return _coded(Factor.LANGUAGE_SUPPORT, 0.7, ReasonCode.DUTCH_IN_ROUTE, title=first.title,
                      target=target.title, need=need, dutch=dutch, alongside=first.end > steps[-1].start)
    if steps[-1].kind is ItemKind.PRAKTIJKVERKLARING:
        return _coded(Factor.LANGUAGE_SUPPORT, 0.5, ReasonCode.DUTCH_AT_WORK, need=need, dutch=dutch)
    return _coded(Factor.LANGUAGE_SUPPORT, 0.2, ReasonCode.DUTCH_BELOW, need=need, dutch=dutch)
