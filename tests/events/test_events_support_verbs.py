"""Acts named as arguments of other verbs, through the whole pipeline (own sentences).

- Support and aspectual verbs over an act noun ("stepped up its raids", "pressed its assault",
  "intensified the bombardment") take their event from their object (Jespersen's light verbs;
  Grimshaw & Mester 1988, argument transfer): the act noun is the event, the verb's subject its
  actor 1 (a possessive pronoun on the noun is bound by that subject), and the verb has no type of
  its own; its own CAMEO sense is read only when its object is no act ("pressed the government for
  higher wages" is a demand).
- Verb senses by their object's class: "neutralised", "eliminated", "liquidated" with people or an
  armed group as the object are killings (CAMEO 18/19; ACLED armed clash or attack by the
  participants); with a device or an arrangement as the object they are not ("neutralised a
  bomb" is disrupted weapons use, "eliminated the fuel subsidy" is no event).
- An act noun that is the subject of a verb of effect ("the siege has killed 900 residents") is
  the incident, found and typed; a nominalisation names the act its verb names.
"""

from __future__ import annotations

import pytest

from unfog.model import Document, Event
from unfog.pipeline import Pipeline


def _analyze(pipeline: Pipeline, text: str) -> tuple[list[Event], dict[str, str]]:
    rec = pipeline.analyze(Document(id="t", text=text, published="2024-03-13"))
    return rec.events, {a.id: a.name for a in rec.actors}


def _show(events: list[Event], names: dict[str, str]) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.trigger.text, e.acled.sub_event_type if e.acled else None,
             e.plover.event_type if e.plover else None, names.get(e.actor1 or "")) for e in events]


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("The army pressed its assault on the town of Varna.", "assault", "army"),
        ("The army pressed ahead with its assault on the ridge near Kovel.", "assault", "army"),
        ("The militia resumed its shelling of the suburbs.", "shelling", "militia"),
        ("The air force stepped up its bombing of rebel positions.", "bombing", "air force"),
        ("Government forces kept up their bombardment of the old town.", "bombardment", "forces"),
        ("The army renewed its offensive on the northern front.", "offensive", "army"),
        ("The army intensified the bombardment of Selva.", "bombardment", "army"),
        ("The navy escalated its strikes on the coastal batteries.", "strikes", "navy"),
        ("The militia laid an ambush for the convoy near Kessel.", "ambush", "militia"),
        ("The air force executed strikes on the fuel depot.", "strikes", "air force"),
    ],
)
def test_support_verb_gives_actor(pipeline: Pipeline, text: str, trigger: str, actor: str) -> None:
    events, names = _analyze(pipeline, text)
    ev = next((e for e in events if e.trigger.text == trigger), None)
    assert ev is not None and ev.acled is not None, _show(events, names)
    assert ev.actor1 is not None and actor in names[ev.actor1].lower(), _show(events, names)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The army pressed its assault on the town of Varna.", "pressed"),
        ("Rebel units pushed their offensive towards the capital.", "pushed"),
        ("The air force executed strikes on the fuel depot.", "executed"),
    ],
)
def test_support_verb_has_no_type_of_its_own(pipeline: Pipeline, text: str, verb: str) -> None:
    events, names = _analyze(pipeline, text)
    assert all(e.trigger.text != verb for e in events), _show(events, names)


@pytest.mark.parametrize(
    ("text", "verb", "plover"),
    [
        # guards: with no act as the object the verb keeps its own sense
        ("The union pressed the government for higher wages.", "pressed", "DEMAND"),
        ("The opposition pressed for talks with the government.", "pressed", "DEMAND"),
        ("The militia executed three prisoners in the square.", "executed", "ASSAULT"),
    ],
)
def test_verb_sense_without_act_object(pipeline: Pipeline, text: str, verb: str, plover: str) -> None:
    events, names = _analyze(pipeline, text)
    ev = next((e for e in events if e.trigger.text == verb), None)
    assert ev is not None and ev.plover is not None and ev.plover.event_type == plover, _show(events, names)


