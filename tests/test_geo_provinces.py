"""Provinces by their bare name (issue 12; our own sentences): a second-level region whose formal name
opens with a province's generic head ("Province of X", "Provincia di X") is also indexed under X
(``unfog.geo.sources.province_keys``, gazetteer.yaml ``admin2_prefixes``), so that news naming the
province bare finds it; where a town of that main name lies in the province's first-level region,
the bare name is the town, as a first-level region named after its capital gives way to the town
(``unfog.geo.rank.bare_reading``); a bare name that is the main name of towns elsewhere does not
exclude the province (``unfog.geo.rank.bare_region``): the context decides. So too a large island
the gazetteer holds as a region of its own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.geo import GeoStage
from unfog.geo.knowledge import load_yaml
from unfog.geo.sources import province_keys
from unfog.settings import Settings

from .test_geo_evidence import places


@pytest.fixture(scope="module")
def stage() -> GeoStage:
    return GeoStage.from_settings(Settings())


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("Province of Kaga", {"kaga"}),
        ("Provincia di Port Velden", {"port velden"}),
        ("Provincia de Velden", {"velden"}),
        ("Provincia del Mar", {"mar"}),
        # not a province's head: nothing
        ("Municipio de Velden", set()),
        ("Departamento de Capital", set()),
        ("Kaga Province", set()),
    ],
)
def test_province_keys(name: str, keys: set[str]) -> None:
    assert province_keys(name, load_yaml("gazetteer.yaml")) == keys


@pytest.mark.parametrize(
    ("text", "word", "where"),
    [
        # the province, which the gazetteer knows only as "Province of ..."
        ("Hog farms in Pampanga were placed under quarantine last week.", "Pampanga", "ADM2 PH"),
        ("Floods cut the roads across Bukidnon on Tuesday, officials said.", "Bukidnon", "ADM2 PH"),
        # the province by its bare name, though towns of other countries bear that main name
        ("Philippine officials shut three hog farms in Laguna after the pigs fell ill.", "Laguna", "ADM2 PH"),
        # a large island the gazetteer holds as a region of its own (gazetteer.yaml regions, ISL), not a
        # town or a small region of that name
        ("Commuters on Long Island waited hours for the trains to run again.", "Long Island", "ISL US"),
        # a province named after its capital: the bare name is the town
        ("The match in Bergamo drew a large crowd on Sunday.", "Bergamo", "PPL IT"),
        ("Fans in Barcelona celebrated the title, and Spain's king sent his congratulations.", "Barcelona", "PPL ES"),
        # "department" in lower case names a first-level region (cues.yaml lowercase_admin_words), though
        # the NER model tags the name a person's
        ("Farmers in the department of Chinandega said the harvest was poor.", "Chinandega", "ADM1 NI"),
        ("Floods hit the Olancho department on Monday.", "Olancho", "ADM1 HN"),
    ],
)
def test_province_by_bare_name(nlp: Language, stage: GeoStage, text: str, word: str, where: str) -> None:
    got = places(nlp, stage, text)
    assert word in got, got
    assert f"{got[word].feature_code} {got[word].country_code}" == where


@pytest.mark.parametrize(
    "text",
    [
        # capitalised, the noun heads an office's name: no place
        "The US Justice Department said it would appeal.",
        "A spokesman for the Department of Justice declined to comment.",
    ],
)
def test_department_office(nlp: Language, stage: GeoStage, text: str) -> None:
    assert "Justice" not in places(nlp, stage, text)
