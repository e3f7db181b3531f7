"""PostgreSQL migrations for the change counter other desks poll to see new and changed records.

Appended to `schema.MIGRATIONS` after pg001_foundation; named, append-only, each one transaction.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[str, list[str]]] = []

# (privileges, tables) the desks' group role gets on this part's tables (see schema.grant_desks).
GRANTS: tuple[tuple[str, tuple[str, ...]], ...] = ()
# Sequences the desks use (GRANT USAGE).
SEQUENCES: tuple[str, ...] = ()
