"""Several desks on one database (issue #19): the three-way merge of a late save (app/concurrent.py)
and the marker a desk polls to see other desks' commits, on SQLite and, where a server can be
started, on PostgreSQL (tests/postgres/conftest.py's throw-away server)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from intake_desk.app.concurrent import (
    changes_marker,
    fields_of,
    resolve,
    save_over_stale,
    save_resolved,
    three_way,
)
from intake_desk.domain import CandidateRecord
from intake_desk.form_values import empty_values, to_record
from intake_desk.storage import open_database
from intake_desk.storage.errors import StaleRecord
from intake_desk.storage.store import store_of
from tests.postgres.conftest import pg, pg_server  # noqa: F401  (the server fixture, reused)


def _values(**changed: Any) -> dict[str, Any]:
    return empty_values(date(2026, 3, 2)) | {
        "first_name": "Samira", "surname": "Bakker", "birth_date": "12-05-1994",
        "town": "Zwolle", "postcode": "8011 AB", "street": "Broerenstraat 4",
        "phone": "06 12345678", "email": "s.bakker@example.nl", "notes": "Voorbeeld: eerste gesprek.",
        "goal_occupation": "verzorgende", "hours_per_week": "24"} | changed


def _record(**changed: Any) -> CandidateRecord:
    return to_record(_values(**changed))


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    """An open, empty store of either kind (the server one only where it can be started)."""
    if request.param == "sqlite":
        from intake_desk.app.opening import open_or_create

        db = open_or_create(tmp_path / "desk.sqlite")
        yield db
        db.close()
    else:
        yield request.getfixturevalue("pg")


def _insert(db: Any, record: CandidateRecord) -> tuple[str, int]:
    with db.atomic():
        meta = store_of(db).candidates.insert(db, record)
    return meta.id, meta.revision


def _other_desk_saves(db: Any, cid: str, record: CandidateRecord) -> int:
    """Another desk saves (here: through the same store, with the revision it read)."""
    meta, _ = store_of(db).candidates.get(db, cid)
    with db.atomic():
        return store_of(db).candidates.update(db, cid, record, expected_revision=meta.revision).revision


# --- the rule, without a database -----------------------------------------------------------------

def test_three_way_keeps_both_sides_where_they_do_not_overlap() -> None:
    base = fields_of(_record())
    mine = fields_of(_record(notes="Wil in de zorg werken."))
    theirs = fields_of(_record(town="Kampen", postcode="8261 AA"))
    merged, conflicts, taken = three_way(base, mine, theirs)
    assert conflicts == ()
    assert merged["intake.notes"] == "Wil in de zorg werken."
    assert merged["address"]["town"] == "Kampen"
    assert taken == ("address",)


def test_three_way_conflict_names_the_field_with_both_values() -> None:
    base = fields_of(_record())
    mine = fields_of(_record(phone="06 11111111", notes="Mijn notitie"))
    theirs = fields_of(_record(phone="06 22222222"))
    merged, conflicts, _ = three_way(base, mine, theirs)
    assert [c.field for c in conflicts] == ["contact.phone"]
    (c,) = conflicts
    assert (c.mine, c.theirs) == ("06 11111111", "06 22222222")
    assert c.label == ("Telefoonnummer", "Phone number")
    assert merged["contact.phone"] == "06 22222222"  # theirs stays until the advisor chooses
    assert merged["intake.notes"] == "Mijn notitie"  # mine, where it does not overlap


def test_the_same_change_on_both_desks_is_no_conflict() -> None:
    base = fields_of(_record())
    both = fields_of(_record(email="samira@example.nl"))
    merged, conflicts, _ = three_way(base, both, both)
    assert conflicts == ()
    assert merged["contact.email"] == "samira@example.nl"


# --- on a store -----------------------------------------------------------------------------------

def test_disjoint_edits_are_saved_together(store: Any) -> None:
    cid, _ = _insert(store, _record())
    base = store_of(store).candidates.get(store, cid)[1]
    theirs_rev = _other_desk_saves(store, cid, _record(town="Kampen", postcode="8261 AA"))
    with pytest.raises(StaleRecord), store.atomic():  # the plain save is refused, as before
        store_of(store).candidates.update(store, cid, _record(notes="Mijn notitie"),
                                          expected_revision=1)
    store_of(store).drafts.save(store, "intake-x", "intake", _values(notes="Mijn notitie"), cid)
    outcome, changes = save_over_stale(store, cid, base, _record(notes="Mijn notitie"),
                                       draft_id="intake-x")
    assert outcome.conflicts == () and outcome.saved is not None
    assert outcome.saved.revision == theirs_rev + 1
    assert cid in changes.candidates and changes.candidate_list
    _meta, now = store_of(store).candidates.get(store, cid)
    assert now.intake.notes == "Mijn notitie"
    assert now.candidate.contact.town == "Kampen"
    assert now.candidate.contact.postcode == "8261 AA"
    assert store_of(store).drafts.load(store, "intake-x") is None  # saved: the draft is gone


def test_overlapping_edit_writes_nothing_and_returns_both_values(store: Any) -> None:
    cid, _ = _insert(store, _record())
    base = store_of(store).candidates.get(store, cid)[1]
    theirs_rev = _other_desk_saves(store, cid, _record(notes="Hun notitie", town="Kampen",
                                                         postcode="8261 AA"))
    store_of(store).drafts.save(store, "intake-y", "intake", _values(notes="Mijn notitie"), cid)
    mine = _record(notes="Mijn notitie", hours_per_week="32")
    outcome, changes = save_over_stale(store, cid, base, mine, draft_id="intake-y")
    assert outcome.saved is None
    assert [(c.field, c.mine, c.theirs) for c in outcome.conflicts] == [
        ("intake.notes", "Mijn notitie", "Hun notitie")]
    assert outcome.revision == theirs_rev
    assert changes.candidates == frozenset() and not changes.candidate_list
    meta, now = store_of(store).candidates.get(store, cid)
    assert meta.revision == theirs_rev and now.intake.notes == "Hun notitie"  # nothing written
    assert store_of(store).drafts.load(store, "intake-y") is not None  # the draft is kept

    # The advisor keeps their own notes: saved with the other desk's address and their own hours.
    saved, changes = save_resolved(store, outcome, {"intake.notes": "mine"}, draft_id="intake-y")
    assert saved.conflicts == () and saved.saved is not None
    _meta, now = store_of(store).candidates.get(store, cid)
    assert now.intake.notes == "Mijn notitie"
    assert now.intake.availability.hours_per_week == 32
    assert now.candidate.contact.town == "Kampen"
    assert store_of(store).drafts.load(store, "intake-y") is None

    # Or theirs: the record of the choice keeps the other desk's notes and this desk's hours.
    chosen = resolve(outcome, {"intake.notes": "theirs"})
    assert chosen.intake.notes == "Hun notitie" and chosen.intake.availability.hours_per_week == 32


def test_a_third_save_meanwhile_is_merged_too(store: Any) -> None:
    """The conflict dialog was open while yet another desk saved: its change comes along, and a new
    overlap comes back as a conflict instead of being overwritten."""
    cid, _ = _insert(store, _record())
    base = store_of(store).candidates.get(store, cid)[1]
    _other_desk_saves(store, cid, _record(notes="Hun notitie"))
    outcome, _ = save_over_stale(store, cid, base, _record(notes="Mijn notitie"))
    assert outcome.saved is None
    _other_desk_saves(store, cid, _record(notes="Hun notitie", email="nieuw@example.nl"))
    again, _ = save_resolved(store, outcome, {"intake.notes": "mine"})
    assert again.saved is not None
    _meta, now = store_of(store).candidates.get(store, cid)
    assert (now.intake.notes, now.candidate.contact.email) == ("Mijn notitie", "nieuw@example.nl")
    _other_desk_saves(store, cid, replace(now, intake=replace(now.intake, notes="Derde")))
    third, _ = save_over_stale(store, cid, now, replace(now, intake=replace(now.intake, notes="Vierde")))
    assert [c.theirs for c in third.conflicts] == ["Derde"]


def test_marker_changes_when_another_connection_commits(tmp_path: Path) -> None:
    from intake_desk.app.opening import open_or_create

    path = tmp_path / "one-file.sqlite"
    desk_a = open_or_create(path)
    desk_b = open_database(path)
    try:
        first = changes_marker(desk_a)
        assert changes_marker(desk_a) == first  # nothing happened
        _insert(desk_b, _record())
        assert changes_marker(desk_a) != first
        settled = changes_marker(desk_a)
        with pytest.raises(RuntimeError), desk_b.atomic():
            store_of(desk_b).candidates.insert(desk_b, _record(first_name="Teruggedraaid"))
            raise RuntimeError("rolled back")
        assert changes_marker(desk_a) == settled  # a rollback is no change
    finally:
        desk_a.close()
        desk_b.close()


def test_server_marker_sees_commits_only(pg_server: Any, pg: Any) -> None:  # noqa: F811
    from intake_desk.storage.postgres import connection

    other = connection.connect(pg_server.url, installation_id="desk-other")
    try:
        first = changes_marker(pg)
        assert changes_marker(pg) == first
        with other.atomic():
            cid, _ = _insert(other, _record())
            assert changes_marker(pg) == first  # not yet committed: nothing to see
        assert changes_marker(pg) != first
        settled = changes_marker(pg)
        with pytest.raises(RuntimeError), other.atomic():
            _insert(other, _record(first_name="Teruggedraaid"))
            raise RuntimeError("rolled back")
        assert changes_marker(pg) == settled
        _other_desk_saves(other, cid, _record(notes="Nieuw"))
        assert changes_marker(pg) != settled
        # Drafts, saved every few seconds while typing, are no reason for other desks to refresh.
        settled = changes_marker(pg)
        store_of(other).drafts.save(other, "intake-z", "intake", _values(), cid)
        assert changes_marker(pg) == settled
    finally:
        other.close()


def test_server_marker_sees_a_commit_that_drew_its_number_first(pg_server: Any, pg: Any) -> None:  # noqa: F811
    """Two desks commit in the opposite order to their writes: both commits change the marker."""
    from intake_desk.storage.postgres import connection

    # each desk its own installation (one write counter row each, which a desk's save locks)
    one = connection.connect(pg_server.url, installation_id="desk-one")
    two = connection.connect(pg_server.url, installation_id="desk-two")
    try:
        with one.atomic():
            _insert(one, _record(first_name="Een"))
            with two.atomic():
                _insert(two, _record(first_name="Twee"))
            after_two = changes_marker(pg)
        assert changes_marker(pg) != after_two
    finally:
        one.close()
        two.close()


def test_marker_is_cheap(store: Any) -> None:
    """Polled every half second on the database thread, between the advisor's own jobs."""
    for n in range(30):
        _insert(store, _record(first_name=f"Voornaam{n}"))
    changes_marker(store)
    times = []
    for _ in range(200):
        start = time.perf_counter()
        changes_marker(store)
        times.append(time.perf_counter() - start)
    times.sort()
    median = times[len(times) // 2]
    print(f"marker on {getattr(store, 'backend', 'sqlite')}: median {median * 1e6:.0f} us,"
          f" p95 {times[189] * 1e6:.0f} us")
    assert median < 0.001
