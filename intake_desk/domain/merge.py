"""Merging the records of several installations (issue 16, "fair mode"): the rules, without I/O.

A *write* is one save on one installation, named by its *dot* (installation id, that installation's
counter) and stamped with a hybrid logical clock (domain/clock.py). Each write also carries `seen`:
the version vector (installation -> highest counter) of the record as it stood when the write was
made, its own dot included. A write `a` is *dominated* by `b` when `b` had seen it
(`b.seen[a.installation] >= a.counter`); two writes neither of which saw the other are *concurrent*.

A record is split into *fields* at the size an advisor thinks in (FIELDS: the name, the birth date,
the e-mail, the phone number, the address, and every part of the intake). Each field holds the
writes of it that nothing else has seen (its *siblings*): normally one; two or more are a conflict,
shown meanwhile as the sibling with the highest clock (then the highest installation id). Merging a
field keeps the siblings that no sibling of either side dominates: a union of what both sides know,
so the result does not depend on the order or the number of times bundles are read.

A delete wins: once a record is deleted it stays deleted, and a write the delete had not seen gives
one notice (the advisor may want to know that someone edited a person who was then removed).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

Vector = Mapping[str, int]


def dot_key(installation: str, counter: int) -> str:
    return f"{installation}:{counter}"


def split_dot(key: str) -> tuple[str, int]:
    installation, sep, counter = key.rpartition(":")
    if not sep or not installation or not counter.isdigit():
        raise ValueError(f"not a write id: {key!r}")
    return installation, int(counter)


def join(*vectors: Vector) -> dict[str, int]:
    """The least vector that has seen everything each of `vectors` has seen."""
    out: dict[str, int] = {}
    for v in vectors:
        for k, n in v.items():
            if n > out.get(k, 0):
                out[k] = n
    return out


def covers(vector: Vector, installation: str, counter: int) -> bool:
    return vector.get(installation, 0) >= counter


def newer_than(vector: Vector, since: Vector) -> bool:
    """Whether `vector` holds a write that `since` has not seen."""
    return any(n > since.get(k, 0) for k, n in vector.items())


@dataclass(frozen=True, slots=True)
class Write:
    installation: str
    counter: int
    hlc: str
    seen: Mapping[str, int]
    # The dot as text, made once: merging and storing a record ask for it for every field.
    key: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", dot_key(self.installation, self.counter))

    def saw(self, other: Write) -> bool:
        return self.key != other.key and covers(self.seen, other.installation, other.counter)


@dataclass(frozen=True, slots=True)
class Sibling:
    write: Write
    value: Any  # the field's JSON value as this write left it


def shown_order(s: Sibling) -> tuple[str, str]:
    return (s.write.hlc, s.write.installation)


def merge_field(local: Iterable[Sibling], incoming: Iterable[Sibling]) -> tuple[Sibling, ...]:
    """The siblings of a field after merging: every write neither side has seen past, the shown one
    (highest clock, then installation id) first. A write is immutable, so one dot has one value."""
    by_dot: dict[str, Sibling] = {}
    for s in (*local, *incoming):
        by_dot.setdefault(s.write.key, s)
    kept = [s for s in by_dot.values()
            if not any(o.write.saw(s.write) for o in by_dot.values())]
    return tuple(sorted(kept, key=shown_order, reverse=True))


@dataclass(frozen=True, slots=True)
class RecordState:
    """A record as merge sees it: what it has seen and, per field, its siblings."""

    vector: Mapping[str, int]
    fields: Mapping[str, tuple[Sibling, ...]]

    def values(self) -> dict[str, Any]:
        """The value shown of every field."""
        return {f: sibs[0].value for f, sibs in self.fields.items() if sibs}

    def conflicted(self) -> list[str]:
        """Fields whose concurrent writes disagree. Two laptops that typed the same value are no
        conflict (both writes are still kept, so this does not depend on the order of merging)."""
        return sorted(f for f, sibs in self.fields.items()
                      if len(sibs) > 1 and len({_canonical(s.value) for s in sibs}) > 1)


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def merge_record(local: RecordState, incoming: RecordState) -> RecordState:
    """Field by field (so concurrent edits of different fields are both kept)."""
    names = sorted(set(local.fields) | set(incoming.fields))
    return RecordState(
        join(local.vector, incoming.vector),
        {f: merge_field(local.fields.get(f, ()), incoming.fields.get(f, ())) for f in names},
    )


def unseen_by_delete(delete_seen: Vector, state: RecordState) -> list[Write]:
    """The writes of `state` a delete with version vector `delete_seen` had not seen."""
    found: dict[str, Write] = {}
    for sibs in state.fields.values():
        for s in sibs:
            if not covers(delete_seen, s.write.installation, s.write.counter):
                found[s.write.key] = s.write
    return sorted(found.values(), key=lambda w: w.key)


@dataclass(frozen=True, slots=True)
class DeleteOutcome:
    apply: bool   # write the incoming record anyway (only ever true when nothing deleted it)
    notice: bool  # an edit the delete had not seen: tell the advisor once


def after_delete(deleted: bool, delete_seen: Vector, incoming: RecordState) -> DeleteOutcome:
    """A delete wins over every edit; an edit it had not seen is reported, never applied."""
    if not deleted:
        return DeleteOutcome(apply=True, notice=False)
    return DeleteOutcome(apply=False, notice=bool(unseen_by_delete(delete_seen, incoming)))


# --- fields: the record <-> the parts an advisor decides about -----------------------------------

# Parts of the candidate that change together are one field (a town without its postcode is no
# address); each part of the intake is one field (the form's sections are made of them).
_ADDRESS = ("street", "postcode", "town")
CANDIDATE_FIELDS = ("name", "birth_date", "contact.email", "contact.phone", "address", "sample")


def split(candidate: Mapping[str, Any], intake: Mapping[str, Any]) -> dict[str, Any]:
    """A record's JSON (domain/codec.to_json of Candidate and Intake) as merge fields."""
    contact = candidate.get("contact") or {}
    out: dict[str, Any] = {
        "name": candidate.get("name"),
        "birth_date": candidate.get("birth_date"),
        "contact.email": contact.get("email", ""),
        "contact.phone": contact.get("phone", ""),
        "address": {**{k: contact.get(k, "") for k in _ADDRESS},
                    "municipality": candidate.get("municipality", ""),
                    "region_code": candidate.get("region_code", "")},
        "sample": candidate.get("sample", False),
    }
    for k, v in intake.items():
        out[f"intake.{k}"] = v
    return out


