"""Whether other desks wrote since the last look: the marker a desk polls (PostgreSQL).

`marker(db)` reads the change log that pg005_watch's trigger fills at every commit that touched
candidates, intakes, plans or plan versions (schema_watch.py says why a log and not a counter or
LISTEN/NOTIFY). Its value means nothing on its own; a different value than last time means "someone
committed a change, refresh". One small query on the primary key's index, well under a millisecond.
"""

from __future__ import annotations

from .connection import PgDatabase

# The newest rows counted: a transaction that drew its number just before another's but became
# visible just after it still changes the count. Far more than can commit between two polls.
WINDOW = 1000

_MARKER = (
    "SELECT coalesce(max(id), 0), count(*) FROM watch_log"
    " WHERE id > (SELECT coalesce(max(id), 0) FROM watch_log) - %s")


def marker(db: PgDatabase) -> object:
    """A value that differs from the last one when any desk (this one too) committed a change."""
    row = db.execute(_MARKER, [WINDOW]).fetchone()
    return (0, 0) if row is None else (int(row[0]), int(row[1]))
