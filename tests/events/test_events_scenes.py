"""One scene per reinterpretation (events/episodes.py, Scenes): an act is read as a mention of a
more specific act (a generic attack as a grenade, a capture as a transfer, a protest as the
gravest protest) only within its own scene, never across an article's other incidents. Own
sentences: the trigger word and its ACLED sub-event type."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.events import EventStage
from unfog.events.draft import Draft
from unfog.events.episodes import Scenes
from unfog.model import Place, PlaceMention, TextRef

from .support import run

CASES = [
    # another paragraph tells another incident
    ("A grenade exploded at a bus stop in the north.\n\nGunmen attacked a farm near the river.",
     "attacked", "Attack"),
    ("Rebels captured the hill town on Monday.\n\nIn another province, government troops pulled out of a "
     "military base.", "captured", "Non-state actor overtakes territory"),
    ("Police fired tear gas at protesters outside parliament.\n\nIn the port city, students held a march.",
     "march", "Peaceful protest"),
    # ... and so does a sentence two sentences away
    ("A grenade exploded at a bus stop in the north. The mayor visited the victims. "
     "The police spoke to reporters. Gunmen attacked a farm on Sunday.", "attacked", "Attack"),
    # within a sentence or the next, one scene: the blast is the suicide bombing (one event)
    ("A suicide bomber struck a checkpoint near the port. The blast was heard across the city.",
     "blast", "Suicide bomb"),
    # told later in another paragraph, with no place of its own, the explosion is still that bombing
    # (the earlier, more specific mention decides); another blast is another incident
    ('A suicide car bomb killed nine people at a market in Kaga on Tuesday, police said.\n\n"It was a huge '
     'explosion," a trader told reporters outside the hospital.', "explosion", "Suicide bomb"),
    ("A suicide bomber struck a checkpoint near the port on Monday.\n\nThe governor visited the wounded in "
     "hospital.\n\nAnother explosion shattered windows along the quay.", "explosion",
     "Remote explosive/landmine/IED"),
]


@pytest.mark.parametrize(("text", "word", "sub"), CASES)
def test_scene(nlp: Language, stage: EventStage, text: str, word: str, sub: str) -> None:
    got = [e for e in run(nlp, stage, text) if word in (e.trigger.text, *(m.text for m in e.mentions))]
    assert got and got[0].acled is not None
    assert got[0].acled.sub_event_type == sub


def _place(pid: str, code: str, cc: str | None, admin1: str | None, precision: int) -> Place:
    return Place(id=pid, name=pid, mentions=[PlaceMention(span=(0, 1), text=pid)], country_code=cc,
                 admin1=admin1, feature_code=code, precision=precision)


TOWN_A = _place("a", "PPL", "AA", "North", 1)
TOWN_B = _place("b", "PPL", "BB", "East", 1)
TOWN_A2 = _place("a2", "PPL", "AA", "South", 1)
COUNTRY_A = _place("ca", "PCLI", "AA", None, 3)
NORTH = _place("n", "ADM1", "AA", "North", 3)

PLACES = [
    (TOWN_A, TOWN_B, True),  # towns of two countries in one sentence: two scenes
    (TOWN_A, TOWN_A2, False),  # two towns of one country in one sentence: maybe the gazetteer's error
    (TOWN_A, COUNTRY_A, False),  # a country and a town in it
    (TOWN_A, NORTH, False),  # a region and a town in it
    (COUNTRY_A, TOWN_B, False),  # a country is too coarse to tell scenes apart
]


@pytest.mark.parametrize(("pa", "pb", "apart"), PLACES)
def test_apart_by_place(nlp: Language, pa: Place, pb: Place, apart: bool) -> None:
    sdoc = nlp("Troops shelled one village and bombed another.")
    one = Draft(trigger=TextRef(text="shelled", span=(7, 14)), tokens=sdoc[1:2], place=pa.id)
    two = Draft(trigger=TextRef(text="bombed", span=(30, 36)), tokens=sdoc[5:6], place=pb.id)
    assert Scenes([pa, pb], sdoc).apart(one, two) is apart
