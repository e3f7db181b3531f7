"""Issue 13, hostile JSON: every document `candidate add --json` refuses ends in ONE located message
(a JSON path such as `$.candidate.birth_date`, or `regel N, kolom M`), exit code 1, no traceback, within
a second, and the database is left exactly as it was.

The documents come from a seeded generator (`hostile`): a valid intake with one hostile change, drawn
from the kinds measured in the issue (deep nesting, huge integers, NaN/Infinity, lone surrogates,
invalid UTF-8, wrong types at every field, oversized strings and arrays, implausible dates, bad
postcode/e-mail/phone, unknown and duplicate keys, broken syntax). The short run (240) is in the
default test run; 2,080 documents run under `slow`. A few go through a real process and a real stdin,
so what the interpreter does with bytes and tracebacks at exit is covered too.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import hashlib
import io
import json
import random
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from intake_desk import intake_format
from intake_desk.cli import build_parser, main, run
from intake_desk.demo import demo_records
from intake_desk.domain.codec import DecodeError
from intake_desk.validation import DEFAULT_MAX_LENGTH, MAX_LENGTH

LOCATED = re.compile(r"\$[.\[]\S*: |\$: |regel \d+, kolom \d+: ")
SECONDS = 1.0


@dataclass(frozen=True)
class Hostile:
    kind: str
    data: bytes


def _base() -> dict[str, Any]:
    record = next(demo_records(1, seed=13))
    doc = intake_format.to_document(record)
    doc["intake"]["experience"] = [{"role": "Magazijnmedewerker", "years": 2}]
    doc["intake"]["education"] = [{"level": "vmbo-kb", "year": 2015}]
    doc["intake"]["preferences"]["travel_regions"] = ["rijnmond"]
    doc["intake"]["availability"]["hours_per_week"] = 24
    return doc


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Every place in the document, containers included (a wrong type fits anywhere)."""
    if path:
        yield path, value
    if isinstance(value, dict):
        for k, v in value.items():
            if path or k in ("candidate", "intake"):
                yield from _leaves(v, (*path, k))
    elif isinstance(value, list):
        for n, v in enumerate(value):
            yield from _leaves(v, (*path, n))


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> None:
    for step in path[:-1]:
        doc = doc[step]
    doc[path[-1]] = value


