"""A year's regional figures over 100,000 candidates, beside the raw SQL aggregates they need.

Target (issue 17): `regional_figures` for a year <= 2x the raw SQL aggregate and under 1 s.

What is measured:
- figures: `app.figures.regional_figures(db, year)` (every series, the median, the sample check),
  all regions and one region; best of 5 after a warm-up, same connection.
- raw SQL: the same aggregates as bare statements run to their last row (`storage.figures`, whose
  functions are one `execute` each), best of 5. The ratio is what the application layer adds: the
  Python that turns rows into weeks, domeinen, route kinds, suppression and the Figures value.
- report: PDF, XLSX and CSV of those figures, for the "one minute" the issue promises a team lead.
- the follow-up worklist (due today, overdue, silent) and the status bar's due count over the
  same 100,000 candidates.

The database (build/bench/figures-100k.sqlite) is made once: 2,000 demo candidates with their
trajectories through the real code (`add_demo_candidates`), then copied 50 times in SQL
with new ids (the same shape: intakes over the past year, plans, stage changes, next contacts).
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

N_BASE = 2_000
COPIES = 50  # 100,000 candidates
PATH = Path(__file__).resolve().parent.parent / "build" / "bench" / "figures-100k.sqlite"


def _seed(path: Path) -> None:
    from intake_desk.app.candidates import add_demo_candidates
    from intake_desk.app.opening import open_or_create

    path.parent.mkdir(parents=True, exist_ok=True)
    for leftover in path.parent.glob(path.name + "*"):
        if leftover.is_dir():
            shutil.rmtree(leftover)
        else:
            leftover.unlink()
    t0 = time.perf_counter()
    db = open_or_create(path)
    add_demo_candidates(db, N_BASE, seed=7)
    print(f"  {N_BASE} demo candidates with trajectories: {time.perf_counter() - t0:.1f} s")
    def copy(table: str, renames: dict[str, str], key: str = "id") -> None:
        cols = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
        select = ", ".join(renames.get(c, c) for c in cols)
        db.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {select} FROM {table}"
                   f" WHERE instr({key}, '#') = 0")

    t0 = time.perf_counter()
    with db.atomic():
        for k in range(1, COPIES):
            s = f"'#{k}'"
            copy("candidates", {"id": f"id || {s}"})
            copy("intakes", {"id": f"id || {s}", "candidate_id": f"candidate_id || {s}"})
            copy("plans", {"id": f"id || {s}", "candidate_id": f"candidate_id || {s}"})
            copy("plan_versions", {"id": f"id || {s}", "plan_id": f"plan_id || {s}"})
            copy("stage_changes", {"id": f"id || {s}", "candidate_id": f"candidate_id || {s}"})
            copy("followup", {"candidate_id": f"candidate_id || {s}"}, key="candidate_id")
    n = db.execute("SELECT count(*) FROM candidates").fetchone()[0]
    print(f"  copied to {n} candidates: {time.perf_counter() - t0:.1f} s")
    db.execute("ANALYZE")
    db.close()


def _best(fn: Callable[[], object], rounds: int = 5) -> float:
    fn()  # warm-up: page cache, the kwalificatiestructuur, ReportLab fonts
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    from intake_desk.app.figures import regional_figures
    from intake_desk.regions import codes_of
    from intake_desk.reports import render
    from intake_desk.storage import figures as raw
    from intake_desk.storage import open_database

    if not PATH.exists():
        _seed(PATH)
    db = open_database(PATH)
    n = db.execute("SELECT count(*) FROM candidates").fetchone()[0]
    end = date.today()
    start = end - timedelta(days=364)
    print(f"  {n} candidates, period {start} .. {end}")

    def all_raw(codes: frozenset[str]) -> None:
        raw.intake_rows(db, start, end, codes)
        raw.plan_rows(db, start, end, codes)
        raw.funding_names(db)
        raw.plans_set_without_version(db, start, end, codes)
        raw.stage_rows(db, start, end, codes)
        raw.start_delays(db, start, end, codes)
        raw.any_sample(db, start, end, codes)

    for label, region in (("all regions", None), ("Zeeland", "zeeland")):
        codes = codes_of(region) if region else frozenset()
        t_fig = _best(lambda: regional_figures(db, start, end, region))  # noqa: B023
        t_raw = _best(lambda: all_raw(codes))  # noqa: B023
        figures = regional_figures(db, start, end, region)
        intakes = figures.key_figures[0].count
        ok = "ok" if t_fig <= 2 * t_raw and t_fig < 1.0 else "MISSED"
        print(f"  {label}: figures {t_fig * 1000:.0f} ms, raw SQL {t_raw * 1000:.0f} ms, "
              f"ratio {t_fig / t_raw:.2f} (target <= 2x and < 1 s: {ok}); {intakes} intakes")

    from intake_desk.app.followup import due_count, worklist

    t_wl = _best(lambda: worklist(db, end), rounds=3)
    wl = worklist(db, end)
    t_due = _best(lambda: due_count(db, end))
    print(f"  follow-up worklist: {t_wl * 1000:.0f} ms ({wl.due_today_total} today,"
          f" {wl.overdue_total} overdue, {wl.silent_total} silent); status-bar count"
          f" {t_due * 1000:.1f} ms")

    figures = regional_figures(db, start, end, None)
    for fmt in ("pdf", "xlsx", "csv"):
        t = _best(lambda: render(figures, fmt), rounds=3)  # noqa: B023
        print(f"  report {fmt}: {t * 1000:.0f} ms")
    db.close()


if __name__ == "__main__":
    main()
