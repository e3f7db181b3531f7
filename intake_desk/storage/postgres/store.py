"""The PostgreSQL backend's part of the store interface, checked by mypy protocol by protocol.

Not a full `store.Store` yet: catalog, catalog browsing, plans, plan days and the worklist have no
PostgreSQL module so far (docs/postgresql.md, "in opbouw"). What exists is checked here against the
same protocols the SQLite modules meet.
"""

from __future__ import annotations

from ..store import CandidateStore, DraftStore, SearchStore, SettingsStore
from . import candidates, drafts, settings
from .connection import PgDatabase

CANDIDATES: CandidateStore[PgDatabase] = candidates
SEARCH: SearchStore[PgDatabase] = candidates
SETTINGS: SettingsStore[PgDatabase] = settings
DRAFTS: DraftStore[PgDatabase] = drafts
