"""PostgreSQL migrations for fair merge state, enrolment keys, consent events and the erasure log.

Appended to `schema.MIGRATIONS` after pg001_foundation; named, append-only, each one transaction.

`pg004_merge` is SQLite's m005_merge (storage/merge.py `SCHEMA`), m006_privacy (consent_events) and
m008_enrolment (bundle keys) in one step, column for column, so a row and its checksum
(storage/checksums.py) are the same on both stores and `migrate-to` copies them unchanged. Where the
server differs, and why:

- `merge_clocks` and `merge_seen` (server only): on a laptop the installation's write counter, its
  clock stamp and what it has seen of others are `meta` values, because one file has one
  installation. A server holds several desks, each an installation of its own (connection.py), so
  each has its counter and clock in a row of its own, taken under that row's lock: two desks never
  draw the same number, and two processes of one desk neither. `merge_seen` holds the highest write
  of each peer merged here, a row per peer, raised with `greatest`, so two imports at once cannot
  lower it.
- `bundle_own_keys` is keyed by installation id (SQLite: one row, `id = 1`): each desk on the server
  has keys of its own, as it has an installation id of its own.
- the append-only rule of `consent_events` is a trigger, as on SQLite, and also a privilege: the
  desks may only read and add (GRANTS). An erasure removes a person's events through the foreign
  key's ON DELETE CASCADE, which PostgreSQL runs as the table's owner.
- existing candidates get their merge state when it is first needed (`merge.backfill`, called by
  `stamp_pending` and by an update), not in the migration: each row's checksum is computed by the
  application (BLAKE2b), which SQL cannot do. Their consent becomes events here, as m006 does.
"""

from __future__ import annotations

_REFUSE = "consent_events is append-only: add a new event instead"

