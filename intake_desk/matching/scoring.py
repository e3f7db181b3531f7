"""Scoring that explains itself: seven factors, each a Reason with its share of the 0-100 score.

The weights below are the whole policy; they add up to 100. Texts are plain Dutch (B1) with English.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from rapidfuzz import fuzz, process, utils

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
from .facts import CatalogIndex

WEIGHTS: dict[Factor, float] = {
    Factor.GOAL_FIT: 30,
    Factor.REGIONAL_DEMAND: 15,
    Factor.EXPERIENCE: 10,
    Factor.TIME_TO_CREDENTIAL: 15,
    Factor.COST: 10,
    Factor.LEVEL_STEP: 10,
    Factor.LANGUAGE_SUPPORT: 10,
}
GOAL_CUTOFF = 60.0  # below this fuzzy score an item is not considered to fit a goal
_CREDENTIAL_NL = {CredentialKind.DIPLOMA: "diploma", CredentialKind.CERTIFICAAT: "mbo-certificaat",
                  CredentialKind.PRAKTIJKVERKLARING: "praktijkverklaring",
                  CredentialKind.SCHOOLVERKLARING: "schoolverklaring"}
_CREDENTIAL_EN = {CredentialKind.DIPLOMA: "diploma", CredentialKind.CERTIFICAAT: "mbo certificate",
                  CredentialKind.PRAKTIJKVERKLARING: "workplace statement",
                  CredentialKind.SCHOOLVERKLARING: "school statement"}


def goal_query(goal: Goal) -> str:
    return " ".join((goal.occupation, *goal.keywords)).strip()


SHORT_COURSE_SHARE = 0.6  # a short module or keuzedeel reaches an occupation goal only partly
SECTOR_ONLY = 65.0  # the fit of an item that shares only the goal's sector
KEYWORD_SHARE = 0.85  # a keyword counts for a bit less than the occupation itself


def goal_fits(idx: CatalogIndex, goal: Goal) -> dict[str, float]:
    """Fuzzy fit 0-100 of every catalog item with `goal` (only those at or above GOAL_CUTOFF).

    Each goal term (the occupation, then the keywords) is compared, token-set-wise, with the item's
    title and with each occupation the catalog lists for it; the best comparison counts.
    """
    key = (goal.occupation, goal.sector, goal.crebo, goal.keywords)
    cached = idx.fit_cache.get(key)
    if cached is not None:
        return cached
    fits: dict[str, float] = {}
    terms = [(goal.occupation, 1.0)] + [(k, KEYWORD_SHARE) for k in goal.keywords]
    for term, share in terms:
        if not term.strip():
            continue
        for choices, codes in ((idx.titles, None), (idx.occupation_terms, idx.occupation_codes)):
            for _text, score, pos in process.extract(
                    term, choices, scorer=fuzz.token_set_ratio, processor=utils.default_process,
                    score_cutoff=GOAL_CUTOFF / share, limit=None):
                code = codes[pos] if codes is not None else idx.title_codes[pos]
                fits[code] = max(fits.get(code, 0.0), float(score) * share)
    if goal.crebo and goal.crebo in idx.catalog.items:
        fits[goal.crebo] = 100.0
    if goal.sector:  # the same sector fits a little even when no word matches (Helpende for Verzorgende)
        sector = goal.sector.casefold()
        for code, item in idx.catalog.items.items():
            if item.sector.casefold() == sector:
                fits[code] = min(100.0, fits.get(code, SECTOR_ONLY - 5) + 5)
    if len(idx.fit_cache) > 512:
        idx.fit_cache.clear()
    idx.fit_cache[key] = fits
    return fits


@dataclass(frozen=True, slots=True)
class Scored:
    score: int
    reasons: tuple[Reason, ...]


def _reason(factor: Factor, value: float, nl: str, en: str) -> Reason:
    v = min(1.0, max(0.0, value))
    return Reason(factor, round(WEIGHTS[factor] * v, 1), nl, en)


def euro(amount: Decimal) -> str:
    return f"€ {amount:,.0f}".replace(",", ".")


def score_route(steps: tuple[RouteStep, ...], target: CatalogItem, goal: Goal, fit: float,
                intake: Intake, catalog: Catalog, region: str, today: date,
                cost_after_funding: Decimal, funders: tuple[str, ...]) -> Scored:
    reasons = [
        _goal(target, goal, fit, steps[-1].credential),
        _demand(target, goal, catalog, region),
        _experience(target, intake),
        _time(steps, today),
        _cost(cost_after_funding, funders),
        _level(target, intake),
        _language(target, steps, intake),
    ]
    total = round(sum(r.weight for r in reasons))
    return Scored(max(0, min(100, total)), tuple(reasons))


def _goal(target: CatalogItem, goal: Goal, fit: float, credential: CredentialKind) -> Reason:
    value = fit / 100
    level = f" (niveau {target.level})" if target.level else ""
    level_en = f" (level {target.level})" if target.level else ""
    nl = f"Past bij uw doel '{goal.occupation}': {target.title}{level}."
    en = f"Fits your goal '{goal.occupation}': {target.title}{level_en}."
    short = target.kind in (ItemKind.SHORT_MODULE, ItemKind.KEUZEDEEL)
    if short and goal.credential not in (CredentialKind.CERTIFICAAT, CredentialKind.SCHOOLVERKLARING):
        value *= SHORT_COURSE_SHARE
        nl += " Dit is een korte cursus op weg naar het doel, nog geen vakdiploma."
        en += " This is a short course on the way to the goal, not yet a vocational diploma."
    if goal.credential is not None and goal.credential is not credential:
        value *= 0.8
        nl += f" U krijgt een {_CREDENTIAL_NL[credential]}, geen {_CREDENTIAL_NL[goal.credential]}."
        en += f" You get a {_CREDENTIAL_EN[credential]}, not a {_CREDENTIAL_EN[goal.credential]}."
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


def _experience(target: CatalogItem, intake: Intake) -> Reason:
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
    return _reason(Factor.TIME_TO_CREDENTIAL, 1 - weeks / 156,
                   f"Het eerste bewijs ({_CREDENTIAL_NL[first.credential]}) heeft u over ongeveer "
                   f"{weeks} weken, rond {first.end:%m-%Y}.",
                   f"You get the first credential ({_CREDENTIAL_EN[first.credential]}) in about "
                   f"{weeks} weeks, around {first.end:%Y-%m}.")


def _cost(after: Decimal, funders: tuple[str, ...]) -> Reason:
    who_nl = f" De rest betaalt: {', '.join(funders)}." if funders else ""
    who_en = f" The rest is paid by: {', '.join(funders)}." if funders else ""
    return _reason(Factor.COST, 1 - min(1.0, float(after) / 3000),
                   f"Wat u zelf betaalt: {euro(after)}.{who_nl}",
                   f"What you pay yourself: {euro(after)}.{who_en}")


def _level(target: CatalogItem, intake: Intake) -> Reason:
    have = intake.highest_completed_level
    if not target.level:
        return _reason(Factor.LEVEL_STEP, 0.7, "Dit is een korte opleiding zonder mbo-niveau.",
                       "This is a short course without an mbo level.")
    step = target.level - have
    value = 1.0 if step in (0, 1) else 0.6 if step == 2 else 0.3 if step > 2 else 0.4
    if step < 0:
        nl = f"Niveau {target.level} is lager dan wat u al heeft (niveau {have})."
        en = f"Level {target.level} is below what you already have (level {have})."
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
