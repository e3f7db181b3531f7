"""The AVG rights as use cases (issue 15): retention and purge, consent as a record, the right of
access (everything held on one person), and the audit log. The app and the CLI run these same
functions; erasure on request is `app.candidates.delete_candidate`.

Retention: a candidate is deleted when the term of their status (the trajectory's stage; the general
term `Settings.retention_months` unless `Settings.retention_terms` names the stage) has passed since
their last contact (storage/followup.LAST_CONTACT_SQL: the intake, a logged contact or stage change, a
plan version). `purge_report` says who and which backups, without deleting; `purge` deletes what the
advisor confirmed, and only what is still due then. Backups are kept no longer than the shortest term,
so no backup outlives the term of anyone in it (README, "Privacy").
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import intake_format
from ..domain import ConsentPurpose
from ..domain.changes import Changes
from ..domain.codec import replace, to_json
from ..domain.privacy import ConsentEvent, RetentionTerm, months_after, purpose_text, term_for
from ..storage import erasure, installation_id, known_errors, location
from ..storage.audit import now
from ..storage.store import store_of

if TYPE_CHECKING:
    from ..storage.store import Handle

# --- retention ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PurgeItem:
    """One candidate whose term has passed: ids and dates only (the screen looks up the name)."""

    candidate_id: str
    stage: str
    last_contact: date | None
    months: int
    due: date


@dataclass(frozen=True, slots=True)
class PurgeReport:
    today: date
    items: tuple[PurgeItem, ...]
    old_backups: tuple[Path, ...]
    backup_months: int

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(i.candidate_id for i in self.items)

    @property
    def empty(self) -> bool:
        return not self.items and not self.old_backups

    def text(self, lang: str = "nl") -> str:
        """The report in plain words (CLI, and the line the app shows above its list)."""
        n, b = len(self.items), len(self.old_backups)
        if lang == "en":
            return (f"{n} candidate(s) past the retention term; {b} backup(s) older than "
                    f"{self.backup_months} months.")
        return (f"{n} kandidaat/kandidaten over de bewaartermijn; {b} reservekopie(ën) ouder dan "
                f"{self.backup_months} maanden.")


def _terms(db: Handle) -> tuple[int, tuple[RetentionTerm, ...]]:
    s = store_of(db).settings.load(db)
    return s.retention_months, s.retention_terms


def backup_months(db: Handle) -> int:
    general, terms = _terms(db)
    return int(min([general, *(t.months for t in terms)]))


def purge_report(db: Handle, today: date | None = None) -> PurgeReport:
    """Who would be purged today, and which backups; changes nothing."""
    today = today or date.today()
    general, terms = _terms(db)
    shortest = min([general, *(t.months for t in terms)])
    # Only those whose last contact is older than the shortest term can be due: an index-free but
    # single pass, instead of computing every candidate's term.
    before = erasure.months_before(today, shortest)
    items = []
    # A few days of margin: month arithmetic at a month's end; the exact test follows.
    for cid, stage, last in store_of(db).retention.last_contacts(db, before=before + timedelta(days=4)):
        months = term_for(stage, general, terms)
        if last is None:
            continue
        due = months_after(last, months)
        if due <= today:
            items.append(PurgeItem(cid, stage, last, months, due))
    old = tuple(p for p in _backups(db)
                if (made := erasure.backup_day(p)) is not None
                and made < erasure.months_before(today, shortest))
    return PurgeReport(today, tuple(items), old, shortest)


@dataclass(frozen=True, slots=True)
class PurgeResult:
    purged: tuple[str, ...]
    backups_removed: tuple[Path, ...]


def purge(db: Handle, ids: Iterable[str] | None = None, today: date | None = None,
          advisor_id: str | None = None, backups_too: bool = True) -> tuple[PurgeResult, Changes]:
    """Delete the candidates of `ids` (default: everyone the report names) whose term has passed, in
    one transaction, then the backups older than the shortest term. A candidate not due (any more:
    a contact since the report) is left alone."""
    report = purge_report(db, today)
    chosen = sorted(report.ids if ids is None else report.ids & set(ids))
    path = location(db)
    store = store_of(db)
    with known_errors(path), db.atomic():
        inst = installation_id(db)
        for cid in chosen:
            revision = db_revision(db, cid)
            store.erasure.erase_rows(db, cid, ts=now(), inst=inst, revision=revision + 1)
            store.audit.record(db, "purge", "candidate", cid, installation_id=inst,
                               advisor_id=advisor_id)
        if chosen:
            store.erasure.clean_index(db)
    if chosen:
        store.erasure.flush_wal(db)
    removed: tuple[Path, ...] = ()
    if backups_too and report.old_backups:
        removed = tuple(erasure.prune_backups(report.old_backups, report.today, report.backup_months))
        with known_errors(path), db.atomic():
            store.audit.record(db, "purge", "backups", None, installation_id=installation_id(db),
                               advisor_id=advisor_id, detail=f"{len(removed)} reservekopieën")
    ids_done = frozenset(chosen)
    return PurgeResult(tuple(chosen), removed), Changes(
        candidates=ids_done, candidate_list=bool(chosen), plans=ids_done, followup=bool(chosen))


def db_revision(db: Handle, candidate_id: str) -> int:
    if store_of(db).name == "sqlite":  # unverified: a damaged record is purged too
        from ..storage import candidates

        return candidates._meta(db, candidate_id).revision  # type: ignore[arg-type]
    return store_of(db).candidates.get(db, candidate_id)[0].revision


def _backups(db: Handle) -> list[Path]:
    """The laptop's backup files; a server has none of ours (pg_dump's are IT's, docs/postgresql.md)."""
    if store_of(db).name == "postgresql":
        return []
    from ..storage import backups, database_path

    return backups.all_backups(database_path(db))  # type: ignore[arg-type]


