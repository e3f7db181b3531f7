"""Where a candidate lives: gemeente and arbeidsmarktregio from a postcode, a town or a region name.

Sources (each file's SOURCES.md under resources/reference/ gives versions, conversion and gaps):

- `regions/gemeente_arbeidsmarktregio.csv`: the 342 gemeenten of 1-1-2026 and their arbeidsmarktregio,
  CBS StatLine 86247NED "Gebieden in Nederland 2026" (CC BY 4.0, "Bron: CBS").
- `regions/woonplaats_gemeente.csv`: the 2,502 BAG woonplaatsen and their gemeente, CBS 86312NED
  "Woonplaatsen in Nederland 2026".
- `regions/pc4_gemeente.csv` and `pc4_gemeente_gesplitst.csv`: 4-digit postcode -> gemeente, counted
  from the 6-digit postcodes of the PDOK Locatieserver (Kadaster / PDOK, BAG), version 2026-10-01.
- `mbo/vestigingen.csv`: 679 mbo locations with coordinates (KiesMBO export, Feb 2025); the mean of a
  region's locations is its centre for "nearest region" distances.

Decisions:

- A region's **code** is the slug of its CBS 2026 name (accents folded, lower case, every run of other
  characters one "-"): "Zaanstreek/Waterland" -> "zaanstreek-waterland". Codes of older region names
  that stored data may hold ("stedendriehoek-en-noordwest-veluwe") stay valid as aliases.
- `region_code` reads what advisors type: a code, the CBS name in any case or punctuation, an older or
  everyday name ("Food Valley", "Rotterdam-Rijnmond"), or a gemeente or woonplaats that lies wholly in
  one region ("Eindhoven", "Den Bosch"). Anything else, including names that span regions ("Limburg",
  "Brabant"), gives None: the advisor is asked, the app never guesses.
- `locate` prefers the postcode (exact for all but 22 PC4s), uses the town to settle a split PC4, and
  falls back to the town when the PC4 is unknown (PO-box ranges are absent from the PDOK data). A town
  name in several gemeenten, or a split PC4 whose gemeenten lie in different regions, returns the
  options to ask instead of an answer. The region is still given when every option lies in it.
- Town names are compared loosely: case, accents, punctuation, "'s-"/"s ", "St." for "Sint",
  "a/d" for "aan de(n)", and the BAG and CBS disambiguators ("Bergen (NH)", "Bergen L", "Bergen (NH.)")
  which may be left out; an exact name wins over one without its disambiguator ("Hengelo" is the
  woonplaats BAG calls so, not "Hengelo (Gld)"). Everyday names that are not official ("Den Haag",
  "Den Bosch", Dutch names of Frisian places) come from a small table of our own (`TOWN_ALIASES`).

Everything loads on first use, once; lookups are dict reads, fast enough for the GUI thread.
"""

from __future__ import annotations

import csv
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from .domain.candidate import Candidate, fold
from .domain.catalog import Region
from .paths import resource

# Older and everyday names for regions (typed forms; compared as slugs). Names the CBS list already
# spells the same way after slugging ("Noord-Holland (Noord)", "Zaanstreek / Waterland",
# "Gooi- en Vechtstreek") need no entry.
REGION_ALIASES: dict[str, str] = {
    # Stedendriehoek en Noordwest Veluwe: the name before CBS 2026 and the old sample's code.
    "stedendriehoek": "veluwe-stedendriehoek",
    "stedendriehoek-en-noordwest-veluwe": "veluwe-stedendriehoek",
    "stedendriehoek-noordwest-veluwe": "veluwe-stedendriehoek",
    "food-valley": "foodvalley",
    "zwolle": "regio-zwolle",
    "rotterdam-rijnmond": "rijnmond",
    "groot-rijnmond": "rijnmond",
    "amsterdam": "groot-amsterdam",
    "den-haag": "haaglanden",
    "zaanstreek-en-waterland": "zaanstreek-waterland",
    "zaanstreek": "zaanstreek-waterland",
    "gooi-en-vecht": "gooi-en-vechtstreek",
    "het-gooi": "gooi-en-vechtstreek",
    "kennemerland-en-ijmond": "zuid-kennemerland-en-ijmond",
    "zuid-kennemerland": "zuid-kennemerland-en-ijmond",
    "ijmond": "zuid-kennemerland-en-ijmond",
    "kop-van-noord-holland": "noord-holland-noord",
    "hart-van-brabant": "midden-brabant",
    "regio-nijmegen": "rijk-van-nijmegen",
    "de-peel": "helmond-de-peel",
    "helmond-en-de-peel": "helmond-de-peel",
    "fryslan": "friesland",
    "brabant-zuidoost": "zuidoost-brabant",
    "brabant-noordoost": "noordoost-brabant",
    "utrecht-midden": "midden-utrecht",
}
# Older codes: every code a stored record or an older sample catalog may hold for a region, so that
# offerings stored under them still match. Kept apart from the aliases above, which are only ways of
# typing and never appear in data.
LEGACY_CODES: dict[str, tuple[str, ...]] = {
    "veluwe-stedendriehoek": ("stedendriehoek-en-noordwest-veluwe",),
}
# Words around a region name that do not change which region is meant ("regio Twente").
_REGION_PREFIXES = ("arbeidsmarktregio-", "regio-", "amr-", "rmt-", "leerwerkloket-")

# Everyday town names -> the official BAG woonplaats (or CBS gemeente) name. Our own table: the
# sources carry no aliases (regions/SOURCES.md).
TOWN_ALIASES: dict[str, str] = {
    "den haag": "'s-Gravenhage",
    "the hague": "'s-Gravenhage",
    "den bosch": "'s-Hertogenbosch",
    "hertogenbosch": "'s-Hertogenbosch",
    "grouw": "Grou",
    "bergum": "Burgum",
    "ljouwert": "Leeuwarden",
    "snits": "Sneek",
}

# A trailing BAG or CBS disambiguator: a province or gemeente abbreviation ("Bergen L",
# "Beuningen Gld", "Bergen (NH)", "Bavel AC", "Bleskensgraaf ca") or "gem <gemeente>".
_SUFFIXES = frozenset({"l", "gld", "nb", "nh", "zh", "ac", "ca", "ut", "gn", "o", "z", "u", "fr", "dr",
                       "ov", "zl", "lb"})
_GEM_SUFFIX = re.compile(r" gem .+$")
_POSTCODE = re.compile(r"^\s*([1-9][0-9]{3})(?:\s?[A-Za-z]{0,2})?\s*$")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """The code form of a name: accents folded, lower case, other characters as single hyphens."""
    return _NON_ALNUM.sub("-", fold(text)).strip("-")


def town_key(text: str) -> str:
    """How town and gemeente names are compared: "'s-Gravenhage" = "s gravenhage", "St. X" = "Sint X"."""
    key = _NON_ALNUM.sub(" ", fold(text).replace("'", "")).strip()
    key = re.sub(r"^st ", "sint ", key)
    # "aan de", "aan den" and "aan het" are written "a/d" on envelopes and in forms
    return re.sub(r" aan (?:de|den|het) ", " a d ", f" {key} ").strip()


def _base_key(key: str) -> str:
    """The key without a trailing disambiguator; equal to `key` when it has none."""
    key = _GEM_SUFFIX.sub("", key)
    head, _, last = key.rpartition(" ")
    return head if head and last in _SUFFIXES else key


@dataclass(frozen=True, slots=True)
class Gemeente:
    """A municipality of 1-1-2026 (CBS code and name) and the arbeidsmarktregio it lies in."""

    code: str
    name: str
    region_code: str


@dataclass(frozen=True, slots=True)
class Location:
    """What a postcode and town tell about where someone lives.

    `gemeente`/`gemeentecode` are filled when the gemeente is certain, `region_code` when the region is
    (also when only the region is: every option lies in it). `options` lists the gemeenten to ask about
    when the answer is not unique, most likely first. `source` says what decided: "postcode",
    "woonplaats", "gemeente" or "" when nothing was found. `conflict` means postcode and town point to
    different gemeenten; the options then hold both.
    """

    gemeente: str = ""
    gemeentecode: str = ""
    region_code: str = ""
    options: tuple[Gemeente, ...] = ()
    source: str = ""
    conflict: bool = False

    @property
    def ask(self) -> bool:
        return len(self.options) > 1

    @property
    def found(self) -> bool:
        return bool(self.gemeentecode or self.options or self.region_code)


@dataclass(frozen=True, slots=True)
class _Reference:
    regions: tuple[Region, ...]
    by_code: dict[str, Region]
    gemeenten: dict[str, Gemeente]  # by gemeentecode
    pc4: dict[str, str]  # PC4 -> gemeentecode (the majority gemeente)
    split: dict[str, tuple[tuple[str, int], ...]]  # PC4 -> (gemeentecode, PC6 count), largest first
    towns: dict[str, tuple[str, ...]]  # town key -> gemeentecodes (woonplaatsen and gemeenten)
    towns_base: dict[str, tuple[str, ...]]  # key without disambiguator -> gemeentecodes
    size: dict[str, int]  # gemeentecode -> number of PC4s, to order options by likelihood
    names: dict[str, str]  # region slug or alias slug -> canonical code
    centres: dict[str, tuple[float, float]]  # region code -> (lat, lon)


