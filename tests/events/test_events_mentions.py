"""Whole-article event structure (own sentences, whole pipeline): one incident told several times is
one event with mentions (ACLED: one event per incident, same day, place and actors); acts that are
only threatened, conditional, denied or planned are not typed as having happened; a reaction is
linked to the incident it names (``Event.refers_to``), also when the incident is told after it."""

from __future__ import annotations

import pytest

from unfog.pipeline import Pipeline

from .support import analyze as _analyze
from .support import occurred_typed as _typed

DEFINITE = [
    # (text, the trigger of the incident, a later mention that is one of its mentions)
    # a definite description of an act ("the bombardment", "the assault") with no place, day or
    # marker of another occurrence of its own names the act told before it
    ("Warplanes struck the town of Saraqib on Tuesday, killing eight people. The bombardment destroyed "
     "two houses.", "struck", "bombardment"),
    ("Militants attacked an army base near Mopti on Sunday. The assault lasted three hours.",
     "attacked", "assault"),
    ("Gunmen raided a village near Bunia on Monday, killing nine people. The attack was the deadliest "
     "this year.", "raided", "attack"),
]

CONTENT = [
    # (text, the act a definite description names, the one told nearer it): a description's own
    # words hold of its referent ("the strike on the depot" is the strike on a depot), not
    # necessarily of the nearest act of its type
    ("Drones struck a fuel depot in Kharkiv on Monday, the governor said. Hours later, a guided bomb hit "
     "a school in Sumy, officials said. The governor said the strike on the depot was the second this "
     "week.", "struck", "hit"),
]


@pytest.mark.parametrize(("text", "named", "nearer"), CONTENT)
def test_description_names_the_act_it_describes(pipeline: Pipeline, text: str, named: str, nearer: str) -> None:
    rec = _analyze(pipeline, text)
    shown = [(e.trigger.text, e.acled, [m.text for m in e.mentions]) for e in rec.events]
    by_trigger = {e.trigger.text.split()[-1]: e for e in _typed(rec)}
    assert named in by_trigger and nearer in by_trigger, shown
    assert "strike" in [m.text for m in by_trigger[named].mentions], shown
    assert "strike" not in [m.text for m in by_trigger[nearer].mentions], shown


@pytest.mark.parametrize(("text", "incident", "mention"), DEFINITE)
def test_definite_mentions_are_one_event(pipeline: Pipeline, text: str, incident: str, mention: str) -> None:
    rec = _analyze(pipeline, text)
    typed = _typed(rec)
    shown = [(e.trigger.text, e.acled, [m.text for m in e.mentions]) for e in rec.events]
    assert len(typed) == 1, shown
    assert typed[0].trigger.text == incident and mention in [m.text for m in typed[0].mentions], shown


DISTINCT = [
    # (text, the number of ACLED-typed events that took place)
    # an indefinite act, or one marked as another occurrence, or one with a place of its own, is new
    ("Rebels shelled Kharkiv on Monday. An attack on a convoy in Sumy killed two soldiers.", 2),
    ("Rebels shelled Kharkiv on Monday. Another attack hit Sumy on Tuesday.", 2),
    ("Warplanes struck Saraqib on Tuesday. The attack on Ariha in May killed four people.", 2),
    # a definite act of another kind is no mention of a violent incident
    ("Militants attacked an army base near Mopti on Sunday. The protest in Bamako drew thousands.", 2),
    # ground changing hands is coded apart from the fighting (ACLED territory sub-event types)
    ("Rebels captured the town of Kidal on Monday. The fighting killed four soldiers.", 2),
]


@pytest.mark.parametrize(("text", "count"), DISTINCT)
def test_distinct_incidents_stay_apart(pipeline: Pipeline, text: str, count: int) -> None:
    rec = _analyze(pipeline, text)
    assert len(_typed(rec)) == count, [(e.trigger.text, e.acled, [m.text for m in e.mentions]) for e in rec.events]


