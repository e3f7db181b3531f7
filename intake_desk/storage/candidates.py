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
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from ..domain import IntakeStatus, fold
from . import audit
from .checksums import COLUMNS, damaged, fetch, seal, select_list, sound
from .database import installation_id
from .errors import RecordNotFound, StaleRecord

if TYPE_CHECKING:
    from ..domain import CandidateRecord, Intake
    from ..domain.record import RecordMeta

# The list's rows need IntakeStatus and fold only. The record types and their codec (domain/intake.py
# and domain/record.py, ~10 ms), consent and the merge stamps (storage/merge.py, domain/merge.py,
# ~15 ms) are imported by the functions that read or write a whole record: the list's first page,
# read at every start, waits for none of them (issue 12; tests/ui/test_start_imports.py).


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
    from ..domain.codec import json_text

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
        "doc": json_text(c),
    }


def insert(db: Database, record: CandidateRecord, *, advisor_id: str | None = None) -> RecordMeta:
    from ..domain.record import RecordMeta
    from . import consent
    from . import merge as merge_state

    inst = installation_id(db)
    ts = audit.now()
    cid = str(uuid.uuid4())
    row = {"id": cid, "revision": 1, "created_at": ts, "updated_at": ts, "installation_id": inst}
    row.update(_columns(record))
    db.table("candidates").insert(seal("candidates", row))
    _write_intake(db, cid, record.intake, inst, ts)
    consent.follow(db, cid, record.intake.consent, advisor_id=advisor_id)  # consent as a record (m006)
    merge_state.stamp_insert(db, cid, _fields(record))
    audit.record(db, "create", "candidate", cid, installation_id=inst, advisor_id=advisor_id)
    return RecordMeta(cid, 1, ts, ts, inst)


def _fields(record: CandidateRecord) -> dict[str, Any]:
    """The record as merge fields (domain/merge.split), for stamping which fields a save changed."""
    from ..domain.codec import to_json
    from ..domain.merge import split

    return split(to_json(record.candidate), to_json(record.intake))


def update(
    db: Database,
    candidate_id: str,
    record: CandidateRecord,
    *,
    expected_revision: int | None = None,
    advisor_id: str | None = None,
) -> RecordMeta:
    from ..domain.record import RecordMeta
    from . import consent
    from . import merge as merge_state

    # Verified first: the search index's update trigger removes the old row's words, which must be
    # the words it was indexed with.
    current = _meta(db, candidate_id, verify=True)
    if expected_revision is not None and current.revision != expected_revision:
        raise StaleRecord(candidate_id, expected_revision, current.revision)
    inst = installation_id(db)
    ts = audit.now()
    revision = current.revision + 1
    before = merge_state.stored_fields(db, candidate_id) or {}
    cols = _columns(record) | {"id": candidate_id, "revision": revision, "created_at": current.created_at,
                               "updated_at": ts, "installation_id": inst}
    db.table("candidates").update(candidate_id, seal("candidates", cols))
    _write_intake(db, candidate_id, record.intake, inst, ts)
    consent.follow(db, candidate_id, record.intake.consent, advisor_id=advisor_id)  # (m006)
    merge_state.stamp_update(db, candidate_id, before, _fields(record))
    audit.record(db, "update", "candidate", candidate_id, installation_id=inst, advisor_id=advisor_id)
    return RecordMeta(candidate_id, revision, current.created_at, ts, inst)


def put_merged(db: Database, candidate_id: str, record: CandidateRecord, *, new: bool,
               action: str = "merge", advisor_id: str | None = None) -> None:
    """Write a record as a merge left it (app/merge.py): under its own id, without a write of this
    installation (storage/merge.py keeps which writes it is at). An update raises the revision, so a
    form opened before the import refuses to overwrite it (StaleRecord)."""
    from ..domain.codec import json_text
    from . import consent

    inst = installation_id(db)
    ts = audit.now()
    if new:
        # Plain INSERTs: an import writes thousands of these, and sqlite-utils' insert reads the
        # table's shape every time.
        row = seal("candidates", {"id": candidate_id, "revision": 1, "created_at": ts,
                                  "updated_at": ts, "installation_id": inst} | _columns(record))
        db.execute(_INSERT_CANDIDATE, [row[c] for c in _CANDIDATE_COLUMNS])
        doc = json_text(record.intake)
        intake = seal("intakes", {
            "id": str(uuid.uuid4()), "revision": 1, "created_at": ts, "updated_at": ts,
            "installation_id": inst, "candidate_id": candidate_id,
            "intake_date": record.intake.date.isoformat(), "status": record.intake.status.value,
            "doc": doc})
        db.execute(_INSERT_INTAKE, [intake[c] for c in _INTAKE_COLUMNS])
    else:
        current = _meta(db, candidate_id, verify=True)
        db.table("candidates").update(candidate_id, seal("candidates", _columns(record) | {
            "id": candidate_id, "revision": current.revision + 1, "created_at": current.created_at,
            "updated_at": ts, "installation_id": inst}))
        _write_intake(db, candidate_id, record.intake, inst, ts)
    consent.follow(db, candidate_id, record.intake.consent, advisor_id=advisor_id)
    audit.record(db, f"{action}-{'create' if new else 'update'}", "candidate", candidate_id,
                 installation_id=inst, advisor_id=advisor_id)


