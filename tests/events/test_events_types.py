"""Trigger typing: own sentences -> the ACLED sub-event type of the document's asserted events."""

from __future__ import annotations

from collections import Counter

import pytest
from spacy.language import Language

from unfog.events import EventStage
from unfog.model import Event

from .support import run


def label(events: list[Event]) -> str | None:
    subs = Counter(e.acled.sub_event_type for e in events if e.acled and e.modality == "asserted")
    return subs.most_common(1)[0][0] if subs else None


CASES = [
    ("Gunmen stormed a wedding party and killed nine guests.", "Attack"),
    ("Insurgents attacked an army checkpoint on the highway.", "Armed clash"),
    ("Government troops clashed with rebels outside the town.", "Armed clash"),
    ("Warplanes bombed a fuel depot near the coast.", "Air/drone strike"),
    ("A drone strike hit a convoy of trucks.", "Air/drone strike"),
    ("Artillery shelling damaged dozens of houses in the suburb.", "Shelling/artillery/missile attack"),
    ("The militia fired rockets at the airport.", "Shelling/artillery/missile attack"),
    ("A roadside bomb exploded under a police van.", "Remote explosive/landmine/IED"),
    ("A suicide bomber blew himself up at a checkpoint.", "Suicide bomb"),
    ("Unknown men threw a grenade into a crowded cafe.", "Grenade"),
    ("Witnesses said the village was struck with chlorine gas.", "Chemical weapon"),
    ("Soldiers raped two women in the camp.", "Sexual violence"),
    ("Armed men kidnapped a local priest on his way home.", "Abduction/forced disappearance"),
    ("Hundreds of teachers marched to parliament to demand higher pay.", "Peaceful protest"),
    ("Police fired tear gas to disperse the demonstrators.", "Protest with intervention"),
    ("Security forces opened fire on protesters, killing four.", "Excessive force against protesters"),
    ("Rioters torched cars and threw stones at shops during the protest.", "Violent demonstration"),
    ("An angry mob lynched a man accused of theft.", "Mob violence"),
    ("The two factions signed a ceasefire agreement.", "Agreement"),
    ("Police arrested twelve opposition activists.", "Arrests"),
    ("The parliament designated the movement a terrorist organization.", "Change to group/activity"),
    ("Soldiers defused an explosive device planted near the school.", "Disrupted weapons use"),
    ("The army set up a new military base in the valley.", "Headquarters or base established"),
    ("The militia opened a new headquarters in the valley.", "Headquarters or base established"),
    # a verb-object idiom is one word: "open fire" opens nothing (no base at what it is aimed at)
    ("Gunmen opened fire at a petrol station, killing three customers.", "Attack"),
    ("Looters ransacked the shops of the market.", "Looting/property destruction"),
    ("Rebels captured the town after the garrison fled.", "Non-state actor overtakes territory"),
    ("The army recaptured the town from the rebels.", "Government regains territory"),
    ("Peacekeepers withdrew from the border town and handed control to the police.",
     "Non-violent transfer of territory"),
]


@pytest.mark.parametrize(("text", "sub"), CASES)
def test_acled_type(nlp: Language, stage: EventStage, text: str, sub: str) -> None:
    assert label(run(nlp, stage, text)) == sub


@pytest.mark.parametrize(
    "text",
    [
        "A gas cylinder explosion at a factory killed three workers.",
        "The foreign ministers met in Vienna to discuss trade.",
        "Police arrested a man suspected of drug smuggling.",
        "The two countries agreed a new trade deal.",
    ],
)
def test_no_acled_event(nlp: Language, stage: EventStage, text: str) -> None:
    assert label(run(nlp, stage, text)) is None


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The ministers agreed to cooperate on border controls.", "AGREE"),
        ("The president threatened to cut off gas supplies.", "THREATEN"),
        ("The opposition accused the government of fraud.", "DISAPPROVE"),
        ("The council rejected the proposal.", "REJECT"),
        ("The union demanded the release of the detainees.", "DEMAND"),
    ],
)
def test_plover_type(nlp: Language, stage: EventStage, text: str, plover: str) -> None:
    evs = [e for e in run(nlp, stage, text) if e.modality == "asserted" and e.plover]
    assert evs and evs[0].plover is not None and evs[0].plover.event_type == plover


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Raiders infiltrated the village of Morrow before dawn.", "Armed clash"),
        ("Spies infiltrated the union for years.", None),
        ("The bullet penetrated the door.", None),
    ],
)
def test_incursion_needs_a_place(nlp: Language, stage: EventStage, text: str, sub: str | None) -> None:
    assert label(run(nlp, stage, text)) == sub


# ---- bombs typed by delivery; weapon nouns that are another trigger's instrument
BOMB_CASES = [
    ("Enemy jets dropped guided bombs on the rail depot.", "Air/drone strike"),
    ("A glide bomb struck a warehouse on the edge of Dorvale.", "Air/drone strike"),
    ("Helicopters hit the ridge with barrel bombs at dawn.", "Air/drone strike"),
    ("Bombs dropped from a drone wounded two farmers.", "Air/drone strike"),
    ("A bomb hidden in a parked car went off near the court.", "Remote explosive/landmine/IED"),
    ("Militants planted a bomb under the bridge.", "Remote explosive/landmine/IED"),
    ("A bomb exploded outside the tax office overnight.", "Remote explosive/landmine/IED"),
    ("The rebels detonated two bombs along the canal road.", "Remote explosive/landmine/IED"),
]


