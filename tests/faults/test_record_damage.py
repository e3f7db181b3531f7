"""Bit flips in stored records, in database pages, in the header and in the WAL (issue 13, parts 2 and 7).

Each damaged copy of a database is checked as `intake-desk check` does (check_database) and
then read as the desk reads it: every candidate opened (in the long run 150 of them and all with a
plan), the whole list, searches, the day's worklists, plans and drafts. One outcome per copy:
- detected: `check` (or opening the file) names a problem in Dutch;
- harmless: `check` passes and everything reads back exactly as stored (free space, a spare byte);
- silent: `check` passes but the copy no longer holds what was stored (the raw rows of some table
  differ) or reads back different: altered or lost data, unnoticed;
- traceback: anything other than a known StorageError, in `check` or in a read.
Apart from that, no read may ever show altered data as valid, whether `check` noticed or not: a
damaged record is refused (RecordDamaged) or marked (CandidateRow.damaged) or left out of a worklist.

A flip in the WAL is the one case SQLite cannot see: its frame checksums make it drop the frame and
every later one, so recent commits vanish as a whole, consistently. Those are counted apart.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import sqlite3
import traceback
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

from intake_desk.app.backups import backup_now, check_database
from intake_desk.app.candidates import add_candidate, delete_candidate
from intake_desk.app.opening import open_or_create
from intake_desk.demo import demo_records
from intake_desk.domain.codec import to_json
from intake_desk.examples import example_plan
from intake_desk.storage import StorageError, audit, backups, open_database, worklist
from intake_desk.storage import candidates as repo
from intake_desk.storage import catalog as catalog_repo
from intake_desk.storage import drafts as draft_repo
from intake_desk.storage import plans as plan_repo
from intake_desk.storage.candidates import Filter
from intake_desk.storage.errors import RecordDamaged, RecordNotFound

DUTCH = ("beschadigd", "Schade", "niet", "geen", "Tabel", "ontbrekende")
OURS = ("candidates", "intakes", "plans", "plan_versions", "drafts")
SEALED_TOO = ("offerings", "demand", "audit")  # sealed by m004 (with the rest of the catalog)
DAYS = 40  # the worklists are read for each of the last DAYS days of intakes
TODAY = date(2026, 9, 1)


# --- building a desk and reading it back -------------------------------------------------------
@contextmanager
def fixed_ids_and_times(seed: int) -> Iterator[None]:
    """Ids and timestamps from a seed, so the same desk is built byte for byte every run and each
    seeded flip lands on the same byte of the same record."""
    rnd = random.Random(seed)
    ticks = iter(range(10**9))

    def now() -> str:  # one millisecond further on each call
        t = next(ticks)
        return (f"2026-09-01T{8 + t // 3_600_000:02d}:{t // 60_000 % 60:02d}:{t // 1000 % 60:02d}"
                f".{t % 1000:03d}+00:00")

    with mock.patch("uuid.uuid4", lambda: uuid.UUID(int=rnd.getrandbits(128), version=4)), \
            mock.patch("intake_desk.storage.audit.now", now):
        yield


def build(folder: Path, n: int, *, catalog: bool, plans: int = 6, seed: int = 11) -> Path:
    """A desk with `n` sample candidates, some plan versions and drafts, then a backup (which holds
    every record intact), checkpointed so the file is complete without its WAL."""
    path = folder / "intake.sqlite"
    with fixed_ids_and_times(seed):
        db = open_or_create(path) if catalog else open_database(path)
        with db.atomic():
            for record in demo_records(n, seed=seed, today=TODAY):
                repo.insert(db, record)
        ids = sorted(r.id for r in repo.search(db, Filter(), limit=n + 10))
        dutch, english = example_plan(), example_plan("en")  # each loads the sample catalog: once
        with db.atomic():
            for cid in ids[:plans]:
                plan_repo.save_version(db, replace(dutch, candidate_id=cid))
                plan_repo.save_version(db, replace(english, candidate_id=cid))
        draft_repo.save(db, "draft-1", "intake", {"first_name": "Voorbeeld", "surname": "Concept"},
                        ids[0])
        draft_repo.save(db, "draft-2", "quick", {"first_name": "Nog", "surname": "Een (voorbeeld)"})
        backup_now(db, reason="test")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
    return path


@dataclass
class Seen:
    """What the desk shows, in comparable form; damaged records marked as such."""

    records: dict[str, Any] = field(default_factory=dict)
    rows: dict[str, Any] = field(default_factory=dict)
    worklists: set[tuple[Any, ...]] = field(default_factory=set)
    plans: dict[str, Any] = field(default_factory=dict)
    drafts: dict[str, Any] = field(default_factory=dict)
    catalog: dict[tuple[str, Any], Any] = field(default_factory=dict)  # what the matcher would read
    audit: dict[str, list[dict[str, object]]] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    stored: dict[str, Any] = field(default_factory=dict)  # every table's rows, as stored


def stored_rows(path: Path) -> dict[str, Any]:
    """Every row of every table as stored (text as raw bytes), read past SQLite's own checks where
    it can: what a copy holds, whatever the desk makes of it."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.text_factory = bytes
    found: dict[str, Any] = {}
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
        for table in tables:
            try:
                found[table.decode()] = conn.execute(f'SELECT * FROM "{table.decode()}"').fetchall()
            except sqlite3.DatabaseError as exc:
                found[table.decode()] = f"unreadable: {exc}"
    except sqlite3.DatabaseError as exc:
        found["(schema)"] = f"unreadable: {exc}"
    finally:
        conn.close()
    return found


