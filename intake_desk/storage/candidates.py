"""Candidates and their intakes: rows <-> dataclasses, search, and tombstoned deletes.

Callers wrap writes in `db.atomic()` (the use cases in app/ do); every function here is one step of
a transaction.
Every row is written with its checksum and verified when read (storage/checksums.py): opening a
damaged record raises RecordDamaged; a damaged row in a list is marked (`CandidateRow.damaged`), its
stored values not shown.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlite_utils import Database

from ..domain import Candidate, CandidateRecord, Intake, IntakeStatus, fold
from ..domain.codec import from_json, to_json
from ..domain.record import RecordMeta
from . import audit
from .checksums import COLUMNS, damaged, fetch, seal, select_list, sound
from .database import installation_id
from .errors import RecordDamaged, RecordNotFound, StaleRecord


@dataclass(frozen=True, slots=True)
class CandidateRow:
    """What a list shows: enough to find and recognise a person, without loading the whole intake."""

    id: str
    first_name: str
    tussenvoegsel: str
    surname: str
    birth_date: str | None
    town: str
    status: IntakeStatus
    intake_date: str
    goals: str
    sort_key: str = ""  # where the row stands in the list; the next page starts after it
    # The stored row fails its checksum: only id and place in the list are kept; the rest is blank
    # and opening it names the problem (RecordDamaged).
    damaged: bool = False

    @property
    def formal_name(self) -> str:
        if self.damaged:
            return "(beschadigd)"
        rest = " ".join(p for p in (self.first_name, self.tussenvoegsel) if p)
        return f"{self.surname}, {rest}" if rest else self.surname


def _goal_text(intake: Intake) -> str:
    return "; ".join(g.occupation for g in intake.goals if g.occupation)


def _columns(record: CandidateRecord) -> dict[str, Any]:
    c, i = record.candidate, record.intake
    return {
        "first_name": c.name.first_name,
        "tussenvoegsel": c.name.tussenvoegsel,
        "surname": c.name.surname,
        "sort_key": c.name.sort_key,
        "birth_date": c.birth_date.isoformat() if c.birth_date else None,
        "town": c.contact.town,
        "municipality": c.municipality,
        "region_code": c.region_code,
        "status": i.status.value,
        "intake_date": i.date.isoformat(),
        "goals": _goal_text(i),
        "notes": i.notes,
        # Letters FTS5 cannot fold itself (ı, ł, đ), so "yilmaz" finds Yılmaz.
        "folded": fold(f"{c.name.display} {c.contact.town} {c.municipality}"),
        "doc": json.dumps(to_json(c), ensure_ascii=False),
    }


def insert(db: Database, record: CandidateRecord, *, advisor_id: str | None = None) -> RecordMeta:
    inst = installation_id(db)
    ts = audit.now()
    cid = str(uuid.uuid4())
    row = {"id": cid, "revision": 1, "created_at": ts, "updated_at": ts, "installation_id": inst}
    row.update(_columns(record))
    db.table("candidates").insert(seal("candidates", row))
    _write_intake(db, cid, record.intake, inst, ts)
    audit.record(db, "create", "candidate", cid, installation_id=inst, advisor_id=advisor_id)
    return RecordMeta(cid, 1, ts, ts, inst)


def update(
    db: Database,
    candidate_id: str,
    record: CandidateRecord,
    *,
    expected_revision: int | None = None,
    advisor_id: str | None = None,
) -> RecordMeta:
    # Verified first: the search index's update trigger removes the old row's words, which must be
    # the words it was indexed with.
    current = _meta(db, candidate_id, verify=True)
    if expected_revision is not None and current.revision != expected_revision:
        raise StaleRecord(candidate_id, expected_revision, current.revision)
    inst = installation_id(db)
    ts = audit.now()
    revision = current.revision + 1
    cols = _columns(record) | {"id": candidate_id, "revision": revision, "created_at": current.created_at,
                               "updated_at": ts, "installation_id": inst}
    db.table("candidates").update(candidate_id, seal("candidates", cols))
    _write_intake(db, candidate_id, record.intake, inst, ts)
    audit.record(db, "update", "candidate", candidate_id, installation_id=inst, advisor_id=advisor_id)
    return RecordMeta(candidate_id, revision, current.created_at, ts, inst)


def _write_intake(db: Database, candidate_id: str, intake: Intake, inst: str, ts: str) -> None:
    """One intake row per candidate and intake date; a second conversation on another day adds a row."""
    doc = json.dumps(to_json(intake), ensure_ascii=False)
    existing = db.execute(
        "SELECT id, revision, created_at FROM intakes WHERE candidate_id = ? AND intake_date = ?",
        [candidate_id, intake.date.isoformat()],
    ).fetchone()
    if existing:
        # Rewritten whole, so a damaged older copy of this intake is replaced by the one just typed.
        db.table("intakes").update(
            existing[0],
            seal("intakes", {
                "id": existing[0],
                "revision": existing[1] + 1,
                "created_at": existing[2],
                "updated_at": ts,
                "installation_id": inst,
                "candidate_id": candidate_id,
                "intake_date": intake.date.isoformat(),
                "status": intake.status.value,
                "doc": doc,
            }),
        )
    else:
        db.table("intakes").insert(
            seal("intakes", {
                "id": str(uuid.uuid4()),
                "revision": 1,
                "created_at": ts,
                "updated_at": ts,
                "installation_id": inst,
                "candidate_id": candidate_id,
                "intake_date": intake.date.isoformat(),
                "status": intake.status.value,
                "doc": doc,
            })
        )


def _meta(db: Database, candidate_id: str, *, verify: bool = False) -> RecordMeta:
    if verify:
        return RecordMeta(*_verified_row(db, candidate_id)[:5])
    row = db.execute(
        "SELECT id, revision, created_at, updated_at, installation_id FROM candidates WHERE id = ?",
        [candidate_id],
    ).fetchone()
    if row is None:
        raise RecordNotFound("Kandidaat", candidate_id)
    return RecordMeta(*row)


def _verified_row(db: Database, candidate_id: str) -> tuple[Any, ...]:
    """The candidate's stored row (COLUMNS order, then checksum), or RecordDamaged."""
    rows = fetch(db, f"SELECT {select_list('candidates')} FROM candidates WHERE id = ?", [candidate_id])
    if not rows:
        raise RecordNotFound("Kandidaat", candidate_id)
    if not sound(rows[0]):
        raise damaged(db, "candidates", candidate_id)
    return rows[0]


