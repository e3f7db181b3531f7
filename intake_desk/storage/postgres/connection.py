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

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

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


class PgDatabase:
    """An open PostgreSQL store: the handle its functions take as their first argument."""

    backend = "postgresql"  # how storage.store.store_of tells it from a sqlite-utils Database

    def __init__(self, conn: psycopg.Connection[tuple[Any, ...]], *,
                 installation_id: str | None = None, advisor_id: str | None = None) -> None:
        self.conn = conn
        self._installation_id = installation_id
        self.advisor_id = advisor_id

    def execute(self, sql: str, params: Params = ()) -> psycopg.Cursor[tuple[Any, ...]]:
        # psycopg's placeholders are %s: the store writes its SQL with them, never with '?'.
        return self.conn.execute(sql, list(params))  # type: ignore[arg-type]

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

    def close(self) -> None:
        self.conn.close()


def connect(url: str, *, installation_id: str | None = None, advisor_id: str | None = None,
            connect_timeout: int = 10) -> PgDatabase:
    """Open the store at `url` (not migrating it: `schema.migrate` does that, once, as its owner role).

    Refuses a URL with a password (PasswordInUrl); libpq finds it in ~/.pgpass or PGPASSFILE.
    """
    parts = url_parts(url)
    if parts.get("password"):
        raise PasswordInUrl
    extra: dict[str, Any] = {"application_name": parts.get("application_name") or "intake-desk"}
    if "connect_timeout" not in parts:
        extra["connect_timeout"] = connect_timeout
    conn = psycopg.connect(url, autocommit=True, **extra)
    return PgDatabase(conn, installation_id=installation_id, advisor_id=advisor_id)