def unsplit(fields: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The inverse of `split`: (candidate JSON, intake JSON)."""
    address = fields.get("address") or {}
    candidate: dict[str, Any] = {
        "name": fields.get("name"),
        "birth_date": fields.get("birth_date"),
        "contact": {"email": fields.get("contact.email", ""), "phone": fields.get("contact.phone", ""),
                    **{k: address.get(k, "") for k in _ADDRESS}},
        "municipality": address.get("municipality", ""),
        "region_code": address.get("region_code", ""),
        "sample": fields.get("sample", False),
    }
    intake = {k[len("intake."):]: v for k, v in fields.items() if k.startswith("intake.")}
    return candidate, intake


_LABELS: dict[str, tuple[str, str]] = {
    "name": ("Naam", "Name"),
    "birth_date": ("Geboortedatum", "Date of birth"),
    "contact.email": ("E-mailadres", "E-mail address"),
    "contact.phone": ("Telefoonnummer", "Phone number"),
    "address": ("Adres", "Address"),
    "sample": ("Voorbeeldgegevens", "Sample data"),
    "intake.date": ("Datum intake", "Intake date"),
    "intake.advisor": ("Adviseur", "Advisor"),
    "intake.status": ("Status intake", "Intake status"),
    "intake.situation": ("Situatie", "Situation"),
    "intake.referrer": ("Verwezen door", "Referred by"),
    "intake.has_job_or_placement": ("Baan of leerbedrijf", "Job or placement"),
    "intake.education": ("Opleidingen", "Education"),
    "intake.credentials": ("Certificaten en diplomadelen", "Certificates and diploma parts"),
    "intake.experience": ("Werkervaring", "Work experience"),
    "intake.evc_interest": ("Interesse in EVC", "Interest in EVC"),
    "intake.dutch": ("Nederlandse taal", "Dutch language"),
    "intake.other_languages": ("Andere talen", "Other languages"),
    "intake.availability": ("Beschikbaarheid", "Availability"),
    "intake.preferences": ("Voorkeuren", "Preferences"),
    "intake.goals": ("Doelen", "Goals"),
    "intake.funding": ("Financiering", "Funding"),
    "intake.barriers": ("Belemmeringen", "Barriers"),
    "intake.vog_needed": ("VOG nodig", "Certificate of conduct needed"),
    "intake.consent": ("Toestemming", "Consent"),
    "intake.notes": ("Notities", "Notes"),
    # follow-up (docs/followup.md): not record fields, but conflicts on them are listed the same way
    "followup.stage": ("Fase", "Stage"),
    "followup.next_contact": ("Volgend contact", "Next contact"),
}
FOLLOWUP_FIELDS = ("followup.stage", "followup.next_contact")


def field_label(name: str) -> tuple[str, str]:
    """(Dutch, English) name of a merge field, as the conflicts view and the CLI show it."""
    return _LABELS.get(name, (name, name))


# --- what the use cases return --------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Option:
    """One competing value of a conflict, with the write that made it."""

    value: Any
    installation_id: str
    counter: int
    hlc: str


@dataclass(frozen=True, slots=True)
class Conflict:
    """Concurrent edits of one field of one record: options[shown] is what the record shows now."""

    candidate_id: str
    field: str
    options: tuple[Option, ...]
    shown: int = 0

    @property
    def shown_value(self) -> Any:
        return self.options[self.shown].value

    @property
    def label(self) -> tuple[str, str]:
        return field_label(self.field)

    def to_json(self) -> dict[str, Any]:
        return {"candidate_id": self.candidate_id, "field": self.field,
                "label_nl": self.label[0], "label_en": self.label[1], "shown": self.shown,
                "options": [{"value": o.value, "installation_id": o.installation_id,
                             "counter": o.counter, "hlc": o.hlc} for o in self.options]}


@dataclass(frozen=True, slots=True)
class Notice:
    """A deleted record that had an edit the delete had not seen (ids only)."""

    candidate_id: str
    installations: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    """Possibly one person entered twice under two ids; a < b."""

    a: str
    b: str
    score: float


@dataclass(frozen=True, slots=True)
class MergeReport:
    new: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    conflicts: tuple[Conflict, ...] = ()  # opened or changed by this import
    notices: tuple[Notice, ...] = ()      # new ones only
    possible_duplicates: tuple[DuplicatePair, ...] = ()  # new ones only
    erased_skipped: tuple[str, ...] = ()  # records of people deleted or erased here: not brought back
    deleted: tuple[str, ...] = ()         # records this import deleted (a delete from the peer)
    damaged_skipped: tuple[str, ...] = ()  # stored here but damaged: not merged into (see `check`)
    plan_versions: int = 0
    audit_lines: int = 0
    followup: int = 0  # stage changes, corrections, resolutions and follow-up states that changed here
    dry_run: bool = False

    def counts(self) -> dict[str, int]:
        return {"new": len(self.new), "updated": len(self.updated), "unchanged": len(self.unchanged),
                "conflicts": len(self.conflicts), "notices": len(self.notices),
                "possible_duplicates": len(self.possible_duplicates),
                "erased_skipped": len(self.erased_skipped), "deleted": len(self.deleted),
                "damaged_skipped": len(self.damaged_skipped),
                "plan_versions": self.plan_versions, "audit_lines": self.audit_lines,
                "followup": self.followup}

    def to_json(self) -> dict[str, Any]:
        return {"dry_run": self.dry_run, "counts": self.counts(),
                "new": list(self.new), "updated": list(self.updated),
                "conflicts": [c.to_json() for c in self.conflicts],
                "notices": [{"candidate_id": n.candidate_id, "installations": list(n.installations)}
                            for n in self.notices],
                "possible_duplicates": [{"a": p.a, "b": p.b, "score": p.score}
                                        for p in self.possible_duplicates],
                "erased_skipped": list(self.erased_skipped), "deleted": list(self.deleted),
                "damaged_skipped": list(self.damaged_skipped)}


@dataclass(frozen=True, slots=True)
class ExportBatch:
    """What a bundle carries: a header and JSON-able lines (intake_desk/bundles writes and seals them)."""

    header: dict[str, Any]
    lines: list[dict[str, Any]] = field(default_factory=list)


FORMAT = "intake-desk-merge"
FORMAT_VERSION = 1


# --- reading a bundle's lines (before anything is written) ----------------------------------------

class LineProblem(ValueError):
    """What is wrong with one line: the JSON path of the field and the reason (Dutch, English)."""

    def __init__(self, path: str, reason_nl: str, reason_en: str = ""):
        super().__init__(f"{path}: {reason_nl}")
        self.path = path
        self.reason_nl = reason_nl
        self.reason_en = reason_en or reason_nl


def _need(cond: bool, path: str, nl: str, en: str) -> None:
    if not cond:
        raise LineProblem(path, nl, en)


def _text(data: Mapping[str, Any], key: str, path: str) -> str:
    v = data.get(key)
    _need(isinstance(v, str) and 0 < len(v) <= 200, f"{path}.{key}", "ontbreekt of is geen tekst",
          "missing or not text")
    return str(v)


def parse_vector(v: Any, path: str) -> dict[str, int]:
    _need(isinstance(v, dict), path, "verwacht een object {installatie: teller}",
          "expected an object {installation: counter}")
    out: dict[str, int] = {}
    # (the path of a problem is only built when there is one: every line of a bundle comes here)
    for k, n in v.items():
        if not (isinstance(k, str) and k and ":" not in k):
            raise LineProblem(f"{path}.{k}", "geen geldige installatie", "not a valid installation")
        if not (type(n) is int and 0 < n < 2**53):
            raise LineProblem(f"{path}.{k}", "verwacht een positief geheel getal",
                              "expected a positive whole number")
        out[k] = n
    return out


def parse_write(key: str, data: Any, path: str) -> Write:
    from .clock import Hlc

    try:
        inst, n = split_dot(key)
    except ValueError:
        raise LineProblem(path, "geen geldige schrijf-id (installatie:teller)",
                          "not a valid write id (installation:counter)") from None
    _need(n > 0, path, "teller moet positief zijn", "counter must be positive")
    _need(isinstance(data, dict), path, "verwacht een object", "expected an object")
    hlc = data.get("hlc")
    try:
        Hlc.parse(hlc if isinstance(hlc, str) else "")
    except ValueError:
        raise LineProblem(f"{path}.hlc", "geen geldige klokstempel", "not a valid clock stamp") from None
    seen = parse_vector(data.get("seen"), f"{path}.seen")
    _need(seen.get(inst, 0) >= n, f"{path}.seen", "mist de eigen schrijfactie",
          "does not include the write itself")
    return Write(inst, n, str(hlc), seen)


def parse_record(data: Mapping[str, Any]) -> tuple[str, RecordState]:
    """A "record" line: {"type", "id", "vector", "writes": {dot: {"hlc", "seen"}},
    "fields": {field: [[dot, value], ...]}}. Raises LineProblem."""
    record_id = _text(data, "id", "$")
    vec = parse_vector(data.get("vector"), "$.vector")
    raw_writes = data.get("writes")
    if not isinstance(raw_writes, dict) or not raw_writes:
        raise LineProblem("$.writes", "verwacht een object", "expected an object")
    writes = {k: parse_write(k, v, f"$.writes.{k}") for k, v in raw_writes.items()}
    raw_fields = data.get("fields")
    if not isinstance(raw_fields, dict) or not raw_fields:
        raise LineProblem("$.fields", "verwacht een object", "expected an object")
    fields: dict[str, tuple[Sibling, ...]] = {}
    for name, sibs in raw_fields.items():
        if not (name in _LABELS or name.startswith("intake.")) or name in FOLLOWUP_FIELDS:
            raise LineProblem(f"$.fields.{name}", "onbekend veld", "unknown field")
        if not (isinstance(sibs, list) and sibs):
            raise LineProblem(f"$.fields.{name}", "verwacht een lijst [[schrijf-id, waarde]]",
                              "expected a list [[write id, value]]")
        out = []
        for n, pair in enumerate(sibs):
            if not (isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str)
                    and pair[0] in writes):
                raise LineProblem(f"$.fields.{name}[{n}]", "verwacht [schrijf-id uit writes, waarde]",
                                  "expected [write id from writes, value]")
            out.append(Sibling(writes[pair[0]], pair[1]))
        fields[name] = (out[0],) if len(out) == 1 else tuple(sorted(out, key=shown_order,
                                                                     reverse=True))
    for w in writes.values():
        _need(covers(vec, w.installation, w.counter), "$.vector", "mist een schrijfactie uit writes",
              "lacks a write listed in writes")
    return record_id, RecordState(vec, fields)


def parse_tombstone(data: Mapping[str, Any]) -> tuple[str, Write]:
    """A "tombstone" line: {"type", "id", "dot", "hlc", "seen"} (ids and counters only)."""
    record_id = _text(data, "id", "$")
    dot = _text(data, "dot", "$")
    return record_id, parse_write(dot, data, "$")


def record_line(record_id: str, state: RecordState) -> dict[str, Any]:
    """The export line of a live record (the inverse of `parse_record`)."""
    writes: dict[str, Write] = {}
    fields: dict[str, list[list[Any]]] = {}
    for name, sibs in sorted(state.fields.items()):
        fields[name] = [[s.write.key, s.value] for s in sibs]
        for s in sibs:
            writes[s.write.key] = s.write
    return {"type": "record", "id": record_id, "vector": dict(sorted(state.vector.items())),
            "writes": {k: {"hlc": w.hlc, "seen": dict(sorted(w.seen.items()))}
                       for k, w in sorted(writes.items())},
            "fields": fields}


def tombstone_line(record_id: str, delete: Write) -> dict[str, Any]:
    return {"type": "tombstone", "id": record_id, "dot": delete.key, "hlc": delete.hlc,
            "seen": dict(sorted(delete.seen.items()))}


def record_json(values: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The (candidate, intake) JSON of a record's field values; checked by the caller with
    codec.from_json."""
    return unsplit(values)


# --- follow-up (stage changes, next contact, last contact) ----------------------------------------
# A stage change is an immutable event with a global id (a UUID): merging histories is a union by
# id. It also carries a write (installation, counter, clock stamp, and `seen`: the follow-up vector
# of that candidate where it was made), so a bundle `since` a vector can leave out what the peer has
# and two changes neither of which saw the other are known to be concurrent. The history is read in
# one order on every installation, whatever order the bundles came in: by the day of the change,
# then its clock stamp, then its installation, then its id (`stage_order`).
# The next contact is one register per candidate, merged exactly like a record field
# (`merge_field`); the last contact is a maximum over days.

STAGE_LINE_KINDS = ("stage_change", "stage_correction", "stage_resolution", "followup")


@dataclass(frozen=True, slots=True)
class StageEvent:
    """One stage change of a candidate as merge sees it (ids, codes and its write; no names)."""

    id: str
    write: Write
    from_stage: str | None
    to_stage: str
    on: str  # ISO day
    correction: bool = False  # it puts a mistaken change back
    corrected: bool = False   # it was put back by a correction


def stage_order(e: StageEvent) -> tuple[str, str, str, str]:
    return (e.on, e.write.hlc, e.write.installation, e.id)


def current_stage(events: Iterable[StageEvent]) -> tuple[str | None, str | None]:
    """(stage, day) by the merged history: the last change in `stage_order` that is neither corrected
    nor a correction. When every change was put back, the stage the last correction went back to,
    without a day (as undoing the only change leaves it at the desk). (None, None): no history."""
    ordered = sorted(events, key=stage_order)
    live = [e for e in ordered if not e.correction and not e.corrected]
    if live:
        return live[-1].to_stage, live[-1].on
    fixes = [e for e in ordered if e.correction]
    if fixes:
        return fixes[-1].to_stage, None
    return (ordered[-1].to_stage, ordered[-1].on) if ordered else (None, None)


def stage_heads(events: Iterable[StageEvent], markers: Iterable[Write] = ()) -> list[StageEvent]:
    """The concurrent stage changes an advisor must choose between, newest in `stage_order` first;
    [] when there is nothing to choose. Only changes that count (neither corrected nor a correction)
    take part: a change put back on the laptop is no side. The heads are the changes no other one
    has seen; two or more heads that reached different stages are a conflict, until a later change
    (which has seen them all, so it is the only head) or a resolution marker that has seen them all
    (the advisor kept the stage shown) settles it."""
    live = [e for e in events if not e.correction and not e.corrected]
    heads = [e for e in live if not any(o.write.saw(e.write) for o in live)]
    if len({e.to_stage for e in heads}) < 2:
        return []
    if any(all(covers(m.seen, e.write.installation, e.write.counter) for e in heads)
           for m in markers):
        return []
    return sorted(heads, key=stage_order, reverse=True)


def _day(data: Mapping[str, Any], key: str, path: str, *, optional: bool = False) -> str | None:
    from datetime import date

    v = data.get(key)
    if v is None and optional:
        return None
    try:
        if not isinstance(v, str) or len(v) != 10:
            raise ValueError(v)
        date.fromisoformat(v)
    except ValueError:
        raise LineProblem(f"{path}.{key}", "geen datum (jjjj-mm-dd)", "not a date (yyyy-mm-dd)"
                          ) from None
    return v


def _own_write(data: Mapping[str, Any], path: str = "$") -> Write:
    """The write of a follow-up line: "installation_id", "counter", "hlc", "seen"."""
    inst = _text(data, "installation_id", path)
    n = data.get("counter")
    _need(type(n) is int and 0 < n < 2**53, f"{path}.counter", "verwacht een positief geheel getal",
          "expected a positive whole number")
    _need(":" not in inst, f"{path}.installation_id", "geen geldige installatie",
          "not a valid installation")
    return parse_write(dot_key(inst, n if isinstance(n, int) else 0),
                       {"hlc": data.get("hlc"), "seen": data.get("seen")}, path)


def parse_stage_change(data: Mapping[str, Any]) -> dict[str, Any]:
    """A "stage_change" line, checked: {"type", "id", "candidate_id", "installation_id", "counter",
    "hlc", "seen", "from_stage", "to_stage", "on", "reason", "credential", "advisor_id",
    "recorded_at"}. Returns it with "write" (a Write) added. Raises LineProblem."""
    from .enums import CredentialKind
    from .trajectory import DropReason, Stage

    out: dict[str, Any] = {"id": _text(data, "id", "$"),
                           "candidate_id": _text(data, "candidate_id", "$")}
    out["write"] = _own_write(data)
    stages = {s.value for s in Stage}
    to = data.get("to_stage")
    _need(to in stages, "$.to_stage", f"onbekende fase {to!r}", f"unknown stage {to!r}")
    frm = data.get("from_stage")
    _need(frm is None or frm in stages, "$.from_stage", f"onbekende fase {frm!r}",
          f"unknown stage {frm!r}")
    reason, credential = data.get("reason"), data.get("credential")
    if reason is not None:
        _need(reason in {r.value for r in DropReason}, "$.reason", f"onbekende reden {reason!r}",
              f"unknown reason {reason!r}")
        _need(to == Stage.UITGEVALLEN, "$.reason", f"een reden hoort alleen bij uitgevallen, niet bij"
              f" {to}", f"a reason belongs to dropped out only, not to {to}")
    if credential is not None:
        _need(credential in {c.value for c in CredentialKind}, "$.credential",
              f"onbekend bewijs {credential!r}", f"unknown credential {credential!r}")
        _need(to == Stage.AFGEROND, "$.credential", f"een bewijs hoort alleen bij afgerond, niet bij"
              f" {to}", f"a credential belongs to completed only, not to {to}")
    advisor = data.get("advisor_id", "")
    _need(isinstance(advisor, str) and len(advisor) <= 200, "$.advisor_id", "verwacht tekst",
          "expected text")
    recorded = data.get("recorded_at")
    _need(isinstance(recorded, str) and 0 < len(recorded) <= 40, "$.recorded_at",
          "ontbreekt of is geen tekst", "missing or not text")
    out.update(from_stage=frm, to_stage=to, on=_day(data, "on", "$"), reason=reason,
               credential=credential, advisor_id=advisor, recorded_at=recorded)
    return out


def parse_stage_correction(data: Mapping[str, Any]) -> dict[str, Any]:
    """A "stage_correction" line: {"type", "candidate_id", "change_id", "correction_id"}: the change
    put back and the change that put it back (both stage changes of that candidate)."""
    out = {k: _text(data, k, "$") for k in ("candidate_id", "change_id", "correction_id")}
    _need(out["change_id"] != out["correction_id"], "$.correction_id",
          "een wijziging kan zichzelf niet terugzetten", "a change cannot put itself back")
    return out


def parse_stage_resolution(data: Mapping[str, Any]) -> dict[str, Any]:
    """A "stage_resolution" line: {"type", "id", "candidate_id", "installation_id", "counter",
    "hlc", "seen", "recorded_at"}: the advisor kept the stage shown over concurrent changes it has
    seen."""
    out: dict[str, Any] = {"id": _text(data, "id", "$"),
                           "candidate_id": _text(data, "candidate_id", "$"),
                           "write": _own_write(data)}
    recorded = data.get("recorded_at")
    _need(isinstance(recorded, str) and 0 < len(recorded) <= 40, "$.recorded_at",
          "ontbreekt of is geen tekst", "missing or not text")
    out["recorded_at"] = recorded
    return out


def next_value(day: str | None, note: str) -> dict[str, Any]:
    """The value of the next-contact register: the day (ISO, None when cleared) and its note."""
    return {"day": day, "note": note if day else ""}


def parse_followup(data: Mapping[str, Any]) -> dict[str, Any]:
    """A "followup" line: {"type", "candidate_id", "vector", "last_contact", "next": {"writes":
    {dot: {"hlc", "seen"}}, "siblings": [[dot, {"day", "note"}], ...]}}. `vector` names every
    follow-up write (next contacts made or cleared, contacts logged) it carries."""
    out: dict[str, Any] = {"candidate_id": _text(data, "candidate_id", "$"),
                           "vector": parse_vector(data.get("vector"), "$.vector"),
                           "last_contact": _day(data, "last_contact", "$", optional=True)}
    nxt = data.get("next")
    if not isinstance(nxt, dict):
        raise LineProblem("$.next", "verwacht een object", "expected an object")
    raw = nxt.get("writes")
    if not isinstance(raw, dict):
        raise LineProblem("$.next.writes", "verwacht een object", "expected an object")
    writes = {k: parse_write(k, v, f"$.next.writes.{k}") for k, v in raw.items()}
    sibs_raw = nxt.get("siblings")
    if not isinstance(sibs_raw, list):
        raise LineProblem("$.next.siblings", "verwacht een lijst", "expected a list")
    sibs: list[Sibling] = []
    for n, pair in enumerate(sibs_raw):
        path = f"$.next.siblings[{n}]"
        _need(isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str)
              and pair[0] in writes, path, "verwacht [schrijf-id uit writes, waarde]",
              "expected [write id from writes, value]")
        value = pair[1]
        _need(isinstance(value, dict) and set(value) == {"day", "note"}, f"{path}[1]",
              "verwacht {day, note}", "expected {day, note}")
        day = _day(value, "day", f"{path}[1]", optional=True)
        note = value.get("note")
        _need(isinstance(note, str) and len(note) <= 500, f"{path}[1].note",
              "verwacht tekst van hoogstens 500 tekens", "expected text of at most 500 characters")
        sibs.append(Sibling(writes[pair[0]], next_value(day, str(note))))
    for w in writes.values():
        _need(covers(out["vector"], w.installation, w.counter), "$.vector",
              "mist een schrijfactie uit next.writes", "lacks a write listed in next.writes")
    out["next"] = tuple(sorted(sibs, key=shown_order, reverse=True))
    return out


def followup_line(candidate_id: str, vector: Vector, last_contact: str | None,
                  siblings: Iterable[Sibling]) -> dict[str, Any]:
    """The export line of a candidate's follow-up state (the inverse of `parse_followup`)."""
    sibs = list(siblings)
    return {"type": "followup", "candidate_id": candidate_id,
            "vector": dict(sorted(vector.items())), "last_contact": last_contact,
            "next": {"writes": {s.write.key: {"hlc": s.write.hlc,
                                              "seen": dict(sorted(s.write.seen.items()))}
                                for s in sibs},
                     "siblings": [[s.write.key, s.value] for s in sibs]}}


def write_fields(w: Write) -> dict[str, Any]:
    """A follow-up line's write as its fields (the inverse of `_own_write`)."""
    return {"installation_id": w.installation, "counter": w.counter, "hlc": w.hlc,
            "seen": dict(sorted(w.seen.items()))}
