"""Fair mode (issue 16): bring the records of other installations in, and send ours out, so that
nobody is lost, nobody is doubled and no edit is silently overwritten. The rules: domain/merge.py;
the SQL: storage/merge.py; the bundle file around these lines: intake_desk/bundles.

- `export_changes`: this database's records (and deletes) that a peer has not seen yet.
- `import_changes`: merge a peer's lines, in one transaction (all or nothing), with a report; the
  same lines a second time change nothing.
- `conflicts` / `resolve_conflict`: concurrent edits of one field wait for the advisor; a choice is a
  new write that has seen every option, so the same bundles never reopen it. Undo of a resolution is
  resolving again (the options stay available through `resolved_options`).
- `notices`, `possible_duplicates`, `keep_apart`, `join_duplicates`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from sqlite_utils import Database

from .. import duplicates as duplicate_check
from ..domain import Candidate, CandidateRecord, Intake, PersonName
from ..domain import merge as rules
from ..domain.changes import Changes
from ..domain.clock import Hlc
from ..domain.codec import DecodeError, from_json
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
from ..storage import candidates as candidate_repo
from ..storage import database_path, erasure, installation_id, known_errors
from ..storage import merge as store
from ..storage import plans as plan_repo
from ..storage.audit import now
from ..storage.errors import MergeHeaderError, MergeLineError, RecordDamaged, StorageError
from ..storage.plans import Origin

field_label = rules.field_label


# --- export ----------------------------------------------------------------------------------------

def export_changes(db: Database, *, since: Mapping[str, int] | None = None) -> ExportBatch:
    """Every record and delete holding a write `since` (the peer's vector) has not seen; everything
    when `since` is None. A damaged record is left out (and counted in the header)."""
    with known_errors(database_path(db)), db.atomic():
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
        audit_lines = store.audit_lines_about(db, sent)
        lines.extend(audit_lines)
        header = {
            "format": FORMAT, "version": FORMAT_VERSION,
            "installation_id": installation_id(db),
            "vector": store.vector(db),
            "since": dict(since) if since is not None else None,
            "created": store.last_hlc(db).encode(),
            "counts": {"records": records, "tombstones": tombstones, "plan_versions": plan_versions,
                       "audit": len(audit_lines), "damaged_left_out": len(damaged)},
            "damaged_left_out": damaged,
        }
    return ExportBatch(header, lines)


def mark_exported(db: Database, peer_id: str, vector: Mapping[str, int]) -> None:
    """Remember what `peer_id` has been sent (after the bundle was written): the next `--since-last`
    export starts there."""
    with known_errors(database_path(db)), db.atomic():
        store.mark_exported(db, peer_id, vector)


def last_exported(db: Database, peer_id: str) -> dict[str, int] | None:
    return store.last_exported(db, peer_id)


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


def import_changes(db: Database, header: Mapping[str, Any], lines: Iterable[Mapping[str, Any]], *,
                   dry_run: bool = False, progress: Progress = NULL) -> tuple[MergeReport, Changes]:
    """Merge a peer's lines into this database in one transaction (all or nothing). `dry_run` gives
    the same report and writes nothing."""
    peer_vector = _check_header(header)
    parsed = _parse(lines)
    try:
        with known_errors(database_path(db)), db.atomic():
            tally = _apply(db, parsed, progress)
            store.see(db, peer_vector)
            store.receive(db, max(tally.highest, str(header.get("created") or "")) or None)
            report = _report(db, tally)
            if dry_run:
                raise _DryRun(report)
    except _DryRun as run:
        return replace(run.report, dry_run=True), Changes()
    if report.deleted:
        erasure.flush_wal(db)  # the erased people's old pages leave the WAL too
    touched = frozenset({*report.new, *report.updated, *report.deleted})
    return report, Changes(candidates=touched, candidate_list=bool(touched),
                           plans=touched | frozenset(tally.plan_candidates),
                           followup=bool(report.deleted))


def _apply(db: Database, parsed: list[_Parsed], progress: Progress) -> _Tally:
    store.stamp_pending(db)
    tally = _Tally()
    total = len(parsed)
    for n, (kind, rid, payload, record) in enumerate(parsed):
        if n % 50 == 0:
            progress.update(n, total)
        if kind == "record":
            assert record is not None
            _merge_record(db, rid, payload, record, tally)
            for sibs in payload.fields.values():
                tally.highest = max(tally.highest, sibs[0].write.hlc)
        elif kind == "tombstone":
            _merge_delete(db, rid, payload, tally)
            tally.highest = max(tally.highest, payload.hlc)
        elif kind == "audit":
            tally.audit_lines += store.add_audit_line(db, payload)
        else:
            _merge_plan_version(db, payload, tally)
            tally.highest = max(tally.highest, payload[0].hlc)
    if tally.deleted:
        erasure.clean_index(db)
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


def _merge_record(db: Database, rid: str, incoming: RecordState, record: CandidateRecord,
                  tally: _Tally) -> None:
    try:
        stored = store.load(db, rid)
    except RecordDamaged:  # never merged into; `check` names it, the report lists it
        tally.damaged.append(rid)
        return
    delete = stored.deleted if stored else None
    if delete is not None or store.is_tombstoned(db, rid):
        outcome = rules.after_delete(True, delete.seen if delete else {}, incoming)
        if not outcome.apply:
            if outcome.notice:
                unseen = rules.unseen_by_delete(delete.seen if delete else {}, incoming)
                if store.add_notice(db, rid, [w.installation for w in unseen]):
                    tally.notices.append(rid)
            if stored is not None:
                store.save_vector(db, rid, rules.join(stored.vector, incoming.vector))
            tally.skipped.append(rid)
            return
    if not candidate_repo.exists(db, rid):
        candidate_repo.put_merged(db, rid, record, new=True)
        store.save(db, rid, incoming, had_conflicts=False)
        _note_conflicts(None, incoming, rid, tally)
        for other, score in _look_alikes(db, rid, record.candidate):
            if store.add_duplicate(db, rid, other, score):
                a, b = sorted((rid, other))
                tally.duplicates.append(DuplicatePair(a, b, score))
        tally.new.append(rid)
        return
    values = store.stored_fields(db, rid)
    if stored is None or values is None:  # damaged here: never merged into, named in the report
        tally.damaged.append(rid)
        return
    local = store.with_values(db, stored, values)
    merged = rules.merge_record(local, incoming)
    if _same(local, merged):
        tally.unchanged.append(rid)
        return
    if merged.values() != local.values():
        candidate_repo.put_merged(db, rid, _record_of(merged.values()), new=False)
    store.save(db, rid, merged, had_conflicts=bool(stored.conflicts))
    _note_conflicts(local, merged, rid, tally)
    if merged.values() != local.values() or merged.conflicted() != local.conflicted():
        tally.updated.append(rid)
    else:
        tally.unchanged.append(rid)


def _look_alikes(db: Database, rid: str, candidate: Candidate) -> list[tuple[str, float]]:
    """The duplicate check of the desk (duplicates.py: same birth date, a name alike by its
    `name_similarity` and THRESHOLD), with a cheaper first look: only the rows whose names look alike
    are read verified, and a damaged one is no evidence."""
    if candidate.birth_date is None:
        return []
    found = []
    for other, first, tussen, surname in candidate_repo.names_born_on(db, candidate.birth_date, rid):
        score = duplicate_check.name_similarity(candidate.name, PersonName(first, surname, tussen))
        if score >= duplicate_check.THRESHOLD and candidate_repo.verified_row(db, other) is not None:
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


def _merge_plan_version(db: Database, payload: tuple[Origin, PlanVersion, str | None, str],
                        tally: _Tally) -> None:
    """A plan version made elsewhere: added once, as the next number of this desk's plan; never to a
    person who is not (or no longer) here."""
    origin, version, advisor, created = payload
    if store.plan_version_known(db, origin.version_id):
        return
    if not candidate_repo.exists(db, version.candidate_id):
        return
    plan_repo.save_merged_version(db, version, advisor_id=advisor, saved_at=created,
                                  origin=origin)
    tally.plan_versions += 1
    tally.plan_candidates.add(version.candidate_id)


def _merge_delete(db: Database, rid: str, delete: Write, tally: _Tally) -> None:
    try:
        stored = store.load(db, rid)
    except RecordDamaged:
        stored = None  # a delete wins all the same; its state is written anew
    if candidate_repo.exists(db, rid):
        values = store.stored_fields(db, rid)
        if stored is not None and values is not None:
            unseen = rules.unseen_by_delete(delete.seen, store.with_values(db, stored, values))
            if unseen and store.add_notice(db, rid, [w.installation for w in unseen]):
                tally.notices.append(rid)
        candidate_repo.delete_merged(db, rid)
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


def _report(db: Database, tally: _Tally) -> MergeReport:
    by_record: dict[str, list[str]] = {}
    for rid, name in tally.conflicts:
        by_record.setdefault(rid, []).append(name)
    found = [c for rid in sorted(by_record) for c in _conflicts_of(db, rid)
             if c.field in by_record[rid]]
    return MergeReport(
        new=tuple(tally.new), updated=tuple(tally.updated), unchanged=tuple(tally.unchanged),
        conflicts=tuple(found),
        notices=tuple(Notice(rid, tuple(insts)) for rid, insts in store.notices(db)
                      if rid in set(tally.notices)),
        possible_duplicates=tuple(tally.duplicates), erased_skipped=tuple(tally.skipped),
        deleted=tuple(tally.deleted), damaged_skipped=tuple(tally.damaged),
        plan_versions=tally.plan_versions, audit_lines=tally.audit_lines)


# --- conflicts -------------------------------------------------------------------------------------

def _state(db: Database, rid: str) -> tuple[store.Stored, RecordState] | None:
    stored = store.load(db, rid)
    values = store.stored_fields(db, rid)
    if stored is None or values is None or stored.deleted is not None:
        return None
    return stored, store.with_values(db, stored, values)


def _options(sibs: Iterable[Sibling]) -> tuple[Option, ...]:
    return tuple(Option(s.value, s.write.installation, s.write.counter, s.write.hlc) for s in sibs)


def _conflicts_of(db: Database, rid: str) -> list[Conflict]:
    try:
        got = _state(db, rid)
    except RecordDamaged:  # named by `check`; opening the candidate says so too
        return []
    if got is None:
        return []
    state = got[1]
    return [Conflict(rid, name, _options(state.fields[name]), 0) for name in state.conflicted()]


def conflicts(db: Database) -> list[Conflict]:
    """Every open conflict, by candidate id and field; options[0] is the value shown meanwhile."""
    return [c for rid in store.conflicted_ids(db) for c in _conflicts_of(db, rid)]


def resolved_options(db: Database, candidate_id: str, field: str) -> Conflict | None:
    """The options of the last resolution of this field, to resolve again (undo)."""
    kept = store.resolved(db, candidate_id, field)
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


def resolve_conflict(db: Database, candidate_id: str, field: str, choice: int | object,
                     advisor_id: str | None = None) -> Changes:
    """The advisor's choice for a field (an index into the options, or a value) as a new write that
    has seen every option. Resolving a field already resolved chooses again among the options of
    that resolution (undo)."""
    with known_errors(database_path(db)), db.atomic():
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
        if isinstance(choice, int) and not isinstance(choice, bool):
            if not 0 <= choice < len(options):
                raise ConflictChoiceError(candidate_id, field, f"keuze {choice} bestaat niet",
                                          f"choice {choice} does not exist")
            value = options[choice].value
        else:
            value = choice
        values = {**state.values(), field: value}
        try:
            record = _record_of(values)
        except LineProblem as p:
            raise ConflictChoiceError(candidate_id, field, f"waarde klopt niet ({p})",
                                      f"value is not valid ({p})") from None
        w = store.next_write(db, stored.vector)  # the vector holds every option's write
        fields = dict(state.fields)
        fields[field] = (Sibling(w, value),)
        if options:
            store.keep_resolved(db, candidate_id, field, [
                {"value": o.value, "installation_id": o.installation_id, "counter": o.counter,
                 "hlc": o.hlc} for o in options])
        candidate_repo.put_merged(db, candidate_id, record, new=False, action="resolve",
                                  advisor_id=advisor_id)
        store.save(db, candidate_id, RecordState(dict(w.seen), fields),
                   had_conflicts=bool(stored.conflicts))
    return Changes(candidates=frozenset({candidate_id}), candidate_list=True)


# --- notices and duplicates ------------------------------------------------------------------------

def notices(db: Database) -> list[Notice]:
    return [Notice(rid, tuple(insts)) for rid, insts in store.notices(db)]


def possible_duplicates(db: Database) -> list[DuplicatePair]:
    return [DuplicatePair(a, b, score) for a, b, score in store.open_duplicates(db)]


def keep_apart(db: Database, a: str, b: str) -> Changes:
    """The advisor says these are two people: the pair is not listed again."""
    with known_errors(database_path(db)), db.atomic():
        store.set_duplicate_status(db, a, b, "apart")
    return Changes(candidates=frozenset({a, b}))


def join_duplicates(db: Database, keep_id: str, drop_id: str, advisor_id: str | None = None
                    ) -> Changes:
    """One person: `keep_id` stays, `drop_id` is deleted (its delete travels to the other laptops like
    any other). The advisor copies what `drop_id` had that `keep_id` lacks before joining."""
    with known_errors(database_path(db)), db.atomic():
        store.set_duplicate_status(db, keep_id, drop_id, "joined")
        candidate_repo.delete(db, drop_id, advisor_id=advisor_id)
    erasure.flush_wal(db)
    return Changes(candidates=frozenset({keep_id, drop_id}), candidate_list=True, followup=True)