def _rows(*parts: str) -> list[dict[str, str]]:
    with resource("reference", *parts).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@cache
def _ref() -> _Reference:
    gemeenten: dict[str, Gemeente] = {}
    region_names: dict[str, str] = {}
    for r in _rows("regions", "gemeente_arbeidsmarktregio.csv"):
        code = slug(r["arbeidsmarktregio"])
        region_names[code] = r["arbeidsmarktregio"]
        gemeenten[r["gemeentecode"]] = Gemeente(r["gemeentecode"], r["gemeente"], code)
    regions = tuple(Region(c, n) for c, n in sorted(region_names.items(), key=lambda cn: fold(cn[1])))
    towns: dict[str, list[str]] = defaultdict(list)
    towns_base: dict[str, list[str]] = defaultdict(list)

    def add(name: str, gm: str) -> None:
        key = town_key(name)
        for index, k in ((towns, key), (towns_base, _base_key(key))):
            if gm not in index[k]:
                index[k].append(gm)

    for r in _rows("regions", "woonplaats_gemeente.csv"):
        add(r["woonplaats"], r["gemeentecode"])
    for g in gemeenten.values():
        add(g.name, g.code)
    pc4 = {r["pc4"]: r["gemeentecode"] for r in _rows("regions", "pc4_gemeente.csv")}
    size: dict[str, int] = defaultdict(int)
    for gm in pc4.values():
        size[gm] += 1
    split: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for r in _rows("regions", "pc4_gemeente_gesplitst.csv"):
        split[r["pc4"]].append((r["gemeentecode"], int(r["pc6_in_gemeente"])))
    names = {slug(reg.name): reg.code for reg in regions}
    names.update({reg.code: reg.code for reg in regions})
    for alias, code in REGION_ALIASES.items():
        names.setdefault(slug(alias), code)
    for code, olds in LEGACY_CODES.items():
        names.update({old: code for old in olds})
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for r in _rows("mbo", "vestigingen.csv"):
        if r["lat"] and r["lon"]:
            points[slug(r["arbeidsmarktregio"])].append((float(r["lat"]), float(r["lon"])))
    centres = {code: (sum(p[0] for p in ps) / len(ps), sum(p[1] for p in ps) / len(ps))
               for code, ps in points.items()}
    return _Reference(
        regions=regions, by_code={r.code: r for r in regions}, gemeenten=gemeenten, pc4=pc4,
        split={k: tuple(sorted(v, key=lambda cn: -cn[1])) for k, v in split.items()},
        towns={k: tuple(v) for k, v in towns.items()},
        towns_base={k: tuple(v) for k, v in towns_base.items()},
        size=dict(size), names=names, centres=centres)


# --- regions ---------------------------------------------------------------------------------------
def all_regions() -> tuple[Region, ...]:
    """The 35 arbeidsmarktregio's of CBS 2026 (code, CBS name), sorted by name."""
    return _ref().regions


def all_gemeenten() -> tuple[Gemeente, ...]:
    """The 342 gemeenten of 1-1-2026, by CBS code."""
    ref = _ref()
    return tuple(ref.gemeenten[c] for c in sorted(ref.gemeenten))


def region_name(code: str) -> str:
    """The CBS name of a region given by code or any accepted name; "" when unknown."""
    found = region_code(code)
    return _ref().by_code[found].name if found else ""


def codes_of(code: str) -> frozenset[str]:
    """The region's code and every older code stored data may hold for it (for comparing with data)."""
    found = region_code(code)
    if found is None:
        return frozenset({code}) if code else frozenset()
    return frozenset({found, *LEGACY_CODES.get(found, ())})


@lru_cache(maxsize=1024)
def region_code(text: str) -> str | None:
    """The region code for a code, a CBS name, an older or everyday name, or a gemeente or woonplaats
    that lies in one region. None when the text names no region or more than one."""
    key = slug(text)
    if not key:
        return None
    names = _ref().names
    if key in names:
        return names[key]
    for prefix in _REGION_PREFIXES:
        if key.startswith(prefix) and key[len(prefix):] in names:
            return names[key[len(prefix):]]
    place = text
    for prefix in ("arbeidsmarktregio ", "regio ", "gemeente "):
        if fold(place).startswith(prefix):
            place = place.strip()[len(prefix):]
    where = locate(town=place)
    return where.region_code or None


