"""The hard rules: a route that breaks one of these is never proposed, and an edit that breaks one is named.

`violations(route, intake, catalog, today)` is the single checker. The planner builds routes that
should pass it and then runs it anyway; the match panel runs it after every edit; the property test runs
it over thousands of generated intakes and catalogs. Each violation names its rule in Dutch and English.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from ..domain import (
    Candidate,
    Catalog,
    CatalogItem,
    CredentialKind,
    EducationLevel,
    Factor,
    FundingScheme,
    Goal,
    Intake,
    ItemKind,
    Leerweg,
    Reason,
    Route,
    RouteStep,
    Situation,
)
from ..domain.labels import label, labels_nl_en
from .bridges import regulated_title
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
from .funding import employer_sectors, has_employer, in_sector, named

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
    KWALIFICATIEPLICHT = "kwalificatieplicht"
    ENTREE = "entree"


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
    Rule.KWALIFICATIEPLICHT: ("Kwalificatieplicht: onder 18 eerst een schoolroute",
                              "Qualification duty: under 18 a school route first"),
    Rule.ENTREE: ("Entree alleen zonder diploma op niveau 2 of hoger",
                  "Entree only without a diploma at level 2 or higher"),
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
        # the title and place name the step for a reader; the offering code stays in the code column
        label = f"{s.title} ({s.provider}, {s.location})" if s.location else s.title
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
                            f"{label} has no start on {s.start:%d/%m/%Y}.", n))
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
            found += _funding(s, n, label, idx.schemes.get(s.funding_code), intake, candidate, item)
        if s.payment is not None and s.payment.subsidy_code:
            problem = subsidy_problem(idx.schemes.get(s.payment.subsidy_code), s, intake, candidate)
            if problem is not None:
                found.append(_v(Rule.FUNDING, f"{label}: {problem[0]}.", f"{label}: {problem[1]}.", n))
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
    found += _school_rules(steps, intake, candidate, today)
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
                       f"From {s.start:%d/%m/%Y} the route asks {load:g} hours a week; "
                       f"{hours} are available.",
                       n)]
    return []


def funding_problem(scheme: FundingScheme | None, step: RouteStep, intake: Intake,
                    candidate: Candidate | None,
                    item: CatalogItem | None = None) -> tuple[str, str] | None:
    """Why `scheme` cannot pay the course fee of `step`, in Dutch and English; None when it can.

    The conditions are the scheme's data (sample_funding.py, docs/advice-rules.md "Funding")."""
    if scheme is None:
        return ("deze regeling staat niet in de tabel", "this scheme is not in the table")
    name = scheme.name
    if scheme.practice_place:
        return (f"{name} gaat naar het leerbedrijf voor de praktijkplaats, niet naar het lesgeld",
                f"{name} goes to the training company for the practice place, not to the course fee")
    problem = _common_problem(scheme, step, intake, candidate)
    if problem is not None:
        return problem
    if scheme.referrers and intake.referrer not in scheme.referrers and not named(scheme, intake):
        return (f"{name} betaalt alleen als de intake dat zegt (verwezen door of financiering "
                "vastgelegd)",
                f"{name} pays only when the intake says so (referred by it, or a funding line)")
    if scheme.through_employer and not has_employer(intake):
        return (f"{name} betaalt alleen via een werkgever", f"{name} pays only through an employer")
    if scheme.sector:
        route_ok = item is not None and in_sector(scheme.sector, item.sector, item.dossier_title)
        employers = employer_sectors(intake)
        employer_ok = (any(in_sector(scheme.sector, e) for e in employers) if employers
                       else named(scheme, intake))
        if not (route_ok and employer_ok):
            return (f"{name} betaalt alleen via een werkgever in de eigen sector, voor een opleiding "
                    "in die sector",
                    f"{name} pays only through an employer in its own sector, for training in that "
                    "sector")
    if scheme.min_age is not None:
        age = age_on(candidate, step.start)
        if age is None or age < scheme.min_age:
            return (f"{name} geldt vanaf {scheme.min_age} jaar",
                    f"{name} applies from age {scheme.min_age}")
    return None


