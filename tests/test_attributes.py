"""unfog.attributes: the model's attribute ruler and lemmatizer, computed faster, give their result
token for token (TAG, POS, MORPH, LEMMA, DEP), on sentences of our own that exercise the ruler's tag
map and exceptions (multi-token ones, regular expressions, dependency tests, whitespace) and the
lemmatizer's rules and shortcuts (proper nouns, base forms, exceptions, the same word twice)."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from unfog.attributes import AttributeRules, Unsupported, matches, speed_up
from unfog.settings import SPACY_MODEL

SENTENCES = [
    "The governor said on Telegram that two drones were shot down over the city.",
    "They gon na attack the bridge, he got ta leave now.",
    "Y'all ain't seen nothin' yet, the commander wrote; y all should wait.",
    "Let's be clear: there is no ceasefire, and there are no talks. There's shelling.",
    "C'mon, said the medic.  \n\n  KHARKIV —\nMissiles hit a depot; it's burning.",
    "Were there any casualties? There were three, and there 's a fourth.",
    "I'd've thought so, but she'd rather not say whether they'll come.",
    "Mr. Petrov (62) met U.S. officials in Geneva on 3 May 2024 at 10:30 a.m.",
    "The bases were shelled; the base was shelled again, and the shelling went on.",
    "Geese, mice and better-armed men fled faster than the wounded children were carried.",
    "Russia says Ukraine's forces are retreating; Ukraine said Russia's claims were false.",
]


@pytest.fixture(scope="module")
def pair() -> tuple[Language, Language]:
    """The model as spaCy loads it, and the same model with its ruler sped up."""
    return spacy.load(SPACY_MODEL), speed_up(spacy.load(SPACY_MODEL))


def _attrs(doc: Doc) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_the_components_are_replaced_in_place(pair: tuple[Language, Language]) -> None:
    plain, fast = pair
    assert fast.pipe_names == plain.pipe_names
    assert fast.get_pipe_meta("attribute_ruler").factory == "unfog_attributes"
    assert fast.get_pipe_meta("lemmatizer").factory == "unfog_lemmatizer"


@pytest.mark.parametrize("text", SENTENCES)
def test_same_result_as_the_ruler(pair: tuple[Language, Language], text: str) -> None:
    plain, fast = pair
    assert _attrs(fast(text)) == _attrs(plain(text))


def test_same_result_on_a_batch(pair: tuple[Language, Language]) -> None:
    plain, fast = pair
    assert [_attrs(d) for d in fast.pipe(SENTENCES)] == [_attrs(d) for d in plain.pipe(SENTENCES)]


@pytest.mark.parametrize(
    ("spec", "values", "expected"),
    [
        ({"TAG": "NN"}, ("NN", "town", "nsubj", False), True),
        ({"TAG": "NN"}, ("NNS", "towns", "nsubj", False), False),
        ({"TAG": {"IN": ["VBP", "VBZ"]}, "LOWER": "ai"}, ("VBP", "ai", "ROOT", False), True),
        ({"TAG": {"IN": ["VBP", "VBZ"]}, "LOWER": "ai"}, ("VBD", "ai", "ROOT", False), False),
        ({"DEP": {"NOT_IN": ["expl"]}, "LOWER": "there"}, ("EX", "there", "advmod", False), True),
        ({"DEP": {"NOT_IN": ["expl"]}, "LOWER": "there"}, ("EX", "there", "expl", False), False),
        ({"LOWER": {"REGEX": "^n'?t$"}}, ("RB", "n't", "neg", False), True),
        ({"LOWER": {"REGEX": "^n'?t$"}}, ("RB", "not", "neg", False), False),
        ({"IS_SPACE": True}, ("_SP", "\n\n", "dep", True), True),
        ({"IS_SPACE": True}, ("NN", "town", "dep", False), False),
    ],
)
def test_matches(spec: dict[str, Any], values: tuple[str, str, str, bool], expected: bool) -> None:
    assert matches(spec, values) is expected


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LOWER": "gon", "OP": "?"}],  # an operator
        [{"POS": "VERB"}],  # an attribute the rules do not test
        [{"LOWER": {"FUZZY": "gonna"}}],  # a predicate the rules do not use
    ],
)
def test_other_rules_are_refused(pattern: list[dict[str, Any]]) -> None:
    with pytest.raises(Unsupported):
        AttributeRules([([pattern], {}, 0)])


def test_an_overwriting_lemmatizer_is_kept() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup", "overwrite": True})
    assert speed_up(nlp).get_pipe_meta("lemmatizer").factory == "lemmatizer"


def test_a_ruler_with_other_rules_is_kept() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "gon", "OP": "?"}]], {"LEMMA": "go"})
    assert speed_up(nlp).pipe_names == ["attribute_ruler"]