def read_all(path: Path, ids: list[str], draft_ids: list[str]) -> Seen:
    seen = Seen()
    db = open_database(path)
    try:
        for cid in ids:
            try:
                seen.records[cid] = repo.get(db, cid)
            except (RecordDamaged, RecordNotFound) as exc:
                seen.records[cid] = type(exc).__name__
                seen.messages.append(str(exc))
            try:
                seen.plans[cid] = plan_repo.versions(db, cid)
            except RecordDamaged as exc:
                seen.plans[cid] = "RecordDamaged"
                seen.messages.append(str(exc))
            seen.audit[cid] = audit.entries(db, cid)
        catalog, damage = catalog_repo.load_checked(db)
        seen.catalog.update({("item", code): i for code, i in catalog.items.items()})
        seen.catalog.update({("offering", o.code): o for o in catalog.offerings})
        seen.catalog.update({("region", r.code): r for r in catalog.regions})
        seen.catalog.update({("demand", (d.region_code, d.crebo, d.occupation)): d
                             for d in catalog.demand})
        seen.catalog.update({("funding", f.code): f for f in catalog.funding})
        seen.messages.extend(d.text_nl for d in damage)
        after: tuple[str, str] | None = None
        while True:  # the list, page by page as the window fetches it
            page = repo.search(db, Filter(), limit=97, after=after)
            for row in page:
                seen.rows[row.id] = "damaged" if row.damaged else row
            if len(page) < 97:
                break
            after = (page[-1].sort_key, page[-1].id)
        for text in ("de", "jan", "el"):
            for row in repo.search(db, Filter(text=text), limit=10_000):
                if not row.damaged:
                    seen.rows.setdefault(row.id, row)
                    if seen.rows[row.id] != row:
                        seen.rows[row.id] = ("search shows", row)
        last = max((r.intake_date for r in seen.rows.values() if isinstance(r, repo.CandidateRow)),
                   default="2026-01-01")
        day = date.fromisoformat(last)
        for n in range(DAYS):
            seen.worklists.update(("on", r) for r in worklist.intakes_on(db, day - timedelta(n)))
        seen.worklists.update(("quick", r) for r in worklist.quick_intakes(db))
        seen.worklists.update(("plan", r, c) for r, c in worklist.complete_without_plan(db))
        for draft in worklist.drafts(db):
            seen.worklists.add(("draft", draft.id, draft.candidate_id, repr(draft.values)))
        for did in draft_ids:
            try:
                seen.drafts[did] = draft_repo.load(db, did)
            except RecordDamaged as exc:
                seen.drafts[did] = "RecordDamaged"
                seen.messages.append(str(exc))
    finally:
        db.close()
    return seen


def shown_altered(seen: Seen, *wants: Seen) -> list[str]:
    """What the desk shows as valid that differs from what was stored (in each of `wants`: a WAL
    that lost its last commits shows the state before them, which is not altered data)."""
    wrong = []
    for cid, got in seen.records.items():
        if got not in ("RecordDamaged", "RecordNotFound") and all(
                got != w.records.get(cid) for w in wants):
            wrong.append(f"opened {cid}")
    for rid, got in seen.rows.items():
        if got != "damaged" and all(got != w.rows.get(rid) for w in wants):
            wrong.append(f"list row {rid}")
    # A worklist row is right when it is a stored row (with its status) of one of the states; which
    # list it lands in follows from that (a WAL cut between two commits is a state of its own).
    stored_rows = {e[1] for w in wants for e in w.worklists}
    for entry in seen.worklists - set().union(*(w.worklists for w in wants)):
        if entry[1] not in stored_rows:
            wrong.append(f"worklist {entry[:2]}")
    for cid, got in seen.plans.items():
        if got != "RecordDamaged" and all(got != w.plans.get(cid, []) for w in wants):
            wrong.append(f"plans of {cid}")
    for did, got in seen.drafts.items():
        if got != "RecordDamaged" and all(got != w.drafts.get(did) for w in wants):
            wrong.append(f"draft {did}")
    # The catalog may leave a damaged row out (a warning says so), never hold one changed.
    for key, got in seen.catalog.items():
        if all(got != w.catalog.get(key) for w in wants):
            wrong.append(f"catalog {key}")
    # An audit entry is shown as stored or marked damaged, in order; one whose record id was damaged
    # is no longer found under it (`check` names it).
    for cid, got in seen.audit.items():
        shown = [e for e in got if not e.get("damaged")]
        if all(not _in_order(shown, w.audit.get(cid, [])) for w in wants):
            wrong.append(f"audit of {cid}")
    return wrong


