"""The use cases of fair mode's files: keys and enrolment, making and reading a beursbundel, and the
desk's catalog and settings for the laptops. Each is a function of (db, plain values), as in `app/`,
run by the command line and by the app's database thread.

What is merged, and how, is `app/merge.py`: a bundle is its `export_changes` batch sealed for the
desk, and reading one hands the opened header and lines to `import_changes`. Everything a bundle is
refused for is checked before that call, so a refused bundle writes nothing.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ..domain.changes import Changes
from ..progress import NULL, Progress
from ..storage import installation_id, known_errors, location
from ..storage.errors import os_reason
from ..storage.store import store_of
from .errors import BundleRefused
from .keys import KEY_SUFFIX, ROLES, OwnKeys, PublicKey, key_line, new_keys, read_key_file, write_atomic
from .sealed import KIND_CATALOG, KIND_INTAKES, MAX_FILE, SUFFIX, Opened, open_bundle, seal

if TYPE_CHECKING:
    from ..storage.store import Handle

log = logging.getLogger(__name__)

FORMAT = "intake-desk-beursbundel"
# The business settings a desk hands to its fair laptops: what the printed plan and the rules need
# to be the same everywhere. Not the advisor's own details, not the look: those belong to the laptop.
SHARED_SETTINGS = ("school_name", "school_address", "school_website", "school_colour", "plan_url",
                   "default_region", "plan_language", "retention_months", "followup_silent_days")


def _merge() -> ModuleType:
    from ..app import merge

    return merge


# -- keys and enrolment ------------------------------------------------------------------------------

def own_keys(db: Handle) -> OwnKeys:
    """This installation's keys, made (and stored in the database) on first use."""
    stored = store_of(db).enrolment.own_keys(db)
    if stored is None:
        with known_errors(location(db)), db.atomic():
            stored = store_of(db).enrolment.own_keys(db)
            if stored is None:
                keys = new_keys(installation_id(db))
                store_of(db).enrolment.save_own_keys(db, keys.installation_id, "laptop",
                                                     keys.sign_private, keys.box_private)
                log.info("bundle keys made for installation %s", keys.installation_id)
                return keys
    return OwnKeys(stored[0], stored[2], stored[3])


def own_role(db: Handle) -> str:
    own_keys(db)
    stored = store_of(db).enrolment.own_keys(db)
    return stored[1] if stored else "laptop"


def own_public(db: Handle, role: str | None = None, name: str = "") -> PublicKey:
    keys = own_keys(db)
    if role is not None and role not in ROLES:
        raise ValueError(f"role: {role!r}")
    if role is not None:
        with known_errors(location(db)), db.atomic():
            store_of(db).enrolment.set_own_role(db, role)
    return keys.public(role or own_role(db), name)


def own_key_line(db: Handle, role: str | None = None, name: str = "") -> str:
    """The key file's text (also the QR code's): this installation's public keys, self-signed."""
    keys = own_keys(db)
    pub = own_public(db, role, name)
    return key_line(keys, pub.role, name)


def export_key_file(db: Handle, path: Path, role: str | None = None, name: str = "") -> PublicKey:
    line = own_key_line(db, role, name)
    if path.suffix != KEY_SUFFIX:
        path = path.with_name(path.name + KEY_SUFFIX)
    try:
        write_atomic(path, (line + "\n").encode("ascii"), mode=0o644)  # public keys only
    except OSError as exc:
        raise BundleRefused("file",
                            f"Het sleutelbestand {path} kan niet worden geschreven ({os_reason(exc)}).",
                            f"The key file {path} cannot be written ({os_reason(exc)}).") from exc
    return own_public(db)


def read_key(path: Path) -> PublicKey:
    return read_key_file(path)


def enrolled(db: Handle) -> list[PublicKey]:
    return [PublicKey(i, role, name, sign, box)
            for i, role, name, sign, box, _at in store_of(db).enrolment.peers(db)]


def enrolled_at(db: Handle) -> dict[str, str]:
    return {row[0]: row[5] for row in store_of(db).enrolment.peers(db)}


@dataclass(frozen=True, slots=True)
class Enrolled:
    key: PublicKey
    replaced: PublicKey | None  # the keys it had before (a re-enrolment), else None
    unchanged: bool = False  # the same keys were enrolled already: nothing written


