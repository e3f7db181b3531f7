"""A printed plan is read by a candidate: words, never the codes of the database.

The example plans (Dutch and English), the persona plans, a plan without a route and a plan whose
Dutch level is not known yet are rendered, read back with pdftotext, and searched for region slugs,
enum codes that are not also normal words, "None"/"nan"/"inf", and an empty advisor."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from intake_desk.catalog.sample import load_sample
from intake_desk.domain import Cefr, CredentialKind, DutchLevel, EducationLevel, Leerweg, Situation
from intake_desk.domain.codec import replace
from intake_desk.domain.labels import label
from intake_desk.examples import (
    example_document,
    persona_document,
    persona_records,
    plan_document_for,
)
from intake_desk.plans import render_plan
from intake_desk.plans.document import PlanDocument
from intake_desk.plans.texts import gap_text, payment_text, reason_text
from intake_desk.regions import all_regions
from tests.pdf_text import pdf_words

TODAY = date(2026, 11, 30)

# Codes that are also plain words a reader meets ("havo", "werkzoekend", "diploma") may appear;
# these may not. Matched case-sensitively as whole words: "BBL" is a word, "bbl" is a code.
_WORDS = {"geen", "basisonderwijs", "praktijkonderwijs", "havo", "vwo", "hbo", "wo", "student",
          "werkzoekend", "werkend", "zzp", "bijstand", "wajong", "nieuwkomer", "anders", "schoolverlater",
          "diploma", "certificaat", "praktijkverklaring", "kort"}
ENUM_CODES = sorted({m.value for e in (Situation, EducationLevel, Leerweg, CredentialKind) for m in e}
                    - _WORDS)
REGION_SLUGS = sorted(r.code for r in all_regions() if r.code != r.name)
EMPTY = ("None", "nan", "inf", "NaN")


def codes_in(text: str) -> list[str]:
    """Every code or empty value a reader should not see in `text`."""
    found = []
    for code in [*ENUM_CODES, *REGION_SLUGS, *EMPTY]:
        if re.search(rf"(?<![\w-]){re.escape(code)}(?![\w-])", text):
            found.append(code)
    advisor = re.search(r"(?:Adviseur|Advisor):\s*(\S*)", text)
    if advisor is None or advisor.group(1) in ("", "-", "·", *EMPTY):
        found.append(f"advisor={advisor.group(1) if advisor else None}")
    return found


def pdf_text(doc: PlanDocument, tmp_path: Path, name: str, lang: str | None = None) -> str:
    return pdf_words(render_plan(doc, lang=lang))  # a code broken over two lines is still found


def test_the_checker_finds_codes() -> None:
    assert codes_in("Adviseur: Lan · Regio: zuid-limburg, situatie derde-leerweg") == \
        ["derde-leerweg", "zuid-limburg"]
    assert "buitenland-ho" in codes_in("Adviseur: Lan · Opleiding buitenland-ho")
    assert "schoolverklaring" in codes_in("Adviseur: Lan · U krijgt een schoolverklaring")
    assert "advisor=-" in codes_in("Adviseur: - · Datum: 30-11-2026")
    assert codes_in("Adviseur: Lan · Regio: Zuid-Limburg, BBL, havo, werkzoekend") == []


@pytest.mark.parametrize(("kind", "lang"), [("schoolverlater", "nl"), ("nieuwkomer", "nl"),
                                            ("nieuwkomer", "en"), ("zijinstromer", "nl"),
                                            ("zonder-route", "nl")])
def test_persona_plans_print_words_not_codes(kind: str, lang: str, tmp_path: Path) -> None:
    doc = persona_document(kind, lang, TODAY)
    text = pdf_text(doc, tmp_path, f"{kind}-{lang}")
    assert codes_in(text) == []
    assert "Đặng Thi Lan" in text
    if kind == "zonder-route":
        assert not doc.plan.route.steps
        assert "Waarom er nog geen route is" in text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_example_plan_prints_words_not_codes(lang: str, tmp_path: Path) -> None:
    text = pdf_text(example_document(lang), tmp_path, f"example-{lang}", lang)
    assert codes_in(text) == []


def test_unknown_dutch_level_is_worded(tmp_path: Path) -> None:
    record = persona_records(TODAY)["nieuwkomer"]
    record = replace(record, intake=replace(record.intake, dutch=DutchLevel(overall=Cefr.UNKNOWN)))
    for lang, words in (("nl", label(Cefr.UNKNOWN, "nl")), ("en", label(Cefr.UNKNOWN, "en"))):
        doc = plan_document_for(record, load_sample(), TODAY, lang=lang, candidate_id="taal-onbekend")
        text = pdf_text(doc, tmp_path, f"unknown-{lang}")
        assert words in text
        assert not re.search(r"(?<![\w-])onbekend(?![\w-])", text)
        assert codes_in(text) == []


def test_every_code_has_a_word_in_both_languages() -> None:
    for enum in (Situation, EducationLevel, Leerweg, CredentialKind):
        for member in enum:
            for lang in ("nl", "en"):
                assert label(member, lang) != member.value or member.value in _WORDS, (member, lang)


def test_matcher_texts_of_demo_candidates_are_words_not_codes() -> None:
    """Reasons, gaps and who-pays-whom of every route the desk shows (not only the printed one),
    for candidates this test did not pick by hand."""
    from intake_desk.demo import demo_records
    from intake_desk.matching.engine import match_result

    catalog = load_sample()
    found: list[tuple[str, str]] = []
    for record in demo_records(60, seed=5, today=TODAY):
        result = match_result(record.intake, catalog, TODAY, top=3, candidate=record.candidate)
        texts = [gap_text(g, lang) for g in result.gaps for lang in ("nl", "en")]
        for r in result.routes:
            texts += [reason_text(x, lang) for x in r.reasons for lang in ("nl", "en")]
            texts += [gap_text(g, lang) for g in r.gaps for lang in ("nl", "en")]
            texts += [payment_text(s.payment, lang) for s in r.steps if s.payment for lang in ("nl", "en")]
        found += [(code, t) for t in texts for code in codes_in("Adviseur: x " + t)]
    assert found == []
