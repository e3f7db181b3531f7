"""The shortcuts that make an import fast (issue 16, the 3x goal) store exactly what the long way
stores: a document that did not come in the codec's own form is stored in that form all the same
(the text record checksums are over), ids are uuid4 as `uuid` writes them, a checksum of text that
is not ASCII is the one of its definition, and the duplicate check's first look at the surnames
keeps exactly the pairs `name_similarity` keeps."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz
from sqlite_utils import Database

from intake_desk.app import candidates as app_candidates
from intake_desk.app import merge
from intake_desk.domain import (
    Candidate,
    CandidateRecord,
    Consent,
    ConsentPurpose,
    Contact,
    Intake,
    PersonName,
    codec,
)
from intake_desk.domain.codec import from_json, to_json
from intake_desk.domain.intake import ExperienceEntry
from intake_desk.domain.merge import parse_record
from intake_desk.duplicates import THRESHOLD, _folded, name_similarity
from intake_desk.storage import candidates as repo
from intake_desk.storage import checksums, open_database
from intake_desk.storage import merge as store
from intake_desk.storage.database import integrity_problems


def _db(template: Path, folder: Path, inst: str) -> Database:
    path = folder / f"{inst}.sqlite"
    shutil.copy(template, path)
    db = open_database(path)
    with db.atomic():
        db.execute("UPDATE meta SET value = ? WHERE key = 'installation_id'", [inst])
    return db


def _record(first: str, surname: str, n: int) -> CandidateRecord:
    consent = Consent(True, date(2026, 4, 30), frozenset({ConsentPurpose.PLAN}))
    return CandidateRecord(
        Candidate(PersonName(first, surname), date(1990, 1, 2 + n), Contact(town="Zwolle"),
                  sample=True),
        Intake(date(2026, 5, 1), consent=consent, notes="Ağrı — ‘voorbeeld’",
               experience=(ExperienceEntry("Kok", years=2.0),)))


def _other_form(line: dict[str, Any]) -> dict[str, Any]:
    """The same record line with its values in forms the codec accepts but does not write: an int
    where a float is kept, a compact date, a set out of order, keys in another order, defaults left
    out."""
    fields = {k: [list(pair) for pair in v] for k, v in line["fields"].items()}
    fields["intake.experience"][0][1] = [{"role": "Kok", "years": 2}]
    fields["intake.date"][0][1] = "20260501"
    fields["intake.consent"][0][1] = {"purposes": ["plan"], "date": "2026-04-30", "given": True}
    fields["name"][0][1] = dict(reversed(list(fields["name"][0][1].items())))
    return {**line, "fields": dict(reversed(list(fields.items())))}


def _rows(db: Database) -> list[tuple[Any, ...]]:
    sql = ("SELECT c.id, c.first_name, c.surname, c.sort_key, c.birth_date, c.folded, c.doc,"
           " i.intake_date, i.status, i.doc FROM candidates c JOIN intakes i ON i.candidate_id = c.id"
           " ORDER BY c.id")
    return [tuple(r) for r in db.execute(sql).fetchall()]


@pytest.mark.parametrize("other_form", [False, True])
def test_an_import_stores_the_codecs_text_whichever_way_it_decoded(
        template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, other_form: bool) -> None:
    lap = _db(template_db, tmp_path, "lap")
    for n, (first, surname) in enumerate([("Anna", "Smit"), ("Ömer", "Yılmaz"), ("Ilse", "de Vries")]):
        app_candidates.add_candidate(lap, _record(first, surname, n))
    batch = merge.export_changes(lap)
    lines = [_other_form(line) if other_form and line["type"] == "record" else line
             for line in batch.lines]
    (tmp_path / "long").mkdir()
    fast, slow = _db(template_db, tmp_path, "desk"), _db(template_db, tmp_path / "long", "desk")
    taken: list[type] = []
    real_fast = codec._fast

    def counting(cls: Any) -> Any:
        convert = real_fast(cls)

        def wrapped(data: Any) -> Any:
            got = convert(data)
            taken.append(cls)
            return got
        return wrapped
    monkeypatch.setattr(codec, "_fast", counting)
    report, _ = merge.import_changes(fast, batch.header, lines)
    assert len(report.new) == 3
    # the sample's documents go the fast way; the other forms (date, float) go the long way
    assert (Intake in taken) is not other_form and Candidate in taken

    def never(cls: Any) -> Any:
        def convert(data: Any) -> Any:
            raise codec._Slow
        return convert
    monkeypatch.setattr(codec, "_fast", never)
    merge.import_changes(slow, batch.header, lines)
    assert _rows(fast) == _rows(slow) and len(_rows(fast)) == 3
    for row in _rows(fast):  # the text is the codec's own, and the records are sound
        cid = row[0]
        _meta, record = repo.get(fast, cid)
        assert row[6] == json.dumps(to_json(record.candidate), ensure_ascii=False)
        assert row[9] == json.dumps(to_json(record.intake), ensure_ascii=False)
        assert json.loads(row[9])["experience"][0]["years"] == 2.0 and '"years": 2.0' in row[9]
        assert record.intake.date == date(2026, 5, 1)
    assert integrity_problems(fast) == []
    assert checksums.damaged_records(fast) == ([], [])
    # and what the laptop stored is what the desk stored, byte for byte (same checksums of doc)
    assert {r[6] for r in _rows(fast)} == {r[0] for r in lap.execute("SELECT doc FROM candidates")}
    assert {r[9] for r in _rows(fast)} == {r[0] for r in lap.execute("SELECT doc FROM intakes")}


def test_new_ids_are_uuid4_as_uuid_writes_them(monkeypatch: pytest.MonkeyPatch) -> None:
    source = os.urandom(16 * 600)
    at = [0]

    def urandom(n: int) -> bytes:
        at[0] += n
        return source[at[0] - n:at[0]]
    monkeypatch.setattr(os, "urandom", urandom)
    new_id = store._random_ids()
    got = [new_id() for _ in range(600)]
    want = [str(uuid.UUID(bytes=source[16 * k:16 * k + 16], version=4)) for k in range(600)]
    assert got == want and len(set(got)) == 600
    assert all(uuid.UUID(g).version == 4 for g in got)


def _by_definition(values: list[Any]) -> bytes:
    """The checksum as storage/checksums.py defines it, written out plainly."""
    out = b""
    for v in values:
        if v is None:
            out += b"N"
        elif isinstance(v, str):
            raw = v.encode("utf-8", "surrogateescape")
            out += b"T" + str(len(raw)).encode() + b":" + raw
        elif isinstance(v, int):
            out += b"I" + str(v).encode() + b";"
        else:
            out += b"F" + repr(v).encode() + b";"
    return hashlib.blake2b(out, digest_size=16).digest()


@settings(max_examples=200)
@given(st.lists(st.one_of(st.none(), st.integers(-10**20, 10**20), st.text(max_size=30),
                          st.floats(allow_nan=False), st.sampled_from(["Ağrı", "ł", "€", "é" * 40])),
                max_size=8))
def test_a_checksum_is_its_definition_for_any_text(values: list[Any]) -> None:
    assert checksums.digest(values) == _by_definition(values)


_NAMES = st.text(alphabet="aeiouybcdklmnrstvzAEBKLMSVéëöüıłİ '-", max_size=14)


@settings(max_examples=400)
@given(_NAMES, _NAMES, _NAMES, _NAMES, _NAMES, _NAMES)
def test_the_surname_first_look_never_drops_a_pair_name_similarity_keeps(
        f1: str, t1: str, s1: str, f2: str, t2: str, s2: str) -> None:
    """app/merge._look_alikes skips a pair when ratio(surnames) + 15 < THRESHOLD, without asking
    name_similarity: that is only right while name_similarity can never reach the threshold then."""
    a, b = PersonName(f1, s1, t1), PersonName(f2, s2, t2)
    if name_similarity(a, b) >= THRESHOLD:
        assert float(fuzz.ratio(_folded(a)[1], _folded(b)[1])) + 15.0 >= THRESHOLD


def test_the_surname_first_look_on_near_names() -> None:
    """Names around the threshold (the property above mostly draws names far apart)."""
    base = PersonName("Pieter", "Boer", "de")
    kept = 0
    for surname in ["Boer", "Boerr", "Boerman", "Boers", "Beor", "Bor", "Boerenkamp", "Boor", "boer",
                    "Böer", "Broer", "Doer", "B", ""]:
        for first in ["Pieter", "Piet", "Peter", ""]:
            other = PersonName(first, surname, "")
            if name_similarity(base, other) >= THRESHOLD:
                kept += 1
                assert float(fuzz.ratio(_folded(base)[1], _folded(other)[1])) + 15.0 >= THRESHOLD
    assert kept >= 5


def test_a_record_decoded_in_an_import_keeps_nothing_afterwards(
        template_db: Path, tmp_path: Path) -> None:
    lap, desk = _db(template_db, tmp_path, "lap"), _db(template_db, tmp_path, "desk")
    app_candidates.add_candidate(lap, _record("Anna", "Smit", 0))
    batch = merge.export_changes(lap)
    merge.import_changes(desk, batch.header, batch.lines)
    assert codec._remembered is None
    doc = desk.execute("SELECT doc FROM intakes").fetchone()[0]
    assert doc == json.dumps(to_json(from_json(Intake, json.loads(doc))), ensure_ascii=False)


class _NoLimit:
    """A connection whose driver cannot tell its parameter limit (as SQLCipher's)."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, *args: Any) -> Any:
        return self._conn.execute(*args)


class _Handle:
    def __init__(self, conn: Any) -> None:
        self.conn = conn


@pytest.mark.parametrize("limited", [False, True])
def test_rows_written_many_a_statement_are_the_rows_executemany_writes(
        tmp_path: Path, limited: bool) -> None:
    db = Database(tmp_path / "t.sqlite")
    for name in ("many", "one"):
        db.execute(f"CREATE TABLE {name} (a INTEGER, b TEXT, c BLOB)")
    rows = [(n, f"r{n}ı", bytes([n % 256])) for n in range(2_503)]  # not a multiple of any batch
    db.conn.executemany("INSERT INTO one (a, b, c) VALUES (?, ?, ?)", rows)
    handle: Any = _Handle(_NoLimit(db.conn)) if limited else db
    store._insert_rows(handle, "INSERT INTO many (a, b, c) VALUES (?, ?, ?)", rows)
    store._insert_rows(handle, "INSERT INTO many (a, b, c) VALUES (?, ?, ?)", [])
    got = db.execute("SELECT rowid, a, b, c FROM many ORDER BY rowid").fetchall()
    assert got == db.execute("SELECT rowid, a, b, c FROM one ORDER BY rowid").fetchall()
    assert len(got) == 2_503


def _search_index(db: Database) -> set[tuple[Any, ...]]:
    """Every term of the candidates' search index with the candidate, column and place it is at."""
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, candidates_fts,"
               " instance)")
    return {tuple(r) for r in db.execute(
        "SELECT v.term, c.id, v.col, v.offset FROM temp.vocab v JOIN candidates c ON c.rowid = v.doc")}


