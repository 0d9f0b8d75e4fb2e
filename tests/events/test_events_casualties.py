"""Casualty figures with ACLED's conventions for vague counts (own sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.events import EventStage
from unfog.model import Event

from .support import run

CASES = [
    ("Artillery fire killed three soldiers near the river.", 3, None),
    ("Dozens of civilians were wounded when rockets hit the market.", None, 12),
    ("Several fighters died in the clashes.", 3, None),
    ("A few policemen were hurt during the riot.", None, 3),
    ("Scores of villagers were killed in the massacre.", 20, None),
    ("Hundreds of people were injured in the bombing.", None, 100),
    ("The airstrike killed a dozen militants.", 12, None),
    # a gapped passive conjunct has its own patient ("and dozens [were] wounded"): its vague count
    ("At least 17 people were killed and dozens wounded in the attack on the market.", 17, 12),
    ("Four guards were killed and several injured in the raid on the prison.", 4, 3),
    # ... and its own figure, where the parse hangs the remnant's number on the participle
    ("Two porters were killed outright and at least nine hurt in the ambush.", 2, 9),
    ("The blast killed 14 people and wounded 30 others.", 14, 30),
    ("A couple of guards were wounded in the raid.", None, 2),
    ("A handful of protesters were killed when police opened fire.", 3, None),
    # where reports differ, the lowest figure (ACLED's conservative choice)
    ("The shelling killed at least 12 people; local officials said 20 people were killed.", 12, None),
    # a singular victim with the indefinite article is one
    ("Gunmen shot dead a shopkeeper in the old town on Tuesday.", 1, None),
    ("A ranger was killed when poachers opened fire near the lake.", 1, None),
    ("The mortar round wounded an aid worker outside the clinic.", None, 1),
    ("Police are investigating the death of a teenager after the shooting.", 1, None),
    # ... but what was deadly, or what a participle describes, is no victim; nor an intransitive's object
    ("A deadly blast ripped through the depot.", None, None),
    ("A mine planted by the rebels killed or wounded at least nine herders.", None, 9),
    ("The driver died a few hours later.", None, None),
    # conjoined victims add up
    ("Three soldiers and two civilians were killed in the ambush on the convoy.", 5, None),
    ("Six guards and a nurse were wounded when the clinic was shelled.", None, 7),
]


@pytest.mark.parametrize(("text", "fatalities", "injured"), CASES)
def test_casualties(nlp: Language, stage: EventStage, text: str, fatalities: int | None,
                    injured: int | None) -> None:
    evs = run(nlp, stage, text)
    got = [(e.trigger.text, e.fatalities, e.injured) for e in evs]
    want_f = fatalities is None or any(e.fatalities == fatalities for e in evs)
    want_i = injured is None or any(e.injured == injured for e in evs)
    assert want_f and want_i, got
    if fatalities is None:
        assert all(e.fatalities is None for e in evs), got
    if injured is None:
        assert all(e.injured is None for e in evs), got


# A sequence told in one sentence: the figure of a casualty verb whose subject is an act ("a drone
# strike killed 12") is that act's (the causer), not the first act's that governs the clause by
# conjunction; a casualty clause with no act for its subject stays with the act that governs it.
SEQUENCES = [
    ("Fighters seized a town near Goma on Monday, and later a drone strike killed 12 of them.",
     "strike", 12, "seized"),
    ("Soldiers clashed with rebels near Gao, and an air strike killed 15 fighters.", "strike", 15, "clashed"),
    ("Protesters marched through Dhaka, and then a bomb blast wounded 9 of them.", "blast", 9, "marched"),
    ("Troops raided a camp near Kidal, and rebels were shelled; the shelling killed 7 fighters.",
     "shelling", 7, "raided"),
    # the casualty clause names no act: the figure stays with the act that governs it
    ("Gunmen attacked a village near Jos on Sunday, killing nine farmers.", "attacked", 9, None),
    ("Rebels attacked a police post in Beni, and four officers were killed.", "attacked", 4, None),
]


@pytest.mark.parametrize(("text", "owner", "count", "other"), SEQUENCES)
def test_casualties_of_a_sequence(nlp: Language, stage: EventStage, text: str, owner: str, count: int,
                                  other: str | None) -> None:
    evs = run(nlp, stage, text)
    got = [(e.trigger.text, [m.text for m in e.mentions], e.fatalities, e.injured) for e in evs]

    def words(e: Event) -> str:
        return " ".join([e.trigger.text, *(m.text for m in e.mentions)])

    mine = [e for e in evs if owner in words(e)]
    assert mine and count in (mine[0].fatalities, mine[0].injured), got
    if other is not None:
        assert all(e.fatalities is None and e.injured is None for e in evs if other in words(e)
                   and owner not in words(e)), got
