"""settings: show or change the business settings (advisor, school) from the command line, as the
Instellingen dialog does. A printed plan needs the advisor's name (plans/document.py require_advisor)."""

from __future__ import annotations

import argparse
from dataclasses import fields, replace

from ..app.settings import load_settings
from ..storage.settings import Settings
from ..storage.store import store_of
from . import UserError, open_db

LOOK = ("ui_language", "theme", "text_size")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("settings", help="instellingen tonen of wijzigen (adviseur, school)")
    p.add_argument("changes", nargs="*", metavar="NAAM=WAARDE",
                   help="bijvoorbeeld advisor_name='Jan de Boer'; zonder: alles tonen")
    p.set_defaults(func=cmd_settings)


def text_fields() -> list[str]:
    """The settings that hold plain text. The look (language, theme, text size) is chosen in the app,
    which checks it against what it offers."""
    return [f.name for f in fields(Settings) if f.type in (str, "str")
            and f.name not in LOOK]


def cmd_settings(args: argparse.Namespace) -> int:
    allowed = text_fields()
    changes: dict[str, str] = {}
    for change in args.changes:
        name, sep, value = change.partition("=")
        if not sep:
            raise UserError(f"'{change}': schrijf NAAM=WAARDE, bijvoorbeeld advisor_name='Jan de Boer'")
        if name not in allowed:
            raise UserError(f"'{name}' is geen instelling die hier kan; kies uit: {', '.join(allowed)}")
        changes[name] = value.strip()
    db = open_db(args)
    try:
        current = load_settings(db)
        if changes:
            current = replace(current, **changes)  # type: ignore[arg-type]
            with db.atomic():
                store_of(db).settings.save(db, current)
        for name in allowed:
            print(f"{name}={getattr(current, name)}")
    finally:
        db.close()
    return 0
