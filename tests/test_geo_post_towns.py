"""US post-office towns cities500 lacks (issue 12, geo32; ``unfog.geo.post_towns``), our own sentences.

A village of a few hundred people is a reading of its name where the story places it locally (a place
the document settles within ``local_km``) or its phrase states its state ("X, Ala."); a well-known
namesake elsewhere is kept otherwise, and a region's name with a compass word ("East Texas") is no post
town. Post towns do not count toward a name's ambiguity (``gazetteer.entry_count``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.context import DocContext
from unfog.geo import GeoStage
from unfog.geo.gazetteer import POST_TOWN_BASE, Candidate, entry_count
from unfog.geodesy import km
from unfog.model import Document
from unfog.settings import Settings


@pytest.fixture(scope="module")
def stage() -> GeoStage:
    return GeoStage.from_settings(Settings())


def _places(nlp: Language, stage: GeoStage, text: str) -> dict[str, tuple[float, float, str | None]]:
    out = {}
    for p in stage.run(DocContext(Document(id="t", text=text), nlp(text))):
        for m in p.mentions:
            assert p.lat is not None and p.lon is not None
            out[text[m.span[0]:m.span[1]]] = (p.lat, p.lon, p.admin1)
    return out


@pytest.mark.parametrize(
    ("text", "name", "lat", "lon"),
    [
        # a village near the dateline's town, with namesakes in Ireland and Tasmania
        ("ABILENE, Kan. — A hay barn burned near Longford on Sunday, and crews from Abilene stayed the night.",
         "Longford", 39.18, -97.25),
        # a village of seventy people, near the dateline's town
        ("BRAINERD, Minn. — A fallen tree closed the county road to Fort Ripley on Monday.", "Fort Ripley",
         46.21, -94.25),
        # the phrase states the state: no settled place is needed
        ("A storage shed burned in Tanner, Ala., on Monday night.", "Tanner", 34.68, -86.96),
        # a post town of the story's state far from its places: the city of 100,000 is kept
        ("MANCHESTER, Vt. — Weekend shoppers drove in from Albany and Hartford for the sale.", "Albany",
         42.65, -73.76),
    ],
)
def test_post_towns(nlp: Language, stage: GeoStage, text: str, name: str, lat: float, lon: float) -> None:
    found = _places(nlp, stage, text)
    assert name in found, found
    assert km(lat, lon, found[name][0], found[name][1]) < 30, found[name]


def test_compass_region_is_no_post_town(nlp: Language, stage: GeoStage) -> None:
    found = _places(nlp, stage, "Heavy rain fell across East Texas on Sunday, and rivers rose near Tyler.")
    assert all(admin1 != "Pennsylvania" for _, _, admin1 in found.values()), found


def _cand(pid: int, pop: int) -> Candidate:
    return Candidate(pid, None, "Kaga", 40.0, -90.0, "US", "Velden", "PPL", pop, True)


@pytest.mark.parametrize(
    ("pids", "count"),
    [
        ([1, 2, POST_TOWN_BASE + 5], 2),  # a post town beside towns of cities500: not counted
        ([POST_TOWN_BASE + 1, POST_TOWN_BASE + 2], 2),  # post towns only: all counted
        ([7], 1),
    ],
)
def test_entry_count(pids: list[int], count: int) -> None:
    assert entry_count([_cand(p, 0) for p in pids]) == count
