"""Plan use cases for the GUI's database worker and the CLI: load, render, save a day's plans.

Nothing here changes the database, so none of these returns Changes.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlite_utils import Database

from ..plans.document import (
    AdvisorMissing,
    PlanDocument,
    PlanUnavailable,
    candidates_with_plan_on,
    load_document,
)
from ..plans.renderer import render_plan
from ..progress import NULL, Cancelled, Progress


def file_name(doc: PlanDocument) -> str:
    """"plan-Berg-Jan-v2-1a2b3c4d.pdf": readable, unique per plan, safe on every file system. The
    last part is the plan id as the page prints it ("Plan 1a2b3c4d · versie 2"), so a file and a
    printed page can be matched."""
    name = doc.record.candidate.name
    raw = f"plan-{name.surname}-{name.first_name}-v{doc.plan.version}"
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in raw)[:80]
    return f"{safe}-{doc.plan.plan_id[:8]}.pdf"


def plan_pdf(db: Database, candidate_id: str, lang: str | None = None,
             version: int | None = None) -> bytes:
    return render_plan(load_document(db, candidate_id, version=version, lang=lang))


def day_documents(db: Database, day: date, lang: str | None = None
                  ) -> tuple[list[PlanDocument], list[str]]:
    """The printable plans of a day's candidates, and the reasons others were skipped."""
    docs: list[PlanDocument] = []
    skipped: list[str] = []
    for cid in candidates_with_plan_on(db, day):
        try:
            docs.append(load_document(db, cid, lang=lang))
        except AdvisorMissing:
            raise  # the same for every plan: one clear message, not one per candidate
        except PlanUnavailable as exc:
            skipped.append(str(exc))
    return docs, skipped


def day_pdfs(db: Database, day: date, lang: str | None = None, progress: Progress = NULL
             ) -> list[tuple[str, bytes]]:
    """(file name, PDF) for each plan of the day, reporting progress; Cancelled stops it."""
    docs, _skipped = day_documents(db, day, lang)
    out = []
    for n, doc in enumerate(docs, 1):
        out.append((file_name(doc), render_plan(doc)))
        progress.update(n, len(docs), doc.record.candidate.name.display)
    return out


def save_day(db: Database, day: date, out_dir: Path, lang: str | None = None,
             progress: Progress = NULL) -> list[Path]:
    """Write each plan of the day into out_dir; a cancel removes what this run wrote."""
    docs, _skipped = day_documents(db, day, lang)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    try:
        for n, doc in enumerate(docs, 1):
            path = out_dir / file_name(doc)
            path.write_bytes(render_plan(doc))
            written.append(path)
            progress.update(n, len(docs), doc.record.candidate.name.display)
    except Cancelled:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    from .privacy import record_output  # the audit log's "export" (issue 15), ids only

    for doc in docs:
        record_output(db, doc.plan.candidate_id, "export", f"versie {doc.plan.version}")
    return written


def plan_file(db: Database, candidate_id: str, lang: str | None = None,
              version: int | None = None) -> tuple[str, bytes]:
    """(suggested file name, PDF) of a candidate's plan: what the app's preview shows."""
    doc = load_document(db, candidate_id, version=version, lang=lang)
    return file_name(doc), render_plan(doc)
