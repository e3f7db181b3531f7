"""A job fair, simulated (issue 16's proof): a desk hands its records to five laptops, the laptops take
intakes, edit their own and the desk's records and delete some, the desk edits and deletes
meanwhile, and every laptop's clock is off by up to two hours. Everyone also follows people up: the
desk before the fair on its shared records, then the laptops and the desk during it (stages along the
allowed transitions, some put back at once, next contacts planned or cleared, contacts logged), on
their own intakes, on random shared records and, all of them, on a few "hot" shared records.

Everything each installation does is written to an event log. `expected` computes the end state from
that log alone, with the rules stated in the issue (no merge code is used for it): within one
installation a later write replaces an earlier one; writes of different installations during the
fair are concurrent, since nobody exchanged anything; a field written by two or more installations is
one conflict showing the write with the highest clock (then installation id); a delete wins, and a
write by an installation that did not delete the record is one notice. Follow-up: `expected_followup`.
`check` compares a merged desk with it and returns every difference found.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from intake_desk.app import candidates as app_candidates
from intake_desk.app import merge
from intake_desk.domain import Candidate, CandidateRecord, Contact, Goal, Intake, PersonName
from intake_desk.domain.codec import replace, to_json
from intake_desk.domain.merge import ExportBatch, MergeReport, split
from intake_desk.storage import candidates as repo
from intake_desk.storage import merge as store
from intake_desk.storage import open_database

T0 = 1_780_000_000_000  # the fair's morning, in ms
HOUR = 3_600_000
DESK = "desk-0000"


@dataclass(frozen=True)
class Sizes:
    laptops: int = 5
    intakes: int = 100        # per laptop
    own_edits: int = 150      # per laptop, on its own intakes (some records several times)
    shared: int = 40          # records the desk hands out before the fair
    shared_edits: int = 12    # per laptop, distinct shared records
    own_deletes: int = 5
    shared_deletes: int = 1   # per laptop
    desk_edits: int = 10
    desk_deletes: int = 2
    duplicates: int = 2       # people entered on two laptops, per neighbouring pair
    plans: int = 3            # plan versions per laptop, for own and for shared records each
    # follow-up: stage changes (every 3rd put back at once), next contacts set or cleared, contacts
    setup_followup: int = 10  # shared records the desk follows up before the fair
    stages: int = 12          # per laptop on its own intakes
    shared_stages: int = 4    # per laptop (and the desk) on random shared records
    hot: int = 4              # shared records whose stage and next contact everyone changes
    next_contacts: int = 8    # per laptop on its own intakes
    contacts: int = 6         # per laptop on its own intakes


FULL = Sizes(intakes=1000, own_edits=1500, shared=200, shared_edits=60, own_deletes=50,
             shared_deletes=3, desk_edits=40, desk_deletes=5, duplicates=5, plans=10,
             setup_followup=60, stages=120, shared_stages=20, hot=10, next_contacts=80,
             contacts=60)
SETUP_DAY = date(2026, 5, 10)  # "today" at the desk before the fair
FAIR_DAY = date(2026, 7, 1)    # "today" at the fair

EDITABLE = ("contact.phone", "contact.email", "address", "intake.notes", "intake.goals", "name")


@dataclass
class Event:
    inst: str
    seq: int
    phase: str   # "setup" (seen by everyone) or "fair"
    kind: str    # "create", "edit", "delete", "plan", "stage", "undo", "next", "contact"
    rid: str
    values: dict[str, Any]
    wall: int


@dataclass
class Fair:
    folder: Path
    desk: Path                  # the desk after setup and its own edits during the fair
    bundles: list[ExportBatch]  # one per laptop
    log: list[Event]
    duplicates: set[tuple[str, str]]
    sizes: Sizes


class Clock:
    """One installation's wall clock (ms), stepping a second per write."""

    def __init__(self, start: int) -> None:
        self.now = start

    def step(self) -> int:
        self.now += 1000
        return self.now


@contextmanager
def on_clock(clock: Clock) -> Iterator[None]:
    store.set_wall_clock(lambda: clock.now)
    try:
        yield
    finally:
        store.set_wall_clock(None)


def fast(db: Database) -> Database:
    """No fsync per commit: the simulation tests merging, not durability (test_kill does that)."""
    db.execute("PRAGMA synchronous = OFF")
    return db


