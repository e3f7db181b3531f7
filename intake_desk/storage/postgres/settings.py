"""Settings on PostgreSQL: `SettingsStore` of storage/store.py, the same rows as on SQLite.

One row per key (JSON value and checksum); a damaged row gives its default (storage/settings.py
explains why). On a shared server these are the region's business settings: every desk reads the
same school name and plan language. (Per-desk look, language and text size: docs/postgresql.md.)
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from ...domain.codec import from_json, to_json
from ...interface import TEXT_SIZES, UI_LANGUAGES, Interface, text_size_or_default
from .. import settings as _sqlite
from ..checksums import select_list
from ..settings import Settings
from .connection import PgDatabase

__all__ = ["Settings", "interface", "load", "save", "save_text_size"]

_UPSERT = ("INSERT INTO settings (key, value, checksum) VALUES (%s, %s, %s)"
           " ON CONFLICT (key) DO UPDATE SET value = excluded.value, checksum = excluded.checksum")


def _write(db: PgDatabase, rows: list[dict[str, Any]]) -> None:
    with db.atomic():
        db.conn.cursor().executemany(_UPSERT, [(r["key"], r["value"], r["checksum"]) for r in rows])


def load(db: PgDatabase) -> Settings:
    stored = _sqlite._values(db.fetchall(f"SELECT {select_list('settings')} FROM settings"))
    known = {f.name for f in fields(Settings)}
    return from_json(Settings, {k: v for k, v in stored.items() if k in known})


def save(db: PgDatabase, settings: Settings) -> None:
    _write(db, [_sqlite._row(k, v) for k, v in to_json(settings).items()])


def interface(db: PgDatabase) -> Interface:
    """Language, theme and text size, read on their own; a value this version does not know gives
    the default."""
    stored = _sqlite._values(db.fetchall(
        f"SELECT {select_list('settings')} FROM settings"
        " WHERE key IN ('ui_language', 'theme', 'text_size')"))
    default = Interface()
    language = stored.get("ui_language", default.language)
    theme = stored.get("theme", default.theme)
    return Interface(
        language=language if language in UI_LANGUAGES else default.language,
        theme=theme if isinstance(theme, str) else default.theme,
        text_size=text_size_or_default(stored.get("text_size", default.text_size)),
    )


def save_text_size(db: PgDatabase, size: int) -> None:
    if size not in TEXT_SIZES:
        raise ValueError(f"tekstgrootte: {size}% kan niet; kies uit "
                         + ", ".join(f"{n}%" for n in TEXT_SIZES))
    _write(db, [_sqlite._row("text_size", size)])


