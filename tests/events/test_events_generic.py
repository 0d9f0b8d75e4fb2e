"""Mentions that are no incident (own sentences): a generic or normative statement about a kind of
act ("strikes on hospitals are a war crime", "militias often loot villages") and a reaction to an
incident ("mourned the victims of the bombing") make no ACLED event; an act that did not happen
(future, hypothetical, negated) carries no ACLED type either (ACLED codes events that took place).
Specific acts, headlines in the present simple and definite mentions stay events."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.events import EventStage
from unfog.model import Document
from unfog.pipeline import Pipeline

from .support import run

NO_INCIDENT = [
    # a kind of act predicated of (bare plural, gerund, "any"/"such"): normative or generic
    "Strikes on hospitals are a war crime.",
    "Attacks on aid workers are unacceptable, the envoy said.",
    "Bombing schools would be a violation of the laws of war.",
    "Targeting civilians is a crime under international law.",
    "Any assault on the monitors would be a grave breach of the accord.",
    "Such raids are illegal, the lawyers argued.",
    # the same with another linking verb (the copulas of modality.yaml)
    "Kidnappings of traders have become common on the northern roads.",
    "Raids on border villages remain frequent in the dry season.",
    # habitual present: a frequency adverb with the present simple
    "Militias often loot villages along the river in the dry season.",
    "Bandits regularly abduct travellers on that highway.",
    # free-choice "any": the act noun refers to no act
    "The army said it would respond to any attack on its bases.",
    "The ministry condemned any attack on civilians in Darfur.",
    "Police will disperse any protest outside the parliament.",
    # acts not done: no ACLED type
    "We will fight terrorism wherever it hides, the minister said.",
    "The army may shell the valley next week.",
    # reactions refer to the incident: no new event
    "Hundreds mourned the victims of the bombing at the funeral.",
    "The council condemned the shelling of the market.",
]

INCIDENT = [
    ("Gunmen attacked a bus near the town on Sunday.", "Attack"),
    ("Air strikes hit a clinic in the district, killing four.", "Air/drone strike"),
    ("Militants attack a police checkpoint in the north", "Armed clash"),
    ("The attack on the market was the deadliest this year.", "Attack"),
    ("Rebels are shelling the outskirts of the city.", "Shelling/artillery/missile attack"),
]


@pytest.mark.parametrize("text", NO_INCIDENT)
def test_no_incident(nlp: Language, stage: EventStage, text: str) -> None:
    typed = [e for e in run(nlp, stage, text) if e.acled is not None]
    assert typed == [], [(e.trigger.text, e.acled.sub_event_type, e.modality) for e in typed if e.acled]


@pytest.mark.parametrize(("text", "sub"), INCIDENT)
def test_incident(nlp: Language, stage: EventStage, text: str, sub: str) -> None:
    subs = [e.acled.sub_event_type for e in run(nlp, stage, text) if e.acled and e.modality == "asserted"]
    assert sub in subs, subs


#: an act the article's own voice says did not happen, or was prevented or avoided, is no incident
#: (no ACLED type); one a source denies keeps its type (the dispute: another source may report it):
#: (text, the act, whether it keeps an ACLED type)
NEGATED = [
    ("There were no clashes in Kadugli on Sunday.", "clashes", False),
    ("The army avoided clashes with the militia near Beni on Monday.", "clashes", False),
    ("Guards prevented the crowd from storming the parliament in Kampala.", "storming", False),
    ("The army denied shelling the town of Kadugli on Sunday.", "shelling", True),
    ("No shots were fired in Kampala on Monday, police said.", "fired", True),
]


@pytest.mark.parametrize(("text", "act", "typed"), NEGATED)
def test_negated_acts(pipeline: Pipeline, text: str, act: str, typed: bool) -> None:
    """Through the whole pipeline: a denial is a source's (its claim holds the act)."""
    rec = pipeline.analyze(Document(id="t", text=text, published="2024-03-13"))
    own = [e for e in rec.events if e.trigger.text == act]
    assert len(own) == 1 and own[0].modality == "negated", own
    assert (own[0].acled is not None) == typed, own[0].acled
