"""Known storage failures: each has a message an advisor can act on (the other kind is a bug)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


class StorageError(Exception):
    """A known problem with the database file; `str()` is a Dutch message for the advisor."""


class DatabaseTooNew(StorageError):
    def __init__(self, path: Path, unknown: list[str]):
        self.unknown = unknown
        super().__init__(
            f"De database {path} is gemaakt met een nieuwere versie van Intake Desk "
            f"(onbekende wijzigingen: {', '.join(unknown)}). Werk Intake Desk bij; "
            "de database is niet aangeraakt."
        )


class DatabaseCorrupt(StorageError):
    def __init__(self, path: Path, detail: str, newest_backup: Path | None):
        self.newest_backup = newest_backup
        hint = (
            f"De nieuwste reservekopie is {newest_backup}; herstel die met "
            f"'intake-desk --db {path} restore {newest_backup}'."
            if newest_backup
            else "Er is geen reservekopie gevonden."
        )
        super().__init__(f"De database {path} is beschadigd ({detail}). {hint}")


class DatabaseReadOnly(StorageError):
    def __init__(self, path: Path):
        super().__init__(
            f"De database {path} is alleen-lezen: er kan niets worden opgeslagen. "
            "Controleer de rechten op het bestand en de map. Uw invoer is bewaard."
        )


class DiskFull(StorageError):
    def __init__(self, path: Path):
        super().__init__(
            f"De schijf is vol: {path} kan niet worden bijgewerkt. Maak ruimte vrij en "
            "probeer het opnieuw. Uw invoer is bewaard."
        )


class NotADatabase(StorageError):
    def __init__(self, path: Path):
        super().__init__(f"{path} is geen Intake Desk-database (of het bestand is versleuteld).")


class BackupUnsound(StorageError):
    """A backup that fails SQLite's own check: never written over the database, never kept."""

    def __init__(self, path: Path, writing: bool):
        action = ("kon niet goed worden geschreven; er is niets veranderd. Controleer de vrije ruimte "
                  "en probeer het opnieuw." if writing else
                  "is zelf niet in orde en is niet teruggezet; de database is niet aangeraakt. Kies "
                  "een andere reservekopie.")
        super().__init__(f"De reservekopie {path} {action}")


class RecordNotFound(StorageError):
    def __init__(self, kind: str, record_id: str):
        self.record_id = record_id
        super().__init__(f"{kind} {record_id} bestaat niet (meer).")


class StaleRecord(StorageError):
    """Another window or process saved the record after we read it."""

    def __init__(self, record_id: str, expected: int, actual: int):
        super().__init__(
            f"Kandidaat {record_id} is intussen elders gewijzigd (versie {actual}, u werkte "
            f"aan versie {expected}). Uw wijzigingen zijn bewaard als concept."
        )


def translate(exc: sqlite3.Error, path: Path) -> StorageError | None:
    """Map an sqlite3 error to a known StorageError, or None when it is a bug."""
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text or "attempt to write a readonly" in text:
        return DatabaseReadOnly(path)
    if "database or disk is full" in text or ("disk i/o error" in text and "full" in text):
        return DiskFull(path)
    if "file is not a database" in text or "file is encrypted" in text:
        return NotADatabase(path)
    if "unable to open database" in text:
        return DatabaseReadOnly(path)
    return None
