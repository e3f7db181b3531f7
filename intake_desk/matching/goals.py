"""How each catalog item relates to a goal: the goal's own qualification, a related one, or a module.

An advisor ranks the route that reaches the goal's own credential first: for the goal "Metselaar" the
Metselaar diploma (or its mbo-certificaat or praktijkverklaring) comes before a two-week VCA course,
however quick and cheap that course is. So fuzzy word fit alone does not decide; the relation does:

- **own** (`Relation.OWN`): the qualification of the goal occupation (its crebo, or the qualification
  whose title or listed occupation says what the goal says), or an mbo-certificaat or
  praktijkverklaring that is part of it.
- **goal module** (`Relation.GOAL_MODULE`): the goal *is* a short course or keuzedeel ("Nederlands op
  3F", "Heftruckchauffeur"); then that course is the goal, not a detour.
- **line** (`Relation.LINE`): another qualification in the same dossier or sector, or a part of one: a
  stepping stone below the goal (Helpende on the way to Verzorgende-IG) or a neighbour (Allround
  metselaar for Metselaar).
- **module** (`Relation.MODULE`): a short module or keuzedeel that shares words with the goal (VCA for
  a building goal): useful as a first step or alongside, never the goal itself. Modules that share
  only the sector (Voorbereiding hbo for a childcare goal) are not proposed at all.

The profile of a goal is computed once per catalog and goal and cached on the catalog index.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz, process, utils

from ..domain import CatalogItem, CredentialKind, Goal, ItemKind
from .facts import CatalogIndex, GoalKey

GOAL_CUTOFF = 60.0  # below this fuzzy score an item is not considered to fit a goal
KEYWORD_SHARE = 0.85  # a keyword counts for a bit less than the occupation itself
HOME_MIN = 75.0  # the occupation must fit a qualification at least this well to be its own
HOME_SPREAD = 10.0  # qualifications this close to the best word fit are candidates for "own"
STRICT_SPREAD = 15.0  # ... and of those, the ones this close to the most literal match are own
MODULE_GOAL_MIN = 90.0  # a goal names a module when a module's title fits this well
SHORT_KINDS = (ItemKind.SHORT_MODULE, ItemKind.KEUZEDEEL)


class Relation(StrEnum):
    OWN = "eigen"
    GOAL_MODULE = "doelmodule"
    LINE = "verwant"
    MODULE = "module"


# What reaching an item is worth for the goal (0-1), before the credential is compared with the wish.
# A related qualification is worth more the more words it shares with the goal; a qualification above
# the goal's own level is a detour (it usually needs the goal's own level first).
OWN_VALUE = 1.0
LINE_BASE, LINE_WORDS, LINE_ABOVE = 0.5, 0.25, 0.15
MODULE_BASE, MODULE_WORDS = 0.25, 0.2
QUICK_MODULE_BASE = 0.6  # when the candidate asks for a short course (a school statement), not a diploma

# How well the credential a route gives meets the kind the candidate wants ("gewenst bewijs").
# *(judgement)* A diploma when a certificate is asked is more than needed (longer); a praktijkverklaring
# when a diploma is asked is a real first step but not the diploma.
CREDENTIAL_MATCH: dict[CredentialKind, dict[CredentialKind, float]] = {
    CredentialKind.DIPLOMA: {CredentialKind.DIPLOMA: 1.0, CredentialKind.CERTIFICAAT: 0.7,
                             CredentialKind.PRAKTIJKVERKLARING: 0.6,
                             CredentialKind.SCHOOLVERKLARING: 0.5},
    CredentialKind.CERTIFICAAT: {CredentialKind.CERTIFICAAT: 1.0, CredentialKind.DIPLOMA: 0.85,
                                 CredentialKind.PRAKTIJKVERKLARING: 0.8,
                                 CredentialKind.SCHOOLVERKLARING: 0.6},
    CredentialKind.PRAKTIJKVERKLARING: {CredentialKind.PRAKTIJKVERKLARING: 1.0,
                                        CredentialKind.CERTIFICAAT: 0.85,
                                        CredentialKind.DIPLOMA: 0.75,
                                        CredentialKind.SCHOOLVERKLARING: 0.6},
    CredentialKind.SCHOOLVERKLARING: {CredentialKind.SCHOOLVERKLARING: 1.0,
                                      CredentialKind.CERTIFICAAT: 1.0,
                                      CredentialKind.PRAKTIJKVERKLARING: 0.9,
                                      CredentialKind.DIPLOMA: 0.8},
}


@dataclass(frozen=True, slots=True)
class GoalProfile:
    """Every item worth planning towards for one goal, with its relation and value."""

    goal: Goal
    fits: dict[str, float]  # word fit 0-100 (occupation and keywords) per item code
    relations: dict[str, Relation]
    values: dict[str, float]  # 0-1, before the credential is compared with the wish
    home: frozenset[str]  # the goal occupation's own qualification(s)
    home_level: int | None  # the lowest level among them

    def ranked(self) -> list[tuple[str, float]]:
        """Item codes with their value, best first; stable on ties (word fit, then code)."""
        return sorted(self.values.items(), key=lambda kv: (-kv[1], -self.fits.get(kv[0], 0.0), kv[0]))


def key_of(goal: Goal) -> GoalKey:
    return (goal.occupation, goal.sector, goal.crebo, goal.keywords, goal.credential)


def effective_credential(item: CatalogItem, credential: CredentialKind) -> CredentialKind:
    """What the credential counts as for the goal: a short module's "certificaat" (VCA, BHV) is a
    branch certificate, not an mbo-certificaat, so it counts as a school statement."""
    if item.kind is ItemKind.SHORT_MODULE and credential is CredentialKind.CERTIFICAAT:
        return CredentialKind.SCHOOLVERKLARING
    return credential


def credential_match(goal: Goal, item: CatalogItem, credential: CredentialKind) -> float:
    if goal.credential is None:
        return 1.0
    return CREDENTIAL_MATCH[goal.credential][effective_credential(item, credential)]


def goal_value(profile: GoalProfile, item: CatalogItem, credential: CredentialKind) -> float:
    """How well a route ending in `item` with `credential` serves the goal, 0-1."""
    return profile.values.get(item.code, 0.0) * credential_match(profile.goal, item, credential)


def profile(idx: CatalogIndex, goal: Goal) -> GoalProfile:
    key = key_of(goal)
    cached = idx.fit_cache.get(key)
    if cached is not None:
        return cached
    built = _build(idx, goal)
    if len(idx.fit_cache) > 512:
        idx.fit_cache.clear()
    idx.fit_cache[key] = built
    return built


def _word_fits(idx: CatalogIndex, terms: list[tuple[str, float]]) -> dict[str, float]:
    """Token-set fit of each goal term with every item's title and listed occupations; best counts."""
    fits: dict[str, float] = {}
    for term, share in terms:
        if not term.strip():
            continue
        for choices, codes in ((idx.titles, idx.title_codes),
                               (idx.occupation_terms, idx.occupation_codes)):
            for _text, score, pos in process.extract(
                    term, choices, scorer=fuzz.token_set_ratio, processor=utils.default_process,
                    score_cutoff=GOAL_CUTOFF / share, limit=None):
                code = codes[pos]
                fits[code] = max(fits.get(code, 0.0), float(score) * share)
    return fits


