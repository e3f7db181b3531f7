"""Builds resources/sample/catalog.json: `python -m intake_desk.catalog.build_sample [FILE]`.

What is real (facts read from resources/reference/, see the SOURCES.md files there):
- the 35 arbeidsmarktregio's of CBS 2026 (table 86247NED "Gebieden in Nederland 2026"), each coded by the
  slug of its CBS name ("Zaanstreek/Waterland" -> "zaanstreek-waterland");
- the providers and locations: real mbo instellingen and their real vestigingen (KiesMBO export, Feb 2025),
  each in the arbeidsmarktregio of its postcode (CBS 2026, PDOK PC4);
- the qualifications: current crebo codes with their titles, levels, dossiers, DUO domein (as `sector`) and
  leerwegen (DUO/SBB kwalificatiestructuur, about 2025; current = no newer code with the same title);
- the werkprocessen of Helpende zorg en welzijn (SBB kwalificatiedossier, see DOMAIN.md), keuzedeel K0071
  Nederlands 3F, the Dutch entry levels (mbo 1-3: 2F, mbo 4: 3F) and the VOG that care, childcare and
  school work ask for;
- the price levels: wettelijk lesgeld (BOL, EUR 1,419) and cursusgeld (BBL, EUR 295 for levels 1-2,
  EUR 715 for 3-4) of 2024-2025 per study year, only owed from age 18 (Scalda, "Les- en cursusgeld",
  OCW rates); an offering's cost is the whole fee, so a BOL or BBL programme costs the year's rate
  times its school years (a part year counts whole); the derde-leerweg guide prices of DOMAIN.md
  (praktijkverklaring EUR 750, certificaat EUR 1,750, diploma EUR 2,050: a whole route each).

What is invented, and marked sample=True (the catalog label says "voorbeeld"): which school offers what at
which location, start months, weeks and hours, the mbo-certificaat and praktijkverklaring items (codes
CERT-/PV-<crebo>, their titles and, except Helpende zorg en welzijn, their werkprocessen), the keuzedelen
other than K0071, the short modules and NT2 courses and their prices, and every demand figure (shaped like
SBB "Kans op werk", 1-5). Start dates are recurrences, so the catalog never goes stale. The build is
deterministic: the same code and reference files give the same file. The funding table comes from
sample_funding.FUNDING.
"""

from __future__ import annotations

import csv
import json
import math
import random
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from ..domain import (
    CatalogItem,
    CredentialKind,
    DemandRating,
    ItemKind,
    Leerweg,
    Offering,
    Prerequisites,
    RefLevel,
    Region,
    StartSchedule,
    Werkproces,
)
from ..domain.codec import to_json
from ..paths import resource
from .sample import LABEL, SAMPLE_FILE
from .sample_funding import FUNDING

KWALIFICATIES = resource("reference", "mbo", "kwalificaties.csv")
VESTIGINGEN = resource("reference", "mbo", "vestigingen.csv")
REGIO_FILE = resource("reference", "regions", "gemeente_arbeidsmarktregio.csv")

REAL = ("DUO/SBB kwalificatiestructuur (crebo, niveau, dossier, domein; stand 2025), "
        f"resources/reference/mbo/kwalificaties.csv ({LABEL})")
ILLUSTRATION = f"voorbeeld; code en inhoud ter illustratie ({LABEL})"
DEMAND_SOURCE = "SBB Kans op werk (voorbeeldcijfers)"
DEMAND_AS_OF = date(2026, 1, 15)

# Lesgeld (BOL) and cursusgeld (BBL) per study year 2024-2025, owed from 18 (Scalda, les- en cursusgeld).
LESGELD = Decimal("1419")
CURSUSGELD = {1: Decimal("295"), 2: Decimal("295"), 3: Decimal("715"), 4: Decimal("715")}
# Guide prices for derde-leerweg routes in one public re-integration catalogue (DOMAIN.md).
PRICE_PV, PRICE_CERT, PRICE_DIPLOMA = Decimal("750"), Decimal("1750"), Decimal("2050")


def slug(name: str) -> str:
    """The region code: accents folded, lower case, runs of other characters one "-"."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


# A short tag per region for the offering codes (a school's own code in a real catalog).
REGION_TAGS = {
    "achterhoek": "AH", "amersfoort": "AF", "drechtsteden": "DS", "drenthe": "DR", "flevoland": "FL",
    "foodvalley": "FV", "friesland": "FR", "gooi-en-vechtstreek": "GV", "gorinchem": "GO",
    "groningen": "GR", "groot-amsterdam": "GA", "haaglanden": "HL", "helmond-de-peel": "HP",
    "holland-rijnland": "HR", "midden-brabant": "MB", "midden-gelderland": "MG", "midden-holland": "MH",
    "midden-limburg": "ML", "midden-utrecht": "MU", "noord-holland-noord": "NHN", "noord-limburg": "NLB",
    "noordoost-brabant": "NOB", "regio-zwolle": "ZW", "rijk-van-nijmegen": "RN", "rijnmond": "RM",
    "rivierenland": "RL", "twente": "TW", "veluwe-stedendriehoek": "VS", "west-brabant": "WB",
    "zaanstreek-waterland": "ZWL", "zeeland": "ZE", "zuid-holland-centraal": "ZHC",
    "zuid-kennemerland-en-ijmond": "ZKI", "zuid-limburg": "ZL", "zuidoost-brabant": "ZOB",
}

# Regional training centres (ROC/AOC-like, broad offering) that host the sample offering; specialised
# schools (hairdressing, security, food, green) are left out so the spread looks like a region's ROC.
BROAD_SCHOOLS = frozenset({
    "Albeda", "Alfa-college", "Aventus", "Curio", "Deltion College", "Drenthe College", "Firda",
    "Gilde Opleidingen", "Graafschap College", "Koning Willem I College", "Landstede MBO",
    "MBO Amersfoort", "MBO Utrecht", "Noorderpoort", "ROC A12", "ROC Da Vinci College",
    "ROC Midden Nederland", "ROC Mondriaan", "ROC Nijmegen", "ROC Nova College", "ROC Rivor",
    "ROC van Amsterdam", "ROC van Flevoland", "ROC van Twente", "Rijn IJssel", "Scalda", "Summa College",
    "Talland College", "Ter AA", "VISTA College", "Vonk", "Yonder", "Zadkine", "mboRijnland",
})


class Vestiging(NamedTuple):
    instelling: str
    code: str
    plaats: str
    locatienaam: str
    region: str

    @property
    def location(self) -> str:
        """The town, then the school's own name for the location unless that already names the town."""
        name = self.locatienaam.strip()
        if not name or name.casefold() == self.plaats.casefold():
            return self.plaats
        if name.casefold().startswith(self.plaats.casefold()):
            return name
        return f"{self.plaats}, {name}"


