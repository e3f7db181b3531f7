"""PostgreSQL migrations for the school's catalog (items, offerings, regions, demand, funding), and the
indexes the catalog tab and the advisor's day ("Vandaag") need.

Appended to `schema.MIGRATIONS` after pg001_foundation; named, append-only, each one transaction.

The tables are SQLite's (storage/migrations.py: m001 made them, m004 gave them their checksum), column
for column and in the same types as far as a value's checksum can tell (storage/checksums.py tags
each value with its type): whole numbers stay `INTEGER`/`BIGINT` (SQLite's INTEGER is 64 bits,
so `cost_cents` is BIGINT), `REAL` becomes `DOUBLE PRECISION` (8 bytes, as SQLite's REAL; `real`
has 4 and would give back 26.3 hours as 26.299999237...), `sample` stays a number (0/1), not a
boolean, and `doc` stays the exact JSON text (not jsonb, which rewrites it and would break the
checksum). So a row copies unchanged between the stores and verifies on both.

Every text column compares byte by byte (`COLLATE "C"`), as SQLite's BINARY does: the catalog tab's
pages are ordered by title, region and code, and `load` by code, identically on both stores whatever
locale the server was installed with.

The catalog's revision (storage/catalog.py `revision`: a fresh random value on every catalog write)
lives in `catalog_meta`, not in `meta`: the desks' role may write the catalog (an advisor imports the
school's file at a desk), but not `meta`, which holds the server's installation id.
"""

from __future__ import annotations

# The months an offering can start in, read from its stored schedule as the catalog tab's month
# filter on SQLite reads it (storage/catalog_reads.py: json_extract and json_each): each whole number
# in `months`, and the month of each date in `dates` (the leading digits after "YYYY-"); 0 stands for
# `monthly` (true or 1), which matches any month asked for. Kept beside the row as a generated
# column, so the filter does not decode 5,000 JSON documents each time it is asked. Written with
# plain expressions only (no query inside: a query per row made writing the catalog three times
# slower). A document that is not JSON (damaged) gives NULL instead of failing the write: a damaged
# row must still copy (migrate-to) and be reported by its checksum.
_START_MONTHS = r"""CREATE FUNCTION catalog_start_months(doc TEXT) RETURNS INTEGER[]
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $f$
DECLARE
    s JSONB;
    a JSONB;
    part TEXT;
    m NUMERIC;
    found INTEGER[] := '{}';
BEGIN
    BEGIN
        s := doc::jsonb -> 'schedule';
    EXCEPTION WHEN data_exception THEN
        RETURN NULL;
    END;
    IF s -> 'monthly' IN ('true'::jsonb, '1'::jsonb) THEN
        found := found || 0;
    END IF;
    FOREACH part IN ARRAY ARRAY['months', 'dates'] LOOP
        a := s -> part;
        -- what SQLite's json_each walks: an array's elements, an object's values, a value itself
        a := CASE WHEN a IS NULL THEN '[]'::jsonb WHEN jsonb_typeof(a) = 'array' THEN a
                  WHEN jsonb_typeof(a) = 'object' THEN jsonb_path_query_array(a, '$.*')
                  ELSE jsonb_build_array(a) END;
        FOR k IN 0 .. jsonb_array_length(a) - 1 LOOP
            IF part = 'months' THEN
                m := CASE WHEN jsonb_typeof(a -> k) = 'number' THEN (a ->> k)::numeric END;
            ELSE
                m := substring(substr(a ->> k, 6, 2) FROM '^[0-9]+')::numeric;
            END IF;
            IF m = trunc(m) AND m BETWEEN 1 AND 2147483647 THEN
                found := found || m::integer;
            END IF;
        END LOOP;
    END LOOP;
    RETURN found;
END
$f$"""

