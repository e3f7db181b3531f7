"""A probe of routes and plans for people nobody has tried yet (session 8).

Candidates are drawn as an advisor's form holds them (`form_values`: the values typed, checked by the
same `check_values` the form and the exchange format use, turned into a record by `to_record`) and run
through what the app's `candidate_routes` and `save_plan` call (`match_result`, `plan_version`) over the
sample catalog and over catalogs with odd but legal content. On every result the domain's hard rules
are checked directly (not only through `rules.violations`), and every text a candidate or advisor reads
(reasons, gaps, payments, actions, in Dutch and English) is checked for internal codes, "None",
"nan", empty brackets and doubled spaces.

The default run tries a modest number of people; `-m slow` tries many. Run as a script for a report:
`.venv/bin/python -m tests.core.test_matching_probe 2000` (goes through the database and the PDF too).
"""

from __future__ import annotations

import csv
import random
import re
import sys
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake_desk.catalog.sample import load_sample
from intake_desk.domain import (
    Candidate,
    CandidateRecord,
    Catalog,
    CatalogItem,
    ConsentPurpose,
    CredentialKind,
    Intake,
    ItemKind,
    Leerweg,
    Offering,
    PlanVersion,
    Referrer,
    RefLevel,
    Route,
    StartSchedule,
)
from intake_desk.domain.route import GapCode
from intake_desk.form_values import blocking, check_values, to_record
from intake_desk.matching import match_result, violations
from intake_desk.matching.engine import MatchResult
from intake_desk.matching.facts import PRAKTIJKLEREN_MAX_WEEKS
from intake_desk.matching.plan_content import plan_version
from intake_desk.paths import resource
from intake_desk.plans.texts import action_text, gap_text, payment_text, reason_text, violation_text

TODAY = date(2026, 11, 30)

# ---------------------------------------------------------------- who comes to the desk

FIRST = ("Fatima", "Mohammed", "Sanne", "Jan", "Anna-Maria Wilhelmina Johanna Theodora", "Ahmad",
         "Tesfay", "Ewa", "Joost", "Özlem", "Daan", "Noor", "Yusuf", "Marie-Christine")
PREFIX = ("", "", "", "van", "van der", "de", "van den", "ter", "in 't", "van de")
SURNAME = ("Jansen", "El Amrani", "Bakker", "Gebremedhin", "Kowalska", "Yılmaz", "Visser",
           "Schimmelpenninck van der Oye-Vanderbroeck tot Aldenhove en Nijenrode",
           "Wijngaarden-Oudshoorn-Bloemendaal", "Nguyen")
GOALS = ("verzorgende IG", "Helpende zorg en welzijn", "verpleegkundige", "Pedagogisch medewerker "
         "kinderopvang", "onderwijsassistent", "elektricien", "eerste monteur elektrotechniek", "kok",
         "metselaar", "logistiek medewerker", "iets met auto's", "administratief medewerker", "zorg",
         "techniek", "kapper", "beveiliger", "astronaut", "ICT", "verkoper", "timmerman",
         "begeleider gehandicaptenzorg", "apothekersassistent", "schoonmaker", "")
SECTORS = ("", "", "zorg en welzijn", "techniek", "horeca", "bouw", "logistiek")
ROLES = (("Magazijnmedewerker", "logistiek"), ("Verkoper", "retail"), ("Thuiszorg", "zorg"),
         ("Elektricien", "installatietechniek"), ("Kok", "horeca"), ("Taxichauffeur", "vervoer"),
         ("Verpleegkundige (Syrië)", "zorg"), ("Leraar", "onderwijs"), ("Schoonmaker", "schoonmaak"),
         ("Vrijwilliger buurthuis", "welzijn"))
FUNDING = ("", "", "STAP-opvolger", "UWV", "UWV scholing", "gemeente", "werkgever", "zelf",
           "levenlanglerenkrediet", "O&O-fonds zorg", "mobiliteitsteam", "praktijkleren")
NOTES = {"wonen": ("Kinderopvang nodig voor twee kinderen", "Woont tijdelijk bij familie"),
         "inkomen": ("Schulden, bewindvoering aangevraagd", "Wacht op uitkering"),
         "welzijn": ("Rugklachten, geen zwaar tilwerk", "Depressieve klachten, onder behandeling",
                     "Geen lichamelijke klachten"),
         "werk-en-school": ("Stopte eerder met mbo-2",),
         "support": ("Mantelzorger voor moeder",)}
