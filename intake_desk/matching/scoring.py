"""Scoring that explains itself: seven factors, each a Reason with its share of the 0-100 score.

The weights below are the whole policy; they add up to 100. Texts are plain Dutch (B1) with English.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from rapidfuzz import fuzz, utils

from ..domain import (
    Catalog,
    CatalogItem,
    CredentialKind,
    DemandRating,
    Factor,
    Goal,
    Intake,
    ItemKind,
    Reason,
    RouteStep,
)
from ..domain.labels import label, labels_nl_en
from ..regions import region_name
from .bridges import cefr_text, dutch_needed, route_dutch
from .facts import dutch_rank, experience_credit, experience_field, index, language_gain
from .funding import cost_texts
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


def _reason(factor: Factor, value: float, nl: str, en: str) -> Reason:
    v = min(1.0, max(0.0, value))
    return Reason(factor, round(WEIGHTS[factor] * v, 1), nl, en)


def euro(amount: Decimal) -> str:
    return f"€ {amount:,.0f}".replace(",", ".")


def euro_en(amount: Decimal) -> str:
    """English amounts as the English plan prints them: "€2,700", not "€ 2.700"."""
    return f"€{amount:,.0f}"


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
    level = f" (niveau {target.level})" if target.level else ""
    level_en = f" (level {target.level})" if target.level else ""
    name, name_en = f"{target.title}{level}", f"{target.title}{level_en}"
    wish = goal.occupation or p.resolution.label()
    below = p.home_level is not None and (target.level or 0) < p.home_level
    if relation is Relation.OWN:
        nl = f"Deze route leidt naar uw doel '{wish}': {name}."
        en = f"This route leads to your goal '{wish}': {name_en}."
    elif relation is Relation.GOAL_MODULE:
        nl = f"Dit is de cursus die u zoekt: {target.title}."
        en = f"This is the course you are looking for: {target.title}."
    elif relation is Relation.LINE and link is Link.DOSSIER and below:
        nl = (f"Verwant vak: {name} hoort bij dezelfde beroepsopleiding ({where}) als uw doel "
              f"'{wish}', op een lager niveau. Het kan een opstap zijn.")
        en = (f"Related trade: {name_en} belongs to the same vocational programme ({where}) as your "
              f"goal '{wish}', at a lower level. It can be a stepping stone.")
    elif relation is Relation.LINE and link is Link.DOSSIER:
        nl = (f"Verwant vak: {name} hoort bij dezelfde beroepsopleiding ({where}) als uw doel "
              f"'{wish}', maar is een ander beroep of niveau.")
        en = (f"Related trade: {name_en} belongs to the same vocational programme ({where}) as your "
              f"goal '{wish}', but is another occupation or level.")
    elif relation is Relation.LINE and p.resolution.broad:
        nl = f"{name} valt in het domein {where}, waar uw wens '{wish}' bij hoort."
        en = f"{name_en} falls in the field {where}, which your wish '{wish}' belongs to."
    elif relation is Relation.LINE:
        kind_nl, kind_en = (("zelfde domein", "same field") if link is Link.DOMEIN
                            else ("zelfde sector", "same sector"))
        nl = f"{kind_nl.capitalize()} ({where}): {name} is een ander vak dan uw doel '{wish}'."
        en = f"{kind_en.capitalize()} ({where}): {name_en} is another trade than your goal '{wish}'."
    elif relation is Relation.MODULE:
        nl = (f"{target.title} is een korte cursus: handig als eerste stap of naast een opleiding, "
              f"maar nog geen vakdiploma voor '{wish}'.")
        en = (f"{target.title} is a short course: useful as a first step or alongside training, "
              f"but not yet a vocational qualification for '{wish}'.")
    else:
        nl = f"{name} hoort niet bij uw doel '{wish}'."
        en = f"{name_en} is not part of your goal '{wish}'."
    got = effective_credential(target, credential)
    if goal.credential is not None and goal.credential is not got:
        # a short module's own certificate (VCA, BHV) is named as what it is: a course certificate
        got_nl, got_en = (("cursusbewijs", "course certificate") if got is not credential
                          else labels_nl_en(got))
        nl += f" U krijgt een {got_nl}, geen {label(goal.credential, 'nl')}."
        en += f" You get a {got_en}, not a {label(goal.credential, 'en')}."
    return _reason(Factor.GOAL_FIT, value, nl, en)


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
        return _reason(Factor.REGIONAL_DEMAND, 0.5,
                       f"Er zijn geen cijfers over werk als {goal.occupation} in {name}.",
                       f"There are no figures on jobs as {goal.occupation} in {name}.")
    value = (d.rating - 1) / 4
    rated = catalog.item(d.crebo) if d.crebo else None
    job = rated.title if rated is not None else (d.occupation or goal.occupation)
    word_nl = {1: "weinig", 2: "beperkt", 3: "redelijk", 4: "veel", 5: "heel veel"}.get(d.rating, "")
    word_en = {1: "few", 2: "a limited number of", 3: "a fair number of", 4: "many",
               5: "very many"}.get(d.rating, "")
    # a sample figure says so once: the sample sources already carry "(voorbeeldcijfers)"
    marked = "voorbeeld" in d.source.lower() or "sample" in d.source.lower()
    sample_nl, sample_en = (" (voorbeeldcijfer)", " (sample figure)") if d.sample and not marked \
        else ("", "")
    return _reason(Factor.REGIONAL_DEMAND, value,
                   f"In {name} is er {word_nl} werk als {job}: {d.rating} van 5 "
                   f"(bron: {d.source}, {d.as_of:%d-%m-%Y}){sample_nl}.",
                   f"In {name} there are {word_en} jobs as {job}: {d.rating} out of 5 "
                   f"(source: {d.source}, {d.as_of:%d/%m/%Y}){sample_en}.")


def _experience(target: CatalogItem, last: RouteStep, intake: Intake) -> Reason:
    """What the recorded experience means for this route; nothing is said that was not recorded."""
    credit = experience_credit(intake, target, last.credential) if last.exempt_weeks else None
    if credit is not None:
        n, role, weeks = f"{credit.years:g}", credit.role, last.exempt_weeks
        # the years printed must match "Werkervaring" on the plan: volunteer years count half,
        # so say that instead of printing the halved figure as if it were the recorded one
        halved = [e for e in intake.experience if e.volunteer and e.role == role]
        if halved and not [e for e in intake.experience if not e.volunteer and e.role == role]:
            n = f"{halved[0].years:g}"
            role_nl = f"{role} (vrijwilligerswerk, telt voor de helft)"
            role_en = f"{role} (volunteer work, counts for half)"
        else:
            role_nl = role_en = role
        if last.credential is CredentialKind.PRAKTIJKVERKLARING:
            return _reason(Factor.EXPERIENCE, 1.0,
                           f"Uw ervaring telt mee (praktijkverklaring): met {n} jaar ervaring als "
                           f"{role_nl} laat u veel werkprocessen al zien. De route kan ongeveer {weeks} "
                           "weken korter.",
                           f"Your experience counts (workplace statement): with {n} years as "
                           f"{role_en} you can already show many work processes. The route can take "
                           f"about {weeks} weeks less.")
        return _reason(Factor.EXPERIENCE, 1.0,
                       f"Uw ervaring telt mee (EVC): met {n} jaar ervaring als {role_nl} kan "
                       f"{target.title} ongeveer {weeks} weken korter. Dat gaat via een "
                       "EVC-procedure; de school beslist over vrijstellingen.",
                       f"Your experience counts (EVC): with {n} years as {role_en}, {target.title} "
                       f"can take about {weeks} weeks less. That goes through an EVC procedure; the "
                       "school decides on exemptions.")
    # a held credential counts when it is this item, the qualification it is part of, or shares
    # werkprocessen with it; any other certificate says nothing about this route
    processes = {w.code for w in target.werkprocessen} | {w.title for w in target.werkprocessen}
    held = [c for c in intake.credentials
            if (c.code and c.code in (target.code, target.part_of)) or set(c.werkprocessen) & processes]
    if held:
        return _reason(Factor.EXPERIENCE, 1.0,
                       f"U heeft al '{held[0].title}'; dat kan de route korter maken.",
                       f"You already hold '{held[0].title}'; that can shorten the route.")
    if not intake.experience:
        return _reason(Factor.EXPERIENCE, NO_EXPERIENCE, "Geen werkervaring vastgelegd.",
                       "No work experience recorded.")
    related = [(e, f) for e in intake.experience if (f := experience_field(e, target))]
    if not related:
        roles = ", ".join(e.role for e in intake.experience[:2] if e.role) or "uw werk"
        roles_en = ", ".join(e.role for e in intake.experience[:2] if e.role) or "your work"
        return _reason(Factor.EXPERIENCE, OTHER_FIELD,
                       f"Uw werkervaring ({roles}) ligt in een ander vak dan {target.title}.",
                       f"Your work experience ({roles_en}) is in another field than {target.title}.")
    entry, where = max(related, key=lambda ef: ef[0].years)
    years = sum(e.years / 2 if e.volunteer else e.years for e, _f in related)
    value = 0.5 + 0.5 * min(years, 5) / 5
    evc_nl = " Met EVC kan de route korter worden." if intake.evc_interest else ""
    evc_en = " With EVC (prior learning) the route can be shorter." if intake.evc_interest else ""
    return _reason(Factor.EXPERIENCE, value,
                   f"Uw ervaring als {entry.role} ({entry.years:g} jaar) ligt in hetzelfde vakgebied "
                   f"({where}).{evc_nl}",
                   f"Your experience as {entry.role} ({entry.years:g} years) is in the same field "
                   f"({where}).{evc_en}")


def _time(steps: tuple[RouteStep, ...], today: date) -> Reason:
    first = next((s for s in steps if s.credential is not CredentialKind.SCHOOLVERKLARING), steps[-1])
    weeks = max(0, round((first.end - today).days / 7))
    nl, en = _credential_names(first)
    # a month name reads easier than "12-2027"; "eerste" only when more credentials follow
    month_nl = f"{_MONTHS_NL[first.end.month - 1]} {first.end.year}"
    month_en = f"{_MONTHS_EN[first.end.month - 1]} {first.end.year}"  # not strftime: it follows the locale
    first_nl, first_en = ("eerste ", "first ") if first is not steps[-1] else ("", "")
    return _reason(Factor.TIME_TO_CREDENTIAL, 1 - weeks / 156,
                   f"Uw {first_nl}{nl} heeft u rond {month_nl} (over ongeveer {weeks} weken).",
                   f"You get your {first_en}{en} around {month_en} (in about {weeks} weeks).")


_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")
_MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
              "oktober", "november", "december")


def _credential_names(step: RouteStep) -> tuple[str, str]:
    """A short course's own certificate (VCA, BHV) is a course certificate, not an mbo-certificaat."""
    if step.kind is ItemKind.SHORT_MODULE and step.credential is CredentialKind.CERTIFICAAT:
        return "cursusbewijs", "course certificate"
    return labels_nl_en(step.credential)


