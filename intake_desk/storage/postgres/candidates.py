"""Candidates and their intakes on PostgreSQL: `CandidateStore` and `SearchStore` of storage/store.py.

The same rows, documents and checksums as `storage/candidates.py` (its `_columns` decides what a
record's columns hold; this module reuses it, so the two stores cannot drift apart), and the same
answers: the parity tests (tests/postgres/test_parity.py) run both on the same scenarios. Writes do
what SQLite's do in the same transaction: the consent the intake holds becomes events
(postgres/consent.py), the merge state is stamped (postgres/merge.py), a delete erases
(postgres/erasure.py); tests/postgres/test_merge_parity.py, test_consent_parity.py and
test_erasure_parity.py compare the outcome.

Search is a generated `tsvector` column with a GIN index (schema.py) instead of FTS5. A query is the
same as FTS5's: each typed word, folded as names are (`domain.fold`), is a prefix; a word with a
hyphen or other signs in it ("schmidt-m") is a phrase of its parts, the last one a prefix.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import date
from typing import Any

from ...domain import Candidate, CandidateRecord, Intake, IntakeStatus, fold
from ...domain.codec import from_json, to_json
from ...domain.record import RecordMeta
from .. import candidates as _sqlite
from ..candidates import CandidateRow, Filter, Page
from ..checksums import COLUMNS, KIND, seal, select_list, sound
from ..errors import RecordDamaged, RecordNotFound, StaleRecord
from . import audit
from .connection import PgDatabase
from .schema import CONFIG

__all__ = ["CandidateRow", "Filter", "Page", "count", "delete", "delete_merged", "estimate", "exists",
           "first_page", "get", "insert", "names_born_on", "put_merged", "same_birth_date", "search",
           "text_matches", "ts_query", "update", "verified_row"]

_COLS = COLUMNS["candidates"]
_INTAKE_COLS = COLUMNS["intakes"]


def _insert_sql(table: str) -> str:
    names = (*COLUMNS[table], "checksum")
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join(['%s'] * len(names))})"


def _update_sql(table: str) -> str:
    names = (*COLUMNS[table][1:], "checksum")
    return f"UPDATE {table} SET {', '.join(f'{n} = %s' for n in names)} WHERE id = %s"


def _values(table: str, row: dict[str, Any]) -> list[Any]:
    sealed = seal(table, row)
    return [sealed[c] for c in (*COLUMNS[table], "checksum")]


def _damaged(table: str, record_id: str, shown_as: str | None = None,
             shown_id: str | None = None) -> RecordDamaged:
    # No backup to name: the server's backups are IT's (pg_dump, docs/postgresql.md), not files here.
    kind_nl, kind_en = KIND[shown_as or table]
    return RecordDamaged(kind_nl, kind_en, shown_id or record_id, None, None)


def _fields(record: CandidateRecord) -> dict[str, Any]:
    """The record as merge fields (domain/merge.split), for stamping which fields a save changed."""
    from ...domain.merge import split

    return split(to_json(record.candidate), to_json(record.intake))


# Writes import consent and the merge stamps where they are used, as storage/candidates.py does:
# the list's first page needs neither.

def insert(db: PgDatabase, record: CandidateRecord, *, advisor_id: str | None = None) -> RecordMeta:
    """As on SQLite: the rows, the consent the intake holds as events (consent.follow), the merge
    stamp of a new record (merge.stamp_insert) and the audit line, in one transaction."""
    from . import consent
    from . import merge as merge_state

    inst = db.installation_id
    ts = audit.now()
    cid = str(uuid.uuid4())
    row = {"id": cid, "revision": 1, "created_at": ts, "updated_at": ts, "installation_id": inst}
    row.update(_sqlite._columns(record))
    with db.atomic():
        db.execute(_insert_sql("candidates"), _values("candidates", row))
        _write_intake(db, cid, record.intake, inst, ts)
        consent.follow(db, cid, record.intake.consent, advisor_id=advisor_id)
        merge_state.stamp_insert(db, cid, _fields(record))
        audit.record(db, "create", "candidate", cid, installation_id=inst, advisor_id=advisor_id)
    return RecordMeta(cid, 1, ts, ts, inst)


def update(db: PgDatabase, candidate_id: str, record: CandidateRecord, *,
           expected_revision: int | None = None, advisor_id: str | None = None) -> RecordMeta:
    from . import consent
    from . import merge as merge_state

    with db.atomic():
        # FOR UPDATE: a second desk saving the same candidate waits here, then sees the new revision
        # and is refused (StaleRecord) instead of overwriting it.
        current = RecordMeta(*_verified_row(db, candidate_id, lock=True)[:5])
        if expected_revision is not None and current.revision != expected_revision:
            raise StaleRecord(candidate_id, expected_revision, current.revision)
        inst = db.installation_id
        ts = audit.now()
        revision = current.revision + 1
        before = merge_state.stored_fields(db, candidate_id) or {}
        cols = _sqlite._columns(record) | {"id": candidate_id, "revision": revision,
                                           "created_at": current.created_at, "updated_at": ts,
                                           "installation_id": inst}
        values = _values("candidates", cols)
        db.execute(_update_sql("candidates"), [*values[1:], candidate_id])
        _write_intake(db, candidate_id, record.intake, inst, ts)
        consent.follow(db, candidate_id, record.intake.consent, advisor_id=advisor_id)
        merge_state.stamp_update(db, candidate_id, before, _fields(record))
        audit.record(db, "update", "candidate", candidate_id, installation_id=inst,
                     advisor_id=advisor_id)
    return RecordMeta(candidate_id, revision, current.created_at, ts, inst)


def put_merged(db: PgDatabase, candidate_id: str, record: CandidateRecord, *, new: bool,
               action: str = "merge", advisor_id: str | None = None) -> None:
    """Write a record as a merge left it (app/merge.py), as storage/candidates.py does: under its own
    id, without a write of this installation; an update raises the revision (a form opened before the
    import is refused as stale)."""
    from . import consent

    inst = db.installation_id
    ts = audit.now()
    with db.atomic():
        if new:
            row = {"id": candidate_id, "revision": 1, "created_at": ts, "updated_at": ts,
                   "installation_id": inst} | _sqlite._columns(record)
            db.execute(_insert_sql("candidates"), _values("candidates", row))
        else:
            current = RecordMeta(*_verified_row(db, candidate_id, lock=True)[:5])
            cols = _sqlite._columns(record) | {
                "id": candidate_id, "revision": current.revision + 1,
                "created_at": current.created_at, "updated_at": ts, "installation_id": inst}
            db.execute(_update_sql("candidates"), [*_values("candidates", cols)[1:], candidate_id])
        _write_intake(db, candidate_id, record.intake, inst, ts)
        consent.follow(db, candidate_id, record.intake.consent, advisor_id=advisor_id)
        audit.record(db, f"{action}-{'create' if new else 'update'}", "candidate", candidate_id,
                     installation_id=inst, advisor_id=advisor_id)


def delete_merged(db: PgDatabase, candidate_id: str) -> None:
    """A delete that came from another installation: the person is erased as `delete` does."""
    from . import erasure

    with db.atomic():
        found = db.scalar("SELECT revision FROM candidates WHERE id = %s FOR UPDATE", [candidate_id])
        if found is None:
            raise RecordNotFound("Kandidaat", candidate_id)
        inst = db.installation_id
        erasure.erase_rows(db, candidate_id, ts=audit.now(), inst=inst, revision=int(found) + 1)
        audit.record(db, "merge-delete", "candidate", candidate_id, installation_id=inst)


def exists(db: PgDatabase, candidate_id: str) -> bool:
    return db.scalar("SELECT 1 FROM candidates WHERE id = %s", [candidate_id]) is not None


def _write_intake(db: PgDatabase, candidate_id: str, intake: Intake, inst: str, ts: str) -> None:
    """One intake row per candidate and intake date, as on SQLite."""
    doc = json.dumps(to_json(intake), ensure_ascii=False)
    day = intake.date.isoformat()
    existing = db.execute(
        "SELECT id, revision, created_at FROM intakes WHERE candidate_id = %s AND intake_date = %s",
        [candidate_id, day]).fetchone()
    row: dict[str, Any] = {"installation_id": inst, "candidate_id": candidate_id, "intake_date": day,
           "status": intake.status.value, "doc": doc, "updated_at": ts}
    if existing:
        row |= {"id": existing[0], "revision": existing[1] + 1, "created_at": existing[2]}
        values = _values("intakes", row)
        db.execute(_update_sql("intakes"), [*values[1:], existing[0]])
    else:
        row |= {"id": str(uuid.uuid4()), "revision": 1, "created_at": ts}
        db.execute(_insert_sql("intakes"), _values("intakes", row))


def _verified_row(db: PgDatabase, candidate_id: str, *, lock: bool = False) -> tuple[Any, ...]:
    rows = db.fetchall(f"SELECT {select_list('candidates')} FROM candidates WHERE id = %s"
                       + (" FOR UPDATE" if lock else ""), [candidate_id])
    if not rows:
        raise RecordNotFound("Kandidaat", candidate_id)
    if not sound(rows[0]):
        raise _damaged("candidates", candidate_id)
    return rows[0]


_DOC = _COLS.index("doc")
_INTAKE_DOC = _INTAKE_COLS.index("doc")


def get(db: PgDatabase, candidate_id: str) -> tuple[RecordMeta, CandidateRecord]:
    row = _verified_row(db, candidate_id)
    intakes = db.fetchall(
        f"SELECT {select_list('intakes')} FROM intakes WHERE candidate_id = %s"
        " ORDER BY intake_date DESC, updated_at DESC LIMIT 1", [candidate_id])
    if not intakes:
        raise _damaged("candidates", candidate_id)
    if not sound(intakes[0]):
        raise _damaged("intakes", str(intakes[0][0]), shown_as="candidates", shown_id=candidate_id)
    try:
        record = CandidateRecord(
            candidate=from_json(Candidate, json.loads(row[_DOC])),
            intake=from_json(Intake, json.loads(intakes[0][_INTAKE_DOC])),
        )
    except ValueError as exc:
        raise _damaged("candidates", candidate_id) from exc
    return RecordMeta(*row[:5]), record


def delete(db: PgDatabase, candidate_id: str, *, advisor_id: str | None = None) -> None:
    """Erase the person (postgres/erasure.py): every row of theirs goes, in one transaction; a
    tombstone keeps only the id, so a merge does not bring them back.

    A deleted row's words leave the GIN index with the row (its entries point at the row version,
    which VACUUM removes); the SQLite side's extra work for FTS5 segments has no counterpart here.
    """
    from . import erasure

    with db.atomic():
        found = db.scalar("SELECT revision FROM candidates WHERE id = %s FOR UPDATE", [candidate_id])
        if found is None:
            raise RecordNotFound("Kandidaat", candidate_id)
        inst = db.installation_id
        erasure.erase_rows(db, candidate_id, ts=audit.now(), inst=inst, revision=int(found) + 1)
        audit.record(db, "delete", "candidate", candidate_id, installation_id=inst,
                     advisor_id=advisor_id)


# --- search -------------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+")  # what FTS5's unicode61 keeps as a word: letters and digits


def ts_query(text: str) -> str:
    """The tsquery text for a search box's text, or "" for no words (everyone).

    Only letters and digits reach the query, each part quoted, so no typed sign can be an operator.
    """
    words = []
    for typed in fold(text).replace('"', " ").split():
        parts = _WORD.findall(typed)
        if parts:
            words.append(" <-> ".join(f"'{p}'" for p in parts) + ":*")
    return " & ".join(words)


def _empty_phrase(text: str) -> bool:
    """Typed words, none with a letter or digit ("-", "&"): FTS5 finds nobody for them, and so do we.
    (Beside a real word such a sign is ignored, by FTS5 and by `ts_query`: "jan -" is "jan".)"""
    typed = fold(text).replace('"', " ").split()
    return bool(typed) and not any(_WORD.search(w) for w in typed)


_MATCH = f"search @@ to_tsquery('{CONFIG}', %s)"

# Which plan, chosen before reading as on SQLite (storage/candidates.py explains the two ways and
# WALK_SHARE), but on the planner's estimate of the matches instead of a count. FTS5 counts from its
# index in a few ms; a GIN index cannot: counting the 40,000 rows a prefix such as "wil" finds among
# 100,000 visits them all (80-200 ms). The estimate (EXPLAIN, from the statistics ANALYZE keeps of
# the words in `search`) costs under a millisecond and was within 3% for the bench's prefixes.
# PostgreSQL has no INDEXED BY: the plan is held to with planner settings for this one query only
# (SET LOCAL inside a transaction that is rolled back after reading).
WALK_SHARE = _sqlite.WALK_SHARE
_WALK = ("SET LOCAL enable_bitmapscan = off", "SET LOCAL enable_seqscan = off",
         "SET LOCAL enable_sort = off")
_SORT = ("SET LOCAL enable_indexscan = off",)
# The first page's total is counted only when the estimate says that is cheap (a few ms); above it
# `Page.total` is None and the list counts after its rows are shown, as the contract allows.
EXACT_UP_TO = 1_000


def text_matches(db: PgDatabase, text: str) -> int:
    """How many candidates a search text finds: an exact count (it visits every match)."""
    if _empty_phrase(text):
        return 0
    q = ts_query(text)
    if not q:
        return int(db.scalar("SELECT count(*) FROM candidates"))
    return int(db.scalar(f"SELECT count(*) FROM candidates WHERE {_MATCH}", [q]))


def _where(f: Filter, after: tuple[str, str] | None = None) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    q = ts_query(f.text)
    if q:
        clauses.append(_MATCH)
        params.append(q)
    if f.status is not None:
        clauses.append("status = %s")
        params.append(f.status.value)
    if f.intake_from is not None:
        clauses.append("intake_date >= %s")
        params.append(f.intake_from.isoformat())
    if f.intake_to is not None:
        clauses.append("intake_date <= %s")
        params.append(f.intake_to.isoformat())
    if after is not None:
        clauses.append("(sort_key, id) > (%s, %s)")
        params.extend(after)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def estimate(db: PgDatabase, f: Filter) -> int:
    """The planner's estimate of how many candidates `f` finds (at least 1; 0 for no words)."""
    if _empty_phrase(f.text):
        return 0
    where, params = _where(f)
    plan = db.scalar(f"EXPLAIN (FORMAT JSON) SELECT 1 FROM candidates{where}", params)
    return int(plan[0]["Plan"]["Plan Rows"])


