"""A weapon types an act when it is the act's own means; a bare bombing takes the document's
aerial means; violence in whole-report positions (a sentence's capitalised first word, a device
named by the act's own argument, children as civilians, a classifying modifier, an act verb or act
phrase that shares a disaster's word) typed by the codebook (own sentences -> the ACLED sub-event
type of the trigger named)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.events import EventStage

from .support import run

CASES = [
    # a bare bombing in a document whose acts are air strikes is one of them (ACLED: bombing from
    # aircraft is an air/drone strike; an IED needs a device set or carried)
    ("Warplanes struck the market town on Monday. Residents said the relentless bombing forced them to flee.",
     "bombing", "Air/drone strike"),
    ("Jets pounded the suburbs for a week. The bombardment destroyed the water station.",
     "bombardment", "Air/drone strike"),
    # no aircraft in the document, or a device named: the bombing stays a device set off
    ("A bombing at a cafe killed four people on Monday.", "bombing", "Remote explosive/landmine/IED"),
    ("Jets struck the hills on Monday. In the town, a roadside bombing killed two soldiers.",
     "bombing", "Remote explosive/landmine/IED"),
    # the device or its placement named by the bombing's own modifiers wins over aircraft named
    # elsewhere in its sentence (ACLED: the device defines an IED; an air strike needs the aircraft
    # as the bombing's means)
    ("A roadside bombing killed two soldiers as drones circled over the valley.", "killed",
     "Remote explosive/landmine/IED"),
    ("A car bombing wounded six people hours after an air strike on the outskirts.", "wounded",
     "Remote explosive/landmine/IED"),
    # a chemical types an act whose means it is; an air campaign with it in its sentence stays an
    # air campaign (ACLED: chemical weapon use without any other form of violence)
    ("The air campaign went on for weeks amid reports of chlorine use.", "air campaign", "Air/drone strike"),
    ("Helicopters dropped chlorine barrel bombs on the suburb.", "dropped", "Chemical weapon"),
    ("Dozens choked after a chlorine attack on the suburb.", "attack", "Chemical weapon"),
    # a device that is the subject of a killing or wounding acted by going off where it lay (the
    # instrument-subject alternation; ACLED: a device set off, not dropped, is an IED)
    ("A bomb killed six people at a bus station on Friday.", "killed", "Remote explosive/landmine/IED"),
    ("A landmine wounded two children near the village.", "landmine", "Remote explosive/landmine/IED"),
    ("A bomb ripped through the bus station on Friday, killing six people.", "bomb",
     "Remote explosive/landmine/IED"),
    # a bomb an aircraft dropped stays an air strike
    ("A bomb dropped by a warplane killed six people in the village.", "bomb", "Air/drone strike"),
    # events54: whole-report positions
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
    # nor is the "fire" that "set fire" makes (the noun of an act phrase, Mel'cuk's Oper1)
    ("Fighters looted shops in Kaga and set fire to two trucks before leaving.", "looted",
     "Looting/property destruction"),
]


@pytest.mark.parametrize(("text", "trigger", "want"), CASES)
def test_means(nlp: Language, stage: EventStage, text: str, trigger: str, want: str) -> None:
    evs = run(nlp, stage, text)
    got = [e for e in evs if any(m.text.lower().startswith(trigger) for m in (e.trigger, *e.mentions))]
    assert got, [(e.trigger.text, e.acled) for e in evs]
    assert got[0].acled is not None and got[0].acled.sub_event_type == want, [(e.trigger.text, e.acled) for e in evs]


# an act named as the subject of what it did is one event with the verb ("the bombardment destroyed
# the station": ACLED codes one event per incident); a clause of its own stays another event
EFFECTS = [
    ("Two more strikes hit the market on Sunday.", 1),
    ("The bombardment destroyed the water station.", 1),
    ("Rebels attacked the convoy and troops shelled the village.", 2),
    ("The ambush prompted troops to shell the village.", 2),
]


@pytest.mark.parametrize(("text", "n"), EFFECTS)
def test_effect_is_the_act(nlp: Language, stage: EventStage, text: str, n: int) -> None:
    evs = [e for e in run(nlp, stage, text) if e.acled is not None]
    assert len(evs) == n, [(e.trigger.text, e.acled.sub_event_type if e.acled else None) for e in evs]
