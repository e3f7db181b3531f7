"""What the renderer needs, gathered in one picklable value (so a batch can render in other processes).

`load_document` reads it from the database; the renderer itself never touches storage.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlite_utils import Database

from ..domain import CandidateRecord, ConsentPurpose, DemandRating, PlanVersion
from ..domain.codec import replace
from ..storage import StorageError
from ..storage import candidates as candidate_repo
from ..storage import catalog as catalog_repo
from ..storage import plans as plan_repo
from ..storage import settings as settings_repo
from ..storage.settings import Settings
from .texts import LANGUAGES


class PlanUnavailable(StorageError):
    """A plan cannot be printed (none saved yet, no consent); the message is for the advisor."""


@dataclass(frozen=True, slots=True)
class PlanDocument:
    plan: PlanVersion
    record: CandidateRecord
    settings: Settings = field(default_factory=Settings)
    region_name: str = ""
    demand: DemandRating | None = None
    funding_names: dict[str, str] = field(default_factory=dict)
    sample_catalog: bool = False

    @property
    def language(self) -> str:
        return self.plan.language if self.plan.language in LANGUAGES else "nl"

    @property
    def is_sample(self) -> bool:
        return (self.sample_catalog or self.plan.route.uses_sample_data
                or self.record.candidate.sample)

    def in_language(self, lang: str | None) -> PlanDocument:
        if not lang or lang == self.plan.language:
            return self
        return replace(self, plan=replace(self.plan, language=lang))


def _pick_demand(ratings: tuple[DemandRating, ...], region: str, crebo: str, occupation: str
                 ) -> DemandRating | None:
    found = [d for d in ratings if d.region_code == region
             and ((crebo and d.crebo == crebo) or (occupation and d.occupation == occupation))]
    return max(found, key=lambda d: d.as_of, default=None)


def goal_crebo(doc_plan: PlanVersion, record: CandidateRecord) -> tuple[str, str]:
    """The (crebo, occupation) of the plan's goal: the intake's first goal, else the last step."""
    goals = record.intake.goals
    if goals:
        return goals[0].crebo, goals[0].occupation
    steps = doc_plan.route.steps
    return (steps[-1].item_code, steps[-1].title) if steps else ("", "")


def load_document(db: Database, candidate_id: str, *, version: int | None = None,
                  lang: str | None = None) -> PlanDocument:
    """The printable plan of a candidate, or PlanUnavailable with a clear Dutch message."""
    _meta, record = candidate_repo.get(db, candidate_id)
    name = record.candidate.name.display or candidate_id
    if not record.intake.consent.allows(ConsentPurpose.PLAN):
        raise PlanUnavailable(f"{name} heeft geen toestemming gegeven voor een plan. "
                              "Vraag eerst toestemming en leg die vast bij de intake.")
    plan = plan_repo.get_version(db, candidate_id, version)
    if plan is None:
        if version is not None and plan_repo.versions(db, candidate_id):
            raise PlanUnavailable(f"{name} heeft geen versie {version} van het plan.")
        raise PlanUnavailable(f"{name} heeft nog geen plan. Kies eerst een route en sla die op.")
    settings = settings_repo.load(db)
    catalog = catalog_repo.load(db)
    region = record.candidate.region_code or settings.default_region
    crebo, occupation = goal_crebo(plan, record)
    funding_codes = {s.funding_code for s in plan.route.steps if s.funding_code}
    doc = PlanDocument(
        plan=plan,
        record=record,
        settings=settings,
        region_name=next((r.name for r in catalog.regions if r.code == region), region),
        demand=_pick_demand(catalog.demand, region, crebo, occupation),
        funding_names={f.code: f.name for f in catalog.funding if f.code in funding_codes},
        sample_catalog=catalog.is_sample,
    )
    return doc.in_language(lang)


def candidates_with_plan_on(db: Database, day: date) -> list[str]:
    """Ids of candidates with an intake on `day` and a saved plan, in name order."""
    return [r[0] for r in db.execute(
        "SELECT DISTINCT c.id, c.sort_key FROM candidates c"
        " JOIN intakes i ON i.candidate_id = c.id"
        " JOIN plans p ON p.candidate_id = c.id"
        " WHERE i.intake_date = ? ORDER BY c.sort_key, c.id", [day.isoformat()])]
