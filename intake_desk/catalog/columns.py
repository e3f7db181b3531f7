"""The flat catalog sheet: one row per offering (with its item's fields), Dutch or English headers.

Rows with an item but no offering code carry items that nothing offers yet. Values are parsed the way
a Dutch spreadsheet writes them: decimal commas (`1.750,00`), `ja`/`nee`, d-m-jjjj dates, month names.
Every parser raises ValueError with a Dutch message that the validation report shows as is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import lru_cache
from typing import TypeVar

from ..domain import CredentialKind, ItemKind, Leerweg, RefLevel, StartSchedule, Werkproces

E = TypeVar("E", bound=Enum)


@dataclass(frozen=True, slots=True)
class Column:
    field: str  # attribute name; "item." or "offering." or "prereq." or "schedule." prefix
    header: str  # the Dutch header written on export
    aliases: tuple[str, ...] = ()


COLUMNS: tuple[Column, ...] = (
    Column("item.code", "artikelcode", ("crebo", "itemcode", "item code", "opleidingscode",
                                        "kwalificatiecode", "catalogus code", "catalog code")),
    Column("item.kind", "soort", ("type", "kind", "item kind", "soort artikel")),
    Column("item.title", "titel", ("naam", "opleiding", "title", "name", "opleidingsnaam")),
    Column("item.level", "niveau", ("level", "mbo niveau")),
    Column("item.sector", "sector", ("branche",)),
    Column("item.dossier_code", "dossiercode", ("dossier", "dossier code", "kwalificatiedossier")),
    Column("item.dossier_title", "dossiernaam", ("dossier titel", "dossier title", "dossier name")),
    Column("item.part_of", "onderdeel van", ("deel van", "part of", "hoort bij")),
    Column("item.sbu", "sbu", ("studiebelasting", "study load")),
    Column("item.leerwegen", "leerwegen", ("learning paths", "leerwegen mogelijk")),
    Column("item.werkprocessen", "werkprocessen", ("work processes",)),
    Column("item.vog_required", "vog nodig", ("vog", "vog required", "certificate of conduct")),
    Column("item.dutch_required", "taaleis", ("nederlands niveau", "dutch required",
                                              "dutch level required", "taalniveau diploma")),
    Column("item.occupations", "beroepen", ("occupations", "beroep")),
    Column("item.description", "omschrijving", ("beschrijving", "description")),
    Column("item.source", "bron", ("source",)),
    Column("offering.code", "aanbodcode", ("code aanbod", "offering code", "offering", "code")),
    Column("offering.provider", "aanbieder", ("school", "provider", "instelling")),
    Column("offering.location", "locatie", ("plaats", "location", "vestiging")),
    Column("offering.region_code", "regio", ("arbeidsmarktregio", "region", "labour market region")),
    Column("offering.leerweg", "leerweg", ("learning path", "leerroute")),
    Column("offering.weeks", "weken", ("duur weken", "duur", "weeks", "duration weeks")),
    Column("offering.hours_per_week", "uren per week", ("uren", "hours per week", "hours")),
    Column("offering.cost", "kosten", ("prijs", "cost", "price", "kosten eur", "bedrag")),
    Column("offering.leads_to", "leidt tot", ("resultaat", "leads to", "credential", "bewijs")),
    Column("prereq.min_prior_level", "min vooropleiding", ("vooropleiding niveau",
                                                          "min prior level", "minimum niveau")),
    Column("prereq.requires_startkwalificatie", "startkwalificatie nodig",
           ("requires startkwalificatie", "startkwalificatie")),
    Column("prereq.dutch", "taalniveau instroom", ("instroom nederlands", "dutch", "dutch entry level")),
    Column("prereq.previous_item", "vorige stap", ("vooraf", "previous step", "previous item",
                                                   "eerst")),
    Column("prereq.requires_job", "baan nodig", ("werkplek nodig", "requires job", "job needed")),
    Column("offering.alongside", "naast andere stap", ("combineerbaar", "alongside",
                                                       "can run alongside")),
    Column("schedule.starts", "startmomenten", ("start", "starts", "start dates", "startdata")),
    Column("schedule.day", "startdag", ("start day", "dag")),
    Column("offering.sample", "voorbeeld", ("sample", "voorbeeldgegevens")),
)


def normalise(header: str) -> str:
    """'Uren_per-week ' -> 'uren per week'; also strips a BOM and quotes Excel may leave."""
    text = header.replace("\ufeff", "").strip().strip("'\"").lower()
    text = re.sub(r"[\s_\-./()]+", " ", text)
    return text.strip()


HEADER_INDEX: dict[str, Column] = {}
for _c in COLUMNS:
    for _name in (_c.header, _c.field.split(".", 1)[1].replace("_", " "), *_c.aliases):
        HEADER_INDEX.setdefault(normalise(_name), _c)
BY_FIELD = {c.field: c for c in COLUMNS}
REQUIRED = ("item.code",)
REQUIRED_FOR_NEW_ITEM = ("item.kind", "item.title")
REQUIRED_FOR_NEW_OFFERING = ("offering.provider", "offering.location", "offering.region_code",
                             "offering.leerweg", "offering.weeks", "offering.hours_per_week")

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

_TRUE = {"ja", "j", "yes", "y", "true", "waar", "1", "x", "wel"}
_FALSE = {"nee", "n", "no", "false", "onwaar", "0", "niet", ""}

MONTHS = {
    "januari": 1, "jan": 1, "january": 1, "februari": 2, "feb": 2, "february": 2, "maart": 3,
    "mrt": 3, "mar": 3, "march": 3, "april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6, "jun": 6,
    "june": 6, "juli": 7, "jul": 7, "july": 7, "augustus": 8, "aug": 8, "august": 8, "september": 9,
    "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10, "october": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
MONTH_NAMES = ("", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
               "september", "oktober", "november", "december")
MONTHLY_WORDS = {"elke maand", "iedere maand", "maandelijks", "monthly", "every month", "doorlopend"}

SYNONYMS: dict[type[Enum], dict[str, str]] = {
    ItemKind: {"qualification": "kwalificatie", "diploma": "kwalificatie", "opleiding": "kwalificatie",
               "elective": "keuzedeel", "certificate": "certificaat", "mbo certificaat": "certificaat",
               "workplace statement": "praktijkverklaring", "short module": "module",
               "korte module": "module", "cursus": "module", "course": "module"},
    Leerweg: {"derde leerweg": "derde-leerweg", "third": "derde-leerweg", "contract": "derde-leerweg",
              "short": "kort", "short course": "kort", "cursus": "kort", "korte cursus": "kort"},
    CredentialKind: {"certificate": "certificaat", "mbo certificaat": "certificaat",
                     "school statement": "schoolverklaring", "verklaring": "schoolverklaring",
                     "workplace statement": "praktijkverklaring", "geen": "schoolverklaring"},
    RefLevel: {},
}


def is_formula(raw: str) -> bool:
    return raw.startswith("=")


def unprotect(raw: str) -> str:
    """Undo the export's guard: a leading ' before = + - @ is ours, not part of the value."""
    if len(raw) > 1 and raw[0] == "'" and raw[1] in FORMULA_START:
        return raw[1:]
    return raw


def protect(text: str) -> str:
    """Make a cell a spreadsheet shows as text and never runs as a formula."""
    return "'" + text if text.startswith(FORMULA_START) else text


def text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    return str(value).strip()


def parse_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    t = text(value).lower()
    if t in _TRUE:
        return True
    if t in _FALSE:
        return False
    raise ValueError("kies ja of nee")


def parse_decimal(value: object) -> Decimal:
    """'1.750,00', '1750,5', '€ 1.750', '1750.00' and numbers from XLSX all give a Decimal."""
    if isinstance(value, bool):
        raise ValueError("verwacht een getal")
    if isinstance(value, int | float):
        result = Decimal(int(value)) if float(value).is_integer() else Decimal(str(value))
    else:
        t = text(value).replace("€", "").replace("EUR", "").replace("\u00a0", "").replace(" ", "")
        if not t:
            raise ValueError("leeg; vul een getal in")
        if "," in t and "." in t:
            if t.rfind(",") > t.rfind("."):
                t = t.replace(".", "").replace(",", ".")
            else:
                t = t.replace(",", "")
        elif "," in t:
            if t.count(",") > 1:
                raise ValueError("geen geldig getal")
            t = t.replace(",", ".")
        elif t.count(".") > 1 or re.fullmatch(r"-?\d{1,3}\.\d{3}", t):
            if not re.fullmatch(r"-?\d{1,3}(\.\d{3})+", t):
                raise ValueError("geen geldig getal")
            t = t.replace(".", "")
        if not re.fullmatch(r"-?\d+(\.\d+)?", t):
            raise ValueError("geen geldig getal")
        try:
            result = Decimal(t)
        except InvalidOperation as exc:
            raise ValueError("geen geldig getal") from exc
    if not result.is_finite():
        raise ValueError("geen geldig getal")
    return result


def parse_int(value: object) -> int:
    number = parse_decimal(value)
    if number != number.to_integral_value():
        raise ValueError("verwacht een geheel getal")
    return int(number)


def parse_float(value: object) -> float:
    return float(parse_decimal(value))


def parse_enum(enum: type[E], value: object) -> E:
    t = text(value).lower()
    if not t:  # often a cell left empty under a merged one: say so, not "unknown value"
        raise ValueError(f"leeg; kies uit: {', '.join(str(m.value) for m in enum)}")
    t = SYNONYMS.get(enum, {}).get(normalise(t), t)
    for member in enum:
        if str(member.value).lower() == t:
            return member
    choices = ", ".join(str(m.value) for m in enum)
    raise ValueError(f"onbekende waarde; kies uit: {choices}")


_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY_DATE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})")
_NAMED_DATE = re.compile(r"(\d{1,2})[-\s.]+([a-z]+)\.?[-\s.]+(\d{4})")
_LIST_SEPARATOR = re.compile(r"[,;]")
# A start schedule may also say "september en februari": a spreadsheet cell reads like a sentence.
_SCHEDULE_SEPARATOR = re.compile(r"[,;&]|\s+(?:en|and)\s+")


# Excel counts days from 30-12-1899 (its 1900 leap-day bug included); a date cell formatted as a
# number is saved in a CSV as that count (46631 is 1-9-2027). Only counts for 1990 to 2100 are taken
# as dates, so no other number can pass for one.
_EXCEL_EPOCH = date(1899, 12, 30)
_EXCEL_SERIALS = range((date(1990, 1, 1) - _EXCEL_EPOCH).days, (date(2101, 1, 1) - _EXCEL_EPOCH).days)


def parse_date(value: object) -> date:
    """A date as a person or Dutch Excel writes it: 2027-09-01, 1-9-2027, 01-09-27, 1/9/2027,
    1 september 2027 or 1-sep-2027, or Excel's day number (46631). A two-digit year is 20jj, the
    only century a catalog plans in."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        value = str(int(value))
    return _date_from_text(text(value))


