"""PostgreSQL migrations for the change log other desks poll to see new and changed records.

Appended to `schema.MIGRATIONS` after pg001_foundation; named, append-only, each one transaction.

`pg005_watch`: every transaction that writes candidates, intakes, plans or plan versions (and the
follow-up tables, where that part of the schema has them) adds one row to `watch_log` when it
commits. A desk polls `postgres/watch.marker` (a few hundred microseconds) and refreshes its list when
the answer differs from the last one. Why so, and not otherwise:

- **Drawn at commit, counted, not only numbered.** The row is added by a deferred constraint
  trigger, which runs at COMMIT, so its number is drawn when the transaction ends, not when it began;
  and the marker counts the recent rows as well as naming the highest, so a transaction that drew
  number 5 but became visible after number 6 still changes the marker (the count grows). Only
  committed rows are seen: a rolled-back save changes nothing.
- **No shared counter row.** One row bumped by every desk would make each save wait for every other
  desk's open transaction, and a long import holding it while a desk waits for a row the import
  wants next is a deadlock. Inserting new rows takes no lock another desk waits for.
- **Not LISTEN/NOTIFY.** A notification is lost while a desk's connection is down or busy, and it
  does not pass a connection pooler in transaction mode (pgbouncer), which IT may put in front of
  the server; the log is there whenever a desk asks. Polling costs one small query every half second
  per desk.
- **Once per transaction.** A flag local to the transaction (`set_config(..., true)`) makes the
  trigger write one row per transaction, however many rows it changed (an import of thousands).
- **Append-only, kept short.** The trigger function runs as the schema's owner (SECURITY DEFINER),
  so desks only read the log (GRANTS); it removes rows older than the last 10,000 as it goes.
- Drafts are not watched: they are saved every few seconds while someone types, and would make every
  desk refresh all the time.
"""

from __future__ import annotations

# The tables whose writes other desks must see; the follow-up ones only where schema_followup made them.
WATCHED = ("candidates", "intakes", "plans", "plan_versions")
WATCHED_IF_PRESENT = ("followup", "stage_changes", "stage_corrections")

KEPT = 10_000  # rows kept in watch_log (the marker looks at the last WINDOW of them)


def _trigger(table: str) -> str:
    return (f"CREATE CONSTRAINT TRIGGER {table}_watch AFTER INSERT OR UPDATE OR DELETE ON {table}"
            " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION watch_note()")


_PG005 = [
    "CREATE SEQUENCE watch_seq",
    """CREATE TABLE watch_log (
        id BIGINT PRIMARY KEY,
        at TIMESTAMPTZ NOT NULL DEFAULT now()
    )""",
    f"""CREATE FUNCTION watch_note() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
    DECLARE
        n BIGINT;
    BEGIN
        IF current_setting('intake_desk.watch_noted', true) IS DISTINCT FROM '1' THEN
            PERFORM set_config('intake_desk.watch_noted', '1', true);
            n := nextval('watch_seq');
            INSERT INTO watch_log (id) VALUES (n);
            IF n % 1000 = 0 THEN
                DELETE FROM watch_log WHERE id <= n - {KEPT};
            END IF;
        END IF;
        RETURN NULL;
    END
    $$""",
    "REVOKE ALL ON FUNCTION watch_note() FROM PUBLIC",
    *(_trigger(t) for t in WATCHED),
    # The follow-up tables come from another part of the schema (schema_followup.py, pg003); watched
    # when that part made them.
    "DO $$ DECLARE t TEXT; BEGIN FOREACH t IN ARRAY ARRAY[{}] LOOP"
    " IF to_regclass(t) IS NOT NULL THEN EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT"
    " OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION"
    " watch_note()', t || '_watch', t); END IF; END LOOP; END $$".format(
        ", ".join(f"'{t}'" for t in WATCHED_IF_PRESENT)),
]

MIGRATIONS: list[tuple[str, list[str]]] = [("pg005_watch", _PG005)]

# (privileges, tables) the desks' group role gets on this part's tables (see schema.grant_desks).
GRANTS: tuple[tuple[str, tuple[str, ...]], ...] = (("SELECT", ("watch_log",)),)
# Sequences the desks use (GRANT USAGE): none, the trigger draws as the owner.
SEQUENCES: tuple[str, ...] = ()
