"""Routes the matcher proposes and the plan versions an advisor saves from them.

A reason carries its text in Dutch (B1) and English, so the screen and the printed plan say the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from .catalog import DemandRating
from .enums import Big5, CredentialKind, ItemKind, Leerweg, PaidTo, RefLevel


class Factor(StrEnum):
    GOAL_FIT = "doel"
    REGIONAL_DEMAND = "vraag"
    EXPERIENCE = "ervaring"
    TIME_TO_CREDENTIAL = "tijd"
    COST = "kosten"
    LEVEL_STEP = "niveau"
    LANGUAGE_SUPPORT = "taal"


@dataclass(frozen=True, slots=True)
class Reason:
    factor: Factor
    weight: float
    text_nl: str
    text_en: str

    def text(self, lang: str) -> str:
        return self.text_en if lang == "en" else self.text_nl


@dataclass(frozen=True, slots=True)
class Gap:
    """Something missing or to arrange; blocking gaps make a route out of reach."""

    code: str
    text_nl: str
    text_en: str
    blocking: bool = False
    due: date | None = None  # when the candidate should have done it (an action's deadline), if set

    def text(self, lang: str) -> str:
        return self.text_en if lang == "en" else self.text_nl


@dataclass(frozen=True, slots=True)
class StepPayment:
    """Who pays whom for one step, worked out by the matcher and printed as it stands.

    `you_pay` is out of the candidate's own pocket; `loan` is borrowed by the candidate (DUO) and paid
    back later, so it is never "paid by someone else"; `covered` is paid by the scheme `payer` to
    `paid_to`. A subsidy for the practice place (praktijkleren) goes to the leerbedrijf and pays none
    of the course fee: it is named in `subsidy_code` and the texts only.
    """

    you_pay: Decimal
    loan: Decimal = Decimal("0")
    covered: Decimal = Decimal("0")
    payer: str = ""  # the name of the scheme that pays the course fee (or lends it)
    paid_to: PaidTo | None = None
    subsidy_code: str = ""
    text_nl: str = ""
    text_en: str = ""

    def text(self, lang: str) -> str:
        return self.text_en if lang == "en" else self.text_nl


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


@dataclass(frozen=True, slots=True)
class Action:
    who: str  # "kandidaat", "adviseur" (worded per plan language) or a name as the advisor typed it
    what: str
    due: date | None = None
    what_en: str = ""  # English, when the action comes from the matcher; an advisor's own text has none
    # Due "before the start" although that leaves less time than the usual minimum (a route that
    # starts soon): the plan says so, so the advisor and candidate see it is tight.
    tight: bool = False


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
