"""Candidate use cases: add, update, delete, sample candidates; each one transaction that says what it
changed (`Changes`).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ..domain import CandidateRecord
from ..domain.changes import Changes
from ..domain.record import RecordMeta
from ..progress import NULL, Progress
from ..storage import backup_before_write, known_errors, location
from ..storage.store import NotOnServer, store_of

if TYPE_CHECKING:
    from ..storage.store import Handle

log = logging.getLogger(__name__)


def add_candidate(db: Handle, record: CandidateRecord, advisor_id: str | None = None
                  ) -> tuple[RecordMeta, Changes]:
    with known_errors(location(db)), db.atomic():
        meta = store_of(db).candidates.insert(db, record, advisor_id=advisor_id)
    return meta, Changes(candidates=frozenset({meta.id}), candidate_list=True)


def update_candidate(db: Handle, candidate_id: str, record: CandidateRecord,
                     expected_revision: int | None = None, advisor_id: str | None = None
                     ) -> tuple[RecordMeta, Changes]:
    with known_errors(location(db)), db.atomic():
        meta = store_of(db).candidates.update(db, candidate_id, record,
                                     expected_revision=expected_revision, advisor_id=advisor_id)
    return meta, Changes(candidates=frozenset({candidate_id}), candidate_list=True)


def save_record(db: Handle, candidate_id: str | None, record: CandidateRecord,
                expected_revision: int | None = None, draft_id: str | None = None,
                advisor_id: str | None = None) -> tuple[RecordMeta, Changes]:
    """Save the form's record (a new candidate when `candidate_id` is None) and drop its draft, in one
    transaction: either both happen or neither, so a failed save never loses the advisor's draft."""
    store = store_of(db)
    with known_errors(location(db)), db.atomic():
        if candidate_id is None:
            meta = store.candidates.insert(db, record, advisor_id=advisor_id)
        else:
            meta = store.candidates.update(db, candidate_id, record,
                                           expected_revision=expected_revision, advisor_id=advisor_id)
        if draft_id:
            store.drafts.delete(db, draft_id)
    return meta, Changes(candidates=frozenset({meta.id}), candidate_list=True)


def delete_candidate(db: Handle, candidate_id: str, advisor_id: str | None = None) -> Changes:
    """Erase the person (an AVG erasure request; the app's delete and `intake-desk candidate delete`):
    every row of theirs, their words in the search index, and, after the commit, the WAL's old pages
    (storage/erasure.py). The tombstone keeps only the id, so a restore or merge does not bring them
    back."""
    store = store_of(db)
    with known_errors(location(db)), db.atomic():
        store.candidates.delete(db, candidate_id, advisor_id=advisor_id)
    try:  # a server has no WAL file of ours: its old row versions are VACUUM's (docs/postgresql.md)
        store.erasure.flush_wal(db)
    except NotOnServer:
        log.info("erasure: no flush on this server yet (storage/postgres/erasure.py)")
    return Changes(candidates=frozenset({candidate_id}), candidate_list=True, plans=frozenset(
        {candidate_id}), followup=True)


def add_demo_candidates(db: Handle, count: int, progress: Progress = NULL, seed: int = 2026
                        ) -> Changes:
    """Add `count` realistic sample candidates in one transaction (all or none), with plausible
    trajectories over the past year (stages, plans, next contacts; demo.demo_with_trajectories)."""
    import random

    from ..demo import demo_with_trajectories, write_demo_trajectory
    from .routes import load_catalog

    backup_before_write(db, "voor-demo")
    ids: set[str] = set()
    catalog = load_catalog(db)
    rnd = random.Random(seed + 2)
    store = store_of(db)
    with known_errors(location(db)), db.atomic():
        for n, (record, trajectory) in enumerate(demo_with_trajectories(count, seed=seed), 1):
            cid = store.candidates.insert(db, record).id
            write_demo_trajectory(db, cid, record, trajectory, catalog, rnd)
            ids.add(cid)
            progress.update(n, count)
    return Changes(candidates=frozenset(ids), candidate_list=True, plans=frozenset(ids),
                   followup=True)

