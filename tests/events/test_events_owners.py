"""Who did it when the text names no plain doer (own sentences, whole pipeline): the owner of a
means in the agent's place, people located by a phrase of place, a plural noun of people outside
the word lists in the agent's place, the noun a passive relative clause describes (no doer), a
person's bare surname after the full name."""

from __future__ import annotations

import pytest

from unfog.model import AnalysisRecord, Event
from unfog.pipeline import Pipeline

from .support import analyze


def _name(rec: AnalysisRecord, aid: str | None) -> str | None:
    return next((a.name for a in rec.actors if a.id == aid), None)


def _event(rec: AnalysisRecord, trigger: str) -> Event:
    found = [e for e in rec.events if trigger in e.trigger.text]
    return found[0] if found else next(e for e in rec.events if any(trigger in m.text for m in e.mentions))


OWNERS = [
    # (text, a word of the trigger, actor 1's name; None: no actor)
    # a means named with its state: the state's forces (ACLED's Military Forces of <Country>)
    ("Syrian warplanes bombed a market near the northern border.", "bombed", "Military Forces of Syria"),
    ("Kenyan tanks shelled the hills above the river on Monday.", "shelled", "Military Forces of Kenya"),
    # ... a possessor, a body compounded with it, an of-phrase: the owner
    ("The militia's rockets struck a school in Dessa.", "struck", "militia"),
    ("An army mortar hit the clinic in Brask.", "hit", "army"),
    ("Warplanes of the Velden air force bombed a depot near Lenning.", "bombed", "Velden air force"),
    # a make is no owner, and a means without an owner has no doer named
    ("A gunman with a Glock pistol shot two guards at the bank.", "shot", "gunman"),
    ("A shell hit a school in Brask on Tuesday.", "hit", None),
    # people located by a phrase of place are named by their own noun, not by the place
    ("Nurses at the Marrow General Hospital walked out on Monday.", "walked", "Nurses"),
    # a plural noun of people in the agent's place of an act's verb, outside the word lists
    ("Kagan fanatics burned the national flag outside the embassy.", "burned", "Kagan fanatics"),
    ("The Velden party was criticised by leading moderates on Sunday.", "criticised", "leading moderates"),
    # ... but not the subject of an intransitive use, which may be its theme (the causative alternation)
    ("The Velden council said the town's markets would close for a week.", "close", None),
    # a person's office
    ("The head of the Ostravan delegation vowed on Monday to push for a quick solution.", "vowed",
     "head of the Ostravan delegation"),
    # a passive relative clause: the noun it describes undergoes the act
    ("A Kagan trader who was refused a permit was deported on Friday.", "refused", None),
    ("Kaga is led by a governor whose aide was accused of fraud in 2019.", "accused", None),
    # a reaction to an act is another act: it takes no actors of the act it is about
    ("Soldiers of the Brenn army clashed with herders in the hills. The Brenn government's human rights "
     "office condemned the killings.", "condemned", None),
    # a bare surname after the full name is that person, whatever the tagger makes of it
    ("Velden's interior minister Joss Harlan ordered the arrests. Harlan later banned the rally.", "banned",
     "Joss Harlan"),
    ("Ostrava's foreign minister, Ilse Marten, condemned the decision on Monday. Marten later recalled the "
     "ambassador from Kaga.", "recalled", "Ilse Marten"),
]


@pytest.mark.parametrize(("text", "trigger", "actor1"), OWNERS)
def test_doers_outside_the_subject_lists(pipeline: Pipeline, text: str, trigger: str, actor1: str | None) -> None:
    rec = analyze(pipeline, text)
    ev = _event(rec, trigger)
    assert _name(rec, ev.actor1) == actor1, [(e.trigger.text, _name(rec, e.actor1)) for e in rec.events]
