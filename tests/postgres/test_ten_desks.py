"""Several desks at once on one server (issue #19): ten processes adding, editing and searching, and a
desk killed with -9 in the middle of a transaction.

The short run (ten desks for 10 s) is part of `make test`; the full minute of the issue is marked
slow (`make test-slow`). What must hold, checked on the server afterwards against what each desk
says it did (tests/postgres/desk_worker.py):
- no lost update: every edit a desk saved is in the candidate's record, in the order of the
  revisions, and a save based on an old revision was refused (StaleRecord: a conflict);
- no duplicate: every added candidate is there exactly once, and nothing else was added;
- a search finds a new candidate another desk committed: the first search after the commit, and
  within a second of it.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[postgres]')")

from intake_desk.demo import demo_records
from intake_desk.storage.errors import RecordNotFound
from intake_desk.storage.postgres import candidates as pq

from .desk_worker import Tally, named, run_desk

DESKS = 10
SHARED = 12  # candidates every desk edits: few, so desks often edit the same one at once
ROOT = Path(__file__).resolve().parents[2]


def _ten_desks(url: str, pg: Any, seconds: float) -> dict[str, Any]:
    # id -> the notes it started with (the sample's own text), which every edit appends to
    shared = {pq.insert(pg, named(r, f"Gedeeld{chr(97 + i)}")).id: r.intake.notes
              for i, r in enumerate(demo_records(SHARED, seed=19))}
    ctx = multiprocessing.get_context("spawn")  # no psycopg connection inherited by a fork
    announce, results = ctx.Queue(), ctx.Queue()
    ready = ctx.Barrier(DESKS)
    desks = [ctx.Process(target=run_desk, args=(url, d, list(shared), seconds, announce, results, ready))
             for d in range(DESKS)]
    for p in desks:
        p.start()
    try:
        tallies: list[Tally] = [results.get(timeout=seconds + 180) for _ in desks]
    finally:
        for p in desks:
            p.join(timeout=30)
            if p.is_alive():
                p.kill()
    assert not [e for t in tallies for e in t.errors], [e for t in tallies for e in t.errors]
    leftover = []
    while True:
        try:
            leftover.append(announce.get(timeout=0.5))
        except queue.Empty:
            break
    return {"shared": shared, "tallies": tallies, "leftover": leftover}


def _check(pg: Any, run: dict[str, Any], *, within: float) -> dict[str, float]:
    tallies: list[Tally] = run["tallies"]
    shared: dict[str, str] = run["shared"]

    # No duplicate: each added candidate once, under its own marker, and nothing else added.
    added = [a for t in tallies for a in t.added]
    assert len({cid for cid, _ in added}) == len(added)
    stored = Counter(r[0] for r in pg.fetchall("SELECT surname FROM candidates"))
    assert all(stored[word] == 1 for _, word in added)
    assert sum(stored.values()) == SHARED + len(added)
    assert pg.scalar("SELECT count(*) FROM intakes") == SHARED + len(added)  # one intake each
    for cid, word in added:
        meta, record = pq.get(pg, cid)  # verifies the checksum
        assert record.candidate.name.surname == word and meta.revision == 1

    # No lost update: per candidate, the saved edits hold revisions 2, 3, ... without a gap or a
    # double, and its notes hold every saved edit's token in that order.
    edits: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for t in tallies:
        for cid, revision, token in t.edits:
            edits[cid].append((revision, token))
    for cid, first_notes in shared.items():
        mine = sorted(edits[cid])
        meta, record = pq.get(pg, cid)
        assert [r for r, _ in mine] == list(range(2, meta.revision + 1)), cid
        assert record.intake.notes.split() == [*first_notes.split(), *(t for _, t in mine)], cid
    total_edits = sum(len(e) for e in edits.values())
    audit = Counter(pg.fetchall("SELECT action, entity FROM audit"))
    assert audit[("update", "candidate")] == total_edits
    assert audit[("create", "candidate")] == SHARED + len(added)

    # A search saw every announced candidate, the first time it looked after the commit.
    missed = [m for t in tallies for m in t.missed]
    assert not missed, missed
    for word, cid, _, _ in run["leftover"]:  # announced near the end, not taken by a desk in time
        assert [r.id for r in pq.first_page(pg, pq.Filter(text=word)).rows] == [cid]
    seen = sorted(s for t in tallies for s in t.seen)
    assert seen, "no desk searched for another desk's new candidate"
    conflicts = sum(t.conflicts for t in tallies)
    assert conflicts > 0, "no two desks edited the same candidate at once: the run proves nothing"
    seconds = max(t.seconds for t in tallies)
    figures = {
        "operations_per_second": sum(t.operations for t in tallies) / seconds,
        "added": len(added), "edits_saved": total_edits, "conflicts": conflicts,
        "searches": sum(t.searches for t in tallies), "new_found": len(seen),
        "max_search_delay_s": seen[-1], "p95_search_delay_s": seen[int(0.95 * (len(seen) - 1))],
        "max_search_s": max(s for t in tallies for s in t.search_only),
    }
    print("\nten desks:", {k: round(v, 3) if isinstance(v, float) else v for k, v in figures.items()})
    # The delay includes the time the finding desk was still busy with its own save (which may wait
    # for another desk's row lock) and the machine's load: the second is held in the full
    # run; `make test`, on a machine that may be busy with other tests, allows twice that.
    assert seen[-1] < within, f"a new candidate was found only after {seen[-1]:.2f} s"
    return figures


def test_ten_desks_for_ten_seconds(pg_server: Any, pg: Any) -> None:
    _check(pg, _ten_desks(pg_server.url, pg, 10.0), within=2.0)


@pytest.mark.slow
def test_ten_desks_for_a_minute(pg_server: Any, pg: Any) -> None:
    _check(pg, _ten_desks(pg_server.url, pg, 60.0), within=1.0)


def test_a_desk_killed_mid_transaction_loses_nothing_committed(pg_server: Any, pg: Any) -> None:
    locked = pq.insert(pg, next(demo_records(1, seed=3)))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    desk = subprocess.Popen([sys.executable, "-m", "tests.postgres.desk_worker", "kill",
                             pg_server.url, locked.id], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    committed: list[str] = []
    uncommitted = ""
    try:
        assert desk.stdout is not None
        deadline = time.monotonic() + 120
        for line in desk.stdout:
            what, _, cid = line.strip().partition(" ")
            if what == "COMMITTED":
                committed.append(cid)
            elif what == "IN-TRANSACTION":
                uncommitted = cid
                break
            assert time.monotonic() < deadline
        assert uncommitted, desk.stderr.read() if desk.stderr else "the desk said nothing"
        os.kill(desk.pid, signal.SIGKILL)
        assert desk.wait(timeout=30) == -signal.SIGKILL
    finally:
        if desk.poll() is None:
            desk.kill()
            desk.wait()

    assert len(committed) == 5
    for cid in committed:  # everything committed is there and verifies
        meta, record = pq.get(pg, cid)
        assert meta.revision == 1 and record.candidate.name.surname.startswith("Killtest")
    # The open transaction left no trace: no candidate, no intake, no audit line, no edit.
    with pytest.raises(RecordNotFound):
        pq.get(pg, uncommitted)
    assert pg.scalar("SELECT count(*) FROM intakes WHERE candidate_id = %s", [uncommitted]) == 0
    assert pg.scalar("SELECT count(*) FROM audit WHERE entity_id = %s", [uncommitted]) == 0
    assert pg.scalar("SELECT count(*) FROM audit WHERE action = 'create'") == 6  # 5 + `locked`
    assert pg.scalar("SELECT count(*) FROM candidates WHERE surname = 'Killtestuncommitted'") == 0
    meta, record = pq.get(pg, locked.id)
    assert meta.revision == 1 and record.intake.notes != "never saved"
    # The killed desk's row lock went with its connection: another desk can save the candidate.
    pg.execute("SET lock_timeout = '10s'")
    saved = pq.update(pg, locked.id, record, expected_revision=1)
    assert saved.revision == 2
