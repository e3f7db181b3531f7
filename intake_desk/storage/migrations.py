"""The schema, as named, append-only migrations. Never edit or reorder one that has shipped.

Records that are merged between laptops (candidates, intakes, plans) carry a UUID, a revision, created
and updated times and the installation id; their deletes leave a tombstone. Personal data lives only in
candidates, intakes, drafts and plan_versions; the audit log holds ids.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("intake_desk")
KNOWN: list[str] = []


def migration(name: str) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
    """Register a migration; KNOWN keeps the names so a newer database can be recognised."""
    KNOWN.append(name)
    return migrations(name=name)  # type: ignore[no-any-return]

_MERGEABLE = """
    id TEXT PRIMARY KEY,
    revision INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    installation_id TEXT NOT NULL
"""


@migration("m001_foundation")
def m001_foundation(db: Database) -> None:
    db.executescript(
        f"""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE advisors (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL);

        CREATE TABLE candidates (
            {_MERGEABLE},
            first_name TEXT NOT NULL,
            tussenvoegsel TEXT NOT NULL DEFAULT '',
            surname TEXT NOT NULL,
            sort_key TEXT NOT NULL,
            birth_date TEXT,
            town TEXT NOT NULL DEFAULT '',
            municipality TEXT NOT NULL DEFAULT '',
            region_code TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            intake_date TEXT NOT NULL,
            goals TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            folded TEXT NOT NULL DEFAULT '',
            doc TEXT NOT NULL
        );
        CREATE INDEX candidates_sort ON candidates(sort_key);
        CREATE INDEX candidates_intake_date ON candidates(intake_date);
        CREATE INDEX candidates_status ON candidates(status, sort_key);
        CREATE INDEX candidates_birth ON candidates(birth_date);

        CREATE TABLE intakes (
            {_MERGEABLE},
            candidate_id TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            intake_date TEXT NOT NULL,
            status TEXT NOT NULL,
            doc TEXT NOT NULL
        );
        CREATE INDEX intakes_candidate ON intakes(candidate_id, intake_date);

        CREATE TABLE plans (
            {_MERGEABLE},
            candidate_id TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE
        );
        CREATE INDEX plans_candidate ON plans(candidate_id);
        CREATE TABLE plan_versions (
            id TEXT PRIMARY KEY,
            plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            installation_id TEXT NOT NULL,
            advisor_id TEXT,
            language TEXT NOT NULL DEFAULT 'nl',
            doc TEXT NOT NULL,
            UNIQUE (plan_id, version)
        );

        CREATE TABLE tombstones (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            revision INTEGER NOT NULL,
            deleted_at TEXT NOT NULL,
            installation_id TEXT NOT NULL
        );

        CREATE TABLE audit (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            installation_id TEXT NOT NULL,
            advisor_id TEXT,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT,
            detail TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX audit_entity ON audit(entity, entity_id);

        CREATE TABLE drafts (
            id TEXT PRIMARY KEY,
            candidate_id TEXT,
            form TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            doc TEXT NOT NULL
        );

        CREATE TABLE regions (code TEXT PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE catalog_items (
            code TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            level INTEGER,
            sector TEXT NOT NULL DEFAULT '',
            part_of TEXT NOT NULL DEFAULT '',
            sample INTEGER NOT NULL DEFAULT 0,
            doc TEXT NOT NULL
        );
        CREATE TABLE offerings (
            code TEXT PRIMARY KEY,
            item_code TEXT NOT NULL REFERENCES catalog_items(code),
            provider TEXT NOT NULL,
            location TEXT NOT NULL,
            region_code TEXT NOT NULL,
            leerweg TEXT NOT NULL,
            weeks INTEGER NOT NULL,
            hours_per_week REAL NOT NULL,
            cost_cents INTEGER NOT NULL,
            sample INTEGER NOT NULL DEFAULT 0,
            doc TEXT NOT NULL
        );
        CREATE INDEX offerings_item ON offerings(item_code);
        CREATE INDEX offerings_region ON offerings(region_code);
        CREATE TABLE demand (
            region_code TEXT NOT NULL,
            crebo TEXT NOT NULL DEFAULT '',
            occupation TEXT NOT NULL DEFAULT '',
            rating INTEGER NOT NULL,
            indicator REAL,
            source TEXT NOT NULL,
            as_of TEXT NOT NULL,
            sample INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (region_code, crebo, occupation)
        );
        CREATE TABLE funding_schemes (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            open_from TEXT,
            open_until TEXT,
            sample INTEGER NOT NULL DEFAULT 0,
            doc TEXT NOT NULL
        );
        """
    )
    db.table("candidates").enable_fts(
        ["first_name", "tussenvoegsel", "surname", "town", "municipality", "goals", "notes",
         "folded"],
        fts_version="FTS5",
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )
