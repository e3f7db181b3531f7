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
from .facts import experience_credit, index
from .goals import GoalProfile, Relation, effective_credential, goal_value, profile

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
_CREDENTIAL_NL = {CredentialKind.DIPLOMA: "diploma", CredentialKind.CERTIFICAAT: "mbo-certificaat",
                  CredentialKind.PRAKTIJKVERKLARING: "praktijkverklaring",
                  CredentialKind.SCHOOLVERKLARING: "schoolverklaring"}
_CREDENTIAL_EN = {CredentialKind.DIPLOMA: "diploma", CredentialKind.CERTIFICAAT: "mbo certificate",
                  CredentialKind.PRAKTIJKVERKLARING: "workplace statement",
                  CredentialKind.SCHOOLVERKLARING: "school statement"}


@dataclass(frozen=True, slots=True)
class Scored:
    score: int
    reasons: tuple[Reason, ...]


def _reason(factor: Factor, value: float, nl: str, en: str) -> Reason:
    v = min(1.0, max(0.0, value))
    return Reason(factor, round(WEIGHTS[factor] * v, 1), nl, en)


def euro(amount: Decimal) -> str:
    return f"€ {amount:,.0f}".replace(",", ".")


def score_route(steps: tuple[RouteStep, ...], target: CatalogItem, goal: Goal,
                intake: Intake, catalog: Catalog, region: str, today: date,
                cost_after_funding: Decimal, funders: tuple[str, ...]) -> Scored:
    reasons = [
        _goal(profile(index(catalog), goal), target, steps[-1].credential),
        _demand(target, goal, catalog, region),
        _experience(target, steps[-1], intake),
        _time(steps, today),
        _cost(cost_after_funding, funders),
        _level(target, steps, intake),
        _language(target, steps, intake),
    ]
    total = round(sum(r.weight for r in reasons))
    return Scored(max(0, min(100, total)), tuple(reasons))


def _goal(p: GoalProfile, target: CatalogItem, credential: CredentialKind) -> Reason:
    goal = p.goal
    value = goal_value(p, target, credential)
    relation = p.relations.get(target.code)
    level = f" (niveau {target.level})" if target.level else ""
    level_en = f" (level {target.level})" if target.level else ""
    name, name_en = f"{target.title}{level}", f"{target.title}{level_en}"
    if relation is Relation.OWN:
        nl = f"Deze route leidt naar uw doel '{goal.occupation}': {name}."
        en = f"This route leads to your goal '{goal.occupation}': {name_en}."
    elif relation is Relation.GOAL_MODULE:
        nl = f"Dit is de cursus die u zoekt: {target.title}."
        en = f"This is the course you are looking for: {target.title}."
    elif relation is Relation.LINE and p.home_level is not None and (target.level or 0) < p.home_level:
        nl = f"{name} is een opstap naar uw doel '{goal.occupation}'."
        en = f"{name_en} is a stepping stone towards your goal '{goal.occupation}'."
    elif relation is Relation.LINE:
        nl = f"{name} ligt dicht bij uw doel '{goal.occupation}', maar is het niet precies."
        en = f"{name_en} is close to your goal '{goal.occupation}', but not exactly it."
    else:
        nl = (f"{target.title} is een korte cursus: handig als eerste stap of naast een opleiding, "
              f"maar nog geen vakdiploma voor '{goal.occupation}'.")
        en = (f"{target.title} is a short course: useful as a first step or alongside training, "
              f"but not yet a vocational qualification for '{goal.occupation}'.")
    got = effective_credential(target, credential)
    if goal.credential is not None and goal.credential is not got:
        # a short module's own certificate (VCA, BHV) is named as what it is: a course certificate
        got_nl, got_en = (("cursusbewijs", "course certificate") if got is not credential
                          else (_CREDENTIAL_NL[got], _CREDENTIAL_EN[got]))
        nl += f" U krijgt een {got_nl}, geen {_CREDENTIAL_NL[goal.credential]}."
        en += f" You get a {got_en}, not a {_CREDENTIAL_EN[goal.credential]}."
    return _reason(Factor.GOAL_FIT, value, nl, en)


def find_demand(target: CatalogItem, goal: Goal, catalog: Catalog, region: str) -> DemandRating | None:
    best: DemandRating | None = None
    for d in catalog.demand:
        if d.region_code != region:
            continue
        if d.crebo and d.crebo in (target.code, target.part_of):
            return d
        if best is None and d.occupation and fuzz.WRatio(
                d.occupation, goal.occupation, processor=utils.default_process) >= 85:
            best = d
    return best


def _region_name(catalog: Catalog, code: str) -> str:
    return next((r.name for r in catalog.regions if r.code == code), code or "uw regio")


def _demand(target: CatalogItem, goal: Goal, catalog: Catalog, region: str) -> Reason:
    d = find_demand(target, goal, catalog, region)
    name = _region_name(catalog, region)
    if d is None:
        return _reason(Factor.REGIONAL_DEMAND, 0.5,
                       f"Er zijn geen cijfers over werk als {goal.occupation} in {name}.",
                       f"There are no figures on jobs as {goal.occupation} in {name}.")
    value = (d.rating - 1) / 4
    rated = catalog.item(d.crebo) if d.crebo else None
    job = rated.title if rated is not None else (d.occupation or goal.occupation)
    word_nl = {1: "weinig", 2: "beperkt", 3: "redelijk", 4: "veel", 5: "heel veel"}.get(d.rating, "")
    word_en = {1: "few", 2: "limited", 3: "fair", 4: "many", 5: "very many"}.get(d.rating, "")
    sample_nl, sample_en = (" (voorbeeldcijfer)", " (sample figure)") if d.sample else ("", "")
    return _reason(Factor.REGIONAL_DEMAND, value,
                   f"In {name} is er {word_nl} werk als {job}: {d.rating} van 5 "
                   f"(bron: {d.source}, {d.as_of:%d-%m-%Y}){sample_nl}.",
                   f"In {name} there are {word_en} jobs as {job}: {d.rating} out of 5 "
                   f"(source: {d.source}, {d.as_of:%Y-%m-%d}){sample_en}.")


def _experience(target: CatalogItem, last: RouteStep, intake: Intake) -> Reason:
    credit = experience_credit(intake, target, last.credential) if last.exempt_weeks else None
    if credit is not None:
        n, role, weeks = f"{credit.years:g}", credit.role, last.exempt_weeks
        if last.credential is CredentialKind.PRAKTIJKVERKLARING:
            return _reason(Factor.EXPERIENCE, 1.0,
                           f"Uw ervaring telt mee (praktijkverklaring): met {n} jaar ervaring als "
                           f"{role} laat u veel werkprocessen al zien. De route kan ongeveer {weeks} "
                           "weken korter.",
                           f"Your experience counts (workplace statement): with {n} years as "
                           f"{role} you can already show many work processes. The route can take "
                           f"about {weeks} weeks less.")
        return _reason(Factor.EXPERIENCE, 1.0,
                       f"Uw ervaring telt mee (EVC): met {n} jaar ervaring als {role} kan "
                       f"{target.title} ongeveer {weeks} weken korter. Dat gaat via een "
                       "EVC-procedure; de school beslist over vrijstellingen.",
                       f"Your experience counts (EVC): with {n} years as {role}, {target.title} "
                       f"can take about {weeks} weeks less. That goes through an EVC procedure; the "
                       "school decides on exemptions.")
    text = " ".join((target.title, target.sector, *target.occupations))
    best, role, years = 0.0, "", 0.0
    for e in intake.experience:
        s = fuzz.token_set_ratio(f"{e.role} {e.sector} {e.tasks}", text, processor=utils.default_process)
        if s > best:
            best, role, years = float(s), e.role, e.years
    held = [c for c in intake.credentials if c.code == target.code or c.werkprocessen]
    if held:
        return _reason(Factor.EXPERIENCE, 1.0,
                       f"U heeft al '{held[0].title}'; dat kan de route korter maken.",
                       f"You already hold '{held[0].title}'; that can shorten the route.")
    if best < 50:
        return _reason(Factor.EXPERIENCE, 0.2, "Uw werkervaring ligt in een ander vak.",
                       "Your work experience is in another field.")
    value = best / 100 * (0.5 + 0.5 * min(years, 5) / 5)
    evc_nl = " Met EVC kan de route korter worden." if intake.evc_interest else ""
    evc_en = " With EVC (prior learning) the route can be shorter." if intake.evc_interest else ""
    return _reason(Factor.EXPERIENCE, value,
                   f"Uw ervaring als {role} ({years:g} jaar) past bij dit vak.{evc_nl}",
                   f"Your experience as {role} ({years:g} years) fits this field.{evc_en}")


def _time(steps: tuple[RouteStep, ...], today: date) -> Reason:
    first = next((s for s in steps if s.credential is not CredentialKind.SCHOOLVERKLARING), steps[-1])
    weeks = max(0, round((first.end - today).days / 7))
    nl, en = _credential_names(first)
    return _reason(Factor.TIME_TO_CREDENTIAL, 1 - weeks / 156,
                   f"Het eerste bewijs ({nl}) heeft u over ongeveer {weeks} weken, rond "
                   f"{first.end:%m-%Y}.",
                   f"You get the first credential ({en}) in about {weeks} weeks, around "
                   f"{first.end:%Y-%m}.")


def _credential_names(step: RouteStep) -> tuple[str, str]:
    """A short course's own certificate (VCA, BHV) is a course certificate, not an mbo-certificaat."""
    if step.kind is ItemKind.SHORT_MODULE and step.credential is CredentialKind.CERTIFICAAT:
        return "cursusbewijs", "course certificate"
    return _CREDENTIAL_NL[step.credential], _CREDENTIAL_EN[step.credential]


def _cost(after: Decimal, funders: tuple[str, ...]) -> Reason:
    who_nl = f" De rest betaalt: {', '.join(funders)}." if funders else ""
    who_en = f" The rest is paid by: {', '.join(funders)}." if funders else ""
    return _reason(Factor.COST, 1 - min(1.0, float(after) / 3000),
                   f"Wat u zelf betaalt: {euro(after)}.{who_nl}",
                   f"What you pay yourself: {euro(after)}.{who_en}")


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
        return _reason(Factor.LEVEL_STEP, 1.0,
                       f"Eerst {bridge.title} (niveau {bridge.level}), daarna niveau {target.level}: "
                       "steeds één stap.",
                       f"First {bridge.title} (level {bridge.level}), then level {target.level}: "
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


def _language(target: CatalogItem, steps: tuple[RouteStep, ...], intake: Intake) -> Reason:
    need = target.dutch_required
    bridge = [s for s in steps
              if s.bridging and any(w in s.title.casefold() for w in ("nederlands", "nt2"))]
    if bridge:
        return _reason(Factor.LANGUAGE_SUPPORT, 0.7,
                       f"De route begint met Nederlands: {bridge[0].title}.",
                       f"The route starts with Dutch: {bridge[0].title}.")
    if need is None or intake.dutch.meets(need):
        return _reason(Factor.LANGUAGE_SUPPORT, 1.0, "Uw Nederlands is goed genoeg voor deze opleiding.",
                       "Your Dutch is good enough for this course.")
    return _reason(Factor.LANGUAGE_SUPPORT, 0.2,
                   f"Deze opleiding vraagt Nederlands op {need.value}.",
                   f"This course asks for Dutch at {need.value}.")