def _in_order(part: list[Any], whole: list[Any]) -> bool:
    rest = iter(whole)
    return all(any(e == s for s in rest) for e in part)


def lost(seen: Seen, want: Seen) -> list[str]:
    """Stored things the desk no longer shows at all (neither as they were nor marked damaged)."""
    gone = [f"record {c}" for c, got in seen.records.items() if got == "RecordNotFound"]
    gone += [f"list row {r}" for r in want.rows if r not in seen.rows]
    gone += [f"plans of {c}" for c, got in seen.plans.items()
             if got != "RecordDamaged" and len(got) < len(want.plans[c])]
    return gone


@dataclass
class Outcome:
    kind: str  # detected, harmless, silent, traceback
    detail: str = ""
    altered: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)


def examine(path: Path, want: Seen, before: Seen | None = None, sample: int | None = None
            ) -> Outcome:
    """Check the copy, then read it. With `sample`, only that many candidates (and every one with a
    plan) are opened one by one; the list, searches and worklists are read whole either way. Whether
    a copy that passes `check` still holds what was stored is decided on its raw rows (every table),
    so a sample misses nothing there."""
    ids, draft_ids = list(want.records), list(want.drafts)
    try:
        problems = check_database(path)
    except StorageError as exc:
        problems = [str(exc)]
    except Exception:
        return Outcome("traceback", "check: " + traceback.format_exc(limit=-3))
    if sample is not None:
        with_plan = [c for c in ids if want.plans[c]]
        ids = sorted(set(random.Random(path.parent.name).sample(ids, min(sample, len(ids))))
                     | set(with_plan))
    try:
        seen = read_all(path, ids, draft_ids)
    except StorageError as exc:  # refused to open: nothing is shown, and the message says why
        seen = None
        problems = problems or [str(exc)]
    except Exception:
        return Outcome("traceback", "read: " + traceback.format_exc(limit=-3))
    altered = shown_altered(seen, want, *([before] if before else [])) if seen else []
    messages = problems + (seen.messages if seen else [])
    if problems:
        return Outcome("detected", problems[0], altered, messages)
    gone = lost(seen, want) if seen else []
    now = stored_rows(path)
    changed = [t for t in sorted(set(now) | set(want.stored)) if now.get(t) != want.stored.get(t)]
    if altered or gone or changed:
        return Outcome("silent", "; ".join([*(altered + gone)[:3], f"changed: {changed}"]), altered,
                       messages)
    return Outcome("harmless", "", altered, messages)


# --- making damaged copies ----------------------------------------------------------------------
def copy_desk(base: Path, folder: Path, *, wal: bool = False) -> Path:
    """The database (and WAL) in a folder of its own, with hard links to its backups, so the backup
    a message names is the one beside this copy."""
    folder.mkdir(parents=True)
    target = folder / base.name
    shutil.copyfile(base, target)
    if wal:
        shutil.copyfile(f"{base}-wal", f"{target}-wal")
    source_backups = backups.folder(base)
    if source_backups.is_dir():
        backups.folder(target).mkdir()
        for b in source_backups.iterdir():
            os.link(b, backups.folder(target) / b.name)
    return target


def flip(path: Path | str, offset: int, bit: int) -> None:
    with open(path, "r+b") as f:
        f.seek(offset)
        byte = f.read(1)[0]
        f.seek(offset)
        f.write(bytes([byte ^ (1 << bit)]))


def value_targets(path: Path, tables: tuple[str, ...] = OURS) -> list[tuple[str, str, str, int, int]]:
    """Where each stored text value of our tables lies in the file: (table, id, column, start, end).

    A value is found by its bytes together with its neighbours' (the columns are stored side by side
    in the row), and kept only where that is unique in the file. Rows of the other tables (catalog,
    audit: short values repeated in many rows and in their indexes) are found whole instead."""
    data = path.read_bytes()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    found = []
    try:
        for table in tables:
            names = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            for row in conn.execute(f"SELECT * FROM {table}"):
                if table not in OURS:
                    found.extend(_whole_row_targets(data, table, names, row))
                    continue
                for n, column in enumerate(names):
                    value = row[n]
                    if not isinstance(value, str) or not value:
                        continue
                    left = row[n - 1] if n and isinstance(row[n - 1], str) else ""
                    right = row[n + 1] if n + 1 < len(row) and isinstance(row[n + 1], str) else ""
                    needle = (left + value + right).encode()
                    at = data.find(needle)
                    if at < 0 or data.find(needle, at + 1) >= 0:
                        continue
                    start = at + len(left.encode())
                    found.append((table, str(row[0]), column, start, start + len(value.encode())))
    finally:
        conn.close()
    return found


