"""Who did what to whom, through the whole pipeline (own sentences): the event's actor 1 (PLOVER's
source actor, ACLED's Actor 1), its actor 2 and the actors associated with actor 1, for each
mechanism that puts the doer somewhere else than a plain subject."""

from __future__ import annotations

import pytest

from unfog.model import AnalysisRecord, Event
from unfog.pipeline import Pipeline

from .support import analyze


def _name(rec: AnalysisRecord, aid: str | None) -> str | None:
    return next((a.name for a in rec.actors if a.id == aid), None)


def _event(rec: AnalysisRecord, trigger: str) -> Event:
    """The event with the word in its trigger, else in one of its mentions (an act word joined to
    another of its sub-event type in the sentence: events/unit.py)."""
    found = [e for e in rec.events if trigger in e.trigger.text]
    return found[0] if found else next(e for e in rec.events if any(trigger in m.text for m in e.mentions))


ROLES = [
    # (text, a word of the trigger, actor 1's name, actor 2's name; None: no actor)
    # joint subjects: the first conjunct is actor 1 (the others are its associates, below)
    ("Government troops and police raided the market in Dorvan.", "raided", "Government troops", None),
    ("Colombian soldiers and police killed three guerrillas in a raid.", "killed",
     "Military Forces of Colombia", None),
    # passive agents
    ("The town of Lessa was shelled by the Northern Liberation Front on Tuesday.", "shelled",
     "Northern Liberation Front", None),
    ("The opposition leader was arrested by police in Harare.", "arrested", "police", "opposition leader"),
    # an attack another side repels: the attacker is actor 1, the defender actor 2
    ("Soldiers repelled an attack by the Northern Liberation Front on the base.", "attack",
     "Northern Liberation Front", "Soldiers"),
    # possessive agents: the possessor names the doer, or stays part of the doer's name
    ("The Northern Liberation Front's fighters attacked a checkpoint in Ovar.", "attacked",
     "Northern Liberation Front", None),
    ("Kenya's ruling party accused the opposition of inciting violence.", "accused", "Kenya's ruling party",
     "opposition"),
    # a description's of-phrase is named whole, with its own determiner
    ("Members of the Latvian parliament voted to approve the treaty.", "approve",
     "Members of the Latvian parliament", None),
    # a title: the body the officer speaks for
    ("The spokesman of the Ministry of Fisheries announced the arrest of five suspects.", "arrest",
     "Ministry of Fisheries", "five suspects"),
    # a pronoun whose antecedent is in the sentence before
    ("Rebels of the Northern Liberation Front entered the town on Monday. They later burned the market.",
     "burned", "rebels", None),
    # ... also when the antecedent is a description only the events stage names: the subject of the
    # sentence before, when it agrees in number
    ("Angry farmers blocked the main road near Lessa on Monday. They later burned tyres outside the town hall.",
     "burned", "Angry farmers", None),
    ("Local militiamen attacked a convoy near Ovar on Sunday. Two days later, they ambushed a patrol.",
     "ambushed", "Local militiamen", "patrol"),
    ("The convoy reached Ovar on Sunday. They ambushed it near the bridge on Monday.", "ambushed", None, None),
    # the actor of an act in a reported clause
    ("The Northern Liberation Front said it had captured the town of Lessa.", "captured",
     "Northern Liberation Front", None),
    ("A spokesman for the Kurdish rebels said they had attacked a military post.", "attacked", "rebels", None),
    # a possessive pronoun on the subject of a reported clause, bound by the speaker: their forces are the speaker's
    ("Provincial officials said their forces had recaptured the airport near Ovar.", "recaptured",
     "Provincial officials", None),
    ("Striking dockers said their pickets had blocked the port of Lisbon.", "blocked", "Striking dockers", None),
    # a reciprocal act named by a noun with "between": the first party is actor 1, the second actor 2
    ("Fighting between the army and the Northern Liberation Front killed 20 people near Ovar.", "Fighting",
     "army", "Northern Liberation Front"),
    ("Clashes between police and students erupted in Dorvan on Monday.", "Clashes", "police", "students"),
    ("Fierce clashes between both sides broke out near Ovar on Monday.", "clashes", None, None),
    # ... and between coordinated modifiers of one noun: each names a side
    ("Talks between Peruvian and Chilean officials ended without a deal.", "Talks", "Government of Peru", "Chilean"),
    # the "with" phrase of a reciprocal act names its second party, not so for an act of another kind
    ("Rebels clashed with government troops near Ovar on Sunday.", "clashed", "rebels", "government troops"),
    ("Foreign Minister Ilse Vorn held talks with the Marnish envoy on Monday.", "talks", "Ilse Vorn", "Marnish envoy"),
    ("Rebels attacked the town of Ovar with rockets and mortars.", "attacked", "rebels", None),
    # the understood subject of a nonfinite adjunct is the subject of the clause it hangs on
    ("Troops stormed the building, arresting ten suspects.", "arresting", "Troops", None),
    ("Protesters marched on parliament, demanding the minister's resignation.", "demanding",
     "protesters", None),
    ("After capturing the airport, the rebels advanced on the capital.", "capturing", "rebels", None),
    # ... but after a verb's object, the complement's doer is that object (object control)
    ("The government accused the Northern Liberation Front of attacking a school.", "attacking",
     "Northern Liberation Front", None),
    ("The rebels blamed the army for the massacre in Ovar.", "massacre", "army", None),
    ("Government forces massed troops near Ovar for an offensive on the town.", "offensive", "Government forces",
     None),
    # the agent of a support verb's passive participle on the act noun (a reduced relative clause)
    ("Protests organised by the Dorvan Teachers Union drew thousands to the square.", "Protests",
     "Dorvan Teachers Union", None),
    ("The raid on the camp, carried out by the Northern Liberation Front, killed six guards.", "killed",
     "Northern Liberation Front", None),
    # ... and of deploying the means that is the act's subject (the agent an instrument subject leaves unsaid)
    ("A roadside bomb planted by the Northern Liberation Front struck a bus near Ovar.", "struck",
     "Northern Liberation Front", None),
    # ... not a reporting verb's: its agent tells of the act
    ("Clashes reported by local radio left two dead in Ovar.", "Clashes", None, None),
    # a name inside a clause describing the subject is another participant's
    ("A delegation of Marnish lawmakers led by Senator Ilse Vorn met the governor of Ovar on Friday.", "met",
     "delegation of Marnish lawmakers", "governor of Ovar"),
    # actor 2: the act's undergoer, its object or passive subject, when it names people (not ground, not
    # the doer's own: "its ambassador"); a cardinal's partitive names the set it is part of
    ("Police in Dorvan detained two student leaders on Monday.", "detained", "police", "two student leaders"),
    ("Police in Dorvan detained three of the marchers.", "detained", "police", "three of the marchers"),
    # ... not the victims a verb of harm counts (a toll, no party), unless the actors stage names them
    ("The guards killed three of the attackers.", "killed", "guards", None),
    ("The army shelled the village of Lessa on Friday, killing four civilians.", "shelled", "army", "civilians"),
    ("Rebels of the Northern Liberation Front stormed a checkpoint near Ovar.", "stormed", "rebels", None),
    ("The Republic of Velden recalled its ambassador on Monday.", "recalled", "Republic of Velden", None),
    # an adverb grading the phrase names nothing
    ("Nearly 200 students marched through Dorvan on Friday.", "marched", "200 students", None),
    # a relative pronoun stands for the noun its clause describes
    ("The army, which seized the town last week, shelled the villages nearby.", "seized", "army", None),
    # a nationality adjective among the modifiers of a noun of people: the people, not an organisation
    ("Radical Belgian truckers said they would block the motorway to Antwerp.", "block",
     "Radical Belgian truckers", None),
    ("Striking Portuguese dockers blocked the port of Lisbon on Monday.", "blocked",
     "Striking Portuguese dockers", None),
    # a possessive pronoun on the object is bound by the clause's subject (agreeing in number); not
    # under a verb of judging, whose object's possessor is someone else
    ("Northern Liberation Front fighters suspended their offensive near Ovar on Sunday.", "offensive",
     "Northern Liberation Front", None),
    ("Local militiamen halted their raids on the villages around Lessa.", "raids", "Local militiamen", None),
    ("The Velden army condemned their attack on the border post.", "attack", None, None),
    # the to-infinitive of a noun of deciding or ordering: the noun's agent (its by-phrase, the
    # subject of the support verb that has it as object)
    ("About 300 residents rallied in Dorvan against a plan by the city council to demolish the old market.",
     "demolish", "city council", None),
    # coordinated country adjectives: one set of officials each; a reciprocal act's second party
    ("Turkish and Greek officials met in Ankara on Monday.", "met", "Government of Turkey", "Greek officials"),
    # a participant noun's own phrase names the protest's doers, not the subject of a verb governing it
    ("As Kaga police moved against protesters, a student leader was detained.", "protesters", "protesters", None),
    # the speaker of a pronoun's own sentence before an antecedent further back
    ("Troops shelled the hills near Kesh, villagers said. Ostran commanders said they had withdrawn "
     "their units from two villages.", "withdrawn", "Ostran commanders", None),
    # another source's account of an act told before takes the act's parties (coreference); an act
    # that is no account of it takes nothing from it
    ("Rebels of the Northern Front stormed a police post near Ovar on Monday. The attack lasted three "
     "hours, officials said.", "attack", "rebels", "police"),
    # the noun a passive participle describes undergoes the act: no actor 1
    ("Police in Dorvan released two men arrested on Monday.", "arrested", None, "two men"),
    # a state's forces are no government (ACLED: Military Forces of the country)
    ("Israeli forces shelled two villages near the border post on Monday.", "shelled", "Military Forces of Israel",
     None),
    # a phrase of an activity postmodifying a noun: the noun does it ("who are on strike")
    ("About 600 prisoners on hunger strike in Kesh refused food for a third day.", "hunger strike",
     "600 prisoners", None),
    # the gap of a relative clause inside the clause its verb embeds
    ("Soldiers shot two gunmen they said had attacked a bus near Ovar.", "attacked", "unidentified armed group",
     None),
]


