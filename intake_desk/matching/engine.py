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
from ..regions import home_region, nearest_offered, region_name
from . import funding
from .bridges import (
    bridge_in_line,
    heavy_work,
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
from .rules import GAP_LEERBEDRIJF, GAP_VOG, RULE_NAMES, Advice, Rule, Violation, advice, violations
from .scoring import score_route

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
                                    # 0 is also what an unanswered question looks like: say both
                                    "Er zijn (nog) geen uren per week om te leren vastgelegd. Eerst "
                                    "uitzoeken wanneer er tijd is en dat invullen; daarna kan een "
                                    "route gemaakt worden.",
                                    "No hours a week for learning have been recorded (yet). First find "
                                    "out when there is time and fill it in; then a route can be made.",
                                    blocking=True),))
    if not intake.goals:
        return MatchResult((), (Gap("geen-doel", "Er is nog geen doel vastgelegd.",
                                    "No goal has been recorded yet.", blocking=True),))
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
    "dutch-reached": ("is niet nodig: uw Nederlands is al op dat niveau",
                      "is not needed: your Dutch is already at that level"),
}


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
        return [Gap("doel-onbekend",
                    f"'{text}' is geen mbo-opleiding of cursus die wij kennen. We kiezen samen een "
                    "opleiding die bij uw doel past. Daarna zoeken we opnieuw naar een route.",
                    f"'{text}' is not an mbo course or training we know. We choose a course that fits "
                    "your goal together. Then we search for a route again.", blocking=blocking)]
    if not own and res.broad:
        field_nl = ", ".join(sorted(res.domeinen)) or res.label()
        why_nl, why_en = _field_missed(p, idx, why_item, chosen_targets, field_nl)
        return [Gap("doel-breed",
                    f"Het doel '{text}' is nog breed ({field_nl}). Kies samen een opleiding in dat "
                    f"vakgebied.{why_nl}",
                    f"The goal '{text}' is still broad ({field_nl}). Choose a qualification in that "
                    f"field together.{why_en}", blocking=blocking)]
    label = res.label() if res.crebos else text
    label_en = res.label_en() if res.crebos else text
    offered = [o for c in own for o in idx.by_item.get(c, ())]
    if not offered:
        near_nl, near_en = _alternatives(p, idx, allowed)
        return [Gap("doel-niet-in-aanbod",
                    f"Uw doel {label} staat niet in het aanbod van deze school.{near_nl}",
                    f"Your goal {label_en} is not in this school's offering.{near_en}",
                    blocking=blocking)]
    if allowed is not None and not any(o.region_code in allowed for o in offered):
        where = [(code, km) for code, km in nearest_offered({o.region_code for o in offered}, allowed)]
        if where:
            names = ", ".join(f"{_region(idx, c)} (ongeveer {km:.0f} km)" for c, km in where)
            names_en = ", ".join(f"{_region(idx, c)} (about {km:.0f} km)" for c, km in where)
        else:  # regions without a known centre: name them, nearest unknown
            codes = sorted({o.region_code for o in offered})[:3]
            names = names_en = ", ".join(_region(idx, c) for c in codes)
        return [Gap("doel-buiten-bereik-reisgebied",
                    f"Uw doel {label} wordt niet gegeven in uw reisgebied; het dichtstbij is {names}.",
                    f"Your goal {label_en} is not given in your travel area; the nearest is "
                    f"{names_en}.", blocking=blocking)]
    if blocking:
        return []  # no routes at all: the result's own gaps (_why_not) already say why
    gaps: list[Gap] = []
    for code in sorted(p.home):  # a course that is the goal: the result's own gaps say why
        item = idx.catalog.items[code]
        why = why_item.get(code, "")
        nl, en = _OWN_WHY.get(why, ("past nu niet binnen de regels",
                                    "does not fit within the rules now"))
        if why.startswith("rule-"):
            rule = Rule(why.removeprefix("rule-"))
            nl = f"breekt een regel: {RULE_NAMES[rule][0].lower()}"
            en = f"breaks a rule: {RULE_NAMES[rule][1].lower()}"
        # read on screen (several routes) and on a printed plan (one route): no "the routes below"
        gaps.append(Gap(f"doel-buiten-bereik-{code}",
                        f"Een route naar {item.title} zelf is er nu niet: die opleiding {nl}. "
                        "Wat wel is voorgesteld, komt zo dicht mogelijk bij uw doel.",
                        f"There is no route to {item.title} itself now: that course {en}. What is "
                        "proposed comes as close to your goal as possible."))
    return gaps