def enrol(db: Handle, key: PublicKey, *, name: str | None = None, replace: bool = False) -> Enrolled:
    """Enrol another installation's public keys. The same keys again change nothing; other keys for an
    installation enrolled before are refused unless `replace` (the advisor compared the fingerprint)."""
    own = own_keys(db)
    if key.installation_id == own.installation_id:
        raise BundleRefused("own-key", "Dit is het sleutelbestand van deze computer zelf. Lees het "
                            "sleutelbestand van de andere computer in.",
                            "This is this computer's own key file. Read the other computer's key file.")
    if name is not None:
        key = PublicKey(key.installation_id, key.role, name.strip()[:60], key.sign, key.box)
    before = next((p for p in enrolled(db) if p.installation_id == key.installation_id), None)
    if before is not None and before.same_keys(key) and before.role == key.role and before.name == key.name:
        return Enrolled(before, None, unchanged=True)
    if before is not None and not before.same_keys(key) and not replace:
        raise BundleRefused(
            "key-changed",
            f"Installatie {key.installation_id} is al gekoppeld met een andere sleutel (vingerafdruk "
            f"{before.fingerprint}; dit bestand: {key.fingerprint}). Vergelijk de vingerafdruk op het "
            "scherm van die computer; klopt de nieuwe, kies dan voor vervangen (--replace). Er is niets "
            "gewijzigd.",
            f"Installation {key.installation_id} is already enrolled with another key (fingerprint "
            f"{before.fingerprint}; this file: {key.fingerprint}). Compare the fingerprint on that "
            "computer's screen; if the new one matches, choose to replace (--replace). Nothing was changed.")
    with known_errors(location(db)), db.atomic():
        store_of(db).enrolment.save_peer(db, key.installation_id, key.role, key.name, key.sign,
                                         key.box)
        store_of(db).audit.record(db, "gekoppeld" if before is None else "opnieuw-gekoppeld",
                                  "installation", key.installation_id,
                                  installation_id=own.installation_id, detail=key.fingerprint)
    log.info("installation %s enrolled (%s)", key.installation_id, key.role)
    return Enrolled(key, before if before is not None and not before.same_keys(key) else None)


def unenrol(db: Handle, peer_id: str) -> bool:
    with known_errors(location(db)), db.atomic():
        removed = store_of(db).enrolment.remove_peer(db, peer_id)
        if removed:
            store_of(db).audit.record(db, "ontkoppeld", "installation", peer_id,
                                      installation_id=installation_id(db))
    return removed


def _peers(db: Handle) -> dict[str, PublicKey]:
    return {p.installation_id: p for p in enrolled(db)}


def choose_desk(db: Handle, to: str | None) -> PublicKey:
    """The desk a bundle is for: `to` (installation id, its start, or the name given at enrolment), or
    the one desk enrolled here."""
    desks = [p for p in enrolled(db) if p.role == "desk"]
    if to:
        wanted = to.strip().casefold()
        hits = [p for p in enrolled(db) if p.installation_id.casefold().startswith(wanted)
                or (p.name and p.name.casefold() == wanted)]
        if len(hits) == 1:
            return hits[0]
        raise BundleRefused("no-desk", f"--to: '{to}' wijst geen gekoppelde balie aan "
                            f"({'meer dan één' if hits else 'geen'} gevonden).",
                            f"--to: '{to}' does not name one enrolled desk ({'several' if hits else 'none'} "
                            "found).")
    if len(desks) == 1:
        return desks[0]
    if not desks:
        raise BundleRefused("no-desk", "Er is nog geen balie gekoppeld. Lees eerst het sleutelbestand van "
                            "de balie in (menu Beurs > Koppelen, of `intake-desk bundle enrol add`).",
                            "No desk is enrolled yet. First read the desk's key file (menu Fair > Enrol, "
                            "or `intake-desk bundle enrol add`).")
    raise BundleRefused("no-desk", "Er zijn meer balies gekoppeld; kies er een (--to).",
                        "Several desks are enrolled; choose one (--to).")


# -- intakes: laptop -> desk ----------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Exported:
    path: Path
    records: int
    size: int
    desk: PublicKey
    since_last: bool


def bundle_name(installation: str, when: datetime | None = None) -> str:
    """The file name in a folder: this laptop's id in it, so five laptops can write to one stick."""
    stamp = (when or datetime.now()).strftime("%Y-%m-%d-%H%M%S")
    return f"beursbundel-{installation[:8]}-{stamp}{SUFFIX}"


