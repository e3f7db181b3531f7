"""Business settings (school, advisor, default region, plan language), stored in the database.

Window geometry and other UI state belong in QSettings, not here.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, fields
from typing import Any

from sqlite_utils import Database


@dataclass(frozen=True, slots=True)
class Settings:
    school_name: str = "Voorbeeldcollege (voorbeeldgegevens)"
    school_address: str = ""
    school_website: str = ""
    school_logo_path: str = ""
    school_colour: str = "#1f5f8b"
    plan_url: str = ""
    advisor_name: str = ""
    default_region: str = ""
    plan_language: str = "nl"
    ui_language: str = "nl"
    theme: str = "light"
    retention_months: int = 24


UI_LANGUAGES = ("nl", "en")


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


def interface(db: Database) -> tuple[str, str]:
    """The interface language and theme, which start-up needs before it builds the first widget.

    Read on their own, without decoding every setting; a value this version does not know (or a
    database without a settings table yet) gives the default.
    """
    defaults: dict[str, Any] = {f.name: f.default for f in fields(Settings)}
    try:
        rows = dict(db.execute(
            "SELECT key, value FROM settings WHERE key IN ('ui_language', 'theme')").fetchall())
    except sqlite3.OperationalError as exc:  # a database not migrated yet has no settings table
        if "no such table" not in str(exc):
            raise
        rows = {}
    language, theme = (json.loads(rows[k]) if k in rows else defaults[k]
                       for k in ("ui_language", "theme"))
    if language not in UI_LANGUAGES:
        language = defaults["ui_language"]
    return str(language), str(theme) if isinstance(theme, str) else defaults["theme"]
