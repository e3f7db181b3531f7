"""The `.beursbundel` file, byte by byte (docs/fair-merge.md explains each choice).

    offset  size  field
    0       8     magic b"IDBUNDEL"
    8       1     format version (1)
    9       1     kind: 1 = intakes from a laptop, 2 = catalog and settings from the desk
    10      2     flags, big-endian: bit 0 = payload encrypted
    12      64    sender installation id, ASCII, padded with NUL bytes
    76      32    sender Ed25519 public key
    108     32    recipient X25519 public key (zero when not encrypted)
    140     32    ephemeral X25519 public key (zero when not encrypted)
    172     12    AES-GCM nonce (zero when not encrypted)
    184     8     payload length N, big-endian
    192     N     payload: AES-256-GCM(zlib(JSON lines)) with its 16-byte tag, or zlib(JSON lines)
    192+N   64    Ed25519 signature over bytes 0 .. 192+N

Encryption (kind 1 always): a fresh X25519 key pair per bundle; the shared secret with the desk's
X25519 key goes through HKDF-SHA256 (salt: both public keys; info: the magic, version and kind) to a
256-bit AES-GCM key; the whole 192-byte header is the associated data, so the sender, recipient and
kind cannot be changed without the tag failing. The signature comes last and covers everything, so a
flipped bit anywhere or a missing tail is found before anything is decrypted or parsed.

The payload, once decrypted, is zlib-compressed UTF-8 JSON lines: the first line is the bundle's
header (a JSON object), each further line one record. Opening is bounded (file size, unpacked size,
line count), so a hostile file cannot exhaust the desk's memory.
"""

from __future__ import annotations

import json
import os
import struct
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from .errors import BundleRefused
from .keys import OwnKeys, PublicKey

MAGIC = b"IDBUNDEL"
VERSION = 1
KIND_INTAKES = 1
KIND_CATALOG = 2
KIND_NAMES = {KIND_INTAKES: ("beursbundel met intakes", "fair bundle with intakes"),
              KIND_CATALOG: ("catalogusbundel van de balie", "catalog bundle from the desk")}
FLAG_ENCRYPTED = 1
SUFFIX = ".beursbundel"

_HEAD = struct.Struct(">8sBBH64s32s32s32s12sQ")
HEADER_SIZE = _HEAD.size  # 192
SIGNATURE_SIZE = 64
ZERO32 = bytes(32)

# Bounds for opening: far above a fair's day (1,000 intakes pack to well under 2 MB) and far below
# what would hurt the desk.
MAX_FILE = 256 * 1024 * 1024
MAX_UNPACKED = 1024 * 1024 * 1024
MAX_LINES = 2_000_000


@dataclass(frozen=True, slots=True)
class Opened:
    """A bundle that passed every check: who sent it, its header line and its record lines."""

    kind: int
    sender: PublicKey
    header: dict[str, Any]
    lines: list[dict[str, Any]]
    size: int


def _aead_key(shared: bytes, ephemeral: bytes, recipient: bytes, kind: int) -> bytes:
    info = MAGIC + bytes([VERSION, kind]) + b" aes-256-gcm"
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=info).derive(shared)


def pack_lines(header: Mapping[str, Any], lines: Iterable[Mapping[str, Any]], level: int = 6) -> bytes:
    """The payload before encryption: zlib over JSON lines (header first). Joined, then compressed in
    one call: a fair's day is a few MB of JSON, and one call is about twice as fast as one per line."""
    return zlib.compress(b"".join([_line(header), *(_line(line) for line in lines)]), level)


def _line(obj: Mapping[str, Any]) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=True,
                      allow_nan=False).encode("utf-8") + b"\n"


def seal(kind: int, header: Mapping[str, Any], lines: Iterable[Mapping[str, Any]], *, sender: OwnKeys,
         recipient: PublicKey | None, progress: Callable[[str], None] | None = None) -> bytes:
    """The bundle's bytes: packed, encrypted for `recipient` (None: signed only, for kind 2), signed."""
    sender_id = sender.installation_id.encode("ascii")
    if len(sender_id) > 64:
        raise ValueError("installation id longer than 64 bytes")
    packed = pack_lines(header, lines)
    if progress:
        progress("versleutelen")
    sign_public = sender.signer().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    if recipient is not None:
        eph = X25519PrivateKey.generate()
        eph_public = eph.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        nonce = os.urandom(12)
        length = len(packed) + 16
        head = _HEAD.pack(MAGIC, VERSION, kind, FLAG_ENCRYPTED, sender_id, sign_public, recipient.box,
                          eph_public, nonce, length)
        key = _aead_key(eph.exchange(X25519PublicKey.from_public_bytes(recipient.box)), eph_public,
                        recipient.box, kind)
        payload = AESGCM(key).encrypt(nonce, packed, head)
    else:
        head = _HEAD.pack(MAGIC, VERSION, kind, 0, sender_id, sign_public, ZERO32, ZERO32, bytes(12),
                          len(packed))
        payload = packed
    body = head + payload
    return body + sender.signer().sign(body)


