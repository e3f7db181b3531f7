"""Fixtures for the bundle tests: a desk and a laptop database, enrolled with each other, and a stand-in
for the merge core where a test is about the file, not the merge (the real core: test_cli_merge.py)."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from intake_desk.bundles import exchange
from intake_desk.domain.changes import Changes
from intake_desk.storage import open_database


@dataclass
class FakeReport:
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    possible_duplicates: list[str] = field(default_factory=list)
    erased_skipped: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {k: len(v) for k, v in vars(self).items()}

    def to_json(self) -> dict[str, Any]:
        return dict(vars(self))


@dataclass(frozen=True)
class Option:
    value: Any
    installation_id: str
    counter: int = 1
    hlc: str = ""


@dataclass(frozen=True)
class Conflict:
    candidate_id: str
    field: str
    options: tuple[Option, ...]
    shown: int = 0


@dataclass(frozen=True)
class DuplicatePair:
    a: str
    b: str
    score: float


@dataclass
class FakeBatch:
    header: dict[str, Any]
    lines: list[dict[str, Any]]


class FakeMerge:
    """The merge core's contract, recording calls: export gives `lines`, import counts them."""

    def __init__(self) -> None:
        self.lines: list[dict[str, Any]] = [{"table": "candidates", "id": f"c{i}", "v": i} for i in range(50)]
        self.imported: list[tuple[dict[str, Any], int, bool]] = []
        self.marked: list[tuple[str, Any]] = []
        self.open_conflicts: list[Conflict] = [
            Conflict("cand-1", "name", (Option({"first_name": "Anna"}, "laptop-0001"),
                                        Option({"first_name": "Anne"}, "desk-0001"))),
            Conflict("cand-2", "contact.phone", (Option("0612345678", "laptop-0001"),
                                                 Option("0687654321", "desk-0001"),
                                                 Option("", "laptop-0002")))]
        self.resolved: dict[tuple[str, str], tuple[Any, tuple[Option, ...]]] = {}
        self.choices: list[tuple[str, str, Any]] = []
        self.pairs: list[DuplicatePair] = [DuplicatePair("cand-3", "cand-4", 0.93)]
        self.joined: list[tuple[str, str]] = []

    def last_exported(self, db: Database, peer_id: str) -> Any:
        return self.marked[-1][1] if self.marked else None

    def export_changes(self, db: Database, *, since: Any = None) -> FakeBatch:
        lines = self.lines[since["laptop-0001"]:] if since else self.lines
        return FakeBatch({"vector": {"laptop-0001": len(self.lines)}, "since": since}, list(lines))

    def mark_exported(self, db: Database, peer_id: str, vector: Any) -> None:
        self.marked.append((peer_id, vector))

    # conflicts, as domain/merge.py has them: options newest first, the first shown meanwhile
    def conflicts(self, db: Database) -> list[Any]:
        return [c for c in self.open_conflicts if (c.candidate_id, c.field) not in self.resolved]

    def resolve_conflict(self, db: Database, candidate_id: str, field: str, choice: Any,
                         advisor_id: str | None = None) -> Changes:
        conflict = next(c for c in self.open_conflicts if (c.candidate_id, c.field) == (candidate_id, field))
        options = conflict.options
        if (candidate_id, field) in self.resolved:
            options = self.resolved[(candidate_id, field)][1]
        self.resolved[(candidate_id, field)] = (options[choice].value, options)
        self.choices.append((candidate_id, field, choice))
        return Changes(candidates=frozenset({candidate_id}))

    def resolved_options(self, db: Database, candidate_id: str, field: str) -> Conflict | None:
        kept = self.resolved.get((candidate_id, field))
        return Conflict(candidate_id, field, kept[1]) if kept else None

    def field_label(self, field: str) -> tuple[str, str]:
        return {"name": ("naam", "name")}.get(field, (field, field))

    def possible_duplicates(self, db: Database) -> list[Any]:
        return list(self.pairs)

    def keep_apart(self, db: Database, a: str, b: str) -> Changes:
        self.pairs = [p for p in self.pairs if (p.a, p.b) != (a, b)]
        return Changes(candidates=frozenset({a, b}))

    def join_duplicates(self, db: Database, keep_id: str, drop_id: str) -> Changes:
        self.pairs = [p for p in self.pairs if {p.a, p.b} != {keep_id, drop_id}]
        self.joined.append((keep_id, drop_id))
        return Changes(candidates=frozenset({keep_id, drop_id}), candidate_list=True)

    def notices(self, db: Database) -> list[Any]:
        return []

    def import_changes(self, db: Database, header: dict[str, Any], lines: list[dict[str, Any]], *,
                       dry_run: bool = False, progress: Any = None) -> tuple[FakeReport, Changes]:
        self.imported.append((header, len(lines), dry_run))
        return FakeReport(new=[str(line.get("id")) for line in lines]), Changes(candidate_list=True)


@pytest.fixture
def fake_merge(monkeypatch: pytest.MonkeyPatch) -> FakeMerge:
    import intake_desk.app

    fake = FakeMerge()
    monkeypatch.setattr(exchange, "_merge", lambda: fake)
    monkeypatch.setattr(intake_desk.app, "merge", fake, raising=False)
    return fake


@dataclass
class Pair:
    desk_path: Path
    laptop_path: Path
    desk: Database
    laptop: Database
    folder: Path


@pytest.fixture
def pair(template_db: Path, tmp_path: Path) -> Iterator[Pair]:
    """Two installations (copies of the template get their own installation id) enrolled both ways."""
    paths = []
    for name in ("desk", "laptop"):
        path = tmp_path / f"{name}.sqlite"
        shutil.copy(template_db, path)
        paths.append(path)
    desk, laptop = (open_database(p) for p in paths)
    with laptop.atomic():  # a copied file shares the template's id; a real laptop has its own
        laptop.execute("UPDATE meta SET value = 'laptop-0001' WHERE key = 'installation_id'")
    with desk.atomic():
        desk.execute("UPDATE meta SET value = 'desk-0001' WHERE key = 'installation_id'")
    exchange.export_key_file(desk, tmp_path / "desk.beurssleutel", role="desk", name="Balie")
    exchange.export_key_file(laptop, tmp_path / "laptop.beurssleutel", name="Laptop 1")
    exchange.enrol(laptop, exchange.read_key(tmp_path / "desk.beurssleutel"))
    exchange.enrol(desk, exchange.read_key(tmp_path / "laptop.beurssleutel"))
    yield Pair(paths[0], paths[1], desk, laptop, tmp_path)
    desk.close()
    laptop.close()


def fingerprint_of(db: Database) -> str:
    """A hash of every row of every table: equal before and after means nothing was written."""
    h = hashlib.sha256()
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall():
        if name.startswith("sqlite_") or "_fts" in name:
            continue
        for row in db.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall():
            h.update(repr(row).encode())
    return h.hexdigest()
