"""Dataclasses <-> JSON values, driven by the type hints, with errors that name the JSON path.

One mechanism serves the intake exchange format, the database's JSON columns and the JSON Schema in
resources/, so the three cannot drift apart.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import MISSING, dataclass, fields, is_dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import cache
from typing import Any, TypeVar, Union, get_args, get_origin

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True, slots=True)
class Unusable:
    """A number in a JSON text that no field can hold: NaN, Infinity, 1e400 or an integer of thousands
    of digits. The exchange format's reader puts this in its place (instead of failing, or building a
    huge int), so the field that holds it is named in the message."""

    literal: str

    def __str__(self) -> str:
        if len(self.literal) <= 20:
            return self.literal
        return f"{self.literal[:12]}… ({len(self.literal)} tekens)"


class DecodeError(ValueError):
    """Raised with every problem found, not only the first, so a user can fix a file in one go."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _type_name(tp: Any) -> str:
    names = {str: "tekst", int: "geheel getal", float: "getal", bool: "true of false"}
    if tp in names:
        return names[tp]
    if tp is date:
        return "datum (jjjj-mm-dd)"
    if tp is Decimal:
        return "bedrag"
    if isinstance(tp, type) and issubclass(tp, Enum):
        return "een van: " + ", ".join(str(m.value) for m in tp)
    if isinstance(tp, type) and is_dataclass(tp):
        return "object"
    return "lijst"


def to_json(value: Any) -> Any:
    """A JSON-ready value: dataclasses become objects, sets sorted lists, dates ISO strings."""
    t: Any = type(value)
    if t is str or t is int or t is bool or t is float or value is None:
        return value  # the common leaves first: a record is mostly these
    names = _field_names(t)
    if names is not None:
        out = {}
        for n in names:
            v = getattr(value, n)
            tv = type(v)
            out[n] = v if tv is str or tv is int or tv is bool or v is None else to_json(v)
        return out
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, frozenset | set):
        return sorted(to_json(v) for v in value)
    if isinstance(value, tuple | list):
        return [to_json(v) for v in value]
    return value


@cache
def _field_names(t: Any) -> tuple[str, ...] | None:
    """The field names of a dataclass type (None for any other type), looked up once per type: an
    import of thousands of records encodes the same few classes over and over."""
    return tuple(f.name for f in fields(t)) if is_dataclass(t) else None


def from_json(cls: type[T], data: Any, path: str = "$") -> T:
    """Build `cls` from a JSON value, or raise DecodeError listing every problem with its path."""
    try:
        result, canonical = _fast(typing.cast(Any, cls))(data)
    except _Slow:
        pass
    else:
        memo = _remembered  # read once: another thread may end the import meanwhile
        if memo is not None:
            memo[id(result)] = (result, canonical)
        return typing.cast(T, result)
    problems: list[Problem] = []
    result = _decode(cls, data, path, problems)
    if problems:
        raise DecodeError(problems)
    return typing.cast(T, result)


# --- the fast path -------------------------------------------------------------------------------
# Most values decoded are valid and already in the form `to_json` writes (an import of a fair's
# bundles decodes thousands of records that another installation encoded). For them a converter
# made once per type (`_fast`) builds the value without the general decoder's dispatch and without a
# JSON path per value, and gives back `to_json` of what it built alongside (mostly the incoming
# values themselves). Whatever it does not take as it is (a problem, an int where a float is
# expected, a missing required field, an enum value only `_missing_` knows, a type it has no
# converter for) raises `_Slow`, and `_decode` decides from the start, with the paths of its
# problems: the fast path only ever answers where the full decoder answers the same.


class _Slow(Exception):
    """The fast path leaves this value to the full decoder."""


_Fast = typing.Callable[[Any], tuple[Any, Any]]