def _refuse(code: str, nl: str, en: str) -> BundleRefused:
    return BundleRefused(code, nl + " Er is niets ingelezen.", en + " Nothing was read in.")


def _who(key: PublicKey) -> tuple[str, str]:
    name = f"'{key.name}' " if key.name else ""
    return (f"{'de balie' if key.role == 'desk' else 'laptop'} {name}({key.installation_id})",
            f"{'the desk' if key.role == 'desk' else 'laptop'} {name}({key.installation_id})")


def read_head(data: bytes) -> tuple[int, int, str, bytes, bytes, bytes, bytes, int]:
    """The fixed header, checked for shape and length; BundleRefused otherwise."""
    if len(data) < len(MAGIC) or data[:len(MAGIC)] != MAGIC:
        raise _refuse("not-a-bundle", "Dit bestand is geen beursbundel van Intake Desk.",
                      "This file is not an Intake Desk fair bundle.")
    if len(data) < HEADER_SIZE + SIGNATURE_SIZE:
        raise _refuse("truncated", f"De beursbundel is onvolledig: het bestand is maar {len(data)} bytes "
                      "lang. Kopieer hem opnieuw van de laptop of de USB-stick.",
                      f"The fair bundle is incomplete: the file is only {len(data)} bytes long. Copy it "
                      "again from the laptop or USB stick.")
    (_magic, version, kind, flags, sender_raw, sign, recipient, ephemeral, nonce,
     length) = _HEAD.unpack_from(data)
    if version != VERSION:
        raise _refuse("version", f"Deze beursbundel heeft formaatversie {version}; deze Intake Desk kent "
                      f"alleen versie {VERSION}. Werk Intake Desk bij.",
                      f"This fair bundle has format version {version}; this Intake Desk knows only "
                      f"version {VERSION}. Update Intake Desk.")
    expected = HEADER_SIZE + length + SIGNATURE_SIZE
    if len(data) < expected:
        raise _refuse("truncated", f"De beursbundel is onvolledig: er ontbreken {expected - len(data)} "
                      "bytes aan het eind. Kopieer hem opnieuw van de laptop of de USB-stick.",
                      f"The fair bundle is incomplete: {expected - len(data)} bytes are missing at the "
                      "end. Copy it again from the laptop or USB stick.")
    if len(data) > expected:
        raise _refuse("damaged", "De beursbundel is beschadigd: er staan bytes achter het eind.",
                      "The fair bundle is damaged: there are bytes after its end.")
    try:
        sender_id = sender_raw.rstrip(b"\0").decode("ascii")
    except UnicodeDecodeError:
        sender_id = ""
    return kind, flags, sender_id, sign, recipient, ephemeral, nonce, length


