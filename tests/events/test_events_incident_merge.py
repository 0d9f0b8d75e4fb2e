"""One event per incident (own sentences, whole pipeline; events/unit.py, events/mentions.py,
events/compatible.py): ACLED's unit of an event is one sub-event type, one place, one day and one
pair of actors, so

- a mention whose day (or place) is unstated is on the incident's day (an unstated day is no other day), while
  two days stated apart are two events, and an act told as the object of a preposition of sequence
  ("following two nights of shelling") is at another time than its clause's;
- a definite description ("the arrests", "the strikes") names the earlier act of its own kind,
  looking past acts of other kinds told between them;
- a described actor ("militants", "gunmen") may be a named actor of the same kind told elsewhere
  ("al-Shabaab"): no conflict; a described actor of another kind, or two named actors, are;
- a demonstration's actor is its crowd (ACLED: "Protesters"), however a mention tells it;
- a clause of harm with no act word of its own ("nine people were killed") is the toll of the act of
  violence told before it (ACLED: fatalities are an attribute of an event), not an event.
"""

from __future__ import annotations

import pytest

from unfog.model import AnalysisRecord, Document
from unfog.pipeline import Pipeline

from .support import occurred_typed as _typed


def _shown(rec: AnalysisRecord) -> list[object]:
    return [(e.trigger.text, e.acled and e.acled.sub_event_type, e.date, e.place, e.actor1,
             [m.text for m in e.mentions], e.refers_to) for e in rec.events]


def _analyze(pipeline: Pipeline, text: str, published: str | None) -> AnalysisRecord:
    return pipeline.analyze(Document(id="t", text=text, published=published))


COUNTS = [
    # (text, publication date, the number of ACLED-typed events that took place)
    # an unstated day: the later mention is on the incident's day (one march, one clash)
    ("Hundreds of teachers marched through Nakuru to demand higher pay. A demonstration formed outside the "
     "county offices.", None, 1),
    ("Soldiers clashed with militiamen near Bunia. Fighting lasted several hours near Bunia.", None, 1),
    # days stated apart stay two events
    ("Teachers marched through Nakuru on March 3, 2024. On March 5, 2024, a demonstration formed in Nakuru.",
     None, 2),
    # an act in the object of a preposition of sequence is at another time than its clause's: an
    # unstated day does not join it (the reinforcement, and two shellings)
    ("Soldiers reinforced the district of Kaga following two nights of shelling. Rebel guns shelled the army "
     "camp near Kaga.", None, 3),
    # a definite description looks past an act of another kind to its antecedent
    ("Police arrested twelve students in Nairobi on Monday. Hundreds of people marched to the police headquarters. "
     "The arrests drew criticism.", None, 2),
    ("Police arrested twelve students in Nairobi on Monday. Hundreds of people marched to the police headquarters. "
     "The arrests drew criticism.", "2024-03-13", 2),
    ("Jets struck Ariha on Monday. Rebels captured the village of Kafr Nabl. The strikes killed four people.",
     None, 2),
    # ... but not to an act of its kind told on a stated day that is not its own
    ("Jets struck Ariha on March 3, 2024. Rebels captured the village of Kafr Nabl. The strikes on March 9, "
     "2024 killed four people.", None, 3),
    # a described actor and a named one of the same kind: one attack
    ("Al-Shabaab fighters attacked a military base in Lower Shabelle on Monday. The attack by the militants "
     "killed five soldiers.", "2024-03-13", 1),
    ("Gunmen attacked a village near Maiduguri on Friday. Boko Haram attacked the village, killing ten people.",
     "2024-03-13", 1),
    # a described actor of another kind conflicts (state forces against an armed group)
    ("Gunmen attacked a village near Maiduguri on Friday. Policemen attacked the village the same day.",
     "2024-03-13", 2),
    # a clause of harm with no act word of its own is the toll of the act told before it
    ("Soldiers clashed with rebels near Beni on Sunday. At least nine people were killed in the violence.",
     "2024-03-13", 1),
    ("Troops shelled the outskirts of Kaga on Monday. Three villagers were wounded.", None, 1),
    # ... not of an arrest, nor of an act on another day or at another place, nor when it names its own act
    ("Police arrested ten traders in Kano on Friday. Two people were killed.", "2024-03-13", 2),
    ("Soldiers clashed with rebels near Beni on Sunday. On Tuesday, four civilians were killed in Butembo.",
     "2024-03-13", 2),
    ("Soldiers clashed with rebels near Beni on Sunday. Four more civilians were killed in a separate attack.",
     "2024-03-13", 2),
    # a mention that names no place (the incident's place is only carried to it) joins the act of its
    # kind told at a place of its own; one at the incident's place first
    ("Rebels shelled Kaga on Monday. In Bossangoa, soldiers arrested six traders on Tuesday. Soldiers detained "
     "the men at a checkpoint on Tuesday.", "2024-03-13", 2),
    ("Rebels shelled Kaga on Monday. Rebels shelled Bossangoa the same day. The rebels also shelled a school.",
     "2024-03-13", 2),
    # another side is another interaction
    ("Rebels fought government troops near Beni on Sunday. Policemen clashed with rioters near Beni that day.",
     "2024-03-13", 2),
    # a demonstration's actor is its crowd, however a mention tells it (one march)
    ("Hundreds of teachers marched through Nakuru on Tuesday. About 300 people rallied outside the county "
     "offices in Nakuru.", "2024-03-13", 1),
    # ... but another day is another demonstration
    ("Hundreds of teachers marched through Nakuru on Tuesday. About 300 people rallied outside the county "
     "offices in Nakuru on Wednesday.", "2024-03-14", 2),
    # a marker of another occurrence keeps the mention apart, dated or not
    ("Hundreds of teachers marched through Nakuru to demand higher pay. Another demonstration formed outside "
     "the county offices.", None, 2),
]


@pytest.mark.parametrize(("text", "published", "count"), COUNTS)
def test_one_event_per_incident(pipeline: Pipeline, text: str, published: str | None, count: int) -> None:
    rec = _analyze(pipeline, text, published)
    assert len(_typed(rec)) == count, _shown(rec)


NAMED = [
    # (text, the names of the merged event's actor 1 and actor 2): the named actor, not the description
    ("Gunmen attacked a village near Maiduguri on Friday. Boko Haram attacked the village, killing ten people.",
     ["boko haram", None]),
]


@pytest.mark.parametrize(("text", "names"), NAMED)
def test_the_named_actor_stays(pipeline: Pipeline, text: str, names: list[str | None]) -> None:
    rec = _analyze(pipeline, text, "2024-03-13")
    typed = _typed(rec)
    known = {a.id: a.name.lower() for a in rec.actors}
    assert [[known.get(e.actor1 or ""), known.get(e.actor2 or "")] for e in typed] == [names], _shown(rec)
