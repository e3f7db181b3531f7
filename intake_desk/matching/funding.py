"""Who pays whom for each step: the scheme that pays the course fee, a subsidy for the practice place,
and the plain words the candidate reads (docs/advice-rules.md, "Funding").

- A scheme is offered only when it fits the intake (rules.funding_problem): open on the step's start,
  the right situation, age, credential and leerweg; a scheme tied to a referrer (mobility team,
  gemeente) only when that referrer sent the candidate or a funding line names it; an employer or
  O&O-fonds only through an employer, and a sector fund only for its own sector (the route's and,
  when recorded, the employer's).
- The DUO levenlanglerenkrediet is a loan: the candidate borrows and repays it, so it is worded
  "u leent", never "betaalt de rest".
- A practice-place subsidy (praktijkleren) is paid to the erkend leerbedrijf for coaching on the job;
  it never pays the course fee, so it is never a step's `funding_code` and never lowers what the
  candidate pays. It is named beside the step so the candidate can tell the employer.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

from ..domain import (
    Candidate,
    Catalog,
    CatalogItem,
    FundingScheme,
    Intake,
    ItemKind,
    Leerweg,
    PaidTo,
    Payer,
    Referrer,
    Route,
    RouteStep,
    Situation,
    StepPayment,
)
from .facts import index

ZERO = Decimal("0")


def euro(amount: Decimal) -> str:
    return f"€ {amount:,.0f}".replace(",", ".")


def euro_en(amount: Decimal) -> str:
    """English amounts as the English plan prints them: "€2,700", not "€ 2.700"."""
    return f"€{amount:,.0f}"


def named(scheme: FundingScheme, intake: Intake) -> bool:
    """Whether a funding line of the intake names this scheme (its code, its name, or its payer's
    everyday word: "gemeente", "mobiliteitsteam", "RMT", "UWV", "werkgever")."""
    code, name = scheme.code.casefold(), scheme.name.casefold()
    base = re.sub(r"\s*\(.*?\)", "", name).strip()  # "O&O-fonds horeca (voorbeeld)" -> without "(...)"
    for line in intake.funding:
        text = line.strip().casefold()
        if not text:
            continue
        if text in (code, name) or code in re.findall(r"[\w&-]+", text) or name in text \
                or (len(base) > 3 and base in text):
            return True
        words = set(re.findall(r"\w+", text))
        if scheme.payer is Payer.RMT and (words & {"rmt", "mobiliteitsteam"} or "mobiliteit" in text):
            return True
        if scheme.payer is Payer.GEMEENTE and "gemeente" in words:
            return True
    return False


def would_borrow(intake: Intake) -> bool:
    """Whether a loan (DUO levenlanglerenkrediet) may be proposed: the intake names no funding, so
    the advisor still has to discuss it, or a funding line names the loan itself. A candidate whose
    funding is recorded (UWV, gemeente, employer) is not silently sent to borrow *(judgement)*."""
    lines = [line.strip().casefold() for line in intake.funding if line.strip()]
    return not lines or any(w in line for line in lines
                            for w in ("llk", "levenlanglerenkrediet", "lening", "lenen", "duo"))


def counted_weeks(intake: Intake, schemes: tuple[FundingScheme, ...]) -> tuple[FundingScheme, int] | None:
    """The scheme the candidate counts on (named in a funding line, or the referrer's own: UWV for a
    WW client sent by UWV) that pays only routes up to some length, with that length; None if none.
    A soft rule for ranking (the 40-week RMT rule is a hard one in facts.intake_week_limit)."""
    found = [f for f in schemes if f.max_weeks is not None and not f.loan and not f.practice_place
             and (not f.situations or intake.situation in f.situations)
             and (named(f, intake) or (f.payer is Payer.UWV and intake.referrer is Referrer.UWV))]
    if not found:
        return None
    best = min(found, key=lambda f: (f.max_weeks or 0, f.code))
    return best, best.max_weeks or 0


def has_employer(intake: Intake) -> bool:
    return (intake.situation in (Situation.EMPLOYED, Situation.SELF_EMPLOYED)
            or intake.has_job_or_placement
            or any(e.current and not e.volunteer for e in intake.experience))


def employer_sectors(intake: Intake) -> tuple[str, ...]:
    """The sectors of the candidate's current (paid) work, as recorded."""
    return tuple(e.sector for e in intake.experience if e.current and not e.volunteer and e.sector)


