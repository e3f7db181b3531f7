"""Who pays what, as codes with typed arguments (issue 14: words at the edges). The matcher
(matching/funding.py) says which case a step's payment is and the cost reason's parts; the printed
plan and the command line word them (plans/texts.py), the screen has its own words
(ui/views/route_words.py, tested in tests/ui/test_funding_words.py). A plan saved before payments were
typed keeps the words it was saved with."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

import pytest

from intake_desk.catalog.sample import load_sample
from intake_desk.demo import demo_records
from intake_desk.domain import Factor, PlanVersion, Reason, StepPayment
from intake_desk.domain.codec import from_json, to_json
from intake_desk.domain.route import (
    Paid,
    PayArgs,
    PayCode,
    Payee,
    ReasonArgs,
    ReasonCode,
    Term,
)
from intake_desk.examples import TODAY, example_document, persona_document
from intake_desk.matching.engine import match_result
from intake_desk.plans.renderer import render_plan
from intake_desk.plans.texts import PAYMENTS, check_payments_complete, payment_text, reason_text
from tests.pdf_text import pdf_words

SCHEME = Term("UWV scholing", "UWV training")
SUBSIDY = Term("Subsidie praktijkleren (BBL)", "Praktijkleren subsidy (BBL)")
FULL = PayArgs(scheme=SCHEME, to=Payee.SCHOOL, provider="Voorbeeldcollege", waived=Decimal("1200"),
               most=52, weeks=63, subsidy=SUBSIDY, subsidy_most=Decimal("2700"))


def _variants(code: PayCode) -> list[StepPayment]:
    """`code` with every argument filled, with each receiver, and with or without the subsidy."""
    base = StepPayment(you_pay=Decimal("850"), loan=Decimal("2100"), covered=Decimal("1950"),
                       payer="UWV scholing", code=code, args=FULL)
    out = [replace(base, args=replace(FULL, to=to)) for to in Payee]
    out += [replace(base, args=replace(FULL, subsidy=None)),
            replace(base, args=replace(FULL, subsidy_most=None)),
            replace(base, you_pay=Decimal("0"), args=PayArgs())]
    return out


@pytest.mark.parametrize("code", list(PayCode))
def test_every_payment_code_has_printed_words_in_dutch_and_english(code: PayCode) -> None:
    for p in _variants(code):
        nl, en = payment_text(p, "nl"), payment_text(p, "en")
        assert nl and en and nl != en, (code, p.args)
        assert not re.search(r"[{}]", nl + en), (nl, en)  # every placeholder filled
        assert ("leerbedrijf" in nl) is (p.args.subsidy is not None)  # the subsidy is named beside it
    assert not check_payments_complete()
    assert all(code.value in PAYMENTS[lang] for lang in PAYMENTS)


def test_the_arguments_are_the_words_and_amounts_follow_the_language() -> None:
    paid = StepPayment(you_pay=Decimal("300"), covered=Decimal("2450"), payer="UWV scholing",
                       code=PayCode.PAID, args=replace(FULL, subsidy=None))
    assert payment_text(paid, "nl") == ("U betaalt zelf € 300. UWV scholing betaalt € 2.450 aan "
                                        "Voorbeeldcollege.")
    assert payment_text(paid, "en") == "You pay €300 yourself. UWV training pays €2,450 to Voorbeeldcollege."
    duo = replace(paid, args=replace(paid.args, to=Payee.DUO))
    assert payment_text(duo, "nl").endswith("aan DUO (het lesgeld).")
    loan = StepPayment(you_pay=Decimal("0"), loan=Decimal("1800"), code=PayCode.LOAN,
                       args=PayArgs(scheme=Term("Levenlanglerenkrediet", "Lifelong learning credit")))
    assert payment_text(loan, "nl") == ("U leent € 1.800 voor het lesgeld (Levenlanglerenkrediet) en "
                                        "betaalt dat later terug.")  # never "betaalt de rest"
    assert "On top of that you pay €40" in payment_text(replace(loan, you_pay=Decimal("40")), "en")
    waived = StepPayment(you_pay=Decimal("0"), code=PayCode.WAIVED,
                         args=PayArgs(scheme=Term("Geen les- of cursusgeld onder 18", "No fee under 18")))
    assert payment_text(waived, "nl") == "Deze stap kost u niets: geen les- of cursusgeld onder 18."
    unpaid = StepPayment(you_pay=Decimal("2000"), code=PayCode.UNPAID, args=FULL)
    assert "UWV training pays for at most 52 weeks and this route takes about 63 weeks" in \
        payment_text(unpaid, "en")


def test_the_cost_reason_says_who_pays_whom_and_what_is_borrowed() -> None:
    args = ReasonArgs(amount=Decimal("2150"), loan=Decimal("1800"), unpaid=True, subsidy=True,
                      paid=(Paid(SCHEME, Decimal("2450"), Payee.SCHOOL, "Curio"),
                            Paid(Term("SLIM-regeling"), Decimal("750"), Payee.EMPLOYER)))
    reason = Reason(Factor.COST, 5.0, code=ReasonCode.COST, args=args)
    nl, en = reason_text(reason, "nl"), reason_text(reason, "en")
    assert nl.startswith("Wat u zelf betaalt: € 2.150, zolang er geen betaler is. Daarvan leent u € 1.800")
    assert "UWV scholing betaalt € 2.450 aan Curio." in nl and "UWV training pays €2,450 to Curio." in en
    assert "SLIM-regeling betaalt € 750 aan uw werkgever, die de school betaalt." in nl
    assert "SLIM-regeling pays €750 to your employer" in en  # no English name: the Dutch one
    assert nl.endswith("dat geld is niet voor uw lesgeld.")
    plain = Reason(Factor.COST, 10.0, code=ReasonCode.COST, args=ReasonArgs(amount=Decimal("0")))
    assert reason_text(plain, "nl") == "Wat u zelf betaalt: € 0."
    names = Reason(Factor.COST, 10.0, code=ReasonCode.COST_FUNDERS,
                   args=ReasonArgs(amount=Decimal("95"), funders=(SCHEME,)))
    assert reason_text(names, "en") == "What you pay yourself: €95. Also paying: UWV training."


def test_the_matcher_returns_codes_not_words() -> None:
    catalog = load_sample()
    seen: set[PayCode] = set()
    for record in demo_records(40, seed=7, today=TODAY):
        for route in match_result(record.intake, catalog, TODAY, top=3, candidate=record.candidate).routes:
            for s in route.steps:
                assert s.payment is not None and s.payment.code is not None
                assert not s.payment.text_nl and not s.payment.text_en
                seen.add(s.payment.code)
            cost = next(r for r in route.reasons if r.factor is Factor.COST)
            assert cost.code is ReasonCode.COST and not cost.text_nl
            # the cost reason's receivers are the steps' own
            assert {(p.to, p.provider) for p in cost.args.paid} <= {
                (s.payment.args.to, s.payment.args.provider) for s in route.steps if s.payment}
    assert {PayCode.PAID, PayCode.NO_SCHEME} <= seen


def test_payments_and_the_cost_reason_survive_a_saved_plan() -> None:
    plan = persona_document("nieuwkomer").plan
    again = from_json(PlanVersion, to_json(plan))
    assert again == plan
    paid = [s.payment for s in again.route.steps if s.payment is not None]
    assert paid and all(p.code is not None for p in paid)


def test_a_plan_saved_before_payments_were_typed_reads_and_prints_as_saved() -> None:
    doc = example_document()
    stored = to_json(doc.plan)
    step = stored["route"]["steps"][0]
    step["payment"] = {"you_pay": "0", "covered": "2450", "payer": "UWV scholing",
                       "text_nl": "Oude woorden: UWV betaalt alles.",
                       "text_en": "Old words: UWV pays it all."}
    stored["route"]["reasons"] = [{"factor": "kosten", "weight": 10.0, "text_nl": "Wat u zelf betaalt: € 0.",
                                   "text_en": "What you pay yourself: €0."}]
    old = from_json(PlanVersion, stored)
    payment = old.route.steps[0].payment
    assert payment is not None and payment.code is None
    assert payment_text(payment, "nl") == "Oude woorden: UWV betaalt alles."
    assert payment_text(payment, "en") == "Old words: UWV pays it all."
    assert reason_text(old.route.reasons[0], "en") == "What you pay yourself: €0."
    words = pdf_words(render_plan(replace(doc, plan=old)))
    assert "Oude woorden: UWV betaalt alles." in words


@pytest.mark.parametrize("kind", ["schoolverlater", "nieuwkomer", "zijinstromer"])
def test_the_printed_plan_says_who_pays_what_for_every_step(kind: str) -> None:
    for lang in ("nl", "en"):
        doc = persona_document(kind, lang)
        words = pdf_words(render_plan(doc))
        for s in doc.plan.route.steps:
            if s.payment is not None:
                assert " ".join(payment_text(s.payment, lang).split()) in words, (kind, lang, s.title)


def test_no_words_are_built_in_the_matcher() -> None:
    """funding.py says which case applies; a Dutch sentence in it would be prose crossing the boundary."""
    from pathlib import Path

    source = (Path(__file__).resolve().parents[2] / "intake_desk" / "matching" / "funding.py").read_text()
    assert "text_nl=" not in source and "text_en=" not in source
    for sentence in ("betaalt zelf", "kost u niets", "U leent", "Wat u zelf betaalt"):
        assert sentence not in source, sentence


def test_the_waiver_for_under_18_shows_what_is_saved() -> None:
    """A three-year BOL begun at 17: the first year is free, the words say how much that saves."""
    from intake_desk.examples import persona_records

    record = persona_records()["schoolverlater"]
    route = match_result(record.intake, load_sample(), TODAY, top=3, candidate=record.candidate).routes
    partly = [s.payment for r in route for s in r.steps
              if s.payment is not None and s.payment.code is PayCode.WAIVED_PART]
    whole = [s.payment for r in route for s in r.steps
             if s.payment is not None and s.payment.code is PayCode.WAIVED]
    for p in partly:
        text = payment_text(p, "nl")
        assert f"dat scheelt € {p.args.waived:,.0f}".replace(",", ".") in text
    for p in whole:
        assert payment_text(p, "nl").startswith("Deze stap kost u niets: ")
    assert partly or whole
