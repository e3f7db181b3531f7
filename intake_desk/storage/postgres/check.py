"""`intake-desk --db postgresql://... check`: what the laptop's `check` checks, where it makes sense on
a server (docs/postgresql.md, "Checking the server").

The laptop's check (storage/database.integrity_problems) has four parts; on a server they become:
- SQLite's `integrity_check` of the file's pages: the server checks its own pages and indexes
  (`pg_amcheck`, `data_checksums`), which is IT's tool, not ours; not repeated here.
- `foreign_key_check`: every foreign key verified row by row (`_orphans`). The server enforces them,
  but a restore with `--disable-triggers`, `session_replication_role = replica` or a hand edit can
  leave rows whose candidate is gone; drafts have no foreign key and are counted as a warning.
- every record's checksum (storage/checksums.py): the same rule, the same `COLUMNS`, `select_list`,
  `sound` and `label`, over every checksummed table the server has, streamed through a server-side
  cursor in batches (`batch` rows at a time), so 100,000 candidates never sit in memory at once.
- the figures' fact tables against a recount from the records (checksums.fact_problems on SQLite):
  the same comparisons, and for plan versions also steps, goal and the next version's day.
Added on a server, because only a server can lose them without touching a record:
- the schema version (applied migrations against this version's list);
- the rules that keep history append-only and the desks informed: the triggers on consent events,
  stage changes and corrections, the figures' and the watch log's triggers, present and enabled;
- consent events and stage changes numbered 1..n per candidate without a gap (an event removed
  behind the trigger's back leaves one);
- the desks' group role has exactly the privileges this version grants (no UPDATE/DELETE on what is
  append-only, no CREATE in the schema, nothing missing that a desk needs).

Read-only: one REPEATABLE READ READ ONLY transaction, so every part sees the same moment while the
desks go on working, and nothing can be written by mistake. A desk's role can run it (it reads
what a desk reads); IT usually runs it as the owner.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from psycopg import sql
from psycopg.pq import TransactionStatus

from ..checksums import COLUMNS, KIND, label, select_list, sound
from . import schema
from .connection import PgDatabase

BATCH = 2000  # rows per round trip of the streaming cursor
LISTED = 200  # findings listed in full; the rest are counted

PROBLEM, WARNING = "problem", "warning"


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing wrong (or worth a look: `level` WARNING) on the server, in Dutch and English.
    `key`: the record it is about (its id, never a name), or "" for a table or rule."""

    part: str  # schema, checksum, trigger, numbering, privilege, orphan, facts, unreadable
    table: str
    key: str
    text_nl: str
    text_en: str
    level: str = PROBLEM


@dataclass(frozen=True, slots=True)
class Tally:
    table: str
    rows: int
    damaged: int


@dataclass(frozen=True, slots=True)
class ServerCheck:
    where: str
    applied: tuple[str, ...]
    missing: tuple[str, ...]  # migrations this version has and the server lacks
    unknown: tuple[str, ...]  # migrations the server has and this version does not know
    tables: tuple[Tally, ...]
    findings: tuple[Finding, ...]  # the first LISTED
    problems: int  # all problems, listed or not
    warnings: int
    seconds: float = 0.0
    checked: tuple[str, ...] = field(default=())  # the parts that ran

    @property
    def ok(self) -> bool:
        return self.problems == 0


class _Findings:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.listed: list[Finding] = []
        self.problems = 0
        self.warnings = 0

    def add(self, finding: Finding) -> None:
        if finding.level == PROBLEM:
            self.problems += 1
        else:
            self.warnings += 1
        if len(self.listed) < self.limit:
            self.listed.append(finding)


# What mends a damaged record on a server (a laptop's message names its own backup files instead).
_FROM_BACKUP = ("Haal de goede versie uit een reservekopie van de server (zet die met 'restore' terug"
                " in een aparte, lege database en vergelijk).",
                "Take the good version from a backup of the server (restore it with 'restore' into a"
                " separate, empty database and compare).")
_CATALOG = ("Importeer de catalogus opnieuw; tot dan gebruikt het programma dit deel niet.",
            "Import the catalogue again; until then the program does not use this part.")
