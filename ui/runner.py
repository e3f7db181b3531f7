"""The one database worker thread: all GUI data access goes through `DbRunner.submit`.

The connection is opened on the worker thread and never leaves it. A job is a plain function
`fn(db, *args, **kwargs)` from intake_desk (usually a service); its result comes back on the GUI thread
through the job's queued `finished` signal, its exception through `failed`. When a result is (or ends
with) a `Changes`, the runner also emits `changed`, so every view can ask "am I affected?".

The core's services (and sqlite_utils under them, ~100 ms of imports) are loaded by the worker when it
opens the database, not when this module is imported: the window's first frame does not wait for them.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

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


class _Worker(QObject):
    opened = Signal(object)  # None on success, else the exception
    damaged = Signal(object)  # DatabaseCorrupt found by the deferred check; the connection is closed
    core_loaded = Signal()  # the core's modules are imported; what is left of opening is SQLite's
    reopened = Signal(object)  # after the idle lock: None, or the exception

    def __init__(self, path: Path):
        super().__init__()
        self.path = path
        self.db: Any = None
        self.check_due = False
        self.locked = False  # the idle lock: jobs wait in `held` until the advisor unlocks
        self.held: list[Job] = []

    @Slot()
    def open(self) -> None:
        try:
            from intake_desk.app.opening import load_core, open_checking_later

            load_core()
            self.core_loaded.emit()
            self.db, self.check_due = open_checking_later(self.path)
            self.opened.emit(None)
            if self.check_due:
                QTimer.singleShot(CHECK_AFTER_MS, self.check_now)
        except Exception as exc:  # reported to the user by the window, which offers a way back
            log.exception("opening database failed")
            self.opened.emit(exc)

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
    def before_open(self, call: Callable[[Path], Any], future: Future[Any]) -> None:
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
        from intake_desk.app.opening import lock

        lock(self.path)

    @Slot()
    def reopen(self) -> None:
        """After the idle lock: open again without `opened`, so the views keep what they show."""
        try:
            from intake_desk.app.opening import open_checking_later

            self.db, self.check_due = open_checking_later(self.path)
        except Exception as exc:  # the unlock screen says what is wrong
            log.warning("reopening after the lock failed: %s", type(exc).__name__)
            self.reopened.emit(exc)
            return
        self.locked = False
        self.reopened.emit(None)
        held, self.held = self.held, []
        for job in held:
            self.run(job)
        if self.check_due:
            QTimer.singleShot(CHECK_AFTER_MS, self.check_now)


def _known(exc: Exception, path: Path) -> Exception:
    """A storage fault a use case did not translate (disk full, I/O error, read-only, locked) as the
    known error with its Dutch message, so the window shows that instead of a program error."""
    from intake_desk.app.backups import known_error

    return known_error(exc, path) or exc


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
    reopened = Signal(object)  # None, or the exception that stopped reopening after the lock

    def __init__(self, path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.path = path
        # Not `self.thread`: that would hide QObject.thread(), which Qt's own code may call.
        self.worker_thread = QThread()
        self.worker_thread.setObjectName("database")
        self.worker = _Worker(path)
        self.worker.moveToThread(self.worker_thread)
        self._run.connect(self.worker.run)
        self._before_open.connect(self.worker.before_open)
        self._open.connect(self.worker.open)
        self._close.connect(self.worker.close)
        self._lock.connect(self.worker.lock)
        self._reopen.connect(self.worker.reopen)
        self.worker.reopened.connect(self.reopened)
        self.worker.opened.connect(self.opened)
        self.worker.damaged.connect(self.damaged)
        self.worker.core_loaded.connect(self.core_loaded)
        self._jobs: set[Job] = set()
        self.is_open = False  # for parts built after opening, which missed `opened`
        self.opened.connect(self._note_open)
        self.reopened.connect(self._note_open)
        self.worker_thread.start()

    def _note_open(self, error: object) -> None:
        self.is_open = error is None

    def open(self) -> None:
        self._open.emit()

    def before_open(self, call: Callable[[Path], Any], timeout: float = 30.0) -> Any:
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
