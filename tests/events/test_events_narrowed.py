"""Typing rules narrowed to their codebook definitions (issue 14: rules that helped only the
development half). Own sentences -> the document's ACLED / PLOVER label as the scorer counts it.

- ACLED Grenade: a grenade named elsewhere in the sentence is no means of the act (the rule that
  typed an act with a grenade among its arguments as a grenade attack was removed by the issue-14
  audit: its only support was development half A).
- ACLED Excessive force against protesters: lethal force or force that injures protesters.
- ACLED Violent demonstration: the protesters are the agents of violence.
- PLOVER PROTEST: a protest noun stays a protest however strongly worded (the rule that
  read a diplomatic protest as a complaint was removed: its only support was development half A).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.events import EventStage

from .support import acled, assert_label, plover

ACLED_CASES = [
    # a grenade thrown is the grenade family's own act
    ("A man threw a grenade into the bus station, wounding six travellers.", "Grenade"),
    # ... a grenade found elsewhere is no means of this attack
    ("Gunmen attacked the checkpoint at dawn, a day after a grenade was found near the market.", "Armed clash"),
    # force that kills protesters
    ("Riot police fired on the marchers outside the court, killing two of them.",
     "Excessive force against protesters"),
    # protesters as the agents of violence
    ("Demonstrators threw rocks at riot officers and set a patrol car on fire.", "Violent demonstration"),
    ("Protesters clashed with the riot police near the bridge.", "Violent demonstration"),
]


@pytest.mark.parametrize(("text", "want"), ACLED_CASES)
def test_acled_label(nlp: Language, stage: EventStage, text: str, want: str) -> None:
    assert_label(nlp, stage, text, acled, want)


PLOVER_CASES = [
    # a strong protest by people in the street is a protest
    ("The farmers staged a strong protest outside the assembly over water prices.", "PROTEST"),
]


@pytest.mark.parametrize(("text", "want"), PLOVER_CASES)
def test_plover_label(nlp: Language, stage: EventStage, text: str, want: str) -> None:
    assert_label(nlp, stage, text, plover, want)