_DOC = COLUMNS["candidates"].index("doc")
_INTAKE_DOC = COLUMNS["intakes"].index("doc")


def get(db: Database, candidate_id: str) -> tuple[RecordMeta, CandidateRecord]:
    """The candidate and their newest intake, both verified against their checksums."""
    row = _verified_row(db, candidate_id)
    intakes = fetch(
        db,
        f"SELECT {select_list('intakes')} FROM intakes WHERE candidate_id = ?"
        " ORDER BY intake_date DESC, updated_at DESC LIMIT 1",
        [candidate_id],
    )
    if not intakes:  # every candidate is stored with an intake: a lost row is damage too
        raise damaged(db, "candidates", candidate_id)
    if not sound(intakes[0]):
        raise damaged(db, "intakes", str(intakes[0][0]), shown_as="candidates", shown_id=candidate_id)
    try:
        record = CandidateRecord(
            candidate=from_json(Candidate, json.loads(row[_DOC])),
            intake=from_json(Intake, json.loads(intakes[0][_INTAKE_DOC])),
        )
    except ValueError as exc:  # the checksum holds, so this is not damage on disk; still no traceback
        raise damaged(db, "candidates", candidate_id) from exc
    return RecordMeta(*row[:5]), record


def delete(db: Database, candidate_id: str, *, advisor_id: str | None = None) -> None:
    """Remove the person's data; a tombstone keeps the id so a merge does not bring them back.

    A damaged row can be deleted too; its words in the search index are then rebuilt from the rows
    that remain, because the index's delete trigger can only remove the words it is given.
    """
    meta = _meta(db, candidate_id)
    try:
        _verified_row(db, candidate_id)
        was_damaged = False
    except RecordDamaged:
        was_damaged = True
    inst = installation_id(db)
    ts = audit.now()
    for table, kind in (("plans", "plan"), ("intakes", "intake")):
        for (rid, rev) in db.execute(
            f"SELECT id, revision FROM {table} WHERE candidate_id = ?", [candidate_id]
        ).fetchall():
            db.table("tombstones").upsert(
                {"id": rid, "kind": kind, "revision": rev + 1, "deleted_at": ts,
                 "installation_id": inst},
                pk="id",
            )
    db.table("tombstones").upsert(
        {"id": candidate_id, "kind": "candidate", "revision": meta.revision + 1,
         "deleted_at": ts, "installation_id": inst},
        pk="id",
    )
    db.execute("DELETE FROM drafts WHERE candidate_id = ?", [candidate_id])
    db.execute("DELETE FROM candidates WHERE id = ?", [candidate_id])
    if was_damaged:
        db.execute("INSERT INTO candidates_fts(candidates_fts) VALUES ('rebuild')")
    audit.record(db, "delete", "candidate", candidate_id, installation_id=inst, advisor_id=advisor_id)