def _common_problem(scheme: FundingScheme, step: RouteStep, intake: Intake,
                    candidate: Candidate | None) -> tuple[str, str] | None:
    """The conditions a course-fee scheme and a practice-place subsidy share."""
    name = scheme.name
    if not scheme.is_open(step.start):
        return (f"{name} is niet open op {step.start:%d-%m-%Y}",
                f"{name} is not open on {step.start:%d/%m/%Y}")
    if scheme.situations and intake.situation not in scheme.situations:
        sit_nl, sit_en = labels_nl_en(intake.situation)
        return (f"{name} is niet voor deze situatie ({sit_nl})",
                f"{name} does not cover this situation ({sit_en})")
    if scheme.max_age is not None:
        age = age_on(candidate, step.start)
        if age is None or age > scheme.max_age:
            return (f"{name} geldt tot {scheme.max_age} jaar",
                    f"{name} applies up to age {scheme.max_age}")
    if scheme.credentials and step.credential not in scheme.credentials:
        cred_nl, cred_en = labels_nl_en(step.credential)
        return (f"{name} betaalt niet voor een {cred_nl}",
                f"{name} does not pay for a {cred_en}")
    if scheme.leerwegen and step.leerweg not in scheme.leerwegen:
        return (f"{name} geldt niet voor {_LEERWEG[step.leerweg][0]}",
                f"{name} does not apply to {_LEERWEG[step.leerweg][1]}")
    return None


def subsidy_problem(scheme: FundingScheme | None, step: RouteStep, intake: Intake,
                    candidate: Candidate | None) -> tuple[str, str] | None:
    """Why `scheme` cannot be named as the leerbedrijf's practice-place subsidy for `step`."""
    if scheme is None:
        return ("deze regeling staat niet in de tabel", "this scheme is not in the table")
    if not scheme.practice_place:
        return (f"{scheme.name} is geen subsidie voor een praktijkplaats",
                f"{scheme.name} is not a practice-place subsidy")
    if kwalificatieplichtig(intake, candidate, step.start):
        # judgement (docs/advice-rules.md): their route is a school route, not a praktijkleren route
        return ("onder 18 zonder startkwalificatie is praktijkleren niet de route",
                "under 18 without a basic qualification praktijkleren is not the route")
    return _common_problem(scheme, step, intake, candidate)


def _funding(step: RouteStep, n: int, label: str, scheme: FundingScheme | None, intake: Intake,
             candidate: Candidate | None, item: CatalogItem | None) -> list[Violation]:
    problem = funding_problem(scheme, step, intake, candidate, item)
    if problem is None:
        return []
    return [_v(Rule.FUNDING, f"{label}: {problem[0]}.", f"{label}: {problem[1]}.", n)]


# --- Who may take which route (docs/advice-rules.md) ---

KWALIFICATIEPLICHT_AGE = 18  # Leerplichtwet 1969: qualification duty until 18 or a startkwalificatie
RMC_AGE = 23  # RMC-wet: early school-leavers followed up until 23
_HIGHER = frozenset({EducationLevel.HBO, EducationLevel.WO})


def kwalificatieplichtig(intake: Intake, candidate: Candidate | None, day: date) -> bool:
    """Under 18 without a startkwalificatie: a full school programme (BOL, or BBL with a job) towards
    one is the only route (Leerplichtwet 1969, art. 4a; ingrado.nl). Unknown age: not assumed."""
    age = age_on(candidate, day)
    return age is not None and age < KWALIFICATIEPLICHT_AGE and not intake.has_startkwalificatie


def rmc_band(intake: Intake, candidate: Candidate | None, day: date) -> bool:
    """Under 23 without a startkwalificatie: followed up by the RMC (regional registration of early
    school-leavers), and a route to a startkwalificatie comes first."""
    age = age_on(candidate, day)
    return age is not None and age < RMC_AGE and not intake.has_startkwalificatie


def entree_allowed(intake: Intake) -> bool:
    """Entree is for those who cannot enter level 2: no vmbo diploma (any leerweg gives access to
    mbo 2), no Entree diploma already, nothing at level 2 or higher, havo, vwo, hbo or wo (DOMAIN.md,
    "Rules advisors apply"). A foreign diploma counts at its cautious value (NLQF in domain/intake.py):
    a vocational or higher one closes Entree, a secondary one does not until it is valued."""
    if any(e.completed and e.level in _ENTREE_CLOSED_BY for e in intake.education):
        return False
    return not intake.has_startkwalificatie and intake.highest_completed_level < 2


