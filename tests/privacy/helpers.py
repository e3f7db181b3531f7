"""Candidates with names that occur nowhere else, so a byte search for them means what it says."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlite_utils import Database

from intake_desk.app.candidates import add_candidate
from intake_desk.demo import demo_records
from intake_desk.domain import CandidateRecord, Consent, ConsentPurpose
from intake_desk.domain.codec import replace

TODAY = date(2026, 3, 2)


def unique_record(surname: str, first: str = "Quirinella", *, seed: int = 3,
                  today: date = TODAY, purposes: frozenset[ConsentPurpose] | None = None
                  ) -> CandidateRecord:
    record = next(demo_records(1, seed=seed, today=today))
    c = record.candidate
    name = replace(c.name, first_name=first, tussenvoegsel="", surname=surname)
    contact = replace(c.contact, town="Zwammerdam", email=f"{surname.lower()}@example.org")
    consent = Consent(given=True, date=record.intake.date,
                      purposes=purposes if purposes is not None
                      else frozenset({ConsentPurpose.ADVICE, ConsentPurpose.PLAN}))
    intake = replace(record.intake, notes=f"Gesprek met {first} {surname} over werk.", consent=consent)
    return replace(record, candidate=replace(c, name=name, contact=contact), intake=intake)


def add(db: Database, surname: str, **kw: object) -> str:
    meta, _ = add_candidate(db, unique_record(surname, **kw))  # type: ignore[arg-type]
    return meta.id


def file_bytes(db_path: Path) -> bytes:
    """The database, its WAL and its shm, as the disk holds them."""
    out = b""
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = Path(f"{db_path}{suffix}")
        if p.exists():
            out += p.read_bytes()
    return out


def holds(data: bytes, word: str) -> bool:
    """The word in any case, as UTF-8 (names, FTS terms are folded to lower case)."""
    low = data.lower()
    return word.lower().encode() in low


def add_plan(db: Database, candidate_id: str, notes: str = "", day: date = TODAY) -> None:
    """A plan version without a route, stored as app/routes.save_plan stores one (no matcher needed)."""
    from intake_desk.domain import CredentialKind
    from intake_desk.domain.route import PlanVersion, Route
    from intake_desk.storage import plans

    version = PlanVersion(plan_id="", version=0, candidate_id=candidate_id,
                          route=Route(steps=(), goal_credential=CredentialKind.DIPLOMA),
                          created_on=day, advisor="Adviseur Test", notes=notes)
    with db.atomic():
        plans.save_version(db, version)
