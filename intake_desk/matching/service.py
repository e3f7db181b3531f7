"""Matching use cases for the GUI's database worker and the CLI: routes for a candidate, save a plan.

`candidate_routes` only reads. `save_plan` writes one immutable plan version in one transaction and
returns what changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from ..domain import Action, CandidateRecord, Catalog, PlanVersion, Referral, Route
from ..services import Changes
from ..storage import candidates as candidate_repo
from ..storage import catalog as catalog_repo
from ..storage import database_path, known_errors
from ..storage import plans as plan_repo
from .edits import Checked, recheck
from .engine import MatchResult, match_result
from .stones import stepping_stones


@dataclass(frozen=True, slots=True)
class CandidateRoutes:
    candidate_id: str
    record: CandidateRecord
    catalog: Catalog
    result: MatchResult
    today: date


def load_catalog(db: Database) -> Catalog:
    return catalog_repo.load(db)


def candidate_routes(db: Database, candidate_id: str, today: date | None = None,
                     top: int = 5) -> CandidateRoutes:
    _meta, record = candidate_repo.get(db, candidate_id)
    catalog = load_catalog(db)
    day = today or date.today()
    result = match_result(record.intake, catalog, day, top=top, candidate=record.candidate)
    return CandidateRoutes(candidate_id, record, catalog, result, day)


def check_route(db: Database, candidate_id: str, route: Route, today: date | None = None) -> Checked:
    """Re-check an edited route for a candidate (the match panel calls this after every edit)."""
    _meta, record = candidate_repo.get(db, candidate_id)
    return recheck(route, record.intake, load_catalog(db), today or date.today(), record.candidate)


class RouteBreaksRules(ValueError):
    """A route that breaks a hard rule is never saved as a plan."""


def save_plan(db: Database, candidate_id: str, route: Route, today: date | None = None,
              advisor: str = "", notes: str = "", advisor_id: str | None = None,
              next_appointment: date | None = None) -> tuple[PlanVersion, Changes]:
    """Save `route` as the next immutable version of the candidate's plan (one transaction).

    The stepping stones come from the route (stones.py). The next appointment is the one the advisor
    and candidate agree on; there is no default date, because a date printed on the plan is a promise
    the advisor has not made (without one the plan says a new appointment will be made together).
    """
    day = today or date.today()
    with known_errors(database_path(db)):
        _meta, record = candidate_repo.get(db, candidate_id)
        catalog = load_catalog(db)
        intake = record.intake
        checked = recheck(route, intake, catalog, day, record.candidate)
        if checked.violations:
            raise RouteBreaksRules("De route breekt een regel: " + checked.violations[0].text_nl)
        actions = tuple(Action(who="kandidaat" if g.code != "financiering" else "adviseur",
                               what=g.text_nl, what_en=g.text_en, due=checked.route.start)
                        for g in checked.route.gaps if not g.code.startswith("big5-"))
        referrals = tuple(Referral(b.domain, b.referral or "", b.note) for b in intake.barriers)
        stones = stepping_stones(checked.route, intake, catalog, record.candidate.region_code)
        version = PlanVersion(plan_id="", version=0, candidate_id=candidate_id, route=checked.route,
                              created_on=day, advisor=advisor or intake.advisor, actions=actions,
                              referrals=referrals, notes=notes, stones=stones,
                              next_appointment=next_appointment)
        with db.atomic():
            stored = plan_repo.save_version(db, version, advisor_id=advisor_id)
    return stored, Changes(plans=frozenset({candidate_id}))
