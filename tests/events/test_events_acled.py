"""ACLED typing that needs the protest situation, who lost ground, shared objects, instruments and
the whole document (own sentences -> the document's ACLED sub-event type, as the scorer counts:
the commonest among asserted events, ties to the earliest)."""

from __future__ import annotations

from collections import Counter

import pytest
from spacy.language import Language

from unfog.events import EventStage
from unfog.model import Document, Event
from unfog.pipeline import Pipeline

from .support import run


def label(nlp: Language, stage: EventStage, text: str) -> str | None:
    events: list[Event] = run(nlp, stage, text)
    subs = Counter(e.acled.sub_event_type for e in events if e.acled and e.modality == "asserted")
    return subs.most_common(1)[0][0] if subs else None


CASES = [
    # protests: what the protest is about says nothing of what happened at it
    ("Residents took to the streets of the capital to decry the arrests of two journalists.", "Peaceful protest"),
    ("Hundreds of students marched against police brutality in the old town.", "Peaceful protest"),
    ("Police fired tear gas to disperse the march near the parliament.", "Protest with intervention"),
    ("Riot police arrested forty protesters at the rally.", "Protest with intervention"),
    # protesters acting violently make a riot, whatever the police did
    ("Several protesters were injured when the rally descended into clashes with police.", "Violent demonstration"),
    ("Protesters hurled stones at the police, who responded with tear gas.", "Violent demonstration"),
    ("Clashes between demonstrators and police broke out in the port city.", "Violent demonstration"),
    ("Violent protests swept the southern provinces overnight.", "Violent demonstration"),
    # protesters who kill or wound engage in violence: a riot, whoever the victims; protesters
    # killed by the police are not ("by" names the agent of the passive)
    ("Two wardens were killed by demonstrators outside the court in Port Velden.", "Violent demonstration"),
    ("Marchers stabbed a constable near the Kaga town hall on Sunday.", "Violent demonstration"),
    # force against peaceful protesters: excessive force, for all mentions of the one protest
    ("Security forces shot dead three non-violent protesters during the march.", "Excessive force against protesters"),
    ("Soldiers opened fire on demonstrators in the main square.", "Excessive force against protesters"),
    ("The regime brutally suppressed the protest, detaining and arresting hundreds of people.",
     "Excessive force against protesters"),
    ("Police dispersed the crowd with batons and rubber bullets, injuring twelve people.",
     "Excessive force against protesters"),
    # territory: who lost it; ground changing hands without a fight
    ("The militants were driven out of the town by the army.", "Government regains territory"),
    ("The rebels took control of the town after government troops withdrew from it.",
     "Non-violent transfer of territory"),
    ("The militia entered the city without any resistance.", "Non-violent transfer of territory"),
    ("The rebels took control of the town following the withdrawal of the army.",
     "Non-violent transfer of territory"),
    ("The coalition withdrew from the airbase and handed control of it to the national army.",
     "Non-violent transfer of territory"),
    # forces leaving or moving, groups forming: change to group/activity
    ("Foreign troops withdrew from the northern base on Monday.", "Change to group/activity"),
    ("The army moved two brigades to the eastern border.", "Change to group/activity"),
    ("Several militias merged to form a new armed group.", "Change to group/activity"),
    # releases, surrenders and prisoner exchanges are agreements
    ("The government released fifty rebel fighters in exchange for nine soldiers.", "Agreement"),
    ("Twenty insurgents surrendered to the army in the hills.", "Agreement"),
    ("The two sides completed an exchange of prisoners at the border crossing.", "Agreement"),
    ("The settlers settled twelve families in the abandoned village.", None),
    # an outcome verb whose subject names the means is the act itself, beside another act word
    # (the instrument as subject); where an agent is its subject, the other act word types it
    ("An army bomb killed nine members of a Kaga militia on Monday, in what its chief called revenge for the "
     "killing of his son.", "Remote explosive/landmine/IED"),
    ("A suicide bomb killed twelve people at a market in Port Velden a day after the raid.", "Suicide bomb"),
    # ... not a relative clause on an act a claim of responsibility is about (events/episodes.py)
    ("The Kaga front took responsibility for the car bomb that killed twelve people at a market in "
     "Port Velden.", None),
    ("Mortar shells killed four herders on Tuesday near Port Velden, a week after a raid on their Kaga depot.",
     "Shelling/artillery/missile attack"),
    ("A drone struck the Kaga depot at dawn and killed four guards during the raid.", "Air/drone strike"),
    ("Kaga gunmen killed four herders on Tuesday near Port Velden during a raid on the depot.", "Attack"),
    # the act of murder is no context of common crime (drugs, theft, charges are)
    ("A masked gunman abducted and murdered three traders near Port Velden.", "Abduction/forced disappearance"),
    ("Two men were murdered by drug traffickers in Port Velden.", None),
    # weapons: what was seized decides, not where
    ("Police seized nine rifles and a box of ammunition across the province.", "Disrupted weapons use"),
    ("Engineers cleared hundreds of landmines from the farmland.", "Disrupted weapons use"),
    # an aircraft or drone that destroys is the strike's means; one that is downed is a weapon stopped
    ("A Kaga army drone destroyed two fuel depots outside Port Velden.", "Air/drone strike"),
    ("Air defences downed a drone over the Kaga airfield on Tuesday.", "Disrupted weapons use"),
    ("The army created a new base near the airport.", "Headquarters or base established"),
    # conjoined verbs share their object: soldiers killed and wounded fighters = a battle
    ("The army killed and wounded dozens of militants near the river.", "Armed clash"),
    # a weapon naming an act's means is no event of its own
    ("Troops recaptured two villages near the town that saw a chemical weapons attack in 2017.",
     "Government regains territory"),
    # water cannon are no artillery
    ("Police fired water cannon at protesters gathered outside the ministry.", "Protest with intervention"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_acled_label(nlp: Language, stage: EventStage, text: str, expected: str | None) -> None:
    assert label(nlp, stage, text) == expected



#: a generic attack told beside a specific act of its scene names that act (the whole pipeline:
#: the scene is read from the places); the agent of a passive is no victim, so gunmen who shoot a
#: cameraman make no battle (every typed event of the text)
ONE_ACT = [
    ("Warplanes struck the market in Port Velden on Monday. The attack killed nine people, residents said.",
     "Air/drone strike"),
    ("A cameraman was shot by two gunmen on a motorbike and badly injured outside Port Velden.", "Attack"),
]


@pytest.mark.parametrize(("text", "expected"), ONE_ACT)
def test_one_act(pipeline: Pipeline, text: str, expected: str) -> None:
    events = pipeline.analyze(Document(id="t", text=text, published="2024-03-13")).events
    assert {e.acled.sub_event_type for e in events if e.acled} == {expected}