def open_bundle(data: bytes, *, own: OwnKeys, peers: Mapping[str, PublicKey],
                expect_kind: int, from_role: str | None = None) -> Opened:
    """Check and open a bundle; BundleRefused (with the reason) for anything that is not a sound
    bundle of `expect_kind` from an enrolled peer for this installation. Pure: writes nothing."""
    if len(data) > MAX_FILE:
        raise _refuse("too-large", f"Het bestand is te groot voor een beursbundel ({len(data)} bytes).",
                      f"The file is too large for a fair bundle ({len(data)} bytes).")
    kind, flags, sender_id, sign, recipient, ephemeral, nonce, length = read_head(data)
    body, signature = data[:-SIGNATURE_SIZE], data[-SIGNATURE_SIZE:]
    # First: is the file whole and unchanged? Checked against the key it names, so a damaged file is
    # called damaged, not "from an unknown laptop"; whether that key is the enrolled one comes next.
    try:
        Ed25519PublicKey.from_public_bytes(sign).verify(signature, body)
    except (InvalidSignature, ValueError) as exc:
        raise _refuse("damaged", "De beursbundel is beschadigd of veranderd: de handtekening klopt niet. "
                      "Kopieer hem opnieuw van de laptop, of maak hem daar opnieuw.",
                      "The fair bundle is damaged or changed: its signature does not match. Copy it "
                      "again from the laptop, or make it again there.") from exc
    if kind not in KIND_NAMES:
        raise _refuse("wrong-kind", f"Deze bundel is van een onbekende soort ({kind}).",
                      f"This bundle is of an unknown kind ({kind}).")
    if kind != expect_kind:
        nl, en = KIND_NAMES[kind]
        want_nl, want_en = KIND_NAMES[expect_kind]
        raise _refuse("wrong-kind", f"Dit is een {nl}, geen {want_nl}.", f"This is a {en}, not a {want_en}.")
    peer = peers.get(sender_id)
    if peer is None:
        raise _refuse("unknown-sender",
                      f"Deze bundel komt van een computer die hier niet gekoppeld is (installatie "
                      f"{sender_id or '?'}). Koppel die eerst met zijn sleutelbestand en lees de bundel "
                      "dan opnieuw in.",
                      f"This bundle comes from a computer that is not enrolled here (installation "
                      f"{sender_id or '?'}). Enrol it with its key file first, then read the bundle again.")
    if peer.sign != sign:
        who_nl, who_en = _who(peer)
        raise _refuse("changed-key",
                      f"De sleutel van {who_nl} is veranderd sinds het koppelen. Misschien is die "
                      "computer opnieuw ingericht, of de bundel komt ergens anders vandaan. Vergelijk de "
                      "vingerafdruk op beide schermen en koppel opnieuw als hij klopt.",
                      f"The key of {who_en} has changed since it was enrolled. Perhaps that computer was "
                      "set up again, or the bundle comes from somewhere else. Compare the fingerprint on "
                      "both screens and enrol again if it matches.")
    if from_role is not None and peer.role != from_role:
        raise _refuse("not-desk", "Deze bundel komt niet van de balie; alleen de gekoppelde balie kan de "
                      "catalogus en instellingen sturen.",
                      "This bundle does not come from the desk; only the enrolled desk can send the "
                      "catalog and settings.")
    payload = data[HEADER_SIZE:HEADER_SIZE + length]
    if flags & FLAG_ENCRYPTED:
        mine = own.box_key()
        if recipient != mine.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw):
            raise _refuse("wrong-desk", "Deze beursbundel is voor een andere balie gemaakt en kan hier niet "
                          "worden geopend. Maak hem op de laptop opnieuw voor deze balie.",
                          "This fair bundle was made for another desk and cannot be opened here. Make it "
                          "again on the laptop for this desk.")
        try:
            key = _aead_key(mine.exchange(X25519PublicKey.from_public_bytes(ephemeral)), ephemeral,
                            recipient, kind)
            packed = AESGCM(key).decrypt(nonce, payload, data[:HEADER_SIZE])
        except (InvalidTag, ValueError) as exc:
            raise _refuse("damaged", "De beursbundel kan niet worden ontsleuteld: hij is beschadigd.",
                          "The fair bundle cannot be decrypted: it is damaged.") from exc
    elif kind == KIND_INTAKES:
        raise _refuse("damaged", "Deze beursbundel is niet versleuteld; intakes worden alleen "
                      "versleuteld aangenomen.",
                      "This fair bundle is not encrypted; intakes are only accepted encrypted.")
    else:
        packed = payload
    header, lines = unpack_lines(packed)
    return Opened(kind, peer, header, lines, len(data))


def unpack_lines(packed: bytes) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    unpacker = zlib.decompressobj()
    try:
        raw = unpacker.decompress(packed, MAX_UNPACKED)
    except zlib.error as exc:
        raise _bad_content("de inhoud is niet uit te pakken", "the content cannot be unpacked") from exc
    if unpacker.unconsumed_tail:
        raise _refuse("too-large", "De inhoud van de bundel is te groot om in te lezen.",
                      "The bundle's content is too large to read.")
    if not unpacker.eof:
        raise _bad_content("de inhoud is onvolledig", "the content is incomplete")
    rows = raw.split(b"\n")
    if rows and rows[-1] == b"":
        rows.pop()
    if not rows or len(rows) > MAX_LINES:
        raise _bad_content("geen kopregel of te veel regels", "no header line or too many lines")
    parsed: list[dict[str, Any]] = []
    for number, row in enumerate(rows, start=1):
        try:
            obj = _DECODER.decode(row.decode("utf-8"))
        except (ValueError, RecursionError) as exc:
            raise _bad_content(f"regel {number} is geen geldige JSON",
                               f"line {number} is not valid JSON") from exc
        if not isinstance(obj, dict):
            raise _bad_content(f"regel {number} is geen object", f"line {number} is not an object")
        parsed.append(obj)
    return parsed[0], parsed[1:]


def _no_constant(name: str) -> Any:
    raise ValueError(name)


# One decoder for every line (json.loads with an argument builds a new one per call): NaN and Infinity
# are refused, as the merge core's JSON has none.
_DECODER = json.JSONDecoder(parse_constant=_no_constant)


def _bad_content(nl: str, en: str) -> BundleRefused:
    return _refuse("bad-content", f"De beursbundel is wel ondertekend, maar de inhoud klopt niet ({nl}). "
                   "Meld dit aan de beheerder.",
                   f"The fair bundle is signed, but its content is wrong ({en}). Report this to the "
                   "administrator.")
