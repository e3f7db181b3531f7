"""A plan for everyone, and one truth per figure: over many demo candidates and the sample catalog,
every candidate gets a printable plan; the demand figure on paper is the one in the route's reason;
the goal printed is the candidate's own; no action is due sooner than the minimum; "Adviseur: -"
never prints. Plans are rendered to PDF and read back with pdftotext, as the candidate reads them."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from intake_desk.app.candidates import add_candidate
from intake_desk.app.opening import open_or_create
from intake_desk.app.plans import load_document, plan_pdf
from intake_desk.app.routes import save_plan
from intake_desk.catalog.sample import load_sample
from intake_desk.cli import main
from intake_desk.demo import demo_records
from intake_desk.domain import (
    Availability,
    Barrier,
    Big5,
    CandidateRecord,
    Catalog,
    Factor,
    Gap,
    Reason,
)
from intake_desk.domain.codec import replace
from intake_desk.domain.route import GapArgs, GapCode, WhyNot
from intake_desk.examples import (
    EXAMPLE_SETTINGS,
    TODAY,
    example_document,
    persona_document,
    plan_document_for,
)
from intake_desk.matching.engine import match_result
from intake_desk.matching.plan_content import (
    ACTION_MIN_DAYS,
    LEERBEDRIJF_MIN_DAYS,
    action_due,
    minimum_due,
)
from intake_desk.matching.rules import GAP_LEERBEDRIJF
from intake_desk.plans import PlanDocument, render_plan
from intake_desk.plans.document import AdvisorMissing
from intake_desk.plans.texts import NL, action_text, gap_text, reason_text
from intake_desk.storage import plans as plan_repo
from intake_desk.storage import settings as settings_repo
from tests.pdf_text import pdf_text as shared_pdf_text

FIGURE = re.compile(r"\b(\d) (?:van|of|out of) 5\b")


@cache
def catalog() -> Catalog:
    return load_sample()


FURNITURE = re.compile(r"^(VOORBEELDGEGEVENS|·|Plan .* pagina \d+ van \d+|.*Persoonlijk ontwikkelplan · .*)$")


def pdf_text(data: bytes) -> str:
    """The plan's text in reading order as one line of words, without what repeats on every page
    (sample mark, page header and footer), so a text that runs over a page break reads whole."""
    lines = [ln for ln in shared_pdf_text(data, raw=True).splitlines() if not FURNITURE.match(ln.strip())]
    return " ".join(" ".join(lines).split())


def words(text: str) -> str:
    return " ".join(text.split())


def section(text: str, title: str, *ends: str) -> str:
    start = text.index(title)
    stops = [i for e in ends if (i := text.find(e, start + len(title))) >= 0]
    return text[start:min(stops, default=len(text))]


def check_plan(doc: PlanDocument, today: date) -> None:
    """Everything a candidate must be able to trust on their plan, read from the PDF itself."""
    data = render_plan(doc, invariant=True)
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    plan, record, route = doc.plan, doc.record, doc.plan.route
    assert words(record.candidate.name.display) in text
    advisor = words(plan.advisor or doc.settings.advisor_name)
    assert "Adviseur: -" not in text and f"Adviseur: {advisor}" in text
    for part in ("Waar u nu staat", "Uw doel", "Volgende afspraak", "Uw gegevens", "Handtekeningen"):
        assert part in text, part

    # the goal printed is the candidate's own, as recorded (not the route's credential)
    goal = section(text, "Uw doel", NL["route_title"], NL["no_route_title"])
    for g in record.intake.goals[:4]:
        assert words(g.occupation) in goal, g.occupation
    if not record.intake.goals:
        assert NL["goal_none"] in goal

    # one truth per figure: every "N van 5" on the plan is the route's own figure, with its date
    figures = set(FIGURE.findall(text))
    if route.demand is not None:
        assert figures == {str(route.demand.rating)}
        reason = next(r for r in route.reasons if r.factor is Factor.REGIONAL_DEMAND)
        assert f"{route.demand.rating} van 5" in reason_text(reason, "nl")
        assert f"{route.demand.as_of:%d-%m-%Y}" in section(text, NL["prospects"], NL["route_title"])
        assert NL["prospects_unknown"] not in text
    else:
        assert not figures, figures

    if route.steps:
        last = route.steps[-1]
        assert words(f"{NL['route_leads_to']} {last.title}") in goal
    else:  # a plan without a route says why, in the matcher's own words
        assert NL["no_route_title"] in text
        why = section(text, NL["no_route_title"], NL["referrals_title"], NL["actions_title"])
        for gap in route.gaps[:8]:
            assert words(gap_text(gap, "nl"))[:60] in why, gap.code
        assert plan.actions, "no route, but something to do"

    # Big 5 barriers are never lost: each one is printed with its referral or as still to arrange
    if record.intake.barriers:
        help_ = section(text, NL["referrals_title"], NL["actions_title"], NL["appointment_title"])
        for b in record.intake.barriers[:10]:
            assert NL[f"big5_{b.domain.value}"] in help_
            assert (words(b.referral) if b.referral.strip() else NL["referral_open"]) in help_

    # deadlines leave real time
    for a in plan.actions:
        assert a.due is not None
        if a.tight:  # only when the route itself starts sooner than the minimum
            assert route.start is not None and a.due == route.start and a.due >= today
        else:
            assert a.due >= today + timedelta(days=ACTION_MIN_DAYS), a
        if a.gap is not None and a.gap.code is GapCode.LEERBEDRIJF and not a.tight:
            assert a.due >= today + timedelta(days=LEERBEDRIJF_MIN_DAYS)


def document(record: CandidateRecord, today: date = TODAY) -> PlanDocument:
    return plan_document_for(record, catalog(), today, candidate_id="c0ffee00",
                             next_appointment=today + timedelta(days=21))


def test_every_demo_candidate_gets_a_printable_plan_that_tells_one_truth() -> None:
    docs = [document(r) for r in demo_records(40, seed=2026, today=TODAY)]
    without = [d for d in docs if not d.plan.route.steps]
    for d in docs:
        check_plan(d, TODAY)
    # the sample has candidates both with and without a route; both kinds were read back
    assert without and len(without) < len(docs)


CANDIDATE_DAYS = dict(
    seed=st.integers(0, 100_000), days=st.integers(0, 300), hours=st.sampled_from([0, 8, 16, 32]),
    barrier=st.sampled_from([None, Barrier(Big5.WONEN, "Zoekt een kamer"),
                             Barrier(Big5.INKOMEN, "Schulden", "Schuldhulpverlening")]))


# Each example matches, renders and reads back a plan: the default run tries 10, the slow run 200.
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(**CANDIDATE_DAYS)
def test_any_candidate_on_any_day(seed: int, days: int, hours: int, barrier: Barrier | None) -> None:
    _any_day(seed, days, hours, barrier)


@pytest.mark.slow
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(**CANDIDATE_DAYS)
def test_any_candidate_on_any_day_many(seed: int, days: int, hours: int, barrier: Barrier | None) -> None:
    _any_day(seed, days, hours, barrier)


def _any_day(seed: int, days: int, hours: int, barrier: Barrier | None) -> None:
    today = TODAY + timedelta(days=days)
    record = next(demo_records(1, seed=seed, today=today))
    intake = record.intake
    if hours == 0:
        intake = replace(intake, availability=Availability(hours_per_week=0))
    if barrier is not None:
        intake = replace(intake, barriers=(*intake.barriers, barrier))
    check_plan(document(replace(record, intake=intake), today), today)


@pytest.mark.parametrize("kind", ["schoolverlater", "nieuwkomer", "zijinstromer"])
def test_the_three_example_plans(kind: str) -> None:
    doc = persona_document(kind)
    check_plan(doc, TODAY)
    assert doc.is_sample  # marked on paper: these are sample data


def test_deadlines_leave_real_time() -> None:
    today = date(2026, 3, 9)
    far = today + timedelta(weeks=20)
    assert action_due(GAP_LEERBEDRIJF, far, today) == (far - timedelta(weeks=6), False)
    soon = today + timedelta(weeks=3)  # six weeks before is in the past: two weeks from today
    assert action_due(GAP_LEERBEDRIJF, soon, today) == (today + timedelta(weeks=2), False)
    tomorrow = today + timedelta(days=1)  # never "tomorrow" as if it were normal: tight, before the start
    assert action_due(GAP_LEERBEDRIJF, tomorrow, today) == (tomorrow, True)
    assert minimum_due("vog", today) == today + timedelta(days=ACTION_MIN_DAYS)
    # a deadline the gap's text names is kept when it leaves the minimum time
    named = today + timedelta(weeks=9)
    assert action_due(GAP_LEERBEDRIJF, far, today, named) == (named, False)


def test_tight_action_prints_before_the_start() -> None:
    doc = example_document()
    start = doc.plan.route.start
    assert start is not None
    acts = (replace(doc.plan.actions[0], due=start, tight=True),)
    text = pdf_text(render_plan(replace(doc, plan=replace(doc.plan, actions=acts)), invariant=True))
    assert f"vóór de start op {start:%d-%m-%Y}" in text and "let op: weinig tijd" in text


def test_the_plan_prints_the_routes_figure_not_a_second_lookup() -> None:
    doc = example_document()
    demand = doc.plan.route.demand
    assert demand is not None
    # another figure for the same region in the catalog must not change what the plan says
    text = pdf_text(render_plan(doc, invariant=True))
    assert f"({demand.rating} van 5) in Zeeland" in text and "UWV (voorbeeld), 15-01-2026" in text
    other = replace(demand, rating=2, as_of=date(2026, 2, 1))
    moved = replace(doc, plan=replace(doc.plan, route=replace(doc.plan.route, demand=other)))
    assert "(2 van 5)" in pdf_text(render_plan(moved, invariant=True))


def test_a_plan_saved_before_routes_carried_their_figure_prints_its_reason() -> None:
    doc = example_document()
    legacy = replace(doc, plan=replace(doc.plan, route=replace(doc.plan.route, demand=None)))
    text = pdf_text(render_plan(legacy, invariant=True))
    assert NL["prospects_unknown"] not in text
    reason = next(r for r in legacy.plan.route.reasons if r.factor is Factor.REGIONAL_DEMAND)
    assert words(reason_text(reason, "nl")) in text
    none = replace(legacy, plan=replace(legacy.plan, route=replace(
        legacy.plan.route, reasons=tuple(r for r in legacy.plan.route.reasons
                                         if r.factor is not Factor.REGIONAL_DEMAND))))
    assert NL["prospects_unknown"] in pdf_text(render_plan(none, invariant=True))


def test_goal_is_the_candidates_and_the_route_credential_is_separate() -> None:
    doc = example_document()
    text = pdf_text(render_plan(doc, invariant=True))
    goal = section(text, "Uw doel", NL["route_title"])
    assert "Helpende zorg en welzijn (u wilt een diploma)" in goal
    last = doc.plan.route.steps[-1]
    assert words(f"Deze route leidt tot {last.title} (niveau {last.level}): diploma") in goal


def test_printing_without_an_advisor_name_is_refused() -> None:
    doc = example_document()
    nameless = replace(doc, settings=replace(EXAMPLE_SETTINGS, advisor_name=" "),
                       plan=replace(doc.plan, advisor=""),
                       record=replace(doc.record, intake=replace(doc.record.intake, advisor="")))
    with pytest.raises(AdvisorMissing, match="Instellingen > Naam adviseur"):
        render_plan(nameless)


# ---- a plan without a route, through the database and the command line ------------------------

def _no_hours(db: Database) -> str:
    record = next(demo_records(1, seed=11, today=TODAY))
    intake = replace(record.intake, availability=Availability(hours_per_week=0),
                     barriers=(Barrier(Big5.WONEN, "Slaapt bij vrienden"),
                               Barrier(Big5.INKOMEN, "Schulden", "Schuldhulpverlening Goes")))
    meta, _ = add_candidate(db, replace(record, intake=intake))
    return meta.id


def test_a_plan_without_a_route_is_saved_and_printed(db: Database) -> None:
    cid = _no_hours(db)
    assert not match_result(plan_repo_record(db, cid).intake, catalog(), TODAY).routes
    saved, changes = save_plan(db, cid, None, today=TODAY, next_appointment=TODAY + timedelta(days=14))
    assert changes.plans == frozenset({cid}) and not saved.route.steps
    assert [g.code for g in saved.route.gaps] == ["geen-uren"]
    assert any(action_text(a, "nl").startswith("Zoek uit wanneer u tijd heeft") and a.who == "kandidaat"
               for a in saved.actions)
    assert {r.domain for r in saved.referrals} == {Big5.WONEN, Big5.INKOMEN}
    assert any("Hulp regelen bij: wonen" in action_text(a, "nl") for a in saved.actions)  # not referred yet
    assert plan_repo.get_version(db, cid) == saved  # the codec stores and reads a route without steps

    with pytest.raises(AdvisorMissing, match="Instellingen > Naam adviseur"):
        load_document(db, cid)
    settings_repo.save(db, replace(settings_repo.load(db), advisor_name="Đặng Thi Lan",
                                   advisor_email="t.dang@voorbeeldcollege.nl"))
    text = pdf_text(plan_pdf(db, cid))
    for expected in ("Waarom er nog geen route is", "geen uren per week om te leren",
                     "Schuldhulpverlening Goes", "Slaapt bij vrienden", NL["referral_open"],
                     f"Op {TODAY + timedelta(days=14):%d-%m-%Y} praten we verder.",
                     "Handtekeningen", "e-mail t.dang@voorbeeldcollege.nl"):
        assert expected in text, expected
    assert "Kans op werk" not in text and "Adviseur: -" not in text


def plan_repo_record(db: Database, cid: str) -> CandidateRecord:
    from intake_desk.storage import candidates

    return candidates.get(db, cid)[1]


def test_cli_plan_save_without_a_route(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_or_create(db_path)
    cid = _no_hours(db)
    db.close()
    assert main(["--db", str(db_path), "plan-save", cid, "--today", TODAY.isoformat(),
                 "--volgende-afspraak", (TODAY + timedelta(days=7)).isoformat()]) == 0
    out = capsys.readouterr().out
    assert "Plan zonder route opgeslagen: versie 1" in out and "geen uren per week" in out
    assert main(["--db", str(db_path), "plan-save", cid, "--route", "2"]) == 1
    assert "--route" in capsys.readouterr().err


def test_plan_without_route_when_routes_exist_says_none_was_chosen(db: Database) -> None:
    record = next(r for r in demo_records(40, seed=2026, today=TODAY)
                  if match_result(r.intake, catalog(), TODAY, candidate=r.candidate).routes)
    meta, _ = add_candidate(db, record)
    saved, _ = save_plan(db, meta.id, None, today=TODAY)
    assert saved.route.gaps[0].code == "geen-route-gekozen"
    assert any(action_text(a, "nl").startswith("De mogelijke routes samen bespreken") for a in saved.actions)


def test_unknown_no_route_reasons_become_the_advisors_action() -> None:
    from intake_desk.domain import CredentialKind, Route
    from intake_desk.matching.plan_content import no_route_actions

    route = Route(steps=(), goal_credential=CredentialKind.DIPLOMA,
                  gaps=(Gap(GapCode.TRAVEL_AREA, blocking=True),
                        Gap(GapCode.OUT_OF_REACH, GapArgs(why=WhyNot.REGION), blocking=True)))
    acts = no_route_actions(route, TODAY, None)
    assert (acts[0].who, action_text(acts[0], "nl")) == ("adviseur", gap_text(route.gaps[0], "nl"))
    assert acts[1].who == "kandidaat"
    assert action_text(acts[1], "nl").startswith("Bekijk of u verder kunt reizen")
    # a plan saved before gaps were typed: its family code and its saved words
    old = Gap(GapCode("buiten-bereik-region"), text_nl="Buiten het reisgebied.", text_en="Outside.")
    assert old.code is GapCode.OUT_OF_REACH and gap_text(old, "en") == "Outside."
    assert all(a.due == TODAY + timedelta(days=LEERBEDRIJF_MIN_DAYS) for a in acts)
    reason = Reason(Factor.GOAL_FIT, 1.0, "x", "x")
    assert reason_text(reason, "nl") == "x"