@pytest.mark.parametrize(
    ("text", "trigger", "sub_events"),
    [
        ("Police said they had eliminated four insurgents in the forest.", "eliminated", {"Armed clash"}),
        ("Troops neutralised two gunmen at the checkpoint.", "neutralised", {"Armed clash"}),
        ("Special forces liquidated the rebel commander near Ostrava.", "liquidated", {"Armed clash", "Attack"}),
        ("Gunmen eliminated a local journalist in Dunmore.", "eliminated", {"Attack"}),
        # an object the actors stage names as an actor, whatever its head word
        ("The army said it had neutralised a Hamas cell in the north.", "neutralised", {"Armed clash", "Attack"}),
    ],
)
def test_euphemism_with_people_is_a_killing(pipeline: Pipeline, text: str, trigger: str,
                                             sub_events: set[str]) -> None:
    events, names = _analyze(pipeline, text)
    ev = next((e for e in events if e.trigger.text == trigger), None)
    assert ev is not None and ev.acled is not None and ev.acled.sub_event_type in sub_events, _show(events, names)


@pytest.mark.parametrize(
    ("text", "word", "sub_event"),
    [
        # guards: a device or an arrangement as the object is no killing
        ("Engineers neutralised a bomb near the bridge.", "neutralised", "Disrupted weapons use"),
        ("The government eliminated the fuel subsidy.", "eliminated", None),
        ("The new rules eliminated the backlog of asylum cases.", "eliminated", None),
        ("The reform eliminated delays at the border unit.", "eliminated", None),
    ],
)
def test_euphemism_with_things_is_no_killing(pipeline: Pipeline, text: str, word: str,
                                             sub_event: str | None) -> None:
    events, names = _analyze(pipeline, text)
    ev = next((e for e in events if e.trigger.text == word), None)
    got = ev.acled.sub_event_type if ev is not None and ev.acled is not None else None
    assert got == sub_event, _show(events, names)


@pytest.mark.parametrize(
    ("text", "act", "verb", "kept"),
    [
        ("Heavy bombardment cut power to the city of Selva on Tuesday.", "bombardment", "cut", False),
        ("The air strikes cut the only road out of Lorn.", "air strikes", "cut", False),
        # guards: an actor as the subject keeps the verb's act; a protest may speak for its people
        ("The government cut fuel subsidies after the attack.", "attack", "cut", True),
        ("The protest demanded the release of the students.", "protest", "demanded", True),
    ],
)
def test_act_noun_subject_is_the_incident(pipeline: Pipeline, text: str, act: str, verb: str, kept: bool) -> None:
    events, names = _analyze(pipeline, text)
    assert any(e.trigger.text == act and (e.acled or e.plover) for e in events), _show(events, names)
    assert any(e.trigger.text == verb for e in events) == kept, _show(events, names)


@pytest.mark.parametrize(
    ("text", "sub_event", "dead", "injured"),
    [
        # guards: an act noun as the subject of a harm verb is the incident and takes the figures,
        # also when the act was told before ('the shelling' a later mention of 'shelled')
        ("The blast injured six people at the bus station in Dunmore.", "Remote explosive/landmine/IED", None, 6),
        ("The army shelled Tarvik on Monday. The shelling killed six civilians.",
         "Shelling/artillery/missile attack", 6, None),
        ("The air strikes have killed 30 people in the province of Lorn since Friday.", "Air/drone strike", 30, None),
    ],
)
def test_act_noun_subject_takes_the_figures(pipeline: Pipeline, text: str, sub_event: str, dead: int | None,
                                            injured: int | None) -> None:
    events, names = _analyze(pipeline, text)
    assert any(e.acled is not None and e.acled.sub_event_type == sub_event and e.fatalities == dead
               and e.injured == injured for e in events), _show(events, names)


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "target"),
    [
        # support verbs whose subject is the act's target (Mel'cuk's Oper2: "suffer", "come under")
        ("The army base came under attack from militants near Kessel.", "came under attack", "militants", "army"),
        ("A police convoy suffered an ambush near Kessel on Monday.", "ambush", None, "police"),
        ("Government troops faced an attack by rebels near Ostrava.", "attack", "rebels", "troops"),
        ("The governor survived an assassination attempt in Dunmore.", "assassination", None, "governor"),
    ],
)
def test_target_support_verb(pipeline: Pipeline, text: str, trigger: str, agent: str | None, target: str) -> None:
    events, names = _analyze(pipeline, text)
    ev = next((e for e in events if e.trigger.text == trigger), None)
    shown = [(*x, names.get(e.actor2 or "")) for x, e in zip(_show(events, names), events, strict=True)]
    assert ev is not None, shown
    got1 = names.get(ev.actor1 or "")
    assert (got1 is None) if agent is None else (got1 is not None and agent in got1.lower()), shown
    assert ev.actor2 is not None and target in names[ev.actor2].lower(), shown