class Spec(NamedTuple):
    """One qualification in the sample: how widely it runs and which short routes it has."""

    crebo: str
    tag: str  # short code used in offering codes
    goal: str  # the common goal it serves (the test checks every region has each one)
    reach: float  # share of regions that offer it (1.0 = every region)
    vog: bool
    occupations: tuple[str, ...]
    cert: str = ""  # the part an invented mbo-certificaat covers ("" = no certificate)
    pv: tuple[str, ...] = ()  # werkprocessen of the praktijkverklaring (() = no praktijkverklaring)
    derde: bool = False  # a derde-leerweg (contract) diploma route for adults


# Helpende zorg en welzijn: the real werkprocessen (SBB kwalificatiedossier, DOMAIN.md).
HZW_WP = ("Ondersteunt bij wonen en huishouden", "Ondersteunt bij persoonlijke zorg en ADL",
          "Assisteert bij de uitvoering van sociale en recreatieve activiteiten")

SPECS: tuple[Spec, ...] = (
    # zorg en welzijn
    Spec("25960", "HZW", "zorg", 1.0, True, ("helpende", "zorg", "welzijn", "huishoudelijke hulp"),
         "Ondersteunen bij wonen en huishouden", HZW_WP, True),
    Spec("25656", "VIG", "zorg", 1.0, True, ("verzorgende", "zorg", "ouderenzorg", "thuiszorg"),
         "Persoonlijke verzorging", ("Biedt persoonlijke verzorging", "Voert verpleegtechnische "
                                     "handelingen uit", "Ondersteunt bij dagbesteding"), True),
    Spec("25655", "MBOV", "zorg", 1.0, True, ("verpleegkundige", "zorg", "ziekenhuis")),
    Spec("25780", "BMZ", "zorg", 1.0, True, ("begeleider", "gehandicaptenzorg", "maatschappelijke zorg"),
         "Begeleiden bij wonen en dagbesteding", ("Ondersteunt de cliënt bij wonen en dagbesteding",
                                                  "Voert begeleidingsgesprekken")),
    Spec("25779", "PBMZ", "zorg", 0.7, True, ("persoonlijk begeleider", "begeleider", "zorg")),
    Spec("25958", "SW", "zorg", 0.6, True, ("sociaal werker", "welzijn", "jongerenwerk")),
    Spec("25695", "DA", "zorg", 0.3, True, ("doktersassistent", "huisartsenpraktijk", "zorg")),
    # techniek en installatie
    Spec("25737", "MEI", "techniek", 1.0, False, ("elektricien", "monteur", "elektrotechniek"),
         "Aanleggen van elektrotechnische installaties", ("Legt elektrotechnische installaties aan",
                                                          "Test en meet installaties"), True),
    Spec("25736", "EMEI", "techniek", 1.0, False, ("elektricien", "eerste monteur", "elektrotechniek"),
         "Storingen opsporen en verhelpen", ("Bereidt de installatiewerkzaamheden voor",
                                             "Neemt installaties in bedrijf", "Verhelpt storingen")),
    Spec("25739", "TEI", "techniek", 0.6, False, ("elektrotechnicus", "werkvoorbereider")),
    Spec("25350", "MWI", "techniek", 1.0, False, ("installateur", "loodgieter", "cv-monteur",
                                                  "installatietechniek"),
         "Monteren van leidingwerk", ("Monteert leidingwerk en toestellen", "Voert onderhoud uit"), True),
    Spec("25835", "EMW", "techniek", 0.7, False, ("installateur", "eerste monteur woning",
                                                  "installatietechniek")),
    Spec("27074", "AWP", "techniek", 0.35, False, ("warmtepompmonteur", "aircomonteur",
                                                   "installatietechniek"),
         "Warmtepompen installeren", ("Installeert warmtepompen", "Voert onderhoud uit")),
    Spec("25891", "MMT", "techniek", 0.3, False, ("monteur mechatronica", "machinebouw", "techniek")),
    # autotechniek
    Spec("25668", "BTV", "auto", 1.0, False, ("automonteur", "autotechnicus", "garage"),
         "Periodiek onderhoud aan voertuigen", ("Voert onderhoud uit aan voertuigen",
                                                 "Vervangt onderdelen")),
    Spec("25669", "ATV", "auto", 1.0, False, ("automonteur", "autotechnicus", "garage")),
    Spec("25670", "TSV", "auto", 0.6, False, ("technisch specialist", "autotechnicus", "diagnose")),
    Spec("27038", "FIETS", "auto", 0.3, False, ("fietsenmaker", "fietstechnicus")),
    # ICT
    Spec("25999", "ICT2", "ict", 1.0, False, ("ict", "computers", "helpdesk"), derde=True),
    Spec("27015", "ICTS", "ict", 1.0, False, ("ict", "systeembeheerder", "support", "computers"),
         "ICT-support op de werkplek", ("Installeert en configureert werkplekken",
                                        "Lost storingen van gebruikers op"), True),
    Spec("25998", "SD", "ict", 1.0, False, ("programmeur", "software developer", "ict")),
    Spec("27016", "ICTE", "ict", 0.35, False, ("netwerkbeheerder", "ict", "systeembeheerder")),
    # logistiek
    Spec("25774", "LOG", "logistiek", 1.0, False, ("magazijnmedewerker", "orderpicker", "logistiek"),
         "Goederen ontvangen en opslaan", ("Ontvangt en controleert goederen", "Slaat goederen op",
                                           "Verzamelt orders"), True),
    Spec("25775", "LTL", "logistiek", 1.0, False, ("teamleider", "logistiek", "magazijn")),
    Spec("25776", "LSV", "logistiek", 0.3, False, ("logistiek supervisor", "planner", "logistiek")),
    Spec("27042", "CHW", "logistiek", 0.35, False, ("vrachtwagenchauffeur", "chauffeur", "transport"),
         "", ("Vervoert goederen over de weg", "Laadt en lost")),
    # horeca
    Spec("25180", "KOK", "horeca", 1.0, False, ("kok", "keuken", "horeca"),
         "Bereiden van gerechten", ("Bereidt gerechten voor", "Werkt volgens de hygiënecode")),
    Spec("25182", "ZWK", "horeca", 1.0, False, ("kok", "zelfstandig kok", "horeca")),
    Spec("25168", "GH", "horeca", 1.0, False, ("gastheer", "gastvrouw", "bediening", "horeca"),
         "", ("Ontvangt gasten", "Serveert dranken en gerechten")),
    Spec("25179", "GK", "horeca", 0.3, False, ("chef-kok", "gespecialiseerd kok", "horeca")),
    # bouw
    Spec("25829", "TIM", "bouw", 1.0, False, ("timmerman", "bouw", "houtbouw"),
         "Timmeren van bouwdelen", ("Stelt kozijnen en deuren", "Maakt houtconstructies")),
    Spec("25786", "MET", "bouw", 1.0, False, ("metselaar", "bouw", "muren"),
         "Metselen van muren", ("Zet het werk uit", "Metselt muren en gevels")),
    Spec("25828", "ATIM", "bouw", 1.0, False, ("allround timmerman", "timmerman", "bouw")),
    Spec("25785", "AMET", "bouw", 0.6, False, ("allround metselaar", "metselaar", "bouw")),
    # pedagogisch werk en onderwijs
    Spec("25696", "PMK", "pedagogisch", 1.0, True, ("pedagogisch medewerker", "kinderopvang",
                                                     "kinderdagverblijf"),
         "Werken in de kinderopvang", ("Verzorgt en begeleidt kinderen", "Stemt af met ouders")),
    Spec("25698", "OA", "pedagogisch", 1.0, True, ("onderwijsassistent", "klassenassistent", "school")),
    Spec("25697", "GPM", "pedagogisch", 0.3, True, ("gespecialiseerd pedagogisch medewerker",
                                                     "kinderopvang")),
    # handel
    Spec("25808", "RM", "handel", 1.0, False, ("verkoper", "winkelmedewerker", "retail", "winkel"),
         "", ("Helpt klanten in de winkel", "Vult en presenteert producten")),
    Spec("25809", "RS", "handel", 0.6, False, ("verkoopadviseur", "retail", "winkel")),
    Spec("25874", "CM", "handel", 1.0, False, ("commercieel medewerker", "verkoop", "binnendienst")),
    # schoonmaak of beveiliging (each region has one or both, see _offered)
    Spec("25034", "SCH", "schoonmaak-beveiliging", 0.5, False, ("schoonmaker", "schoonmaak"),
         "", ("Maakt ruimtes schoon", "Werkt met schoonmaakmiddelen en machines")),
    Spec("25690", "BEV", "schoonmaak-beveiliging", 0.6, True, ("beveiliger", "beveiliging")),
    # praktijkopleider (specialist course for workplace trainers)
    Spec("25801", "PO", "praktijkopleider", 1.0, False, ("praktijkopleider", "werkbegeleider",
                                                         "opleiden")),
    # Entree profiles
    Spec("25741", "ENT", "entree", 1.0, False, ("assistent", "dienstverlening", "zorg")),
    Spec("25744", "ENTT", "entree-techniek", 1.0, False, ("assistent", "techniek", "installatie",
                                                           "metaal")),
    Spec("25743", "ENTL", "entree", 0.7, False, ("assistent logistiek", "magazijn")),
    Spec("25742", "ENTH", "entree", 0.6, False, ("assistent horeca", "keuken")),
    Spec("25740", "ENTB", "entree", 0.4, False, ("assistent bouw", "onderhoud")),
    Spec("25748", "ENTR", "entree", 0.4, False, ("assistent verkoop", "winkel")),
    Spec("25745", "ENTM", "entree", 0.3, False, ("assistent mobiliteit", "fietsen", "auto")),
)