@cache
def _fast(tp: Any) -> _Fast:
    """A converter for values of type hint `tp`: JSON value -> (decoded value, its `to_json`)."""
    kind, inner = _shape(tp)
    if tp is str or tp is int or tp is bool:
        return _leaf(tp)
    if kind == "optional":
        if inner in _LEAVES:
            return _optional_leaf(inner)
        return _optional(_fast(inner))
    if kind == "tuple":
        return _tuple_of_leaves(inner) if inner in _LEAVES else _tuple(_fast(inner))
    if kind == "frozenset":
        return _frozenset(_fast(inner))
    if kind == "dataclass":
        return _dataclass(tp)
    if kind == "enum":
        return _enum(tp)
    if tp is float:
        return _float
    if tp is date:
        return _date
    if tp is Decimal:
        return _decimal
    return _never


def _never(data: Any) -> tuple[Any, Any]:
    raise _Slow


def _leaf(tp: type) -> _Fast:
    def convert(data: Any) -> tuple[Any, Any]:
        if type(data) is not tp:  # not a subclass either: True is no int here
            raise _Slow
        return data, data
    return convert


def _optional_leaf(tp: type) -> _Fast:
    def convert(data: Any) -> tuple[Any, Any]:
        if data is not None and type(data) is not tp:
            raise _Slow
        return data, data
    return convert


def _optional(inner: _Fast) -> _Fast:
    def convert(data: Any) -> tuple[Any, Any]:
        return (None, None) if data is None else inner(data)
    return convert


def _float(data: Any) -> tuple[Any, Any]:
    if type(data) is not float:  # an int becomes a float, and is written as one: the full decoder
        raise _Slow
    return data, data


def _date(data: Any) -> tuple[Any, Any]:
    if type(data) is not str:
        raise _Slow
    try:
        day = date.fromisoformat(data)
    except ValueError:
        raise _Slow from None
    return day, day.isoformat()  # "20260105" is a date too, but written "2026-01-05"


def _decimal(data: Any) -> tuple[Any, Any]:
    if type(data) not in (int, float, str):
        raise _Slow
    try:
        amount = Decimal(str(data))
    except InvalidOperation:
        raise _Slow from None
    if not amount.is_finite():
        raise _Slow
    return amount, str(amount)


def _enum(tp: type[Enum]) -> _Fast:
    # What tp(value) looks up first (Enum.__new__); a value only `_missing_` knows goes the slow way.
    members = {value: (member, member.value) for value, member in tp._value2member_map_.items()}

    def convert(data: Any) -> tuple[Any, Any]:
        try:
            return members[data]
        except (KeyError, TypeError):  # TypeError: a list or object is unhashable
            raise _Slow from None
    return convert


def _tuple_of_leaves(tp: type) -> _Fast:
    def convert(data: Any) -> tuple[Any, Any]:
        if type(data) is not list:
            raise _Slow
        for v in data:
            if type(v) is not tp:
                raise _Slow
        return tuple(data), list(data)
    return convert


def _tuple(inner: _Fast) -> _Fast:
    def convert(data: Any) -> tuple[Any, Any]:
        if type(data) is not list:
            raise _Slow
        if not data:
            return (), []
        values, made = zip(*[inner(v) for v in data], strict=True)
        return values, list(made)
    return convert


def _frozenset(inner: _Fast) -> _Fast:
    def convert(data: Any) -> tuple[Any, Any]:
        if type(data) is not list:
            raise _Slow
        # Equal values have equal to_json: one per value, sorted, as to_json writes a set.
        try:
            made = dict(inner(v) for v in data)
            return frozenset(made), sorted(made.values())
        except TypeError:  # unhashable or unorderable: as the full decoder (and to_json) find it
            raise _Slow from None
    return convert


