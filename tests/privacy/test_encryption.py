"""Encrypted at rest (issue 15, part 1): nothing readable without the key, a wrong or empty passphrase
never opens and never gives a traceback, backups and restore stay encrypted, a plain database becomes
an encrypted one without losing a record, and the CLI unlocks from INTAKE_DESK_PASSPHRASE.

The passphrase KDF is made cheap here (`cheap_kdf`: scrypt N=16 instead of 2**17): the N of each wrap is
stored in the key file, so the code under test is the app's; only its cost differs.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from intake_desk.app.candidates import add_demo_candidates
from intake_desk.app.opening import open_or_create
from intake_desk.storage import (
    DatabaseLocked,
    EncryptedBackup,
    NotADatabase,
    StorageError,
    backups,
    cipher,
    keys,
    open_database,
)
from intake_desk.storage.encryption import AlreadyEncrypted, encrypt_existing

PASSPHRASE = "fiets over de dijk naar Zwolle"
FIRST = ["Wilhelmina", "Abdelkader", "Margriet", "Oleksandr", "Fatimazahra", "Jeroen", "Siobhan",
         "Mehmet", "Annelies", "Kwabena"]
LAST = ["Oosterhuis", "Bouzambou", "Tjoeng", "Kowalczyk", "Vanderbilt", "Zeldenrust", "Nakamura",
        "Hakkoymaz", "Brinkhorst", "Adjei-Mensah"]
KNOWN = [f"{first} {last}" for first in FIRST for last in LAST]  # 100 known names


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(keys, "KDF_N", 16)
    monkeypatch.setattr(keys, "RECOVERY_KDF_N", 16)
    yield
    keys.forget_all()


def _fill(db, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Demo candidates renamed to the known names (the name also lands in the search index)."""
    add_demo_candidates(db, len(names), seed=7)
    ids = [r[0] for r in db.execute("SELECT id FROM candidates ORDER BY id").fetchall()]
    with db.atomic():
        for cid, name in zip(ids, names, strict=False):
            db.execute("UPDATE candidates SET first_name = ?, surname = ? WHERE id = ?",
                       [name, name.split()[-1], cid])


def _found(paths: list[Path], names: list[str]) -> set[str]:
    """The names that occur in the bytes of `paths`, as UTF-8 or UTF-16 (what `strings -e` finds)."""
    blobs = [p.read_bytes() for p in paths if p.is_file()]
    return {name for name in names for blob in blobs
            if any(name.encode(enc) in blob for enc in ("utf-8", "utf-16-le", "utf-16-be"))}


def _files(path: Path) -> list[Path]:
    return [path, Path(f"{path}-wal"), keys.key_file(path), *backups.all_backups(path),
            *backups.folder(path).glob("*.keys")]


@pytest.mark.parametrize("encrypted", [False, True])
def test_no_known_name_is_readable_in_database_wal_backups_or_key_file(tmp_path: Path,
                                                                       encrypted: bool) -> None:
    path = tmp_path / "intake.db"
    if encrypted:
        keys.create(path, PASSPHRASE)
    db = open_or_create(path)
    try:
        _fill(db, KNOWN)
        backups.create(db, path)
        with db.atomic():  # after the backup: these pages are in the WAL only, for now
            db.execute("UPDATE candidates SET notes = first_name")
        assert Path(f"{path}-wal").stat().st_size > 0
        found = _found(_files(path), KNOWN)
    finally:
        db.close()
    if encrypted:
        assert found == set()
        assert not cipher.is_plain_file(path)
        assert all(not cipher.is_plain_file(b) for b in backups.all_backups(path))
    else:  # the same scan finds them in a plain database: it can fail
        assert found == set(KNOWN)


def test_files_are_readable_by_the_user_only(tmp_path: Path) -> None:
    path = tmp_path / "intake.db"
    keys.create(path, PASSPHRASE)
    db = open_or_create(path)
    try:
        backup = backups.create(db, path)
        assert Path(f"{path}-wal").stat().st_mode & 0o077 == 0
    finally:
        db.close()
    for file in (path, keys.key_file(path), backup, backups.folder(path) / keys.key_file(path).name):
        assert file.stat().st_mode & 0o777 == 0o600, file
    assert backups.folder(path).stat().st_mode & 0o777 == 0o700