def _field_missed(p: GoalProfile, idx: CatalogIndex, why_item: dict[str, str],
                  chosen_targets: set[str] | frozenset[str], field_nl: str) -> tuple[str, str]:
    """For a broad goal none of whose routes ends in an mbo credential of its field: why not."""
    items = idx.catalog.items
    in_field = [c for c, _v in p.ranked() if p.link(c) is Link.DOMEIN
                and items[c].kind not in (ItemKind.SHORT_MODULE, ItemKind.KEUZEDEEL)]
    if not in_field or any(c in chosen_targets for c in in_field):
        return "", ""
    code = next((c for c in in_field if why_item.get(c, "") in _OWN_WHY), "")
    if not code:
        return (f" Een opleiding in {field_nl} is er nu niet voor u.",
                f" There is no course in {field_nl} for you now.")
    nl, en = _OWN_WHY[why_item[code]]
    title = items[code].title
    return (f" Een opleiding in {field_nl} is er nu niet: {title} bijvoorbeeld {nl}.",
            f" There is no course in {field_nl} now: {title}, for example, {en}.")


def _region(idx: CatalogIndex, code: str) -> str:
    return next((r.name for r in idx.catalog.regions if r.code == code), "") or region_name(code) or code


ALTERNATIVES = 3  # real alternatives named when the goal itself is not offered


