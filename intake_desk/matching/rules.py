"""The hard rules: a route that breaks one of these is never proposed, and an edit that breaks one is named.

`violations(route, intake, catalog, today)` is the single checker. The planner builds routes that
should pass it and then runs it anyway; the match panel runs it after every edit; the property test runs
it over thousands of generated intakes and catalogs. Each violation names its rule in Dutch and English.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

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
from ..domain.route import (
    Breach,
    FundingProblem,
    GapCode,
    Need,
    ReasonArgs,
    ReasonCode,
    Rule,
    ShortProfile,
    Term,
    Violation,
    ViolationArgs,
)
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

GAP_LEERBEDRIJF = GapCode.LEERBEDRIJF
GAP_VOG = GapCode.VOG




def _v(rule: Rule, breach: Breach, step: int | None = None, **args: object) -> Violation:
    return Violation(rule, breach, ViolationArgs(**args), step)  # type: ignore[arg-type]


def violations(route: Route, intake: Intake, catalog: Catalog, today: date,
               candidate: Candidate | None = None) -> list[Violation]:
    """Every hard rule `route` breaks for this intake; an empty list means the route may be proposed."""
    idx = index(catalog)
    found: list[Violation] = []
    steps = route.steps
    if not steps:
        return [_v(Rule.OFFERING, Breach.NO_STEPS)]
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
        named = {"title": s.title, "provider": s.provider, "location": s.location}
        if o is None:
            found.append(_v(Rule.OFFERING, Breach.NOT_IN_CATALOG, n, **named))
            given.append(Gives())
            continue
        item = catalog.item(o.item_code)
        if (s.item_code != o.item_code or s.region_code != o.region_code or s.leerweg != o.leerweg
                or s.hours_per_week != o.hours_per_week
                or s.end != s.start + timedelta(weeks=o.weeks - s.exempt_weeks)):
            found.append(_v(Rule.OFFERING, Breach.DIFFERS, n, **named))
        if s.exempt_weeks:
            credit = experience_credit(intake, item, s.credential)
            allowed = credit.exempt_weeks(o.weeks) if credit is not None else 0
            if not 0 < s.exempt_weeks <= allowed:
                found.append(_v(Rule.EXPERIENCE, Breach.TOO_MUCH_EXEMPTION, n, weeks=s.exempt_weeks,
                                most=allowed, **named))
        if (o.schedule.dates or o.schedule.months or o.schedule.monthly) and not \
                o.schedule.starts_between(s.start, s.start):
            found.append(_v(Rule.SCHEDULE, Breach.NO_START_ON, n, day=s.start, **named))
        # Entry requirements, met by the intake or by an earlier step that has ended by then.
        p = o.prerequisites
        earlier = list(zip(steps[:n], given, strict=True))
        needs: list[tuple[dict[str, object], bool, list[RouteStep]]] = []
        if p.dutch is not None:
            prov = [e for e, g in earlier if g.dutch is not None and g.dutch.rank >= p.dutch.rank]
            needs.append(({"need": Need.DUTCH, "ref": p.dutch}, intake.dutch.meets(p.dutch), prov))
        if p.min_prior_level:
            prov = [e for e, g in earlier if g.level >= p.min_prior_level]
            needs.append(({"need": Need.DIPLOMA_LEVEL, "level": p.min_prior_level},
                          base_level >= p.min_prior_level, prov))
        if p.requires_startkwalificatie:
            prov = [e for e, g in earlier if g.startkwalificatie]
            needs.append(({"need": Need.STARTKWALIFICATIE}, base_sk, prov))
        if p.previous_item:
            prov = [e for e, g in earlier if g.item_code == p.previous_item]
            needs.append(({"need": Need.PREVIOUS, "other": p.previous_item},
                          previous_met(p.previous_item, held, dutch, catalog), prov))
        for need, have, prov in needs:
            if have:
                continue
            if not prov:
                found.append(_v(Rule.PREREQUISITE, Breach.MISSING, n, **need, **named))
            elif all(e.end > s.start for e in prov):
                found.append(_v(Rule.ORDER, Breach.BEFORE_NEED_ENDS, n, **need, **named))
        given.append(gives(o, item))
        if not o.alongside:
            if previous_main is not None and s.start < previous_main.end:
                found.append(_v(Rule.ORDER, Breach.BEFORE_PREVIOUS_ENDS, n, other=previous_main.title,
                                **named))
            previous_main = s
        if s.start < today:
            found.append(_v(Rule.NOT_BEFORE_TODAY, Breach.IN_PAST, n, **named))
        if prefs.earliest_start is not None and s.start < prefs.earliest_start:
            found.append(_v(Rule.START_WINDOW, Breach.BEFORE_EARLIEST, n, day=prefs.earliest_start,
                            **named))
        if not leerweg_ok(s.leerweg, prefs.leerwegen):
            found.append(_v(Rule.LEERWEG, Breach.LEERWEG_WISH, n, leerweg=s.leerweg,
                            wanted=tuple(prefs.leerwegen), **named))
        if regions is not None and s.region_code not in regions:
            found.append(_v(Rule.REGION, Breach.OUTSIDE_AREA, n, **named))
        if s.funding_code:
            problem = funding_problem(idx.schemes.get(s.funding_code), s, intake, candidate, item)
            if problem is not None:
                found.append(_v(Rule.FUNDING, Breach.FUNDING, n, **_problem_args(problem), **named))
        if s.payment is not None and s.payment.subsidy_code:
            problem = subsidy_problem(idx.schemes.get(s.payment.subsidy_code), s, intake, candidate)
            if problem is not None:
                found.append(_v(Rule.FUNDING, Breach.SUBSIDY, n, **_problem_args(problem), **named))
        if (s.leerweg is Leerweg.BBL or o.prerequisites.requires_job) and \
                not intake.has_job_or_placement and GAP_LEERBEDRIJF not in gap_codes:
            found.append(_v(Rule.LEERBEDRIJF, Breach.NEEDS_LEERBEDRIJF, n, **named))
        if item is not None and item.vog_required and GAP_VOG not in gap_codes:
            found.append(_v(Rule.VOG, Breach.NEEDS_VOG, n, **named))
    if intake.vog_needed and GAP_VOG not in gap_codes and not any(v.rule is Rule.VOG for v in found):
        found.append(_v(Rule.VOG, Breach.NEEDS_VOG))
    first = min(s.start for s in steps)
    if prefs.latest_start is not None and first > prefs.latest_start:
        found.append(_v(Rule.START_WINDOW, Breach.AFTER_LATEST, day=prefs.latest_start))
    found += _hours(steps, hours)
    found += _school_rules(steps, intake, candidate, today)
    limit = min((f.max_weeks for f in (idx.schemes.get(s.funding_code) for s in steps if s.funding_code)
                 if f is not None and f.max_weeks is not None), default=None)
    forced = intake_week_limit(intake, idx.schemes)
    if route.funding_requires_40_weeks and forced is None:
        limit = min(limit or PRAKTIJKLEREN_MAX_WEEKS, PRAKTIJKLEREN_MAX_WEEKS)
    if forced is not None and route.total_weeks > forced.weeks:
        found.append(_v(Rule.FORTY_WEEKS, Breach.FORTY_WEEKS, weeks=route.total_weeks, most=forced.weeks,
                        via=forced.via))
    # a scheme's own maximum is named separately only when it is stricter than the intake's limit
    if limit is not None and route.total_weeks > limit and (forced is None or limit < forced.weeks):
        found.append(_v(Rule.MAX_WEEKS, Breach.MAX_WEEKS, weeks=route.total_weeks, most=limit))
    return found


def _hours(steps: tuple[RouteStep, ...], hours: int) -> list[Violation]:
    if hours <= 0:
        return [_v(Rule.HOURS, Breach.NO_HOURS)]
    for n, s in enumerate(steps):
        load = sum(o.hours_per_week for o in steps if o.start <= s.start < o.end)
        if load > hours:
            return [_v(Rule.HOURS, Breach.TOO_MANY_HOURS, n, day=s.start, load=load, hours=hours)]
    return []


@dataclass(frozen=True, slots=True)
class Problem:
    """Why a scheme cannot pay (FundingProblem) and what its words name."""

    code: FundingProblem
    scheme: str = ""
    day: date | None = None
    most: int = 0
    situation: Situation | None = None
    credential: CredentialKind | None = None
    leerweg: Leerweg | None = None


def _problem_args(p: Problem) -> dict[str, object]:
    return {"problem": p.code, "scheme": p.scheme, "day": p.day, "most": p.most,
            "situation": p.situation, "credential": p.credential, "leerweg": p.leerweg}


def funding_problem(scheme: FundingScheme | None, step: RouteStep, intake: Intake,
                    candidate: Candidate | None,
                    item: CatalogItem | None = None) -> Problem | None:
    """Why `scheme` cannot pay the course fee of `step`; None when it can.

    The conditions are the scheme's data (sample_funding.py, docs/advice-rules.md "Funding")."""
    if scheme is None:
        return Problem(FundingProblem.NOT_IN_TABLE)
    name = scheme.name
    if scheme.practice_place:
        return Problem(FundingProblem.PRACTICE_PLACE, name)
    problem = _common_problem(scheme, step, intake, candidate)
    if problem is not None:
        return problem
    if scheme.referrers and intake.referrer not in scheme.referrers and not named(scheme, intake):
        return Problem(FundingProblem.REFERRER, name)
    if scheme.through_employer and not has_employer(intake):
        return Problem(FundingProblem.EMPLOYER, name)
    if scheme.sector:
        route_ok = item is not None and in_sector(scheme.sector, item.sector, item.dossier_title)
        employers = employer_sectors(intake)
        employer_ok = (any(in_sector(scheme.sector, e) for e in employers) if employers
                       else named(scheme, intake))
        if not (route_ok and employer_ok):
            return Problem(FundingProblem.SECTOR, name)
    if scheme.min_age is not None:
        age = age_on(candidate, step.start)
        if age is None or age < scheme.min_age:
            return Problem(FundingProblem.MIN_AGE, name, most=scheme.min_age)
    return None


