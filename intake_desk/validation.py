"""Validation as you type: one check per kind of field, each returning a short Dutch message or None.

Pure functions, no Qt: the form marks the field and shows the message; the same checks run in tests and
scripts. An `Issue` is an *error* (saving is blocked) or a *warning* (shown, saving allowed).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

import phonenumbers


class Severity(StrEnum):
    ERROR = "fout"
    WARNING = "waarschuwing"


@dataclass(frozen=True, slots=True)
class Issue:
    severity: Severity
    message: str

    @property
    def blocks_saving(self) -> bool:
        return self.severity is Severity.ERROR


def error(message: str) -> Issue:
    return Issue(Severity.ERROR, message)


def warning(message: str) -> Issue:
    return Issue(Severity.WARNING, message)


_POSTCODE = re.compile(r"^\s*([1-9][0-9]{3})\s?([A-Za-z]{2})\s*$")
# Letter pairs PostNL never issues (SA, SD, SS).
_NO_POSTCODE_LETTERS = frozenset({"SA", "SD", "SS"})
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_DATE = re.compile(r"^\s*(\d{1,2})-(\d{1,2})-(\d{4})\s*$")


def normalize_postcode(text: str) -> str:
    """'1234ab' -> '1234 AB'; text that is not a postcode comes back unchanged."""
    m = _POSTCODE.match(text)
    return f"{m.group(1)} {m.group(2).upper()}" if m else text


def check_postcode(text: str) -> Issue | None:
    if not text.strip():
        return None
    m = _POSTCODE.match(text)
    if m is None:
        return error("Postcode als 1234 AB: vier cijfers (niet met 0 beginnend) en twee letters.")
    if m.group(2).upper() in _NO_POSTCODE_LETTERS:
        return error("Deze lettercombinatie bestaat niet in Nederlandse postcodes.")
    return None


def normalize_phone(text: str) -> str:
    try:
        number = phonenumbers.parse(text, "NL")
    except phonenumbers.NumberParseException:
        return text
    if not phonenumbers.is_valid_number(number):
        return text
    fmt = (phonenumbers.PhoneNumberFormat.NATIONAL if number.country_code == 31
           else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return str(phonenumbers.format_number(number, fmt))


def check_phone(text: str) -> Issue | None:
    if not text.strip():
        return None
    try:
        number = phonenumbers.parse(text, "NL")
    except phonenumbers.NumberParseException:
        return error("Dit is geen telefoonnummer. Bijvoorbeeld 06 12345678 of +32 470 12 34 56.")
    if not phonenumbers.is_possible_number(number):
        return error("Dit telefoonnummer heeft te veel of te weinig cijfers.")
    if not phonenumbers.is_valid_number(number):
        return warning("Dit telefoonnummer lijkt niet te bestaan; kijk het na.")
    return None


def check_email(text: str) -> Issue | None:
    if not text.strip():
        return None
    if _EMAIL.match(text.strip()) is None:
        return error("E-mailadres als naam@voorbeeld.nl.")
    return None


def parse_date(text: str) -> date | None:
    """dd-mm-jjjj -> date; None when empty or not a real date."""
    m = _DATE.match(text)
    if m is None:
        return None
    day, month, year = (int(g) for g in m.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def format_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def check_date(text: str) -> Issue | None:
    if not text.strip():
        return None
    if _DATE.match(text) is None:
        return error("Datum als dd-mm-jjjj, bijvoorbeeld 05-03-2026.")
    if parse_date(text) is None:
        return error("Deze datum bestaat niet.")
    return None


def check_birth_date(text: str, today: date | None = None) -> Issue | None:
    problem = check_date(text)
    if problem is not None or not text.strip():
        return problem
    born = parse_date(text)
    assert born is not None
    today = today or date.today()
    if born > today:
        return error("De geboortedatum ligt in de toekomst.")
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    if age > 100:
        return error("Ouder dan 100 jaar: kijk het jaartal na.")
    if age < 12:
        return error("Jonger dan 12 jaar: kijk het jaartal na.")
    if age < 15 or age > 70:
        return warning(f"Leeftijd {age} jaar: klopt dat?")
    return None


def check_year(text: str, today: date | None = None) -> Issue | None:
    if not text.strip():
        return None
    if not text.strip().isdigit():
        return error("Jaartal in cijfers, bijvoorbeeld 2019.")
    year = int(text)
    if not 1940 <= year <= (today or date.today()).year + 6:
        return error("Dit jaartal is niet aannemelijk.")
    return None


def check_whole_number(low: int, high: int) -> Callable[[str], Issue | None]:
    def check(text: str) -> Issue | None:
        if not text.strip():
            return None
        if not text.strip().isdigit():
            return error("Vul een heel getal in.")
        if not low <= int(text) <= high:
            return error(f"Tussen {low} en {high}.")
        return None

    return check


def check_required(text: str) -> Issue | None:
    return None if text.strip() else error("Dit veld is verplicht.")


def check_region(text: str, field: str = "regio") -> Issue | None:
    """An arbeidsmarktregio by code, CBS name or everyday name; a typo gets a "bedoelt u" hint.
    The English twin of the message: intake_desk.regions.region_problem."""
    from .regions import region_problem

    problem = region_problem(field, text)
    return error(problem[0]) if problem else None
