"""A desk connects over TLS when its URL asks for it, and refuses a server whose name does not match
its certificate (sslmode=verify-full): docs/postgresql.md, "Connections"."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[postgres]')")

import psycopg

from intake_desk.storage.postgres import connection, testserver


@pytest.fixture(scope="module")
def tls_server() -> Iterator[Any]:
    try:
        server = testserver.start(tls=True)
    except testserver.Unavailable as exc:
        pytest.skip(f"no PostgreSQL test server with TLS: {exc}")
    yield server
    server.stop()


def test_verify_full_connects_encrypted(tls_server: Any) -> None:
    db = connection.connect(tls_server.url)
    try:
        assert db.conn.pgconn.ssl_in_use
        assert db.scalar("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()") is True
    finally:
        db.close()


def test_a_server_answering_under_another_name_is_refused(tls_server: Any) -> None:
    other_name = tls_server.url.replace("@localhost:", "@127.0.0.1:")  # the certificate says localhost
    with pytest.raises(psycopg.OperationalError, match=r"certificate|does not match"):
        connection.connect(other_name)


def test_require_encrypts_without_a_certificate_to_check(tls_server: Any) -> None:
    url = f"postgresql://{testserver.USER}@127.0.0.1:{tls_server.port}/{testserver.DATABASE}?sslmode=require"
    db = connection.connect(url)
    try:
        assert db.conn.pgconn.ssl_in_use
    finally:
        db.close()
