"""The desk with 100,000 candidates: a keystroke in the search box until the list shows the new results,
beside the raw FTS5 query for the same text (same run, same database); and resident memory.

Targets (issue 4): p95 <= 50 ms and <= 3x the raw FTS5 query; RSS <= 300 MB.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

N = 100_000
QUERIES = ["ba", "vri", "utr", "jan", "el", "zwo", "yil", "boe", "moh", "ver", "de", "ams", "fat",
           "kov", "ter", "rot", "has", "ng", "sit", "wil"]


def _seed(path: Path) -> None:
    from intake_desk.demo import demo_records
    from intake_desk.services import open_or_create
    from intake_desk.storage import candidates as repo
    from intake_desk.storage.database import installation_id

    db = open_or_create(path)
    inst = installation_id(db)
    base = list(demo_records(2000, seed=7))
    t0 = time.perf_counter()
    with db.atomic():
        rows = []
        for n in range(N):
            record = base[n % len(base)]
            row = {"id": f"bench-{n:06d}", "revision": 1, "created_at": "2026-01-01T00:00:00",
                   "updated_at": "2026-01-01T00:00:00", "installation_id": inst}
            row.update(repo._columns(record))
            rows.append(row)
        db.table("candidates").insert_all(rows, batch_size=90)
    print(f"seeded {N} candidates in {time.perf_counter() - t0:.1f} s")
    db.close()


def _rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from intake_desk.storage import candidates as repo
    from intake_desk.storage import open_database
    from intake_desk.storage.candidates import Filter
    from ui.main_window import MainWindow
    from ui.runner import DbRunner

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        _seed(path)
        app = QApplication.instance() or QApplication([])
        runner = DbRunner(path)
        window = MainWindow(runner)
        view = window.candidates
        model = view.model()

        def wait(signal, ms: int = 10_000) -> None:  # type: ignore[no-untyped-def]
            loop = QEventLoop()
            signal.connect(loop.quit)
            QTimer.singleShot(ms, loop.quit)
            loop.exec()
            signal.disconnect(loop.quit)

        loop = QEventLoop()
        model.loaded.connect(loop.quit)
        runner.open()
        loop.exec()
        model.loaded.disconnect(loop.quit)
        window.resize(1366, 850)
        window.show()
        window.tabs.setCurrentWidget(view)
        app.processEvents()

        def measure(debounce_ms: int) -> list[float]:
            view.debounce.setInterval(debounce_ms)
            times = []
            for q in QUERIES:
                view.search.clear()
                wait(model.loaded)
                view.search.setText(q[:-1])
                if q[:-1]:
                    wait(model.loaded)
                t0 = time.perf_counter()
                QTest.keyClick(view.search, q[-1])  # the keystroke
                wait(model.loaded)
                app.processEvents()  # the view repaints with the new rows
                view.table.viewport().repaint()
                times.append((time.perf_counter() - t0) * 1000)
            return times

        measure(0)  # warm up
        without = measure(0)
        with_debounce = measure(120)
        # Scrolling: fetch pages as the list view would, to the 5,000th row.
        view.search.clear()
        wait(model.loaded)
        t0 = time.perf_counter()
        pages = 0
        while model.rowCount() < 5000 and model.canFetchMore():
            model.fetchMore()
            wait(model.rowsInserted)
            pages += 1
        page_ms = (time.perf_counter() - t0) * 1000 / max(pages, 1)
        rss = _rss_mb()
        window.candidates.form.set_dirty(False)
        window.quick.set_dirty(False)
        window.close()
        runner.stop()
        window.deleteLater()
        app.processEvents()

        db = open_database(path)
        raw, page = [], []
        for _ in range(2):
            raw, page = [], []
            for q in QUERIES:
                t0 = time.perf_counter()
                db.execute("SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH ?",
                           [repo.fts_query(q)]).fetchall()
                raw.append((time.perf_counter() - t0) * 1000)
                t0 = time.perf_counter()
                rows = repo.search(db, Filter(text=q), limit=200)
                if len(rows) == 200:
                    repo.count(db, Filter(text=q))
                page.append((time.perf_counter() - t0) * 1000)
        db.close()

    def line(name: str, values: list[float]) -> None:
        print(f"{name:52s} p50 {statistics.median(values):7.1f} ms   p95 {_pct(values, 0.95):7.1f} ms")

    line("keystroke -> list shows results (no debounce)", without)
    line("keystroke -> list shows results (120 ms debounce)", with_debounce)
    line("raw FTS5 MATCH, all rowids", raw)
    line("same SQL as the list (first page + count)", page)
    print(f"ratio keystroke/raw FTS5 (p50, no debounce)         "
          f"{statistics.median(without) / statistics.median(raw):7.2f}x")
    print(f"ratio keystroke/raw FTS5 (p95, no debounce)         "
          f"{_pct(without, 0.95) / _pct(raw, 0.95):7.2f}x")
    print(f"ratio keystroke/list SQL (p50, no debounce)         "
          f"{statistics.median(without) / statistics.median(page):7.2f}x")
    print(f"next page of 200 while scrolling                    {page_ms:7.1f} ms")
    print(f"resident memory with 100,000 candidates             {rss:7.0f} MB (target <= 300)")


if __name__ == "__main__":
    main()
