"""Who the source of an act is (own sentences, whole pipeline): the phrase that names the actor,
not a name inside it that only modifies its head; a possessor with its "'s"; the speaker of a
commitment whose act has a pronoun subject; the act's own subject where the reporter is another."""

from __future__ import annotations

import pytest

from unfog.model import AnalysisRecord, Document
from unfog.pipeline import Pipeline


def _analyze(pipeline: Pipeline, text: str) -> AnalysisRecord:
    return pipeline.analyze(Document(id="t", text=text, published="2024-03-13"))


def _name(rec: AnalysisRecord, actor: str | None) -> str:
    return next((a.name for a in rec.actors if a.id == actor), "") if actor else ""


SOURCES = [
    # (text, the trigger, actor 1's name)
    # a name (no dictionary entry) that only modifies a head naming people: the phrase is the actor
    ("Radical Belgian students said on Monday they would blockade the port of Antwerp.", "said",
     "Radical Belgian students"),
    # a possessor keeps its "'s"; a hyphen inside a word stays
    ("The Malian junta's soldiers detained three journalists in Bamako.", "detained", "Malian junta's soldiers"),
    # a dictionary actor inside the phrase stays the actor ("Russian troops": Armed Forces of Russia)
    ("Russian troops shelled the outskirts of Kharkiv.", "shelled", "Armed Forces of Russia"),
    # the act's own subject, not the outlet that reports the commitment
    ("Chad offered to mediate between the two factions, a state-run Nigerien radio said.", "said", "Chad"),
    # a light verb after the lemmatiser's "stag": the protest is the workers'
    ("Angry textile workers staged a protest in Dhaka.", "staged a protest", "Angry textile workers"),
]


@pytest.mark.parametrize(("text", "trigger", "actor"), SOURCES)
def test_source_actor(pipeline: Pipeline, text: str, trigger: str, actor: str) -> None:
    rec = _analyze(pipeline, text)
    shown = [(e.trigger.text, e.plover, _name(rec, e.actor1)) for e in rec.events]
    ev = next((e for e in rec.events if e.trigger.text == trigger), None)
    assert ev is not None, shown
    assert actor in _name(rec, ev.actor1), shown
