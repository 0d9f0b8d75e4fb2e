"""Recognition on unseen news (issue 12, geo26), on sentences of our own: a mention that shows a person
(the subject of a verb of saying, a title before it) is that person where the document names one of
that surname in full, even where the name is a place elsewhere in it; a name coordinated with a country
is no town abroad; a locative preposition governs a name across the adjectives modifying it, and "out of"
is "from"; a listed name lies near one of its neighbour's readings."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.context import DocContext
from unfog.geo import GeoStage
from unfog.model import Document
from unfog.settings import Settings


@pytest.fixture(scope="module")
def stage() -> GeoStage:
    return GeoStage.from_settings(Settings(place_adjectives=False))


def spans(nlp: Language, stage: GeoStage, text: str) -> dict[tuple[int, int], str | None]:
    places = stage.run(DocContext(Document(id="t", text=text), nlp(text)))
    return {m.span: p.country_code for p in places for m in p.mentions}


def at(text: str, phrase: str, word: str) -> tuple[int, int]:
    """The span of ``word`` inside the first ``phrase`` of ``text``."""
    start = text.index(phrase) + phrase.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(
    ("text", "person", "place"),
    [
        # a surname the document gives in full, as the subject of "said", beside the town of that name
        ("Neighbour Ellen Augusta called for help. Augusta said the house was empty. "
         "The fire marshal's office in Augusta is investigating.", "Augusta said", "in Augusta"),
        # a country's name: the speaker is the person, the country stays a place
        ("Relief officer Peter Jordan asked for ambulances. Jordan said two clinics had closed. "
         "The government of neighbouring Jordan called for talks.", "Jordan said", "neighbouring Jordan"),
    ],
)
def test_speaker_is_the_person(nlp: Language, stage: GeoStage, text: str, person: str, place: str) -> None:
    word = person.split()[0]
    got = spans(nlp, stage, text)
    assert at(text, person, word) not in got, got
    assert at(text, place, word) in got, got


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # no speaker: "Jordan" is the country wherever a locative word or its prominence shows it
        ("Michael Jordan met the king. Jordan has taken in many refugees.", "Jordan"),
    ],
)
def test_country_kept_without_a_speaker(nlp: Language, stage: GeoStage, text: str, word: str) -> None:
    got = spans(nlp, stage, text)
    assert at(text, "Jordan has", word) in got, got


def test_conjunct_of_a_country_is_no_town_abroad(nlp: Language, stage: GeoStage) -> None:
    text = "Envoys from Egypt and Qatar, which mediate between Israel and Hamas, met on Sunday."
    got = spans(nlp, stage, text)
    assert at(text, "Hamas", "Hamas") not in got, got
    assert at(text, "Israel", "Israel") in got, got


@pytest.mark.parametrize(
    ("text", "word", "cc"),
    [
        ("Farther south, officials in occupied Melitopol said drones had hit a fuel depot.", "Melitopol", "UA"),
        # a complex preposition in "of" as the simple one it means: "out of X" as "from X"
        ("Across Ukraine the exodus went on: a volunteer drove 30 residents out of Orikhiv on Monday.",
         "Orikhiv", "UA"),
    ],
)
def test_preposition_across_adjectives(nlp: Language, stage: GeoStage, text: str, word: str, cc: str) -> None:
    got = spans(nlp, stage, text)
    assert got.get(at(text, word, word)) == cc, got


def test_list_beside_any_reading_of_its_neighbour(nlp: Language, stage: GeoStage) -> None:
    """A name listed with a place lies near one of that place's readings, not only near its most
    populous one: the neighbour's reading is not chosen yet when the list is read."""
    text = ("LUFKIN, Texas — Volunteer departments in Huntington, Diboll and Zavalla answered "
            "fourteen calls over the weekend.")
    got = spans(nlp, stage, text)
    assert got.get(at(text, "Diboll", "Diboll")) == "US", got
    assert got.get(at(text, "Zavalla", "Zavalla")) == "US", got
