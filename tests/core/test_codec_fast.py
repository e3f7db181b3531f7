"""The codec's fast path (domain/codec.py `_fast`): whatever it answers, the full decoder answers the
same (the same value, or it leaves the value to the full decoder, which names the problems), and the
`to_json` it gives back is `to_json` of that value, so the text stored from it (`json_text`) is byte
for byte the text `json.dumps(to_json(...))` gives. Checked on the sample intakes, on values made
from the type hints with every kind of deviation (ints for floats, compact dates, keys in another
order, missing defaults, unknown keys, wrong types, NaN-like numbers) and on the documents of an
import."""

from __future__ import annotations

import json
import types
import typing
from dataclasses import MISSING, dataclass, field, fields, is_dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake_desk.demo import demo_records
from intake_desk.domain import Candidate, ConsentPurpose, Intake, codec
from intake_desk.domain.codec import DecodeError, Unusable, from_json, json_text, to_json
from intake_desk.domain.route import PlanVersion


def _full(cls: type, data: Any) -> tuple[Any, list[codec.Problem]]:
    problems: list[codec.Problem] = []
    return codec._decode(cls, data, "$", problems), problems


def _text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _agrees(cls: type, data: Any) -> bool:
    """The fast path's answer for `data` is the full decoder's; True when it answered at all."""
    full, problems = _full(cls, data)
    try:
        value, made = codec._fast(cls)(data)
    except codec._Slow:
        return False
    assert problems == [], problems  # it only answers where the full decoder finds nothing wrong
    assert value == full and type(value) is type(full)
    assert _text(made) == _text(to_json(full))  # the same text, key order included
    return True


def test_every_sample_intake_takes_the_fast_path_and_agrees() -> None:
    for record in demo_records(300, seed=3):
        for value in (record.candidate, record.intake):
            assert _agrees(type(value), to_json(value))


def _value(hint: Any, draw: st.DrawFn, depth: int = 0) -> Any:
    """A JSON value for `hint`: mostly what to_json writes, sometimes another form of it or
    something wrong."""
    if draw(st.integers(0, 99)) < 2:  # now and then anything at all
        return draw(st.sampled_from([None, True, 0, 1.5, "x", "", [], {}, ["x"], {"a": 1},
                                     Unusable("NaN"), 2**70]))
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = next(a for a in typing.get_args(hint) if a is not type(None))
        return None if draw(st.booleans()) else _value(inner, draw, depth)
    if origin in (tuple, frozenset):
        inner = typing.get_args(hint)[0]
        items = [_value(inner, draw, depth + 1) for _ in range(draw(st.integers(0, 3)))]
        return items + items[:1] if origin is frozenset and draw(st.booleans()) else items
    if is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        out: dict[str, Any] = {}
        for f in fields(hint):
            required = f.default is MISSING and f.default_factory is MISSING
            if required or draw(st.integers(0, 4)) > 0:  # defaults sometimes left out
                out[f.name] = _value(hints[f.name], draw, depth + 1)
        if draw(st.integers(0, 40)) == 0:
            out["onbekend"] = 1
        if draw(st.integers(0, 3)) == 0:  # another key order
            out = dict(reversed(list(out.items())))
        if out and draw(st.integers(0, 40)) == 0:
            out.pop(draw(st.sampled_from(sorted(out))))  # a required field may go missing
        return out
    if isinstance(hint, type) and issubclass(hint, Enum):
        values = [m.value for m in hint]
        return draw(st.sampled_from([*values, "geen-waarde"] if _odd(draw) else values))
    if hint is date:
        day = draw(st.dates(date(1940, 1, 1), date(2030, 12, 31)))
        if _odd(draw):
            return draw(st.sampled_from([day.strftime("%Y%m%d"), f"{day.isocalendar()[0]}-W05-1",
                                         "2026-02-30", 20260105]))
        return day.isoformat()
    if hint is float:
        return draw(st.sampled_from([3, -1, True, "1.5"] if _odd(draw) else [2.5, 0.0, -1.25]))
    if hint is int:
        return draw(st.sampled_from([True, 2.0, "4"] if _odd(draw) else [0, 7, -3]))
    if hint is bool:
        return draw(st.sampled_from([0, 1, None, "true"] if _odd(draw) else [True, False]))
    if hint is Decimal:
        return draw(st.sampled_from([" 3", 12.5, 7, True, "x", "NaN"] if _odd(draw)
                                    else ["12.50", "1E+2", "0"]))
    if hint is str:
        return draw(st.sampled_from([5, None, True] if _odd(draw)
                                    else ["", "Jan", "Ağrı ı ł", "a\"b\\c\n"]))
    return None


def _odd(draw: st.DrawFn) -> bool:
    """Now and then (one value in twelve) another form or a wrong one."""
    return draw(st.integers(0, 11)) == 0


@st.composite
def _documents(draw: st.DrawFn, cls: type) -> Any:
    return _value(cls, draw)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_the_fast_path_answers_only_as_the_full_decoder_does(data: st.DataObject) -> None:
    cls = data.draw(st.sampled_from([Intake, Candidate, PlanVersion]))
    doc = data.draw(_documents(cls))
    _agrees(cls, doc)
    # and from_json, whichever way it went, gives the full decoder's value or its problems
    full, problems = _full(cls, doc)
    if problems:
        with pytest.raises(DecodeError) as caught:
            from_json(cls, doc)
        assert caught.value.problems == problems
    else:
        assert from_json(cls, doc) == full