_ENTREE_CLOSED_BY = frozenset({EducationLevel.VMBO_BB, EducationLevel.VMBO_KB, EducationLevel.VMBO_GT,
                               EducationLevel.MBO1})


def higher_educated(intake: Intake) -> bool:
    return any(e.completed and e.level in _HIGHER for e in intake.education)


def is_entree(step: RouteStep) -> bool:
    return step.kind is ItemKind.QUALIFICATION and step.level == 1


def is_school_route(step: RouteStep) -> bool:
    return (step.kind is ItemKind.QUALIFICATION and step.credential is CredentialKind.DIPLOMA
            and step.leerweg in (Leerweg.BOL, Leerweg.BBL))


def _school_rules(steps: tuple[RouteStep, ...], intake: Intake, candidate: Candidate | None,
                  today: date) -> list[Violation]:
    found: list[Violation] = []
    if kwalificatieplichtig(intake, candidate, today):
        for n, s in enumerate(steps):
            if s.leerweg is Leerweg.DERDE_LEERWEG:
                found.append(_v(Rule.KWALIFICATIEPLICHT,
                                f"{s.title} is contractonderwijs (derde leerweg). Onder 18 zonder "
                                "startkwalificatie is een schoolroute nodig: BOL, of BBL met een baan.",
                                f"{s.title} is contract training (third learning path). Under 18 "
                                "without a basic qualification a school route is needed: BOL, or BBL "
                                "with a job.", n))
        if not is_school_route(steps[-1]):
            found.append(_v(Rule.KWALIFICATIEPLICHT,
                            f"De route eindigt met {steps[-1].title}, geen diploma-opleiding. Onder 18 "
                            "zonder startkwalificatie is een opleiding naar een diploma nodig (BOL, of "
                            "BBL met een baan), geen losse cursus.",
                            f"The route ends with {steps[-1].title}, not a diploma programme. Under 18 "
                            "without a basic qualification a programme towards a diploma is needed "
                            "(BOL, or BBL with a job), not a loose course."))
    if not entree_allowed(intake):
        for n, s in enumerate(steps):
            if is_entree(s):
                found.append(_v(Rule.ENTREE,
                                f"{s.title} is Entree (niveau 1). Dat is voor wie nog geen diploma op "
                                "niveau 2 of hoger, havo, vwo, hbo of wo heeft; deze kandidaat heeft "
                                "dat wel.",
                                f"{s.title} is Entree (level 1), for people without a diploma at level 2 "
                                "or higher, havo, vwo, hbo or wo; this candidate has one.", n))
    return found


# --- Which kind of route an advisor proposes first (docs/advice-rules.md, "Ranking") ---

_THIS_NL = {CredentialKind.DIPLOMA: "dit", CredentialKind.CERTIFICAAT: "dit",
            CredentialKind.PRAKTIJKVERKLARING: "deze", CredentialKind.SCHOOLVERKLARING: "deze"}
SHORT_HOURS = 16  # below this a BBL job plus school day does not fit (DOMAIN.md: BBL ~16-20 h/week)
SWITCHER_AGE = 50


@dataclass(frozen=True, slots=True)
class Advice:
    """Where a route stands among the kinds an advisor proposes first: `major` (the RMC band) outranks
    the goal relation, `minor` (the credential wish and profile) does not; lower comes first."""

    major: int = 0
    minor: int = 0
    reason: Reason | None = None


def _why(nl: str, en: str) -> Reason:
    # an explanation, not a score factor: weight 0 keeps the score the sum of the seven factors
    return Reason(Factor.GOAL_FIT, 0.0, nl, en)


