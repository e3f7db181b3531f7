"""The database key of an encrypted database, and the key file that keeps it.

An encrypted database is opened with a random 256-bit key (storage/cipher.py). That key is never
stored as it is. The key file beside the database (`<database>.keys`, JSON, readable by the user only,
written atomically) holds it wrapped twice with AES-256-GCM:

- by the advisor's passphrase, through scrypt (N=2**17, r=8: ~0.35 s and 128 MiB here, once per
  session, which makes guessing a passphrase from a stolen laptop slow);
- by the recovery key made at set-up (160 random bits, shown once, printed or saved as PDF, in
  groups of four for reading aloud); its own randomness makes a cheaper scrypt (N=2**14) enough.

A wrong passphrase fails the GCM tag: `WrongPassphrase`, never an opened database. Changing the
passphrase wraps the same database key again; nothing is re-encrypted. The GCM associated data names
the wrap, so a passphrase wrap cannot be passed off as a recovery wrap.

While a database is unlocked its key is held in this process only (`session_key`); `forget` drops it
(the idle lock). Python cannot wipe the bytes it held; dropping the last reference is what it offers.
At a desk the key can also be kept in the operating system's keyring (`keyring`, optional: a headless
Linux has none), so the desk opens without typing.

Tests make key files with a small N (`kdf_n=`, or KDF_N and RECOVERY_KDF_N patched, tests/privacy)
to stay fast: the N of each wrap is stored in the file, so opening needs no test switch. The app
always writes the defaults.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .cipher import KEY_BYTES
from .errors import StorageError

log = logging.getLogger(__name__)

FORMAT = "intake-desk-keys/1"
SUFFIX = ".keys"
KDF_N = 2**17
RECOVERY_KDF_N = 2**14
RECOVERY_BYTES = 20
PASSPHRASE_ENV = "INTAKE_DESK_PASSPHRASE"
PLAIN_ENV = "INTAKE_DESK_PLAIN"
KEYRING_SERVICE = "Intake Desk"
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"  # base32: no 0/1/8/9, so no O-0 or I-1 confusion

_session: dict[str, bytes] = {}


class KeyError_(StorageError):
    """Base of the key problems below (named with a trailing _ to leave the builtin alone)."""


@dataclass(frozen=True)
class Unlocked:
    key: bytes
    by: str  # "passphrase", "recovery", "keyring" or "environment"


def key_file(db_path: Path) -> Path:
    return Path(f"{db_path}{SUFFIX}")


def is_encrypted(db_path: Path) -> bool:
    return key_file(Path(db_path)).exists()


def _id(db_path: Path) -> str:
    return str(Path(db_path).resolve())


def session_key(db_path: Path) -> bytes | None:
    return _session.get(_id(db_path))


def remember(db_path: Path, key: bytes) -> None:
    _session[_id(db_path)] = key


def forget(db_path: Path) -> None:
    _session.pop(_id(db_path), None)


def forget_all() -> None:
    _session.clear()


# --- wrapping -------------------------------------------------------------------------------------

def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _derive(secret: bytes, salt: bytes, n: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=8, p=1).derive(secret)


def _wrap(key: bytes, secret: bytes, purpose: str, n: int) -> dict[str, Any]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    data = AESGCM(_derive(secret, salt, n)).encrypt(nonce, key, _aad(purpose))
    return {"kdf": "scrypt", "n": n, "r": 8, "p": 1, "salt": _b64(salt), "nonce": _b64(nonce),
            "data": _b64(data)}


def _unwrap(wrap: Any, secret: bytes, purpose: str) -> bytes | None:
    """The database key, or None when `secret` is not the one (or the wrap is not readable)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        if not isinstance(wrap, dict) or wrap.get("kdf") != "scrypt":
            return None
        n = int(wrap["n"])
        if n < 2 or n & (n - 1) or n > 2**22 or wrap.get("r") != 8 or wrap.get("p") != 1:
            return None  # scrypt's N is a power of two; a huge one would only stall the desk
        key = AESGCM(_derive(secret, _unb64(wrap["salt"]), n)).decrypt(
            _unb64(wrap["nonce"]), _unb64(wrap["data"]), _aad(purpose))
    except (InvalidTag, KeyError, ValueError, TypeError):
        return None
    return key if len(key) == KEY_BYTES else None


