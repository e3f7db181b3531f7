"""The PostgreSQL handle: one psycopg connection, with the `atomic()` the use cases already use.

How a desk connects, and why so:
- The URL is libpq's (`postgresql://role@host:5432/dbname?sslmode=verify-full`); every libpq option
  works, TLS included: `sslmode` comes from the URL (`verify-full` with `sslrootcert` for a server
  across the network, docs/postgresql.md). Nothing here weakens or overrides it.
- No password in clear: a URL that holds one is refused (it would end up in shell history, config
  files and logs). libpq reads the password itself from `~/.pgpass` (or the file `PGPASSFILE` names,
  mode 0600), or the server uses a client certificate (`sslcert`/`sslkey`) or Kerberos instead.
- Autocommit on the wire, transactions explicit: `atomic()` is `BEGIN ... COMMIT`, and a nested
  `atomic()` a savepoint, as sqlite-utils' `atomic()` is on the SQLite side, so one use case's
  transaction means the same on both backends.
- Each desk is its own installation (the mergeable records name who wrote them): the desk passes its
  installation id and advisor id; without them the server's own installation id is used.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from urllib.parse import quote

import psycopg
from psycopg.conninfo import conninfo_to_dict

from ..errors import StorageError

Params = Sequence[Any]


class PasswordInUrl(StorageError):
    """The database URL holds a password: refused, so it is never stored or logged in clear."""

    def __init__(self) -> None:
        super().__init__(
            "Het database-adres (URL) bevat een wachtwoord. Dat slaan we niet op. Haal het wachtwoord"
            " uit het adres en zet het in het bestand ~/.pgpass (of het bestand dat PGPASSFILE noemt),"
            " met alleen voor u leesrechten (chmod 600).",
            "The database address (URL) holds a password. We do not store that. Take the password out"
            " of the address and put it in ~/.pgpass (or the file PGPASSFILE names), readable only by"
            " you (chmod 600).",
        )


class ServerUnsuitable(StorageError):
    """The server or database lacks something the store needs (an extension, a UTF-8 database)."""

    def __init__(self, what_nl: str, what_en: str) -> None:
        super().__init__(f"De PostgreSQL-database is niet geschikt: {what_nl}",
                         f"The PostgreSQL database is not suitable: {what_en}")


def url_parts(url: str) -> dict[str, Any]:
    """The libpq parameters of a URL or key=value string (host, port, dbname, user, sslmode, ...)."""
    return dict(conninfo_to_dict(url))


def safe_url(url: str) -> str:
    """The address to show and log: `postgresql://role@host:port/dbname`, never a password or a
    certificate path (the TLS options stay in the URL the desk was given)."""
    parts = url_parts(url)
    role = parts.get("user") or os.environ.get("PGUSER") or getpass.getuser()
    host = parts.get("host") or os.environ.get("PGHOST") or "localhost"
    if host.startswith("/"):  # a Unix socket's folder, percent-encoded as libpq reads it back
        host = quote(host, safe="")
    port = parts.get("port") or os.environ.get("PGPORT") or "5432"
    dbname = parts.get("dbname") or os.environ.get("PGDATABASE") or role
    return f"postgresql://{role}@{host}:{port}/{dbname}"


# The OS keyring (the `keyring` package, optional) as a second place for a desk's password, beside
# libpq's ~/.pgpass: one entry per server address, under this service name.
KEYRING_SERVICE = "intake-desk-postgresql"


def keyring_name(url: str) -> str:
    """The keyring entry's user name: `role@host:port/dbname`, as `safe_url` names the server."""
    return safe_url(url).split("//", 1)[1]


def password_from_keyring(url: str) -> str | None:
    """The password kept in the OS keyring for this server and role, or None (no keyring package, no
    usable backend, no entry). Never required: ~/.pgpass or a client certificate do without."""
    try:
        import keyring
    except ImportError:
        return None
    try:
        found = keyring.get_password(KEYRING_SERVICE, keyring_name(url))
    except Exception:
        return None
    return found or None


def keep_password_in_keyring(url: str, password: str) -> None:
    """Keep the password in the OS keyring (needs the `keyring` package and a backend)."""
    import keyring

    keyring.set_password(KEYRING_SERVICE, keyring_name(url), password)


class PgDatabase:
    """An open PostgreSQL store: the handle its functions take as their first argument."""

    backend = "postgresql"  # how storage.store.store_of tells it from a sqlite-utils Database

    def __init__(self, conn: psycopg.Connection[tuple[Any, ...]], *,
                 installation_id: str | None = None, advisor_id: str | None = None,
                 where: str = "") -> None:
        self.conn = conn
        self.where = where or f"postgresql://{conn.info.user}@{conn.info.host}:{conn.info.port}" \
            f"/{conn.info.dbname}"  # the address without secrets, for messages and logs
        self._installation_id = installation_id
        self.advisor_id = advisor_id

    def execute(self, sql: str, params: Params = ()) -> psycopg.Cursor[tuple[Any, ...]]:
        # psycopg's placeholders are %s: the store writes its SQL with them, never with '?'. Without
        # parameters the text goes as it is, so a '%' in DDL (a PL/pgSQL modulo, format()) is plain.
        return self.conn.execute(sql, list(params) if params else None)  # type: ignore[arg-type]

    def fetchall(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        return self.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.execute(sql, params).fetchone()
        return None if row is None else row[0]

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction (a savepoint inside another), committed at the end, rolled back on error."""
        with self.conn.transaction():
            yield

    @property
    def installation_id(self) -> str:
        if self._installation_id is None:
            found = self.scalar("SELECT value FROM meta WHERE key = 'installation_id'")
            if found is None:
                raise ServerUnsuitable("het schema is niet aangemaakt (migrate)",
                                       "the schema has not been created (migrate)")
            self._installation_id = str(found)
        return self._installation_id

    def role_exists(self, name: str) -> bool:
        """The server has a role of this name (the desks' group role is IT's to create)."""
        return bool(self.scalar("SELECT 1 FROM pg_roles WHERE rolname = %s", [name]) == 1)

    def close(self) -> None:
        self.conn.close()


def connect(url: str, *, installation_id: str | None = None, advisor_id: str | None = None,
            connect_timeout: int = 10) -> PgDatabase:
    """Open the store at `url` (not migrating it: `schema.migrate` does that, once, as its owner role).

    Refuses a URL with a password (PasswordInUrl); libpq finds it in ~/.pgpass or PGPASSFILE. When
    the server asks a password and libpq has none, the OS keyring is asked once (`keyring`, optional).
    Raises psycopg's own errors; `app.opening.open_server` turns them into known ones.
    """
    parts = url_parts(url)
    if parts.get("password"):
        raise PasswordInUrl
    extra: dict[str, Any] = {"application_name": parts.get("application_name") or "intake-desk"}
    if "connect_timeout" not in parts:
        extra["connect_timeout"] = connect_timeout
    try:
        conn = psycopg.connect(url, autocommit=True, **extra)
    except psycopg.OperationalError as exc:
        # Only when libpq had no password to offer: a wrong one in ~/.pgpass is reported as it is.
        kept = password_from_keyring(url) if "no password supplied" in str(exc) else None
        if kept is None:
            raise
        conn = psycopg.connect(url, autocommit=True, password=kept, **extra)
    return PgDatabase(conn, installation_id=installation_id, advisor_id=advisor_id,
                      where=safe_url(url))
