"""A county the document names holds its towns (issue 12, local news; sentences of our own).

A second-level region named in the text (a county, a parish, a district) places the story: a name
with a town inside that region is read as that town, though a capital or a bigger namesake elsewhere
would be chosen alone ("A Paris man ... the Lamar County sheriff": Paris, Texas). Names with no town
in the region keep their reading (``unfog.geo.counties``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.context import DocContext
from unfog.geo import GeoStage
from unfog.model import Document
from unfog.settings import Settings


@pytest.fixture(scope="module")
def stage() -> GeoStage:
    return GeoStage.from_settings(Settings())


@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        ("A Paris man was charged with arson on Friday, the Lamar County sheriff said.", "Paris",
         ("US", "Texas")),
        ("A Moscow woman was hurt in a crash on the highway, Latah County deputies said.", "Moscow",
         ("US", "Idaho")),
        ("Police in Lebanon said a man was arrested after a crash. The Grafton County sheriff said the driver "
         "was flown to a trauma centre.", "Lebanon", ("US", "New Hampshire")),
        # no town of the name in the county: the reading stays
        ("The mayor of Paris visited Los Angeles County on Monday.", "Paris", ("FR", "Ile-de-France")),
        ("Officials in Harris County said flights to London were cancelled.", "London", ("GB", "England")),
    ],
)
def test_county_holds_its_towns(nlp: Language, stage: GeoStage, text: str, name: str,
                                where: tuple[str, str]) -> None:
    places = stage.run(DocContext(Document(id="t", text=text), nlp(text)))
    got = {m.text: (p.country_code, p.admin1) for p in places for m in p.mentions}
    assert got.get(name) == where, got
