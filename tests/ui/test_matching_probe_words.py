"""The routes panel's words for the probe's people (tests/core/test_matching_probe.py): every reason,
gap and payment the screen shows, in Dutch and in the English translation, without internal codes,
"None", "nan", empty brackets or doubled spaces, and in English without a Dutch sentence left over."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from intake_desk.form_values import blocking, check_values, to_record
from intake_desk.matching import match_result
from intake_desk.paths import resource
from ui.locale_format import ui_language
from ui.views import route_words

from ..core.test_matching_probe import CATALOG_KINDS, PERSONAS, TODAY, form_values, odd_catalog, text_problems

# Words of Dutch sentences (not of names: the catalog's titles and places are Dutch on purpose).
DUTCH = re.compile(r"\b(uw|u|betaalt|niet|wordt|zoek|vóór|heeft|kunt|deze|nog|geen|een|het)\b")
PEOPLE = [(seed, CATALOG_KINDS[seed % len(CATALOG_KINDS)], PERSONAS[seed % len(PERSONAS)])
          for seed in range(0, 240, 3)]


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(resource("translations", "intake_desk_en.qm")))
    qapp.installTranslator(translator)
    try:
        yield
    finally:
        qapp.removeTranslator(translator)


def _screen_words(seed: int, kind: str, persona: str) -> tuple[list[tuple[str, str]], set[str]]:
    values = form_values(seed, persona)
    if blocking(check_values(values)):
        return [], set()
    record = to_record(values, today=TODAY)
    catalog = odd_catalog(kind, seed)
    result = match_result(record.intake, catalog, TODAY, candidate=record.candidate)
    words: list[tuple[str, str]] = [(f"no-route gap {g.code}", route_words.gap_text(g)) for g in result.gaps]
    for route in result.routes:
        words += [(f"reason {r.code}", route_words.reason_text(r)) for r in route.reasons]
        words += [(f"gap {g.code}", route_words.gap_text(g)) for g in route.gaps]
        words += [(f"payment {s.payment.code}", route_words.payment_text(s.payment))
                  for s in route.steps if s.payment is not None]
    names = {i.title for i in catalog.items.values()}
    names |= {o.provider for o in catalog.offerings} | {o.location for o in catalog.offerings}
    names |= {n for b in record.intake.barriers for n in (b.note, b.referral)}
    return words, {n for n in names if n}


def _all_problems(check_english: bool) -> list[str]:
    found: list[str] = []
    for seed, kind, persona in PEOPLE:
        words, names = _screen_words(seed, kind, persona)
        for where, text in words:
            found += [f"{seed}/{kind}: {p}" for p in text_problems(text, where)]
            if check_english:
                bare = text
                for name in sorted(names, key=len, reverse=True):
                    bare = bare.replace(name, "")
                found += [f"{seed}/{kind}: Dutch {m.group(0)!r} in English {text!r}"
                          for m in DUTCH.finditer(bare)]
    return found


def test_the_screen_words_are_clean_in_dutch(qapp: QApplication) -> None:
    assert ui_language() == "nl"
    problems = _all_problems(check_english=False)
    assert not problems, problems[:5]


def test_the_screen_words_are_clean_in_english(english: None) -> None:
    assert ui_language() == "en"
    problems = _all_problems(check_english=True)
    assert not problems, problems[:5]
