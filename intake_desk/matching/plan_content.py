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
from ..domain.route import SteppingStone
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
LEAD_WEEKS = {GAP_LEERBEDRIJF: 6, GAP_ERKEND: 6, GAP_VOG: 6, "financiering": 4, "evc": 4}
DEFAULT_LEAD_WEEKS = 2
_ADVISOR_GAPS = {"financiering"}
# Information, not something to do: printed under "Nog te regelen", not as an action with a date.
_INFO_GAPS = {GAP_KWALIFICATIEPLICHT, "reisgebied"}
# Things the candidate does themselves, with or without a route (bridges.py words them).
_CANDIDATE_GAPS = {GAP_IDW, GAP_BIG, GAP_NT2, GAP_KWALIFICATIEPLICHT, GAP_RMC}


class RouteBreaksRules(ValueError):
    """A route that breaks a hard rule is never saved as a plan."""


def minimum_due(code: str, today: date) -> date:
    """The earliest day an action from gap `code` may be due."""
    long = code in (GAP_LEERBEDRIJF, GAP_ERKEND)
    return today + timedelta(days=LEERBEDRIJF_MIN_DAYS if long else ACTION_MIN_DAYS)


def action_due(code: str, start: date, today: date, wanted: date | None = None) -> tuple[date, bool]:
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
    """The actions of a plan with a route: one per gap (Big 5 gaps are referrals, not actions)."""
    assert route.start is not None
    out = []
    for g in route.gaps:
        if g.code.startswith("big5-") or g.code in _INFO_GAPS:
            continue
        # A VOG is asked for the main course (its work placements), not for a Dutch course before it
        # (one too old at that start is asked again); BIG recognition is for working in the
        # profession, after the diploma evaluation.
        start = route.steps[-1].start if g.code in (GAP_VOG, GAP_BIG) else route.start
        due, tight = action_due(g.code, start, today, g.due)
        out.append(Action(who="adviseur" if g.code in _ADVISOR_GAPS else "kandidaat",
                          what=g.text_nl, what_en=g.text_en, due=due, tight=tight))
    return tuple(out)


# What to do about each reason no route fits yet (gap code prefix -> who, Dutch, English). The longest
# matching prefix wins; a reason not listed becomes an advisor's action in its own words.
_NO_ROUTE_ACTIONS: dict[str, tuple[str, str, str]] = {
    "geen-uren": ("kandidaat", "Zoek uit wanneer u tijd heeft om te leren, en hoeveel uur per week.",
                  "Find out when you have time to learn, and how many hours a week."),
    "geen-doel": ("kandidaat", "Denk na over wat u wilt worden. We kiezen samen een doel.",
                  "Think about what you want to become. We choose a goal together."),
    "doel-onbekend": ("adviseur", "Samen een opleiding kiezen die bij uw doel past, en dan opnieuw "
                      "zoeken naar een route.",
                      "Choose a course that fits your goal together, then search for a route again."),
    # the duty itself is explained under "why no route yet"; the action is what to do about it
    "kwalificatieplicht": ("kandidaat", "Kies samen met uw adviseur een opleiding naar een diploma: op "
                           "school (BOL) of werken en leren (BBL).",
                           "Choose a course towards a diploma together with your advisor: at school "
                           "(BOL) or working and learning (BBL)."),
    "geen-route-gekozen": ("adviseur", "De mogelijke routes samen bespreken en er een kiezen.",
                           "Discuss the possible routes together and choose one."),
    "buiten-bereik-no-offering": ("adviseur", "Zoeken naar aanbod voor uw doel bij andere scholen "
                                  "of aanbieders, en naar een doel dat er dichtbij ligt.",
                                  "Look for an offering for your goal at other schools or providers, "
                                  "and for a goal close to it."),
    "buiten-bereik-region": ("kandidaat", "Bekijk of u verder kunt reizen. Dan zoeken we ook in "
                             "andere regio's.",
                             "Check whether you can travel further. Then we also search other "
                             "regions."),
    "buiten-bereik-hours": ("kandidaat", "Kijk of u meer uren per week vrij kunt maken om te leren.",
                            "See whether you can free more hours a week for learning."),
    "buiten-bereik-leerweg": ("kandidaat", "Denk na of een andere manier van leren (naar school, of "
                              "werken en leren) ook kan.",
                              "Consider whether another way of learning (at school, or working and "
                              "learning) would also work."),
    "buiten-bereik-prerequisites": ("adviseur", "Uitzoeken welke opstap nodig is om toegelaten te "
                                    "worden, bijvoorbeeld eerst Nederlands of een lager niveau.",
                                    "Find out which first step is needed to be admitted, for example "
                                    "Dutch first or a lower level."),
    "buiten-bereik-dates": ("adviseur", "De volgende startmomenten opzoeken.",
                            "Look up the next start dates."),
    "buiten-bereik-held": ("adviseur", "Samen een volgende stap kiezen: u heeft dit diploma al.",
                           "Choose a next step together: you already hold this diploma."),
    "buiten-bereik-dutch-reached": ("adviseur", "Samen een volgende stap kiezen: uw Nederlands is al "
                                    "op dit niveau.",
                                    "Choose a next step together: your Dutch is already at this "
                                    "level."),
}


