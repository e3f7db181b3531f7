"""What a plan version holds, built without the database: the route re-checked (or the reasons no
route fits yet), the actions with their due dates, the referrals, the stepping stones.

`app/routes.py` stores what `plan_version` builds; the example plans build it without storing.
"""

from __future__ import annotations

from datetime import date, timedelta

from ..domain import (
    Action,
    CandidateRecord,
    Catalog,
    CredentialKind,
    Gap,
    Intake,
    PlanVersion,
    Referral,
    Route,
)
from ..domain.route import GOAL_GAPS, GapArgs, GapCode, SteppingStone, Violation, WhyNot
from .bridges import GAP_BIG, GAP_ERKEND, GAP_IDW, GAP_KWALIFICATIEPLICHT, GAP_NT2, GAP_RMC
from .edits import recheck
from .engine import MatchResult, match_result
from .rules import GAP_LEERBEDRIJF, GAP_VOG
from .stones import stepping_stones

# Deadlines that leave real time. An action is never due sooner than ACTION_MIN_DAYS from the day the
# plan is made; finding a job or an erkend leerbedrijf takes weeks, so it is due LEAD_WEEKS before the
# start, but never sooner than LEERBEDRIJF_MIN_DAYS. When the route starts sooner than that, the action
# is due "before the start" and marked tight, so the plan shows it.
ACTION_MIN_DAYS = 7
LEERBEDRIJF_MIN_DAYS = 14
LEAD_WEEKS = {GAP_LEERBEDRIJF: 6, GAP_ERKEND: 6, GAP_VOG: 6, GapCode.FUNDING: 4,
              GapCode.FUNDING_TOO_LONG: 4, GapCode.EVC: 4, GapCode.EVC_WORKPLACE: 4, GapCode.EVC_ASK: 4}
DEFAULT_LEAD_WEEKS = 2
# The advisor fills in the form (the level of Dutch) or looks for a payer.
_ADVISOR_GAPS = {GapCode.FUNDING, GapCode.FUNDING_TOO_LONG, GapCode.DUTCH_UNKNOWN}
# Information, not something to do: printed under "Nog te regelen", not as an action with a date.
# Big 5 barriers are referrals, printed under "Hulp bij andere zaken".
_INFO_GAPS = {GAP_KWALIFICATIEPLICHT, GapCode.TRAVEL_AREA, GapCode.BIG5}
# Things the candidate does themselves, with or without a route (bridges.py words them).
_CANDIDATE_GAPS = {GAP_IDW, GAP_BIG, GAP_NT2, GAP_KWALIFICATIEPLICHT, GAP_RMC}


class RouteBreaksRules(ValueError):
    """A route that breaks a hard rule is never saved as a plan. `violations` say which (worded at
    the edges: plans/texts.violation_text, ui/views/route_words.violation_text)."""

    def __init__(self, violations: tuple[Violation, ...]) -> None:
        # the message names the rule's code, for a log; a person reads the violation's words
        super().__init__("De route breekt een regel: " + ", ".join(v.rule.value for v in violations))
        self.violations = violations


def minimum_due(code: GapCode, today: date) -> date:
    """The earliest day an action from gap `code` may be due."""
    long = code in (GAP_LEERBEDRIJF, GAP_ERKEND)
    return today + timedelta(days=LEERBEDRIJF_MIN_DAYS if long else ACTION_MIN_DAYS)


def action_due(code: GapCode, start: date, today: date, wanted: date | None = None) -> tuple[date, bool]:
    """(due date, tight) for the action from gap `code` on a route starting on `start`.

    `wanted` is the deadline the gap's own text names (bridges.py); it is kept when it leaves the
    minimum time, so the plan's date and the text agree."""
    earliest = minimum_due(code, today)
    due = wanted or start - timedelta(weeks=LEAD_WEEKS.get(code, DEFAULT_LEAD_WEEKS))
    if due >= earliest:
        return due, False
    if start >= earliest:
        return earliest, False
    return start, True