_PG004 = [
    """CREATE TABLE merge_state (
        id TEXT COLLATE "C" PRIMARY KEY,
        vector TEXT NOT NULL,
        base TEXT NOT NULL,
        writes TEXT NOT NULL,
        fields TEXT NOT NULL DEFAULT '{}',
        conflicts INTEGER NOT NULL DEFAULT 0,
        deleted TEXT,
        checksum BYTEA
    )""",
    "CREATE INDEX merge_state_conflicts ON merge_state (id) WHERE conflicts > 0",
    """CREATE TABLE merge_siblings (
        candidate_id TEXT COLLATE "C" NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        field TEXT COLLATE "C" NOT NULL,
        dot TEXT COLLATE "C" NOT NULL,
        value TEXT NOT NULL,
        checksum BYTEA,
        PRIMARY KEY (candidate_id, field, dot)
    )""",
    """CREATE TABLE merge_resolved (
        candidate_id TEXT COLLATE "C" NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        field TEXT COLLATE "C" NOT NULL,
        options TEXT NOT NULL,
        checksum BYTEA,
        PRIMARY KEY (candidate_id, field)
    )""",
    """CREATE TABLE merge_notices (
        record_id TEXT COLLATE "C" PRIMARY KEY,
        installations TEXT NOT NULL,
        at TEXT NOT NULL
    )""",
    """CREATE TABLE merge_duplicates (
        a TEXT COLLATE "C" NOT NULL,
        b TEXT COLLATE "C" NOT NULL,
        score DOUBLE PRECISION NOT NULL,
        status TEXT NOT NULL DEFAULT 'open',
        at TEXT NOT NULL,
        PRIMARY KEY (a, b)
    )""",
    "CREATE TABLE merge_peers (peer_id TEXT PRIMARY KEY, vector TEXT NOT NULL, at TEXT NOT NULL)",
    """CREATE TABLE merge_audit_origin (
        seq BIGINT PRIMARY KEY,
        installation_id TEXT NOT NULL,
        counter BIGINT NOT NULL,
        UNIQUE (installation_id, counter)
    )""",
    """CREATE TABLE merge_plan_versions (
        version_id TEXT COLLATE "C" PRIMARY KEY,
        installation_id TEXT NOT NULL,
        counter BIGINT NOT NULL,
        hlc TEXT NOT NULL,
        checksum BYTEA
    )""",
    """CREATE TABLE merge_clocks (
        installation_id TEXT PRIMARY KEY,
        counter BIGINT NOT NULL DEFAULT 0,
        hlc TEXT
    )""",
    # what this database has seen of other installations (SQLite: meta `merge_vector`), a row each
    "CREATE TABLE merge_seen (installation_id TEXT PRIMARY KEY, counter BIGINT NOT NULL)",
    # m006_privacy
    """CREATE TABLE consent_events (
        id TEXT PRIMARY KEY,
        candidate_id TEXT COLLATE "C" NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        purpose TEXT NOT NULL,
        given INTEGER NOT NULL CHECK (given IN (0, 1)),
        on_date TEXT NOT NULL,
        text_version TEXT NOT NULL,
        advisor_id TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL,
        installation_id TEXT NOT NULL,
        UNIQUE (candidate_id, seq)
    )""",
    f"""CREATE FUNCTION consent_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' OR EXISTS (SELECT 1 FROM candidates WHERE id = OLD.candidate_id) THEN
            RAISE EXCEPTION '{_REFUSE}';
        END IF;
        RETURN OLD;
    END $$""",
    "CREATE TRIGGER consent_events_append_only BEFORE UPDATE OR DELETE ON consent_events"
    " FOR EACH ROW EXECUTE FUNCTION consent_events_append_only()",
    # The newest intake's consent, one event per purpose, numbered per candidate (as m006).
    """INSERT INTO consent_events (id, candidate_id, seq, purpose, given, on_date, text_version,
                                   advisor_id, recorded_at, installation_id)
    SELECT replace(gen_random_uuid()::text, '-', ''), n.candidate_id,
           row_number() OVER (PARTITION BY n.candidate_id ORDER BY p.value COLLATE "C"), p.value, 1,
           coalesce(n.doc::jsonb #>> '{consent,date}', n.intake_date), 'onbekend', '',
           to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), n.installation_id
    FROM (SELECT i.candidate_id, i.doc, i.intake_date, i.installation_id,
                 row_number() OVER (PARTITION BY i.candidate_id
                                    ORDER BY i.intake_date DESC, i.updated_at DESC) AS k
          FROM intakes i) n,
         jsonb_array_elements_text(CASE WHEN jsonb_typeof(n.doc::jsonb #> '{consent,purposes}')
                                        = 'array' THEN n.doc::jsonb #> '{consent,purposes}'
                                        ELSE '[]'::jsonb END) p(value)
    WHERE n.k = 1 AND n.doc::jsonb #>> '{consent,given}' IN ('1', 'true')""",
    # m008_enrolment, keyed by installation (above)
    """CREATE TABLE bundle_own_keys (
        installation_id TEXT PRIMARY KEY,
        role TEXT NOT NULL DEFAULT 'laptop',
        sign_private BYTEA NOT NULL,
        box_private BYTEA NOT NULL,
        created_at TEXT NOT NULL,
        checksum BYTEA NOT NULL
    )""",
    """CREATE TABLE bundle_peers (
        installation_id TEXT PRIMARY KEY,
        role TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        sign_public BYTEA NOT NULL,
        box_public BYTEA NOT NULL,
        enrolled_at TEXT NOT NULL,
        checksum BYTEA NOT NULL
    )""",
]

MIGRATIONS: list[tuple[str, list[str]]] = [("pg004_merge", _PG004)]

# (privileges, tables) the desks' group role gets on this part's tables (see schema.grant_desks).
# consent_events: read and add only (an erasure empties it through the cascade, as the owner).
GRANTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("SELECT, INSERT, UPDATE, DELETE", ("merge_state", "merge_siblings", "merge_resolved",
                                         "merge_notices", "merge_duplicates", "merge_peers",
                                         "bundle_peers")),
    ("SELECT, INSERT, UPDATE", ("merge_clocks", "merge_seen", "bundle_own_keys")),
    ("SELECT, INSERT", ("merge_audit_origin", "merge_plan_versions", "consent_events")),
)
# Sequences the desks use (GRANT USAGE).
SEQUENCES: tuple[str, ...] = ()
