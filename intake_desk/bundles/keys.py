"""The keys of an installation and the key file (`.beurssleutel`) that enrols it elsewhere.

Each installation has two key pairs, made once: Ed25519 to sign what it sends and X25519 to receive
what is encrypted for it. Only the public halves leave the computer, as one line of text (the key
file, also shown as a QR code) with a self-signature, so a mistyped or damaged file is refused
instead of enrolled. The fingerprint (16 characters in groups of four) is what two people compare by
eye at enrolment: it is a hash of both public keys, so a swapped file cannot show the same one.

No database here (the private keys are stored by `storage/enrolment.py`) and no Qt.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from .errors import BundleRefused

KEY_PREFIX = "INTAKE-DESK-SLEUTEL"
KEY_VERSION = "1"
KEY_SUFFIX = ".beurssleutel"
ROLES = ("desk", "laptop")
ROLE_NL = {"desk": "balie", "laptop": "laptop"}
NAME_MAX = 60


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def fingerprint(sign_public: bytes, box_public: bytes) -> str:
    """'K3QF-7HZA-M2PX-QW9D': 80 bits of SHA-256 over both public keys, base32 without 0/1 confusion
    (base32 uses A-Z and 2-7 only)."""
    digest = hashlib.sha256(b"intake-desk fingerprint v1" + sign_public + box_public).digest()[:10]
    text = base64.b32encode(digest).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True, slots=True)
class PublicKey:
    """What another installation knows of this one: who, which role, and the two public keys."""

    installation_id: str
    role: str
    name: str
    sign: bytes  # Ed25519, 32 bytes
    box: bytes  # X25519, 32 bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign, self.box)

    def same_keys(self, other: PublicKey) -> bool:
        return (self.sign, self.box) == (other.sign, other.box)


@dataclass(frozen=True, slots=True)
class OwnKeys:
    """This installation's private keys (raw 32 bytes each). Never logged, never in a file."""

    installation_id: str
    sign_private: bytes
    box_private: bytes

    def __repr__(self) -> str:  # a traceback or a debug print must not show the keys
        return f"OwnKeys(installation_id={self.installation_id!r}, <private>)"

    def signer(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.sign_private)

    def box_key(self) -> X25519PrivateKey:
        return X25519PrivateKey.from_private_bytes(self.box_private)

    def public(self, role: str, name: str = "") -> PublicKey:
        sign = self.signer().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        box = self.box_key().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return PublicKey(self.installation_id, role, name, sign, box)


def new_keys(installation_id: str) -> OwnKeys:
    sign = Ed25519PrivateKey.generate().private_bytes_raw()
    box = X25519PrivateKey.generate().private_bytes_raw()
    return OwnKeys(installation_id, sign, box)


def _body(key: PublicKey) -> str:
    return ":".join((KEY_PREFIX, KEY_VERSION, key.role, key.installation_id, b64(key.sign),
                     b64(key.box), b64(key.name.encode("utf-8"))))


def key_line(own: OwnKeys, role: str, name: str = "") -> str:
    """The key file's one line (also the QR code's text), signed by the key it carries."""
    if role not in ROLES:
        raise ValueError(f"role: {role!r}")
    body = _body(own.public(role, name[:NAME_MAX]))
    signature = own.signer().sign(body.encode("ascii"))
    return f"{body}:{b64(signature)}"


def _bad(detail_nl: str, detail_en: str) -> BundleRefused:
    return BundleRefused(
        "bad-key-file",
        f"Dit is geen geldig sleutelbestand van Intake Desk ({detail_nl}). Er is niets gekoppeld. "
        "Maak het sleutelbestand opnieuw op de andere computer.",
        f"This is not a valid Intake Desk key file ({detail_en}). Nothing was enrolled. Make the key "
        "file again on the other computer.")


def read_key_line(text: str) -> PublicKey:
    """The public key in a key file's text; BundleRefused('bad-key-file') naming what is wrong."""
    line = text.strip()
    parts = line.split(":")
    if len(parts) != 8 or parts[0] != KEY_PREFIX:
        raise _bad("het begint niet met INTAKE-DESK-SLEUTEL of mist een deel",
                   "it does not start with INTAKE-DESK-SLEUTEL or a part is missing")
    if parts[1] != KEY_VERSION:
        raise _bad(f"versie {parts[1][:10]} is onbekend; werk Intake Desk bij",
                   f"version {parts[1][:10]} is unknown; update Intake Desk")
    _, _, role, installation_id, sign_text, box_text, name_text, sig_text = parts
    if role not in ROLES:
        raise _bad(f"rol '{role[:20]}' is onbekend", f"role '{role[:20]}' is unknown")
    if not installation_id or len(installation_id) > 64 or not installation_id.replace("-", "").isalnum():
        raise _bad("installatienummer ontbreekt of klopt niet", "installation id missing or invalid")
    try:
        sign, box, signature = unb64(sign_text), unb64(box_text), unb64(sig_text)
        name = unb64(name_text).decode("utf-8")
    except (ValueError, UnicodeDecodeError) as exc:
        raise _bad("tekens kloppen niet", "invalid characters") from exc
    if len(sign) != 32 or len(box) != 32 or len(signature) != 64 or len(name) > NAME_MAX:
        raise _bad("een sleutel heeft de verkeerde lengte", "a key has the wrong length")
    try:
        Ed25519PublicKey.from_public_bytes(sign).verify(signature, line.rsplit(":", 1)[0].encode("ascii"))
    except (InvalidSignature, ValueError) as exc:
        raise _bad("de handtekening klopt niet: het bestand is beschadigd of veranderd",
                   "the signature does not match: the file is damaged or changed") from exc
    return PublicKey(installation_id, role, name, sign, box)


def read_key_file(path: Path) -> PublicKey:
    try:
        with open(path, "rb") as f:
            raw = f.read(4097)
    except OSError as exc:
        raise BundleRefused("file", f"Het sleutelbestand {path} kan niet worden gelezen ({exc.strerror}).",
                            f"The key file {path} cannot be read ({exc.strerror}).") from exc
    if len(raw) > 4096:
        raise _bad("het bestand is te groot", "the file is too large")
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError as exc:
        raise _bad("er staan vreemde tekens in", "it holds unexpected characters") from exc
    return read_key_line(text)


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> Path:
    """Write `data` to `path` through a temporary file beside it and one rename, readable by the
    owner only: a pulled USB stick or a crash leaves the old file or none, never half a bundle."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)  # an existing temp file kept its old mode
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    try:  # the rename itself must reach the stick before the advisor pulls it
        dirfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dirfd)
        finally:
            os.close(dirfd)
    except OSError:
        pass  # Windows cannot open a directory; its rename is durable enough there
    return path
