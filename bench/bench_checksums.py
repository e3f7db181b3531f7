"""What record checksums cost (issue 13): on add and on a list page, with 100,000 candidates stored.

Beside raw SQLite on the same database and connection:
- add: one candidate row written in its own transaction (synchronous=FULL, as the desk commits), as a
  bare INSERT of the stored columns and as the same INSERT with the checksum computed and stored; and
  the same 2,000 rows in one transaction (no fsync per row: the CPU cost shows). The whole add the desk
  does (candidate, intake, audit) is timed too, with the checksum's share of it.
- list page: the first page of 200 (everyone; and the search "de"), as the desk reads it (every column,
  every row verified) beside a bare SELECT of the ten shown columns without verification.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

N = int(os.environ.get("BENCH_CHECKSUM_N", "100000"))
ADDS = 200
REPEATS = 30


def _ms(values: list[float]) -> str:
    return f"p50 {statistics.median(values) * 1000:7.3f} ms"


def main() -> None:
    from intake_desk.app.candidates import add_candidate
    from intake_desk.demo import demo_records
    from intake_desk.storage import candidates as repo
    from intake_desk.storage import open_database
    from intake_desk.storage.checksums import COLUMNS, digest, seal
    from intake_desk.storage.database import installation_id

    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.sqlite")
        inst = installation_id(db)
        base = list(demo_records(2000, seed=7))

        def row(n: int, prefix: str) -> dict[str, Any]:
            r = {"id": f"{prefix}-{n:06d}", "revision": 1, "created_at": "2026-01-01T00:00:00",
                 "updated_at": "2026-01-01T00:00:00", "installation_id": inst}
            r.update(repo._columns(base[n % len(base)]))
            return r

        t0 = time.perf_counter()
        with db.atomic():
            db.table("candidates").insert_all((seal("candidates", row(n, "seed")) for n in range(N)),
                                              batch_size=90)
        print(f"seeded {N} candidates in {time.perf_counter() - t0:.1f} s")

        columns = [*COLUMNS["candidates"], "checksum"]
        sql = (f"INSERT INTO candidates ({', '.join(columns)}) "
               f"VALUES ({', '.join('?' * len(columns))})")

        # The rows are made before the clock starts; only the checksum is computed inside it.
        made = {prefix: [[row(n, prefix)[c] for c in COLUMNS["candidates"]] for n in range(2000)]
                for prefix in ("raw", "sealed", "rawb", "sealedb")}

        def bare(n: int, prefix: str) -> list[Any]:
            return [*made[prefix][n], None]  # no checksum: what an unsealed write costs

        def sealed(n: int, prefix: str) -> list[Any]:
            values = made[prefix][n]
            return [*values, digest(values)]

        # One add per transaction, alternating so both see the same page cache and disk.
        raw_t: list[float] = []
        seal_t: list[float] = []
        for n in range(ADDS):
            for make, times, prefix in ((bare, raw_t, "raw"), (sealed, seal_t, "sealed")):
                t = time.perf_counter()
                with db.conn:
                    db.conn.execute(sql, make(n, prefix))
                times.append(time.perf_counter() - t)
        # The same rows in one transaction: no fsync per row, so the CPU share of the checksum shows.
        # Best of 3 rounds each, alternating (the machine's other work is noise; the cheapest round
        # is the closest to the cost itself); each round's rows are deleted again.
        batch: dict[str, float] = {"rawb": float("inf"), "sealedb": float("inf")}
        for _ in range(3):
            for make, prefix in ((bare, "rawb"), (sealed, "sealedb")):
                t = time.perf_counter()
                with db.conn:
                    db.conn.executemany(sql, (make(n, prefix) for n in range(2000)))
                batch[prefix] = min(batch[prefix], time.perf_counter() - t)
                with db.conn:
                    db.conn.execute("DELETE FROM candidates WHERE id LIKE ?", [f"{prefix}-%"])
        with db.conn:  # the bare rows have no checksum: the list would show them as damaged
            db.conn.execute("DELETE FROM candidates WHERE checksum IS NULL")
        full_t: list[float] = []
        for record in base[:ADDS]:
            t = time.perf_counter()
            add_candidate(db, record)
            full_t.append(time.perf_counter() - t)
        rows = [row(n, "x") for n in range(2000)]
        t = time.perf_counter()
        for r in rows:
            seal("candidates", r)
        per_seal = (time.perf_counter() - t) / len(rows)

        print(f"add, own transaction, bare INSERT               {_ms(raw_t)}")
        print(f"add, own transaction, INSERT with checksum      {_ms(seal_t)}   ratio "
              f"{statistics.median(seal_t) / statistics.median(raw_t):.2f}x")
        print(f"2,000 rows in one transaction: bare {batch['rawb'] * 1000:.0f} ms, with checksum "
              f"{batch['sealedb'] * 1000:.0f} ms   ratio {batch['sealedb'] / batch['rawb']:.2f}x")
        print(f"checksum of one candidate row                   {per_seal * 1e6:7.1f} us")
        print(f"whole add (candidate, intake, audit)            {_ms(full_t)}   checksums "
              f"{2 * per_seal / statistics.median(full_t) * 100:.1f}% of it")

        def unverified(r: Any) -> bool:
            return True

        shown = ("id, first_name, tussenvoegsel, surname, birth_date, town, status, intake_date, goals,"
                 " sort_key")
        for label, f, raw_sql, params in (
            ("everyone", repo.Filter(), f"SELECT {shown} FROM candidates INDEXED BY candidates_sort"
             " ORDER BY sort_key, id LIMIT 200", []),
            ("search 'de'", repo.Filter(text="de"),
             f"SELECT {shown} FROM candidates INDEXED BY candidates_sort WHERE rowid IN"
             " (SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH ?)"
             " ORDER BY sort_key, id LIMIT 200", [repo.fts_query("de")]),
        ):
            page_t: list[float] = []
            plain_t: list[float] = []
            raw_page: list[float] = []
            for _ in range(REPEATS):
                t = time.perf_counter()
                page = repo.first_page(db, f)
                page_t.append(time.perf_counter() - t)
                verify, repo.sound = repo.sound, unverified  # the same page, checksums not verified
                try:
                    t = time.perf_counter()
                    repo.first_page(db, f)
                    plain_t.append(time.perf_counter() - t)
                finally:
                    repo.sound = verify
                t = time.perf_counter()
                db.execute(raw_sql, params).fetchall()
                raw_page.append(time.perf_counter() - t)
            assert not any(r.damaged for r in page.rows)
            print(f"list page of 200, {label:12s}: desk verified {_ms(page_t)}, desk unverified "
                  f"{_ms(plain_t)} ({statistics.median(page_t) / statistics.median(plain_t):.2f}x), "
                  f"bare SELECT of 10 columns {_ms(raw_page)} "
                  f"({statistics.median(page_t) / statistics.median(raw_page):.2f}x)")
        db.close()


if __name__ == "__main__":
    main()