def in_sector(scheme_sector: str, *texts: str) -> bool:
    """Whether any of a fund's sector words (";"-separated stems) starts or ends a word in one of
    `texts`: the start for stems ("elektrotechni"), the end for Dutch compounds ("thuiszorg"), but not
    the middle, so the care fund's "zorg" is not in "Uiterlijke verzorging" (hairdressers)."""
    words = [w.strip().casefold() for w in scheme_sector.split(";") if w.strip()]
    hay = " ".join(t.casefold() for t in texts if t)
    return any(re.search(rf"(?<!\w){re.escape(w)}|{re.escape(w)}(?!\w)", hay) for w in words)


def covered_by(scheme: FundingScheme, cost: Decimal) -> Decimal:
    return min(cost, scheme.max_amount) if scheme.max_amount is not None else cost


def _to_nl(scheme: FundingScheme, step: RouteStep) -> tuple[str, str]:
    if scheme.paid_to is PaidTo.EMPLOYER:
        return "aan uw werkgever; die betaalt de school", "to your employer, who pays the school"
    if scheme.paid_to is PaidTo.CANDIDATE:
        return "aan u; u betaalt de school", "to you; you pay the school"
    return payee(step)


def payee(step: RouteStep) -> tuple[str, str]:
    """Who receives a step's fee: BOL lesgeld goes to DUO, other fees to the school (rijksoverheid.nl,
    "Wanneer moet ik lesgeld betalen": lesgeld to DUO, cursusgeld to the school)."""
    if step.leerweg is Leerweg.BOL and step.kind is ItemKind.QUALIFICATION:
        return "aan DUO (het lesgeld)", "to DUO (the tuition fee)"
    return f"aan {step.provider}", f"to {step.provider}"


def name_en(scheme: FundingScheme) -> str:
    return scheme.name_en or scheme.name


