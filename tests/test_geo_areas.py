"""Places named as a part or the surroundings of a place, and areas the gazetteer lacks (issue 12,
geo9), on sentences of our own: "in western X", "the X countryside" (X, at the precision of a part of
it), and a name the gazetteer does not know, placed at the place the text ties it to."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.geo import GeoStage
from unfog.settings import Settings

from .test_geo_evidence import places


@pytest.fixture(scope="module")
def stage() -> GeoStage:
    return GeoStage.from_settings(Settings(place_adjectives=False))


@pytest.mark.parametrize(
    ("text", "word", "cc", "precision"),
    [
        # a compass or size qualifier between the locative word and the name: the place, as a part of it
        ("Soldiers searched homes in western Kadugli after the attack.", "Kadugli", "SD", 2),
        ("Gunmen raided farms in eastern Rutshuru on Friday.", "Rutshuru", "CD", 2),
        ("Shelling hit villages in the Kassala countryside on Sunday.", "Kassala", "SD", 2),
        # named plainly as well: the place itself
        ("Protesters marched in Kassala and later in western Kassala.", "Kassala", "SD", 1),
    ],
)
def test_part_of_place(nlp: Language, stage: GeoStage, text: str, word: str, cc: str, precision: int) -> None:
    got = places(nlp, stage, text)
    assert word in got, got
    assert got[word].country_code == cc
    assert got[word].precision == precision


@pytest.mark.parametrize(
    ("text", "word", "at"),
    [
        # a stated relation to a place found: "X near Y", "X east of Y", "X, a district of Y"
        ("Clashes erupted in the Jebel Akhdar massif east of Benghazi.", "Jebel Akhdar", "Benghazi"),
        ("Airstrikes hit the Wadi Barada valley near Damascus.", "Wadi Barada", "Damascus"),
        ("Rebels torched villages in the Dar Sila area, a district of West Darfur.", "Dar Sila", "West Darfur"),
        # the town it contains: "the town of Z in X"
        ("Militants overran the town of Rutshuru in Bwito.", "Bwito", "Rutshuru"),
        # a compass adjective qualifies a place, whatever the NER model's label
        ("Government troops shelled villages in eastern Qalamoun and pushed toward Yabroud.", "Qalamoun", "Yabroud"),
        ("Aid convoys reached southern Qalamoun on Monday, officials in Damascus said.", "Qalamoun", "Damascus"),
        # a neighbourhood after a locative word, with its town in the same sentence
        ("Police raided houses in Mabatini in Mwanza on Friday.", "Mabatini", "Mwanza"),
    ],
)
def test_area_placed(nlp: Language, stage: GeoStage, text: str, word: str, at: str) -> None:
    got = places(nlp, stage, text)
    assert word in got and at in got, got
    area, place = got[word], got[at]
    assert area.geonames_id is None and area.precision == 3
    assert (area.lat, area.lon) == (place.lat, place.lon)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # no place the text ties it to
        ("The film premiered in Gotham City.", "Gotham City"),
        ("Heavy fighting broke out in the Kuku Mountains on Tuesday.", "Kuku Mountains"),
        # a region or a water beside a town, with no stated relation: it may lie far from the town
        ("Cholera spread along the Sobat River, officials in Malakal said.", "Sobat River"),
        # a name of an organisation or a disease, a modifier of a common noun, "linked to"
        ("Members of the Wadi Halfa Council met in Kassala.", "Wadi Halfa"),
        ("The outbreak was linked to Lassa in Kassala.", "Lassa"),
    ],
)
def test_not_areas(nlp: Language, stage: GeoStage, text: str, word: str) -> None:
    got = places(nlp, stage, text)
    assert not any(word in k for k in got), got