_REMEDY = {**dict.fromkeys(("catalog_items", "offerings", "regions", "demand", "funding_schemes"),
                           _CATALOG),
           "settings": ("Sla de instellingen opnieuw op; tot dan geldt de standaardwaarde.",
                        "Save the settings again; until then the default applies."),
           "audit": ("De logregel wordt niet getoond; de rest van het logboek wel.",
                     "The audit entry is not shown; the rest of the audit trail is.")}

# The triggers a server must have (name -> what goes wrong without it), per table.
_APPEND_NL, _APPEND_EN = ("zonder deze regel kan de geschiedenis worden gewijzigd of gewist",
                          "without it the history can be changed or erased")
_FIG_NL, _FIG_EN = ("zonder deze regel lopen de regionale cijfers achter",
                    "without it the regional figures fall behind")
_WATCH_NL, _WATCH_EN = ("zonder deze regel zien de andere desks wijzigingen niet vanzelf",
                        "without it the other desks do not see changes by themselves")
TRIGGERS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "consent_events": (("consent_events_append_only", _APPEND_NL, _APPEND_EN),),
    "stage_changes": (("stage_changes_append_only_update", _APPEND_NL, _APPEND_EN),
                      ("stage_changes_append_only_delete", _APPEND_NL, _APPEND_EN),
                      ("stage_changes_watch", _WATCH_NL, _WATCH_EN)),
    "stage_corrections": (("stage_corrections_append_only_update", _APPEND_NL, _APPEND_EN),
                          ("stage_corrections_append_only_delete", _APPEND_NL, _APPEND_EN),
                          ("stage_corrections_watch", _WATCH_NL, _WATCH_EN)),
    "candidates": (("fig_candidates_insert", _FIG_NL, _FIG_EN),
                   ("fig_candidates_update", _FIG_NL, _FIG_EN),
                   ("candidates_watch", _WATCH_NL, _WATCH_EN)),
    "intakes": (("fig_intakes_insert", _FIG_NL, _FIG_EN), ("fig_intakes_update", _FIG_NL, _FIG_EN),
                ("intakes_watch", _WATCH_NL, _WATCH_EN)),
    "plans": (("plans_watch", _WATCH_NL, _WATCH_EN),),
    "plan_versions": (("fig_plans_insert", _FIG_NL, _FIG_EN),
                      ("plan_versions_watch", _WATCH_NL, _WATCH_EN)),
    "followup": (("followup_watch", _WATCH_NL, _WATCH_EN),),
}

# Per-candidate numbers that run 1..n without a gap (drawn as max + 1 under a lock).
NUMBERED = {"consent_events": ("toestemmingsgebeurtenissen", "consent events"),
            "stage_changes": ("fasewijzigingen", "stage changes")}


def check(db: PgDatabase, *, group: str = schema.DESK_GROUP, batch: int = BATCH,
          limit: int = LISTED) -> ServerCheck:
    """Check the server's records and rules (module docstring); never writes."""
    began = time.perf_counter()
    found = _Findings(limit)
    tallies: list[Tally] = []
    parts: list[str] = []
    fresh = db.conn.info.transaction_status == TransactionStatus.IDLE
    with db.conn.transaction():
        if fresh:  # inside a caller's transaction (a test's), its snapshot is the one there is
            db.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        applied = schema.applied(db)
        missing = [n for n in schema.KNOWN if n not in applied]
        unknown = [n for n in applied if n not in schema.KNOWN]
        _schema(db, applied, missing, unknown, found)
        if applied:
            present = _tables(db)
            readable = _readable(db, present, found)
            tallies = [_checksums(db, t, batch, found) for t in COLUMNS if t in readable]
            parts.append("checksums")
            for part, run in (("triggers", _triggers), ("numbering", _numbering),
                              ("privileges", _privileges), ("orphans", _orphans),
                              ("facts", _facts)):
                run(db, readable, found, group)
                parts.append(part)
    return ServerCheck(db.where, tuple(applied), tuple(missing), tuple(unknown), tuple(tallies),
                       tuple(found.listed), found.problems, found.warnings,
                       time.perf_counter() - began, tuple(parts))


