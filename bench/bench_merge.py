"""Fair mode (issue 16): five laptops' 1,000 intakes each, exported and imported into a desk that holds
100,000 candidates, beside a bare `insert_all` of the same candidate and intake rows.

Goal: the import of all five <= 3x the bare insert, and under 10 s. Both write into copies of the same
desk file; the import's time covers everything the advisor waits for: checking every line, merging
field by field, the duplicate check against the 100,000, the merge state, the audit lines and the
commit. The bare insert writes the same sealed candidate and intake rows (so the search index and the
figures' triggers run for both) and nothing else. Runs alternate, medians are compared.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

N_DESK = 100_000
LAPTOPS = 5
PER_LAPTOP = 1000
RUNS = int(os.environ.get("BENCH_RUNS", "3"))


def _seed_desk(path: Path) -> None:
    from intake_desk.app.opening import open_or_create
    from intake_desk.demo import demo_records
    from intake_desk.storage import candidates as repo
    from intake_desk.storage import merge as store
    from intake_desk.storage.checksums import seal
    from intake_desk.storage.database import installation_id

    db = open_or_create(path)
    inst = installation_id(db)
    base = list(demo_records(2000, seed=7))
    with db.atomic():
        rows = []
        for n in range(N_DESK):
            row = {"id": f"bench-{n:06d}", "revision": 1, "created_at": "2026-01-01T00:00:00",
                   "updated_at": "2026-01-01T00:00:00", "installation_id": inst}
            row.update(repo._columns(base[n % len(base)]))
            rows.append(seal("candidates", row))
        db.table("candidates").insert_all(rows, batch_size=90)
        store.backfill(db)  # what m005_merge does for a desk that existed before fair mode
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def _laptop(template: Path, path: Path, n: int) -> tuple[object, float]:
    from intake_desk.app import merge
    from intake_desk.demo import demo_records
    from intake_desk.storage import candidates as repo
    from intake_desk.storage import open_database

    shutil.copy(template, path)
    db = open_database(path)
    with db.atomic():
        db.execute("UPDATE meta SET value = ? WHERE key = 'installation_id'", [f"laptop-{n}"])
        for record in demo_records(PER_LAPTOP, seed=100 + n):
            repo.insert(db, record)
    start = time.perf_counter()
    batch = merge.export_changes(db)
    took = time.perf_counter() - start
    db.close()
    return batch, took


def _bare_rows(batches: list[object]) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The candidate and intake rows the import writes, sealed, as a bare insert would get them."""
    import json
    import uuid

    from intake_desk.app.merge import _record_of
    from intake_desk.domain.codec import to_json
    from intake_desk.domain.merge import parse_record
    from intake_desk.storage import candidates as repo
    from intake_desk.storage.checksums import seal

    cands: list[dict[str, object]] = []
    intakes: list[dict[str, object]] = []
    ts = "2026-11-30T10:00:00.000+00:00"
    for batch in batches:
        for line in batch.lines:  # type: ignore[attr-defined]
            if line["type"] != "record":
                continue
            rid, state = parse_record(line)
            record = _record_of(state.values())
            cands.append(seal("candidates", {"id": rid, "revision": 1, "created_at": ts,
                                             "updated_at": ts, "installation_id": "desk",
                                             **repo._columns(record)}))
            intakes.append(seal("intakes", {
                "id": str(uuid.uuid4()), "revision": 1, "created_at": ts, "updated_at": ts,
                "installation_id": "desk", "candidate_id": rid,
                "intake_date": record.intake.date.isoformat(), "status": record.intake.status.value,
                "doc": json.dumps(to_json(record.intake), ensure_ascii=False)}))
    return cands, intakes


def _bare(desk: Path, path: Path, cands: list[dict[str, object]],
          intakes: list[dict[str, object]]) -> tuple[float, float]:
    from intake_desk.storage import open_database

    shutil.copy(desk, path)
    db = open_database(path)
    start, cpu = time.perf_counter(), time.process_time()
    with db.atomic():
        db.table("candidates").insert_all(cands, batch_size=90)
        db.table("intakes").insert_all(intakes, batch_size=90)
    took, cpu = time.perf_counter() - start, time.process_time() - cpu
    db.close()
    return took, cpu


def _import(desk: Path, path: Path, batches: list[object]) -> tuple[float, float, int]:
    from intake_desk.app import merge
    from intake_desk.storage import open_database

    shutil.copy(desk, path)
    db = open_database(path)
    start, cpu = time.perf_counter(), time.process_time()
    new = 0
    for batch in batches:
        report, _ = merge.import_changes(db, batch.header, batch.lines)  # type: ignore[attr-defined]
        new += len(report.new)
    took, cpu = time.perf_counter() - start, time.process_time() - cpu
    db.close()
    return took, cpu, new


def main() -> None:
    from intake_desk.app.opening import open_or_create

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        template = folder / "template.sqlite"
        open_or_create(template).close()
        desk = folder / "desk.sqlite"
        t0 = time.perf_counter()
        _seed_desk(desk)
        print(f"desk seeded with {N_DESK} candidates in {time.perf_counter() - t0:.1f} s")
        made = [_laptop(template, folder / f"laptop{n}.sqlite", n) for n in range(LAPTOPS)]
        batches = [b for b, _ in made]
        exports = [t for _, t in made]
        print(f"export of {PER_LAPTOP} intakes per laptop: median {statistics.median(exports):.2f} s")
        cands, intakes = _bare_rows(batches)
        bare_runs: list[float] = []
        import_runs: list[float] = []
        bare_cpu: list[float] = []
        import_cpu: list[float] = []
        for n in range(RUNS):
            took, cpu = _bare(desk, folder / f"bare{n}.sqlite", cands, intakes)
            bare_runs.append(took)
            bare_cpu.append(cpu)
            took, cpu, new = _import(desk, folder / f"import{n}.sqlite", batches)
            assert new == LAPTOPS * PER_LAPTOP, new
            import_runs.append(took)
            import_cpu.append(cpu)
            (folder / f"bare{n}.sqlite").unlink()
            (folder / f"import{n}.sqlite").unlink()
        bare, imp = statistics.median(bare_runs), statistics.median(import_runs)
        print(f"import {LAPTOPS} x {PER_LAPTOP} into {N_DESK}: median {imp:.2f} s "
              f"(runs {', '.join(f'{t:.2f}' for t in import_runs)}), "
              f"CPU median {statistics.median(import_cpu):.2f} s")
        print(f"bare insert_all of the same rows: median {bare:.2f} s "
              f"(runs {', '.join(f'{t:.2f}' for t in bare_runs)}), "
              f"CPU median {statistics.median(bare_cpu):.2f} s")
        # Each import runs right after its bare insert: the median of those pairs' ratios is less
        # at the mercy of a load that comes and goes than the ratio of the two medians.
        paired = statistics.median(i / b for i, b in zip(import_runs, bare_runs, strict=True))
        print(f"ratio {imp / bare:.2f}x (goal <= 3x, and under 10 s); paired {paired:.2f}x; "
              f"CPU ratio {statistics.median(import_cpu) / statistics.median(bare_cpu):.2f}x")
