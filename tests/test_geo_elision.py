"""Names written with an elided particle (issue 12): French and Italian elide "de", "le", "la" before
a vowel ("d'", "l'"), and inside a name the particle stays lower case while the capital moves to the
word after the apostrophe. Such a word is a capitalised word of the name, so the whole name is looked
up and a list holding it stays one list. Sentences of our own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.context import DocContext
from unfog.geo import GeoStage
from unfog.lines import elided_capital
from unfog.model import Document
from unfog.settings import Settings


@pytest.fixture(scope="module")
def stage() -> GeoStage:
    return GeoStage.from_settings(Settings())


@pytest.mark.parametrize(
    ("word", "capital"),
    [("d'Ivoire", True), ("d’Azur", True), ("l'Aquila", True), ("d'etat", False), ("don't", False),
     ("Ivoire", False), ("d'", False), ("o'Hare", False)],
)
def test_elided_capital(word: str, capital: bool) -> None:
    assert elided_capital(word) is capital


@pytest.mark.parametrize(
    ("text", "found", "absent"),
    [
        # the country's whole name, with the particle
        ("Cocoa farmers across Côte d'Ivoire sold their crop early.", {"Côte d'Ivoire": "CI"}, ()),
        ("Flooding closed roads throughout Côte d'Ivoire last week.", {"Côte d'Ivoire": "CI"}, ()),
        ("Rice prices rose in Cote d'Ivoire and Togo this month.", {"Cote d'Ivoire": "CI", "Togo": "TG"}, ()),
        # a list of countries holding it stays one list
        ("Shipments reached Mali, Côte d'Ivoire, Niger and Chad by May.",
         {"Mali": "ML", "Côte d'Ivoire": "CI", "Niger": "NE", "Chad": "TD"}, ()),
        # a lower-case word with an apostrophe is no name
        ("The coup d'etat in Port Velden failed within hours.", {}, ("d'etat",)),
    ],
)
def test_names_with_elided_particles(nlp: Language, stage: GeoStage, text: str, found: dict[str, str],
                                     absent: tuple[str, ...]) -> None:
    places = stage.run(DocContext(Document(id="t", text=text), nlp(text)))
    got = {m.text: p.country_code for p in places for m in p.mentions}
    for name, cc in found.items():
        assert got.get(name) == cc, (name, got)
    for name in absent:
        assert name not in got
