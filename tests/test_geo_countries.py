"""Countries named by their long forms and short names two countries share (issue 12; our own sentences).

- a country's long form is its name with or without its article ("Republic of the X" / "Republic of
  X", "the X" / "X"): ``gazetteer.yaml`` ``country_articles``, ``build.without_articles``;
- a short name two countries share ("Congo") is read as the country the document's other places lie
  in (spatial minimality, one sense per discourse; ``namesakes.country_namesakes``);
- a hyphenated name the NER model cut at the hyphen is read whole (``joins.hyphen_whole``), and so
  is a long form it cut to its last word ("Republic of X" read as "X"; ``joins.long_form``);
- a first-level region named as a place names its country too (containment): a town the NER model took
  for a person, after a locative word, is a town of that country (``signs.Signs.region_countries``; geo30);
- an apposition whose noun phrase ends at its town noun ("X, the regional capital,") classifies X as a
  town though no place Y follows (``relative.appositive_towns``); a noun after the town noun ("a town
  official", "the town's mayor") makes it a person's description (geo30).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.context import DocContext
from unfog.geo import GeoStage
from unfog.geo.build import without_articles
from unfog.model import Document
from unfog.settings import Settings


@pytest.fixture(scope="module")
def stage() -> GeoStage:
    return GeoStage.from_settings(Settings())


def _codes(nlp: Language, stage: GeoStage, text: str) -> dict[str, str | None]:
    places = stage.run(DocContext(Document(id="t", text=text), nlp(text)))
    return {m.text: p.country_code for p in places for m in p.mentions}


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Republic of the Kaga", {"Republic of Kaga"}),
        ("Democratic Republic of the Kaga", {"Democratic Republic of Kaga"}),
        ("The Velden", {"Velden"}),
        ("Velden", set()),
        ("Theodore Island", set()),
    ],
)
def test_without_articles(name: str, bare: set[str]) -> None:
    assert without_articles([name], ["the"]) == bare


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # long forms without the article
        ("Democratic Republic of Congo shut its border with Kaga after militias raided a market.",
         "Democratic Republic of Congo", "CD"),
        ("Republic of Congo's soldiers guarded the ferry at dawn.", "Republic of Congo", "CG"),
        # a short name two countries share, read where the document's other places lie
        ("Congo's navy patrolled the river near Brazzaville on Tuesday.", "Congo", "CG"),
        ("Congo's navy patrolled the lake near Goma on Tuesday.", "Congo", "CD"),
        ("Farmers fled fighting in eastern DR Congo. Congo's police said the roads were closed.", "Congo",
         "CD"),
        # a hyphenated country name the NER model cut at its hyphen
        ("Officials said the Republic of Kaga had no embassy in Congo.", "Congo", "CD"),
        ("Voters in Guinea-Bissau and Equatorial Guinea queued at dawn.", "Guinea-Bissau", "GW"),
        ("Voters in Guinea-Bissau and Equatorial Guinea queued at dawn.", "Equatorial Guinea", "GQ"),
    ],
)
def test_country_names(nlp: Language, stage: GeoStage, text: str, mention: str, code: str) -> None:
    assert _codes(nlp, stage, text).get(mention) == code


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
def test_region_names_country_and_closed_apposition(nlp: Language, stage: GeoStage, text: str, name: str,
                                                     code: str | None) -> None:
    found = _codes(nlp, stage, text)
    if code is None:
        assert name not in found, found
    else:
        assert found.get(name) == code, found
