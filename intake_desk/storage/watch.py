"""Whether another program wrote to the database since the last look: the marker a desk polls (SQLite).

Two programs may have one file open (two windows, or the desk beside `intake-desk` in a terminal).
SQLite tells each connection whether another connection committed since it last asked (`PRAGMA
data_version`: per connection, no I/O, a few microseconds). The connection's own writes do not change
it, on purpose: the desk learns of those from their `Changes` already, and its drafts, saved every
few seconds while someone types, would otherwise make it refresh all the time. The PostgreSQL store
has the same function (postgres/watch.py).
"""

from __future__ import annotations

from sqlite_utils import Database


def marker(db: Database) -> object:
    """A value that differs from the last one when another connection committed a change."""
    return int(db.execute("PRAGMA data_version").fetchone()[0])
