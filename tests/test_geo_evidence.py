"""A gazetteer hit is a place only with evidence, on sentences of our own (issue 12): names inside
saints' and persons' names, fuzzy matches, towns the NER model takes for persons, the objects of
verbs of moving and holding ground, districts of a named city, "North X" for GeoNames' "Northern X",
US state abbreviations and counties."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.context import DocContext
from unfog.geo import GeoStage
from unfog.geodesy import km
from unfog.model import Document, Place
from unfog.settings import Settings


@pytest.fixture(scope="module")
def stage() -> GeoStage:
    return GeoStage.from_settings(Settings(place_adjectives=False))


def places(nlp: Language, stage: GeoStage, text: str) -> dict[str, Place]:
    """mention text -> the place it stands for."""
    found: list[Place] = stage.run(DocContext(Document(id="t", text=text), nlp(text)))
    return {m.text: p for p in found for m in p.mentions}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a saint's or a person's name owning a building's name is no town
        ("Mourners gathered outside St. Anne's Church on Sunday.", "St. Anne"),
        ("Worshippers filled St. Paul's Cathedral for the evening service.", "St. Paul"),
        ("The boy was taken to St. Helen's Hospital with burns.", "St. Helen"),
        ("Queen Mary's College reopened its library on Friday.", "Queen Mary"),
        # a disease named after a place, lower-case adjectives between ("X haemorrhagic fever"), and the
        # same name standing alone in a document that names the disease (one sense per discourse)
        ("Doctors treated two patients with Marburg haemorrhagic fever.", "Marburg"),
        ("Labs confirmed Marburg virus in the samples, and officials fear Marburg could spread.", "Marburg"),
        # a word one letter or a transliteration away from a town, with no sign of a place
        ("Delegates from the Baath movement met in the capital.", "Baath"),
        ("Lombardi told reporters in the capital that the plan was sound.", "Lombardi"),
        ("The court ruled under Shariah law that the marriage was void.", "Shariah"),
    ],
)
def test_not_places(nlp: Language, stage: GeoStage, text: str, word: str) -> None:
    got = places(nlp, stage, text)
    assert not any(word in k for k in got), got


@pytest.mark.parametrize(
    ("text", "word", "cc"),
    [
        # the possessor of a building is a place when it is one ("Moscow's airport")
        ("Flights resumed at Moscow's Vnukovo Airport on Monday.", "Moscow", "RU"),
        ("Crowds gathered in St. Petersburg's Palace Square.", "St. Petersburg", "RU"),
        # towns the NER model takes for persons, after a locative preposition or verb
        ("He was taken to a hospital in Milton Keynes, where he died.", "Milton Keynes", "GB"),
        ("Militias besieged Al Fashir for months.", "Al Fashir", "SD"),
        ("Families fled Khan Yunis on foot as strikes hit Khan Yunis again.", "Khan Yunis", "PS"),
        ("The rebels still held Kidal after the army withdrew.", "Kidal", "ML"),
        ("Government forces recaptured Tadmur in March.", "Tadmur", "SY"),
        ("The militia shelled Avdiivka for a third day.", "Avdiivka", "UA"),
        ("Residents fled Severodonetsk in buses.", "Severodonetsk", "UA"),
        # "North X" where GeoNames has "Northern X"
        ("Aid reached North Darfur last week.", "North Darfur", "SD"),
        ("Floods displaced thousands in South Kordofan.", "South Kordofan", "SD"),
        ("Cholera spread across Darfur in the dry season.", "Darfur", "SD"),
        # local news: AP-style state abbreviations and counties
        ("Police in Paris, Tenn., said the fire started at a warehouse.", "Paris", "US"),
        ("Deputies found the car near Springfield, Ill., late Sunday.", "Springfield", "US"),
        ("Residents of Orange County were told to leave their homes.", "Orange County", "US"),
        # local news: a home town modifying a person noun
        ("A Kokomo man was charged with arson on Tuesday.", "Kokomo", "US"),
        ("Two Tuscaloosa teens were hurt when their car overturned.", "Tuscaloosa", "US"),
        ("Police said an Amarillo woman had reported the theft.", "Amarillo", "US"),
    ],
)
def test_places(nlp: Language, stage: GeoStage, text: str, word: str, cc: str) -> None:
    got = places(nlp, stage, text)
    assert word in got, got
    assert got[word].country_code == cc


@pytest.mark.parametrize(
    ("text", "word", "admin1"),
    [
        ("Police in Paris, Tenn., said the fire started at a warehouse.", "Paris", "Tennessee"),
        ("Deputies found the car near Springfield, Ill., late Sunday.", "Springfield", "Illinois"),
        ("A crash closed the highway near Athens, Ga., on Friday.", "Athens", "Georgia"),
        # Canadian provinces, after a town only ("B.C." also closes a date, "N.B." a note)
        ("SYDNEY, N.S. — Snow closed the schools on Monday.", "SYDNEY", "Nova Scotia"),
        ("A ferry left Kingston, Ont., late on Friday.", "Kingston", "Ontario"),
        ("The mill in Victoria, B.C., reopened after the strike.", "Victoria", "British Columbia"),
        ("Crews from Moncton, N.B., restored power on Tuesday.", "Moncton", "New Brunswick"),
    ],
)
def test_state_abbreviation_places_the_town(nlp: Language, stage: GeoStage, text: str, word: str,
                                            admin1: str) -> None:
    assert places(nlp, stage, text)[word].admin1 == admin1


@pytest.mark.parametrize(
    "text",
    [
        "The fort was built around 200 B.C. by a local king.",
        "N.B. The office is closed on Monday.",
    ],
)
def test_province_abbreviation_only_after_a_town(nlp: Language, stage: GeoStage, text: str) -> None:
    assert not any(w in places(nlp, stage, text) for w in ("B.C.", "N.B."))


@pytest.mark.parametrize(
    ("text", "district", "city"),
    [
        # a district the gazetteer lacks belongs to the city named with it, at precision 2
        ("A car bomb went off in the Zayouna district of Baghdad on Monday.", "Zayouna", "Baghdad"),
        ("Police in Baghdad said a car bomb went off in the city's Zayouna district.", "Zayouna", "Baghdad"),
        ("Shelling hit Aleppo's Sheikh Maqsoud neighbourhood overnight.", "Sheikh Maqsoud", "Aleppo"),
        ("Tanks moved into the Shujaiya neighborhood of Gaza City.", "Shujaiya", "Gaza"),
        # a capitalised district noun is part of the name ("the city's East Side")
        ("Officers in Columbus answered a call on the city's East Side.", "East Side", "Columbus"),
        ("Three people were shot overnight on Chicago's South Side.", "South Side", "Chicago"),
    ],
)
def test_district_of_a_city(nlp: Language, stage: GeoStage, text: str, district: str, city: str) -> None:
    got = places(nlp, stage, text)
    assert district in got, got
    place = got[district]
    assert place.precision == 2
    town = next(c for c in stage.gazetteer.lookup(city) if c.is_town)
    assert place.lat is not None and place.lon is not None
    assert km(place.lat, place.lon, town.lat, town.lon) < 30


def test_district_the_gazetteer_knows_is_resolved_itself(nlp: Language, stage: GeoStage) -> None:
    got = places(nlp, stage, "Shelling hit Kharkiv's Saltivka district overnight.")
    assert "Saltivka" in got, got
    assert got["Saltivka"].country_code == "UA"


def test_a_saints_building_is_a_facility_located_by_the_town(nlp: Language, stage: GeoStage) -> None:
    text = "Pilgrims from Rome filled the square. The pope said Mass in St. Mark's Basilica on Sunday."
    got = places(nlp, stage, text)
    assert "St. Mark" not in got, got
    assert got["St. Mark's Basilica"].name == "Rome"


def test_a_town_once_shown_stays_a_town(nlp: Language, stage: GeoStage) -> None:
    text = "Tanks pushed into Khan Yunis on Monday. Residents said Khan Yunis had no water."
    found: list[Place] = stage.run(DocContext(Document(id="t", text=text), nlp(text)))
    assert [len(p.mentions) for p in found if p.country_code == "PS"] == [2], found


@pytest.mark.parametrize(
    "text",
    [
        "We’re getting left behind, the mayor said.",  # a pronoun under a locative verb is no name
        "They were told to leave Kenya Airways' lounge.",
    ],
)
def test_locative_verb_needs_a_proper_name(nlp: Language, stage: GeoStage, text: str) -> None:
    assert "We" not in places(nlp, stage, text)


@pytest.mark.parametrize(
    ("text", "word", "cc"),
    [
        # a town the NER model takes for a person or an organisation, after a locative preposition,
        # in a country the story names, with no sign of a person or organisation: a place there
        ("Flooding in Uganda forced families to move to Lira, where aid workers set up tents.", "Lira", "UG"),
        ("Officials in Australia said the horses stabled at Warwick were moved on Tuesday.", "Warwick", "AU"),
    ],
)
def test_town_of_a_named_country_after_a_preposition(nlp: Language, stage: GeoStage, text: str, word: str,
                                                     cc: str) -> None:
    found = places(nlp, stage, text)
    assert word in found and found[word].country_code == cc, found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the same position, and a sign elsewhere in the story that the name is a person's or a company's
        ("Dr. Warwick said the horses in Australia were healthy. The vet sent samples to Warwick.", "Warwick"),
        ("Australia's premier spoke to Warwick on Friday. Mr Warwick told reporters the samples were clean.",
         "Warwick"),
        ("The samples from Australia went to Warwick, according to Warwick.", "Warwick"),
        ("In Australia, the board gave the contract to Warwick. Warwick Ltd makes fences.", "Warwick"),
        ("In Uganda, the ministry sent the report to Lira. John Lira told reporters the report was late.", "Lira"),
        ("A man in Uganda, known only by the surname of Lira, was flown to Lira for tests.", "Lira"),
    ],
)
def test_named_country_town_with_a_person_sign(nlp: Language, stage: GeoStage, text: str, word: str) -> None:
    assert word not in places(nlp, stage, text)


def test_disease_name_still_a_place_after_a_locative_word(nlp: Language, stage: GeoStage) -> None:
    """A name a disease's name holds is still a place where a locative preposition stands before it
    (which of the towns of the name it is, is resolution's matter)."""
    text = "The Marburg virus was first described after an outbreak in Marburg in 1967."
    got = places(nlp, stage, text)
    assert list(got) == ["Marburg"], got
    assert got["Marburg"].mentions[0].span[0] == text.rindex("Marburg")
