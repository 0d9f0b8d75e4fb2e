"""Helpers shared by the events tests."""

from __future__ import annotations

from spacy.language import Language

from unfog.events import EventStage
from unfog.model import Document, Event


def run(nlp: Language, stage: EventStage, text: str) -> list[Event]:
    """The events of one text with no places, actors, claims or times (published 2024-03-13)."""
    return stage.run(Document(id="t", text=text, published="2024-03-13"), nlp(text), [], [], [], [])
