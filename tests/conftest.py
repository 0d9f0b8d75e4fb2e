"""Shared fixtures: the real pipeline, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from unfog.nlp import load_nlp
from unfog.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "kharkiv-offensive.txt"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The spaCy model, loaded once for the whole test session."""
    return load_nlp()


@pytest.fixture(scope="session")
def pipeline(nlp: Language) -> Pipeline:
    return Pipeline.from_settings(nlp=nlp)
