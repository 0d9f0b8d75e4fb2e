"""ACLED's unit of an event (own sentences, whole pipeline): mentions of one sub-event type at one
place on one day with the same actors, in one source's account, are one event (events/unit.py)."""

from __future__ import annotations

import pytest

from unfog.model import AnalysisRecord, Document
from unfog.pipeline import Pipeline

from .support import analyze as _analyze
from .support import occurred_typed as _typed


def _shown(rec: AnalysisRecord) -> list[object]:
    return [(e.trigger.text, e.acled and e.acled.sub_event_type, e.date, e.place, e.modality,
             [m.text for m in e.mentions], e.refers_to) for e in rec.events]


ONE = [
    # (text, the event's trigger, its later mentions)
    # one march told again with an indefinite noun of the same sub-event type, no place or day of its own
    ("Hundreds of nurses marched through Kumasi on Tuesday to demand back pay. Riot police watched as "
     "a demonstration formed outside the hospital.", "marched through", ["demonstration"]),
    # one clash told by the verb and again by a bare noun in the next sentence
    ("Soldiers clashed with militiamen near Bunia on Thursday. Fighting lasted several hours.",
     "clashed", ["Fighting"]),
    # two acts of one sub-event type by the same actors at one place on one day in one sentence
    ("Rioters looted shops in Bukavu on Saturday and vandalised a church.", "looted", ["vandalised"]),
    # act nouns of one sub-event type coordinated in one noun phrase: one list of the acts told
    ("Police carried out arrests and detentions of journalists in Kampala on Monday.", "arrests", ["detentions"]),
    # in one sentence, an act word hanging on another of its sub-event type (one_act_links, coref.yaml):
    # the object of a preposition on it, a clause of purpose or a participle with no subject of its own
    ("Police arrested nine traders in raids on their shops in Kumasi on Monday.", "arrested", ["raids"]),
    ("Thousands of teachers marched in Accra on Friday to protest against pay cuts.", "marched", ["protest"]),
    ("Soldiers fought rebels near Bunia on Thursday in a battle that lasted hours.", "fought", ["battle"]),
]

APART = [
    # (text, the number of ACLED-typed events that took place)
    # marked as another occurrence
    ("Protesters rallied in Kumasi on Monday. Another rally drew crowds in the city.", 2),
    # on another day
    ("Protesters rallied in Kumasi on Monday. On Tuesday, a rally in the city drew more people.", 2),
    # other actors
    ("Soldiers clashed with rebels near Bunia on Sunday. Police clashed with a militia in the town the same "
     "day.", 2),
    # another sub-event type
    ("Gunmen attacked a convoy near Kidal on Sunday, killing three soldiers. Later in the day a car bomb "
     "exploded at a market in Kidal, killing five civilians.", 2),
    # in one sentence: another place, or marked as another occurrence
    ("Jets bombed Ariha on Monday and struck Saraqib with missiles.", 2),
    # in one sentence, the object of a preposition of sequence: another time
    ("Soldiers clashed with rebels near Bunia on Thursday following clashes on Tuesday.", 2),
    # coordinated act nouns, one marked as other acts
    ("Witnesses described rape and other sexual attacks by soldiers in Goma on Sunday.", 2),
    ("Gunmen attacked a convoy near Kidal on Sunday, and carried out another attack on a market in the town.", 2),
    # another source's account stays an event of its own (events/accounts.py)
    ("Gunmen attacked a bus near Kano on Friday, killing six people, police said. Villagers said gunmen "
     "attacked a bus near Kano, killing eleven people.", 2),
]


ACCOUNTS = [
    # (text, the death toll of each account, in text order): another source's account of the same
    # sub-event type, place, day and actors stays an event, linked to the first (Event.refers_to)
    ("Gunmen attacked a bus near Kano on Friday, killing six people, police said. Villagers said gunmen "
     "attacked a bus near Kano, killing eleven people.", [6, 11]),
    ("Protesters marched through Kumasi on Tuesday, the police said. Organisers said thousands marched "
     "through the city.", [None, None]),
]


@pytest.mark.parametrize(("text", "tolls"), ACCOUNTS)
def test_other_accounts_refer_to_the_first(pipeline: Pipeline, text: str, tolls: list[int | None]) -> None:
    rec = _analyze(pipeline, text)
    typed = _typed(rec)
    assert [e.fatalities for e in typed] == tolls, _shown(rec)
    assert all(e.refers_to == typed[0].id for e in typed[1:]), _shown(rec)


@pytest.mark.parametrize(("text", "trigger", "mentions"), ONE)
def test_one_event_per_unit(pipeline: Pipeline, text: str, trigger: str, mentions: list[str]) -> None:
    rec = _analyze(pipeline, text)
    typed = _typed(rec)
    assert len(typed) == 1, _shown(rec)
    assert typed[0].trigger.text == trigger, _shown(rec)
    assert all(m in [x.text for x in typed[0].mentions] for m in mentions), _shown(rec)


@pytest.mark.parametrize(("text", "count"), APART)
def test_other_units_stay_apart(pipeline: Pipeline, text: str, count: int) -> None:
    rec = _analyze(pipeline, text)
    assert len(_typed(rec)) == count, _shown(rec)


INSIDE = [
    # (text, published, the event's trigger, its place's name): a mention at a country and one at a
    # town in it, of one sub-event type on one day, are one event at the town
    ("Gunmen attacked a village in Nigeria on Friday. The attack near Kano killed six people.", "2024-03-13",
     "attacked", "Kano"),
    ("Protesters marched in Ghana on Tuesday. Hundreds rallied outside the parliament in Accra.", "2024-03-13",
     "marched", "Accra"),
]


@pytest.mark.parametrize(("text", "published", "trigger", "place"), INSIDE)
def test_a_place_inside_the_country_is_one_unit(pipeline: Pipeline, text: str, published: str | None,
                                                trigger: str, place: str) -> None:
    rec = pipeline.analyze(Document(id="t", text=text, published=published))
    typed = _typed(rec)
    names = {p.id: p.name for p in rec.places}
    assert [(e.trigger.text, names.get(e.place or "")) for e in typed] == [(trigger, place)], _shown(rec)


def test_towns_apart_stay_apart(pipeline: Pipeline) -> None:
    rec = _analyze(pipeline, "Protesters marched in Kumasi on Tuesday. Hundreds rallied outside the parliament "
                   "in Accra.")
    assert len(_typed(rec)) == 2, _shown(rec)


NEAR = [
    # (text, the number of ACLED-typed events that took place): a city and a quarter of it within
    # town_km (coref.yaml) are one location; two towns further apart are two
    ("Protesters marched through Accra on Tuesday. Hundreds rallied in Osu, demanding lower fuel prices.", 1),
    ("Protesters marched through Lagos on Tuesday. Hundreds rallied in Ibadan, demanding lower fuel prices.", 2),
]


@pytest.mark.parametrize(("text", "count"), NEAR)
def test_a_quarter_of_the_city_is_one_location(pipeline: Pipeline, text: str, count: int) -> None:
    rec = pipeline.analyze(Document(id="t", text=text, published="2024-03-13"))
    assert len(_typed(rec)) == count, _shown(rec)
