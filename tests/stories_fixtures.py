"""Small records of our own for store and story tests."""

from __future__ import annotations

from tests.test_stories_build import SHELLING, record
from unfog.model import AnalysisRecord


def shelling_record(doc: str, town: str, date: str) -> AnalysisRecord:
    return record(doc, [("e1", "shelled", SHELLING, town, date)], outlet=f"Outlet {doc}")
