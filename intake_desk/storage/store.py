"""The store: what the application layer needs from storage, written down as typed protocols.

Two backends implement it: SQLite (a laptop's file) and PostgreSQL (a region's server, issue #19).
Each protocol is met by one module per backend, of the same name in `storage/` and
`storage/postgres/`, whose functions take the open handle as their first argument. `store_of(db)`
gives the backend of a handle; a use case asks it for an area (`store_of(db).candidates.insert(db,
...)`), so the same use case runs on both. mypy (strict, in `make test`) proves that every module
matches its protocol, signature by signature; `tests/core/test_store.py` checks the same at run time.

Only what exists and is used outside `storage/` is listed (kept honest: an unused function is not a
promise). Deliberately absent:

- the audit log's own writes: every write of the store records its own audit entry in its
  transaction; the application layer adds a line only for what happens outside the store (a plan
  printed or exported, a catalog imported: `AuditStore.record`);
- transactions: use cases open them with the handle's `atomic()` (sqlite-utils' nested savepoints), a
  contract of the handle type `H`, not of these protocols;
- opening, migrating, checking and backing up the database (`database.py`, `backups.py`): the
  backend's own door, not a use case's concern (a server's backups are pg_dump's);
- pure helpers that take no handle (`audit.now`, `erasure.prune_backups`, `erasure.backup_day`):
  imported from `storage/` directly.

The catalog import compares and writes the stored JSON of items and offerings (`item_docs`,
`write_rows`): that shape (one JSON document per row beside the columns that are filtered on) is part
of the contract, so a second backend stores the same documents.
"""

from __future__ import annotations

import importlib
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    from ..domain import (
        CandidateRecord,
        Catalog,
        CatalogItem,
        Consent,
        ConsentPurpose,
        DemandRating,
        FundingScheme,
        Offering,
        PlanVersion,
        Region,
    )
    from ..domain.clock import Hlc
    from ..domain.merge import RecordState, Sibling, StageEvent, Write
    from ..domain.privacy import ConsentEvent
    from ..domain.record import RecordMeta
    from ..domain.trajectory import StageChange
    from ..interface import Interface
from .errors import StorageError

if TYPE_CHECKING:
    from .candidates import CandidateRow, Filter, Page
    from .catalog_reads import CatalogCounts, OfferingFilter, OfferingRow
    from .drafts import Draft
    from .followup import Row as FollowupRow
    from .followup import State as FollowupState
    from .merge import Stored
    from .plans import Origin
    from .settings import Settings

H = TypeVar("H", contravariant=True)  # the backend's handle: an open sqlite-utils Database today


class CandidateStore(Protocol[H]):
    """Candidates with their intake: mergeable records (ids, revisions, tombstoned deletes)."""

    def insert(self, db: H, record: CandidateRecord, *, advisor_id: str | None = None) -> RecordMeta: ...

    def update(self, db: H, candidate_id: str, record: CandidateRecord, *,
               expected_revision: int | None = None, advisor_id: str | None = None) -> RecordMeta: ...

    def get(self, db: H, candidate_id: str) -> tuple[RecordMeta, CandidateRecord]: ...

    def delete(self, db: H, candidate_id: str, *, advisor_id: str | None = None) -> None: ...

    def same_birth_date(self, db: H, birth_date: date, exclude_id: str | None = None
                        ) -> list[CandidateRow]: ...

    # the fair merge (app/merge.py): records written as a merge left them, under their own ids
    def exists(self, db: H, candidate_id: str) -> bool: ...

    def verified_row(self, db: H, candidate_id: str) -> CandidateRow | None: ...

    def put_merged(self, db: H, candidate_id: str, record: CandidateRecord, *, new: bool,
                   action: str = "merge", advisor_id: str | None = None) -> None: ...

    def delete_merged(self, db: H, candidate_id: str) -> None: ...


