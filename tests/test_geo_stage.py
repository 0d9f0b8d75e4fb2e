"""The geo stage on sentences of our own: which spans become places, where they resolve, literal or not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.context import DocContext
from unfog.geo import GeoStage
from unfog.model import Document, Place
from unfog.settings import Settings


@pytest.fixture(scope="module")
def stage() -> GeoStage:
    return GeoStage.from_settings(Settings())


def run(nlp: Language, stage: GeoStage, text: str) -> list[Place]:
    return stage.run(DocContext(Document(id="t", text=text), nlp(text)))


def found(places: list[Place]) -> dict[str, tuple[str | None, bool]]:
    """mention text -> (country code, literal) for every mention."""
    out = {}
    for p in places:
        for m in p.mentions:
            out[m.text] = (p.country_code, m.literal)
    return out


@pytest.mark.parametrize(
    ("text", "name", "cc", "literal"),
    [
        ("Drone debris fell on the town of Sudzha in the Kursk region on Tuesday.", "Sudzha", "RU", True),
        ("Drone debris fell on the town of Sudzha in the Kursk region on Tuesday.", "Kursk", "RU", True),
        ("Drones struck the southern Ukrainian city of Kherson overnight.", "Kherson", "UA", True),
        ("Kyiv warned that the talks would not resume.", "Kyiv", "UA", False),
        ("Turkey has shelled positions near the border for weeks.", "Turkey", "TR", False),
        ("Moscow's decision to close the consulate angered diplomats.", "Moscow", "RU", False),
        ("Refugees crossed from Syria into Turkey last winter.", "Syria", "SY", True),
        ("Refugees crossed from Syria into Turkey last winter.", "Turkey", "TR", True),
        ("Fighting continued around Avdiivka and in Donetsk Oblast.", "Donetsk", "UA", True),
        ("The governor of Georgia signed the bill in Atlanta.", "Atlanta", "US", True),
    ],
)
def test_places(nlp: Language, stage: GeoStage, text: str, name: str, cc: str, literal: bool) -> None:
    got = found(run(nlp, stage, text))
    assert name in got, got
    assert got[name] == (cc, literal)


@pytest.mark.parametrize(
    ("text", "not_tagged"),
    [
        ("The Freedom of Russia Legion claimed the raid.", "Russia"),
        ("The Supreme Court of Russia banned the group.", "Russia"),
        ("The Syrian Observatory for Human Rights counted the dead.", "Syrian"),
        ("Ukrainian officials and Russian diplomats met on Monday.", "Ukrainian"),
        ("Ukrainian officials and Russian diplomats met on Monday.", "Russian"),
        ("A spokesman for the Chicago Police said nobody was hurt.", "Chicago"),
        ("Police said Jackson had left. Jackson was not at home, Jackson's lawyer said.", "Jackson"),
    ],
)
def test_not_places(nlp: Language, stage: GeoStage, text: str, not_tagged: str) -> None:
    assert not_tagged not in found(run(nlp, stage, text))


def test_region_and_city_are_two_places(nlp: Language, stage: GeoStage) -> None:
    text = "Missiles hit Belgorod on Sunday. Later the governor of the Belgorod region ordered evacuations."
    places = run(nlp, stage, text)
    codes = sorted(p.feature_code or "" for p in places if p.name.startswith("Belgorod"))
    assert codes == ["ADM1", "PPL"]
    region = next(p for p in places if p.feature_code == "ADM1")
    assert region.precision == 3 and abs((region.lat or 0) - 50.7) < 1.0


def test_ids_spans_and_order(nlp: Language, stage: GeoStage) -> None:
    text = "Troops left Kharkiv for Izium. Kharkiv was quiet by evening."
    places = run(nlp, stage, text)
    assert [p.id for p in places] == [f"p{i + 1}" for i in range(len(places))]
    kharkiv = places[0]
    assert kharkiv.name == "Kharkiv" and len(kharkiv.mentions) == 2
    assert kharkiv.spans == [m.span for m in kharkiv.mentions]
    assert all(text[s:e] == "Kharkiv" for s, e in kharkiv.spans)
    assert kharkiv.precision == 1 and kharkiv.geonames_id is not None


def test_bare_country_name_prefers_country(nlp: Language, stage: GeoStage) -> None:
    places = run(nlp, stage, "Protests spread across Georgia after the vote in Tbilisi.")
    assert found(places)["Georgia"][0] == "GE"
