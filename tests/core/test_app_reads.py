"""The use cases the GUI's read-only jobs and drafts moved into (issue 14): `app.drafts`, `app.desk`,
`app.home`, `app.catalog`, `app.settings` reads."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from intake_desk.app import catalog, desk, drafts, home, settings
from intake_desk.app.candidates import save_record
from intake_desk.catalog.sample import load_sample
from intake_desk.demo import demo_records
from intake_desk.storage import catalog as catalog_repo

TODAY = date(2026, 3, 2)


def test_a_draft_is_kept_offered_back_and_thrown_away(db: Database) -> None:
    changes = drafts.save_draft(db, "intake-1", "intake", {"surname": "Yılmaz", "notes": "half"})
    assert not (changes.candidates or changes.candidate_list)  # nothing another view shows changed
    drafts.save_draft(db, "intake-1", "intake", {"surname": "Yılmaz", "notes": "meer"})
    [kept] = drafts.all_drafts(db)
    assert (kept.id, kept.values["notes"]) == ("intake-1", "meer")
    assert drafts.load_draft(db, "intake-1") == kept
    drafts.delete_draft(db, "intake-1")
    drafts.delete_draft(db, "intake-1")  # already gone: no error
    assert drafts.all_drafts(db) == [] and drafts.load_draft(db, "intake-1") is None


def test_the_desk_reads_a_saved_candidate_as_the_forms_values_and_in_the_list(db: Database) -> None:
    record = next(demo_records(1, seed=3, today=TODAY))
    meta, _changes = save_record(db, None, record)
    stored_meta, values = desk.load_record(db, meta.id)
    assert stored_meta.id == meta.id and values["surname"] == record.candidate.name.surname
    page = desk.first_candidates(db, desk.Filter(text=record.candidate.name.surname))
    assert meta.id in [row.id for row in page.rows]
    assert desk.candidate_count(db, desk.Filter()) == 1
    assert desk.candidate_page(db, desk.Filter(), after=(page.rows[-1].sort_key, page.rows[-1].id)) == []
    assert [d.row.id for d in desk.find_duplicates(db, record.candidate)] == [meta.id]


def test_the_overview_and_the_settings_reads(db: Database) -> None:
    data = home.overview(db)
    assert data["candidates"] == 0 and "today" in data and "followup" in data
    assert settings.needs_welcome(db)
    regions, default = settings.region_choices(db)
    assert len(regions) == 35 and default == settings.load_settings(db).default_region
    assert settings.stored_interface(db).language == settings.load_settings(db).ui_language


def test_the_catalog_tab_counts_only_when_there_is_more_than_a_page(db: Database) -> None:
    with db.atomic():
        catalog_repo.save(db, load_sample())
    everything = catalog.OfferingFilter()
    total, rows = catalog.first_offerings(db, everything, 5)
    assert len(rows) == 5 and total > 5
    small, all_rows = catalog.first_offerings(db, everything, 100_000)
    assert small == len(all_rows) == total