def route_actions(route: Route, today: date) -> tuple[Action, ...]:
    """The actions of a plan with a route: one per gap (Big 5 gaps are referrals, not actions). The
    action carries its gap; the plan words it (plans/texts.py)."""
    assert route.start is not None
    out = []
    for g in route.gaps:
        if g.code in _INFO_GAPS:
            continue
        # A VOG is asked for the main course (its work placements), not for a Dutch course before it
        # (one too old at that start is asked again); BIG recognition is for working in the
        # profession, after the diploma evaluation.
        start = route.steps[-1].start if g.code in (GAP_VOG, GAP_BIG) else route.start
        due, tight = action_due(g.code, start, today, g.due)
        out.append(Action(who="adviseur" if g.code in _ADVISOR_GAPS else "kandidaat", what="",
                          due=due, tight=tight, gap=g))
    return tuple(out)


# Who acts on each reason no route fits yet (the gap code, or the code and why it is out of reach);
# what they do is worded at the edges (plans/texts.py "answer"). A reason not listed becomes an
# action in the reason's own words: the candidate's for their own bridges, else the advisor's.
_NoRouteKey = GapCode | tuple[GapCode, WhyNot]
ANSWERED: dict[_NoRouteKey, str] = {
    GapCode.NO_HOURS: "kandidaat",
    GapCode.NO_GOAL: "kandidaat",
    GapCode.GOAL_UNKNOWN: "adviseur",
    # the duty itself is explained under "why no route yet"; the action is what to do about it
    GapCode.KWALIFICATIEPLICHT: "kandidaat",
    GapCode.NO_ROUTE_CHOSEN: "adviseur",
    (GapCode.OUT_OF_REACH, WhyNot.NO_OFFERING): "adviseur",
    (GapCode.OUT_OF_REACH, WhyNot.EXPIRED): "adviseur",
    (GapCode.OUT_OF_REACH, WhyNot.REGION): "kandidaat",
    (GapCode.OUT_OF_REACH, WhyNot.HOURS): "kandidaat",
    (GapCode.OUT_OF_REACH, WhyNot.LEERWEG): "kandidaat",
    (GapCode.OUT_OF_REACH, WhyNot.PREREQUISITES): "adviseur",
    (GapCode.OUT_OF_REACH, WhyNot.DATES): "adviseur",
    (GapCode.OUT_OF_REACH, WhyNot.HELD): "adviseur",
    (GapCode.OUT_OF_REACH, WhyNot.DUTCH_REACHED): "adviseur",
}


def answer_key(gap: Gap) -> _NoRouteKey | None:
    """The key of ANSWERED for `gap`, or None when its own words are the action."""
    why = gap.args.why
    key: _NoRouteKey = (gap.code, why) if why is not None and gap.code is GapCode.OUT_OF_REACH else gap.code
    return key if key in ANSWERED else None


def _no_route_action(gap: Gap, due: date, today: date) -> Action:
    if gap.due is not None:  # the gap's text may name its own deadline: keep it, within the minimum
        due = max(gap.due, minimum_due(gap.code, today))
    key = answer_key(gap)
    if key is None:
        who = "kandidaat" if gap.code in _CANDIDATE_GAPS else "adviseur"
        return Action(who=who, what="", due=due, gap=gap)
    return Action(who=ANSWERED[key], what="", due=due, gap=gap, answer=True)


def no_route(intake: Intake, result: MatchResult) -> Route:
    """The route of a plan without one: no steps; its gaps say in plain words why nothing fits yet."""
    gaps = tuple(g for g in result.gaps if g.code is not GapCode.BIG5)
    if any(g.code in GOAL_GAPS for g in gaps):  # the goal's own gap says it better than "none found"
        gaps = tuple(g for g in gaps if not (g.code is GapCode.OUT_OF_REACH and g.args.why is None))
    if result.routes:
        gaps = (Gap(GapCode.NO_ROUTE_CHOSEN), *gaps)
    if not gaps:
        gaps = (Gap(GapCode.OUT_OF_REACH, blocking=True),)
    wanted = next((g.credential for g in intake.goals if g.credential is not None),
                  CredentialKind.DIPLOMA)
    return Route(steps=(), goal_credential=wanted, gaps=gaps)