def make_db(template: Path, path: Path, inst: str) -> Database:
    shutil.copy(template, path)
    db = fast(open_database(path))
    with db.atomic():
        db.execute("UPDATE meta SET value = ? WHERE key = 'installation_id'", [inst])
    return db


class Person:
    """Names nobody else has, and birth dates unique per person, so only the intended duplicates look
    alike to the duplicate check."""

    def __init__(self, rnd: random.Random) -> None:
        self.rnd = rnd
        self.day = date(1960, 1, 1)

    def name(self) -> PersonName:
        letters = "bcdfghjklmnpqrstvwxz"
        vowels = "aeiou"

        def word(n: int) -> str:
            return "".join(self.rnd.choice(letters) + self.rnd.choice(vowels) for _ in range(n)).title()
        return PersonName(word(3), word(4))

    def birth(self) -> date:
        self.day += timedelta(days=1)
        return self.day

    def record(self, tag: str, name: PersonName | None = None, birth: date | None = None
               ) -> CandidateRecord:
        return CandidateRecord(
            Candidate(name or self.name(), birth or self.birth(),
                      Contact(email=f"{tag}@voorbeeld.nl", phone="0612345678", town="Assen"),
                      sample=True),
            Intake(date(2026, 5, 1), notes=f"intake {tag}"))


def mutate(record: CandidateRecord, name: str, tag: str) -> CandidateRecord:
    """A new, unique value for one field (unique, so a wrong value cannot pass for a right one)."""
    c, i = record.candidate, record.intake
    if name == "contact.phone":
        digits = f"{abs(hash(tag)) % 10**8:08d}"
        return replace(record, candidate=replace(c, contact=replace(c.contact, phone=f"06{digits}")))
    if name == "contact.email":
        return replace(record, candidate=replace(c, contact=replace(c.contact, email=f"{tag}@ander.nl")))
    if name == "address":
        return replace(record, candidate=replace(c, contact=replace(c.contact, street=f"Markt {tag}",
                                                                    postcode="9401 AA")))
    if name == "intake.notes":
        return replace(record, intake=replace(i, notes=f"notitie {tag}"))
    if name == "intake.goals":
        return replace(record, intake=replace(i, goals=(Goal(occupation=f"beroep {tag}"),)))
    if name == "name":
        return replace(record, candidate=replace(c, name=replace(c.name, first_name=f"Nieuw{tag}")))
    raise ValueError(name)


