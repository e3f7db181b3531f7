"""Goals as advisors type them, resolved to real mbo qualifications.

The reference is the kwalificatiestructuur in `resources/reference/mbo/kwalificaties.csv` (DUO/SBB;
see its SOURCES.md): crebo, titel, niveau, dossier, domein. A code is *current* when the file names no
newer code with the same title (`nieuwere_code_zelfde_titel`); an older code with the same title,
dossier and level stays in the goal's code set, because a school may still offer it under that code.

How a typed goal ("automonteur", "iets met auto's", "werken in de zorg") is resolved, in this order:

1. a filled crebo code wins (sureness CREBO);
2. the text is (or contains) a qualification title (TITLE);
3. the text contains a phrase from the everyday-word table `ALIASES` below (ALIAS); the longest
   phrase wins, so "praktijkopleider bouw" is the praktijkopleider, not the builder;
4. a typo-tolerant match (rapidfuzz edit ratio on whole words) with a title or alias (FUZZY);
5. the keywords, then the sector, the same way; a goal known only by its sector is *broad*;
6. otherwise NOT_RECOGNISED, and the advisor is asked to pick a qualification.

Generic words ("medewerker", "monteur", "eerste", "assistent", ...) never decide alone: they are not
phrases in the table, a title is only found when all its words are there, and a fuzzy match needs a
word that is not generic. So "automonteur" does not resolve to "Monteur elektrotechnische
installaties" for the one word they share.

Accents and case are folded ("Verzorgende-IG", "verzorgende ig" and "verzorgende-ïg" are one text).
"""

from __future__ import annotations

import csv
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache, lru_cache

from rapidfuzz import fuzz

from ..paths import resource

TYPO_MIN = 88.0  # edit ratio (0-100) for a word group to count as a misspelt title or alias
TYPO_MIN_CHARS = 5  # shorter words are not matched by typo tolerance ("kok" is not "kap")
MAX_GRAM = 5  # the longest word group compared as one phrase

# Words that say what kind of job, not which job: never enough on their own.
GENERIC = frozenset({
    "medewerker", "monteur", "eerste", "allround", "assistent", "technicus", "specialist", "basis",
    "vakbekwaam", "zelfstandig", "werkend", "niveau", "werk", "werken", "iets", "met", "in", "de",
    "het", "een", "bij", "als", "voor", "en", "of", "ik", "wil", "graag", "mbo", "opleiding",
    "beroep", "vak", "baan", "junior", "senior", "hulp", "leerling", "worden", "doen", "the", "and",
    "medewerkster", "leidinggevende", "manager", "adviseur", "van", "op", "naar", "aan", "zijn",
})


class Sureness(StrEnum):
    """How sure the resolver is that it understood the goal."""

    CREBO = "crebo"
    TITLE = "titel"
    ALIAS = "alias"
    FUZZY = "fuzzy"
    SECTOR = "sector"
    NOT_RECOGNISED = "onbekend"


@dataclass(frozen=True, slots=True)
class Kwalificatie:
    crebo: str
    titel: str
    niveau: int
    dossier_code: str
    dossier_naam: str
    domein: str
    subgroep: str
    newer: str  # the newer code with the same title, "" when this one is current

    @property
    def current(self) -> bool:
        return not self.newer


@dataclass(frozen=True, slots=True)
class Alias:
    """What an everyday phrase means: qualification titles, whole dossiers, or a domein.

    `titles` and `dossiers` name the goal's own qualifications; `domeinen` only (broad=True) names a
    field, in which no single qualification is "the goal". `course` says the phrase names a short
    course (a heftruck certificate) that is itself the goal when the catalog has it."""

    titles: tuple[str, ...] = ()
    dossiers: tuple[str, ...] = ()
    domeinen: tuple[str, ...] = ()
    name: str = ""
    course: bool = False


# The everyday-word table (our own; every entry is checked against the reference file by the tests).
# Titles and dossier names are spelt as in kwalificaties.csv (case and accents do not matter).
_ZORG = ("Dienstverlening", "Maatschappelijke Zorg", "Mbo-Verpleegkundige", "verzorgende-IG")
_AUTO = ("Autotechnicus", "Eerste Autotechnicus", "Basis technicus voertuigen en mobiele werktuigen",
         "Allround technicus voertuigen en mobiele werktuigen")
_AUTO_DOSSIERS = ("Voertuigen en mobiele werktuigen", "Specialist voertuigen en mobiele werktuigen",
                  "Autoschadehersteltechniek", "Autospuiten")
ALIASES: dict[str, Alias] = {
    # mobiliteit
    "automonteur": Alias(titles=_AUTO, name="Autotechnicus"),
    "automonteur bedrijfsautos": Alias(titles=("Bedrijfsautotechnicus", "Eerste Bedrijfsautotechnicus")),
    "autotechniek": Alias(titles=_AUTO, name="Autotechnicus"),
    "automechanicien": Alias(titles=_AUTO, name="Autotechnicus"),
    "garage": Alias(titles=_AUTO, name="Autotechnicus"),
    "autos": Alias(dossiers=_AUTO_DOSSIERS, name="Autotechniek"),
    "auto": Alias(dossiers=_AUTO_DOSSIERS, name="Autotechniek"),
    "autoschade": Alias(dossiers=("Autoschadehersteltechniek",)),
    "monteur": Alias(domeinen=("Techniek en procesindustrie", "Mobiliteit en voertuigen"),
                     name="monteur (techniek)"),
    # zorg en welzijn
    "zorg": Alias(dossiers=_ZORG, name="Zorg"),
    "werken in de zorg": Alias(dossiers=_ZORG, name="Zorg"),
    "zorg en welzijn": Alias(domeinen=("Zorg en welzijn",)),
    "welzijn": Alias(domeinen=("Zorg en welzijn",)),
    "verpleegkundige": Alias(titles=("Mbo-Verpleegkundige",)),
    "verpleging": Alias(titles=("Mbo-Verpleegkundige",)),
    "verzorgende": Alias(titles=("verzorgende-IG",)),
    "verzorgende ig": Alias(titles=("verzorgende-IG",)),
    "ouderenzorg": Alias(titles=("verzorgende-IG",)),
    "thuiszorg": Alias(titles=("verzorgende-IG", "Helpende Zorg en Welzijn")),
    "helpende": Alias(titles=("Helpende Zorg en Welzijn",)),
    "huishoudelijke hulp": Alias(titles=("Helpende Zorg en Welzijn",)),
    "huishoudelijke ondersteuning": Alias(titles=("Helpende Zorg en Welzijn",)),
    "gehandicaptenzorg": Alias(titles=("Begeleider gehandicaptenzorg",
                                       "Persoonlijk begeleider gehandicaptenzorg")),
    "begeleider": Alias(dossiers=("Maatschappelijke Zorg",)),
    "ggz": Alias(titles=("Agogisch medewerker GGZ",)),
    "sociaal werker": Alias(dossiers=("Sociaal werk",)),
    "ziekenhuis": Alias(titles=("Mbo-Verpleegkundige",)),
    "verpleeghuis": Alias(titles=("verzorgende-IG",)),
    "ouderen": Alias(titles=("verzorgende-IG",)),
    "doktersassistent": Alias(titles=("Doktersassistent",)),
    "doktersassistente": Alias(titles=("Doktersassistent",)),
    "apothekersassistent": Alias(titles=("Apothekersassistent",)),
    "apotheek": Alias(titles=("Apothekersassistent",)),
    "tandartsassistent": Alias(titles=("Tandartsassistent",)),
    # pedagogisch werk en onderwijs
    "kinderopvang": Alias(titles=("Pedagogisch medewerker kinderopvang",)),
    "pedagogisch medewerker": Alias(titles=("Pedagogisch medewerker kinderopvang",)),
    "kinderdagverblijf": Alias(titles=("Pedagogisch medewerker kinderopvang",)),
    "peuterspeelzaal": Alias(titles=("Pedagogisch medewerker kinderopvang",)),
    "bso": Alias(titles=("Pedagogisch medewerker kinderopvang",)),
    "met kinderen": Alias(dossiers=("Pedagogisch werk",), name="Pedagogisch werk"),
    "kinderen": Alias(dossiers=("Pedagogisch werk",), name="Pedagogisch werk"),
    "juf": Alias(titles=("Onderwijsassistent",)),
    "meester": Alias(titles=("Onderwijsassistent",)),
    "klassenassistent": Alias(titles=("Onderwijsassistent",)),
    "onderwijs": Alias(titles=("Onderwijsassistent",)),
    "school": Alias(titles=("Onderwijsassistent",)),
    "praktijkopleider": Alias(titles=("Praktijkopleider",)),
    "werkbegeleider": Alias(titles=("Praktijkopleider",)),
    "instructeur": Alias(titles=("Instructeur mbo",)),
    # techniek en installatie
    "elektricien": Alias(dossiers=("Elektrotechnische installaties",), name="Elektricien"),
    "elektromonteur": Alias(dossiers=("Elektrotechnische installaties",), name="Elektricien"),
    "elektrotechniek": Alias(dossiers=("Elektrotechnische installaties",
                                       "Elektrotechnische systemen en installaties")),
    "installateur": Alias(dossiers=("Werktuigkundige installaties (montage)",), name="Installateur"),
    "installatietechniek": Alias(dossiers=("Werktuigkundige installaties (montage)",
                                           "Elektrotechnische installaties")),
    "loodgieter": Alias(titles=("Monteur werktuigkundige installaties", "Eerste monteur woning"),
                        name="Loodgieter (monteur werktuigkundige installaties)"),
    "cv monteur": Alias(titles=("Monteur werktuigkundige installaties", "Eerste monteur woning")),
    "warmtepomp": Alias(titles=("Airco/warmtepompmonteur",)),
    "warmtepompen": Alias(titles=("Airco/warmtepompmonteur",)),
    "warmtepompmonteur": Alias(titles=("Airco/warmtepompmonteur",)),
    "airco": Alias(titles=("Airco/warmtepompmonteur",)),
    "aircomonteur": Alias(titles=("Airco/warmtepompmonteur",)),
    "koeltechniek": Alias(dossiers=("Koude- en klimaatsystemen",)),
    "lasser": Alias(titles=("Basislasser", "Allround lasser")),
    "lassen": Alias(titles=("Basislasser", "Allround lasser")),
    "techniek": Alias(domeinen=("Techniek en procesindustrie",)),
    "metaal": Alias(dossiers=("Productietechniek",)),
    # bouw, afbouw, hout
    "timmerman": Alias(titles=("Timmerman", "Allround timmerman")),
    "timmeren": Alias(titles=("Timmerman", "Allround timmerman")),
    "metselaar": Alias(titles=("Metselaar", "Allround Metselaar")),
    "metselen": Alias(titles=("Metselaar", "Allround Metselaar")),
    "schilder": Alias(titles=("Schilder", "Gezel schilder")),
    "bouw": Alias(domeinen=("Bouw en infra",)),
    "bouwvakker": Alias(domeinen=("Bouw en infra",)),
    "dakdekker": Alias(dossiers=("Dakdekken",)),
    "schoonmaak": Alias(dossiers=("Schoonmaak en glazenwassen",)),
    "schoonmaker": Alias(dossiers=("Schoonmaak en glazenwassen",)),
    "schoonmaken": Alias(dossiers=("Schoonmaak en glazenwassen",)),
    # horeca en bakkerij
    "kok": Alias(titles=("Kok", "Zelfstandig werkend kok")),
    "koken": Alias(titles=("Kok", "Zelfstandig werkend kok")),
    "in de keuken": Alias(dossiers=("Keuken",)),
    "keuken": Alias(dossiers=("Keuken",)),
    "horeca": Alias(domeinen=("Horeca en bakkerij",)),
    "bediening": Alias(dossiers=("Bediening",)),
    "ober": Alias(dossiers=("Bediening",)),
    "serveerster": Alias(dossiers=("Bediening",)),
    "bakker": Alias(dossiers=("Brood en banket",)),
    "banketbakker": Alias(dossiers=("Brood en banket", "Patisserie")),
    # logistiek en vervoer
    "magazijn": Alias(titles=("Logistiek medewerker",)),
    "magazijnmedewerker": Alias(titles=("Logistiek medewerker",)),
    "logistiek": Alias(dossiers=("Logistiek",)),
    "heftruck": Alias(titles=("Logistiek medewerker",), course=True),
    "heftruckchauffeur": Alias(titles=("Logistiek medewerker",), course=True),
    "heftruckcertificaat": Alias(titles=("Logistiek medewerker",), course=True),
    "chauffeur": Alias(titles=("Chauffeur wegvervoer", "Allround chauffeur wegvervoer")),
    "vrachtwagenchauffeur": Alias(titles=("Chauffeur wegvervoer", "Allround chauffeur wegvervoer")),
    "buschauffeur": Alias(titles=("Chauffeur openbaar vervoer",)),
    "taxichauffeur": Alias(titles=("Taxichauffeur",)),
    # ict
    "ict": Alias(domeinen=("Informatie en communicatietechnologie",)),
    "computers": Alias(domeinen=("Informatie en communicatietechnologie",)),
    "computer": Alias(domeinen=("Informatie en communicatietechnologie",)),
    "programmeur": Alias(dossiers=("Software development",)),
    "programmeren": Alias(dossiers=("Software development",)),
    "software": Alias(dossiers=("Software development",)),
    "helpdesk": Alias(dossiers=("ICT support",)),
    "servicedesk": Alias(dossiers=("ICT support",)),
    "systeembeheerder": Alias(dossiers=("ICT support and systems",)),
    "netwerkbeheerder": Alias(dossiers=("ICT support and systems",)),
    # uiterlijke verzorging
    "kapper": Alias(titles=("Kapper", "Allround Kapper")),
    "kapster": Alias(titles=("Kapper", "Allround Kapper")),
    "schoonheidsspecialist": Alias(dossiers=("Schoonheidsverzorging",), name="Schoonheidsspecialist"),
    "schoonheidsspecialiste": Alias(dossiers=("Schoonheidsverzorging",), name="Schoonheidsspecialist"),
    "pedicure": Alias(dossiers=("Voetzorg",)),
    # veiligheid
    "beveiliger": Alias(dossiers=("Particuliere beveiliging",), name="Beveiliger"),
    "beveiliging": Alias(dossiers=("Particuliere beveiliging",), name="Beveiliger"),
    "boa": Alias(dossiers=("Publieke veiligheid",)),
    "handhaver": Alias(dossiers=("Publieke veiligheid",)),
    "defensie": Alias(dossiers=("Veiligheid en vakmanschap",)),
    "leger": Alias(dossiers=("Veiligheid en vakmanschap",)),
    # handel
    "verkoper": Alias(titles=("Verkoper", "Retailmedewerker")),
    "verkoopmedewerker": Alias(titles=("Verkoper", "Retailmedewerker")),
    "winkel": Alias(dossiers=("Retail operationeel",), name="Retailmedewerker"),
    "winkelmedewerker": Alias(dossiers=("Retail operationeel",), name="Retailmedewerker"),
    "kassa": Alias(dossiers=("Retail operationeel",), name="Retailmedewerker"),
    "caissiere": Alias(dossiers=("Retail operationeel",), name="Retailmedewerker"),
    "detailhandel": Alias(domeinen=("Handel en ondernemerschap",)),
    "retail": Alias(domeinen=("Handel en ondernemerschap",)),
    # economie en administratie
    "administratie": Alias(titles=("Medewerker (financiële) administratie",
                                   "Financieel administratief medewerker", "Assistant Business Services",
                                   "Allround Assistant Business Services")),
    "administratief medewerker": Alias(titles=("Medewerker (financiële) administratie",
                                               "Financieel administratief medewerker")),
    "boekhouder": Alias(titles=("Financieel administratief medewerker", "Bedrijfsadministrateur")),
    "secretaresse": Alias(titles=("Secretaresse", "Managementassistent/directiesecretaresse")),
    "receptionist": Alias(titles=("Medewerker secretariaat en receptie",)),
    "receptie": Alias(titles=("Medewerker secretariaat en receptie",)),
    "klantenservice": Alias(titles=("Contactcenter medewerker",)),
    "callcenter": Alias(titles=("Contactcenter medewerker",)),
    # taal: a course, never an mbo qualification
    "nederlands": Alias(name="Nederlands (taalcursus)", course=True),
    "nt2": Alias(name="Nederlands als tweede taal", course=True),
    "inburgering": Alias(name="Nederlands als tweede taal", course=True),
    "taal": Alias(name="taalcursus", course=True),
    # groen en dieren
    "hovenier": Alias(domeinen=("Voedsel, natuur en leefomgeving",)),
    "dierenverzorger": Alias(dossiers=("Dierverzorging",)),
    "dieren": Alias(dossiers=("Dierverzorging",)),
}


@dataclass(frozen=True, slots=True)
class GoalResolution:
    """What a goal means in the kwalificatiestructuur, and how sure that is.

    `crebos` are the goal's own qualifications (with older codes of the same title); `dossiers` and
    `domeinen` are where they belong (for "verwant vak" and "zelfde domein"). A *broad* goal names a
    field only: its domeinen, no own qualification."""

    text: str
    sureness: Sureness
    matched: str = ""
    crebos: frozenset[str] = frozenset()
    dossiers: frozenset[str] = frozenset()
    domeinen: frozenset[str] = frozenset()
    name: str = ""
    course: bool = False
    levels: tuple[int, ...] = field(default=())

    @property
    def recognised(self) -> bool:
        return self.sureness is not Sureness.NOT_RECOGNISED

    @property
    def broad(self) -> bool:
        """A field only ("ict", "horeca"): no qualification is the goal. A course goal is not broad."""
        return self.recognised and not self.crebos and not self.course

    def label(self) -> str:
        """"Autotechnicus (niveau 2/3)": the name with the levels of its current qualifications."""
        name = self.name or self.matched or self.text
        if not self.levels:
            return name
        return f"{name} (niveau {'/'.join(str(n) for n in self.levels)})"

    def label_en(self) -> str:
        name = self.name or self.matched or self.text
        if not self.levels:
            return name
        return f"{name} (level {'/'.join(str(n) for n in self.levels)})"


