"""Seeding helpers for the desk tests: candidates written straight into the test database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from intake_desk.domain import IntakeStatus
from intake_desk.form_values import empty_values, to_record
from intake_desk.storage import candidates as repo
from intake_desk.storage import open_database


def seed(db_path: Path, people: list[tuple[str, str, str, str]], status: IntakeStatus =
         IntakeStatus.COMPLETE) -> None:
    """people: (first name, tussenvoegsel, surname, town)."""
    db = open_database(db_path)
    with db.atomic():
        for first, tussen, surname, town in people:
            repo.insert(db, to_record(empty_values(date(2026, 1, 15)) | {
                "first_name": first, "tussenvoegsel": tussen, "surname": surname, "town": town,
                "birth_date": "01-01-1990"}, status))
    db.close()


def many(n: int) -> list[tuple[str, str, str, str]]:
    return [(f"Voornaam{i}", "", f"Achternaam{i:05d}", "Utrecht" if i % 2 else "Zwolle")
            for i in range(n)]