def test_the_search_index_of_an_import_is_the_one_of_the_one_at_a_time_door(
        template_db: Path, tmp_path: Path) -> None:
    """Written many rows a statement, the search index holds the same terms for the same people
    (FTS5 packs them differently, which only it reads) and passes its own check."""
    lap = _db(template_db, tmp_path, "lap")
    for n, (first, surname) in enumerate([("Anna", "Smit"), ("Ömer", "Yılmaz"), ("Ilse", "de Vries"),
                                          ("Łukasz", "Nowak"), ("Fatma", "Şahin")]):
        app_candidates.add_candidate(lap, _record(first, surname, n))
    batch = merge.export_changes(lap)
    (tmp_path / "other").mkdir()
    bulk, single = _db(template_db, tmp_path, "desk"), _db(template_db, tmp_path / "other", "desk")
    merge.import_changes(bulk, batch.header, batch.lines)
    with single.atomic():
        for line in batch.lines:
            if line["type"] == "record":
                rid, state = parse_record(line)
                repo.put_merged(single, rid, merge._record_of(state.values()), new=True)
    assert _search_index(bulk) == _search_index(single)
    assert len({r[1] for r in _search_index(bulk)}) == 5
    assert checksums.search_index_problem(bulk) is None
    assert repo.text_matches(bulk, "yilmaz") == 1
