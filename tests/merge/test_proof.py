"""Issue 16's proof: five laptops' bundles imported at the desk in several orders, each twice, give
one end state, and it is the one the event log says (tests/merge/sim.py), follow-up included (the
history in its order, the stage, next and last contact, the follow-up conflicts). Reduced here (5 x 100
intakes, three orders); every order of the full fair (5 x 1,000) under `slow`."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from intake_desk.app import merge
from intake_desk.domain import merge as rules
from intake_desk.domain.merge import RecordState

from .sim import FULL, Fair, Sizes, build, check, expected, import_in_order, outcome


@pytest.fixture(scope="module")
def fair(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Fair:
    return build(template_db, tmp_path_factory.mktemp("fair"), Sizes())


def _orders(n: int, count: int) -> list[tuple[int, ...]]:
    every = list(itertools.permutations(range(n)))
    return every if count >= len(every) else [every[0], every[-1], every[len(every) // 2]][:count]


def run_orders(fair: Fair, folder: Path, orders: list[tuple[int, ...]]) -> None:
    want = expected(fair)
    assert want.conflicts and want.notices and want.duplicates and want.deleted  # the fair has each
    keys = set()
    for order in orders:
        second: list[rules.MergeReport] = []

        def keep(p: int, n: int, report: rules.MergeReport, second: list[rules.MergeReport] = second
                 ) -> None:
            if p == 1:
                second.append(report)
        db = import_in_order(fair, folder / f"desk-{''.join(map(str, order))}.sqlite", order,
                             on_report=keep)
        try:
            got = outcome(db)
            problems = check(got, want)
            assert not problems, (order, problems[:10], len(problems))
            # the second pass changes nothing and reports nothing new
            for r in second:
                assert not (r.new or r.updated or r.conflicts or r.notices or r.possible_duplicates
                            or r.deleted or r.plan_versions or r.audit_lines or r.followup), (
                    order, r.counts())
            keys.add(got.key())
            # every conflict listed once
            listed = [(c.candidate_id, c.field) for c in merge.conflicts(db)]
            assert len(listed) == len(set(listed)) == len(want.conflicts)
        finally:
            db.close()
    assert len(keys) == 1, "the orders ended in different states"


def test_five_laptops_in_three_orders_twice(fair: Fair, tmp_path: Path) -> None:
    run_orders(fair, tmp_path, _orders(fair.sizes.laptops, 3))


def test_resolved_conflicts_stay_resolved(fair: Fair, tmp_path: Path) -> None:
    """After the advisor picks a value for every conflict, importing every bundle again opens none."""
    db = import_in_order(fair, tmp_path / "desk.sqlite", range(fair.sizes.laptops), passes=1)
    try:
        open_ = merge.conflicts(db)
        assert open_
        chosen = {}
        for c in open_:
            merge.resolve_conflict(db, c.candidate_id, c.field, len(c.options) - 1)
            chosen[(c.candidate_id, c.field)] = c.options[-1].value
        assert merge.conflicts(db) == []
        for b in fair.bundles:
            report, _ = merge.import_changes(db, b.header, b.lines)
            assert not report.conflicts and not report.updated, report.counts()
        assert merge.conflicts(db) == []
        got = outcome(db)
        for (rid, name), value in chosen.items():
            if name == "followup.stage":
                assert got.followup[rid][0] == value
            elif name == "followup.next_contact":
                assert got.followup[rid][2:4] == (value["day"], value["note"])
            else:
                assert got.shown[rid][name] == value
        assert {name for _, name in chosen} >= {"followup.stage", "followup.next_contact"}
        # undo: resolving again picks another option of the same conflict
        (rid, name), _ = next((k, v) for k, v in chosen.items() if not k[1].startswith("followup."))
        again = merge.resolved_options(db, rid, name)
        assert again is not None and len(again.options) >= 2
        merge.resolve_conflict(db, rid, name, 0)
        assert outcome(db).shown[rid][name] == again.options[0].value
        assert merge.conflicts(db) == []
    finally:
        db.close()


def _whole_record_lww(local: RecordState, incoming: RecordState) -> RecordState:
    """Broken on purpose: the record with the newest write wins whole (what Anki does)."""
    def newest(s: RecordState) -> tuple[str, str]:
        return max((sib.write.hlc, sib.write.installation)
                   for sibs in s.fields.values() for sib in sibs)
    win = incoming if newest(incoming) > newest(local) else local
    return RecordState(rules.join(local.vector, incoming.vector),
                       {f: sibs[:1] for f, sibs in win.fields.items()})


def _edit_beats_delete(deleted: bool, seen: rules.Vector, incoming: RecordState
                       ) -> rules.DeleteOutcome:
    """Broken on purpose: an edit the delete had not seen brings the record back."""
    if deleted and rules.unseen_by_delete(seen, incoming):
        return rules.DeleteOutcome(apply=True, notice=False)
    return rules.DeleteOutcome(apply=not deleted, notice=False)


@pytest.mark.parametrize("broken", [("merge_record", _whole_record_lww),
                                    ("after_delete", _edit_beats_delete)],
                         ids=["whole-record-last-writer-wins", "edit-beats-delete"])
def test_the_proof_catches_a_broken_rule(fair: Fair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         broken: tuple[str, object]) -> None:
    monkeypatch.setattr(rules, broken[0], broken[1])
    want = expected(fair)
    found = []
    for order in _orders(fair.sizes.laptops, 1):
        db = import_in_order(fair, tmp_path / f"b{''.join(map(str, order))}.sqlite", order)
        try:
            found += check(outcome(db), want)
        finally:
            db.close()
    print(f"{broken[0]} broken: {len(found)} problems found, e.g. {found[:3]}")
    assert found, f"the checker did not notice the broken rule {broken[0]}"


@pytest.mark.slow
@pytest.mark.timeout(4 * 3600)  # 120 orders x 10 imports of ~1,000 records: ~20-40 min
def test_full_fair_in_all_120_orders(template_db: Path, tmp_path: Path) -> None:
    big = build(template_db, tmp_path / "fair", FULL)
    run_orders(big, tmp_path, _orders(FULL.laptops, 120))


def _arrival_order(e: rules.StageEvent) -> tuple[int, ...]:
    """Broken on purpose: the history in the order changes arrived (Python's sort is stable)."""
    return ()


def _next_contact_last_arrival_wins(local: object, incoming: tuple[rules.Sibling, ...]
                                    ) -> tuple[rules.Sibling, ...]:
    """Broken on purpose: the next contact of the bundle read last replaces the desk's."""
    return tuple(incoming) or tuple(local)  # type: ignore[arg-type]


@pytest.mark.parametrize("broken", ["history-by-arrival", "next-contact-last-arrival-wins"])
def test_the_proof_catches_broken_followup(fair: Fair, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch, broken: str) -> None:
    """Follow-up merged the wrong way is noticed: the history read in the order of arrival (seq)
    instead of (day, clock, installation, id), or the next contact last-arrival-wins."""
    from intake_desk.storage import followup as fu

    if broken == "history-by-arrival":
        monkeypatch.setattr(fu, "HISTORY_ORDER", "ORDER BY s.seq")
        monkeypatch.setattr(rules, "stage_order", _arrival_order)
    else:
        monkeypatch.setattr(merge, "_merge_next", _next_contact_last_arrival_wins)
    want = expected(fair)
    found = []
    for order in _orders(fair.sizes.laptops, 2)[1:]:
        db = import_in_order(fair, tmp_path / f"b{''.join(map(str, order))}.sqlite", order, passes=1)
        try:
            found += [p for p in check(outcome(db), want) if "follow-up" in p or "followup" in p]
        finally:
            db.close()
    print(f"{broken}: {len(found)} problems found, e.g. {found[:2]}")
    assert found, f"the checker did not notice {broken}"
