"""This installation's bundle keys and the installations enrolled here (issue 16, `bundles/`).

The private keys live in the database, not in a file beside it: whatever protects the database at
rest (issue 15) protects them too, a backup carries them, and there is no second file to lose or leak.
They never appear in a log or a message. Every row carries a BLAKE2b checksum over its values
(as storage/checksums.py does for the records), so a damaged key is refused, not used: a damaged
private key would make bundles nobody can open; a damaged public key would accept nobody.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from .audit import now
from .checksums import digest
from .errors import StorageError

_OWN = ("installation_id", "role", "sign_private", "box_private", "created_at")
_PEER = ("installation_id", "role", "name", "sign_public", "box_public", "enrolled_at")


class KeyDamaged(StorageError):
    def __init__(self, what_nl: str, what_en: str):
        super().__init__(f"{what_nl} is beschadigd in de database en wordt niet gebruikt. Zet een "
                         "reservekopie terug, of koppel opnieuw.",
                         f"{what_en} is damaged in the database and is not used. Restore a backup, or "
                         "enrol again.")


def _sum(values: list[Any]) -> bytes:
    return digest([bytes(v) if isinstance(v, memoryview) else v for v in values])


def own_keys(db: Database) -> tuple[str, str, bytes, bytes] | None:
    """(installation id, role, Ed25519 private, X25519 private), or None before the first use."""
    row = db.execute(f"SELECT {', '.join(_OWN)}, checksum FROM bundle_own_keys WHERE id = 1").fetchone()
    if row is None:
        return None
    values = list(row[:-1])
    if _sum(values) != row[-1] or len(values[2]) != 32 or len(values[3]) != 32:
        raise KeyDamaged("De eigen sleutel van deze computer", "This computer's own key")
    return str(values[0]), str(values[1]), bytes(values[2]), bytes(values[3])


def save_own_keys(db: Database, installation_id: str, role: str, sign_private: bytes,
                  box_private: bytes) -> None:
    values = [installation_id, role, sign_private, box_private, now()]
    db.execute(f"INSERT INTO bundle_own_keys (id, {', '.join(_OWN)}, checksum) VALUES (1, ?, ?, ?, ?, ?, ?)",
               [*values, _sum(values)])


def set_own_role(db: Database, role: str) -> None:
    current = own_keys(db)
    if current is None or current[1] == role:
        return
    row = db.execute("SELECT created_at FROM bundle_own_keys WHERE id = 1").fetchone()
    values = [current[0], role, current[2], current[3], row[0]]
    db.execute("UPDATE bundle_own_keys SET role = ?, checksum = ? WHERE id = 1", [role, _sum(values)])


def peers(db: Database) -> list[tuple[str, str, str, bytes, bytes, str]]:
    """(installation id, role, name, Ed25519 public, X25519 public, enrolled at), by enrolment.
    A damaged row is left out (it would accept nobody); `damaged_peers` names it."""
    out = []
    for row in db.execute(f"SELECT {', '.join(_PEER)}, checksum FROM bundle_peers ORDER BY enrolled_at, "
                          "installation_id").fetchall():
        values = list(row[:-1])
        if _sum(values) != row[-1]:
            continue
        out.append((str(values[0]), str(values[1]), str(values[2]), bytes(values[3]), bytes(values[4]),
                    str(values[5])))
    return out


def damaged_peers(db: Database) -> list[str]:
    found = []
    for row in db.execute(f"SELECT {', '.join(_PEER)}, checksum FROM bundle_peers").fetchall():
        if _sum(list(row[:-1])) != row[-1]:
            found.append(str(row[0]))
    return found


def save_peer(db: Database, installation_id: str, role: str, name: str, sign_public: bytes,
              box_public: bytes) -> None:
    """Enrol, or replace the keys of, an installation (the caller decided a replacement is wanted)."""
    values = [installation_id, role, name, sign_public, box_public, now()]
    db.execute(f"INSERT OR REPLACE INTO bundle_peers ({', '.join(_PEER)}, checksum) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)", [*values, _sum(values)])


def remove_peer(db: Database, installation_id: str) -> bool:
    cursor = db.execute("DELETE FROM bundle_peers WHERE installation_id = ?", [installation_id])
    return bool(cursor.rowcount)