DESCRIBED = [
    # (text, the act noun's trigger, the acts its relative clause tells: linked to it, no ACLED type)
    # a relative clause describes its antecedent: the acts it tells are the act noun's details
    ("Government jets waged a bombing campaign on the valley, in which they dropped barrel bombs on markets.",
     "bombing", ["dropped barrel bombs"]),
    ("The offensive on Marib, in which the rebels shelled villages and attacked army posts, has lasted weeks.",
     "offensive", ["shelled", "attacked"]),
    # extraposed after a passive verb: the antecedent is the passive subject
    ("Residents say a sustained air campaign was conducted in which the air force used cluster bombs "
     "to terrorise villagers.", "air campaign", ["bombs"]),
    # a participle adjunct with no subject of its own tells how the clause's act was done
    ("Monitors reported a bombing campaign against the valley, in which helicopters dropped barrel bombs, "
     "hitting a school.", "bombing", ["dropped barrel bombs", "hitting"]),
    # ... and on a light or support verb over the act noun, how that act was done
    ("Government jets waged a bombing campaign on the valley, in which they dropped barrel bombs, targeting "
     "bakeries.", "bombing", ["dropped barrel bombs", "targeting"]),
]


@pytest.mark.parametrize(("text", "incident", "details"), DESCRIBED)
def test_acts_in_a_relative_clause_are_details(pipeline: Pipeline, text: str, incident: str,
                                               details: list[str]) -> None:
    rec = _analyze(pipeline, text)
    typed = _typed(rec)
    shown = [(e.trigger.text, e.acled, e.refers_to) for e in rec.events]
    assert [e.trigger.text for e in typed] == [incident], shown
    linked = [t.text for e in rec.events if e.refers_to == typed[0].id and e.acled is None
              for t in (e.trigger, *e.mentions)]
    assert linked == details, shown


NOT_DESCRIBED = [
    # (text, the number of ACLED-typed events that took place)
    # an act in a clause with a subject of its own inside the relative clause is another act
    ("The army launched an offensive in the north, which began a week after rebels had attacked a police "
     "post in Gao.", 2),
    # an act in the object of the clause's verb that is no means is another act
    ("Jets carried out strikes on Idlib that followed clashes in the town of Ariha.", 2),
    # a relative clause on a noun that names no act
    ("Jets bombed the market of Idlib, where gunmen had shot two traders in May.", 2),
    # a participle adjunct of a verb that is no light verb: one act told by its verb (no act noun to describe)
    ("Troops shelled the village of Kafr Nabl on Monday, targeting a clinic.", 1),
    # a participle adjunct with its own subject is another act
    ("Rebels waged an offensive on the town, their gunners shelling the market.", 2),
]


@pytest.mark.parametrize(("text", "count"), NOT_DESCRIBED)
def test_other_acts_in_relative_clauses_stay_apart(pipeline: Pipeline, text: str, count: int) -> None:
    rec = _analyze(pipeline, text)
    assert len(_typed(rec)) == count, [(e.trigger.text, e.acled, [m.text for m in e.mentions]) for e in rec.events]


UNDONE = [
    # acts threatened, conditional, possible, denied or planned are not typed as having happened
    "The rebels threatened to attack the city of Goma.",
    "The army would shell the villages if the rebels refused to leave.",
    "If the talks fail, the militia could storm the capital.",
    "The ministry denied that its jets bombed the hospital in Idlib.",
    "The army is planning an offensive on Kherson.",
    "Officials feared that militants might attack the border post near Kidal.",
    "The commander warned that his forces will capture the town of Bakhmut.",
]


@pytest.mark.parametrize("text", UNDONE)
def test_undone_acts_are_not_typed_as_done(pipeline: Pipeline, text: str) -> None:
    rec = _analyze(pipeline, text)
    assert not _typed(rec), [(e.trigger.text, e.acled, e.modality) for e in rec.events]


