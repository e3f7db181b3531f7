"""The only package that talks to SQLite. Everything else receives a Database from `open_database`.

The functions of `database` are loaded on first use (PEP 562 `__getattr__`), not with the package:
importing a known error (`storage.errors`, a few ms) must not import sqlite_utils (~70-90 ms), which
the GUI's first frame does not wait for (ui/app.py). mypy sees the plain imports.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .database import (
        backup_before_write,
        busy_timeout_ms,
        connect,
        database_path,
        explain,
        installation_id,
        integrity_problems,
        is_server_address,
        known_errors,
        location,
        not_ours,
        open_database,
        quick_check,
    )

_FROM_DATABASE = frozenset({
    "backup_before_write", "busy_timeout_ms", "connect", "database_path", "explain", "installation_id",
    "integrity_problems", "is_server_address", "known_errors", "location", "not_ours",
    "open_database", "quick_check"})


def __getattr__(name: str) -> Any:
    if name in _FROM_DATABASE:
        from . import database

        return getattr(database, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


from .errors import (  # noqa: E402  (after the lazy loader, which the docstring explains)
    BackupUnsound,
    ConsentMissing,
    DatabaseBusy,
    DatabaseCorrupt,
    DatabaseEmpty,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    DiskFull,
    DiskIOError,
    EncryptedBackup,
    NoGoodBackup,
    NotADatabase,
    RecordNotFound,
    StaleRecord,
    StorageError,
)

__all__ = [
    "BackupUnsound",
    "ConsentMissing",
    "DatabaseBusy",
    "DatabaseCorrupt",
    "DatabaseEmpty",
    "DatabaseLocked",
    "DatabaseReadOnly",
    "DatabaseTooNew",
    "DiskFull",
    "DiskIOError",
    "EncryptedBackup",
    "NoGoodBackup",
    "NotADatabase",
    "RecordNotFound",
    "StaleRecord",
    "StorageError",
    "backup_before_write",
    "busy_timeout_ms",
    "connect",
    "database_path",
    "explain",
    "installation_id",
    "integrity_problems",
    "is_server_address",
    "known_errors",
    "location",
    "not_ours",
    "open_database",
    "quick_check",
]
