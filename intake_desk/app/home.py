"""What the home view "Vandaag" reads: the day's worklists, who to follow up, the counts and whether
the catalog is the sample one. One read, on the database thread."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import today
from . import followup

if TYPE_CHECKING:
    from ..storage.store import Handle


def overview(db: Handle) -> dict[str, Any]:
    """The day (`today`: the worklists), `followup` (the follow-up worklist), `sample_catalog` and
    the day's counts by name (`today.Today.counts`)."""
    day = today.load(db)
    return {**day.counts, "sample_catalog": day.sample_catalog, "today": day,
            "followup": followup.worklist(db, day.day)}
