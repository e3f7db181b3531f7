"""Matching services and the `match` / `plan-save` commands, against the sample catalog in a real database."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from intake_desk.app.candidates import add_candidate
from intake_desk.app.opening import open_or_create
from intake_desk.app.plans import plan_pdf
from intake_desk.app.routes import RouteBreaksRules, candidate_routes, save_plan
from intake_desk.cli import main
from intake_desk.domain import (
    Availability,
    Candidate,
    CandidateRecord,
    Cefr,
    Consent,
    ConsentPurpose,
    CredentialKind,
    DutchLevel,
    EducationEntry,
    EducationLevel,
    Goal,
    Intake,
    PersonName,
    Situation,
)
from intake_desk.domain.codec import replace
from intake_desk.domain.route import GapCode, StoneKind
from intake_desk.matching.edits import alternatives, move_start, recheck
from intake_desk.matching.rules import Rule
from intake_desk.plans.texts import action_text, gap_text
from intake_desk.storage import plans as plan_repo
from intake_desk.storage import settings as settings_repo
from intake_desk.storage.errors import ConsentMissing
from tests.pdf_text import pdf_words

TODAY = date(2026, 11, 22)


def _add(db: Database, purposes: frozenset[ConsentPurpose] = frozenset({ConsentPurpose.ADVICE,
                                                                        ConsentPurpose.PLAN})) -> str:
    record = CandidateRecord(
        Candidate(PersonName("Kevin", "Smit"), birth_date=date(1995, 3, 1), region_code="rijnmond"),
        Intake(date=TODAY, education=(EducationEntry(EducationLevel.MBO2),),
               dutch=DutchLevel(native=True, overall=Cefr.C1), availability=Availability(32),
               goals=(Goal("Kok", sector="horeca"),),
               consent=Consent(given=bool(purposes), date=TODAY, purposes=purposes)))
    meta, _ = add_candidate(db, record)
    return meta.id


def test_a_plan_is_kept_only_with_consent_for_a_plan(db: Database, db_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """The routes may be looked at during the conversation (nothing is kept); saving a plan version
    keeps the person's situation, so it needs their consent for a plan, as printing does."""
    cid = _add(db, frozenset({ConsentPurpose.ADVICE}))
    found = candidate_routes(db, cid, today=TODAY)
    assert found.result.routes
    with pytest.raises(ConsentMissing, match="een plan"):
        save_plan(db, cid, found.result.routes[0], today=TODAY)
    with pytest.raises(ConsentMissing):
        save_plan(db, cid, None, today=TODAY)  # a plan without a route keeps the situation too
    assert plan_repo.versions(db, cid) == []
    db.close()
    assert main(["--db", str(db_path), "plan-save", cid, "--today", "2026-11-22"]) == 1
    err = capsys.readouterr().err
    assert "toestemming" in err and "plan" in err


def test_routes_for_a_stored_candidate_and_saving_versions(db: Database) -> None:
    cid = _add(db)
    found = candidate_routes(db, cid, today=TODAY)
    assert found.result.routes
    route = found.result.routes[0]
    v1, changes = save_plan(db, cid, route, today=TODAY)
    assert changes.plans == frozenset({cid}) and v1.version == 1
    edited = move_start(route, 0, route.steps[0].start + timedelta(days=1))
    with pytest.raises(RouteBreaksRules):  # not a start date of the offering
        save_plan(db, cid, edited, today=TODAY)
    _v2, _ = save_plan(db, cid, found.result.routes[-1], today=TODAY)
    assert [v.version for v in plan_repo.versions(db, cid)] == [1, 2]
    assert plan_repo.get_version(db, cid, 1) == v1  # the first version is untouched


def test_edits_are_rechecked(db: Database) -> None:
    cid = _add(db)
    found = candidate_routes(db, cid, today=TODAY)
    route = found.result.routes[0]
    rec = found.record
    checked = recheck(move_start(route, 0, TODAY - timedelta(days=7)), rec.intake, found.catalog, TODAY,
                      rec.candidate)
    assert Rule.NOT_BEFORE_TODAY in {v.rule for v in checked.violations}
    for alt in alternatives(route, 0, rec.intake, found.catalog, rec.candidate):
        assert alt.region_code == "rijnmond"