REGIONS = ("zeeland", "twente", "rijnmond", "groot-amsterdam", "zuid-limburg", "achterhoek",
           "Midden-Utrecht", "Food Valley", "friesland", "drenthe")
PERSONAS = ("newcomer", "school-leaver", "switcher-50", "care", "bbl-no-employer", "few-hours", "any")


def _dmy(d: date) -> str:
    return d.strftime("%d-%m-%Y")


def _born(rng: random.Random, low: int, high: int) -> date:
    age_days = rng.randint(low * 365 + 5, high * 365 + 300)
    return TODAY - timedelta(days=age_days)


def form_values(seed: int, persona: str | None = None) -> dict[str, Any]:
    """What an advisor types for one person of a kind (deterministic per seed)."""
    rng = random.Random(seed)
    kind = persona or rng.choice(PERSONAS)
    v: dict[str, Any] = {
        "first_name": rng.choice(FIRST), "tussenvoegsel": rng.choice(PREFIX),
        "surname": rng.choice(SURNAME), "intake_date": _dmy(TODAY), "advisor": "Probe Adviseur",
        "region_code": rng.choice(REGIONS), "situation": rng.choice(
            ["werkzoekend", "ww", "bijstand", "werkend", "schoolverlater", "nieuwkomer", "anders"]),
        "referrer": rng.choice(["zelf", "uwv", "gemeente", "werkgever", "school", "rmt",
                                "leerwerkloket"]),
        "dutch_overall": rng.choice(["onbekend", "geen", "A1", "A2", "B1", "B2", "C1"]),
        "dutch_native": rng.random() < 0.3,
        "hours_per_week": rng.choice(["0", "4", "8", "12", "16", "20", "24", "32", "40"]),
        "goal_occupation": rng.choice(GOALS), "goal_sector": rng.choice(SECTORS),
        "goal_credential": rng.choice(["", "", "diploma", "certificaat", "praktijkverklaring"]),
        "funding": "\n".join(rng.sample(FUNDING, rng.randint(0, 2))).strip(),
        "has_job": rng.random() < 0.3, "evc_interest": rng.random() < 0.3,
        "vog_needed": rng.random() < 0.2,
        "birth_date": _dmy(_born(rng, 16, 66)),
        "education": [], "experience": [], "languages": [],
    }
    if rng.random() < 0.5:
        v["earliest_start"] = _dmy(TODAY + timedelta(days=rng.choice([-20, 0, 30, 120, 400])))
    for w in rng.sample(["bol", "bbl", "derde-leerweg", "kort"], rng.choice([0, 0, 1, 2])):
        v[f"leerweg_{w}"] = True
    level = rng.choice(["geen", "vmbo-bb", "vmbo-kb", "vmbo-gt", "havo", "vwo", "mbo-1", "mbo-2",
                        "mbo-3", "mbo-4", "hbo", "wo", "buitenland-vo", "buitenland-mbo", "buitenland-ho"])
    v["education"] = [{"level": level, "name": "", "year": str(rng.randint(1980, 2026)),
                       "completed": rng.random() < 0.8}]
    if kind == "newcomer":
        v.update(situation="nieuwkomer", dutch_overall=rng.choice(["A1", "A2", "A2", "B1"]),
                 dutch_native=False, birth_date=_dmy(_born(rng, 19, 55)))
        v["education"] = [{"level": rng.choice(["buitenland-vo", "buitenland-mbo", "buitenland-ho"]),
                           "name": rng.choice(["Bachelor of Nursing", "Diploma mechanics", ""]),
                           "year": "2015", "completed": True}]
        v["languages"] = [{"language": rng.choice(["Arabisch", "Tigrinya", "Pools", "Oekraïens"]),
                           "level": "C2"}]
    elif kind == "school-leaver":
        v.update(situation="schoolverlater", birth_date=_dmy(_born(rng, 16, 22)),
                 referrer=rng.choice(["school", "gemeente", "zelf"]))
        v["education"] = [{"level": rng.choice(["vmbo-bb", "vmbo-kb", "vmbo-gt", "praktijkonderwijs",
                                                "mbo-1", "mbo-2", "havo", "geen"]),
                           "name": "", "year": "2026", "completed": rng.random() < 0.5}]
    elif kind == "switcher-50":
        v.update(birth_date=_dmy(_born(rng, 50, 64)), evc_interest=True,
                 situation=rng.choice(["werkend", "ww", "werkzoekend"]))
    elif kind == "care":
        v.update(goal_occupation=rng.choice((*GOALS[:6], "begeleider gehandicaptenzorg")),
                 goal_sector="zorg en welzijn")
    elif kind == "bbl-no-employer":
        v.update(has_job=False, situation=rng.choice(["werkzoekend", "ww", "bijstand"]))
        v["leerweg_bbl"] = True
    elif kind == "few-hours":
        v["hours_per_week"] = rng.choice(["0", "4", "8"])
    for _ in range(rng.choice([0, 1, 1, 2])):
        role, sector = rng.choice(ROLES)
        v["experience"].append({"role": role, "sector": sector, "tasks": "",
                                "years": str(rng.choice([1, 3, 8, 25])),
                                "volunteer": rng.random() < 0.2})
    for domain, notes in NOTES.items():
        if rng.random() < 0.15:
            v[f"barrier_{domain}"] = True
            v[f"note_{domain}"] = rng.choice(notes)
            v[f"referral_{domain}"] = rng.choice(["", "Schuldhulpverlening gemeente", "Huisarts"])
    if rng.random() < 0.8:
        v["consent_given"] = True
        v["consent_date"] = _dmy(TODAY)
        for p in ("advies", "plan", "contact", "delen-school", "statistiek"):
            if rng.random() < 0.8:
                v[f"consent_{p}"] = True
    return v