_CANDIDATE_COLUMNS = (*COLUMNS["candidates"], "checksum")
_INTAKE_COLUMNS = (*COLUMNS["intakes"], "checksum")
_INSERT_CANDIDATE = (f"INSERT INTO candidates ({', '.join(_CANDIDATE_COLUMNS)})"
                     f" VALUES ({', '.join('?' * len(_CANDIDATE_COLUMNS))})")
_INSERT_INTAKE = (f"INSERT INTO intakes ({', '.join(_INTAKE_COLUMNS)})"
                  f" VALUES ({', '.join('?' * len(_INTAKE_COLUMNS))})")


def delete_merged(db: Database, candidate_id: str) -> None:
    """A delete that came from another installation: the person is erased as `delete` does; the
    caller cleans the search index once for the whole import (erasure.clean_index)."""
    from . import erasure

    meta = _meta(db, candidate_id)
    inst = installation_id(db)
    erasure.erase_rows(db, candidate_id, ts=audit.now(), inst=inst, revision=meta.revision + 1)
    audit.record(db, "merge-delete", "candidate", candidate_id, installation_id=inst)


def exists(db: Database, candidate_id: str) -> bool:
    return db.execute("SELECT 1 FROM candidates WHERE id = ?", [candidate_id]).fetchone() is not None


def _write_intake(db: Database, candidate_id: str, intake: Intake, inst: str, ts: str) -> None:
    """One intake row per candidate and intake date; a second conversation on another day adds a row."""
    from ..domain.codec import json_text

    doc = json_text(intake)
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
    from ..domain.record import RecordMeta

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
    from ..domain import Candidate, CandidateRecord, Intake
    from ..domain.codec import from_json
    from ..domain.record import RecordMeta

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
    """Erase the person (storage/erasure.py): every row of theirs goes, deleted content is zeroed, the
    search index is merged without their words; a tombstone keeps only the id, so a merge or a restore
    does not bring them back. The caller empties the WAL after the commit (erasure.flush_wal); the
    retention purge (app/privacy.py) erases through storage/erasure.py directly, one index merge for
    all.

    A damaged row can be deleted too: the index is merged from what it holds, not from the row.
    """
    from . import erasure

    meta = _meta(db, candidate_id)
    inst = installation_id(db)
    erasure.erase_rows(db, candidate_id, ts=audit.now(), inst=inst, revision=meta.revision + 1)
    erasure.clean_index(db)
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


def names_born_on(db: Database, birth_date: date, exclude_id: str | None = None
                  ) -> list[tuple[str, str, str, str]]:
    """(id, first name, tussenvoegsel, surname) of everyone born on `birth_date`, unverified: for a
    first look by the duplicate check of an import, which verifies the few that look alike
    (`same_birth_date` verifies every row, which thousands of imported records cannot wait for)."""
    return [(str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in db.execute(
        "SELECT id, first_name, tussenvoegsel, surname FROM candidates INDEXED BY candidates_birth"
        " WHERE birth_date = ? AND id IS NOT ?", [birth_date.isoformat(), exclude_id]).fetchall()]


def verified_row(db: Database, candidate_id: str) -> CandidateRow | None:
    """The list row of one candidate, or None when it is gone or damaged."""
    rows = fetch(db, f"SELECT {_ROW} FROM candidates WHERE id = ?", [candidate_id])
    if not rows:
        return None
    row = _row(rows[0])
    return None if row.damaged else row