def _dataclass(cls: type) -> _Fast:
    """The converter of a dataclass, written out field by field once (as `dataclasses` writes
    `__init__`): which keys it knows, each field's check, the call, and its `to_json` in field
    order. A field the data leaves out gets the class's default, and `to_json` of that."""
    params = getattr(cls, "__dataclass_params__", None)
    all_fields = fields(cls)
    if (params is None or not params.init or hasattr(cls, "__post_init__")
            or any(not f.init or f.kw_only for f in all_fields)):
        # An __init__ or __post_init__ that may change what it is given: the value is built as the
        # full decoder builds it, and to_json asked of the result.
        def exact(data: Any) -> tuple[Any, Any]:
            problems: list[Problem] = []
            value = _decode_dataclass(cls, data, "$", problems)
            if problems:
                raise _Slow
            return value, to_json(value)
        return exact
    hints = _hints(cls)
    env: dict[str, Any] = {"_Slow": _Slow, "cls": cls, "known": frozenset(f.name for f in all_fields),
                           "dict": dict, "list": list, "str": str, "int": int, "bool": bool,
                           "type": type, "tuple": tuple, "KeyError": KeyError,
                           "TypeError": TypeError, "ValueError": ValueError,
                           "iso": date.fromisoformat}
    body = ["def convert(data):",
            "    if type(data) is not dict or not data.keys() <= known:",
            "        raise _Slow"]
    for n, f in enumerate(all_fields):
        body.append(f"    if {f.name!r} in data:")
        body.append(f"        v = data[{f.name!r}]")
        body.extend("        " + line for line in _field_code(hints[f.name], n, env))
        body.append("    else:")
        if f.default is not MISSING:
            env[f"d{n}"], env[f"j{n}"] = f.default, to_json(f.default)
            body.append(f"        a{n} = d{n}")
            body.append(f"        m{n} = j{n}")
        elif f.default_factory is not MISSING:
            env[f"d{n}"] = f.default_factory
            body.append(f"        a{n} = d{n}()")
            body.append(f"        m{n} = to_json(a{n})")
            env["to_json"] = to_json
        else:
            body.append("        raise _Slow")  # required: the full decoder names it
    body.append("    try:")
    body.append(f"        value = cls({', '.join(f'a{n}' for n in range(len(all_fields)))})")
    body.append("    except (TypeError, ValueError):")
    body.append("        raise _Slow from None")
    made = ", ".join(f"{f.name!r}: m{n}" for n, f in enumerate(all_fields))
    body.append(f"    return value, {{{made}}}")
    # The text is made above from the class's own field names and types only.
    exec("\n".join(body), env)
    return typing.cast(_Fast, env["convert"])


def _field_code(hint: Any, n: int, env: dict[str, Any]) -> list[str]:
    """The lines that check the value `v` of field number `n` and set a<n> (the value) and m<n>
    (its to_json); the common kinds written out, the others through their converter."""
    kind, inner = _shape(hint)
    optional = kind == "optional"
    tp = inner if optional else hint
    inner_kind, element = _shape(tp)
    if tp in _LEAVES:
        check = [f"if type(v) is not {tp.__name__}:", "    raise _Slow", f"a{n} = m{n} = v"]
    elif tp is date:
        check = ["if type(v) is not str:", "    raise _Slow", "try:", f"    a{n} = iso(v)",
                 "except ValueError:", "    raise _Slow from None", f"m{n} = a{n}.isoformat()"]
    elif inner_kind == "enum":
        env[f"e{n}"] = {value: (member, member.value)
                        for value, member in tp._value2member_map_.items()}
        check = ["try:", f"    a{n}, m{n} = e{n}[v]", "except (KeyError, TypeError):",
                 "    raise _Slow from None"]
    elif inner_kind == "tuple" and element in _LEAVES:
        check = ["if type(v) is not list:", "    raise _Slow", "for x in v:",
                 f"    if type(x) is not {element.__name__}:", "        raise _Slow",
                 f"a{n} = tuple(v)", f"m{n} = list(v)"]
    else:
        env[f"f{n}"] = _fast(tp)
        check = [f"a{n}, m{n} = f{n}(v)"]
    if not optional:
        return check
    return ["if v is None:", f"    a{n} = m{n} = None", "else:", *("    " + c for c in check)]


_ABSENT = object()


# While an import runs (`remembering`), what `from_json` decoded through the fast path is kept with
# its `to_json`, so `json_text` of it does not walk the value again. Keyed by id; the value itself is
# kept too, so an id cannot be given to another object meanwhile.
_remembered: dict[int, tuple[Any, Any]] | None = None
_remembering = 0


