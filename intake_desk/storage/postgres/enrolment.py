"""Bundle keys on PostgreSQL (pg004_merge): storage/enrolment.py's functions, the same rows and
checksums, so a damaged key is refused on the server as on a laptop.

One difference: the own keys are kept per installation (`bundle_own_keys` keyed by installation id),
because each desk on the server is an installation of its own (connection.py); `own_keys` is the
row of the desk asking. The installations enrolled (`bundle_peers`) are the server's, shared by its
desks: a laptop enrolled at one desk of the region is known at all of them.
"""

from __future__ import annotations

from typing import Any

from ..audit import now
from ..enrolment import _OWN, _PEER, KeyDamaged, _sum
from .connection import PgDatabase

__all__ = ["KeyDamaged", "damaged_peers", "own_keys", "peers", "remove_peer", "save_own_keys",
           "save_peer", "set_own_role"]


def own_keys(db: PgDatabase) -> tuple[str, str, bytes, bytes] | None:
    """(installation id, role, Ed25519 private, X25519 private), or None before the first use."""
    row = db.execute(f"SELECT {', '.join(_OWN)}, checksum FROM bundle_own_keys"
                     " WHERE installation_id = %s", [db.installation_id]).fetchone()
    if row is None:
        return None
    values = [bytes(v) if isinstance(v, memoryview) else v for v in row[:-1]]
    if _sum(values) != bytes(row[-1]) or len(values[2]) != 32 or len(values[3]) != 32:
        raise KeyDamaged("De eigen sleutel van deze computer", "This computer's own key")
    return str(values[0]), str(values[1]), bytes(values[2]), bytes(values[3])


def save_own_keys(db: PgDatabase, installation_id: str, role: str, sign_private: bytes,
                  box_private: bytes) -> None:
    values = [installation_id, role, sign_private, box_private, now()]
    db.execute(f"INSERT INTO bundle_own_keys ({', '.join(_OWN)}, checksum)"
               " VALUES (%s, %s, %s, %s, %s, %s)", [*values, _sum(values)])


def set_own_role(db: PgDatabase, role: str) -> None:
    current = own_keys(db)
    if current is None or current[1] == role:
        return
    created = db.scalar("SELECT created_at FROM bundle_own_keys WHERE installation_id = %s",
                        [current[0]])
    values = [current[0], role, current[2], current[3], created]
    db.execute("UPDATE bundle_own_keys SET role = %s, checksum = %s WHERE installation_id = %s",
               [role, _sum(values), current[0]])


def _rows(db: PgDatabase) -> list[tuple[list[Any], bytes]]:
    rows = db.fetchall(f"SELECT {', '.join(_PEER)}, checksum FROM bundle_peers"
                       " ORDER BY enrolled_at, installation_id COLLATE \"C\"")
    return [([bytes(v) if isinstance(v, memoryview) else v for v in r[:-1]], bytes(r[-1]))
            for r in rows]


def peers(db: PgDatabase) -> list[tuple[str, str, str, bytes, bytes, str]]:
    """(installation id, role, name, Ed25519 public, X25519 public, enrolled at), by enrolment.
    A damaged row is left out (it would accept nobody); `damaged_peers` names it."""
    return [(str(v[0]), str(v[1]), str(v[2]), bytes(v[3]), bytes(v[4]), str(v[5]))
            for v, checksum in _rows(db) if _sum(v) == checksum]


def damaged_peers(db: PgDatabase) -> list[str]:
    return [str(v[0]) for v, checksum in _rows(db) if _sum(v) != checksum]


def save_peer(db: PgDatabase, installation_id: str, role: str, name: str, sign_public: bytes,
              box_public: bytes) -> None:
    """Enrol, or replace the keys of, an installation (the caller decided a replacement is wanted)."""
    values = [installation_id, role, name, sign_public, box_public, now()]
    db.execute(f"INSERT INTO bundle_peers ({', '.join(_PEER)}, checksum)"
               " VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (installation_id) DO UPDATE SET"
               " role = excluded.role, name = excluded.name, sign_public = excluded.sign_public,"
               " box_public = excluded.box_public, enrolled_at = excluded.enrolled_at,"
               " checksum = excluded.checksum", [*values, _sum(values)])


def remove_peer(db: PgDatabase, installation_id: str) -> bool:
    return bool(db.execute("DELETE FROM bundle_peers WHERE installation_id = %s",
                           [installation_id]).rowcount)
