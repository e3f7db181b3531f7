"""Retention and access on both stores: after a laptop with a year of follow-up moved into the
server, the purge's first cut (each candidate's stage and last contact) and a request for access
(every intake, every record id) read the same on both."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[postgres]')")

from intake_desk.storage import access as sq_access
from intake_desk.storage import retention as sq_retention
from intake_desk.storage.postgres import access as pq_access
from intake_desk.storage.postgres import retention as pq_retention

from .followup_data import TODAY, empty_server, laptop_with_followup, move_to_server


@pytest.fixture(scope="module")
def both(pg_server: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any]]:
    src = laptop_with_followup(Path(tmp_path_factory.mktemp("retention")) / "laptop.sqlite")
    dst, _report = move_to_server(src, pg_server.url)
    try:
        yield src, dst
    finally:
        empty_server(dst)
        dst.close()
        src.close()


def test_the_last_contacts_are_the_same(both: tuple[Any, Any]) -> None:
    src, dst = both
    everyone = pq_retention.last_contacts(dst)
    assert sq_retention.last_contacts(src) == everyone
    assert len(everyone) == src.execute("SELECT count(*) FROM candidates").fetchone()[0]
    for days in (30, 120, 300):
        before = TODAY - timedelta(days=days)
        lite = sq_retention.last_contacts(src, before=before)
        assert lite == pq_retention.last_contacts(dst, before=before)
        assert all(last is not None and last < before for _, _, last in lite)
    cut = pq_retention.last_contacts(dst, before=TODAY - timedelta(days=120))
    assert 0 < len(cut) < len(everyone)
    # the stage, not the intake's status: some candidates are past their intake
    assert len({stage for _, stage, _ in everyone}) >= 3


def test_a_request_for_access_reads_the_same(both: tuple[Any, Any]) -> None:
    src, dst = both
    with_plans = {r[0] for r in src.execute("SELECT candidate_id FROM plans").fetchall()}
    ids = [r[0] for r in src.execute("SELECT id FROM candidates ORDER BY id").fetchall()]
    for cid in ids[:60] + sorted(with_plans)[:20]:
        assert sq_access.intakes(src, cid) == pq_access.intakes(dst, cid)
        lite, server = sq_access.record_ids(src, cid), pq_access.record_ids(dst, cid)
        assert lite[0] == server[0] == cid and sorted(lite) == sorted(server)
        assert len(server) >= 2 + 2 * (cid in with_plans)  # candidate, intake (and plan, version)
    assert pq_access.record_ids(dst, "nobody") == ["nobody"]