# ---------------------------------------------------------------- catalogs with odd but legal content

CATALOG_KINDS = ("sample", "few", "only-bbl", "past-dates", "far-future", "no-dates", "weeks-40-41",
                 "expired-crebo", "entree-only", "long-names")


@cache
def sample() -> Catalog:
    return load_sample()


@cache
def superseded() -> dict[str, str]:
    """crebo -> its newer code with the same title (mbo/kwalificaties.csv; SOURCES.md)."""
    with open(resource("reference", "mbo", "kwalificaties.csv"), encoding="utf-8") as f:
        return {r["crebo"]: r["nieuwere_code_zelfde_titel"] for r in csv.DictReader(f)
                if r["nieuwere_code_zelfde_titel"]}


def _keep(catalog: Catalog, offerings: list[Offering], items: dict[str, CatalogItem] | None = None
          ) -> Catalog:
    used = {o.item_code for o in offerings}
    all_items = items or catalog.items
    # an item an offering names, and every item those point to (part_of, an entry requirement)
    keep = {c: i for c, i in all_items.items() if c in used or any(
        i.code in (all_items[u].part_of, ) for u in used if u in all_items)}
    for o in offerings:
        if o.prerequisites.previous_item in all_items:
            keep[o.prerequisites.previous_item] = all_items[o.prerequisites.previous_item]
    for code in list(keep):
        parent = keep[code].part_of
        if parent and parent in all_items:
            keep[parent] = all_items[parent]
    return replace(catalog, items=keep, offerings=tuple(offerings))