class SearchStore(Protocol[H]):
    """The candidate list: filtered and paged by the store (full-text search), never in memory."""

    def search(self, db: H, f: Filter, *, limit: int = 200, offset: int = 0,
               after: tuple[str, str] | None = None) -> list[CandidateRow]: ...

    def first_page(self, db: H, f: Filter, limit: int = 200) -> Page: ...

    def count(self, db: H, f: Filter) -> int: ...


class CatalogStore(Protocol[H]):
    """The school's offering; every write changes the catalog's `revision` in its transaction."""

    def load(self, db: H) -> Catalog: ...

    def save(self, db: H, catalog: Catalog) -> None: ...

    def is_empty(self, db: H) -> bool: ...

    def revision(self, db: H) -> str | None: ...

    def upsert_regions(self, db: H, regions: Iterable[Region]) -> None: ...

    def upsert_demand(self, db: H, ratings: Iterable[DemandRating]) -> None: ...

    def upsert_funding(self, db: H, schemes: Iterable[FundingScheme]) -> None: ...

    # the import: what is stored, to merge over and to count as new, changed or the same
    def item_docs(self, db: H) -> dict[str, str]: ...

    def offering_docs(self, db: H) -> dict[str, str]: ...

    def funding_docs(self, db: H) -> dict[str, str]: ...

    def stored_items(self, db: H, codes: Iterable[str]) -> dict[str, CatalogItem]: ...

    def stored_offerings(self, db: H, codes: Iterable[str]) -> dict[str, Offering]: ...

    def item_codes(self, db: H) -> set[str]: ...

    def prerequisite_edges(self, db: H) -> dict[str, tuple[str, str]]: ...

    def region_names(self, db: H) -> list[tuple[str, str]]: ...

    def demand_keys(self, db: H) -> set[tuple[Any, ...]]: ...

    def write_rows(self, db: H, table: str, rows: Sequence[dict[str, Any]]) -> None: ...


class CatalogBrowser(Protocol[H]):
    """The catalog tab and `catalog stats`: filters, pages and counts computed by the store."""

    def count_offerings(self, db: H, f: OfferingFilter) -> int: ...

    def offerings_page(self, db: H, f: OfferingFilter, offset: int, limit: int) -> list[OfferingRow]: ...

    def filter_choices(self, db: H) -> dict[str, list[tuple[str, str]]]: ...

    def catalog_counts(self, db: H) -> CatalogCounts: ...


class PlanStore(Protocol[H]):
    """Plan versions: immutable once saved, numbered per candidate."""

    def save_version(self, db: H, version: PlanVersion, *, advisor_id: str | None = None,
                     saved_at: str | None = None) -> PlanVersion: ...

    def versions(self, db: H, candidate_id: str) -> list[PlanVersion]: ...

    def get_version(self, db: H, candidate_id: str, number: int | None = None) -> PlanVersion | None: ...

    def save_merged_version(self, db: H, version: PlanVersion, *, advisor_id: str | None,
                            saved_at: str, origin: Origin) -> PlanVersion: ...


class PlanDays(Protocol[H]):
    def candidates_with_plan_on(self, db: H, day: date) -> list[str]: ...


class SettingsStore(Protocol[H]):
    """Business settings and the look (language, theme, text size) live with the data."""

    def load(self, db: H) -> Settings: ...

    def save(self, db: H, settings: Settings) -> None: ...

    def interface(self, db: H) -> Interface: ...

    def save_text_size(self, db: H, size: int) -> None: ...


class DraftStore(Protocol[H]):
    """Half-filled forms as plain values, so nothing typed is lost."""

    def save(self, db: H, draft_id: str, form: str, values: dict[str, Any],
             candidate_id: str | None = None) -> None: ...

    def load(self, db: H, draft_id: str) -> Draft | None: ...

    def delete(self, db: H, draft_id: str) -> None: ...

    def all_drafts(self, db: H) -> list[Draft]: ...


