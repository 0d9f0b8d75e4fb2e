"""A storm or a fire that kills is no act of violence ACLED codes, beside the act verbs and act
phrases that share its words ("stormed", "set fire": test_events_means.py; own sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.events import EventStage

from .support import run

# a storm or a fire that kills is still no act of violence ACLED codes
DISASTERS = [
    "Five people were killed when a storm hit Kaga on Monday.",
    "Four workers died in a fire at a warehouse in Kaga.",
]


@pytest.mark.parametrize("text", DISASTERS)
def test_disaster_stays_untyped(nlp: Language, stage: EventStage, text: str) -> None:
    assert not [e for e in run(nlp, stage, text) if e.acled is not None]