def odd_catalog(kind: str, seed: int = 0) -> Catalog:
    """The sample catalog, made odd in one way a school's real file may be."""
    base = sample()
    rng = random.Random(seed)
    offs = list(base.offerings)
    if kind == "sample":
        return base
    if kind == "few":
        return _keep(base, rng.sample(offs, rng.randint(1, 6)))
    if kind == "only-bbl":
        return _keep(base, [o for o in offs if o.leerweg is Leerweg.BBL])
    if kind == "past-dates":
        return _keep(base, [replace(o, schedule=StartSchedule(dates=(TODAY - timedelta(days=90),
                                                                     TODAY - timedelta(days=1))))
                            if i % 2 else o for i, o in enumerate(offs)])
    if kind == "far-future":
        return _keep(base, [replace(o, schedule=StartSchedule(dates=(TODAY + timedelta(days=3 * 365),)))
                            for o in offs])
    if kind == "no-dates":
        return _keep(base, [replace(o, schedule=StartSchedule()) if i % 3 else o
                            for i, o in enumerate(offs)])
    if kind == "weeks-40-41":
        return _keep(base, [replace(o, weeks=40 + (i % 2)) for i, o in enumerate(offs)])
    if kind == "expired-crebo":
        # the school's file still lists the 2015 code of a qualification that has a newer code
        items = dict(base.items)
        extra = []
        for old, new in sorted(superseded().items())[:: 3]:
            if new in items and old not in items:
                items[old] = replace(items[new], code=old, title=items[new].title)
                extra += [replace(o, code=o.code + "-OUD", item_code=old) for o in offs
                          if o.item_code == new][:20]
        return _keep(base, offs + extra, items)
    if kind == "entree-only":
        entree = {c for c, i in base.items.items() if i.level == 1}
        return _keep(base, [o for o in offs if o.item_code in entree
                            or o.leerweg is Leerweg.SHORT_COURSE])
    if kind == "long-names":
        long = " en ".join(["Medewerker maatschappelijke dienstverlening, wonen, zorg en welzijn"] * 3)
        items = {c: replace(i, title=(i.title + " - " + long)[:250].rstrip(" ,"))
                 for c, i in base.items.items()}
        return _keep(base, [replace(o, provider="Regionaal Opleidingen Centrum " + o.provider * 2,
                                    location=o.location + " (hoofdlocatie, ingang achterzijde)")
                            for o in offs], items)
    raise ValueError(kind)


# ---------------------------------------------------------------- what must hold on every result

# Stored codes of enums a reader must never see: they are words for the program, not for people.
CODES = re.compile(r"\b(?:None|nan|NaN|null|True|False|GapCode|ReasonCode|PayCode|WhyNot|Rule\.|"
                   r"buitenland-(?:vo|mbo|ho)|werk-en-school|delen-\w+|geen-uren|geen-doel|"
                   r"buiten-bereik\w*|doel-[a-z-]+|niveau-[a-z-]+|taal-[a-z-]+|eerst-kort|"
                   r"wens-kort|hbo-kort|kosten-betalers|nog-niet-betaald|geen-regeling|"
                   r"uwv-scholing|oo-\w+|praktijkleren-bbl|onder-18|derde-leerweg|rule-\w+)\b")
EMPTY = re.compile(r"\(\s*\)|\[\s*\]|\{|\}|  |\s[,.;:]|,,|\.\.(?!\.)|^\s|\s$|: \.|€\s*$")


def text_problems(text: str, where: str) -> list[str]:
    problems = []
    if not text.strip():
        problems.append(f"{where}: empty text")
    for m in CODES.finditer(text):
        problems.append(f"{where}: internal code {m.group(0)!r} in {text!r}")
    for m in EMPTY.finditer(text):
        problems.append(f"{where}: {m.group(0)!r} in {text!r}")
    return problems


def words_of(route: Route, lang: str) -> list[tuple[str, str]]:
    out = [(f"reason {r.code or r.factor}", reason_text(r, lang)) for r in route.reasons]
    out += [(f"gap {g.code}", gap_text(g, lang)) for g in route.gaps]
    out += [(f"payment {s.payment.code}", payment_text(s.payment, lang)) for s in route.steps
            if s.payment is not None]
    return out


def dutch_needed(level: int | None) -> RefLevel | None:
    """DOMAIN.md: mbo 1-3 ask 2F, mbo 4 asks 3F."""
    if level is None:
        return None
    return RefLevel.F3 if level >= 4 else RefLevel.F2


def deadline_problems(route: Route, catalog: Catalog, today: date) -> list[str]:
    """No deadline in the past; finding a leerbedrijf is due at least two weeks from today and
    leaves weeks before the step that needs it (docs/advice-rules.md, "Real time before the start")."""
    out = [f"gap {g.code} due {g.due} before today" for g in route.gaps
           if g.due is not None and g.due < today]
    job = {o.code for o in catalog.offerings if o.prerequisites.requires_job}
    at_work = [s.start for s in route.steps
               if s.leerweg in (Leerweg.BBL, Leerweg.DERDE_LEERWEG) or s.offering_code in job]
    for g in route.gaps:
        if g.code is GapCode.LEERBEDRIJF and g.due is not None and at_work and (
                g.due < today + timedelta(days=14) or g.due > min(at_work) - timedelta(days=14)):
            out.append(f"find a leerbedrijf due {g.due}: too soon (today {today}, start {min(at_work)})")
    return out


