"""The advisor's day ("Vandaag") and the day's plans on both stores: the same candidates, intakes,
drafts and plan versions, made through the app's use cases (and the store seam for the plan
versions) on SQLite and on the throw-away PostgreSQL server, give the same lists from
storage/worklist.py and storage/postgres/worklist.py, and the same day's batch from plan_days.
Skipped, with the reason, where no server can start (conftest.py)."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[postgres]')")

from intake_desk.app.candidates import add_candidate
from intake_desk.app.drafts import save_draft
from intake_desk.catalog.sample import load_sample
from intake_desk.demo import demo_records
from intake_desk.domain import (
    CandidateRecord,
    Consent,
    ConsentPurpose,
    CredentialKind,
    IntakeStatus,
    PersonName,
    Route,
)
from intake_desk.domain.route import PlanVersion
from intake_desk.storage import open_database
from intake_desk.storage import worklist as sw
from intake_desk.storage.postgres import worklist as pw
from intake_desk.storage.store import SQLITE, store_of

DAY = date(2026, 11, 30)


@pytest.fixture
def amsterdam(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The desk's clock in the Netherlands (UTC+1 in winter): "today" is the desk's local day, on the
    laptop (SQLite's 'localtime') and at a desk of the server alike."""
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def lite(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    monkeypatch.setenv("INTAKE_DESK_PLAIN", "1")
    db = open_database(tmp_path / "lite.sqlite")
    yield db
    db.close()


@pytest.fixture
def server(pg: Any) -> Any:
    pg.execute("TRUNCATE offerings, catalog_items, regions, demand, funding_schemes, catalog_meta")
    return pg


def _person(n: int, first: str, surname: str, status: IntakeStatus, day: date,
            plan_consent: bool = False) -> CandidateRecord:
    record = list(demo_records(n + 1, seed=19, today=DAY))[n]
    c = record.candidate
    consent = (Consent(given=True, date=day, purposes=frozenset({ConsentPurpose.PLAN}))
               if plan_consent else Consent())
    return dataclasses.replace(
        record, candidate=dataclasses.replace(c, name=PersonName(first_name=first, surname=surname)),
        intake=dataclasses.replace(record.intake, status=status, date=day, consent=consent))


# name -> (status, intake date, consent for a plan, plan versions saved at these UTC instants)
_PEOPLE: dict[str, tuple[IntakeStatus, date, bool, tuple[str, ...]]] = {
    "Anna Akkerman": (IntakeStatus.COMPLETE, DAY, True, ()),
    "Bram Bakker": (IntakeStatus.COMPLETE, DAY - timedelta(days=3), False, ()),
    "Cem Celik": (IntakeStatus.QUICK, DAY - timedelta(days=10), False, ()),
    "Dana Dekker": (IntakeStatus.DRAFT, DAY - timedelta(days=5), False, ()),
    # two versions today (09:00 and 10:00 in Amsterdam)
    "Emre Erdem": (IntakeStatus.COMPLETE, DAY, True,
                   ("2026-11-30T08:00:00.000+00:00", "2026-11-30T09:00:00.000+00:00")),
    # 00:30 on the 30th in Amsterdam, still the 29th in UTC
    "Fleur Fransen": (IntakeStatus.COMPLETE, DAY - timedelta(days=1), True,
                      ("2026-11-29T23:30:00.000+00:00",)),
    # 00:30 on 1 December in Amsterdam, still the 30th in UTC
    "Gijs de Graaf": (IntakeStatus.COMPLETE, DAY, True, ("2026-11-30T23:30:00.000+00:00",)),
    "Hanna Hendriks": (IntakeStatus.QUICK, DAY, False, ()),
    "Ivo Idema": (IntakeStatus.COMPLETE, DAY - timedelta(days=20), True, ()),
    # two more complete intakes of the same day as Anna's: equal dates list by name
    "Zoë Zwart": (IntakeStatus.COMPLETE, DAY, True, ()),
    "Ben Boer": (IntakeStatus.COMPLETE, DAY, False, ()),
}


def _fill(handle: Any) -> dict[str, str]:
    """The people above through the app's use cases (store_of inside), their plan versions through
    the store seam, two drafts; returns id -> name."""
    names: dict[str, str] = {}
    for n, (name, (status, day, consent, saved)) in enumerate(_PEOPLE.items()):
        first, surname = name.split(" ", 1)
        meta, _ = add_candidate(handle, _person(n, first, surname, status, day, consent))
        names[meta.id] = name
        for at in saved:
            with handle.atomic():
                store_of(handle).plans.save_version(handle, PlanVersion(
                    plan_id="", version=0, candidate_id=meta.id,
                    route=Route(steps=(), goal_credential=CredentialKind.DIPLOMA),
                    created_on=DAY), saved_at=at)
        time.sleep(0.003)  # "newest first" must not hang on two saves in the same millisecond
    by_name = {v: k for k, v in names.items()}
    save_draft(handle, "intake-new-1", "intake", {"first_name": "Lotte", "surname": "Voorbeeld"})
    time.sleep(0.003)
    save_draft(handle, "intake-cem", "quick", {"first_name": "Cem", "surname": "Celik"},
               candidate_id=by_name["Cem Celik"])
    return names


def _shown(rows: list[tuple[str, ...]], names: dict[str, str]) -> list[tuple[str, ...]]:
    """The rows with the id (a new UUID on each store) replaced by the person's name."""
    return [(names[r[0]], *r[1:]) for r in rows]


def _lists(handle: Any, names: dict[str, str], day: date) -> dict[str, Any]:
    wl = store_of(handle).worklist
    return {
        "intakes_on": _shown(wl.intakes_on(handle, day), names),
        "quick": _shown(wl.quick_intakes(handle), names),
        "drafts": [(d.id, names.get(d.candidate_id or "", ""), d.form, d.values)
                   for d in wl.drafts(handle)],
        "without_plan": [(names[r[0]], *r[1:], ok) for r, ok in wl.complete_without_plan(handle)],
        "plans_made_on": [((names[r[0]], *r[1:]), v) for r, v in wl.plans_made_on(handle, day)],
        "plan_days": [names[i] for i in store_of(handle).plan_days.candidates_with_plan_on(handle, day)],
        "counts": wl.counts(handle),
        "sample_catalog": wl.sample_catalog(handle),
    }


def test_the_days_lists_are_the_same_on_both_stores(lite: Any, server: Any, amsterdam: None) -> None:
    on = {h: _fill(h) for h in (lite, server)}
    for day in (DAY - timedelta(days=1), DAY, DAY + timedelta(days=1)):
        assert _lists(server, on[server], day) == _lists(lite, on[lite], day), day
    got = _lists(server, on[server], DAY)
    # what each list means, so equal lists cannot both be empty or both be wrong
    assert [r[0] for r in got["intakes_on"]] == ["Ben Boer", "Zoë Zwart", "Hanna Hendriks",
                                                  "Gijs de Graaf", "Emre Erdem", "Anna Akkerman"]
    assert [r[0] for r in got["quick"]] == ["Cem Celik", "Dana Dekker", "Hanna Hendriks"]
    assert [r[0] for r in got["without_plan"]] == ["Anna Akkerman", "Ben Boer", "Zoë Zwart",
                                                    "Bram Bakker", "Ivo Idema"]
    assert [r[-1] for r in got["without_plan"]] == [True, False, True, False, True]
    assert [(r[0], v) for r, v in got["plans_made_on"]] == [("Emre Erdem", 2), ("Fleur Fransen", 1)]
    assert got["plan_days"] == ["Gijs de Graaf", "Emre Erdem"]  # by sort key: "de graaf" first
    assert [d[0] for d in got["drafts"]] == ["intake-cem", "intake-new-1"]
    assert got["counts"] == {"candidates": 11, "quick": 2, "items": 0, "offerings": 0, "regions": 0}
    later = _lists(server, on[server], DAY + timedelta(days=1))["plans_made_on"]
    assert [(r[0], v) for r, v in later] == [("Gijs de Graaf", 1)]


def test_vandaag_and_the_days_batch_of_plans_are_the_same(lite: Any, server: Any,
                                                          amsterdam: None) -> None:
    """What the home view shows (intake_desk.today through the store seam) and the plans printed
    together for a day (app/plans.py), with each candidate known by name."""
    from intake_desk import today
    from intake_desk.app import plans as app_plans

    on = {h: _fill(h) for h in (lite, server)}

    def shown(handle: Any, day: date) -> Any:
        names = on[handle]
        t = today.load(handle, day)
        return ([dataclasses.replace(e, candidate_id=names.get(e.candidate_id, e.candidate_id))
                 for e in (*t.intakes, *t.to_finish, *t.plans)], t.counts, t.sample_catalog,
                [names[c] for c in app_plans.candidates_with_plan_on(handle, day)])

    for day in (DAY, DAY + timedelta(days=1)):
        assert shown(server, day) == shown(lite, day), day
    entries = shown(server, DAY)[0]
    assert {e.kind.value for e in entries} >= {"intake", "snel", "concept", "draft", "plan-maken",
                                                "geen-toestemming", "plan-afdrukken"}


def test_the_catalog_parts_of_the_day_are_the_same(lite: Any, server: Any) -> None:
    sample = load_sample()
    for handle in (lite, server):
        assert not store_of(handle).worklist.sample_catalog(handle)
        with handle.atomic():
            store_of(handle).catalog.save(handle, sample)
    assert pw.sample_catalog(server) and sw.sample_catalog(lite)
    assert pw.counts(server) == sw.counts(lite)
    assert pw.counts(server)["offerings"] == len(sample.offerings)
    for code in [r.code for r in sample.regions[:5]] + ["elders", ""]:
        assert pw.region_name(server, code) == sw.region_name(lite, code), code
    assert pw.region_name(server, sample.regions[0].code) == sample.regions[0].name


def test_a_damaged_candidate_or_intake_is_left_out_alike(lite: Any, server: Any, amsterdam: None,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    on = {h: _fill(h) for h in (lite, server)}
    for handle, names in on.items():
        ids = {v: k for k, v in names.items()}
        mark = "?" if store_of(handle) is SQLITE else "%s"
        # a changed note on Anna's record and on Ivo's intake, their checksums left as they were
        handle.execute(f"UPDATE candidates SET notes = notes || '!' WHERE id = {mark}",
                       [ids["Anna Akkerman"]])
        handle.execute(f"UPDATE intakes SET status = 'x' || status WHERE candidate_id = {mark}",
                       [ids["Ivo Idema"]])
    assert _lists(server, on[server], DAY) == _lists(lite, on[lite], DAY)
    got = _lists(server, on[server], DAY)
    assert [r[0] for r in got["without_plan"]] == ["Ben Boer", "Zoë Zwart", "Bram Bakker"]
    assert "Anna Akkerman" not in [r[0] for r in got["intakes_on"]]
    assert "candidate damaged" in caplog.text and "intake damaged" in caplog.text
