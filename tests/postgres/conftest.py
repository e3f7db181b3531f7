"""PostgreSQL fixtures: one throw-away server per test session, started when it can be, else every
PostgreSQL test is skipped with the reason (intake_desk/storage/postgres/testserver.py says which
server and why; `INTAKE_DESK_TEST_PG=postgresql://...` uses a running one instead)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

_TABLES = "candidates, intakes, plans, plan_versions, tombstones, audit, drafts, settings"
# pg004_merge: merge state, consent events, bundle keys; `merge_clocks` too, so every test starts
# with its installations' counters at 0 (schema_merge.py)
_TABLES += (", consent_events, merge_state, merge_siblings, merge_resolved, merge_notices,"
            " merge_duplicates, merge_peers, merge_audit_origin, merge_plan_versions, merge_clocks,"
            " merge_seen, bundle_own_keys, bundle_peers")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Any]:
    from intake_desk.storage.postgres import testserver

    try:
        server = testserver.start()
    except testserver.Unavailable as exc:
        pytest.skip(f"no PostgreSQL test server: {exc}")
    try:
        from intake_desk.storage.postgres import connection, schema

        db = connection.connect(server.url)
        schema.migrate(db)
        db.close()
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg(pg_server: Any) -> Iterator[Any]:
    """The migrated store, emptied for this test (TRUNCATE: much faster than a new database)."""
    from intake_desk.storage.postgres import connection

    db = connection.connect(pg_server.url, advisor_id="advisor-test")
    db.execute(f"TRUNCATE {_TABLES} CASCADE")
    yield db
    db.close()