def check_route(route: Route, intake: Intake, candidate: Candidate, catalog: Catalog, today: date
                ) -> list[str]:
    """The domain's hard rules, said directly, for one route."""
    out = [f"breaks {v.rule.value}: {violation_text(v, 'nl')}" for v in
           violations(route, intake, catalog, today, candidate)]
    codes = {g.code for g in route.gaps}
    by_code = {o.code: o for o in catalog.offerings}
    age = None
    if candidate.birth_date is not None:
        b = candidate.birth_date
        age = today.year - b.year - ((today.month, today.day) < (b.month, b.day))
    if not route.steps:
        return [*out, "route without steps"]
    for s in route.steps:
        offering = by_code.get(s.offering_code)
        if s.start < today:
            out.append(f"step {s.title!r} starts {s.start} before today")
        if s.hours_per_week > intake.availability.hours_per_week:
            out.append(f"step {s.title!r} asks {s.hours_per_week} h, candidate has "
                       f"{intake.availability.hours_per_week}")
        if offering is None:
            out.append(f"step {s.offering_code} not in catalog")
        elif offering.weeks - s.exempt_weeks < 1:
            out.append(f"step {s.title!r} shortened to nothing")
        if s.level == 1 and s.kind is ItemKind.QUALIFICATION and intake.has_startkwalificatie:
            out.append(f"Entree step {s.title!r} for someone with a startkwalificatie")
        if s.level == 1 and s.kind is ItemKind.QUALIFICATION and any(
                e.completed and e.level.value.startswith("vmbo") for e in intake.education):
            # DOMAIN.md: Entree is for those who cannot enter level 2 (no vmbo diploma)
            out.append(f"Entree step {s.title!r} for someone with a vmbo diploma")
        # BBL, a step that asks for a job, or one whose payment names a practice place: someone has
        # to find (or check) the erkend leerbedrijf
        at_work = (s.leerweg is Leerweg.BBL or (offering and offering.prerequisites.requires_job)
                   or (s.payment is not None and s.payment.subsidy_code))
        if at_work and not codes & {GapCode.LEERBEDRIJF, GapCode.ERKEND_LEERBEDRIJF}:
            out.append(f"BBL/job step {s.title!r} without a leerbedrijf gap")
    for s in route.steps:  # steps side by side (Dutch alongside the course) share the hours
        load = sum(o.hours_per_week for o in route.steps if o.start <= s.start < o.end)
        if load > intake.availability.hours_per_week:
            out.append(f"{load} h a week at {s.start}, candidate has {intake.availability.hours_per_week}")
    out += deadline_problems(route, catalog, today)
    last = route.steps[-1]
    if last.item_code in superseded() and last.kind is ItemKind.QUALIFICATION:
        out.append(f"goal step {last.item_code} {last.title!r} has a newer code "
                   f"{superseded()[last.item_code]}")
    funded_40 = intake.referrer is Referrer.RMT or any(
        w in line.casefold() for line in intake.funding for w in ("praktijkleren", "mobiliteit", "rmt"))
    if funded_40 and route.total_weeks > PRAKTIJKLEREN_MAX_WEEKS:
        out.append(f"route of {route.total_weeks} weeks for a 40-week funded candidate")
    if age is not None and age < 18 and not intake.has_startkwalificatie and (
            last.credential is not CredentialKind.DIPLOMA
            or any(s.leerweg is Leerweg.DERDE_LEERWEG for s in route.steps)):
        out.append("kwalificatieplichtig without a diploma route in BOL/BBL")
    need = dutch_needed(last.level)
    if need is not None and last.kind is ItemKind.QUALIFICATION and not intake.dutch.meets(need):
        dutch_step = any(s.bridging and s.level is None for s in route.steps[:-1])
        if not (codes & {GapCode.NT2, GapCode.DUTCH_UNKNOWN} or dutch_step):
            out.append(f"Dutch {intake.dutch.overall} below {need} for {last.title!r}: no NT2 step or gap")
    return out


