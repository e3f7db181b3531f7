"""The documented intake exchange format: one candidate with their intake, as JSON.

`candidate show --json` prints it and `candidate add --json` reads it back, so other systems can
exchange intakes with us. The JSON Schema in resources/intake-format.schema.json is generated from the
same dataclasses (`make schema`), and a test keeps the committed file equal to the generated one.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import replace
from datetime import date
from typing import Any, TypeVar

from . import validation as rules
from .domain import Candidate, CandidateRecord, Intake
from .domain.codec import DecodeError, Problem, Unusable, from_json, json_schema, to_json
from .domain.record import RecordMeta
from .regions import region_code, with_location
from .validation_texts import json_syntax

FORMAT = "intake-desk/candidate-1"
# Written by `show`, ignored by `add`: a copy gets its own identity.
T = TypeVar("T")
READ_ONLY_KEYS = ("id", "revision", "created_at", "updated_at", "installation_id")
PERSONAL_NUMBERS = frozenset({rules.Code.LOOKS_LIKE_BSN, rules.Code.LOOKS_LIKE_ID_DOCUMENT})


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


def from_document(data: Any, today: date | None = None) -> CandidateRecord:
    """Validate a parsed document; raises DecodeError naming every bad path. The types first (the
    codec), then the form's rules (intake_desk.validation.FIELDS) and sizes on every field."""
    if not isinstance(data, dict):
        raise DecodeError([Problem("$", "verwacht een object met 'candidate' en 'intake'")])
    problems: list[Problem] = []
    fmt = data.get("format", FORMAT)
    if fmt != FORMAT:
        problems.append(Problem("$.format", f"onbekend formaat {_short(fmt)}; verwacht {FORMAT!r}"))
    problems += [Problem(f"$.{_short(k, quote=False)}", "staat twee keer in het bestand")
                 for k in getattr(data, "twice", ())]
    allowed = {"format", "candidate", "intake", *READ_ONLY_KEYS}
    problems += [Problem(f"$.{_short(k, quote=False)}", "onbekend veld") for k in data if k not in allowed]
    for key in ("candidate", "intake"):  # sizes first: nothing else looks at a 400,000-item list
        _walk_sizes(data.get(key), f"$.{key}", problems)
    if problems:
        raise DecodeError(_few([Problem(p.field, p.text_nl) if isinstance(p, rules.Problem) else p
                                for p in problems]))
    candidate = _part(Candidate, data, "candidate", problems)
    intake = _part(Intake, data, "intake", problems)
    if problems or candidate is None or intake is None:
        raise DecodeError(_few(problems))
    record = CandidateRecord(candidate=candidate, intake=intake)
    # The form warns about a number that looks like a BSN or an ID document's and lets the advisor
    # take it out; a document has nobody to warn, and no BSN is ever stored: it is refused.
    found = [Problem(p.field, p.text_nl) for p in check_record(record, today)
             if p.blocks_saving or p.code in PERSONAL_NUMBERS]
    if found:
        raise DecodeError(_few(found))
    return _with_region_codes(record)


def check_record(record: CandidateRecord, today: date | None = None) -> list[rules.Problem]:
    """The form's checks on a record read from a document, each named by its JSON path: first sizes,
    characters and list lengths on every field (a field too long is not checked further: a phone
    number parser or a region's fuzzy match over 10 MB is where hostile input spent its time), then
    the rules of intake_desk.validation.FIELDS, then what only a document can lack (a first name)."""
    sized: list[rules.Problem] = []
    _walk_sizes(to_json(record.candidate), "$.candidate", sized)
    _walk_sizes(to_json(record.intake), "$.intake", sized)
    if sized:
        return sized
    found: list[rules.Problem] = []
    if not record.candidate.name.first_name.strip():
        found.append(rules.error(rules.Code.REQUIRED, "$.candidate.name.first_name"))
    for rule in rules.FIELDS.values():
        for path, value in _values_at(record, rule.path):
            if value is None or value == "":
                if rule.form is rules.check_required:
                    found.append(rules.error(rules.Code.REQUIRED, path))
                continue
            problem = _check_value(rule, value, today)
            if problem is not None and problem.at(path) not in found:  # one path, several form keys
                found.append(problem.at(path))
    consent = record.intake.consent
    if consent.given and consent.date is None:
        found.append(rules.error(rules.Code.CONSENT_DATE, "$.intake.consent.date"))
    return found


def _check_value(rule: rules.FieldRule, value: Any, today: date | None) -> rules.Problem | None:
    if isinstance(value, date) and today is not None:
        if rule.value is rules.check_birth_value:
            return rules.check_birth_value(value, today=today)
        return rules.check_date_value(value, today=today)
    if isinstance(value, str):
        return rule.value(value)
    if isinstance(value, float) and not math.isfinite(value):
        return rules.error(rules.Code.NOT_A_NUMBER)
    return rule.value(value)


def _values_at(record: CandidateRecord, path: str) -> list[tuple[str, Any]]:
    """The values a rule's path names in a record, with their JSON paths ("[]" takes every item)."""
    found: list[tuple[str, Any]] = [("$", record)]
    for part in path.split("."):
        each = part.endswith("[]")
        name = part.removesuffix("[]")
        step: list[tuple[str, Any]] = []
        for where, obj in found:
            value = getattr(obj, name)
            if each:
                step += [(f"{where}.{name}[{n}]", v) for n, v in enumerate(value)]
            else:
                step.append((f"{where}.{name}", value))
        found = step
    return found


def _walk_sizes(value: Any, path: str, found: list[Any]) -> None:
    """Text size and characters for every string, item counts for every list, finite numbers."""
    if isinstance(value, str):
        if (problem := rules.check_text(path, value)) is not None:
            found.append(problem)
    elif isinstance(value, float):
        if not math.isfinite(value):
            found.append(rules.error(rules.Code.NOT_A_NUMBER, path))
    elif isinstance(value, list):
        if (problem := rules.check_items(path, len(value))) is not None:
            found.append(problem)
            return
        for n, item in enumerate(value):
            _walk_sizes(item, f"{path}[{n}]", found)
    elif isinstance(value, dict):
        found += [Problem(f"{path}.{_short(k, quote=False)}", "staat twee keer in het bestand")
                  for k in getattr(value, "twice", ())]
        for key, item in value.items():
            _walk_sizes(item, f"{path}.{key}", found)


MAX_SHOWN_PROBLEMS = 20


def _few(problems: list[Problem]) -> list[Problem]:
    """At most MAX_SHOWN_PROBLEMS, and a last line saying how many more: a file with 100,000 unknown
    keys gets a message a person can read."""
    if len(problems) <= MAX_SHOWN_PROBLEMS:
        return problems
    more = len(problems) - MAX_SHOWN_PROBLEMS
    return [*problems[:MAX_SHOWN_PROBLEMS], Problem("$", f"en nog {more} problemen")]


def _short(value: Any, quote: bool = True) -> str:
    text = repr(value) if quote else str(value)
    if len(text) > 40:
        text = text[:40] + "…"
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


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


# --- reading a JSON text: bounded before it is parsed ------------------------------------------------
# A real intake is a few kilobytes; notes of 20,000 characters with everything else at its maximum stay
# well under this. Anything larger is refused before a byte of it is parsed.
MAX_BYTES = 1_000_000
# The format nests six levels deep ($.intake.preferences.travel_regions[0]); deeper is not this format,
# and Python's parser would hit its recursion limit at about a thousand.
MAX_DEPTH = 12
# Digits in an integer: the largest number a field holds has four (a year). Longer literals become
# `Unusable` before int() sees them (Python refuses more than 4,300 digits, and is slow just below).
MAX_INT_DIGITS = 18
_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')


def parse_bytes(raw: bytes, today: date | None = None) -> CandidateRecord:
    """Parse a document as read from a file or standard input: UTF-8 (a BOM is allowed), at most
    MAX_BYTES; invalid bytes are named by line and column."""
    if len(raw) > MAX_BYTES:
        raise DecodeError([Problem("$", f"bestand te groot: meer dan {MAX_BYTES:,} bytes".replace(",", "."))])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise DecodeError([Problem(f"regel {line}, kolom {column}",
                                   f"geen UTF-8-tekst (byte 0x{raw[exc.start]:02x})")]) from None
    return parse(text, today)


