"""Business settings (school, advisor, default region, plan language), and how the program looks
(language, theme, text size), stored in the database.

Window geometry and other UI state belong in QSettings, not here.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, fields
from typing import Any

from sqlite_utils import Database

from ..interface import TEXT_SIZES, UI_LANGUAGES, Interface, text_size_or_default


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
    retention_months: int = 24


__all__ = ["TEXT_SIZES", "UI_LANGUAGES", "Interface", "Settings", "interface", "load", "save",
           "save_text_size"]


def load(db: Database) -> Settings:
    # The codec pulls in the whole domain (~20 ms); start-up reads its two settings without it.
    from ..domain.codec import from_json

    stored = {r[0]: json.loads(r[1]) for r in db.execute("SELECT key, value FROM settings")}
    known = {f.name for f in fields(Settings)}
    return from_json(Settings, {k: v for k, v in stored.items() if k in known})


def save(db: Database, settings: Settings) -> None:
    from ..domain.codec import to_json

    rows = [{"key": k, "value": json.dumps(v)} for k, v in to_json(settings).items()]
    db.table("settings").upsert_all(rows, pk="key")


def interface(db: Database) -> Interface:
    """The interface language, theme and text size, which start-up needs before the first widget.

    Read on their own, without decoding every setting; a value this version does not know (or a
    database without a settings table yet) gives the default.
    """
    try:
        rows = dict(db.execute(
            "SELECT key, value FROM settings WHERE key IN ('ui_language', 'theme', 'text_size')"
        ).fetchall())
    except sqlite3.OperationalError as exc:  # a database not migrated yet has no settings table
        if "no such table" not in str(exc):
            raise
        rows = {}
    stored: dict[str, Any] = {k: json.loads(v) for k, v in rows.items()}
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
    db.table("settings").upsert({"key": "text_size", "value": json.dumps(size)}, pk="key")
