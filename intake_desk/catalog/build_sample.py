"""Builds resources/sample/catalog.json: `python -m intake_desk.catalog.build_sample [FILE]`.

The qualification names, crebo codes, levels and dossiers are the real ones from the Regeling
vaststelling kwalificatiedossiers 2015, bijlage 1 (labelled "voorbeeld, KD 2015/16": many were revised
later). K0071 Nederlands 3F is a real keuzedeel; the other keuzedeel codes, all providers, locations,
prices and werkprocessen other than those of Helpende zorg en welzijn are illustrations. Start dates
are recurrences, so the catalog never goes stale. Every record has sample=True.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..domain import (
    CatalogItem,
    CredentialKind,
    DemandRating,
    FundingScheme,
    ItemKind,
    Leerweg,
    Offering,
    Payer,
    Prerequisites,
    RefLevel,
    Region,
    Situation,
    StartSchedule,
    Werkproces,
)
from ..domain.codec import to_json
from .sample import LABEL, SAMPLE_FILE

KD = f"SBB, Regeling vaststelling kwalificatiedossiers 2015, bijlage 1 ({LABEL})"
ILLUSTRATION = f"voorbeeld; code en inhoud ter illustratie ({LABEL})"

REGIONS: tuple[tuple[str, str], ...] = (
    ("groningen", "Groningen"), ("friesland", "Friesland"), ("drenthe", "Drenthe"),
    ("noord-holland-noord", "Noord-Holland Noord"), ("zaanstreek-waterland", "Zaanstreek/Waterland"),
    ("zuid-kennemerland-en-ijmond", "Zuid-Kennemerland en IJmond"),
    ("groot-amsterdam", "Groot Amsterdam"), ("gooi-en-vechtstreek", "Gooi en Vechtstreek"),
    ("haaglanden", "Haaglanden"), ("holland-rijnland", "Holland Rijnland"),
    ("midden-holland", "Midden-Holland"), ("zuid-holland-centraal", "Zuid-Holland Centraal"),
    ("rijnmond", "Rijnmond"), ("drechtsteden", "Drechtsteden"), ("gorinchem", "Gorinchem"),
    ("midden-utrecht", "Midden-Utrecht"), ("amersfoort", "Amersfoort"), ("foodvalley", "FoodValley"),
    ("regio-zwolle", "Regio Zwolle"),
    ("stedendriehoek-en-noordwest-veluwe", "Stedendriehoek en Noordwest Veluwe"),
    ("twente", "Twente"), ("achterhoek", "Achterhoek"), ("midden-gelderland", "Midden-Gelderland"),
    ("rijk-van-nijmegen", "Rijk van Nijmegen"), ("rivierenland", "Rivierenland"),
    ("flevoland", "Flevoland"), ("west-brabant", "West-Brabant"), ("midden-brabant", "Midden-Brabant"),
    ("noordoost-brabant", "Noordoost-Brabant"), ("zuidoost-brabant", "Zuidoost-Brabant"),
    ("helmond-de-peel", "Helmond-De Peel"), ("noord-limburg", "Noord-Limburg"),
    ("midden-limburg", "Midden-Limburg"), ("zuid-limburg", "Zuid-Limburg"), ("zeeland", "Zeeland"),
)

# Regions with sample offerings: a short tag for offering codes and towns with a location.
OFFERING_REGIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "zeeland": ("ZE", ("Goes", "Vlissingen", "Terneuzen")),
    "achterhoek": ("AH", ("Doetinchem", "Winterswijk")),
    "zuid-limburg": ("ZL", ("Heerlen", "Maastricht", "Sittard")),
    "midden-limburg": ("ML", ("Roermond", "Weert")),
    "twente": ("TW", ("Enschede", "Hengelo", "Almelo")),
    "rijnmond": ("RM", ("Rotterdam", "Spijkenisse")),
    "groot-amsterdam": ("GA", ("Amsterdam", "Amstelveen")),
    "holland-rijnland": ("HR", ("Leiden", "Alphen aan den Rijn")),
    "west-brabant": ("WB", ("Breda", "Roosendaal", "Bergen op Zoom")),
    "groningen": ("GR", ("Groningen", "Veendam")),
}

HZW_WP = (
    Werkproces("B1-K1-W1", "Ondersteunt bij wonen en huishouden"),
    Werkproces("B1-K1-W2", "Ondersteunt bij persoonlijke zorg en ADL"),
    Werkproces("B1-K1-W3", "Assisteert bij de uitvoering van sociale en recreatieve activiteiten"),
)


def _wp(*titles: str) -> tuple[Werkproces, ...]:
    return tuple(Werkproces(f"B1-K1-W{n}", t) for n, t in enumerate(titles, 1))


# crebo, title, level, sector, dossier, dossier title, vog, occupations, werkprocessen (illustrative
# except Helpende zorg en welzijn), a short code used in offering codes.
QUALIFICATIONS: tuple[tuple[Any, ...], ...] = (
    ("25485", "Onderwijsassistent", 4, "onderwijs", "23183", "Pedagogisch werk", True,
     ("onderwijsassistent", "onderwijs", "klassenassistent"),
     _wp("Ondersteunt bij het onderwijsleerproces", "Begeleidt leerlingen bij leeractiviteiten"), "OA"),
    ("25486", "Pedagogisch medewerker kinderopvang", 3, "onderwijs", "23183", "Pedagogisch werk", True,
     ("pedagogisch medewerker", "kinderopvang"),
     _wp("Stemt de werkzaamheden af met ouders en collega's", "Voert activiteiten uit met kinderen"),
     "PMK"),
    ("25491", "Verzorgende-IG", 3, "zorg en welzijn", "23187", "Verzorgende-IG", True,
     ("verzorgende", "zorg", "ouderenzorg"), (), "VIG"),
    ("25480", "Mbo-Verpleegkundige", 4, "zorg en welzijn", "23182", "Mbo-verpleegkundige", True,
     ("verpleegkundige", "zorg", "ziekenhuis"),
     _wp("Stelt de verpleegkundige diagnose vast", "Voert verpleegtechnische handelingen uit"), "MBOV"),
    ("25498", "Helpende zorg en welzijn", 2, "zorg en welzijn", "23189", "Dienstverlening", False,
     ("helpende", "zorg", "welzijn", "huishoudelijke hulp"), HZW_WP, "HZW"),
    ("25475", "Begeleider gehandicaptenzorg", 3, "zorg en welzijn", "23181", "Maatschappelijke zorg",
     True, ("begeleider", "gehandicaptenzorg", "zorg"),
     _wp("Ondersteunt de cliënt bij wonen en dagbesteding", "Stelt een begeleidingsplan op"), "BGZ"),
    ("25333", "Monteur elektrotechnische installaties", 2, "techniek", "23127",
     "Elektrotechnische installaties", False, ("elektricien", "monteur", "installatietechniek"), (),
     "MEI"),
    ("25332", "Eerste monteur elektrotechnische installaties woning en utiliteit", 3, "techniek",
     "23127", "Elektrotechnische installaties", False, ("elektricien", "eerste monteur"),
     _wp("Bereidt de installatiewerkzaamheden voor", "Legt elektrotechnische installaties aan",
         "Test en neemt installaties in bedrijf"), "EMEI"),
    ("25263", "Technicus elektrotechnische installaties woning en utiliteit", 4, "techniek", "23111",
     "Elektrotechnische installaties", False, ("elektrotechnicus", "werkvoorbereider"),
     _wp("Ontwerpt elektrotechnische installaties", "Stuurt de uitvoering aan"), "TEI"),
    ("25103", "Metselaar", 2, "bouw", "23052", "Metselen", False, ("metselaar", "bouw"),
     _wp("Zet het werk uit", "Metselt muren en gevels"), "MET"),
    ("25102", "Allround metselaar", 3, "bouw", "23052", "Metselen", False,
     ("allround metselaar", "bouw"), _wp("Metselt bijzonder metselwerk", "Leidt een kleine ploeg"),
     "AMET"),
    ("25180", "Kok", 2, "horeca", "23085", "Keuken", False, ("kok", "horeca", "keuken"),
     _wp("Bereidt gerechten voor", "Werkt volgens de hygiënecode"), "KOK"),
    ("25251", "Entree: assistent dienstverlening en zorg", 1, "zorg en welzijn", "23110", "Entree",
     False, ("assistent", "dienstverlening", "zorg"),
     _wp("Voert eenvoudige dienstverlenende taken uit", "Werkt samen met collega's"), "ENT"),
)

KEUZEDELEN: tuple[tuple[str, str, int, str, RefLevel | None, str], ...] = (
    ("K0071", "Nederlands 3F", 240, "taal", RefLevel.F2, KD),
    ("K0080", "Rekenen 3F", 240, "taal", RefLevel.F2, ILLUSTRATION),
    ("K0107", "Engels A2", 240, "taal", None, ILLUSTRATION),
    ("K0125", "Ondernemend gedrag", 240, "economie", RefLevel.F2, ILLUSTRATION),
    ("K0210", "Digitale vaardigheden", 240, "ict", RefLevel.F1, ILLUSTRATION),
    ("K0331", "Dementie", 240, "zorg en welzijn", RefLevel.F2, ILLUSTRATION),
    ("K0512", "Domotica en slimme installaties", 480, "techniek", RefLevel.F2, ILLUSTRATION),
    ("K0733", "Voorbereiding hbo", 480, "onderwijs", RefLevel.F3, ILLUSTRATION),
)

# code, title, sector, level, dutch needed, leads to, weeks, hours/week, cost, previous item, occupations
MODULES: tuple[tuple[Any, ...], ...] = (
    ("NT2-A2", "Nederlands als tweede taal naar A2", "taal", None, None,
     CredentialKind.SCHOOLVERKLARING, 20, 8, "600", "", ("nederlands", "nt2", "inburgering")),
    ("NT2-B1", "NT2 naar B1 (Staatsexamen NT2 I)", "taal", None, None, CredentialKind.SCHOOLVERKLARING,
     30, 8, "900", "NT2-A2", ("nederlands", "nt2")),
    ("NT2-B2", "NT2 naar B2 (Staatsexamen NT2 II)", "taal", None, None,
     CredentialKind.SCHOOLVERKLARING, 30, 6, "950", "NT2-B1", ("nederlands", "nt2")),
    ("NT2-BRUG-ZORG", "Schakeltraject NT2 en zorg: taal op de werkvloer", "zorg en welzijn", 1, None,
     CredentialKind.SCHOOLVERKLARING, 16, 12, "1100", "NT2-A2", ("nt2", "zorg", "helpende")),
    ("NT2-BRUG-TECH", "Schakeltraject NT2 en techniek", "techniek", 1, None,
     CredentialKind.SCHOOLVERKLARING, 16, 12, "1100", "NT2-A2", ("nt2", "techniek", "monteur")),
    ("REKENEN-2F", "Rekenen naar 2F", "taal", None, RefLevel.F1, CredentialKind.SCHOOLVERKLARING, 12, 3,
     "250", "", ("rekenen",)),
    ("DIGI-BASIS", "Digitale basisvaardigheden", "ict", None, RefLevel.F1,
     CredentialKind.SCHOOLVERKLARING, 8, 3, "195", "", ("computer", "digitaal")),
    ("VCA-BASIS", "VCA Basisveiligheid", "techniek", None, RefLevel.F1, CredentialKind.CERTIFICAAT, 2, 8,
     "295", "", ("veiligheid", "bouw", "techniek")),
    ("NEN3140", "NEN 3140 voldoende onderricht persoon", "techniek", 2, RefLevel.F2,
     CredentialKind.CERTIFICAAT, 3, 8, "425", "", ("elektricien", "veiligheid")),
    ("BHV", "Bedrijfshulpverlening (BHV)", "zorg en welzijn", None, RefLevel.F1,
     CredentialKind.CERTIFICAAT, 2, 8, "245", "", ("bhv", "veiligheid")),
    ("HACCP", "Hygiënecode en HACCP voor de keuken", "horeca", None, RefLevel.F1,
     CredentialKind.SCHOOLVERKLARING, 4, 4, "175", "", ("kok", "horeca", "hygiëne")),
    ("SVH-SH", "Sociale hygiëne", "horeca", 2, RefLevel.F2, CredentialKind.CERTIFICAAT, 6, 4, "395", "",
     ("horeca", "leidinggevende")),
    ("TILLEN", "Tillen en transfers in de zorg", "zorg en welzijn", 2, RefLevel.F1,
     CredentialKind.SCHOOLVERKLARING, 4, 4, "210", "", ("zorg", "verzorgende")),
    ("MEDICATIE", "Medicatie in de zorg", "zorg en welzijn", 3, RefLevel.F2,
     CredentialKind.SCHOOLVERKLARING, 6, 4, "350", "", ("zorg", "verzorgende")),
    ("ORIENT-ZORG", "Oriëntatie op werken in de zorg", "zorg en welzijn", None, RefLevel.F1,
     CredentialKind.SCHOOLVERKLARING, 6, 8, "0", "", ("zorg", "welzijn")),
    ("ORIENT-TECH", "Oriëntatie op techniek en installatie", "techniek", None, RefLevel.F1,
     CredentialKind.SCHOOLVERKLARING, 6, 8, "0", "", ("techniek", "monteur")),
    ("SOLLICITEREN", "Solliciteren en werknemersvaardigheden", "economie", None, RefLevel.F1,
     CredentialKind.SCHOOLVERKLARING, 6, 4, "0", "", ("werk", "sollicitatie")),
    ("HEFTRUCK", "Heftruckcertificaat", "logistiek", None, RefLevel.F1, CredentialKind.CERTIFICAAT, 1,
     16, "450", "", ("heftruckchauffeur", "logistiek")),
)

FUNDING: tuple[FundingScheme, ...] = (
    FundingScheme("stap", "STAP-budget", Payer.RIJK, "EUR 1.000 per jaar per persoon voor scholing",
                  open_until=date(2024, 1, 1), max_amount=Decimal("1000"),
                  source="DOMAIN.md: gesloten per 1 januari 2024", sample=True),
    FundingScheme("slim", "SLIM-regeling", Payer.RIJK,
                  "Subsidie voor leren en ontwikkelen in het mkb (voor werkgevers)",
                  open_from=date(2020, 1, 1), open_until=date(2025, 1, 1),
                  situations=frozenset({Situation.EMPLOYED}), source="DOMAIN.md: liep 2020-2024",
                  sample=True),
    FundingScheme("uwv-scholing", "UWV scholing", Payer.UWV,
                  "Scholing voor WW-klanten als die noodzakelijk is: arbeidsmarktrelevant, hoogstens 1 jaar",
                  situations=frozenset({Situation.WW}), max_weeks=52, source="DOMAIN.md: open",
                  sample=True),
    FundingScheme("praktijkleren", "Praktijkleren derde leerweg", Payer.RIJK,
                  "Tot EUR 2.700 per praktijkplaats van 40 weken (RVO)", max_weeks=40,
                  max_amount=Decimal("2700"),
                  credentials=frozenset({CredentialKind.CERTIFICAAT, CredentialKind.DIPLOMA,
                                         CredentialKind.PRAKTIJKVERKLARING}),
                  source="DOMAIN.md: open (RVO); OCW nieuwsbrief 2021-10-07: hoogstens 40 weken",
                  sample=True),
    FundingScheme("llk", "Levenlanglerenkrediet (DUO)", Payer.DUO,
                  "Lening voor lesgeld, tot ongeveer 56 jaar", max_age=55, source="DOMAIN.md: open",
                  sample=True),
    FundingScheme("gemeente", "Gemeente / Participatiewet", Payer.GEMEENTE,
                  "Gemeente betaalt voor bijstandsklanten; lokale regels",
                  situations=frozenset({Situation.BIJSTAND}), source="DOMAIN.md: open, lokale regels",
                  sample=True),
    FundingScheme("werkgever", "Werkgever / O&O-fonds", Payer.EMPLOYER,
                  "Werkgever of sectorfonds; regels per sector",
                  situations=frozenset({Situation.EMPLOYED}), source="DOMAIN.md: open, regels per sector",
                  sample=True),
)

SEPT_FEB = StartSchedule(months=(2, 9))
MONTHLY = StartSchedule(monthly=True)


def _prereq(level: int, job: bool, previous: str = "") -> Prerequisites:
    return Prerequisites(
        min_prior_level=None if level == 1 else (1 if level <= 3 else 2),
        dutch=RefLevel.F3 if level == 4 else (RefLevel.F1 if level == 1 else RefLevel.F2),
        previous_item=previous, requires_job=job)


def build_items() -> list[CatalogItem]:
    items: list[CatalogItem] = []
    for crebo, title, level, sector, dossier, dtitle, vog, occ, wps, _tag in QUALIFICATIONS:
        items.append(CatalogItem(
            code=crebo, kind=ItemKind.QUALIFICATION, title=title, level=level, sector=sector,
            dossier_code=dossier, dossier_title=dtitle,
            leerwegen=(Leerweg.BOL,) if level == 1 else (Leerweg.BOL, Leerweg.BBL),
            werkprocessen=wps, vog_required=vog,
            dutch_required=RefLevel.F3 if level == 4 else RefLevel.F2, occupations=occ,
            description="" if crebo == "25498" or not wps else "Werkprocessen ter illustratie.",
            sample=True, source=KD))
    for code, title, sbu, sector, dutch, source in KEUZEDELEN:
        items.append(CatalogItem(code=code, kind=ItemKind.KEUZEDEEL, title=title, sector=sector,
                                 sbu=sbu, dutch_required=dutch,
                                 occupations=(title.lower().split()[0], sector), sample=True,
                                 source=source))
    for crebo, title, level, sector, _d, _dt, vog, occ, wps, tag in QUALIFICATIONS:
        if level == 1:
            continue
        items.append(CatalogItem(
            code=f"CERT-{crebo}", kind=ItemKind.CERTIFICATE, title=f"Mbo-certificaat {title}",
            level=level, sector=sector, part_of=crebo, werkprocessen=wps[:2], vog_required=vog,
            dutch_required=RefLevel.F2, occupations=occ,
            description="Erkend deel van de kwalificatie met eigen waarde op de arbeidsmarkt.",
            sample=True, source=ILLUSTRATION))
        items.append(CatalogItem(
            code=f"PV-{crebo}", kind=ItemKind.PRAKTIJKVERKLARING, title=f"Praktijkverklaring {title}",
            level=level, sector=sector, part_of=crebo, werkprocessen=wps, vog_required=vog,
            dutch_required=RefLevel.F1, occupations=occ,
            description=f"Werkprocessen van {tag}, beoordeeld door de praktijkopleider van een "
                        "erkend leerbedrijf.",
            sample=True, source=ILLUSTRATION))
    for code, title, sector, level, dutch, _leads, _w, _h, _c, _prev, occ in MODULES:
        items.append(CatalogItem(code=code, kind=ItemKind.SHORT_MODULE, title=title, level=level,
                                 sector=sector, dutch_required=dutch, occupations=occ, sample=True,
                                 source=ILLUSTRATION))
    return items


def _original_offerings() -> list[Offering]:
    """The four offerings of the first sample catalog, unchanged (tests elsewhere name them)."""
    return [
        Offering("VC-HZW-BBL-ZL", "25498", "Voorbeeldcollege", "Heerlen", "zuid-limburg", Leerweg.BBL,
                 80, 24, Decimal("1304"), CredentialKind.DIPLOMA,
                 Prerequisites(1, False, RefLevel.F2, "", True), False, SEPT_FEB, True),
        Offering("VC-HZW-PV-ZE", "25498", "Voorbeeldcollege", "Goes", "zeeland", Leerweg.DERDE_LEERWEG,
                 30, 16, Decimal("750"), CredentialKind.PRAKTIJKVERKLARING,
                 Prerequisites(None, False, RefLevel.F1), False, MONTHLY, True),
        Offering("VC-MEI-BBL-AH", "25333", "Voorbeeldcollege", "Doetinchem", "achterhoek", Leerweg.BBL,
                 80, 32, Decimal("1304"), CredentialKind.DIPLOMA,
                 Prerequisites(1, False, RefLevel.F2, "", True), False, SEPT_FEB, True),
        Offering("VC-NL3F-ZE", "K0071", "Voorbeeldcollege", "Vlissingen", "zeeland", Leerweg.SHORT_COURSE,
                 20, 4, Decimal("450"), CredentialKind.CERTIFICAAT,
                 Prerequisites(dutch=RefLevel.F2), True, MONTHLY, True),
    ]


def build_offerings(rng: random.Random) -> list[Offering]:
    offerings = _original_offerings()
    taken = {o.code for o in offerings}

    def add(o: Offering) -> None:
        if o.code not in taken:
            taken.add(o.code)
            offerings.append(o)

    weeks_for = {1: 40, 2: 80, 3: 120, 4: 160}
    for region, (rtag, towns) in OFFERING_REGIONS.items():
        provider = f"Voorbeeldcollege {towns[0]}"
        quals = [q for q in QUALIFICATIONS if rng.random() < 0.65 or q[0] in ("25498", "25333", "25251")]
        for crebo, _t, level, sector, *_rest, tag in quals:
            town = rng.choice(towns)
            previous = {"25102": "25103", "25332": "25333", "25480": "25491"}.get(crebo, "")
            add(Offering(f"VC-{tag}-BOL-{rtag}", crebo, provider, town, region, Leerweg.BOL,
                         weeks_for[level], 26, Decimal("1304") if level > 1 else Decimal("0"),
                         CredentialKind.DIPLOMA, _prereq(level, False), False, SEPT_FEB, True))
            if level > 1 and rng.random() < 0.75:
                add(Offering(f"VC-{tag}-BBL-{rtag}", crebo, provider, rng.choice(towns), region,
                             Leerweg.BBL, weeks_for[level] - (40 if previous else 0),
                             float(rng.choice((24, 32))), Decimal("1304"), CredentialKind.DIPLOMA,
                             _prereq(level, True, previous if rng.random() < 0.5 else ""), False,
                             StartSchedule(months=(1, 4, 9)) if sector == "zorg en welzijn"
                             else SEPT_FEB, True))
            if level > 1 and rng.random() < 0.55:
                add(Offering(f"VC-{tag}-CERT-{rtag}", f"CERT-{crebo}", provider, town, region,
                             Leerweg.DERDE_LEERWEG, rng.choice((26, 32, 40)), 16, Decimal("1750"),
                             CredentialKind.CERTIFICAAT, _prereq(min(level, 2), False), False,
                             StartSchedule(months=(1, 3, 5, 9, 11)), True))
            if level > 1 and rng.random() < 0.6:
                add(Offering(f"VC-{tag}-PV-{rtag}", f"PV-{crebo}", provider, town, region,
                             Leerweg.DERDE_LEERWEG, rng.choice((20, 26, 30)), 16, Decimal("750"),
                             CredentialKind.PRAKTIJKVERKLARING,
                             Prerequisites(dutch=RefLevel.F1, requires_job=True), False, MONTHLY, True))
        for code, _t, _s, level, dutch, leads, weeks, hours, cost, prev, _o in MODULES:
            if rng.random() < 0.5 and not code.startswith("NT2"):
                continue
            add(Offering(f"VC-{code}-{rtag}", code, provider, rng.choice(towns), region,
                         Leerweg.SHORT_COURSE, weeks, float(hours), Decimal(cost), leads,
                         Prerequisites(min_prior_level=level - 1 if level and level > 1 else None,
                                       dutch=dutch, previous_item=prev),
                         True, MONTHLY if rng.random() < 0.6 else StartSchedule(months=(1, 4, 9)),
                         True))
        for code, *_r in KEUZEDELEN:
            if code != "K0071" and rng.random() < 0.6:
                continue
            add(Offering(f"VC-{code}-{rtag}", code, provider, rng.choice(towns), region,
                         Leerweg.SHORT_COURSE, 20, 4, Decimal("450"), CredentialKind.CERTIFICAAT,
                         Prerequisites(dutch=RefLevel.F2), True, MONTHLY, True))
    return offerings


# Sample emphases: care is tight in the south-west and south-east, electricians in the east.
_FOCUS = {
    "zeeland": {"zorg en welzijn": 2}, "zuid-limburg": {"zorg en welzijn": 2},
    "achterhoek": {"techniek": 2}, "twente": {"techniek": 1},
    "groot-amsterdam": {"onderwijs": 2, "horeca": 1}, "rijnmond": {"onderwijs": 1, "bouw": 1},
}


def build_demand(rng: random.Random) -> list[DemandRating]:
    demand: list[DemandRating] = []
    as_of = date(2026, 1, 15)
    for code, _name in REGIONS:
        for crebo, _t, _level, sector, *_rest in QUALIFICATIONS:
            if crebo == "25498":
                rating = 4 if code in ("zeeland", "zuid-limburg") else 3  # as first shipped
                indicator = None
            else:
                rating = max(1, min(5, rng.randint(2, 3) + _FOCUS.get(code, {}).get(sector, 0)))
                indicator = round(rating * 0.9 + rng.uniform(-0.3, 0.3), 2)
            demand.append(DemandRating(region_code=code, rating=rating,
                                       source="voorbeeld, naar UWV spanningsindicator", as_of=as_of,
                                       crebo=crebo, indicator=indicator, sample=True))
        for occupation, sector in (("elektricien", "techniek"), ("onderwijsassistent", "onderwijs"),
                                   ("zorgpersoneel", "zorg en welzijn")):
            rating = max(1, min(5, 3 + _FOCUS.get(code, {}).get(sector, 0) + rng.randint(-1, 0)))
            demand.append(DemandRating(region_code=code, rating=rating,
                                       source="voorbeeld, naar SBB Kans op werk", as_of=as_of,
                                       occupation=occupation, sample=True))
    return demand


def build() -> dict[str, Any]:
    rng = random.Random(2016)
    items = build_items()
    offerings = build_offerings(rng)
    demand = build_demand(rng)
    return {
        "label": LABEL,
        "regions": [to_json(Region(c, n)) for c, n in REGIONS],
        "items": [to_json(i) for i in items],
        "offerings": [to_json(o) for o in offerings],
        "demand": [to_json(d) for d in demand],
        "funding": [to_json(f) for f in FUNDING],
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else SAMPLE_FILE
    data = build()
    target.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{target}: {len(data['items'])} items, {len(data['offerings'])} offerings, "
          f"{len({o['region_code'] for o in data['offerings']})} regio's")
    return 0


if __name__ == "__main__":
    sys.exit(main())