@lru_cache(maxsize=4096)
def _date_from_text(t: str) -> date:
    # A catalog's start dates repeat over thousands of rows; a failure raises again each time.
    try:
        if m := _DMY_DATE.fullmatch(t):
            year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
            return date(year, int(m[2]), int(m[1]))
        if m := _ISO_DATE.fullmatch(t):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if (m := _NAMED_DATE.fullmatch(t.lower())) and m[2] in MONTHS:
            return date(int(m[3]), MONTHS[m[2]], int(m[1]))
        if t.isascii() and t.isdigit() and int(t) in _EXCEL_SERIALS:
            return _EXCEL_EPOCH + timedelta(days=int(t))
    except ValueError as exc:
        raise ValueError(f"{t!r} is geen bestaande datum") from exc
    raise ValueError(f"{t!r} is geen datum; schrijf dd-mm-jjjj (1-9-2027) of jjjj-mm-dd")


def format_date(d: date) -> str:
    """d-m-jjjj, as Dutch Excel shows and saves a date, so an untouched cell survives a save."""
    return f"{d.day}-{d.month}-{d.year}"


def split_list(value: object) -> list[str]:
    return [p.strip() for p in _LIST_SEPARATOR.split(text(value)) if p.strip()]


def parse_schedule(value: object, day: int = 1) -> StartSchedule:
    """'elke maand', 'september en februari', '1-9-2027; 2027-02-01' or a mix of months and dates.

    Months and 'elke maand' start on `day` (the startdag column); a date is a start of its own.
    """
    if isinstance(value, datetime | date):
        return StartSchedule(dates=(parse_date(value),), day=day)
    monthly = False
    months: set[int] = set()
    dates: set[date] = set()
    for part in _SCHEDULE_SEPARATOR.split(text(value)):
        low = part.strip().lower().removesuffix(".")  # "sept." as well as "sept"
        if not low:
            continue
        if low in MONTHLY_WORDS:
            monthly = True
        elif low in MONTHS:
            months.add(MONTHS[low])
        else:
            if not any(ch.isdigit() for ch in low):  # a word that is no month: say what words fit
                raise ValueError(f"{part.strip()!r} is geen datum of maand; schrijf bijvoorbeeld "
                                 "1-9-2027, september of elke maand")
            dates.add(parse_date(low))
    return StartSchedule(dates=tuple(sorted(dates)), months=tuple(sorted(months)), monthly=monthly,
                         day=day)


def format_schedule(s: StartSchedule) -> str:
    parts: list[str] = ["elke maand"] if s.monthly else [MONTH_NAMES[m] for m in s.months]
    parts += [format_date(d) for d in s.dates]
    return ", ".join(parts)


def parse_werkprocessen(value: object) -> tuple[Werkproces, ...]:
    out: list[Werkproces] = []
    for part in text(value).split("|"):
        part = part.strip()
        if not part:
            continue
        code, sep, title = part.partition(":")
        if not sep or not code.strip() or not title.strip():
            raise ValueError("schrijf werkprocessen als 'B1-K1-W1: titel | B1-K1-W2: titel'")
        out.append(Werkproces(code.strip(), title.strip()))
    return tuple(out)


def format_werkprocessen(wps: tuple[Werkproces, ...]) -> str:
    return " | ".join(f"{w.code}: {w.title}" for w in wps)


def format_decimal(d: Decimal) -> str:
    """Dutch style without thousands separators: 1750,50 (Excel NL reads it as a number)."""
    return str(d).replace(".", ",")


def format_float(f: float) -> str:
    return format_decimal(Decimal(repr(f))) if not f.is_integer() else str(int(f))


# Characters no cell should hold: control characters (a line break only where a text may have
# lines) and broken Unicode (a lone surrogate, which cannot be stored or printed).
_BAD_IN_LINE = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")
_BAD_IN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def text_problem(value: str, limit: int, lines: bool = False) -> str | None:
    """What is wrong with a text cell (Dutch), or None: too long, or characters it cannot hold."""
    if len(value) > limit:
        return f"te lang: {len(value)} tekens; hoogstens {limit}"
    found = (_BAD_IN_TEXT if lines else _BAD_IN_LINE).search(value)
    if found is None:
        return None
    if found.group() in "\r\n":
        return "een regeleinde in de cel; zet de tekst op één regel"
    return "bevat onzichtbare stuurtekens of kapotte tekens; typ de tekst opnieuw"