def waived_share(step: RouteStep, scheme: FundingScheme, candidate: Candidate | None,
                 weeks: int) -> Decimal:
    """How much of a multi-year step's fee a waiver with an age limit takes away: the school years the
    candidate begins under the limit (no les- or cursusgeld under 18). A step's cost is its whole fee,
    every school year's together (docs/catalog-format.md), so a three-year BOL that starts at 17 is
    free for its first year and charged for the two after it. Each year is judged on the day it
    begins, as the first is (docs/advice-rules.md: that errs on the side of showing a fee)."""
    if scheme.max_age is None or candidate is None or candidate.birth_date is None:
        return step.cost
    years = max(1, -(-weeks // 52))
    free = sum(1 for k in range(years)
               if (age := candidate.age_on(step.start + timedelta(weeks=52 * k))) is not None
               and age <= scheme.max_age)
    return step.cost if free >= years else (step.cost * free / years).quantize(Decimal("1"))


UNPAID_NL = "Nog niet betaald"


def payment(step: RouteStep, scheme: FundingScheme | None, subsidy: FundingScheme | None,
            waived: Decimal | None = None, unpaid_why: tuple[str, str] | None = None) -> StepPayment:
    """Who pays whom for `step` when `scheme` pays (or lends) the course fee and `subsidy` pays the
    leerbedrijf; in Dutch (B1) and English. For a waiver, `waived` is the part of the fee that is not
    charged (the whole fee when None)."""
    cost = step.cost
    loan = covered = ZERO
    partly = scheme is not None and scheme.waiver and waived is not None and ZERO < waived < cost
    if partly and waived is not None:
        cost = cost - waived  # the later years are charged; nobody pays the first ones
    elif scheme is not None and scheme.waiver:
        cost = ZERO  # not charged at all: nobody pays it
    elif scheme is not None and scheme.loan:
        loan = covered_by(scheme, cost)
    elif scheme is not None:
        covered = covered_by(scheme, cost)
    you = cost - loan - covered
    nl: list[str] = []
    en: list[str] = []
    if partly and scheme is not None and waived is not None:
        nl.append(f"Zolang u jonger bent dan 18, betaalt u geen les- of cursusgeld: dat scheelt "
                  f"{euro(waived)}. Voor de jaren daarna betaalt u zelf {euro(you)}.")
        en.append(f"While you are under 18 you pay no tuition fee: that saves {euro_en(waived)}. For "
                  f"the years after that you pay {euro_en(you)} yourself.")
    elif scheme is not None and scheme.waiver:
        nl.append(f"Deze stap kost u niets: {scheme.name.lower()}.")
        en.append(f"This step costs you nothing: {name_en(scheme).lower()}.")
    elif cost <= 0:
        nl.append("Deze stap kost u niets.")
        en.append("This step costs you nothing.")
    elif scheme is not None and scheme.loan:
        nl.append(f"U leent {euro(loan)} voor het lesgeld ({scheme.name}) en betaalt dat later terug.")
        en.append(f"You borrow {euro_en(loan)} for the fee ({name_en(scheme)}) and pay it back later.")
        if you > 0:
            nl.append(f"Daarnaast betaalt u zelf {euro(you)}.")
            en.append(f"On top of that you pay {euro_en(you)} yourself.")
    elif scheme is not None:
        to_nl, to_en = _to_nl(scheme, step)
        nl.append(f"U betaalt zelf {euro(you)}. {scheme.name} betaalt {euro(covered)} {to_nl}.")
        en.append(f"You pay {euro_en(you)} yourself. {name_en(scheme)} pays {euro_en(covered)} {to_en}.")
    elif unpaid_why is not None:
        nl.append(f"{UNPAID_NL}: {unpaid_why[0]}. Tot er een betaler is, staat {euro(you)} op uw "
                  "naam.")
        en.append(f"Not paid yet: {unpaid_why[1]}. Until someone pays, {euro_en(you)} is in your name.")
    else:
        nl.append(f"U betaalt zelf {euro(you)}; er is nog geen regeling gevonden.")
        en.append(f"You pay {euro_en(you)} yourself; no scheme has been found yet.")
    if subsidy is not None:
        most = f", tot {euro(subsidy.max_amount)}" if subsidy.max_amount is not None else ""
        most_en = f", up to {euro_en(subsidy.max_amount)}" if subsidy.max_amount is not None else ""
        nl.append(f"Uw leerbedrijf kan subsidie aanvragen voor de begeleiding op het werk "
                  f"({subsidy.name}{most}). Dat geld gaat naar het leerbedrijf, niet naar uw lesgeld.")
        en.append(f"Your training company can apply for a subsidy for coaching at work "
                  f"({name_en(subsidy)}{most_en}). That money goes to the company, not to your course "
                  "fee.")
    return StepPayment(you_pay=you, loan=loan, covered=covered,
                       payer=scheme.name if scheme is not None else "",
                       paid_to=scheme.paid_to if scheme is not None else None,
                       subsidy_code=subsidy.code if subsidy is not None else "",
                       text_nl=" ".join(nl), text_en=" ".join(en))


def _course_schemes(step: RouteStep, item: CatalogItem | None, intake: Intake,
                    candidate: Candidate | None, schemes: tuple[FundingScheme, ...],
                    route_weeks: int) -> list[FundingScheme]:
    from .rules import funding_problem  # rules imports this module's helpers

    ok = [f for f in schemes if funding_problem(f, step, intake, candidate, item) is None
          and (f.max_weeks is None or route_weeks <= f.max_weeks)]
    if any(not f.loan for f in ok) or not would_borrow(intake):
        # a loan only when nothing else pays, and only for someone who would borrow
        ok = [f for f in ok if not f.loan]
    # A fee that is not charged first (nobody needs to pay it), then what the intake names, then the
    # referrer's own scheme, then grants before a loan, then what leaves the candidate least to pay.
    return sorted(ok, key=lambda f: (not f.waiver, not named(f, intake),
                                     not (f.referrers and intake.referrer in f.referrers),
                                     f.loan, f.payer is Payer.PERSON, -covered_by(f, step.cost),
                                     f.code))


def _subsidy(step: RouteStep, intake: Intake, candidate: Candidate | None,
             schemes: tuple[FundingScheme, ...]) -> FundingScheme | None:
    from .rules import subsidy_problem

    return next((f for f in sorted(schemes, key=lambda f: f.code)
                 if f.practice_place and subsidy_problem(f, step, intake, candidate) is None), None)


def assign(steps: tuple[RouteStep, ...], intake: Intake, catalog: Catalog,
           candidate: Candidate | None) -> tuple[RouteStep, ...]:
    """Each step with the scheme that pays its course fee (if any), its practice-place subsidy (if
    any) and who pays whom in words."""
    if not steps:
        return steps
    weeks = max(1, round((max(s.end for s in steps) - min(s.start for s in steps)).days / 7))
    offerings = index(catalog).by_code
    out: list[RouteStep] = []
    for s in steps:
        scheme = None
        waived = None
        if s.cost > 0:
            found = _course_schemes(s, catalog.item(s.item_code), intake, candidate, catalog.funding,
                                    weeks)
            scheme = found[0] if found else None
            if scheme is not None and scheme.waiver:
                # the catalog's weeks: experience may shorten the step, not the years it is paid for
                o = offerings.get(s.offering_code)
                waived = waived_share(s, scheme, candidate,
                                      o.weeks if o is not None else max(1, (s.end - s.start).days // 7))
        subsidy = _subsidy(s, intake, candidate, catalog.funding)
        out.append(replace(s, funding_code=scheme.code if scheme is not None else "",
                           payment=payment(s, scheme, subsidy, waived,
                                           _too_long(intake, catalog, weeks) if s.cost > 0 else None)))
    return tuple(out)


def _too_long(intake: Intake, catalog: Catalog, weeks: int) -> tuple[str, str] | None:
    """Why the scheme the candidate counts on does not pay: the route is longer than it pays for."""
    counted = counted_weeks(intake, catalog.funding)
    if counted is None or weeks <= counted[1]:
        return None
    scheme, most = counted
    return (f"{scheme.name} betaalt hoogstens {most} weken en deze route duurt ongeveer {weeks} weken",
            f"{name_en(scheme)} pays for at most {most} weeks and this route takes about {weeks} weeks")


def step_payment(step: RouteStep, catalog: Catalog | None) -> StepPayment:
    """The step's payment as worked out, or (a plan saved before that) worked out now from its code."""
    if step.payment is not None:
        return step.payment
    scheme = index(catalog).schemes.get(step.funding_code) if catalog is not None else None
    if scheme is not None and scheme.practice_place:
        scheme = None  # an old plan that showed a practice-place subsidy as paying the course
    if scheme is None and step.funding_code and catalog is None:
        # no table to look in: the old meaning (a grant) without a cap
        return StepPayment(you_pay=ZERO, covered=step.cost, payer=step.funding_code)
    return payment(step, scheme, None)


def after_funding(route: Route, catalog: Catalog | None = None) -> tuple[Decimal, tuple[str, ...]]:
    """What the candidate pays (a loan included: it is paid back), and the names of the schemes that
    pay part of the course fee (a loan is not one of them)."""
    total = ZERO
    funders: list[str] = []
    for s in route.steps:
        p = step_payment(s, catalog)
        total += p.you_pay + p.loan
        if p.covered > 0 and p.payer and p.payer not in funders:
            funders.append(p.payer)
    return total, tuple(funders)


def cost_texts(steps: tuple[RouteStep, ...], after: Decimal,
               catalog: Catalog | None = None) -> tuple[str, str]:
    """The cost reason: what the candidate pays, what they borrow, who pays whom, and the subsidy."""
    schemes = index(catalog).schemes if catalog is not None else {}
    english = {f.name: name_en(f) for f in schemes.values()}
    # a step nobody pays yet (the scheme counted on pays fewer weeks) is not money the candidate chose
    open_ = any(s.payment is not None and s.payment.text_nl.startswith(UNPAID_NL) for s in steps)
    nl = [f"Wat u zelf betaalt: {euro(after)}" + (", zolang er geen betaler is." if open_ else ".")]
    en = [f"What you pay yourself: {euro_en(after)}" + (", as long as nobody else pays." if open_ else ".")]
    loans = [s.payment for s in steps if s.payment is not None and s.payment.loan > 0]
    if loans:
        total = sum((p.loan for p in loans), ZERO)
        nl.append(f"Daarvan leent u {euro(total)} bij DUO (levenlanglerenkrediet); dat betaalt u later "
                  "terug.")
        en.append(f"Of that you borrow {euro_en(total)} from DUO (lifelong learning credit) and pay it back "
                  "later.")
    paid: dict[tuple[str, str], Decimal] = {}
    to: dict[tuple[str, str], tuple[str, str]] = {}
    for s in steps:
        p = s.payment
        if p is None or p.covered <= 0:
            continue
        if p.paid_to is PaidTo.EMPLOYER:
            whom = ("aan uw werkgever, die de school betaalt", "to your employer, who pays the school")
        elif p.paid_to is PaidTo.CANDIDATE:
            whom = ("aan u", "to you")
        else:
            whom = payee(s)
        key = (p.payer, whom[0])
        paid[key] = paid.get(key, ZERO) + p.covered
        to[key] = whom
    for key, amount in paid.items():
        nl.append(f"{key[0]} betaalt {euro(amount)} {to[key][0]}.")
        en.append(f"{english.get(key[0], key[0])} pays {euro_en(amount)} {to[key][1]}.")
    if any(s.payment is not None and s.payment.subsidy_code for s in steps):
        nl.append("Het leerbedrijf kan subsidie praktijkleren krijgen voor de begeleiding op het werk; "
                  "dat geld is niet voor uw lesgeld.")
        en.append("The training company can get a praktijkleren subsidy for coaching at work; that "
                  "money is not for your course fee.")
    return " ".join(nl), " ".join(en)
