"""The kind of place a name's head noun says (issue 12; our own sentences): "Lake X", "Mount X", "the X
River" are no country or region of that name, nor a small town of it elsewhere; a city of the name
lies by its river; a name the gazetteer holds whole ("Lake Charles") is untouched (``unfog.geo.heads``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.context import DocContext
from unfog.geo import GeoStage
from unfog.geo.heads import named_head
from unfog.geo.recognize import Mention
from unfog.model import Document, Place
from unfog.settings import Settings


@pytest.fixture(scope="module")
def stage() -> GeoStage:
    return GeoStage.from_settings(Settings())


def places(nlp: Language, stage: GeoStage, text: str) -> dict[str, Place]:
    found: list[Place] = stage.run(DocContext(Document(id="t", text=text), nlp(text)))
    return {m.text: p for p in found for m in p.mentions}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Herders crossed the dry bed of Lake Chad last spring.", "Chad"),
        ("Boats on the Niger River carried the goods to market.", "Niger"),
        ("Climbers on Mount Kenya were rescued by helicopter.", "Kenya"),
        ("Flooding along the Congo River displaced thousands near Kisangani.", "Congo"),
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
