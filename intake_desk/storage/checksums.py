"""Record checksums: every stored record carries a hash over all its stored values.

SQLite checks its own pages (`integrity_check`), but a flipped bit inside a row's value leaves a
well-formed page with a different name, a different date or JSON that no longer parses. Each record
therefore stores `checksum`: BLAKE2b (16 bytes) over a canonical encoding of every column in
`COLUMNS[table]`, written in the same statement as the row. Reading verifies it; a record that fails
is reported by id (never by name) with the newest backup that still holds it intact.

`COLUMNS` is the definition of the checksum: adding a column to a table here changes every stored
checksum, so it needs a migration that reseals the table (as m002 did when checksums came).
"""

from __future__ import annotations

import ast
import hashlib
import json
import logging
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from . import backups, cipher, keys
from .errors import RecordDamaged

log = logging.getLogger(__name__)

_MERGEABLE = ("id", "revision", "created_at", "updated_at", "installation_id")

COLUMNS: dict[str, tuple[str, ...]] = {
    "candidates": (*_MERGEABLE, "first_name", "tussenvoegsel", "surname", "sort_key", "birth_date",
                   "town", "municipality", "region_code", "status", "intake_date", "goals",
                   "notes", "folded", "doc"),
    "intakes": (*_MERGEABLE, "candidate_id", "intake_date", "status", "doc"),
    "plans": (*_MERGEABLE, "candidate_id"),
    "plan_versions": ("id", "plan_id", "version", "created_at", "installation_id", "advisor_id",
                      "language", "doc"),
    "drafts": ("id", "candidate_id", "form", "updated_at", "doc"),
    # m004_more_checksums: the catalog (storage/catalog.py), the audit log and the settings
    "catalog_items": ("code", "kind", "title", "level", "sector", "part_of", "sample", "doc"),
    "offerings": ("code", "item_code", "provider", "location", "region_code", "leerweg", "weeks",
                  "hours_per_week", "cost_cents", "sample", "doc"),
    "regions": ("code", "name"),
    "demand": ("region_code", "crebo", "occupation", "rating", "indicator", "source", "as_of",
               "sample"),
    "funding_schemes": ("code", "name", "open_from", "open_until", "sample", "doc"),
    "audit": ("seq", "at", "installation_id", "advisor_id", "action", "entity", "entity_id",
              "detail"),
    "settings": ("key", "value"),
    # m005_merge (storage/merge.py): fair mode's state per record and the values of conflicts
    "merge_state": ("id", "vector", "base", "writes", "fields", "conflicts", "deleted"),
    "merge_siblings": ("candidate_id", "field", "dot", "value"),
    "merge_resolved": ("candidate_id", "field", "options"),
    "merge_plan_versions": ("version_id", "installation_id", "counter", "hlc"),
}

# The tables each migration sealed, frozen: a migration must do the same on every database.
SEALED_BY: dict[str, tuple[str, ...]] = {
    "m002_record_checksums": ("candidates", "intakes", "plans", "plan_versions", "drafts"),
    "m004_more_checksums": ("catalog_items", "offerings", "regions", "demand", "funding_schemes",
                            "audit", "settings"),
    "m005_merge": ("merge_state", "merge_siblings", "merge_resolved",  # created with their checksum
                   "merge_plan_versions"),
}
CATALOG = ("catalog_items", "offerings", "regions", "demand", "funding_schemes")

# What names a row of each table in a message, when it is not the first column (demand has no
# single key).
KEYS: dict[str, tuple[str, ...]] = {"demand": ("region_code", "crebo", "occupation")}

# What a message calls a record of each table (Dutch, English).
KIND: dict[str, tuple[str, str]] = {
    "candidates": ("Kandidaat", "Candidate"),
    "intakes": ("Intake", "Intake"),
    "plans": ("Plan", "Plan"),
    "plan_versions": ("Planversie", "Plan version"),
    "drafts": ("Concept", "Draft"),
    "catalog_items": ("Opleiding in de catalogus", "Catalog course"),
    "offerings": ("Aanbod", "Offering"),
    "regions": ("Regio", "Region"),
    "demand": ("Arbeidsmarktcijfer", "Labour market figure"),
    "funding_schemes": ("Financieringsregeling", "Funding scheme"),
    "audit": ("Logregel", "Audit entry"),
    "settings": ("Instelling", "Setting"),
    "merge_state": ("Samenvoeggegevens van kandidaat", "Merge data of candidate"),
    "merge_siblings": ("Conflictwaarde van kandidaat", "Conflict value of candidate"),
    "merge_resolved": ("Eerdere conflictkeuze van kandidaat", "Earlier conflict choice of candidate"),
    "merge_plan_versions": ("Herkomst van planversie", "Origin of plan version"),
}