def _aad(purpose: str) -> bytes:
    return f"{FORMAT} {purpose}".encode()


# --- the recovery key -----------------------------------------------------------------------------

def new_recovery_key() -> str:
    """160 random bits as 32 base32 letters and digits, in eight groups of four."""
    raw = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode("ascii")
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def normalise_recovery(text: str) -> str | None:
    """The recovery key as typed (any case, spaces or dashes, 0 for O, 1 for I), or None when it
    cannot be one."""
    letters = "".join(ch for ch in text.upper() if ch.isalnum())
    letters = letters.replace("0", "O").replace("1", "I").replace("8", "B")
    if len(letters) != 32 or any(ch not in _ALPHABET for ch in letters):
        return None
    return letters


# --- the key file ---------------------------------------------------------------------------------

def _check_passphrase(passphrase: str, field: str = "wachtwoordzin") -> bytes:
    if not passphrase or not passphrase.strip():
        raise EmptyPassphrase(field)
    return passphrase.encode("utf-8")


def create(db_path: Path, passphrase: str, *, kdf_n: int | None = None,
           recovery_kdf_n: int | None = None, key: bytes | None = None) -> str:
    """Make a new database key (or wrap `key`), write the key file and unlock; returns the recovery
    key to show once. Refuses when a key file exists (its database would become unreadable)."""
    secret = _check_passphrase(passphrase)
    db_path = Path(db_path)
    target = key_file(db_path)
    if target.exists():
        raise KeyFileExists(target)
    key = key or secrets.token_bytes(KEY_BYTES)
    recovery = new_recovery_key()
    normal = normalise_recovery(recovery)
    assert normal is not None
    data = {"format": FORMAT, "cipher": "sqlcipher4-raw-key",
            "passphrase": _wrap(key, secret, "passphrase", kdf_n or KDF_N),
            "recovery": _wrap(key, normal.encode("ascii"), "recovery",
                              recovery_kdf_n or RECOVERY_KDF_N)}
    _write(target, data)
    remember(db_path, key)
    log.info("database key made for %s", db_path.name)
    return recovery


