"""Known storage failures: each has a message an advisor can act on (the other kind is a bug).

`str(error)` is the Dutch message; `text_en` its English twin where one is given. `translate` maps what
SQLite or the operating system raised to one of these; what it does not know stays a bug.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path


class StorageError(Exception):
    """A known problem with the database file; `str()` is a Dutch message for the advisor."""

    def __init__(self, text_nl: str, text_en: str = ""):
        super().__init__(text_nl)
        self.text_nl = text_nl
        self.text_en = text_en or text_nl


class DatabaseTooNew(StorageError):
    def __init__(self, path: Path, unknown: list[str]):
        self.unknown = unknown
        super().__init__(
            f"De database {path} is gemaakt met een nieuwere versie van Intake Desk "
            f"(onbekende wijzigingen: {', '.join(unknown)}). Werk Intake Desk bij; "
            "de database is niet aangeraakt.",
            f"The database {path} was made by a newer version of Intake Desk (unknown changes: "
            f"{', '.join(unknown)}). Update Intake Desk; the database was not touched.",
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
        hint_en = (
            f"The newest backup is {newest_backup}; restore it with "
            f"'intake-desk --db {path} restore {newest_backup}'."
            if newest_backup
            else "No backup was found."
        )
        super().__init__(f"De database {path} is beschadigd ({detail}). {hint}",
                         f"The database {path} is damaged ({detail}). {hint_en}")


class DatabaseReadOnly(StorageError):
    def __init__(self, path: Path):
        super().__init__(
            f"De database {path} is alleen-lezen: er kan niets worden opgeslagen. "
            "Controleer de rechten op het bestand en de map. Uw invoer is bewaard.",
            f"The database {path} is read-only: nothing can be saved. Check the permissions of the "
            "file and its folder. Your input has been kept.",
        )


class DiskFull(StorageError):
    def __init__(self, path: Path):
        super().__init__(
            f"De schijf is vol: {path} kan niet worden bijgewerkt. Maak ruimte vrij en "
            "probeer het opnieuw. Uw invoer is bewaard.",
            f"The disk is full: {path} cannot be updated. Free some space and try again. Your input "
            "has been kept.",
        )


class DiskIOError(StorageError):
    """The operating system reported a read or write error (a failing disk, a USB stick pulled out)."""

    def __init__(self, path: Path, detail: str = ""):
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"De schijf gaf een fout bij het lezen of schrijven van {path}{extra}. Er is niets half "
            "opgeslagen. Controleer de schijf (of de USB-stick) en probeer het opnieuw; blijft het "
            "misgaan, zet dan een reservekopie terug.",
            f"The disk gave an error reading or writing {path}{extra}. Nothing was half-saved. Check "
            "the disk (or USB stick) and try again; if it keeps failing, restore a backup.",
        )


class DatabaseBusy(StorageError):
    """Another program held the write lock for longer than the busy timeout."""

    def __init__(self, path: Path, seconds: float, holders: list[str] | None = None):
        self.holders = holders or []
        who = (f"Het bestand is open in: {', '.join(self.holders)}. " if self.holders else "")
        who_en = (f"The file is open in: {', '.join(self.holders)}. " if self.holders else "")
        super().__init__(
            f"De database {path} is in gebruik door een ander programma (na {seconds:g} seconden "
            f"wachten nog bezet). {who}Er is niets gewijzigd; sluit het andere programma of wacht even "
            "en probeer het opnieuw.",
            f"The database {path} is in use by another program (still busy after waiting "
            f"{seconds:g} seconds). {who_en}Nothing was changed; close the other program or wait a "
            "moment and try again.",
        )


class NotADatabase(StorageError):
    def __init__(self, path: Path):
        super().__init__(f"{path} is geen Intake Desk-database (of het bestand is versleuteld).",
                         f"{path} is not an Intake Desk database (or the file is encrypted).")


class DatabaseEmpty(StorageError):
    """A 0-byte file, or a database without tables: never 'in order' (it is where data went missing)."""

    def __init__(self, path: Path, hint_nl: str = "", hint_en: str = "",
                 newest_backup: Path | None = None):
        self.newest_backup = newest_backup  # the desk offers to put it back, as for DatabaseCorrupt
        super().__init__(f"De database {path} is leeg: er staan geen gegevens in. {hint_nl}".strip(),
                         f"The database {path} is empty: it holds no data. {hint_en}".strip())


class BackupUnsound(StorageError):
    """A backup that fails SQLite's own check: never written over the database, never kept."""

    def __init__(self, path: Path, writing: bool, detail: str = ""):
        extra = f" ({detail})" if detail else ""
        action = ("kon niet goed worden geschreven; er is niets veranderd. Controleer de vrije ruimte "
                  "en probeer het opnieuw." if writing else
                  "is zelf niet in orde en is niet teruggezet; de database is niet aangeraakt. Kies "
                  "een andere reservekopie.")
        action_en = ("could not be written properly; nothing was changed. Check the free space and "
                     "try again." if writing else
                     "is not sound itself and was not restored; the database was not touched. Choose "
                     "another backup.")
        super().__init__(f"De reservekopie {path}{extra} {action}",
                         f"The backup {path}{extra} {action_en}")


