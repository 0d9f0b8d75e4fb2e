"""The kind of place a name's head noun says (issue 12; our own sentences): "Lake X", "Mount X", "the X
River" are no country or region of that name, nor a small town of it elsewhere; a city of the name
lies by its river; a name the gazetteer holds whole ("Lake Charles") is untouched (``unfog.geo.heads``).
A geographic head noun after a capitalised word is the head of that longer name, no region of its own
("the Mekong Delta" is not Nigeria's Delta State, "X Bay" no Somali region Bay), and so is one opening
"<Head> of <Name>", whose name is no town of its own either ("the Gulf of X"; ``unfog.geo.spans``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.geo import GeoStage
from unfog.geo.heads import named_head
from unfog.geo.recognize import Mention
from unfog.settings import Settings

from .test_geo_evidence import places


@pytest.fixture(scope="module")
def stage() -> GeoStage:
    return GeoStage.from_settings(Settings())



@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Herders crossed the dry bed of Lake Chad last spring.", "Chad"),
        ("Boats on the Niger River carried the goods to market.", "Niger"),
        ("Climbers on Mount Kenya were rescued by helicopter.", "Kenya"),
        ("Flooding along the Congo River displaced thousands near Kisangani.", "Congo"),
        # cities of the name far apart (Hong Kong, British Columbia; two US states): the water names no one
        ("Ferries on Lake Victoria ran late after the storm.", "Victoria"),
        ("Barges on the Columbia River waited for the fog to lift.", "Columbia"),
        # a plural head shared by coordinated names: each is a river ("the Ohio and Mississippi rivers")
        ("The levee guards the town where the Ohio and Mississippi rivers meet.", "Ohio"),
        ("The levee guards the town where the Ohio and Mississippi rivers meet.", "Mississippi"),
    ],
)
def test_a_water_or_mountain_is_no_country(nlp: Language, stage: GeoStage, text: str, word: str) -> None:
    got = places(nlp, stage, text)
    assert word not in got, got


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        ("Boats crowded the Chicago River on Saturday for the parade.", "Chicago", "Chicago"),
        ("Streets flooded in Lake Charles, La., after the storm.", "Lake Charles", "Lake Charles"),
        ("Flooding along the Congo River displaced thousands near Kisangani.", "Kisangani", "Kisangani"),
    ],
)
def test_a_city_by_its_river_and_whole_names_stay(nlp: Language, stage: GeoStage, text: str, word: str,
                                                  name: str) -> None:
    got = places(nlp, stage, text)
    assert word in got, got
    assert got[word].name == name


@pytest.mark.parametrize(
    ("text", "start", "end", "codes"),
    [
        ("They sailed on Lake Kivu.", 4, 5, {"LK", "LKS", "RSV"}),
        ("They hiked on Mount Elgon.", 4, 5, {"MT"}),
        ("They rowed on the Volga River.", 4, 5, {"STM"}),
        ("They walked in Kigali today.", 3, 4, None),
        ("They walked on the lake near Kigali.", 6, 7, None),  # a lower-case noun is no part of a name
    ],
)
def test_named_head(nlp: Language, stage: GeoStage, text: str, start: int, end: int,
                    codes: set[str] | None) -> None:
    sdoc = nlp(text)
    m = Mention(start, end, (sdoc[start].idx, sdoc[end - 1].idx + len(sdoc[end - 1])), sdoc[start:end].text, "t", ())
    got = named_head(sdoc, m, stage.cues.head_classes)
    assert (set(got) if got is not None else None) == codes


@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        ("Farmers reported dead geese across the Mekong Delta on Sunday.", "Delta", False),
        ("Cases rose in the Central Plateau region of the country.", "Plateau", False),
        ("Fighting resumed in Delta State on Sunday.", "Delta", True),
        # after a word an entry matched too ("Saginaw", "Tampa"): the head is no place of its own
        ("Perch anglers crowded Saginaw Bay before the ice formed.", "Bay", False),
        ("A charter boat ran aground in Tampa Bay on Monday night.", "Bay", False),
        ("A ferry left Port Velden for Chesapeake Bay at dawn.", "Bay", False),
        # "<Head> of <Name>": one name; no entry bears it, so neither part is a place of its own
        ("A cargo ship was seized in the Gulf of Aden on Tuesday.", "Gulf", False),
        ("A cargo ship was seized in the Gulf of Aden on Tuesday.", "Aden", False),
        ("The cyclone weakened over the Bay of Bengal overnight.", "Bay", False),
        # the whole is an entry: that place
        ("Oil from the rig reached the Gulf of Mexico by Friday.", "Gulf of Mexico", True),
        # a town whose name ends in a head noun is matched whole
        ("A storm flooded streets in Bay City and Green Bay.", "Green Bay", True),
    ],
)
def test_head_of_a_longer_name(nlp: Language, stage: GeoStage, text: str, word: str, found: bool) -> None:
    assert (word in places(nlp, stage, text)) == found


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        # a township the gazetteer lacks whole is no town of the bare name
        ("The body was found in Washington Township late Sunday.", "Washington", None),
        ("A teen from Plainfield Twp. was hurt in the crash near Dayton.", "Plainfield", None),
        # one it holds whole is that place
        ("Police in Bensalem Township arrested two men.", "Bensalem Township", "Bensalem"),
    ],
)
def test_township(nlp: Language, stage: GeoStage, text: str, word: str, name: str | None) -> None:
    got = places(nlp, stage, text)
    assert (got[word].name if word in got else None) == name, got


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        # a plural region noun shared by coordinated names says region, even of a name tagged as a person
        ("Residents of Cook and DuPage counties were told to stay home.", "Cook", "Cook County"),
        ("Residents of Cook and DuPage counties were told to stay home.", "DuPage", "DuPage County"),
        ("Mr. Cook said the plan would work.", "Cook", None),
    ],
)
def test_shared_plural_region_noun(nlp: Language, stage: GeoStage, text: str, word: str, name: str | None) -> None:
    got = places(nlp, stage, text)
    assert (got[word].name if word in got else None) == name, got


def test_counties_named_together_lie_together(nlp: Language, stage: GeoStage) -> None:
    got = places(nlp, stage, "Schools in Jackson and Madison counties closed for the storm.")
    assert got["Jackson"].feature_code == got["Madison"].feature_code == "ADM2", got
    assert got["Jackson"].admin1 == got["Madison"].admin1