@contextmanager
def remembering() -> Iterator[None]:
    """Within: `json_text` of a value `from_json` built needs no `to_json` pass. Nests."""
    global _remembered, _remembering
    if _remembering == 0:
        _remembered = {}
    _remembering += 1
    try:
        yield
    finally:
        _remembering -= 1
        if _remembering == 0:
            _remembered = None


def json_text(value: Any) -> str:
    """`json.dumps(to_json(value), ensure_ascii=False)`: the text a stored document holds."""
    memo = _remembered
    # Taken out when used: a value is written once, and its copy is freed while still in the cache.
    known = memo.pop(id(value), None) if memo is not None else None
    if known is not None and known[0] is value:
        return json.dumps(known[1], ensure_ascii=False)
    return json.dumps(to_json(value), ensure_ascii=False)


@cache
def _shape(tp: Any) -> tuple[str, Any]:
    """What kind of type hint `tp` is (and its inner type), worked out once per hint."""
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        return "optional", next(a for a in get_args(tp) if a is not type(None))
    if origin is tuple:
        return "tuple", get_args(tp)[0]
    if origin is frozenset:
        return "frozenset", get_args(tp)[0]
    if isinstance(tp, type) and is_dataclass(tp):
        return "dataclass", None
    if isinstance(tp, type) and issubclass(tp, Enum):
        return "enum", None
    return "plain", None


def _decode(tp: Any, data: Any, path: str, problems: list[Problem]) -> Any:
    if tp is str and type(data) is str:
        return data  # the commonest case, without the dispatch below
    kind, inner = _shape(tp)
    if kind == "optional":
        if data is None:
            return None
        return _decode(inner, data, path, problems)
    if kind == "tuple":
        if not isinstance(data, list):
            problems.append(Problem(path, f"verwacht een lijst, kreeg {_json_kind(data)}"))
            return ()
        if inner in _LEAVES and all(type(v) is inner for v in data):
            return tuple(data)  # plain values of the right type, as they are
        return tuple(_decode(inner, v, f"{path}[{i}]", problems) for i, v in enumerate(data))
    if kind == "frozenset":
        if not isinstance(data, list):
            problems.append(Problem(path, f"verwacht een lijst, kreeg {_json_kind(data)}"))
            return frozenset()
        return frozenset(_decode(inner, v, f"{path}[{i}]", problems) for i, v in enumerate(data))
    if kind == "dataclass":
        return _decode_dataclass(tp, data, path, problems)
    if kind == "enum":
        try:
            return tp(data)
        except (ValueError, TypeError):  # TypeError: a list or object is no member (unhashable)
            problems.append(Problem(path, f"{_shown(data)} is geen geldige waarde; kies {_type_name(tp)}"))
            return next(iter(tp))
    if tp is date:
        if isinstance(data, str):
            try:
                return date.fromisoformat(data)
            except ValueError:
                pass
        problems.append(Problem(path, f"{_shown(data)} is geen geldige datum (jjjj-mm-dd)"))
        return date(1970, 1, 1)
    if isinstance(data, Unusable) and tp in (int, float, Decimal):
        problems.append(Problem(path, f"{data} is geen bruikbaar getal (geen NaN, Infinity of "
                                      "duizenden cijfers)"))
        return None
    if tp is Decimal:
        if isinstance(data, int | float | str) and not isinstance(data, bool):
            try:
                amount = Decimal(str(data))
                if amount.is_finite():
                    return amount
            except InvalidOperation:
                pass
        problems.append(Problem(path, f"{_shown(data)} is geen geldig bedrag"))
        return Decimal("0")
    if tp is bool:
        if isinstance(data, bool):
            return data
    elif tp is int:
        if isinstance(data, int) and not isinstance(data, bool):
            return data
    elif tp is float:
        if isinstance(data, int | float) and not isinstance(data, bool):
            return float(data)
    elif tp is str and isinstance(data, str):
        return data
    problems.append(Problem(path, f"verwacht {_type_name(tp)}, kreeg {_json_kind(data)}"))
    return None