def test_a_thousand_wrong_passphrases_never_open_and_never_raise_anything_unknown(
        tmp_path: Path) -> None:
    path = tmp_path / "intake.db"
    recovery = keys.create(path, PASSPHRASE)
    open_or_create(path).close()
    keys.forget(path)
    wrong = [f"{PASSPHRASE}{i}" for i in range(500)] + [PASSPHRASE.upper(), PASSPHRASE[:-1]] + [
        f"poging {i} ëñ 🙂" for i in range(497)] + [("B" if recovery[0] != "B" else "C") + recovery[1:]]
    assert len(wrong) == 1000
    for attempt in wrong:
        with pytest.raises(keys.WrongPassphrase) as caught:
            keys.unlock(path, attempt)
        assert "wachtwoordzin" in str(caught.value) and caught.value.text_en
        assert keys.session_key(path) is None
    with pytest.raises(DatabaseLocked):
        open_database(path)
    # A wrong raw key (a stale keyring entry) is a known error too, not sqlcipher3's DatabaseError.
    for _ in range(50):
        with pytest.raises(NotADatabase):
            open_database(path, key=os.urandom(32))
    keys.forget(path)
    keys.unlock(path, PASSPHRASE)
    open_database(path).close()


@pytest.mark.parametrize("empty", ["", "   ", "\t\n"])
def test_an_empty_passphrase_is_refused(tmp_path: Path, empty: str) -> None:
    path = tmp_path / "intake.db"
    with pytest.raises(keys.EmptyPassphrase):
        keys.create(path, empty)
    assert not keys.key_file(path).exists()
    keys.create(path, PASSPHRASE)
    keys.forget(path)
    with pytest.raises(keys.EmptyPassphrase):
        keys.unlock(path, empty)
    with pytest.raises(keys.EmptyPassphrase):
        keys.change_passphrase(path, PASSPHRASE, empty)
    other = tmp_path / "other.db"
    open_or_create(other).close()
    with pytest.raises(keys.EmptyPassphrase):
        encrypt_existing(other, empty)
    assert cipher.is_plain_file(other) and not keys.key_file(other).exists()


def test_recovery_key_unlocks_and_replaces_a_forgotten_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "intake.db"
    recovery = keys.create(path, PASSPHRASE)
    groups = recovery.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    open_or_create(path).close()
    keys.forget(path)
    # typed as read aloud: lower case, spaces instead of dashes
    assert keys.unlock(path, " ".join(groups).lower()).by == "recovery"
    keys.forget(path)
    keys.change_passphrase(path, recovery, "nieuwe zin")
    keys.forget(path)
    with pytest.raises(keys.WrongPassphrase):
        keys.unlock(path, PASSPHRASE)
    assert keys.unlock(path, "nieuwe zin").by == "passphrase"
    open_database(path).close()  # the same database key: nothing was re-encrypted


def test_backup_and_restore_stay_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "intake.db"
    keys.create(path, PASSPHRASE)
    db = open_or_create(path)
    _fill(db, KNOWN[:10])
    backup = backups.create(db, path)
    add_demo_candidates(db, 5, seed=9)
    assert db.execute("SELECT count(*) FROM candidates").fetchone()[0] == 15
    db.close()
    assert not any(cipher.is_plain_file(b) for b in backups.all_backups(path))
    assert backups.newest(path) is not None  # sound, read with the key

    keys.forget(path)
    with pytest.raises(DatabaseLocked):
        backups.restore(backup, path)
    keys.unlock(path, PASSPHRASE)
    aside = backups.restore(backup, path)
    assert aside is not None and not cipher.is_plain_file(aside)
    db = open_database(path)
    try:
        assert db.execute("SELECT count(*) FROM candidates").fetchone()[0] == 10
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        db.close()
    assert not cipher.is_plain_file(path)

    plain = tmp_path / "plain.db"  # an encrypted backup is never put into a plain database
    open_or_create(plain).close()
    with pytest.raises(EncryptedBackup):
        backups.restore(backup, plain)


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    db = open_database(path, migrate=False)
    try:
        tables = [t for t in db.table_names() if not t.startswith(("candidates_fts", "sqlite_"))]
        return {t: sorted(db.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        db.close()


def test_plain_to_encrypted_keeps_every_record_and_encrypts_old_backups(tmp_path: Path) -> None:
    path = tmp_path / "intake.db"
    db = open_or_create(path)
    _fill(db, KNOWN[:30])
    old_backup = backups.create(db, path)
    db.close()
    before = _dump(path)
    assert _found([path, old_backup], KNOWN[:30]) == set(KNOWN[:30])

    recovery = encrypt_existing(path, PASSPHRASE)
    assert recovery is not None
    assert not cipher.is_plain_file(path) and not cipher.is_plain_file(old_backup)
    assert _found(_files(path), KNOWN[:30]) == set()
    keys.forget(path)
    keys.unlock(path, recovery)
    assert _dump(path) == before
    db = open_database(path)
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH ?",
                          ["Oosterhuis"]).fetchone()[0] >= 1
    finally:
        db.close()
    assert backups.newest(path) == old_backup  # the old backup opens with the new key
    with pytest.raises(AlreadyEncrypted):
        encrypt_existing(path, PASSPHRASE)


def test_a_stopped_conversion_can_be_run_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                               ) -> None:
    """Killed after the key file was written, before the swap: the plain file still opens (plain),
    and `encrypt` with the same passphrase finishes the job with that key file."""
    path = tmp_path / "intake.db"
    db = open_or_create(path)
    _fill(db, KNOWN[:5])
    db.close()
    before = _dump(path)

    made = keys.create

    def killed(*args: object, **kwargs: object) -> str:
        made(*args, **kwargs)  # type: ignore[arg-type]
        raise KeyboardInterrupt  # the kill, right after the key file was written

    monkeypatch.setattr(keys, "create", killed)
    with pytest.raises(KeyboardInterrupt):
        encrypt_existing(path, PASSPHRASE)
    monkeypatch.undo()
    assert cipher.is_plain_file(path) and keys.key_file(path).exists()
    assert not list(tmp_path.glob("*.partial"))
    assert _dump(path) == before
    keys.forget(path)
    assert encrypt_existing(path, PASSPHRASE) is None
    assert not cipher.is_plain_file(path)
    assert _dump(path) == before