def prune_backups(db: Handle, today: date | None = None) -> list[Path]:
    """Remove backups older than the shortest term (also called after each scheduled backup)."""
    return erasure.prune_backups(_backups(db), today or date.today(),
                                 backup_months(db))


# --- consent --------------------------------------------------------------------------------------


def consent_history(db: Handle, candidate_id: str) -> list[ConsentEvent]:
    return store_of(db).consent.history(db, candidate_id)


def set_consent(db: Handle, candidate_id: str, purpose: ConsentPurpose | str, given: bool,
                on: date | None = None, advisor_id: str | None = None) -> Changes:
    """Give or withdraw consent for one purpose: the intake's consent changes and the record gets
    its event, in one transaction (withdrawing is exactly as easy as giving)."""
    purpose = ConsentPurpose(purpose)
    day = on or date.today()
    with known_errors(location(db)), db.atomic():
        meta, record = store_of(db).candidates.get(db, candidate_id)
        c = record.intake.consent
        held = set(c.purposes if c.given else ())
        held = held | {purpose} if given else held - {purpose}
        consent = replace(c, given=bool(held), purposes=frozenset(held),
                          date=day if given else (c.date or day))
        # the events first, dated `day`; the update's own follow then has nothing left to add
        store_of(db).consent.follow(db, candidate_id, consent, today=day, advisor_id=advisor_id)
        store_of(db).candidates.update(db, candidate_id, replace(record, intake=replace(record.intake,
                                                                                consent=consent)),
                              expected_revision=meta.revision, advisor_id=advisor_id)
    return Changes(candidates=frozenset({candidate_id}), candidate_list=True,
                   plans=frozenset({candidate_id}))


def require_consent(db: Handle, candidate_id: str, purpose: ConsentPurpose) -> None:
    """ConsentMissing naming the purpose, unless the record allows it (export and share call this;
    printing checks it in plans/document.py)."""
    _meta, record = store_of(db).candidates.get(db, candidate_id)
    store_of(db).consent.require(db, candidate_id, purpose, record.intake.consent,
                         record.candidate.name.display or candidate_id)


# --- right of access ------------------------------------------------------------------------------


def _private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)


