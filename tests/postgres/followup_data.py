"""One laptop with a year of sample follow-up (demo trajectories: stages, plans with funding, next
contacts, a few undos), moved into the throw-away server with `migrate-to`'s own code: the same rows
and ids on both stores, so every read of follow-up, figures, retention and access can be compared
answer for answer (tests/postgres/test_figures_parity.py, test_retention_parity.py)."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path
from typing import Any

TODAY = date(2026, 10, 1)  # the demo's "today": fixed, so the data does not depend on the clock
COUNT = 300


def laptop_with_followup(path: Path) -> Any:
    """A new SQLite database at `path` with the sample catalog and COUNT demo trajectories, and an
    undo (stage correction) for every tenth candidate with a stage change."""
    from intake_desk.catalog.sample import load_sample
    from intake_desk.demo import demo_with_trajectories, write_demo_trajectory
    from intake_desk.domain.trajectory import StageChange
    from intake_desk.storage import candidates as sq
    from intake_desk.storage import catalog, open_database
    from intake_desk.storage import followup as sq_fu

    db = open_database(path)
    sample = load_sample()
    rnd = random.Random(5)
    with db.atomic():
        catalog.save(db, sample)
        ids = []
        for record, trajectory in demo_with_trajectories(COUNT, seed=11, today=TODAY):
            cid = sq.insert(db, record).id
            write_demo_trajectory(db, cid, record, trajectory, sample, rnd)
            ids.append(cid)
        for cid in ids[::10]:
            found = sq_fu.last_undoable(db, cid)
            if found is not None and found[1].from_stage is not None:
                change_id, change, before = found
                sq_fu.append_correction(db, change_id, StageChange(
                    cid, change.to_stage, change.from_stage, TODAY, advisor_id="adv-undo"),
                    before.on if before is not None else None)
    return db


def move_to_server(src: Any, url: str) -> tuple[Any, Any]:
    """An emptied server holding `src`, moved by `migrate.move`, and the move's report. The funding
    schemes are copied as they are when the move leaves the catalog behind."""
    from intake_desk.storage.checksums import select_list
    from intake_desk.storage.postgres import connection, migrate
    from intake_desk.storage.postgres.copy import copy_rows

    dst = connection.connect(url, advisor_id="advisor-test")
    empty_server(dst)
    report = migrate.move(src, dst, leave_behind=True)
    if "funding_schemes" not in migrate.MOVED:  # the catalog moves too since session 7
        rows = src.execute(f"SELECT {select_list('funding_schemes')} FROM funding_schemes").fetchall()
        copy_rows(dst, "funding_schemes", rows)
    return dst, report


def empty_server(dst: Any) -> None:
    """Every table a move fills, emptied (before a move, and after the tests that read it, so the
    next test module finds the server as the `pg` fixture leaves it, catalog included)."""
    from intake_desk.storage.postgres import migrate

    dst.execute(f"TRUNCATE {', '.join(sorted({*migrate.MOVED, 'funding_schemes'}))} CASCADE")
