"""Opening the database for the desk and the CLI: checked, migrated, with a catalog.

The GUI calls these on its database thread; the CLI calls them directly. Nothing here knows Qt.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

# Light at import on purpose: the desk asks `is_encrypted` and `unlock_without_typing` before its
# first frame, so opening's own imports (sqlite_utils, the catalog) wait inside the functions.

log = logging.getLogger(__name__)


def load_core() -> None:
    """Import what opening and the list's first page need (sqlite_utils, storage, the catalog).

    The desk's database thread calls this first and then tells the window the core is loaded: the
    window builds its other parts after that, so they do not compete with these imports for the GIL.
    This module itself stays light, for the question asked before the first frame (`is_encrypted`).
    """
    from ..catalog import sample  # noqa: F401
    from ..storage import candidates, catalog, database, migrations  # noqa: F401
    from . import desk  # noqa: F401


def open_checking_later(path: Path) -> tuple[Database, bool]:
    """Open for the desk, leaving the integrity check to the caller when that is safe: `(db, True)`
    means "run storage.quick_check before anything writes". On a large database quick_check costs
    more than reading the list's first page (137 ms at 100,000 candidates), so the desk shows the
    page first. Safe only when opening writes nothing: an existing file of ours with no pending
    migration and a catalog. Otherwise this is `open_or_create` (checked, migrated, filled)."""
    from ..storage import DatabaseLocked, keys, open_database
    from ..storage import catalog as catalog_repo
    from ..storage.migrations import migrations

    if keys.is_encrypted(path) and keys.session_key(path) is None:
        raise DatabaseLocked(path)  # at once: the desk asks the passphrase (ui/dialogs/unlock.py)
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
    from ..catalog.sample import load_sample
    from ..storage import catalog as catalog_repo
    from ..storage import known_errors, open_database

    db = open_database(path)
    if catalog_repo.is_empty(db):
        with known_errors(path), db.atomic():
            catalog_repo.save(db, load_sample())
        log.info("sample catalog loaded")
    return db


# --- encryption at rest (storage/keys.py, storage/encryption.py) -----------------------------------
# Functions of a path: they run while no connection is open (before opening, or on the database
# thread of the desk after it closed its connection for the idle lock).

def is_encrypted(path: Path) -> bool:
    """A key file exists: opening needs the passphrase, the recovery key or a kept key."""
    from ..storage import keys

    return keys.is_encrypted(path)


def is_unlocked(path: Path) -> bool:
    from ..storage import keys

    return keys.session_key(path) is not None


def set_up_encryption(path: Path, passphrase: str) -> str:
    """For a new database: make its key and key file; returns the recovery key to show once."""
    from ..storage import keys

    return keys.create(path, passphrase)


def unlock(path: Path, secret: str, keep_in_keyring: bool = False) -> str:
    """Unlock with the passphrase or the recovery key (slow KDF, ~0.4 s); returns which one fitted.
    WrongPassphrase (a known error, after the KDF) when neither did; EmptyPassphrase for nothing."""
    from ..storage import keys

    found = keys.unlock(path, secret)
    if keep_in_keyring:
        keys.keep_in_keyring(path)
    return found.by


def unlock_without_typing(path: Path) -> str | None:
    """Unlock from INTAKE_DESK_PASSPHRASE or the OS keyring, when either holds the key; which one,
    or None. A wrong INTAKE_DESK_PASSPHRASE is raised (a script should hear it)."""
    from ..storage import keys

    if keys.session_key(path) is not None:
        return "session"
    found = keys.from_environment(path) or keys.from_keyring(path)
    return found.by if found is not None else None


def lock(path: Path) -> None:
    """Drop the key from this process (the connection must be closed first)."""
    from ..storage import keys

    keys.forget(path)


def change_passphrase(path: Path, current: str, new: str) -> None:
    """Wrap the database key by `new` (no re-encryption); `current` may be the recovery key."""
    from ..storage import keys

    keys.change_passphrase(path, current, new)


def encrypt_database(path: Path, passphrase: str) -> str | None:
    """Turn the plain database at `path` (closed) into an encrypted one; returns the recovery key
    to show once (storage/encryption.py)."""
    from ..storage import busy_timeout_ms
    from ..storage.encryption import encrypt_existing

    return encrypt_existing(path, passphrase, busy_timeout_ms() / 1000)


def is_plain(db: Database) -> bool:
    """The open database is plain SQLite (the desk shows a warning while it is)."""
    from ..storage import cipher

    return not cipher.is_keyed(db.conn)


def lock_state(db: Database) -> tuple[bool, int]:
    """(encrypted, minutes without input before the desk locks) for the open database."""
    from ..storage import settings

    return not is_plain(db), max(0, settings.load(db).lock_after_minutes)