def _whole_row_targets(data: bytes, table: str, names: list[str], row: tuple[Any, ...]
                       ) -> list[tuple[str, str, str, int, int]]:
    """Each text value of `row`, found as the row's text values in column order with at most 9 bytes
    (a number) between them, where that sequence occurs once in the file."""
    texts = [(c, v.encode()) for c, v in zip(names, row, strict=True) if isinstance(v, str) and v]
    if not texts:
        return []
    pattern = re.compile(b".{0,9}?".join(b"(" + re.escape(v) + b")" for _, v in texts), re.DOTALL)
    matches = []
    at = data.find(texts[0][1])
    while at >= 0 and len(matches) < 2:
        m = pattern.match(data, at)
        if m:
            matches.append(m)
        at = data.find(texts[0][1], at + 1)
    if len(matches) != 1:
        return []
    return [(table, str(row[0]), c, matches[0].start(n + 1), matches[0].end(n + 1))
            for n, (c, _) in enumerate(texts)]


def page_map(path: Path) -> dict[int, str]:
    """Which table or index each page of the file belongs to (SQLite's dbstat)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {int(p): str(n) for n, p in conn.execute("SELECT name, pageno FROM dbstat")}
    finally:
        conn.close()


def page_size(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("PRAGMA page_size").fetchone()[0])
    finally:
        conn.close()


def ours(name: str) -> bool:
    return name in OURS or name.startswith(("candidates", "intakes", "plans", "sqlite_autoindex_c",
                                            "sqlite_autoindex_i", "sqlite_autoindex_p",
                                            "sqlite_autoindex_d"))


@dataclass
class Tally:
    outcomes: Counter[str] = field(default_factory=Counter)
    by_area: dict[str, Counter[str]] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)

    def add(self, area: str, where: str, outcome: Outcome) -> None:
        self.outcomes[outcome.kind] += 1
        self.by_area.setdefault(area, Counter())[outcome.kind] += 1
        if outcome.kind in ("traceback", "silent") or outcome.altered:
            self.failures.append(f"{area} {where}: {outcome.kind} {outcome.detail[:300]} "
                                 f"altered={outcome.altered[:3]}")

    def line(self) -> str:
        parts = ", ".join(f"{a}: {dict(c)}" for a, c in sorted(self.by_area.items()))
        return f"{dict(self.outcomes)} ({parts})"


def run_flips(base: Path, want: Seen, work: Path, flips: list[tuple[str, str, int, int]],
              *, before: Seen | None = None, sample: int | None = None,
              check: Callable[[str, Outcome], None] | None = None) -> Tally:
    """Each flip on a fresh copy of `base` (with its WAL when `before`, the state before the WAL's
    commits, is given), examined against `want`."""
    wal = before is not None
    tally = Tally()
    for n, (area, where, offset, bit) in enumerate(flips):
        copy = copy_desk(base, work / f"copy-{n}", wal=wal)
        flip(f"{copy}-wal" if area == "wal" else copy, offset, bit)
        outcome = examine(copy, want, before, sample)
        tally.add(area, where, outcome)
        if check is not None:
            check(area, outcome)
        shutil.rmtree(copy.parent)
    return tally


def plan_flips(base: Path, rnd: random.Random, values: int, pages: int, header: int,
               *, only_ours: bool, tables: tuple[str, ...] = OURS) -> list[tuple[str, str, int, int]]:
    flips: list[tuple[str, str, int, int]] = []
    targets = value_targets(base, tables)
    for table, rid, column, start, end in rnd.sample(targets, min(values, len(targets))):
        flips.append((f"value:{table}", f"{rid}.{column}", rnd.randrange(start, end), rnd.randrange(8)))
    size, owner = page_size(base), page_map(base)
    numbers = sorted(p for p, name in owner.items() if p > 1 and (ours(name) or not only_ours))
    for _ in range(pages):
        page = rnd.choice(numbers)
        offset = (page - 1) * size + rnd.randrange(size)
        flips.append((f"page:{'ours' if ours(owner[page]) else 'other'}", f"{owner[page]}@{offset}",
                      offset, rnd.randrange(8)))
    for _ in range(header):
        flips.append(("header", "", rnd.randrange(100), rnd.randrange(8)))
    return flips


def wal_desk(base: Path, folder: Path, extra: int) -> tuple[Path, Seen]:
    """A copy of `base` with `extra` more candidates and a plan still in its WAL (not checkpointed),
    captured as a committed state: the database file and its WAL copied while the desk is open."""
    work = copy_desk(base, folder / "live")
    db = open_database(work)
    db.execute("PRAGMA wal_autocheckpoint = 0")
    try:
        added = [add_candidate(db, record)[0].id
                 for record in demo_records(extra, seed=99, today=TODAY)]
        with db.atomic():
            plan_repo.save_version(db, replace(example_plan(), candidate_id=added[0]))
        snap = folder / "snap"
        snap.mkdir()
        shutil.copyfile(work, snap / work.name)
        shutil.copyfile(f"{work}-wal", snap / f"{work.name}-wal")
    finally:
        db.close()
    shutil.copytree(backups.folder(work), backups.folder(snap / work.name))
    captured = snap / work.name
    ids = sorted(_ids(base) | set(added))
    return captured, _expected(copy_desk(captured, folder / "expected", wal=True), ids)


def _ids(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT id FROM candidates")}
    finally:
        conn.close()


def _expected(path: Path, ids: list[str]) -> Seen:
    want = read_all(path, ids, ["draft-1", "draft-2"])
    assert not want.messages and all(not isinstance(v, str) for v in want.records.values())
    want.stored = stored_rows(path)
    return want


def _changed_tables(failure: str) -> list[str]:
    """The tables a failure line of Tally says changed."""
    if "changed: [" not in failure:
        return ["?"]
    listed = failure.split("changed: [", 1)[1].split("]", 1)[0]
    return [t.strip().strip("'") for t in listed.split(",") if t.strip()]


def assert_understood(area: str, outcome: Outcome) -> None:
    """Every message is Dutch and names no candidate; a record flip is caught by `check` itself."""
    assert outcome.kind != "traceback", outcome.detail
    assert not outcome.altered, (area, outcome.altered)
    if area.startswith("value:"):
        assert outcome.kind == "detected", (area, outcome)
    for message in outcome.messages:
        assert any(w in message for w in DUTCH), message


# --- the tests ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def small_desk(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Seen]:
    base = build(tmp_path_factory.mktemp("desk"), 30, catalog=False)
    return base, _expected(copy_desk(base, base.parent / "expected"), sorted(_ids(base)))


def test_a_flipped_value_is_refused_by_id_with_the_backup_that_still_has_it(
        small_desk: tuple[Path, Seen], tmp_path: Path) -> None:
    base, want = small_desk
    target = next(t for t in value_targets(base) if t[0] == "candidates" and t[2] == "surname")
    _table, cid, _column, start, _end = target
    copy = copy_desk(base, tmp_path / "one")
    flip(copy, start + 1, 2)  # "Femke" -> "Fimke": valid UTF-8, a different name
    db = open_database(copy)
    try:
        with pytest.raises(RecordDamaged) as caught:
            repo.get(db, cid)
        row = next(r for r in repo.search(db, Filter(), limit=1000) if r.id == cid)
        assert row.damaged and row.surname == "" and row.formal_name == "(beschadigd)"
        day = want.records[cid][1].intake.date
        assert cid not in {r[0] for r in worklist.intakes_on(db, day)}  # left out of the day's list
    finally:
        db.close()
    db = open_database(base)
    try:
        assert cid in {r[0] for r in worklist.intakes_on(db, day)}  # where it was before the flip
    finally:
        db.close()
    message = str(caught.value)
    stored = want.records[cid][1].candidate.name
    assert cid in message and "beschadigd" in message
    assert stored.surname not in message and stored.first_name not in message  # ids, never names
    backup = backups.all_backups(copy)[0]
    assert caught.value.backup == backup and str(backup) in message
    problems = check_database(copy)
    assert any(cid in p and backup.name in p for p in problems), problems


def test_undecodable_text_and_broken_json_are_damage_not_a_traceback(
        small_desk: tuple[Path, Seen], tmp_path: Path) -> None:
    base, _want = small_desk
    targets = value_targets(base)
    town = next(t for t in targets if t[0] == "candidates" and t[2] == "town")
    conn = sqlite3.connect(base)
    owner = dict(conn.execute("SELECT id, candidate_id FROM intakes").fetchall())
    conn.close()
    doc = next(t for t in targets if t[0] == "intakes" and t[2] == "doc" and owner[t[1]] != town[1])
    copy = copy_desk(base, tmp_path / "two")
    flip(copy, town[3], 7)  # the first byte of the town becomes a lone UTF-8 continuation byte
    with open(copy, "r+b") as f:  # the intake's JSON loses its opening brace
        f.seek(doc[3])
        f.write(b"X")
    db = open_database(copy)
    try:
        with pytest.raises(RecordDamaged):
            repo.get(db, town[1])
        intake_owner = db.execute("SELECT candidate_id FROM intakes WHERE id = ?",
                                  [doc[1]]).fetchone()[0]
        with pytest.raises(RecordDamaged) as caught:
            repo.get(db, intake_owner)
        assert intake_owner in str(caught.value)
        rows = {r.id: r for r in repo.search(db, Filter(), limit=1000)}
        assert rows[town[1]].damaged and not rows[intake_owner].damaged
    finally:
        db.close()
    problems = check_database(copy)
    assert any(town[1] in p for p in problems) and any(doc[1] in p for p in problems), problems


def test_a_damaged_record_can_be_deleted_and_the_search_index_stays_sound(
        small_desk: tuple[Path, Seen], tmp_path: Path) -> None:
    base, _want = small_desk
    target = next(t for t in value_targets(base) if t[0] == "candidates" and t[2] == "surname")
    copy = copy_desk(base, tmp_path / "three")
    flip(copy, target[3], 1)
    db = open_database(copy)
    try:
        delete_candidate(db, target[1])
    finally:
        db.close()
    assert check_database(copy) == []


def test_the_migration_seals_stored_rows_but_not_rows_already_broken(tmp_path: Path) -> None:
    """A database from before checksums: m002 computes them for what is stored, except for a row whose
    document no longer parses (sealing it would make damage look valid)."""
    from sqlite_utils import Database

    from intake_desk.storage.database import connect
    from intake_desk.storage.migrations import migrations

    path = tmp_path / "old.sqlite"
    old = Database(connect(path))
    migrations.apply(old, stop_before="m002_record_checksums")
    old.execute("INSERT INTO meta (key, value) VALUES ('installation_id', 'old-laptop')")
    ids = []
    for n, record in enumerate(demo_records(3, seed=5, today=TODAY)):
        cid = f"old-{n}"
        ids.append(cid)
        row = {"id": cid, "revision": 1, "created_at": "2026-01-01T00:00:00.000+00:00",
               "updated_at": "2026-01-01T00:00:00.000+00:00", "installation_id": "old-laptop",
               **repo._columns(record)}
        if n == 2:
            row["doc"] = row["doc"][1:]  # already broken before checksums came
        old.table("candidates").insert(row)
        old.table("intakes").insert({
            "id": f"intake-{n}", "revision": 1, "created_at": row["created_at"],
            "updated_at": row["updated_at"], "installation_id": "old-laptop", "candidate_id": cid,
            "intake_date": record.intake.date.isoformat(), "status": record.intake.status.value,
            "doc": json.dumps(to_json(record.intake), ensure_ascii=False)})
    old.conn.commit()
    old.close()
    db = open_database(path)  # migrates
    try:
        assert repo.get(db, ids[0])[1].candidate.name.surname
        assert repo.get(db, ids[1])[1].candidate.name.surname
        with pytest.raises(RecordDamaged):
            repo.get(db, ids[2])
    finally:
        db.close()
    problems = check_database(path)
    assert len(problems) == 1 and ids[2] in problems[0], problems


def test_forty_seeded_flips_in_values_pages_header_and_wal(
        small_desk: tuple[Path, Seen], tmp_path: Path) -> None:
    base, want = small_desk
    rnd = random.Random(2026)
    flips = plan_flips(base, rnd, values=16, pages=14, header=6, only_ours=True)
    tally = run_flips(base, want, tmp_path, flips, check=assert_understood)
    wal_base, wal_want = wal_desk(base, tmp_path / "wal", extra=3)
    wal_size = Path(f"{wal_base}-wal").stat().st_size
    wal_flips = [("wal", "", rnd.randrange(wal_size), rnd.randrange(8)) for _ in range(4)]
    wal_tally = run_flips(wal_base, wal_want, tmp_path / "walcopies", wal_flips, before=want,
                          check=assert_understood)
    print("record damage:", tally.line(), "| WAL:", wal_tally.line())
    assert not tally.failures, tally.failures
    assert tally.outcomes["detected"] >= 16  # every value flip at least


@pytest.fixture(scope="module")
def catalog_desk(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Seen]:
    base = build(tmp_path_factory.mktemp("catalogdesk"), 12, catalog=True, plans=2)
    return base, _expected(copy_desk(base, base.parent / "expected"), sorted(_ids(base)))


def test_a_damaged_offering_is_left_out_named_by_code_and_a_reimport_mends_it(
        catalog_desk: tuple[Path, Seen], tmp_path: Path) -> None:
    """An offering whose provider changed by one bit is neither matched nor shown: the catalog loads
    without it (the rest works), the warning and `check` name its code and the remedy, and writing
    the catalog again (what an import does) makes it whole."""
    from intake_desk.catalog.sample import load_sample

    base, want = catalog_desk
    target = next(t for t in value_targets(base, ("offerings",)) if t[2] == "provider")
    _table, code, _column, start, _end = target
    copy = copy_desk(base, tmp_path / "one")
    flip(copy, start + 1, 1)
    problems = check_database(copy)
    assert any(code in p and "importeer de catalogus opnieuw" in p for p in problems), problems
    db = open_database(copy)
    try:
        catalog, damage = catalog_repo.load_checked(db)
        assert code not in {o.code for o in catalog.offerings}
        assert len(catalog.offerings) == len([k for k in want.catalog if k[0] == "offering"]) - 1
        assert [(d.table, d.key) for d in damage] == [("offerings", code)]
        assert code in damage[0].text_nl and "opnieuw" in damage[0].text_nl
        assert catalog_repo.offering_docs(db)[code] == ""  # the import writes the file's row over it
        with db.atomic():
            catalog_repo.save(db, load_sample())
        catalog, damage = catalog_repo.load_checked(db)
        assert damage == () and code in {o.code for o in catalog.offerings}
    finally:
        db.close()
    assert check_database(copy) == []


def test_a_damaged_setting_gives_its_default_and_a_damaged_audit_entry_is_marked(
        catalog_desk: tuple[Path, Seen], tmp_path: Path) -> None:
    from intake_desk.storage import settings as settings_repo

    base, _want = catalog_desk
    copy = copy_desk(base, tmp_path / "two")
    db = open_database(copy)
    try:
        with db.atomic():
            settings_repo.save(db, settings_repo.Settings(school_name="Noorderpoort (voorbeeld)"))
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    flip(copy, copy.read_bytes().index(b'"Noorderpoort (voorbeeld)"') + 3, 0)  # "Nonrderpoort"
    seq, _column, start = next((int(t[1]), t[2], t[3]) for t in value_targets(copy, ("audit",))
                               if t[2] == "at")
    flip(copy, start, 1)
    db = open_database(copy)
    try:
        assert settings_repo.load(db).school_name == settings_repo.Settings().school_name
        entity = db.execute("SELECT entity_id FROM audit WHERE seq = ?", [seq]).fetchone()[0]
        assert any(e.get("damaged") and e["action"] == "beschadigd"
                   for e in audit.entries(db, entity))
    finally:
        db.close()
    problems = check_database(copy)
    assert any(p.startswith("Instelling school_name: beschadigd") for p in problems), problems
    assert any(p.startswith(f"Logregel {seq}: beschadigd") for p in problems), problems


def test_follow_up_lists_and_figures_show_no_damaged_name_and_check_compares_the_facts(
        tmp_path: Path) -> None:
    """The follow-up worklist names a candidate only from a row that passes its checksum (a damaged
    one keeps its place, marked); `check` finds a figure fact that no longer agrees with its record;
    a damaged funding scheme's name is not used in the figures."""
    from intake_desk.storage import figures as figures_repo
    from intake_desk.storage import followup as followup_repo

    path = tmp_path / "intake.sqlite"
    db = open_or_create(path)
    try:
        with db.atomic():
            ids = [repo.insert(db, r).id for r in demo_records(3, seed=8, today=TODAY)]
            for cid in ids:
                followup_repo.set_next_contact(db, cid, TODAY, "bellen", TODAY - timedelta(days=3))
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        due, _ = followup_repo.due_rows(db, TODAY, 10)
        names = {r.candidate_id: r.name for r in due}
        assert set(names) == set(ids) and not any(r.damaged for r in due)
        funding = figures_repo.funding_names(db)
    finally:
        db.close()
    assert check_database(path) == []  # the facts of a sound desk agree with its records
    victim = next(t for t in value_targets(path) if t[0] == "candidates" and t[2] == "surname")
    flip(path, victim[3], 2)
    scheme, scheme_name = next(iter(sorted(funding.items())))
    data = path.read_bytes()
    flip(path, data.index(scheme_name.encode(), data.index(scheme.encode())), 3)
    db = open_database(path)
    try:
        due, _ = followup_repo.due_rows(db, TODAY, 10)
        shown = {r.candidate_id: r for r in due}
        assert set(shown) == set(ids)  # the appointment still shows: only the name is withheld
        assert shown[victim[1]].damaged and shown[victim[1]].name == followup_repo.DAMAGED_NAME
        assert all(shown[c].name == names[c] for c in ids if c != victim[1])
        assert scheme not in figures_repo.funding_names(db)
        other = next(c for c in ids if c != victim[1])
        db.execute("UPDATE fig_candidates SET region_code = 'elders' WHERE candidate_id = ?", [other])
        db.conn.commit()
    finally:
        db.close()
    problems = check_database(path)
    assert any(p.startswith(f"Kandidaat {victim[1]}: beschadigd") for p in problems), problems
    assert any(p.startswith(f"Cijfers bij kandidaat {other}:") for p in problems), problems
    assert not any(p.startswith(f"Cijfers bij kandidaat {victim[1]}") for p in problems), problems
    assert any(p.startswith(f"Financieringsregeling {scheme}: beschadigd") for p in problems), problems


