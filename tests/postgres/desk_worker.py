"""One desk of the ten-desk run (tests/postgres/test_ten_desks.py), in a process of its own.

A desk works with the PostgreSQL store's functions only, as the app would: it adds candidates, edits
shared ones (read, think a moment, save with the revision it read: a stale save is refused with
StaleRecord and counted as a conflict) and searches. What it did is returned to the test, which then
checks the server against it: every saved edit is in the record (no lost update), every added
candidate is there once (no duplicate), and a search found each new candidate another desk announced.

`python -m tests.postgres.desk_worker kill URL CANDIDATE_ID` is the desk that is killed with -9: it
commits a few candidates (printing each id once committed), then opens a transaction that adds a
candidate and locks an existing one, prints IN-TRANSACTION and waits to be killed.
"""

from __future__ import annotations

import dataclasses
import queue
import random
import sys
import time
from dataclasses import dataclass, field
from typing import Any

from intake_desk.demo import demo_records
from intake_desk.domain import CandidateRecord, PersonName

SEARCH_WORDS = ["ba", "vri", "jan", "de", "zwo", "moh", "ver", "ams", "wil", "el"]
_LETTERS = "bcdfghjklmnpqrstvwxz"


def marker(desk: int, n: int) -> str:
    """A surname no demo record has and no other desk's marker starts with: one search word."""
    word = ""
    for value in (desk, n // 400, (n // 20) % 20, n % 20):
        word += _LETTERS[value % 20]
    return f"Tiendesk{word}"  # "tiendesk" + four letters: a prefix of no other marker


def named(record: CandidateRecord, surname: str) -> CandidateRecord:
    c = record.candidate
    return dataclasses.replace(record, candidate=dataclasses.replace(
        c, name=PersonName(first_name=c.name.first_name, tussenvoegsel="", surname=surname)))


def with_note(record: CandidateRecord, note: str) -> CandidateRecord:
    return dataclasses.replace(record, intake=dataclasses.replace(record.intake, notes=note))


@dataclass
class Tally:
    """What one desk did; the test adds the ten up and checks the server against them."""

    desk: int
    added: list[tuple[str, str]] = field(default_factory=list)  # (candidate id, marker)
    edits: list[tuple[str, int, str]] = field(default_factory=list)  # (id, new revision, token)
    conflicts: int = 0
    searches: int = 0
    seen: list[float] = field(default_factory=list)  # seconds from another desk's commit to found
    search_only: list[float] = field(default_factory=list)  # of which the search itself
    missed: list[str] = field(default_factory=list)  # announced, committed, yet not found: a fault
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def operations(self) -> int:
        return len(self.added) + len(self.edits) + self.conflicts + self.searches


def run_desk(url: str, desk: int, shared: list[str], seconds: float, announce: Any,
             results: Any, ready: Any) -> None:
    """The desk's loop; puts its Tally on `results` (also when something went wrong)."""
    from intake_desk.storage.errors import StaleRecord
    from intake_desk.storage.postgres import candidates as pq
    from intake_desk.storage.postgres import connection

    tally = Tally(desk)
    rnd = random.Random(desk)
    db = connection.connect(url, advisor_id=f"advisor-desk-{desk}")
    templates = list(demo_records(20, seed=100 + desk))
    try:
        ready.wait(timeout=120)  # all ten begin together, once every process has started
        began = time.perf_counter()
        n = 0
        while time.perf_counter() - began < seconds:
            _look_for_announced(db, pq, announce, tally)
            roll = rnd.random()
            if roll < 0.25:
                word = marker(desk, len(tally.added))
                meta = pq.insert(db, named(templates[n % len(templates)], word))
                committed = time.time()
                tally.added.append((meta.id, word))
                announce.put((word, meta.id, committed, desk))
            elif roll < 0.75:
                cid = rnd.choice(shared)
                meta, record = pq.get(db, cid)
                token = f"d{desk}n{n}"
                time.sleep(rnd.uniform(0, 0.01))  # the advisor types: another desk may save first
                try:
                    saved = pq.update(db, cid, with_note(record, f"{record.intake.notes} {token}"),
                                      expected_revision=meta.revision)
                except StaleRecord:
                    tally.conflicts += 1
                else:
                    tally.edits.append((cid, saved.revision, token))
            else:
                pq.first_page(db, pq.Filter(text=rnd.choice(SEARCH_WORDS)))
                tally.searches += 1
            n += 1
        tally.seconds = time.perf_counter() - began
        # What is still announced is looked for now, so no announcement goes unchecked.
        _look_for_announced(db, pq, announce, tally)
    except Exception as exc:  # reported to the test, which fails with it
        tally.errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        db.close()
        results.put(tally)


def _look_for_announced(db: Any, pq: Any, announce: Any, tally: Tally) -> None:
    """Take one announcement of a committed candidate (if any) and search for it at once: the
    first search started after its commit must find it."""
    try:
        word, cid, committed, desk = announce.get_nowait()
    except queue.Empty:
        return
    picked = time.time()
    page = pq.first_page(db, pq.Filter(text=word))
    found = time.time()
    tally.searches += 1
    if any(row.id == cid for row in page.rows):
        tally.seen.append(found - committed)
        tally.search_only.append(found - picked)
    else:
        tally.missed.append(f"{word} of desk {desk}")


def killed_desk(url: str, locked_id: str, committed: int = 5) -> None:
    """Commit `committed` candidates, then hang inside a transaction that adds one and edits
    `locked_id` (its row locked), until killed."""
    from intake_desk.storage.postgres import candidates as pq
    from intake_desk.storage.postgres import connection

    db = connection.connect(url, advisor_id="advisor-killed")
    records = list(demo_records(committed + 1, seed=7))
    for i, record in enumerate(records[:committed]):
        meta = pq.insert(db, named(record, f"Killtest{_LETTERS[i]}"))
        print(f"COMMITTED {meta.id}", flush=True)
    with db.atomic():
        meta = pq.insert(db, named(records[-1], "Killtestuncommitted"))
        _, record = pq.get(db, locked_id)
        pq.update(db, locked_id, with_note(record, "never saved"))
        print(f"IN-TRANSACTION {meta.id}", flush=True)
        time.sleep(600)  # killed long before


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "kill":
        killed_desk(sys.argv[2], sys.argv[3])
    else:
        sys.exit("usage: python -m tests.postgres.desk_worker kill URL CANDIDATE_ID")
