"""The .beursbundel format: a sealed bundle opens to exactly what went in, and every kind of wrong file
is refused with its reason (flipped bits anywhere, a missing tail, an unknown or changed sender, a bundle
for another desk, the wrong kind), before anything is decrypted or parsed."""

from __future__ import annotations

import zlib

import pytest

from intake_desk.bundles import sealed
from intake_desk.bundles.errors import BundleRefused
from intake_desk.bundles.keys import OwnKeys, PublicKey, new_keys
from intake_desk.bundles.sealed import KIND_CATALOG, KIND_INTAKES, open_bundle, seal

LAPTOP = new_keys("laptop-0001")
DESK = new_keys("desk-0001")
OTHER_DESK = new_keys("desk-0002")
LAPTOP_PUB = LAPTOP.public("laptop", "Laptop 1")
DESK_PUB = DESK.public("desk", "Balie")
HEADER = {"format": "intake-desk-beursbundel", "kind": "intakes", "from": "laptop-0001", "to": "desk-0001"}
LINES = [{"id": f"c{i}", "first_name": "Voorbeeld", "n": i, "tekst": "één ü ✓"} for i in range(40)]


def _open(data: bytes, own: OwnKeys = DESK, peers: dict[str, PublicKey] | None = None,
          kind: int = KIND_INTAKES) -> sealed.Opened:
    return open_bundle(data, own=own, peers={"laptop-0001": LAPTOP_PUB} if peers is None else peers,
                       expect_kind=kind)


def _refused(data: bytes, **kw: object) -> BundleRefused:
    with pytest.raises(BundleRefused) as caught:
        _open(data, **kw)  # type: ignore[arg-type]
    assert "niets ingelezen" in caught.value.text_nl and "Nothing was read in" in caught.value.text_en
    return caught.value


@pytest.fixture(scope="module")
def bundle() -> bytes:
    return seal(KIND_INTAKES, HEADER, LINES, sender=LAPTOP, recipient=DESK_PUB)


def test_round_trip_gives_back_header_lines_and_sender(bundle: bytes) -> None:
    opened = _open(bundle)
    assert opened.header == HEADER
    assert opened.lines == LINES
    assert opened.sender == LAPTOP_PUB
    assert opened.kind == KIND_INTAKES


def test_the_payload_is_encrypted_not_just_compressed(bundle: bytes) -> None:
    assert b"Voorbeeld" not in bundle
    payload = bundle[sealed.HEADER_SIZE:-sealed.SIGNATURE_SIZE]
    with pytest.raises(zlib.error):
        zlib.decompress(payload)
    # two seals of the same content differ (fresh ephemeral key and nonce each time)
    assert seal(KIND_INTAKES, HEADER, LINES, sender=LAPTOP, recipient=DESK_PUB) != bundle


def test_a_flipped_bit_anywhere_is_refused(bundle: bytes) -> None:
    codes = set()
    for position in range(len(bundle)):
        for bit in (0, 5) if position % 7 else (0, 1, 2, 3, 4, 5, 6, 7):
            damaged = bytearray(bundle)
            damaged[position] ^= 1 << bit
            error = _refused(bytes(damaged))
            codes.add(error.code)
    # the magic and version say "not a bundle"/"version", a length change "truncated"/"damaged", the rest
    # fails the signature: never accepted, never "unknown laptop" for a damaged file of a known one
    assert codes <= {"not-a-bundle", "version", "truncated", "damaged"}
    assert "damaged" in codes


@pytest.mark.parametrize("cut", [1, 2, 16, 63, 64, 65, 100])
def test_a_truncated_file_is_refused(bundle: bytes, cut: int) -> None:
    error = _refused(bundle[:-cut])
    assert error.code == "truncated"
    assert "onvolledig" in error.text_nl


def test_every_shorter_length_is_refused(bundle: bytes) -> None:
    for length in range(0, len(bundle), 3):
        _refused(bundle[:length])


def test_bytes_after_the_end_are_refused(bundle: bytes) -> None:
    assert _refused(bundle + b"\0").code == "damaged"