class Installation:
    def __init__(self, inst: str, db: Database, clock: Clock, log: list[Event]) -> None:
        self.inst, self.db, self.clock, self.log = inst, db, clock, log
        self.seq = 0

    def _event(self, phase: str, kind: str, rid: str, values: dict[str, Any]) -> None:
        self.seq += 1
        self.log.append(Event(self.inst, self.seq, phase, kind, rid, values, self.clock.now))

    def create(self, record: CandidateRecord, phase: str = "fair") -> str:
        self.clock.step()
        with on_clock(self.clock):
            meta, _ = app_candidates.add_candidate(self.db, record)
        self._event(phase, "create", meta.id, split(to_json(record.candidate), to_json(record.intake)))
        return meta.id

    def edit(self, rid: str, fields: Sequence[str]) -> None:
        _, before = repo.get(self.db, rid)
        after = before
        for name in fields:
            after = mutate(after, name, f"{self.inst[-2:]}x{self.seq}{name[:3]}")
        old = split(to_json(before.candidate), to_json(before.intake))
        new = split(to_json(after.candidate), to_json(after.intake))
        self.clock.step()
        with on_clock(self.clock):
            app_candidates.update_candidate(self.db, rid, after)
        self._event("fair", "edit", rid, {k: v for k, v in new.items() if old.get(k) != v})

    def plan(self, rid: str) -> None:
        """A plan version saved for `rid`; logged by the version's id, which every copy keeps."""
        from intake_desk.examples import example_plan
        from intake_desk.storage import plans as plan_repo

        self.clock.step()
        with on_clock(self.clock), self.db.atomic():
            plan_repo.save_version(self.db, replace(example_plan(), candidate_id=rid))
        vid = self.db.execute("SELECT v.id FROM plan_versions v JOIN plans p ON p.id = v.plan_id"
                              " WHERE p.candidate_id = ? ORDER BY v.version DESC LIMIT 1",
                              [rid]).fetchone()[0]
        self._event("fair", "plan", rid, {"version_id": vid})

    def stage(self, rid: str, rnd: random.Random, phase: str = "fair", undo: bool = False) -> None:
        """A valid next stage, dated between the last change and today; put back at once when
        `undo` (the advisor clicked the wrong one). Logged with the change's id and clock stamp."""
        from intake_desk.app import followup as app_followup
        from intake_desk.domain.enums import CredentialKind
        from intake_desk.domain.trajectory import DropReason, Stage, allowed_next
        from intake_desk.storage import followup as fu

        today = SETUP_DAY if phase == "setup" else FAIR_DAY
        now = fu.state(self.db, rid)
        to = rnd.choice(allowed_next(now.stage))
        start = max(now.stage_on or date(2026, 5, 1), date(2026, 5, 1) if phase == "setup"
                    else date(2026, 6, 1))
        on = min(start + timedelta(days=rnd.randint(0, 9)), today)
        self.clock.step()
        with on_clock(self.clock):
            app_followup.set_stage(
                self.db, rid, to, on=on, today=today,
                reason=rnd.choice(list(DropReason)) if to == Stage.UITGEVALLEN else None,
                credential=rnd.choice(list(CredentialKind)) if to == Stage.AFGEROND else None)
        self._event(phase, "stage", rid, self._last_change(rid))
        if undo:
            changed = self.log[-1].values["id"]
            self.clock.step()
            with on_clock(self.clock):
                app_followup.undo_stage(self.db, rid, today=today)
            self._event(phase, "undo", rid, {**self._last_change(rid), "corrects": changed})

    def _last_change(self, rid: str) -> dict[str, Any]:
        r = self.db.execute("SELECT id, from_stage, to_stage, on_date, hlc FROM stage_changes"
                            " WHERE candidate_id = ? ORDER BY seq DESC LIMIT 1", [rid]).fetchone()
        return {"id": r[0], "from": r[1], "to": r[2], "on": r[3], "hlc": r[4]}

    def next_contact(self, rid: str, rnd: random.Random, phase: str = "fair") -> None:
        """A next contact planned (or, one time in four, cleared); logged with its clock stamp."""
        import json

        from intake_desk.app import followup as app_followup

        today = SETUP_DAY if phase == "setup" else FAIR_DAY
        day = None if rnd.random() < 0.25 else today + timedelta(days=rnd.randint(0, 30))
        note = f"bellen {self.inst} {self.seq}" if day else ""
        self.clock.step()
        with on_clock(self.clock):
            app_followup.set_next_contact(self.db, rid, day, note, today=today)
        (nxt,) = self.db.execute("SELECT next FROM followup_merge WHERE candidate_id = ?",
                                 [rid]).fetchone()
        self._event(phase, "next", rid, {"day": day.isoformat() if day else None, "note": note,
                                         "hlc": json.loads(nxt)[0][1],
                                         "made": today.isoformat() if day else None})

    def contact(self, rid: str, rnd: random.Random, phase: str = "fair") -> None:
        from intake_desk.app import followup as app_followup

        today = SETUP_DAY if phase == "setup" else FAIR_DAY
        on = today - timedelta(days=rnd.randint(0, 20))
        self.clock.step()
        with on_clock(self.clock):
            app_followup.log_contact(self.db, rid, on, today=today)
        self._event(phase, "contact", rid, {"on": on.isoformat()})

    def follow_up(self, rnd: random.Random, own: Sequence[str], shared: Sequence[str],
                  hot: Sequence[str], sizes: Sizes) -> None:
        """The fair's follow-up on this installation: its own intakes, random shared records and
        the hot ones everybody touches (concurrent changes of one candidate's stage and next
        contact)."""
        live = [rid for rid in own if repo.exists(self.db, rid)]
        for n, rid in enumerate(rnd.sample(live, min(sizes.stages, len(live)))):
            self.stage(rid, rnd, undo=n % 3 == 2)
            if n % 4 == 0:
                self.stage(rid, rnd)
        pool = [rid for rid in shared if repo.exists(self.db, rid)]
        for n, rid in enumerate([*rnd.sample(pool, min(sizes.shared_stages, len(pool))),
                                 *[h for h in hot if h in pool]]):
            self.stage(rid, rnd, undo=n % 5 == 4)
        for rid in [*rnd.sample(live, min(sizes.next_contacts, len(live))),
                    *[h for h in hot if h in pool]]:
            self.next_contact(rid, rnd)
        for rid in rnd.sample(live, min(sizes.contacts, len(live))):
            self.contact(rid, rnd)

    def delete(self, rid: str) -> None:
        self.clock.step()
        app_candidates.delete_candidate(self.db, rid)
        self._event("fair", "delete", rid, {})

    def export(self, since: dict[str, int] | None = None) -> ExportBatch:
        self.clock.step()
        with on_clock(self.clock):
            return merge.export_changes(self.db, since=since)