# Short routes every region must have for these (the key care, technical, logistics, horeca, childcare
# and ICT goals), whatever the dice say.
ALWAYS_SHORT = frozenset({"25960", "25656", "25737", "25350", "25774", "25180", "25696", "27015"})
GOALS = tuple(dict.fromkeys(s.goal for s in SPECS))

# Keuzedelen: K0071 Nederlands 3F is real; the others have sample codes and illustrate the kind.
KEUZEDELEN: tuple[tuple[str, str, int, str, RefLevel | None], ...] = (
    ("K0071", "Nederlands 3F", 240, "taal", RefLevel.F2),
    ("KVB-REKENEN-3F", "Rekenen 3F (voorbeeld)", 240, "taal", RefLevel.F2),
    ("KVB-DIGI", "Digitale vaardigheden (voorbeeld)", 240, "Informatie en communicatietechnologie",
     RefLevel.F1),
    ("KVB-DEMENTIE", "Dementie (voorbeeld)", 240, "Zorg en welzijn", RefLevel.F2),
    ("KVB-DOMOTICA", "Domotica en slimme installaties (voorbeeld)", 480, "Techniek en procesindustrie",
     RefLevel.F2),
    ("KVB-HBO", "Voorbereiding hbo (voorbeeld)", 480, "taal", RefLevel.F3),
)