class WorklistStore(Protocol[H]):
    """The advisor's day ("Vandaag"): each list read in one query. Rows are the shown columns."""

    def intakes_on(self, db: H, day: date) -> list[tuple[str, ...]]: ...

    def quick_intakes(self, db: H) -> list[tuple[str, ...]]: ...

    def drafts(self, db: H) -> list[Draft]: ...

    def complete_without_plan(self, db: H) -> list[tuple[tuple[str, ...], bool]]: ...

    def plans_made_on(self, db: H, day: date) -> list[tuple[tuple[str, ...], int]]: ...

    def counts(self, db: H) -> dict[str, int]: ...

    def sample_catalog(self, db: H) -> bool: ...

    def region_name(self, db: H, code: str) -> str | None: ...


class FollowupStore(Protocol[H]):
    """Follow-up (issue #13): stage changes (append-only, corrections as new rows), next contacts."""

    def append_change(self, db: H, change: StageChange) -> StageChange: ...

    def append_correction(self, db: H, change_id: str, correction: StageChange,
                          back_on: date | None) -> StageChange: ...

    def due_counts(self, db: H, today: date) -> tuple[int, int]: ...

    def due_rows(self, db: H, today: date, limit: int
                 ) -> tuple[list[FollowupRow], list[FollowupRow]]: ...

    def history(self, db: H, candidate_id: str) -> list[StageChange]: ...

    def last_undoable(self, db: H, candidate_id: str
                      ) -> tuple[str, StageChange, StageChange | None] | None: ...

    def log_contact(self, db: H, candidate_id: str, on: date) -> None: ...

    def set_next_contact(self, db: H, candidate_id: str, day: date | None, note: str,
                         made_on: date) -> None: ...

    def silent_rows(self, db: H, since: date, limit: int) -> tuple[list[FollowupRow], int]: ...

    def state(self, db: H, candidate_id: str) -> FollowupState: ...

    # follow-up in fair bundles (issue 16; app/merge.py)
    def exported(self, db: H, since: Mapping[str, int] | None) -> Iterator[dict[str, Any]]: ...

    def stage_changes_known(self, db: H, ids: Iterable[str]) -> set[str]: ...

    def add_stage_change(self, db: H, change: Mapping[str, Any]) -> bool: ...

    def add_correction(self, db: H, pair: Mapping[str, Any]) -> bool: ...

    def add_resolution(self, db: H, res: Mapping[str, Any]) -> bool: ...

    def new_resolution(self, db: H, candidate_id: str) -> None: ...

    def register(self, db: H, candidate_id: str
                 ) -> tuple[dict[str, int], tuple[Sibling, ...], str | None]: ...

    def save_register(self, db: H, candidate_id: str, vector: Mapping[str, int],
                      sibs: tuple[Sibling, ...], last_contact: str | None) -> None: ...

    def rebuild(self, db: H, candidate_id: str) -> None: ...

    def stage_events(self, db: H, candidate_id: str) -> list[StageEvent]: ...

    def stage_markers(self, db: H, candidate_id: str) -> list[Write]: ...

    def maybe_conflicted(self, db: H) -> list[str]: ...


class FiguresStore(Protocol[H]):
    """The regional figures: counted rows per period and region, aggregated by app/figures.py."""

    def any_sample(self, db: H, start: date, end: date, regions: Collection[str]) -> bool: ...

    def funding_names(self, db: H) -> dict[str, str]: ...

    def intake_rows(self, db: H, start: date, end: date, regions: Collection[str]
                    ) -> list[tuple[str, str, str, int]]: ...

    def plan_rows(self, db: H, start: date, end: date, regions: Collection[str]
                  ) -> list[tuple[int, str, str, str, int | None, str, int]]: ...

    def plans_set_without_version(self, db: H, start: date, end: date,
                                  regions: Collection[str]) -> int: ...

    def stage_rows(self, db: H, start: date, end: date, regions: Collection[str]
                   ) -> list[tuple[str, str, str, int]]: ...

    def start_delays(self, db: H, start: date, end: date, regions: Collection[str]
                     ) -> list[tuple[int | None, int]]: ...


