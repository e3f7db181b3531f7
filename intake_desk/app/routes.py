"""Route use cases for the GUI's database worker and the CLI: routes for a stored candidate, save a plan.

`candidate_routes` only reads. `save_plan` writes one immutable plan version in one transaction and
returns what changed; what the version holds is built by `matching/plan_content.py`.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..domain import CandidateRecord, Catalog, ConsentPurpose, PlanVersion, Route
from ..domain.changes import Changes
from ..matching.engine import MatchResult, match_result
from ..matching.plan_content import RouteBreaksRules, plan_version
from ..storage import known_errors, location
from ..storage.store import store_of

if TYPE_CHECKING:
    from ..storage.store import Handle

__all__ = ["CandidateRoutes", "RouteBreaksRules", "candidate_routes", "load_catalog", "save_plan"]


@dataclass(frozen=True, slots=True)
class CandidateRoutes:
    candidate_id: str
    record: CandidateRecord
    catalog: Catalog
    result: MatchResult
    today: date


# Loaded catalogs by the catalog revision in the database (storage/catalog.py bumps it, in the same
# transaction, on every catalog write; a random value, so it names the content across processes,
# copies and restored backups). Reading the revision costs one indexed row; loading the 4,180
# sample offerings costs tens of milliseconds, on every candidate the advisor opens.
_CACHE: OrderedDict[str, Catalog] = OrderedDict()
_CACHE_SIZE = 2
_CACHE_LOCK = threading.Lock()


def load_catalog(db: Handle) -> Catalog:
    """The database's catalog; the same object while the catalog's revision stays the same."""
    store = store_of(db).catalog
    key = store.revision(db)
    if key is None:  # written before revisions existed: nothing says when it changes
        return store.load(db)
    with _CACHE_LOCK:
        cached = _CACHE.get(key)
        if cached is not None:
            _CACHE.move_to_end(key)
            return cached
    catalog = store.load(db)
    with _CACHE_LOCK:
        _CACHE[key] = catalog
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return catalog


def candidate_routes(db: Handle, candidate_id: str, today: date | None = None,
                     top: int = 5) -> CandidateRoutes:
    _meta, record = store_of(db).candidates.get(db, candidate_id)
    catalog = load_catalog(db)
    day = today or date.today()
    result = match_result(record.intake, catalog, day, top=top, candidate=record.candidate)
    return CandidateRoutes(candidate_id, record, catalog, result, day)


def save_plan(db: Handle, candidate_id: str, route: Route | None = None, today: date | None = None,
              advisor: str = "", notes: str = "", advisor_id: str | None = None,
              next_appointment: date | None = None) -> tuple[PlanVersion, Changes]:
    """Save `route` as the next immutable version of the candidate's plan (one transaction).

    Without a route (None, or a route without steps) the plan is still saved: its route has no steps
    and its gaps are the matcher's plain reasons why nothing fits yet; the actions come from those
    reasons, and the Big 5 referrals are kept. Everyone who sat at the desk leaves with a plan.

    The stepping stones come from the route (stones.py). The next appointment is the one the advisor
    and candidate agree on; there is no default date, because a date printed on the plan is a promise
    the advisor has not made (without one the plan says a new appointment will be made together).

    The consent record must allow a plan (ConsentMissing names the purpose otherwise): a plan version
    keeps the person's situation (gaps, referrals) for years, so it is stored only with their
    consent, as printing is. Looking at routes during the conversation needs none: nothing is kept.
    """
    day = today or date.today()
    with known_errors(location(db)):
        _meta, record = store_of(db).candidates.get(db, candidate_id)
        store_of(db).consent.require(db, candidate_id, ConsentPurpose.PLAN, record.intake.consent,
                                     record.candidate.name.display or candidate_id)
        name = advisor or record.intake.advisor or store_of(db).settings.load(db).advisor_name
        version = plan_version(record, load_catalog(db), route, day, candidate_id=candidate_id,
                               advisor=name, notes=notes, next_appointment=next_appointment)
        with db.atomic():
            stored = store_of(db).plans.save_version(db, version, advisor_id=advisor_id)
    return stored, Changes(plans=frozenset({candidate_id}))
