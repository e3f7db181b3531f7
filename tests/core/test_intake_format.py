from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake_desk import intake_format
from intake_desk.demo import demo_records
from intake_desk.domain.codec import DecodeError


def test_document_round_trips():
    for record in demo_records(30):
        doc = intake_format.to_document(record)
        assert intake_format.parse(json.dumps(doc)) == record


def test_committed_schema_equals_generated():
    committed = json.loads(Path("resources/intake-format.schema.json").read_text(encoding="utf-8"))
    assert committed == intake_format.schema(), "run 'make schema' and commit the result"


def test_syntax_error_names_line_and_column():
    with pytest.raises(DecodeError) as info:
        intake_format.parse('{\n  "candidate": {,\n}')
    assert str(info.value).startswith("regel 2, kolom 17")


def test_every_problem_is_named_by_path():
    doc = intake_format.to_document(next(demo_records(1)))
    doc["candidate"]["name"]["surname"] = " "
    doc["candidate"]["bsn"] = "123456782"
    doc["intake"]["availability"]["hours_per_week"] = "twintig"
    doc["intake"]["education"][0]["level"] = "mbo-5"
    with pytest.raises(DecodeError) as info:
        intake_format.from_document(doc)
    paths = {p.path for p in info.value.problems}
    assert paths == {
        "$.candidate.bsn",
        "$.intake.availability.hours_per_week",
        "$.intake.education[0].level",
    }
    doc["candidate"].pop("bsn")
    doc["intake"]["availability"]["hours_per_week"] = 20
    doc["intake"]["education"][0]["level"] = "mbo-2"
    # the form's own words for an empty surname, named by its path
    with pytest.raises(DecodeError, match=r"\$\.candidate\.name\.surname: Dit veld is verplicht\."):
        intake_format.from_document(doc)


def test_read_only_keys_are_accepted_and_ignored():
    record = next(demo_records(1))
    doc = intake_format.to_document(record)
    doc.update(id="x", revision=7, created_at="a", updated_at="b", installation_id="c")
    assert intake_format.from_document(doc) == record
