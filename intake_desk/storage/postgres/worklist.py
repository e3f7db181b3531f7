"""The rows behind the advisor's day ("Vandaag") on PostgreSQL: `WorklistStore` of storage/store.py,
the same lists as `storage/worklist.py`, each read in one query (the complete intakes in two).

Every candidate row is verified against its checksum before it is listed, as on SQLite (the SQLite
module's `_sound` does it, on the same columns). Differences in the SQL, not in the answer:
- "saved on this day" means the desk's local day, as SQLite's `date(created_at, 'localtime')` on the
  laptop. The server's clock and time zone are not the desk's, so the desk gives the day's bounds
  in UTC (`local_day`) and the server compares the stored instants with them;
- the newest intake of a candidate is named by its id (SQLite uses its rowid);
- where SQLite leaves the order of equal rows to its plan, they are ordered here as SQLite's plan
  gives them (complete intakes of one day by name, as its walk of the status index does; intakes
  saved in the same millisecond in the order they were made), then by id, so two desks reading
  the same server list them alike.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from ..checksums import COLUMNS, select_list, sound
from ..drafts import Draft
from ..worklist import _COLUMNS, LIMIT, _plan_consent, _sound, log
from . import drafts as _drafts
from .connection import PgDatabase

__all__ = ["LIMIT", "complete_without_plan", "counts", "drafts", "intakes_on", "local_day",
           "plans_made_on", "quick_intakes", "region_name", "sample_catalog"]


def intakes_on(db: PgDatabase, day: date) -> list[tuple[str, ...]]:
    return [shown for shown, _ in _sound(db.fetchall(
        f"SELECT {_COLUMNS} FROM candidates c WHERE c.intake_date = %s"
        ' ORDER BY c.updated_at COLLATE "C" DESC, c.created_at COLLATE "C", c.id LIMIT %s',
        [day.isoformat(), LIMIT]))]


def quick_intakes(db: PgDatabase) -> list[tuple[str, ...]]:
    """Quick intakes (beursmodus) and saved concept intakes, oldest first: the longest waiting first."""
    return [shown for shown, _ in _sound(db.fetchall(
        f"SELECT {_COLUMNS} FROM candidates c WHERE c.status IN ('snel', 'concept')"
        " ORDER BY c.intake_date, c.sort_key, c.id LIMIT %s", [LIMIT]))]


def drafts(db: PgDatabase) -> list[Draft]:
    return _drafts.all_drafts(db)[:LIMIT]


def complete_without_plan(db: PgDatabase) -> list[tuple[tuple[str, ...], bool]]:
    """Complete intakes without a plan yet, each with whether its consent covers a plan."""
    found = _sound(db.fetchall(
        f"SELECT {_COLUMNS}, (SELECT i.id FROM intakes i WHERE i.candidate_id = c.id"
        '   ORDER BY i.intake_date DESC, i.updated_at COLLATE "C" DESC, i.id DESC LIMIT 1)'
        " FROM candidates c WHERE c.status = 'volledig'"
        " AND NOT EXISTS (SELECT 1 FROM plans p WHERE p.candidate_id = c.id)"
        " ORDER BY c.intake_date DESC, c.sort_key, c.id LIMIT %s",
        [LIMIT * 4]))
    ids = [extra[0] for _, extra in found if extra[0] is not None]
    docs: dict[str, str] = {}
    damaged: set[str] = set()
    if ids:
        doc = COLUMNS["intakes"].index("doc")
        for r in db.fetchall(f"SELECT {select_list('intakes')} FROM intakes WHERE id = ANY(%s)", [ids]):
            if sound(r):
                docs[r[0]] = r[doc]
            else:  # whether it gives consent is unknown: left out, as a damaged candidate is
                damaged.add(r[0])
                log.error("intake damaged, left out of the day's lists: %r", r[0])
    return [(shown, _plan_consent(docs.get(extra[0]))) for shown, extra in found
            if extra[0] not in damaged]


def local_day(day: date) -> tuple[datetime, datetime]:
    """The desk's local `day` as an interval of instants [start, end), in UTC: what SQLite's
    `date(x, 'localtime') = day` selects on the laptop (the local zone of this process, daylight
    saving included: a day of 23 or 25 hours)."""
    start = datetime.combine(day, time()).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time()).astimezone(UTC)
    return start, end


# The stored text as an instant, read as SQLite's date() reads it: with its offset ("Z", "+01:00"),
# or as UTC when it has none; NULL for text that is no time (SQLite's date() gives NULL too, where a
# plain cast would fail the whole list).
_INSTANT = (
    r"CASE WHEN v.created_at ~ '^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$'"
    " THEN v.created_at::timestamptz"
    r" WHEN v.created_at ~ '^\d{4}-\d\d-\d\d([T ]\d\d:\d\d(:\d\d(\.\d+)?)?)?$'"
    " THEN v.created_at::timestamp AT TIME ZONE 'UTC' END")


def plans_made_on(db: PgDatabase, day: date) -> list[tuple[tuple[str, ...], int]]:
    """Candidates with a plan version saved on `day` (the desk's local day), with the newest version
    number. The text range first (an index range: a stored time's date is within two days of any
    local date), then the exact instants."""
    start, end = local_day(day)
    rows = db.fetchall(
        f"SELECT {_COLUMNS}, max(v.version) FROM plan_versions v"
        " JOIN plans p ON p.id = v.plan_id JOIN candidates c ON c.id = p.candidate_id"
        ' WHERE v.created_at COLLATE "C" >= %s AND v.created_at COLLATE "C" < %s'
        f" AND {_INSTANT} >= %s AND {_INSTANT} < %s"
        ' GROUP BY c.id ORDER BY max(v.created_at COLLATE "C") DESC, c.id DESC LIMIT %s',
        [(day - timedelta(days=2)).isoformat(), (day + timedelta(days=3)).isoformat(), start, end,
         LIMIT])
    return [(shown, int(extra[0])) for shown, extra in _sound(rows)]


def counts(db: PgDatabase) -> dict[str, int]:
    """The size of what is stored, for the line under the day's lists."""
    def one(sql: str) -> int:
        return int(db.scalar(sql))

    return {
        "candidates": one("SELECT count(*) FROM candidates"),
        "quick": one("SELECT count(*) FROM candidates WHERE status = 'snel'"),
        "items": one("SELECT count(*) FROM catalog_items"),
        "offerings": one("SELECT count(*) FROM offerings"),
        "regions": one("SELECT count(DISTINCT region_code) FROM offerings"),
    }


def sample_catalog(db: PgDatabase) -> bool:
    return db.scalar("SELECT EXISTS (SELECT 1 FROM catalog_items WHERE sample = 1)") is True


def region_name(db: PgDatabase, code: str) -> str | None:
    found = db.scalar("SELECT name FROM regions WHERE code = %s", [code])
    return str(found) if found is not None else None