class ConsentStore(Protocol[H]):
    """Consent as an append-only record of events (issue #15)."""

    def follow(self, db: H, candidate_id: str, consent: Consent, *, today: date | None = None,
               advisor_id: str | None = None) -> None: ...

    def history(self, db: H, candidate_id: str) -> list[ConsentEvent]: ...

    def require(self, db: H, candidate_id: str, purpose: ConsentPurpose,
                fallback: Consent | None = None, who: str = "") -> None: ...


class ErasureStore(Protocol[H]):
    """Erasing a person: their rows, their words in the search index, the old pages of the log."""

    def clean_index(self, db: H) -> None: ...

    def erase_rows(self, db: H, candidate_id: str, *, ts: str, inst: str, revision: int = 1
                   ) -> None: ...

    def flush_wal(self, db: H) -> bool: ...


class RetentionStore(Protocol[H]):
    def last_contacts(self, db: H, before: date | None = None) -> list[tuple[str, str, date | None]]: ...


class AccessStore(Protocol[H]):
    """What a person may ask to see (AVG art. 15): every row that names them."""

    def intakes(self, db: H, candidate_id: str) -> list[tuple[str, dict[str, Any] | None]]: ...

    def record_ids(self, db: H, candidate_id: str) -> list[str]: ...


class AuditStore(Protocol[H]):
    """The audit trail: read for the person's own view; a line for what happens outside the store."""

    def listing(self, db: H, entity_ids: list[str] | None = None, limit: int | None = None
                ) -> list[dict[str, object]]: ...

    def record(self, db: H, action: str, entity: str, entity_id: str | None, *,
               installation_id: str, advisor_id: str | None = None, detail: str = "") -> None: ...


class MergeStore(Protocol[H]):
    """The fair merge's stamps (issue #16): version vectors, field states, tombstones, notices."""

    def add_audit_line(self, db: H, line: Mapping[str, Any]) -> bool: ...

    def add_duplicate(self, db: H, a: str, b: str, score: float) -> bool: ...

    def add_notice(self, db: H, record_id: str, installations: Iterable[str]) -> bool: ...

    def add_tombstone(self, db: H, record_id: str, ts: str) -> None: ...

    def audit_lines_about(self, db: H, ids: Iterable[str]) -> list[dict[str, Any]]: ...

    def conflicted_ids(self, db: H) -> list[str]: ...

    def exported_ids(self, db: H, since: Mapping[str, int] | None
                     ) -> Iterator[tuple[str, Stored]]: ...

    def exported_plan_versions(self, db: H, since: Mapping[str, int] | None
                               ) -> Iterator[tuple[Any, ...]]: ...

    def is_tombstoned(self, db: H, record_id: str) -> bool: ...

    def keep_resolved(self, db: H, candidate_id: str, field_name: str, options: Any) -> None: ...

    def last_exported(self, db: H, peer_id: str) -> dict[str, int] | None: ...

    def last_hlc(self, db: H) -> Hlc: ...

    def load(self, db: H, record_id: str) -> Stored | None: ...

    def mark_deleted(self, db: H, record_id: str, delete: Write) -> None: ...

    def mark_exported(self, db: H, peer_id: str, seen: Mapping[str, int]) -> None: ...

    def next_write(self, db: H, seen: Mapping[str, int]) -> Write: ...

    def notices(self, db: H) -> list[tuple[str, list[str]]]: ...

    def open_duplicates(self, db: H) -> list[tuple[str, str, float]]: ...

    def plan_version_known(self, db: H, version_id: str) -> bool: ...

    def receive(self, db: H, highest: str | None) -> None: ...

    def resolved(self, db: H, candidate_id: str, field_name: str) -> Any | None: ...

    def save(self, db: H, record_id: str, state: RecordState, *, had_conflicts: bool = True
             ) -> int: ...

    def save_vector(self, db: H, record_id: str, seen: Mapping[str, int]) -> None: ...

    def see(self, db: H, other: Mapping[str, int]) -> None: ...

    def set_duplicate_status(self, db: H, a: str, b: str, status: str) -> None: ...

    def stamp_pending(self, db: H) -> None: ...

    def stored_fields(self, db: H, candidate_id: str) -> dict[str, Any] | None: ...

    def vector(self, db: H) -> dict[str, int]: ...

    def with_values(self, db: H, stored: Stored, values: Mapping[str, Any]) -> RecordState: ...

    # a bundle's records read and written many at once (the import's speed, issue #16)
    def load_states(self, db: H, ids: Iterable[str]) -> tuple[dict[str, Stored], set[str]]: ...

    def tombstoned_among(self, db: H, ids: Iterable[str]) -> set[str]: ...

    def existing_among(self, db: H, ids: Iterable[str]) -> set[str]: ...

    def stored_fields_many(self, db: H, ids: Iterable[str]) -> dict[str, dict[str, Any] | None]: ...

    def names_born_on_many(self, db: H, days: Iterable[str]
                           ) -> dict[str, list[tuple[str, str, str, str]]]: ...

    def insert_merged(self, db: H, records: Sequence[tuple[str, CandidateRecord, RecordState]]
                      ) -> None: ...

    def add_audit_lines(self, db: H, lines: Sequence[Mapping[str, Any]]) -> int: ...