class Module(NamedTuple):
    code: str
    title: str
    sector: str
    level: int | None
    dutch: RefLevel | None
    leads_to: CredentialKind
    weeks: int
    hours: int
    cost: str
    previous: str
    occupations: tuple[str, ...]
    share: float  # share of regions that run it


MODULES: tuple[Module, ...] = (
    Module("NT2-A2", "Nederlands als tweede taal naar A2", "taal", None, None,
           CredentialKind.SCHOOLVERKLARING, 20, 8, "600", "", ("nederlands", "nt2", "inburgering"), 1.0),
    Module("NT2-B1", "NT2 naar B1/2F (Staatsexamen NT2 I)", "taal", None, None,
           CredentialKind.SCHOOLVERKLARING, 30, 8, "900", "NT2-A2", ("nederlands", "nt2"), 1.0),
    Module("NT2-B2", "NT2 naar B2/3F (Staatsexamen NT2 II)", "taal", None, None,
           CredentialKind.SCHOOLVERKLARING, 30, 6, "950", "NT2-B1", ("nederlands", "nt2"), 1.0),
    Module("NT2-BRUG-ZORG", "Schakeltraject NT2 en zorg: taal op de werkvloer", "Zorg en welzijn", 1,
           None, CredentialKind.SCHOOLVERKLARING, 16, 12, "1100", "NT2-A2", ("nt2", "zorg", "helpende"),
           0.4),
    Module("NT2-BRUG-TECH", "Schakeltraject NT2 en techniek", "Techniek en procesindustrie", 1, None,
           CredentialKind.SCHOOLVERKLARING, 16, 12, "1100", "NT2-A2", ("nt2", "techniek", "monteur"), 0.4),
    Module("REKENEN-2F", "Rekenen naar 2F", "taal", None, RefLevel.F1, CredentialKind.SCHOOLVERKLARING, 8,
           3, "250", "", ("rekenen",), 0.4),
    Module("DIGI-BASIS", "Digitale basisvaardigheden", "Informatie en communicatietechnologie", None,
           RefLevel.F1, CredentialKind.SCHOOLVERKLARING, 6, 3, "195", "", ("computer", "digitaal"), 1.0),
    Module("EXCEL", "Excel voor op het werk", "Economie en administratie", None, RefLevel.F2,
           CredentialKind.SCHOOLVERKLARING, 4, 3, "295", "", ("excel", "computer", "administratie"), 0.7),
    Module("VCA-BASIS", "VCA Basisveiligheid", "Techniek en procesindustrie", None, RefLevel.F1,
           CredentialKind.CERTIFICAAT, 1, 16, "295", "", ("veiligheid", "bouw", "techniek"), 0.85),
    Module("NEN3140", "NEN 3140 voldoende onderricht persoon", "Techniek en procesindustrie", 2,
           RefLevel.F2, CredentialKind.CERTIFICAAT, 2, 8, "425", "", ("elektricien", "veiligheid"), 0.4),
    Module("BHV", "Bedrijfshulpverlening (BHV)", "Veiligheid en sport", None, RefLevel.F1,
           CredentialKind.CERTIFICAAT, 1, 8, "245", "", ("bhv", "veiligheid"), 0.8),
    Module("EHBO", "EHBO en reanimatie met AED", "Veiligheid en sport", None, RefLevel.F1,
           CredentialKind.CERTIFICAAT, 2, 4, "195", "", ("ehbo", "reanimatie", "aed"), 0.7),
    Module("HEFTRUCK", "Heftruckcertificaat", "Transport, scheepvaart en logistiek", None, RefLevel.F1,
           CredentialKind.CERTIFICAAT, 1, 16, "450", "", ("heftruckchauffeur", "logistiek"), 0.8),
    Module("HACCP", "Hygiënecode en HACCP voor de keuken", "Horeca en bakkerij", None, RefLevel.F1,
           CredentialKind.SCHOOLVERKLARING, 2, 4, "175", "", ("kok", "horeca", "hygiëne"), 0.75),
    Module("SVH-SH", "Sociale hygiëne", "Horeca en bakkerij", 2, RefLevel.F2, CredentialKind.CERTIFICAAT,
           6, 4, "395", "", ("horeca", "leidinggevende"), 0.6),
    Module("TILLEN", "Tillen en transfers in de zorg", "Zorg en welzijn", 2, RefLevel.F1,
           CredentialKind.SCHOOLVERKLARING, 2, 4, "210", "", ("zorg", "verzorgende"), 0.4),
    Module("MEDICATIE", "Medicatie in de zorg", "Zorg en welzijn", 3, RefLevel.F2,
           CredentialKind.SCHOOLVERKLARING, 6, 4, "350", "", ("zorg", "verzorgende"), 0.4),
    Module("ORIENT-ZORG", "Oriëntatie op werken in de zorg", "Zorg en welzijn", None, RefLevel.F1,
           CredentialKind.SCHOOLVERKLARING, 6, 8, "0", "", ("zorg", "welzijn"), 0.5),
    Module("ORIENT-TECH", "Oriëntatie op techniek en installatie", "Techniek en procesindustrie", None,
           RefLevel.F1, CredentialKind.SCHOOLVERKLARING, 6, 8, "0", "", ("techniek", "monteur"), 0.5),
    Module("SOLLICITEREN", "Solliciteren en werknemersvaardigheden", "Economie en administratie", None,
           RefLevel.F1, CredentialKind.SCHOOLVERKLARING, 6, 4, "0", "", ("werk", "sollicitatie"), 0.5),
)