def test_m004_seals_the_stored_catalog_audit_and_settings_but_not_a_row_already_broken(
        tmp_path: Path) -> None:
    from sqlite_utils import Database

    from intake_desk.catalog.sample import load_sample
    from intake_desk.storage import settings as settings_repo
    from intake_desk.storage.database import connect
    from intake_desk.storage.migrations import migrations

    path = tmp_path / "old.sqlite"
    old = Database(connect(path))
    migrations.apply(old, stop_before="m004_more_checksums")
    old.execute("INSERT INTO meta (key, value) VALUES ('installation_id', 'old-laptop')")
    sample = load_sample()
    offerings = sample.offerings[:4]
    items = {o.item_code for o in offerings}
    old.table("catalog_items").insert_all(catalog_repo.item_row(sample.items[c]) for c in sorted(items))
    rows = [catalog_repo.offering_row(o) for o in offerings]
    rows[2]["doc"] = rows[2]["doc"][1:]  # already broken before checksums came
    old.table("offerings").insert_all(rows)
    old.table("regions").insert_all({"code": r.code, "name": r.name} for r in sample.regions)
    old.table("settings").insert({"key": "school_name", "value": '"Oud College (voorbeeld)"'})
    old.execute("INSERT INTO audit (at, installation_id, action, entity, entity_id)"
                " VALUES ('2026-01-01T00:00:00.000+00:00', 'old-laptop', 'insert', 'candidate', 'x')")
    old.conn.commit()
    old.close()
    db = open_database(path)  # migrates
    try:
        catalog, damage = catalog_repo.load_checked(db)
        assert [(d.table, d.key) for d in damage] == [("offerings", rows[2]["code"])]
        assert {o.code for o in catalog.offerings} == {r["code"] for r in rows} - {rows[2]["code"]}
        assert len(catalog.regions) == len(sample.regions)
        assert settings_repo.load(db).school_name == "Oud College (voorbeeld)"
        assert [e["action"] for e in audit.entries(db, "x")] == ["insert"]
    finally:
        db.close()
    problems = check_database(path)
    assert len(problems) == 1 and rows[2]["code"] in problems[0], problems


