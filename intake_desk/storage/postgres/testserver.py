"""A throw-away PostgreSQL server for the parity tests and the bench: never for advisors' data.

Which server: Debian's own `postgresql` package (`packaging/system-deps.sh test` installs it as an
optional package when run as root, as `make test` and CI do), not a server shipped in a wheel. It is
the PostgreSQL an IT department runs (Debian 12: version 15, with security updates), its contrib
modules (`unaccent`) are part of it, and nothing outside Debian's archive is fetched. A developer
without it (or not root) sees the PostgreSQL tests skipped with the reason, never failed.

`INTAKE_DESK_TEST_PG=postgresql://...` points the tests at a server that is already running instead
(a database of that name is dropped and created: give it one of its own).

The server started here lives in a fresh folder of its own, listens on a Unix socket in that folder
only (no TCP port, so nothing else on the machine can reach it and no port can clash), trusts its
one local user, and runs with fsync off: fast and disposable. PostgreSQL refuses to run as root
(initdb: "cannot be run as root"), so as root the folder is given to the `postgres` user Debian's
package creates (else `nobody`) and the server's programs run as that user through `runuser`.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ENV_URL = "INTAKE_DESK_TEST_PG"
ENV_BINDIR = "INTAKE_DESK_PG_BINDIR"
USER = "intake"  # the server's one role; trusted on its own socket, so it needs no password
DATABASE = "intake_test"


class Unavailable(RuntimeError):
    """No test server can run here; the message says why and what to install (it is the skip reason)."""


def _has_server(bindir: Path) -> bool:
    return all((bindir / p).is_file() for p in ("initdb", "pg_ctl", "postgres"))


def bindir() -> Path:
    """Where initdb, pg_ctl and postgres are: $INTAKE_DESK_PG_BINDIR, Debian's newest version, or PATH."""
    wanted = os.environ.get(ENV_BINDIR)
    if wanted:
        if _has_server(Path(wanted)):
            return Path(wanted)
        raise Unavailable(f"{ENV_BINDIR}={wanted} holds no initdb, pg_ctl and postgres")
    # Debian and Ubuntu keep each major version apart; the newest installed one is used.
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                      key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0)
    for found in reversed(versions):
        if _has_server(Path(found)):
            return Path(found)
    initdb = shutil.which("initdb")
    if initdb and _has_server(Path(initdb).resolve().parent):
        return Path(initdb).resolve().parent
    raise Unavailable("no PostgreSQL server programs (initdb, postgres) on this machine: as root,"
                      " `sh packaging/system-deps.sh test` installs Debian's postgresql package")


def _psycopg_missing() -> str | None:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed: pip install -e '.[postgres]' (part of '.[dev]')"
    return None


@dataclass
class TestServer:
    """A started server (or an existing one named by $INTAKE_DESK_TEST_PG); `url` names its database."""

    url: str
    folder: Path | None = None  # ours to remove; None for a server we did not start
    _run_as: Sequence[str] = field(default=())
    _bindir: Path | None = None
    started_in: float = 0.0  # seconds from nothing to accepting connections
    ca: Path | None = None  # with tls: the server's self-signed certificate, to verify it by
    port: int = 0  # with tls: its TCP port on 127.0.0.1

    __test__ = False  # not a pytest test class, despite its name

    def stop(self) -> None:
        if self.folder is None or self._bindir is None:
            return
        subprocess.run([*self._run_as, str(self._bindir / "pg_ctl"), "stop", "-D",
                        str(self.folder / "data"), "-m", "immediate", "-s"],
                       capture_output=True, timeout=60, check=False)
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None


def _runner() -> tuple[list[str], pwd.struct_passwd | None]:
    """The prefix that runs a server program as a non-root user, and that user (None: ourselves)."""
    if os.geteuid() != 0:
        return [], None
    runuser = shutil.which("runuser")
    if runuser is None:
        raise Unavailable("running as root without runuser, and PostgreSQL refuses to run as root")
    for name in ("postgres", "nobody"):
        try:
            user = pwd.getpwnam(name)
        except KeyError:
            continue
        return [runuser, "-u", name, "--"], user
    raise Unavailable("running as root and no 'postgres' or 'nobody' user to run the server as")


