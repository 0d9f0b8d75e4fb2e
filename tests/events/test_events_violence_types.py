"""Violence typed by the ACLED codebook's definitions in whole-report positions (own sentences):
a sentence's capitalised first word read as the common noun it is, a device named by the act's own
argument, children as civilians, a classifying modifier that tells no act, an act verb that is no
disaster noun."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.events import EventStage

from .support import run

CASES = [
    # a plural common noun opening a sentence (also after a dateline's dash) is tagged a proper noun
    # for its capital: read as the common noun, it names the act's means (ACLED: by the delivery)
    ("PORT VELDEN, May 20 — Warplanes struck the grain market in the town on Monday.", "struck",
     "Air/drone strike"),
    ("KAGA — Helicopters fired on a convoy near the river on Sunday.", "fired", "Air/drone strike"),
    ("Warplanes struck the grain market in Kaga on Monday.", "struck", "Air/drone strike"),
    # the act's own argument names its device: another device told of another day is another event
    ("Rebels detonated a roadside bomb under a truck near Kaga on Monday. In March, a grenade thrown "
     "at a bar in Kaga wounded six people.", "detonated", "Remote explosive/landmine/IED"),
    ("In March, a grenade thrown at a bar in Kaga wounded six people.", "wounded", "Grenade"),
    # a child killed is a civilian killed: violence against civilians, not a clash, even by an
    # armed shooter (the subject of the active verb is the doer, not a victim)
    ("A sniper shot dead a girl in Kaga on Monday.", "shot dead", "Attack"),
    ("Gunmen killed five soldiers at a checkpoint in Kaga on Monday.", "killed", "Armed clash"),
    # a blast told beside "a demining group" (a classifying modifier: a kind of group) happened
    ("A landmine exploded under a bus near Kaga, killing four people, according to a demining group.",
     "exploded", "Remote explosive/landmine/IED"),
    # "storming" is an act verb, not the weather noun: the sentence tells no disaster
    ("Fighters looted and burned dozens of shops in Kaga on Monday after storming the town's jail.", "looted",
     "Looting/property destruction"),
]


@pytest.mark.parametrize(("text", "trigger", "want"), CASES)
def test_violence_type(nlp: Language, stage: EventStage, text: str, trigger: str, want: str) -> None:
    evs = run(nlp, stage, text)
    got = [e for e in evs if any(m.text.lower().startswith(trigger) for m in (e.trigger, *e.mentions))]
    assert got, [(e.trigger.text, e.acled) for e in evs]
    assert got[0].acled is not None and got[0].acled.sub_event_type == want, [(e.trigger.text, e.acled) for e in evs]


# a storm or a fire that kills is still no act of violence ACLED codes
DISASTERS = [
    "Five people were killed when a storm hit Kaga on Monday.",
    "Four workers died in a fire at a warehouse in Kaga.",
]


@pytest.mark.parametrize("text", DISASTERS)
def test_disaster_stays_untyped(nlp: Language, stage: EventStage, text: str) -> None:
    assert not [e for e in run(nlp, stage, text) if e.acled is not None]
