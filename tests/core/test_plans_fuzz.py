"""Any text in any field: the plan still builds, and the text is in it."""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake_desk.domain import Action, PersonName, Reason, Referral
from intake_desk.domain.codec import replace
from intake_desk.domain.route import Factor
from intake_desk.examples import example_document, example_record
from intake_desk.plans import PlanDocument, render_plan
from tests.pdf_text import pdf_text

NASTY = st.one_of(
    st.text(max_size=300),
    st.sampled_from(["<b>Ann</b> & <img src=x>", "</para><para>", "&amp;&#0;", "\x00\x07\x1b\x7f",
                     "مرحبا بالعالم", "שלום", "👩🏽‍⚕️🎉", "‮reversed‬", "x" * 10_000,
                     "word " * 2_000, "\n\n\t\r", "<font name='x'>", "%s {id} {0}"]),
)


# Each example renders a plan (some of many pages) and reads it back: the default run tries 12, the
# slow run (make test-slow) 150.
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(values=st.lists(NASTY, min_size=13, max_size=13))
def test_any_text_builds(values: list[str]) -> None:
    _builds(values)


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(values=st.lists(NASTY, min_size=13, max_size=13))
def test_any_text_builds_many(values: list[str]) -> None:
    _builds(values)


@cache
def _example() -> PlanDocument:
    """Made once: it decodes the sample catalog and plans a route, which took nine tenths of each try."""
    return example_document()


def _builds(values: list[str]) -> None:
    v = iter(values)
    doc = replace(_example(), record=example_record(PersonName(next(v), next(v), next(v))))
    route = doc.plan.route
    steps = tuple(replace(s, title=next(v), provider=next(v), location=s.location)
                  for s in route.steps[:2]) + route.steps[2:]
    doc = replace(
        doc,
        settings=replace(doc.settings, school_name=next(v), plan_url=next(v)),
        plan=replace(doc.plan, advisor=next(v), notes=next(v),
                     stepping_stones=(next(v),),
                     actions=(Action(next(v), "Bel <de> school", None),),
                     referrals=(Referral(doc.plan.referrals[0].domain, "Wooncoach", values[0]),),
                     route=replace(route, steps=steps,
                                   reasons=(Reason(Factor.GOAL_FIT, 1.0, values[1], values[1]),))),
        region_name=values[2],
    )
    data = render_plan(doc, invariant=True)
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    assert "Bel <de> school" in text
    assert "pagina 1 van" in text