SEPT = StartSchedule(months=(9,))
SEPT_FEB = StartSchedule(months=(2, 9))
BBL_STARTS = StartSchedule(months=(2, 9))
CARE_BBL_STARTS = StartSchedule(months=(1, 4, 9))
CONTRACT_STARTS = StartSchedule(months=(1, 3, 5, 9, 11))
MONTHLY = StartSchedule(monthly=True)


# --- reference data -------------------------------------------------------------------------------

def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def read_regions() -> list[Region]:
    names = sorted({r["arbeidsmarktregio"] for r in _rows(REGIO_FILE)})
    return [Region(slug(n), n) for n in names]


# (code, CBS name) of the 35 regions; the catalog importer knows them even in an empty database.
REGIONS: tuple[tuple[str, str], ...] = tuple((r.code, r.name) for r in read_regions())


def read_qualifications() -> dict[str, dict[str, str]]:
    return {r["crebo"]: r for r in _rows(KWALIFICATIES)}


def read_vestigingen() -> list[Vestiging]:
    return [Vestiging(r["instelling"], r["vestigingscode"], r["plaats"], r["locatienaam"],
                      slug(r["arbeidsmarktregio"])) for r in _rows(VESTIGINGEN)]


# Locations whose name says they are an office or a specialised campus do not host the general sample.
_SPECIALISED = re.compile(r"bestuur|techniek|scheepvaart|maritiem|zorg|sport|dier|groen|arts|schilder",
                          re.IGNORECASE)


