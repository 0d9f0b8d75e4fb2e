"""Facilities as places, region centres, and the alias rules of round 3, on sentences of our own:
a named building, street or site used as a location is a place mention of kind "facility",
resolved to the place that locates it; a facility named as an agent is no mention."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.context import DocContext
from unfog.geo import GeoStage
from unfog.geo.sources import centre
from unfog.model import Document, Place
from unfog.settings import Settings


@pytest.fixture(scope="module")
def stage() -> GeoStage:
    return GeoStage.from_settings(Settings(place_adjectives=False))


def mentions(nlp: Language, stage: GeoStage, text: str) -> dict[str, tuple[str, str, str]]:
    """mention text -> (kind, name of its place, reason)."""
    places: list[Place] = stage.run(DocContext(Document(id="t", text=text), nlp(text)))
    return {m.text: (m.kind, p.name, m.reason) for p in places for m in p.mentions}


@pytest.mark.parametrize(
    ("text", "facility", "place", "located"),
    [
        ("Prayers were held in Istanbul, and later at the Blue Mosque.", "Blue Mosque", "Istanbul",
         "previous-town"),
        ("A concert was held at the Manila Cathedral on Sunday.", "Manila Cathedral", "Manila", "name"),
        ("The suspect was arrested at Lakeview Elementary School in Tucson.", "Lakeview Elementary School",
         "Tucson", "in"),
        ("Thousands gathered at Seoul's Jamsil Stadium for the final.", "Jamsil Stadium", "Seoul",
         "possessor"),
        ("Police in Chicago found the car in the 400 block of North Clark Street.", "North Clark Street",
         "Chicago", "previous-town"),
        ("Students at Kharkiv National University sheltered in the basement.", "Kharkiv National University",
         "Kharkiv", "name"),
    ],
)
def test_facility_located(nlp: Language, stage: GeoStage, text: str, facility: str, place: str,
                          located: str) -> None:
    got = mentions(nlp, stage, text)
    assert facility in got, got
    kind, name, reason = got[facility]
    assert (kind, name) == ("facility", place)
    assert f"located:{located}:" in reason


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the facility as an agent, not a location
        ("The White House said in Washington that the talks would go on.", "White House"),
        # an institution with no place next to it or in its name is not where the story is
        ("In Kyiv, a professor at Cornell University said the sanctions were working.", "Cornell University"),
        # the possessor of a noun, not the object of the preposition
        ("Critics in Denver took aim at Jane Roe's policies.", "Jane Roe"),
    ],
)
def test_no_facility(nlp: Language, stage: GeoStage, text: str, absent: str) -> None:
    got = mentions(nlp, stage, text)
    assert not any(absent in k for k in got), got


def test_facility_swallows_place_word(nlp: Language, stage: GeoStage) -> None:
    """"St James" of "St James's Hospital" is no town of its own."""
    got = mentions(nlp, stage, "He was flown from Leeds to St James's Hospital.")
    assert "St James" not in got and got["St James's Hospital"][:2] == ("facility", "Leeds")


@pytest.mark.parametrize(
    ("points", "expected"),
    [
        ([(10.0, 20.0), (12.0, 20.5), (10.5, 30.0)], (11.0, 25.0)),  # the box's middle, not the mean
        ([(52.0, 173.0), (60.0, -150.0), (58.0, -134.0)], (56.0, -160.5)),  # across the antimeridian
    ],
)
def test_region_centre(points: list[tuple[float, float]], expected: tuple[float, float]) -> None:
    lat, lon = centre(points)
    assert (round(lat, 2), round(lon, 2)) == expected


@pytest.mark.parametrize(
    ("text", "word", "place"),
    [
        # "Southold" is also an alternate name of South Bend: the town of that main name is meant
        ("Farmers in Southold and Riverhead met on Monday.", "Southold", "Southold"),
        # exonyms still name the large city
        ("Fighting was reported in Kharkov on Monday.", "Kharkov", "Kharkiv"),
        ("Fighting was reported in Odessa on Monday.", "Odessa", "Odesa"),
    ],
)
def test_alias_of_another_town(nlp: Language, stage: GeoStage, text: str, word: str, place: str) -> None:
    got = mentions(nlp, stage, text)
    assert got[word][1] == place, got