def _alternatives(p: GoalProfile, idx: CatalogIndex, allowed: frozenset[str] | None) -> tuple[str, str]:
    """The nearest offered qualifications: the same dossier first, then the same domein; those in
    the travel area before others."""
    items = idx.catalog.items
    found: list[tuple[int, bool, float, str]] = []
    for code, link in p.links.items():
        item = items[code]
        offers = idx.by_item.get(code, ())
        if not offers or item.kind is not ItemKind.QUALIFICATION or link is Link.SECTOR:
            continue
        here = allowed is None or any(o.region_code in allowed for o in offers)
        found.append((0 if link is Link.DOSSIER else 1, not here, -p.values.get(code, 0.0), code))
    names: list[str] = []
    for _rank, _away, _v, code in sorted(found):
        item = items[code]
        name = f"{item.title} (niveau {item.level})" if item.level else item.title
        if name not in names:
            names.append(name)
        if len(names) >= ALTERNATIVES:
            break
    if not names:
        return (" Er is ook geen verwante opleiding in het aanbod; bekijk samen een ander doel.",
                " There is no related course in the offering either; look at another goal together.")
    same = found and min(found)[0] == 0
    what_nl = "zelfde beroepsopleiding" if same else "zelfde domein"
    what_en = "same vocational programme" if same else "same field"
    joined = ", ".join(names)
    return (f" Wel in het aanbod, verwant ({what_nl}): {joined}.",
            f" In the offering and related ({what_en}): {joined}.")


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
    "kwalificatieplicht": ("Onder de 18 zonder startkwalificatie past alleen een opleiding naar een "
                           "diploma (BOL, of BBL met een baan); die is er nu niet voor dit doel.",
                           "Under 18 without a basic qualification only a programme towards a diploma "
                           "fits (BOL, or BBL with a job); there is none for this goal now."),
    "entree": ("Entree is alleen voor wie nog geen diploma op niveau 2 of hoger heeft.",
               "Entree is only for people without a diploma at level 2 or higher."),
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
    idx = index(catalog)
    job_step = next((s for s in steps if s.leerweg is Leerweg.BBL or (
        (o := idx.by_code.get(s.offering_code)) is not None and o.prerequisites.requires_job)), None)
    if job_step is not None and not intake.has_job_or_placement:
        due = leerbedrijf_due(job_step.start, day)
        # a derde-leerweg step that needs a job is learning at work too, but not BBL
        how_nl, how_en = (("BBL: werken en leren", "BBL: work and learn") if job_step.leerweg is Leerweg.BBL
                          else ("u leert op de werkplek", "you learn at the workplace"))
        gaps.append(Gap(GAP_LEERBEDRIJF,
                        f"Zoek vóór {due:%d-%m-%Y} een baan of leerplek bij een erkend leerbedrijf "
                        f"({how_nl}). Kijk samen op leerbanenmarkt.nl (SBB).",
                        f"Find a job or placement at a recognised training company before "
                        f"{due:%d/%m/%Y} ({how_en}). Look together on leerbanenmarkt.nl (SBB).",
                        due=due))
    vog_items = [s.title for s in steps if (i := catalog.item(s.item_code)) is not None and i.vog_required]
    if vog_items or intake.vog_needed:
        what = vog_items[0] if vog_items else "dit doel"
        gaps.append(Gap(GAP_VOG, f"Voor {what} is een VOG (Verklaring Omtrent het Gedrag) nodig. "
                        "Vraag die op tijd aan.",
                        f"{'This goal' if not vog_items else what} needs a certificate of conduct "
                        "(VOG). Apply in good time."))
    unpaid = [s for s in steps if s.cost > 0 and not s.funding_code]
    counted = funding.counted_weeks(intake, catalog.funding)
    too_long = [s for s in unpaid if counted is not None and _weeks(s) > counted[1]]
    if too_long and counted is not None:
        # the scheme the candidate counts on will not pay this step: say so, and who else might
        scheme, most = counted
        s = too_long[0]
        name_en = scheme.name_en or scheme.name
        ask = "UWV" if scheme.payer is Payer.UWV else scheme.name
        ask_en = "UWV" if scheme.payer is Payer.UWV else name_en
        gaps.append(Gap("financiering",
                        f"{scheme.name} betaalt alleen een opleiding van hoogstens {most} weken. "
                        f"{s.title} duurt ongeveer {_weeks(s)} weken, dus {scheme.name} betaalt deze "
                        f"{funding.euro(s.cost)} niet zomaar. Vraag {ask} wat "
                        "mogelijk is, en bespreek een andere betaler: de school of het bedrijf waar u "
                        "gaat werken en leren, of de gemeente. Tot dat geregeld is, staat dit bedrag bij "
                        "wat u zelf betaalt.",
                        f"{name_en} only pays for a course of at most {most} weeks. {s.title} takes "
                        f"about {_weeks(s)} weeks, so {name_en} will not simply pay this "
                        f"{funding.euro_en(s.cost)}. Ask {ask_en} what is possible, and discuss "
                        "another payer: the school or company where you will work and learn, or the "
                        "municipality. Until that is settled, this amount is shown as what you pay "
                        "yourself."))
    elif unpaid:
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
                        f"Tell the workplace trainer before {shortened.start:%d/%m/%Y} what you can "
                        "already do. Work processes you master you can show right away."))
    elif shortened is not None:
        gaps.append(Gap("evc", f"Start de EVC-procedure vóór {shortened.start:%d-%m-%Y}: een erkende "
                        "EVC-aanbieder beoordeelt uw ervaring en geeft een ervaringscertificaat. Daarmee "
                        "vraagt u vrijstellingen aan bij de school. Vraag ook wie de EVC betaalt.",
                        f"Start the EVC procedure before {shortened.start:%d/%m/%Y}: a recognised EVC "
                        "provider assesses your experience and gives an experience certificate "
                        "(ervaringscertificaat). With it you ask the school for exemptions. Also ask "
                        "who pays for the EVC."))
    elif intake.evc_interest and (related := related_experience(intake, catalog.item(steps[-1].item_code))):
        # related, but too little to plan the route shorter: EVC is still worth asking about
        gaps.append(Gap("evc", f"Vraag naar een EVC-procedure: uw ervaring als {related[0].role} kan "
                        "misschien delen van de opleiding vervangen.",
                        f"Ask about recognition of prior learning (EVC): your experience as "
                        f"{related[0].role} may replace parts of the course."))
    gaps += route_bridge_gaps(steps, intake, catalog, day)
    physical = physical_gap(steps, intake, catalog)
    if physical is not None:
        gaps.append(physical)
    for b in intake.barriers:
        key = b.domain.value
        ref_nl = f" Verwezen naar: {b.referral}." if b.referral else " Regel hulp voordat de route start."
        ref_en = f" Referred to: {b.referral}." if b.referral else " Arrange help before the route starts."
        gaps.append(Gap(f"big5-{key}", f"{_BIG5_NL[key]}: {b.note or 'hier speelt iets'}.{ref_nl}",
                        f"{_BIG5_EN[key]}: {b.note or 'there is an issue here'}.{ref_en}"))
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
        why_first = Reason(Factor.GOAL_FIT, 0.0,
                           f"Dit is ander werk dan uw doel, en het is lichamelijk zwaar ({heavy[0]}). U "
                           f"heeft een lichamelijke klacht genoemd ({limit[0]}). Daarom staat deze route "
                           "achteraan.",
                           f"This is other work than your goal, and it is physically heavy ({heavy[1]}). "
                           f"You mentioned a physical complaint ({limit[1]}). That is why this route "
                           "comes last.")
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