def fts_query(text: str) -> str:
    """Safe FTS5 prefix query: every word quoted (so AND, NOT, quotes and '*' are plain text)."""
    words = [w for w in fold(text).replace('"', " ").split() if w]
    return " ".join(f'"{w}"*' for w in words)


@dataclass(frozen=True, slots=True)
class Filter:
    text: str = ""
    status: IntakeStatus | None = None
    intake_from: date | None = None
    intake_to: date | None = None


# The list is ordered by sort_key. Two ways to get its first page, and neither is always good:
# - "walk": read the sort_key index in order and keep the rows that match, stopping at the page's
#   end. Cheap when matches are dense (every 1 in 8 rows: the page is found after ~1,600 entries),
#   but when few match it reads most of the index (~15 ms for 100,000 rows).
# - "sort": look up every matching row and keep the first page in a sorter: ~1.3 us per match,
#   so 31 ms for the 66,000 rows a prefix such as "de" finds, and nothing when matches are few.
# Matches are counted first, which is cheap (FTS5 counts from its index; a date range from its
# index), and the walk is chosen when at least 1 in WALK_SHARE rows matches: then even the worst
# walk (all matches at the end of the alphabet) costs about what sorting those matches would.
WALK_SHARE = 8

# Every column, so each row's checksum is verified before it is shown.
_ROW = select_list("candidates")


@dataclass(frozen=True, slots=True)
class Page:
    """One page of the list; `total` is None when counting would cost more than the page itself."""

    rows: list[CandidateRow]
    total: int | None


def text_matches(db: Database, text: str) -> int:
    """How many candidates a search text finds, counted from the FTS5 index alone."""
    q = fts_query(text)
    if not q:  # no words: everyone
        return int(db.execute("SELECT count(*) FROM candidates").fetchone()[0])
    return int(db.execute("SELECT count(*) FROM candidates_fts WHERE candidates_fts MATCH ?",
                          [q]).fetchone()[0])


def _date_matches(db: Database, f: Filter) -> int | None:
    if f.intake_from is None and f.intake_to is None:
        return None
    where, params = _where(Filter(intake_from=f.intake_from, intake_to=f.intake_to))
    return int(db.execute(f"SELECT count(*) FROM candidates{where}", params).fetchone()[0])


def _table_size(db: Database) -> int:
    # max(rowid) is one step down the table's b-tree; after deletes it overestimates a little,
    # which is fine for choosing a plan (count(*) reads every page).
    return int(db.execute("SELECT coalesce(max(rowid), 0) FROM candidates").fetchone()[0])


