"""Shared fixtures: the real pipeline, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from unfog.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "kharkiv-offensive.txt"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline.from_settings()
