"""The catalog the matcher reads: loaded once per catalog revision, and decoded fast but faithfully.

`app.routes.load_catalog` keeps loaded catalogs by the catalog revision that every catalog write
in `storage/catalog.py` (and so the importer) sets in the same transaction. These tests change the
catalog the ways an advisor's desk does (same connection, another connection, another process, a
rolled-back import) and check that routes are never made from a stale catalog.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlite_utils import Database

from intake_desk.app import routes
from intake_desk.catalog.sample import load_sample
from intake_desk.domain import Offering
from intake_desk.domain.codec import DecodeError, from_json
from intake_desk.storage import catalog as repo
from intake_desk.storage import open_database


def first_offering(db: Database) -> Offering:
    return routes.load_catalog(db).offerings[0]


def test_the_catalog_is_loaded_once_per_revision(db: Database) -> None:
    first = routes.load_catalog(db)
    assert routes.load_catalog(db) is first  # nothing changed: the same object, no second load
    o = first.offerings[0]
    with db.atomic():
        repo.upsert_offerings(db, [replace(o, weeks=o.weeks + 1)])
    again = routes.load_catalog(db)
    assert again is not first and again.offerings[0].weeks == o.weeks + 1


def test_a_write_through_another_connection_is_seen(db: Database, db_path: Path) -> None:
    o = first_offering(db)
    other = open_database(db_path)
    with other.atomic():
        repo.upsert_offerings(other, [replace(o, hours_per_week=o.hours_per_week + 2)])
    other.close()
    assert first_offering(db).hours_per_week == o.hours_per_week + 2


def test_a_write_by_another_process_is_seen(db: Database, db_path: Path) -> None:
    o = first_offering(db)
    script = (
        "import sys\n"
        "from dataclasses import replace\n"
        "from intake_desk.storage import open_database, catalog as repo\n"
        "db = open_database(sys.argv[1])\n"
        "o = repo.load(db).offerings[0]\n"
        "with db.atomic():\n"
        "    repo.upsert_offerings(db, [replace(o, location='Ergens anders (voorbeeld)')])\n"
        "db.close()\n")
    subprocess.run([sys.executable, "-c", script, str(db_path)], check=True,
                   cwd=Path(__file__).resolve().parents[2])
    assert first_offering(db).location == "Ergens anders (voorbeeld)"
    assert o.location != "Ergens anders (voorbeeld)"


def test_a_rolled_back_write_leaves_the_catalog_as_it_was(db: Database) -> None:
    o = first_offering(db)
    with pytest.raises(RuntimeError), db.atomic():
        repo.upsert_offerings(db, [replace(o, weeks=o.weeks + 5)])
        assert first_offering(db).weeks == o.weeks + 5  # inside the transaction: the new catalog
        raise RuntimeError("import cancelled")
    assert first_offering(db).weeks == o.weeks


def test_demand_and_funding_writes_change_the_revision_too(db: Database) -> None:
    catalog = routes.load_catalog(db)
    before = repo.revision(db)
    with db.atomic():
        repo.upsert_demand(db, catalog.demand[:1])
    assert repo.revision(db) != before
    before = repo.revision(db)
    with db.atomic():
        repo.upsert_funding(db, catalog.funding[:1])
    assert repo.revision(db) != before


def test_a_database_without_a_revision_is_never_cached(db: Database) -> None:
    db.execute("DELETE FROM meta WHERE key = ?", [repo.REVISION_KEY])
    assert routes.load_catalog(db) is not routes.load_catalog(db)


# --- the fast offering decoder equals the codec ---

def test_the_fast_offering_decoder_equals_the_codec_on_the_whole_sample() -> None:
    for o in load_sample().offerings:
        doc = json.loads(repo.offering_doc(o))
        assert repo.offering_from_doc(doc) == from_json(Offering, doc) == o


@pytest.mark.parametrize("change", [
    {"hours_per_week": 24},  # an int where a float is kept
    {"cost": "12.50"},
    {"schedule": {"dates": ["2027-02-01", "2027-09-01"], "day": 1, "monthly": False, "months": []}},
    {"prerequisites": {"dutch": None, "min_prior_level": None, "previous_item": "X",
                       "requires_job": True, "requires_startkwalificatie": True}},
])
def test_the_fast_decoder_equals_the_codec_on_other_shapes(change: dict[str, object]) -> None:
    doc = {**json.loads(repo.offering_doc(load_sample().offerings[0])), **change}
    assert repo.offering_from_doc(doc) == from_json(Offering, doc)


def test_an_older_or_damaged_doc_goes_through_the_codec() -> None:
    doc = json.loads(repo.offering_doc(load_sample().offerings[0]))
    older = {k: v for k, v in doc.items() if k not in ("alongside", "schedule")}  # defaults apply
    assert repo.offering_from_doc(older) == from_json(Offering, older)
    with pytest.raises(DecodeError) as bad:
        repo.offering_from_doc({**doc, "leerweg": "avondschool"})
    assert "leerweg" in str(bad.value)
    with pytest.raises(DecodeError):
        repo.offering_from_doc({**doc, "requires_job": 1, "weeks": "veel"})
    assert repo.offering_from_doc({**doc, "cost": "7"}).cost == Decimal("7")
