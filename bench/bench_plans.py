"""Printed plans: one two-page plan against a bare ReportLab document with the same content, built in
the same run; then a batch of 500 plans on two processes.

Goals (issue 6): median <= 60 ms per plan, <= 1.3x the bare document, and plans/s printed for the batch.
"""

from __future__ import annotations

import io
import statistics
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from intake_desk.cli.plan import render_batch
from intake_desk.examples import example_document, example_documents
from intake_desk.plans import render_plan
from intake_desk.plans.renderer import PlanRenderer, qr_drawing
from intake_desk.plans.styles import stylesheet


def bare(renderer: PlanRenderer) -> bytes:
    """The same text, table, timeline and QR code in a plain SimpleDocTemplate: no page templates,
    no page X of Y, no escaping helpers. What ReportLab itself costs for this content."""
    s = stylesheet()
    doc = renderer.doc
    buffer = io.BytesIO()
    story = [Paragraph("Persoonlijk ontwikkelplan", s.title),
             Paragraph(doc.record.candidate.name.display, s.body), qr_drawing(doc.plan.plan_id, 68)]
    story += renderer.starting_point() + renderer.goal()
    story += [renderer.timeline(), Spacer(1, 4),
              Table([["#", "Wat", "Code", "Waar", "Wanneer", "Uur", "U krijgt", "Kosten"],
                     *renderer.step_rows(doc.plan.route.steps)])]
    story += (renderer.why() + renderer.stepping_stones() + renderer.referrals()
              + renderer.actions() + renderer.appointment() + renderer.closing())
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def median_ms(fn, runs: int = 30) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    doc = example_document()
    render_plan(doc)  # warm up: font loading, imports
    bare(PlanRenderer(doc))
    ours = median_ms(lambda: render_plan(doc))
    base = median_ms(lambda: bare(PlanRenderer(doc)))
    ratio = ours / base
    print(f"one plan (2 pages): median {ours:.1f} ms (goal <= 60 ms) "
          f"{'OK' if ours <= 60 else 'SLOW'}")
    print(f"bare ReportLab, same content: median {base:.1f} ms; ratio {ratio:.2f}x (goal <= 1.3x) "
          f"{'OK' if ratio <= 1.3 else 'SLOW'}")
    docs = example_documents(500)
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        written = render_batch(docs, Path(tmp), workers=2)
        took = time.perf_counter() - t
    print(f"batch: {len(written)} plans on 2 processes in {took:.1f} s: "
          f"{len(written) / took:.0f} plans/s")


if __name__ == "__main__":
    main()
