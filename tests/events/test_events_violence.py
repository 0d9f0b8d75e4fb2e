"""PLOVER FIGHT or ASSAULT by victims and means (events/violence.py), orders that are the act
ordered (events/plover.py), generic attacks that mention a specific act (events/episodes.py) and
bombings without aircraft, with own sentences."""

from __future__ import annotations

from collections import Counter

import pytest
from spacy.language import Language

from unfog.events import EventStage
from unfog.model import Event

from .support import run


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
    # taking ground is a FIGHT (occupy), even when the ground is a village
    ("Government troops captured the village on Sunday.", "FIGHT"),
    ("The rebels seized the town of Kamba after heavy fighting.", "FIGHT"),
    # a strike on people or where they live is an ASSAULT; on positions or troops a FIGHT
    ("A missile strike on a residential district killed three people on Friday.", "ASSAULT"),
    ("Warplanes bombed the city overnight, wounding twelve civilians.", "ASSAULT"),
    ("Artillery shelled enemy positions near the river.", "FIGHT"),
    # an attack whose dead are fighters is a fight
    ("Troops killed five militants in a raid on their hideout.", "FIGHT"),
    ("Gunmen killed four villagers in a raid on the market.", "ASSAULT"),
    # violence against one person is a targeted killing; an ambush of a unit a fight
    ("Gunmen shot dead a policeman in the market on Tuesday.", "ASSAULT"),
    ("Rebels ambushed an army convoy, killing 12 soldiers.", "FIGHT"),
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
    # a raid without casualties that makes arrests is the arrest
    ("Soldiers raided the house and arrested the commander of the militia.", "Arrests"),
    ("Gunmen raided the village at dawn, killing four people.", "Attack"),
    # the fire of guns and the storming of a building are no disaster; a fire in a factory is
    ("Soldiers opened fire on a crowd of villagers.", "Attack"),
    ("Police stormed the building where the gunmen were hiding.", "Attack"),
    ("A fire at a textile factory killed 12 workers.", "NONE"),
    # crowd-control means with no protest named are no attack
    ("Police fired tear gas into the courtyard of the hospital.", "NONE"),
    # arrests of people suspected of political violence stay arrests
    ("Police arrested three men suspected of planning an attack on the embassy.", "Arrests"),
    # a generic attack whose victims are armed is no violence against civilians: a clash
    ("Four soldiers died in the ambush near the border.", "Armed clash"),
    ("Six fighters were killed when the convoy was ambushed.", "Armed clash"),
    ("Gunmen raided the hamlet and killed six herders.", "Attack"),
]


@pytest.mark.parametrize(("text", "expected"), ACLED_CASES)
def test_acled_specific(nlp: Language, stage: EventStage, text: str, expected: str) -> None:
    assert acled(run(nlp, stage, text)) == expected