class RecordNotFound(StorageError):
    def __init__(self, kind: str, record_id: str):
        self.record_id = record_id
        super().__init__(f"{kind} {record_id} bestaat niet (meer).",
                         f"{kind} {record_id} does not exist (any more).")


class StaleRecord(StorageError):
    """Another window or process saved the record after we read it."""

    def __init__(self, record_id: str, expected: int, actual: int):
        super().__init__(
            f"Kandidaat {record_id} is intussen elders gewijzigd (versie {actual}, u werkte "
            f"aan versie {expected}). Uw wijzigingen zijn bewaard als concept.",
            f"Candidate {record_id} was changed elsewhere in the meantime (version {actual}, you "
            f"worked on version {expected}). Your changes have been kept as a draft.",
        )


# SQLite's primary result codes (sqlite3.h); Python 3.11 gives them as `exc.sqlite_errorcode`.
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_IOERR, _SQLITE_FULL = 5, 6, 10, 13
_SQLITE_READONLY, _SQLITE_CANTOPEN, _SQLITE_NOTADB, _SQLITE_PERM = 8, 14, 26, 3

_NO_ROOM = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NOT_ALLOWED = {errno.EROFS, errno.EACCES, errno.EPERM}

# Below this much free space an I/O error while writing is taken for a full disk: SQLite reports a
# short write as SQLITE_FULL only for ENOSPC, everything else (a quota, a file-size limit) as IOERR.
_LOW_SPACE = 1 << 20


def no_room(path: Path) -> bool:
    """True when the file at `path` cannot grow: little free space, or a file-size limit is set."""
    try:
        if shutil.disk_usage(path.parent if path.parent.exists() else Path.cwd()).free < _LOW_SPACE:
            return True
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # not on Windows
        return False
    soft, _ = resource.getrlimit(resource.RLIMIT_FSIZE)
    return soft != resource.RLIM_INFINITY


_OS_REASONS: dict[int, tuple[str, str]] = {
    errno.ENOENT: ("de map of het bestand bestaat niet", "the folder or file does not exist"),
    errno.EACCES: ("geen toestemming", "permission denied"),
    errno.EPERM: ("geen toestemming", "permission denied"),
    errno.EROFS: ("de schijf is alleen-lezen", "the disk is read-only"),
    errno.ENOSPC: ("de schijf is vol", "the disk is full"),
    errno.EFBIG: ("het bestand wordt te groot", "the file gets too large"),
    errno.EISDIR: ("dat is een map, geen bestand", "that is a folder, not a file"),
    errno.ENOTDIR: ("een deel van het pad is geen map", "part of the path is not a folder"),
    errno.ENAMETOOLONG: ("de naam is te lang", "the name is too long"),
    errno.EIO: ("leesfout of schrijffout op de schijf", "disk read or write error"),
}


