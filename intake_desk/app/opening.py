"""Opening the database for the desk and the CLI: checked, migrated, with a catalog.

The GUI calls these on its database thread; the CLI calls them directly. Nothing here knows Qt.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlite_utils import Database

from ..catalog.sample import load_sample
from ..storage import catalog as catalog_repo
from ..storage import known_errors, open_database

log = logging.getLogger(__name__)


def open_checking_later(path: Path) -> tuple[Database, bool]:
    """Open for the desk, leaving the integrity check to the caller when that is safe: `(db, True)`
    means "run storage.quick_check before anything writes". On a large database quick_check costs
    more than reading the list's first page (137 ms at 100,000 candidates), so the desk shows the
    page first. Safe only when opening writes nothing: an existing file of ours with no pending
    migration and a catalog. Otherwise this is `open_or_create` (checked, migrated, filled)."""
    from ..storage.migrations import migrations

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
