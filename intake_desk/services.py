"""Use cases: each is one transaction, says what it changed, and takes a Progress when it is long.

The GUI calls these through its database worker; the CLI calls them directly. Nothing here knows Qt.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlite_utils import Database

from .catalog.sample import load_sample
from .domain import CandidateRecord
from .domain.changes import Changes
from .domain.record import RecordMeta
from .progress import NULL, Progress
from .storage import backups, database_path, known_errors, open_database
from .storage import candidates as candidate_repo
from .storage import catalog as catalog_repo

log = logging.getLogger(__name__)


def open_checking_later(path: Path) -> tuple[Database, bool]:
    """Open for the desk, leaving the integrity check to the caller when that is safe: `(db, True)`
    means "run storage.quick_check before anything writes". On a large database quick_check costs
    more than reading the list's first page (137 ms at 100,000 candidates), so the desk shows the
    page first. Safe only when opening writes nothing: an existing file of ours with no pending
    migration and a catalog. Otherwise this is `open_or_create` (checked, migrated, filled)."""
    from .storage.migrations import migrations

    if path.exists() and path.stat().st_size > 0:
        try:
            db = open_database(path, migrate=False, check=False)
        except Exception:  # the full open below reports it
            db = None
        if db is not None:
            try:
                if not migrations.pending(db) and not catalog_repo.is_empty(db):
                    return db, True
            except Exception:  # a damaged file: the full open below reports it as a known error
                pass
            db.close()
    return open_or_create(path), False


def open_or_create(path: Path) -> Database:
    """Open the database and, when its catalog is empty, load the bundled sample catalog."""
    db = open_database(path)
    if catalog_repo.is_empty(db):
        with known_errors(path), db.atomic():
            catalog_repo.save(db, load_sample())
        log.info("sample catalog loaded")
    return db


def add_candidate(db: Database, record: CandidateRecord, advisor_id: str | None = None
                  ) -> tuple[RecordMeta, Changes]:
    with known_errors(database_path(db)), db.atomic():
        meta = candidate_repo.insert(db, record, advisor_id=advisor_id)
    return meta, Changes(candidates=frozenset({meta.id}), candidate_list=True)


def update_candidate(db: Database, candidate_id: str, record: CandidateRecord,
                     expected_revision: int | None = None, advisor_id: str | None = None
                     ) -> tuple[RecordMeta, Changes]:
    with known_errors(database_path(db)), db.atomic():
        meta = candidate_repo.update(db, candidate_id, record,
                                     expected_revision=expected_revision, advisor_id=advisor_id)
    return meta, Changes(candidates=frozenset({candidate_id}), candidate_list=True)


def delete_candidate(db: Database, candidate_id: str, advisor_id: str | None = None) -> Changes:
    with known_errors(database_path(db)), db.atomic():
        candidate_repo.delete(db, candidate_id, advisor_id=advisor_id)
    return Changes(candidates=frozenset({candidate_id}), candidate_list=True)


def add_demo_candidates(db: Database, count: int, progress: Progress = NULL, seed: int = 2026
                        ) -> Changes:
    """Add `count` realistic sample candidates in one transaction (all or none)."""
    from .demo import demo_records

    path = database_path(db)
    backups.create(db, path, reason="voor-demo")
    ids: set[str] = set()
    with known_errors(path), db.atomic():
        for n, record in enumerate(demo_records(count, seed=seed), 1):
            ids.add(candidate_repo.insert(db, record).id)
            progress.update(n, count)
    return Changes(candidates=frozenset(ids), candidate_list=True)


def backup_now(db: Database, reason: str = "handmatig") -> Path:
    return backups.create(db, database_path(db), reason=reason)