def os_reason(exc: OSError, lang: str = "nl") -> str:
    """Why a file could not be read or written, in the advisor's words (the OS speaks English)."""
    known = _OS_REASONS.get(exc.errno or -1)
    if known is not None:
        return known[0] if lang == "nl" else known[1]
    return ("systeemfout: " if lang == "nl" else "system error: ") + (exc.strerror or str(exc))


def translate(exc: BaseException, path: Path, busy_seconds: float = 5.0) -> StorageError | None:
    """Map an sqlite3 error or an OSError to a known StorageError, or None when it is a bug."""
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, OSError):  # named by `path`: what the caller was writing, not a temporary file
        if exc.errno in _NO_ROOM:
            return DiskFull(path)
        if exc.errno in _NOT_ALLOWED:
            return DatabaseReadOnly(path)
        if exc.errno == errno.EIO:
            return DiskIOError(path, os.strerror(errno.EIO))
        return None
    if not isinstance(exc, (sqlite3.Error, *_cipher_errors())):  # SQLCipher has its own classes
        return None
    code = getattr(exc, "sqlite_errorcode", -1) & 0xFF
    text = str(exc).lower()
    if code == _SQLITE_FULL or "database or disk is full" in text:
        return DiskFull(path)
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in text or "is busy" in text:
        return DatabaseBusy(path, busy_seconds, holders_of(path))
    if code == _SQLITE_READONLY or "readonly" in text or "read-only" in text:
        return DatabaseReadOnly(path)
    if code == _SQLITE_IOERR or "disk i/o error" in text:
        return DiskFull(path) if no_room(path) else DiskIOError(path, str(exc))
    if code == _SQLITE_NOTADB or "file is not a database" in text or "file is encrypted" in text:
        return NotADatabase(path)
    if code in (_SQLITE_CANTOPEN, _SQLITE_PERM) or "unable to open database" in text:
        return DatabaseReadOnly(path)
    return None


def holders_of(path: Path) -> list[str]:
    """Other programs that have the database (or its WAL) open, as 'name (pid N)'; Linux only, and
    only those /proc lets us see. Cheap enough for an error path (one readlink per open file)."""
    proc = Path("/proc")
    if not proc.is_dir():
        return []
    wanted = {str(path.resolve()) + suffix for suffix in ("", "-wal", "-shm")}
    found: list[str] = []
    me = os.getpid()
    try:
        pids = [p for p in proc.iterdir() if p.name.isdigit() and int(p.name) != me]
    except OSError:
        return []
    for pid in pids:
        try:
            links = {os.readlink(fd) for fd in (pid / "fd").iterdir()}
        except OSError:  # gone, or not ours to look at
            continue
        if links & wanted:
            try:
                name = (pid / "comm").read_text().strip()
            except OSError:
                name = "?"
            found.append(f"{name} (pid {pid.name})")
    return found[:5]


class RecordDamaged(StorageError):
    """A stored record fails its checksum (storage/checksums.py): it is not shown, so nobody reads
    altered data as valid. Names the record by id (never the person) and the newest backup that still
    holds it intact."""

    def __init__(self, kind: str, kind_en: str, record_id: str, backup: Path | None,
                 db_path: Path | None):
        self.record_id = record_id
        self.backup = backup
        if backup is not None:
            where = f"--db {db_path} " if db_path else ""
            hint = (f"De reservekopie {backup} heeft nog een goede versie. Zet die terug met "
                    f"'intake-desk {where}restore {backup}'. Let op: wat na die reservekopie is "
                    "opgeslagen, gaat dan verloren.")
            hint_en = (f"Backup {backup} still holds a good copy. Restore it with "
                       f"'intake-desk {where}restore {backup}'. Anything saved after that backup is "
                       "lost then.")
        else:
            hint = "Geen reservekopie heeft nog een goede versie."
            hint_en = "No backup holds a good copy."
        super().__init__(
            f"{kind} {record_id} is beschadigd. We tonen deze gegevens niet, want ze kunnen "
            f"veranderd zijn. {hint} De rest van de database kunt u gewoon gebruiken.",
            f"{kind_en} {record_id} is damaged. It is not shown, because its data may have "
            f"changed. {hint_en} Everything else can be used as usual.",
        )