def _decode_dataclass(cls: type, data: Any, path: str, problems: list[Problem]) -> Any:
    if not isinstance(data, dict):
        problems.append(Problem(path, f"verwacht een object, kreeg {_json_kind(data)}"))
        return None
    known, plan = _plan(cls)
    for key in data:
        if key not in known:
            problems.append(Problem(f"{path}.{_shown_key(key)}", "onbekend veld"))
    values: dict[str, Any] = {}
    before = len(problems)
    for name, hint, leaf, required in plan:
        if name in data:
            v = data[name]
            if leaf is not None and (type(v) is leaf or (v is None and leaf is not hint)):
                values[name] = v  # a plain value of the right type (or null where allowed): as it is
            else:
                values[name] = _decode(hint, v, f"{path}.{name}", problems)
        elif required:
            problems.append(Problem(f"{path}.{name}", "verplicht veld ontbreekt"))
    if len(problems) > before:
        return None
    try:
        return cls(**values)
    except (TypeError, ValueError) as exc:
        problems.append(Problem(path, str(exc)))
        return None


_LEAVES = frozenset({str, int, bool})


@cache
def _plan(cls: type) -> tuple[frozenset[str], tuple[tuple[str, Any, type | None, bool], ...]]:
    """The field names of a dataclass and, per field, (name, type hint, the plain type a value of
    it may have as it is (str, int or bool, or one of them or null), required), worked out once."""
    hints = _hints(cls)
    plan = []
    for f in fields(cls):
        hint = hints[f.name]
        kind, inner = _shape(hint)
        leaf = hint if hint in _LEAVES else inner if kind == "optional" and inner in _LEAVES else None
        plan.append((f.name, hint, leaf, f.default is MISSING and f.default_factory is MISSING))
    return frozenset(f.name for f in fields(cls)), tuple(plan)


def _shown(data: Any) -> str:
    """A value as a message repeats it: short, and with broken characters escaped, so the message
    itself can always be printed."""
    text = repr(data) if not isinstance(data, Unusable) else str(data)
    if len(text) > 60:
        text = text[:57] + "…"
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _shown_key(key: str) -> str:
    text = key if len(key) <= 40 else key[:40] + "…"
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _json_kind(data: Any) -> str:
    if data is None:
        return "null"
    if isinstance(data, Unusable):
        return f"getal {data}"
    if isinstance(data, bool):
        return "true/false"
    if isinstance(data, int | float):
        return f"getal {data!r}"
    if isinstance(data, str):
        return f"tekst {_shown(data)}"
    if isinstance(data, list):
        return "een lijst"
    return "een object"


def json_schema(cls: type) -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) fragment describing what from_json(cls, ...) accepts."""
    return _schema(cls)


def _schema(tp: Any) -> dict[str, Any]:
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        return {"anyOf": [_schema(args[0]), {"type": "null"}]}
    if origin is tuple:
        return {"type": "array", "items": _schema(get_args(tp)[0])}
    if origin is frozenset:
        return {"type": "array", "uniqueItems": True, "items": _schema(get_args(tp)[0])}
    if isinstance(tp, type) and is_dataclass(tp):
        hints = _hints(tp)
        props = {f.name: _schema(hints[f.name]) for f in fields(tp)}
        required = [
            f.name for f in fields(tp) if f.default is MISSING and f.default_factory is MISSING
        ]
        out: dict[str, Any] = {
            "type": "object",
            "properties": props,
            "additionalProperties": False,
        }
        if required:
            out["required"] = required
        return out
    if isinstance(tp, type) and issubclass(tp, Enum):
        return {"enum": [m.value for m in tp]}
    if tp is date:
        return {"type": "string", "format": "date"}
    if tp is Decimal:
        return {"type": ["string", "number"], "pattern": r"^-?\d+(\.\d+)?$"}
    simple = {str: "string", int: "integer", float: "number", bool: "boolean"}
    return {"type": simple[tp]}


def replace(obj: T, **changes: Any) -> T:
    """dataclasses.replace with a name that reads well at call sites."""
    return typing.cast(T, dataclasses.replace(typing.cast(Any, obj), **changes))