@pytest.mark.parametrize(("text", "trigger", "actor1", "actor2"), ROLES)
def test_actor_roles(pipeline: Pipeline, text: str, trigger: str, actor1: str | None, actor2: str | None) -> None:
    rec = analyze(pipeline, text)
    ev = _event(rec, trigger)
    assert (_name(rec, ev.actor1), _name(rec, ev.actor2)) == (actor1, actor2), [
        (e.trigger.text, _name(rec, e.actor1), _name(rec, e.actor2)) for e in rec.events]


ASSOCIATES = [
    # (text, a word of the trigger, the names of actor 1's associates): the other conjuncts of a
    # joint subject act beside actor 1 (ACLED's associated actors)
    ("Government troops and police raided the market in Dorvan.", "raided", ["police"]),
    ("Colombian soldiers and police killed three guerrillas in a raid.", "killed", ["police"]),
    ("Rebels attacked the convoy near Ovar.", "attacked", []),
    ("Kenyan and Ugandan troops attacked the rebels near Ovar.", "attacked", ["Ugandan troops"]),
]


@pytest.mark.parametrize(("text", "trigger", "names"), ASSOCIATES)
def test_joint_subjects_are_associates(pipeline: Pipeline, text: str, trigger: str, names: list[str]) -> None:
    rec = analyze(pipeline, text)
    ev = _event(rec, trigger)
    assert [_name(rec, a) for a in ev.associated_actors] == names
