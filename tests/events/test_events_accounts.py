"""One event per source's account of an incident (own sentences, whole pipeline): mentions of one
incident told by different sources (claims with different sources; the article's own voice is one
more) stay separate events, each with its own figures, the later linked to the first
(``Event.refers_to``); within one source's account they are one event with mentions. The stories
stage puts the accounts in one story, contested where their death tolls differ."""

from __future__ import annotations

import pytest

from unfog.pipeline import Pipeline
from unfog.stories import build_stories

from .support import analyze as _analyze
from .support import occurred_typed as _typed

ACCOUNTS = [
    # (text, the death toll of each account, in text order)
    # two sources, two figures
    ("Soldiers shelled the town of Sabha on Monday, the defence ministry said, killing 40 fighters. "
     "Doctors in Sabha said the shelling killed 300 civilians.", [40, 300]),
    # a source the claims stage names but does not type is known all the same: its own account
    ("Velden's interior ministry said the raid on Lessa left 15 fighters dead. Medics said the raid "
     "killed 60 villagers.", [15, 60]),
    # the article's own voice and a source
    ("Gunmen attacked a market in the town of Gao on Sunday, killing 12 people. Hospital staff said "
     "the attack had killed 31 people.", [12, 31]),
    ("Rebels shelled the city of Kherson on Friday, killing five people, the governor said. A rebel "
     "commander said the shelling of Kherson killed two soldiers.", [5, 2]),
    # with no place to compare, the link alone puts the accounts in one story
    ("Soldiers shelled a village overnight, killing four people, the army said. Residents said the "
     "shelling killed nine people.", [4, 9]),
]


@pytest.mark.parametrize(("text", "tolls"), ACCOUNTS)
def test_each_source_keeps_its_account(pipeline: Pipeline, text: str, tolls: list[int]) -> None:
    rec = _analyze(pipeline, text)
    typed = _typed(rec)
    shown = [(e.trigger.text, e.acled and e.acled.sub_event_type, e.fatalities, e.claims, e.refers_to)
             for e in rec.events]
    assert [e.fatalities for e in typed] == tolls, shown
    assert all(e.refers_to == typed[0].id for e in typed[1:]), shown
    stories = build_stories([rec])
    holding = [s for s in stories if {m.event for m in s.members} >= {e.id for e in typed}]
    assert holding and holding[0].status == "contested", [(s.status, s.members) for s in stories]
    assert holding[0].fatalities == min(tolls)


ONE_ACCOUNT = [
    # (text, the death toll): one source telling the incident twice is one account
    ("Police said gunmen attacked a church in the town of Kaduna on Sunday. Police said the attack "
     "killed six worshippers.", 6),
    ("Gunmen attacked a bus in the town of Gao on Sunday, killing 9 people. The attack was the "
     "deadliest this month.", 9),
]


@pytest.mark.parametrize(("text", "toll"), ONE_ACCOUNT)
def test_one_source_is_one_account(pipeline: Pipeline, text: str, toll: int) -> None:
    rec = _analyze(pipeline, text)
    typed = _typed(rec)
    shown = [(e.trigger.text, e.acled and e.acled.sub_event_type, e.fatalities, e.claims, e.refers_to,
              [m.text for m in e.mentions]) for e in rec.events]
    assert len(typed) == 1 and typed[0].fatalities == toll, shown
