"""Places named as a part or the surroundings of a place, and areas the gazetteer lacks (issue 12,
geo9), on sentences of our own: "in western X", "the X countryside" (X, at the precision of a part of
it), and a name the gazetteer does not know, placed at the place the text ties it to."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.context import DocContext
from unfog.geo import GeoStage
from unfog.model import Document, Place
from unfog.settings import Settings


@pytest.fixture(scope="module")
def stage() -> GeoStage:
    return GeoStage.from_settings(Settings(place_adjectives=False))


def places(nlp: Language, stage: GeoStage, text: str) -> dict[str, Place]:
    """mention text -> the place it stands for."""
    found: list[Place] = stage.run(DocContext(Document(id="t", text=text), nlp(text)))
    return {m.text: p for p in found for m in p.mentions}


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
