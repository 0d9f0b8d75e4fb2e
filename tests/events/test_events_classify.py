"""Document-level classification and actor resolution (own sentences): PLOVER types of whole
synonym families, commitments (promises and threats), who takes territory, description actors."""

from __future__ import annotations

from collections import Counter

import pytest
from spacy.language import Language

from unfog.events import EventStage
from unfog.events.agents import load_actor_types
from unfog.events.classify import territory_by_actor
from unfog.events.draft import Draft
from unfog.events.ontology import load_lexicon
from unfog.model import AcledType, Actor, ActorMention, Event, Place, PlaceMention, TextRef

from .support import context, merged_actors


def run(nlp: Language, stage: EventStage, text: str,
        actors: list[Actor] | None = None) -> tuple[list[Event], list[Actor]]:
    """The events of a text and the document's actors after the stage (the given ones and those it found)."""
    given = list(actors or [])
    out = stage.run(context(nlp, text, actors=given))
    return out.events, merged_actors(given, out)


def plover_label(events: list[Event]) -> str | None:
    kinds = Counter(e.plover.event_type for e in events if e.plover and e.modality == "asserted")
    return kinds.most_common(1)[0][0] if kinds else None


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # whole families: giving aid is the verb when aid is given
        ("The World Bank gave the province a loan of forty million dollars.", "AID"),
        ("Japan provided tents and medicine to the flood victims.", "AID"),
        # troops moved: the verb, not the noun for the troops
        ("Extra troops were sent to the northern border on Friday.", "MOBILIZE"),
        ("The ministry deployed two brigades along the frontier.", "MOBILIZE"),
        # releases are retreats (PLOVER modes release / return)
        ("The militia released twelve hostages after talks collapsed.", "RETREAT"),
        # blocking roads by people who are not the state is a protest
        ("Striking farmers blocked the motorway with tractors for six hours.", "PROTEST"),
        # accepting demands is a concession
        ("The cabinet accepted the demands of the teachers' union.", "CONCEDE"),
        ("The governor relaxed the nightly curfew in the capital.", "CONCEDE"),
        ("The court opened a hearing into the deaths of two prisoners.", "INVESTIGATE"),
        ("The two navies began a joint exercise in the gulf.", "COOPERATE"),
        ("The mayor violated the court's ban on public gatherings.", "REJECT"),
    ],
)
def test_plover_type(nlp: Language, stage: EventStage, text: str, plover: str) -> None:
    assert plover_label(run(nlp, stage, text)[0]) == plover


@pytest.mark.parametrize(
    ("text", "plover", "trigger"),
    [
        ("The rebel leaders said they would boycott the elections.", "THREATEN", "said"),
        ("The union announced it would block the port next week.", "THREATEN", "announced"),
        ("Norway will give the agency a grant of ten million dollars.", "AGREE", "will give"),
        ("The president said he is prepared to lift the ban on the party.", "AGREE", "said"),
    ],
)
def test_commitment(nlp: Language, stage: EventStage, text: str, plover: str, trigger: str) -> None:
    events, _ = run(nlp, stage, text)
    assert plover_label(events) == plover
    made = [e for e in events if e.plover and e.plover.event_type == plover and e.modality == "asserted"]
    assert made[0].trigger.text == trigger
    assert [e.id for e in events] == [f"e{i}" for i in range(1, len(events) + 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Norway will send aid to the refugees, the ministry said.",
        "The ministry said Norway will send aid to the refugees.",
        "Norway will send aid to the refugees.",
    ],
)
def test_statement_leads_its_act(nlp: Language, stage: EventStage, text: str) -> None:
    # the promise, which took place, stands before the act it announces wherever the reporting
    # verb is, so that a tie in the document's label (ties go to the earliest event) goes to it
    events, _ = run(nlp, stage, text)
    kinds = [e.plover.event_type if e.plover else None for e in events]
    assert kinds[:2] == ["AGREE", "AID"], kinds
    assert [e.id for e in events] == [f"e{i}" for i in range(1, len(events) + 1)]


def test_no_commitment_under_a_condition(nlp: Language, stage: EventStage) -> None:
    # the act under "if" is the condition, not what is promised or threatened
    events, _ = run(nlp, stage, "The envoy said talks could resume if the rebels attacked no more convoys.")
    assert not any(e.plover and e.plover.event_type == "THREATEN" for e in events)


