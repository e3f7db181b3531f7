"""The PostgreSQL schema as named, append-only migrations of its own (SQLite's are `storage/migrations.py`).

The same rows as on SQLite, column for column, so a record's checksum (storage/checksums.py) is the
same on both backends and `migrate-to` can copy rows without re-encoding them:
- dates and times stay ISO text (`intake_date`, `updated_at`), and every JSON document stays the exact
  text SQLite holds (`doc TEXT`, not jsonb: jsonb rewrites the text, which would break the checksum;
  a jsonb expression index can be added where a filter needs one);
- `sort_key` and `id` compare byte by byte (`COLLATE "C"`), as SQLite's BINARY does, so the list's
  order and its pages are the same whatever locale the server was installed with;
- the search index is a generated `tsvector` (`search`) instead of FTS5: see `search_vector`.

A database with a migration this code does not know is refused (DatabaseTooNew), as on SQLite.
Migrating takes an advisory lock, so two desks starting at once do not both migrate.
"""

from __future__ import annotations

from ..checksums import COLUMNS
from ..errors import DatabaseTooNew
from . import schema_catalog, schema_followup, schema_merge, schema_watch
from .connection import PgDatabase, ServerUnsuitable

# The columns FTS5 indexes on SQLite (m001_foundation), in the same order.
SEARCHED = ("first_name", "tussenvoegsel", "surname", "town", "municipality", "goals", "notes", "folded")

# Text search configuration for names: `simple` (no stemming, no stop words: "Jansen" stays 'jansen'
# and "de" is kept, which `dutch` would stem or drop) with `unaccent` first ("Öz" -> 'oz').
CONFIG = "intake_names"


def search_vector() -> str:
    """The generated column's expression: each searched column as words, as FTS5's unicode61 splits
    them (every run of letters and digits is a word, so "Schmidt-Müller" is 'schmidt' 'muller' and
    "automonteur/chauffeur" two words, where PostgreSQL's parser would keep one token), then folded by
    `intake_names`. Between two columns stands a lexeme no query can ask for ('|': queries are made of
    letters and digits only), so a phrase ("schmidt-m") never spans two columns, as in FTS5."""
    parts = [f"to_tsvector('{CONFIG}'::regconfig,"
             f" regexp_replace({c}, '[^[:alnum:]]+', ' ', 'g'))" for c in SEARCHED]
    return " || '''|'':1'::tsvector || ".join(parts)


def _mergeable() -> str:
    return """
        id TEXT COLLATE "C" PRIMARY KEY,
        revision INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        installation_id TEXT NOT NULL"""


_M001 = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = simple)",
    f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} ALTER MAPPING FOR asciiword, word, hword, hword_part,"
    " asciihword, hword_asciipart, numword, numhword, hword_numpart WITH unaccent, simple",
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL, checksum BYTEA)",
    "CREATE TABLE advisors (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL)",
    f"""CREATE TABLE candidates ({_mergeable()},
        first_name TEXT NOT NULL,
        tussenvoegsel TEXT NOT NULL DEFAULT '',
        surname TEXT NOT NULL,
        sort_key TEXT COLLATE "C" NOT NULL,
        birth_date TEXT,
        town TEXT NOT NULL DEFAULT '',
        municipality TEXT NOT NULL DEFAULT '',
        region_code TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL,
        intake_date TEXT COLLATE "C" NOT NULL,
        goals TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        folded TEXT NOT NULL DEFAULT '',
        doc TEXT NOT NULL,
        checksum BYTEA,
        search TSVECTOR GENERATED ALWAYS AS ({search_vector()}) STORED
    )""",
    "CREATE INDEX candidates_sort ON candidates (sort_key, id)",
    "CREATE INDEX candidates_intake_date ON candidates (intake_date)",
    "CREATE INDEX candidates_status ON candidates (status, sort_key, id)",
    "CREATE INDEX candidates_birth ON candidates (birth_date)",
    "CREATE INDEX candidates_search ON candidates USING gin (search)",
    f"""CREATE TABLE intakes ({_mergeable()},
        candidate_id TEXT COLLATE "C" NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        intake_date TEXT COLLATE "C" NOT NULL,
        status TEXT NOT NULL,
        doc TEXT NOT NULL,
        checksum BYTEA
    )""",
    "CREATE INDEX intakes_candidate ON intakes (candidate_id, intake_date)",
    f"""CREATE TABLE plans ({_mergeable()},
        candidate_id TEXT COLLATE "C" NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        checksum BYTEA
    )""",
    "CREATE INDEX plans_candidate ON plans (candidate_id)",
    """CREATE TABLE plan_versions (
        id TEXT PRIMARY KEY,
        plan_id TEXT COLLATE "C" NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        installation_id TEXT NOT NULL,
        advisor_id TEXT,
        language TEXT NOT NULL DEFAULT 'nl',
        doc TEXT NOT NULL,
        checksum BYTEA,
        UNIQUE (plan_id, version)
    )""",
    """CREATE TABLE tombstones (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        revision INTEGER NOT NULL,
        deleted_at TEXT NOT NULL,
        installation_id TEXT NOT NULL
    )""",
    # The number is part of each entry's checksum, so it is drawn before the insert; a sequence gives
    # every desk its own, where SQLite's max(seq) + 1 would collide between two desks.
    "CREATE SEQUENCE audit_seq",
    """CREATE TABLE audit (
        seq BIGINT PRIMARY KEY,
        at TEXT NOT NULL,
        installation_id TEXT NOT NULL,
        advisor_id TEXT,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT,
        detail TEXT NOT NULL DEFAULT '',
        checksum BYTEA
    )""",
    "CREATE INDEX audit_entity ON audit (entity, entity_id)",
    """CREATE TABLE drafts (
        id TEXT PRIMARY KEY,
        candidate_id TEXT,
        form TEXT NOT NULL,
        updated_at TEXT COLLATE "C" NOT NULL,
        doc TEXT NOT NULL,
        checksum BYTEA
    )""",
    "CREATE INDEX drafts_updated ON drafts (updated_at)",
    "INSERT INTO meta (key, value) VALUES ('installation_id', gen_random_uuid()::text)",
]

