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
    def __init__(self, path: Path | str, unknown: list[str]):
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


# --- a PostgreSQL server (issue #19) ---------------------------------------------------------------
# `where` is the server's address without secrets (postgresql://role@host:port/dbname): never a
# password, which is refused in a URL anyway (postgres/connection.py).

class ServerUnreachable(StorageError):
    """No connection: the server is down, the name or port is wrong, or the network is away."""

    def __init__(self, where: str, detail: str = ""):
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"De PostgreSQL-server {where} is niet bereikbaar{extra}. Controleer de netwerkverbinding"
            " en het adres (naam, poort); draait de server? Er is niets gewijzigd.",
            f"The PostgreSQL server {where} cannot be reached{extra}. Check the network connection and"
            " the address (name, port); is the server running? Nothing was changed.")


class ServerLoginRefused(StorageError):
    """The server refused the role: wrong or missing password, unknown role, or pg_hba.conf."""

    def __init__(self, where: str, role: str, detail: str = ""):
        self.role = role
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"De server {where} weigert de aanmelding als '{role}'{extra}. Controleer het wachtwoord"
            " in ~/.pgpass (of het bestand dat PGPASSFILE noemt) of in de sleutelbos van het systeem."
            " Vraag IT of de rol bestaat en vanaf deze computer mag aanmelden (pg_hba.conf).",
            f"The server {where} refuses the login as '{role}'{extra}. Check the password in ~/.pgpass"
            " (or the file PGPASSFILE names) or in the system keyring. Ask IT whether the role exists"
            " and may log in from this computer (pg_hba.conf).")


class ServerDatabaseMissing(StorageError):
    def __init__(self, where: str, dbname: str):
        self.dbname = dbname
        super().__init__(
            f"De database '{dbname}' bestaat niet op de server {where}. Controleer de naam in het"
            " adres, of vraag IT om de database aan te maken (docs/postgresql.md).",
            f"The database '{dbname}' does not exist on the server {where}. Check the name in the"
            " address, or ask IT to create the database (docs/postgresql.md).")


class ServerTlsRefused(StorageError):
    """The encrypted connection (TLS) failed: no TLS on the server, or a certificate that does not fit."""

    def __init__(self, where: str, detail: str = ""):
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"De beveiligde verbinding (TLS) met {where} is mislukt{extra}. Er is niets verstuurd."
            " Controleer sslmode en sslrootcert in het adres; vraag IT om het certificaat van de"
            " server (docs/postgresql.md).",
            f"The secure connection (TLS) to {where} failed{extra}. Nothing was sent. Check sslmode"
            " and sslrootcert in the address; ask IT for the server's certificate"
            " (docs/postgresql.md).")


class ServerSchemaOutdated(StorageError):
    """The schema is missing or older than this version, and the desk's role may not migrate it."""

    def __init__(self, where: str, role: str, pending: list[str]):
        self.pending = pending
        owner_url = where.replace(f"//{role}@", "//<eigenaar>@", 1) if role else where
        owner_url_en = where.replace(f"//{role}@", "//<owner>@", 1) if role else where
        super().__init__(
            f"De database op {where} heeft nog niet alle tabellen van deze versie van Intake Desk"
            f" (ontbreekt: {', '.join(pending)}), en de rol '{role}' mag ze niet aanmaken. Vraag IT om"
            f" als eigenaar van de database uit te voeren: intake-desk --db {owner_url} setup-server."
            " Er is niets gewijzigd.",
            f"The database at {where} lacks tables of this version of Intake Desk (missing:"
            f" {', '.join(pending)}), and the role '{role}' may not create them. Ask IT to run, as the"
            f" database's owner: intake-desk --db {owner_url_en} setup-server. Nothing was changed.")


class ServerPermissionDenied(StorageError):
    """The desk's role lacks a privilege for what it tried (docs/postgresql.md: roles per desk)."""

    def __init__(self, where: str, detail: str = ""):
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"Uw rol mag dit niet op de server {where}{extra}. Er is niets gewijzigd. Vraag IT om de"
            " rechten van de desks bij te werken (intake-desk setup-server als eigenaar).",
            f"Your role may not do this on the server {where}{extra}. Nothing was changed. Ask IT to"
            " update the desks' privileges (intake-desk setup-server as the owner).")


class ServerConnectionLost(StorageError):
    def __init__(self, where: str):
        super().__init__(
            f"De verbinding met de server {where} is verbroken. Wat niet was opgeslagen, heeft de"
            " server teruggedraaid; er is niets half opgeslagen. Open de database opnieuw en probeer"
            " het nog eens.",
            f"The connection to the server {where} was lost. The server rolled back what was not"
            " saved; nothing was half-saved. Open the database again and try once more.")


class ServerBusy(StorageError):
    """A lock wait, a conflict between two transactions, too many connections, or a starting server."""

    def __init__(self, where: str, detail: str = ""):
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"De server {where} is bezet{extra}. Er is niets gewijzigd; probeer het over een"
            " ogenblik opnieuw.",
            f"The server {where} is busy{extra}. Nothing was changed; try again in a moment.")


