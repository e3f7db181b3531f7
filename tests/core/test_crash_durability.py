"""SIGKILL a process that is adding candidates, many times: every add that returned survives."""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from intake_desk.storage import integrity_problems, open_database

WRITER = r"""
import sys
from intake_desk.demo import demo_records
from intake_desk.app.candidates import add_candidate
from intake_desk.storage import open_database
db = open_database(sys.argv[1])
records = demo_records(100000, seed=int(sys.argv[2]))
sys.stdout.write("ready\n")  # imports done and the database open: the adds start now
sys.stdout.flush()
for record in records:
    meta, _ = add_candidate(db, record)
    sys.stdout.write(meta.id + "\n")
    sys.stdout.flush()
"""

# A loaded machine (8 helpers on 2 cores) can take many seconds to start a child; that is waited for,
# not guessed. The kill then comes after a random number of confirmed adds, while the next is written.
START_TIMEOUT_S = 120
ADD_TIMEOUT_S = 60


class _Lines:
    """Complete lines from a child's stdout, waiting with select (no fixed sleeps)."""

    def __init__(self, fd: int):
        self.fd, self.buffer = fd, b""
        self.lines: list[str] = []

    def read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        chunk = os.read(self.fd, 65536)
        if not chunk:
            return False
        self.buffer += chunk
        *done, self.buffer = self.buffer.split(b"\n")
        self.lines += [line.decode() for line in done if line]
        return True

    def wait_for(self, count: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while len(self.lines) < count:
            left = deadline - time.monotonic()
            if left <= 0 or not self.read(left):
                raise AssertionError(f"the writer gave {len(self.lines)} of {count} lines")


def _kill_runs(db_path: Path, rounds: int) -> None:
    rnd = random.Random(7)
    confirmed: list[str] = []
    for n in range(rounds):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), str(n)],
                                stdout=subprocess.PIPE)
        assert proc.stdout is not None
        lines = _Lines(proc.stdout.fileno())
        try:
            lines.wait_for(1, START_TIMEOUT_S)
            assert lines.lines[0] == "ready"
            lines.wait_for(1 + rnd.randint(1, 25), ADD_TIMEOUT_S)
        finally:
            proc.send_signal(signal.SIGKILL)  # mid-write: the child adds as fast as it can
            proc.wait()
        while lines.read(0):  # what the child confirmed before it died
            pass
        proc.stdout.close()
        # Only complete lines count: a half-written id was not confirmed.
        confirmed += lines.lines[1:]
    db = open_database(db_path)
    present = {r[0] for r in db.execute("SELECT id FROM candidates")}
    missing = [i for i in confirmed if i not in present]
    assert confirmed, "the writer never confirmed an add"
    assert missing == []
    assert integrity_problems(db) == []


def test_sigkill_never_loses_a_confirmed_add(db_path):
    _kill_runs(db_path, rounds=12)


@pytest.mark.slow
def test_sigkill_many_rounds(db_path):
    _kill_runs(db_path, rounds=80)