def export_bundle(db: Handle, out: Path, *, since_last: bool = False, to: str | None = None,
                  progress: Progress = NULL) -> Exported:
    """Seal this laptop's records (all, or those since the last bundle for this desk) for the desk and
    write them to `out` (a file, or a folder to name one in; temp file + rename, owner-only). Marked as
    exported once the file is there."""
    merge = _merge()
    desk = choose_desk(db, to)
    keys = own_keys(db)
    if out.is_dir():
        out = out / bundle_name(keys.installation_id)
    elif out.suffix != SUFFIX:
        out = out.with_name(out.name + SUFFIX)
    progress.update(0, 3, "gegevens verzamelen")
    since = merge.last_exported(db, desk.installation_id) if since_last else None
    batch = merge.export_changes(db, since=since)
    progress.update(1, 3, "versleutelen")
    header = {"format": FORMAT, "version": 1, "kind": "intakes", "from": keys.installation_id,
              "to": desk.installation_id, "since_last": since_last, "records": len(batch.lines),
              "merge": batch.header}
    data = seal(KIND_INTAKES, header, batch.lines, sender=keys, recipient=desk)
    progress.update(2, 3, "wegschrijven")
    try:
        write_atomic(out, data)
    except OSError as exc:
        raise BundleRefused("file", f"--out: {out} kan niet worden geschreven ({os_reason(exc)}). Er is "
                            "niets als verstuurd gemarkeerd.",
                            f"--out: {out} cannot be written ({os_reason(exc)}). Nothing was marked as "
                            "sent.") from exc
    # Only now, with the file safely there: a failed write leaves the next --since-last complete.
    merge.mark_exported(db, desk.installation_id, batch.header["vector"])
    progress.update(3, 3, "klaar")
    log.info("bundle for %s: %d records, %d bytes", desk.installation_id, len(batch.lines), len(data))
    return Exported(out, len(batch.lines), len(data), desk, since_last)


def read_bundle_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE:
            raise BundleRefused("too-large", f"{path} is te groot voor een beursbundel ({size} bytes). "
                                "Er is niets ingelezen.",
                                f"{path} is too large for a fair bundle ({size} bytes). Nothing was read in.")
        return path.read_bytes()
    except OSError as exc:
        raise BundleRefused("file", f"{path} kan niet worden gelezen ({os_reason(exc)}). Er is niets "
                            "ingelezen.", f"{path} cannot be read ({os_reason(exc)}). Nothing was read "
                            "in.") from exc


def open_intakes(db: Handle, path: Path) -> Opened:
    """Check a bundle for this desk and open it, writing nothing; BundleRefused says why not."""
    data = read_bundle_file(path)
    opened = open_bundle(data, own=own_keys(db), peers=_peers(db), expect_kind=KIND_INTAKES)
    _check_header(opened, "intakes", own_keys(db).installation_id)
    return opened


def _check_header(opened: Opened, kind: str, me: str) -> None:
    h = opened.header
    if h.get("format") != FORMAT or h.get("kind") != kind:
        raise BundleRefused("bad-content", "De kopregel van de bundel klopt niet. Er is niets ingelezen.",
                            "The bundle's header line is wrong. Nothing was read in.")
    if h.get("from") != opened.sender.installation_id:
        raise BundleRefused("bad-content", "De bundel noemt een andere afzender dan de computer die hem "
                            "ondertekende. Er is niets ingelezen.",
                            "The bundle names another sender than the computer that signed it. Nothing "
                            "was read in.")
    if kind == "intakes" and h.get("to") != me:
        raise BundleRefused("wrong-desk", "Deze beursbundel is voor een andere balie gemaakt. Er is niets "
                            "ingelezen.", "This fair bundle was made for another desk. Nothing was read in.")


@dataclass(frozen=True, slots=True)
class Imported:
    sender: PublicKey
    records: int
    report: Any  # app.merge.MergeReport
    dry_run: bool
    counts: dict[str, int] = field(default_factory=dict)


REPORT_FIELDS = ("new", "updated", "unchanged", "conflicts", "possible_duplicates", "notices",
                 "erased_skipped")


def _count(value: Any) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    try:
        return len(value)
    except TypeError:
        return 0


def report_counts(report: Any) -> dict[str, int]:
    """The report's counts by name (`MergeReport.counts()`), the seven the screens show first."""
    counts = report.counts() if callable(getattr(report, "counts", None)) else {}
    out = {k: _count(counts.get(k, getattr(report, k, 0))) for k in REPORT_FIELDS}
    out.update({k: _count(v) for k, v in counts.items() if k not in out})
    return out


def report_json(report: Any) -> dict[str, Any]:
    if callable(getattr(report, "to_json", None)):
        value = report.to_json()
        if isinstance(value, dict):
            return value
    return {k: _plain(getattr(report, k, None)) for k in REPORT_FIELDS}


def _plain(value: Any) -> Any:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    slots = getattr(value, "__dataclass_fields__", None)
    if slots:
        return {k: _plain(getattr(value, k)) for k in slots}
    return str(value)


def import_bundle(db: Handle, path: Path, *, dry_run: bool = False,
                  progress: Progress = NULL) -> tuple[Imported, Changes]:
    """Check and open the bundle, then merge it in one transaction (or only count, with dry_run).
    Every refusal comes before the merge is called: a refused bundle writes nothing."""
    progress.update(0, None, "bundel controleren")
    opened = open_intakes(db, path)
    merge = _merge()
    report, changes = merge.import_changes(db, opened.header.get("merge", {}), opened.lines,
                                           dry_run=dry_run, progress=progress)
    counts = report_counts(report)
    log.info("bundle from %s: %d records%s %s", opened.sender.installation_id, len(opened.lines),
             " (dry run)" if dry_run else "", counts)
    return (Imported(opened.sender, len(opened.lines), report, dry_run, counts),
            Changes() if dry_run else changes)