def pick_locations(vestigingen: list[Vestiging]) -> dict[str, tuple[Vestiging, ...]]:
    """Per region one or two real locations of the regional training centre(s).

    The school with most locations in the region hosts the first; a second school with at least three
    locations there hosts the second (Rijnmond: Albeda and Zadkine), else the first school's location in
    another town. Within a school, general locations in the region's busiest school town come first.
    """
    towns: dict[tuple[str, str], int] = defaultdict(int)
    for v in vestigingen:
        towns[(v.region, v.plaats)] += 1
    by_region: dict[str, dict[str, list[Vestiging]]] = defaultdict(lambda: defaultdict(list))
    for v in sorted(vestigingen, key=lambda v: (bool(_SPECIALISED.search(v.locatienaam)),
                                                 -towns[(v.region, v.plaats)], v.code)):
        if v.instelling in BROAD_SCHOOLS:
            by_region[v.region][v.instelling].append(v)
    chosen: dict[str, tuple[Vestiging, ...]] = {}
    for region, schools in sorted(by_region.items()):
        ranked = sorted(schools.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        first = ranked[0][1][0]
        second = None
        if len(ranked) > 1 and len(ranked[1][1]) >= 3:
            second = ranked[1][1][0]
        else:
            rest = ranked[0][1][1:]
            general = [v for v in rest if not _SPECIALISED.search(v.locatienaam)]
            second = next((v for v in general if v.plaats != first.plaats),
                          general[0] if general else (rest[0] if rest else None))
            if second is None and len(ranked) > 1:
                second = ranked[1][1][0]
        chosen[region] = (first,) if second is None else (first, second)
    return chosen


# --- items ----------------------------------------------------------------------------------------

def _dutch(level: int) -> RefLevel | None:
    return None if level == 1 else (RefLevel.F3 if level == 4 else RefLevel.F2)


def _leerwegen(row: dict[str, str]) -> tuple[Leerweg, ...]:
    found = row["leerwegen"].split(";")
    return tuple(lw for lw, name in ((Leerweg.BOL, "BOL"), (Leerweg.BBL, "BBL")) if name in found)


def _wp(crebo: str, titles: tuple[str, ...]) -> tuple[Werkproces, ...]:
    return tuple(Werkproces(f"{crebo}-W{n}", t) if crebo != "25960" else Werkproces(f"B1-K1-W{n}", t)
                 for n, t in enumerate(titles, 1))


def build_items(kwal: dict[str, dict[str, str]]) -> list[CatalogItem]:
    items: list[CatalogItem] = []
    for s in SPECS:
        row = kwal[s.crebo]
        level = int(row["niveau"])
        real_wp = s.crebo == "25960"
        items.append(CatalogItem(
            code=s.crebo, kind=ItemKind.QUALIFICATION, title=row["titel"], level=level,
            sector=row["domein"], dossier_code=row["dossiercode"], dossier_title=row["dossiernaam"],
            leerwegen=_leerwegen(row), werkprocessen=_wp(s.crebo, s.pv) if real_wp else (),
            vog_required=s.vog, dutch_required=_dutch(level), occupations=s.occupations,
            description=f"{row['soort_opleiding'].capitalize()}, subgroep {row['subgroep']}, "
                        f"sectorkamer {row['sectorkamer']}.",
            sample=True, source=REAL))
    for s in SPECS:
        row = kwal[s.crebo]
        level = int(row["niveau"])
        common: dict[str, Any] = {"level": level, "sector": row["domein"], "dossier_code": row["dossiercode"],
                  "dossier_title": row["dossiernaam"], "part_of": s.crebo, "vog_required": s.vog,
                  "occupations": s.occupations, "sample": True, "source": ILLUSTRATION}
        if s.cert:
            items.append(CatalogItem(
                code=f"CERT-{s.crebo}", kind=ItemKind.CERTIFICATE, title=f"Mbo-certificaat {s.cert}",
                werkprocessen=_wp(s.crebo, s.pv[:2]), dutch_required=RefLevel.F2,
                description=f"Deel van {row['titel']} met eigen waarde op de arbeidsmarkt "
                            "(voorbeeld: titel en inhoud ter illustratie).", **common))
        if s.pv:
            items.append(CatalogItem(
                code=f"PV-{s.crebo}", kind=ItemKind.PRAKTIJKVERKLARING,
                title=f"Praktijkverklaring {row['titel']}", werkprocessen=_wp(s.crebo, s.pv),
                dutch_required=RefLevel.F1,
                description="Werkprocessen beoordeeld door de praktijkopleider van een erkend "
                            "leerbedrijf" + ("." if s.crebo == "25960" else " (ter illustratie)."),
                **common))
    row = kwal[ADULT_OA]
    items.append(CatalogItem(
        code=f"PV-{ADULT_OA}", kind=ItemKind.PRAKTIJKVERKLARING, title=f"Praktijkverklaring {row['titel']}",
        werkprocessen=_wp(ADULT_OA, OA_PV), dutch_required=RefLevel.F1, level=int(row["niveau"]),
        sector=row["domein"], dossier_code=row["dossiercode"], dossier_title=row["dossiernaam"],
        part_of=ADULT_OA, vog_required=True, occupations=("onderwijsassistent", "klassenassistent"),
        description="Voorbeeld: werkprocessen beoordeeld door de praktijkopleider van een erkende "
                    "leerwerkplek (school); geen diploma en geen mbo-certificaat (ter illustratie).",
        sample=True, source=ILLUSTRATION))
    for code, title, sbu, sector, dutch in KEUZEDELEN:
        items.append(CatalogItem(code=code, kind=ItemKind.KEUZEDEEL, title=title, sector=sector, sbu=sbu,
                                 dutch_required=dutch, occupations=(title.lower().split()[0],),
                                 sample=True, source=REAL if code == "K0071" else ILLUSTRATION))
    for m in MODULES:
        items.append(CatalogItem(code=m.code, kind=ItemKind.SHORT_MODULE, title=m.title, level=m.level,
                                 sector=m.sector, dutch_required=m.dutch, occupations=m.occupations,
                                 sample=True, source=ILLUSTRATION))
    return items


# --- offerings ------------------------------------------------------------------------------------

def _offered(rng: random.Random, regions: list[Region]) -> dict[str, list[Spec]]:
    """Which qualifications each region runs: the common ones everywhere, specialised ones in some."""
    offered: dict[str, list[Spec]] = {}
    for n, region in enumerate(regions):
        chosen = [s for s in SPECS if s.reach >= 1.0 or rng.random() < s.reach]
        if not any(s.goal == "schoonmaak-beveiliging" for s in chosen):
            chosen.append(next(s for s in SPECS if s.crebo == ("25034" if n % 2 else "25690")))
            chosen.sort(key=SPECS.index)
        offered[region.code] = chosen
    return offered


def _years_to_weeks(years: float) -> int:
    """Calendar weeks from a September start to the end of the last school year (July)."""
    return round(years * 52) - 5


def _school_years(years: float) -> int:
    """The school years a programme is enrolled in (a part year is a year): les- and cursusgeld are
    owed per school year, and an offering's cost is its whole fee."""
    return max(1, math.ceil(years))


BOL_YEARS = {1: 1.0, 2: 2.0, 3: 3.0, 4: 3.0}
LONG_BOL = {"25655": 4.0}  # mbo-verpleegkundige takes four years
BBL_YEARS = {1: 1.0, 2: 2.0, 3: 2.5, 4: 3.0}
# Derde leerweg for adults: a tailored, shorter route (level 2 fits the 40 weeks of praktijkleren).
DL_WEEKS = {2: 40, 3: 65, 4: 78}


def _prereq(level: int, job: bool, previous: str = "", specialist: bool = False) -> Prerequisites:
    if specialist:
        return Prerequisites(min_prior_level=3, dutch=RefLevel.F3, requires_job=True)
    return Prerequisites(min_prior_level=None if level == 1 else (1 if level <= 3 else 2),
                         dutch=_dutch(level), previous_item=previous, requires_job=job)


def _qualification_offerings(rng: random.Random, s: Spec, level: int, region: str, tag: str,
                             locs: tuple[Vestiging, ...]) -> list[Offering]:
    out: list[Offering] = []
    care = s.goal == "zorg"
    specialist = s.crebo == "25801"
    # Where it runs: the main location for the core goals, else one or both locations.
    if s.crebo in ALWAYS_SHORT or len(locs) == 1:
        at = [0] + ([1] if len(locs) > 1 and rng.random() < 0.35 else [])
    else:
        at = sorted({rng.randrange(len(locs)), *([0, 1] if rng.random() < 0.1 else [])})

    def code(route: str, n: int) -> str:
        return f"VC-{s.tag}-{route}-{tag}{'' if n == 0 else n + 1}"

    def add(route: str, n: int, **kw: Any) -> None:
        v = locs[n]
        out.append(Offering(code=code(route, n), item_code=kw.pop("item", s.crebo), provider=v.instelling,
                            location=v.location, region_code=region, sample=True, **kw))

    for n in at:
        if not specialist:
            years = LONG_BOL.get(s.crebo, BOL_YEARS[level])
            add("BOL", n, leerweg=Leerweg.BOL, weeks=_years_to_weeks(years),
                hours_per_week=float(rng.choice((24, 26, 28))), cost=LESGELD * _school_years(years),
                leads_to=CredentialKind.DIPLOMA, prerequisites=_prereq(level, False),
                schedule=SEPT_FEB if care or (level == 1 and rng.random() < 0.5) else SEPT)
    # BBL and the short routes run at one location each; the core goals always have BBL.
    one = 0 if s.crebo in ALWAYS_SHORT or len(at) == 1 else at[rng.randrange(len(at))]
    bbl_share = 0.85 if level > 1 else 0.3
    if specialist or s.crebo in ALWAYS_SHORT or rng.random() < bbl_share:
        add("BBL", one, leerweg=Leerweg.BBL,
            weeks=43 if specialist else _years_to_weeks(BBL_YEARS[level]),
            hours_per_week=float(rng.choice((24, 32, 32))),
            cost=CURSUSGELD[level] * (1 if specialist else _school_years(BBL_YEARS[level])),
            leads_to=CredentialKind.DIPLOMA, prerequisites=_prereq(level, True, specialist=specialist),
            schedule=CARE_BBL_STARTS if care and level > 2 else BBL_STARTS)
    if specialist or (s.derde and rng.random() < 0.6):
        add("DL", one, leerweg=Leerweg.DERDE_LEERWEG, weeks=43 if specialist else DL_WEEKS[level],
            hours_per_week=16.0 if specialist else float(rng.choice((16, 20, 24))), cost=PRICE_DIPLOMA,
            leads_to=CredentialKind.DIPLOMA,
            prerequisites=_prereq(level, True, specialist=specialist), schedule=CONTRACT_STARTS)
    if s.cert and (s.crebo in ALWAYS_SHORT or rng.random() < 0.6):
        add("CERT", one, item=f"CERT-{s.crebo}", leerweg=Leerweg.DERDE_LEERWEG,
            weeks=rng.choice((20, 26, 32, 40)), hours_per_week=float(rng.choice((8, 12, 16))),
            cost=PRICE_CERT,
            leads_to=CredentialKind.CERTIFICAAT, prerequisites=_prereq(min(level, 2), False),
            schedule=CONTRACT_STARTS)
    if s.pv and (s.crebo in ALWAYS_SHORT or rng.random() < 0.7):
        add("PV", one, item=f"PV-{s.crebo}", leerweg=Leerweg.DERDE_LEERWEG,
            weeks=rng.choice((12, 20, 26, 30, 40)), hours_per_week=float(rng.choice((12, 16, 20, 24))),
            cost=PRICE_PV, leads_to=CredentialKind.PRAKTIJKVERKLARING,
            prerequisites=Prerequisites(dutch=RefLevel.F1, requires_job=True), schedule=MONTHLY)
    return out


# Onderwijsassistent for adults (career switchers): in practice BBL or derde leerweg with about two
# school days and work in a school, some 20-24 hours a week together (judgement from school pages; the
# sample hours are invented). There is no mbo-certificaat for it that we know of, so none is made up;
# the praktijkverklaring is a sample (werkprocessen invented, marked "ter illustratie").
ADULT_OA = "25698"
OA_PV = ("Ondersteunt de leraar bij de lessen", "Begeleidt leerlingen en groepjes bij het leren")


def _adult_oa(found: list[Offering], level: int, region: str, tag: str,
              locs: tuple[Vestiging, ...]) -> list[Offering]:
    """Onderwijsassistent's routes for adults: BBL at most 24 hours a week, a derde-leerweg diploma
    route in every region, a sample praktijkverklaring in most. A separate random stream, so the draws
    of every other offering stay as they were."""
    rng = random.Random(f"adult-oa-{region}")
    out = [replace(o, hours_per_week=float(rng.choice((20, 24)))) if o.leerweg is Leerweg.BBL else o
           for o in found]
    v = locs[0]
    out.append(Offering(
        code=f"VC-OA-DL-{tag}", item_code=ADULT_OA, provider=v.instelling, location=v.location,
        region_code=region, leerweg=Leerweg.DERDE_LEERWEG, weeks=DL_WEEKS[level],
        hours_per_week=float(rng.choice((20, 24))), cost=PRICE_DIPLOMA, leads_to=CredentialKind.DIPLOMA,
        prerequisites=_prereq(level, True), sample=True, schedule=CONTRACT_STARTS))
    if rng.random() < 0.7:
        out.append(Offering(
            code=f"VC-OA-PV-{tag}", item_code=f"PV-{ADULT_OA}", provider=v.instelling, location=v.location,
            region_code=region, leerweg=Leerweg.DERDE_LEERWEG, weeks=rng.choice((26, 30, 40)),
            hours_per_week=float(rng.choice((16, 20))), cost=PRICE_PV,
            leads_to=CredentialKind.PRAKTIJKVERKLARING,
            prerequisites=Prerequisites(dutch=RefLevel.F1, requires_job=True), sample=True,
            schedule=MONTHLY))
    return out


def build_offerings(rng: random.Random, regions: list[Region], kwal: dict[str, dict[str, str]],
                    locations: dict[str, tuple[Vestiging, ...]]) -> list[Offering]:
    offered = _offered(rng, regions)
    offerings: list[Offering] = []
    for region in regions:
        tag, locs = REGION_TAGS[region.code], locations[region.code]
        for s in offered[region.code]:
            found = _qualification_offerings(rng, s, int(kwal[s.crebo]["niveau"]), region.code, tag,
                                             locs)
            if s.crebo == ADULT_OA:
                found = _adult_oa(found, int(kwal[s.crebo]["niveau"]), region.code, tag, locs)
            offerings += found
        for m in MODULES:
            if m.share < 1.0 and rng.random() >= m.share:
                continue
            n = 0 if m.code.startswith("NT2-") and m.share >= 1.0 else rng.randrange(len(locs))
            v = locs[n]
            offerings.append(Offering(
                f"VC-{m.code}-{tag}{'' if n == 0 else n + 1}", m.code, v.instelling, v.location,
                region.code, Leerweg.SHORT_COURSE, m.weeks, float(m.hours), Decimal(m.cost), m.leads_to,
                Prerequisites(min_prior_level=m.level - 1 if m.level and m.level > 1 else None,
                              dutch=m.dutch, previous_item=m.previous),
                True, MONTHLY if m.weeks <= 8 or rng.random() < 0.5 else StartSchedule(months=(1, 4, 9)),
                True))
        for code, *_rest in KEUZEDELEN:
            if code != "K0071" and rng.random() >= 0.3:
                continue
            n = 0 if code == "K0071" else rng.randrange(len(locs))
            v = locs[n]
            short = "NL3F" if code == "K0071" else code
            offerings.append(Offering(
                f"VC-{short}-{tag}{'' if n == 0 else n + 1}", code, v.instelling, v.location, region.code,
                Leerweg.SHORT_COURSE, 20, 4.0, Decimal("450"), CredentialKind.CERTIFICAAT,
                Prerequisites(dutch=RefLevel.F2), True, MONTHLY, True))
    return offerings


# --- demand ---------------------------------------------------------------------------------------

# Sample ratings per goal (1-5), shaped like SBB Kans op werk: care, technical and school assistants
# are scarce almost everywhere; Entree and retail less so.
BASE_RATING = {
    "zorg": 4, "techniek": 4, "auto": 4, "ict": 3, "logistiek": 3, "horeca": 3, "bouw": 4,
    "pedagogisch": 3, "handel": 2, "schoonmaak-beveiliging": 3, "praktijkopleider": 3, "entree": 2,
    "entree-techniek": 2,
}
HIGH_EVERYWHERE = frozenset({"25698"})  # onderwijsassistent: high in most regions
# Regional emphases (sample): care in the south and north-east, logistics in Brabant and Limburg.
FOCUS = {
    "zeeland": {"zorg": 1}, "zuid-limburg": {"zorg": 1}, "groningen": {"zorg": 1}, "drenthe": {"zorg": 1},
    "achterhoek": {"techniek": 1}, "twente": {"techniek": 1}, "west-brabant": {"logistiek": 1},
    "midden-limburg": {"logistiek": 1}, "noord-limburg": {"logistiek": 1},
    "groot-amsterdam": {"pedagogisch": 1, "horeca": 1}, "midden-utrecht": {"ict": 1},
    "zuidoost-brabant": {"ict": 1, "techniek": 1}, "rijnmond": {"pedagogisch": 1, "bouw": 1},
}


def build_demand(rng: random.Random, regions: list[Region]) -> list[DemandRating]:
    demand: list[DemandRating] = []
    for region in regions:
        focus = FOCUS.get(region.code, {})
        for s in SPECS:
            base = 4 if s.crebo in HIGH_EVERYWHERE else BASE_RATING[s.goal]
            rating = max(1, min(5, base + focus.get(s.goal, 0) + rng.choice((-1, 0, 0, 0))))
            demand.append(DemandRating(region_code=region.code, rating=rating, source=DEMAND_SOURCE,
                                       as_of=DEMAND_AS_OF, crebo=s.crebo, sample=True))
        for occupation, goal in (("elektricien", "techniek"), ("onderwijsassistent", "pedagogisch"),
                                 ("zorgpersoneel", "zorg")):
            rating = max(1, min(5, 4 + focus.get(goal, 0) + rng.choice((-1, 0))))
            demand.append(DemandRating(region_code=region.code, rating=rating, source=DEMAND_SOURCE,
                                       as_of=DEMAND_AS_OF, occupation=occupation, sample=True))
    return demand


# --- the file -------------------------------------------------------------------------------------

def build() -> dict[str, Any]:
    rng = random.Random(2026)
    regions = read_regions()
    kwal = read_qualifications()
    locations = pick_locations(read_vestigingen())
    return {
        "label": LABEL,
        "regions": [to_json(r) for r in regions],
        "items": [to_json(i) for i in build_items(kwal)],
        "offerings": [to_json(o) for o in build_offerings(rng, regions, kwal, locations)],
        "demand": [to_json(d) for d in build_demand(rng, regions)],
        "funding": [to_json(f) for f in FUNDING],
    }


def dumps(data: dict[str, Any]) -> str:
    """One record per line: small, and a change to one offering is a one-line diff."""
    parts = []
    for key, value in data.items():
        if isinstance(value, list):
            rows = ",\n".join(json.dumps(v, ensure_ascii=False, separators=(",", ":")) for v in value)
            parts.append(f"{json.dumps(key)}: [\n{rows}\n]")
        else:
            parts.append(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else SAMPLE_FILE
    data = build()
    target.write_text(dumps(data), encoding="utf-8")
    print(f"{target}: {len(data['items'])} items, {len(data['offerings'])} offerings, "
          f"{len({o['region_code'] for o in data['offerings']})} regio's")
    return 0


if __name__ == "__main__":
    sys.exit(main())
