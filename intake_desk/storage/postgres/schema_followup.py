"""PostgreSQL migrations for follow-up (stage history, next contacts) and the figures' fact tables.

Appended to `schema.MIGRATIONS` after pg001_foundation; named, append-only, each one transaction.

`pg003_followup` is SQLite's m003_followup and m007_stage_corrections in one: the same tables and
columns (none of them carries a checksum on SQLite either), so `migrate-to` copies the history,
corrections and follow-up state row for row. The fact tables (`fig_*`) are derived, as on SQLite, by
triggers on the records in the same transaction as each write: whoever writes a candidate, an intake
or a plan version (postgres/candidates.py, plans.py, a `migrate-to` COPY, a desk's own SQL) cannot
leave the figures behind, and no Python module has to remember them. The trigger functions run as
the schema's owner (SECURITY DEFINER), so a desk's role may only read the facts: a desk cannot
change a count except by changing the record it comes from.

The expressions follow m003's one for one (`json_extract` -> jsonb operators on the stored text),
including its care for damage: a document that is not JSON gives NULL facts, never a failed write.
One difference, on purpose: a plan version's `next_on` is set from its neighbours by number, not in
the order the rows arrive, so a COPY in any order (migrate-to reads plan_versions by id) gives the
same facts as versions saved one after the other.
"""

from __future__ import annotations

# A document's JSON, or NULL when the stored text does not parse (SQLite's `json_valid` guard).
_JSON = """
CREATE FUNCTION intake_desk_json(doc text) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN doc::jsonb;
EXCEPTION WHEN data_exception THEN
    RETURN NULL;
END $$"""

# The integer SQLite's json_extract gives for a JSON value in an INTEGER column (true -> 1), or NULL.
_INT = """
CREATE FUNCTION intake_desk_json_int(v jsonb) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE jsonb_typeof(v)
        WHEN 'boolean' THEN (v #>> '{}')::boolean::integer
        WHEN 'number' THEN (v #>> '{}')::numeric::integer
        WHEN 'string' THEN CASE WHEN v #>> '{}' ~ '^-?[0-9]+$' THEN (v #>> '{}')::integer END
    END
$$"""

# SQLite's triggers refuse with RAISE(ABORT, ...); the same words here. A DELETE is let through once
# the candidate is gone: deleting a person removes their history (ON DELETE CASCADE).
_APPEND_ONLY = """
CREATE FUNCTION followup_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM candidates WHERE id = OLD.candidate_id) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION '% is append-only: add a new % instead', TG_TABLE_NAME, TG_ARGV[0]
        USING ERRCODE = 'integrity_constraint_violation';
END $$"""


def _refuse(table: str, word: str) -> list[str]:
    return [f"CREATE TRIGGER {table}_append_only_update BEFORE UPDATE ON {table}"
            f" FOR EACH ROW EXECUTE FUNCTION followup_append_only('{word}')",
            f"CREATE TRIGGER {table}_append_only_delete BEFORE DELETE ON {table}"
            f" FOR EACH ROW EXECUTE FUNCTION followup_append_only('{word}')"]


_DEFINER = "LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT"

_CANDIDATE_FACT = f"""
CREATE FUNCTION fig_candidate_of(r candidates) RETURNS void {_DEFINER} AS $$
BEGIN
    INSERT INTO fig_candidates (candidate_id, region_code, sample, intake_date, status)
    VALUES (r.id, r.region_code,
            coalesce(intake_desk_json_int(intake_desk_json(r.doc) -> 'sample'), 0),
            r.intake_date, r.status)
    ON CONFLICT (candidate_id) DO UPDATE SET region_code = excluded.region_code,
        sample = excluded.sample, intake_date = excluded.intake_date, status = excluded.status;
END $$"""