def _common_problem(scheme: FundingScheme, step: RouteStep, intake: Intake,
                    candidate: Candidate | None) -> Problem | None:
    """The conditions a course-fee scheme and a practice-place subsidy share."""
    name = scheme.name
    if not scheme.is_open(step.start):
        return Problem(FundingProblem.NOT_OPEN, name, day=step.start)
    if scheme.situations and intake.situation not in scheme.situations:
        return Problem(FundingProblem.SITUATION, name, situation=intake.situation)
    if scheme.max_age is not None:
        age = age_on(candidate, step.start)
        if age is None or age > scheme.max_age:
            return Problem(FundingProblem.MAX_AGE, name, most=scheme.max_age)
    if scheme.credentials and step.credential not in scheme.credentials:
        return Problem(FundingProblem.CREDENTIAL, name, credential=step.credential)
    if scheme.leerwegen and step.leerweg not in scheme.leerwegen:
        return Problem(FundingProblem.LEERWEG, name, leerweg=step.leerweg)
    return None


def subsidy_problem(scheme: FundingScheme | None, step: RouteStep, intake: Intake,
                    candidate: Candidate | None) -> Problem | None:
    """Why `scheme` cannot be named as the leerbedrijf's practice-place subsidy for `step`."""
    if scheme is None:
        return Problem(FundingProblem.NOT_IN_TABLE)
    if not scheme.practice_place:
        return Problem(FundingProblem.NOT_A_SUBSIDY, scheme.name)
    if kwalificatieplichtig(intake, candidate, step.start):
        # judgement (docs/advice-rules.md): their route is a school route, not a praktijkleren route
        return Problem(FundingProblem.UNDER_18, scheme.name)
    return _common_problem(scheme, step, intake, candidate)


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
                found.append(_v(Rule.KWALIFICATIEPLICHT, Breach.DERDE_LEERWEG_UNDER_18, n, title=s.title))
        if not is_school_route(steps[-1]):
            found.append(_v(Rule.KWALIFICATIEPLICHT, Breach.NOT_A_SCHOOL_ROUTE, title=steps[-1].title))
    if not entree_allowed(intake):
        for n, s in enumerate(steps):
            if is_entree(s):
                found.append(_v(Rule.ENTREE, Breach.ENTREE_NOT_ALLOWED, n, title=s.title))
    return found


