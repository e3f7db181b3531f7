"""Plan use cases for the GUI's database worker and the CLI: load, render, save a day's plans.

Nothing here changes the database, so none of these returns Changes.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain import ConsentPurpose
from ..domain.codec import replace
from ..plans.document import (
    AdvisorMissing,
    PlanDocument,
    PlanUnavailable,
    make_document,
    require_advisor,
)
from ..plans.renderer import render_plan
from ..progress import NULL, Cancelled, Progress
from ..storage import ConsentMissing
from ..storage.store import store_of

if TYPE_CHECKING:
    from ..storage.store import Handle


def load_document(db: Handle, candidate_id: str, *, version: int | None = None,
                  lang: str | None = None) -> PlanDocument:
    """The printable plan of a candidate, read through the store (either backend), or
    PlanUnavailable with a clear Dutch message: no consent for a plan, no plan (version), no
    advisor's name."""
    store = store_of(db)
    _meta, record = store.candidates.get(db, candidate_id)
    name = record.candidate.name.display or candidate_id
    try:  # the consent record (storage/consent.py) names the purpose and a withdrawal's day
        store.consent.require(db, candidate_id, ConsentPurpose.PLAN, record.intake.consent, name)
    except ConsentMissing as exc:
        raise PlanUnavailable(exc.text_nl, exc.text_en) from exc
    plan = store.plans.get_version(db, candidate_id, version)
    if plan is None:
        if version is not None and store.plans.versions(db, candidate_id):
            raise PlanUnavailable(f"{name} heeft geen versie {version} van het plan.")
        raise PlanUnavailable(f"{name} heeft nog geen plan. Kies eerst een route en sla die op, of "
                              "sla een plan zonder route op.")
    settings = store.settings.load(db)
    require_advisor(settings)
    # The next contact set in the follow-up is the appointment that stands now (issue 17).
    planned = store.followup.state(db, candidate_id).next_contact
    if planned is not None:
        plan = replace(plan, next_appointment=planned)
    return make_document(plan, record, store.catalog.load(db), settings).in_language(lang)


def candidates_with_plan_on(db: Handle, day: date) -> list[str]:
    return store_of(db).plan_days.candidates_with_plan_on(db, day)


def file_name(doc: PlanDocument) -> str:
    """"plan-Berg-Jan-v2-1a2b3c4d.pdf": readable, unique per plan, safe on every file system. The
    last part is the plan id as the page prints it ("Plan 1a2b3c4d · versie 2"), so a file and a
    printed page can be matched."""
    name = doc.record.candidate.name
    raw = f"plan-{name.surname}-{name.first_name}-v{doc.plan.version}"
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in raw)[:80]
    return f"{safe}-{doc.plan.plan_id[:8]}.pdf"


def plan_pdf(db: Handle, candidate_id: str, lang: str | None = None,
             version: int | None = None) -> bytes:
    return render_plan(load_document(db, candidate_id, version=version, lang=lang))


def day_documents(db: Handle, day: date, lang: str | None = None
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


def day_pdfs(db: Handle, day: date, lang: str | None = None, progress: Progress = NULL
             ) -> list[tuple[str, bytes]]:
    """(file name, PDF) for each plan of the day, reporting progress; Cancelled stops it."""
    docs, _skipped = day_documents(db, day, lang)
    out = []
    for n, doc in enumerate(docs, 1):
        out.append((file_name(doc), render_plan(doc)))
        progress.update(n, len(docs), doc.record.candidate.name.display)
    return out


def save_day(db: Handle, day: date, out_dir: Path, lang: str | None = None,
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


def plan_file(db: Handle, candidate_id: str, lang: str | None = None,
              version: int | None = None) -> tuple[str, bytes]:
    """(suggested file name, PDF) of a candidate's plan: what the app's preview shows."""
    doc = load_document(db, candidate_id, version=version, lang=lang)
    return file_name(doc), render_plan(doc)