def label(table: str, values: Sequence[Any]) -> str:
    """How a message names a row read with `select_list` (its key, shown as `shown_id_of` does)."""
    columns = COLUMNS[table]
    return "/".join(shown_id_of(values[columns.index(k)]) for k in KEYS.get(table, columns[:1]))


def select_list(table: str, alias: str = "") -> str:
    """The columns of `table` in checksum order, then `checksum`: what `sound` expects."""
    prefix = f"{alias}." if alias else ""
    return ", ".join(f"{prefix}{c}" for c in (*COLUMNS[table], "checksum"))


def digest(values: Sequence[Any]) -> bytes:
    """The checksum of one record's values (in COLUMNS order).

    Each value is tagged with its type and, for text and blobs, its length, so that neither a value
    moving between columns nor text turning into a blob (one bit in SQLite's record header) keeps
    the sum. Text is hashed as its stored UTF-8 bytes; `surrogateescape` gives back the exact bytes
    of undecodable text read through `lenient_text`, which therefore never matches.
    """
    # Fast path (a catalog import seals thousands of rows): for a row of ASCII text, numbers and
    # nulls the same bytes built as one str and encoded once (an ASCII character is its own byte).
    # Text that is not ASCII would be encoded twice here (once for its length in bytes, once with
    # the row); the general path encodes each value once. Any other type (a bool, a blob, a str
    # subclass) takes the general path for the whole row too.
    out: list[str] = []
    add = out.append
    for v in values:
        t = type(v)
        if t is str:
            if not v.isascii():
                return _digest_general(values)
            add(f"T{len(v)}:")
            add(v)
        elif t is int:
            add(f"I{v};")
        elif v is None:
            add("N")
        elif t is float:
            add(f"F{v!r};")
        else:
            return _digest_general(values)
    return hashlib.blake2b("".join(out).encode("utf-8", "surrogateescape"), digest_size=16).digest()


def _digest_general(values: Sequence[Any]) -> bytes:
    parts: list[bytes] = []
    for v in values:
        _general(v, parts)
    return hashlib.blake2b(b"".join(parts), digest_size=16).digest()


def _general(v: Any, parts: list[bytes]) -> None:
    if v is None:
        parts.append(b"N")
    elif isinstance(v, str):
        b = v.encode("utf-8", "surrogateescape")
        parts.append(b"T%d:" % len(b))
        parts.append(b)
    elif isinstance(v, bool | int):
        parts.append(b"I%d;" % v)
    elif isinstance(v, float):
        parts.append(b"F" + repr(v).encode("ascii") + b";")
    elif isinstance(v, bytes | bytearray | memoryview):
        b = bytes(v)
        parts.append(b"B%d:" % len(b))
        parts.append(b)
    else:
        raise TypeError(f"cannot checksum a {type(v).__name__}")


