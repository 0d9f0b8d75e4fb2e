"""Names a story introduces as towns (our own sentences): a well-known city abroad that the story
introduces with a kind phrase ("the town of X", "the small settlement of X") and that nothing else of
the story lies near is left out (``unfog.geo.discourse.foreign_outliers``); named without such a
phrase, the city stays. The rows of ``unfog.geo.namesakes`` are in ``tests/test_geo_local.py``. Names
placed by a container ("X, Region", "X, Region, Country", "X, Country") are read inside it.
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



@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        # "<Town>, <Region>, <Country>": a chain of containers, not a list (``datelines.link_containers``)
        ("Deputies stopped the truck near Kingston, Ontario, Canada, late on Friday.", "Kingston", "CA/Ontario"),
        # a name its phrase places in a country is read there where it has an entry there, though a bigger
        # namesake lies abroad; its bare repeat too (``unfog.geo.discourse._contained``)
        ("MÉRIDA, Venezuela (AP) — Students in Mérida blocked the roads on Monday.", "Mérida", "VE/Merida"),
        # a demonym inside a longer place's name names no country (``signs``): "British Columbia" is no
        # sign of Britain, so the town after "from" keeps its Canadian entry
        ("A truck from Nelson, British Columbia, overturned near the border.", "Nelson", "CA/British Columbia"),
        # regions in a list: each region
        ("Flights were cut in Colorado, Nebraska, and Kansas after the storm.", "Colorado", "US/Colorado"),
    ],
)
def test_containers(nlp: Language, stage: GeoStage, text: str, name: str, where: str) -> None:
    places = stage.run(DocContext(Document(id="t", text=text), nlp(text)))
    got = {m.text: f"{p.country_code}/{p.admin1}" for p in places for m in p.mentions}
    assert got.get(name) == where, got
