"""Countries named by their long forms and short names two countries share (issue 12; our own sentences).

- a country's long form is its name with or without its article ("Republic of the X" / "Republic of
  X", "the X" / "X"): ``gazetteer.yaml`` ``country_articles``, ``build.without_articles``;
- a short name two countries share ("Congo") is read as the country the document's other places lie
  in (spatial minimality, one sense per discourse; ``discourse.shared_country``);
- a hyphenated name the NER model cut at the hyphen is read whole (``joins.hyphen_whole``), and so
  is a long form it cut to its last word ("Republic of X" read as "X"; ``joins.long_form``).
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