def _has_text(text: str) -> bool:
    return bool(ts_query(text)) or _empty_phrase(text)


def _table_size(db: PgDatabase) -> int:
    """About how many rows the table has, as the planner reckons it (statistics scaled to the
    table's current size): exact enough to choose a plan, and no count of 100,000 rows."""
    found = db.scalar(
        "SELECT CASE WHEN relpages > 0 THEN reltuples / relpages"
        " * (pg_relation_size(oid) / current_setting('block_size')::int) END"
        " FROM pg_class WHERE oid = 'candidates'::regclass")
    if found is None or found < 0:  # never analysed yet (a new or small table): count it
        return int(db.scalar("SELECT count(*) FROM candidates"))
    return int(found)


def _plan(db: PgDatabase, text_n: int | None, date_n: int | None) -> tuple[str, ...] | None:
    """The planner settings for these (estimated) matches, or None when nothing can match."""
    counted = [n for n in (text_n, date_n) if n is not None]
    if not counted:
        return ()  # no text and no dates: the sort (or status) index is walked by itself
    n = min(counted)
    if n == 0:
        return None
    return _WALK if n * WALK_SHARE >= _table_size(db) else _SORT


def _rows(db: PgDatabase, f: Filter, limit: int, offset: int, after: tuple[str, str] | None,
          text_n: int | None, date_n: int | None) -> list[CandidateRow]:
    settings = _plan(db, text_n, date_n)
    if settings is None:
        return []
    where, params = _where(f, after)
    if settings is _SORT:
        # The page is chosen on narrow rows (id and sort key), then its rows are read whole by key:
        # sorting thousands of matches with every column (~900 bytes each) took twice as long.
        sql = (f"WITH page AS (SELECT id, sort_key FROM candidates{where}"
               " ORDER BY sort_key, id LIMIT %s OFFSET %s)"
               f" SELECT {select_list('candidates', 'c')} FROM page JOIN candidates c ON c.id = page.id"
               " ORDER BY page.sort_key, page.id")
    else:  # a walk reads each row it keeps anyway
        sql = (f"SELECT {select_list('candidates')} FROM candidates{where}"
               " ORDER BY sort_key, id LIMIT %s OFFSET %s")
    if not settings:
        return [_row(r) for r in db.fetchall(sql, [*params, limit, offset])]
    with db.conn.transaction(force_rollback=True):  # the settings end with this read
        for setting in settings:
            db.execute(setting)
        return [_row(r) for r in db.fetchall(sql, [*params, limit, offset])]


