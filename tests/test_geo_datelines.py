"""Newswire conventions on sentences of our own: datelines and US state abbreviations."""

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


def found(nlp: Language, stage: GeoStage, text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    """mention text -> (country code, first-level region, feature code)."""
    places: list[Place] = stage.run(DocContext(Document(id="t", text=text), nlp(text)))
    return {m.text: (p.country_code, p.admin1, p.feature_code) for p in places for m in p.mentions}


@pytest.mark.parametrize(
    ("text", "name", "cc", "admin1"),
    [
        ("SAN ANTONIO (AP) — A water main broke under a school car park.", "SAN ANTONIO", "US", "Texas"),
        ("RALEIGH, N.C. — Lawmakers passed a budget late on Tuesday.", "RALEIGH", "US", "North Carolina"),
        ("RALEIGH, N.C. — Lawmakers passed a budget late on Tuesday.", "N.C.", "US", "North Carolina"),
        ("KYIV, Ukraine (Reuters) - Air-raid sirens sounded twice overnight.", "KYIV", "UA", None),
        ("BEIRUT — Power cuts spread across the capital on Sunday.", "BEIRUT", "LB", None),
        ("DURBAN, South Africa (CNN) - Dock workers walked out again.", "DURBAN", "ZA", "KwaZulu-Natal"),
        ("The bulletin ended.\nSPRINGFIELD, Ill. (AP) — A grain silo caught fire.", "SPRINGFIELD", "US", "Illinois"),
        ("SPRINGFIELD, Mo. (AP) — A grain silo caught fire.", "SPRINGFIELD", "US", "Missouri"),
        ("CAMP MURRAY, Wash. — Guard crews loaded sandbags.", "Wash.", "US", "Washington"),
        ("By Jo Bloggs, Associated Press WASHINGTON (AP) — The vote slipped again.", "WASHINGTON", "US", None),
        ("A driver from Kokomo, Ind., was fined in Olympia, Wash., last week.", "Ind.", "US", "Indiana"),
        ("A driver from Kokomo, Ind., was fined in Olympia, Wash., last week.", "Olympia", "US", "Washington"),
        ("Wildfires spread in Calif. while floods hit Fla. and Pa. towns.", "Fla.", "US", "Florida"),
        ("Wildfires spread in Calif. while floods hit Fla. and Pa. towns.", "Pa.", "US", "Pennsylvania"),
        ("CHARLESTON, W.Va. (AP) — Coal trains stopped running.", "CHARLESTON", "US", "West Virginia"),
        ("MYRTLE BEACH, SC (WXYZ) -- A boardwalk shop burned down.", "SC", "US", "South Carolina"),
        ("Troops were sent to Washington, D.C., on Monday.", "Washington, D.C.", "US", None),
        ("Floods closed roads across NSW on Monday.", "NSW", "AU", "New South Wales"),
        ("The NSW government banned horse movements.", "NSW", "AU", "New South Wales"),
        ("Farmers in Qld asked for drought relief.", "Qld", "AU", "Queensland"),
    ],
)
def test_newswire_places(nlp: Language, stage: GeoStage, text: str, name: str, cc: str, admin1: str | None) -> None:
    got = found(nlp, stage, text)
    assert name in got, got
    assert got[name][:2] == (cc, admin1)


@pytest.mark.parametrize(
    ("text", "not_tagged"),
    [
        ("Sen. Jane Roe, R-Neb., called the plan reckless.", "Neb."),
        ("Miss. Smith said the class would meet at noon.", "Miss."),
        ("JONES: I never said that to anyone.", "JONES"),
        ("BREAKING — Markets fell sharply at the open.", "BREAKING"),
        ("Nobody in the room said OK, so the vote failed.", "OK"),
        ("The Syrian Observatory for Human Rights counted the dead.", "Syrian"),
    ],
)
def test_newswire_not_places(nlp: Language, stage: GeoStage, text: str, not_tagged: str) -> None:
    assert not_tagged not in found(nlp, stage, text)


def test_list_is_not_town_and_region(nlp: Language, stage: GeoStage) -> None:
    got = found(nlp, stage, "After stops in Washington, New York and Boston, the delegation flew home.")
    assert got["Washington"][:2] == ("US", None)


@pytest.mark.parametrize(
    ("text", "word", "cc"),
    [
        # no country holds another: "<Country>, <Country>" is a list, whatever follows
        ("Cases rose in Peru and Chile. Envoys of China, Japan, and the Netherlands asked for more time.",
         "China", "CN"),
        ("Envoys from Georgia, Armenia, and Turkey met on Monday.", "Georgia", "GE"),
        # a town named like a country, with its region, keeps the region's hint
        ("Workers in Mexico, Maine, said the shift would be made up.", "Mexico", "US"),
    ],
)
def test_country_list_is_not_town_and_country(nlp: Language, stage: GeoStage, text: str, word: str, cc: str
                                              ) -> None:
    assert found(nlp, stage, text)[word][0] == cc


@pytest.mark.parametrize(
    ("text", "word", "cc", "admin1"),
    [
        ("The victim was taken to a hospital in Savannah, Georgia, on Sunday.", "Georgia", "US", "Georgia"),
        ("He grew up in Athens, Georgia, and moved north in 1990.", "Georgia", "US", "Georgia"),
        ("The delegation flew from Tbilisi, Georgia, to Baku.", "Georgia", "GE", None),
        ("Police in Washington, Pa., said two teens were arrested.", "Washington", "US", "Pennsylvania"),
    ],
)
def test_container_reading(nlp: Language, stage: GeoStage, text: str, word: str, cc: str, admin1: str | None
                           ) -> None:
    """"<Town>, <Name>" where the name is a country and a region: the one holding the town; and a
    town that bears the name of its country's capital is no capital ("Washington, Pa.")."""
    places = stage.run(DocContext(Document(id="t", text=text), nlp(text)))
    got = {m.text: (p.country_code, p.admin1, p.name) for p in places for m in p.mentions}
    assert got.get(word) == (cc, admin1, word), got
