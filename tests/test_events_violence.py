"""PLOVER FIGHT or ASSAULT by victims and means (events/violence.py), orders that are the act
ordered (events/plover.py), generic attacks that mention a specific act (events/episodes.py) and
bombings without aircraft, with own sentences."""

from __future__ import annotations

from collections import Counter

import pytest
from spacy.language import Language

from unfog.events import EventStage
from unfog.model import Document, Event


@pytest.fixture(scope="module")
def stage() -> EventStage:
    return EventStage()


def run(nlp: Language, stage: EventStage, text: str) -> list[Event]:
    return stage.run(Document(id="t", text=text, published="2024-03-13"), nlp(text), [], [], [], [])


def top(values: list[str]) -> str:
    if not values:
        return "NONE"
    counts = Counter(values)
    return max(counts, key=lambda k: (counts[k], -values.index(k)))


def plover(events: list[Event]) -> str:
    return top([e.plover.event_type for e in events if e.modality == "asserted" and e.plover and e.plover.event_type])


def acled(events: list[Event]) -> str:
    return top([e.acled.sub_event_type for e in events if e.modality == "asserted" and e.acled])


PLOVER_CASES = [
    # bombings are ASSAULT whoever the victims; a bombing with no aircraft is no air strike
    ("A roadside bombing near the market town killed two soldiers on Friday.", "ASSAULT"),
    ("Insurgents wounded three policemen in a car bomb attack at the checkpoint.", "ASSAULT"),
    # words of one-sided violence
    ("Gunmen murdered four soldiers returning from leave.", "ASSAULT"),
    # armed clashes stay FIGHT; an attack on an armed target is a fight
    ("Rebel fighters clashed with army troops near the river crossing.", "FIGHT"),
    ("Government jets bombed rebel positions in the hills overnight.", "FIGHT"),
    # a sworn fight is a threat, not a fight
    ("The separatists have sworn to fight until they control the whole valley.", "THREATEN"),
    # an order to those who carry it out is the act ordered
    ("The governor ordered troops to the northern border.", "MOBILIZE"),
    # a demand on another party stays a demand
    ("The judge ordered the former minister to appear before the court in May.", "DEMAND"),
]


@pytest.mark.parametrize(("text", "expected"), PLOVER_CASES)
def test_plover_violence(nlp: Language, stage: EventStage, text: str, expected: str) -> None:
    assert plover(run(nlp, stage, text)) == expected


ACLED_CASES = [
    ("A roadside bombing near the market town killed two soldiers on Friday.", "Remote explosive/landmine/IED"),
    ("Warplanes carried out a bombing of the rebel-held town.", "Air/drone strike"),
    # a generic attack in a report of a grenade attack is that grenade attack
    ("The attack shocked the town. Assailants threw a grenade into the crowded bus station.", "Grenade"),
]


@pytest.mark.parametrize(("text", "expected"), ACLED_CASES)
def test_acled_specific(nlp: Language, stage: EventStage, text: str, expected: str) -> None:
    assert acled(run(nlp, stage, text)) == expected
