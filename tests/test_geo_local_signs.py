"""Recognition on local news (issue 12, geo28), on sentences of our own: a mention's own locative word
("bound for X") keeps it a place though the story names a person of that surname; "<Town>, <State>"
names the town though the NER model took it for a person; "as far as" and partitives ("across much of X")
let the locative preposition before them govern the name; a bare one-word name the NER model took for a
person, in a local story that establishes its state, is a town of that state when nothing in the story
shows a person of that name (AP style names a person in full at first mention); a name ending in a
region suffix ("X Parish") is that region though the NER model took it for a person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.context import DocContext
from unfog.geo import GeoStage
from unfog.model import Document
from unfog.settings import Settings


@pytest.fixture(scope="module")
def stage() -> GeoStage:
    return GeoStage.from_settings(Settings(place_adjectives=False))


def spans(nlp: Language, stage: GeoStage, text: str) -> dict[tuple[int, int], str | None]:
    places = stage.run(DocContext(Document(id="t", text=text), nlp(text)))
    return {m.span: p.admin1 for p in places for m in p.mentions}


def at(text: str, phrase: str, word: str) -> tuple[int, int]:
    """The span of ``word`` inside the first ``phrase`` of ``text``."""
    start = text.index(phrase) + phrase.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(
    ("text", "place", "word", "region"),
    [
        # the mention's own goal phrase shows the place; the surname's other mentions stay the person
        ("HAYS, Kan. — The bus driver, Owen Salina, 51, of Hays, was cited for speeding. Salina was released "
         "the same day. Passengers bound for Salina waited four hours.", "bound for Salina", "Salina", "Kansas"),
        # "<Town>, <State>" whatever the NER model's tag
        ("The Pirates lost a close game against Sherman, Texas, on Friday night.", "Sherman, Texas", "Sherman",
         "Texas"),
        # a bare one-word "person" with no full name, title or verb of saying, in a story filed from Kansas
        ("HAYS, Kan. — Commissioner Ann Ruiz argued that Ellis and Plainville have no shelter beds at all.",
         "that Ellis", "Ellis", "Kansas"),
        # ... and its conjunct, a town of the same region (conjuncts are of one kind)
        ("HAYS, Kan. — Commissioner Ann Ruiz argued that Ellis and Plainville have no shelter beds at all.",
         "Plainville", "Plainville", "Kansas"),
        # "from as far away as X": the extent phrase between the preposition and its object
        ("MANHATTAN, Kan. — Buyers drove in from as far away as Emporia for the cattle sale.",
         "as Emporia", "Emporia", "Kansas"),
        # ... with the direction the extent runs in
        ("MANHATTAN, Kan. — Hail was reported as far west as Ellis, the sheriff said.", "as Ellis", "Ellis", "Kansas"),
        # a second-level region's own suffix, though the NER model took the name for a person
        ("A man from Allen Parish was arrested on Monday.", "Allen Parish", "Allen Parish", "Louisiana"),
        # a partitive between the preposition and "of X"
        ("HAYS, Kan. — Hail broke windows across much of Russell on Tuesday.", "of Russell", "Russell", "Kansas"),
    ],
)
def test_town_found(nlp: Language, stage: GeoStage, text: str, place: str, word: str, region: str) -> None:
    got = spans(nlp, stage, text)
    assert got.get(at(text, place, word)) == region, got


@pytest.mark.parametrize(
    ("text", "person", "word"),
    [
        # the surname's mention with no locative word of its own stays the person
        ("HAYS, Kan. — The bus driver, Owen Salina, 51, of Hays, was cited for speeding. Salina was released "
         "the same day. Passengers bound for Salina waited four hours.", "Salina was", "Salina"),
        # a one-word name the story shows to be a person (a full name, a title) is no local town
        ("HAYS, Kan. — Coach Lena Russell praised the team. The board thanked Russell for her years of work.",
         "thanked Russell", "Russell"),
    ],
)
def test_person_kept(nlp: Language, stage: GeoStage, text: str, person: str, word: str) -> None:
    got = spans(nlp, stage, text)
    assert at(text, person, word) not in got, got