def suggest_region(text: str) -> Region | None:
    """The region a mistyped name most probably means ("Rijnmnod" -> Rijnmond), for a "did you
    mean" hint only: never used to decide what is stored."""
    from rapidfuzz import fuzz, process

    key = slug(text)
    if not key:
        return None
    names = _ref().names
    found = process.extractOne(key, list(names), scorer=fuzz.ratio, score_cutoff=75)
    return _ref().by_code[names[found[0]]] if found else None


def region_problem(field: str, text: str) -> tuple[str, str] | None:
    """A rejection naming the field, in Dutch and English, when `text` is filled in but names no single
    region; None when it is empty or a region."""
    if not text.strip() or region_code(text) is not None:
        return None
    hint = suggest_region(text)
    nl = f"{field}: '{text}' is geen arbeidsmarktregio"
    en = f"{field}: '{text}' is not a labour-market region (arbeidsmarktregio)"
    if hint is not None:
        return f"{nl}; bedoelt u {hint.name}?", f"{en}; did you mean {hint.name}?"
    return (f"{nl}; kies een van de 35 regio's of vul postcode of woonplaats in.",
            f"{en}; choose one of the 35 regions or fill in the postcode or town.")


# --- where someone lives ---------------------------------------------------------------------------
def _ordered(codes: Iterable[str], first: str = "") -> tuple[Gemeente, ...]:
    """Gemeenten, the one named like the typed town first, then the larger (more PC4s) first."""
    ref = _ref()
    found = [ref.gemeenten[c] for c in dict.fromkeys(codes) if c in ref.gemeenten]
    return tuple(sorted(found, key=lambda g: (_base_key(town_key(g.name)) != first,
                                              -ref.size.get(g.code, 0), fold(g.name))))


def _answer(options: tuple[Gemeente, ...], source: str, conflict: bool = False) -> Location:
    if not options:
        return Location()
    if len(options) == 1:
        g = options[0]
        return Location(g.name, g.code, g.region_code, (), source, conflict)
    regions = {g.region_code for g in options}
    return Location(region_code=regions.pop() if len(regions) == 1 else "", options=options,
                    source=source, conflict=conflict)


def town_gemeenten(town: str) -> tuple[Gemeente, ...]:
    """The gemeenten a woonplaats or gemeente name may mean, most likely first; () when unknown."""
    key = town_key(town)
    if not key:
        return ()
    ref = _ref()
    if key in TOWN_ALIASES:
        key = town_key(TOWN_ALIASES[key])
    codes = ref.towns.get(key) or ref.towns_base.get(_base_key(key)) or ()
    return _ordered(codes, _base_key(key))


@lru_cache(maxsize=1024)
def find_gemeente(text: str) -> Gemeente | None:
    """A gemeente by CBS code ("GM0599") or name, loosely ("Bergen NH" = "Bergen (NH.)", "Den Haag"
    = "'s-Gravenhage"); None when unknown or when the name fits more than one gemeente ("Bergen")."""
    ref = _ref()
    if text.strip().upper() in ref.gemeenten:
        return ref.gemeenten[text.strip().upper()]
    key = town_key(text)
    key = town_key(TOWN_ALIASES[key]) if key in TOWN_ALIASES else key
    exact = [g for g in ref.gemeenten.values() if town_key(g.name) == key]
    found = exact or [g for g in ref.gemeenten.values() if _base_key(town_key(g.name)) == _base_key(key)]
    return found[0] if key and len(found) == 1 else None


def postcode_gemeenten(postcode: str) -> tuple[Gemeente, ...]:
    """The gemeenten of a postcode's four digits, the one with most addresses first; () when the PC4
    is unknown (PO-box ranges, typos) or the text is no postcode."""
    m = _POSTCODE.match(postcode)
    if m is None:
        return ()
    ref = _ref()
    pc4 = m.group(1)
    if pc4 in ref.split:
        return tuple(ref.gemeenten[c] for c, _n in ref.split[pc4])
    code = ref.pc4.get(pc4)
    return (ref.gemeenten[code],) if code else ()