@pytest.mark.parametrize("table", SEALED_TOO)
def test_seeded_flips_in_catalog_and_audit_rows_are_all_detected(
        catalog_desk: tuple[Path, Seen], tmp_path: Path, table: str) -> None:
    base, want = catalog_desk
    rnd = random.Random(f"2026-{table}")
    flips = plan_flips(base, rnd, values=5, pages=0, header=0, only_ours=True, tables=(table,))
    tally = run_flips(base, want, tmp_path, flips, check=assert_understood)
    print(table, tally.line())
    assert not tally.failures, tally.failures
    assert tally.outcomes["detected"] == len(flips) == 5


@pytest.mark.slow
def test_two_hundred_damaged_copies_of_a_2000_candidate_desk(tmp_path: Path) -> None:
    """The issue's measurement: 200 damaged copies of a 2,000-candidate database (with the sample
    catalog), flips anywhere in the file. Figures are printed; the goals are asserted for the records
    that carry checksums, which since m004 include the catalog, the audit log and the settings; a
    flip that passes in a table still without one (meta, advisors, tombstones, the follow-up's) is
    printed, not hidden."""
    base = build(tmp_path / "base", 2000, catalog=True, plans=40)
    want = _expected(copy_desk(base, tmp_path / "expected"), sorted(_ids(base)))
    rnd = random.Random(13)
    flips = plan_flips(base, rnd, values=64, pages=124, header=12, only_ours=False)
    tally = run_flips(base, want, tmp_path / "copies", flips, sample=150)
    wal_base, wal_want = wal_desk(base, tmp_path / "wal", extra=5)
    wal_size = Path(f"{wal_base}-wal").stat().st_size
    wal_tally = run_flips(wal_base, wal_want, tmp_path / "walcopies",
                          [("wal", "", rnd.randrange(wal_size), rnd.randrange(8)) for _ in range(8)],
                          before=want)
    print("\n200 damaged copies:", tally.line())
    print("WAL:", wal_tally.line())
    for failure in tally.failures + wal_tally.failures:
        print("  ", failure)
    assert tally.outcomes["traceback"] == 0 and wal_tally.outcomes["traceback"] == 0
    assert not [f for f in tally.failures + wal_tally.failures if "altered=[]" not in f]
    unsealed = ("meta", "advisors", "tombstones", "stage_changes", "followup", "fig_candidates",
                "fig_intakes", "fig_plans")
    silent_in_ours = [f for f in tally.failures if " silent " in f
                      and not all(t in unsealed for t in _changed_tables(f))]
    assert not silent_in_ours, silent_in_ours