# --- Which kind of route an advisor proposes first (docs/advice-rules.md, "Ranking") ---

SHORT_HOURS = 16  # below this a BBL job plus school day does not fit (DOMAIN.md: BBL ~16-20 h/week)
SWITCHER_AGE = 50


@dataclass(frozen=True, slots=True)
class Advice:
    """Where a route stands among the kinds an advisor proposes first: `major` (the RMC band) outranks
    the goal relation, `minor` (the credential wish and profile) does not; lower comes first."""

    major: int = 0
    minor: int = 0
    reason: Reason | None = None


def _why(code: ReasonCode, **args: object) -> Reason:
    # an explanation, not a score factor: weight 0 keeps the score the sum of the seven factors
    return Reason(Factor.GOAL_FIT, 0.0, code=code, args=ReasonArgs(**args))  # type: ignore[arg-type]


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
    if rmc_band(intake, candidate, today):
        if diploma and (last.level or 0) >= 2:
            return Advice(0, 0, _why(ReasonCode.RMC_DIPLOMA, level=last.level))
        return Advice(1, 0, _why(ReasonCode.RMC_NOT_YET))
    wish = goal.credential
    if wish is CredentialKind.DIPLOMA:
        if diploma:
            return Advice(0, 0, _why(ReasonCode.WISH_DIPLOMA))
        return Advice(0, 1)
    if wish in (CredentialKind.PRAKTIJKVERKLARING, CredentialKind.CERTIFICAAT):
        if part and last.credential is not wish:
            return Advice(0, 1)  # the other short credential: after the one asked for
        if last.credential is wish:
            return Advice(0, 0, _why(ReasonCode.WISH_SHORT, wanted=wish, credential=last.credential))
        return Advice(0, 2)
    if higher_educated(intake):
        # the route's own qualification decides, not the goal's words: Helpende is not Verzorgende-IG
        rule = regulated_title(qualification or last.title)
        if rule is not None:
            return _regulated(rule, last, diploma, part)
        if not diploma and not part:
            return Advice()  # a short module: its own reason says what it is (not a switch)
        if not diploma:
            return Advice(0, 0, _why(ReasonCode.HIGHER_SHORT))
        return Advice(0, 1, _why(ReasonCode.HIGHER_DIPLOMA))
    if counted is not None:
        scheme, most = counted
        weeks = max(1, round((max(s.end for s in steps) - min(s.start for s in steps)).days / 7))
        name = Term(scheme.name, scheme.name_en or scheme.name)
        if weeks <= most:
            return Advice(0, 0, _why(ReasonCode.FUNDING_FITS, scheme=name, most=most))
        return Advice(0, 1, _why(ReasonCode.FUNDING_TOO_LONG, scheme=name, most=most))
    if intake.situation is Situation.SCHOOL_LEAVER:
        if diploma:
            return Advice(0, 0, _why(ReasonCode.SCHOOL_LEAVER))
        return Advice(0, 1)
    why = _short_profile(intake, candidate, today)
    if why is not None:
        if part:
            return Advice(0, 0, _why(ReasonCode.SHORT_FIRST, credential=last.credential, profile=why,
                                     hours=SHORT_HOURS))
        return Advice(0, 1)
    # no wish and nothing in the profile calls for a part first: the diploma comes first
    return Advice(0, 1) if part else Advice()


