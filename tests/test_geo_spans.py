"""The recogniser's candidate spans (``unfog.geo.spans``) and the regions a story establishes
(``unfog.geo.signs.established_regions``), on our own sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.geo.signs import established_regions
from unfog.geo.spans import runs


@pytest.mark.parametrize(("text", "want"), [
    # a run of capitalised words, hyphen-joined parts kept together
    ("Ferries left Port Velden for Kaga-Minato at dawn.", ["Ferries", "Port Velden", "Kaga-Minato"]),
    # a mark ends a run: the comma splits town and region
    ("The mill in Orrin Falls, Tessaly closed.", ["The", "Orrin Falls", "Tessaly"]),
    # lower-case words alone: no run
    ("nothing happened there today.", []),
])
def test_capitalised_runs(nlp: Language, text: str, want: list[str]) -> None:
    doc = nlp(text)
    assert [doc[s:e].text for s, e in runs(doc)] == want


@pytest.mark.parametrize(("named", "placing", "want"), [
    ([("KG", "Velden")], [], {("KG", "Velden")}),
    ([], [("KG", "Tessaly"), ("KG", "Tessaly")], {("KG", "Tessaly")}),
    ([("KG", "Velden")], [("OR", "Minato")], {("KG", "Velden"), ("OR", "Minato")}),
    ([], [], set()),
])
def test_established_regions(named: list[tuple[str, str]], placing: list[tuple[str, str]],
                             want: set[tuple[str, str]]) -> None:
    # the regions named and those of towns placed by their region, once each, from any iterables
    assert established_regions(iter(named), iter(placing)) == frozenset(want)