def _dump(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogatepass")


def _with_literal(doc: dict[str, Any], path: tuple[Any, ...], literal: str) -> bytes:
    """The document with a raw JSON literal (NaN, a 5,000-digit integer, 1000 brackets) at `path`."""
    marker = "@@HOSTILE@@"
    _set(doc, path, marker)
    return _dump(doc).replace(f'"{marker}"'.encode(), literal.encode())


NUMERIC = [("intake", "availability", "hours_per_week"), ("intake", "experience", 0, "years"),
           ("intake", "education", 0, "year"), ("intake", "preferences", "travel_minutes")]
TEXTS = [("candidate", "name", "first_name"), ("candidate", "name", "surname"),
         ("candidate", "contact", "town"), ("intake", "notes"), ("intake", "advisor"),
         ("intake", "experience", 0, "role")]


def _kinds() -> dict[str, Callable[[random.Random, dict[str, Any]], bytes]]:
    def deep(rnd: random.Random, doc: dict[str, Any]) -> bytes:
        depth = rnd.choice([13, 100, 1000, 100_000])
        return _with_literal(doc, rnd.choice(TEXTS + NUMERIC), "[" * depth + "]" * depth)

    def huge_int(rnd: random.Random, doc: dict[str, Any]) -> bytes:
        digits = rnd.choice([19, 4301, 5000, 50_000, 400_000])
        return _with_literal(doc, rnd.choice(NUMERIC + TEXTS), "9" * digits)

    def not_finite(rnd: random.Random, doc: dict[str, Any]) -> bytes:
        literal = rnd.choice(["NaN", "Infinity", "-Infinity", "1e400", "-1e999"])
        return _with_literal(doc, rnd.choice(NUMERIC), literal)

    def lone_surrogate(rnd: random.Random, doc: dict[str, Any]) -> bytes:
        s = rnd.choice(["\\ud800", "\\udfff", "a\\udc80b"])
        if rnd.random() < 0.2:  # in a key
            return _dump(doc).replace(b'"candidate": {', f'"candidate": {{"{s}": 1, '.encode(), 1)
        return _with_literal(doc, rnd.choice(TEXTS), f'"{s}"')

    def invalid_utf8(rnd: random.Random, doc: dict[str, Any]) -> bytes:
        raw = bytearray(_dump(doc))
        bad = rnd.choice([b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\x80"])
        at = rnd.randrange(len(raw))
        return bytes(raw[:at] + bad + raw[at:])

    def wrong_type(rnd: random.Random, doc: dict[str, Any]) -> bytes:
        path, value = rnd.choice(list(_leaves(doc)))
        if isinstance(value, str):
            wrong: Any = rnd.choice([7, -1, True, ["x"], {"x": 1}])
        elif isinstance(value, bool):
            wrong = rnd.choice([0, 1, "ja", ["x"]])
        elif isinstance(value, dict):
            wrong = rnd.choice(["zeven", 7, ["x"], {"onbekend": 1}])
        else:
            wrong = rnd.choice(["zeven", {"x": 1}, [{"x": 1}], True])
        _set(doc, path, wrong)
        return _dump(doc)

    def oversized_string(rnd: random.Random, doc: dict[str, Any]) -> bytes:
        where = rnd.choice(TEXTS)
        just_over = MAX_LENGTH.get(str(where[-1]), DEFAULT_MAX_LENGTH) + 1
        size = rnd.choice([just_over, 30_000, 500_000, 2_000_000, 10_000_000])
        _set(doc, where, rnd.choice("Aé漢") * size)
        return _dump(doc)

    def oversized_array(rnd: random.Random, doc: dict[str, Any]) -> bytes:
        size = rnd.choice([36, 1000, 100_000, 400_000])
        where, item = rnd.choice([
            (("intake", "preferences", "travel_regions"), "rijnmond"),
            (("intake", "education"), {"level": "vmbo-kb"}),
            (("intake", "funding"), "x"), (("intake", "goals"), {"occupation": "Kok"}),
            (("intake", "availability", "days"), "ma")])
        _set(doc, where, [item] * size)
        return _dump(doc)

    def implausible_date(rnd: random.Random, doc: dict[str, Any]) -> bytes:
        where = rnd.choice([("candidate", "birth_date"), ("intake", "date"),
                            ("intake", "preferences", "earliest_start"), ("intake", "consent", "date")])
        value = rnd.choice(["1800-01-01", "3000-01-01", "0001-01-01", "9999-12-31", "1899-12-31"])
        if where == ("candidate", "birth_date"):
            value = rnd.choice([value, "2024-01-01", "1900-06-01", "2099-01-01"])
        _set(doc, where, value)
        return _dump(doc)

    def bad_contact(rnd: random.Random, doc: dict[str, Any]) -> bytes:
        key, value = rnd.choice([
            ("postcode", "ABCDEFG"), ("postcode", "0123 AB"), ("postcode", "1234 SS"),
            ("email", "not-an-email"), ("email", "a@b"), ("email", "@example.nl"),
            ("phone", "12"), ("phone", "geen nummer"), ("phone", "+31 6 1234567890123")])
        doc["candidate"]["contact"][key] = value
        return _dump(doc)

    def bad_number(rnd: random.Random, doc: dict[str, Any]) -> bytes:
        path, value = rnd.choice([
            (("intake", "availability", "hours_per_week"), rnd.choice([-1, 61, 10**17])),
            (("intake", "experience", 0, "years"), rnd.choice([-0.5, 60.5, 1e300])),
            (("intake", "education", 0, "year"), rnd.choice([0, 1800, 3000])),
            (("intake", "preferences", "travel_minutes"), rnd.choice([-5, 241, 10**9]))])
        _set(doc, path, value)
        return _dump(doc)

    def bad_characters(rnd: random.Random, doc: dict[str, Any]) -> bytes:
        _set(doc, rnd.choice(TEXTS[:3]), rnd.choice(["Jan\x00", "Jan\nPiet", "\x1b[31mrood", "a\x7f"]))
        return _dump(doc)

    def unknown_key(rnd: random.Random, doc: dict[str, Any]) -> bytes:
        where = rnd.choice([doc, doc["candidate"], doc["intake"], doc["candidate"]["name"],
                            doc["intake"]["preferences"]])
        where[rnd.choice(["bsn", "BSN", "x" * 5000, "🙂", "__proto__"])] = "123456782"
        return _dump(doc)

    def duplicate_key(rnd: random.Random, doc: dict[str, Any]) -> bytes:
        # json keeps the last of two equal keys silently; the format refuses the file instead
        raw = _dump(doc)
        twice = rnd.choice([(b'"surname": ', b'"surname": "Anders", '),
                            (b'"intake": {', b'"intake": {"date": "2026-01-01"}, "intake": {'),
                            (b'"town": ', b'"town": "Urk", ')])
        return raw.replace(twice[0], twice[1] + twice[0], 1)

    def broken_syntax(rnd: random.Random, doc: dict[str, Any]) -> bytes:
        raw = _dump(doc)
        return rnd.choice([raw[: rnd.randrange(len(raw))], raw + b"}", b"", b"null", b"[]",
                           b'"tekst"', raw.replace(b":", b"=", 1), b"\xef\xbb\xbf" + raw[:-1]])

    def region(rnd: random.Random, doc: dict[str, Any]) -> bytes:
        if rnd.random() < 0.5:
            doc["candidate"]["region_code"] = rnd.choice(["Brabant", "Rijnmnod", "x" * 100])
        else:
            doc["intake"]["preferences"]["travel_regions"] = ["rijnmond", "Limburg"]
        return _dump(doc)

    return {f.__name__: f for f in (deep, huge_int, not_finite, lone_surrogate, invalid_utf8,
                                    wrong_type, oversized_string, oversized_array, implausible_date,
                                    bad_contact, bad_number, bad_characters, unknown_key,
                                    duplicate_key, broken_syntax, region)}


def hostile(count: int, seed: int = 13) -> Iterator[Hostile]:
    """`count` hostile documents, the same ones for the same seed, every kind in turn."""
    rnd = random.Random(seed)
    kinds = _kinds()
    names = sorted(kinds)
    base = _base()
    for n in range(count):
        name = names[n % len(names)]
        yield Hostile(name, kinds[name](rnd, json.loads(json.dumps(base))))


@dataclass
class Outcome:
    code: int | None
    stderr: str
    seconds: float
    traceback: str = ""


@functools.cache
def _parser() -> argparse.ArgumentParser:
    return build_parser()


def _add_in_process(db: Path, doc: Path) -> Outcome:
    """`intake-desk candidate add --json DOC` in this process: the CLI's own parser and its one error
    handler (`run`), built once, so a few hundred documents take seconds."""
    err = io.StringIO()
    start = time.perf_counter()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            args = _parser().parse_args(["--db", str(db), "candidate", "add", "--json", str(doc)])
            code: int | None = run(args)
    except BaseException as exc:  # what the suite counts: anything that escapes the CLI's handler
        escaped = f"{type(exc).__name__}: {exc}"[:300]
        return Outcome(None, err.getvalue(), time.perf_counter() - start, escaped)
    return Outcome(code, err.getvalue(), time.perf_counter() - start)


def _fingerprint(db: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(db.parent.glob(db.name + "*")):
        h.update(path.name.encode() + path.read_bytes())
    return h.hexdigest()


def _run(count: int, db_path: Path, tmp_path: Path) -> dict[str, Any]:
    """Each document through the CLI in-process; the figures the issue asks for."""
    warm = tmp_path / "warm.json"  # imports and the region reference data, without the database
    warm.write_bytes(_dump({**_base(), "candidate": {**_base()["candidate"], "region_code": "Brabant"}}))
    _add_in_process(tmp_path / "niet-geopend.sqlite", warm)
    before = _fingerprint(db_path)  # every byte: a refused document must not even open the file
    failures: list[str] = []
    slowest, located = 0.0, 0
    doc = tmp_path / "hostile.json"
    for n, h in enumerate(hostile(count)):
        doc.write_bytes(h.data)
        out = _add_in_process(db_path, doc)
        slowest = max(slowest, out.seconds)
        lines = [line for line in out.stderr.splitlines() if line.strip()]
        ok_location = len(lines) >= 2 and lines[0] == "Invoer geweigerd:" and \
            all(LOCATED.search(line) for line in lines[1:])
        located += out.code == 1 and ok_location
        if out.traceback or out.code != 1 or not ok_location or out.seconds > SECONDS \
                or "Traceback" in out.stderr:
            failures.append(f"#{n} {h.kind}: exit {out.code}, {out.seconds:.2f} s, "
                            f"{out.traceback or out.stderr[:200]!r}")
    if _fingerprint(db_path) != before:
        failures.append("a refused document changed the database")
    return {"total": count, "located": located, "slowest": slowest, "failures": failures}


def test_every_kind_is_refused_with_a_located_message_within_a_second(db_path, tmp_path):
    figures = _run(240, db_path, tmp_path)  # 15 of each kind
    assert figures["failures"] == [], "\n".join(figures["failures"][:20])
    assert figures["located"] == figures["total"]
    print(f"\nhostile JSON: {figures['located']}/{figures['total']} refused with a located message, "
          f"slowest {figures['slowest']:.3f} s, 0 tracebacks")


@pytest.mark.slow
def test_two_thousand_hostile_documents(db_path, tmp_path):
    figures = _run(2080, db_path, tmp_path)  # 130 of each kind
    assert figures["failures"] == [], "\n".join(figures["failures"][:20])
    assert figures["located"] == figures["total"]
    print(f"\nhostile JSON: {figures['located']}/{figures['total']} refused with a located message, "
          f"slowest {figures['slowest']:.3f} s, 0 tracebacks")


def test_the_generator_is_hostile_and_seeded():
    # the same seed gives the same documents; every kind is drawn; a valid document is accepted
    first = [h.data for h in hostile(30)]
    assert first == [h.data for h in hostile(30)]
    assert {h.kind for h in hostile(30)} == set(_kinds())
    assert intake_format.parse_bytes(_dump(_base())) is not None


@pytest.mark.parametrize("data, where", [
    (b'{"candidate": {"name": {"first_name": "An\xff", "surname": "Bos"}}}', "regel 1, kolom 42"),
    (b"[" * 5000 + b"]" * 5000, "regel 1, kolom 13"),
    (b'{"candidate": {"name": {"first_name": "\\ud800", "surname": "Bos"}}, '
     b'"intake": {"date": "2026-11-22"}}', "$.candidate.name.first_name"),
    (b'{"candidate": {"name": {"first_name": "An", "surname": "Bos"}}, '
     b'"intake": {"date": "2026-11-22", "availability": {"hours_per_week": ' + b"9" * 5000 + b"}}}",
     "$.intake.availability.hours_per_week"),
])
def test_a_real_process_on_real_stdin_says_where_without_a_traceback(tmp_path, data, where):
    db = tmp_path / "x.sqlite"
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "ui.main", "--db", str(db), "candidate", "add",
                             "--json", "-"], input=data, capture_output=True, timeout=60)
    assert result.returncode == 1
    stderr = result.stderr.decode("utf-8")
    assert "Traceback" not in stderr and where in stderr, stderr
    assert not db.exists(), "refused input must not create a database"
    assert time.perf_counter() - start < 10  # the process start included


def test_the_form_and_the_document_refuse_the_same_values():
    """One table of rules: what the intake form blocks, the exchange format refuses, by the same code."""
    from intake_desk.form_values import check_values

    cases = [("birth_date", "01-01-1800", ("candidate", "birth_date"), "1800-01-01"),
             ("birth_date", "01-01-3000", ("candidate", "birth_date"), "3000-01-01"),
             ("postcode", "ABCDEFG", ("candidate", "contact", "postcode"), "ABCDEFG"),
             ("email", "not-an-email", ("candidate", "contact", "email"), "not-an-email"),
             ("phone", "12", ("candidate", "contact", "phone"), "12"),
             ("hours_per_week", "61", ("intake", "availability", "hours_per_week"), 61),
             ("first_name", "A" * 101, ("candidate", "name", "first_name"), "A" * 101),
             ("region_code", "Brabant", ("candidate", "region_code"), "Brabant")]
    for key, typed, path, value in cases:
        form = check_values({"surname": "Bos", key: typed})[key]
        doc = _base()
        _set(doc, path, value)
        try:
            intake_format.from_document(doc)
        except DecodeError as exc:
            [problem] = exc.problems
            assert problem.path == "$." + ".".join(map(str, path))
            assert problem.message == form.text_nl, key
        else:
            raise AssertionError(f"{key}={value!r} accepted by the exchange format")


def test_show_json_is_always_json(db_path, capsys):
    """A number that is no number (stored before these checks) never reaches `show --json` as NaN."""
    from dataclasses import replace as dc_replace

    from intake_desk.app.candidates import add_candidate
    from intake_desk.domain import ExperienceEntry
    from intake_desk.storage import open_database

    record = next(demo_records(1, seed=13))
    odd = dc_replace(record, intake=dc_replace(record.intake, experience=(
        ExperienceEntry(role="Kok", years=float("nan")),)))
    db = open_database(db_path)
    try:  # the storage door takes what the core hands it (a record from before these checks)
        meta, _ = add_candidate(db, odd)
    except ValueError:
        pytest.skip("storage itself refuses NaN now; no such record can exist")
    finally:
        db.close()
    assert main(["--db", str(db_path), "candidate", "show", meta.id, "--json"]) == 0
    captured = capsys.readouterr()
    doc = json.loads(captured.out, parse_constant=lambda c: pytest.fail(f"{c} in show --json"))
    assert doc["intake"]["experience"][0]["years"] is None
    assert "$.intake.experience[0].years" in captured.err