_AT = {name: n for n, name in enumerate(_COLS)}
_ID, _FIRST, _TUSSEN, _SURNAME, _BIRTH, _TOWN, _STATUS, _DATE, _GOALS, _SORT_KEY = (
    _AT[c] for c in ("id", "first_name", "tussenvoegsel", "surname", "birth_date", "town", "status",
                     "intake_date", "goals", "sort_key"))


def _row(r: tuple[Any, ...]) -> CandidateRow:
    if sound(r):
        return CandidateRow(r[_ID], r[_FIRST], r[_TUSSEN], r[_SURNAME], r[_BIRTH], r[_TOWN],
                            IntakeStatus(r[_STATUS]), r[_DATE], r[_GOALS], r[_SORT_KEY])
    try:
        status = IntakeStatus(r[_STATUS])
    except ValueError:
        status = IntakeStatus.DRAFT
    # As on SQLite: only the id and its place in the list are kept of a row that fails its checksum.
    return CandidateRow(str(r[_ID]), "", "", "", None, "", status, "", "", str(r[_SORT_KEY]),
                        damaged=True)


def _estimates(db: PgDatabase, f: Filter) -> tuple[int | None, int | None]:
    """Estimated matches of the text alone and of the dates alone (None: that part is not set)."""
    text_n = estimate(db, Filter(text=f.text)) if _has_text(f.text) else None
    dates = f.intake_from is not None or f.intake_to is not None
    date_n = estimate(db, Filter(intake_from=f.intake_from, intake_to=f.intake_to)) if dates else None
    return text_n, date_n


