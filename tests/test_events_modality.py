"""Modality of event triggers (own sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.events import EventStage
from unfog.model import Document


@pytest.fixture(scope="module")
def stage() -> EventStage:
    return EventStage()


CASES = [
    ("Rebels attacked the convoy.", "attacked", "asserted"),
    ("The ministry said rebels attacked the convoy.", "attacked", "asserted"),
    ("Rebels did not attack the convoy.", "attack", "negated"),
    ("The army denied shelling the village.", "shelling", "negated"),
    ("Rebels will attack the convoy.", "attack", "future"),
    ("The group plans to attack the capital.", "attack", "future"),
    ("The militia threatened to storm the prison.", "storm", "future"),
    ("Commanders are preparing a long-awaited offensive.", "offensive", "future"),
    ("Rebels may attack the convoy.", "attack", "hypothetical"),
    ("The colonel said his battalion would continue to battle the raiders.", "battle", "hypothetical"),
    ("If the talks fail, the army could bomb the bridges.", "bomb", "hypothetical"),
    ("Residents fear a possible attack on the market.", "attack", "hypothetical"),
]


@pytest.mark.parametrize(("text", "trigger", "modality"), CASES)
def test_modality(nlp: Language, stage: EventStage, text: str, trigger: str, modality: str) -> None:
    evs = stage.run(Document(id="t", text=text), nlp(text), [], [], [], [])
    got = [e for e in evs if e.trigger.text.split()[0] == trigger]
    assert got, [e.trigger.text for e in evs]
    assert got[0].modality == modality