_INTAKE_FACT = f"""
CREATE FUNCTION fig_intake_of(r intakes) RETURNS void {_DEFINER} AS $$
DECLARE
    j jsonb := intake_desk_json(r.doc);
BEGIN
    INSERT INTO fig_intakes (intake_id, candidate_id, intake_date, referrer, crebo)
    VALUES (r.id, r.candidate_id, r.intake_date, coalesce(j ->> 'referrer', ''),
            coalesce(j #>> '{{goals,0,crebo}}', ''))
    ON CONFLICT (intake_id) DO UPDATE SET candidate_id = excluded.candidate_id,
        intake_date = excluded.intake_date, referrer = excluded.referrer, crebo = excluded.crebo;
END $$"""

# A plan version's facts: the goal step (the last), the funding codes of all steps (distinct,
# sorted byte-wise as SQLite sorts, comma-separated), the day it is dated (its document's
# `created_on`, else the day of `created_at` in the session's time zone, as SQLite's 'localtime'),
# and `next_on`, the day the plan's next version is dated (NULL while it is the newest).
_PLAN_FACT = f"""
CREATE FUNCTION fig_plan_of(r plan_versions) RETURNS void {_DEFINER} AS $$
DECLARE
    j jsonb := intake_desk_json(r.doc);
    st jsonb;
    goal jsonb;
    made text;
    later text;
BEGIN
    st := CASE WHEN jsonb_typeof(j #> '{{route,steps}}') = 'array'
                  THEN j #> '{{route,steps}}' ELSE '[]'::jsonb END;
    goal := st -> -1;
    made := coalesce(j ->> 'created_on',
                     ((r.created_at::timestamptz) AT TIME ZONE current_setting('TimeZone'))::date::text);
    UPDATE fig_plans SET next_on = made
     WHERE plan_id = r.plan_id AND version = (SELECT max(version) FROM fig_plans
                                                 WHERE plan_id = r.plan_id AND version < r.version);
    SELECT created_on INTO later FROM fig_plans
     WHERE plan_id = r.plan_id AND version > r.version ORDER BY version LIMIT 1;
    INSERT INTO fig_plans (version_id, plan_id, candidate_id, version, created_on, steps, credential,
                           leerweg, kind, level, funding, next_on)
    VALUES (r.id, r.plan_id, (SELECT candidate_id FROM plans WHERE id = r.plan_id), r.version,
            made, jsonb_array_length(st), goal ->> 'credential', goal ->> 'leerweg',
            goal ->> 'kind', intake_desk_json_int(goal -> 'level'),
            coalesce((SELECT string_agg(code, ',' ORDER BY code COLLATE "C")
                        FROM (SELECT DISTINCT s ->> 'funding_code' AS code
                                FROM jsonb_array_elements(st) s
                               WHERE jsonb_typeof(s) = 'object'
                                 AND coalesce(s ->> 'funding_code', '') <> '') f), ''),
            later)
    ON CONFLICT (version_id) DO UPDATE SET plan_id = excluded.plan_id,
        candidate_id = excluded.candidate_id, version = excluded.version,
        created_on = excluded.created_on, steps = excluded.steps, credential = excluded.credential,
        leerweg = excluded.leerweg, kind = excluded.kind, level = excluded.level,
        funding = excluded.funding, next_on = excluded.next_on;
END $$"""


def _trigger_function(name: str, fact: str) -> str:
    """The trigger that keeps a fact: the fact's function (also used to fill the table) on NEW."""
    return (f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$"
            f" BEGIN PERFORM {fact}(NEW); RETURN NULL; END $$")


