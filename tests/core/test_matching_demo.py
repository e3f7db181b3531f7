"""Every demo candidate through the matcher, checked for what an advisor would call sensible.

The demo generator (a fixed seed and day) makes the mix of people DOMAIN.md names; the sample catalog
is the bundled one. Per candidate: routes that break no rule, or blocking gaps that say why there are
none; every route leads somewhere that relates to the goal; when a route to the goal's own
qualification (or a certificate or praktijkverklaring of it) is among the routes, it is the first one;
when there is none, a plain gap says why the goal itself is out of reach. Routes come in the order
engine.py promises: the advisor's rank (engine.route_rank), then the score.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlite_utils import Database

from intake_desk.app.candidates import add_demo_candidates
from intake_desk.app.routes import candidate_routes
from intake_desk.catalog.sample import load_sample
from intake_desk.demo import demo_records
from intake_desk.domain import CandidateRecord, Route
from intake_desk.domain.route import GapCode
from intake_desk.matching import match_result, violations
from intake_desk.matching.engine import route_rank
from intake_desk.matching.facts import index
from intake_desk.matching.goals import Relation, profile
from intake_desk.plans.texts import gap_text

TODAY = date(2026, 11, 22)
CATALOG = load_sample()
FIRST = (Relation.OWN, Relation.GOAL_MODULE)


def relation(record: CandidateRecord, route: Route) -> Relation | None:
    """The closest relation of the route's last item to any of the candidate's goals."""
    found = [profile(index(CATALOG), g).relations.get(route.steps[-1].item_code)
             for g in record.intake.goals]
    order = [Relation.OWN, Relation.GOAL_MODULE, Relation.LINE, Relation.MODULE]
    return min((r for r in found if r is not None), key=order.index, default=None)


@pytest.mark.parametrize("seed", [2026, 7])
def test_every_demo_candidate_gets_sensible_routes_or_a_reason(seed: int) -> None:
    records = list(demo_records(80, seed=seed, today=TODAY))
    with_routes = 0
    for n, rec in enumerate(records):
        intake, cand = rec.intake, rec.candidate
        assert intake.goals and intake.availability.hours_per_week > 0  # what the generator promises
        result = match_result(intake, CATALOG, TODAY, top=5, candidate=cand)
        where = f"seed {seed} candidate {n}: {intake.goals[0].occupation}"
        if not result.routes:
            # at least one blocking gap says why there is no route; the person's own bridges (IDW,
            # RMC) may stand beside it as actions; every gap in both languages
            assert any(g.blocking for g in result.gaps), (where, [g.code for g in result.gaps])
            assert all(gap_text(g, "nl") and gap_text(g, "en") for g in result.gaps), where
            continue
        with_routes += 1
        # the promise of engine.py: the advisor's rank first, the score (highest first) within a rank
        keys = [(route_rank(r, intake, CATALOG, TODAY, cand), -r.score) for r in result.routes]
        assert keys == sorted(keys), (where, keys)
        relations = []
        for r in result.routes:
            assert violations(r, intake, CATALOG, TODAY, cand) == [], where
            rel = relation(rec, r)
            assert rel is not None, (where, r.steps[-1].title)
            relations.append(rel)
        if any(rel in FIRST for rel in relations):
            # the goal's own credential comes first, unless the RMC band (a startkwalificatie first,
            # rules.advice) ranks a related diploma above it: never a related route in the same band
            bands = [k[0][0] for k in keys]
            first_own = min(n for n, rel in enumerate(relations) if rel in FIRST)
            assert all(bands[n] < bands[first_own] for n in range(first_own)), (
                where, [(r.score, r.steps[-1].title) for r in result.routes])
        elif any(profile(index(CATALOG), g).home for g in intake.goals):
            assert any(g.code is GapCode.GOAL_OWN_OUT_OF_REACH and not g.blocking
                       for g in result.gaps), where
    # The sample catalog covers all 35 regions; most candidates (not those with 8 hours for a diploma
    # goal) get routes. A matcher that quietly returned nothing would fail here.
    assert with_routes >= len(records) * 0.6


def test_demo_candidates_in_a_database_get_routes_or_gaps(db: Database) -> None:
    add_demo_candidates(db, 30)
    ids = [r[0] for r in db.execute("SELECT id FROM candidates")]
    assert len(ids) == 30
    routed = 0
    for cid in ids:
        found = candidate_routes(db, cid)
        rec = found.record
        assert found.result.routes or found.result.gaps
        for r in found.result.routes:
            assert violations(r, rec.intake, found.catalog, found.today, rec.candidate) == []
        routed += bool(found.result.routes)
    assert routed >= 15