_TABLES = [
    _START_MONTHS,
    'CREATE TABLE regions (code TEXT COLLATE "C" PRIMARY KEY, name TEXT COLLATE "C" NOT NULL,'
    " checksum BYTEA)",
    """CREATE TABLE catalog_items (
        code TEXT COLLATE "C" PRIMARY KEY,
        kind TEXT COLLATE "C" NOT NULL,
        title TEXT COLLATE "C" NOT NULL,
        level INTEGER,
        sector TEXT COLLATE "C" NOT NULL DEFAULT '',
        part_of TEXT COLLATE "C" NOT NULL DEFAULT '',
        sample INTEGER NOT NULL DEFAULT 0,
        doc TEXT NOT NULL,
        checksum BYTEA
    )""",
    """CREATE TABLE offerings (
        code TEXT COLLATE "C" PRIMARY KEY,
        item_code TEXT COLLATE "C" NOT NULL REFERENCES catalog_items(code),
        provider TEXT COLLATE "C" NOT NULL,
        location TEXT COLLATE "C" NOT NULL,
        region_code TEXT COLLATE "C" NOT NULL,
        leerweg TEXT COLLATE "C" NOT NULL,
        weeks INTEGER NOT NULL,
        hours_per_week DOUBLE PRECISION NOT NULL,
        cost_cents BIGINT NOT NULL,
        sample INTEGER NOT NULL DEFAULT 0,
        doc TEXT NOT NULL,
        checksum BYTEA,
        start_months INTEGER[] GENERATED ALWAYS AS (catalog_start_months(doc)) STORED
    )""",
    """CREATE TABLE demand (
        region_code TEXT COLLATE "C" NOT NULL,
        crebo TEXT COLLATE "C" NOT NULL DEFAULT '',
        occupation TEXT COLLATE "C" NOT NULL DEFAULT '',
        rating INTEGER NOT NULL,
        indicator DOUBLE PRECISION,
        source TEXT COLLATE "C" NOT NULL,
        as_of TEXT COLLATE "C" NOT NULL,
        sample INTEGER NOT NULL DEFAULT 0,
        checksum BYTEA,
        PRIMARY KEY (region_code, crebo, occupation)
    )""",
    """CREATE TABLE funding_schemes (
        code TEXT COLLATE "C" PRIMARY KEY,
        name TEXT COLLATE "C" NOT NULL,
        open_from TEXT COLLATE "C",
        open_until TEXT COLLATE "C",
        sample INTEGER NOT NULL DEFAULT 0,
        doc TEXT NOT NULL,
        checksum BYTEA
    )""",
    "CREATE TABLE catalog_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
]

_INDEXES = [
    # as on SQLite: an offering's item and region (the matcher, the tab's region filter)
    "CREATE INDEX offerings_item ON offerings (item_code)",
    "CREATE INDEX offerings_region ON offerings (region_code)",
    # the catalog tab: its filters on the item and its order (title, region, code)
    "CREATE INDEX catalog_items_title ON catalog_items (title, code)",
    "CREATE INDEX catalog_items_sector ON catalog_items (sector)",
    "CREATE INDEX catalog_items_kind ON catalog_items (kind, level)",
    "CREATE INDEX catalog_items_sample ON catalog_items (code) WHERE sample = 1",
    "CREATE INDEX offerings_start_months ON offerings USING gin (start_months)",
    # the day's lists (storage/postgres/worklist.py, plan_days.py): quick and concept intakes oldest
    # first, complete ones newest first; the intakes of a day; the plan versions saved on a day.
    "CREATE INDEX candidates_status_intake ON candidates (status, intake_date, sort_key, id)",
    "CREATE INDEX intakes_date ON intakes (intake_date, candidate_id)",
    'CREATE INDEX plan_versions_created ON plan_versions ((created_at COLLATE "C"))',
]

MIGRATIONS: list[tuple[str, list[str]]] = [("pg002_catalog", [*_TABLES, *_INDEXES])]

# (privileges, tables) the desks' group role gets on this part's tables (see schema.grant_desks).
# A desk imports the school's catalog (upserts: INSERT and UPDATE), and never deletes from it: no
# function of the catalog store does.
GRANTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("SELECT, INSERT, UPDATE", ("regions", "catalog_items", "offerings", "demand", "funding_schemes",
                                "catalog_meta")),
)
# Sequences the desks use (GRANT USAGE).
SEQUENCES: tuple[str, ...] = ()

# What `migrate-to` (migrate.py) copies of this part: the catalog as the laptop stores it (every row
# with its checksum), in the order of the foreign key (items before offerings), each read in key
# order. Copied only into a server without a catalog of its own (migrate.py says why).
MOVED_TABLES = ("regions", "catalog_items", "offerings", "demand", "funding_schemes")
MOVED_KEYS = {"regions": "code", "catalog_items": "code", "offerings": "code",
              "demand": "region_code, crebo, occupation", "funding_schemes": "code"}
