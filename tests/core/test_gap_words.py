"""Words at the edges (issue 14): the matcher returns gaps as codes with typed arguments; the printed
plan and the command line word them (plans/texts.py), the screen has its own words
(ui/views/route_words.py, tested in tests/ui/test_route_words.py). Also the session-5 route fault:
an unknown level of Dutch makes every route say to check it first."""

from __future__ import annotations

import ast
import re
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from intake_desk.catalog.sample import load_sample
from intake_desk.domain import (
    Cefr,
    DutchLevel,
    EducationEntry,
    EducationLevel,
    Factor,
    Goal,
    Preferences,
    Reason,
)
from intake_desk.domain.codec import from_json, replace, to_json
from intake_desk.domain.enums import Big5, CredentialKind, Leerweg, RefLevel, Situation
from intake_desk.domain.route import (
    Breach,
    FundingProblem,
    Gap,
    GapArgs,
    GapCode,
    Named,
    Need,
    ReasonArgs,
    ReasonCode,
    Rule,
    Term,
    Violation,
    ViolationArgs,
    WhyNot,
)
from intake_desk.examples import TODAY, persona_records, plan_document_for
from intake_desk.matching.engine import match_result
from intake_desk.matching.plan_content import RouteBreaksRules, plan_version
from intake_desk.plans.renderer import render_plan
from intake_desk.plans.texts import (
    GAPS,
    check_gaps_complete,
    gap_text,
    reason_text,
    rule_text,
    violation_text,
)
from tests.pdf_text import pdf_words

ROOT = Path(__file__).resolve().parents[2]
FULL = GapArgs(title="Helpende Zorg en Welzijn", level=2, levels=(2, 3), goal="helpende",
               field="Zorg en welzijn",
               places=(Named("Verzorgende-IG", 3), Named("Zeeland", km=40)), same=True, missed=True,
               term=Term("verpleegkundige", "nurse"), limit=Term("rug", "back"),
               scheme=Term("UWV scholing", "UWV training"), ask=Term("UWV", "UWV"), need=RefLevel.F2,
               dutch=Cefr.A2, example="NT2 naar B1", leerweg=Leerweg.BBL, weeks=63, most=52,
               amount=Decimal("2050"), day=date(2026, 9, 1), role="Elektricien", domain=Big5.WONEN,
               note="zoekt een kamer", referral="wijkteam", why=WhyNot.REGION, rule=Rule.FORTY_WEEKS,
               item_code="25960")


def _variants(code: GapCode) -> list[Gap]:
    """`code` with every argument filled, and with each choice its words depend on."""
    gaps = [Gap(code, FULL, due=date(2026, 5, 1)), Gap(code, due=date(2026, 5, 1))]
    gaps += [Gap(code, replace(FULL, why=why)) for why in WhyNot]
    gaps += [Gap(code, replace(FULL, why=None, rule=rule)) for rule in Rule]
    return gaps


@pytest.mark.parametrize("code", list(GapCode))
def test_every_gap_code_has_printed_words_in_dutch_and_english(code: GapCode) -> None:
    for gap in _variants(code):
        nl, en = gap_text(gap, "nl"), gap_text(gap, "en")
        assert nl and en and nl != en, (code, gap.args)
        assert not re.search(r"[{}]", nl + en), (nl, en)  # every placeholder filled
    assert not check_gaps_complete()


def test_the_arguments_are_the_words_and_dates_follow_the_language() -> None:
    gap = Gap(GapCode.LEERBEDRIJF, GapArgs(leerweg=Leerweg.BBL), due=date(2026, 5, 1))
    assert "01-05-2026" in gap_text(gap, "nl") and "01/05/2026" in gap_text(gap, "en")
    assert "BBL (werken en leren)" in gap_text(gap, "nl")  # BBL worded one way
    too_long = Gap(GapCode.FUNDING_TOO_LONG, FULL)
    assert "€ 2.050" in gap_text(too_long, "nl") and "€2,050" in gap_text(too_long, "en")
    assert "UWV training only pays" in gap_text(too_long, "en")
    out = Gap(GapCode.OUT_OF_REACH_RULE, GapArgs(rule=Rule.FORTY_WEEKS))
    assert gap_text(out, "nl").endswith("40-wekenregel (mobiliteitsteam, praktijkleren).")


