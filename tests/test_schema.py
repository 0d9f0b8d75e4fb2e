"""The committed JSON Schema matches the records, and real output validates against it."""

from __future__ import annotations

import jsonschema

from unfog.schema import committed_schema, record_schema


def test_committed_schema_is_current() -> None:
    assert committed_schema() == record_schema(), (
        "regenerate: unfog schema --out src/unfog/schema/record.schema.json"
    )


def test_schema_rejects_bad_record() -> None:
    validator = jsonschema.Draft202012Validator(record_schema())
    bad = {"document": {"id": "x", "text": "t"}, "places": [{"id": "p1"}]}
    assert list(validator.iter_errors(bad))
    good = {"document": {"id": "x", "text": "t"}}
    assert not list(validator.iter_errors(good))
