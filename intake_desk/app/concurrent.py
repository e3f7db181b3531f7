"""Several desks on one database (issue #19): seeing the others' changes, and a save that came late.

Two use cases, the same on a laptop's SQLite file and on a region's PostgreSQL server (both go
through `store_of(db)`):

- `changes_marker`: a cheap value (well under a millisecond) the desk polls on its database thread;
  when it differs from the last one, another desk (or another program on the same file) committed
  something, and the desk refreshes its lists as if a `Changes` had arrived (`WATCHED`).
- `save_over_stale`: the form's save was refused because another desk saved the candidate after
  the form loaded it (StaleRecord). Instead of a dead end, a three-way merge per merge field (the
  fields of domain/merge.py: the name, the address, each part of the intake, the grain the fair
  merge decides at): what only the other desk changed is kept, what only this desk changed is
  saved over it, and what both changed to different values is a conflict the advisor decides.
  Nothing typed is lost: with conflicts nothing is written and the form keeps its values (and its
  draft); `resolve` then builds the record of the advisor's choices, which is saved like any other.

And three reads for the desk that follows the others while it works: `stored_now` (where the open
form's candidate stands: revision and moment of its last save, or gone), `list_again` (a stretch of
the list read again, so the list puts in what changed and keeps its place), `compare_with_stored`
(what a save would merge with, written nowhere: the form's "look at the other version").
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from ..domain.changes import Changes
from ..storage import known_errors, location
from ..storage.errors import RecordNotFound, StaleRecord
from ..storage.store import store_of

if TYPE_CHECKING:
    from ..domain.record import CandidateRecord, RecordMeta
    from ..form_values import Values
    from ..storage.candidates import CandidateRow, Filter
    from ..storage.store import Handle

# Light at import: the database thread loads this module for `changes_marker` before the list's first
# page, which waits for none of the merge's modules (tests/ui/test_start_imports.py); the merge
# (domain/merge.py, the codec) is imported by the functions that merge.

# What another desk's commit may have changed: the list, Vandaag and the follow-up lists refresh.
# No candidate ids: the marker does not say which. The open form asks where its own candidate stands
# (`stored_now`): reloaded in place when it holds no unsaved edits, else left as typed, its save
# merged per field (`save_over_stale`).
WATCHED = Changes(candidate_list=True, followup=True)

# Another desk may save again between our read and our write: try again, each time from its newest
# record, this many times before the save is refused as it was (StaleRecord: the form keeps a draft).
ATTEMPTS = 3


def changes_marker(db: Handle) -> object:
    """A value that differs from the previous one when another desk committed a change (store's
    `watch.marker`: SQLite's data_version, or the server's change log, schema_watch.py)."""
    return store_of(db).watch.marker(db)


Side = Literal["mine", "theirs"]


@dataclass(frozen=True, slots=True)
class FieldConflict:
    """One merge field both desks changed, to different values (JSON values as domain/merge.split
    gives them)."""

    field: str
    mine: Any
    theirs: Any

    @property
    def label(self) -> tuple[str, str]:
        """(Dutch, English) name of the field."""
        from ..domain.merge import field_label

        return field_label(self.field)


@dataclass(frozen=True, slots=True)
class StaleSave:
    """What `save_over_stale` did. `saved` is None when there are conflicts (nothing was written);
    `theirs` and `revision` are then the record as the other desk left it, the base of the next try."""

    candidate_id: str
    saved: RecordMeta | None
    conflicts: tuple[FieldConflict, ...]
    taken_over: tuple[str, ...]  # fields only the other desk changed: kept as it left them
    revision: int
    theirs: CandidateRecord
    merged: Mapping[str, Any]  # every field: theirs, with this desk's changes that did not overlap

    @property
    def record(self) -> CandidateRecord:
        """The merged record (a conflicted field shows the other desk's value)."""
        return _record(self.merged)


def fields_of(record: CandidateRecord) -> dict[str, Any]:
    """A record as merge fields (domain/merge.split), the grain of the comparison."""
    from ..domain.codec import to_json
    from ..domain.merge import split

    return split(to_json(record.candidate), to_json(record.intake))


def _same(a: Any, b: Any) -> bool:
    return json.dumps(a, sort_keys=True, ensure_ascii=False) == json.dumps(
        b, sort_keys=True, ensure_ascii=False)


def three_way(base: Mapping[str, Any], mine: Mapping[str, Any], theirs: Mapping[str, Any]
              ) -> tuple[dict[str, Any], tuple[FieldConflict, ...], tuple[str, ...]]:
    """Per field: (merged values, conflicts, fields taken over from theirs). A field only one side
    changed takes that side's value; both changed it to the same value: no conflict; to different
    values: a conflict (merged holds theirs until the advisor chooses)."""
    merged: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    taken: list[str] = []
    absent = object()
    for name in sorted(set(base) | set(mine) | set(theirs)):
        b, m, t = base.get(name, absent), mine.get(name, absent), theirs.get(name, absent)
        mine_changed = not _same_or_absent(m, b, absent)
        theirs_changed = not _same_or_absent(t, b, absent)
        if mine_changed and theirs_changed and not _same_or_absent(m, t, absent):
            conflicts.append(FieldConflict(name, None if m is absent else m,
                                           None if t is absent else t))
            value = t
        elif mine_changed:
            value = m
        else:
            value = t
            if theirs_changed:
                taken.append(name)
        if value is not absent:
            merged[name] = value
    return merged, tuple(conflicts), tuple(taken)


def _same_or_absent(a: Any, b: Any, absent: object) -> bool:
    if a is absent or b is absent:
        return a is b
    return _same(a, b)


def _record(fields: Mapping[str, Any]) -> CandidateRecord:
    from ..domain import Candidate, Intake
    from ..domain.codec import from_json
    from ..domain.merge import unsplit
    from ..domain.record import CandidateRecord

    candidate, intake = unsplit(fields)
    return CandidateRecord(from_json(Candidate, candidate, "$.kandidaat"),
                           from_json(Intake, intake, "$.intake"))


def load_for_form(db: Handle, candidate_id: str) -> tuple[RecordMeta, Values, CandidateRecord]:
    """A stored candidate as the intake form's values, with the record as loaded: the form keeps it
    as the base a late save is merged over."""
    from ..form_values import from_record

    meta, record = store_of(db).candidates.get(db, candidate_id)
    return meta, from_record(record), record


def stored_now(db: Handle, candidate_id: str) -> RecordMeta | None:
    """Where the form's candidate stands now (its revision, when and by which installation it was
    last saved), or None when it was deleted meanwhile (by another desk, or erased)."""
    try:
        return store_of(db).candidates.get(db, candidate_id)[0]
    except RecordNotFound:
        return None


def list_again(db: Handle, f: Filter, *, limit: int, after: tuple[str, str] | None = None
               ) -> tuple[list[CandidateRow], int]:
    """A stretch of the list read again after a change (the rows after `after`, as the list pages
    them), and the number of matches now: the list puts in what changed and keeps its place."""
    search = store_of(db).search
    return search.search(db, f, limit=limit, after=after), search.count(db, f)


def compare_with_stored(db: Handle, candidate_id: str, base: CandidateRecord, mine: CandidateRecord
                        ) -> StaleSave:
    """What a save of `mine` would merge with now, written nowhere: the fields both desks changed
    (conflicts, with both values) and those only the other desk changed (taken over at the save).
    For an advisor who wants to see the other version before saving. RecordNotFound when it was
    deleted meanwhile."""
    meta, theirs = store_of(db).candidates.get(db, candidate_id)
    merged, conflicts, taken = three_way(fields_of(base), fields_of(mine), fields_of(theirs))
    return StaleSave(candidate_id, None, conflicts, taken, meta.revision, theirs, merged)


def save_over_stale(db: Handle, candidate_id: str, base: CandidateRecord, mine: CandidateRecord,
                    draft_id: str | None = None, advisor_id: str | None = None
                    ) -> tuple[StaleSave, Changes]:
    """The form's save after StaleRecord: `base` is the record the form loaded, `mine` what it would
    save now. In one transaction: read the record as it is now (theirs), merge per field; with no
    overlap save the merged record (and drop the draft), else write nothing and return the
    conflicts with both values and the current revision."""
    store = store_of(db)
    where = location(db)
    base_fields, mine_fields = fields_of(base), fields_of(mine)
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with known_errors(where), db.atomic():
                meta, theirs = store.candidates.get(db, candidate_id)
                merged, conflicts, taken = three_way(base_fields, mine_fields, fields_of(theirs))
                if conflicts:
                    return StaleSave(candidate_id, None, conflicts, taken, meta.revision, theirs,
                                     merged), Changes()
                saved = store.candidates.update(db, candidate_id, _record(merged),
                                                expected_revision=meta.revision,
                                                advisor_id=advisor_id)
                if draft_id:
                    store.drafts.delete(db, draft_id)
        except StaleRecord:
            if attempt == ATTEMPTS:
                raise
            continue  # saved again meanwhile: merge over that one
        return (StaleSave(candidate_id, saved, (), taken, saved.revision, theirs, merged),
                Changes(candidates=frozenset({candidate_id}), candidate_list=True))
    raise AssertionError("unreachable")  # pragma: no cover


def resolve(outcome: StaleSave, chosen: Mapping[str, Side]) -> CandidateRecord:
    """The record of the advisor's choices: per conflicted field this desk's value ("mine") or the
    other desk's ("theirs", also for a field not chosen); the other fields as merged."""
    fields = dict(outcome.merged)
    for c in outcome.conflicts:
        fields[c.field] = c.mine if chosen.get(c.field) == "mine" else c.theirs
    return _record(fields)


def save_resolved(db: Handle, outcome: StaleSave, chosen: Mapping[str, Side],
                  draft_id: str | None = None, advisor_id: str | None = None
                  ) -> tuple[StaleSave, Changes]:
    """Save the advisor's choices over the record the conflicts were found in. Should a desk have
    saved yet again since, its changes are merged in the same way (new conflicts come back)."""
    return save_over_stale(db, outcome.candidate_id, outcome.theirs, resolve(outcome, chosen),
                           draft_id, advisor_id)
