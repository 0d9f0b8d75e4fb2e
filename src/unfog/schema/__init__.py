"""The JSON Schema of unfog's output, generated from the records in ``unfog.model``.

``record.schema.json`` beside this file is the committed copy (regenerate with
``unfog schema --out src/unfog/schema/record.schema.json``); a test checks that it matches.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from unfog.model import AnalysisRecord, Story


def record_schema() -> dict[str, Any]:
    """Schema of one line of `unfog analyze --out`, with the story record under $defs."""
    schema = AnalysisRecord.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "unfog analysis record"
    story = Story.model_json_schema()
    defs = schema.setdefault("$defs", {})
    defs.update(story.pop("$defs", {}))
    defs["Story"] = story
    return schema


def committed_schema() -> dict[str, Any]:
    text = resources.files("unfog.schema").joinpath("record.schema.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded
