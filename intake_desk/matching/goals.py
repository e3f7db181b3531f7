"""How each catalog item relates to a goal, from the data: crebo, dossier, domein, part_of.

The goal is first resolved to real qualifications (goal_words.py: the kwalificatiestructuur plus an
everyday-word table). Then each catalog item gets at most one relation, and only one the data
supports; shared words never decide:

- **own** (`Relation.OWN`): the item's qualification (its crebo, or the qualification a certificate
  or praktijkverklaring is `part_of`) is one of the goal's own qualifications: a code the goal
  resolved to, the crebo the advisor filled in, or a catalog qualification whose title *is* the goal
  as typed. Only then does a reason say "Deze route leidt naar uw doel".
- **goal module** (`Relation.GOAL_MODULE`): the goal *is* a short course or keuzedeel ("Nederlands op
  3F", "Heftruckcertificaat"): a module whose title says what the goal says.
- **line** (`Relation.LINE`), with how it is related in `GoalProfile.links`:
  `Link.DOSSIER`: the same kwalificatiedossier ("verwant vak: zelfde beroepsopleiding"), a stepping
  stone when its level is below the goal's; `Link.DOMEIN`: the same DUO domein ("zelfde domein"), or
  for a broad goal ("werken in de zorg", "ict") the field the goal names; `Link.SECTOR`: the catalog
  item's sector is literally the sector the advisor recorded for the goal (a school's own catalog).
- **module** (`Relation.MODULE`): a short module or keuzedeel one of whose words is a specific word of
  the goal (HACCP for "kok"): useful as a first step or alongside, never the goal itself.

A catalog item's dossier and domein are its own fields, completed from the reference file by its
crebo (the sample catalog of KD 2015/16 still carries older dossier codes).

The profile of a goal is computed once per catalog and goal and cached on the catalog index.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from rapidfuzz import fuzz, process, utils

from ..domain import CatalogItem, CredentialKind, Goal, ItemKind
from .facts import CatalogIndex, GoalKey
from .goal_words import (
    GENERIC,
    GoalResolution,
    Sureness,
    domein_of,
    dossier_of,
    fold,
    kwalificaties,
    resolve,
)

GOAL_CUTOFF = 60.0  # below this fuzzy score an item's words do not fit a goal (used for ranking only)
KEYWORD_SHARE = 0.85  # a keyword counts for a bit less than the occupation itself
MODULE_GOAL_MIN = 90.0  # a goal names a module when a module's title fits this well
WORD_MIN = 88.0  # edit ratio for a goal word and a module word to be the same word
SHORT_KINDS = (ItemKind.SHORT_MODULE, ItemKind.KEUZEDEEL)


class Relation(StrEnum):
    OWN = "eigen"
    GOAL_MODULE = "doelmodule"
    LINE = "verwant"
    MODULE = "module"


class Link(StrEnum):
    """Why an item is in the goal's line (Relation.LINE)."""

    DOSSIER = "dossier"
    DOMEIN = "domein"
    SECTOR = "sector"


# What reaching an item is worth for the goal (0-1), before the credential is compared with the wish.
# A qualification above the goal's own level is a detour (it usually needs the goal's own level first).
OWN_VALUE = 1.0
DOSSIER_BASE, DOSSIER_BELOW, LINE_WORDS, LINE_ABOVE = 0.55, 0.65, 0.2, 0.15
DOMEIN_BASE = 0.35  # another occupation in the same domein: a real but distant relation
BROAD_BASE = 0.7  # a broad goal names the domein: every occupation in it answers the wish
SECTOR_BASE = 0.4
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
    fits: dict[str, float]  # word fit 0-100 (occupation and keywords) per item code; ranking only
    relations: dict[str, Relation]
    values: dict[str, float]  # 0-1, before the credential is compared with the wish
    home: frozenset[str]  # the catalog's qualifications that are the goal's own
    home_level: int | None  # the lowest level among them (or among the resolved ones)
    resolution: GoalResolution = field(default_factory=lambda: GoalResolution("", Sureness.NOT_RECOGNISED))
    own_codes: frozenset[str] = frozenset()  # every code that counts as own (resolved + catalog)
    links: dict[str, Link] = field(default_factory=dict)  # why a LINE item is in the line
    fields: dict[str, str] = field(default_factory=dict)  # the dossier name or domein of a LINE item

    def ranked(self) -> list[tuple[str, float]]:
        """Item codes with their value, best first; stable on ties (word fit, then code)."""
        return sorted(self.values.items(), key=lambda kv: (-kv[1], -self.fits.get(kv[0], 0.0), kv[0]))

    def link(self, code: str) -> Link | None:
        return self.links.get(code)

    def field_of(self, code: str) -> str:
        return self.fields.get(code, "")