def test_an_unknown_laptop_is_refused(bundle: bytes) -> None:
    error = _refused(bundle, peers={})
    assert error.code == "unknown-sender"
    assert "laptop-0001" in error.text_nl and "niet gekoppeld" in error.text_nl


def test_a_changed_key_is_refused(bundle: bytes) -> None:
    """The same installation id, enrolled with other keys (a re-installed laptop, or an impostor)."""
    enrolled = new_keys("laptop-0001").public("laptop", "Laptop 1")
    error = _refused(bundle, peers={"laptop-0001": enrolled})
    assert error.code == "changed-key"
    assert "veranderd" in error.text_nl and "vingerafdruk" in error.text_nl


def test_a_bundle_for_another_desk_is_refused(bundle: bytes) -> None:
    error = _refused(bundle, own=OTHER_DESK)
    assert error.code == "wrong-desk"
    assert "andere balie" in error.text_nl and "another desk" in error.text_en


def test_an_impostor_signing_as_an_enrolled_laptop_is_refused() -> None:
    impostor = OwnKeys("laptop-0001", new_keys("x").sign_private, new_keys("x").box_private)
    data = seal(KIND_INTAKES, HEADER, LINES, sender=impostor, recipient=DESK_PUB)
    assert _refused(data).code == "changed-key"


def test_the_wrong_kind_is_refused(bundle: bytes) -> None:
    assert _refused(bundle, kind=KIND_CATALOG).code == "wrong-kind"


def test_not_a_bundle_is_refused() -> None:
    assert _refused(b"PK\x03\x04 a zip file").code == "not-a-bundle"
    assert _refused(b"").code == "not-a-bundle"


def test_an_unencrypted_intakes_bundle_is_refused() -> None:
    data = seal(KIND_INTAKES, HEADER, LINES, sender=LAPTOP, recipient=None)
    assert _refused(data).code == "damaged"


def test_a_signed_catalog_bundle_opens_without_encryption() -> None:
    data = seal(KIND_CATALOG, {"kind": "catalog"}, [{"catalog": {}}], sender=DESK, recipient=None)
    opened = open_bundle(data, own=LAPTOP, peers={"desk-0001": DESK_PUB}, expect_kind=KIND_CATALOG,
                         from_role="desk")
    assert opened.lines == [{"catalog": {}}]
    with pytest.raises(BundleRefused) as caught:
        open_bundle(data, own=LAPTOP, peers={"desk-0001": DESK.public("laptop")}, expect_kind=KIND_CATALOG,
                    from_role="desk")
    assert caught.value.code == "not-desk"


def _signed(payload: bytes) -> bytes:
    """A well-signed, well-encrypted bundle around any payload: what a buggy or hostile enrolled
    laptop could send."""
    import os

    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes_raw()
    nonce = os.urandom(12)
    head = sealed._HEAD.pack(sealed.MAGIC, 1, KIND_INTAKES, 1, b"laptop-0001", LAPTOP_PUB.sign, DESK_PUB.box,
                             eph_pub, nonce, len(payload) + 16)
    key = sealed._aead_key(eph.exchange(X25519PublicKey.from_public_bytes(DESK_PUB.box)), eph_pub,
                           DESK_PUB.box, KIND_INTAKES)
    body = head + AESGCM(key).encrypt(nonce, payload, head)
    return body + LAPTOP.signer().sign(body)


@pytest.mark.parametrize("payload", [
    b"not zlib at all",
    zlib.compress(b""),
    zlib.compress(b"{not json}\n"),
    zlib.compress(b"[1, 2]\n"),
    zlib.compress(b'{"a": NaN}\n'),
    zlib.compress(b"[" * 100_000 + b"\n"),
    zlib.compress(b'{"a": 1}\n')[:-3],
])
def test_signed_but_broken_content_is_refused(payload: bytes) -> None:
    assert _refused(_signed(payload)).code == "bad-content"


def test_a_zip_bomb_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sealed, "MAX_UNPACKED", 1_000_000)
    bomb = zlib.compress(b'{"a":1}\n' + b" " * 5_000_000, 9)
    assert _refused(_signed(bomb)).code == "too-large"
