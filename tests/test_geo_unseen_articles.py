"""Resolution on articles of our own, written with their gold coordinates before the stage was run on
them (issue 12): four international stories naming towns of conflict zones (Ukraine, Sudan, Syria and
Gaza, the Sahel) with districts of named cities, villages the gazetteer lacks and rivers, and four US
local stories whose small towns share their names with bigger places
(``tests/fixtures/local_news/article38.txt`` to ``article45.txt``); eight more of each kind written the
same way (``article57`` to ``article64``: Congo, Yemen, Myanmar, Lebanon; Ohio, Georgia, Texas,
Missouri) and three written after the changes they measured (``article65`` to ``article67``: Somalia,
Kentucky, Sinaloa); eight more (``article80`` to ``article87``: Athens Ga., Paris Tenn., Florence Ala.,
Mexico Mo.; Nova Scotia, the Philippines, Colombia, Georgia the country) and three written after the
changes they measured (``article88`` to ``article90``: Columbus Ind., Kenya, London Ky.); geo31's eight
(``article103`` to ``article110``: Rutland Vt., Dublin Ga., Lebanon Ore., Belfast Maine; Cabo Delgado, the
Scottish Highlands, north Queensland, Puno) and three written after its changes (``article111`` to
``article113``: Palestine Texas, Lima Ohio, Cox's Bazar); geo32's eight US local stories (``article114`` to
``article121``: Abilene Kan., Brainerd Minn., Lebanon N.H., Delaware Ohio, Athens Ala., Peru Ind., Berlin
Wis., Glasgow Mont.: villages under 500 people, counties, big namesakes elsewhere) and three written after
its changes (``article122`` to ``article124``: Ogallala Neb., Indiana Pa., Miami Okla.); geo33's eight
international wire reports (``article125`` to ``article132``: León Nicaragua, Lugo Spain, Córdoba Argentina,
Windsor Ontario, Newcastle Australia, Concepción Chile, Padang Indonesia, San Fernando Philippines) and three
written after its changes (``article133`` to ``article135``: Celaya Mexico, Jos Nigeria, Juticalpa Honduras). Gold in
``coordinates.tsv``: every occurrence of a surface stands for the place at those coordinates.

Per article: at least ``RIGHT`` gold mentions are found within 161 km of the gold point, and no more
than ``FAR`` are found farther (a floor and a ceiling, as today; the far ones are listed below).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from spacy.language import Language

from unfog.context import DocContext
from unfog.geo import GeoStage
from unfog.geodesy import km
from unfog.model import Document
from unfog.settings import Settings

ARTICLES = Path(__file__).parent / "fixtures" / "local_news"
ACC_KM = 161.0

# far today: article121 "Nashua" (a Montana village of 300 near the dateline's town, a post-office town the
# index holds, but the ranker keeps Nashua, N.H., and the AP dateline step moves no name to a post town),
# article103 "Washington" ("ask Washington for federal aid" in a Vermont-datelined story:
# the learned ranker reads Washington, Vermont), article109 "Australia" twice and "Queensland"
# (countryinfo's country point and the index's box middle lie 244 and 382 km from our gold; GeoNames'
# points could not be checked offline),
# article39 "Blue Nile" (the river; the gazetteer holds the state named after it),
# article41 "Niger" (the country's point 178 km from ours), article66
# "Bridgeport" (a Kentucky village the gazetteer lacks, read as an Ohio town by its old name).
# article128 "Essex County" (the Ontario county is not in the index: read in New Jersey), article129
# "Australia" and article131 "Indonesia" twice (country points; Indonesia's index point is GeoNames' own, our
# gold point is the one off), article133 "Mexico" (the gold surface inside "Mexico City").
# article41's "Gao" (a town of Mali named beside Mali, which the NER model tags a person) was read in
# Burkina Faso until signs.Signs.countries took a country's name whole under any label (geo26)
RIGHT = {"article38": 15, "article39": 18, "article40": 22, "article41": 14, "article42": 10, "article43": 9,
         "article44": 12, "article45": 10, "article57": 16, "article58": 16, "article59": 13, "article60": 15,
         "article61": 14, "article62": 16, "article63": 18, "article64": 14, "article65": 14, "article66": 16,
         "article67": 18, "article80": 13, "article81": 12, "article82": 14, "article83": 15, "article84": 11,
         "article85": 13, "article86": 14, "article87": 17, "article88": 11, "article89": 12, "article90": 11,
         "article103": 12, "article104": 10, "article105": 11, "article106": 10, "article107": 9, "article108": 15,
         "article109": 7, "article110": 11, "article111": 11, "article112": 11, "article113": 10,
         # geo32 (main: 12, 12, 11, 9, 12, 13, 14, 10 right; 5 far): post-office villages (geo.post_towns)
         "article114": 13, "article115": 14, "article116": 11, "article117": 9, "article118": 12, "article119": 15,
         "article120": 14, "article121": 14,
         # written after geo32's changes (main: 9, 11, 15 right, 2 far: Big Springs, Wyandotte)
         "article122": 12, "article123": 11, "article124": 16,
         "article125": 10, "article126": 13, "article127": 11, "article128": 11, "article129": 9, "article130": 11,
         "article131": 8, "article132": 11, "article133": 10, "article134": 9, "article135": 9}
FAR = {"article38": 0, "article39": 1, "article40": 0, "article41": 1, "article42": 0, "article43": 0,
       "article44": 0, "article45": 0, "article57": 0, "article58": 0, "article59": 0, "article60": 0,
       "article61": 0, "article62": 0, "article63": 0, "article64": 0, "article65": 0, "article66": 1,
       "article67": 0, "article80": 0, "article81": 0, "article82": 0, "article83": 0, "article84": 0,
       "article85": 0, "article86": 0, "article87": 0, "article88": 0, "article89": 0, "article90": 0,
       "article103": 1, "article104": 0, "article105": 0, "article106": 0, "article107": 0, "article108": 0,
       "article109": 3, "article110": 0, "article111": 0, "article112": 0, "article113": 0,
       "article114": 0, "article115": 0, "article116": 0, "article117": 0, "article118": 0, "article119": 0,
       "article120": 0, "article121": 1, "article122": 0, "article123": 0, "article124": 0,
       "article125": 0, "article126": 0, "article127": 0, "article128": 1, "article129": 1, "article130": 0,
       "article131": 2, "article132": 0, "article133": 1, "article134": 0, "article135": 0}


@pytest.fixture(scope="module")
def stage() -> GeoStage:
    return GeoStage.from_settings(Settings())


def _gold() -> dict[str, list[tuple[str, float, float]]]:
    out: dict[str, list[tuple[str, float, float]]] = {}
    for line in (ARTICLES / "coordinates.tsv").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            article, surface, lat, lon, _ = line.split("\t")
            out.setdefault(article, []).append((surface, float(lat), float(lon)))
    return out


@pytest.mark.parametrize("article", sorted(RIGHT))
def test_unseen_articles(nlp: Language, stage: GeoStage, article: str) -> None:
    text = (ARTICLES / f"{article}.txt").read_text()
    found = {m.span: p for p in stage.run(DocContext(Document(id=article, text=text), nlp(text)))
             for m in p.mentions}
    right, far = 0, []
    for surface, lat, lon in _gold()[article]:
        for x in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            p = found.get(x.span())
            if p is None or p.lat is None or p.lon is None:
                continue
            if km(lat, lon, p.lat, p.lon) <= ACC_KM:
                right += 1
            else:
                far.append((surface, p.name, p.country_code))
    assert right >= RIGHT[article], (right, far)
    assert len(far) <= FAR[article], far
