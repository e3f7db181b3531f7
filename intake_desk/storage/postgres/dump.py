"""A server's backup with PostgreSQL's own tools: `pg_dump` to a file, `pg_restore` into an empty
database (`intake-desk --db postgresql://... backup --out FILE` / `restore FILE`, docs/postgresql.md).

Intake Desk does not copy a server itself: `pg_dump` takes one consistent snapshot of a live
database without stopping the desks, and its archive is what every DBA already knows how to keep,
inspect and restore. What this module adds is the care an advisor's personal data needs:

- the right program: `pg_dump` refuses a server of a newer major version than its own ("server
  version mismatch"), and an archive written by a newer `pg_dump` may not be readable by the
  server's own `pg_restore`. So the programs are looked for in PATH and in Debian's
  `/usr/lib/postgresql/<major>/bin`, and the lowest major version that is not older than the
  server's is used. None: a message naming the package to install (`find_tool`).
- the password from the same places the app uses: the caller connected as the app does
  (`PGPASSFILE`/`~/.pgpass`, else the OS keyring: connection.py), and the password that
  connection used is handed over in a temporary password file (mode 0600, in RAM where /dev/shm
  exists, removed at once), so one kept only in the keyring works too; never on the command line
  or in the environment (`ps` and /proc show both). The URL itself never holds one
  (connection.PasswordInUrl).
- a half dump never looks done: the archive is written to a hidden `.NAME.partial-*` file beside
  the target (mode 0600 from its creation: it is personal data), read back with `pg_restore --list`,
  flushed to disk and only then renamed to NAME. Ctrl+C (or SIGTERM) stops pg_dump and removes the
  partial file; only a `kill -9` can leave one, and its name says what it is.
- custom format (`--format=custom`): compressed, and `pg_restore` can list it, restore a part of it
  and check it without a server. No `--no-owner` at dump time: pg_dump ignores it for archive
  formats (PostgreSQL docs, pg_dump); ownership is decided at restore time instead (below).

Restore (`restore_archive`) only into an empty database, in one transaction, with `--no-owner
--no-privileges`: every object then belongs to the role that restores (the owner role IT created
the database for, which is what the schema step expects; the figures' trigger functions run as that
owner), and the desks' grants are given again from this version's own list (`schema.grant_desks`)
instead of being copied from whatever the old server had. A database that already holds tables is
refused: restoring over live data would mix two states, which is the fair merge's work, not a
restore's. `--exit-on-error` with `--single-transaction`: a restore that fails leaves the database
as empty as it was.
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import StorageError
from .connection import PgDatabase

# Debian and Ubuntu keep each major version's programs apart (postgresql-client-<major>).
DEBIAN_BINDIRS = "/usr/lib/postgresql/*/bin"

_VERSION = re.compile(r"\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?")


class ToolMissing(StorageError):
    """No usable pg_dump/pg_restore: none at all, or only ones older than the server."""

    def __init__(self, program: str, server_major: int, found: Sequence[tuple[int, Path]]) -> None:
        self.program = program
        self.server_major = server_major
        self.found = tuple(found)
        package = f"postgresql-client-{server_major}"
        if found:
            seen = ", ".join(f"{p} (versie {m})" for m, p in found)
            seen_en = ", ".join(f"{p} (version {m})" for m, p in found)
            what_nl = (f"{program} is te oud voor deze server (PostgreSQL {server_major}):"
                       f" gevonden {seen}. {program} moet minstens versie {server_major} zijn.")
            what_en = (f"{program} is too old for this server (PostgreSQL {server_major}):"
                       f" found {seen_en}. {program} must be version {server_major} or newer.")
        else:
            what_nl = f"{program} is niet gevonden (gezocht in PATH en in {DEBIAN_BINDIRS})."
            what_en = f"{program} was not found (looked in PATH and in {DEBIAN_BINDIRS})."
        super().__init__(
            f"{what_nl} Installeer de PostgreSQL-programma's van versie {server_major} of nieuwer:"
            f" Debian/Ubuntu 'apt install {package}' (een nieuwere versie dan die van het systeem"
            " komt uit de pakketbron van postgresql.org, apt.postgresql.org); Windows en macOS: de"
            " 'command line tools' van de installer op postgresql.org.",
            f"{what_en} Install PostgreSQL's programs of version {server_major} or newer:"
            f" Debian/Ubuntu 'apt install {package}' (a version newer than the system's comes from"
            " postgresql.org's repository, apt.postgresql.org); Windows and macOS: the 'command line"
            " tools' of the installer on postgresql.org.")


class DumpFailed(StorageError):
    """pg_dump or pg_restore ended with an error; its own last words are part of the message."""

    def __init__(self, program: str, said: str, text_nl: str, text_en: str) -> None:
        said = said.strip()[-800:] or "(geen uitleg)"
        super().__init__(f"{text_nl} {program} meldt: {said}", f"{text_en} {program} says: {said}")
        self.said = said


class NotEmpty(StorageError):
    """Restore refused: the target database already holds tables."""

    def __init__(self, where: str, tables: Sequence[str]) -> None:
        shown = ", ".join(tables[:8]) + (" ..." if len(tables) > 8 else "")
        super().__init__(
            f"Terugzetten geweigerd: de database {where} is niet leeg (tabellen: {shown}). Zet een"
            " reservekopie alleen terug in een nieuwe, lege database (createdb -T template0 -E UTF8"
            " ... als de eigenaar-rol) en wijs de desks daarna naar die database; er is niets"
            " gewijzigd.",
            f"Restore refused: the database {where} is not empty (tables: {shown}). Restore a"
            " backup only into a new, empty database (createdb -T template0 -E UTF8 ... as the"
            " owner role) and point the desks at it afterwards; nothing was changed.")


def tool_version(program: Path) -> tuple[int, int] | None:
    """(major, minor) of a PostgreSQL program, from `--version`; None when it does not run."""
    try:
        done = subprocess.run([str(program), "--version"], capture_output=True, text=True,
                              timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    found = _VERSION.search(done.stdout or "")
    if done.returncode != 0 or found is None:
        return None
    return int(found.group(1)), int(found.group(2) or 0)


def candidates(program: str) -> list[tuple[int, Path]]:
    """Every runnable `program` in PATH and Debian's folders, as (major version, path), the same
    program (by its real path) once."""
    places: list[Path] = []
    in_path = shutil.which(program)
    if in_path:
        places.append(Path(in_path))
    places += [Path(d) / program for d in sorted(glob.glob(DEBIAN_BINDIRS))]
    found: dict[Path, tuple[int, Path]] = {}
    for place in places:
        if not place.is_file() or not os.access(place, os.X_OK):
            continue
        real = place.resolve()
        if real in found:
            continue
        version = tool_version(place)
        if version is not None:
            found[real] = (version[0], place)
    return sorted(found.values())


def find_tool(program: str, server_major: int) -> tuple[Path, int]:
    """The `program` to use with a server of `server_major`: the lowest major version that is not
    older than the server's (pg_dump refuses a newer server; the server's own pg_restore reads an
    archive of its own version). ToolMissing names the package when there is none."""
    found = candidates(program)
    usable = [(m, p) for m, p in found if m >= server_major]
    if not usable:
        raise ToolMissing(program, server_major, found)
    major, path = min(usable, key=lambda mp: mp[0])
    return path, major


def server_major(db: PgDatabase) -> int:
    return int(db.conn.info.server_version) // 10000


@contextlib.contextmanager
def password_file(db: PgDatabase) -> Iterator[dict[str, str]]:
    """The environment for a child program of `db`'s connection: libpq's own (PGPASSFILE, ~/.pgpass),
    plus, when the connection used a password, a temporary password file holding it (mode 0600, on
    tmpfs where there is one, removed afterwards), so a password found in the OS keyring reaches
    pg_dump without the command line or the environment. PGPASSWORD is never set here."""
    env = dict(os.environ)
    password = db.conn.info.password
    if not password:
        yield env
        return
    shm = Path("/dev/shm")
    folder = Path(tempfile.mkdtemp(prefix="intake-desk-pass-",
                                   dir=str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None))
    try:
        path = folder / "pgpass"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        escaped = password.replace("\\", "\\\\").replace(":", "\\:")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            # this file serves one child program talking to one server: every field is '*'
            out.write(f"*:*:*:*:{escaped}\n")
        env["PGPASSFILE"] = str(path)
        yield env
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """SIGTERM (a scheduler's timeout) stops the dump as Ctrl+C does, so the partial file is
    removed; in the main thread only (Python delivers signals there)."""
    try:
        old = signal.signal(signal.SIGTERM, _interrupt)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def _run(command: Sequence[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run a PostgreSQL program; on an interrupt, stop it before the caller cleans up."""
    proc = subprocess.Popen(list(command), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    try:
        out, err = proc.communicate()
    except BaseException:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        raise
    return subprocess.CompletedProcess(list(command), proc.returncode, out, err)


@dataclass(frozen=True, slots=True)
class Dumped:
    path: Path
    size: int
    entries: int  # entries in the archive's table of contents (tables, data, indexes, ...)
    tables: int  # tables whose data the archive holds
    pg_dump: Path
    pg_dump_major: int
    server_major: int


def dump(db: PgDatabase, url: str, out: Path) -> Dumped:
    """Write a custom-format archive of the database at `url` (opened as `db`) to `out`.

    Refuses an existing `out` (a backup never overwrites another one). The file appears under its
    name only when pg_dump succeeded and the archive reads back; mode 0600."""
    out = Path(out)
    if out.exists():
        raise StorageError(
            f"--out: {out} bestaat al; een reservekopie overschrijft geen andere. Kies een nieuwe"
            " naam, bijvoorbeeld met de datum erin.",
            f"--out: {out} already exists; a backup never overwrites another one. Choose a new name,"
            " for example with the date in it.")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise StorageError(f"--out: de map {folder} bestaat niet.",
                           f"--out: the folder {folder} does not exist.")
    major = server_major(db)
    pg_dump, dump_major = find_tool("pg_dump", major)
    pg_restore, _ = find_tool("pg_restore", dump_major)  # reads what this pg_dump writes
    fd, name = tempfile.mkstemp(prefix=f".{out.name}.partial-", dir=str(folder))  # mode 0600
    os.close(fd)
    partial = Path(name)
    done = False
    try:
        with _sigterm_interrupts(), password_file(db) as env:
            # --no-password: never a prompt on the terminal (the password, if any, is in `env`)
            ran = _run([str(pg_dump), "--format=custom", "--no-password", f"--file={partial}",
                        f"--dbname={url}"], env)
            if ran.returncode != 0:
                raise DumpFailed("pg_dump", ran.stderr, "De reservekopie is niet gemaakt.",
                                 "The backup was not made.")
            listed = _run([str(pg_restore), "--list", str(partial)], env)
            if listed.returncode != 0:
                raise DumpFailed("pg_restore", listed.stderr,
                                 "De reservekopie is gemaakt maar kan niet worden teruggelezen; zij"
                                 " is verwijderd.",
                                 "The backup was made but cannot be read back; it was removed.")
        os.chmod(partial, 0o600)
        with open(partial, "rb") as written:
            os.fsync(written.fileno())
        os.rename(partial, out)
        done = True
        _sync_folder(folder)
    finally:
        if not done:
            partial.unlink(missing_ok=True)
    lines = [ln for ln in listed.stdout.splitlines() if ln and not ln.startswith(";")]
    tables = sum(1 for ln in lines if " TABLE DATA " in ln)
    return Dumped(out, out.stat().st_size, len(lines), tables, pg_dump, dump_major, major)


def _sync_folder(folder: Path) -> None:
    """The rename itself on disk (a power cut right after it keeps the new name)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def user_tables(db: PgDatabase, kinds: str = "rpvmSf") -> list[str]:
    """The tables, sequences and views (`kinds`: pg_class.relkind letters) in the database outside
    PostgreSQL's own schemas."""
    return [str(r[0]) for r in db.fetchall(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE c.relkind::text = ANY(%s)"
        " AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
        " AND n.nspname NOT LIKE 'pg\\_toast%%' AND n.nspname NOT LIKE 'pg\\_temp%%'"
        " ORDER BY c.relname", [list(kinds)])]


@dataclass(frozen=True, slots=True)
class Restored:
    archive: Path
    pg_restore: Path
    pg_restore_major: int
    tables: int  # tables in the restored database


def restore_archive(db: PgDatabase, url: str, archive: Path) -> Restored:
    """Restore the custom-format `archive` into the EMPTY database at `url` (opened as `db`), in one
    transaction, owned by the restoring role (module docstring). NotEmpty when it holds tables."""
    archive = Path(archive)
    if not archive.is_file():
        raise StorageError(f"{archive} bestaat niet of is geen bestand.",
                           f"{archive} does not exist or is not a file.")
    present = user_tables(db)
    if present:
        raise NotEmpty(db.where, present)
    pg_restore, major = find_tool("pg_restore", server_major(db))
    with _sigterm_interrupts(), password_file(db) as env:
        ran = _run([str(pg_restore), "--no-owner", "--no-privileges", "--single-transaction",
                    "--exit-on-error", "--no-password", f"--dbname={url}", str(archive)], env)
    if ran.returncode != 0:
        raise DumpFailed("pg_restore", ran.stderr,
                         "Terugzetten mislukt; de database is leeg gebleven.",
                         "The restore failed; the database was left empty.")
    return Restored(archive, pg_restore, major, len(user_tables(db, "rp")))
