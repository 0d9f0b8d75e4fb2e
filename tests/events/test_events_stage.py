"""The stage contract (unfog.stage) as the events stage keeps it: it changes nothing it was given,
returns the description actors and mentions it found, and numbers its events e1..en once."""

from __future__ import annotations

import copy
import re

from spacy.language import Language

from unfog.context import DocContext
from unfog.events import EventOutput, EventStage
from unfog.model import Actor, ActorMention, Claim, Place, PlaceMention, TextRef

from .support import context

TEXT = ("Rebel fighters shelled the town of Dorvik on Monday, killing three soldiers. Later, rebel fighters "
        "attacked the airport. A group of Moroccan diplomats met the governor, who said he would send aid.")


def _given(text: str) -> tuple[list[Place], list[Actor], list[Claim]]:
    s = text.index("Dorvik")
    places = [Place(id="p1", name="Dorvik", precision=1, country_code="UA", admin1="Kharkiv", feature_code="PPL",
                    mentions=[PlaceMention(span=(s, s + 6), text="Dorvik")])]
    s = text.index("Rebel fighters")
    actors = [Actor(id="a4", name="Rebel fighters", type="armed_group",
                    mentions=[ActorMention(span=(s, s + 14), text="Rebel fighters")]),
              Actor(id="a2", name="the governor", mentions=[])]
    c = text.index("he would")
    claims = [Claim(id="c1", cue=TextRef(text="said", span=(c - 5, c - 1)),
                    content=TextRef(text=text[c:-1], span=(c, len(text) - 1)))]
    return places, actors, claims


def _run(nlp: Language, stage: EventStage) -> tuple[DocContext, EventOutput]:
    places, actors, claims = _given(TEXT)
    ctx = context(nlp, TEXT, places=places, actors=actors, claims=claims, times=True)
    return ctx, stage.run(ctx)


def test_the_stage_changes_nothing_it_was_given(nlp: Language, stage: EventStage) -> None:
    places, actors, claims = _given(TEXT)
    ctx = context(nlp, TEXT, places=places, actors=actors, claims=claims, times=True)
    assert ctx.times, "the text needs a time expression for this test"
    records = (ctx.doc, *ctx.places, *ctx.actors, *ctx.claims, *ctx.times)
    before = [copy.deepcopy(r.model_dump()) for r in records]
    held = (ctx.places, ctx.actors, ctx.claims, ctx.times)
    knowledge = copy.deepcopy(stage.knowledge)
    out = stage.run(ctx)
    # the stage found a description actor and a description mention of a given actor, and kept both to itself
    assert out.actors and out.mentions
    assert [r.model_dump() for r in records] == before
    assert (ctx.places, ctx.actors, ctx.claims, ctx.times) == held
    assert all(a is b for a, b in zip(ctx.actors, actors, strict=True))
    assert stage.knowledge == knowledge
    # a second run gives the same answer
    again = stage.run(ctx)
    assert [e.model_dump() for e in again.events] == [e.model_dump() for e in out.events]
    assert [a.model_dump() for a in again.actors] == [a.model_dump() for a in out.actors]


def test_description_actors_come_back_with_fresh_ids(nlp: Language, stage: EventStage) -> None:
    ctx, out = _run(nlp, stage)
    # ids continue after the largest a{n} of the given actors (a4), not after their count
    assert [(a.id, a.name, [m.kind for m in a.mentions]) for a in out.actors] == [
        ("a5", "group of Moroccan diplomats", ["description"])]
    met = next(e for e in out.events if e.trigger.text == "met")
    assert met.actor1 == "a5"
    # a description naming a given actor is a mention of that actor, returned apart
    s = TEXT.index("rebel fighters")
    g = TEXT.index("governor")  # "the governor, who said ...": the relative pronoun's noun, the given "the governor"
    assert {k: [(m.span, m.kind) for m in v] for k, v in out.mentions.items()} == {
        "a4": [((s, s + 14), "description")], "a2": [((g, g + 8), "description")]}
    attacked = next(e for e in out.events if e.trigger.text == "attacked")
    assert attacked.actor1 == "a4"
    given = {a.id for a in ctx.actors}
    assert not given & {a.id for a in out.actors}


def test_no_description_actor_without_actors_given(nlp: Language, stage: EventStage) -> None:
    out = stage.run(context(nlp, "A group of Moroccan diplomats met in Rabat."))
    assert [(a.id, a.name) for a in out.actors] == [("a1", "group of Moroccan diplomats")]
    assert out.mentions == {}
    assert out.events[0].actor1 == "a1"


def test_event_ids_are_e1_to_en_in_order(nlp: Language, stage: EventStage) -> None:
    # commitments inserted by the classifier, a PLOVER act added, a coreferent mention merged: the
    # ids are given once, at the end, in the output order
    text = ("Russian troops captured Marinka on Monday. The ministry said Russian troops had completely captured "
            "the town of Marinka. The president offered to mediate, and said the army would withdraw.")
    places = [Place(id="p1", name="Marinka", precision=1, country_code="UA", admin1="Donetsk", feature_code="PPL",
                    mentions=[PlaceMention(span=(m.start(), m.end()), text="Marinka")
                              for m in re.finditer("Marinka", text)])]
    out = stage.run(context(nlp, text, places=places, times=True))
    ids = [e.id for e in out.events]
    assert ids == [f"e{i}" for i in range(1, len(ids) + 1)], ids
    assert len(out.events) >= 3
    captured = [e for e in out.events if e.trigger.text == "captured"]
    assert len(captured) == 1 and [m.text for m in captured[0].mentions] == ["captured"]
    _, out2 = _run(nlp, stage)
    assert [e.id for e in out2.events] == [f"e{i}" for i in range(1, len(out2.events) + 1)]


def test_a_trigger_is_the_words_of_its_phrase(nlp: Language, stage: EventStage) -> None:
    _, out = _run(nlp, stage)
    for e in out.events:
        s, end = e.trigger.span
        assert TEXT[s:end] == e.trigger.text