class WatchStore(Protocol[H]):
    """What another desk (or program) committed since: a cheap value the desk polls (< 1 ms)."""

    def marker(self, db: H) -> object: ...


class EnrolmentStore(Protocol[H]):
    """The fair's desks: this installation's keys and its enrolled peers (bundles/exchange.py)."""

    def own_keys(self, db: H) -> tuple[str, str, bytes, bytes] | None: ...

    def peers(self, db: H) -> list[tuple[str, str, str, bytes, bytes, str]]: ...

    def remove_peer(self, db: H, installation_id: str) -> bool: ...

    def save_own_keys(self, db: H, installation_id: str, role: str, sign_private: bytes,
                      box_private: bytes) -> None: ...

    def save_peer(self, db: H, installation_id: str, role: str, name: str, sign_public: bytes,
                  box_public: bytes) -> None: ...

    def set_own_role(self, db: H, role: str) -> None: ...


T = TypeVar("T")


class NotOnServer(StorageError):
    """A part of the app the PostgreSQL store does not hold yet (docs/postgresql.md says which)."""

    def __init__(self, area: str) -> None:
        super().__init__(
            f"Dit onderdeel ({area}) werkt nog niet met een gedeelde PostgreSQL-server. Gebruik het op"
            " een desk met een eigen databasebestand.",
            f"This part ({area}) does not work with a shared PostgreSQL server yet. Use it on a desk with"
            " a database file of its own.")


