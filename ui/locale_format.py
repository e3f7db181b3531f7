"""Dates and numbers as the advisor reads them: the one place in the GUI that formats them.

Dutch UI: 05-03-2026, € 1.750,00, 12,5. English UI: QLocale English (Netherlands): 05/03/2026,
€ 1.750,00, 12,5 (the advisors work in the Netherlands, with euros, so only the language changes).

The locale follows the installed translation, not the operating system: the English catalogue translates
the marker "nl_NL" (context "LocaleFormat") to "en_NL". Whatever installs the English translator thereby
switches the formats too, and a Dutch UI on an English system still shows Dutch dates, which is what the
form's dd-mm-jjjj fields expect. (Qt's own QT_LAYOUT_DIRECTION marker works the same way.)

The intake form keeps its values as the core reads them (dates as dd-mm-jjjj, intake_desk.validation);
`to_form_date` and `from_form_date` convert at the widget, so an English advisor types and reads
05/03/2026. Both UI locales put the day first, so converting is a matter of separators.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

if TYPE_CHECKING:
    from decimal import Decimal

CONTEXT = "LocaleFormat"  # the pseudo-locale leaves this context alone
_SHORTEST = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
_DAY_FIRST = re.compile(r"^\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})\s*$")


def ui_locale() -> QLocale:
    return QLocale(QCoreApplication.translate("LocaleFormat", "nl_NL"))


def ui_language() -> str:
    """"nl" or "en": which of the core's two texts (text_nl / text_en) the advisor reads."""
    return "en" if ui_locale().language() == QLocale.Language.English else "nl"


def date_placeholder() -> str:
    """The pattern a date field shows while it is empty."""
    return QCoreApplication.translate("LocaleFormat", "dd-mm-jjjj")


def date_edit_format() -> str:
    """The display format for a QDateEdit (dd-MM-yyyy in Dutch)."""
    return ui_locale().dateFormat(QLocale.FormatType.ShortFormat)


def _as_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def format_date(value: date | str | None) -> str:
    """A date (or an ISO date string from the database) in the UI's short format; text that is not a
    date comes back as it is, so odd stored data stays visible rather than vanishing."""
    if isinstance(value, datetime):
        value = value.date()
    day = _as_date(value)
    if day is None:
        return "" if value is None else str(value)
    return ui_locale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def format_datetime(value: datetime | str | None) -> str:
    """A moment (ISO 8601, as the database keeps it in UTC) in local time: date and hours:minutes."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
    else:
        moment = value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    time_format = ui_locale().timeFormat(QLocale.FormatType.ShortFormat)
    clock = ui_locale().toString(QTime(local.hour, local.minute), time_format)
    return f"{format_date(local.date())} {clock}"


def format_number(value: float | int, decimals: int | None = None) -> str:
    """12,5 in both UIs; without `decimals` as few as the value needs (16 rather than 16,0)."""
    locale = ui_locale()
    if isinstance(value, int) and decimals is None:
        return locale.toString(value)
    return locale.toString(float(value), "f", _SHORTEST if decimals is None else decimals)


def format_money(euros: float | Decimal, decimals: int = 2) -> str:
    """€ 1.750,00; decimals=0 for the rounded amounts of a route (€ 1.750)."""
    return ui_locale().toCurrencyString(float(euros), "€", decimals)


def month_name(month: int) -> str:
    """The month (1-12) in the UI's language, for filters ("Start in maart")."""
    return ui_locale().standaloneMonthName(month)


def to_form_date(text: str) -> str:
    """What the advisor typed -> the core's dd-mm-jjjj; text that is not day-month-year stays as typed
    so the core's check can say what is wrong with it."""
    m = _DAY_FIRST.match(text)
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else text


def from_form_date(value: str) -> str:
    """The core's dd-mm-jjjj -> the UI's format, for showing a stored or restored value."""
    from intake_desk.validation import parse_date  # not at import: the first frame's list needs none of it

    day = parse_date(value or "")
    return format_date(day) if day is not None else (value or "")


def tidy_form_date(text: str) -> str:
    """On leaving a date field: 5-3-2026 or 5/3/2026 -> 05-03-2026 (the UI's format) when it is a date."""
    from intake_desk.validation import parse_date

    day = parse_date(to_form_date(text))
    return format_date(day) if day is not None else text