def advice(steps: tuple[RouteStep, ...], goal: Goal, intake: Intake, candidate: Candidate | None,
           today: date, qualification: str = "",
           counted: tuple[FundingScheme, int] | None = None) -> Advice:
    """The rules of docs/advice-rules.md ("Ranking"), strongest first. `qualification` is the title of
    the qualification the route's last item belongs to (a certificate's own title may not say it);
    `counted` the scheme the candidate counts on and the most weeks it pays for
    (funding.counted_weeks: UWV scholing for a WW client, at most a year)."""
    last = steps[-1]
    diploma = last.kind is ItemKind.QUALIFICATION and last.credential is CredentialKind.DIPLOMA
    part = last.kind in (ItemKind.PRAKTIJKVERKLARING, ItemKind.CERTIFICATE)
    cred_nl, cred_en = labels_nl_en(last.credential)
    if rmc_band(intake, candidate, today):
        if diploma and (last.level or 0) >= 2:
            return Advice(0, 0, _why(
                f"U bent jonger dan 23 en heeft nog geen startkwalificatie. Deze route leidt naar een "
                f"diploma op niveau {last.level}: dat is een startkwalificatie. Daarom komt deze eerst.",
                f"You are under 23 and have no basic qualification yet. This route leads to a diploma "
                f"at level {last.level}, which is one. That is why it comes first."))
        return Advice(1, 0, _why(
            "Deze route geeft nog geen startkwalificatie (een diploma op niveau 2 of hoger). Onder de 23 "
            "komt een route naar een startkwalificatie eerst.",
            "This route does not give a basic qualification (a diploma at level 2 or higher). Under 23 "
            "a route to a basic qualification comes first."))
    wish = goal.credential
    if wish is CredentialKind.DIPLOMA:
        if diploma:
            return Advice(0, 0, _why("U wilt een diploma; daarom staat deze diplomaroute vooraan.",
                                     "You want a diploma, so this diploma route comes first."))
        return Advice(0, 1)
    if wish in (CredentialKind.PRAKTIJKVERKLARING, CredentialKind.CERTIFICAAT):
        if part and last.credential is not wish:
            return Advice(0, 1)  # the other short credential: after the one asked for
        if last.credential is wish:
            return Advice(0, 0, _why(
                f"U wilt een {label(wish, 'nl')}; daarom staat deze kortere route ({cred_nl}) vooraan. "
                "Een diploma kan later nog.",
                f"You want a {label(wish, 'en')}, so this shorter route ({cred_en}) comes first. A diploma "
                "can follow later."))
        return Advice(0, 2)
    if higher_educated(intake):
        # the route's own qualification decides, not the goal's words: Helpende is not Verzorgende-IG
        rule = regulated_title(qualification or last.title)
        if rule is not None:
            return _regulated(rule, last, diploma, part)
        if not diploma and not part:
            return Advice()  # a short module: its own reason says what it is (not a switch)
        if not diploma:
            return Advice(0, 0, _why(
                "U heeft al een hbo- of wo-diploma. Een korte route of certificaat is genoeg om over te "
                "stappen; een heel mbo-diploma is meestal niet nodig. Daarom staat deze kortere route "
                "vooraan.",
                "You already hold a higher-education degree. A short route or certificate is enough to "
                "switch; a full mbo diploma is usually not needed. That is why this shorter route "
                "comes first."))
        return Advice(0, 1, _why(
            "U heeft al een hbo- of wo-diploma; een heel mbo-diploma is meestal niet nodig. Wilt u "
            "het toch? Vraag de school dan naar vrijstellingen en een verkort traject.",
            "You already hold a higher-education degree; a full mbo diploma is usually not needed. "
            "If you want it anyway, ask the school about exemptions and a shortened programme."))
    if counted is not None:
        scheme, most = counted
        weeks = max(1, round((max(s.end for s in steps) - min(s.start for s in steps)).days / 7))
        name_en = scheme.name_en or scheme.name
        if weeks <= most:
            return Advice(0, 0, _why(
                f"{scheme.name} betaalt alleen een route van hoogstens {most} weken. Deze route past "
                "daarin; daarom staat hij vooraan.",
                f"{name_en} pays only for a route of at most {most} weeks. This route fits, so it "
                "comes first."))
        return Advice(0, 1, _why(
            f"Deze route duurt langer dan de {most} weken die {scheme.name} betaalt. Bespreek eerst "
            "een kortere route, of wie deze betaalt.",
            f"This route takes longer than the {most} weeks {name_en} pays for. Discuss a shorter "
            "route first, or who pays for this one."))
    if intake.situation is Situation.SCHOOL_LEAVER:
        if diploma:
            return Advice(0, 0, _why(
                "U komt net van school: een diploma geeft de meeste kansen. Daarom staat het vooraan.",
                "You have just left school: a diploma gives the best chances. That is why it comes "
                "first."))
        return Advice(0, 1)
    why = _short_profile(intake, candidate, today)
    if why is not None:
        if part:
            return Advice(0, 0, _why(
                f"Eerst een {cred_nl}: die is sneller te halen, {why[0]}. Een diploma kan daarna nog.",
                f"First a {cred_en}: it is quicker to reach, {why[1]}. A diploma can follow later."))
        return Advice(0, 1)
    # no wish and nothing in the profile calls for a part first: the diploma comes first
    return Advice(0, 1) if part else Advice()