def test_plain_databases_open_as_before(tmp_path: Path) -> None:
    path = tmp_path / "intake.db"
    db = open_or_create(path)
    try:
        assert not cipher.is_keyed(db.conn)
    finally:
        db.close()
    assert not keys.key_file(path).exists()


def test_no_keyring_is_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / "intake.db"
    keys.create(path, PASSPHRASE)
    keys.keep_in_keyring(path)  # True or False depending on the machine; never raises
    keys.forget(path)
    found = keys.from_keyring(path)
    assert found is None or found.key is not None


def _cli(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_DESK_")}
    full.update(env)
    return subprocess.run([sys.executable, "-m", "ui.main", *args], env=full, cwd=cwd,
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


def test_cli_uses_the_passphrase_from_the_environment_never_an_argument(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    made = _cli(["--db", db, "init", "--demo", "3"], {"INTAKE_DESK_PASSPHRASE": PASSPHRASE},
                tmp_path)
    assert made.returncode == 0, made.stderr
    assert "Herstelsleutel" in made.stderr and keys.key_file(Path(db)).exists()
    assert not cipher.is_plain_file(Path(db))

    ok = _cli(["--db", db, "check"], {"INTAKE_DESK_PASSPHRASE": PASSPHRASE}, tmp_path)
    assert ok.returncode == 0, ok.stderr
    wrong = _cli(["--db", db, "check"], {"INTAKE_DESK_PASSPHRASE": "fout"}, tmp_path)
    assert wrong.returncode == 1 and "past niet" in wrong.stderr and "Traceback" not in wrong.stderr
    none = _cli(["--db", db, "check"], {}, tmp_path)  # no terminal, no variable: a clear error
    assert none.returncode == 1 and "INTAKE_DESK_PASSPHRASE" in none.stderr
    assert "Traceback" not in none.stderr

    changed = _cli(["--db", db, "passphrase"], {"INTAKE_DESK_PASSPHRASE": PASSPHRASE,
                                                "INTAKE_DESK_NEW_PASSPHRASE": "tweede zin"},
                   tmp_path)
    assert changed.returncode == 0, changed.stderr
    assert _cli(["--db", db, "check"], {"INTAKE_DESK_PASSPHRASE": "tweede zin"},
                tmp_path).returncode == 0

    plain = str(tmp_path / "plain.db")
    assert _cli(["--db", plain, "init"], {"INTAKE_DESK_PLAIN": "1"}, tmp_path).returncode == 0
    assert cipher.is_plain_file(Path(plain))
    encrypted = _cli(["--db", plain, "encrypt"], {"INTAKE_DESK_PASSPHRASE": PASSPHRASE}, tmp_path)
    assert encrypted.returncode == 0, encrypted.stderr
    assert not cipher.is_plain_file(Path(plain))
    assert _cli(["--db", plain, "check"], {"INTAKE_DESK_PASSPHRASE": PASSPHRASE},
                tmp_path).returncode == 0


def test_known_storage_errors_from_sqlcipher_are_translated(tmp_path: Path) -> None:
    """sqlcipher3 raises its own classes; the storage door still knows them."""
    from intake_desk.storage.errors import translate

    exc = cipher.sqlcipher.OperationalError("database or disk is full")
    assert isinstance(translate(exc, tmp_path / "x.db"), StorageError)
    assert translate(cipher.sqlcipher.DatabaseError("file is not a database"),
                     tmp_path / "x.db").__class__ is NotADatabase
