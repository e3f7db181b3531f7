"""Keys, enrolment and the bundle use cases on real databases (the merge core stood in by FakeMerge,
so these tests are about the file: what is refused writes nothing, what is written is owner-only)."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from intake_desk.bundles import exchange
from intake_desk.bundles.errors import BundleRefused
from intake_desk.bundles.keys import KEY_PREFIX, new_keys, read_key_line
from intake_desk.storage import enrolment, open_database

from .conftest import FakeMerge, Pair, fingerprint_of


def test_keys_are_made_once_and_kept(pair: Pair) -> None:
    first = exchange.own_keys(pair.laptop)
    again = exchange.own_keys(pair.laptop)
    assert first == again
    assert first.installation_id == "laptop-0001"
    assert exchange.own_keys(pair.desk).sign_private != first.sign_private


def test_a_damaged_private_key_is_refused_not_used(pair: Pair) -> None:
    exchange.own_keys(pair.laptop)
    with pair.laptop.atomic():
        pair.laptop.execute("UPDATE bundle_own_keys SET box_private = zeroblob(32)")
    with pytest.raises(enrolment.KeyDamaged):
        exchange.own_keys(pair.laptop)


def test_a_damaged_peer_row_accepts_nobody(pair: Pair) -> None:
    with pair.desk.atomic():
        pair.desk.execute("UPDATE bundle_peers SET name = 'Anders'")
    assert exchange.enrolled(pair.desk) == []
    assert enrolment.damaged_peers(pair.desk) == ["laptop-0001"]


def test_key_file_round_trip_and_fingerprint(pair: Pair) -> None:
    line = exchange.own_key_line(pair.laptop)
    key = read_key_line(line)
    assert line.startswith(KEY_PREFIX)
    assert key.installation_id == "laptop-0001"
    assert key == exchange.own_public(pair.laptop)
    assert len(key.fingerprint) == 19 and key.fingerprint.count("-") == 3
    assert key.fingerprint != exchange.own_public(pair.desk).fingerprint


@pytest.mark.parametrize("change", ["swap-key", "flip", "cut", "garbage", "version"])
def test_a_tampered_key_file_is_refused(pair: Pair, change: str) -> None:
    line = exchange.own_key_line(pair.laptop)
    other = exchange.own_key_line(pair.desk).split(":")
    parts = line.split(":")
    if change == "swap-key":  # someone else's key under this laptop's name and signature
        parts[4] = other[4]
        bad = ":".join(parts)
    elif change == "flip":
        bad = line[:60] + ("A" if line[60] != "A" else "B") + line[61:]
    elif change == "cut":
        bad = line[:-10]
    elif change == "garbage":
        bad = "hallo"
    else:
        parts[1] = "9"
        bad = ":".join(parts)
    with pytest.raises(BundleRefused) as caught:
        read_key_line(bad)
    assert caught.value.code == "bad-key-file"
    assert "niets gekoppeld" in caught.value.text_nl


def test_enrolling_a_changed_key_needs_replace(pair: Pair, tmp_path: Path) -> None:
    impostor = new_keys("laptop-0001")
    from intake_desk.bundles.keys import key_line

    key = read_key_line(key_line(impostor, "laptop", "Laptop 1"))
    before = fingerprint_of(pair.desk)
    with pytest.raises(BundleRefused) as caught:
        exchange.enrol(pair.desk, key)
    assert caught.value.code == "key-changed"
    assert key.fingerprint in caught.value.text_nl
    assert fingerprint_of(pair.desk) == before
    done = exchange.enrol(pair.desk, key, replace=True)
    assert done.replaced is not None and done.replaced.fingerprint != key.fingerprint
    assert exchange.enrolled(pair.desk)[0].sign == key.sign


def test_enrolling_the_same_key_again_writes_nothing(pair: Pair) -> None:
    key = exchange.read_key(pair.folder / "laptop.beurssleutel")
    before = fingerprint_of(pair.desk)
    assert exchange.enrol(pair.desk, key).unchanged
    assert fingerprint_of(pair.desk) == before


def test_own_key_is_refused(pair: Pair) -> None:
    with pytest.raises(BundleRefused) as caught:
        exchange.enrol(pair.laptop, exchange.read_key(pair.folder / "laptop.beurssleutel"))
    assert caught.value.code == "own-key"


def test_export_then_import(pair: Pair, fake_merge: FakeMerge) -> None:
    out = pair.folder / "stick" / "laptop1"
    out.parent.mkdir()
    done = exchange.export_bundle(pair.laptop, out)
    assert done.path.name == "laptop1.beursbundel" and done.records == 50
    assert stat.S_IMODE(os.stat(done.path).st_mode) == 0o600
    assert [p.name for p in out.parent.iterdir()] == ["laptop1.beursbundel"]  # no temp file left
    assert fake_merge.marked == [("desk-0001", {"laptop-0001": 50})]
    dry, changes = exchange.import_bundle(pair.desk, done.path, dry_run=True)
    assert dry.counts["new"] == 50 and dry.dry_run and not changes.candidate_list
    real, changes = exchange.import_bundle(pair.desk, done.path)
    assert real.sender.installation_id == "laptop-0001" and changes.candidate_list
    assert [(n, d) for _h, n, d in fake_merge.imported] == [(50, True), (50, False)]
    assert fake_merge.imported[0][0]["vector"] == {"laptop-0001": 50}


def test_since_last_exports_only_what_is_new(pair: Pair, fake_merge: FakeMerge) -> None:
    exchange.export_bundle(pair.laptop, pair.folder / "a.beursbundel")
    fake_merge.lines.append({"table": "candidates", "id": "c50"})
    later = exchange.export_bundle(pair.laptop, pair.folder / "b.beursbundel", since_last=True)
    assert later.records == 1
    assert exchange.export_bundle(pair.laptop, pair.folder / "c.beursbundel").records == 51


@pytest.mark.parametrize("harm", ["flip", "truncate", "unknown", "changed", "wrong-desk", "empty"])
def test_a_refused_bundle_writes_nothing(pair: Pair, fake_merge: FakeMerge, template_db: Path,
                                         harm: str) -> None:
    path = exchange.export_bundle(pair.laptop, pair.folder / "x.beursbundel").path
    data = path.read_bytes()
    desk = pair.desk
    if harm == "flip":
        path.write_bytes(data[:300] + bytes([data[300] ^ 4]) + data[301:])
    elif harm == "truncate":
        path.write_bytes(data[: len(data) // 2])
    elif harm == "empty":
        path.write_bytes(b"")
    elif harm == "unknown":
        exchange.unenrol(desk, "laptop-0001")
    elif harm == "changed":
        from intake_desk.bundles.keys import key_line

        exchange.enrol(desk, read_key_line(key_line(new_keys("laptop-0001"), "laptop")), replace=True)
    else:  # a second desk, with its own keys, enrolled with the laptop too
        other = pair.folder / "other.sqlite"
        other.write_bytes(template_db.read_bytes())
        desk = open_database(other)
        with desk.atomic():
            desk.execute("UPDATE meta SET value = 'desk-0002' WHERE key = 'installation_id'")
        exchange.enrol(desk, exchange.read_key(pair.folder / "laptop.beurssleutel"))
    before = fingerprint_of(desk)
    with pytest.raises(BundleRefused) as caught:
        exchange.import_bundle(desk, path)
    expected = {"flip": "damaged", "truncate": "truncated", "unknown": "unknown-sender",
                "changed": "changed-key", "wrong-desk": "wrong-desk", "empty": "not-a-bundle"}[harm]
    assert caught.value.code == expected
    assert caught.value.text_en and caught.value.text_nl != caught.value.text_en
    assert fingerprint_of(desk) == before
    assert fake_merge.imported == []


def test_export_without_an_enrolled_desk_says_so(pair: Pair, fake_merge: FakeMerge) -> None:
    exchange.unenrol(pair.laptop, "desk-0001")
    with pytest.raises(BundleRefused) as caught:
        exchange.export_bundle(pair.laptop, pair.folder / "x.beursbundel")
    assert caught.value.code == "no-desk"
    assert fake_merge.marked == [] and not (pair.folder / "x.beursbundel").exists()


def test_a_failed_write_marks_nothing(pair: Pair, fake_merge: FakeMerge) -> None:
    with pytest.raises(BundleRefused) as caught:
        exchange.export_bundle(pair.laptop, pair.folder / "missing" / "x.beursbundel")
    assert caught.value.code == "file" and "--out" in caught.value.text_nl
    assert fake_merge.marked == []


def test_private_keys_never_reach_the_log(pair: Pair, fake_merge: FakeMerge,
                                          caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    keys = exchange.own_keys(pair.laptop)
    path = exchange.export_bundle(pair.laptop, pair.folder / "x.beursbundel").path
    exchange.import_bundle(pair.desk, path)
    text = caplog.text + repr(keys)
    for secret in (keys.sign_private, keys.box_private, exchange.own_keys(pair.desk).box_private):
        assert secret.hex() not in text and secret.hex().upper() not in text
        import base64

        assert base64.urlsafe_b64encode(secret).decode().rstrip("=") not in text
    assert "Voorbeeld" not in caplog.text


def test_catalog_and_settings_go_from_desk_to_laptop(pair: Pair) -> None:
    from dataclasses import replace

    from intake_desk.storage import catalog as catalog_repo
    from intake_desk.storage import settings as settings_repo

    with pair.desk.atomic():
        settings_repo.save(pair.desk, replace(settings_repo.load(pair.desk), school_name="ROC Voorbeeld",
                                              advisor_name="Balie-adviseur", followup_silent_days=21))
        pair.desk.execute("UPDATE offerings SET hours_per_week = hours_per_week")  # unchanged catalog
    laptop_advisor = settings_repo.load(pair.laptop).advisor_name
    done = exchange.export_catalog_bundle(pair.desk, pair.folder / "catalogus")
    dry, _ = exchange.import_catalog_bundle(pair.laptop, done.path, dry_run=True)
    assert dry.settings == {"school_name": "ROC Voorbeeld", "followup_silent_days": 21}
    assert settings_repo.load(pair.laptop).school_name != "ROC Voorbeeld"
    _real, changes = exchange.import_catalog_bundle(pair.laptop, done.path)
    assert changes.settings
    after = settings_repo.load(pair.laptop)
    assert after.school_name == "ROC Voorbeeld" and after.followup_silent_days == 21
    assert after.advisor_name == laptop_advisor  # the advisor's own details stay the laptop's
    assert len(catalog_repo.load(pair.laptop).offerings) == done.offerings


def test_a_catalog_bundle_from_a_laptop_is_refused(pair: Pair) -> None:
    # the laptop pretends to be a desk: its catalog bundle is signed by a key enrolled as a laptop
    done = exchange.export_catalog_bundle(pair.laptop, pair.folder / "nep")
    before = fingerprint_of(pair.desk)
    with pytest.raises(BundleRefused) as caught:
        exchange.import_catalog_bundle(pair.desk, done.path)
    assert caught.value.code == "not-desk"
    assert fingerprint_of(pair.desk) == before


def test_a_full_stick_leaves_no_half_bundle(pair: Pair, fake_merge: FakeMerge,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up while the bundle is written: no file (not even the temporary one), nothing
    marked as sent, and an older bundle of the same name stays as it was."""
    import errno

    stick = pair.folder / "stick"
    stick.mkdir()
    target = stick / "laptop.beursbundel"
    target.write_bytes(b"older bundle")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(BundleRefused) as caught:
        exchange.export_bundle(pair.laptop, target)
    assert caught.value.code == "file" and "--out" in caught.value.text_nl
    assert [p.name for p in stick.iterdir()] == ["laptop.beursbundel"]
    assert target.read_bytes() == b"older bundle"
    assert fake_merge.marked == []