# -- catalog and settings: desk -> laptops ---------------------------------------------------------

@dataclass(frozen=True, slots=True)
class CatalogExported:
    path: Path
    offerings: int
    size: int


def export_catalog_bundle(db: Handle, out: Path, *, progress: Progress = NULL) -> CatalogExported:
    """The desk's catalog and shared settings, signed by the desk (not encrypted: neither holds personal
    data), for every enrolled laptop."""
    from ..catalog.exporter import catalog_document

    keys = own_keys(db)
    with known_errors(location(db)), db.atomic():
        store_of(db).enrolment.set_own_role(db, "desk")
    progress.update(0, 2, "catalogus lezen")
    catalog = store_of(db).catalog.load(db)
    settings = store_of(db).settings.load(db)
    shared = {name: getattr(settings, name) for name in SHARED_SETTINGS}
    doc = catalog_document(catalog)
    header = {"format": FORMAT, "version": 1, "kind": "catalog", "from": keys.installation_id,
              "settings": shared, "offerings": len(catalog.offerings)}
    data = seal(KIND_CATALOG, header, [{"catalog": doc}], sender=keys, recipient=None)
    if out.suffix != SUFFIX:
        out = out.with_name(out.name + SUFFIX)
    progress.update(1, 2, "wegschrijven")
    try:
        write_atomic(out, data, mode=0o644)
    except OSError as exc:
        raise BundleRefused("file", f"--out: {out} kan niet worden geschreven ({os_reason(exc)}).",
                            f"--out: {out} cannot be written ({os_reason(exc)}).") from exc
    progress.update(2, 2, "klaar")
    return CatalogExported(out, len(catalog.offerings), len(data))


@dataclass(frozen=True, slots=True)
class CatalogImported:
    sender: PublicKey
    report: Any  # catalog.report.ImportReport
    settings: dict[str, Any]
    dry_run: bool


def import_catalog_bundle(db: Handle, path: Path, *, dry_run: bool = False,
                          progress: Progress = NULL) -> tuple[CatalogImported, Changes]:
    """Read the desk's catalog bundle: only from the enrolled desk; the catalog through the catalog
    import (checked, all or nothing, after a backup), then the shared settings."""
    from dataclasses import replace

    from ..app.settings import store_settings
    from ..catalog.importer import import_catalog
    from ..domain.codec import DecodeError, from_json

    data = read_bundle_file(path)
    opened = open_bundle(data, own=own_keys(db), peers=_peers(db), expect_kind=KIND_CATALOG,
                         from_role="desk")
    _check_header(opened, "catalog", own_keys(db).installation_id)
    if len(opened.lines) != 1 or not isinstance(opened.lines[0].get("catalog"), dict):
        raise BundleRefused("bad-content", "De catalogusbundel bevat geen catalogus. Er is niets ingelezen.",
                            "The catalog bundle holds no catalog. Nothing was read in.")
    shared = {k: v for k, v in dict(opened.header.get("settings") or {}).items() if k in SHARED_SETTINGS}
    current = store_of(db).settings.load(db)
    try:
        wanted = from_json(type(current), {**_settings_json(current), **shared})
    except DecodeError as exc:
        raise BundleRefused("bad-content", "De instellingen in de catalogusbundel kloppen niet. Er is "
                            "niets ingelezen.", "The settings in the catalog bundle are wrong. Nothing "
                            "was read in.") from exc
    # The catalog import reads a file: a private temporary one, removed whatever happens.
    fd, name = tempfile.mkstemp(suffix=".json", prefix="intake-desk-catalog-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(opened.lines[0]["catalog"], f, ensure_ascii=False)
        report, changes = import_catalog(db, Path(name), dry_run=dry_run, progress=progress)
    finally:
        Path(name).unlink(missing_ok=True)
    applied = {k: v for k, v in shared.items() if getattr(current, k) != getattr(wanted, k)}
    if not dry_run and applied and not report.errors:
        result = store_settings(db, replace(current, **{k: getattr(wanted, k) for k in applied}))
        if isinstance(result, Changes):
            changes = changes | result
        else:
            raise BundleRefused("bad-content", "De instellingen in de catalogusbundel kloppen niet: "
                                + "; ".join(str(p) for p in result),
                                "The settings in the catalog bundle are wrong: "
                                + "; ".join(str(p) for p in result))
    return CatalogImported(opened.sender, report, applied, dry_run), changes


def _settings_json(settings: Any) -> dict[str, Any]:
    from ..domain.codec import to_json

    value = to_json(settings)
    assert isinstance(value, dict)
    return value