def build(template: Path, folder: Path, sizes: Sizes, seed: int = 16) -> Fair:
    rnd = random.Random(seed)
    people = Person(rnd)
    log: list[Event] = []
    folder.mkdir(parents=True, exist_ok=True)
    desk = Installation(DESK, make_db(template, folder / "desk.sqlite", DESK), Clock(T0 - 24 * HOUR),
                        log)
    shared = [desk.create(people.record(f"d{n}"), phase="setup") for n in range(sizes.shared)]
    hot = shared[:sizes.hot]
    for n, rid in enumerate(shared[:sizes.setup_followup]):
        desk.stage(rid, rnd, phase="setup", undo=n % 4 == 3)
        desk.next_contact(rid, rnd, phase="setup")
        if n % 2:
            desk.contact(rid, rnd, phase="setup")
    handout = desk.export()
    laptops: list[Installation] = []
    for n in range(sizes.laptops):
        inst = f"laptop-{n + 1}"
        skew = rnd.randint(-2 * HOUR, 2 * HOUR)
        lap = Installation(inst, make_db(template, folder / f"{inst}.sqlite", inst),
                           Clock(T0 - 20 * HOUR + skew), log)
        with on_clock(lap.clock):
            merge.import_changes(lap.db, handout.header, handout.lines)
        lap.clock.now = T0 + skew
        laptops.append(lap)
    dup_people = [(people.name(), people.birth()) for _ in range(sizes.duplicates * sizes.laptops)]
    duplicate_ids: dict[int, list[str]] = {}
    for n, lap in enumerate(laptops):
        own = [lap.create(people.record(f"{lap.inst}-{k}")) for k in range(sizes.intakes)]
        # the same people as the next laptop (the last with the first): each such person twice
        for k in range(sizes.duplicates):
            for slot in (n, (n + 1) % sizes.laptops):
                name, birth = dup_people[slot * sizes.duplicates + k]
                if slot == n:
                    duplicate_ids.setdefault(slot * sizes.duplicates + k, []).append(
                        lap.create(people.record(f"{lap.inst}-dup{k}", name, birth)))
        for _ in range(sizes.own_edits):
            lap.edit(rnd.choice(own), rnd.sample(EDITABLE, rnd.randint(1, 2)))
        for rid in rnd.sample(shared, sizes.shared_edits):
            lap.edit(rid, rnd.sample(EDITABLE, rnd.randint(1, 2)))
        for rid in [*rnd.sample(own, sizes.plans), *rnd.sample(shared, sizes.plans)]:
            lap.plan(rid)
        lap.follow_up(rnd, own, shared, hot, sizes)
        for rid in rnd.sample(own, sizes.own_deletes):
            lap.delete(rid)
        for rid in rnd.sample(shared, sizes.shared_deletes):
            if repo.exists(lap.db, rid):
                lap.delete(rid)
    # the second entry of each duplicated person: on the neighbouring laptop
    for n, lap in enumerate(laptops):
        prev = (n - 1) % sizes.laptops
        for k in range(sizes.duplicates):
            name, birth = dup_people[prev * sizes.duplicates + k]
            duplicate_ids[prev * sizes.duplicates + k].append(
                lap.create(people.record(f"{lap.inst}-dupb{k}", name, birth)))
    desk.clock.now = T0
    for rid in rnd.sample(shared, sizes.desk_edits):
        desk.edit(rid, rnd.sample(EDITABLE, rnd.randint(1, 2)))
    desk.follow_up(rnd, [], shared, hot, sizes)
    for rid in rnd.sample(shared, sizes.desk_deletes):
        if repo.exists(desk.db, rid):
            desk.delete(rid)
    bundles = [lap.export(since=handout.header["vector"]) for lap in laptops]
    for each in (desk, *laptops):
        each.db.close()
    pairs = {(min(ids), max(ids)) for ids in duplicate_ids.values()}
    return Fair(folder, folder / "desk.sqlite", bundles, log, pairs, sizes)


# --- the expected end state, from the log alone --------------------------------------------------

@dataclass
class Expected:
    live: set[str]
    deleted: set[str]
    shown: dict[str, dict[str, Any]]                 # rid -> field -> value shown
    conflicts: dict[tuple[str, str], list[Any]]      # (rid, field) -> the competing values
    notices: dict[str, set[str]]                     # rid -> installations
    duplicates: set[tuple[str, str]] = field(default_factory=set)
    plans: dict[str, set[str]] = field(default_factory=dict)  # rid -> plan version ids
    # rid -> (stage, its day, next contact day, its note, last contact, the history in order:
    # (id, from, to, day, correction, corrected) per change), for every live record
    followup: dict[str, tuple[Any, ...]] = field(default_factory=dict)


def expected(fair: Fair) -> Expected:
    base: dict[str, dict[str, Any]] = {}
    last: dict[str, dict[str, dict[str, tuple[int, Any]]]] = {}  # rid -> field -> inst -> (wall, v)
    writers: dict[str, set[str]] = {}
    deleters: dict[str, set[str]] = {}
    plans: dict[str, set[str]] = {}
    for e in fair.log:
        if e.kind == "plan":
            plans.setdefault(e.rid, set()).add(e.values["version_id"])
            continue
        if e.kind in ("stage", "undo", "next", "contact"):
            continue
        if e.kind == "delete":
            deleters.setdefault(e.rid, set()).add(e.inst)
            continue
        if e.phase == "setup":
            base[e.rid] = dict(e.values)
            continue
        writers.setdefault(e.rid, set()).add(e.inst)
        for name, value in e.values.items():
            last.setdefault(e.rid, {}).setdefault(name, {})[e.inst] = (e.wall, value)
    ids = set(base) | set(last)
    deleted = {rid for rid in ids if rid in deleters}
    live = ids - deleted
    shown: dict[str, dict[str, Any]] = {}
    conflicts: dict[tuple[str, str], list[Any]] = {}
    for rid in live:
        values = dict(base.get(rid, {}))
        for name, by_inst in last.get(rid, {}).items():
            best = max(by_inst.items(), key=lambda kv: (kv[1][0], kv[0]))
            values[name] = best[1][1]
            if len(by_inst) > 1:
                conflicts[(rid, name)] = [v for _, (_, v) in by_inst.items()]
        shown[rid] = values
    notices = {rid: writers.get(rid, set()) - deleters[rid] for rid in deleted}
    notices = {rid: insts for rid, insts in notices.items() if insts}
    dups = {p for p in fair.duplicates if p[0] in live and p[1] in live}
    follow = expected_followup(fair, live, conflicts)
    return Expected(live, deleted, shown, conflicts, notices, dups,
                    {rid: v for rid, v in plans.items() if rid in live}, follow)


