"""A town of a country the document does not name, placed by the first-level region it names (issue
12; our own sentences): "Salem" in a story that names Oregon and no country is the Oregon town, not
the Indian district; "Victoria" beside Texas is the Texas town, not Hong Kong, which the name reaches
only as an alias (``unfog.geo.rank.named_region``). A country the document names keeps its town.
A capital or well-known city of a country the document does not name gives way to a namesake next to
a place the document settles ("two Athens residents were hurt near Watkinsville": Athens, Georgia;
``unfog.geo.discourse.local_namesakes``); far from its namesakes' neighbours it stands."""

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
    ("text", "word", "where"),
    [
        ("The bridge in Salem will close for repairs, Oregon transportation officials said.", "Salem",
         "US/Oregon"),
        ("Students in Salem marched to the statehouse, and Massachusetts lawmakers met them.", "Salem",
         "US/Massachusetts"),
        ("The mill in Victoria closed, and Texas regulators opened an inquiry.", "Victoria", "US/Texas"),
        ("Crews in Hyderabad cleared the drains as Sindh officials watched.", "Hyderabad", "PK/Sindh"),
        # the country named with the town stands
        ("The factory in Salem, India, closed as Oregon investors pulled out.", "Salem", "IN/Tamil Nadu"),
    ],
)
def test_town_in_the_named_region(nlp: Language, stage: GeoStage, text: str, word: str, where: str) -> None:
    got = places(nlp, stage, text)
    assert word in got, got
    assert f"{got[word].country_code}/{got[word].admin1}" == where


@pytest.mark.parametrize(
    ("text", "word", "cc"),
    [
        ("Two Athens residents were hurt in a crash near Watkinsville, Ga., on Saturday.", "Athens", "US"),
        ("Police in Athens said the driver, a Watkinsville woman, was hurt.", "Athens", "US"),
        ("The minister flew from Athens to Rome on Monday, then on to Atlanta, Ga.", "Athens", "GR"),
        ("Talks in Paris stalled, a Texas senator said in Dallas.", "Paris", "FR"),
    ],
)
def test_local_namesake(nlp: Language, stage: GeoStage, text: str, word: str, cc: str) -> None:
    got = places(nlp, stage, text)
    assert word in got, got
    assert got[word].country_code == cc