@pytest.mark.parametrize(("text", "sub"), BOMB_CASES)
def test_bomb_by_delivery(nlp: Language, stage: EventStage, text: str, sub: str) -> None:
    evs = [e for e in run(nlp, stage, text) if e.acled and e.modality == "asserted"]
    assert evs and all(e.acled is not None and e.acled.sub_event_type == sub for e in evs)


@pytest.mark.parametrize(
    "text",
    [
        "The envoy condemned the test of a nuclear bomb.",
        "The museum displays an old bomb from the first war.",
    ],
)
def test_bare_bomb_is_no_event(nlp: Language, stage: EventStage, text: str) -> None:
    assert not [e for e in run(nlp, stage, text) if e.trigger.text.lower().startswith("bomb")]


INSTRUMENT_CASES = [
    # (text, the one trigger, its sub-event type, weapons it must list)
    ("The army shelled Harrowgate with howitzers and glide bombs on Tuesday.", "shelled",
     "Shelling/artillery/missile attack", {"bomb"}),
    ("Enemy forces struck the depot with guided bombs.", "struck", "Air/drone strike", {"bomb"}),
    ("Insurgents attacked the checkpoint using grenades and rifles.", "attacked", "Armed clash", {"grenade", "rifle"}),
    ("Raiders attacked the farms using drones.", "attacked", "Air/drone strike", {"drone"}),
]


@pytest.mark.parametrize(("text", "trigger", "sub", "weapons"), INSTRUMENT_CASES)
def test_instrument_is_the_events_weapon(nlp: Language, stage: EventStage, text: str, trigger: str, sub: str,
                                         weapons: set[str]) -> None:
    evs = [e for e in run(nlp, stage, text) if e.acled]
    assert [e.trigger.text for e in evs] == [trigger]
    assert evs[0].acled is not None and evs[0].acled.sub_event_type == sub
    assert weapons <= set(evs[0].weapons)


def test_definite_mention_types_earlier_mentions(nlp: Language, stage: EventStage) -> None:
    text = ("Coordinated attacks were carried out in six districts on Friday. "
            "The attacks, mostly using mortars, wounded four guards.")
    subs = [e.acled.sub_event_type for e in run(nlp, stage, text) if e.acled and e.modality == "asserted"]
    assert subs and set(subs) == {"Shelling/artillery/missile attack"}


ADDITIVE_CASES = [
    # (text, the later trigger noun, the sub-event type it takes): a noun marked as one more of a
    # kind ("another", "more", "further") presupposes an earlier mention of that kind and takes the
    # type its context gave the earlier one
    ("Warplanes carried out strikes on the northern suburbs at dawn. Two more strikes hit the port "
     "in the afternoon, killing five people.", "strikes", "Air/drone strike"),
    ("Artillery shells hit the market on Monday. Another attack on Tuesday wounded three traders.",
     "attack", "Shelling/artillery/missile attack"),
    ("A roadside bomb attack killed two soldiers near the bridge. Further attacks were reported in the "
     "valley.", "attacks", "Remote explosive/landmine/IED"),
    # no earlier mention of the kind: the default stays (a bare military "strike" defaults to an
    # air strike, rules.yaml; a bare "attack" to an attack)
    ("Two more strikes hit the port in the afternoon, killing five people.", "strikes", "Air/drone strike"),
    ("Two more attacks hit the port in the afternoon, killing five people.", "attacks", "Attack"),
    # an unmarked later mention keeps its own context's type
    ("Warplanes carried out strikes on the northern suburbs at dawn. Gunmen later attacked a checkpoint "
     "on the road, killing two policemen.", "attacked", "Armed clash"),
]


@pytest.mark.parametrize(("text", "trigger", "sub"), ADDITIVE_CASES)
def test_additive_mention_takes_the_earlier_type(nlp: Language, stage: EventStage, text: str, trigger: str,
                                                 sub: str) -> None:
    evs = run(nlp, stage, text)
    later = [e for e in evs if e.trigger.text == trigger or trigger in [m.text for m in e.mentions]][-1]
    assert later.acled is not None and later.acled.sub_event_type == sub, [(e.trigger.text, e.acled) for e in evs]


# ---- taking ground: what is seized, captured or entered must be a location (ACLED codebook,
#      Non-state actor overtakes territory / Government regains territory); a place named only in a
#      phrase beside a thing seized is no territory taken
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Fighters of the Kaga front seized the town of Orlen at dawn.", "Non-state actor overtakes territory"),
        ("The militia seized two of the villages on the ridge.", "Non-state actor overtakes territory"),
        ("Velden fighters seized control of two districts after a week.", "Non-state actor overtakes territory"),
        ("The capture of the airport by the rebels ended the siege.", "Non-state actor overtakes territory"),
        ("Insurgents entered the village of Velden overnight.", "Non-state actor overtakes territory"),
        ("Police in Port Velden seized two cars and a sack of cash.", None),
        ("The rebels seized three grain trucks near Orlen.", None),
        ("The two parties entered negotiations in Port Velden.", None),
        ("The customs agency took over the investigation in Orlen.", None),
    ],
)
def test_territory_taken_is_ground(nlp: Language, stage: EventStage, text: str, sub: str | None) -> None:
    assert label(run(nlp, stage, text)) == sub
