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


@migration("m002_record_checksums")
def m002_record_checksums(db: Database) -> None:
    """Every record holding personal data or a JSON document gets a checksum over all its stored values
    (storage/checksums.py), computed here for the rows already stored; from now on it is written with
    the row and verified when the row is read and by `check`."""
    from .checksums import SEALED_BY, reseal

    for table in SEALED_BY["m002_record_checksums"]:
        db.execute(f"ALTER TABLE {table} ADD COLUMN checksum BLOB")
        reseal(db, table)


@migration("m003_followup")
def m003_followup(db: Database) -> None:
    """Follow-up after the intake (issue 17): the trajectory's history and each candidate's next contact.

    Ids only, never names. `stage_changes` is append-only: the triggers refuse an UPDATE, and a DELETE
    while the candidate still exists; deleting the candidate removes their rows (ON DELETE CASCADE),
    because a trajectory is personal data. `followup` is the current state per candidate (kept by
    storage/followup.py in the same transaction as each change), so worklists are index lookups.
    One statement at a time (not executescript, which would commit), so the migration stays one
    transaction.
    """
    refuse = "SELECT RAISE(ABORT, 'stage_changes is append-only: add a new change instead');"
    for statement in (
        """CREATE TABLE stage_changes (
            id TEXT PRIMARY KEY,
            candidate_id TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            from_stage TEXT,
            to_stage TEXT NOT NULL,
            on_date TEXT NOT NULL,
            reason TEXT,
            credential TEXT,
            advisor_id TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL,
            installation_id TEXT NOT NULL,
            UNIQUE (candidate_id, seq)
        )""",
        # covering: the figures count a year of changes from the index alone
        "CREATE INDEX stage_changes_on ON stage_changes(on_date, to_stage, reason, credential,"
        " candidate_id)",
        f"CREATE TRIGGER stage_changes_append_only_update BEFORE UPDATE ON stage_changes"
        f" BEGIN {refuse} END",
        f"CREATE TRIGGER stage_changes_append_only_delete BEFORE DELETE ON stage_changes"
        f" WHEN EXISTS (SELECT 1 FROM candidates WHERE id = OLD.candidate_id) BEGIN {refuse} END",
        """CREATE TABLE followup (
            candidate_id TEXT PRIMARY KEY REFERENCES candidates(id) ON DELETE CASCADE,
            stage TEXT,
            stage_on TEXT,
            next_contact TEXT,
            next_note TEXT NOT NULL DEFAULT '',
            last_contact TEXT,
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX followup_next ON followup(next_contact) WHERE next_contact IS NOT NULL",
        "CREATE INDEX followup_stage ON followup(stage)",
        *_FIGURE_FACTS,
    ):
        db.execute(statement)


def _json(doc: str, path: str) -> str:
    """json_extract that gives NULL for a damaged document instead of failing the write."""
    return f"CASE WHEN json_valid({doc}) THEN json_extract({doc}, '{path}') END"


# The regional figures (app/figures.py) count intakes by week, referrer and goal, and plans by the
# kind of their goal step, for a year of 100,000 candidates in well under a second. Parsing every
# intake's and plan's JSON for that takes seconds, so triggers keep these few facts beside the
# records as they are written (ids and codes only; deleted with their record). Only
# storage/figures.py reads them.
_CANDIDATE_FACT = (
    "INSERT OR REPLACE INTO fig_candidates (candidate_id, region_code, sample, intake_date, status)"
    f" VALUES (NEW.id, NEW.region_code, coalesce({_json('NEW.doc', '$.sample')}, 0),"
    " NEW.intake_date, NEW.status);"
)
_INTAKE_FACT = (
    "INSERT OR REPLACE INTO fig_intakes (intake_id, candidate_id, intake_date, referrer, crebo)"
    " VALUES (NEW.id, NEW.candidate_id, NEW.intake_date,"
    f" coalesce({_json('NEW.doc', '$.referrer')}, ''),"
    f" coalesce({_json('NEW.doc', '$.goals[0].crebo')}, ''));"
)
# A plan version's facts: the goal step (the last), the funding codes of all its steps (sorted,
# comma-separated) and `next_on`, the day the plan's next version was made (NULL while it is the
# newest), so "the newest version dated in a period" is a range scan without grouping.
_PLAN_STEPS = "json_each(CASE WHEN json_valid({doc}) THEN {doc} ELSE '{{}}' END, '$.route.steps')"
_PLAN_FUNDING = (
    "coalesce((SELECT group_concat(code, ',') FROM (SELECT DISTINCT json_extract(s.value, '$.funding_code')"
    " AS code FROM {steps} s WHERE coalesce(code, '') != '' ORDER BY code)), '')"
)


def _plan_values(doc: str, created_at: str) -> str:
    steps = _PLAN_STEPS.format(doc=doc)
    return (
        f"coalesce({_json(doc, '$.created_on')}, date({created_at}, 'localtime')),"
        f" coalesce(CASE WHEN json_valid({doc}) THEN json_array_length({doc}, '$.route.steps') END, 0),"
        f" {_json(doc, '$.route.steps[#-1].credential')}, {_json(doc, '$.route.steps[#-1].leerweg')},"
        f" {_json(doc, '$.route.steps[#-1].kind')}, {_json(doc, '$.route.steps[#-1].level')},"
        f" {_PLAN_FUNDING.format(steps=steps)}"
    )


_PLAN_COLUMNS = "created_on, steps, credential, leerweg, kind, level, funding"
_PLAN_FACT = (
    "UPDATE fig_plans SET next_on = coalesce("
    f"{_json('NEW.doc', '$.created_on')}, date(NEW.created_at, 'localtime'))"
    " WHERE plan_id = NEW.plan_id AND next_on IS NULL;"
    " INSERT OR REPLACE INTO fig_plans (version_id, plan_id, candidate_id, version,"
    f" {_PLAN_COLUMNS}) VALUES (NEW.id, NEW.plan_id,"
    " (SELECT candidate_id FROM plans WHERE id = NEW.plan_id), NEW.version,"
    f" {_plan_values('NEW.doc', 'NEW.created_at')});"
)
_FIGURE_FACTS = (
    """CREATE TABLE fig_candidates (
        candidate_id TEXT PRIMARY KEY REFERENCES candidates(id) ON DELETE CASCADE,
        region_code TEXT NOT NULL,
        sample INTEGER NOT NULL,
        intake_date TEXT NOT NULL,
        status TEXT NOT NULL
    )""",
    "CREATE INDEX fig_candidates_region ON fig_candidates(region_code)",
    # the follow-up worklist walks candidates by intake date without reading their wide rows
    "CREATE INDEX fig_candidates_intake ON fig_candidates(intake_date, candidate_id, status)",
    "CREATE INDEX fig_candidates_sample ON fig_candidates(sample) WHERE sample = 1",
    f"CREATE TRIGGER fig_candidates_insert AFTER INSERT ON candidates BEGIN {_CANDIDATE_FACT} END",
    "CREATE TRIGGER fig_candidates_update AFTER UPDATE OF region_code, doc, intake_date, status"
    " ON candidates"
    f" BEGIN {_CANDIDATE_FACT} END",
    """CREATE TABLE fig_intakes (
        intake_id TEXT PRIMARY KEY REFERENCES intakes(id) ON DELETE CASCADE,
        candidate_id TEXT NOT NULL,
        intake_date TEXT NOT NULL,
        referrer TEXT NOT NULL,
        crebo TEXT NOT NULL
    )""",
    "CREATE INDEX fig_intakes_date ON fig_intakes(intake_date, referrer, crebo, candidate_id)",
    f"CREATE TRIGGER fig_intakes_insert AFTER INSERT ON intakes BEGIN {_INTAKE_FACT} END",
    "CREATE TRIGGER fig_intakes_update AFTER UPDATE OF intake_date, doc ON intakes"
    f" BEGIN {_INTAKE_FACT} END",
    """CREATE TABLE fig_plans (
        version_id TEXT PRIMARY KEY REFERENCES plan_versions(id) ON DELETE CASCADE,
        plan_id TEXT NOT NULL,
        candidate_id TEXT,
        version INTEGER NOT NULL,
        created_on TEXT NOT NULL,
        steps INTEGER NOT NULL,
        credential TEXT,
        leerweg TEXT,
        kind TEXT,
        level INTEGER,
        funding TEXT NOT NULL DEFAULT '',
        next_on TEXT
    )""",
    # covering, in the order the figures group by (day first), so a year is read without sorting
    "CREATE INDEX fig_plans_on ON fig_plans(created_on, steps, credential, leerweg, kind, level,"
    " funding, next_on, candidate_id)",
    "CREATE INDEX fig_plans_plan ON fig_plans(plan_id, next_on)",
    "CREATE INDEX fig_plans_candidate ON fig_plans(candidate_id, created_on)",
    f"CREATE TRIGGER fig_plans_insert AFTER INSERT ON plan_versions BEGIN {_PLAN_FACT} END",
    # what was stored before this migration
    "INSERT INTO fig_candidates (candidate_id, region_code, sample, intake_date, status)"
    f" SELECT id, region_code, coalesce({_json('doc', '$.sample')}, 0), intake_date, status"
    " FROM candidates",
    "INSERT INTO fig_intakes (intake_id, candidate_id, intake_date, referrer, crebo)"
    f" SELECT id, candidate_id, intake_date, coalesce({_json('doc', '$.referrer')}, ''),"
    f" coalesce({_json('doc', '$.goals[0].crebo')}, '') FROM intakes",
    "INSERT INTO fig_plans (version_id, plan_id, candidate_id, version,"
    f" {_PLAN_COLUMNS}) SELECT v.id, v.plan_id, p.candidate_id, v.version,"
    f" {_plan_values('v.doc', 'v.created_at')} FROM plan_versions v JOIN plans p ON p.id = v.plan_id",
    "UPDATE fig_plans SET next_on = (SELECT min(n.created_on) FROM fig_plans n"
    " WHERE n.plan_id = fig_plans.plan_id AND n.version > fig_plans.version)",
)


@migration("m004_more_checksums")
def m004_more_checksums(db: Database) -> None:
    """The catalog (items, offerings, regions, demand, funding), the audit log and the settings get a
    checksum over all their stored values, as the records did in m002: computed here for the rows
    stored now (a row already visibly broken stays unsealed, so it is reported, not made valid), then
    written with each row and verified when the catalog is loaded, settings are read and by `check`."""
    from .checksums import SEALED_BY, reseal

    for table in SEALED_BY["m004_more_checksums"]:
        db.execute(f"ALTER TABLE {table} ADD COLUMN checksum BLOB")
        reseal(db, table)


@migration("m005_merge")
def m005_merge(db: Database) -> None:
    """Fair mode (issue 16; storage/merge.py): every record's merge state (version vector, the writes
    its fields are at, a delete's version), the competing values of conflicts, notices, possible
    duplicates, what was last sent to each peer. Existing records come in as written once by this
    installation, stamped with the clock of their `updated_at`."""
    from .merge import create

    create(db)


@migration("m006_privacy")
def m006_privacy(db: Database) -> None:
    """Consent as a record (issue 15; storage/consent.py): each give or withdraw per purpose is a row,
    with the day and the version of the privacy text shown; ids only. Append-only like the stage
    history: the triggers refuse an UPDATE, and a DELETE while the candidate exists (an erasure
    removes the rows with the person). The consent stored in each candidate's newest intake becomes
    its first events, with the text version "onbekend" (no version was kept then)."""
    refuse = "SELECT RAISE(ABORT, 'consent_events is append-only: add a new event instead');"
    for statement in (
        """CREATE TABLE consent_events (
            id TEXT PRIMARY KEY,
            candidate_id TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
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
        f"CREATE TRIGGER consent_events_append_only_update BEFORE UPDATE ON consent_events"
        f" BEGIN {refuse} END",
        f"CREATE TRIGGER consent_events_append_only_delete BEFORE DELETE ON consent_events"
        f" WHEN EXISTS (SELECT 1 FROM candidates WHERE id = OLD.candidate_id) BEGIN {refuse} END",
        # The newest intake's consent, one event per purpose, numbered per candidate.
        """INSERT INTO consent_events (id, candidate_id, seq, purpose, given, on_date, text_version,
                                       advisor_id, recorded_at, installation_id)
        SELECT lower(hex(randomblob(16))), n.candidate_id,
               row_number() OVER (PARTITION BY n.candidate_id ORDER BY p.value), p.value, 1,
               coalesce(json_extract(n.doc, '$.consent.date'), n.intake_date), 'onbekend', '',
               strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), n.installation_id
        FROM (SELECT i.candidate_id, i.doc, i.intake_date, i.installation_id,
                     row_number() OVER (PARTITION BY i.candidate_id
                                        ORDER BY i.intake_date DESC, i.updated_at DESC) AS k
              FROM intakes i WHERE json_valid(i.doc)) n,
             json_each(n.doc, '$.consent.purposes') p
        WHERE n.k = 1 AND json_extract(n.doc, '$.consent.given') IN (1, 'true')""",
    ):
        db.execute(statement)


@migration("m007_stage_corrections")
def m007_stage_corrections(db: Database) -> None:
    """A stage change entered by mistake is corrected, never erased (issue 14, `app/followup.undo_stage`):
    the way back is a new row in the append-only `stage_changes`, and this table pairs it with the
    change it corrects. The figures skip both rows (neither happened); the history shows both, marked.
    Append-only like the history itself; deleting the candidate removes its pairs (ON DELETE CASCADE).
    """
    refuse = "SELECT RAISE(ABORT, 'stage_corrections is append-only: add a new correction instead');"
    for statement in (
        """CREATE TABLE stage_corrections (
            change_id TEXT PRIMARY KEY REFERENCES stage_changes(id) ON DELETE CASCADE,
            correction_id TEXT NOT NULL UNIQUE REFERENCES stage_changes(id) ON DELETE CASCADE,
            candidate_id TEXT NOT NULL REFERENCES candidates(id) ON DELETE CASCADE
        )""",
        # the figures first ask whether a candidate has any correction at all (almost never)
        "CREATE INDEX stage_corrections_candidate ON stage_corrections(candidate_id)",
        f"CREATE TRIGGER stage_corrections_append_only_update BEFORE UPDATE ON stage_corrections"
        f" BEGIN {refuse} END",
        f"CREATE TRIGGER stage_corrections_append_only_delete BEFORE DELETE ON stage_corrections"
        f" WHEN EXISTS (SELECT 1 FROM candidates WHERE id = OLD.candidate_id) BEGIN {refuse} END",
    ):
        db.execute(statement)


@migration("m008_enrolment")
def m008_enrolment(db: Database) -> None:
    """This installation's bundle keys and the installations enrolled to exchange beursbundels with it
    (issue 16; storage/enrolment.py). No personal data: keys, installation ids and a device name."""
    db.execute("""CREATE TABLE bundle_own_keys (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        installation_id TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT 'laptop',
        sign_private BLOB NOT NULL,
        box_private BLOB NOT NULL,
        created_at TEXT NOT NULL,
        checksum BLOB NOT NULL
    )""")
    db.execute("""CREATE TABLE bundle_peers (
        installation_id TEXT PRIMARY KEY,
        role TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        sign_public BLOB NOT NULL,
        box_public BLOB NOT NULL,
        enrolled_at TEXT NOT NULL,
        checksum BLOB NOT NULL
    )""")


@migration("m009_followup_merge")
def m009_followup_merge(db: Database) -> None:
    """Follow-up travels in fair bundles (issue 16; storage/followup.py, docs/fair-merge.md): every
    stage change gets a write (merge counter, hybrid logical clock stamp, what it had seen), so the
    history has one order on every installation (day, stamp, installation, id) instead of the order
    changes arrived in; the next contact becomes a register of writes like a record field
    (`followup_merge`), and the advisor's "keep the stage shown" over concurrent changes a row of
    `stage_resolutions`. Existing changes are stamped from when they were recorded, in their order;
    the history's append-only trigger is set aside only for that and put back as it was."""
    from .followup import create_merge

    create_merge(db)