def _regulated(rule: tuple[str, str], last: RouteStep, diploma: bool, part: bool) -> Advice:
    """An hbo/wo graduate and an occupation that needs the diploma itself (bridges.REGULATED): the
    diploma learnt at work (BBL or derde leerweg: the shortened route for those with a diploma)
    first; else a certificate or praktijkverklaring of it as the first step into the work, with the
    diploma after it; a full-time school diploma (BOL) last, with exemptions to ask about
    *(judgement, docs/advice-rules.md)*."""
    source = Term(*rule)
    if diploma and last.leerweg in (Leerweg.BBL, Leerweg.DERDE_LEERWEG):
        return Advice(0, 0, _why(ReasonCode.REGULATED_AT_WORK, term=source))
    if part:
        return Advice(0, 1, _why(ReasonCode.REGULATED_PART, term=source, credential=last.credential))
    if diploma:
        return Advice(0, 2, _why(ReasonCode.REGULATED_BOL, term=source))
    return Advice(0, 3)


def _short_profile(intake: Intake, candidate: Candidate | None, today: date) -> ShortProfile | None:
    """Why a praktijkverklaring or certificate suits this person first, or None (docs/advice-rules.md)."""
    if not intake.dutch.native and dutch_rank(intake) < 2:
        return ShortProfile.DUTCH_BELOW_B1
    if 0 < intake.availability.hours_per_week < SHORT_HOURS:
        return ShortProfile.FEW_HOURS
    age = age_on(candidate, today)
    if age is not None and age >= SWITCHER_AGE and intake.has_job_or_placement \
            and (intake.experience or intake.education):
        return ShortProfile.FIFTY_WITH_JOB
    return None
