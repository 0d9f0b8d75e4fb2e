"""Places as the goal of "on" (issue 12; our own sentences): "on" after a verb of falling or advancing
("shells fell on X", "rebels advanced on X") or a noun or verb of attack ("strikes on X", "opened fire
on X") is a locative word (``unfog.geo.evidence.goal_on``); after the first kind a one-word town the NER
model took for a person is a place, after the second the person label stands ("the attack on X")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.geo import GeoStage
from unfog.settings import Settings

from .test_geo_evidence import places


@pytest.fixture(scope="module")
def stage() -> GeoStage:
    return GeoStage.from_settings(Settings())



@pytest.mark.parametrize(
    ("text", "word", "cc"),
    [
        ("Drones rained down on Zaporizhzhia before dawn.", "Zaporizhzhia", "UA"),
        ("Missiles landed on Mykolaiv and on Kherson on Tuesday.", "Kherson", "UA"),
        ("Missiles landed on Mykolaiv and on Kherson on Tuesday.", "Mykolaiv", "UA"),
        ("Rebels advanced on Goma as fighting raged around the airport.", "Goma", "CD"),
        ("Mortar rounds fell on Kharkiv overnight, the governor said.", "Kharkiv", "UA"),
    ],
)
def test_goal_of_on(nlp: Language, stage: GeoStage, text: str, word: str, cc: str) -> None:
    got = places(nlp, stage, text)
    assert word in got, got
    assert got[word].country_code == cc


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The senator commented on Jackson after the vote.", "Jackson"),
        ("Police closed in on Johnson after a long chase.", "Johnson"),
        ("The coach relied on Bradley in the second half.", "Bradley"),
    ],
)
def test_on_without_a_goal_head_is_no_cue(nlp: Language, stage: GeoStage, text: str, word: str) -> None:
    assert word not in places(nlp, stage, text)
