"""PLOVER's source actor, mechanism by mechanism (own sentences, through the whole pipeline): who did
the act is the agent of its verb (Dowty 1991: the proto-agent argument), wherever the syntax puts it;
an event noun's agent is its possessor or its "by" phrase (NomBank, Meyers et al. 2004); the
understood subject of a complement is its controller (Quirk et al. 1985, 16.40 and 16.50); and
PLOVER's actors are countries and their organisations, so a description made of a country's
adjective and a noun of its officials is that country's government.

Each row names what the source must be called: the actor's name or one of its aliases holds the
words (as whole words, case aside), the way a record's reader finds the actor by either."""

from __future__ import annotations

import re

import pytest

from unfog.model import Actor, AnalysisRecord, Event
from unfog.pipeline import Pipeline

from .support import analyze


def _names(rec: AnalysisRecord, aid: str | None) -> list[str]:
    actor: Actor | None = next((a for a in rec.actors if a.id == aid), None)
    return [] if actor is None else [actor.name, *actor.aliases]


def _norm(s: str) -> str:
    return " " + re.sub(r"\W+", " ", s).strip().lower() + " "


def _holds(names: list[str], words: str) -> bool:
    return any(_norm(words) in _norm(n) for n in names)


def _event(rec: AnalysisRecord, trigger: str) -> Event:
    return next(e for e in rec.events if trigger in e.trigger.text or any(trigger in m.text for m in e.mentions))


def _source(pipeline: Pipeline, text: str, trigger: str) -> tuple[str | None, list[str], list[object]]:
    """The actor 1 of the event with the word, its names, and every event's for a failure's message."""
    rec = analyze(pipeline, text)
    ev = _event(rec, trigger)
    return ev.actor1, _names(rec, ev.actor1), [(e.trigger.text, _names(rec, e.actor1)) for e in rec.events]


SOURCES = [
    # (text, a word of the trigger, words the source actor's names must hold)
    # -- a nationality adjective with a noun of a state's officials: the country's government, named
    #    by the country and by the phrase (PLOVER codes the state)
    ("Hungarian officials agreed on Monday to reopen the border crossing.", "agreed", "Hungary"),
    ("Hungarian officials agreed on Monday to reopen the border crossing.", "agreed", "Hungarian officials"),
    ("Norwegian diplomats proposed new talks on the fishing quota.", "proposed", "Norway"),
    ("The Peruvian government rejected the tribunal's ruling on Friday.", "rejected", "Peru"),
    ("The Peruvian government rejected the tribunal's ruling on Friday.", "rejected", "Peruvian government"),
    # -- a country's name as a noun modifier of its forces or government: the country's actor
    ("The Chad army shelled the village of Lessa on Monday.", "shelled", "Military Forces of Chad"),
    ("The Chad government rejected the proposal of the mediators.", "rejected", "Government of Chad"),
    # -- a hyphenated adjective is one word of the name
    ("Greek-Cypriot negotiators rejected the proposal of the mediators.", "rejected", "Greek-Cypriot"),
    # -- a state named again by its kind ("the country"): the government its name stood for
    ("Chile rejected the claim, and the country recalled its ambassador from Lima.", "recalled", "Chile"),
    # -- a possessor
    ("Norway's parliament demanded an inquiry into the arms sales.", "demanded", "Norway"),
    # -- a passive verb's by-agent
    ("The new trade pact was rejected by Paraguay on Friday.", "rejected", "Paraguay"),
    # -- an event noun's "by" phrase, also where the parser hangs it on the noun's of-object
    ("Soldiers repelled an attack by the Kaga Front on the base.", "attack", "Kaga Front"),
    ("The rejection of the plan by Uruguay angered its neighbours.", "rejection", "Uruguay"),
    # -- a coordinated subject: its first conjunct
    ("Peru and Bolivia signed an agreement to share water from the lake.", "agreement", "Peru"),
    # -- a reported act: the speaker, whom the pronoun of the reported clause stands for
    ("The Kaga Front said it had captured the town of Lessa.", "captured", "Kaga Front"),
    # -- a relative clause: the noun it describes
    ("The rebels, who captured the town last week, attacked the base.", "captured", "rebels"),
    # -- a pronoun subject of a clause under another: the governing clause's subject (Hobbs 1978)
    ("The leaders of Chile and Peru met in Lima, where they signed an agreement on fishing.", "signed",
     "leaders"),
    # -- a finite verb the parse hangs on another without a conjunction: the shared subject
    ("A masked gunman dragged two traders into a van, abducted and killed them.", "abducted", "gunman"),
    # -- the possessor of the noun an act noun modifies
    ("The Peruvian foreign ministry announced it will add $2 million to its aid package for Ovar.", "aid",
     "Peru"),
    # -- a noun of the people who do the act, an act of its own: the people it names
    ("Hundreds of demonstrators gathered outside the ministry in Ovar on Monday.", "demonstrators", "demonstrators"),
    # -- the subject complement of "be": its subject does the act
    ("Dock workers are on strike for a third day in Callao.", "strike", "Dock workers"),
    ("Peru is prepared to make a concession on the tariffs.", "concession", "Peru"),
    # -- subject control: the matrix verb's subject
    ("The Peruvian army vowed to shell the rebel positions.", "shell", "Peru"),
    ("Bolivia refused to extradite the former minister.", "extradite", "Bolivia"),
    # -- object control: the matrix verb's object, also where the parser hangs the "of" phrase on it
    ("Paraguay accused the rebels of kidnapping two engineers.", "kidnapping", "rebels"),
    ("The ministry accused Bolivia of massing troops on the border.", "massing", "Bolivia"),
]


@pytest.mark.parametrize(("text", "trigger", "words"), SOURCES)
def test_source_actor(pipeline: Pipeline, text: str, trigger: str, words: str) -> None:
    _, names, seen = _source(pipeline, text, trigger)
    assert _holds(names, words), seen


NOT_THE_SOURCE = [
    # (text, a word of the trigger, words the source's names must not hold, whether it has a source)
    # -- the subject of "be" with a complement it undergoes is no doer
    ("The town of Lessa is under attack from the rebels.", "attack", "town of Lessa", False),
    ("Ten students are in detention after the march.", "detention", "students", False),
    # -- no government: an adjective of a people or a region, a name holding the adjective, a people
    #    who are no officials
    ("Kurdish officials rejected the plan of the council.", "rejected", "Government", True),
    ("Hungarian farmers blocked the motorway to the capital.", "blocked", "Government", True),
    ("Senior Chilean and Peruvian diplomats met in Lima to discuss the fishing dispute.", "met", "Government", True),
]


@pytest.mark.parametrize(("text", "trigger", "words", "has_source"), NOT_THE_SOURCE)
def test_not_the_source(pipeline: Pipeline, text: str, trigger: str, words: str, has_source: bool) -> None:
    actor1, names, seen = _source(pipeline, text, trigger)
    assert (actor1 is not None or not has_source) and not _holds(names, words), seen
