"""Opening the database for the desk and the CLI: checked, migrated, with a catalog.

The GUI calls these on its database thread; the CLI calls them directly. Nothing here knows Qt.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlite_utils import Database

    from ..storage.postgres.connection import PgDatabase

# Light at import on purpose: the desk asks `is_encrypted` and `unlock_without_typing` before its
# first frame, so opening's own imports (sqlite_utils, the catalog) wait inside the functions.

log = logging.getLogger(__name__)


def load_core() -> None:
    """Import what opening and the list's first page need (sqlite_utils, storage).

    The desk's database thread calls this first and then tells the window the core is loaded: the
    window builds its other parts after that, so they do not compete with these imports for the GIL.
    This module itself stays light, for the question asked before the first frame (`is_encrypted`).
    """
    from ..storage import candidates, database, migrations  # noqa: F401
    from . import desk  # noqa: F401


def open_checking_later(path: Path) -> tuple[Database, bool]:
    """Open for the desk, leaving the integrity check to the caller when that is safe: `(db, True)`
    means "run storage.quick_check before anything writes". On a large database quick_check costs
    more than reading the list's first page (137 ms at 100,000 candidates), so the desk shows the
    page first. Safe only when opening writes nothing: an existing file of ours with no pending
    migration and a catalog. Otherwise this is `open_or_create` (checked, migrated, filled)."""
    from ..storage import DatabaseLocked, keys, open_database
    from ..storage.database import has_catalog
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
                if not migrations.pending(db) and has_catalog(db):
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


# --- a region's PostgreSQL server (issue #19, docs/postgresql.md) ----------------------------------

SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server(location: str | os.PathLike[str]) -> bool:
    """`location` is a PostgreSQL URL (postgresql:// or postgres://), not a database file's path.
    A Path is always a file: pathlib folds the '//' of a URL, so a URL must come as a str."""
    return isinstance(location, str) and location.lstrip().lower().startswith(SERVER_SCHEMES)


def server_address(url: str) -> str:
    """The URL as it may be shown and logged: `postgresql://role@host:port/dbname`, no secrets."""
    from ..storage.errors import ServerDriverMissing, StorageError

    try:
        from ..storage.postgres.connection import safe_url
    except ImportError as exc:
        raise ServerDriverMissing from exc
    try:
        return safe_url(url.strip())
    except Exception as exc:
        raise StorageError(
            f"Het database-adres kan niet worden gelezen ({_first_line(exc)}). Een serveradres ziet er"
            " zo uit: postgresql://rol@server:5432/database?sslmode=verify-full",
            f"The database address cannot be read ({_first_line(exc)}). A server address looks"
            " like this: postgresql://role@server:5432/database?sslmode=verify-full") from exc


def desk_installation_id(where: str) -> str:
    """This desk's own installation id on the server at `where` (its safe address, role included).

    Every write on the server is stamped with the installation that made it (the fair merge's
    counters and clocks, audit lines, plan versions): two desks sharing the server's one id would
    queue on one counter row and could not be told apart in the audit trail. The id is derived, not
    stored: the same computer, user and server address give the same id in every session, without a
    file to keep or lose."""
    import getpass
    import socket
    import uuid

    try:
        machine = Path("/etc/machine-id").read_text(encoding="ascii").strip()
    except OSError:
        machine = ""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = ""
    seed = "|".join((where, machine or socket.gethostname(), user))
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"intake-desk:{seed}"))


def open_server(url: str, *, advisor_id: str | None = None,
                installation_id: str | None = None) -> PgDatabase:
    """Open the region's PostgreSQL store at `url`, ready for the use cases (`store_of(db)`).

    - Connects with TLS as the URL says; a password is never in the URL (PasswordInUrl): libpq finds
      it in ~/.pgpass or PGPASSFILE, or the OS keyring holds it (`keyring`, optional), or the desk
      uses a client certificate.
    - Migrates a missing or older schema when the role may (the owner's; then the desks' group role
      gets its grants); a desk's role that may not gets ServerSchemaOutdated, naming the command IT
      runs. A schema newer than this version: DatabaseTooNew. Nothing else is written then.
    - Loads the sample catalog into an empty catalog (as on a laptop), where the server holds one.
    - Stamps this desk's writes with its own installation id (`desk_installation_id`).
    Every failure is a known StorageError: unreachable, login refused, database missing, TLS refused,
    an unsuitable server, psycopg not installed.
    """
    connect = _server_connect()
    from ..storage import known_errors

    url = url.strip()
    where = server_address(url)
    with known_errors(where):
        db = connect(url, advisor_id=advisor_id,
                                installation_id=installation_id or desk_installation_id(where))
    try:
        with known_errors(where):
            migrated = _schema_up_to_date(db, where)
            _sample_catalog_on_server(db, where)
    except BaseException:
        db.close()
        raise
    log.info("server opened: %s (%s)", where, f"migrated {', '.join(migrated)}" if migrated else
             "schema up to date")
    return db


def connect_only(url: str) -> PgDatabase:
    """Connect to the server at `url` as `open_server` does (TLS, the password from .pgpass or the
    keyring, every failure a known error), but without the schema step or the sample catalog: for
    IT's backup, restore and check, which must see the database as it is."""
    connect = _server_connect()
    from ..storage import known_errors

    url = url.strip()
    with known_errors(server_address(url)):
        return connect(url)


def _server_connect() -> Callable[..., PgDatabase]:
    """The server's `connection.connect`; ServerDriverMissing when psycopg is not installed (a laptop
    installed without the server extra), any other ImportError is a bug and stays one."""
    from ..storage.errors import ServerDriverMissing

    try:
        from ..storage.postgres import connection
    except ImportError as exc:
        if (exc.name or "").split(".")[0] != "psycopg":
            raise
        raise ServerDriverMissing from exc
    return connection.connect


def _schema_up_to_date(db: PgDatabase, where: str) -> list[str]:
    import psycopg

    from ..storage.errors import DatabaseTooNew, ServerSchemaOutdated
    from ..storage.postgres import schema

    have = schema.applied(db)
    unknown = [n for n in have if n not in schema.KNOWN]
    if unknown:
        raise DatabaseTooNew(where, unknown)
    pending = [n for n in schema.KNOWN if n not in have]
    if not pending:
        return []
    try:
        done = schema.migrate(db)
    except psycopg.errors.InsufficientPrivilege as exc:  # a desk's role: IT's work, said so
        raise ServerSchemaOutdated(where, str(db.conn.info.user), pending) from exc
    # New tables need the desks' grants; the owner gives them when IT made the group role.
    if db.role_exists(schema.DESK_GROUP):
        schema.grant_desks(db)
    log.info("server schema migrated: %s", ", ".join(done))
    return done


def setup_server(url: str, *, group: str | None = None) -> tuple[list[str], bool]:
    """For IT, as the database's owner (`intake-desk setup-server`): migrate the schema, give the
    desks' group role its grants, load the sample catalog into an empty catalog. Returns the
    migrations applied and whether the group role exists (and got its grants). A role that may not
    migrate gets ServerPermissionDenied."""
    import psycopg

    from ..storage import known_errors
    from ..storage.errors import ServerPermissionDenied
    from ..storage.postgres import connection, schema

    url = url.strip()
    where = server_address(url)
    with known_errors(where):
        db = connection.connect(url)
    try:
        with known_errors(where):
            try:
                done = schema.migrate(db)
            except psycopg.errors.InsufficientPrivilege as exc:
                raise ServerPermissionDenied(
                    where, "het schema aanmaken of bijwerken mag alleen de eigenaar van de"
                    " database") from exc
            role = group or schema.DESK_GROUP
            exists = db.role_exists(role)
            if exists:
                schema.grant_desks(db, role)
            _sample_catalog_on_server(db, where)
    finally:
        db.close()
    log.info("server set up: %s (migrated %s, grants %s)", where, done, exists)
    return done, exists


def _sample_catalog_on_server(db: PgDatabase, where: str) -> None:
    """The sample catalog into an empty catalog, as on a laptop. A server without the catalog's part
    (NotOnServer), or a desk's role that may not write it, leaves it empty and says so in the log."""
    import psycopg

    from ..storage.store import NotOnServer, store_of

    try:
        catalog = store_of(db).catalog
        if not catalog.is_empty(db):
            return
        from ..catalog.sample import load_sample

        with db.atomic():
            catalog.save(db, load_sample())
        log.info("sample catalog loaded on the server %s", where)
    except NotOnServer:
        log.warning("the server %s holds no catalog yet (storage/postgres/catalog.py): not loaded",
                    where)
    except psycopg.errors.InsufficientPrivilege:
        log.warning("the catalog on %s is empty and this role may not fill it: left empty", where)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__


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


def is_plain(db: Database | PgDatabase) -> bool:
    """The open database is plain SQLite (the desk shows a warning while it is). Never a server's:
    TLS, a role per desk and the server's own disk protect it (docs/postgresql.md)."""
    from ..storage import cipher

    if getattr(db, "backend", "sqlite") == "postgresql":
        return False
    return not cipher.is_keyed(db.conn)


def lock_state(db: Database | PgDatabase) -> tuple[bool, int]:
    """(encrypted, minutes without input before the desk locks) for the open database. A server:
    (False, 0), as there is no passphrase to ask (the operating system's screen lock applies)."""
    from sqlite_utils import Database as SqliteDatabase

    from ..storage import settings

    if not isinstance(db, SqliteDatabase):
        return False, 0
    return not is_plain(db), max(0, settings.load(db).lock_after_minutes)
