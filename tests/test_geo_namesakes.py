"""Namesakes the story's regions and countries decide (our own sentences; ``unfog.geo.namesakes``).

- a foreign capital or well-known city in a story datelined "X, St. —" whose other towns lie in that
  state, where nothing else of the story lies in its country (its state, for one of the dateline's
  country): the namesake in the dateline's state near them (``dateline_namesakes``);
- a national capital's name read as a namesake town of its own country, not placed by its phrase: the
  capital (``capital_stands_alone``);
- a country's name that a US state bears, in a story whose other places lie in the United States and
  nothing else in that country: the state (``region_not_country``).
- a well-known city abroad that the story introduces with a kind phrase ("the town of X") and that
  nothing else of the story lies near: left out (``discourse.foreign_outliers``).
Rows that must not move are there too.
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
        # the dateline's state
        ("VIDALIA, Ga. — The feed store in Cairo reopened on Monday, and buyers drove in from Albany and "
         "Thomasville.", "Cairo", "US/Georgia"),
        ("ROCKLAND, Maine — The ferry from Portland was late again, and riders in Camden complained.",
         "Portland", "US/Maine"),
        # nothing near the namesake in the dateline's state: the capital stays
        ("SAVANNAH, Ga. — The port signed a shipping deal with buyers in Cairo and Alexandria.", "Cairo", "EG/"),
        # no dateline: towns of one state do not move a well-known city
        ("The Houston firm opened offices in Dallas, Austin and Paris last year.", "Paris", "FR/"),
        ("Bands from Macon and Denver will play in Dublin this summer.", "Dublin", "IE/"),
        # a national capital stands alone (AP): its namesake town is written with its state
        ("BARRE, Vt. — The mayor flew home from Montpelier and said the state would ask Washington for aid.",
         "Washington", "US/"),
        ("Roads near Washington, Vt., reopened, and crews in Washington cleared the last trees.",
         "Washington", "US/Vermont"),
        # a state that bears a country's name
        ("Scientists from Georgia shared the prize with labs in Boston and Denver.", "Georgia", "US/Georgia"),
        ("Officials in Tbilisi said Georgia would ask Washington and Brussels for help.", "Georgia", "GE/"),
        ("Georgia and Armenia signed a trade pact in Boston, watched by envoys from Denver.", "Georgia", "GE/"),
    ],
)
def test_namesakes(nlp: Language, stage: GeoStage, text: str, name: str, where: str) -> None:
    places = stage.run(DocContext(Document(id="t", text=text), nlp(text)))
    got = {m.text: f"{p.country_code}/{p.admin1 or ''}" for p in places for m in p.mentions}
    cc, admin1 = where.split("/")
    assert got.get(name, "/").split("/")[0] == cc, got
    if admin1:
        assert got[name] == where, got


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        # a name introduced by a kind phrase is no famous city of a country nothing else lies in: the
        # village the gazetteer lacks is left out rather than read abroad (``discourse.foreign_outliers``)
        ("Police in Queensland said the small settlement of Halifax was cut off, and Townsville and Ingham "
         "were flooded across Australia.", "Halifax", False),
        ("Soldiers in Mozambique said the town of Palma was burning, and families fled to Pemba and "
         "Montepuez.", "Palma", False),
        # named without a kind phrase, the well-known city stays
        ("Protesters marched in Halifax, and officials in Townsville and Brisbane watched, Australia's "
         "broadcaster said.", "Halifax", True),
    ],
)
def test_introduced_towns(nlp: Language, stage: GeoStage, text: str, name: str, kept: bool) -> None:
    places = stage.run(DocContext(Document(id="t", text=text), nlp(text)))
    got = {m.text for p in places for m in p.mentions}
    assert (name in got) == kept, got
