"""SIGKILL a process that is adding candidates, many times: every add that returned survives."""

from __future__ import annotations

import os
import random
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
from intake_desk.services import add_candidate
from intake_desk.storage import open_database
db = open_database(sys.argv[1])
for record in demo_records(100000, seed=int(sys.argv[2])):
    meta, _ = add_candidate(db, record)
    sys.stdout.write(meta.id + "\n")
    sys.stdout.flush()
"""


def _kill_runs(db_path: Path, rounds: int) -> None:
    rnd = random.Random(7)
    confirmed: list[str] = []
    for n in range(rounds):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), str(n)],
                                stdout=subprocess.PIPE)
        assert proc.stdout is not None
        fd = proc.stdout.fileno()
        os.set_blocking(fd, False)
        deadline = time.monotonic() + rnd.uniform(0.4, 1.2)
        buffer = b""
        # Read confirmations until the deadline, then kill mid-write.
        while time.monotonic() < deadline:
            try:
                buffer += os.read(fd, 65536)
            except BlockingIOError:
                time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        while True:
            try:
                chunk = os.read(fd, 65536)
            except BlockingIOError:
                break
            if not chunk:
                break
            buffer += chunk
        proc.stdout.close()
        # Only complete lines count: a half-written id was not confirmed.
        confirmed += [line.decode() for line in buffer.split(b"\n")[:-1] if line]
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
