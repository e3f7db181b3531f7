"""The store: what the application layer needs from storage, written down as typed protocols.

Two backends implement it: SQLite (a laptop's file) and PostgreSQL (a region's server, issue #19).
Each protocol is met by one module per backend, of the same name in `storage/` and
`storage/postgres/`, whose functions take the open handle as their first argument. `store_of(db)`
gives the backend of a handle; a use case asks it for an area (`store_of(db).candidates.insert(db,
...)`), so the same use case runs on both. mypy (strict, in `make test`) proves that every module
matches its protocol, signature by signature; `tests/core/test_store.py` checks the same at run time.

Only what exists and is used outside `storage/` is listed (kept honest: an unused function is not a
promise). Deliberately absent:

- the audit log: every write of the store records its own audit entry in its transaction, so the
  application layer never writes one (reading it, `audit.entries`, is for tests and support);
- transactions: use cases open them with the handle's `atomic()` (sqlite-utils' nested savepoints), a
  contract of the handle type `H`, not of these protocols;
- opening, migrating, checking and backing up the database (`database.py`, `backups.py`): the
  backend's own door, not a use case's concern;
- follow-up and regional figures (`followup.py`, `figures.py`): being built now; they join here
  when they settle.

The catalog import compares and writes the stored JSON of items and offerings (`item_docs`,
`write_rows`): that shape (one JSON document per row beside the columns that are filtered on) is part
of the contract, so a second backend stores the same documents.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    from ..domain import (
        CandidateRecord,
        Catalog,
        CatalogItem,
        DemandRating,
        FundingScheme,
        Offering,
        PlanVersion,
        Region,
    )
    from ..domain.record import RecordMeta
    from ..interface import Interface
from .errors import StorageError

if TYPE_CHECKING:
    from .candidates import CandidateRow, Filter, Page
    from .catalog_reads import CatalogCounts, OfferingFilter, OfferingRow
    from .drafts import Draft
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
         "drafts", "worklist")

# The module of each area, the same file names in both packages.
_MODULES = {"candidates": "candidates", "search": "candidates", "catalog": "catalog",
            "catalog_browser": "catalog_reads", "plans": "plans", "plan_days": "plan_days",
            "settings": "settings", "drafts": "drafts", "worklist": "worklist"}

SQLITE = Backend("sqlite", "intake_desk.storage", _MODULES)
POSTGRES = Backend("postgresql", "intake_desk.storage.postgres", _MODULES)


def store_of(db: Any) -> Backend:
    """The backend of an open handle: PostgreSQL's `PgDatabase` says so (`backend`), anything else is
    a sqlite-utils Database."""
    return POSTGRES if getattr(db, "backend", "sqlite") == "postgresql" else SQLITE


if TYPE_CHECKING:
    # mypy checks each SQLite module against its protocol here, signature by signature.
    from sqlite_utils import Database

    from . import candidates as _candidates
    from . import catalog as _catalog
    from . import catalog_reads as _catalog_reads
    from . import drafts as _drafts
    from . import plan_days as _plan_days
    from . import plans as _plans
    from . import settings as _settings
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
