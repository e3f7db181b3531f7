"""The one database worker thread: all GUI data access goes through `DbRunner.submit`.

The connection is opened on the worker thread and never leaves it. A job is a plain function
`fn(db, *args, **kwargs)` from intake_desk (usually a service); its result comes back on the GUI thread
through the job's queued `finished` signal, its exception through `failed`. When a result is (or ends
with) a `Changes`, the runner also emits `changed`, so every view can ask "am I affected?".

The core's services (and sqlite_utils under them, ~100 ms of imports) are loaded by the worker when it
opens the database, not when this module is imported: the window's first frame does not wait for them.

The database is a laptop's SQLite file (a Path) or a region's PostgreSQL server (a `postgresql://`
URL, a str: issue #19); the worker opens either through app/opening.py. Other desks on the same
server, or another program on the same file, write too: the worker polls a cheap marker
(app/concurrent.changes_marker) on its own thread, every WATCH_ACTIVE_MS while the application is
active and every WATCH_IDLE_MS otherwise, and when it changed the runner emits `changed` with
`concurrent.WATCHED`, so the views refresh as after a change of their own.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

from intake_desk.progress import Cancelled, Progress

if TYPE_CHECKING:
    from concurrent.futures import Future

log = logging.getLogger(__name__)


class Job(QObject):
    finished = Signal(object)
    failed = Signal(object)  # the exception; `traceback_text` holds the formatted trace
    progressed = Signal(int, int, str)
    cancelled = Signal()

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any],
                 with_progress: bool, before_check: bool = False, on_path: bool = False):
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.before_check = before_check
        self.on_path = on_path
        self.progress = Progress(on_update=self.progressed.emit) if with_progress else None
        self.traceback_text = ""
        self.done = False

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()


# A start that left the integrity check for later runs it after the list's first page, or after this
# long when no job asks for it sooner.
CHECK_AFTER_MS = 300

# How often the database thread asks whether another desk wrote (app/concurrent.changes_marker, well
# under a millisecond): twice a second while the advisor works in the window, so a candidate added at
# another desk shows within a second; less often while the window is in the background.
WATCH_ACTIVE_MS = 500
WATCH_IDLE_MS = 5000


def is_server(location: Path | str) -> bool:
    """A PostgreSQL URL rather than a database file (as app/opening.is_server, without importing the
    core before the first frame)."""
    return isinstance(location, str) and location.lstrip().lower().startswith(
        ("postgresql://", "postgres://"))


def shown_location(location: Path | str) -> tuple[str, str]:
    """(short, full) names of the database for the status bar and its tooltip: the file's name and
    path, or a server's host/database and its address. Never a password: a URL with one is refused
    when opening, and the address shown is rebuilt from its parts without it."""
    if not is_server(location):
        path = Path(location)
        return path.name, str(path)
    from urllib.parse import parse_qs, unquote, urlsplit

    parts = urlsplit(str(location).strip())
    given = parse_qs(parts.query).get("host", [""])[0]  # libpq also takes ?host=...
    host = unquote(parts.hostname or "") or given or "localhost"
    if host.startswith("/"):
        host = "localhost"  # a Unix socket's folder: this computer
    database = parts.path.lstrip("/") or (parts.username or "")
    user = f"{parts.username}@" if parts.username else ""
    port = f":{parts.port}" if parts.port else ""
    return f"{host}/{database}", f"postgresql://{user}{host}{port}/{database}"


class _Worker(QObject):
    opened = Signal(object)  # None on success, else the exception
    damaged = Signal(object)  # DatabaseCorrupt found by the deferred check; the connection is closed
    core_loaded = Signal()  # the core's modules are imported; what is left of opening is SQLite's
    reopened = Signal(object)  # after the idle lock: None, or the exception

    watched = Signal(object)  # the Changes another desk's commit may have made (concurrent.WATCHED)

    def __init__(self, path: Path | str):
        super().__init__()
        self.path = path
        self.server = is_server(path)
        self.db: Any = None
        self.check_due = False
        self.locked = False  # the idle lock: jobs wait in `held` until the advisor unlocks
        self.held: list[Job] = []
        self.watch_ms = WATCH_ACTIVE_MS
        self.watch_timer: QTimer | None = None  # made on the database thread, once it opened
        self.marker: object = None
        self.watch_failed = False

    @Slot()
    def open(self) -> None:
        try:
            from intake_desk.app.opening import load_core

            load_core()
            self.core_loaded.emit()
            self.db, self.check_due = self._connect()
            self._start_watching()
            self.opened.emit(None)
            if self.check_due:
                QTimer.singleShot(CHECK_AFTER_MS, self.check_now)
        except Exception as exc:  # reported to the user by the window, which offers a way back
            log.exception("opening database failed")
            self.opened.emit(exc)

    # --- other desks' changes --------------------------------------------------------------------
    def _start_watching(self) -> None:
        """Note where the database stands now, before the views read it: whatever another desk
        commits from here on changes the marker."""
        self.marker = self._read_marker()
        if self.watch_timer is None:
            self.watch_timer = QTimer()  # no parent: dropped (and deleted) on this thread in close()
            self.watch_timer.timeout.connect(self.poll)
        self.watch_timer.start(self.watch_ms)

    def _read_marker(self) -> object:
        from intake_desk.app.concurrent import changes_marker

        try:
            found = changes_marker(self.db)
        except Exception:  # a dropped connection: the next job says so; the poll tries again later
            if not self.watch_failed:
                log.warning("cannot read the change marker", exc_info=True)
            self.watch_failed = True
            return None
        self.watch_failed = False
        return found

    @Slot()
    def poll(self) -> None:
        """Another desk (or program) committed since the last look: tell the views."""
        if self.db is None or self.locked or self.check_due:
            return
        found = self._read_marker()
        if found is None or found == self.marker:
            return
        self.marker = found
        from intake_desk.app.concurrent import WATCHED

        self.watched.emit(WATCHED)

    @Slot(int)
    def set_watch_interval(self, ms: int) -> None:
        self.watch_ms = ms
        if self.watch_timer is not None and self.watch_timer.isActive():
            self.watch_timer.start(ms)

    @Slot()
    def check_now(self) -> None:
        """The integrity check a quick open left for later; runs before any job that may write."""
        if not self.check_due or self.db is None:
            return
        self.check_due = False
        from intake_desk.app.backups import check_integrity

        try:
            check_integrity(self.db)
        except Exception as exc:  # the window offers the newest good backup, as on a failed open
            log.exception("integrity check failed")
            self.db.close()
            self.db = None
            self.damaged.emit(exc)

    @Slot(object, object)
    def before_open(self, call: Callable[[Path | str], Any], future: Future[Any]) -> None:
        try:
            future.set_result(call(self.path))
        except Exception as exc:  # handed to the waiting caller
            future.set_exception(exc)

    @Slot(object)
    def run(self, job: Job) -> None:
        if self.locked and not job.on_path:
            self.held.append(job)  # run after unlocking, not refused: nothing the views asked is lost
            return
        if not job.before_check:
            self.check_now()
        try:
            if self.db is None and not job.on_path:
                from intake_desk.storage.errors import DatabaseNotOpen

                raise DatabaseNotOpen  # a known problem: the window has said why
            kwargs = dict(job.kwargs)
            if job.progress is not None:
                kwargs["progress"] = job.progress
            result = job.fn(self.path if job.on_path else self.db, *job.args, **kwargs)
        except Cancelled:
            job.done = True
            job.cancelled.emit()
            return
        except Exception as exc:
            job.traceback_text = traceback.format_exc()
            job.done = True
            job.failed.emit(_known(exc, self.path))
            return
        job.done = True
        job.finished.emit(result)
        if job.before_check:
            self.check_now()  # the rows are on their way to the screen; now the check

    @Slot()
    def close(self) -> None:
        if self.watch_timer is not None:
            # Stopped and deleted here, on the thread it belongs to (Qt refuses it from another one).
            self.watch_timer.stop()
            self.watch_timer = None
        if self.db is not None:
            self.db.close()
            self.db = None

    @Slot()
    def lock(self) -> None:
        """The idle lock (ui/dialogs/unlock.py): close the connection and drop the database key;
        jobs wait until `reopen` (jobs on the path, such as unlocking, run)."""
        self.close()
        self.check_due = False
        self.locked = True
        if self.server:
            return  # no key to drop: a server has no passphrase (its role logs in)
        from intake_desk.app.opening import lock

        lock(self.path)  # type: ignore[arg-type]

    def _connect(self) -> tuple[Any, bool]:
        """(the open handle, whether quick_check is still due). A server: no passphrase and no file to
        check; the server keeps its own data safe (TLS, roles, pg_dump; docs/postgresql.md)."""
        if self.server:
            from intake_desk.app.opening import open_server

            return open_server(str(self.path)), False
        from intake_desk.app.opening import open_checking_later

        return open_checking_later(self.path)  # type: ignore[arg-type]

    @Slot()
    def reopen(self) -> None:
        """After the idle lock: open again without `opened`, so the views keep what they show."""
        try:
            self.db, self.check_due = self._connect()
        except Exception as exc:  # the unlock screen says what is wrong
            log.warning("reopening after the lock failed: %s", type(exc).__name__)
            self.reopened.emit(exc)
            return
        self.locked = False
        # A new connection: what others wrote meanwhile is not known, so the views read again.
        self._start_watching()
        from intake_desk.app.concurrent import WATCHED

        self.watched.emit(WATCHED)
        self.reopened.emit(None)
        held, self.held = self.held, []
        for job in held:
            self.run(job)
        if self.check_due:
            QTimer.singleShot(CHECK_AFTER_MS, self.check_now)


def _known(exc: Exception, path: Path | str) -> Exception:
    """A storage fault a use case did not translate (disk full, I/O error, read-only, locked; on a
    server: unreachable, connection lost, busy) as the known error with its Dutch message, so the
    window shows that instead of a program error."""
    from intake_desk.app.backups import known_error

    return known_error(exc, shown_location(path)[1] if is_server(path) else path) or exc  # type: ignore[arg-type]


class DbRunner(QObject):
    changed = Signal(object)  # Changes
    opened = Signal(object)  # None, or the exception that stopped opening
    damaged = Signal(object)  # the integrity check after a quick open failed (DatabaseCorrupt)
    # Opening has imported the core (~100 ms of Python, which work on the GUI thread would slow down
    # through the GIL); the rest is SQLite, which leaves Python free.
    core_loaded = Signal()
    _run = Signal(object)
    _before_open = Signal(object, object)
    _open = Signal()
    _close = Signal()
    _lock = Signal()
    _reopen = Signal()
    _watch_interval = Signal(int)
    reopened = Signal(object)  # None, or the exception that stopped reopening after the lock

    def __init__(self, path: Path | str, parent: QObject | None = None):
        """`path`: the database file, or a PostgreSQL server's URL (a str, `postgresql://...`)."""
        super().__init__(parent)
        self.path = path
        self.is_server = is_server(path)
        self.shown_name, self.shown_address = shown_location(path)
        # Not `self.thread`: that would hide QObject.thread(), which Qt's own code may call.
        self.worker_thread = QThread()
        self.worker_thread.setObjectName("database")
        self.worker = _Worker(path)
        self.worker.moveToThread(self.worker_thread)
        self._run.connect(self.worker.run)
        self._before_open.connect(self.worker.before_open)
        self._open.connect(self.worker.open)
        self._close.connect(self.worker.close)
        # Also as the thread ends, on it: `quit` ends the loop without the queued `close` when a job
        # was still running, which would leave the connection and the watch timer to other threads.
        self.worker_thread.finished.connect(self.worker.close, Qt.ConnectionType.DirectConnection)
        self._lock.connect(self.worker.lock)
        self._reopen.connect(self.worker.reopen)
        self._watch_interval.connect(self.worker.set_watch_interval)
        self.worker.watched.connect(self.changed)
        self.worker.reopened.connect(self.reopened)
        self.worker.opened.connect(self.opened)
        self.worker.damaged.connect(self.damaged)
        self.worker.core_loaded.connect(self.core_loaded)
        self._jobs: set[Job] = set()
        self.is_open = False  # for parts built after opening, which missed `opened`
        self.opened.connect(self._note_open)
        self.reopened.connect(self._note_open)
        self.worker_thread.start()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._follow_application)
            self._follow_application(app.applicationState())

    def _follow_application(self, state: Qt.ApplicationState) -> None:
        """Poll often while the advisor works in the window, seldom while it is in the background."""
        active = state == Qt.ApplicationState.ApplicationActive
        self.watch_every(WATCH_ACTIVE_MS if active else WATCH_IDLE_MS)

    def watch_every(self, ms: int) -> None:
        """How often the database thread asks whether another desk wrote."""
        self._watch_interval.emit(ms)

    def _note_open(self, error: object) -> None:
        self.is_open = error is None

    def open(self) -> None:
        self._open.emit()

    def before_open(self, call: Callable[[Path | str], Any], timeout: float = 30.0) -> Any:
        """Run call(path) on the database thread before the database is opened, and wait for it.

        For start-up only, while there is no window to freeze: what must be known before the first
        widget is built (the interface language) is read here, through the one door and on the one
        database thread. Exceptions are raised here.
        """
        from concurrent.futures import Future  # only a start without the interface cache waits

        future: Future[Any] = Future()
        self._before_open.emit(call, future)
        return future.result(timeout)

    def submit(self, fn: Callable[..., Any], *args: Any, progress: bool = False,
               before_check: bool = False, on_path: bool = False, **kwargs: Any) -> Job:
        """Queue fn(db, *args, **kwargs) on the database thread; connect to the returned job.

        `before_check=True` is for a read that may run before the integrity check a quick open left
        for later (the list's first page); every other job runs after it. `on_path=True` calls
        fn(path, ...) instead, also when no database is open: for putting back a backup after a
        failed open, off the GUI thread.
        """
        job = Job(fn, args, kwargs, progress, before_check, on_path)
        self._jobs.add(job)
        job.finished.connect(lambda result, j=job: self._settle(j, result))
        job.failed.connect(lambda _exc, j=job: self._jobs.discard(j))
        job.cancelled.connect(lambda j=job: self._jobs.discard(j))
        # Hand the job over only once control is back in the event loop, so the caller's
        # connections to finished/failed exist before the worker can emit them.
        QTimer.singleShot(0, lambda: self._run.emit(job))
        return job

    def _settle(self, job: Job, result: Any) -> None:
        from intake_desk.domain.changes import Changes  # loaded by the worker before any job could finish

        self._jobs.discard(job)
        changes = result if isinstance(result, Changes) else (
            result[-1] if isinstance(result, tuple) and result and isinstance(result[-1], Changes)
            else None)
        if changes is not None:
            self.changed.emit(changes)

    def lock(self) -> None:
        """Close the connection and drop the key on the database thread (after queued jobs)."""
        self._lock.emit()

    def reopen(self) -> None:
        self._reopen.emit()

    def stop(self) -> None:
        """Close the connection on its own thread, then end the thread."""
        if self.worker_thread.isRunning():
            self._close.emit()
            self.worker_thread.quit()
            self.worker_thread.wait(10_000)
