"""How long jobs report progress and learn they were cancelled, without knowing about Qt."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class Cancelled(Exception):
    """Raised inside a job when the user cancelled; the job's transaction rolls back."""


class Progress:
    """Thread-safe progress state; the GUI polls or is called back, throttled to ~20 updates/s."""

    def __init__(self, on_update: Callable[[int, int, str], None] | None = None,
                 min_interval: float = 0.05):
        self._cancel = threading.Event()
        self._on_update = on_update
        self._min_interval = min_interval
        self._last = 0.0
        self.done = 0
        self.total = 0
        self.message = ""

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def update(self, done: int, total: int | None = None, message: str | None = None) -> None:
        self.done = done
        if total is not None:
            self.total = total
        if message is not None:
            self.message = message
        now = time.monotonic()
        finished = self.total and done >= self.total
        if self._on_update and (finished or now - self._last >= self._min_interval):
            self._last = now
            self._on_update(self.done, self.total, self.message)
        self.check()


NULL = Progress()
