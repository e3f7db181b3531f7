"""Which SQLite a file is opened with: SQLCipher (`sqlcipher3`) for an encrypted database, the
standard library's sqlite3 for a plain one.

An encrypted database is opened with a raw 256-bit key (`PRAGMA key = "x'..'"`): 0.2 ms per
connection, where SQLCipher's own passphrase KDF costs 260-580 ms on every connection (measured,
/work/shared/STACK-NOTES.md); the slow KDF runs once per session in storage/keys.py instead.

Plain databases keep the standard library's sqlite3 (3.40.1 here; sqlcipher3 carries SQLite 3.53).
sqlcipher3 raises its own exception classes, not sqlite3's, so code that catches errors of either
uses the tuples below (`Error`, `DatabaseError`, `OperationalError`, `IntegrityError`).

`sqlcipher3` (~4 ms) is imported when an encrypted database is opened or one of those tuples is first
used (PEP 562), not with this module: a plain database's start does not wait for it (issue 12). An
`except cipher.Error` is evaluated only when something was raised, so a plain start never loads it.
"""

from __future__ import annotations

import sqlite3
import sys
from importlib import import_module
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import sqlcipher3.dbapi2 as sqlcipher  # noqa: F401  (the driver as `cipher.sqlcipher`)

    Error: tuple[type[Exception], ...]
    DatabaseError: tuple[type[Exception], ...]
    OperationalError: tuple[type[Exception], ...]
    IntegrityError: tuple[type[Exception], ...]
    ErrorOrOS: tuple[type[Exception], ...]  # a file's own faults, either driver

SQLITE_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32
CACHE_KIB = 131072
_DRIVER = "sqlcipher3.dbapi2"
_PAIRED = ("Error", "DatabaseError", "OperationalError", "IntegrityError")


def _driver() -> ModuleType:
    return import_module(_DRIVER)


def _load(name: str) -> Any:
    """`sqlcipher` (the driver) and the exception tuples of both drivers, made on first use."""
    if name == "sqlcipher":
        value: Any = _driver()
    elif name in _PAIRED:
        value = (getattr(sqlite3, name), getattr(_driver(), name))
    elif name == "ErrorOrOS":
        value = (*_load("Error"), OSError)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


if not TYPE_CHECKING:  # hidden from mypy, which would otherwise let any unknown name pass as Any
    __getattr__ = _load


def is_plain_file(path: Path) -> bool:
    """True when `path` starts with SQLite's plain header (an encrypted file starts with its salt).
    A missing or empty file is not plain: it says nothing yet."""
    try:
        with open(path, "rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def raw_connect(target: str, key: bytes | None, *, uri: bool = False, timeout: float = 5.0,
                isolation_level: Literal["DEFERRED", "EXCLUSIVE", "IMMEDIATE"] | None = "DEFERRED"
                ) -> Any:
    """A connection to `target`: SQLCipher keyed with `key`, or plain sqlite3 when `key` is None.

    Keyed, SQLCipher's log lines are switched off (a wrong key would otherwise print to stderr) and
    the key is checked at once by reading the schema, so a wrong key fails here, not in a later query.
    """
    if key is None:
        return sqlite3.connect(target, uri=uri, timeout=timeout, isolation_level=isolation_level)
    if len(key) != KEY_BYTES:
        raise ValueError("a database key has 32 bytes")
    conn = _driver().connect(target, uri=uri, timeout=timeout, isolation_level=isolation_level)
    try:
        # An unknown pragma is a no-op in SQLite: an older SQLCipher without it just logs as before.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        # A page that leaves SQLite's cache is decrypted and its HMAC checked again when read; the
        # default 2 MiB cache made a search at 100,000 candidates 3.5x slower than plain (where a
        # re-read is a copy from the OS cache); 64 MiB 1.5x, 256 MiB faster than plain (bench
        # encryption). 128 MiB holds all of a 100,000-candidate database (115 MB) and is filled only
        # by pages actually read: a desk of a few thousand candidates uses a few MB.
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except BaseException:
        conn.close()
        raise
    return conn


def is_keyed(conn: Any) -> bool:
    driver = sys.modules.get(_DRIVER)  # not loaded: no connection can be a SQLCipher one
    return driver is not None and isinstance(conn, driver.Connection)


def export_encrypted(plain: Path, target: Path, key: bytes) -> None:
    """Write an encrypted copy of the plain database `plain` to `target` (which must not exist) with
    SQLCipher's `sqlcipher_export`; the copy is in rollback-journal mode (the caller sets WAL)."""
    conn = _driver().connect(str(plain), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("ATTACH DATABASE ? AS encrypted KEY \"x'" + key.hex() + "'\"", [str(target)])
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
