"""Fair mode (issue 16): bring the records of other installations in, and send ours out, so that
nobody is lost, nobody is doubled and no edit is silently overwritten. The rules: domain/merge.py;
the storage: the store's `merge` area (storage/merge.py, storage/postgres/merge.py), reached like
every other area only through `store_of(db)`; the bundle file around these lines: intake_desk/bundles.

- `export_changes`: this database's records (and deletes) that a peer has not seen yet.
- `import_changes`: merge a peer's lines, in one transaction (all or nothing), with a report; the
  same lines a second time change nothing.
- `conflicts` / `resolve_conflict`: concurrent edits of one field wait for the advisor; a choice is a
  new write that has seen every option, so the same bundles never reopen it. Undo of a resolution is
  resolving again (the options stay available through `resolved_options`).
- `notices`, `possible_duplicates`, `keep_apart`, `join_duplicates`.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz

from .. import duplicates as duplicate_check
from ..domain import Candidate, CandidateRecord, Intake, PersonName
from ..domain import merge as rules
from ..domain.changes import Changes
from ..domain.clock import Hlc
from ..domain.codec import DecodeError, from_json, remembering
from ..domain.merge import (
    FORMAT,
    FORMAT_VERSION,
    Conflict,
    DuplicatePair,
    ExportBatch,
    LineProblem,
    MergeReport,
    Notice,
    Option,
    RecordState,
    Sibling,
    Write,
)
from ..domain.route import PlanVersion
from ..progress import NULL, Progress
from ..storage import installation_id, known_errors, location
from ..storage.audit import now
from ..storage.errors import MergeHeaderError, MergeLineError, RecordDamaged, StorageError
from ..storage.plans import Origin
from ..storage.store import store_of

if TYPE_CHECKING:
    from ..storage.merge import Stored
    from ..storage.store import Backend, Handle

field_label = rules.field_label


# --- export ----------------------------------------------------------------------------------------

def export_changes(db: Handle, *, since: Mapping[str, int] | None = None) -> ExportBatch:
    """Every record and delete holding a write `since` (the peer's vector) has not seen; everything
    when `since` is None. A damaged record is left out (and counted in the header)."""
    store = store_of(db).merge
    with known_errors(location(db)), db.atomic():
        store.stamp_pending(db)
        lines: list[dict[str, Any]] = []
        damaged: list[str] = []
        records = tombstones = 0
        for rid, stored in store.exported_ids(db, since):
            if stored.deleted is not None:
                lines.append(rules.tombstone_line(rid, stored.deleted))
                tombstones += 1
                continue
            values = store.stored_fields(db, rid)
            if values is None:
                damaged.append(rid)
                continue
            lines.append(rules.record_line(rid, store.with_values(db, stored, values)))
            records += 1
        sent = [line["id"] for line in lines]
        plan_versions = 0
        for vid, cid, inst, n, hlc, created, advisor, language, doc in store.exported_plan_versions(
                db, since):
            lines.append({"type": "plan_version", "id": vid, "candidate_id": cid,
                          "installation_id": inst, "counter": n, "hlc": hlc, "created_at": created,
                          "advisor_id": advisor, "language": language, "doc": json.loads(doc)})
            plan_versions += 1
        follow = list(store_of(db).followup.exported(db, since))
        lines.extend(follow)
        sent += sorted({str(line["candidate_id"]) for line in follow})
        audit_lines = store.audit_lines_about(db, sent)
        lines.extend(audit_lines)
        header = {
            "format": FORMAT, "version": FORMAT_VERSION,
            "installation_id": installation_id(db),
            "vector": store.vector(db),
            "since": dict(since) if since is not None else None,
            "created": store.last_hlc(db).encode(),
            "counts": {"records": records, "tombstones": tombstones, "plan_versions": plan_versions,
                       "followup": len(follow), "audit": len(audit_lines),
                       "damaged_left_out": len(damaged)},
            "damaged_left_out": damaged,
        }
    return ExportBatch(header, lines)


def mark_exported(db: Handle, peer_id: str, vector: Mapping[str, int]) -> None:
    """Remember what `peer_id` has been sent (after the bundle was written): the next `--since-last`
    export starts there."""
    with known_errors(location(db)), db.atomic():
        store_of(db).merge.mark_exported(db, peer_id, vector)


def last_exported(db: Handle, peer_id: str) -> dict[str, int] | None:
    return store_of(db).merge.last_exported(db, peer_id)


# --- import ----------------------------------------------------------------------------------------

class _DryRun(Exception):
    def __init__(self, report: MergeReport):
        self.report = report


def _check_header(header: Mapping[str, Any]) -> dict[str, int]:
    if not isinstance(header, Mapping):
        raise MergeHeaderError("$", "verwacht een object", "expected an object")
    if header.get("format") != FORMAT:
        raise MergeHeaderError("$.format", f"verwacht {FORMAT!r}", f"expected {FORMAT!r}")
    version = header.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION or version < 1:
        raise MergeHeaderError("$.version", f"versie {version!r} kan deze versie niet lezen; werk "
                               "Intake Desk bij", f"version {version!r} cannot be read by this "
                               "version; update Intake Desk")
    inst = header.get("installation_id")
    if not isinstance(inst, str) or not inst:
        raise MergeHeaderError("$.installation_id", "ontbreekt", "missing")
    try:
        return rules.parse_vector(header.get("vector"), "$.vector")
    except LineProblem as p:
        raise MergeHeaderError(p.path, p.reason_nl, p.reason_en) from None


# (kind, record id, RecordState | Write, the record its shown values make, for a record line)
_Parsed = tuple[str, str, Any, CandidateRecord | None]


def _record_of(values: Mapping[str, Any], where: str = "$.fields") -> CandidateRecord:
    candidate, intake = rules.record_json(values)
    try:
        return CandidateRecord(from_json(Candidate, candidate, f"{where}(kandidaat)"),
                               from_json(Intake, intake, f"{where}(intake)"))
    except DecodeError as exc:
        first = exc.problems[0]
        raise LineProblem(first.path, first.message) from None


def _parse(lines: Iterable[Mapping[str, Any]]) -> list[_Parsed]:
    """Every line checked before anything is written; MergeLineError names the first bad one."""
    parsed: list[_Parsed] = []
    for n, line in enumerate(lines, 1):
        try:
            if not isinstance(line, Mapping):
                raise LineProblem("$", "verwacht een object", "expected an object")
            kind = line.get("type")
            if kind == "record":
                rid, state = rules.parse_record(line)
                record = _record_of(state.values())
                for name, sibs in state.fields.items():
                    for s in sibs[1:]:  # every competing value must make a valid record too
                        _record_of({**state.values(), name: s.value}, f"$.fields.{name}")
                parsed.append(("record", rid, state, record))
            elif kind == "tombstone":
                rid, delete = rules.parse_tombstone(line)
                parsed.append(("tombstone", rid, delete, None))
            elif kind == "audit":
                parsed.append(("audit", "", _audit_line(line), None))
            elif kind == "plan_version":
                parsed.append(("plan_version", str(line.get("candidate_id")), _plan_version(line),
                               None))
            elif kind in rules.STAGE_LINE_KINDS:
                payload = _FOLLOWUP_PARSERS[kind](line)
                parsed.append((kind, payload["candidate_id"], {**payload, "line": n}, None))
            else:
                raise LineProblem("$.type", f"onbekend soort regel {kind!r}",
                                  f"unknown kind of line {kind!r}")
        except LineProblem as p:
            raise MergeLineError(n, p.path, p.reason_nl, p.reason_en) from None
    return parsed


class _Tally:
    def __init__(self) -> None:
        self.new: list[str] = []
        self.updated: list[str] = []
        self.unchanged: list[str] = []
        self.skipped: list[str] = []
        self.deleted: list[str] = []
        self.conflicts: dict[tuple[str, str], None] = {}
        self.notices: list[str] = []
        self.duplicates: list[DuplicatePair] = []
        self.damaged: list[str] = []
        self.plan_versions = 0
        self.audit_lines = 0
        self.plan_candidates: set[str] = set()
        self.highest = ""
        self.followup = 0
        self.followup_touched: set[str] = set()


def import_changes(db: Handle, header: Mapping[str, Any], lines: Iterable[Mapping[str, Any]], *,
                   dry_run: bool = False, progress: Progress = NULL) -> tuple[MergeReport, Changes]:
    """Merge a peer's lines into this database in one transaction (all or nothing). `dry_run` gives
    the same report and writes nothing."""
    peer_vector = _check_header(header)
    st = store_of(db)
    with _bulk():
        parsed = _parse(lines)
        follow = [p for p in parsed if p[0] in rules.STAGE_LINE_KINDS]
        if follow:
            parsed = [p for p in parsed if p[0] not in rules.STAGE_LINE_KINDS]
        try:
            with known_errors(location(db)), db.atomic():
                _check_followup(db, st, parsed, follow)
                tally = _apply(db, st, parsed, progress)
                _apply_followup(db, st, follow, tally)
                st.merge.see(db, peer_vector)
                st.merge.receive(db, max(tally.highest, str(header.get("created") or "")) or None)
                report = _report(db, st, tally)
                if dry_run:
                    raise _DryRun(report)
        except _DryRun as run:
            return replace(run.report, dry_run=True), Changes()
    if report.deleted:
        st.erasure.flush_wal(db)  # the erased people's old pages leave the WAL too
    touched = frozenset({*report.new, *report.updated, *report.deleted})
    return report, Changes(candidates=touched | frozenset(tally.followup_touched),
                           candidate_list=bool(touched),
                           plans=touched | frozenset(tally.plan_candidates),
                           followup=bool(report.deleted or report.followup))


@contextmanager
def _bulk() -> Iterator[None]:
    """Python's cycle collector paused while an import holds its thousands of parsed lines: it would
    walk all of them again and again (a third of an import's time) and find nothing to free, as
    nothing an import makes refers back to itself. Reference counting frees as usual meanwhile."""
    was = gc.isenabled()
    gc.disable()
    try:
        with remembering():
            yield
    finally:
        if was:
            # What the import made goes to the oldest generation first (freeze, then unfreeze):
            # otherwise the first collection after it walks every object it still holds.
            gc.freeze()
            gc.unfreeze()
            gc.enable()


# The lines are merged a chunk at a time: what a chunk needs from the database is read at once and
# the records it brings in are written at once (storage/merge.py, "an import, a chunk of lines at a
# time"); a chunk never holds two lines about one record, so what was read for a record is still
# what is stored when its line comes. Everything that is not "a record this desk does not know" or
# "nothing new" (an update, a conflict, a delete, a record deleted here, a plan version) is merged
# one record at a time as before, after the chunk's pending writes are made (`_Chunk.flush`), so
# the result is the same as merging line by line.
_CHUNK = 500


def _chunks(parsed: list[_Parsed]) -> Iterator[list[_Parsed]]:
    chunk: list[_Parsed] = []
    ids: set[str] = set()
    for item in parsed:
        key = item[1] if item[0] in ("record", "tombstone") else None
        if len(chunk) >= _CHUNK or (key is not None and key in ids):
            yield chunk
            chunk, ids = [], set()
        chunk.append(item)
        if key is not None:
            ids.add(key)
    if chunk:
        yield chunk


class _Chunk:
    """One chunk's reads (made at once) and its pending writes (made at once, by `flush`)."""

    def __init__(self, db: Handle, st: Backend, items: list[_Parsed], tally: _Tally) -> None:
        self.db, self.st, self.tally = db, st, tally
        ids = [rid for kind, rid, _, _ in items if kind == "record"]
        self.states, self.damaged = st.merge.load_states(db, ids)
        self.tombstoned = st.merge.tombstoned_among(db, ids)
        self.existing = st.merge.existing_among(db, ids)
        self.values = st.merge.stored_fields_many(db, [i for i in ids if i in self.existing])
        self.new: list[tuple[str, CandidateRecord, RecordState]] = []
        self.new_ids: set[str] = set()
        self.audit: list[Mapping[str, Any]] = []
        # The duplicate check's first look, per birth date: the stored people born then and the ones
        # this chunk brings in. Read at once for every record that may be new here; forgotten when
        # a record is merged one at a time (it may change or delete someone).
        days = {record.candidate.birth_date.isoformat() for kind, rid, _, record in items
                if kind == "record" and record is not None and record.candidate.birth_date
                and rid not in self.existing}
        self.names = st.merge.names_born_on_many(db, days)

    def born_on(self, day: str) -> list[tuple[str, str, str, str]]:
        found = self.names.get(day)
        if found is None:
            found = self.names[day] = self.st.merge.names_born_on_many(self.db, [day])[day]
        return found

    def flush(self) -> None:
        """Make the pending writes, in the order merging line by line would have made them."""
        if self.new:
            self.st.merge.insert_merged(self.db, self.new)
            self.new, self.new_ids = [], set()
        if self.audit:
            self.tally.audit_lines += self.st.merge.add_audit_lines(self.db, self.audit)
            self.audit = []

    def one_at_a_time(self) -> None:
        """Before a record is merged on its own: pending writes made, the first look forgotten."""
        self.flush()
        self.names = {}


def _apply(db: Handle, st: Backend, parsed: list[_Parsed], progress: Progress) -> _Tally:
    st.merge.stamp_pending(db)
    tally = _Tally()
    total = len(parsed)
    n = 0
    for items in _chunks(parsed):
        chunk = _Chunk(db, st, items, tally)
        for kind, rid, payload, record in items:
            if n % 50 == 0:
                progress.update(n, total)
            n += 1
            if kind == "record":
                assert record is not None
                _merge_record(chunk, rid, payload, record)
                for sibs in payload.fields.values():
                    tally.highest = max(tally.highest, sibs[0].write.hlc)
            elif kind == "tombstone":
                chunk.one_at_a_time()
                _merge_delete(db, st, rid, payload, tally)
                tally.highest = max(tally.highest, payload.hlc)
            elif kind == "audit":
                chunk.audit.append(payload)
            else:
                chunk.flush()  # the candidate may be one this chunk brought in
                _merge_plan_version(db, st, payload, tally)
                tally.highest = max(tally.highest, payload[0].hlc)
        chunk.flush()
    if tally.deleted:
        st.erasure.clean_index(db)
    progress.update(total, total)
    return tally


def _same(a: RecordState, b: RecordState) -> bool:
    return dict(a.vector) == dict(b.vector) and {
        f: tuple(s.write.key for s in sibs) for f, sibs in a.fields.items()} == {
        f: tuple(s.write.key for s in sibs) for f, sibs in b.fields.items()}


def _note_conflicts(before: RecordState | None, after: RecordState, rid: str, tally: _Tally) -> None:
    for name in after.conflicted():
        old = before.fields.get(name, ()) if before else ()
        if tuple(s.write.key for s in old) != tuple(s.write.key for s in after.fields[name]):
            tally.conflicts[(rid, name)] = None


def _merge_record(chunk: _Chunk, rid: str, incoming: RecordState, record: CandidateRecord) -> None:
    db, st, tally = chunk.db, chunk.st, chunk.tally
    if rid in chunk.damaged:  # never merged into; `check` names it, the report lists it
        tally.damaged.append(rid)
        return
    stored = chunk.states.get(rid)
    delete = stored.deleted if stored else None
    if delete is not None or rid in chunk.tombstoned:
        outcome = rules.after_delete(True, delete.seen if delete else {}, incoming)
        if not outcome.apply:
            chunk.flush()
            if outcome.notice:
                unseen = rules.unseen_by_delete(delete.seen if delete else {}, incoming)
                if st.merge.add_notice(db, rid, [w.installation for w in unseen]):
                    tally.notices.append(rid)
            if stored is not None:
                st.merge.save_vector(db, rid, rules.join(stored.vector, incoming.vector))
            tally.skipped.append(rid)
            return
    if rid not in chunk.existing:
        _note_conflicts(None, incoming, rid, tally)
        for other, score in _look_alikes(chunk, rid, record.candidate):
            if st.merge.add_duplicate(db, rid, other, score):
                a, b = sorted((rid, other))
                tally.duplicates.append(DuplicatePair(a, b, score))
        chunk.new.append((rid, record, incoming))
        chunk.new_ids.add(rid)
        if record.candidate.birth_date is not None:
            chunk.born_on(record.candidate.birth_date.isoformat()).append(
                (rid, record.candidate.name.first_name, record.candidate.name.tussenvoegsel,
                 record.candidate.name.surname))
        tally.new.append(rid)
        return
    values = chunk.values.get(rid)
    if stored is None or values is None:  # damaged here: never merged into, named in the report
        tally.damaged.append(rid)
        return
    local = st.merge.with_values(db, stored, values)
    merged = rules.merge_record(local, incoming)
    if _same(local, merged):
        tally.unchanged.append(rid)
        return
    chunk.one_at_a_time()
    if merged.values() != local.values():
        st.candidates.put_merged(db, rid, _record_of(merged.values()), new=False)
    st.merge.save(db, rid, merged, had_conflicts=bool(stored.conflicts))
    _note_conflicts(local, merged, rid, tally)
    if merged.values() != local.values() or merged.conflicted() != local.conflicted():
        tally.updated.append(rid)
    else:
        tally.unchanged.append(rid)


def _look_alikes(chunk: _Chunk, rid: str, candidate: Candidate) -> list[tuple[str, float]]:
    """The duplicate check of the desk (duplicates.py: same birth date, a name alike by its
    `name_similarity` and THRESHOLD), with a cheaper first look: the names of everyone born that
    day, read for the whole chunk at once and unverified; only the rows whose names look alike are
    read verified, and a damaged one is no evidence (a record this chunk brings in is sound)."""
    if candidate.birth_date is None:
        return []
    found = []
    name = candidate.name
    own_surname = duplicate_check._folded(name)[1]
    for other, first, tussen, surname in chunk.born_on(candidate.birth_date.isoformat()):
        if other == rid:
            continue
        them = PersonName(first, surname, tussen)
        # The score is min(whole name, surname + 15): with surnames this far apart it stays under
        # the threshold whatever the whole names give, so they are not compared (the same sum as
        # name_similarity's, so exactly the pairs it would keep are kept).
        if (float(fuzz.ratio(own_surname, duplicate_check._folded(them)[1])) + 15.0
                < duplicate_check.THRESHOLD):
            continue
        score = duplicate_check.name_similarity(name, them)
        if score >= duplicate_check.THRESHOLD and (
                other in chunk.new_ids
                or chunk.st.candidates.verified_row(chunk.db, other) is not None):
            found.append((other, score))
    return found


def _plan_version(line: Mapping[str, Any]) -> tuple[Origin, PlanVersion, str | None, str]:
    """A "plan_version" line: where it was made, the version, its advisor and when it was saved."""
    for key in ("id", "candidate_id", "installation_id", "created_at"):
        if not isinstance(line.get(key), str) or not line.get(key):
            raise LineProblem(f"$.{key}", "ontbreekt of is geen tekst", "missing or not text")
    n = line.get("counter")
    if not isinstance(n, int) or isinstance(n, bool) or n < 1:
        raise LineProblem("$.counter", "verwacht een positief geheel getal",
                          "expected a positive whole number")
    hlc = line.get("hlc")
    try:
        Hlc.parse(hlc if isinstance(hlc, str) else "")
    except ValueError:
        raise LineProblem("$.hlc", "geen geldige klokstempel", "not a valid clock stamp") from None
    advisor = line.get("advisor_id")
    if advisor is not None and not isinstance(advisor, str):
        raise LineProblem("$.advisor_id", "verwacht tekst of null", "expected text or null")
    try:
        version = from_json(PlanVersion, line.get("doc"), "$.doc")
    except DecodeError as exc:
        raise LineProblem(exc.problems[0].path, exc.problems[0].message) from None
    if version.candidate_id != line["candidate_id"]:
        raise LineProblem("$.doc.candidate_id", "hoort bij een andere kandidaat dan de regel",
                          "belongs to another candidate than the line")
    return (Origin(str(line["id"]), str(line["installation_id"]), n, str(hlc)), version, advisor,
            str(line["created_at"]))


def _audit_line(line: Mapping[str, Any]) -> dict[str, Any]:
    """An "audit" line: ids, codes and times only (storage/audit.py), keyed by where it was written."""
    for key in ("installation_id", "at", "action", "entity"):
        if not isinstance(line.get(key), str) or not line.get(key):
            raise LineProblem(f"$.{key}", "ontbreekt of is geen tekst", "missing or not text")
    for key in ("advisor_id", "entity_id"):
        if line.get(key) is not None and not isinstance(line.get(key), str):
            raise LineProblem(f"$.{key}", "verwacht tekst of null", "expected text or null")
    if not isinstance(line.get("detail", ""), str):
        raise LineProblem("$.detail", "verwacht tekst", "expected text")
    n = line.get("counter")
    if not isinstance(n, int) or isinstance(n, bool) or n < 1:
        raise LineProblem("$.counter", "verwacht een positief geheel getal",
                          "expected a positive whole number")
    return {k: line.get(k) for k in ("installation_id", "counter", "at", "advisor_id", "action",
                                     "entity", "entity_id")} | {"detail": line.get("detail", "")}


def _merge_plan_version(db: Handle, st: Backend,
                        payload: tuple[Origin, PlanVersion, str | None, str], tally: _Tally) -> None:
    """A plan version made elsewhere: added once, as the next number of this desk's plan; never to a
    person who is not (or no longer) here."""
    origin, version, advisor, created = payload
    if st.merge.plan_version_known(db, origin.version_id):
        return
    if not st.candidates.exists(db, version.candidate_id):
        return
    st.plans.save_merged_version(db, version, advisor_id=advisor, saved_at=created, origin=origin)
    tally.plan_versions += 1
    tally.plan_candidates.add(version.candidate_id)


def _merge_delete(db: Handle, st: Backend, rid: str, delete: Write, tally: _Tally) -> None:
    store = st.merge
    try:
        stored = store.load(db, rid)
    except RecordDamaged:
        stored = None  # a delete wins all the same; its state is written anew
    if st.candidates.exists(db, rid):
        values = store.stored_fields(db, rid)
        if stored is not None and values is not None:
            unseen = rules.unseen_by_delete(delete.seen, store.with_values(db, stored, values))
            if unseen and store.add_notice(db, rid, [w.installation for w in unseen]):
                tally.notices.append(rid)
        st.candidates.delete_merged(db, rid)
        store.mark_deleted(db, rid, delete)
        tally.deleted.append(rid)
        return
    if stored is not None and stored.deleted is not None and stored.deleted.key == delete.key:
        tally.unchanged.append(rid)
        return
    if not store.is_tombstoned(db, rid):
        store.add_tombstone(db, rid, now())
    store.mark_deleted(db, rid, delete)
    tally.unchanged.append(rid)


def _report(db: Handle, st: Backend, tally: _Tally) -> MergeReport:
    by_record: dict[str, list[str]] = {}
    for rid, name in tally.conflicts:
        by_record.setdefault(rid, []).append(name)
    found = [c for rid in sorted(by_record) for c in _conflicts_of(db, rid)
             if c.field in by_record[rid]]
    found += [c for rid in sorted(tally.followup_touched) for c in _followup_conflicts_of(db, rid)]
    return MergeReport(
        new=tuple(tally.new), updated=tuple(tally.updated), unchanged=tuple(tally.unchanged),
        conflicts=tuple(found),
        notices=tuple(Notice(rid, tuple(insts)) for rid, insts in st.merge.notices(db)
                      if rid in set(tally.notices)),
        possible_duplicates=tuple(tally.duplicates), erased_skipped=tuple(tally.skipped),
        deleted=tuple(tally.deleted), damaged_skipped=tuple(tally.damaged),
        plan_versions=tally.plan_versions, audit_lines=tally.audit_lines, followup=tally.followup)


# --- conflicts -------------------------------------------------------------------------------------

def _state(db: Handle, rid: str) -> tuple[Stored, RecordState] | None:
    store = store_of(db).merge
    stored = store.load(db, rid)
    values = store.stored_fields(db, rid)
    if stored is None or values is None or stored.deleted is not None:
        return None
    return stored, store.with_values(db, stored, values)


def _options(sibs: Iterable[Sibling]) -> tuple[Option, ...]:
    return tuple(Option(s.value, s.write.installation, s.write.counter, s.write.hlc) for s in sibs)


def _conflicts_of(db: Handle, rid: str) -> list[Conflict]:
    try:
        got = _state(db, rid)
    except RecordDamaged:  # named by `check`; opening the candidate says so too
        return []
    if got is None:
        return []
    state = got[1]
    return [Conflict(rid, name, _options(state.fields[name]), 0) for name in state.conflicted()]


def conflicts(db: Handle) -> list[Conflict]:
    """Every open conflict, by candidate id and field; options[0] is the value shown meanwhile. The
    records' fields first, then follow-up (the stage, the next contact)."""
    return [*(c for rid in store_of(db).merge.conflicted_ids(db) for c in _conflicts_of(db, rid)),
            *(c for rid in store_of(db).followup.maybe_conflicted(db)
              for c in _followup_conflicts_of(db, rid))]


def resolved_options(db: Handle, candidate_id: str, field: str) -> Conflict | None:
    """The options of the last resolution of this field, to resolve again (undo)."""
    kept = store_of(db).merge.resolved(db, candidate_id, field)
    if kept is None:
        return None
    return Conflict(candidate_id, field, tuple(Option(o["value"], o["installation_id"], o["counter"],
                                                      o["hlc"]) for o in kept), 0)


class ConflictChoiceError(StorageError):
    """A resolution the advisor asked for that cannot be made; nothing was changed."""

    def __init__(self, candidate_id: str, field: str, reason_nl: str, reason_en: str):
        label_nl, label_en = field_label(field)
        super().__init__(f"Kandidaat {candidate_id}, {label_nl}: {reason_nl}. Er is niets veranderd.",
                         f"Candidate {candidate_id}, {label_en}: {reason_en}. Nothing was changed.")


def _chosen(candidate_id: str, field: str, options: Sequence[Option], choice: int | object) -> Any:
    """The value a choice stands for: an option's number, or a value itself."""
    if isinstance(choice, int) and not isinstance(choice, bool):
        if not 0 <= choice < len(options):
            raise ConflictChoiceError(candidate_id, field, f"keuze {choice} bestaat niet",
                                      f"choice {choice} does not exist")
        return options[choice].value
    return choice


def resolve_conflict(db: Handle, candidate_id: str, field: str, choice: int | object,
                     advisor_id: str | None = None) -> Changes:
    """The advisor's choice for a field (an index into the options, or a value) as a new write that
    has seen every option. Resolving a field already resolved chooses again among the options of
    that resolution (undo)."""
    st = store_of(db)
    if field in rules.FOLLOWUP_FIELDS:
        return _resolve_followup(db, candidate_id, field, choice, advisor_id)
    with known_errors(location(db)), db.atomic():
        got = _state(db, candidate_id)
        if got is None:
            raise ConflictChoiceError(candidate_id, field, "deze kandidaat is er niet (meer)",
                                      "this candidate does not exist (any more)")
        stored, state = got
        sibs = state.fields.get(field, ())
        options = _options(sibs) if len(sibs) > 1 else ()
        if not options:
            earlier = resolved_options(db, candidate_id, field)
            options = earlier.options if earlier else ()
        value = _chosen(candidate_id, field, options, choice)
        values = {**state.values(), field: value}
        try:
            record = _record_of(values)
        except LineProblem as p:
            raise ConflictChoiceError(candidate_id, field, f"waarde klopt niet ({p})",
                                      f"value is not valid ({p})") from None
        w = st.merge.next_write(db, stored.vector)  # the vector holds every option's write
        fields = dict(state.fields)
        fields[field] = (Sibling(w, value),)
        if options:
            st.merge.keep_resolved(db, candidate_id, field, [
                {"value": o.value, "installation_id": o.installation_id, "counter": o.counter,
                 "hlc": o.hlc} for o in options])
        st.candidates.put_merged(db, candidate_id, record, new=False, action="resolve",
                                 advisor_id=advisor_id)
        st.merge.save(db, candidate_id, RecordState(dict(w.seen), fields),
                      had_conflicts=bool(stored.conflicts))
    return Changes(candidates=frozenset({candidate_id}), candidate_list=True)


# --- notices and duplicates ------------------------------------------------------------------------

def notices(db: Handle) -> list[Notice]:
    return [Notice(rid, tuple(insts)) for rid, insts in store_of(db).merge.notices(db)]


def possible_duplicates(db: Handle) -> list[DuplicatePair]:
    return [DuplicatePair(a, b, score) for a, b, score in store_of(db).merge.open_duplicates(db)]


def keep_apart(db: Handle, a: str, b: str) -> Changes:
    """The advisor says these are two people: the pair is not listed again."""
    with known_errors(location(db)), db.atomic():
        store_of(db).merge.set_duplicate_status(db, a, b, "apart")
    return Changes(candidates=frozenset({a, b}))


def join_duplicates(db: Handle, keep_id: str, drop_id: str, advisor_id: str | None = None
                    ) -> Changes:
    """One person: `keep_id` stays, `drop_id` is deleted (its delete travels to the other laptops like
    any other). The advisor copies what `drop_id` had that `keep_id` lacks before joining."""
    st = store_of(db)
    with known_errors(location(db)), db.atomic():
        st.merge.set_duplicate_status(db, keep_id, drop_id, "joined")
        st.candidates.delete(db, drop_id, advisor_id=advisor_id)
    st.erasure.flush_wal(db)
    return Changes(candidates=frozenset({keep_id, drop_id}), candidate_list=True, followup=True)


# --- follow-up: stage changes, corrections, resolutions, next and last contact -------------------
# The rules (domain/merge.py, "follow-up"): a stage change is an event with a global id (merging is a
# union by id), the history is read in one order everywhere, concurrent changes that reached
# different stages are one conflict per candidate, the next contact is a register merged as a record
# field, the last contact a maximum. Follow-up lines are merged after the records and deletes of the
# same bundle, so a candidate the bundle brings comes first and a candidate it deletes takes its
# follow-up along.

_FOLLOWUP_PARSERS = {
    "stage_change": rules.parse_stage_change,
    "stage_correction": rules.parse_stage_correction,
    "stage_resolution": rules.parse_stage_resolution,
    "followup": rules.parse_followup,
}
_RANK = {kind: n for n, kind in enumerate(rules.STAGE_LINE_KINDS)}
# The next contact is merged by the records' own rule (kept as a name, so the proof can break it).
_merge_next = rules.merge_field


def _check_followup(db: Handle, st: Backend, parsed: list[_Parsed], follow: list[_Parsed]) -> None:
    """Refuse (MergeLineError, nothing written) a follow-up line about a candidate that is neither
    here, nor in this bundle, nor deleted here or by this bundle: it would be follow-up of nobody.
    The same for a correction whose changes are neither here nor in the bundle."""
    if not follow:
        return
    in_bundle = {rid for kind, rid, _, _ in parsed if kind in ("record", "tombstone")}
    asked = sorted({rid for _, rid, _, _ in follow} - in_bundle)
    known = st.merge.existing_among(db, asked) | st.merge.tombstoned_among(db, asked)
    known |= {rid for rid, s in st.merge.load_states(db, asked)[0].items() if s.deleted is not None}
    changes = {p["id"] for kind, _, p, _ in follow if kind == "stage_change"}
    paired = [p for kind, _, p, _ in follow if kind == "stage_correction"]
    stored = st.followup.stage_changes_known(
        db, sorted({i for p in paired for i in (p["change_id"], p["correction_id"])} - changes))
    for kind, rid, p, _ in follow:
        if rid not in in_bundle and rid not in known:
            raise MergeLineError(p["line"], "$.candidate_id",
                                 f"kandidaat {rid} is hier niet bekend en zit niet in de bundel;"
                                 " maak op de laptop een volledige bundel (zonder --since-last)",
                                 f"candidate {rid} is not known here and not in the bundle; make a"
                                 " full bundle on the laptop (without --since-last)")
        if kind == "stage_correction":
            for key in ("change_id", "correction_id"):
                if p[key] not in changes and p[key] not in stored:
                    raise MergeLineError(p["line"], f"$.{key}",
                                         f"wijziging {p[key]} is hier niet bekend en zit niet in"
                                         " de bundel", f"change {p[key]} is not known here and not"
                                         " in the bundle")


def _apply_followup(db: Handle, st: Backend, follow: list[_Parsed], tally: _Tally) -> None:
    if not follow:
        return
    fu = st.followup
    ids = sorted({rid for _, rid, _, _ in follow})
    alive = st.merge.existing_among(db, ids)  # a delete wins: follow-up of a deleted person goes
    changed: set[str] = set()
    for kind, rid, p, _ in sorted(follow, key=lambda item: _RANK[item[0]]):
        if rid not in alive:
            continue
        if kind == "stage_change":
            tally.highest = max(tally.highest, p["write"].hlc)
            new = fu.add_stage_change(db, p)
        elif kind == "stage_correction":
            new = fu.add_correction(db, p)
        elif kind == "stage_resolution":
            tally.highest = max(tally.highest, p["write"].hlc)
            new = fu.add_resolution(db, p)
        else:
            new = _merge_register(db, st, rid, p, tally)
        if new:
            tally.followup += 1
            changed.add(rid)
    for rid in sorted(changed):
        fu.rebuild(db, rid)
    tally.followup_touched |= changed


def _merge_register(db: Handle, st: Backend, rid: str, p: Mapping[str, Any], tally: _Tally) -> bool:
    """A peer's next contact and last contact: the register merged like a record field, the vectors
    joined, the latest last contact kept. True when anything changed here."""
    vector, sibs, last = st.followup.register(db, rid)
    merged = _merge_next(sibs, p["next"])
    joined = rules.join(vector, p["vector"])
    latest = max(last or "", p["last_contact"] or "") or None
    for s in p["next"]:
        tally.highest = max(tally.highest, s.write.hlc)
    if ([s.write.key for s in merged] == [s.write.key for s in sibs] and joined == vector
            and latest == last):
        return False
    st.followup.save_register(db, rid, joined, merged, latest)
    return True


def _followup_conflicts_of(db: Handle, rid: str) -> list[Conflict]:
    """The follow-up conflicts of a candidate: concurrent stage changes that reached different
    stages (one conflict, options the stages reached, the current stage shown first), and
    concurrent next contacts that differ (as a record field)."""
    fu = store_of(db).followup
    out: list[Conflict] = []
    events = fu.stage_events(db, rid)
    heads = rules.stage_heads(events, fu.stage_markers(db, rid))
    if heads:
        current, _ = rules.current_stage(events)
        options: list[Option] = []
        for h in heads:
            if all(o.value != h.to_stage for o in options):
                options.append(Option(h.to_stage, h.write.installation, h.write.counter,
                                      h.write.hlc))
        shown = next((n for n, o in enumerate(options) if o.value == current), None)
        if shown is None:
            last = [e for e in events if not e.correction and not e.corrected][-1]
            options.insert(0, Option(current, last.write.installation, last.write.counter,
                                     last.write.hlc))
        elif shown:
            options.insert(0, options.pop(shown))
        out.append(Conflict(rid, "followup.stage", tuple(options), 0))
    _, sibs, _ = fu.register(db, rid)
    if len(sibs) > 1 and len({json.dumps(s.value, sort_keys=True) for s in sibs}) > 1:
        out.append(Conflict(rid, "followup.next_contact", _options(sibs), 0))
    return out


def _resolve_followup(db: Handle, candidate_id: str, field: str, choice: int | object,
                      advisor_id: str | None) -> Changes:
    """The advisor's choice for the stage or the next contact: a new write at this desk that has
    seen every option. Keeping the stage shown adds a resolution marker (history is never
    changed); another stage is a new change to it, dated today."""
    from datetime import date

    from ..domain.trajectory import Stage, StageChange

    st = store_of(db)
    with known_errors(location(db)), db.atomic():
        if not st.candidates.exists(db, candidate_id):
            raise ConflictChoiceError(candidate_id, field, "deze kandidaat is er niet (meer)",
                                      "this candidate does not exist (any more)")
        found = [c for c in _followup_conflicts_of(db, candidate_id) if c.field == field]
        if not found:
            raise ConflictChoiceError(candidate_id, field, "hier is geen open conflict",
                                      "there is no open conflict here")
        options = found[0].options
        value = _chosen(candidate_id, field, options, choice)
        if all(o.value != value for o in options):  # a value given itself must be one of them
            raise ConflictChoiceError(candidate_id, field, "die waarde is geen van de keuzes",
                                      "that value is none of the options")
        if field == "followup.stage":
            now = st.followup.state(db, candidate_id)
            if Stage(value) == now.stage:
                st.followup.new_resolution(db, candidate_id)
            else:
                today = max(date.today(), now.stage_on or date.min)
                st.followup.append_change(db, StageChange(candidate_id, now.stage, Stage(value),
                                                          today, advisor_id=advisor_id or ""))
        else:
            vector, _, _ = st.followup.register(db, candidate_id)
            w = st.merge.next_write(db, vector)  # the vector holds every option's write
            st.followup.save_register(db, candidate_id, rules.join(vector, w.seen),
                                      (Sibling(w, value),), None)
    return Changes(candidates=frozenset({candidate_id}), followup=True)
