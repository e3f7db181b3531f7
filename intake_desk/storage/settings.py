"""Business settings (school, advisor, default region, plan language), and how the program looks
(language, theme, text size), stored in the database.

Window geometry and other UI state belong in QSettings, not here.

Each setting carries a checksum over its key and value (storage/checksums.py, migration m004), written
with it. A damaged setting is not used: its default is (logged by key, named by `check`), so a
changed school name or plan language never reaches a printed plan; saving the settings mends it.
"""

from __future__ import annotations

import json
import logging
from contextlib import suppress
from dataclasses import dataclass, fields
from typing import Any

from sqlite_utils import Database

from ..domain.privacy import RetentionTerm
from ..interface import TEXT_SIZES, UI_LANGUAGES, Interface, text_size_or_default
from . import cipher
from .checksums import digest, fetch, select_list, sound

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Settings:
    school_name: str = "Voorbeeldcollege (voorbeeldgegevens)"
    school_address: str = ""
    school_website: str = ""
    school_logo_path: str = ""
    school_colour: str = "#1f5f8b"
    plan_url: str = ""
    advisor_name: str = ""
    advisor_phone: str = ""
    advisor_email: str = ""
    default_region: str = ""
    plan_language: str = "nl"
    ui_language: str = "nl"
    theme: str = "light"
    text_size: int = 100  # percent of the normal text size; one of interface.TEXT_SIZES
    retention_months: int = 24  # months after the last contact; a stage may have its own term:
    retention_terms: tuple[RetentionTerm, ...] = ()  # (app/privacy.py purges by these)
    # Follow-up: an open trajectory with no contact for this many days is on the "silent" worklist.
    followup_silent_days: int = 30
    # The desk locks (connection closed, key dropped) after this many minutes without input; 0 = never.
    lock_after_minutes: int = 10


__all__ = ["TEXT_SIZES", "UI_LANGUAGES", "Interface", "Settings", "interface", "load", "save",
           "save_text_size"]


def load(db: Database) -> Settings:
    # The codec pulls in the whole domain (~20 ms); start-up reads its two settings without it.
    from ..domain.codec import from_json

    stored = _values(fetch(db, f"SELECT {select_list('settings')} FROM settings"))
    known = {f.name for f in fields(Settings)}
    return from_json(Settings, {k: v for k, v in stored.items() if k in known})


def save(db: Database, settings: Settings) -> None:
    from ..domain.codec import to_json

    db.table("settings").upsert_all([_row(k, v) for k, v in to_json(settings).items()], pk="key")


def _row(key: str, value: Any) -> dict[str, Any]:
    text = json.dumps(value)
    return {"key": key, "value": text, "checksum": digest([key, text])}


def _values(rows: list[tuple[Any, ...]]) -> dict[str, Any]:
    """key -> value of the rows (key, value, checksum) that pass their checksum; a damaged one is
    left out, so its default applies."""
    found: dict[str, Any] = {}
    for r in rows:
        if sound(r):
            found[r[0]] = json.loads(r[1])
        else:
            log.error("setting damaged, its default is used: %r", r[0])
    return found


def interface(db: Database) -> Interface:
    """The interface language, theme and text size, which start-up needs before the first widget.

    Read on their own, without decoding every setting; a value this version does not know (or a
    database without a settings table yet) gives the default.
    """
    where = " FROM settings WHERE key IN ('ui_language', 'theme', 'text_size')"
    try:
        stored = _values(fetch(db, f"SELECT {select_list('settings')}{where}"))
    except cipher.OperationalError as exc:  # SQLCipher's own class too
        if "no such table" in str(exc):  # a database not migrated yet has no settings table
            stored = {}
        elif "no such column" in str(exc):  # nor, before m004, checksums: read as it was then
            stored = {}
            for key, value in fetch(db, f"SELECT key, value{where}"):
                with suppress(ValueError):
                    stored[key] = json.loads(value)
        else:
            raise
    default = Interface()
    language = stored.get("ui_language", default.language)
    theme = stored.get("theme", default.theme)
    return Interface(
        language=language if language in UI_LANGUAGES else default.language,
        theme=theme if isinstance(theme, str) else default.theme,
        text_size=text_size_or_default(stored.get("text_size", default.text_size)),
    )


def save_text_size(db: Database, size: int) -> None:
    """Only the text size (View menu, Ctrl++ / Ctrl+-), so nothing else an advisor set is touched."""
    if size not in TEXT_SIZES:
        raise ValueError(f"tekstgrootte: {size}% kan niet; kies uit "
                         + ", ".join(f"{n}%" for n in TEXT_SIZES))
    db.table("settings").upsert(_row("text_size", size), pk="key")