def check_result(result: MatchResult, intake: Intake, candidate: Candidate, catalog: Catalog,
                 today: date) -> list[str]:
    out: list[str] = []
    for route in result.routes:
        out += check_route(route, intake, candidate, catalog, today)
        for lang in ("nl", "en"):
            for where, text in words_of(route, lang):
                out += text_problems(text, f"{lang} {where}")
    if not result.routes:
        if not result.gaps or not any(g.blocking for g in result.gaps):
            out.append("no route and no blocking gap that says why")
        for g in result.gaps:
            for lang in ("nl", "en"):
                out += text_problems(gap_text(g, lang), f"{lang} no-route gap {g.code}")
    return out


def check_plan(plan: PlanVersion, today: date) -> list[str]:
    out: list[str] = []
    if not plan.route.steps and not plan.actions:
        out.append("plan without a route and without an action that could open one")
    for a in plan.actions:
        if a.due is not None and a.due < today:
            out.append(f"action due {a.due} before today")
        for lang in ("nl", "en"):
            out += text_problems(action_text(a, lang), f"{lang} action")
    for g in plan.route.gaps + plan.goal_notes:
        for lang in ("nl", "en"):
            out += text_problems(gap_text(g, lang), f"{lang} plan gap {g.code}")
    return out


def probe(seed: int, kind: str, persona: str | None = None) -> tuple[list[str], dict[str, Any]]:
    """Every problem for one person on one catalog, and what showed it."""
    values = form_values(seed, persona)
    issues = check_values(values)
    if blocking(issues):
        return [], {"skipped": sorted(issues)}
    record = to_record(values, today=TODAY)
    catalog = odd_catalog(kind, seed)
    result = match_result(record.intake, catalog, TODAY, candidate=record.candidate)
    problems = check_result(result, record.intake, record.candidate, catalog, TODAY)
    route = result.routes[0] if result.routes else None
    plan = plan_version(CandidateRecord(record.candidate, record.intake), catalog, route, TODAY,
                        advisor="Probe Adviseur")
    problems += check_plan(plan, TODAY)
    return problems, {"values": values, "routes": len(result.routes), "kind": kind}


# ---------------------------------------------------------------- the tests

_SETTINGS: dict[str, Any] = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _assert_clean(seed: int, kind: str, persona: str | None) -> None:
    problems, seen = probe(seed, kind, persona)
    assert not problems, (seed, kind, persona, problems[:5], seen.get("values"))


@settings(max_examples=25, **_SETTINGS)
@given(st.integers(0, 10**6), st.sampled_from(CATALOG_KINDS), st.sampled_from((*PERSONAS, None)))
def test_people_nobody_tried_get_routes_that_keep_the_rules(seed: int, kind: str,
                                                              persona: str | None) -> None:
    _assert_clean(seed, kind, persona)


@pytest.mark.slow
@settings(max_examples=1500, **_SETTINGS)
@given(st.integers(0, 10**6), st.sampled_from(CATALOG_KINDS), st.sampled_from((*PERSONAS, None)))
def test_people_nobody_tried_get_routes_that_keep_the_rules_many(seed: int, kind: str,
                                                                   persona: str | None) -> None:
    _assert_clean(seed, kind, persona)


# ---------------------------------------------------------------- through the app, to paper

PDF_TEXT = re.compile(r"\b(?:None|nan|NaN|null)\b|\(\s*\)|\[\s*\]|\{|\}")