RU = Actor(id="a1", name="Armed Forces of Russia", aliases=["Russian forces", "Russian army"], type="state_forces",
           country="RU", mentions=[ActorMention(span=(0, 0), text="", kind="name")])


@pytest.mark.parametrize(
    ("text", "actors", "name"),
    [
        # a nationality adjective stands for the document's actor whose aliases begin with it
        ("A Russian missile strike hit a school in the city.", [RU], "Armed Forces of Russia"),
        # a description no actor mention covers becomes an actor of its own
        ("A group of Moroccan diplomats held talks with the minister.", [], "Moroccan diplomats"),
        ("Angry paper workers blocked the bridge for three hours.", [], "Angry paper workers"),
        ("Britain mobilized army reservists on Tuesday.", [], "Britain"),
    ],
)
def test_actor1(nlp: Language, stage: EventStage, text: str, actors: list[Actor], name: str) -> None:
    events, acts = run(nlp, stage, text, actors)
    names = {a.id: a.name for a in acts}
    assert any(e.actor1 and names[e.actor1].endswith(name) for e in events), [
        (e.trigger.text, e.actor1) for e in events]


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        # an event after or before the verb's act is another event: not the subject's act
        ("Police arrived after the blast.", "blast", None),
        ("Firefighters arrived at the market before the explosion.", "explosion", None),
        ("Troops entered the village following the ambush.", "ambush", None),
        # a noun in the verb's other prepositional phrases is the subject's act
        ("Rebels took part in the attack on the base.", "attack", "Rebels"),
        # a noun of forces moving takes the forces of its of-phrase; a noun of violence does not
        ("The withdrawal of the rebel fighters began on Monday.", "withdrawal", "rebel fighters"),
        ("The killing of three soldiers angered the public.", "killing", None),
    ],
)
def test_actor1_of_a_noun_in_a_phrase(nlp: Language, stage: EventStage, text: str, trigger: str,
                                      actor: str | None) -> None:
    events, acts = run(nlp, stage, text)
    names = {a.id: a.name for a in acts}
    ev = next(e for e in events if e.trigger.text == trigger)
    assert (names[ev.actor1] if ev.actor1 else None) == actor


def test_actor1_not_a_number_or_pronoun(nlp: Language, stage: EventStage) -> None:
    events, acts = run(nlp, stage, "Three were arrested after they attacked the post.")
    assert acts == [] and all(e.actor1 is None for e in events)


def _place(pid: str, cc: str) -> Place:
    return Place(id=pid, name=pid, mentions=[PlaceMention(span=(0, 1), text=pid)], country_code=cc)


@pytest.mark.parametrize(
    ("actor_type", "actor_cc", "place_cc", "want"),
    [
        ("state_forces", "RU", "UA", "Armed clash"),  # a state's forces in another country: interstate war
        ("state_forces", "UA", "UA", "Government regains territory"),
        ("government", "SY", None, "Government regains territory"),
        ("armed_group", "RU", "RU", "Non-state actor overtakes territory"),
        ("person", None, "UA", "Non-state actor overtakes territory"),  # unknown kind: the rules' guess stays
    ],
)
def test_territory_by_actor(nlp: Language, actor_type: str, actor_cc: str | None, place_cc: str | None,
                            want: str) -> None:
    lex = load_lexicon()
    actor = Actor(id="a1", name="x", type=actor_type, country=actor_cc)
    places = [_place("p1", place_cc)] if place_cc else []
    ev = Draft(trigger=TextRef(text="captured", span=(0, 8)), tokens=nlp("captured")[0:1], actor1="a1",
               place="p1" if places else None,
               acled=AcledType(event_type="Battles", sub_event_type="Non-state actor overtakes territory"))
    territory_by_actor([ev], [actor], places, lex, load_actor_types())
    assert ev.acled is not None and ev.acled.sub_event_type == want


@pytest.mark.parametrize(
    ("actor_type", "state", "armed"),
    [
        ("state_forces", True, True),
        ("security_forces", True, True),
        ("government", True, False),
        ("armed_group", False, True),
        ("media", False, False),
    ],
)
def test_actor_type_groups(actor_type: str, state: bool, armed: bool) -> None:
    """The actor-type groupings are defined once (data/events/agents.yaml) for agents and classify."""
    types = load_actor_types()
    assert (actor_type in types.state, actor_type in types.armed) == (state, armed)
    assert "delegation" in types.quantity_heads