def search(db: PgDatabase, f: Filter, *, limit: int = 200, offset: int = 0,
           after: tuple[str, str] | None = None) -> list[CandidateRow]:
    """Candidates matching `f`, by surname without tussenvoegsel; `after` as on SQLite."""
    return _rows(db, f, limit, offset, after, *_estimates(db, f))


def first_page(db: PgDatabase, f: Filter, limit: int = 200) -> Page:
    """The first page and, when counting is cheap, the number of matches (else None: the list
    counts later, as it does on SQLite for a filter that combines text, status and dates)."""
    text_n, date_n = _estimates(db, f)
    rows = _rows(db, f, limit, 0, None, text_n, date_n)
    if len(rows) < limit:
        return Page(rows, len(rows))
    if estimate(db, f) <= EXACT_UP_TO:
        return Page(rows, count(db, f))
    return Page(rows, None)


def count(db: PgDatabase, f: Filter) -> int:
    if _empty_phrase(f.text):
        return 0
    where, params = _where(f)
    return int(db.scalar(f"SELECT count(*) FROM candidates{where}", params))


def same_birth_date(db: PgDatabase, birth_date: date, exclude_id: str | None = None
                    ) -> list[CandidateRow]:
    rows = db.fetchall(
        f"SELECT {select_list('candidates')} FROM candidates WHERE birth_date = %s"
        " AND id IS DISTINCT FROM %s ORDER BY sort_key, id", [birth_date.isoformat(), exclude_id])
    return [row for row in map(_row, rows) if not row.damaged]


def names_born_on(db: PgDatabase, birth_date: date, exclude_id: str | None = None
                  ) -> list[tuple[str, str, str, str]]:
    """(id, first name, tussenvoegsel, surname) of everyone born on `birth_date`, unverified: the
    duplicate check's first look during an import (as storage/candidates.py)."""
    return [(str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in db.fetchall(
        "SELECT id, first_name, tussenvoegsel, surname FROM candidates"
        " WHERE birth_date = %s AND id IS DISTINCT FROM %s", [birth_date.isoformat(), exclude_id])]


def verified_row(db: PgDatabase, candidate_id: str) -> CandidateRow | None:
    """The list row of one candidate, or None when it is gone or damaged."""
    rows = db.fetchall(f"SELECT {select_list('candidates')} FROM candidates WHERE id = %s",
                       [candidate_id])
    if not rows:
        return None
    row = _row(rows[0])
    return None if row.damaged else row
