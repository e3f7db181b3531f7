"""The candidate search on PostgreSQL (issue #19) with 100,000 candidates: the store's first page
(`storage/postgres/candidates.first_page`, what the list asks for as the advisor types) beside the
same match in raw SQL, on a throw-away server (storage/postgres/testserver.py).

Targets (issue #19): p95 <= 50 ms and <= 3x raw.

What is measured, so the ratio stays honest:
- store: `first_page(Filter(text=q))`: the count that chooses the plan, the page of 200 rows with
  every column (each row's checksum verified in Python) and the total.
- raw: `SELECT id FROM candidates WHERE search @@ to_tsquery('intake_names', q)` run to the last row:
  every match, as bench_desk's raw FTS5 query fetches every matching rowid.
- raw page: the store's own page query (same SQL, same plan settings) sent by hand, without the
  estimate that chose the plan, the total and the rows' decoding and checksums: what the store's
  layer costs on top of its SQL.
- planner's own page: the same page query without the estimate-first choice, as PostgreSQL plans it
  by itself (the trap issue #19 describes), for comparison only.
Same connection, same server, one process; 20 queries x 3 rounds after a warm-up round. The server
runs with fsync off (a test server), which does not change reads.
"""

from __future__ import annotations

import statistics
import time
from typing import Any

N = 100_000
QUERIES = ["ba", "vri", "utr", "jan", "el", "zwo", "yil", "boe", "moh", "ver", "de", "ams", "fat",
           "kov", "ter", "rot", "has", "ng", "sit", "wil"]
ROUNDS = 3


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _seed(db: Any) -> float:
    from intake_desk.demo import demo_records
    from intake_desk.storage import candidates as repo
    from intake_desk.storage.checksums import COLUMNS, seal
    from intake_desk.storage.postgres.copy import copy_rows

    base = [repo._columns(r) for r in demo_records(2000, seed=7)]  # as bench_desk seeds SQLite
    inst = db.installation_id
    t0 = time.perf_counter()

    def rows() -> Any:
        for n in range(N):
            row = {"id": f"bench-{n:06d}", "revision": 1, "created_at": "2026-01-01T00:00:00",
                   "updated_at": "2026-01-01T00:00:00", "installation_id": inst} | base[n % len(base)]
            sealed = seal("candidates", row)
            yield [sealed[c] for c in (*COLUMNS["candidates"], "checksum")]

    copy_rows(db, "candidates", rows())
    db.execute("VACUUM ANALYZE candidates")  # what autovacuum does on a server after a bulk load
    return time.perf_counter() - t0


def _timed(fn: Any) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def main() -> None:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        print("skipped: psycopg is not installed (pip install -e '.[postgres]')")
        return
    from intake_desk.storage.postgres import candidates as pq
    from intake_desk.storage.postgres import connection, schema, testserver
    from intake_desk.storage.postgres.schema import CONFIG

    try:
        server = testserver.start()
    except testserver.Unavailable as exc:
        print(f"skipped: no PostgreSQL test server: {exc}")
        return
    try:
        db = connection.connect(server.url)
        version = db.scalar("SHOW server_version")
        print(f"PostgreSQL {version}, test server started in {server.started_in:.1f} s")
        schema.migrate(db)
        print(f"seeded {N} candidates (COPY, generated tsvector, GIN) in {_seed(db):.1f} s")

        def store(q: str) -> None:
            pq.first_page(db, pq.Filter(text=q))

        def raw(q: str) -> None:
            db.fetchall(f"SELECT id FROM candidates WHERE search @@ to_tsquery('{CONFIG}', %s)",
                        [pq.ts_query(q)])

        plans = {q: pq._plan(db, pq.estimate(db, pq.Filter(text=q)), None) for q in QUERIES}
        match = f"search @@ to_tsquery('{CONFIG}', %s)"
        sort_sql = (f"WITH page AS (SELECT id, sort_key FROM candidates WHERE {match}"
                    " ORDER BY sort_key, id LIMIT 200) SELECT c.* FROM page JOIN candidates c"
                    " ON c.id = page.id ORDER BY page.sort_key, page.id")
        walk_sql = f"SELECT * FROM candidates WHERE {match} ORDER BY sort_key, id LIMIT 200"

        def raw_page(q: str) -> None:
            with db.conn.transaction(force_rollback=True):
                for setting in plans[q] or ():
                    db.execute(setting)
                db.fetchall(sort_sql if plans[q] is pq._SORT else walk_sql, [pq.ts_query(q)])

        def planner(q: str) -> None:
            db.fetchall("SELECT * FROM candidates WHERE search @@ to_tsquery(%s::regconfig, %s)"
                        " ORDER BY sort_key, id LIMIT 200", [CONFIG, pq.ts_query(q)])

        samples: dict[str, list[float]] = {"store": [], "raw": [], "raw_page": [], "planner": []}
        per_query: dict[str, list[float]] = {q: [] for q in QUERIES}
        for round_ in range(ROUNDS + 1):
            for q in QUERIES:
                times = {"store": _timed(lambda q=q: store(q)), "raw": _timed(lambda q=q: raw(q)),
                         "raw_page": _timed(lambda q=q: raw_page(q)),
                         "planner": _timed(lambda q=q: planner(q))}
                if round_:  # the first round warms the caches
                    for name, ms in times.items():
                        samples[name].append(ms)
                    per_query[q].append(times["store"])
        for name, label in (("store", "store first_page"), ("raw", "raw match (all ids)"),
                            ("raw_page", "raw page, same plan"), ("planner", "planner's own page")):
            v = samples[name]
            print(f"{label:22} p50 {statistics.median(v):6.1f} ms  p95 {_pct(v, 95):6.1f} ms"
                  f"  max {max(v):6.1f} ms")
        ratio = _pct(samples["store"], 95) / _pct(samples["raw"], 95)
        print(f"store / raw at p95: {ratio:.2f}x (target <= 3x; p95 target <= 50 ms); store / raw page"
              f" at p95: {_pct(samples['store'], 95) / _pct(samples['raw_page'], 95):.2f}x")
        worst = sorted(per_query, key=lambda q: -max(per_query[q]))[:3]
        print("slowest queries (store, max ms): " + ", ".join(
            f"{q!r} {max(per_query[q]):.1f} ({pq.text_matches(db, q)} matches)" for q in worst))
        db.close()
    finally:
        server.stop()


if __name__ == "__main__":
    main()