def _where(f: Filter, after: tuple[str, str] | None = None) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    q = fts_query(f.text)
    if q:
        clauses.append("rowid IN (SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH ?)")
        params.append(q)
    if f.status is not None:
        clauses.append("status = ?")
        params.append(f.status.value)
    if f.intake_from is not None:
        clauses.append("intake_date >= ?")
        params.append(f.intake_from.isoformat())
    if f.intake_to is not None:
        clauses.append("intake_date <= ?")
        params.append(f.intake_to.isoformat())
    if after is not None:
        clauses.append("(sort_key > ? OR (sort_key = ? AND id > ?))")
        params.extend((after[0], after[0], after[1]))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _rows(db: Database, f: Filter, limit: int, offset: int, after: tuple[str, str] | None,
          text_n: int | None, date_n: int | None) -> list[CandidateRow]:
    counted = [n for n in (text_n, date_n) if n is not None]
    index = ""  # no text and no dates: SQLite walks the sort (or status, sort) index by itself
    if counted:
        n = min(counted)
        if n == 0:
            return []
        if n * WALK_SHARE >= _table_size(db):
            index = " INDEXED BY candidates_status" if f.status is not None else (
                " INDEXED BY candidates_sort")
        elif text_n is not None and (date_n is None or text_n <= date_n):
            index = " NOT INDEXED"  # drive from the FTS5 rowids (still looked up by rowid)
        else:
            index = " INDEXED BY candidates_intake_date"
    where, params = _where(f, after)
    rows = fetch(
        db, f"SELECT {_ROW} FROM candidates{index}{where} ORDER BY sort_key, id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return [_row(r) for r in rows]


_AT = {name: n for n, name in enumerate(COLUMNS["candidates"])}
_ID, _FIRST, _TUSSEN, _SURNAME, _BIRTH, _TOWN, _STATUS, _DATE, _GOALS, _SORT = (
    _AT[c] for c in ("id", "first_name", "tussenvoegsel", "surname", "birth_date", "town", "status",
                     "intake_date", "goals", "sort_key"))


def _row(r: tuple[Any, ...]) -> CandidateRow:
    if sound(r):
        return CandidateRow(r[_ID], r[_FIRST], r[_TUSSEN], r[_SURNAME], r[_BIRTH], r[_TOWN],
                            IntakeStatus(r[_STATUS]), r[_DATE], r[_GOALS], r[_SORT])
    return _damaged_row(r)


def _damaged_row(r: tuple[Any, ...]) -> CandidateRow:
    """What a list keeps of a row that fails its checksum: its id and its place (the stored sort_key,
    which is what the index orders by, so paging past it stays right); nothing that could mislead."""
    def text(v: Any) -> str:
        if not isinstance(v, str):
            return ""
        try:
            v.encode("utf-8")
        except UnicodeEncodeError:
            return ""
        return v

    try:
        status = IntakeStatus(r[_STATUS])
    except ValueError:
        status = IntakeStatus.DRAFT
    return CandidateRow(text(r[_ID]) or repr(r[_ID]), "", "", "", None, "", status, "", "",
                        text(r[_SORT]), damaged=True)


def search(db: Database, f: Filter, *, limit: int = 200, offset: int = 0,
           after: tuple[str, str] | None = None) -> list[CandidateRow]:
    """Candidates matching `f`, by surname without tussenvoegsel.

    `after` is the (sort_key, id) of the last row already shown: the next page then starts there
    instead of counting `offset` rows from the top, so the 50th page costs what the 2nd does.
    """
    text_n = text_matches(db, f.text) if fts_query(f.text) else None
    return _rows(db, f, limit, offset, after, text_n, _date_matches(db, f))


def first_page(db: Database, f: Filter, limit: int = 200) -> Page:
    """The first page and, when it is cheap, the number of matches (one job for the list).

    The counts that choose the query plan are also the total when the filter has one part; a
    filter that combines text, status and dates would need a join to count, so `total` is None
    and the caller counts later, after the rows are on screen.
    """
    text_n = text_matches(db, f.text) if fts_query(f.text) else None
    date_n = _date_matches(db, f)
    rows = _rows(db, f, limit, 0, None, text_n, date_n)
    if len(rows) < limit:
        return Page(rows, len(rows))
    parts = [n for n in (text_n, date_n) if n is not None]
    if f.status is None and len(parts) == 1:
        return Page(rows, parts[0])
    if not parts:
        return Page(rows, count(db, f))  # the whole table or one status: an index count, < 1 ms
    return Page(rows, None)


def count(db: Database, f: Filter) -> int:
    if f.status is None and f.intake_from is None and f.intake_to is None and fts_query(f.text):
        return text_matches(db, f.text)
    where, params = _where(f)
    return int(db.execute(f"SELECT count(*) FROM candidates{where}", params).fetchone()[0])


def same_birth_date(db: Database, birth_date: date, exclude_id: str | None = None) -> list[CandidateRow]:
    rows = fetch(
        db, f"SELECT {_ROW} FROM candidates WHERE birth_date = ? AND id IS NOT ? ORDER BY sort_key",
        [birth_date.isoformat(), exclude_id],
    )
    # A damaged row is no evidence of a duplicate (its birth date itself may be what changed).
    return [row for row in map(_row, rows) if not row.damaged]