def through_the_app(count: int, out: str = "") -> Counter[str]:
    """`count` people of the sample catalog the way the desk takes them: the form's values saved by
    `save_record`, routes by `candidate_routes`, the first route (or none) saved by `save_plan`, the
    plan printed by `plan_pdf` in Dutch and English and read back with pdftotext. The oddest plans
    (longest name, no goal, most steps, no route, English) are written to `out` to be looked at."""
    import tempfile
    from pathlib import Path

    from intake_desk.app.candidates import save_record
    from intake_desk.app.opening import open_or_create
    from intake_desk.app.plans import plan_pdf
    from intake_desk.app.routes import candidate_routes, save_plan
    from intake_desk.app.settings import store_settings
    from intake_desk.examples import EXAMPLE_SETTINGS
    from intake_desk.plans.document import PlanUnavailable
    from intake_desk.storage import ConsentMissing
    from tests.pdf_text import pdf_text

    found: Counter[str] = Counter()
    odd: dict[str, tuple[float, str, str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        db = open_or_create(Path(tmp) / "probe.sqlite")
        store_settings(db, EXAMPLE_SETTINGS)
        for seed in range(count):
            values = form_values(10_000 + seed)
            if blocking(check_values(values)):
                found["blocked by the form's checks"] += 1
                continue
            meta, _ = save_record(db, None, to_record(values, today=TODAY))
            data = candidate_routes(db, meta.id, TODAY)
            problems = check_result(data.result, data.record.intake, data.record.candidate,
                                    data.catalog, TODAY)
            route = data.result.routes[0] if data.result.routes else None
            allowed = data.record.intake.consent.allows(ConsentPurpose.PLAN)
            try:  # a plan is kept (and printed) only with consent for a plan
                plan, _ = save_plan(db, meta.id, route, today=TODAY)
            except ConsentMissing as exc:
                problems += [f"plan refused with consent: {exc}"] if allowed else []
                found.update(re.sub(r"'[^']*'|\d+", "#", p)[:140] for p in problems)
                continue
            if not allowed:
                problems.append("plan saved without consent for a plan")
            problems += check_plan(plan, TODAY)
            for lang in ("nl", "en"):
                try:
                    pdf = plan_pdf(db, meta.id, lang=lang)
                except PlanUnavailable as exc:
                    problems.append(f"plan refused: {exc}")
                    continue
                text = pdf_text(pdf)
                problems += [f"pdf {lang}: {m.group(0)!r}" for m in PDF_TEXT.finditer(text)]
                if "oorbeeld" not in text and "ample" not in text:
                    problems.append(f"pdf {lang}: sample catalog but no 'voorbeeld' mark")
                name = data.record.candidate.name
                keys = {"longest-name": len(f"{name.first_name} {name.tussenvoegsel} {name.surname}"),
                        "most-steps": len(plan.route.steps), "no-route": float(not plan.route.steps),
                        "no-goal": float(not data.record.intake.goals),
                        "most-gaps": len(plan.route.gaps) + len(plan.actions)}
                for key, size in keys.items():
                    k = f"{key}-{lang}"
                    if size and size > odd.get(k, (0.0, "", ""))[0]:
                        odd[k] = (size, meta.id, lang)
                        if out:
                            Path(out).mkdir(parents=True, exist_ok=True)
                            (Path(out) / f"{k}.pdf").write_bytes(pdf)
            for p in problems:
                found[re.sub(r"'[^']*'|\d+", "#", p)[:140]] += 1
        db.close()
    return found


def test_people_through_the_desk_and_the_printer() -> None:
    """A few people the way the desk takes them: saved, matched, planned, printed in both languages."""
    found = through_the_app(6)
    assert not found, found.most_common(5)


@pytest.mark.slow
def test_many_people_through_the_desk_and_the_printer() -> None:
    found = through_the_app(300)
    assert not found, found.most_common(5)


# ---------------------------------------------------------------- the script

def main(count: int) -> int:
    found: Counter[str] = Counter()
    first: dict[str, tuple[int, str, str | None]] = {}
    routes = Counter[str]()
    for seed in range(count):
        kind = CATALOG_KINDS[seed % len(CATALOG_KINDS)]
        persona = PERSONAS[(seed // len(CATALOG_KINDS)) % len(PERSONAS)]
        try:
            problems, seen = probe(seed, kind, persona)
        except Exception as exc:  # a crash is a finding of the probe too
            problems, seen = [f"crash {type(exc).__name__}: {exc}"], {}
        routes["with route" if seen.get("routes") else "no route"] += 1
        for p in problems:
            key = re.sub(r"'[^']*'|\d+", "#", p)[:140]
            found[key] += 1
            first.setdefault(key, (seed, kind, persona))
    print(dict(routes))
    for key, n in found.most_common():
        print(f"{n:5d}  {key}   e.g. seed={first[key]}")
    return 1 if found else 0


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    if len(sys.argv) > 2:  # a folder: also through the database and the printer
        for key, times in through_the_app(n // 5, sys.argv[2]).most_common():
            print(f"{times:5d}  app: {key}")
    sys.exit(main(n))
