"""Event arguments: casualties, actors, place, date and claims, with hand-built records of the
other stages (own sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.events import EventStage
from unfog.model import Actor, ActorMention, Claim, Event, Place, PlaceMention, TextRef

from .support import context


def run(nlp: Language, stage: EventStage, text: str, places: list[Place] | None = None,
        actors: list[Actor] | None = None, claims: list[Claim] | None = None) -> list[Event]:
    return stage.run(context(nlp, text, places=places or (), actors=actors or (), claims=claims or (),
                             times=True)).events


def place(pid: str, text: str, name: str, precision: int, literal: bool = True) -> Place:
    s = text.index(name)
    return Place(id=pid, name=name, precision=precision, literal=literal,
                 mentions=[PlaceMention(span=(s, s + len(name)), text=name, literal=literal)])


def actor(aid: str, text: str, name: str) -> Actor:
    s = text.index(name)
    return Actor(id=aid, name=name, mentions=[ActorMention(span=(s, s + len(name)), text=name)])


@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        ("Militants attacked a bus, killing at least 14 passengers.", 14, None),
        ("Officials said that five people were injured in the blast.", None, 5),
        ("Shelling of the market killed dozens of civilians.", 12, None),
        ("Gunmen raided the village; several villagers were wounded.", None, 3),
        ("A car bomb killed three soldiers and wounded eleven others.", 3, 11),
        ("Airstrikes killed hundreds of people in the district.", 100, None),
    ],
)
def test_casualties(nlp: Language, stage: EventStage, text: str, fatalities: int | None,
                    injured: int | None) -> None:
    evs = run(nlp, stage, text)
    assert any(e.fatalities == fatalities and e.injured == injured for e in evs), \
        [(e.trigger.text, e.fatalities, e.injured) for e in evs]


def test_place_prefers_the_attached_town(nlp: Language, stage: EventStage) -> None:
    text = "Rebels shelled the town of Dorvik in the Halmar region on Monday."
    places = [place("p1", text, "Dorvik", 1), place("p2", text, "Halmar", 3)]
    ev = next(e for e in run(nlp, stage, text, places) if e.trigger.text == "shelled")
    assert (ev.place, ev.place_reason) == ("p1", "argument")
    assert (ev.date, ev.date_precision) == ("2024-03-11", "day")
    assert ev.time is not None and ev.time.text == "on Monday"


def test_metonymic_place_is_not_the_location(nlp: Language, stage: EventStage) -> None:
    text = "Moscow said its jets bombed a bridge near Tarvel."
    places = [place("p1", text, "Moscow", 1, literal=False), place("p2", text, "Tarvel", 1)]
    ev = next(e for e in run(nlp, stage, text, places) if e.trigger.text == "bombed")
    assert ev.place == "p2"


def test_actors_and_associates(nlp: Language, stage: EventStage) -> None:
    text = "The Northern Brigade attacked the Coastal Militia alongside the Hill Volunteers."
    actors = [actor("a1", text, "Northern Brigade"), actor("a2", text, "Coastal Militia"),
              actor("a3", text, "Hill Volunteers")]
    ev = next(e for e in run(nlp, stage, text, actors=actors) if e.trigger.text == "attacked")
    assert (ev.actor1, ev.actor2, ev.associated_actors) == ("a1", "a2", ["a3"])


def test_no_actor_record_makes_a_description_actor(nlp: Language, stage: EventStage) -> None:
    # the actors stage named nobody: the subject phrase becomes an actor of kind "description"
    out = stage.run(context(nlp, "Unidentified gunmen attacked a checkpoint."))
    ev = out.events[0]
    assert [(a.id, a.name, a.mentions[0].kind) for a in out.actors] == [("a1", "Unidentified gunmen", "description")]
    assert ev.actor1 == "a1"


def test_event_in_claim_is_asserted_and_linked(nlp: Language, stage: EventStage) -> None:
    text = "The governor said that drones struck an oil depot overnight."
    s = text.index("drones")
    claim = Claim(id="c1", cue=TextRef(text="said", span=(13, 17)),
                  content=TextRef(text=text[s:-1], span=(s, len(text) - 1)))
    ev = next(e for e in run(nlp, stage, text, claims=[claim]) if "struck" in e.trigger.text)
    assert ev.claims == ["c1"]
    assert ev.modality == "asserted"
    assert ev.date == "2024-03-12"


def test_publication_date_fallback(nlp: Language, stage: EventStage) -> None:
    ev = run(nlp, stage, "Rebels captured the airport.")[0]
    assert (ev.date, ev.date_precision, ev.time) == ("2024-03-13", "day", None)


AGENT_NOUNS = [
    # (text, the description actor of the event's actor 1): a plural noun with an ending of agent
    # nouns (agents.yaml agent_suffixes) in the subject or the passive agent names the doers
    ("Landowners blocked the coast road near the harbour on Monday.", "Landowners"),
    ("Observers reported that herders attacked a village near Jos.", "herders"),
    ("Islamist fundamentalists occupied the court gates in a sit-in.", "Islamist fundamentalists"),
    ("A camp for displaced families was attacked by militiamen armed with spears.", "militiamen"),
    ("Armed herders attacked two villages near Jos.", "Armed herders"),
]


@pytest.mark.parametrize(("text", "name"), AGENT_NOUNS)
def test_agent_nouns_make_description_actors(nlp: Language, stage: EventStage, text: str, name: str) -> None:
    out = stage.run(context(nlp, text, times=True))
    names = {a.id: a.name for a in out.actors}
    assert [names.get(e.actor1 or "") for e in out.events if e.plover is not None][:1] == [name], out.events


def test_a_singular_or_short_noun_is_no_agent_noun(nlp: Language, stage: EventStage) -> None:
    # only plural nouns of more than five letters: "The borders were closed" names no doer
    out = stage.run(context(nlp, "Numbers rose as the borders were closed on Monday.", times=True))
    assert out.actors == [], out.actors


def test_the_subject_of_a_reporting_verb_is_no_doer(nlp: Language, stage: EventStage) -> None:
    # "report" takes an act noun as a light verb, but its subject is a source (agents.yaml agent_suffixes)
    out = stage.run(context(nlp, "Observers reported a bombing campaign in the valley.", times=True))
    assert [e.actor1 for e in out.events if e.acled is not None] == [None], out.events
