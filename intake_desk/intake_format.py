"""The documented intake exchange format: one candidate with their intake, as JSON.

`candidate show --json` prints it and `candidate add --json` reads it back, so other systems can
exchange intakes with us. The JSON Schema in resources/intake-format.schema.json is generated from the
same dataclasses (`make schema`), and a test keeps the committed file equal to the generated one.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any, TypeVar

from .domain import Candidate, CandidateRecord, Intake
from .domain.codec import DecodeError, Problem, from_json, json_schema, to_json
from .domain.record import RecordMeta
from .regions import region_code, region_problem, with_location

FORMAT = "intake-desk/candidate-1"
# Written by `show`, ignored by `add`: a copy gets its own identity.
T = TypeVar("T")
READ_ONLY_KEYS = ("id", "revision", "created_at", "updated_at", "installation_id")


def to_document(record: CandidateRecord, meta: RecordMeta | None = None) -> dict[str, Any]:
    doc: dict[str, Any] = {"format": FORMAT}
    if meta is not None:
        doc.update(
            id=meta.id,
            revision=meta.revision,
            created_at=meta.created_at,
            updated_at=meta.updated_at,
            installation_id=meta.installation_id,
        )
    doc["candidate"] = to_json(record.candidate)
    doc["intake"] = to_json(record.intake)
    return doc


def from_document(data: Any) -> CandidateRecord:
    """Validate a parsed document; raises DecodeError naming every bad path."""
    if not isinstance(data, dict):
        raise DecodeError([Problem("$", "verwacht een object met 'candidate' en 'intake'")])
    problems: list[Problem] = []
    fmt = data.get("format", FORMAT)
    if fmt != FORMAT:
        problems.append(Problem("$.format", f"onbekend formaat {fmt!r}; verwacht {FORMAT!r}"))
    allowed = {"format", "candidate", "intake", *READ_ONLY_KEYS}
    problems += [Problem(f"$.{k}", "onbekend veld") for k in data if k not in allowed]
    candidate = _part(Candidate, data, "candidate", problems)
    intake = _part(Intake, data, "intake", problems)
    if candidate is not None:
        problems += check_candidate(candidate)
    if intake is not None:
        problems += [Problem(f"$.intake.preferences.travel_regions[{n}]", p[0])
                     for n, r in enumerate(intake.preferences.travel_regions)
                     if (p := region_problem("reisgebied", r)) is not None]
    if problems or candidate is None or intake is None:
        raise DecodeError(problems)
    return _with_region_codes(CandidateRecord(candidate=candidate, intake=intake))


def _with_region_codes(record: CandidateRecord) -> CandidateRecord:
    """Regions given by name ("Rijnmond", "Den Haag") are stored as their code; an empty region and
    gemeente follow from postcode and town when that is certain (intake_desk.regions)."""
    prefs = record.intake.preferences
    travel = tuple(dict.fromkeys(region_code(r) or r for r in prefs.travel_regions))
    intake = record.intake if travel == prefs.travel_regions else \
        replace(record.intake, preferences=replace(prefs, travel_regions=travel))
    return CandidateRecord(candidate=with_location(record.candidate), intake=intake)


def _part(cls: type[T], data: dict[str, Any], key: str, problems: list[Problem]) -> T | None:
    if key not in data:
        problems.append(Problem(f"$.{key}", "verplicht veld ontbreekt"))
        return None
    try:
        return from_json(cls, data[key], f"$.{key}")
    except DecodeError as exc:
        problems += exc.problems
        return None


def check_candidate(c: Candidate) -> list[Problem]:
    """Rules the types cannot say: a name is needed to find the person again; a region must be one."""
    problems = []
    if not c.name.first_name.strip():
        problems.append(Problem("$.candidate.name.first_name", "voornaam is leeg"))
    if not c.name.surname.strip():
        problems.append(Problem("$.candidate.name.surname", "achternaam is leeg"))
    if (region := region_problem("regio", c.region_code)) is not None:
        problems.append(Problem("$.candidate.region_code", region[0]))
    return problems


def parse(text: str) -> CandidateRecord:
    """Parse JSON text; a syntax error names the line and column."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DecodeError(
            [Problem(f"regel {exc.lineno}, kolom {exc.colno}", f"ongeldige JSON: {exc.msg}")]
        ) from exc
    return from_document(data)


def schema() -> dict[str, Any]:
    props: dict[str, Any] = {
        "format": {"const": FORMAT},
        "candidate": json_schema(Candidate),
        "intake": json_schema(Intake),
    }
    for key in READ_ONLY_KEYS:
        props[key] = {"type": "integer"} if key == "revision" else {"type": "string"}
        props[key]["readOnly"] = True
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "intake-desk/candidate-1",
        "title": "Intake Desk: candidate with intake",
        "description": "Exchange format of Intake Desk. No BSN: Dutch law (UAVG art. 46) forbids it here.",
        "type": "object",
        "required": ["candidate", "intake"],
        "additionalProperties": False,
        "properties": props,
    }