def expected_followup(fair: Fair, live: set[str], conflicts: dict[tuple[str, str], list[Any]]
                      ) -> dict[str, tuple[Any, ...]]:
    """The follow-up of every live record from the log, by the rules of docs/fair-merge.md: the
    history is every change anyone made, in the order (day, clock stamp, installation, id); the
    stage is that of the last change that was neither put back nor a correction (when all were put
    back: where the last correction went back to, without a day); during the fair nobody saw anyone
    else's follow-up, so each installation's last counted change of a candidate is one side, and
    sides that reached different stages are one conflict. The next contact is the last one each
    installation wrote (setup ones are seen by all), shown by highest clock then installation, a
    conflict when those differ; the last contact is the latest day any of it happened."""
    changes: dict[str, dict[str, dict[str, Any]]] = {}
    sides: dict[str, dict[str, list[str]]] = {}  # rid -> inst -> its fair changes, in its order
    corrected: set[str] = set()
    nexts: dict[str, dict[tuple[str, str], dict[str, Any]]] = {}  # rid -> (phase, inst) -> last
    last: dict[str, str] = {}
    for e in fair.log:
        if e.kind not in ("stage", "undo", "next", "contact") or e.rid not in live:
            continue
        v = e.values
        if e.kind in ("stage", "undo"):
            changes.setdefault(e.rid, {})[v["id"]] = {**v, "inst": e.inst, "undo": e.kind == "undo"}
            if e.kind == "undo":
                corrected.add(v["corrects"])
            if e.phase == "fair":
                sides.setdefault(e.rid, {}).setdefault(e.inst, []).append(v["id"])
            day = v["on"]
        elif e.kind == "next":
            nexts.setdefault(e.rid, {})[(e.phase, e.inst)] = v
            day = v["made"]
        else:
            day = v["on"]
        if day:
            last[e.rid] = max(last.get(e.rid, ""), day)
    out: dict[str, tuple[Any, ...]] = {}
    for rid in live:
        ordered = sorted(changes.get(rid, {}).values(),
                         key=lambda c: (c["on"], c["hlc"], c["inst"], c["id"]))
        history = tuple((c["id"], c["from"], c["to"], c["on"], c["undo"], c["id"] in corrected)
                        for c in ordered)
        counted = [c for c in ordered if not c["undo"] and c["id"] not in corrected]
        if counted:
            stage, stage_on = counted[-1]["to"], counted[-1]["on"]
        elif ordered:
            stage, stage_on = [c for c in ordered if c["undo"]][-1]["to"], None
        else:
            stage, stage_on = None, None
        heads = []
        for ids in sides.get(rid, {}).values():
            mine = [i for i in ids if not changes[rid][i]["undo"] and i not in corrected]
            if mine:
                heads.append(changes[rid][mine[-1]]["to"])
        if len(set(heads)) > 1:
            conflicts[(rid, "followup.stage")] = sorted(set(heads) | {stage})
        writes = nexts.get(rid, {})
        fair_writes = {inst: v for (phase, inst), v in writes.items() if phase == "fair"}
        chosen = fair_writes or {inst: v for (_, inst), v in writes.items()}
        if chosen:
            best = max(chosen.items(), key=lambda kv: (kv[1]["hlc"], kv[0]))[1]
            nxt, note = best["day"], best["note"]
            values = [{"day": v["day"], "note": v["note"]} for v in fair_writes.values()]
            if len({(v["day"], v["note"]) for v in values}) > 1:
                conflicts[(rid, "followup.next_contact")] = values
        else:
            nxt, note = None, ""
        out[rid] = (stage, stage_on, nxt, note, last.get(rid), history)
    return out


# --- the merged desk -----------------------------------------------------------------------------

@dataclass
class Outcome:
    shown: dict[str, dict[str, Any]]
    conflicts: dict[tuple[str, str], list[Any]]
    notices: dict[str, set[str]]
    duplicates: set[tuple[str, str]]
    plans: dict[str, list[str]]  # rid -> plan version ids, each as often as stored
    followup: dict[str, tuple[Any, ...]] = field(default_factory=dict)  # as Expected.followup
    orphans: int = 0  # follow-up rows of nobody
    figures: list[Any] = field(default_factory=list)  # the year's stage figures (storage/figures.py)

    def key(self) -> Any:
        """Everything as one comparable value: two merges agree when their keys are equal."""
        import json

        return json.dumps([sorted(self.shown.items()),
                           sorted((k, sorted(map(json.dumps, v))) for k, v in self.conflicts.items()),
                           sorted((k, sorted(v)) for k, v in self.notices.items()),
                           sorted(self.duplicates),
                           sorted((k, sorted(v)) for k, v in self.plans.items()),
                           sorted(self.followup.items()), self.orphans, self.figures],
                          sort_keys=True, default=str)


