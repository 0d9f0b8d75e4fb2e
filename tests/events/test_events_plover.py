"""PLOVER acts of argument structure (events/plover.py), resignations, returns and access
(triggers.yaml / rules.yaml), with own sentences: the document's label is the commonest PLOVER type
among its asserted events, ties to the earliest, as the scorer counts it."""

from __future__ import annotations

from collections import Counter

import pytest
from spacy.language import Language

from unfog.events import EventStage
from unfog.model import Event

from .support import context


def run(nlp: Language, stage: EventStage, text: str) -> list[Event]:
    return stage.run(context(nlp, text, times=True)).events


def label(events: list[Event]) -> str:
    occ = [e.plover.event_type for e in events if e.modality == "asserted" and e.plover and e.plover.event_type]
    if not occ:
        return "NONE"
    counts = Counter(occ)
    return max(counts, key=lambda k: (counts[k], -occ.index(k)))


CASES = [
    # breaking an agreement or a rule is a REJECT; breaking a truce is force (CAMEO 196, FIGHT), and
    # the truce broken is no agreement made; breaching a defensive line is no statement
    ("The rebels violated the ceasefire on Sunday.", "FIGHT"),
    ("Militiamen breached the truce by shelling the northern suburbs.", "FIGHT"),
    ("The council repudiated the accord signed by the former junta.", "REJECT"),
    ("The rebels rejected the peace deal signed by the exiled leaders.", "REJECT"),
    ("The government breached the peace accord, the observers said.", "REJECT"),
    ("Russian tanks breached the defensive lines north of the town.", "NONE"),
    # promises: the offer or pledge is the act (AGREE); an act of force makes it a threat
    ("Norway offered to mediate between the two parties.", "AGREE"),
    ("The cabinet pledged to cooperate with the inquiry.", "AGREE"),
    ("The minister proposed a meeting of the two delegations.", "AGREE"),
    ("Egypt invited the prime minister to visit Cairo.", "AGREE"),
    ("The militia pledged to fight until the last man.", "THREATEN"),
    # directives and deontic statements are demands
    ("The president told the army to leave the capital.", "DEMAND"),
    ("Washington wants Pyongyang to halt its missile tests.", "DEMAND"),
    ("The ministers said the occupying power must withdraw its troops.", "DEMAND"),
    ("The conference concluded that wealthy states should fund the clean-up.", "DEMAND"),
    ("The spokesman said it must defend itself.", "NONE"),
    # attempts of force happened
    ("The gang attempted to assassinate the mayor on Monday.", "ASSAULT"),
    # RETREAT: resignations, returning property, admitting observers, lifting a siege
    ("The defence minister resigned on Friday.", "RETREAT"),
    ("The governor stepped down after the vote.", "RETREAT"),
    ("The navy returned the seized fishing boats to their owners.", "RETREAT"),
    ("The government allowed international observers into the region.", "RETREAT"),
    ("The army lifted the siege of the port.", "RETREAT"),
    ("The government lifted the curfew in the capital.", "CONCEDE"),
    # a participle describing the object of an act is no act of its own
    ("The governor on Monday shortened by two hours the nightly curfew imposed in the province.", "CONCEDE"),
    # signing an agreement is SUPPORT; a promise to sign stays AGREE
    ("Kenya signed a defence agreement with Uganda.", "SUPPORT"),
    ("The assembly ratified the treaty on Tuesday.", "SUPPORT"),
    ("Both sides will sign the treaty next week.", "AGREE"),
    # an embedded act under an offer or a rejection did not happen
    ("The council rejected an offer to host the summit.", "REJECT"),
    ("The two sides agreed to withdraw their forces by June.", "AGREE"),
    # accusations: the charge is the act, not what is alleged
    ("The watchdog accused the police of torturing detainees.", "DISAPPROVE"),
    # people sent to do something are that act; troops sent to fight stay a mobilisation
    ("The African Union has sent 40 military personnel to Darfur to investigate the reports.", "INVESTIGATE"),
    ("Kenya dispatched troops to the coast to assist the flood victims.", "AID"),
    ("The army deployed two brigades to the border to fight the rebels.", "MOBILIZE"),
    # sending peacekeepers is a third party's military help
    ("The deployment of UN peacekeeping troops to the border began on Monday.", "AID"),
    ("Two hundred peacekeepers were deployed in the north of the country.", "AID"),
    # a preparation for force that no one states is a mobilisation; a stated readiness a threat
    ("The rebel army prepared to storm the capital as talks collapsed.", "MOBILIZE"),
    ("The militia commander said his men were ready to fight.", "THREATEN"),
    # a promise to pull back is an AGREE; to pull out what helps the other side a threat
    ("Russia said it would withdraw its troops from the border by Friday.", "AGREE"),
    ("Ghana said it would withdraw its peacekeepers from the mission next year.", "THREATEN"),
    # a hostile act one says one may take is a veiled threat; a cooperative one told as possible
    # is no promise
    ("The Kaga cabinet said it could close the border crossings at Velden.", "THREATEN"),
    ("Velden might expel the envoys of Kaga, its foreign minister said.", "THREATEN"),
    ("The minister said the republic could help the flood victims in Velden.", "NONE"),
    # a cooperative act said never to be done is a refusal
    ("The minister said the country would never recognise the breakaway region.", "REJECT"),
    ("The government turned down the request for asylum.", "REJECT"),
    # a demand verb that asks nothing of anyone is no demand; an ordered inquiry is the inquiry
    ("Rebels pressed on with their advance toward the capital.", "NONE"),
    ("The opposition pressed for early elections.", "DEMAND"),
    ("The president ordered an inquiry into the riots.", "INVESTIGATE"),
    # a pledge or offer of aid is a promise; aid given is aid
    ("China pledged 10 million dollars in aid to the flood victims.", "AGREE"),
    ("Japan offered a package of aid to the region.", "AGREE"),
    ("Germany provided 5 million euros in aid to the refugees.", "AID"),
    # an aspectual verb passes the auxiliary to the act it governs
    ("The premier said his government would continue to support the peace process.", "AGREE"),
    # an event noun naming a kind of people is no act; before a noun of undertaking it is one
    ("The rebels kidnapped three aid workers.", "ASSAULT"),
    ("Norway launched a mediation effort between the two sides.", "CONSULT"),
    # giving back is said of what is given back, not of who returns
    ("Russia returned 20 Ukrainian soldiers on Friday.", "RETREAT"),
    ("The soldiers returned to their base on Monday.", "NONE"),
    ("The soldiers returned fire when the convoy was ambushed.", "FIGHT"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_document_label(nlp: Language, stage: EventStage, text: str, expected: str) -> None:
    evs = run(nlp, stage, text)
    assert label(evs) == expected, [(e.trigger.text, e.plover, e.modality) for e in evs]


def test_promise_actor_and_ids(nlp: Language, stage: EventStage) -> None:
    evs = run(nlp, stage, "The rebels offered to release the hostages.")
    offer = next(e for e in evs if e.trigger.text == "offered")
    assert offer.plover is not None and offer.plover.event_type == "AGREE"
    assert offer.actor1 is not None and offer.modality == "asserted"
    release = next(e for e in evs if e.trigger.text == "release")
    assert release.modality == "future"
    assert [e.id for e in evs] == [f"e{i}" for i in range(1, len(evs) + 1)]


def test_light_verb_object_actor(nlp: Language, stage: EventStage) -> None:
    evs = run(nlp, stage, "French and Italian warships launched ten days of naval exercises on Monday.")
    ev = next(e for e in evs if e.plover and e.plover.event_type == "COOPERATE")
    assert ev.actor1 is not None


@pytest.mark.parametrize(("text", "trigger", "date"), [
    # the year belongs to the noun it is attached to, not to the trigger
    ("Rebels, who have held the town since the uprising in 2014, shelled the bridge.", "shelled", "2024-03-13"),
    ("Rebels shelled the bridge on Monday.", "shelled", "2024-03-11"),
])
def test_date_not_borrowed(nlp: Language, stage: EventStage, text: str, trigger: str, date: str) -> None:
    ev = next(e for e in run(nlp, stage, text) if e.trigger.text.startswith(trigger))
    assert ev.date == date