def key_of(goal: Goal) -> GoalKey:
    return (goal.occupation, goal.sector, goal.crebo, goal.keywords, goal.credential)


def resolution_of(goal: Goal) -> GoalResolution:
    return resolve(goal.occupation, goal.sector, goal.crebo.strip(), goal.keywords)


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


def base_item(idx: CatalogIndex, code: str) -> CatalogItem | None:
    """The qualification an item belongs to: itself, or the one a certificate/praktijkverklaring is
    part of."""
    item = idx.catalog.item(code)
    if item is None:
        return None
    if item.part_of:
        return idx.catalog.item(item.part_of) or item
    return item


def crebo_of(item: CatalogItem) -> str:
    """The qualification code an item stands for: its own, or the one it is part of."""
    return item.part_of or item.code


def item_dossiers(item: CatalogItem) -> set[str]:
    """The item's dossier codes: its own field and, by its crebo, the reference file's."""
    return {d for d in (item.dossier_code, dossier_of(item.code), dossier_of(item.part_of)) if d}


def item_domein(item: CatalogItem) -> str:
    """The DUO domein of an item: the reference file's by crebo, else the catalog's own sector."""
    return domein_of(item.part_of) or domein_of(item.code) or item.sector


def _dossier_name(item: CatalogItem, dossiers: set[str]) -> str:
    table = kwalificaties()
    for code in (item.part_of, item.code):
        k = table.get(code)
        if k is not None and k.dossier_code in dossiers:
            return k.dossier_naam
    return item.dossier_title


_PART_PREFIXES = ("mbo certificaat ", "certificaat ", "praktijkverklaring ")


def _bare_title(item: CatalogItem) -> str:
    """The folded title without "Mbo-certificaat"/"Praktijkverklaring" in front ("Warmtepompen
    installeren" is the certificate "Mbo-certificaat Warmtepompen installeren")."""
    title = fold(item.title)
    for prefix in _PART_PREFIXES:
        if title.startswith(prefix):
            return title.removeprefix(prefix)
    return title


def _specific_words(goal: Goal, res: GoalResolution) -> set[str]:
    words = fold(" ".join((goal.occupation, *goal.keywords, res.matched if res.sureness is Sureness.ALIAS
                           else ""))).split()
    return {w for w in words if w not in GENERIC and len(w) >= 3}


def _shares_a_word(words: set[str], item: CatalogItem) -> bool:
    theirs = set(fold(" ".join((item.title, *item.occupations))).split()) - GENERIC
    return any(w == t or (len(w) >= 5 and fuzz.ratio(w, t) >= WORD_MIN) for w in words for t in theirs)


def _goal_modules(idx: CatalogIndex, goal: Goal, res: GoalResolution) -> frozenset[str]:
    """Modules whose title says what the goal says ("Nederlands op 3F" -> "Nederlands 3F"); for a
    goal that names a course (a heftruck certificate), a module whose title holds that word."""
    text = fold(goal.occupation)
    if not text:
        return frozenset()
    words = [w for w in text.split() if w not in GENERIC and len(w) >= 3]
    found = set()
    for code, item in idx.catalog.items.items():
        if item.kind not in SHORT_KINDS or item.part_of:
            continue
        title = fold(item.title)
        # "Nederlands op 3F" is "Nederlands 3F", "BHV" is "Bedrijfshulpverlening (BHV)"; but a goal
        # that only shares one word with a longer title ("kok" and a kitchen hygiene course) is not
        says_it = fuzz.token_set_ratio(text, title) >= MODULE_GOAL_MIN and (
            fuzz.ratio(text, title) >= 60 or (bool(words) and set(words) <= set(title.split())
                                              and len(text) >= 3))
        if says_it or (res.course and any(w in t for w in words for t in title.split())):
            found.add(code)
    return frozenset(found)