def _strict(term: str, texts: list[str]) -> float:
    """The most literal match (plain edit ratio), to tell "Metselaar" from "Allround metselaar"."""
    return max((fuzz.ratio(term, t, processor=utils.default_process) for t in texts), default=0.0)


def _base(idx: CatalogIndex, code: str) -> CatalogItem | None:
    """The qualification an item belongs to: itself, or the one a certificate/praktijkverklaring is
    part of."""
    item = idx.catalog.item(code)
    if item is None:
        return None
    if item.part_of:
        return idx.catalog.item(item.part_of) or item
    return item


def _home(idx: CatalogIndex, goal: Goal, occupation_fits: dict[str, float]) -> frozenset[str]:
    items = idx.catalog.items
    if goal.crebo and goal.crebo in items:
        own = _base(idx, goal.crebo)
        if own is not None and own.kind is ItemKind.QUALIFICATION:
            return frozenset({own.code})
    quals = {c: f for c, f in occupation_fits.items() if items[c].kind is ItemKind.QUALIFICATION}
    top = max(quals.values(), default=0.0)
    if top < HOME_MIN:
        return frozenset()
    near = [c for c, f in quals.items() if f >= max(HOME_MIN, top - HOME_SPREAD)]
    strict = {c: _strict(goal.occupation, [items[c].title, *items[c].occupations]) for c in near}
    best = max(strict.values())
    return frozenset(c for c in near if strict[c] >= best - STRICT_SPREAD)


def _goal_modules(idx: CatalogIndex, goal: Goal, occupation_fits: dict[str, float]) -> frozenset[str]:
    items = idx.catalog.items
    mods = [c for c, f in occupation_fits.items()
            if items[c].kind in SHORT_KINDS and f >= MODULE_GOAL_MIN]
    if not mods:
        return frozenset()
    strict = {c: _strict(goal.occupation, [items[c].title]) for c in mods}
    best = max(strict.values())
    return frozenset(c for c in mods if strict[c] >= best - STRICT_SPREAD)


def _build(idx: CatalogIndex, goal: Goal) -> GoalProfile:
    items = idx.catalog.items
    occupation_fits = _word_fits(idx, [(goal.occupation, 1.0)])
    fits = dict(occupation_fits)
    for code, f in _word_fits(idx, [(k, KEYWORD_SHARE) for k in goal.keywords]).items():
        fits[code] = max(fits.get(code, 0.0), f)
    if goal.crebo and goal.crebo in items:
        fits[goal.crebo] = 100.0
    home = _home(idx, goal, occupation_fits)
    modules = frozenset() if home else _goal_modules(idx, goal, occupation_fits)
    home_items = [items[c] for c in home]
    home_level = min((i.level for i in home_items if i.level), default=None)
    sectors = {i.sector.casefold() for i in home_items if i.sector}
    if goal.sector:
        sectors.add(goal.sector.casefold())
    dossiers = {i.dossier_code for i in home_items if i.dossier_code}
    relations: dict[str, Relation] = {}
    values: dict[str, float] = {}
    for code, item in items.items():
        words = fits.get(code, 0.0)
        base = _base(idx, code) or item
        if base.code in home:
            relations[code], values[code] = Relation.OWN, OWN_VALUE
        elif code in modules:
            relations[code], values[code] = Relation.GOAL_MODULE, OWN_VALUE
        elif item.kind in SHORT_KINDS and not item.part_of:
            if words < GOAL_CUTOFF:
                continue  # shares only the sector: not a step towards this goal
            quick = goal.credential is CredentialKind.SCHOOLVERKLARING
            relations[code] = Relation.MODULE
            values[code] = (QUICK_MODULE_BASE if quick else MODULE_BASE) + MODULE_WORDS * words / 100
        elif (words >= GOAL_CUTOFF or base.sector.casefold() in sectors
              or (base.dossier_code and base.dossier_code in dossiers)):
            above = home_level is not None and (base.level or 0) > home_level
            relations[code] = Relation.LINE
            values[code] = LINE_BASE + LINE_WORDS * words / 100 - (LINE_ABOVE if above else 0.0)
    return GoalProfile(goal=goal, fits=fits, relations=relations, values=values, home=home,
                       home_level=home_level)