def parse(text: str, today: date | None = None) -> CandidateRecord:
    """Parse JSON text; a syntax error names the line and column, and so does nesting deeper than
    MAX_DEPTH. NaN, Infinity and huge numbers are read as `Unusable`, so the field is named."""
    if len(text) > MAX_BYTES:
        raise DecodeError([Problem("$", f"tekst te groot: meer dan {MAX_BYTES:,} tekens".replace(",", "."))])
    _check_depth(text)
    try:
        data = json.loads(text, parse_int=_int, parse_float=_float, parse_constant=Unusable,
                          object_pairs_hook=_Object.of)
    except json.JSONDecodeError as exc:
        if not text.strip():
            raise DecodeError([Problem("$", "het bestand is leeg")]) from exc
        raise DecodeError(
            [Problem(f"regel {exc.lineno}, kolom {exc.colno}", f"ongeldige JSON: {json_syntax(exc.msg)[0]}")]
        ) from exc
    except RecursionError:  # not reached after _check_depth; kept so no input can end in a traceback
        raise DecodeError([Problem("$", f"te diep genest (meer dan {MAX_DEPTH} niveaus)")]) from None
    return from_document(data, today)


class _Object(dict[str, Any]):
    """A JSON object that remembers a key written twice: json keeps the last one silently, and a
    value that quietly disappears is what this format refuses (as it refuses unknown keys)."""

    twice: tuple[str, ...] = ()

    @classmethod
    def of(cls, pairs: list[tuple[str, Any]]) -> _Object:
        obj = cls(pairs)
        if len(obj) != len(pairs):
            counts = Counter(k for k, _ in pairs)
            obj.twice = tuple(k for k, n in counts.items() if n > 1)
        return obj


def _int(literal: str) -> int | Unusable:
    return int(literal) if len(literal.lstrip("-")) <= MAX_INT_DIGITS else Unusable(literal)


def _float(literal: str) -> float | Unusable:
    value = float(literal)
    return value if math.isfinite(value) else Unusable(literal)


def _check_depth(text: str) -> None:
    """Refuse nesting deeper than MAX_DEPTH, naming where it goes too deep; brackets in strings do
    not count."""
    depth = 0
    for m in _TOKENS.finditer(text):
        token = m.group()
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line = text.count("\n", 0, m.start()) + 1
                column = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
                raise DecodeError([Problem(f"regel {line}, kolom {column}",
                                           f"te diep genest: meer dan {MAX_DEPTH} niveaus")])
        elif token in "]}":
            depth -= 1


def dumps(document: dict[str, Any]) -> tuple[str, list[str]]:
    """A document as JSON text, always valid JSON: a number that is no number (NaN or infinity, in a
    record stored before the checks existed) is written as null and named in the returned list."""
    replaced: list[str] = []
    clean = _finite(document, "$", replaced)
    return json.dumps(clean, ensure_ascii=False, indent=2, allow_nan=False), replaced


def _finite(value: Any, path: str, replaced: list[str]) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        replaced.append(path)
        return None
    if isinstance(value, dict):
        return {k: _finite(v, f"{path}.{k}", replaced) for k, v in value.items()}
    if isinstance(value, list):
        return [_finite(v, f"{path}[{n}]", replaced) for n, v in enumerate(value)]
    return value


def schema() -> dict[str, Any]:
    props: dict[str, Any] = {
        "format": {"const": FORMAT},
        "candidate": _with_limits(json_schema(Candidate)),
        "intake": _with_limits(json_schema(Intake)),
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


def _with_limits(node: dict[str, Any], name: str = "") -> dict[str, Any]:
    """The sizes of intake_desk.validation in the schema: maxLength on texts, maxItems on lists, so a
    system that checks against the schema refuses what `add` refuses."""
    out = dict(node)
    kind = out.get("type")
    if kind == "string" and "format" not in out:
        out["maxLength"] = rules.MAX_LENGTH.get(name, rules.DEFAULT_MAX_LENGTH)
    if kind == "array":
        out["maxItems"] = rules.MAX_ITEMS.get(name, rules.DEFAULT_MAX_ITEMS)
        out["items"] = _with_limits(out["items"], name)
    if "properties" in out:
        out["properties"] = {k: _with_limits(v, k) for k, v in out["properties"].items()}
    if "anyOf" in out:
        out["anyOf"] = [_with_limits(v, name) for v in out["anyOf"]]
    return out