def _build(idx: CatalogIndex, goal: Goal) -> GoalProfile:
    items = idx.catalog.items
    res = resolution_of(goal)
    fits = _word_fits(idx, [(goal.occupation, 1.0)])
    for code, f in _word_fits(idx, [(k, KEYWORD_SHARE) for k in goal.keywords]).items():
        fits[code] = max(fits.get(code, 0.0), f)
    own = set(res.crebos)
    crebo = goal.crebo.strip()
    if crebo and crebo in items:
        own.add(crebo_of(items[crebo]))
        fits[crebo] = 100.0
    text = fold(goal.occupation)
    for item in items.values():  # a catalog item whose title is the goal as typed
        if text and item.kind is not ItemKind.SHORT_MODULE and item.kind is not ItemKind.KEUZEDEEL \
                and _bare_title(item) == text:
            own.add(crebo_of(item))
    home = frozenset(c for c in own if c in items and items[c].kind is ItemKind.QUALIFICATION)
    levels = [lv for c in home if (lv := items[c].level)] or list(res.levels)
    home_level = min(levels, default=None)
    modules = _goal_modules(idx, goal, res) if (not own or res.course) else frozenset()
    domeinen = {fold(d) for d in res.domeinen}
    sector = fold(goal.sector)
    words = _specific_words(goal, res)
    quick = goal.credential is CredentialKind.SCHOOLVERKLARING
    relations: dict[str, Relation] = {}
    values: dict[str, float] = {}
    links: dict[str, Link] = {}
    fields: dict[str, str] = {}
    for code, item in items.items():
        f = fits.get(code, 0.0)
        base = base_item(idx, code) or item
        if crebo_of(item) in own or base.code in own:
            relations[code], values[code] = Relation.OWN, OWN_VALUE
            continue
        if code in modules:
            relations[code], values[code] = Relation.GOAL_MODULE, OWN_VALUE
            continue
        if item.kind in SHORT_KINDS and not item.part_of:
            if words and _shares_a_word(words, item):
                relations[code] = Relation.MODULE
                values[code] = (QUICK_MODULE_BASE if quick else MODULE_BASE) + MODULE_WORDS * f / 100
            continue
        dossiers = item_dossiers(base) | item_dossiers(item)
        above = home_level is not None and (base.level or 0) > home_level
        below = home_level is not None and (base.level or 0) < home_level
        domein = item_domein(base)
        if dossiers & res.dossiers:
            links[code], fields[code] = Link.DOSSIER, _dossier_name(base, set(res.dossiers))
            value = (DOSSIER_BELOW if below else DOSSIER_BASE) - (LINE_ABOVE if above else 0.0)
        elif domein and fold(domein) in domeinen:
            if above and not res.broad:
                # another occupation above the goal's level (Praktijkopleider for a Verzorgende-IG
                # goal) is neither the goal nor a way to it
                continue
            links[code], fields[code] = Link.DOMEIN, domein
            value = (BROAD_BASE if res.broad else DOMEIN_BASE) - (LINE_ABOVE if above else 0.0)
        elif sector and fold(base.sector) == sector:
            links[code], fields[code] = Link.SECTOR, base.sector
            value = SECTOR_BASE - (LINE_ABOVE if above else 0.0)
        else:
            continue
        relations[code] = Relation.LINE
        # shared words only order items within the same dossier; another trade in the domein is not
        # lifted above a course that helps towards the goal itself by sharing a word like "bouw"
        values[code] = value + (LINE_WORDS * f / 100 if links[code] is Link.DOSSIER else 0.0)
    return GoalProfile(goal=goal, fits=fits, relations=relations, values=values, home=home,
                       home_level=home_level, resolution=res, own_codes=frozenset(own), links=links,
                       fields=fields)