def _cost(after: Decimal, funders: tuple[str, ...], steps: tuple[RouteStep, ...] = (),
          catalog: Catalog | None = None) -> Reason:
    """What the candidate pays, what they borrow (a loan is never "paid by the rest"), and who pays
    whom (funding.py)."""
    if steps and all(s.payment is not None for s in steps):
        nl, en = cost_texts(steps, after, catalog)
    else:  # steps funded before payments were worked out
        nl = f"Wat u zelf betaalt: {euro(after)}." + (
            f" Ook betaalt mee: {', '.join(funders)}." if funders else "")
        en = f"What you pay yourself: {euro_en(after)}." + (
            f" Also paying: {', '.join(funders)}." if funders else "")
    return _reason(Factor.COST, 1 - min(1.0, float(after) / 3000), nl, en)


def _level(target: CatalogItem, steps: tuple[RouteStep, ...], intake: Intake) -> Reason:
    have = intake.highest_completed_level
    if not target.level:
        return _reason(Factor.LEVEL_STEP, 0.7, "Dit is een korte opleiding zonder mbo-niveau.",
                       "This is a short course without an mbo level.")
    if target.level == 1 and have >= 1:
        return _reason(Factor.LEVEL_STEP, 0.2,
                       "Entree is bedoeld voor wie nog geen diploma heeft; u heeft er al een.",
                       "Entree is meant for people without a diploma; you already have one.")
    # A diploma earlier in the route (Entree before level 2) is the level the last step builds on.
    bridge = max((s for s in steps[:-1] if s.kind is ItemKind.QUALIFICATION
                  and s.credential is CredentialKind.DIPLOMA and (s.level or 0) > have),
                 key=lambda s: s.level or 0, default=None)
    if bridge is not None and bridge.level is not None and target.level - bridge.level <= 1:
        # Entree is what advisors and candidates call level 1; its profile name alone says little
        name_nl = f"Entree ({bridge.title})" if bridge.level == 1 else bridge.title
        return _reason(Factor.LEVEL_STEP, 1.0,
                       f"Eerst {name_nl} (niveau {bridge.level}), daarna niveau {target.level}: "
                       "steeds één stap.",
                       f"First {name_nl} (level {bridge.level}), then level {target.level}: "
                       "one step at a time.")
    step = target.level - have
    # One level below what someone has is a normal start in a new field (a level-3 diploma in retail,
    # now level 2 in construction); further below, the advisor should look again.
    value = 1.0 if step in (0, 1) else 0.6 if step == 2 else 0.3 if step > 2 else 0.7 if step == -1 \
        else 0.4
    if step < 0:
        nl = (f"Niveau {target.level} is lager dan wat u al heeft (niveau {have}); "
              "in een nieuw vak kan dat een goede start zijn.")
        en = (f"Level {target.level} is below what you already have (level {have}); "
              "in a new field that can be a good start.")
    elif step <= 1:
        nl = f"Niveau {target.level} is een goede volgende stap voor u."
        en = f"Level {target.level} is a sensible next step for you."
    else:
        nl = f"Niveau {target.level} is een grote stap vanaf niveau {have}."
        en = f"Level {target.level} is a big step up from level {have}."
    return _reason(Factor.LEVEL_STEP, value, nl, en)


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
        level_nl = f" (die vraagt {need.value})" if need is not None else ""
        level_en = f" (it asks {need.value})" if need is not None else ""
        return _reason(Factor.LANGUAGE_SUPPORT, 1.0,
                       f"Uw Nederlands is goed genoeg voor deze opleiding{level_nl}.",
                       f"Your Dutch is good enough for this course{level_en}.")
    now_nl, now_en = cefr_text(intake)
    if dutch_steps and reach >= need.rank:
        first = dutch_steps[0]
        along = first.end > steps[-1].start
        how_nl, how_en = (("Naast de opleiding volgt u Nederlands", "Alongside the course you take Dutch")
                          if along else ("De route begint met Nederlands", "The route starts with Dutch"))
        return _reason(Factor.LANGUAGE_SUPPORT, 0.7,
                       f"{how_nl}: {first.title}. Zo komt u van {now_nl} op {need.value}, wat "
                       f"{target.title} vraagt.",
                       f"{how_en}: {first.title}. That takes you from {now_en} to {need.value}, which "
                       f"{target.title} asks.")
    if steps[-1].kind is ItemKind.PRAKTIJKVERKLARING:
        return _reason(Factor.LANGUAGE_SUPPORT, 0.5,
                       f"Voor deze praktijkverklaring laat u op het werk zien wat u kunt. Uw Nederlands "
                       f"({now_nl}) is nog onder {need.value}; volg Nederlands (NT2) naast het werk.",
                       f"For this workplace statement you show at work what you can do. Your Dutch "
                       f"({now_en}) is still below {need.value}; take Dutch (NT2) alongside work.")
    return _reason(Factor.LANGUAGE_SUPPORT, 0.2,
                   f"Deze opleiding vraagt Nederlands op {need.value}; u heeft nu {now_nl}. Volg "
                   "Nederlands (NT2) vóór of naast de opleiding.",
                   f"This course asks for Dutch at {need.value}; you now have {now_en}. Take Dutch "
                   "(NT2) before or alongside the course.")
