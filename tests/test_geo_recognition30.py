"""Recognition on unseen text (issue 12, geo30; our own sentences).

- a first-level region named as a place names its country too (containment): a town the NER model took
  for a person, after a locative word, is a town of that country (``signs.Signs.region_countries``), but
  where the story establishes a region of that country, that region is the finer evidence;
- an apposition whose noun phrase ends at its town noun ("X, the regional capital,") classifies X as a
  town though no place Y follows (``relative.appositive_towns``); a noun after the town noun ("a town
  official", "the town's mayor") makes it a person's description.
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


def _found(nlp: Language, stage: GeoStage, text: str) -> dict[str, str | None]:
    places = stage.run(DocContext(Document(id="t", text=text), nlp(text)))
    return {m.text: p.country_code for p in places for m in p.mentions}


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # the region names the country: the town tagged PERSON after "toward" is a town of it
        ("Families fled toward Mellit after gunmen burned markets in North Darfur.", "Mellit", "SD"),
        ("Families fled toward Mellit after gunmen burned markets in North Darfur.", "North Darfur", "SD"),
        # a closed apposition with a town noun: a town, though the NER model says person
        ("After the attack near Djibo, survivors walked to Kaya, the regional capital, on Sunday.", "Kaya", "BF"),
        # a noun after the town noun: a person's description, no place
        ("After the attack near Djibo, Kaya, the town's mayor, said the roads were shut.", "Kaya", None),
        ("After the attack near Djibo, Tom Kaya, a city councilman, said the roads were shut.", "Kaya", None),
        ("Storms hit Ohio on Monday and Ann Selma, the village clerk, counted the damage.", "Selma", None),
    ],
)
def test_recognition(nlp: Language, stage: GeoStage, text: str, name: str, code: str | None) -> None:
    found = _found(nlp, stage, text)
    if code is None:
        assert name not in found, found
    else:
        assert found.get(name) == code, found