def _existing(url: str) -> TestServer:
    """A fresh database on a server someone else runs ($INTAKE_DESK_TEST_PG)."""
    import psycopg
    from psycopg import sql

    from .connection import url_parts

    parts = url_parts(url)
    name = parts.get("dbname") or DATABASE
    admin = psycopg.conninfo.make_conninfo(url, dbname="postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'").format(
            sql.Identifier(name)))
    return TestServer(psycopg.conninfo.make_conninfo(url, dbname=name))


def start(timeout: float = 60.0, *, tls: bool = False) -> TestServer:
    """A running server with an empty database `intake_test`, or Unavailable naming why not.

    `tls`: also listen on 127.0.0.1 (a free port) with TLS on, with a self-signed certificate for
    `localhost` made here (`TestServer.ca` names it); `url` then connects over TCP with TLS required.
    """
    missing = _psycopg_missing()
    if missing:
        raise Unavailable(missing)
    if os.environ.get(ENV_URL):
        return _existing(os.environ[ENV_URL])
    began = time.perf_counter()
    bins = bindir()
    run_as, user = _runner()
    # Not under pytest's tmp_path: as root that lies in a 0700 folder the server's user cannot enter.
    folder = Path(tempfile.mkdtemp(prefix="intake-desk-pg-"))
    server = TestServer("", folder, run_as, bins)
    try:
        if user is not None:
            os.chown(folder, user.pw_uid, user.pw_gid)
        data = folder / "data"
        _run([*run_as, str(bins / "initdb"), "-D", str(data), "-U", USER, "-A", "trust",
              "-E", "UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions"], timeout)
        options = (f"-k {folder} -c listen_addresses='' -c fsync=off -c synchronous_commit=off"
                   " -c full_page_writes=off -c max_connections=40")
        if tls:
            server.ca = _certificate(folder, run_as, timeout)
            server.port = _free_port()
            options += (f" -c listen_addresses=127.0.0.1 -p {server.port} -c ssl=on"
                        f" -c ssl_cert_file={server.ca} -c ssl_key_file={folder / 'server.key'}")
        _run([*run_as, str(bins / "pg_ctl"), "start", "-D", str(data), "-w", "-t", str(int(timeout)),
              "-s", "-l", str(folder / "server.log"), "-o", options], timeout)
        port = f"&port={server.port}" if server.port else ""
        _run([*run_as, str(bins / "createdb"), "-h", str(folder), "-p", str(server.port or 5432),
              "-U", USER, DATABASE], timeout)
        server.url = f"postgresql://{USER}@/{DATABASE}?host={folder}{port}"
        if tls:
            server.url = (f"postgresql://{USER}@localhost:{server.port}/{DATABASE}"
                          f"?sslmode=verify-full&sslrootcert={server.ca}")
    except Exception as exc:
        log_file = folder / "server.log"
        log_tail = log_file.read_text(errors="replace")[-600:] if log_file.exists() else ""
        server.stop()
        if log_tail:
            raise Unavailable(f"the test server did not start: {log_tail}") from exc
        if isinstance(exc, OSError | subprocess.SubprocessError):  # no right to chown, a hung program
            raise Unavailable(f"the test server could not be set up: {exc}") from exc
        raise
    except BaseException:  # interrupted: leave nothing running
        server.stop()
        raise
    server.started_in = time.perf_counter() - began
    return server


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _certificate(folder: Path, run_as: Sequence[str], timeout: float) -> Path:
    """A self-signed certificate for localhost (and its key, readable by the server's user only)."""
    openssl = shutil.which("openssl")
    if openssl is None:
        raise Unavailable("no openssl to make the TLS test server's certificate")
    crt, key = folder / "server.crt", folder / "server.key"
    _run([*run_as, openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
          "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
          "-keyout", str(key), "-out", str(crt)], timeout)
    return crt


def _run(command: list[str], timeout: float) -> None:
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0:
        program = Path(command[command.index("--") + 1] if "--" in command else command[0]).name
        raise Unavailable(f"{program} failed ({done.returncode}): {(done.stderr or done.stdout)[-600:]}")
