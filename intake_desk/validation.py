"""The checks every door applies: the intake form as you type, the intake exchange format, the CLI.

Pure functions, no Qt, no wording: a check returns a `Problem` (a code, the field, the values the message
needs, and whether it blocks saving) or None. What an advisor reads lives in one module per medium:
intake_desk.validation_texts (Dutch and English, for the CLI and the core) and ui/views/form_fields.py
(tr(), for the screen). So no caller ever has to read a message back to know what went wrong.

`FIELDS` is the one table of rules: which field, where the exchange format keeps it, its check on the
text typed in the form and its check on the typed value read from a document. Text sizes, characters and
list lengths are limited for every field by `MAX_LENGTH` and `MAX_ITEMS`, so a pasted 10 MB name is
refused at the door instead of slowing down every search that folds it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

import phonenumbers


class Severity(StrEnum):
    ERROR = "fout"
    WARNING = "waarschuwing"


class Code(StrEnum):
    """What is wrong; the wording of each is in validation_texts (core) and form_fields (screen)."""

    REQUIRED = "required"
    TOO_LONG = "too_long"                # args: (most characters,)
    BAD_CHARACTERS = "bad_characters"    # control characters or broken Unicode (a lone surrogate)
    TOO_MANY = "too_many"                # args: (most items,)
    POSTCODE_FORMAT = "postcode_format"
    POSTCODE_LETTERS = "postcode_letters"
    PHONE_NOT_A_NUMBER = "phone_not_a_number"
    PHONE_LENGTH = "phone_length"
    PHONE_UNKNOWN = "phone_unknown"
    EMAIL_FORMAT = "email_format"
    DATE_FORMAT = "date_format"
    DATE_NOT_REAL = "date_not_real"
    DATE_IMPLAUSIBLE = "date_implausible"  # args: (first year, last year)
    BIRTH_IN_FUTURE = "birth_in_future"
    BIRTH_TOO_OLD = "birth_too_old"
    BIRTH_TOO_YOUNG = "birth_too_young"
    AGE_CHECK = "age_check"              # args: (age,)
    YEAR_DIGITS = "year_digits"
    YEAR_IMPLAUSIBLE = "year_implausible"
    WHOLE_NUMBER = "whole_number"
    NUMBER_RANGE = "number_range"        # args: (low, high)
    NOT_A_NUMBER = "not_a_number"        # NaN or infinity
    REGION_UNKNOWN = "region_unknown"    # args: (what was typed,)
    REGION_MEANT = "region_meant"        # args: (what was typed, the region it may mean)
    CONSENT_DATE = "consent_date"
    LOOKS_LIKE_BSN = "looks_like_bsn"    # a warning: a number in free text passes the 11-proef
    LOOKS_LIKE_ID_DOCUMENT = "looks_like_id_document"  # a warning: a passport or ID card number


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding of a check. `field` is the form's key ("birth_date", "education.0.year") or, at the
    exchange format's door, the JSON path ("$.candidate.birth_date")."""

    code: Code
    field: str
    args: tuple[str | int, ...] = ()
    severity: Severity = Severity.ERROR

    @property
    def blocks_saving(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def text_nl(self) -> str:
        from .validation_texts import text

        return text(self, "nl")

    @property
    def text_en(self) -> str:
        from .validation_texts import text

        return text(self, "en")

    @property
    def message(self) -> str:
        """The Dutch text (CLI, logs, tests); the screen words it through tr() instead."""
        return self.text_nl

    def at(self, field: str) -> Problem:
        return Problem(self.code, field, self.args, self.severity)


def error(code: Code, field: str = "", *args: str | int) -> Problem:
    return Problem(code, field, tuple(args), Severity.ERROR)


def warning(code: Code, field: str = "", *args: str | int) -> Problem:
    return Problem(code, field, tuple(args), Severity.WARNING)


# --- sizes and characters: every text field, every list -------------------------------------------
# Characters, by the field's own name (the last part of its key or path). Long enough for any real
# name, address or note; short enough that nothing downstream (search folding, duplicate matching, the
# printed plan) can be slowed down by what is pasted. E-mail: RFC 5321's 254; phone: E.164's 15 digits
# with room for spaces and a prefix.
MAX_LENGTH: dict[str, int] = {
    "first_name": 100, "surname": 100, "tussenvoegsel": 20, "email": 254, "phone": 30,
    "street": 200, "postcode": 10, "town": 100, "municipality": 100, "region_code": 100,
    "advisor": 200, "name": 200, "country": 60, "crebo": 10, "title": 200, "code": 30,
    "werkprocessen": 200, "role": 200, "sector": 200, "tasks": 4000, "language": 60,
    "occupation": 200, "keywords": 100, "funding": 2000, "note": 4000, "referral": 1000,
    "notes": 20000, "travel_regions": 100,
}
DEFAULT_MAX_LENGTH = 500
# Fields written over several lines; every other text is one line.
MULTILINE = frozenset({"tasks", "funding", "note", "referral", "notes"})
# Items in a list, by the list's name; the domain's own sizes (five Big 5 domains, 35 regions) or far
# above what one person's intake holds.
MAX_ITEMS: dict[str, int] = {
    "education": 30, "credentials": 30, "experience": 50, "other_languages": 30, "goals": 10,
    "funding": 30, "barriers": 5, "travel_regions": 35, "leerwegen": 5, "keywords": 30,
    "werkprocessen": 60, "days": 7, "purposes": 10,
}
DEFAULT_MAX_ITEMS = 50


def leaf(field: str) -> str:
    """The field's own name: "$.intake.education[2].name" -> "name", "note_werk" -> "note",
    "education.0.year" -> "year", "$.intake.funding[3]" -> "funding"."""
    name = field.rstrip("]")
    if name != field:  # an item of a list takes the list's name
        name = name[:name.rfind("[")]
    parts = [p for p in name.replace("$", "").split(".") if p and not p.isdigit()]
    last = parts[-1] if parts else field
    for prefix in ("goal_", "note_", "referral_"):
        if last.startswith(prefix):
            return prefix.rstrip("_") if prefix != "goal_" else last[len(prefix):]
    return last


def check_text(field: str, text: str) -> Problem | None:
    """Size and characters: at most MAX_LENGTH characters, no control characters (line breaks only
    where the field has lines) and no broken Unicode, which no file or database can store."""
    name = leaf(field)
    limit = MAX_LENGTH.get(name, DEFAULT_MAX_LENGTH)
    if len(text) > limit:
        return error(Code.TOO_LONG, field, limit)
    allowed = "\t\n\r" if name in MULTILINE else "\t"
    if any((ord(ch) < 32 and ch not in allowed) or 0xD800 <= ord(ch) <= 0xDFFF or ch == "\x7f"
           for ch in text):
        return error(Code.BAD_CHARACTERS, field)
    return None


def check_items(field: str, count: int) -> Problem | None:
    limit = MAX_ITEMS.get(leaf(field), DEFAULT_MAX_ITEMS)
    return error(Code.TOO_MANY, field, limit) if count > limit else None


# --- postcode, phone, e-mail ----------------------------------------------------------------------
_POSTCODE = re.compile(r"^\s*([1-9][0-9]{3})\s?([A-Za-z]{2})\s*$")
# Letter pairs PostNL never issues (SA, SD, SS).
_NO_POSTCODE_LETTERS = frozenset({"SA", "SD", "SS"})
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_DATE = re.compile(r"^\s*(\d{1,2})-(\d{1,2})-(\d{4})\s*$")


def normalize_postcode(text: str) -> str:
    """'1234ab' -> '1234 AB'; text that is not a postcode comes back unchanged."""
    m = _POSTCODE.match(text)
    return f"{m.group(1)} {m.group(2).upper()}" if m else text


def check_postcode(text: str, field: str = "postcode") -> Problem | None:
    if not text.strip():
        return None
    m = _POSTCODE.match(text)
    if m is None:
        return error(Code.POSTCODE_FORMAT, field)
    if m.group(2).upper() in _NO_POSTCODE_LETTERS:
        return error(Code.POSTCODE_LETTERS, field)
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


def check_phone(text: str, field: str = "phone") -> Problem | None:
    if not text.strip():
        return None
    try:
        number = phonenumbers.parse(text, "NL")
    except phonenumbers.NumberParseException:
        return error(Code.PHONE_NOT_A_NUMBER, field)
    if not phonenumbers.is_possible_number(number):
        return error(Code.PHONE_LENGTH, field)
    if not phonenumbers.is_valid_number(number):
        return warning(Code.PHONE_UNKNOWN, field)
    return None


def check_email(text: str, field: str = "email") -> Problem | None:
    if not text.strip():
        return None
    if _EMAIL.match(text.strip()) is None:
        return error(Code.EMAIL_FORMAT, field)
    return None


# --- dates ----------------------------------------------------------------------------------------
FIRST_YEAR = 1900  # no date an intake records (intake, start, consent) lies before this
YEARS_AHEAD = 10   # ... or further ahead than this


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


def check_date_value(value: date, field: str = "", today: date | None = None) -> Problem | None:
    """An intake, start or consent date: within the years an intake can be about."""
    last = (today or date.today()).year + YEARS_AHEAD
    if not FIRST_YEAR <= value.year <= last:
        return error(Code.DATE_IMPLAUSIBLE, field, FIRST_YEAR, last)
    return None


def check_date(text: str, field: str = "", today: date | None = None) -> Problem | None:
    if not text.strip():
        return None
    if _DATE.match(text) is None:
        return error(Code.DATE_FORMAT, field)
    value = parse_date(text)
    if value is None:
        return error(Code.DATE_NOT_REAL, field)
    return check_date_value(value, field, today)


def check_birth_value(born: date, field: str = "birth_date", today: date | None = None
                      ) -> Problem | None:
    """A plausible birth date: not in the future, from 12 to 100 years ago; under 15 or over 70 is
    asked about but allowed."""
    today = today or date.today()
    if born > today:
        return error(Code.BIRTH_IN_FUTURE, field)
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    if age > 100:
        return error(Code.BIRTH_TOO_OLD, field)
    if age < 12:
        return error(Code.BIRTH_TOO_YOUNG, field)
    if age < 15 or age > 70:
        return warning(Code.AGE_CHECK, field, age)
    return None


def check_birth_date(text: str, today: date | None = None, field: str = "birth_date"
                     ) -> Problem | None:
    if not text.strip():
        return None
    if _DATE.match(text) is None:
        return error(Code.DATE_FORMAT, field)
    born = parse_date(text)
    if born is None:
        return error(Code.DATE_NOT_REAL, field)
    return check_birth_value(born, field, today)


# --- numbers --------------------------------------------------------------------------------------
FIRST_DIPLOMA_YEAR = 1940
YEARS_AHEAD_DIPLOMA = 6  # a diploma planned for a course that starts now


def check_year_value(year: int, field: str = "year", today: date | None = None) -> Problem | None:
    if not FIRST_DIPLOMA_YEAR <= year <= (today or date.today()).year + YEARS_AHEAD_DIPLOMA:
        return error(Code.YEAR_IMPLAUSIBLE, field)
    return None


def check_year(text: str, today: date | None = None, field: str = "year") -> Problem | None:
    if not text.strip():
        return None
    if not _digits(text):
        return error(Code.YEAR_DIGITS, field)
    return check_year_value(int(text), field, today)


def check_number_value(value: float, low: int, high: int, field: str = "") -> Problem | None:
    """A number read from a document: finite and in range (NaN and infinity are no amount of hours)."""
    if not math.isfinite(value):
        return error(Code.NOT_A_NUMBER, field)
    if not low <= value <= high:
        return error(Code.NUMBER_RANGE, field, low, high)
    return None


def check_whole_number(low: int, high: int) -> Callable[[str], Problem | None]:
    def check(text: str, field: str = "") -> Problem | None:
        if not text.strip():
            return None
        if not _digits(text):
            return error(Code.WHOLE_NUMBER, field)
        return check_number_value(int(text), low, high, field)

    return check


def _digits(text: str) -> bool:
    """Plain digits, and few enough to be a count (no 5,000-digit "number" is converted)."""
    stripped = text.strip()
    return stripped.isascii() and stripped.isdigit() and len(stripped) <= 9


# --- required, region -----------------------------------------------------------------------------
def check_required(text: str, field: str = "") -> Problem | None:
    return None if text.strip() else error(Code.REQUIRED, field)


def check_region(text: str, field: str = "region_code") -> Problem | None:
    """An arbeidsmarktregio by code, CBS name or everyday name; a typo gets a "bedoelt u" hint."""
    from .regions import region_code, suggest_region

    if not text.strip() or region_code(text) is not None:
        return None
    hint = suggest_region(text)
    if hint is not None:
        return error(Code.REGION_MEANT, field, text, hint.name)
    return error(Code.REGION_UNKNOWN, field, text)


# --- no BSN in free text ---------------------------------------------------------------------------
# UAVG art. 46: the BSN only where a law says so, and nothing here does (DOMAIN.md); nor a copy of an
# identity document's number. Free text is where one slips in ("BSN 123456782 staat op de brief"), so
# the form warns before saving; it does not block, since a number can look like one by chance.
# A BSN has 9 digits (8 for old ones, read with a leading 0) and passes the 11-proef:
# 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is divisible by 11 (Rijksdienst voor Identiteitsgegevens, "Logisch
# Ontwerp BSN"). Digits may be grouped by spaces, dots or dashes; a run inside a longer number (a
# phone number, an IBAN) or shaped as a date is not one.
_DIGIT_RUN = re.compile(r"(?<![\w.,/+-])\d(?:[ .-]?\d){7,8}(?![\w]|[.,/-]\d)")
_DATE_SHAPED = re.compile(r"^\d{1,2}([-./ ])\d{1,2}\1\d{2,4}$")
# A Dutch passport or identity card number since 2014: two letters, six letters or digits, a digit,
# never the letter O (Rijksoverheid, "Documentnummer paspoort en ID-kaart"); at least three digits so
# that words in capitals are not taken for one.
_ID_DOCUMENT = re.compile(r"(?<![\w])[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9](?![\w])")


def elfproef(digits: str) -> bool:
    """Whether 8 or 9 digits pass the BSN's 11-proef (all zeros does not)."""
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9 or not digits.isdigit() or digits == "0" * 9:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


def check_personal_numbers(text: str, field: str = "") -> Problem | None:
    """A warning when free text holds what looks like a BSN or an identity document's number."""
    for found in _DIGIT_RUN.finditer(text):
        run = found.group(0)
        if not _DATE_SHAPED.match(run) and elfproef(re.sub(r"\D", "", run)):
            return warning(Code.LOOKS_LIKE_BSN, field)
    for found in _ID_DOCUMENT.finditer(text):
        if sum(ch.isdigit() for ch in found.group(0)) >= 3:
            return warning(Code.LOOKS_LIKE_ID_DOCUMENT, field)
    return None


# --- the one table --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class FieldRule:
    """One field's check at every door. `path` is where the exchange format keeps it ("[]": each item
    of a list); `form` checks the text typed in the form; `value` the typed value from a document."""

    path: str
    form: Callable[[str], Problem | None]
    value: Callable[[Any], Problem | None]


def _text_rule(path: str, check: Callable[[str], Problem | None]) -> FieldRule:
    return FieldRule(path, check, lambda v: check(str(v)))


def _number_rule(path: str, low: int, high: int) -> FieldRule:
    return FieldRule(path, check_whole_number(low, high),
                     lambda v: check_number_value(v, low, high))


HOURS_PER_WEEK = (0, 60)
TRAVEL_MINUTES = (0, 240)
EXPERIENCE_YEARS = (0, 60)

# The form's key (a list's cell as "<list>.<column>") -> its rule. A key the form does not have
# (latest_start, credentials) is checked in documents only.
FIELDS: dict[str, FieldRule] = {
    "surname": _text_rule("candidate.name.surname", check_required),
    "birth_date": FieldRule("candidate.birth_date", check_birth_date, check_birth_value),
    "email": _text_rule("candidate.contact.email", check_email),
    "phone": _text_rule("candidate.contact.phone", check_phone),
    "postcode": _text_rule("candidate.contact.postcode", check_postcode),
    "region_code": _text_rule("candidate.region_code", check_region),
    "intake_date": FieldRule("intake.date", check_date, check_date_value),
    "earliest_start": FieldRule("intake.preferences.earliest_start", check_date, check_date_value),
    "latest_start": FieldRule("intake.preferences.latest_start", check_date, check_date_value),
    "consent_date": FieldRule("intake.consent.date", check_date, check_date_value),
    "hours_per_week": _number_rule("intake.availability.hours_per_week", *HOURS_PER_WEEK),
    "travel_minutes": _number_rule("intake.preferences.travel_minutes", *TRAVEL_MINUTES),
    "education.year": FieldRule("intake.education[].year", check_year, check_year_value),
    "credentials.year": FieldRule("intake.credentials[].year", check_year, check_year_value),
    "experience.years": _number_rule("intake.experience[].years", *EXPERIENCE_YEARS),
    "travel_regions": _text_rule("intake.preferences.travel_regions[]", check_region),
    # Free text: no BSN or identity document number (a warning, see check_personal_numbers).
    "notes": _text_rule("intake.notes", check_personal_numbers),
    "goal_occupation": _text_rule("intake.goals[].occupation", check_personal_numbers),
    "funding": _text_rule("intake.funding[]", check_personal_numbers),
    "experience.role": _text_rule("intake.experience[].role", check_personal_numbers),
    "experience.tasks": _text_rule("intake.experience[].tasks", check_personal_numbers),
    **{f"{kind}_{domain}": _text_rule(f"intake.barriers[].{kind}", check_personal_numbers)
       for kind in ("note", "referral")
       for domain in ("wonen", "inkomen", "welzijn", "werk-en-school", "support")},
}
