"""A large, varied, deterministic catalog for benchmarks and tests (never shown to advisors as real).

`synthetic_catalog(5000)` gives about 5,000 offerings of some 400 items across all 35 regions, with
every kind, leerweg, credential and schedule form, prerequisites that point backwards only (so there
are no cycles) and the sample catalog's regions, demand and funding. The same seed gives the same
catalog.
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from ..domain import (
    Catalog,
    CatalogItem,
    CredentialKind,
    DemandRating,
    ItemKind,
    Leerweg,
    Offering,
    Prerequisites,
    RefLevel,
    StartSchedule,
    Werkproces,
)
from .sample import load_sample

SECTORS: dict[str, tuple[str, ...]] = {
    "zorg en welzijn": ("verzorgende", "begeleider", "helpende", "verpleegkundige", "assistent"),
    "techniek": ("monteur", "elektricien", "installateur", "technicus", "lasser"),
    "bouw": ("metselaar", "timmerman", "schilder", "tegelzetter", "stukadoor"),
    "horeca": ("kok", "gastheer", "medewerker bediening", "zelfstandig werkend kok"),
    "onderwijs": ("onderwijsassistent", "pedagogisch medewerker", "sport- en bewegingsleider"),
    "logistiek": ("logistiek medewerker", "chauffeur", "magazijnmedewerker", "heftruckchauffeur"),
    "economie": ("administratief medewerker", "verkoper", "secretaresse", "klantcontactmedewerker"),
    "ict": ("servicedesk medewerker", "netwerkbeheerder", "applicatieontwikkelaar"),
    "groen": ("hovenier", "medewerker dierverzorging", "teeltmedewerker"),
    "taal": ("nederlands", "taal"),
}
PROVIDERS = ("ROC Voorbeeld", "Vakschool Noord", "Opleidingscentrum Oost", "Leerbedrijf West",
             "Zuiderpoort College", "Technisch Instituut Midden", "Zorgacademie Regio")
TOWNS = ("Centrum", "Noord", "Zuid", "Oost", "West", "Haven", "Campus")
WP_VERBS = ("Bereidt voor", "Voert uit", "Controleert", "Rapporteert over", "Overlegt over",
            "Plant", "Ondersteunt bij", "Begeleidt")


def _items(rng: random.Random) -> list[CatalogItem]:
    items: list[CatalogItem] = []
    crebo = 90000
    for sector, occupations in SECTORS.items():
        if sector == "taal":
            continue
        for occ in occupations:
            for level in (1, 2, 3, 4):
                if level == 1 and rng.random() < 0.6:
                    continue
                crebo += 1
                wps = tuple(
                    Werkproces(f"B1-K{k}-W{w}", f"{rng.choice(WP_VERBS)} {occ}werkzaamheden {k}.{w}")
                    for k in (1, 2) for w in range(1, rng.randint(2, 5))
                )
                items.append(CatalogItem(
                    code=str(crebo), kind=ItemKind.QUALIFICATION,
                    title=f"{occ.capitalize()} niveau {level}", level=level, sector=sector,
                    dossier_code=str(80000 + crebo % 1000 // 4), dossier_title=occ.capitalize(),
                    leerwegen=(Leerweg.BOL, Leerweg.BBL), werkprocessen=wps,
                    vog_required=sector in ("zorg en welzijn", "onderwijs") and rng.random() < 0.7,
                    dutch_required=RefLevel.F3 if level == 4 else RefLevel.F2,
                    occupations=(occ, sector), sample=True, source="synthetisch",
                ))
    quals = list(items)
    for n in range(1, 81):
        items.append(CatalogItem(
            code=f"K9{n:03d}", kind=ItemKind.KEUZEDEEL, title=f"Keuzedeel {n}: "
            f"{rng.choice(('Nederlands', 'Rekenen', 'Engels', 'Ondernemen', 'Digitale vaardigheden'))}",
            sector=rng.choice(list(SECTORS)), sbu=rng.choice((240, 480)),
            dutch_required=rng.choice((RefLevel.F1, RefLevel.F2, None)), sample=True,
            source="synthetisch"))
    for n, q in enumerate(rng.sample(quals, min(60, len(quals))), 1):
        items.append(CatalogItem(
            code=f"C-{q.code}-{n}", kind=ItemKind.CERTIFICATE, title=f"Certificaat {q.title}",
            level=q.level, sector=q.sector, part_of=q.code, werkprocessen=q.werkprocessen[:2],
            sample=True, source="synthetisch"))
    for n, q in enumerate(rng.sample(quals, min(60, len(quals))), 1):
        items.append(CatalogItem(
            code=f"PV-{q.code}-{n}", kind=ItemKind.PRAKTIJKVERKLARING,
            title=f"Praktijkverklaring {q.title}", level=q.level, sector=q.sector, part_of=q.code,
            werkprocessen=q.werkprocessen[:3], sample=True, source="synthetisch"))
    for n in range(1, 81):
        sector = rng.choice(list(SECTORS))
        items.append(CatalogItem(
            code=f"MOD-{n:03d}", kind=ItemKind.SHORT_MODULE,
            title=f"Korte module {rng.choice(SECTORS[sector])} {n}", sector=sector,
            level=rng.choice((None, 1, 2, 3)), sample=True, source="synthetisch"))
    return items


def _schedule(rng: random.Random) -> StartSchedule:
    form = rng.random()
    if form < 0.3:
        return StartSchedule(monthly=True, day=rng.choice((1, 15)))
    if form < 0.8:
        return StartSchedule(months=tuple(sorted(rng.sample(range(1, 13), rng.randint(1, 3)))))
    year = 2026
    return StartSchedule(dates=tuple(sorted({date(year + rng.randint(0, 1), rng.randint(1, 12),
                                                  rng.randint(1, 28)) for _ in range(3)})))


def synthetic_catalog(n_offerings: int = 5000, seed: int = 1) -> Catalog:
    """A deterministic catalog with `n_offerings` offerings spread over all 35 regions."""
    rng = random.Random(seed)
    base = load_sample()
    regions = base.regions
    items = _items(rng)
    by_code = {i.code: i for i in items}
    quals_by_occ: dict[tuple[str, ...], list[CatalogItem]] = {}
    for i in items:
        if i.kind is ItemKind.QUALIFICATION:
            quals_by_occ.setdefault(i.occupations, []).append(i)
    offerings: list[Offering] = []
    for n in range(n_offerings):
        item = items[rng.randrange(len(items))]
        region = regions[n % len(regions)]
        kind = item.kind
        previous = ""
        if kind is ItemKind.QUALIFICATION:
            leerweg = rng.choice((Leerweg.BOL, Leerweg.BBL, Leerweg.BBL, Leerweg.DERDE_LEERWEG))
            weeks = {1: 40, 2: 80, 3: 120, 4: 160}.get(item.level or 2, 80)
            hours = 32.0 if leerweg is Leerweg.BBL else 26.0
            cost = Decimal(rng.choice(("1304", "2050", "1400", "2600")))
            leads = CredentialKind.DIPLOMA
            lower = [q for q in quals_by_occ[item.occupations] if (q.level or 0) < (item.level or 0)]
            if lower and rng.random() < 0.3:
                previous = lower[-1].code
        elif kind in (ItemKind.CERTIFICATE, ItemKind.PRAKTIJKVERKLARING):
            leerweg = Leerweg.DERDE_LEERWEG
            weeks = rng.choice((12, 20, 30, 40))
            hours = float(rng.choice((8, 16, 24)))
            cost = Decimal("1750") if kind is ItemKind.CERTIFICATE else Decimal("750")
            leads = (CredentialKind.CERTIFICAAT if kind is ItemKind.CERTIFICATE
                     else CredentialKind.PRAKTIJKVERKLARING)
        else:
            leerweg = Leerweg.SHORT_COURSE
            weeks = rng.choice((4, 6, 8, 10, 20))
            hours = float(rng.choice((2, 3, 4, 6, 8)))
            cost = Decimal(rng.randrange(150, 1200, 25)).quantize(Decimal("0.01"))
            leads = CredentialKind.CERTIFICAAT if kind is ItemKind.KEUZEDEEL else (
                CredentialKind.SCHOOLVERKLARING)
        provider = PROVIDERS[rng.randrange(len(PROVIDERS))]
        offerings.append(Offering(
            code=f"SYN-{n:05d}", item_code=item.code, provider=provider,
            location=f"{region.name} {rng.choice(TOWNS)}", region_code=region.code, leerweg=leerweg,
            weeks=weeks, hours_per_week=hours, cost=cost, leads_to=leads,
            prerequisites=Prerequisites(
                min_prior_level=rng.choice((None, None, 1, 2)) if item.level and item.level > 2
                else None,
                requires_startkwalificatie=item.level == 4 and rng.random() < 0.3,
                dutch=item.dutch_required, previous_item=previous,
                requires_job=leerweg is Leerweg.BBL),
            alongside=kind in (ItemKind.KEUZEDEEL, ItemKind.SHORT_MODULE),
            schedule=_schedule(rng), sample=True,
        ))
    demand = list(base.demand)
    seen = {(d.region_code, d.crebo, d.occupation) for d in demand}
    for region in regions:
        for q in rng.sample([i for i in items if i.kind is ItemKind.QUALIFICATION], 8):
            if (region.code, q.code, "") in seen:
                continue
            demand.append(DemandRating(region_code=region.code, rating=rng.randint(1, 5),
                                       source="synthetisch", as_of=date(2026, 1, 15), crebo=q.code,
                                       indicator=round(rng.uniform(0.5, 5.0), 2), sample=True))
    return Catalog(items=by_code, offerings=tuple(offerings), regions=regions,
                   demand=tuple(demand), funding=base.funding)
