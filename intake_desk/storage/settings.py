"""Business settings (school, advisor, default region, plan language), stored in the database.

Window geometry and other UI state belong in QSettings, not here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields

from sqlite_utils import Database

from ..domain.codec import from_json, to_json


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


def load(db: Database) -> Settings:
    stored = {r[0]: json.loads(r[1]) for r in db.execute("SELECT key, value FROM settings")}
    known = {f.name for f in fields(Settings)}
    return from_json(Settings, {k: v for k, v in stored.items() if k in known})


def save(db: Database, settings: Settings) -> None:
    rows = [{"key": k, "value": json.dumps(v)} for k, v in to_json(settings).items()]
    db.table("settings").upsert_all(rows, pk="key")