def _schema(db: PgDatabase, applied: Sequence[str], missing: Sequence[str], unknown: Sequence[str],
            found: _Findings) -> None:
    if not applied:
        found.add(Finding("schema", "", "",
                          f"De database {db.where} heeft geen schema van Intake Desk. De eigenaar-rol"
                          " maakt het met 'intake-desk --db ... setup-server'.",
                          f"The database {db.where} holds no Intake Desk schema. The owner role"
                          " creates it with 'intake-desk --db ... setup-server'."))
        return
    if unknown:
        found.add(Finding("schema", "", "",
                          f"Het schema is nieuwer dan deze versie van Intake Desk (onbekend:"
                          f" {', '.join(unknown)}). Controleer met de nieuwste versie.",
                          f"The schema is newer than this version of Intake Desk (unknown:"
                          f" {', '.join(unknown)}). Check with the newest version."))
    if missing:
        found.add(Finding("schema", "", "",
                          f"Het schema is ouder dan deze versie (ontbreekt: {', '.join(missing)})."
                          " De eigenaar-rol werkt het bij met 'intake-desk --db ... setup-server'.",
                          f"The schema is older than this version (missing: {', '.join(missing)})."
                          " The owner role updates it with 'intake-desk --db ... setup-server'."))


def _tables(db: PgDatabase) -> set[str]:
    return {str(r[0]) for r in db.fetchall(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")}


def _readable(db: PgDatabase, present: set[str], found: _Findings) -> set[str]:
    """The tables this role may read; the others are named (a check that skips silently is none)."""
    rows = db.fetchall("SELECT t, has_table_privilege(current_user, t, 'SELECT')"
                       " FROM unnest(%s::text[]) t", [sorted(present)])
    shut = sorted(str(t) for t, may in rows if not may)
    if shut:
        found.add(Finding("privilege", "", "",
                          f"Deze rol mag niet lezen: {', '.join(shut)}; die tabellen zijn niet"
                          " gecontroleerd. Controleer als de eigenaar-rol.",
                          f"This role may not read: {', '.join(shut)}; those tables were not"
                          " checked. Check as the owner role."))
    return present - set(shut)


def _checksums(db: PgDatabase, table: str, batch: int, found: _Findings) -> Tally:
    """Every row of `table` against its checksum, streamed `batch` rows at a time."""
    kind_nl, kind_en = KIND.get(table, (table, table))
    fix_nl, fix_en = _REMEDY.get(table, _FROM_BACKUP)
    rows = damaged = 0
    with db.conn.cursor(name=f"intake_check_{table}") as cursor:
        cursor.itersize = batch
        cursor.execute(f"SELECT {select_list(table)} FROM {table}")
        for row in cursor:
            rows += 1
            if not sound(row):
                damaged += 1
                key = label(table, row)
                found.add(Finding("checksum", table, key,
                                  f"{kind_nl} {key}: beschadigd (controlegetal klopt niet). {fix_nl}",
                                  f"{kind_en} {key}: damaged (checksum does not match). {fix_en}"))
    return Tally(table, rows, damaged)


def _triggers(db: PgDatabase, present: set[str], found: _Findings, group: str) -> None:
    wanted = [(t, name, nl, en) for t, names in TRIGGERS.items() if t in present
              for name, nl, en in names]
    state = {(str(r[0]), str(r[1])): str(r[2]) for r in db.fetchall(
        "SELECT c.relname, t.tgname, t.tgenabled FROM pg_trigger t"
        " JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal"
        " AND c.relnamespace = current_schema()::regnamespace")}
    for table, name, nl, en in wanted:
        enabled = state.get((table, name))
        if enabled is None:
            found.add(Finding("trigger", table, name,
                              f"Tabel {table}: de regel (trigger) {name} ontbreekt; {nl}. Laat IT het"
                              " schema herstellen (zie docs/postgresql.md).",
                              f"Table {table}: the rule (trigger) {name} is missing; {en}. Have IT"
                              " repair the schema (see docs/postgresql.md)."))
        elif enabled in ("D", "R"):  # disabled, or firing only on a replica
            found.add(Finding("trigger", table, name,
                              f"Tabel {table}: de regel (trigger) {name} staat uit; {nl}. Zet hem aan"
                              f" als de eigenaar-rol: ALTER TABLE {table} ENABLE TRIGGER {name}.",
                              f"Table {table}: the rule (trigger) {name} is disabled; {en}. Enable it"
                              f" as the owner role: ALTER TABLE {table} ENABLE TRIGGER {name}."))


def _numbering(db: PgDatabase, present: set[str], found: _Findings, group: str) -> None:
    for table, (what_nl, what_en) in NUMBERED.items():
        if table not in present:
            continue
        for candidate_id, n, highest in db.fetchall(
                f"SELECT candidate_id, count(*), max(seq) FROM {table} GROUP BY candidate_id"
                " HAVING min(seq) <> 1 OR max(seq) <> count(*) ORDER BY candidate_id"):
            found.add(Finding("numbering", table, str(candidate_id),
                              f"Kandidaat {candidate_id}: {n} {what_nl}, genummerd tot {highest};"
                              " er ontbreekt er een (verwijderd buiten het programma om). Vergelijk"
                              " met een reservekopie.",
                              f"Candidate {candidate_id}: {n} {what_en}, numbered up to {highest};"
                              " one is missing (removed outside the program). Compare with a"
                              " backup."))


_PRIVILEGES = ("SELECT", "INSERT", "UPDATE", "DELETE")


def _privileges(db: PgDatabase, present: set[str], found: _Findings, group: str) -> None:
    if db.scalar("SELECT 1 FROM pg_roles WHERE rolname = %s", [group]) != 1:
        found.add(Finding("privilege", "", group,
                          f"De groepsrol {group} van de desks bestaat niet; de rechten van de desks"
                          " zijn niet gecontroleerd (andere naam: --group).",
                          f"The desks' group role {group} does not exist; the desks' privileges were"
                          " not checked (another name: --group).", WARNING))
        return
    granted: dict[str, set[str]] = {}
    for privileges, names in schema.GRANTS:
        for name in names:
            granted.setdefault(name, set()).update(p.strip() for p in privileges.split(","))
    tables = sorted(t for t in granted if t in present)
    have: dict[str, set[str]] = {}
    for table, privilege, may in db.fetchall(
            "SELECT t, p, has_table_privilege(%s, t, p) FROM unnest(%s::text[]) t,"
            " unnest(%s::text[]) p", [group, tables, list(_PRIVILEGES)]):
        if may:
            have.setdefault(str(table), set()).add(str(privilege))
    for table in tables:
        lacking = [p for p in _PRIVILEGES if p in granted[table] and p not in have.get(table, ())]
        extra = [p for p in _PRIVILEGES if p not in granted[table] and p in have.get(table, ())]
        if lacking:
            found.add(Finding("privilege", table, group,
                              f"Tabel {table}: de desks ({group}) missen {', '.join(lacking)}; hun"
                              " werk loopt daar vast. De eigenaar-rol geeft de rechten opnieuw met"
                              " 'intake-desk --db ... setup-server'.",
                              f"Table {table}: the desks ({group}) lack {', '.join(lacking)}; their"
                              " work fails there. The owner role grants them again with"
                              " 'intake-desk --db ... setup-server'."))
        if extra:
            found.add(Finding("privilege", table, group,
                              f"Tabel {table}: de desks ({group}) mogen {', '.join(extra)}, wat deze"
                              " versie hen niet geeft (wat alleen aangevuld mag worden, kan dan"
                              f" worden gewijzigd). Neem het terug: REVOKE {', '.join(extra)} ON"
                              f" {table} FROM {group}.",
                              f"Table {table}: the desks ({group}) may {', '.join(extra)}, which this"
                              " version does not grant them (what may only be added to could then"
                              f" be changed). Take it back: REVOKE {', '.join(extra)} ON {table}"
                              f" FROM {group}."))
    if db.scalar("SELECT has_schema_privilege(%s, current_schema(), 'CREATE')", [group]):
        found.add(Finding("privilege", "", group,
                          f"De desks ({group}) mogen tabellen maken in het schema; dat hoort niet."
                          f" REVOKE CREATE ON SCHEMA public FROM {group} (en van PUBLIC).",
                          f"The desks ({group}) may create tables in the schema; they should not."
                          f" REVOKE CREATE ON SCHEMA public FROM {group} (and from PUBLIC)."))


def _foreign_keys(db: PgDatabase) -> list[tuple[str, str, list[str], list[str]]]:
    """(table, referenced table, its columns, the referenced columns) of every foreign key."""
    return [(str(r[0]), str(r[1]), list(r[2]), list(r[3])) for r in db.fetchall(
        "SELECT c.relname, p.relname,"
        " (SELECT array_agg(a.attname ORDER BY k.i) FROM unnest(f.conkey) WITH ORDINALITY k(n, i)"
        "  JOIN pg_attribute a ON a.attrelid = f.conrelid AND a.attnum = k.n),"
        " (SELECT array_agg(a.attname ORDER BY k.i) FROM unnest(f.confkey) WITH ORDINALITY k(n, i)"
        "  JOIN pg_attribute a ON a.attrelid = f.confrelid AND a.attnum = k.n)"
        " FROM pg_constraint f JOIN pg_class c ON c.oid = f.conrelid"
        " JOIN pg_class p ON p.oid = f.confrelid WHERE f.contype = 'f'"
        " AND c.relnamespace = current_schema()::regnamespace ORDER BY c.relname, f.conname")]


def _orphans(db: PgDatabase, present: set[str], found: _Findings, group: str) -> None:
    """Rows whose foreign key points at nothing (PRAGMA foreign_key_check on a laptop), and drafts
    of a candidate that is gone (no foreign key: a draft may be of a candidate not saved yet)."""
    checks: list[tuple[str, str, list[str], list[str], str]] = [
        (t, p, cols, refs, PROBLEM) for t, p, cols, refs in _foreign_keys(db)
        if t in present and p in present]
    if "drafts" in present and "candidates" in present:
        checks.append(("drafts", "candidates", ["candidate_id"], ["id"], WARNING))
    for table, parent, cols, refs, level in checks:
        query = sql.SQL("SELECT count(*), (array_agg({first}::text ORDER BY {first}))[1:5]"
                        " FROM {table} c WHERE {filled} AND NOT EXISTS"
                        " (SELECT 1 FROM {parent} p WHERE {match})").format(
            first=sql.Identifier("c", cols[0]), table=sql.Identifier(table),
            parent=sql.Identifier(parent),
            filled=sql.SQL(" AND ").join(sql.SQL("{} IS NOT NULL").format(sql.Identifier("c", c))
                                         for c in cols),
            match=sql.SQL(" AND ").join(sql.SQL("{} = {}").format(
                sql.Identifier("p", r), sql.Identifier("c", c)) for c, r in zip(cols, refs,
                                                                                strict=True)))
        n, sample = db.conn.execute(query).fetchone() or (0, None)
        if not n:
            continue
        shown = ", ".join(sample or [])
        found.add(Finding("orphan", table, shown,
                          f"Tabel {table}: {n} rij(en) verwijzen naar {parent} die er niet meer is"
                          f" ({', '.join(cols)} = {shown}{' ...' if n > 5 else ''})."
                          + (" Een concept van een verwijderde kandidaat: u kunt het weggooien."
                             if level == WARNING else " Vergelijk met een reservekopie."),
                          f"Table {table}: {n} row(s) point at a {parent} row that is gone"
                          f" ({', '.join(cols)} = {shown}{' ...' if n > 5 else ''})."
                          + (" A draft of a deleted candidate: it can be thrown away."
                             if level == WARNING else " Compare with a backup."), level))


# The figures' facts recounted from the records, with the expressions of the triggers
# (schema_followup.py) and SQLite's check (checksums._FACT_CHECKS): each row is a record whose fact
# is missing, differs, or a fact without a record.
_FACTS: tuple[tuple[str, str, str, str, str], ...] = (
    ("fig_candidates", "candidates", "kandidaat", "candidate", """
        SELECT coalesce(c.id, f.candidate_id) FROM candidates c
        FULL JOIN fig_candidates f ON f.candidate_id = c.id
        WHERE c.id IS NULL OR f.candidate_id IS NULL
           OR f.region_code IS DISTINCT FROM c.region_code
           OR f.intake_date IS DISTINCT FROM c.intake_date OR f.status IS DISTINCT FROM c.status
           OR f.sample IS DISTINCT FROM
              coalesce(intake_desk_json_int(intake_desk_json(c.doc) -> 'sample'), 0)"""),
    ("fig_intakes", "intakes", "intake", "intake", """
        SELECT coalesce(i.id, f.intake_id)
        FROM (SELECT id, candidate_id, intake_date, intake_desk_json(doc) AS j FROM intakes) i
        FULL JOIN fig_intakes f ON f.intake_id = i.id
        WHERE i.id IS NULL OR f.intake_id IS NULL
           OR f.candidate_id IS DISTINCT FROM i.candidate_id
           OR f.intake_date IS DISTINCT FROM i.intake_date
           OR f.referrer IS DISTINCT FROM coalesce(i.j ->> 'referrer', '')
           OR f.crebo IS DISTINCT FROM coalesce(i.j #>> '{goals,0,crebo}', '')"""),
    ("fig_plans", "plan_versions", "planversie", "plan version", """
        SELECT coalesce(v.id, f.version_id)
        FROM (SELECT v.id, v.plan_id, v.version, p.candidate_id,
                     CASE WHEN jsonb_typeof(d.j #> '{route,steps}') = 'array'
                          THEN d.j #> '{route,steps}' ELSE '[]'::jsonb END AS st
              FROM plan_versions v LEFT JOIN plans p ON p.id = v.plan_id
              CROSS JOIN LATERAL (SELECT intake_desk_json(v.doc) AS j) d) v
        FULL JOIN (SELECT *, lead(created_on) OVER (PARTITION BY plan_id ORDER BY version) AS after
                   FROM fig_plans) f ON f.version_id = v.id
        WHERE v.id IS NULL OR f.version_id IS NULL
           OR f.plan_id IS DISTINCT FROM v.plan_id OR f.version IS DISTINCT FROM v.version
           OR f.candidate_id IS DISTINCT FROM v.candidate_id
           OR f.steps IS DISTINCT FROM jsonb_array_length(v.st)
           OR f.credential IS DISTINCT FROM ((v.st -> -1) ->> 'credential')
           OR f.leerweg IS DISTINCT FROM ((v.st -> -1) ->> 'leerweg')
           OR f.kind IS DISTINCT FROM ((v.st -> -1) ->> 'kind')
           OR f.level IS DISTINCT FROM intake_desk_json_int((v.st -> -1) -> 'level')
           OR f.next_on IS DISTINCT FROM f.after"""),
)


def _facts(db: PgDatabase, present: set[str], found: _Findings, group: str) -> None:
    damaged = {(f.table, f.key) for f in found.listed if f.part == "checksum"}
    for fact_table, table, what_nl, what_en, query in _FACTS:
        if fact_table not in present or table not in present:
            continue
        for (record_id,) in _stream(db, f"intake_check_{fact_table}", query):
            if (table, str(record_id)) in damaged:  # said once, as damaged
                continue
            found.add(Finding("facts", fact_table, str(record_id),
                              f"Cijfers bij {what_nl} {record_id}: kloppen niet met de opgeslagen"
                              " gegevens; de regionale cijfers kunnen afwijken. Vergelijk met een"
                              " reservekopie.",
                              f"Figures of {what_en} {record_id}: do not match the stored record;"
                              " the regional figures may be off. Compare with a backup."))


def _stream(db: PgDatabase, name: str, query: str) -> Iterable[tuple[Any, ...]]:
    with db.conn.cursor(name=name) as cursor:
        cursor.itersize = BATCH
        cursor.execute(query)
        yield from cursor