def _regulated(rule: tuple[str, str], last: RouteStep, diploma: bool, part: bool) -> Advice:
    """An hbo/wo graduate and an occupation that needs the diploma itself (bridges.REGULATED): the
    diploma learnt at work (BBL or derde leerweg: the shortened route for those with a diploma)
    first; else a certificate or praktijkverklaring of it as the first step into the work, with the
    diploma after it; a full-time school diploma (BOL) last, with exemptions to ask about
    *(judgement, docs/advice-rules.md)*."""
    if diploma and last.leerweg in (Leerweg.BBL, Leerweg.DERDE_LEERWEG):
        return Advice(0, 0, _why(
            f"Voor dit beroep is het diploma wettelijk nodig ({rule[0]}), ook met een hbo- of "
            "wo-diploma. U haalt het naast het werk; vraag de school naar vrijstellingen, dan wordt de "
            "route korter.",
            f"This occupation legally needs the diploma ({rule[1]}), even with a higher-education "
            "degree. You take it beside the work; ask the school about exemptions to make it shorter."))
    if part:
        return Advice(0, 1, _why(
            f"Om in dit beroep te werken is later het diploma wettelijk nodig ({rule[0]}). Met uw hbo- "
            f"of wo-diploma is {_THIS_NL[last.credential]} {label(last.credential, 'nl')} een snelle "
            "eerste stap in het werk; het "
            "diploma haalt u daarna verkort, met vrijstellingen.",
            f"To work in this occupation the diploma is legally needed later ({rule[1]}). With your "
            f"higher-education degree this {label(last.credential, 'en')} is a quick first step into the "
            "work; you then take the diploma in a shortened route, with exemptions."))
    if diploma:
        return Advice(0, 2, _why(
            f"Voor dit beroep is het diploma wettelijk nodig ({rule[0]}). Een volledige "
            "dagopleiding (BOL) is lang: vraag de school met uw hbo- of wo-diploma naar vrijstellingen "
            "en een verkort traject.",
            f"This occupation legally needs the diploma ({rule[1]}). A full-time school programme "
            "(BOL) is long: with your higher-education degree ask the school about exemptions and a "
            "shortened programme."))
    return Advice(0, 3)


def _short_profile(intake: Intake, candidate: Candidate | None, today: date) -> tuple[str, str] | None:
    """Why a praktijkverklaring or certificate suits this person first, or None (docs/advice-rules.md)."""
    if not intake.dutch.native and dutch_rank(intake) < 2:
        return ("omdat uw Nederlands nog onder B1 (2F) is; op het werk laat u zien wat u kunt",
                "because your Dutch is still below B1 (2F); at work you show what you can do")
    if 0 < intake.availability.hours_per_week < SHORT_HOURS:
        return (f"omdat u minder dan {SHORT_HOURS} uur per week heeft",
                f"because you have fewer than {SHORT_HOURS} hours a week")
    age = age_on(candidate, today)
    if age is not None and age >= SWITCHER_AGE and intake.has_job_or_placement \
            and (intake.experience or intake.education):
        return ("omdat u 50 of ouder bent en een baan in zicht heeft",
                "because you are 50 or older and have a job in view")
    return None
