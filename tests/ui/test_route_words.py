"""The screen's words for the matcher's gap codes (ui/views/route_words.py), and the routes panel's
fit words: a route whose level of Dutch is not known yet never "fits well" (issue 14)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from intake_desk.domain import CredentialKind, Factor, Reason, Route
from intake_desk.domain.codec import replace
from intake_desk.domain.route import (
    Breach,
    FundingProblem,
    Gap,
    GapCode,
    ReasonCode,
    Rule,
    Violation,
    WhyNot,
)
from ui.views import route_words
from ui.views.match_panel import fit_words

from ..core.test_gap_words import FULL, REASON_ARGS, VIOLATION_ARGS


def test_every_gap_code_has_screen_words(qapp) -> None:  # type: ignore[no-untyped-def]
    assert route_words.worded_codes() == frozenset(GapCode)
    for code in GapCode:
        variants = [Gap(code, FULL, due=date(2026, 5, 1)), Gap(code)]
        variants += [Gap(code, replace(FULL, why=why)) for why in WhyNot]
        variants += [Gap(code, replace(FULL, why=None, rule=rule)) for rule in Rule]
        for gap in variants:
            text = route_words.gap_text(gap)
            assert text and not re.search(r"[{}]", text), (code, text)


def test_saved_words_are_shown_as_saved(qapp) -> None:  # type: ignore[no-untyped-def]
    old = Gap(GapCode("buiten-bereik-region"), text_nl="Buiten het reisgebied.", text_en="Outside.")
    assert route_words.gap_text(old) == "Buiten het reisgebied."


@pytest.mark.parametrize("score", [30, 50, 65, 90])
def test_an_unknown_level_of_dutch_never_fits_well(qapp, score: int) -> None:  # type: ignore[no-untyped-def]
    judged = Route(steps=(), goal_credential=CredentialKind.DIPLOMA, score=score)
    unknown = replace(judged, gaps=(Gap(GapCode.DUTCH_UNKNOWN, first=True),))
    words = fit_words(unknown)
    assert "past" not in words and "Nederlands" in words and "Alt+3" in words
    assert fit_words(judged).startswith("past")


def test_every_breach_has_screen_words(qapp) -> None:  # type: ignore[no-untyped-def]
    assert route_words.worded_breaches() == frozenset(Breach)
    for breach in Breach:
        for problem in FundingProblem:
            v = Violation(Rule.FUNDING, breach, replace(VIOLATION_ARGS, problem=problem))
            text = route_words.violation_text(v)
            assert text and not re.search(r"[{}]", text), (breach, text)
    for rule in Rule:
        assert route_words.rule_heading(rule)[:1] == route_words.rule_heading(rule)[:1].upper()


def test_every_reason_code_has_screen_words(qapp) -> None:  # type: ignore[no-untyped-def]
    assert route_words.worded_reasons() == frozenset(ReasonCode)
    for code in ReasonCode:
        for args in (REASON_ARGS, replace(REASON_ARGS, level=3, have=0, alongside=False, sample=False)):
            text = route_words.reason_text(Reason(Factor.GOAL_FIT, 1.0, code=code, args=args))
            assert text and not re.search(r"[{}]", text), (code, text)
    assert route_words.reason_text(Reason(Factor.COST, 1.0, "Gratis.", "Free.")) == "Gratis."
