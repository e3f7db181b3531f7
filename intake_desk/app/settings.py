"""Settings use cases: the business settings, the advisor's own details, the text size.

Each is one transaction. A rejected advisor field saves nothing and comes back as the problems, each
naming its field (advisor.check_advisor); the words for them live at the edges.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from ..advisor import FieldProblem, check_advisor, cleaned
from ..domain.changes import Changes
from ..interface import Interface
from ..storage.settings import Settings
from ..storage.store import store_of

if TYPE_CHECKING:
    from ..storage.store import Handle

# What the first-start welcome asks and stores; the rest of the settings stay as they are.
ADVISOR_FIELDS = ("advisor_name", "school_name", "advisor_phone", "advisor_email", "default_region")


def store_settings(db: Handle, settings: Settings) -> Changes | list[FieldProblem]:
    """Save all settings in one transaction, or return the problems and save nothing."""
    settings = cleaned(settings)
    problems = check_advisor(settings)
    if problems:
        return problems
    with db.atomic():
        store_of(db).settings.save(db, settings)
    return Changes(settings=True)


def store_advisor(db: Handle, chosen: Settings
                  ) -> tuple[Settings, Changes] | tuple[list[FieldProblem], None]:
    """Save only the advisor's fields of `chosen` (ADVISOR_FIELDS) in one transaction: a settings
    change made elsewhere in the meantime stays. Returns (problems, None) when a field is rejected
    (nothing saved), else (the saved settings, Changes)."""
    chosen = cleaned(chosen)
    problems = check_advisor(chosen)
    if problems:
        return problems, None
    store = store_of(db).settings
    with db.atomic():
        current = store.load(db)
        store.save(db, dataclasses.replace(
            current, **{k: getattr(chosen, k) for k in ADVISOR_FIELDS}))
    return chosen, Changes(settings=True)


def store_text_size(db: Handle, size: int) -> Changes:
    with db.atomic():
        store_of(db).settings.save_text_size(db, size)
    return Changes(settings=True)


def load_settings(db: Handle) -> Settings:
    return store_of(db).settings.load(db)


def stored_interface(db: Handle) -> Interface:
    """The stored language, theme and text size (the window compares them with its cache)."""
    return store_of(db).settings.interface(db)


def needs_welcome(db: Handle) -> bool:
    """No advisor name stored yet: the first start asks who the advisor is."""
    return not store_of(db).settings.load(db).advisor_name.strip()


def region_choices(db: Handle) -> tuple[list[tuple[str, str]], str]:
    """The 35 arbeidsmarktregio's as (code, name) and the advisor's default region."""
    from .. import regions

    return [(r.code, r.name) for r in regions.all_regions()], store_of(db).settings.load(db).default_region
