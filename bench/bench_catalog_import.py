"""Import of the 5,000-offering synthetic catalog (CSV) beside a bare insert_all of the same rows.

Both write the same rows into the same freshly migrated schema. The import's time covers everything a
user waits for: reading, checking every cell, the report, the backup before writing and the write
itself. Runs alternate between the two, so a busy machine slows both alike; the medians are compared.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from intake_desk.catalog.exporter import write_csv, write_xlsx
from intake_desk.catalog.importer import import_catalog
from intake_desk.catalog.synthetic import synthetic_catalog
from intake_desk.storage import catalog as repo
from intake_desk.storage import open_database

RUNS = 5


def _bare(path: Path, items: list[dict[str, object]], offerings: list[dict[str, object]]) -> float:
    db = open_database(path)
    start = time.perf_counter()
    with db.atomic():
        db.table("catalog_items").insert_all(items, batch_size=500)
        db.table("offerings").insert_all(offerings, batch_size=500)
    took = time.perf_counter() - start
    db.close()
    return took


def _import(path: Path, source: Path) -> float:
    db = open_database(path)
    start = time.perf_counter()
    report, _ = import_catalog(db, source)
    took = time.perf_counter() - start
    assert report.ok and report.written, report.text(5)
    db.close()
    return took


def main() -> None:
    catalog = synthetic_catalog(5000)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_file = folder / "synthetic.csv"
        write_csv(catalog, csv_file)
        csv_bytes = csv_file.stat().st_size
        xlsx_file = folder / "synthetic.xlsx"
        write_xlsx(catalog, xlsx_file)
        items = [repo.item_row(i) for i in catalog.items.values()]
        offerings = [repo.offering_row(o) for o in catalog.offerings]
        bare_runs: list[float] = []
        csv_runs: list[float] = []
        for n in range(RUNS):
            bare_runs.append(_bare(folder / f"bare{n}.sqlite", items, offerings))
            csv_runs.append(_import(folder / f"csv{n}.sqlite", csv_file))
        xlsx_time = _import(folder / "xlsx.sqlite", xlsx_file)
    bare, csv_time = statistics.median(bare_runs), statistics.median(csv_runs)
    print(f"rows: {len(items)} items + {len(offerings)} offerings ({csv_bytes} bytes CSV); "
          f"p50 of {RUNS} alternating runs")
    print(f"bare insert_all:          {bare * 1000:8.1f} ms")
    print(f"import CSV (all checks):  {csv_time * 1000:8.1f} ms   ratio {csv_time / bare:5.2f}x "
          f"(goal <= 3x and < 2 s)")
    print(f"import XLSX (one run):    {xlsx_time * 1000:8.1f} ms   ratio {xlsx_time / bare:5.2f}x")


if __name__ == "__main__":
    main()
