"""Who pays whom for each step: the scheme that pays the course fee, a subsidy for the practice place,
and what the candidate reads about it as codes with arguments (`PayCode`, the cost reason), worded at
the edges: plans/texts.py for paper and the command line, ui/views/route_words.py for the screen
(docs/advice-rules.md, "Funding").

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
from dataclasses import dataclass, replace
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
from ..domain.route import Paid, PayArgs, PayCode, Payee, ReasonArgs, ReasonCode, Term
from .facts import index

ZERO = Decimal("0")


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


def term(scheme: FundingScheme) -> Term:
    """A scheme's name in both languages, as the words at the edges print it."""
    return Term(scheme.name, scheme.name_en)


def payee(step: RouteStep, paid_to: PaidTo | None) -> tuple[Payee, str]:
    """Who receives what a scheme that pays `paid_to` pays for `step`'s fee, with the school's name
    when it is the school. A scheme may pay the employer or the candidate, who pay the school;
    otherwise BOL lesgeld goes to DUO and other fees to the school (rijksoverheid.nl, "Wanneer moet ik
    lesgeld betalen": lesgeld to DUO, cursusgeld to the school)."""
    if paid_to is PaidTo.EMPLOYER:
        return Payee.EMPLOYER, ""
    if paid_to is PaidTo.CANDIDATE:
        return Payee.CANDIDATE, ""
    if step.leerweg is Leerweg.BOL and step.kind is ItemKind.QUALIFICATION:
        return Payee.DUO, ""
    return Payee.SCHOOL, step.provider


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


@dataclass(frozen=True, slots=True)
class TooLong:
    """The scheme the candidate counts on pays at most `most` weeks; the route takes `weeks`."""

    scheme: FundingScheme
    most: int
    weeks: int


def payment(step: RouteStep, scheme: FundingScheme | None, subsidy: FundingScheme | None,
            waived: Decimal | None = None, unpaid_why: TooLong | None = None) -> StepPayment:
    """Who pays whom for `step` when `scheme` pays (or lends) the course fee and `subsidy` pays the
    leerbedrijf, as a code with arguments (plans/texts.py and ui/views/route_words.py word it). For a
    waiver, `waived` is the part of the fee that is not charged (the whole fee when None)."""
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
    args = PayArgs(subsidy=term(subsidy) if subsidy is not None else None,
                   subsidy_most=subsidy.max_amount if subsidy is not None else None)
    if partly and waived is not None:
        code, args = PayCode.WAIVED_PART, replace(args, waived=waived)
    elif scheme is not None and scheme.waiver:
        code, args = PayCode.WAIVED, replace(args, scheme=term(scheme))
    elif cost <= 0:
        code = PayCode.FREE
    elif scheme is not None and scheme.loan:
        code, args = PayCode.LOAN, replace(args, scheme=term(scheme))
    elif scheme is not None:
        to, provider = payee(step, scheme.paid_to)
        code, args = PayCode.PAID, replace(args, scheme=term(scheme), to=to, provider=provider)
    elif unpaid_why is not None:
        code, args = PayCode.UNPAID, replace(args, scheme=term(unpaid_why.scheme), most=unpaid_why.most,
                                             weeks=unpaid_why.weeks)
    else:
        code = PayCode.NO_SCHEME
    return StepPayment(you_pay=you, loan=loan, covered=covered,
                       payer=scheme.name if scheme is not None else "",
                       paid_to=scheme.paid_to if scheme is not None else None,
                       subsidy_code=subsidy.code if subsidy is not None else "", code=code, args=args)


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


def _too_long(intake: Intake, catalog: Catalog, weeks: int) -> TooLong | None:
    """Why the scheme the candidate counts on does not pay: the route is longer than it pays for."""
    counted = counted_weeks(intake, catalog.funding)
    if counted is None or weeks <= counted[1]:
        return None
    return TooLong(counted[0], counted[1], weeks)


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


def cost_reason(steps: tuple[RouteStep, ...], after: Decimal, funders: tuple[str, ...] = (),
                catalog: Catalog | None = None) -> tuple[ReasonCode, ReasonArgs]:
    """The cost reason as a code with arguments: what the candidate pays (`after`, a loan included),
    what they borrow, who pays whom (summed per scheme and receiver) and whether a leerbedrijf may get
    a subsidy. Steps funded before payments were worked out give only the names of `funders`."""
    schemes = index(catalog).schemes if catalog is not None else {}
    english = {f.name: f.name_en for f in schemes.values()}
    if not steps or not all(s.payment is not None for s in steps):
        return ReasonCode.COST_FUNDERS, ReasonArgs(
            amount=after, funders=tuple(Term(n, english.get(n, "")) for n in funders))
    paid: dict[tuple[str, Payee, str], Paid] = {}
    loan = ZERO
    for s in steps:
        p = s.payment
        if p is None:
            continue
        loan += p.loan
        if p.covered <= 0:
            continue
        to, provider = payee(s, p.paid_to)
        scheme = p.args.scheme or Term(p.payer, english.get(p.payer, ""))
        key = (p.payer, to, provider)
        before = paid.get(key)
        paid[key] = Paid(scheme, p.covered + (before.amount if before is not None else ZERO), to, provider)
    # a step nobody pays yet (the scheme counted on pays fewer weeks) is not money the candidate chose
    unpaid = any(s.payment is not None and s.payment.code is PayCode.UNPAID for s in steps)
    subsidy = any(s.payment is not None and s.payment.subsidy_code for s in steps)
    return ReasonCode.COST, ReasonArgs(amount=after, loan=loan, unpaid=unpaid, paid=tuple(paid.values()),
                                       subsidy=subsidy)
