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
from .storage import backups, database_path, known_errors, not_ours, open_database
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
    """Add `count` realistic sample candidates in one transaction (all or none), with plausible
    trajectories over the past year (stages, plans, next contacts; demo.demo_with_trajectories)."""
    import random

    from .demo import demo_with_trajectories, write_demo_trajectory
    from .matching.service import load_catalog

    path = database_path(db)
    backups.create(db, path, reason="voor-demo")
    ids: set[str] = set()
    catalog = load_catalog(db)
    rnd = random.Random(seed + 2)
    with known_errors(path), db.atomic():
        for n, (record, trajectory) in enumerate(demo_with_trajectories(count, seed=seed), 1):
            cid = candidate_repo.insert(db, record).id
            write_demo_trajectory(db, cid, record, trajectory, catalog, rnd)
            ids.add(cid)
            progress.update(n, count)
    return Changes(candidates=frozenset(ids), candidate_list=True, plans=frozenset(ids),
                   followup=True)


def backup_now(db: Database, reason: str = "handmatig") -> Path:
    return backups.create(db, database_path(db), reason=reason)


def restore_backup(db_path: Path, backup: Path | None = None, progress: Progress = NULL
                   ) -> tuple[Path, Path | None]:
    """Put back `backup` (default: the newest good one) in place of the database at `db_path`.

    Takes a path, not an open database: the caller must have closed its connection (the GUI runs this
    on its database thread after a failed open). Returns (the backup used, where the old file is kept,
    or None when there was none). Either the old or the restored database is at the path afterwards,
    whatever happens (storage/backups.py)."""
    from .storage import NoGoodBackup, busy_timeout_ms

    source = backup or backups.newest(db_path)
    if source is None:
        raise NoGoodBackup(backups.folder(db_path))
    aside = backups.restore(source, db_path, busy_timeout_s=busy_timeout_ms() / 1000,
                            progress=progress)
    return source, aside


def check_database(path: Path) -> list[str]:
    """What is wrong with the database at `path`, in Dutch; an empty list means it is in order.

    Never creates a file, never migrates. An empty database (0 bytes, or no tables) is not in order:
    that is what a lost database looks like; the message says where its data still is."""
    from .storage import (
        DatabaseCorrupt,
        DatabaseEmpty,
        DatabaseTooNew,
        NotADatabase,
        integrity_problems,
    )

    if not path.exists():
        return [f"{path} bestaat niet."]
    wal = Path(f"{path}-wal")
    if path.stat().st_size == 0 and not (wal.exists() and wal.stat().st_size > 0):
        return [str(DatabaseEmpty(path, *backups.where_data_is(
            path, backups.newest(path), backups.kept_aside(path))))]
    try:
        db = open_database(path, migrate=False)
    except (DatabaseCorrupt, DatabaseEmpty, DatabaseTooNew, NotADatabase) as exc:
        return [str(exc)]  # what the file is; a busy or full disk says nothing about it and is raised
    try:
        problem = not_ours(db, path)
        return [str(problem)] if problem is not None else integrity_problems(db)
    finally:
        db.close()