class NoGoodBackup(StorageError):
    def __init__(self, backup_folder: Path):
        super().__init__(f"Er is geen goede reservekopie gevonden in {backup_folder}. Er is niets "
                         "veranderd.",
                         f"No good backup was found in {backup_folder}. Nothing was changed.")


class DatabaseNotOpen(StorageError):
    """A job came after opening failed or damage closed the database (the desk says why, once)."""

    def __init__(self) -> None:
        super().__init__("De database is niet geopend, dus dit kon niet worden gedaan. Zet eerst een "
                         "reservekopie terug of kies een andere database.",
                         "The database is not open, so this could not be done. First restore a backup "
                         "or choose another database.")


def _cipher_errors() -> tuple[type[Exception], ...]:
    from .cipher import Error

    return Error


class DatabaseLocked(StorageError):
    """An encrypted database whose key is not unlocked in this process (storage/keys.py): the desk
    asks the passphrase, the CLI reads it from a prompt or INTAKE_DESK_PASSPHRASE."""

    def __init__(self, path: Path):
        super().__init__(
            f"De database {path} is versleuteld en nog niet ontgrendeld. Typ de wachtwoordzin "
            "(of de herstelsleutel); in een script: zet INTAKE_DESK_PASSPHRASE.",
            f"The database {path} is encrypted and not unlocked yet. Type the passphrase (or the "
            "recovery key); in a script: set INTAKE_DESK_PASSPHRASE.")


class EncryptedBackup(StorageError):
    """An encrypted backup offered to a plain database, or one whose key is not the database's."""

    def __init__(self, path: Path):
        super().__init__(
            f"De reservekopie {path} is versleuteld met een andere sleutel dan deze database, of de "
            "database is niet ontgrendeld. Open de database waar de reservekopie bij hoort. Er is "
            "niets veranderd.",
            f"The backup {path} is encrypted with another key than this database, or the database "
            "is not unlocked. Open the database the backup belongs to. Nothing was changed.")


class ConsentMissing(StorageError):
    """The consent record does not allow a purpose (print, export, share): names the purpose, and the
    day the consent was withdrawn when it was (storage/consent.py)."""

    def __init__(self, who: str, purpose: object, withdrawn_on: object = None):
        from ..domain.privacy import purpose_text

        self.purpose = purpose
        nl, en = purpose_text(purpose, "nl"), purpose_text(purpose, "en")  # type: ignore[arg-type]
        if withdrawn_on is not None:
            day = withdrawn_on.strftime("%d-%m-%Y")  # type: ignore[attr-defined]
            said_nl = f"{who} heeft de toestemming voor '{nl}' op {day} ingetrokken."
            said_en = f"{who} withdrew consent for '{en}' on {day}."
        else:
            said_nl = f"{who} heeft geen toestemming gegeven voor '{nl}'."
            said_en = f"{who} has not given consent for '{en}'."
        super().__init__(
            f"{said_nl} Dit kan dus niet. Vraag eerst toestemming en leg die vast bij de intake "
            "(Toestemming).",
            f"{said_en} So this cannot be done. Ask for consent first and record it in the intake "
            "(Consent).")


class MergeLineError(StorageError):
    """A line of a bundle (app/merge.import_changes) that cannot be merged; nothing was written."""

    def __init__(self, line: int, field: str, reason_nl: str, reason_en: str = ""):
        self.line = line
        self.field = field
        self.reason = reason_nl
        super().__init__(
            f"Regel {line} van de bundel klopt niet: {field}: {reason_nl}. Er is niets ingelezen.",
            f"Line {line} of the bundle is not valid: {field}: {reason_en or reason_nl}. Nothing was "
            "imported.")


class MergeHeaderError(StorageError):
    """The bundle's header is not one this version can merge; nothing was written."""

    def __init__(self, field: str, reason_nl: str, reason_en: str = ""):
        self.field = field
        self.reason = reason_nl
        super().__init__(
            f"De kop van de bundel klopt niet: {field}: {reason_nl}. Er is niets ingelezen.",
            f"The bundle's header is not valid: {field}: {reason_en or reason_nl}. Nothing was "
            "imported.")
