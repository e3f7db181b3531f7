"""The PostgreSQL backend's modules, checked by mypy against the store's protocols one by one.

`storage.store.POSTGRES` finds them by name at run time (the same file names as on SQLite); an area
without a module here is refused with `NotOnServer` (docs/postgresql.md lists what is not on the
server yet). Each module that is added joins the checks below.
"""

from __future__ import annotations

from ..store import CandidateStore, DraftStore, PlanStore, SearchStore, SettingsStore
from . import candidates, drafts, plans, settings
from .connection import PgDatabase

CANDIDATES: CandidateStore[PgDatabase] = candidates
SEARCH: SearchStore[PgDatabase] = candidates
SETTINGS: SettingsStore[PgDatabase] = settings
DRAFTS: DraftStore[PgDatabase] = drafts
PLANS: PlanStore[PgDatabase] = plans