_REPLACEMENTS: list[Any] = [True, False, 0, 1, 2.5, -1, "", "x", None, [], {}, ["x"], {"a": 1},
                             "20260105", "2026-W05-1", "2026-02-30", Unusable("NaN"), 2**70,
                             "12.50", "geen-waarde"]
_GONE = object()


def _paths(value: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [at]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*at, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*at, i))
    return out


def _put(doc: Any, path: tuple[Any, ...], new: Any) -> Any:
    """A copy of `doc` with the value at `path` replaced by `new` (or taken out: `_GONE`)."""
    if not path:
        return new
    copy: Any = dict(doc) if isinstance(doc, dict) else list(doc)
    key = path[0]
    if len(path) == 1 and new is _GONE:
        del copy[key]
    else:
        copy[key] = _put(doc[key], path[1:], new)
    return copy


def test_one_change_anywhere_in_a_document() -> None:
    """Every value of sample intakes replaced, one at a time, by each of many others, or left out,
    and an unknown key added to every object: the fast path answers only as the full decoder."""
    taken = left = 0
    for record in demo_records(6, seed=11):
        for cls, value in ((Intake, record.intake), (Candidate, record.candidate)):
            doc = to_json(value)
            for path in _paths(doc):
                for new in (*_REPLACEMENTS, _GONE):
                    if new is _GONE and not path:
                        continue
                    if _agrees(cls, _put(doc, path, new)):
                        taken += 1
                    else:
                        left += 1
                inner = doc
                for key in path:
                    inner = inner[key]
                if isinstance(inner, dict):
                    assert not _agrees(cls, _put(doc, path, {**inner, "onbekend": 1}))
    assert taken > 100 and left > 1000  # both ways were tried


def test_the_fast_path_takes_common_documents() -> None:
    """It must not leave everything to the full decoder (then it would be no faster): a valid
    document in to_json's form goes the fast way; other forms of the same document do not."""
    intake = next(iter(demo_records(1, seed=5))).intake
    doc = to_json(intake)
    assert _agrees(Intake, doc)
    assert _agrees(Intake, dict(reversed(list(doc.items()))))  # key order is the codec's own
    compact = {**doc, "date": intake.date.strftime("%Y%m%d")}
    assert _agrees(Intake, compact)  # a date in another form: read, and written in ISO form
    unsorted = {**doc, "availability": {"hours_per_week": 8, "days": ["wo", "ma", "wo"]},
                "consent": {**doc["consent"], "purposes": list(reversed(
                    [p.value for p in ConsentPurpose]))}}
    assert _agrees(Intake, unsorted)  # a set: written sorted and once, whatever order it came in
    with codec.remembering():
        text = json_text(from_json(Intake, unsorted))
    assert '"days": ["ma", "wo"]' in text
    wrong = {**doc, "evc_interest": 1}
    assert not _agrees(Intake, wrong)
    with pytest.raises(DecodeError, match=r"\$\.evc_interest"):
        from_json(Intake, wrong)


@dataclass(frozen=True)
class _Cleaned:
    """A class whose __post_init__ changes what it is given: the fast path must not write what it
    was given."""

    name: str
    tags: tuple[str, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", self.name.strip())


@dataclass(frozen=True)
class _Factory:
    when: date | None = None
    tags: tuple[str, ...] = field(default_factory=lambda: ("a",))
    amount: Decimal = Decimal("0")


def test_a_post_init_and_default_factories_are_respected() -> None:
    assert _agrees(_Cleaned, {"name": "  Jan "})
    with codec.remembering():
        value = from_json(_Cleaned, {"name": "  Jan "})
        assert json_text(value) == '{"name": "Jan", "tags": []}'
    assert _agrees(_Factory, {})
    assert _agrees(_Factory, {"amount": "1E+2", "when": "20260105"})
    with codec.remembering():
        made = from_json(_Factory, {"amount": 12.5})
        assert json_text(made) == '{"when": null, "tags": ["a"], "amount": "12.5"}'


def test_json_text_is_the_stored_text_inside_and_outside_an_import() -> None:
    records = list(demo_records(50, seed=9))
    for record in records:
        doc = to_json(record.intake)
        variants = [doc, dict(reversed(list(doc.items()))),
                    {k: v for k, v in doc.items() if k not in ("notes", "consent", "dutch")}]
        for variant in variants:
            want = _text(to_json(from_json(Intake, variant)))
            with codec.remembering():
                decoded = from_json(Intake, variant)
                assert json_text(decoded) == want
                assert json_text(decoded) == want  # asked twice: the second time the long way
            assert json_text(decoded) == want  # after the import: the long way
    assert codec._remembered is None


def test_remembering_keeps_nothing_after_it_ends() -> None:
    with codec.remembering():
        with codec.remembering():
            from_json(Intake, to_json(next(iter(demo_records(1, seed=1))).intake))
        assert codec._remembered  # nested: still on
    assert codec._remembered is None
