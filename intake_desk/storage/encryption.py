"""Turning an existing plain database into an encrypted one (`intake-desk encrypt`, and the desk's
offer while a database is plain).

The plain file first leaves WAL mode (which also proves no other program has it open: a stale WAL
beside the new file would be applied to it), then SQLCipher's `sqlcipher_export` writes an encrypted
copy beside it, which is checked in full and set to WAL again (the export leaves it in rollback-journal
mode). The key file is written before the copy takes the database's place by one `os.replace`: a kill
at any moment leaves the plain or the encrypted file at the path, and a plain file with a key file
opens plain (storage/database.py), so `encrypt` can simply be run again. Plain backups and files kept
aside by a restore are encrypted with the same key, so no readable copy stays behind in our folders.
What the disk itself still holds of the deleted plain files is beyond a program's reach: full-disk
encryption (BitLocker, FileVault, LUKS) covers that (README, "Versleuteling").
"""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path

from . import backups, cipher, keys
from .errors import BackupUnsound, StorageError, translate

log = logging.getLogger(__name__)


class AlreadyEncrypted(StorageError):
    def __init__(self, path: Path):
        super().__init__(f"De database {path} is al versleuteld. Er is niets veranderd.",
                         f"The database {path} is already encrypted. Nothing was changed.")


class NothingToEncrypt(StorageError):
    def __init__(self, path: Path):
        super().__init__(f"Er is geen database {path} om te versleutelen.",
                         f"There is no database {path} to encrypt.")


def encrypt_existing(db_path: Path, passphrase: str, busy_timeout_s: float = 5.0,
                     *, kdf_n: int | None = None) -> str | None:
    """Encrypt the plain database at `db_path` with a new key wrapped by `passphrase`.

    Returns the recovery key to show once (None when an earlier, interrupted run made the key file
    and `passphrase` unlocked it: its recovery key was shown then). The database must be closed."""
    db_path = Path(db_path)
    if not db_path.is_file() or db_path.stat().st_size == 0:
        raise NothingToEncrypt(db_path)
    if not cipher.is_plain_file(db_path):
        raise AlreadyEncrypted(db_path)
    recovery: str | None = None
    if keys.is_encrypted(db_path):  # an earlier run stopped after writing the key file
        key = keys.unlock(db_path, passphrase).key
    else:
        keys._check_passphrase(passphrase)  # refused before any work is done
        key = secrets.token_bytes(cipher.KEY_BYTES)
    tmp = db_path.with_name(f"{db_path.name}.versleutelen{backups.PARTIAL}")
    try:
        backups._leave_wal(db_path, busy_timeout_s)
        _export(db_path, tmp, key)
        if not keys.is_encrypted(db_path):
            recovery = keys.create(db_path, passphrase, key=key, kdf_n=kdf_n)
        os.replace(tmp, db_path)
        backups._fsync(db_path.parent)
    except BaseException as exc:
        backups._remove_partial(tmp)
        if isinstance(exc, (*cipher.Error, OSError)):
            known = translate(exc, db_path, busy_timeout_s)
            if known is not None:
                raise known from exc
        raise
    keys.remember(db_path, key)
    Path(f"{db_path}-shm").unlink(missing_ok=True)
    for old in [*backups.all_backups(db_path), *backups.kept_aside(db_path)]:
        if cipher.is_plain_file(old):
            _encrypt_in_place(old, key)
    if backups.all_backups(db_path):
        keys.copy_key_file(db_path, backups.folder(db_path))
    log.info("database %s encrypted", db_path.name)
    return recovery


def _export(plain: Path, target: Path, key: bytes) -> None:
    """The encrypted copy, checked in full, in WAL mode, readable by the user only."""
    target.unlink(missing_ok=True)
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT, 0o600))
    cipher.export_encrypted(plain, target, key)
    conn = cipher.raw_connect(str(target), key, isolation_level=None)
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            raise BackupUnsound(target, writing=True, detail="; ".join(rows[:3]))
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
    finally:
        conn.close()
    backups._fsync(target)


def _encrypt_in_place(path: Path, key: bytes) -> None:
    """An older plain copy (a backup, a file kept by a restore) replaced by an encrypted one."""
    tmp = path.with_name(path.name + backups.PARTIAL)
    try:
        tmp.unlink(missing_ok=True)
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT, 0o600))
        cipher.export_encrypted(path, tmp, key)
        backups._fsync(tmp)
        os.replace(tmp, path)
    except cipher.ErrorOrOS:  # a damaged old copy: it is removed rather than left readable
        log.warning("old copy %s could not be encrypted; removed", path.name)
        backups._remove_partial(tmp)
        path.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
