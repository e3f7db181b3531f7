"""Routes the matcher proposes and the plan versions an advisor saves from them.

Gaps, violations, reasons and who pays what are codes with typed arguments; the screen and the printed
plan word them (ui/views/route_words.py, plans/texts.py), so what they say is written once per medium.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from .catalog import DemandRating
from .enums import Big5, Cefr, CredentialKind, ItemKind, Leerweg, PaidTo, RefLevel, Situation


class Factor(StrEnum):
    GOAL_FIT = "doel"
    REGIONAL_DEMAND = "vraag"
    EXPERIENCE = "ervaring"
    TIME_TO_CREDENTIAL = "tijd"
    COST = "kosten"
    LEVEL_STEP = "niveau"
    LANGUAGE_SUPPORT = "taal"


class ReasonCode(StrEnum):
    """What a reason says; worded at the edges (plans/texts.reason_text, ui/views/route_words.reason_text).

    A reason without a code carries its own words in `text_nl`/`text_en`: a plan saved before reasons
    (or, for the cost reason, payments) were typed. Those words are printed as saved."""

    LEVEL_NONE = "niveau-geen"  # a short course without an mbo level
    LEVEL_ENTREE_HELD = "niveau-entree-al-diploma"
    LEVEL_BRIDGE = "niveau-opstap"  # args: title (the bridge, Entree named as such), level, target_level
    LEVEL_BELOW = "niveau-lager"  # args: target_level, have
    LEVEL_NEXT = "niveau-volgende"  # args: target_level
    LEVEL_BIG_STEP = "niveau-grote-stap"  # args: target_level, have (0: no diploma yet)
    DUTCH_ENOUGH = "taal-genoeg"  # args: need (None: nothing asked)
    DUTCH_UNKNOWN = "taal-onbekend"  # args: title, need
    DUTCH_IN_ROUTE = "taal-in-route"  # args: title (the Dutch step), target, need, dutch, alongside
    DUTCH_AT_WORK = "taal-op-werk"  # a praktijkverklaring below the level: args need, dutch
    DUTCH_BELOW = "taal-te-laag"  # args: need, dutch
    TIME = "tijd"  # args: credential, short_course, day, weeks, first
    DEMAND_NONE = "vraag-geen"  # args: job (the goal's occupation), region
    DEMAND = "vraag"  # args: region, job, rating, source, day, sample
    # the goal relation (goals.py): args title, level (the route's qualification), goal (the wish),
    # field; and what the route gives when the goal asked another credential: got, got_course, wanted
    GOAL_OWN = "doel-eigen"
    GOAL_COURSE = "doel-cursus"  # the course that is the goal
    GOAL_LINE_BELOW = "doel-verwant-lager"  # same vocational programme, lower: a stepping stone
    GOAL_LINE = "doel-verwant"  # same vocational programme, another occupation or level
    GOAL_FIELD = "doel-domein-breed"  # a broad wish: this falls in its field
    GOAL_SAME_DOMEIN = "doel-zelfde-domein"
    GOAL_SAME_SECTOR = "doel-zelfde-sector"
    GOAL_SHORT_COURSE = "doel-korte-cursus"
    GOAL_OTHER = "doel-ander"
    # experience: args role, years, volunteer, weeks, title, roles, field, evc
    EXPERIENCE_WORKPLACE = "ervaring-praktijk"  # shortens a praktijkverklaring
    EXPERIENCE_EVC = "ervaring-evc"  # shortens the route through EVC
    EXPERIENCE_HELD = "ervaring-al-behaald"  # args.title: a credential already held
    EXPERIENCE_NONE = "ervaring-geen"
    EXPERIENCE_OTHER = "ervaring-ander-vak"
    EXPERIENCE_SAME_FIELD = "ervaring-zelfde-vak"
    # why a route comes first or last (rules.advice, engine.finish; weight 0): args as named
    RMC_DIPLOMA = "eerst-startkwalificatie"  # args.level
    RMC_NOT_YET = "nog-geen-startkwalificatie"
    WISH_DIPLOMA = "wens-diploma"
    WISH_SHORT = "wens-kort"  # args: wanted, credential
    HIGHER_SHORT = "hbo-kort"
    HIGHER_DIPLOMA = "hbo-diploma"
    FUNDING_FITS = "financiering-past"  # args: scheme, most
    FUNDING_TOO_LONG = "financiering-te-lang"  # args: scheme, most
    SCHOOL_LEAVER = "schoolverlater"
    SHORT_FIRST = "eerst-kort"  # args: credential, profile, hours
    REGULATED_AT_WORK = "wettelijk-naast-werk"  # args: term (the legal source)
    REGULATED_PART = "wettelijk-eerst-deel"  # args: term, credential
    REGULATED_BOL = "wettelijk-bol"  # args: term
    HEAVY_OTHER_WORK = "zwaar-ander-werk"  # args: term (the heavy work), limit
    # what the candidate pays (funding.cost_reason): args amount (a loan included), loan (of that,
    # borrowed), unpaid (part waits for a payer), paid (who pays whom), subsidy (a practice place's)
    COST = "kosten"
    COST_FUNDERS = "kosten-betalers"  # steps funded before payments were worked out: amount, funders


class ShortProfile(StrEnum):
    """Why a praktijkverklaring or certificate suits a person first (rules._short_profile)."""

    DUTCH_BELOW_B1 = "nederlands-onder-b1"
    FEW_HOURS = "weinig-uren"  # args.hours: the threshold
    FIFTY_WITH_JOB = "50-plus-met-baan"


# The goal-relation reasons: they may add what the route gives when the goal asked another credential.
GOAL_REASONS = frozenset({ReasonCode.GOAL_OWN, ReasonCode.GOAL_COURSE, ReasonCode.GOAL_LINE_BELOW,
                          ReasonCode.GOAL_LINE, ReasonCode.GOAL_FIELD, ReasonCode.GOAL_SAME_DOMEIN,
                          ReasonCode.GOAL_SAME_SECTOR, ReasonCode.GOAL_SHORT_COURSE, ReasonCode.GOAL_OTHER})


@dataclass(frozen=True, slots=True)
class ReasonArgs:
    """The typed arguments of a reason; each ReasonCode uses the few its comment names."""

    title: str = ""
    target: str = ""
    level: int | None = None
    target_level: int | None = None
    have: int = 0
    need: RefLevel | None = None
    dutch: Cefr | None = None  # the candidate's level (None: native)
    alongside: bool = False
    credential: CredentialKind | None = None
    short_course: bool = False  # a short course's own certificate: a course certificate
    first: bool = False  # the first of several credentials on the route
    day: date | None = None
    weeks: int = 0
    job: str = ""
    region: str = ""
    rating: int = 0
    source: str = ""
    sample: bool = False  # a sample figure whose source does not already say so
    goal: str = ""
    field: str = ""
    got: CredentialKind | None = None
    got_course: bool = False  # what the route gives is a short course's own certificate
    wanted: CredentialKind | None = None
    role: str = ""
    roles: tuple[str, ...] = ()
    years: float = 0.0
    volunteer: bool = False  # the years are volunteer work (counted for half)
    evc: bool = False  # the candidate asked about EVC
    term: Term | None = None
    limit: Term | None = None
    scheme: Term | None = None
    most: int = 0
    hours: int = 0
    profile: ShortProfile | None = None
    amount: Decimal = Decimal("0")
    loan: Decimal = Decimal("0")
    unpaid: bool = False
    paid: tuple[Paid, ...] = ()
    subsidy: bool = False
    funders: tuple[Term, ...] = ()


@dataclass(frozen=True, slots=True)
class Reason:
    factor: Factor
    weight: float
    text_nl: str = ""
    text_en: str = ""
    code: ReasonCode | None = None
    args: ReasonArgs = ReasonArgs()


class Rule(StrEnum):
    """The hard rules a route may not break (matching/rules.py checks them; here because a gap
    names the rule the fitting routes broke)."""

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


class Breach(StrEnum):
    """How a route breaks its rule (a `Violation`'s code); the words are at the edges
    (plans/texts.violation_text, ui/views/route_words.violation_text)."""

    NO_STEPS = "geen-stappen"
    NOT_IN_CATALOG = "niet-in-aanbod"
    DIFFERS = "wijkt-af"  # place, hours or length differ from the offering
    TOO_MUCH_EXEMPTION = "te-veel-vrijstelling"  # args: weeks (planned shorter), most (allowed)
    NO_START_ON = "geen-startmoment"  # args: day
    MISSING = "ontbreekt"  # an entry requirement nothing meets: args.need
    BEFORE_NEED_ENDS = "voor-eis-klaar"  # starts before the step that meets args.need ends
    BEFORE_PREVIOUS_ENDS = "voor-vorige-klaar"  # args.other: the step before
    IN_PAST = "verleden"
    BEFORE_EARLIEST = "voor-vroegste-start"  # args.day
    AFTER_LATEST = "na-laatste-start"  # args.day
    LEERWEG_WISH = "leerweg"  # args: leerweg, wanted
    OUTSIDE_AREA = "buiten-reisgebied"
    FUNDING = "financiering"  # args: problem (FundingProblem) and what it names
    SUBSIDY = "subsidie"  # the practice-place subsidy: args.problem
    NEEDS_LEERBEDRIJF = "leerbedrijf"
    NEEDS_VOG = "vog"  # a step asks it (args.title) or, without a step, the goal
    NO_HOURS = "geen-uren"
    TOO_MANY_HOURS = "te-veel-uren"  # args: day, load, hours
    FORTY_WEEKS = "40-weken"  # args: weeks, most, via ("" for the regional mobility team)
    MAX_WEEKS = "max-weken"  # args: weeks, most
    DERDE_LEERWEG_UNDER_18 = "derde-leerweg-onder-18"
    NOT_A_SCHOOL_ROUTE = "geen-schoolroute"
    ENTREE_NOT_ALLOWED = "entree-niet"


class Need(StrEnum):
    """An entry requirement (Violation args.need): its argument is args.ref, args.level or args.other."""

    DUTCH = "nederlands"
    DIPLOMA_LEVEL = "diploma-niveau"
    STARTKWALIFICATIE = "startkwalificatie"
    PREVIOUS = "eerst"


class FundingProblem(StrEnum):
    """Why a scheme cannot pay a step (rules.funding_problem, subsidy_problem); args name the scheme."""

    NOT_IN_TABLE = "niet-in-tabel"
    PRACTICE_PLACE = "praktijkplaats"  # a practice-place subsidy named as the course fee's payer
    NOT_A_SUBSIDY = "geen-subsidie"
    UNDER_18 = "onder-18"  # kwalificatieplichtig: praktijkleren is not the route
    NOT_OPEN = "niet-open"  # args.day
    SITUATION = "situatie"  # args.situation
    MAX_AGE = "max-leeftijd"  # args.most
    MIN_AGE = "min-leeftijd"  # args.most
    CREDENTIAL = "bewijs"  # args.credential
    LEERWEG = "leerweg"  # args.leerweg
    REFERRER = "verwijzer"
    EMPLOYER = "werkgever"
    SECTOR = "sector"


@dataclass(frozen=True, slots=True)
class ViolationArgs:
    """The typed arguments of a violation; each Breach uses the few its comment names. `title`,
    `provider` and `location` name the step for a reader (its codes stay in the code column)."""

    title: str = ""
    provider: str = ""
    location: str = ""
    day: date | None = None
    weeks: int = 0
    most: int = 0
    load: float = 0.0
    hours: int = 0
    need: Need | None = None
    ref: RefLevel | None = None
    level: int = 0
    other: str = ""  # another step's title, or the item an entry requirement asks first
    leerweg: Leerweg | None = None
    wanted: tuple[Leerweg, ...] = ()
    problem: FundingProblem | None = None
    scheme: str = ""
    situation: Situation | None = None
    credential: CredentialKind | None = None
    via: str = ""  # FORTY_WEEKS: the funding line that imposes it; "" for the regional mobility team


@dataclass(frozen=True, slots=True)
class Violation:
    """A hard rule a route breaks: `rule` names it, `breach` says how, `args` what the words need.
    `step` is the index into route.steps, None for the route as a whole."""

    rule: Rule
    breach: Breach
    args: ViolationArgs = ViolationArgs()
    step: int | None = None


class WhyNot(StrEnum):
    """Why the fitting offering did not become a route (the planner's count of what it skipped)."""

    HELD = "held"
    DUTCH_REACHED = "dutch-reached"
    NO_OFFERING = "no-offering"
    EXPIRED = "expired"  # offered only under a crebo code that has a newer one (facts.expired_codes)
    REGION = "region"
    HOURS = "hours"
    LEERWEG = "leerweg"
    PREREQUISITES = "prerequisites"
    DATES = "dates"
    KWALIFICATIEPLICHT = "kwalificatieplicht"
    ENTREE = "entree"


class GapCode(StrEnum):
    """What a gap is about; the plan, the screen and the CLI branch on it and word it (plans/texts.py
    for paper and the CLI, ui/views/route_words.py for the screen), never on its words.

    The values are the codes stored in plan versions. Before gaps were typed, a few codes carried
    their argument in the string ("big5-wonen", "buiten-bereik-region", "doel-buiten-bereik-25960");
    such a stored code is read as its family (`_missing_`), and its saved words are printed as saved.
    """

    NO_HOURS = "geen-uren"
    NO_GOAL = "geen-doel"
    DUTCH_UNKNOWN = "niveau-nederlands-onbekend"  # names the form's Taal section (ui SECTIONS, Alt+3)
    IDW = "diplomawaardering"
    BIG_REGISTER = "big-register"  # args.term: the profession
    KWALIFICATIEPLICHT = "kwalificatieplicht"
    RMC = "rmc"
    NT2 = "nt2"  # args: title, level, need, dutch, example
    ERKEND_LEERBEDRIJF = "erkend-leerbedrijf"  # due
    LEERBEDRIJF = "leerbedrijf"  # due; args.leerweg: BBL, or learning at work in the derde leerweg
    VOG = "vog"  # args.title: the step that asks it ("" for the goal as a whole)
    FUNDING = "financiering"  # no scheme found for part of the cost
    FUNDING_TOO_LONG = "financiering-te-lang"  # args: scheme, ask, most, title, weeks, amount
    TRAVEL_AREA = "reisgebied"
    EVC = "evc"  # args.day: the start of the shortened step
    EVC_WORKPLACE = "evc-praktijk"  # args.day (praktijkverklaring: show the work processes)
    EVC_ASK = "evc-vragen"  # args.role: related experience, too little to plan shorter
    PHYSICAL = "lichamelijk"  # args: title, term (the heavy work), limit
    BIG5 = "big5"  # args: domain, note, referral
    OUT_OF_REACH = "buiten-bereik"  # args.why, or none: no course found
    OUT_OF_REACH_RULE = "buiten-bereik-regel"  # args.rule: the rule the fitting routes break
    GOAL_UNKNOWN = "doel-onbekend"  # args.goal
    GOAL_BROAD = "doel-breed"  # args: goal, field, and (missed) why none in the field: title, why/rule
    GOAL_NOT_OFFERED = "doel-niet-in-aanbod"  # args: title, levels, places (alternatives), same
    GOAL_OUT_OF_AREA = "doel-buiten-bereik-reisgebied"  # args: title, levels, places (regions, km)
    GOAL_OWN_OUT_OF_REACH = "doel-buiten-bereik"  # args: item_code, title, why or rule
    NO_ROUTE_CHOSEN = "geen-route-gekozen"

    @classmethod
    def _missing_(cls, value: object) -> GapCode | None:
        # codes stored before gaps were typed: the family, longest prefix first (read only here)
        if isinstance(value, str):
            for family in (cls.OUT_OF_REACH_RULE, cls.GOAL_OWN_OUT_OF_REACH, cls.OUT_OF_REACH, cls.BIG5):
                if value.startswith(family.value + "-"):
                    return family
        return None


GOAL_GAPS = frozenset({GapCode.GOAL_UNKNOWN, GapCode.GOAL_BROAD, GapCode.GOAL_NOT_OFFERED,
                       GapCode.GOAL_OUT_OF_AREA, GapCode.GOAL_OWN_OUT_OF_REACH})


@dataclass(frozen=True, slots=True)
class Term:
    """A word from one of the matcher's tables in both languages (a BIG profession, a kind of heavy
    work, a funding scheme's name): vocabulary the data supplies, not a sentence."""

    nl: str
    en: str = ""

    def word(self, lang: str) -> str:
        return self.en or self.nl if lang == "en" else self.nl


@dataclass(frozen=True, slots=True)
class Named:
    """A qualification or region a gap names: its name with a level or a distance when known."""

    name: str
    level: int | None = None
    km: int | None = None


@dataclass(frozen=True, slots=True)
class GapArgs:
    """The typed arguments of a gap; each code uses the few its comment in GapCode names."""

    title: str = ""  # the step, qualification or course the gap is about, as the catalog names it
    level: int | None = None
    levels: tuple[int, ...] = ()
    goal: str = ""  # the goal as the advisor typed it
    field: str = ""  # a broad goal's field (DUO domeinen)
    places: tuple[Named, ...] = ()  # alternatives or regions, in order
    same: bool = False  # GOAL_NOT_OFFERED: the alternatives are of the same vocational programme
    missed: bool = False  # GOAL_BROAD: no route ends in the field (title/why say why, when known)
    term: Term | None = None
    limit: Term | None = None
    scheme: Term | None = None
    ask: Term | None = None  # whom to ask (a scheme's name, or UWV)
    need: RefLevel | None = None  # NT2: the Dutch the route asks
    dutch: Cefr | None = None  # NT2: the candidate's level now
    example: str = ""  # NT2: a course that reaches the level
    leerweg: Leerweg | None = None
    weeks: int = 0
    most: int = 0
    amount: Decimal = Decimal("0")
    day: date | None = None  # a deadline the text names (the start of a shortened step)
    role: str = ""
    domain: Big5 | None = None
    note: str = ""
    referral: str = ""
    why: WhyNot | None = None
    rule: Rule | None = None
    item_code: str = ""  # GOAL_OWN_OUT_OF_REACH: the goal's own item no route reaches


@dataclass(frozen=True, slots=True)
class Gap:
    """Something missing or to arrange; blocking gaps make a route out of reach.

    `code` says what it is and `args` carries what its words need; the words live at the edges
    (plans/texts.gap_text, ui/views/route_words.gap_text). `first`: the route cannot be judged until
    this is answered (an unknown level of Dutch): never "fits well" on screen or paper.
    `text_nl`/`text_en` are only in plan versions saved before gaps were typed: printed as saved."""

    code: GapCode
    args: GapArgs = GapArgs()
    blocking: bool = False
    due: date | None = None  # when the candidate should have done it (an action's deadline), if set
    first: bool = False
    text_nl: str = ""
    text_en: str = ""


class PayCode(StrEnum):
    """What a step's "who pays what" line says (matching/funding.payment); worded at the edges
    (plans/texts.payment_text, ui/views/route_words.payment_text). Amounts are the StepPayment's own."""

    WAIVED_PART = "deels-geen-lesgeld"  # no fee for the years under 18: args.waived; you_pay after
    WAIVED = "geen-lesgeld"  # not charged at all: args.scheme says why
    FREE = "gratis"  # the step costs nothing
    LOAN = "lening"  # args.scheme lends `loan`; `you_pay` on top
    PAID = "betaald"  # args.scheme pays `covered` to args.to; `you_pay` is the rest
    UNPAID = "nog-niet-betaald"  # the scheme counted on (args.scheme) pays args.most weeks, the route
    # takes args.weeks: `you_pay` is in the candidate's name until someone pays
    NO_SCHEME = "geen-regeling"  # no scheme found: `you_pay`


class Payee(StrEnum):
    """Who receives what a scheme pays for a step's course fee."""

    EMPLOYER = "werkgever"  # the employer, who pays the school
    CANDIDATE = "kandidaat"  # the candidate, who pays the school
    DUO = "duo"  # BOL lesgeld goes to DUO
    SCHOOL = "school"  # the provider (its name in `provider`)


@dataclass(frozen=True, slots=True)
class PayArgs:
    """The typed arguments of a step's payment; each PayCode uses the few its comment names.
    `subsidy` (with `subsidy_most`, its cap) is the practice-place subsidy named beside any code."""

    scheme: Term | None = None
    to: Payee | None = None
    provider: str = ""
    waived: Decimal = Decimal("0")
    most: int = 0
    weeks: int = 0
    subsidy: Term | None = None
    subsidy_most: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Paid:
    """One "who pays whom" line of the cost reason: `scheme` pays `amount` to `to`."""

    scheme: Term
    amount: Decimal
    to: Payee
    provider: str = ""


@dataclass(frozen=True, slots=True)
class StepPayment:
    """Who pays whom for one step, worked out by the matcher and printed as it stands.

    `you_pay` is out of the candidate's own pocket; `loan` is borrowed by the candidate (DUO) and paid
    back later, so it is never "paid by someone else"; `covered` is paid by the scheme `payer` to
    `paid_to`. A subsidy for the practice place (praktijkleren) goes to the leerbedrijf and pays none
    of the course fee: it is named in `subsidy_code` and the words only.
    """

    you_pay: Decimal
    loan: Decimal = Decimal("0")
    covered: Decimal = Decimal("0")
    payer: str = ""  # the name of the scheme that pays the course fee (or lends it)
    paid_to: PaidTo | None = None
    subsidy_code: str = ""
    # What the line says, worded at the edges; None in plans saved before payments were typed, whose
    # `text_nl`/`text_en` are printed as saved.
    code: PayCode | None = None
    args: PayArgs = PayArgs()
    text_nl: str = ""
    text_en: str = ""


@dataclass(frozen=True, slots=True)
class RouteStep:
    offering_code: str
    item_code: str
    title: str
    kind: ItemKind
    provider: str
    location: str
    region_code: str
    leerweg: Leerweg
    start: date
    end: date
    hours_per_week: float
    credential: CredentialKind
    level: int | None = None
    cost: Decimal = Decimal("0")
    funding_code: str = ""
    bridging: bool = False
    sample: bool = False
    # Weeks of the offering the candidate is expected not to need: exemptions (vrijstellingen) the
    # school can grant on an ervaringscertificaat (EVC), or werkprocessen already shown at work for a
    # praktijkverklaring. `end` is that much earlier than the offering's full length.
    exempt_weeks: int = 0
    # Who pays whom for this step (None in plans saved before the matcher worked it out).
    payment: StepPayment | None = None

    @property
    def weeks(self) -> int:
        return max(1, round((self.end - self.start).days / 7))


@dataclass(frozen=True, slots=True)
class Route:
    steps: tuple[RouteStep, ...]
    goal_credential: CredentialKind
    score: int = 0
    reasons: tuple[Reason, ...] = ()
    gaps: tuple[Gap, ...] = ()
    funding_requires_40_weeks: bool = False
    # The demand figure the route was scored with: the plan prints this one, so the figure on paper
    # and the one in the reason are the same. None: no figure (or a plan saved before this field).
    demand: DemandRating | None = None

    @property
    def start(self) -> date | None:
        return min((s.start for s in self.steps), default=None)

    @property
    def end(self) -> date | None:
        return max((s.end for s in self.steps), default=None)

    @property
    def total_weeks(self) -> int:
        if not self.steps:
            return 0
        assert self.start is not None and self.end is not None
        return max(1, round((self.end - self.start).days / 7))

    @property
    def total_cost(self) -> Decimal:
        return sum((s.cost for s in self.steps), Decimal("0"))

    @property
    def uses_sample_data(self) -> bool:
        return any(s.sample for s in self.steps)

    @property
    def check_first(self) -> tuple[Gap, ...]:
        """Gaps to answer before the route can be judged (Gap.first): how well it fits is not known."""
        return tuple(g for g in self.gaps if g.first)


@dataclass(frozen=True, slots=True)
class Action:
    who: str  # "kandidaat", "adviseur" (worded per plan language) or a name as the advisor typed it
    what: str
    due: date | None = None
    what_en: str = ""  # English, when the action comes from the matcher; an advisor's own text has none
    # Due "before the start" although that leaves less time than the usual minimum (a route that
    # starts soon): the plan says so, so the advisor and candidate see it is tight.
    tight: bool = False
    # An action from the matcher: the gap it comes from, worded at the edges (plans/texts.py): the gap
    # itself, or (`answer`) what to do about a reason no route fits yet. None: the advisor's own text.
    gap: Gap | None = None
    answer: bool = False


@dataclass(frozen=True, slots=True)
class Referral:
    domain: Big5
    to: str
    note: str = ""


class StoneKind(StrEnum):
    ON_THE_WAY = "onderweg"  # a credential or Dutch level reached on this route, before its end
    NEXT = "daarna"  # a further step after the route (the diploma a certificate is part of, a level up)


@dataclass(frozen=True, slots=True)
class SteppingStone:
    """A stepping stone as data; the printed plan words it in the reader's language."""

    kind: StoneKind
    title: str
    credential: CredentialKind
    item_code: str = ""
    level: int | None = None
    crebo: str = ""  # the qualification's register code (a certificate's: the one it is part of)
    reached: date | None = None  # when a stone on the way is reached
    dutch: RefLevel | None = None  # for a Dutch course: the level it brings the learner to


@dataclass(frozen=True, slots=True)
class PlanVersion:
    """One immutable version of a candidate's plan; an edit makes a new version.

    A plan without a route (nothing fits yet) has a route without steps; its gaps say why.
    """

    plan_id: str
    version: int
    candidate_id: str
    route: Route
    created_on: date
    advisor: str = ""
    language: str = "nl"
    actions: tuple[Action, ...] = ()
    referrals: tuple[Referral, ...] = ()
    stepping_stones: tuple[str, ...] = ()  # further steps in the advisor's own words, printed as written
    next_appointment: date | None = None
    notes: str = ""
    stones: tuple[SteppingStone, ...] = ()  # stepping stones taken from the route, as data
    # What the matcher said about the goal as a whole when the plan was saved (e.g. why the goal's own
    # diploma is not reachable now), printed with the goal.
    goal_notes: tuple[Gap, ...] = ()
