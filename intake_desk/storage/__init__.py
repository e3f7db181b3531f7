"""The only package that talks to SQLite. Everything else receives a Database from `open_database`."""

from .database import (
    connect,
    database_path,
    installation_id,
    integrity_problems,
    known_errors,
    open_database,
    quick_check,
)
from .errors import (
    BackupUnsound,
    DatabaseCorrupt,
    DatabaseReadOnly,
    DatabaseTooNew,
    DiskFull,
    NotADatabase,
    RecordNotFound,
    StaleRecord,
    StorageError,
)

__all__ = [
    "BackupUnsound",
    "DatabaseCorrupt",
    "DatabaseReadOnly",
    "DatabaseTooNew",
    "DiskFull",
    "NotADatabase",
    "RecordNotFound",
    "StaleRecord",
    "StorageError",
    "connect",
    "database_path",
    "installation_id",
    "integrity_problems",
    "known_errors",
    "open_database",
    "quick_check",
]