def seal(table: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """`row` (every column of COLUMNS[table]) with its checksum added, ready to insert."""
    sealed = dict(row)
    sealed["checksum"] = digest([row[c] for c in COLUMNS[table]])
    return sealed


def sound(row: Sequence[Any]) -> bool:
    """Whether a row read with `select_list` (values, then checksum) matches its checksum."""
    stored = row[-1]
    return isinstance(stored, bytes) and stored == digest(row[:-1])


def _lenient(raw: bytes) -> str:
    return raw.decode("utf-8", "surrogateescape")


@contextmanager
def lenient_text(db: Database) -> Iterator[None]:
    """Read TEXT that is not valid UTF-8 (a flipped bit) as text with escapes instead of failing the
    whole query with "Could not decode to UTF-8"; its checksum then fails, row by row."""
    conn = db.conn
    old = conn.text_factory
    conn.text_factory = _lenient
    try:
        yield
    finally:
        conn.text_factory = old


def fetch(db: Database, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """All rows of a query; undecodable text is read leniently (the plain read is faster, so it is
    tried first and the lenient one only when a value does not decode)."""
    try:
        return list(db.execute(sql, list(params)).fetchall())
    except cipher.OperationalError as exc:
        if "decode" not in str(exc).lower():
            raise
    with lenient_text(db):
        return list(db.execute(sql, list(params)).fetchall())


def damaged(db: Database, table: str, record_id: Any, *, rowid: int | None = None,
            shown_as: str | None = None, shown_id: str | None = None) -> RecordDamaged:
    """The error for a record of `table` that fails its checksum, naming the newest backup that still
    holds it intact. `rowid`: where to look in a backup when the stored id itself may be what was
    damaged. `shown_as`/`shown_id`: the record the advisor opened, when the damaged row is a part of
    it (the intake of a candidate)."""
    path = _db_path(db)
    record_id = shown_id_of(record_id)
    backup = intact_backup(path, table, record_id, rowid) if path else None
    log.error("record damaged: %s %s (backup with an intact copy: %s)", table, record_id,
              backup.name if backup else "none")
    kind_nl, kind_en = KIND.get(shown_as or table, (shown_as or table, shown_as or table))
    return RecordDamaged(kind_nl, kind_en, shown_id or record_id, backup, path)


def intact_backup(db_path: Path, table: str, record_id: str, rowid: int | None = None
                  ) -> Path | None:
    """The newest backup of the database at `db_path` whose copy of the record passes its checksum.

    Looked up by id, or by rowid when given (a backup is a page copy, so rowids are the same; the id
    must then match too, unless the id is what was damaged). A backup from before checksums existed
    (no checksum column) counts when its copy decodes and its JSON parses: the best evidence it has.
    """
    key, value = ("rowid", rowid) if rowid is not None else ("id", record_id)
    for candidate in backups.all_backups(db_path):
        with suppress(*cipher.Error, ValueError, OSError):
            conn = backups._read_only(candidate, keys.session_key(db_path))  # keyed when encrypted
            try:
                conn.text_factory = _lenient
                columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
                if "checksum" in columns:
                    row = conn.execute(
                        f"SELECT {select_list(table)} FROM {table} WHERE {key} = ?", [value]
                    ).fetchone()
                    shown = label(table, row) if row is not None else None
                    if row is not None and sound(row) and (
                            shown == record_id or (rowid is not None and _same_id(shown, record_id))):
                        return candidate
                elif "doc" in columns:
                    row = conn.execute(f"SELECT *, doc FROM {table} WHERE {key} = ?",
                                       [value]).fetchone()
                    if row is not None and _plausible(row) and _parses(row[-1]):
                        return candidate
            finally:
                conn.close()
    return None


def _same_id(intact: Any, shown: str) -> bool:
    """Whether a damaged id (as `shown_id_of` shows it) is `intact` with a bit or two flipped: a row
    at the same rowid in a backup could also be another record, when the last one was deleted and
    its rowid given out again."""
    if shown.startswith("'"):  # undecodable, shown by ascii(): read back, a bad byte is one character
        with suppress(ValueError, SyntaxError):
            shown = str(ast.literal_eval(shown))
    if not isinstance(intact, str):
        return False
    return abs(len(intact) - len(shown)) <= 3 and sum(
        a != b for a, b in zip(intact, shown, strict=False)) <= 2


def _plausible(row: Sequence[Any]) -> bool:
    """Every text value of the row is what SQLite stored as UTF-8 (read through `_lenient`)."""
    for v in row:
        if isinstance(v, str):
            try:
                v.encode("utf-8")
            except UnicodeEncodeError:
                return False
    return True


def _db_path(db: Database) -> Path | None:
    row = db.execute("PRAGMA database_list").fetchone()
    return Path(row[2]) if row and row[2] else None


def damaged_records(db: Database) -> tuple[list[tuple[str, str, int]], list[str]]:
    """Every record that fails its checksum, as (table, id, rowid) in table and rowid order; and the
    tables that could not be read to the end (damaged pages), with SQLite's reason."""
    found: list[tuple[str, str, int]] = []
    unreadable: list[str] = []
    for table in COLUMNS:
        if not has_checksums(db, table):  # not migrated yet (`check` never migrates)
            continue
        try:
            with lenient_text(db):
                for row in db.execute(f"SELECT rowid, {select_list(table)} FROM {table}"):
                    if not sound(row[1:]):
                        found.append((table, label(table, row[1:]), row[0]))
        except cipher.DatabaseError as exc:
            unreadable.append(f"{table}: {exc}")
    return found, unreadable


def has_checksums(db: Database, table: str) -> bool:
    return any(r[1] == "checksum" for r in db.execute(f"PRAGMA table_info({table})").fetchall())


def shown_id_of(value: Any) -> str:
    """An id as a message can show it: as stored, or quoted with escapes when the id itself is
    damaged (text that is not UTF-8 cannot be printed; quoted it never passes for a real id)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
            return value
        except UnicodeEncodeError:
            pass
    return ascii(value)


def search_index_problem(db: Database) -> str | None:
    """FTS5's own check of the candidates' search index, against the rows it indexes; None when sound.

    It is an INSERT of a command that writes nothing; the transaction it opens is rolled back."""
    if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'candidates_fts'").fetchone():
        return None
    conn = db.conn
    ours = not conn.in_transaction
    try:
        conn.execute("INSERT INTO candidates_fts(candidates_fts, rank) VALUES ('integrity-check', 1)")
        return None
    except cipher.DatabaseError as exc:
        text = str(exc)
        if "malformed" in text or "corrupt" in text:
            return text
        # Read-only or locked: the check could not run, which says nothing about the index.
        log.warning("search index not checked: %s", text)
        return None
    finally:
        if ours and conn.in_transaction:
            conn.rollback()


# Tables whose rows carry no checksum (advisors, meta; and the catalog and settings of a database that
# `check` finds before m004 sealed them), with their key and JSON column: `check` still finds text
# that is no longer UTF-8 and JSON that no longer parses, the damage that would otherwise end in a
# traceback when they are read.
UNSEALED: dict[str, tuple[str, str | None]] = {
    "catalog_items": ("code", "doc"),
    "offerings": ("code", "doc"),
    "funding_schemes": ("code", "doc"),
    "settings": ("key", "value"),
    "regions": ("code", None),
    "demand": ("region_code", None),
    "advisors": ("id", None),
    "meta": ("key", None),
}


def unreadable_rows(db: Database) -> list[tuple[str, str]]:
    """Rows of the UNSEALED tables whose text does not decode or whose JSON does not parse."""
    found: list[tuple[str, str]] = []
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table, (key, doc) in UNSEALED.items():
        if table not in names or (table in COLUMNS and has_checksums(db, table)):
            continue
        with lenient_text(db):
            rows = db.execute(f"SELECT * FROM {table}")
            columns = [d[0] for d in rows.description]
            k = columns.index(key)
            j = columns.index(doc) if doc in columns else None
            for row in rows:
                if not _plausible(row) or (j is not None and not _parses(row[j])):
                    found.append((table, shown_id_of(row[k])))
    return found


def problems(db: Database) -> list[str]:
    """What `check` reports beyond SQLite's integrity_check, in Dutch: the search index, and every
    damaged record by id with the newest backup that still holds it intact."""
    try:
        return _problems(db)
    except cipher.DatabaseError as exc:  # a page so damaged that it cannot be read at all
        return [f"De gegevens konden niet helemaal worden gelezen ({exc})."]


def _problems(db: Database) -> list[str]:
    found: list[str] = []
    index = search_index_problem(db)
    records, unreadable = damaged_records(db)
    if index is not None:
        # The index is checked against the stored names: a damaged candidate alone already fails it.
        found.append(
            "De zoekindex past niet bij de beschadigde kandidaten hieronder; na herstel klopt die weer."
            if any(table == "candidates" for table, _, _ in records) else
            f"De zoekindex van de kandidaten is beschadigd ({index}); zoeken kan kandidaten missen. "
            "Zet een reservekopie terug.")
    for part in unreadable:
        found.append(f"Tabel {part}: niet helemaal leesbaar.")
    path = _db_path(db)
    for table, record_id, rowid in records:
        kind = KIND[table][0]
        backup = intact_backup(path, table, record_id, rowid) if path else None
        where = (f"goede versie in reservekopie {backup}" if backup
                 else "geen reservekopie heeft nog een goede versie")
        found.append(f"{kind} {record_id}: beschadigd (controlegetal klopt niet); {where}."
                     + _REMEDY.get(table, ""))
    shown = {record_id for table, record_id, _ in records if table in ("candidates", "intakes")}
    for what, record_id in fact_problems(db):
        if record_id not in shown:  # a damaged record's facts differ from it: said once, above
            found.append(f"Cijfers bij {what} {record_id}: kloppen niet meer met de opgeslagen gegevens"
                         " (beschadigd); de regionale cijfers kunnen daardoor afwijken. Zet een"
                         " reservekopie terug.")
    for table, key in unreadable_rows(db):
        found.append(f"Tabel {table}, rij {key}: beschadigd (tekst of JSON onleesbaar). Zet een "
                     "reservekopie terug of importeer de catalogus opnieuw.")
    return found


def _json(doc: str, path: str) -> str:
    return f"CASE WHEN json_valid({doc}) THEN json_extract({doc}, '{path}') END"


# The facts the figures count (m003's fig_ tables, kept by triggers) carry no checksum: they are
# derived, so `check` derives them again and compares (the same expressions as the triggers).
_FACT_CHECKS = (
    # (what, key of the fact, record table, the fact's own table and the comparison)
    ("kandidaat", "candidate_id", "candidates",
     "fig_candidates f LEFT JOIN candidates c ON c.id = f.candidate_id WHERE c.id IS NULL"
     " OR f.region_code IS NOT c.region_code OR f.intake_date IS NOT c.intake_date"
     f" OR f.status IS NOT c.status OR f.sample IS NOT coalesce({_json('c.doc', '$.sample')}, 0)"),
    ("intake", "intake_id", "intakes",
     "fig_intakes f LEFT JOIN intakes i ON i.id = f.intake_id WHERE i.id IS NULL"
     " OR f.candidate_id IS NOT i.candidate_id OR f.intake_date IS NOT i.intake_date"
     f" OR f.referrer IS NOT coalesce({_json('i.doc', '$.referrer')}, '')"
     f" OR f.crebo IS NOT coalesce({_json('i.doc', '$.goals[0].crebo')}, '')"),
    ("planversie", "version_id", "plan_versions",
     "fig_plans f LEFT JOIN plan_versions v ON v.id = f.version_id"
     " LEFT JOIN plans p ON p.id = v.plan_id WHERE v.id IS NULL OR f.plan_id IS NOT v.plan_id"
     " OR f.version IS NOT v.version OR f.candidate_id IS NOT p.candidate_id"),
)
_FACT_TABLE = {"candidates": "fig_candidates", "intakes": "fig_intakes", "plan_versions": "fig_plans"}


def fact_problems(db: Database) -> list[tuple[str, str]]:
    """(what, id) of each record whose figure facts disagree with it, or that has none or whose
    facts have no record; nothing before m003."""
    if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'fig_candidates'").fetchone():
        return []
    found: list[tuple[str, str]] = []
    with lenient_text(db):
        for what, key, table, compared in _FACT_CHECKS:
            found.extend((what, shown_id_of(r[0])) for r in db.execute(
                f"SELECT f.{key} FROM {compared} UNION ALL SELECT id FROM {table} r WHERE NOT EXISTS"
                f" (SELECT 1 FROM {_FACT_TABLE[table]} WHERE {key} = r.id)"))
    return found


# What else mends a damaged row of these tables, beside a backup (which loses later work).
_CATALOG_REMEDY = (" Het programma gebruikt dit deel van de catalogus niet tot het hersteld is: importeer"
                   " de catalogus opnieuw (of zet de reservekopie terug).")
_REMEDY = {**dict.fromkeys(CATALOG, _CATALOG_REMEDY),
           "settings": " Het programma gebruikt hiervoor de standaardwaarde; sla de instellingen"
                       " opnieuw op om dit te herstellen.",
           "audit": " De logregel wordt niet getoond; de rest van het logboek wel."}


def reseal(db: Database, table: str) -> int:
    """Compute the checksum of every row of `table` as it is stored now (migrations m002, m004).

    A row that is already visibly damaged (text that is not UTF-8, a document that is not JSON) keeps
    no checksum, so it is reported as damaged instead of being sealed as it is."""
    rows = fetch(db, f"SELECT rowid, {', '.join(COLUMNS[table])} FROM {table}")
    json_column = "value" if table == "settings" else "doc"  # settings keep each value as JSON
    doc = COLUMNS[table].index(json_column) + 1 if json_column in COLUMNS[table] else None
    sealed = [(digest(r[1:]), r[0]) for r in rows if _plausible(r[1:])
              and (doc is None or _parses(r[doc]))]
    db.conn.executemany(f"UPDATE {table} SET checksum = ? WHERE rowid = ?", sealed)
    return len(sealed)


def _parses(doc: Any) -> bool:
    try:
        json.loads(doc)
        return True
    except (ValueError, TypeError):
        return False