def no_route_actions(route: Route, today: date, next_appointment: date | None) -> tuple[Action, ...]:
    """Actions from the reasons no route fits yet, due before the next appointment when there is one."""
    due = today + timedelta(days=LEERBEDRIJF_MIN_DAYS)
    if next_appointment is not None and next_appointment >= today + timedelta(days=ACTION_MIN_DAYS):
        due = next_appointment
    seen: set[object] = set()
    out = []
    for g in route.gaps:
        action = _no_route_action(g, due, today)
        same = answer_key(g) if action.answer else g
        if same not in seen:  # several reasons may ask the same thing
            seen.add(same)
            out.append(action)
    return tuple(out)


def referral_actions(intake: Intake, today: date) -> tuple[Action, ...]:
    """A Big 5 barrier nobody was referred for yet: the advisor arranges help (printed, not lost)."""
    due = today + timedelta(days=ACTION_MIN_DAYS)
    return tuple(Action(who="adviseur", what="", due=due,
                        gap=Gap(GapCode.BIG5, GapArgs(domain=b.domain, note=b.note)), answer=True)
                 for b in intake.barriers if not b.referral.strip())


def _goal_notes(result: MatchResult, route: Route, catalog: Catalog) -> tuple[Gap, ...]:
    """The result's notes about the goal as a whole, less those this route answers (its last step is
    the goal's own qualification, or part of it) and those the route already lists."""
    last = catalog.item(route.steps[-1].item_code)
    reached = {route.steps[-1].item_code, last.part_of if last is not None else ""} - {""}
    listed = {g.code for g in route.gaps}
    return tuple(g for g in result.gaps if not g.blocking and g.code not in listed
                 and not (g.code is GapCode.GOAL_OWN_OUT_OF_REACH and g.args.item_code in reached))


def plan_version(record: CandidateRecord, catalog: Catalog, route: Route | None, day: date, *,
                 candidate_id: str = "", advisor: str = "", notes: str = "",
                 next_appointment: date | None = None) -> PlanVersion:
    """The plan version app.routes.save_plan stores (no id or number yet), without touching the database.

    A route is re-checked first (RouteBreaksRules when it breaks a hard rule); None or a route
    without steps gives a plan without a route.
    """
    intake = record.intake
    stones: tuple[SteppingStone, ...] = ()
    goal_notes: tuple[Gap, ...] = ()
    result = match_result(intake, catalog, day, candidate=record.candidate)
    if route is None or not route.steps:
        chosen = no_route(intake, result)
        actions = no_route_actions(chosen, day, next_appointment)
    else:
        checked = recheck(route, intake, catalog, day, record.candidate)
        if checked.violations:
            raise RouteBreaksRules(tuple(checked.violations))
        chosen = checked.route
        actions = route_actions(chosen, day)
        stones = stepping_stones(chosen, intake, catalog, record.candidate.region_code)
        # Why the goal's own diploma is not in the routes, when it is not this route's either.
        goal_notes = _goal_notes(result, chosen, catalog)
    actions += referral_actions(intake, day)
    actions = tuple(sorted(actions, key=lambda a: (a.due is None, a.due or day)))  # stable
    referrals = tuple(Referral(b.domain, b.referral or "", b.note) for b in intake.barriers)
    return PlanVersion(plan_id="", version=0, candidate_id=candidate_id, route=chosen,
                       created_on=day, advisor=advisor or intake.advisor, actions=actions,
                       referrals=referrals, notes=notes, stones=stones,
                       next_appointment=next_appointment, goal_notes=goal_notes)
