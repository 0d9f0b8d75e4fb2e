"""Place adjectives (the place_adjectives setting), office titles, hyphen compounds and metonymy,
on sentences of our own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.context import DocContext
from unfog.geo import GeoStage
from unfog.model import Document, Place
from unfog.settings import Settings


@pytest.fixture(scope="module")
def plain() -> GeoStage:
    return GeoStage.from_settings(Settings(place_adjectives=False))


@pytest.fixture(scope="module")
def adjectives() -> GeoStage:
    return GeoStage.from_settings(Settings(place_adjectives=True))


def mentions(nlp: Language, stage: GeoStage, text: str) -> dict[str, tuple[str | None, bool, str]]:
    """mention text -> (country code, literal, kind)."""
    places: list[Place] = stage.run(DocContext(Document(id="t", text=text), nlp(text)))
    return {m.text: (p.country_code, m.literal, m.kind) for p in places for m in p.mentions}


@pytest.mark.parametrize(
    ("text", "word", "cc", "literal"),
    [
        ("Shells landed near the Iraqi border on Friday.", "Iraqi", "IQ", True),
        ("The Syrian army retook the hills.", "Syrian", "SY", False),
        ("A South Korean court jailed the executive.", "South Korean", "KR", False),
        ("Migrants are stranded on Greek islands.", "Greek", "GR", True),
        ("Leading British and American politicians spoke.", "British", "GB", False),
        ("Leading British and American politicians spoke.", "American", "US", False),
    ],
)
def test_adjectives_with_setting(nlp: Language, adjectives: GeoStage, plain: GeoStage, text: str, word: str,
                                 cc: str, literal: bool) -> None:
    got = mentions(nlp, adjectives, text)
    assert got.get(word) == (cc, literal, "adjective"), got
    assert word not in mentions(nlp, plain, text)  # off by default


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Thousands of Syrians fled north.", "Syrians"),  # a people-noun
        ("None of the injured were British.", "British"),  # a predicate
        ("She answered in Spanish after a pause.", "Spanish"),  # a language
        ("The Syrian Observatory for Human Rights counted the dead.", "Syrian"),  # inside a name (embedded)
    ],
)
def test_not_adjective_mentions(nlp: Language, adjectives: GeoStage, text: str, word: str) -> None:
    # a name inside a name may be a mention of kind "embedded" (test_geo_embedded.py), never an adjective
    assert mentions(nlp, adjectives, text).get(word, ("", False, "none"))[2] in ("none", "embedded")


@pytest.mark.parametrize(
    ("text", "word", "cc", "literal"),
    [
        ("Texas Governor Greg Abbott signed the order.", "Texas", "US", False),
        ("The coalition was U.S.-led from the start.", "U.S.", "US", False),
        ("A Kyiv-based analyst disagreed.", "Kyiv", "UA", True),
        ("Kyiv insisted that the talks were over.", "Kyiv", "UA", False),
        ("Moscow's campaign in the south stalled.", "Moscow", "RU", False),
        ("Ukraine stated that the bridge was hit.", "Ukraine", "UA", False),
        ("Shelling hit Kharkiv overnight.", "Kharkiv", "UA", True),
        ("Ukraine Says Bridge Was Hit Twice\n\nThe bridge was closed on Monday.", "Ukraine", "UA", False),
        ("Poland Warns of Drones Near Its Border\n\nOfficials met on Monday.", "Poland", "PL", False),
        ("Ukraine Shelled Overnight\n\nThe strikes hit a school.", "Ukraine", "UA", True),
        ("Refugees Return to Ukraine\n\nTrains were full on Monday.", "Ukraine", "UA", True),
        # geo is the one place that decides metonymy (the actor stage reads it): coordinated subjects,
        # "according to X", a name before a verb inside a title-case headline
        ("China and Russia hope that the talks resume.", "Russia", "RU", False),
        ("Poland and Lithuania denounced the drills.", "Lithuania", "LT", False),
        ("The ceasefire broke down, according to Ukraine.", "Ukraine", "UA", False),
        ("Moscow Hails Advance as Kyiv Says Lines Are Holding\n\nFighting went on.", "Kyiv", "UA", False),
        ("MANILA, Philippines – Ahead of Easter Sunday, the archbishop urged the faithful to pray.",
         "Philippines", "PH", True),
    ],
)
def test_names_titles_compounds_metonymy(nlp: Language, plain: GeoStage, text: str, word: str, cc: str,
                                         literal: bool) -> None:
    got = mentions(nlp, plain, text)
    assert got.get(word) == (cc, literal, "name"), got


def test_county_is_a_second_level_region(nlp: Language, plain: GeoStage) -> None:
    text = "Deputies in Orange County, California, closed the beach."
    places = plain.run(DocContext(Document(id="t", text=text), nlp(text)))
    county = next(p for p in places if p.name == "Orange County")
    assert county.feature_code == "ADM2" and county.precision == 2 and county.admin1 == "California"
    assert abs((county.lat or 0) - 33.7) < 0.5 and abs((county.lon or 0) + 117.8) < 0.5


@pytest.mark.parametrize(
    ("text", "word", "place"),
    [
        ("North American markets fell sharply on Monday.", "North American", "North America"),
        ("The South American trade bloc met in Montevideo.", "South American", "South America"),
        ("Latin American leaders met in Lima.", "Latin American", "Latin America"),
        # a continent's adjective opening a name: the continent, not the country of "American"
        ("Talks on the North American Free Trade Agreement resumed in Ottawa.", "North American", "North America"),
    ],
)
def test_adjectives_of_continents(nlp: Language, adjectives: GeoStage, text: str, word: str, place: str) -> None:
    places: list[Place] = adjectives.run(DocContext(Document(id="t", text=text), nlp(text)))
    got = {m.text: p.name for p in places for m in p.mentions}
    assert got.get(word) == place, got
