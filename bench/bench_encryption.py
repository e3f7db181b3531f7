"""Encrypted beside plain, same run, same data (issue 15): open time, a keystroke search at 100,000
candidates, and a plan render. Goal: encrypted <= 1.1x plain.

One plain database is seeded (bench_desk's seeding: 100,000 candidates as the desk writes them, plus a
few demo candidates with saved plans); a copy is encrypted with `storage.encryption.encrypt_existing`
(SQLCipher 4, raw 256-bit key), so both hold the same rows. Each figure is measured on both, alternating
plain and encrypted per round so machine noise hits both alike:

- open: as the desk opens (`open_checking_later`: pragmas, version gate, the quick_check left until
  the first page is shown) plus the list's first page; and `open_database` with its quick_check (which
  reads, so decrypts, every page), median of 9 each; with the key already unlocked (the passphrase's
  KDF runs once per session; reported on its own);
- keystroke: `app.desk.first_candidates` (what the list runs per keystroke: FTS5 prefix search, first
  page, checksums verified) for 20 queries x 3 rounds on a warm connection: median and p95;
- plan: `app.plans.plan_pdf` (reads the plan, renders the PDF), median of 9.

Plain databases use the standard library's sqlite3 (3.40), encrypted ones sqlcipher3's SQLite (3.53):
the ratio therefore includes the version difference, which is what an advisor gets.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

QUERIES = ["ba", "vri", "utr", "jan", "el", "zwo", "yil", "boe", "moh", "ver", "de", "ams", "fat",
           "kov", "ter", "rot", "has", "ng", "sit", "wil"]
PASSPHRASE = "bench met een lange wachtwoordzin"
GOAL = 1.1


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _seed(folder: Path) -> tuple[Path, Path, str]:
    from bench.bench_desk import _seed as seed_100k
    from intake_desk.app.candidates import add_demo_candidates
    from intake_desk.storage import keys, open_database
    from intake_desk.storage.encryption import encrypt_existing

    plain = folder / "plain.db"
    seed_100k(plain)
    db = open_database(plain)
    add_demo_candidates(db, 5, seed=3)
    from dataclasses import replace

    from intake_desk.storage import settings

    with db.atomic():  # a plan names its advisor
        settings.save(db, replace(settings.load(db), advisor_name="Bench Adviseur",
                                  advisor_email="bench@voorbeeld.nl"))
    row = db.execute("SELECT candidate_id FROM plans LIMIT 1").fetchone()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    encrypted = folder / "encrypted.db"
    shutil.copyfile(plain, encrypted)
    t0 = time.perf_counter()
    encrypt_existing(encrypted, PASSPHRASE)
    print(f"encrypted a copy with sqlcipher_export in {time.perf_counter() - t0:.1f} s "
          f"({encrypted.stat().st_size / 1e6:.0f} MB)")
    keys.forget(encrypted)
    t0 = time.perf_counter()
    keys.unlock(encrypted, PASSPHRASE)
    print(f"unlock (scrypt N=2**17, once per session): {1000 * (time.perf_counter() - t0):.0f} ms")
    return plain, encrypted, str(row[0])


def _timed(fn: Callable[[], Any]) -> float:
    t0 = time.perf_counter()
    fn()
    return 1000 * (time.perf_counter() - t0)


def main() -> None:
    from intake_desk.app.desk import Filter, first_candidates
    from intake_desk.app.opening import open_checking_later
    from intake_desk.app.plans import plan_pdf
    from intake_desk.storage import open_database

    with tempfile.TemporaryDirectory(prefix="bench-encryption-") as tmp:
        plain, encrypted, candidate = _seed(Path(tmp))
        paths = {"plain": plain, "encrypted": encrypted}
        opened: dict[str, list[float]] = {k: [] for k in paths}
        checked: dict[str, list[float]] = {k: [] for k in paths}
        for _ in range(9):
            for name, path in paths.items():
                def open_and_page(p: Path = path) -> None:
                    db, _check_later = open_checking_later(p)
                    first_candidates(db, Filter(), 200)
                    db.close()
                opened[name].append(_timed(open_and_page))

                def open_checked(p: Path = path) -> None:
                    open_database(p).close()
                checked[name].append(_timed(open_checked))
        dbs = {name: open_database(path) for name, path in paths.items()}
        try:
            keystroke: dict[str, list[float]] = {k: [] for k in paths}
            for db in dbs.values():  # warm-up: page cache and FTS pages read once
                for q in QUERIES:
                    first_candidates(db, Filter(text=q), 200)
            for _ in range(3):
                for q in QUERIES:
                    for name, db in dbs.items():
                        keystroke[name].append(
                            _timed(lambda d=db, text=q: first_candidates(d, Filter(text=text), 200)))
            plan: dict[str, list[float]] = {k: [] for k in paths}
            for db in dbs.values():
                plan_pdf(db, candidate)  # warm-up: fonts, styles
            for _ in range(9):
                for name, db in dbs.items():
                    plan[name].append(_timed(lambda d=db: plan_pdf(d, candidate)))
        finally:
            for db in dbs.values():
                db.close()

    rows = [("open + first page, as the desk (median)", statistics.median(opened["plain"]),
             statistics.median(opened["encrypted"])),
            ("open with quick_check (median)", statistics.median(checked["plain"]),
             statistics.median(checked["encrypted"])),
            ("keystroke search, 100,000 (median)", statistics.median(keystroke["plain"]),
             statistics.median(keystroke["encrypted"])),
            ("keystroke search, 100,000 (p95)", _p95(keystroke["plain"]),
             _p95(keystroke["encrypted"])),
            ("plan render (median)", statistics.median(plan["plain"]),
             statistics.median(plan["encrypted"]))]
    print(f"{'':41} {'plain':>9} {'encrypted':>10} {'ratio':>6}")
    for label, p, e in rows:
        ratio = e / p if p else float("nan")
        mark = "ok" if ratio <= GOAL else f"above {GOAL}x"
        print(f"{label:41} {p:7.1f} ms {e:8.1f} ms {ratio:5.2f}x  {mark}")