class ServerFull(StorageError):
    def __init__(self, where: str):
        super().__init__(
            f"De server {where} heeft geen ruimte meer (schijf of geheugen vol). Er is niets"
            " gewijzigd. Meld het bij IT.",
            f"The server {where} has no room left (disk or memory full). Nothing was changed. Tell"
            " IT.")


class NoFileOnServer(StorageError):
    """Something that works on the laptop's database file (a backup, a restore, encryption) was asked
    of a PostgreSQL server, which has no such file: its backups are pg_dump's (docs/postgresql.md)."""

    def __init__(self, where: str, what_nl: str = "Dit", what_en: str = "This"):
        super().__init__(
            f"{what_nl} werkt met het databasebestand van een laptop; de server {where} heeft er geen."
            " Reservekopieën van de server maakt IT met pg_dump (docs/postgresql.md).",
            f"{what_en} works on a laptop's database file; the server {where} has none. IT backs up"
            " the server with pg_dump (docs/postgresql.md).")


class ServerDriverMissing(StorageError):
    def __init__(self) -> None:
        super().__init__(
            "Voor een PostgreSQL-server is het onderdeel 'psycopg' nodig, en dat is niet"
            " geïnstalleerd. Installeer Intake Desk met de extra 'postgres'"
            " (pip install 'intake-desk[postgres]').",
            "A PostgreSQL server needs the 'psycopg' package, which is not installed. Install Intake"
            " Desk with the 'postgres' extra (pip install 'intake-desk[postgres]').")


# SQLSTATE classes and codes (PostgreSQL documentation, Appendix A "PostgreSQL Error Codes").
_PG_LOGIN = {"28000", "28P01"}
_PG_NO_DATABASE = "3D000"
_PG_PRIVILEGE = "42501"
_PG_BUSY = {"40001", "40P01", "55P03", "53300", "57P03", "57014"}
_PG_FULL = {"53100", "53200"}
_PG_GONE = {"57P01", "57P02", "08000", "08003", "08006"}

# What libpq says when it has no SQLSTATE to give (the connection never got that far).
_PG_TEXT = (
    (("password authentication failed", "no password supplied", "pg_hba.conf", "role \""),
     "login"),
    (("database \"",), "database"),
    (("ssl error", "ssl was required", "does not support ssl", "ssl syscall", "certificate",
      "sslrootcert", "ssl connection", "tls"), "tls"),
    (("server closed the connection", "connection is closed", "terminating connection",
      "consuming input failed", "connection is lost"), "gone"),
    (("could not translate host name", "failed to resolve host", "connection refused",
      "timeout expired", "no route to host", "network is unreachable", "no such file or directory",
      "could not connect", "is the server running"), "unreachable"),
)


def _pg_detail(text: str) -> str:
    """The server's own words, first line, without the 'connection to server at ... failed:' lead."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    if "failed:" in line:  # psycopg: "connection failed: connection to server at ... failed: why"
        line = line.rsplit("failed:", 1)[1]
    return line.replace("FATAL:", "").strip()[:200]


def translate_server(exc: BaseException, where: str, role: str = "",
                     dbname: str = "") -> StorageError | None:
    """Map what psycopg raised to a known StorageError, or None when it is a bug (a wrong query)."""
    if isinstance(exc, StorageError):
        return exc
    if not type(exc).__module__.startswith("psycopg"):
        return None
    if not role or not dbname:  # from the address: postgresql://role@host:port/dbname
        named = where.split("//", 1)[-1]
        role = role or named.split("@", 1)[0]
        dbname = dbname or named.rsplit("/", 1)[-1]
    state = getattr(exc, "sqlstate", None) or ""
    text = str(exc)
    detail = _pg_detail(text)
    if state in _PG_LOGIN:
        return ServerLoginRefused(where, role, detail)
    if state == _PG_NO_DATABASE:
        return ServerDatabaseMissing(where, dbname)
    if state == _PG_PRIVILEGE:
        return ServerPermissionDenied(where, detail)
    if state in _PG_BUSY:
        return ServerBusy(where, detail)
    if state in _PG_FULL:
        return ServerFull(where)
    if state in _PG_GONE or state.startswith("08"):
        return ServerConnectionLost(where)
    if state:  # a server's answer to a query we sent: ours to fix, not the advisor's
        return None
    import psycopg  # only here: the text of a connection failure, which has no SQLSTATE

    if not isinstance(exc, (psycopg.OperationalError, psycopg.InterfaceError)):
        return None
    lowered = text.lower()
    if "failed:" in lowered:
        lowered = lowered.rsplit("failed:", 1)[1]  # the lead names the host, which may say anything
    for needles, kind in _PG_TEXT:
        if any(n in lowered for n in needles):
            if kind == "login":
                return ServerLoginRefused(where, role, detail)
            if kind == "database" and "does not exist" in lowered:
                return ServerDatabaseMissing(where, dbname)
            if kind == "tls":
                return ServerTlsRefused(where, detail)
            if kind == "gone":
                return ServerConnectionLost(where)
            if kind == "unreachable":
                return ServerUnreachable(where, detail)
    return None
