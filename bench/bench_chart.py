"""The on-screen bar chart (ui/widgets/bar_chart.py): one full redraw of each series of a year's
regional figures, in the themed widget at 100% and 200% text.

Target (issue 17): a redraw under 16 ms (one frame at 60 Hz).

What is measured: `BarChart.render` into an image of the widget's size, which runs the same
`paintEvent` a screen update does, for the whole chart (a chart scrolled into a dialog repaints only
its visible rows, so this is the worst case). Median and 95th percentile of 50 per series, after a
warm-up paint. The baseline in the
same run is an empty paint of a plain QWidget of the same size (what Qt costs without our drawing).
The series are a year's figures of 2,000 demo candidates (53 weeks as columns; the others as rows).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

RUNS = 50


def _figures() -> object:
    from intake_desk.app.candidates import add_demo_candidates
    from intake_desk.app.figures import regional_figures
    from intake_desk.app.opening import open_or_create

    with tempfile.TemporaryDirectory() as tmp:
        db = open_or_create(Path(tmp) / "chart.sqlite")
        add_demo_candidates(db, 2_000)
        today = date.today()
        figures = regional_figures(db, today - timedelta(days=364), today)
        db.close()
    return figures


def _time(paint: object, runs: int = RUNS) -> tuple[float, float]:
    """(median, 95th percentile) in ms, after one warm-up paint (the first polishes the widget and
    fills the font's glyph cache: a cost of showing, not of redrawing)."""
    paint()  # type: ignore[operator]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        paint()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), statistics.quantiles(times, n=20)[-1]


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import ui  # noqa: F401, I001  (first: it installs the PySide6 workaround)
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QWidget

    from ui import theme
    from ui.widgets.bar_chart import BarChart

    app = QApplication.instance() or QApplication([])
    figures = _figures()
    with tempfile.TemporaryDirectory() as cache:
        for size in (100, 200):
            theme.apply(app, "light", Path(cache), size)  # type: ignore[arg-type]
            worst = 0.0
            for series in figures.series:  # type: ignore[attr-defined]
                chart = BarChart()
                chart.set_series(series, "nl")
                chart.resize(900, chart.sizeHint().height())
                target = QImage(chart.size(), QImage.Format.Format_ARGB32_Premultiplied)
                plain = QWidget()
                plain.resize(chart.size())
                median, slowest = _time(lambda c=chart, t=target: c.render(t))
                base, _ = _time(lambda p=plain, t=target: p.render(t))
                worst = max(worst, slowest)
                print(f"text {size}%  {series.key:18} {len(series.points):3} points "
                      f"{'columns' if chart.columns else 'rows   '} {chart.width()}x{chart.height():<5} "
                      f"median {median:5.2f} ms  p95 {slowest:5.2f} ms  "
                      f"(empty widget {base:4.2f} ms, x{median / base if base else 0:.1f})")
            print(f"text {size}%: slowest p95 redraw {worst:.2f} ms (target < 16 ms)")


if __name__ == "__main__":
    main()