@lru_cache(maxsize=4096)
def locate(postcode: str = "", town: str = "") -> Location:
    """Gemeente and region from a postcode (four digits are enough) and/or a town; see the module
    docstring for the order of evidence and when the advisor is asked."""
    by_town = town_gemeenten(town)
    by_pc = postcode_gemeenten(postcode)
    if by_pc:
        if len(by_pc) > 1:
            both = tuple(g for g in by_pc if g in by_town)
            if len(both) == 1:  # the town settles a split postcode
                return _answer(both, "postcode")
            if len({g.region_code for g in by_pc}) == 1:  # same region: the majority gemeente
                return _answer(by_pc[:1], "postcode")
            return _answer(by_pc, "postcode")
        if by_town and by_pc[0] not in by_town:
            return _answer(by_pc + by_town, "postcode", conflict=True)
        return _answer(by_pc, "postcode")
    if not by_town:
        return Location()
    key = town_key(TOWN_ALIASES.get(town_key(town), town))
    woonplaats = key in _woonplaats_keys() or _base_key(key) in _woonplaats_keys()
    return _answer(by_town, "woonplaats" if woonplaats else "gemeente")


def postcode_woonplaats(postcode: str) -> str | None:
    """The woonplaats of a postcode's four digits when the shipped data leaves no doubt: the PC4 lies
    in one gemeente and that gemeente has one woonplaats (BAG, `woonplaats_gemeente.csv`); else None.

    The reference data has no PC4 -> woonplaats table, so a PC4 in a gemeente of several woonplaatsen
    ("3451" in Utrecht: Vleuten, De Meern, Utrecht, Haarzuilens) names none rather than guess."""
    found = postcode_gemeenten(postcode)
    if len(found) != 1:
        return None
    places = _woonplaatsen().get(found[0].code, ())
    return places[0] if len(places) == 1 else None


@cache
def _woonplaatsen() -> dict[str, tuple[str, ...]]:
    """gemeentecode -> its woonplaatsen (BAG names)."""
    found: dict[str, list[str]] = defaultdict(list)
    for r in _rows("regions", "woonplaats_gemeente.csv"):
        found[r["gemeentecode"]].append(r["woonplaats"])
    return {code: tuple(names) for code, names in found.items()}


@cache
def _woonplaats_keys() -> frozenset[str]:
    keys = (town_key(r["woonplaats"]) for r in _rows("regions", "woonplaats_gemeente.csv"))
    return frozenset(k for key in keys for k in (key, _base_key(key)))


def with_location(candidate: Candidate) -> Candidate:
    """The candidate with the region as its code, and the region and gemeente filled in from postcode
    and town when they were empty and the answer is certain. A region text that names no region is
    left as it is (the caller rejects it, see `region_problem`)."""
    code = region_code(candidate.region_code) if candidate.region_code else None
    region, municipality = code or candidate.region_code, candidate.municipality
    if not region or not municipality:
        where = locate(candidate.contact.postcode, candidate.contact.town)
        if not region and where.region_code:
            region = where.region_code
        if not municipality and where.gemeente and where.region_code == region:
            municipality = where.gemeente
    if (region, municipality) == (candidate.region_code, candidate.municipality):
        return candidate
    return replace(candidate, region_code=region, municipality=municipality)


def home_region(candidate: Candidate | None) -> str:
    """The candidate's region code: the recorded one read as a region (old codes and names become the
    current code), else the one postcode and town point to when certain; "" when not known."""
    if candidate is None:
        return ""
    if candidate.region_code:
        return region_code(candidate.region_code) or candidate.region_code
    return locate(candidate.contact.postcode, candidate.contact.town).region_code


# --- distances -------------------------------------------------------------------------------------
def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine, earth radius 6,371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def nearest_regions(code: str) -> list[tuple[str, float]]:
    """The other 34 regions by distance between centres (km, rounded to whole km), nearest first.
    A region's centre is the mean position of its mbo locations (KiesMBO). [] for an unknown code."""
    found = region_code(code)
    centres = _ref().centres
    if found is None or found not in centres:
        return []
    here = centres[found]
    out = [(c, round(_km(here, p))) for c, p in centres.items() if c != found]
    return [(c, float(km)) for c, km in sorted(out, key=lambda ck: (ck[1], ck[0]))]


def nearest_offered(offered: Iterable[str], allowed: Iterable[str],
                    limit: int = 3) -> list[tuple[str, float]]:
    """Regions outside `allowed` where something is offered (`offered`: the region codes of the fitting
    catalog offerings, any accepted spelling), nearest first, with the distance in km from the nearest
    allowed region's centre. For "niet in uw reisgebied; het dichtstbij is ...". [] when nothing is
    offered elsewhere or no allowed region is known."""
    centres = _ref().centres
    home = {c for a in allowed if (c := region_code(a)) is not None and c in centres}
    if not home:
        return []
    there = {c for o in offered if (c := region_code(o)) is not None and c in centres} - home
    dist = [(c, float(round(min(_km(centres[h], centres[c]) for h in home)))) for c in there]
    return sorted(dist, key=lambda ck: (ck[1], ck[0]))[:limit]