def _write(path: Path, data: bytes) -> Path:
    """Written readable by the user only: these files hold personal data."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.chmod(path, 0o600)
    return path


def _event_json(e: ConsentEvent) -> dict[str, Any]:
    return {"purpose": e.purpose.value, "purpose_nl": purpose_text(e.purpose, "nl"),
            "given": e.given, "on": e.on.isoformat(), "privacy_text_version": e.text_version,
            "advisor_id": e.advisor_id, "recorded_at": e.recorded_at}


@dataclass(frozen=True, slots=True)
class AccessExport:
    folder: Path
    files: tuple[Path, ...]


def export_person(db: Handle, candidate_id: str, out_dir: Path, today: date | None = None,
                  advisor_id: str | None = None) -> tuple[AccessExport, Changes]:
    """Everything held on one person, in a new folder under `out_dir` (readable by the user only):
    the intake(s) as JSON in the exchange format, every plan version as PDF, the trajectory, the
    consent history, the audit lines about their records, and a cover letter (Dutch, B1, and
    English). Not gated by consent: access is the person's right."""
    from ..plans.document import make_document
    from ..plans.renderer import render_plan
    day = today or date.today()
    meta, record = store_of(db).candidates.get(db, candidate_id)
    folder = out_dir / f"inzage-{candidate_id[:8]}-{day.isoformat()}"
    _private_dir(folder)
    files: list[Path] = []
    text, _replaced = intake_format.dumps(intake_format.to_document(record, meta))
    files.append(_write(folder / "intake.json", text.encode("utf-8")))
    older = [doc for _iid, doc in store_of(db).access.intakes(db, candidate_id)]
    if len(older) > 1:  # earlier conversations too, as stored
        files.append(_write(folder / "intakes-alle.json",
                            json.dumps(older, ensure_ascii=False, indent=2).encode("utf-8")))
    versions = store_of(db).plans.versions(db, candidate_id)
    if versions:
        catalog, settings = store_of(db).catalog.load(db), store_of(db).settings.load(db)
        for v in versions:
            pdf = render_plan(make_document(v, record, catalog, settings))
            files.append(_write(folder / f"plan-versie-{v.version}.pdf", pdf))
    trajectory = {
        "stage_history": [to_json(c) for c in store_of(db).followup.history(db, candidate_id)],
        "next_contact": (s.next_contact.isoformat() if (s := store_of(db).followup.state(db, candidate_id))
                         .next_contact else None),
        "last_contact": s.last_contact.isoformat() if s.last_contact else None,
    }
    files.append(_write(folder / "traject.json",
                        json.dumps(trajectory, ensure_ascii=False, indent=2).encode("utf-8")))
    events = [_event_json(e) for e in store_of(db).consent.history(db, candidate_id)]
    files.append(_write(folder / "toestemming.json",
                        json.dumps(events, ensure_ascii=False, indent=2).encode("utf-8")))
    lines = store_of(db).audit.listing(db, store_of(db).access.record_ids(db, candidate_id))
    files.append(_write(folder / "logboek.csv", audit_csv(lines).encode("utf-8")))
    name = record.candidate.name.display
    files.append(_write(folder / "brief.txt", cover_letter(name, day, files, "nl").encode("utf-8")))
    files.append(_write(folder / "letter-en.txt", cover_letter(name, day, files, "en").encode("utf-8")))
    with known_errors(location(db)), db.atomic():
        store_of(db).audit.record(db, "export", "candidate", candidate_id,
                                  installation_id=installation_id(db), advisor_id=advisor_id,
                                  detail="inzage")
    return AccessExport(folder, tuple(files)), Changes()


_FILES_NL = {
    "intake.json": "uw gegevens van het intakegesprek (in het uitwisselformaat van Intake Desk)",
    "intakes-alle.json": "alle intakegesprekken die wij hebben vastgelegd",
    "traject.json": "de stappen van uw traject en uw volgende afspraak",
    "toestemming.json": "waarvoor u toestemming gaf of die introk, en wanneer",
    "logboek.csv": "wanneer wij iets met uw gegevens deden (afdrukken, opslaan, delen)",
}
_FILES_EN = {
    "intake.json": "your data from the intake conversation (in Intake Desk's exchange format)",
    "intakes-alle.json": "every intake conversation we recorded",
    "traject.json": "the steps of your trajectory and your next appointment",
    "toestemming.json": "what you gave or withdrew consent for, and when",
    "logboek.csv": "when we did something with your data (print, save, share)",
}


def cover_letter(name: str, day: date, files: list[Path], lang: str = "nl") -> str:
    """The letter that goes with an access export: what is in it, in plain words (B1)."""
    listed = []
    for f in files:
        if f.name.startswith("plan-versie-"):
            n = f.stem.rsplit("-", 1)[-1]
            listed.append(f"- {f.name}: " + (f"your plan, version {n}" if lang == "en"
                                              else f"uw plan, versie {n}"))
        else:
            words = (_FILES_EN if lang == "en" else _FILES_NL).get(f.name)
            if words:
                listed.append(f"- {f.name}: {words}")
    if lang == "en":
        return "\n".join([
            f"Dear {name},", "",
            f"You asked which data we hold about you. On {day:%d-%m-%Y} we put all of it in this "
            "folder:", "", *listed, "",
            "We keep your data for a limited time after our last conversation. Then we delete it.",
            "Is something wrong? Then you may ask us to correct it. You may also ask us to delete "
            "your data, or withdraw your consent. Withdrawing is as easy as giving it.",
            "We never record your citizen service number (BSN).", "",
            "Kind regards,", "Your advisor", ""])
    return "\n".join([
        f"Beste {name},", "",
        f"U vroeg welke gegevens wij over u hebben. Op {day:%d-%m-%Y} hebben wij alles in deze map "
        "gezet:", "", *listed, "",
        "Wij bewaren uw gegevens een beperkte tijd na ons laatste gesprek. Daarna halen wij ze weg.",
        "Klopt er iets niet? Dan mag u ons vragen om het te verbeteren. U mag ons ook vragen om uw "
        "gegevens weg te halen, of uw toestemming intrekken. Intrekken is net zo makkelijk als "
        "toestemming geven.",
        "Wij schrijven uw burgerservicenummer (BSN) nooit op.", "",
        "Met vriendelijke groet,", "Uw adviseur", ""])


