"""Settings use cases: the business settings, the advisor's own details, the text size.

Each is one transaction. A rejected advisor field saves nothing and comes back as the problems, each
naming its field (advisor.check_advisor); the words for them live at the edges.
"""

from __future__ import annotations

import dataclasses

from sqlite_utils import Database

from ..advisor import FieldProblem, check_advisor, cleaned
from ..domain.changes import Changes
from ..interface import Interface
from ..storage import settings as settings_repo
from ..storage.settings import Settings

# What the first-start welcome asks and stores; the rest of the settings stay as they are.
ADVISOR_FIELDS = ("advisor_name", "school_name", "advisor_phone", "advisor_email", "default_region")


def store_settings(db: Database, settings: Settings) -> Changes | list[FieldProblem]:
    """Save all settings in one transaction, or return the problems and save nothing."""
    settings = cleaned(settings)
    problems = check_advisor(settings)
    if problems:
        return problems
    with db.atomic():
        settings_repo.save(db, settings)
    return Changes(settings=True)


def store_advisor(db: Database, chosen: Settings
                  ) -> tuple[Settings, Changes] | tuple[list[FieldProblem], None]:
    """Save only the advisor's fields of `chosen` (ADVISOR_FIELDS) in one transaction: a settings
    change made elsewhere in the meantime stays. Returns (problems, None) when a field is rejected
    (nothing saved), else (the saved settings, Changes)."""
    chosen = cleaned(chosen)
    problems = check_advisor(chosen)
    if problems:
        return problems, None
    with db.atomic():
        current = settings_repo.load(db)
        settings_repo.save(db, dataclasses.replace(
            current, **{k: getattr(chosen, k) for k in ADVISOR_FIELDS}))
    return chosen, Changes(settings=True)


def store_text_size(db: Database, size: int) -> Changes:
    with db.atomic():
        settings_repo.save_text_size(db, size)
    return Changes(settings=True)


def load_settings(db: Database) -> Settings:
    return settings_repo.load(db)


def stored_interface(db: Database) -> Interface:
    """The stored language, theme and text size (the window compares them with its cache)."""
    return settings_repo.interface(db)


def needs_welcome(db: Database) -> bool:
    """No advisor name stored yet: the first start asks who the advisor is."""
    return not settings_repo.load(db).advisor_name.strip()


def region_choices(db: Database) -> tuple[list[tuple[str, str]], str]:
    """The 35 arbeidsmarktregio's as (code, name) and the advisor's default region."""
    from .. import regions

    return [(r.code, r.name) for r in regions.all_regions()], settings_repo.load(db).default_region