def test_the_desk_shows_a_damaged_candidate_as_damaged_and_keeps_working(
        qtbot: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In the window: the list marks the row, opening it gives the Dutch message (no program-error
    report), and the other candidate still opens."""
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.desk_helpers import open_window, seed

    warnings: list[str] = []
    crashes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: crashes.append(a[2]))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: crashes.append(box.text()) or 0)
    seed(db_path, [("Femke", "van", "Dijk", "Assen"), ("Anna", "de", "Vries", "Emmen")])
    target = next(t for t in value_targets(db_path) if t[2] == "surname" and t[0] == "candidates")
    flip(db_path, target[3], 1)  # "Dijk" -> "Fijk" (or "Vries" -> "Tries"): valid text, altered
    window = open_window(qtbot, db_path, active=True)
    window.tabs.setCurrentWidget(window.candidates)
    view = window.candidates
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)
    names = [model.index(r, 0).data() for r in range(2)]
    damaged_row = next(r for r in range(2) if model.rows[r].id == target[1])
    assert names[damaged_row] == "Beschadigd (open voor uitleg)"
    assert not any("Fijk" in n or "Tries" in n for n in names)
    view.table.setCurrentIndex(model.index(damaged_row, 0))
    qtbot.waitUntil(lambda: any(target[1] in w for w in warnings), timeout=5000)
    assert not crashes, crashes
    view.table.setCurrentIndex(model.index(1 - damaged_row, 0))
    qtbot.waitUntil(lambda: view.form.candidate_id == model.rows[1 - damaged_row].id, timeout=5000)
    assert not crashes, crashes
    view.form.set_dirty(False)
    window.runner.stop()