class _Area(Generic[T]):
    """One area of a backend: its module, imported on first use (the desk's first frame imports none)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, backend: Backend, owner: type | None = None) -> T:
        return backend.module(self.name)  # type: ignore[no-any-return]


class Backend:
    """One backend: for every area, the module that implements its protocol for the backend's handle.

    The use cases ask `store_of(db).candidates.insert(db, ...)`, so the same use case runs on a
    laptop's SQLite file and on a region's PostgreSQL server. Modules load lazily: asking for the
    store must not import the catalog or the merge code before the list's first page.
    """

    candidates = _Area[CandidateStore[Any]]()
    search = _Area[SearchStore[Any]]()
    catalog = _Area[CatalogStore[Any]]()
    catalog_browser = _Area[CatalogBrowser[Any]]()
    plans = _Area[PlanStore[Any]]()
    plan_days = _Area[PlanDays[Any]]()
    settings = _Area[SettingsStore[Any]]()
    drafts = _Area[DraftStore[Any]]()
    worklist = _Area[WorklistStore[Any]]()
    followup = _Area[FollowupStore[Any]]()
    figures = _Area[FiguresStore[Any]]()
    consent = _Area[ConsentStore[Any]]()
    erasure = _Area[ErasureStore[Any]]()
    retention = _Area[RetentionStore[Any]]()
    access = _Area[AccessStore[Any]]()
    audit = _Area[AuditStore[Any]]()
    merge = _Area[MergeStore[Any]]()
    enrolment = _Area[EnrolmentStore[Any]]()
    watch = _Area[WatchStore[Any]]()

    def __init__(self, name: str, package: str, modules: dict[str, str]) -> None:
        self.name = name
        self.package = package
        self.modules = modules
        self._loaded: dict[str, Any] = {}

    def module(self, area: str) -> Any:
        found = self._loaded.get(area)
        if found is None:
            try:
                found = importlib.import_module(f"{self.package}.{self.modules[area]}")
            except (KeyError, ModuleNotFoundError) as exc:
                if isinstance(exc, ModuleNotFoundError) and not (exc.name or "").startswith(
                        self.package):
                    raise  # a missing third-party package is a bug or an install problem, not this
                raise NotOnServer(area) from exc
            self._loaded[area] = found
        return found

    def __repr__(self) -> str:
        return f"Backend({self.name!r})"


AREAS = ("candidates", "search", "catalog", "catalog_browser", "plans", "plan_days", "settings",
         "drafts", "worklist", "followup", "figures", "consent", "erasure", "retention", "access",
         "audit", "merge", "enrolment", "watch")

# The module of each area, the same file names in both packages.
_MODULES = {"candidates": "candidates", "search": "candidates", "catalog": "catalog",
            "catalog_browser": "catalog_reads", "plans": "plans", "plan_days": "plan_days",
            "settings": "settings", "drafts": "drafts", "worklist": "worklist",
            "followup": "followup", "figures": "figures", "consent": "consent", "erasure": "erasure",
            "retention": "retention", "access": "access", "audit": "audit", "merge": "merge",
            "enrolment": "enrolment", "watch": "watch"}

SQLITE = Backend("sqlite", "intake_desk.storage", _MODULES)
POSTGRES = Backend("postgresql", "intake_desk.storage.postgres", _MODULES)


if TYPE_CHECKING:
    from typing import TypeAlias

    from sqlite_utils import Database as _SqliteHandle

    from .postgres.connection import PgDatabase as _PgHandle

    # What a use case takes: either backend's open handle. Both have `atomic()` and `close()`; all
    # else goes through `store_of(db)`.
    Handle: TypeAlias = "_SqliteHandle | _PgHandle"


def store_of(db: Any) -> Backend:
    """The backend of an open handle: PostgreSQL's `PgDatabase` says so (`backend`), anything else is
    a sqlite-utils Database."""
    return POSTGRES if getattr(db, "backend", "sqlite") == "postgresql" else SQLITE


if TYPE_CHECKING:
    # mypy checks each SQLite module against its protocol here, signature by signature.
    from sqlite_utils import Database

    from . import access as _access
    from . import audit as _audit
    from . import candidates as _candidates
    from . import catalog as _catalog
    from . import catalog_reads as _catalog_reads
    from . import consent as _consent
    from . import drafts as _drafts
    from . import enrolment as _enrolment
    from . import erasure as _erasure
    from . import figures as _figures
    from . import followup as _followup
    from . import merge as _merge
    from . import plan_days as _plan_days
    from . import plans as _plans
    from . import retention as _retention
    from . import settings as _settings
    from . import watch as _watch
    from . import worklist as _worklist

    _c1: CandidateStore[Database] = _candidates
    _c2: SearchStore[Database] = _candidates
    _c3: CatalogStore[Database] = _catalog
    _c4: CatalogBrowser[Database] = _catalog_reads
    _c5: PlanStore[Database] = _plans
    _c6: PlanDays[Database] = _plan_days
    _c7: SettingsStore[Database] = _settings
    _c8: DraftStore[Database] = _drafts
    _c9: WorklistStore[Database] = _worklist
    _c10: FollowupStore[Database] = _followup
    _c11: FiguresStore[Database] = _figures
    _c12: ConsentStore[Database] = _consent
    _c13: ErasureStore[Database] = _erasure
    _c14: RetentionStore[Database] = _retention
    _c15: AccessStore[Database] = _access
    _c16: AuditStore[Database] = _audit
    _c17: MergeStore[Database] = _merge
    _c18: EnrolmentStore[Database] = _enrolment
    _c19: WatchStore[Database] = _watch
