"""What the claims stage computes once instead of per call gives what the per-call computation
gave: sentence numbers from the sentence starts, the content chooser's per-claim parts, and a
source's view passed to ``source_words`` (sentences of our own)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.claims import ClaimStage
from unfog.claims.contents import alternatives, content_parts, span_features
from unfog.claims.sources import describe, source_words
from unfog.lines import sentence_numbers
from unfog.settings import Settings

TEXTS = [
    "The harbour master of Port Velden said the pier would close. Officials in Kaga denied it.",
    "PORT VELDEN\n\nFerries stopped on Monday, the operator said.\nThe mayor, Ilse Marr, told reporters "
    '"nothing will change," adding that the council had agreed.',
    '"We are ready," a spokesman for the Kaga water board said. "The dam is safe." He declined to say more.',
]


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_numbers_follow_the_parse(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert sentence_numbers(doc) == {s.start: n for n, s in enumerate(doc.sents)}


@pytest.mark.parametrize("text", TEXTS)
def test_shared_parts_give_the_same_features(nlp: Language, text: str, stage: ClaimStage) -> None:
    doc = nlp(text)
    cands = stage.proposals(doc)
    assert cands
    for c in cands:
        parts = content_parts(c, c.content, doc, stage.lexicon)
        for span, hows in alternatives(c, c.content, doc):
            assert span_features(c, span, hows, c.content, doc, stage.lexicon, parts) == span_features(
                c, span, hows, c.content, doc, stage.lexicon
            )


@pytest.mark.parametrize("text", TEXTS)
def test_a_given_view_gives_the_same_source_words(nlp: Language, text: str) -> None:
    stage = ClaimStage.from_settings(Settings())
    doc = nlp(text)
    for c in stage.candidates(doc):
        if c.source is None:
            continue
        view = describe(doc, c.name_span or c.source, stage.lexicon)
        assert source_words(doc, c.source, c.name_span, stage.lexicon, view) == source_words(
            doc, c.source, c.name_span, stage.lexicon
        )