def fold(text: str) -> str:
    """Lower case, no accents, apostrophes dropped ("auto's" -> "autos"), other punctuation a space."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = re.sub(r"['’`]", "", plain)
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())


# The GUI thread (form completer, its warm-up thread) and the database thread (matching) both reach
# the reference tables; the lock makes the first of them read the file and the others wait for it,
# instead of each reading it once more.
_LOAD = threading.RLock()


def kwalificaties() -> dict[str, Kwalificatie]:
    """Every row of the reference file by crebo code (read once, from whichever thread asks first)."""
    with _LOAD:
        return _read_kwalificaties()


@cache
def _read_kwalificaties() -> dict[str, Kwalificatie]:
    path = resource("reference", "mbo", "kwalificaties.csv")
    out: dict[str, Kwalificatie] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            out[row["crebo"]] = Kwalificatie(
                crebo=row["crebo"], titel=row["titel"], niveau=int(row["niveau"]),
                dossier_code=row["dossiercode"], dossier_naam=row["dossiernaam"], domein=row["domein"],
                subgroep=row["subgroep"], newer=row["nieuwere_code_zelfde_titel"])
    return out


@dataclass(frozen=True, slots=True)
class _Tables:
    by_title: dict[str, tuple[str, ...]]  # folded title -> codes (current and older)
    by_dossier_name: dict[str, tuple[str, ...]]  # folded dossier name -> codes
    domein_names: dict[str, str]  # folded domein -> domein as spelt in the file
    phrases: dict[str, tuple[str, str]]  # folded phrase -> ("title"|"alias", key)


def _tables() -> _Tables:
    with _LOAD:
        return _build_tables()


@cache
def _build_tables() -> _Tables:
    by_title: dict[str, list[str]] = {}
    by_dossier: dict[str, list[str]] = {}
    domeinen: dict[str, str] = {}
    for k in kwalificaties().values():
        by_title.setdefault(fold(k.titel), []).append(k.crebo)
        by_dossier.setdefault(fold(k.dossier_naam), []).append(k.crebo)
        domeinen[fold(k.domein)] = k.domein
    phrases: dict[str, tuple[str, str]] = {t: ("title", t) for t in by_title}
    phrases.update({fold(a): ("alias", a) for a in ALIASES})
    return _Tables({k: tuple(v) for k, v in by_title.items()}, {k: tuple(v) for k, v in by_dossier.items()},
                   domeinen, phrases)


def domein_of(code: str) -> str:
    k = kwalificaties().get(code)
    return k.domein if k is not None else ""


def dossier_of(code: str) -> str:
    k = kwalificaties().get(code)
    return k.dossier_code if k is not None else ""


def _result(text: str, sureness: Sureness, matched: str, codes: set[str], domeinen: set[str],
            name: str = "", course: bool = False) -> GoalResolution:
    table = kwalificaties()
    quals = [table[c] for c in codes if c in table]
    dossiers = {q.dossier_code for q in quals}
    doms = {q.domein for q in quals} | domeinen
    levels = tuple(sorted({q.niveau for q in quals if q.current} or {q.niveau for q in quals}))
    return GoalResolution(text=text, sureness=sureness, matched=matched, crebos=frozenset(codes),
                          dossiers=frozenset(dossiers), domeinen=frozenset(doms), name=name,
                          course=course, levels=levels)


def _title_group(code: str) -> set[str]:
    """A code with every other code of the same (folded) title, dossier and level."""
    table = kwalificaties()
    k = table[code]
    return {c for c in _tables().by_title[fold(k.titel)]
            if table[c].dossier_code == k.dossier_code and table[c].niveau == k.niveau}


def _from_alias(text: str, sureness: Sureness, key: str) -> GoalResolution:
    alias = ALIASES[key]
    t = _tables()
    codes: set[str] = set()
    for title in alias.titles:
        codes.update(t.by_title.get(fold(title), ()))
    for dossier in alias.dossiers:
        codes.update(t.by_dossier_name.get(fold(dossier), ()))
    doms = {t.domein_names[fold(d)] for d in alias.domeinen if fold(d) in t.domein_names}
    name = alias.name
    if not name and alias.titles:
        name = alias.titles[0]
    if not name and alias.dossiers and not alias.titles:
        name = alias.dossiers[0]
    if not name:
        name = ", ".join(sorted(doms))
    found = _result(text, sureness, key, codes, doms, name, alias.course)
    if alias.course:
        # a course is the goal; the qualification it comes from is its field, not the goal itself
        return GoalResolution(text=text, sureness=sureness, matched=key, dossiers=found.dossiers,
                              domeinen=found.domeinen, name=name, course=True)
    return found


def _from_title(text: str, sureness: Sureness, folded_title: str) -> GoalResolution:
    codes = set(_tables().by_title[folded_title])
    table = kwalificaties()
    # sorted: a set's order changes from run to run, and the name is printed on the plan
    current = [table[c] for c in sorted(codes) if table[c].current]
    name = (current or [table[c] for c in sorted(codes)])[0].titel
    return _result(text, sureness, name, codes, set(), name)


def _phrase(text: str, sureness: Sureness, key: tuple[str, str]) -> GoalResolution:
    kind, value = key
    return _from_alias(text, sureness, value) if kind == "alias" else _from_title(text, sureness, value)


def _contained(folded: str) -> tuple[str, str] | None:
    """The longest title or alias whose words all appear, in order and together, in the text."""
    padded = f" {folded} "
    best: tuple[int, tuple[str, str]] | None = None
    for phrase, key in _tables().phrases.items():
        if phrase in GENERIC or f" {phrase} " not in padded:
            continue
        # a title counts before an alias of the same length: the data's own word is surest
        rank = len(phrase) * 2 + (key[0] == "title")
        if best is None or rank > best[0]:
            best = (rank, key)
    return best[1] if best else None


def _grams(words: list[str]) -> set[str]:
    out: set[str] = set()
    for n in range(1, min(MAX_GRAM, len(words)) + 1):
        for i in range(len(words) - n + 1):
            gram = words[i:i + n]
            if all(w in GENERIC for w in gram):
                continue  # a generic word never decides alone
            out.add(" ".join(gram))
    return out


def _typo(folded: str) -> tuple[str, str] | None:
    """The title or alias closest to a word group of the text, when only a typo apart."""
    grams = _grams(folded.split())
    best: tuple[float, int, tuple[str, str]] | None = None
    for phrase, key in _tables().phrases.items():
        if phrase in GENERIC or len(phrase) < TYPO_MIN_CHARS:
            continue
        for gram in grams:
            if abs(len(gram) - len(phrase)) > 3:
                continue
            score = max(fuzz.ratio(gram, phrase), fuzz.ratio(gram.replace(" ", ""), phrase.replace(" ", "")))
            if score < TYPO_MIN:
                continue
            # the typo must be in a word that is not generic: "monteur x" vs "monteur y" does not count
            if _only_generic_agree(gram, phrase):
                continue
            cand = (float(score), len(phrase), key)
            if best is None or cand[:2] > best[:2]:
                best = cand
    return best[2] if best else None


def _only_generic_agree(gram: str, phrase: str) -> bool:
    specific_g = [w for w in gram.split() if w not in GENERIC]
    specific_p = [w for w in phrase.split() if w not in GENERIC]
    if not specific_g or not specific_p:
        return True
    joined_g, joined_p = "".join(specific_g), "".join(specific_p)
    return fuzz.ratio(joined_g, joined_p) < TYPO_MIN


def _text(text: str, sureness_exact: Sureness) -> GoalResolution | None:
    folded = fold(text)
    if not folded:
        return None
    t = _tables()
    if folded in t.by_title:
        return _from_title(text, sureness_exact, folded)
    if folded in t.phrases and t.phrases[folded][0] == "alias":
        # the whole text is an everyday word; "monteur" typed alone is allowed to mean its field
        return _from_alias(text, Sureness.ALIAS if sureness_exact is not Sureness.SECTOR
                           else Sureness.SECTOR, folded)
    if folded in t.domein_names:
        return _result(text, Sureness.ALIAS, t.domein_names[folded], set(), {t.domein_names[folded]},
                       t.domein_names[folded])
    key = _contained(folded)
    if key is not None:
        exact = sureness_exact if key[0] == "title" else Sureness.ALIAS
        return _phrase(text, exact if sureness_exact is not Sureness.SECTOR else Sureness.SECTOR, key)
    key = _typo(folded)
    if key is not None:
        return _phrase(text, Sureness.FUZZY if sureness_exact is not Sureness.SECTOR else Sureness.SECTOR,
                       key)
    return None


@lru_cache(maxsize=2048)
def resolve(occupation: str, sector: str = "", crebo: str = "",
            keywords: tuple[str, ...] = ()) -> GoalResolution:
    """What the goal means (see the module notes for the order)."""
    table = kwalificaties()
    code = crebo.strip()
    if code in table:
        k = table[code]
        codes = _title_group(code)
        return _result(occupation or k.titel, Sureness.CREBO, k.titel, codes, set(), k.titel)
    found = _text(occupation, Sureness.TITLE)
    if found is not None:
        return found
    for word in keywords:
        found = _text(word, Sureness.TITLE)
        if found is not None:
            return found
    found = _text(sector, Sureness.SECTOR)
    if found is not None:
        # known only by its sector: a field, never one qualification
        return GoalResolution(text=occupation, sureness=Sureness.SECTOR, matched=found.matched,
                              domeinen=found.domeinen, name=found.name or found.matched)
    return GoalResolution(text=occupation, sureness=Sureness.NOT_RECOGNISED)


def recognised_crebo(occupation: str, sector: str = "") -> str:
    """The one current qualification a typed goal names without doubt ("verzorgende IG" ->
    Verzorgende-IG), or "": a typo read kindly, a broad field and a title on several levels
    ("automonteur": Autotechnicus 2/3) stay text, for the advisor to choose."""
    found = resolve(occupation, sector)
    if found.sureness not in (Sureness.TITLE, Sureness.ALIAS):
        return ""
    table = kwalificaties()
    current = [c for c in found.crebos if c in table and table[c].current]
    return current[0] if len(current) == 1 else ""


def resolve_experience(role: str, sector: str = "", tasks: str = "") -> GoalResolution:
    """Experience read like a goal: the role first, then the sector (both as the advisor typed them)."""
    found = resolve(role)
    if found.recognised:
        return found
    found = resolve(sector)
    if found.recognised:
        return found
    return resolve(tasks)
