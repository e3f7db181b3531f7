"""The screen's words for who pays what (ui/views/route_words.py payment_text and the cost reason):
every code has Dutch words and English ones in the translation, and saved words stay as saved."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from intake_desk.domain import Factor, Reason, StepPayment
from intake_desk.domain.codec import replace
from intake_desk.domain.route import Paid, PayArgs, PayCode, Payee, ReasonArgs, ReasonCode, Term
from intake_desk.paths import resource
from ui.locale_format import format_money, ui_language
from ui.views import route_words

from ..core.test_funding_words import FULL, SCHEME


def _payments() -> Iterator[StepPayment]:
    for code in PayCode:
        base = StepPayment(you_pay=Decimal("850"), loan=Decimal("2100"), covered=Decimal("1950"),
                           payer="UWV scholing", code=code, args=FULL)
        yield from (replace(base, args=replace(FULL, to=to)) for to in Payee)
        yield replace(base, args=replace(FULL, subsidy_most=None))
        yield replace(base, you_pay=Decimal("0"), args=PayArgs())


COSTS = [Reason(Factor.COST, 5.0, code=ReasonCode.COST,
                args=ReasonArgs(amount=Decimal("2150"), loan=Decimal("1800"), unpaid=unpaid, subsidy=True,
                                paid=tuple(Paid(SCHEME, Decimal("750"), to, "Curio") for to in Payee)))
         for unpaid in (True, False)]
COSTS += [Reason(Factor.COST, 5.0, code=ReasonCode.COST_FUNDERS,
                 args=ReasonArgs(amount=Decimal("95"), funders=(SCHEME, Term("Werkgever", "Employer"))))]


def _words() -> list[str]:
    return [route_words.payment_text(p) for p in _payments()] + [route_words.reason_text(r) for r in COSTS]


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(resource("translations", "intake_desk_en.qm")))
    qapp.installTranslator(translator)
    try:
        yield
    finally:
        qapp.removeTranslator(translator)


def test_every_payment_code_has_screen_words(qapp: QApplication) -> None:
    assert route_words.worded_payments() == frozenset(PayCode)
    for text in _words():
        assert text and not re.search(r"[{}]", text), text
    paid = StepPayment(you_pay=Decimal("300"), covered=Decimal("2450"), code=PayCode.PAID,
                       args=PayArgs(scheme=SCHEME, to=Payee.SCHOOL, provider="Curio"))
    text = route_words.payment_text(paid)
    assert text.startswith("U betaalt zelf") and "UWV scholing betaalt" in text and "aan Curio" in text


def test_every_payment_code_has_english_screen_words(english: None) -> None:
    assert ui_language() == "en"
    dutch = re.compile(r"\b(betaalt|betaald|leent|niets|lesgeld|werkgever|zolang)\b")
    for text in _words():
        assert text and not re.search(r"[{}]", text), text
        assert not dutch.search(text), text  # every sentence is in the translation
    paid = StepPayment(you_pay=Decimal("300"), covered=Decimal("2450"), code=PayCode.PAID,
                       args=PayArgs(scheme=SCHEME, to=Payee.DUO))
    # amounts as the rest of the screen shows them (locale_format)
    assert route_words.payment_text(paid) == (f"You pay {format_money(300, 0)} yourself. UWV training pays "
                                              f"{format_money(2450, 0)} to DUO (the tuition fee).")


def test_saved_payment_words_are_shown_as_saved(qapp: QApplication) -> None:
    old = StepPayment(you_pay=Decimal("0"), text_nl="Gratis, zoals opgeslagen.", text_en="Free, as saved.")
    assert route_words.payment_text(old) == "Gratis, zoals opgeslagen."
    saved = Reason(Factor.COST, 10.0, "Wat u zelf betaalt: € 0.", "What you pay yourself: €0.")
    assert route_words.reason_text(saved) == "Wat u zelf betaalt: € 0."
