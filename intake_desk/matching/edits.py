"""The advisor's edits to a proposed route, each followed at once by a full re-check.

Edits never repair other steps behind the advisor's back: after moving or swapping a step the
checker says which rule (if any) the route now breaks, and the advisor decides what to do.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..domain import Candidate, Catalog, Intake, Offering, Route
from ..domain.route import Violation
from .engine import assign_funding, finish, step_for
from .facts import allowed_regions, gives, index, leerweg_ok
from .goals import goal_value, profile
from .rules import violations


@dataclass(frozen=True, slots=True)
class Checked:
    route: Route
    violations: tuple[Violation, ...]

    @property
    def ok(self) -> bool:
        return not self.violations


def alternatives(route: Route, n: int, intake: Intake, catalog: Catalog,
                 candidate: Candidate | None = None) -> list[Offering]:
    """Other offerings that could take step n's place: the same item elsewhere or in another leerweg
    the candidate accepts, or, for a Dutch bridging step, another language offering that reaches at
    least the same level. Offerings outside the travel area or the leerweg wish are never offered."""
    idx = index(catalog)
    step = route.steps[n]
    current = idx.by_code.get(step.offering_code)
    regions = allowed_regions(intake, candidate)
    pool = list(idx.by_item.get(step.item_code, ()))
    if current is not None:
        gain = gives(current, catalog.item(current.item_code)).dutch
        if gain is not None:
            pool += [o for o, g in idx.language if g.rank >= gain.rank]
    seen: set[str] = {step.offering_code}
    out: list[Offering] = []
    for o in sorted(pool, key=lambda o: (o.weeks, o.code)):
        if o.code in seen or (regions is not None and o.region_code not in regions) \
                or not leerweg_ok(o.leerweg, intake.preferences.leerwegen) or o.item_code in idx.expired:
            continue
        seen.add(o.code)
        out.append(o)
    return out


def _first_start(o: Offering, on_or_after: date) -> date:
    s = o.schedule
    if not (s.dates or s.months or s.monthly):
        return on_or_after
    found = s.starts_between(on_or_after, on_or_after + timedelta(days=800))
    return found[0] if found else on_or_after


def swap_step(route: Route, n: int, offering: Offering, catalog: Catalog) -> Route:
    """Step n replaced by `offering`, starting on its first start date on or after the old start."""
    old = route.steps[n]
    new = step_for(offering, catalog, _first_start(offering, old.start), bridging=old.bridging)
    return replace(route, steps=(*route.steps[:n], new, *route.steps[n + 1:]))


def move_start(route: Route, n: int, start: date) -> Route:
    """Step n moved to `start`; its length stays the same. Later steps are not moved."""
    old = route.steps[n]
    moved = replace(old, start=start, end=start + (old.end - old.start))
    return replace(route, steps=(*route.steps[:n], moved, *route.steps[n + 1:]))


def drop_step(route: Route, n: int) -> Route:
    return replace(route, steps=route.steps[:n] + route.steps[n + 1:])


def recheck(route: Route, intake: Intake, catalog: Catalog, today: date,
            candidate: Candidate | None = None) -> Checked:
    """Fund steps that have no scheme yet, re-score and re-explain, and list every broken rule."""
    if not route.steps:
        return Checked(route, tuple(violations(route, intake, catalog, today, candidate)))
    funded = assign_funding(route.steps, intake, catalog, candidate)
    steps = tuple(s if s.funding_code else f for s, f in zip(route.steps, funded, strict=True))
    target = catalog.item(steps[-1].item_code)
    if target is not None and intake.goals:
        idx = index(catalog)
        # the goal this route serves best explains it (stable: the first such goal on a tie)
        goal = max(intake.goals, key=lambda g: goal_value(profile(idx, g), target, steps[-1].credential))
        route = finish(steps, target, goal, intake, catalog, today, candidate,
                       requires_40=route.funding_requires_40_weeks)
    else:
        route = replace(route, steps=steps)
    return Checked(route, tuple(violations(route, intake, catalog, today, candidate)))