def test_a_plan_saved_before_gaps_were_typed_reads_and_prints_as_saved() -> None:
    stored = {"code": "big5-wonen", "text_nl": "Wonen: zoekt een kamer.", "text_en": "Housing: a room.",
              "blocking": False, "due": None}
    gap = from_json(Gap, stored)
    assert gap.code is GapCode.BIG5 and gap_text(gap, "nl") == "Wonen: zoekt een kamer."
    own = from_json(Gap, {**stored, "code": "doel-buiten-bereik-25960"})
    assert own.code is GapCode.GOAL_OWN_OUT_OF_REACH
    assert from_json(Gap, {**stored, "code": "buiten-bereik-regel-uren"}).code is GapCode.OUT_OF_REACH_RULE
    new = Gap(GapCode.BIG5, GapArgs(domain=Big5.WONEN, note="zoekt een kamer"))
    assert from_json(Gap, to_json(new)) == new


def test_no_branching_on_gap_code_prefixes_and_no_regex_over_gap_words() -> None:
    """The code is an enum: nothing takes it apart as a string (the one legacy read is in
    domain/route.py's GapCode._missing_)."""
    files = ["intake_desk/app/routes.py", "intake_desk/matching/plan_content.py",
             "intake_desk/plans/renderer.py", "intake_desk/cli/match.py", "ui/views/match_panel.py",
             "ui/views/plan_panel.py"]
    for name in files:
        tree = ast.parse((ROOT / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in ("startswith", "removeprefix", "endswith") \
                    and isinstance(node.func.value, ast.Attribute) and node.func.value.attr == "code":
                raise AssertionError(f"{name}:{node.lineno} branches on a code's text")


# --- the session-5 route fault: "Nog niet bekend" ----------------------------------------------------

def _unknown_dutch(native: bool = False, overall: Cefr = Cefr.UNKNOWN):  # type: ignore[no-untyped-def]
    base = persona_records(TODAY)["schoolverlater"]
    cand = replace(base.candidate, birth_date=TODAY - timedelta(days=19 * 365 + 30), municipality="Utrecht",
                   region_code="midden-utrecht")
    intake = replace(base.intake, dutch=DutchLevel(native=native, overall=overall),
                     preferences=Preferences(earliest_start=TODAY, travel_regions=("midden-utrecht",)),
                     goals=(Goal("verzorgende ig", credential=CredentialKind.DIPLOMA),),
                     education=(EducationEntry(EducationLevel.VMBO_KB, name="zorg", year=2025),))
    return replace(base, candidate=cand, intake=intake)


def test_an_unknown_level_of_dutch_makes_every_route_ask_for_it_first() -> None:
    record = _unknown_dutch()
    result = match_result(record.intake, load_sample(), TODAY, candidate=record.candidate)
    assert result.routes
    for route in result.routes:
        assert [g.code for g in route.check_first] == [GapCode.DUTCH_UNKNOWN], route.gaps
        language = next(r for r in route.reasons if r.factor is Factor.LANGUAGE_SUPPORT)
        said = reason_text(language, "nl")
        assert "nog niet bekend" in said and "Zo komt u van" not in said
    # the printed plan: the advisor checks the level first (the form's Taal section)
    text = pdf_words(render_plan(plan_document_for(record, load_sample(), TODAY, candidate_id="x")))
    assert "Het niveau Nederlands is nog niet bekend" in text and "Taal (Alt+3)" in text
    # a known level, or a native speaker: nothing to check first
    for known in (_unknown_dutch(overall=Cefr.B1), _unknown_dutch(native=True)):
        found = match_result(known.intake, load_sample(), TODAY, candidate=known.candidate)
        assert found.routes and not any(r.check_first for r in found.routes)


def test_the_level_reason_says_no_diploma_instead_of_level_zero() -> None:
    record = _unknown_dutch(native=True)
    record = replace(record, intake=replace(record.intake, education=()))
    result = match_result(record.intake, load_sample(), TODAY, candidate=record.candidate)
    said = [reason_text(r, "nl") for route in result.routes for r in route.reasons
            if r.factor is Factor.LEVEL_STEP]
    assert said and not any("niveau 0" in t for t in said), said
    assert any("nog geen diploma" in t for t in said), said


def test_the_print_words_cover_the_same_codes_as_the_enum() -> None:
    keys = set(GAPS["nl"])
    assert all(code.value in keys for code in GapCode), sorted(c for c in GapCode if c.value not in keys)


# --- violations: a breach of a hard rule, as a code with typed arguments ------------------------------

VIOLATION_ARGS = ViolationArgs(title="Metselaar", provider="Voorbeeldcollege", location="Goes",
                               day=date(2026, 9, 1), weeks=63, most=40, load=36.5, hours=24,
                               ref=RefLevel.F2, level=3, other="Nederlands 2F", leerweg=Leerweg.BOL,
                               wanted=(Leerweg.BBL,), scheme="UWV scholing", situation=Situation.WW,
                               credential=CredentialKind.CERTIFICAAT, via="UWV scholing")


@pytest.mark.parametrize("breach", list(Breach))
def test_every_breach_has_printed_words_in_dutch_and_english(breach: Breach) -> None:
    variants = [Violation(Rule.FUNDING, breach, replace(VIOLATION_ARGS, problem=p)) for p in FundingProblem]
    if breach not in (Breach.FUNDING, Breach.SUBSIDY):  # these always carry their problem
        variants += [Violation(Rule.OFFERING, breach, VIOLATION_ARGS),
                     Violation(Rule.OFFERING, breach, replace(VIOLATION_ARGS, title="", location="", via=""))]
        variants += [Violation(Rule.PREREQUISITE, breach, replace(VIOLATION_ARGS, need=need))
                     for need in Need]
    for v in variants:
        nl, en = violation_text(v, "nl"), violation_text(v, "en")
        assert nl and en and nl != en, (breach, v.args)
        assert not re.search(r"[{}]", nl + en), (nl, en)
    for rule in Rule:
        heading = rule_text(rule, "nl")
        assert heading[:1] == heading[:1].upper() and heading != rule_text(rule, "en")


def test_a_route_that_breaks_a_rule_is_refused_with_the_violation_itself() -> None:
    record = _unknown_dutch(native=True)
    catalog = load_sample()
    route = match_result(record.intake, catalog, TODAY, candidate=record.candidate).routes[0]
    early = replace(route, steps=(replace(route.steps[0], start=TODAY - timedelta(days=7)),
                                  *route.steps[1:]))
    with pytest.raises(RouteBreaksRules) as refused:
        plan_version(record, catalog, early, TODAY)
    past = [v for v in refused.value.violations if v.breach is Breach.IN_PAST]
    assert past and past[0].args.title == route.steps[0].title
    assert "start in het verleden" in violation_text(past[0], "nl")


# --- reasons: why a route, as a code with typed arguments ---------------------------------------------

REASON_ARGS = ReasonArgs(title="Entree Dienstverlening", target="Helpende Zorg en Welzijn", level=1,
                         target_level=2, have=2, need=RefLevel.F2, dutch=Cefr.A2, alongside=True,
                         credential=CredentialKind.DIPLOMA, first=True, day=date(2027, 3, 1), weeks=51,
                         job="Helpende", region="Zeeland", rating=4, source="UWV", sample=True)


@pytest.mark.parametrize("code", list(ReasonCode))
def test_every_reason_code_has_printed_words_in_dutch_and_english(code: ReasonCode) -> None:
    plain = ReasonArgs(job="kok", region="Zeeland", day=date(2027, 3, 1))
    for args in (REASON_ARGS, plain, replace(REASON_ARGS, level=3, have=0, alongside=False, first=False)):
        reason = Reason(Factor.GOAL_FIT, 1.0, code=code, args=args)
        nl, en = reason_text(reason, "nl"), reason_text(reason, "en")
        assert nl and en and nl != en, (code, args)
        assert not re.search(r"[{}]", nl + en), (nl, en)
    # a reason saved with its words (an older plan) keeps them
    assert reason_text(Reason(Factor.COST, 1.0, "Gratis.", "Free."), "en") == "Free."