def test_cli_match_json_and_plan_save(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_or_create(db_path)
    cid = _add(db)
    db.close()
    assert main(["--db", str(db_path), "match", cid, "--json", "--top", "3", "--today", "2026-11-22"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert 1 <= len(doc["routes"]) <= 3
    r = doc["routes"][0]
    for key in ("steps", "total_weeks", "score", "reasons", "gaps"):
        assert key in r
    step = r["steps"][0]
    for key in ("offering_code", "title", "provider", "location", "leerweg", "start", "end",
                "hours_per_week", "cost", "funding", "credential"):
        assert key in step
    assert main(["--db", str(db_path), "match", cid, "--today", "2026-11-22"]) == 0
    assert "score" in capsys.readouterr().out
    assert main(["--db", str(db_path), "plan-save", cid, "--today", "2026-11-22"]) == 0
    assert "versie 1" in capsys.readouterr().out
    assert main(["--db", str(db_path), "plan-save", cid, "--route", "99", "--today", "2026-11-22"]) == 1


def test_saved_plan_has_stepping_stones_from_the_route_and_prints_them_in_english(
        db: Database, tmp_path: Path) -> None:
    # No vmbo diploma: Entree first (the profile Assistent dienstverlening, 25741), then Helpende
    # (25960). Entree is a stone on the way; the known ladder after Helpende (Verzorgende-IG, level 3;
    # Mbo-Verpleegkundige, level 4) are the next ones.
    record = CandidateRecord(
        Candidate(PersonName("Noor", "Visser"), birth_date=date(2008, 5, 1), region_code="groot-amsterdam"),
        Intake(date=TODAY, situation=Situation.SCHOOL_LEAVER,
               education=(EducationEntry(EducationLevel.VMBO_BB, completed=False),),
               dutch=DutchLevel(native=True, overall=Cefr.C1), availability=Availability(36),
               goals=(Goal("Helpende zorg en welzijn", sector="zorg en welzijn", crebo="25960",
                           credential=CredentialKind.DIPLOMA),),
               consent=Consent(given=True, date=TODAY,
                               purposes=frozenset({ConsentPurpose.ADVICE, ConsentPurpose.PLAN}))))
    meta, _ = add_candidate(db, record)
    settings_repo.save(db, replace(settings_repo.load(db), advisor_name="Đặng Thi Lan"))
    route = candidate_routes(db, meta.id, today=TODAY).result.routes[0]
    assert [s.item_code for s in route.steps] == ["25741", "25960"]
    saved, _ = save_plan(db, meta.id, route, today=TODAY)
    way = [s for s in saved.stones if s.kind is StoneKind.ON_THE_WAY]
    after = [s for s in saved.stones if s.kind is StoneKind.NEXT]
    assert [(s.item_code, s.credential, s.level, s.reached) for s in way] == [
        ("25741", CredentialKind.DIPLOMA, 1, route.steps[0].end)]
    assert [(s.level, s.item_code) for s in after] == [(3, "25656"), (4, "25655")]
    assert all(s.credential is CredentialKind.DIPLOMA and s.crebo == s.item_code for s in after)
    assert saved.next_appointment is None  # no date was agreed
    assert plan_repo.get_version(db, meta.id) == saved  # stored and read back as data
    text = pdf_words(plan_pdf(db, meta.id, lang="en"))
    assert (f"{route.steps[0].title}: diploma (level 1, crebo 25741), around "
            f"{route.steps[0].end:%B %Y}") in text
    title = after[0].title[:1].upper() + after[0].title[1:]  # printed with a capital
    assert f"{title} (level 3, crebo {after[0].crebo}): diploma" in text
    later, _ = save_plan(db, meta.id, route, today=TODAY, next_appointment=TODAY + timedelta(days=14))
    assert later.next_appointment == TODAY + timedelta(days=14) and later.version == 2


def test_saved_actions_carry_both_languages_and_print_in_the_plan_language(
        db: Database, tmp_path: Path) -> None:
    # No job yet and a BBL goal: "find a recognised training company" becomes an action on the plan.
    record = CandidateRecord(
        Candidate(PersonName("Ria", "Visser"), birth_date=date(1974, 3, 1), region_code="zeeland"),
        Intake(date=TODAY, education=(EducationEntry(EducationLevel.VMBO_KB),),
               dutch=DutchLevel(native=True, overall=Cefr.C1), availability=Availability(24),
               goals=(Goal("Metselaar", sector="bouw"),),
               consent=Consent(given=True, date=TODAY,
                               purposes=frozenset({ConsentPurpose.ADVICE, ConsentPurpose.PLAN}))))
    meta, _ = add_candidate(db, record)
    settings_repo.save(db, replace(settings_repo.load(db), advisor_name="Đặng Thi Lan"))
    route = next(r for r in candidate_routes(db, meta.id, today=TODAY).result.routes
                 if any(g.code == "leerbedrijf" for g in r.gaps))
    saved, _ = save_plan(db, meta.id, route, today=TODAY)
    # the action carries its gap (a code with typed arguments); the plan words it per language
    [action] = [a for a in saved.actions if a.gap is not None and a.gap.code is GapCode.LEERBEDRIJF]
    gap = next(g for g in saved.route.gaps if g.code is GapCode.LEERBEDRIJF)
    assert action.gap == gap and not action.answer
    what, what_en = action_text(action, "nl"), action_text(action, "en")
    assert (what, what_en) == (gap_text(gap, "nl"), gap_text(gap, "en"))
    assert what_en.startswith("Find a job or placement") and what.startswith("Zoek vóór")

    def text(lang: str) -> str:
        return pdf_words(plan_pdf(db, meta.id, lang=lang))

    english, dutch = text("en"), text("nl")
    assert "Find a job or placement" in english and what[:30] not in english
    assert "You Find a job" in english  # who: the candidate, worded per language
    assert what[:30] in dutch and "Find a job" not in dutch


def test_cli_match_text_says_why_the_goal_itself_is_not_among_the_routes(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_or_create(db_path)
    record = CandidateRecord(
        # 12 hours: Metselaar itself asks 16 or more in the Achterhoek; Timmerman fits
        Candidate(PersonName("Dennis", "Kramer"), birth_date=date(1990, 6, 1), region_code="achterhoek"),
        Intake(date=TODAY, education=(EducationEntry(EducationLevel.VMBO_KB),), has_job_or_placement=True,
               dutch=DutchLevel(native=True, overall=Cefr.C1), availability=Availability(12),
               goals=(Goal("Metselaar", sector="bouw"),)))
    meta, _ = add_candidate(db, record)
    found = candidate_routes(db, meta.id, today=TODAY)
    db.close()
    assert found.result.routes and found.result.gaps  # routes, and a word on the goal itself
    assert main(["--db", str(db_path), "match", meta.id, "--today", "2026-11-22"]) == 0
    out = capsys.readouterr().out
    for gap in found.result.gaps:
        assert f"! {gap_text(gap, 'nl')}" in out