def _no_route_action(gap: Gap, due: date, today: date) -> Action:
    key = max((k for k in _NO_ROUTE_ACTIONS if gap.code == k or gap.code.startswith(k + "-")),
              key=len, default=None)
    if gap.due is not None:  # the gap's text may name its own deadline: keep it, within the minimum
        due = max(gap.due, minimum_due(gap.code, today))
    if key is None:
        who = "kandidaat" if gap.code in _CANDIDATE_GAPS else "adviseur"
        return Action(who=who, what=gap.text_nl, what_en=gap.text_en, due=due)
    who, nl, en = _NO_ROUTE_ACTIONS[key]
    return Action(who=who, what=nl, what_en=en, due=due)


def no_route(intake: Intake, result: MatchResult) -> Route:
    """The route of a plan without one: no steps; its gaps say in plain words why nothing fits yet."""
    gaps = tuple(g for g in result.gaps if not g.code.startswith("big5-"))
    if any(g.code.startswith("doel-") for g in gaps):  # the goal's own gap says it better
        gaps = tuple(g for g in gaps if g.code != "buiten-bereik")
    if result.routes:
        gaps = (Gap("geen-route-gekozen", "Er zijn routes mogelijk, maar we kiezen er nu nog geen. "
                    "We bespreken ze bij de volgende afspraak.",
                    "Routes are possible, but we do not choose one yet. We discuss them at the next "
                    "appointment."), *gaps)
    if not gaps:
        gaps = (Gap("buiten-bereik", "Er is nu geen opleiding gevonden die bij uw doel past.",
                    "No course was found now that fits your goal.", blocking=True),)
    wanted = next((g.credential for g in intake.goals if g.credential is not None),
                  CredentialKind.DIPLOMA)
    return Route(steps=(), goal_credential=wanted, gaps=gaps)


def no_route_actions(route: Route, today: date, next_appointment: date | None) -> tuple[Action, ...]:
    """Actions from the reasons no route fits yet, due before the next appointment when there is one."""
    due = today + timedelta(days=LEERBEDRIJF_MIN_DAYS)
    if next_appointment is not None and next_appointment >= today + timedelta(days=ACTION_MIN_DAYS):
        due = next_appointment
    seen: set[str] = set()
    out = []
    for g in route.gaps:
        action = _no_route_action(g, due, today)
        if action.what not in seen:  # several rule gaps may ask the same thing
            seen.add(action.what)
            out.append(action)
    return tuple(out)


def referral_actions(intake: Intake, today: date) -> tuple[Action, ...]:
    """A Big 5 barrier nobody was referred for yet: the advisor arranges help (printed, not lost)."""
    due = today + timedelta(days=ACTION_MIN_DAYS)
    out = []
    for b in intake.barriers:
        if b.referral.strip():
            continue
        note = f" ({b.note})" if b.note else ""
        out.append(Action(who="adviseur", due=due,
                          what=f"Hulp regelen bij: {_BIG5_NL.get(b.domain.value, b.domain.value)}{note}.",
                          what_en=f"Arrange help with: {_BIG5_EN.get(b.domain.value, b.domain.value)}"
                          f"{note}."))
    return tuple(out)


_BIG5_NL = {"wonen": "wonen", "inkomen": "inkomen", "welzijn": "welzijn",
            "werk-en-school": "werk en school", "support": "steun"}
_BIG5_EN = {"wonen": "housing", "inkomen": "income", "welzijn": "well-being",
            "werk-en-school": "work and school", "support": "support"}


def _goal_notes(result: MatchResult, route: Route, catalog: Catalog) -> tuple[Gap, ...]:
    """The result's notes about the goal as a whole, less those this route answers (its last step is
    the goal's own qualification, or part of it) and those the route already lists."""
    last = catalog.item(route.steps[-1].item_code)
    reached = {route.steps[-1].item_code, last.part_of if last is not None else ""} - {""}
    listed = {g.code for g in route.gaps}
    return tuple(g for g in result.gaps if not g.blocking and g.code not in listed
                 and g.code.removeprefix("doel-buiten-bereik-") not in reached)


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
            raise RouteBreaksRules("De route breekt een regel: " + checked.violations[0].text_nl)
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
