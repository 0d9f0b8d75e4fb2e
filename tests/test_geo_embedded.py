"""Names inside longer names (unfog.geo.embedded), taken only with the place_adjectives setting (the
GeoWebNews convention), on sentences of our own."""

from __future__ import annotations

import json

import pytest
from spacy.language import Language

from unfog.context import DocContext
from unfog.geo import GeoStage
from unfog.geo.embedded import FEATURES, MODEL_PATH, load_model
from unfog.knowledge import PACKAGED, Knowledge
from unfog.model import Document
from unfog.settings import Settings


@pytest.fixture(scope="module")
def gwn() -> GeoStage:
    return GeoStage.from_settings(Settings(place_adjectives=True))


@pytest.fixture(scope="module")
def plain() -> GeoStage:
    return GeoStage.from_settings(Settings(place_adjectives=False))


def mentions(nlp: Language, stage: GeoStage, text: str) -> dict[str, tuple[str | None, bool, str]]:
    """mention text -> (country code, literal, kind)."""
    places = stage.run(DocContext(Document(id="t", text=text), nlp(text)))
    return {m.text: (p.country_code, m.literal, m.kind) for p in places for m in p.mentions}


@pytest.mark.parametrize(
    ("text", "word", "cc"),
    [
        ("Police in Denver said the Denver Police Department arrested two men.", "Denver", "US"),
        ("A spokesman for the Bank of Canada declined to comment.", "Canada", "CA"),
        ("The Kenya Red Cross sent tents to the camp.", "Kenya", "KE"),
        ("She told the Ohio State University newspaper that she would appeal.", "Ohio", "US"),
        ("The Egypt Football Association fined the club.", "Egypt", "EG"),
        ("The Syrian Observatory for Human Rights counted the dead.", "Syrian", "SY"),
    ],
)
def test_name_inside_a_name(nlp: Language, gwn: GeoStage, plain: GeoStage, text: str, word: str, cc: str) -> None:
    got = mentions(nlp, gwn, text)
    assert got.get(word) == (cc, False, "embedded"), got
    places = plain.run(DocContext(Document(id="t", text=text), nlp(text)))
    assert all(m.kind != "embedded" for p in places for m in p.mentions)  # not by default


@pytest.mark.parametrize(
    ("text", "word"),
    [
        pytest.param("Paris Hilton arrived late to the party.", "Paris", marks=pytest.mark.xfail(
            reason="the NER model tags the person 'Paris Hilton' ORG, and a capital opening an organisation's "
                   "name is taken", strict=True)),
        ("Officers of the Denver Police Department arrested two men.", "Denver"),  # a town named only there
        ("Many Chinese say the book helped them.", "Chinese"),  # a people
        ("The lessons are taught in English after the first year.", "English"),  # a language
        ("Mass was held at St. George's Cathedral on Sunday.", "George"),
        ("Jordan Henderson scored twice for the visitors.", "Jordan"),
        ("The minister thanked Chad for the invitation, said Jane Roe.", "Jane"),
        ("Actor Tom Holland thanked his fans.", "Holland"),  # a surname inside a person's name
        ("Former reporter Bill Kent said the case was unusual.", "Kent"),
    ],
)
def test_not_taken(nlp: Language, gwn: GeoStage, text: str, word: str) -> None:
    assert word not in mentions(nlp, gwn, text)


def test_model_matches_features() -> None:
    data = json.loads(PACKAGED.text(MODEL_PATH))
    assert tuple(data["features"]) == FEATURES  # retrain with scripts/train_geo_recognize.py when not
    assert load_model(PACKAGED) is not None


def test_stale_model_refused(tmp_path: object) -> None:
    from pathlib import Path

    root = Path(str(tmp_path))
    (root / "geo").mkdir()
    (root / MODEL_PATH).write_text(json.dumps({"features": ["bias"], "weights": {"bias": 0}, "threshold": 0.5}))
    with pytest.raises(ValueError, match="retrain"):
        load_model(Knowledge(root))