def outcome(db: Database) -> Outcome:
    ids = [r[0] for r in db.execute("SELECT id FROM candidates ORDER BY id")]
    shown = {}
    for rid in ids:
        values = store.stored_fields(db, rid)
        assert values is not None, rid
        shown[rid] = values
    conflicts = {(c.candidate_id, c.field): [o.value for o in c.options] for c in merge.conflicts(db)}
    notices = {n.candidate_id: set(n.installations) for n in merge.notices(db)}
    dups = {(p.a, p.b) for p in merge.possible_duplicates(db)}
    plans: dict[str, list[str]] = {}
    for rid, vid in db.execute("SELECT p.candidate_id, v.id FROM plan_versions v"
                               " JOIN plans p ON p.id = v.plan_id"):
        plans.setdefault(rid, []).append(vid)
    from intake_desk.storage import followup as fu

    follow = {}
    for rid in ids:
        row = db.execute("SELECT stage, stage_on, next_contact, next_note, last_contact FROM followup"
                         " WHERE candidate_id = ?", [rid]).fetchone() or (None, None, None, "", None)
        history = tuple((e.id, e.from_stage, e.to_stage, e.on, e.correction, e.corrected)
                        for e in fu.stage_events(db, rid))
        follow[rid] = (*row, history)
    orphans = sum(db.execute(f"SELECT count(*) FROM {t} WHERE candidate_id NOT IN"
                             " (SELECT id FROM candidates)").fetchone()[0]
                  for t in ("stage_changes", "stage_corrections", "stage_resolutions", "followup",
                            "followup_merge"))
    from intake_desk.storage import figures

    year = (date(2026, 1, 1), date(2026, 12, 31))
    counted = sorted([*figures.stage_rows(db, *year, []), *figures.start_delays(db, *year, [])],
                     key=repr)
    return Outcome(shown, conflicts, notices, dups, plans, follow, orphans, counted)


def check(got: Outcome, want: Expected) -> list[str]:
    """Every way the merged desk differs from the end state the log says; [] when it is right."""
    problems: list[str] = []
    have = set(got.shown)
    problems += [f"lost {rid}" for rid in sorted(want.live - have)]
    problems += [f"resurrected {rid}" for rid in sorted(want.deleted & have)]
    problems += [f"duplicated/unknown {rid}" for rid in sorted(have - want.live - want.deleted)]
    for rid in sorted(want.live & have):
        for name, value in want.shown[rid].items():
            if got.shown[rid].get(name) != value:
                problems.append(f"wrong value {rid} {name}: {got.shown[rid].get(name)!r} != {value!r}")
    for key in sorted(set(want.conflicts) | set(got.conflicts)):
        w, g = want.conflicts.get(key), got.conflicts.get(key)
        if w is None or g is None or sorted(map(repr, w)) != sorted(map(repr, g)):
            problems.append(f"conflict {key}: got {g!r}, want {w!r}")
    if got.notices != want.notices:
        problems.append(f"notices differ: {sorted(set(got.notices) ^ set(want.notices))[:5]}"
                        f" or their installations")
    for rid in sorted(set(want.plans) | set(got.plans)):
        stored, made = got.plans.get(rid, []), want.plans.get(rid, set())
        if len(stored) != len(set(stored)) or not made <= set(stored):
            problems.append(f"plan versions of {rid}: got {sorted(stored)}, want at least {sorted(made)}")
        if rid not in want.live:
            problems.append(f"plan versions of a deleted record {rid}")
    for rid in sorted(want.live & have):
        if got.followup.get(rid) != want.followup.get(rid):
            problems.append(f"follow-up of {rid}: got {got.followup.get(rid)!r},"
                            f" want {want.followup.get(rid)!r}")
    # the figures count every change that happened and was not put back, whoever entered it
    want_counted = sum(1 for v in want.followup.values() for h in v[5] if not h[4] and not h[5])
    got_counted = sum(r[3] for r in got.figures if len(r) == 4)
    if got_counted != want_counted:
        problems.append(f"figures count {got_counted} stage changes, the log {want_counted}")
    if got.orphans:
        problems.append(f"{got.orphans} follow-up rows of deleted people")
    if got.duplicates != want.duplicates:
        problems.append(f"duplicates differ: got {sorted(got.duplicates)}, want {sorted(want.duplicates)}")
    return problems


def import_in_order(fair: Fair, path: Path, order: Sequence[int], passes: int = 2,
                    on_report: Callable[[int, int, MergeReport], None] | None = None) -> Database:
    """A fresh copy of the desk with the bundles imported in `order`, `passes` times."""
    shutil.copy(fair.desk, path)
    db = fast(open_database(path))
    for p in range(passes):
        for n in order:
            b = fair.bundles[n]
            report, _ = merge.import_changes(db, b.header, b.lines)
            if on_report:
                on_report(p, n, report)
    return db
