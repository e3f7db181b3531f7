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

# The catalog, the catalog tab, the day's plans and the day's lists (pg002_catalog, schema_catalog.py).
from ..store import CatalogBrowser, CatalogStore, PlanDays, WorklistStore  # noqa: E402
from . import catalog, catalog_reads, plan_days, worklist  # noqa: E402

CATALOG: CatalogStore[PgDatabase] = catalog
CATALOG_BROWSER: CatalogBrowser[PgDatabase] = catalog_reads
PLAN_DAYS: PlanDays[PgDatabase] = plan_days
WORKLIST: WorklistStore[PgDatabase] = worklist

# Follow-up, the regional figures, retention and access (pg003_followup, schema_followup.py).
from ..store import AccessStore, FiguresStore, FollowupStore, RetentionStore  # noqa: E402
from . import access, figures, followup, retention  # noqa: E402

FOLLOWUP: FollowupStore[PgDatabase] = followup
FIGURES: FiguresStore[PgDatabase] = figures
RETENTION: RetentionStore[PgDatabase] = retention
ACCESS: AccessStore[PgDatabase] = access

# The fair merge, bundle keys, consent, erasure and the audit trail (pg004_merge, schema_merge.py).
from ..store import AuditStore, ConsentStore, EnrolmentStore, ErasureStore, MergeStore  # noqa: E402
from . import audit, consent, enrolment, erasure, merge  # noqa: E402

MERGE: MergeStore[PgDatabase] = merge
ENROLMENT: EnrolmentStore[PgDatabase] = enrolment
CONSENT: ConsentStore[PgDatabase] = consent
ERASURE: ErasureStore[PgDatabase] = erasure
AUDIT: AuditStore[PgDatabase] = audit

# Seeing the other desks' commits (pg005_watch, schema_watch.py).
from ..store import WatchStore  # noqa: E402
from . import watch  # noqa: E402

WATCH: WatchStore[PgDatabase] = watch
