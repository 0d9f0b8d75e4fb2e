"""One sense per discourse and the parts of a town (our own sentences).

- a name the text places in a country by its own phrase ("X, Country", "X, Country's second city")
  keeps that reading where it recurs bare, before or after (``unfog.geo.discourse``; Gale, Church and
  Yarowsky 1992);
- "the Y district of X" with a romanised article joined to Y ("Bab al-Y"): Y is a part of X
  (``unfog.geo.districts``), not a building the NER model tagged FAC nor a town named by Y's first word;
- a country's name is no facility, whatever label the NER model gave it (``unfog.geo.facilities``);
- a first-level region named like its capital, coordinated with regions, is the region
  (``unfog.geo.parallel``).
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


def _readings(nlp: Language, stage: GeoStage, text: str) -> list[tuple[str, str]]:
    places = stage.run(DocContext(Document(id="t", text=text), nlp(text)))
    return sorted((m.text, f"{p.country_code}/{p.feature_code}") for p in places for m in p.mentions)


@pytest.mark.parametrize(
    ("text", "name", "cc"),
    [
        # the phrase of a later mention places the earlier bare one
        ("Gunmen traded fire in Tripoli overnight. By noon the army said Tripoli, Lebanon's second city, "
         "was calm again.", "Tripoli", "LB"),
        ("Floods cut the roads into Valencia on Sunday. Rescuers reached Valencia, Venezuela, by boat.",
         "Valencia", "VE"),
        # and of an earlier one the later bare ones
        ("Police in Hamilton, Canada, closed two bridges. Hamilton has had rain for a week.", "Hamilton", "CA"),
    ],
)
def test_one_sense_by_country(nlp: Language, stage: GeoStage, text: str, name: str, cc: str) -> None:
    got = [r for t, r in _readings(nlp, stage, text) if t == name]
    assert len(got) == 2 and all(r.startswith(cc + "/") for r in got), got


@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        ("Shops stayed shut in the Bab Sreija district of Damascus on Friday.", "Bab Sreija", "SY/PPLX"),
        ("Gunmen fired on a bakery in the Bab al-Hadid district of Homs, residents said.", "Bab al-Hadid",
         "SY/PPLX"),
        ("Aid ships from Cyprus docked in the harbour on Tuesday.", "Cyprus", "CY/PCLI"),
        # coordinated with a first-level region, none with a town: the region (``unfog.geo.parallel``)
        ("Teachers marched in Oaxaca and Chiapas on Monday.", "Oaxaca", "MX/ADM1"),
        ("Inspectors found three infected farms in Manitoba, two in Ontario, and one in Quebec.", "Quebec",
         "CA/ADM1"),
        ("Trucks with plates from Quebec and Vermont filled the lot.", "Quebec", "CA/ADM1"),
        # coordinated with a town, or with nothing: the town, as read bare
        ("Flights between Quebec and Toronto resumed on Friday.", "Quebec", "CA/PPL"),
        ("Drones hit Kharkiv and Sumy overnight.", "Kharkiv", "UA/PPL"),
        ("The mayor of Quebec opened the bridge.", "Quebec", "CA/PPL"),
    ],
)
def test_kind_of_place(nlp: Language, stage: GeoStage, text: str, name: str, where: str) -> None:
    got = dict(_readings(nlp, stage, text))
    assert got.get(name) == where, got
