"""The hard rules: a route that breaks one of these is never proposed, and an edit that breaks one is named.

`violations(route, intake, catalog, today)` is the single checker. The planner builds routes that
should pass it and then runs it anyway; the match panel runs it after every edit; the property test runs
it over thousands of generated intakes and catalogs. Each violation names its rule in Dutch and English.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from ..domain import Candidate, Catalog, FundingScheme, Intake, Leerweg, Route, RouteStep
from .facts import (
    PRAKTIJKLEREN_MAX_WEEKS,
    Gives,
    age_on,
    allowed_regions,
    dutch_rank,
    experience_credit,
    gives,
    held_items,
    index,
    intake_week_limit,
    leerweg_ok,
    previous_met,
)

GAP_LEERBEDRIJF = "leerbedrijf"
GAP_VOG = "vog"


class Rule(StrEnum):
    OFFERING = "aanbod"
    SCHEDULE = "startmoment"
    PREREQUISITE = "voorkennis"
    ORDER = "volgorde"
    HOURS = "uren"
    NOT_BEFORE_TODAY = "niet-voor-vandaag"
    START_WINDOW = "startperiode"
    REGION = "regio"
    MAX_WEEKS = "max-weken"
    FUNDING = "financiering"
    LEERBEDRIJF = "leerbedrijf"
    VOG = "vog"
    LEERWEG = "leerweg"
    FORTY_WEEKS = "40-weken"
    EXPERIENCE = "ervaring"


RULE_NAMES: dict[Rule, tuple[str, str]] = {
    Rule.OFFERING: ("Stap bestaat in het aanbod", "Step exists in the catalog"),
    Rule.SCHEDULE: ("Start op een startmoment", "Start on a start date"),
    Rule.PREREQUISITE: ("Toelatingseisen", "Entry requirements"),
    Rule.ORDER: ("Volgorde van stappen", "Order of steps"),
    Rule.HOURS: ("Uren per week", "Hours per week"),
    Rule.NOT_BEFORE_TODAY: ("Niet starten in het verleden", "No start in the past"),
    Rule.START_WINDOW: ("Gewenste startperiode", "Preferred start window"),
    Rule.REGION: ("Reisgebied", "Travel area"),
    Rule.MAX_WEEKS: ("Hoogstens 40 weken bij deze financiering", "At most 40 weeks with this funding"),
    Rule.FUNDING: ("Voorwaarden van de financiering", "Funding conditions"),
    Rule.LEERBEDRIJF: ("BBL alleen met baan of leerbedrijf", "BBL only with a job or training company"),
    Rule.VOG: ("VOG aangegeven", "Certificate of conduct flagged"),
    Rule.LEERWEG: ("Gewenste leerweg", "Preferred learning path"),
    Rule.EXPERIENCE: ("Korter door ervaring (EVC)", "Shorter through experience (EVC)"),
    Rule.FORTY_WEEKS: ("40-wekenregel (mobiliteitsteam, praktijkleren)",
                       "40-week rule (mobility team, praktijkleren)"),
}


_LEERWEG: dict[Leerweg, tuple[str, str]] = {
    Leerweg.BOL: ("BOL", "BOL (school-based)"), Leerweg.BBL: ("BBL", "BBL (work-based)"),
    Leerweg.DERDE_LEERWEG: ("derde leerweg", "the third learning path (contract training)"),
    Leerweg.SHORT_COURSE: ("een korte cursus", "a short course"),
}


@dataclass(frozen=True, slots=True)
class Violation:
    rule: Rule
    text_nl: str
    text_en: str
    step: int | None = None  # index into route.steps, None for the route as a whole

    def text(self, lang: str) -> str:
        return self.text_en if lang == "en" else self.text_nl

    @property
    def rule_nl(self) -> str:
        return RULE_NAMES[self.rule][0]

    @property
    def rule_en(self) -> str:
        return RULE_NAMES[self.rule][1]


def _v(rule: Rule, nl: str, en: str, step: int | None = None) -> Violation:
    return Violation(rule, nl, en, step)


def violations(route: Route, intake: Intake, catalog: Catalog, today: date,
               candidate: Candidate | None = None) -> list[Violation]:
    """Every hard rule `route` breaks for this intake; an empty list means the route may be proposed."""
    idx = index(catalog)
    found: list[Violation] = []
    steps = route.steps
    if not steps:
        return [_v(Rule.OFFERING, "De route heeft geen stappen.", "The route has no steps.")]
    regions = allowed_regions(intake, candidate)
    prefs = intake.preferences
    hours = intake.availability.hours_per_week
    gap_codes = {g.code for g in route.gaps}
    base_level = intake.highest_completed_level
    base_sk = intake.has_startkwalificatie
    held = held_items(intake)
    dutch = dutch_rank(intake)
    given: list[Gives] = []
    previous_main: RouteStep | None = None
    for n, s in enumerate(steps):
        o = idx.by_code.get(s.offering_code)
        label = f"{s.title} ({s.offering_code})"
        if o is None:
            found.append(_v(Rule.OFFERING, f"{label} staat niet (meer) in het aanbod.",
                            f"{label} is not in the catalog.", n))
            given.append(Gives())
            continue
        item = catalog.item(o.item_code)
        if (s.item_code != o.item_code or s.region_code != o.region_code or s.leerweg != o.leerweg
                or s.hours_per_week != o.hours_per_week
                or s.end != s.start + timedelta(weeks=o.weeks - s.exempt_weeks)):
            found.append(_v(Rule.OFFERING, f"{label} wijkt af van het aanbod (plaats, uren of duur).",
                            f"{label} differs from the catalog (place, hours or length).", n))
        if s.exempt_weeks:
            credit = experience_credit(intake, item, s.credential)
            allowed = credit.exempt_weeks(o.weeks) if credit is not None else 0
            if not 0 < s.exempt_weeks <= allowed:
                found.append(_v(Rule.EXPERIENCE,
                                f"{label} is {s.exempt_weeks} weken korter gepland dan het aanbod; "
                                f"de ervaring in de intake geeft hoogstens {allowed} weken vrijstelling.",
                                f"{label} is planned {s.exempt_weeks} weeks shorter than the catalog; "
                                f"the experience in the intake allows at most {allowed} weeks.", n))
        if (o.schedule.dates or o.schedule.months or o.schedule.monthly) and not \
                o.schedule.starts_between(s.start, s.start):
            found.append(_v(Rule.SCHEDULE, f"{label} start niet op {s.start:%d-%m-%Y}.",
                            f"{label} has no start on {s.start:%Y-%m-%d}.", n))
        # Entry requirements, met by the intake or by an earlier step that has ended by then.
        p = o.prerequisites
        earlier = list(zip(steps[:n], given, strict=True))
        needs: list[tuple[str, str, bool, list[RouteStep]]] = []
        if p.dutch is not None:
            prov = [e for e, g in earlier if g.dutch is not None and g.dutch.rank >= p.dutch.rank]
            needs.append((f"Nederlands op {p.dutch.value}", f"Dutch at {p.dutch.value}",
                          intake.dutch.meets(p.dutch), prov))
        if p.min_prior_level:
            prov = [e for e, g in earlier if g.level >= p.min_prior_level]
            needs.append((f"een diploma op niveau {p.min_prior_level}",
                          f"a diploma at level {p.min_prior_level}",
                          base_level >= p.min_prior_level, prov))
        if p.requires_startkwalificatie:
            prov = [e for e, g in earlier if g.startkwalificatie]
            needs.append(("een startkwalificatie", "a basic qualification", base_sk, prov))
        if p.previous_item:
            prov = [e for e, g in earlier if g.item_code == p.previous_item]
            needs.append((f"eerst {p.previous_item}", f"{p.previous_item} first",
                          previous_met(p.previous_item, held, dutch, catalog), prov))
        for nl, en, have, prov in needs:
            if have:
                continue
            if not prov:
                found.append(_v(Rule.PREREQUISITE, f"{label} vraagt {nl}; dat ontbreekt nog.",
                                f"{label} needs {en}, which is missing.", n))
            elif all(e.end > s.start for e in prov):
                found.append(_v(Rule.ORDER, f"{label} start voordat de stap voor {nl} klaar is.",
                                f"{label} starts before the step giving {en} has ended.", n))
        given.append(gives(o, item))
        if not o.alongside:
            if previous_main is not None and s.start < previous_main.end:
                found.append(_v(Rule.ORDER,
                                f"{label} start voordat {previous_main.title} klaar is.",
                                f"{label} starts before {previous_main.title} has ended.", n))
            previous_main = s
        if s.start < today:
            found.append(_v(Rule.NOT_BEFORE_TODAY, f"{label} start in het verleden.",
                            f"{label} starts in the past.", n))
        if prefs.earliest_start is not None and s.start < prefs.earliest_start:
            found.append(_v(Rule.START_WINDOW,
                            f"{label} start vóór {prefs.earliest_start:%d-%m-%Y}, "
                            "de vroegste gewenste start.",
                            f"{label} starts before the earliest wished start.", n))
        if not leerweg_ok(s.leerweg, prefs.leerwegen):
            wanted_nl = " of ".join(_LEERWEG[w][0] for w in prefs.leerwegen)
            wanted_en = " or ".join(_LEERWEG[w][1] for w in prefs.leerwegen)
            found.append(_v(Rule.LEERWEG,
                            f"{label} is {_LEERWEG[s.leerweg][0]}; de kandidaat wil {wanted_nl}.",
                            f"{label} is {_LEERWEG[s.leerweg][1]}; the candidate wants {wanted_en}.",
                            n))
        if regions is not None and s.region_code not in regions:
            found.append(_v(Rule.REGION, f"{label} is in {s.location}, buiten het reisgebied.",
                            f"{label} is in {s.location}, outside the travel area.", n))
        if s.funding_code:
            found += _funding(s, n, label, idx.schemes.get(s.funding_code), intake, candidate)
        if (s.leerweg is Leerweg.BBL or o.prerequisites.requires_job) and \
                not intake.has_job_or_placement and GAP_LEERBEDRIJF not in gap_codes:
            found.append(_v(Rule.LEERBEDRIJF,
                            f"{label} vraagt een baan bij een erkend leerbedrijf; "
                            "zet 'leerbedrijf zoeken' in het plan.",
                            f"{label} needs a job at a recognised training company; "
                            "add finding one to the plan.",
                            n))
        if item is not None and item.vog_required and GAP_VOG not in gap_codes:
            found.append(_v(Rule.VOG, f"{label} vraagt een VOG; dat moet in het plan staan.",
                            f"{label} needs a certificate of conduct (VOG); the plan must say so.", n))
    if intake.vog_needed and GAP_VOG not in gap_codes and not any(v.rule is Rule.VOG for v in found):
        found.append(_v(Rule.VOG, "Voor dit doel is een VOG nodig; dat moet in het plan staan.",
                        "This goal needs a certificate of conduct (VOG); the plan must say so."))
    first = min(s.start for s in steps)
    if prefs.latest_start is not None and first > prefs.latest_start:
        found.append(_v(Rule.START_WINDOW,
                        f"De route start na {prefs.latest_start:%d-%m-%Y}, de laatste gewenste start.",
                        "The route starts after the latest wished start."))
    found += _hours(steps, hours)
    limit = min((f.max_weeks for f in (idx.schemes.get(s.funding_code) for s in steps if s.funding_code)
                 if f is not None and f.max_weeks is not None), default=None)
    forced = intake_week_limit(intake, idx.schemes)
    if route.funding_requires_40_weeks and forced is None:
        limit = min(limit or PRAKTIJKLEREN_MAX_WEEKS, PRAKTIJKLEREN_MAX_WEEKS)
    if forced is not None and route.total_weeks > forced.weeks:
        found.append(_v(Rule.FORTY_WEEKS,
                        f"De route duurt {route.total_weeks} weken. Bij {forced.why_nl} mag een route "
                        f"hoogstens {forced.weeks} weken duren.",
                        f"The route takes {route.total_weeks} weeks. With {forced.why_en} a route may "
                        f"take at most {forced.weeks} weeks."))
    # a scheme's own maximum is named separately only when it is stricter than the intake's limit
    if limit is not None and route.total_weeks > limit and (forced is None or limit < forced.weeks):
        found.append(_v(Rule.MAX_WEEKS,
                        f"De route duurt {route.total_weeks} weken; "
                        f"de financiering staat hoogstens {limit} toe.",
                        f"The route takes {route.total_weeks} weeks; the funding allows at most {limit}."))
    return found


def _hours(steps: tuple[RouteStep, ...], hours: int) -> list[Violation]:
    if hours <= 0:
        return [_v(Rule.HOURS, "Er zijn geen uren per week beschikbaar.", "No hours a week are available.")]
    for n, s in enumerate(steps):
        load = sum(o.hours_per_week for o in steps if o.start <= s.start < o.end)
        if load > hours:
            return [_v(Rule.HOURS,
                       f"Vanaf {s.start:%d-%m-%Y} vraagt de route {load:g} uur per week; er is {hours} uur.",
                       f"From {s.start:%Y-%m-%d} the route asks {load:g} hours a week; "
                       f"{hours} are available.",
                       n)]
    return []


def funding_problem(scheme: FundingScheme | None, step: RouteStep, intake: Intake,
                    candidate: Candidate | None) -> tuple[str, str] | None:
    """Why `scheme` cannot pay for `step`, in Dutch and English; None when it can."""
    if scheme is None:
        return ("deze regeling staat niet in de tabel", "this scheme is not in the table")
    if not scheme.is_open(step.start):
        return (f"{scheme.name} is niet open op {step.start:%d-%m-%Y}",
                f"{scheme.name} is not open on {step.start:%Y-%m-%d}")
    if scheme.situations and intake.situation not in scheme.situations:
        return (f"{scheme.name} is niet voor deze situatie ({intake.situation.value})",
                f"{scheme.name} does not cover this situation ({intake.situation.value})")
    if scheme.max_age is not None:
        age = age_on(candidate, step.start)
        if age is None or age > scheme.max_age:
            return (f"{scheme.name} geldt tot {scheme.max_age} jaar",
                    f"{scheme.name} applies up to age {scheme.max_age}")
    if scheme.credentials and step.credential not in scheme.credentials:
        return (f"{scheme.name} betaalt niet voor een {step.credential.value}",
                f"{scheme.name} does not pay for a {step.credential.value}")
    return None


def _funding(step: RouteStep, n: int, label: str, scheme: FundingScheme | None, intake: Intake,
             candidate: Candidate | None) -> list[Violation]:
    problem = funding_problem(scheme, step, intake, candidate)
    if problem is None:
        return []
    return [_v(Rule.FUNDING, f"{label}: {problem[0]}.", f"{label}: {problem[1]}.", n)]