REACTIONS = [
    # (text, the reaction's trigger, the trigger of the incident it refers to)
    ("A car bomb exploded near a police station in Kandahar on Saturday, killing nine people. The "
     "governor condemned the attack.", "condemned", "exploded"),
    # the incident told after the reaction that names it (a lead that opens with the reaction)
    ("The president condemned the attack. Gunmen killed twelve worshippers at a mosque in Kano on Friday.",
     "condemned", "killed"),
    ("The governor condemned the bombing. A car bomb exploded at a market in Quetta on Saturday, killing "
     "five people.", "condemned", "exploded"),
    # no incident told: the reaction refers to the act it names, an event of its own with no ACLED type
    ("The United Nations condemned the attack on the convoy.", "condemned", "attack"),
    # two acts named by one reaction: the reaction refers to the incident, not to the other act
    ("Gunmen killed four people at a bus station in Jos on Sunday. The bishop condemned the shootings and "
     "the killings.", "condemned", "killed"),
]


@pytest.mark.parametrize(("text", "reaction", "incident"), REACTIONS)
def test_reaction_refers_to_its_incident(pipeline: Pipeline, text: str, reaction: str, incident: str) -> None:
    rec = _analyze(pipeline, text)
    shown = [(e.id, e.trigger.text, e.refers_to, [m.text for m in e.mentions]) for e in rec.events]
    r = next(e for e in rec.events if e.trigger.text == reaction)
    host = next(e for e in rec.events if e.trigger.text == incident)
    assert r.refers_to == host.id, shown
    # the act the reaction names is one of the incident's mentions, not an incident of its own
    assert len(_typed(rec)) == (1 if host.acled is not None else 0), shown


PAST_OTHER_KINDS = [
    # (text, the reaction, the incident, the act the reaction names): an act of another kind told
    # between them (the looting, the arrest) is not the incident the reaction names
    ("Gunmen killed nine farmers in Bakura on Sunday. The gunmen also looted shops. The governor "
     "condemned the killings.", "condemned", "killed", "killings"),
    ("A car bomb exploded at a market in Quetta on Tuesday, killing six people. Police later arrested "
     "two men. The prime minister condemned the bombing.", "condemned", "exploded", "bombing"),
]


@pytest.mark.parametrize(("text", "reaction", "incident", "named"), PAST_OTHER_KINDS)
def test_reaction_names_the_incident_of_its_kind(pipeline: Pipeline, text: str, reaction: str, incident: str,
                                                 named: str) -> None:
    rec = _analyze(pipeline, text)
    shown = [(e.id, e.trigger.text, e.refers_to, [m.text for m in e.mentions]) for e in rec.events]
    r = next(e for e in rec.events if e.trigger.text == reaction)
    host = next(e for e in rec.events if e.trigger.text == incident)
    assert r.refers_to == host.id and named in [m.text for m in host.mentions], shown
    assert not [e for e in rec.events if e.trigger.text == named], shown


PARTICIPANTS = [
    # (text, the act, the participant noun that is one of its mentions): the people of a protest
    # beside a protest act of the same sentence are its participants, not a protest of their own
    # the act, not the people, is the event's trigger (the predicate the text has)
    ("Thousands of demonstrators marched through Dakar on Saturday.", "marched through", "demonstrators"),
    ("Troops fired on demonstrators at a rally in Khartoum, killing three.", "fired on", "demonstrators"),
    ("Police used tear gas on protesters who had gathered in Nairobi to march against the budget.", "march",
     "protesters"),
]


@pytest.mark.parametrize(("text", "act", "people"), PARTICIPANTS)
def test_participants_are_no_protest_of_their_own(pipeline: Pipeline, text: str, act: str, people: str) -> None:
    rec = _analyze(pipeline, text)
    shown = [(e.trigger.text, e.acled, [m.text for m in e.mentions]) for e in rec.events]
    assert not any(e.trigger.text == people for e in rec.events), shown
    ev = next((e for e in rec.events if e.trigger.text == act), None)
    assert ev is not None and people in [m.text for m in ev.mentions], shown
