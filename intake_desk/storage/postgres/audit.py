"""The audit trail on PostgreSQL: ids only, each entry sealed with its checksum, as on SQLite.

storage/audit.py's functions used outside storage: `record`, `now`, and the reads `entries` and
`listing` (kept in audit_trail.py, re-exported here so the area has one module, as on SQLite).
"""

from __future__ import annotations

from ..audit import now
from ..checksums import COLUMNS, digest
from .audit_trail import entries, listing
from .connection import PgDatabase

__all__ = ["entries", "listing", "now", "record"]

_INSERT = (f"INSERT INTO audit ({', '.join(COLUMNS['audit'])}, checksum)"
           f" VALUES ({', '.join(['%s'] * (len(COLUMNS['audit']) + 1))})")


def record(db: PgDatabase, action: str, entity: str, entity_id: str | None, *, installation_id: str,
           advisor_id: str | None = None, detail: str = "") -> None:
    """Append an entry; without an explicit advisor it is the desk's (`PgDatabase.advisor_id`).

    The number comes from a sequence, drawn before the insert because it is part of the checksum:
    two desks writing at once each get their own (SQLite's max(seq) + 1 would give both the same).
    """
    seq = int(db.scalar("SELECT nextval('audit_seq')"))
    values = [seq, now(), installation_id, advisor_id if advisor_id is not None else db.advisor_id,
              action, entity, entity_id, detail]
    db.execute(_INSERT, [*values, digest(values)])