def _read(db_path: Path) -> dict[str, Any]:
    path = key_file(db_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise KeyFileMissing(Path(db_path)) from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise KeyFileDamaged(path) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise KeyFileDamaged(path)
    return data


def _write(path: Path, data: dict[str, Any]) -> None:
    """Atomically, readable by the user only (created 0600, flushed, then renamed into place)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=1)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    try:
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass


def unwrap(db_path: Path, secret: str) -> Unlocked:
    """The database key from the passphrase or, failing that, the recovery key; WrongPassphrase
    after the KDF when neither fits. Does not unlock the session (see `unlock`)."""
    raw = _check_passphrase(secret)
    data = _read(Path(db_path))
    key = _unwrap(data.get("passphrase"), raw, "passphrase")
    if key is not None:
        return Unlocked(key, "passphrase")
    recovery = normalise_recovery(secret)
    if recovery is not None:
        key = _unwrap(data.get("recovery"), recovery.encode("ascii"), "recovery")
        if key is not None:
            return Unlocked(key, "recovery")
    raise WrongPassphrase(Path(db_path))


def unlock(db_path: Path, secret: str) -> Unlocked:
    found = unwrap(db_path, secret)
    remember(Path(db_path), found.key)
    return found


def change_passphrase(db_path: Path, current: str, new: str, *, kdf_n: int | None = None
                      ) -> Unlocked:
    """Wrap the database key by `new`; `current` is the old passphrase or the recovery key (a
    forgotten passphrase is replaced this way). The recovery wrap stays as it is."""
    secret = _check_passphrase(new, "nieuwe wachtwoordzin")
    found = unwrap(db_path, current)
    data = _read(Path(db_path))
    data["passphrase"] = _wrap(found.key, secret, "passphrase", kdf_n or KDF_N)
    _write(key_file(Path(db_path)), data)
    # The copy beside the backups follows, or the old passphrase would still open them from there.
    copy = Path(f"{db_path}.backups") / key_file(Path(db_path)).name
    if copy.exists():
        _write(copy, data)
    remember(Path(db_path), found.key)
    return found


def copy_key_file(db_path: Path, folder: Path) -> None:
    """A copy of the key file in `folder` (the backups' folder): without it an encrypted backup
    cannot be opened once the key file beside the database is lost. It holds only wrapped keys."""
    source = key_file(Path(db_path))
    if source.exists():
        _write(folder / source.name, json.loads(source.read_text(encoding="utf-8")))


def drop_key_file(db_path: Path) -> None:
    """Remove the key file (only after its database has been removed or replaced by a plain one)."""
    key_file(Path(db_path)).unlink(missing_ok=True)
    forget(Path(db_path))


# --- the environment and the keyring --------------------------------------------------------------

def from_environment(db_path: Path) -> Unlocked | None:
    """Unlock with INTAKE_DESK_PASSPHRASE (scripts, tests, the packaging smoke test), if set."""
    secret = os.environ.get(PASSPHRASE_ENV)
    if not secret:
        return None
    found = unlock(db_path, secret)
    return Unlocked(found.key, "environment")


def _keyring_name(db_path: Path) -> str:
    return _id(db_path)


def keep_in_keyring(db_path: Path) -> bool:
    """Keep the unlocked key in the OS keyring; False when there is none (no error: it is optional)."""
    key = session_key(db_path)
    if key is None:
        return False
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, _keyring_name(db_path), key.hex())
        return True
    except Exception:  # no keyring, a locked one, no D-Bus: all mean "not kept", nothing worse
        log.info("no OS keyring to keep the database key in")
        return False


def from_keyring(db_path: Path) -> Unlocked | None:
    try:
        import keyring
        from keyring.backends import fail

        if isinstance(keyring.get_keyring(), fail.Keyring):
            return None
        text = keyring.get_password(KEYRING_SERVICE, _keyring_name(db_path))
    except Exception:  # see keep_in_keyring
        return None
    if not text:
        return None
    try:
        key = bytes.fromhex(text)
    except ValueError:
        return None
    if len(key) != KEY_BYTES:
        return None
    remember(Path(db_path), key)
    return Unlocked(key, "keyring")


def drop_from_keyring(db_path: Path) -> None:
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, _keyring_name(db_path))
    except Exception:  # nothing kept, or no keyring
        pass


# --- the known errors ------------------------------------------------------------------------------

class EmptyPassphrase(KeyError_):
    def __init__(self, field: str = "wachtwoordzin"):
        field_en = {"wachtwoordzin": "passphrase", "nieuwe wachtwoordzin": "new passphrase"}.get(
            field, field)
        super().__init__(f"De {field} is leeg. Typ een wachtwoordzin; een lege wordt niet "
                         "geaccepteerd.",
                         f"The {field_en} is empty. Type a passphrase; an empty one is not accepted.")


class WrongPassphrase(KeyError_):
    def __init__(self, db_path: Path):
        super().__init__(
            f"De wachtwoordzin (of herstelsleutel) past niet bij {Path(db_path).name}. Let op "
            "hoofdletters en Caps Lock, en probeer het opnieuw. De database is niet geopend.",
            f"The passphrase (or recovery key) does not fit {Path(db_path).name}. Mind capitals "
            "and Caps Lock, and try again. The database was not opened.")


class KeyFileMissing(KeyError_):
    def __init__(self, db_path: Path):
        super().__init__(
            f"Het sleutelbestand {key_file(db_path)} ontbreekt. Zonder dat bestand kan de "
            "versleutelde database niet worden geopend. Zet het terug (er staat een kopie in de "
            "map met reservekopieën).",
            f"The key file {key_file(db_path)} is missing. Without it the encrypted database "
            "cannot be opened. Put it back (a copy is in the backups folder).")


class KeyFileDamaged(KeyError_):
    def __init__(self, path: Path):
        super().__init__(
            f"Het sleutelbestand {path} is beschadigd of geen sleutelbestand van Intake Desk. Zet "
            "de kopie uit de map met reservekopieën terug.",
            f"The key file {path} is damaged or not an Intake Desk key file. Put back the copy "
            "from the backups folder.")


class KeyFileExists(KeyError_):
    def __init__(self, path: Path):
        super().__init__(
            f"Er is al een sleutelbestand: {path}. Er is niets veranderd.",
            f"A key file already exists: {path}. Nothing was changed.")
