"""Casualty figures with ACLED's conventions for vague counts (own sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.events import EventStage

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