# --- audit ----------------------------------------------------------------------------------------

AUDIT_COLUMNS = ("seq", "at", "installation_id", "advisor_id", "action", "entity", "entity_id",
                 "detail")


def audit_log(db: Handle, limit: int | None = None) -> list[dict[str, object]]:
    """The audit log, newest first: ids only."""
    return store_of(db).audit.listing(db, limit=limit)


def audit_csv(entries: list[dict[str, object]]) -> str:
    """The entries as CSV (UTF-8, comma; a cell starting with = + - @ is quoted as text)."""
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(AUDIT_COLUMNS)
    for e in entries:
        w.writerow([_cell(e.get(c)) for c in AUDIT_COLUMNS])
    return out.getvalue()


def _cell(v: object) -> str:
    text = "" if v is None else str(v)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def write_audit_csv(db: Handle, path: Path) -> Path:
    return _write(path, audit_csv(audit_log(db)).encode("utf-8"))


def names(db: Handle, ids: Iterable[str]) -> dict[str, str]:
    """id -> the name the advisor knows them by (for the screen only; never logged)."""
    from ..storage import StorageError

    found = {}
    for cid in ids:
        try:
            found[cid] = store_of(db).candidates.get(db, cid)[1].candidate.name.display or cid
        except StorageError:
            found[cid] = f"(beschadigd) {cid}"
    return found


def purge_report_named(db: Handle, today: date | None = None
                       ) -> tuple[PurgeReport, dict[str, str]]:
    """The report and the names of those in it, for the advisor who confirms (app start, daily)."""
    report = purge_report(db, today)
    return report, names(db, report.ids)


def record_output(db: Handle, candidate_id: str, action: str, detail: str = "",
                  advisor_id: str | None = None) -> Changes:
    """Log that a candidate's plan left the program: "print" or "export" (saved as PDF); ids only.
    The GUI calls this after a print or save succeeded; the CLI after writing the file."""
    if action not in ("print", "export"):
        raise ValueError(f"actie: {action!r} is geen print of export")
    with known_errors(location(db)), db.atomic():
        store_of(db).audit.record(db, action, "candidate", candidate_id,
                                  installation_id=installation_id(db), advisor_id=advisor_id,
                                  detail=detail)
    return Changes()


MAX_TERM_MONTHS = 120


def set_retention(db: Handle, months: int | None = None,
                  terms: dict[str, int] | None = None) -> Changes:
    """Change the general term and/or the terms per stage ({} clears them); each 1-120 months, the
    stage one of domain/trajectory.Stage. Refused values name the field and change nothing."""
    from ..domain.trajectory import Stage

    def checked(field: str, value: int) -> int:
        if not 1 <= value <= MAX_TERM_MONTHS:
            raise ValueError(f"{field}: {value} maanden kan niet; kies 1 tot en met {MAX_TERM_MONTHS}.")
        return value

    current = store_of(db).settings.load(db)
    general = checked("bewaartermijn", months) if months is not None else current.retention_months
    stages = {s.value for s in Stage}
    per_stage = current.retention_terms
    if terms is not None:
        unknown = sorted(set(terms) - stages)
        if unknown:
            raise ValueError(f"fase: {', '.join(unknown)} bestaat niet; kies uit "
                             f"{', '.join(sorted(stages))}.")
        per_stage = tuple(RetentionTerm(s, checked(f"bewaartermijn {s}", m))
                          for s, m in sorted(terms.items()))
    with known_errors(location(db)), db.atomic():
        store_of(db).settings.save(db, replace(current, retention_months=general, retention_terms=per_stage))
    return Changes(settings=True)