_PG003 = [
    _JSON,
    _INT,
    _APPEND_ONLY,
    # m003_followup: the trajectory's history (append-only) and each candidate's follow-up state
    """CREATE TABLE stage_changes (
        id TEXT COLLATE "C" PRIMARY KEY,
        candidate_id TEXT COLLATE "C" NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        from_stage TEXT,
        to_stage TEXT NOT NULL,
        on_date TEXT COLLATE "C" NOT NULL,
        reason TEXT,
        credential TEXT,
        advisor_id TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL,
        installation_id TEXT NOT NULL,
        UNIQUE (candidate_id, seq)
    )""",
    # covering: the figures count a year of changes from the index alone
    "CREATE INDEX stage_changes_on ON stage_changes (on_date, to_stage, reason, credential,"
    " candidate_id)",
    *_refuse("stage_changes", "change"),
    """CREATE TABLE followup (
        candidate_id TEXT COLLATE "C" PRIMARY KEY REFERENCES candidates(id) ON DELETE CASCADE,
        stage TEXT,
        stage_on TEXT COLLATE "C",
        next_contact TEXT COLLATE "C",
        next_note TEXT NOT NULL DEFAULT '',
        last_contact TEXT COLLATE "C",
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX followup_next ON followup (next_contact) WHERE next_contact IS NOT NULL",
    "CREATE INDEX followup_stage ON followup (stage)",
    # m003's fact tables for the regional figures (storage/figures.py reads them)
    """CREATE TABLE fig_candidates (
        candidate_id TEXT COLLATE "C" PRIMARY KEY REFERENCES candidates(id) ON DELETE CASCADE,
        region_code TEXT NOT NULL,
        sample INTEGER NOT NULL,
        intake_date TEXT COLLATE "C" NOT NULL,
        status TEXT NOT NULL
    )""",
    "CREATE INDEX fig_candidates_region ON fig_candidates (region_code)",
    # the silent worklist walks candidates by intake date without reading their wide rows
    "CREATE INDEX fig_candidates_intake ON fig_candidates (intake_date, candidate_id, status)",
    "CREATE INDEX fig_candidates_sample ON fig_candidates (sample) WHERE sample = 1",
    """CREATE TABLE fig_intakes (
        intake_id TEXT COLLATE "C" PRIMARY KEY REFERENCES intakes(id) ON DELETE CASCADE,
        candidate_id TEXT COLLATE "C" NOT NULL,
        intake_date TEXT COLLATE "C" NOT NULL,
        referrer TEXT NOT NULL,
        crebo TEXT NOT NULL
    )""",
    "CREATE INDEX fig_intakes_date ON fig_intakes (intake_date, referrer, crebo, candidate_id)",
    """CREATE TABLE fig_plans (
        version_id TEXT COLLATE "C" PRIMARY KEY REFERENCES plan_versions(id) ON DELETE CASCADE,
        plan_id TEXT COLLATE "C" NOT NULL,
        candidate_id TEXT COLLATE "C",
        version INTEGER NOT NULL,
        created_on TEXT COLLATE "C" NOT NULL,
        steps INTEGER NOT NULL,
        credential TEXT,
        leerweg TEXT,
        kind TEXT,
        level INTEGER,
        funding TEXT NOT NULL DEFAULT '',
        next_on TEXT COLLATE "C"
    )""",
    # covering, in the order the figures group by (day first)
    "CREATE INDEX fig_plans_on ON fig_plans (created_on, steps, credential, leerweg, kind, level,"
    " funding, next_on, candidate_id)",
    "CREATE INDEX fig_plans_plan ON fig_plans (plan_id, version)",
    "CREATE INDEX fig_plans_candidate ON fig_plans (candidate_id, created_on)",
    _CANDIDATE_FACT,
    _INTAKE_FACT,
    _PLAN_FACT,
    _trigger_function("fig_candidate_fact", "fig_candidate_of"),
    _trigger_function("fig_intake_fact", "fig_intake_of"),
    _trigger_function("fig_plan_fact", "fig_plan_of"),
    "CREATE TRIGGER fig_candidates_insert AFTER INSERT ON candidates"
    " FOR EACH ROW EXECUTE FUNCTION fig_candidate_fact()",
    "CREATE TRIGGER fig_candidates_update AFTER UPDATE OF region_code, doc, intake_date, status"
    " ON candidates FOR EACH ROW EXECUTE FUNCTION fig_candidate_fact()",
    "CREATE TRIGGER fig_intakes_insert AFTER INSERT ON intakes"
    " FOR EACH ROW EXECUTE FUNCTION fig_intake_fact()",
    "CREATE TRIGGER fig_intakes_update AFTER UPDATE OF intake_date, doc ON intakes"
    " FOR EACH ROW EXECUTE FUNCTION fig_intake_fact()",
    "CREATE TRIGGER fig_plans_insert AFTER INSERT ON plan_versions"
    " FOR EACH ROW EXECUTE FUNCTION fig_plan_fact()",
    # what the server held before this migration (pg001's records), as the triggers would have
    """DO $$ DECLARE v plan_versions; BEGIN
        PERFORM fig_candidate_of(c) FROM candidates c;
        PERFORM fig_intake_of(i) FROM intakes i;
        FOR v IN SELECT * FROM plan_versions ORDER BY plan_id, version LOOP
            PERFORM fig_plan_of(v);
        END LOOP;
    END $$""",
    # m007_stage_corrections: a mistaken change and its correction, paired; both skipped by figures
    """CREATE TABLE stage_corrections (
        change_id TEXT COLLATE "C" PRIMARY KEY REFERENCES stage_changes(id) ON DELETE CASCADE,
        correction_id TEXT COLLATE "C" NOT NULL UNIQUE REFERENCES stage_changes(id) ON DELETE CASCADE,
        candidate_id TEXT COLLATE "C" NOT NULL REFERENCES candidates(id) ON DELETE CASCADE
    )""",
    "CREATE INDEX stage_corrections_candidate ON stage_corrections (candidate_id)",
    *_refuse("stage_corrections", "correction"),
]

MIGRATIONS: list[tuple[str, list[str]]] = [("pg003_followup", _PG003)]

# pg006_followup_merge: SQLite's m009_followup_merge (follow-up travels in fair bundles, issue 16;
# storage/followup.py says why): every stage change a write (merge counter, clock stamp, what it had
# seen), the one history order (day, stamp, installation, id), the next contact as a register of
# writes (`followup_merge`) and the advisor's "keep the stage shown" (`stage_resolutions`). Existing
# changes become writes of the desk that made them, numbered after its counter in `merge_clocks`
# (pg004), stamped from when they were recorded and, within one millisecond, by their number; each
# follow-up state a write of the server's own installation. Wired after pg005 (schema.py), as it
# needs pg004's clocks; the append-only trigger is set aside for the stamping only.
_MS = "(extract(epoch FROM {col}::timestamptz) * 1000)::bigint"
_PG006 = [
    "ALTER TABLE stage_changes DISABLE TRIGGER stage_changes_append_only_update",
    "ALTER TABLE stage_changes ADD COLUMN counter BIGINT NOT NULL DEFAULT 0,"
    " ADD COLUMN hlc TEXT COLLATE \"C\" NOT NULL DEFAULT '', ADD COLUMN seen TEXT NOT NULL DEFAULT '{}'",
    "INSERT INTO merge_clocks (installation_id) SELECT DISTINCT installation_id FROM stage_changes"
    " ON CONFLICT DO NOTHING",
    "UPDATE stage_changes s SET counter = c.counter + n.k,"
    f" hlc = lpad({_MS.format(col='s.recorded_at')}::text, 16, '0') || '-'"
    " || lpad((s.seq % 10000)::text, 4, '0'),"
    " seen = json_build_object(s.installation_id, c.counter + n.k)::text"
    " FROM (SELECT id, row_number() OVER (PARTITION BY installation_id"
    " ORDER BY candidate_id, seq) AS k"
    " FROM stage_changes) n, merge_clocks c WHERE n.id = s.id AND c.installation_id = s.installation_id",
    "UPDATE merge_clocks c SET counter = c.counter + x.n FROM (SELECT installation_id, count(*) AS n"
    " FROM stage_changes GROUP BY installation_id) x WHERE x.installation_id = c.installation_id",
    "ALTER TABLE stage_changes ENABLE TRIGGER stage_changes_append_only_update",
    "CREATE INDEX stage_changes_order ON stage_changes (candidate_id, on_date, hlc, installation_id, id)",
    """CREATE TABLE stage_resolutions (
        id TEXT COLLATE "C" PRIMARY KEY,
        candidate_id TEXT COLLATE "C" NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        installation_id TEXT COLLATE "C" NOT NULL,
        counter BIGINT NOT NULL,
        hlc TEXT COLLATE "C" NOT NULL,
        seen TEXT NOT NULL,
        recorded_at TEXT NOT NULL
    )""",
    "CREATE INDEX stage_resolutions_candidate ON stage_resolutions (candidate_id)",
    """CREATE TABLE followup_merge (
        candidate_id TEXT COLLATE "C" PRIMARY KEY REFERENCES candidates(id) ON DELETE CASCADE,
        vector TEXT NOT NULL DEFAULT '{}',
        next TEXT NOT NULL DEFAULT '[]'
    )""",
    # each follow-up state stored before: one write of the server's installation (meta)
    "INSERT INTO merge_clocks (installation_id) SELECT value FROM meta WHERE key = 'installation_id'"
    " ON CONFLICT DO NOTHING",
    "INSERT INTO followup_merge (candidate_id, vector, next)"
    " SELECT f.candidate_id, json_build_object(m.value, c.counter + f.k)::text,"
    " CASE WHEN f.next_contact IS NULL THEN '[]' ELSE json_build_array(json_build_array("
    " m.value || ':' || (c.counter + f.k), lpad(" + _MS.format(col="f.updated_at") + "::text, 16, '0')"
    " || '-0000', json_build_object(m.value, c.counter + f.k),"
    " json_build_object('day', f.next_contact, 'note', f.next_note)))::text END"
    " FROM (SELECT *, row_number() OVER (ORDER BY candidate_id) AS k FROM followup) f,"
    " meta m, merge_clocks c WHERE m.key = 'installation_id' AND c.installation_id = m.value",
    "UPDATE merge_clocks c SET counter = c.counter + (SELECT count(*) FROM followup)"
    " FROM meta m WHERE m.key = 'installation_id' AND c.installation_id = m.value",
]
MERGE_MIGRATIONS: list[tuple[str, list[str]]] = [("pg006_followup_merge", _PG006)]

# (privileges, tables) the desks' group role gets on this part's tables (see schema.grant_desks).
# The history and its corrections are append-only, like plan versions; the facts are written by the
# triggers alone (as the schema's owner), so the desks only read them.
GRANTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("SELECT, INSERT", ("stage_changes", "stage_corrections", "stage_resolutions")),
    ("SELECT, INSERT, UPDATE", ("followup", "followup_merge")),
    ("SELECT", ("fig_candidates", "fig_intakes", "fig_plans")),
)
# Sequences the desks use (GRANT USAGE): none; a change's number is per candidate, under a lock.
SEQUENCES: tuple[str, ...] = ()

# What `migrate-to` (postgres/migrate.py) moves of this part, after the records they point to: the
# history, its corrections and the follow-up state, row for row (no checksum on either store, so
# compared value for value), each table's columns with its primary key first. The fact tables are not
# moved: the server's triggers derive them from the moved records as they arrive.
MOVED_TABLES = ("stage_changes", "stage_corrections", "followup", "stage_resolutions",
                "followup_merge")
MOVED_KEYS = {"stage_corrections": "change_id", "followup": "candidate_id",
              "followup_merge": "candidate_id"}
MOVED_PLAIN: dict[str, tuple[str, ...]] = {
    "stage_changes": ("id", "candidate_id", "seq", "from_stage", "to_stage", "on_date", "reason",
                      "credential", "advisor_id", "recorded_at", "installation_id", "counter", "hlc",
                      "seen"),
    "stage_corrections": ("change_id", "correction_id", "candidate_id"),
    "followup": ("candidate_id", "stage", "stage_on", "next_contact", "next_note", "last_contact",
                 "updated_at"),
    "stage_resolutions": ("id", "candidate_id", "installation_id", "counter", "hlc", "seen",
                          "recorded_at"),
    "followup_merge": ("candidate_id", "vector", "next"),
}
