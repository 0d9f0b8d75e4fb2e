"""Names that read as regions by the names around them, through the geo stage (issue 12). Sentences
of our own.

- Coordination joins like with like: a name in a list whose other members are first-level regions
  of one country is that country's region where it has such a reading ("Oregon, Nevada, Washington
  and Idaho": the state, not the capital), and a name listed with countries is a country.
- Recognition by coordination: a capitalised name the gazetteer knows, listed with a place mention
  ("Kericho, Bomet, Litein and Sotik"), is a place of the kind its neighbour is (a country beside a
  country, else an entry in the neighbour's country), whatever label the NER model gave it; a run
  of names that only ends a clause ("in London, Smith said") is no list.
- "<Town>, <Name>": a name after a town and a comma that is a first-level region holding the town
  names that region ("Rochester, New York": the state), unless the town lies in the city of that
  name (a borough named with its city).
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
        # a list of states: the state of Washington, not the capital
        ("Cases were found in Oregon, Nevada, Washington and Idaho.", "Washington", ("US", "Washington", "ADM1")),
        ("Farms in Kansas, Iowa, Washington, and Nebraska reported losses.", "Washington",
         ("US", "Washington", "ADM1")),
        # a list of provinces: the province, not the city
        ("Outbreaks hit Quebec, Nova Scotia, Manitoba and Saskatchewan last week.", "Quebec",
         ("CA", "Quebec", "ADM1")),
        # a list of countries: the country, not a village of the name
        ("Shipments left for Peru, China, Chile and Argentina in May.", "China", ("CN", None, "PCLI")),
        # a list of cities stays a list of cities
        ("Flights from Paris, London, Berlin and Rome were cancelled.", "Paris", ("FR", "Ile-de-France", "PPLC")),
        # one other region is not enough to outweigh the reading of a capital
        ("Talks between Washington and Oregon officials went on.", "Washington", ("US", None, "PPLC")),
        # "<Town>, <Region>": the state that holds the town
        ("The fire started in a warehouse in Rochester, New York, on Monday.", "New York",
         ("US", "New York", "ADM1")),
        ("The fire started in a warehouse in Rochester, New York, on Monday.", "Rochester", ("US", "New York", "PPL")),
        ("A barn burned near Albany, New York, overnight.", "New York", ("US", "New York", "ADM1")),
        # a borough named with its city: the city
        ("A water main broke in Brooklyn, New York, early on Sunday.", "New York", ("US", "New York", "PPL")),
    ],
)
def test_names_read_by_their_neighbours(nlp: Language, stage: GeoStage, text: str, name: str,
                                        where: tuple[str, str | None, str]) -> None:
    places = stage.run(DocContext(Document(id="t", text=text), nlp(text)))
    got = {m.text: (p.country_code, p.admin1, p.feature_code) for p in places for m in p.mentions}
    assert got.get(name) == where, got


@pytest.mark.parametrize(
    ("text", "found", "not_found"),
    [
        ("Schools closed in Kericho, Bomet, Litein and Sotik after the storm.", {"Sotik": "KE"}, ()),
        ("Roads were cut between Kilifi, Malindi, Mtwapa and Watamu.", {"Malindi": "KE", "Watamu": "KE"}, ()),
        ("The rains hit Gulu, Kitgum, Pader and Lira.", {"Kitgum": "UG", "Pader": "UG", "Lira": "UG"}, ()),
        ("Clinics in Tamale, Bolgatanga and Yendi ran out of vaccine.", {"Yendi": "GH"}, ()),
        # a village the NER model found after a locative preposition anchors its list, and the list
        # goes on from the names listed after it
        ("Crews cleared roads near Batlow, Moss Vale and Kiama overnight.", {"Kiama": "AU"}, ()),
        # without a locative word a village the NER model found is no anchor (given names)
        ("Mourners remembered Helen, Clarence and Irene on Sunday.", {}, ("Clarence", "Irene")),
        # the name before the place mention, joined by "and"
        ("Fishing boats stayed in port in Temryuk and Anapa.", {"Temryuk": "RU"}, ()),
        # not a list: a clause's subject after a place and a comma
        ("In Leeds, Smith said the line would reopen.", {}, ("Smith",)),
        ("Smith, Jones and Brown met reporters in Nairobi on Friday.", {}, ("Smith", "Jones", "Brown")),
        # a list that names a person in full is a list of people, whatever the NER model made of its first name
        ("The jury heard about the deaths of Alma, Chester, Edith, Sharon and Walter Brandt.", {},
         ("Chester", "Edith", "Sharon")),
    ],
)
def test_names_listed_with_places(nlp: Language, stage: GeoStage, text: str, found: dict[str, str],
                                  not_found: tuple[str, ...]) -> None:
    places = stage.run(DocContext(Document(id="t", text=text), nlp(text)))
    got = {m.text: p.country_code for p in places for m in p.mentions}
    assert {k: got.get(k) for k in found} == found, got
    assert not set(not_found) & set(got), got
