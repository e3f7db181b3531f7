"""Regional figures: totals equal the sum of their parts, small cells never leave the desk, and the
PDF, XLSX and CSV outputs say the same (issue 17). Also the CLI round trips of status, followup
and report."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path
from unittest import mock

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake_desk.app import followup as fu
from intake_desk.app.candidates import add_candidate
from intake_desk.app.figures import (
    HIDDEN,
    SMALL,
    SUPPRESSED,
    Figures,
    Point,
    Series,
    regional_figures,
    route_kind,
    shown,
    suppress,
)
from intake_desk.cli import main
from intake_desk.demo import demo_records
from intake_desk.domain import CredentialKind, IntakeStatus, Referrer
from intake_desk.domain.trajectory import DropReason, Stage
from intake_desk.regions import all_regions
from intake_desk.reports import render, write_report

TODAY = date.today()
YEAR = (TODAY - timedelta(days=364), TODAY)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("figures") / "demo.sqlite"
    assert main(["--db", str(path), "init", "--demo", "400", "--seed", "7"]) == 0
    # In-process, `init`'s connection lives until the garbage collector finds it, with its commits
    # still in the WAL; the tests copy the file, so write them into it now.
    import gc
    import sqlite3

    gc.collect()
    with sqlite3.connect(path) as conn:
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    conn.close()
    assert busy == 0
    return path


@pytest.fixture
def demo(demo_path: Path, tmp_path: Path):
    import sqlite3

    from intake_desk.storage import open_database

    copy = tmp_path / "demo.sqlite"
    # The backup API, not a file copy: the in-process `init` may still hold its commits in the WAL.
    with sqlite3.connect(demo_path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    source.close()
    target.close()
    db = open_database(copy)
    yield db
    db.close()


def _one(db, *, day: date, referrer: Referrer, seed: int, sample: bool = False,
         region: str = "zeeland") -> str:
    record = next(demo_records(1, seed=seed, today=TODAY))
    record = dataclasses.replace(
        record,
        candidate=dataclasses.replace(record.candidate, sample=sample, region_code=region),
        intake=dataclasses.replace(record.intake, date=day, referrer=referrer,
                                   status=IntakeStatus.COMPLETE))
    meta, _ = add_candidate(db, record)
    return meta.id


# -- the rule --------------------------------------------------------------------------------

@pytest.mark.parametrize(("n", "text"), [(0, "0"), (1, "<5"), (4, "<5"), (5, "5"), (123, "123")])
def test_shown(n, text):
    assert shown(n) == text


@given(st.lists(st.integers(min_value=0, max_value=40), min_size=1, max_size=12))
def test_suppress_hides_enough_and_never_changes_a_count(counts):
    points = suppress(Point(f"p{i}", f"p{i}", n) for i, n in enumerate(counts))
    assert [p.count for p in points] == counts
    small = [p for p in points if 0 < p.count < SMALL]
    hidden = [p for p in points if p.suppressed]
    assert all(p.shown == SUPPRESSED for p in small)
    assert all(p.shown == HIDDEN for p in hidden if p.count >= SMALL)
    if small:
        # the hidden cells together are too many to work any one of them out from the total
        everything = all(p.suppressed for p in points if p.count)
        assert sum(p.count for p in hidden) >= 2 * SMALL or everything
    else:
        assert not hidden


@pytest.mark.parametrize(("row", "kind"), [
    ((0, "", "", "", None), "geen-route"),
    ((2, "praktijkverklaring", "derde-leerweg", "praktijkverklaring", 2), "praktijkverklaring"),
    ((1, "certificaat", "bol", "certificaat", 3), "certificaat"),
    ((1, "diploma", "bbl", "kwalificatie", 3), "bbl"),
    ((1, "diploma", "bol", "kwalificatie", 4), "bol"),
    ((1, "diploma", "bol", "kwalificatie", 1), "entree"),
    ((1, "schoolverklaring", "kort", "module", None), "kort"),
])
def test_route_kind_reads_the_goal_step(row, kind):
    assert route_kind(*row).value == kind


# -- the figures on a known small set ----------------------------------------------------------

def test_known_counts_and_stage_figures(db):
    monday = TODAY - timedelta(days=TODAY.weekday() + 14)  # a Monday two weeks back
    ids = [_one(db, day=monday, referrer=Referrer.UWV, seed=i) for i in range(7)]
    ids += [_one(db, day=monday + timedelta(days=1), referrer=Referrer.GEMEENTE, seed=10 + i)
            for i in range(2)]
    for cid in ids[:6]:
        fu.set_stage(db, cid, Stage.GESTART, on=monday + timedelta(days=3))
    for cid, reason in zip(ids[6:], (DropReason.WORK_FOUND, DropReason.MOVED, DropReason.MOVED),
                           strict=True):
        fu.set_stage(db, cid, Stage.UITGEVALLEN, reason=reason, on=monday + timedelta(days=4))
    fu.set_stage(db, ids[0], Stage.AFGEROND, credential=CredentialKind.CERTIFICAAT,
                 on=monday + timedelta(days=5))

    f = regional_figures(db, monday - timedelta(days=7), TODAY)
    key = {p.key: p.count for p in f.key_figures}
    assert key == {"intakes": 9, "plans": 0, "started": 6, "completed": 1, "dropped_out": 3}
    assert {p.key: p.count for p in f.get("referrer").points} == {"uwv": 7, "gemeente": 2}
    assert {p.key: p.count for p in f.get("dropped_out").points} == {"werk-gevonden": 1,
                                                                    "verhuisd": 2}
    week = monday.isocalendar().week
    assert [p.count for p in f.get("intakes_per_week").points if p.key.endswith(f"W{week:02d}")] == [9]
    assert f.median_days_to_start == 3.0 and f.starts_measured == 6
    assert {p.key: p.shown for p in f.get("referrer").points} == {"uwv": HIDDEN, "gemeente": SUPPRESSED}
    assert not f.sample
    # another region: nothing; a period before: nothing
    assert regional_figures(db, monday, TODAY, "Groot Amsterdam").key_figures[0].count == 0
    assert regional_figures(db, monday - timedelta(days=60), monday - timedelta(days=1)
                            ).key_figures[0].count == 0


def test_unknown_region_and_reversed_period_are_refused(db):
    with pytest.raises(ValueError, match="regio"):
        regional_figures(db, TODAY, TODAY, "Atlantis")
    with pytest.raises(ValueError, match="periode"):
        regional_figures(db, TODAY, TODAY - timedelta(days=1))


# -- totals = sum of parts, on the demo year -------------------------------------------------

def test_totals_equal_the_sum_of_their_parts(demo):
    f = regional_figures(demo, *YEAR)
    key = {p.key: p.count for p in f.key_figures}
    n_intakes = demo.execute("SELECT count(*) FROM intakes WHERE intake_date BETWEEN ? AND ?",
                             [YEAR[0].isoformat(), YEAR[1].isoformat()]).fetchone()[0]
    assert key["intakes"] == n_intakes > 300
    for series in ("intakes_per_week", "referrer", "domein"):
        assert f.get(series).total == n_intakes, series
    assert f.get("completed").total == key["completed"] > 0
    assert f.get("dropped_out").total == key["dropped_out"] > 0
    assert f.get("days_to_start").total == key["started"] > 0
    planned = demo.execute("SELECT count(DISTINCT candidate_id) FROM plans").fetchone()[0]
    assert f.get("route_kind").total == planned > 0
    assert key["plans"] >= planned
    assert f.get("funding").total >= planned  # a plan may use more than one scheme
    assert f.sample
    assert len(f.get("intakes_per_week").points) in (53, 54)


def test_regions_add_up_to_the_whole(demo):
    whole = regional_figures(demo, *YEAR)
    parts = [regional_figures(demo, *YEAR, r.code) for r in all_regions()]
    for i, point in enumerate(whole.key_figures):
        assert sum(p.key_figures[i].count for p in parts) == point.count, point.key


def test_cancel_stops_the_figures(demo):
    from intake_desk.progress import Cancelled, Progress

    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        regional_figures(demo, *YEAR, progress=progress)


# -- the outputs ----------------------------------------------------------------------------

def _small_figures(sample: bool) -> Figures:
    pts = suppress([Point("Zeldzaamlabel", "Rarelabel", 3, "a"), Point("Groepalfa", "Groupalpha", 40, "b"),
                    Point("Groepbeta", "Groupbeta", 12, "c"), Point("Groepgamma", "Groupgamma", 7, "d")])
    series = (Series("test", "Testreeks", "Test series", pts),)
    keys = (Point("Intakes", "Intakes", 62, "intakes"), Point("Afgerond", "Completed", 2, "completed"))
    return Figures(date(2026, 1, 1), date(2026, 3, 31), "zeeland", "Zeeland", series, keys, None, 3,
                   sample, made_on=date(2026, 4, 1))


def _pdf_text(data: bytes, tmp_path: Path) -> str:
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def _line(text: str, word: str) -> str:
    return next(line for line in text.splitlines() if word in line and ("<5" in line or any(
        c.isdigit() for c in line) or "x" in line.split(word)[-1]))


def test_small_cells_are_suppressed_in_every_output(tmp_path):
    f = _small_figures(sample=False)
    # which cells the rule hides: "Zeldzaamlabel" (3) small, then "Groepgamma" (7) beside it
    assert [p.shown for p in f.series[0].points] == ["<5", "40", "12", "x"]

    rows = list(csv.reader(io.StringIO(render(f, "csv").decode("utf-8-sig")), delimiter=";"))
    cells = {r[1]: r[2] for r in rows if len(r) == 3}
    assert cells["Zeldzaamlabel"] == "<5" and cells["Groepgamma"] == "x"
    assert cells["Groepalfa"] == "40" and cells["Afgerond"] == "<5"
    assert cells["Totaal"] == "62"

    wb = openpyxl.load_workbook(io.BytesIO(render(f, "xlsx")))
    values = {r[0]: r[1] for r in wb.active.iter_rows(values_only=True) if r and r[0]}
    assert values["Zeldzaamlabel"] == "<5" and values["Groepgamma"] == "x"
    assert values["Groepalfa"] == 40 and values["Afgerond"] == "<5"
    assert 3 not in values.values() and 7 not in values.values() and 2 not in values.values()

    text = _pdf_text(render(f, "pdf"), tmp_path)
    assert _line(text, "Zeldzaamlabel").split()[-1] == "<5"
    assert _line(text, "Groepgamma").split()[-1] == "x"
    assert _line(text, "Groepalfa").split()[-1] == "40"
    assert _line(text, "Afgerond").split()[-1] == "<5"
    assert "VOORBEELD" not in text and "voorbeeld" not in render(f, "csv").decode("utf-8-sig")

    english = render(f, "csv", lang="en").decode("utf-8-sig")
    assert "Rarelabel;<5" in english and "Groupgamma;x" in english


def test_sample_data_says_voorbeeld_in_every_output(tmp_path):
    f = _small_figures(sample=True)
    assert "VOORBEELD" in _pdf_text(render(f, "pdf"), tmp_path)
    assert "voorbeeld" in render(f, "csv").decode("utf-8-sig")
    wb = openpyxl.load_workbook(io.BytesIO(render(f, "xlsx")))
    assert any("VOORBEELD" in str(c) for r in wb.active.iter_rows(values_only=True) for c in r if c)


def test_demo_report_outputs_hold_the_figures(demo, tmp_path):
    f = regional_figures(demo, *YEAR)
    key = {p.key: p.shown for p in f.key_figures}

    xlsx = write_report(f, tmp_path / "cijfers.xlsx")
    wb = openpyxl.load_workbook(xlsx)
    ws = wb.active
    charts = ws._charts  # openpyxl keeps the sheet's charts here
    assert len(charts) == sum(1 for s in f.series if s.points) >= 7
    values = {r[0]: r[1] for r in ws.iter_rows(values_only=True) if r and r[0]}
    assert values["Intakes"] == int(key["intakes"])
    assert values["Uitgevallen"] == int(key["dropped_out"])

    text = _pdf_text(write_report(f, tmp_path / "cijfers.pdf").read_bytes(), tmp_path)
    assert "VOORBEELD" in text and "Regionale cijfers" in text
    for word, k in (("Intakes", "intakes"), ("Gestart", "started"), ("Uitgevallen", "dropped_out"),
                    ("Afgerond", "completed")):
        assert _line(text, word).split()[-1] == key[k], word
    for s in f.series:
        assert s.title_nl in text
    assert f.median_shown("nl") in _line(text, "Mediaan")

    data = write_report(f, tmp_path / "cijfers.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    got = {r[1]: r[2] for r in rows if len(r) == 3 and r[0] == "kerncijfers"}
    assert got["Intakes"] == key["intakes"] and got["Gestart"] == key["started"]
    for r in rows:  # no raw small count anywhere
        if len(r) == 3 and r[2].isdigit():
            assert int(r[2]) == 0 or int(r[2]) >= SMALL, r


def test_pdf_is_the_same_for_the_same_figures():
    f = _small_figures(sample=True)
    assert render(f, "pdf") == render(f, "pdf")


# -- command line -----------------------------------------------------------------------------

def _ids(path: Path, capsys) -> list[str]:
    assert main(["--db", str(path), "candidate", "search", "--json", "--limit", "500"]) == 0
    return [r["id"] for r in json.loads(capsys.readouterr().out)]


def test_cli_status_round_trip(demo_path, tmp_path, capsys):
    path = tmp_path / "cli.sqlite"
    shutil.copy(demo_path, path)
    db = ["--db", str(path)]
    ids = _ids(path, capsys)
    for cid in ids:
        assert main([*db, "status", "show", cid, "--json"]) == 0
        shown_ = json.loads(capsys.readouterr().out)
        if shown_["status"] == "plan-uitgereikt":
            break
    assert main([*db, "status", "set", cid, "gestart"]) == 0
    assert "gestart" in capsys.readouterr().out
    assert main([*db, "status", "history", cid, "--json"]) == 0
    history = json.loads(capsys.readouterr().out)
    assert history[-1]["from"] == "plan-uitgereikt" and history[-1]["to"] == "gestart"
    assert history[-1]["date"] == TODAY.isoformat()

    assert main([*db, "status", "set", cid, "afgerond"]) == 1
    err = capsys.readouterr().err
    assert "bewijs" in err and "gestart" in err and "afgerond" in err
    assert main([*db, "status", "set", cid, "Afgerond", "--credential", "diploma"]) == 0
    assert main([*db, "status", "set", cid, "gestart"]) == 1
    assert "van “afgerond” naar “gestart” kan niet" in capsys.readouterr().err
    assert main([*db, "status", "set", cid, "bestaatniet"]) == 1
    assert "STATUS: 'bestaatniet' bestaat niet" in capsys.readouterr().err
    assert main([*db, "status", "set", cid, "intake-gedaan", "--date", "31-02-2026"]) == 1
    assert "--date: '31-02-2026' is geen datum" in capsys.readouterr().err
    assert main([*db, "status", "set", "geen-id", "gestart"]) == 1


def test_cli_followup_round_trip(demo_path, tmp_path, capsys):
    path = tmp_path / "cli.sqlite"
    shutil.copy(demo_path, path)
    db = ["--db", str(path)]
    cid = _ids(path, capsys)[0]
    assert main([*db, "followup", "next", cid, TODAY.strftime("%d-%m-%Y"), "--note", "bellen"]) == 0
    capsys.readouterr()
    assert main([*db, "followup", "list", "--due", "today", "--json"]) == 0
    due = json.loads(capsys.readouterr().out)
    assert cid in {e["id"] for e in due}
    assert all(e["next_contact"] == TODAY.isoformat() for e in due)
    assert main([*db, "followup", "list", "--json"]) == 0
    lists = json.loads(capsys.readouterr().out)
    assert set(lists) == {"today", "overdue", "silent"}
    assert all(e["next_contact"] < TODAY.isoformat() for e in lists["overdue"])
    assert main([*db, "followup", "next", cid, "--clear"]) == 0
    capsys.readouterr()
    assert main([*db, "followup", "list", "--due", "today", "--json"]) == 0
    assert cid not in {e["id"] for e in json.loads(capsys.readouterr().out)}
    assert main([*db, "followup", "next", cid, "01-01-2020"]) == 1
    assert "volgende afspraak" in capsys.readouterr().err
    assert main([*db, "followup", "next", cid]) == 1
    assert "DATE" in capsys.readouterr().err
    assert main([*db, "followup", "contact", cid]) == 0


def test_cli_report_writes_each_format_and_names_bad_arguments(demo_path, tmp_path, capsys):
    db = ["--db", str(demo_path)]
    start, end = YEAR[0].strftime("%d-%m-%Y"), YEAR[1].isoformat()
    for ext in ("pdf", "xlsx", "csv"):
        out = tmp_path / f"r.{ext}"
        assert main([*db, "report", "--from", start, "--to", end, "--region", "Zeeland",
                     "--out", str(out)]) == 0
        assert out.stat().st_size > 0
    assert "Zeeland" in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    capsys.readouterr()
    for args, expect in (
        (["--from", "gisteren", "--to", end, "--out", str(tmp_path / "x.pdf")], "--from"),
        (["--from", start, "--to", "01-01-2000", "--out", str(tmp_path / "x.pdf")], "--to"),
        (["--from", start, "--to", end, "--region", "Atlantis", "--out", str(tmp_path / "x.pdf")],
         "--region: 'Atlantis'"),
        (["--from", start, "--to", end, "--out", str(tmp_path / "x.doc")], "--out"),
    ):
        assert main([*db, "report", *args]) == 1
        assert expect in capsys.readouterr().err


def test_only_the_newest_plan_version_in_the_period_counts(db):
    from intake_desk.domain import ItemKind, Leerweg, PlanVersion, Route, RouteStep
    from intake_desk.storage import plans

    cid = _one(db, day=TODAY - timedelta(days=40), referrer=Referrer.SELF, seed=3)

    def step(leerweg: Leerweg, credential: CredentialKind, funding: str) -> RouteStep:
        return RouteStep("o", "25491", "Verzorgende-IG", ItemKind.QUALIFICATION, "School", "Goes",
                         "zeeland", leerweg, TODAY, TODAY + timedelta(weeks=40), 16, credential,
                         level=3, funding_code=funding)

    for day, leerweg, funding in ((TODAY - timedelta(days=30), Leerweg.BOL, "llk"),
                                  (TODAY - timedelta(days=10), Leerweg.BBL, "praktijkleren-bbl")):
        route = Route((step(leerweg, CredentialKind.DIPLOMA, funding),), CredentialKind.DIPLOMA)
        with db.atomic():
            plans.save_version(db, PlanVersion("", 0, cid, route, day))
    year = regional_figures(db, TODAY - timedelta(days=60), TODAY)
    assert {p.key: p.count for p in year.get("route_kind").points} == {"bbl": 1}
    assert {p.key: p.count for p in year.get("funding").points} == {"praktijkleren-bbl": 1}
    assert {p.key: p.count for p in year.key_figures}["plans"] == 1
    # a period that ends before the second version: the first one was the newest then
    before = regional_figures(db, TODAY - timedelta(days=60), TODAY - timedelta(days=20))
    assert {p.key: p.count for p in before.get("route_kind").points} == {"bol": 1}
    assert {p.key: p.count for p in before.get("funding").points} == {"llk": 1}


def test_the_printed_plan_shows_the_follow_up_next_contact(db):
    from intake_desk.app.plans import load_document
    from intake_desk.domain import PlanVersion, Route
    from intake_desk.storage import plans
    from intake_desk.storage import settings as settings_repo

    cid = _one(db, day=TODAY - timedelta(days=5), referrer=Referrer.SELF, seed=4)
    settings_repo.save(db, dataclasses.replace(settings_repo.load(db), advisor_name="Jan de Boer"))
    with db.atomic():
        plans.save_version(db, PlanVersion("", 0, cid, Route((), CredentialKind.DIPLOMA), TODAY,
                                           next_appointment=TODAY + timedelta(days=3)))
    assert load_document(db, cid).plan.next_appointment == TODAY + timedelta(days=3)
    fu.set_next_contact(db, cid, TODAY + timedelta(days=9))
    assert load_document(db, cid).plan.next_appointment == TODAY + timedelta(days=9)


def test_a_database_from_before_the_follow_up_gets_its_facts(tmp_path):
    """m003 fills the fact tables from what is already stored, so the first report after the
    update counts the intakes and plans made before it."""
    from sqlite_utils import Database

    from intake_desk.domain import PlanVersion, Route
    from intake_desk.storage import candidates, connect, open_database, plans
    from intake_desk.storage.migrations import migrations

    path = tmp_path / "old.sqlite"
    old = Database(connect(path))
    migrations.apply(old, stop_before="m003_followup")
    old.execute("INSERT INTO meta (key, value) VALUES ('installation_id', 'old-laptop')")
    day = TODAY - timedelta(days=20)
    # the audit log of that schema has no checksum column yet (m004); what it logs is not counted
    # nor the consent events (m006) and merge stamps (m005) today's writes add
    with old.atomic(), mock.patch("intake_desk.storage.audit.record"), \
            mock.patch("intake_desk.storage.consent.follow"), \
            mock.patch("intake_desk.storage.merge.stamp_insert"), \
            mock.patch("intake_desk.storage.merge.next_write",
                       return_value=mock.Mock(installation="old-laptop", counter=1, hlc="")), \
            mock.patch("intake_desk.storage.merge.stamp_plan_version"):
        record = next(demo_records(1, seed=5, today=TODAY))
        record = dataclasses.replace(
            record, intake=dataclasses.replace(record.intake, date=day, referrer=Referrer.UWV,
                                               status=IntakeStatus.COMPLETE))
        cid = candidates.insert(old, record).id
        plans.save_version(old, PlanVersion("", 0, cid, Route((), CredentialKind.DIPLOMA), day))
    old.close()

    db = open_database(path)  # applies m003
    f = regional_figures(db, day, TODAY)
    assert {p.key: p.count for p in f.key_figures}["intakes"] == 1
    assert {p.key: p.count for p in f.get("referrer").points} == {"uwv": 1}
    assert {p.key: p.count for p in f.get("route_kind").points} == {"geen-route": 1}
    assert f.sample  # a demo record
    assert fu.current_stage(db, cid) == Stage.PLAN_UITGEREIKT
    assert fu.last_contact(db, cid) == day