# Each later part of the schema keeps its migrations beside the code that uses them (schema_*.py).
MIGRATIONS: list[tuple[str, list[str]]] = [
    ("pg001_foundation", _M001),
    *schema_catalog.MIGRATIONS,
    *schema_followup.MIGRATIONS,
    *schema_merge.MIGRATIONS,
    *schema_watch.MIGRATIONS,
    *schema_followup.MERGE_MIGRATIONS,  # pg006: needs pg004's merge clocks
]
KNOWN = [name for name, _ in MIGRATIONS]

# The checksummed columns must exist on this side too, in the same names (checked by the tests).
TABLES = ("candidates", "intakes", "plans", "plan_versions", "drafts", "audit", "settings")
assert all(t in COLUMNS for t in TABLES)

_LOCK = 0x1D_E5_19  # the advisory lock that serialises migrations (any constant of our own)


# The desks' group role (docs/postgresql.md): each desk logs in with a role of its own that is a member
# of it. Desks read and write records but cannot change the schema, and cannot change or remove what
# is append-only: the audit trail and saved plan versions (stronger than on a laptop, where the file
# itself is the boundary).
DESK_GROUP = "intake_desk"
_GRANTS = (
    ("SELECT, INSERT, UPDATE, DELETE", ("candidates", "intakes", "plans", "drafts")),
    ("SELECT, INSERT", ("plan_versions", "audit")),
    ("SELECT, INSERT, UPDATE", ("tombstones", "settings", "advisors")),
    ("SELECT", ("meta", "schema_migrations")),
    *schema_catalog.GRANTS,
    *schema_followup.GRANTS,
    *schema_merge.GRANTS,
    *schema_watch.GRANTS,
)
GRANTS = _GRANTS  # what `check` compares the group role's privileges with (postgres/check.py)
_SEQUENCES = ("audit_seq", *schema_catalog.SEQUENCES, *schema_followup.SEQUENCES,
              *schema_merge.SEQUENCES, *schema_watch.SEQUENCES)


def grant_desks(db: PgDatabase, group: str = DESK_GROUP) -> None:
    """Give the desks' group role (made by IT: `CREATE ROLE intake_desk NOLOGIN`) what a desk needs.
    Run by the schema's owner after `migrate`; running it again changes nothing."""
    from psycopg import sql

    role = sql.Identifier(group)
    with db.atomic():
        for privileges, tables in _GRANTS:
            db.conn.execute(sql.SQL("GRANT {} ON {} TO {}").format(
                sql.SQL(privileges), sql.SQL(", ").join(map(sql.Identifier, tables)), role))
        for sequence in _SEQUENCES:
            db.conn.execute(sql.SQL("GRANT USAGE ON SEQUENCE {} TO {}").format(
                sql.Identifier(sequence), role))


def check_server(db: PgDatabase) -> None:
    """Refuse a database the search would silently get wrong: one whose character type is not UTF-8
    (then lower('Ö') stays 'Ö' and [[:alnum:]] sees only ASCII letters), or without `unaccent`."""
    if db.scalar("SELECT lower('ÖΩ') = 'öω' AND 'ö' ~ '^[[:alnum:]]$'") is not True:
        raise ServerUnsuitable(
            "de database is niet in UTF-8 met een UTF-8-taalinstelling (LC_CTYPE) gemaakt."
            " Maak haar opnieuw met ENCODING 'UTF8' en LC_CTYPE 'C.UTF-8' of 'nl_NL.UTF-8'.",
            "the database was not created in UTF-8 with a UTF-8 character type (LC_CTYPE). Create it"
            " again with ENCODING 'UTF8' and LC_CTYPE 'C.UTF-8' or 'nl_NL.UTF-8'.")
    if db.scalar("SELECT count(*) FROM pg_available_extensions WHERE name = 'unaccent'") == 0:
        raise ServerUnsuitable(
            "de uitbreiding 'unaccent' ontbreekt op de server (Debian: pakket postgresql-contrib).",
            "the server lacks the 'unaccent' extension (Debian: package postgresql-contrib).")


def applied(db: PgDatabase) -> list[str]:
    if db.scalar("SELECT to_regclass('schema_migrations') IS NOT NULL") is not True:
        return []
    return [r[0] for r in db.fetchall("SELECT name FROM schema_migrations ORDER BY applied_at, name")]


def migrate(db: PgDatabase) -> list[str]:
    """Apply the migrations this database lacks, each in its own transaction; returns their names.

    Run by the role that owns the schema (docs/postgresql.md: the desks' roles cannot create tables).
    """
    check_server(db)
    done: list[str] = []
    with db.atomic():
        db.execute("SELECT pg_advisory_xact_lock(%s)", [_LOCK])
        db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY,"
                   " applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
        have = applied(db)
        unknown = [n for n in have if n not in KNOWN]
        if unknown:
            raise DatabaseTooNew(_where(db), unknown)  # type: ignore[arg-type]
        for name, statements in MIGRATIONS:
            if name in have:
                continue
            with db.atomic():
                for statement in statements:
                    db.execute(statement)
                db.execute("INSERT INTO schema_migrations (name) VALUES (%s)", [name])
            done.append(name)
    return done


def _where(db: PgDatabase) -> str:
    info = db.conn.info
    return f"postgresql://{info.host}:{info.port}/{info.dbname}"
