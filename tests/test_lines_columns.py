"""The per-document token columns of unfog.lines hold what the Token and Span objects would say."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.lines import (
    capitalised_flags,
    entity_table,
    int_column,
    sentence_starts,
    span_text,
    str_column,
    token_texts,
)

# our own sentences: line breaks, quotes, possessives, abbreviations, numbers, hyphens, double spaces
TEXTS = [
    "Officials in Port Velden said on Tuesday that the bridge had reopened.",
    'A spokesman for the Harbour Authority said: "We are not done."\n\nThe mayor\'s office disagreed.',
    "ST. MARLOW, Oct. 3 -- Two men, aged 31 and 45, were detained near the old mill.  Police declined to comment.",
    "Rain fell on the north-east coast; the O'Neill family lost 12 sheep.",
    "\n",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_columns_match_tokens(nlp: Language, text: str) -> None:
    doc = nlp(text)
    toks = list(doc)
    assert token_texts(doc) == [t.text for t in toks]
    assert str_column(doc, "dep") == [t.dep_ for t in toks]
    assert str_column(doc, "pos") == [t.pos_ for t in toks]
    assert str_column(doc, "tag") == [t.tag_ for t in toks]
    assert str_column(doc, "lower") == [t.lower_ for t in toks]
    assert int_column(doc, "head") == [t.head.i for t in toks]
    assert int_column(doc, "idx") == [t.idx for t in toks]
    for name, attr in [("punct", "is_punct"), ("alpha", "is_alpha"), ("digit", "is_digit"), ("is_lower", "is_lower")]:
        assert int_column(doc, name) == [int(getattr(t, attr)) for t in toks]
    assert capitalised_flags(doc) == [
        t.text[:1].isupper() and (t.is_alpha or "." in t.text or "'" in t.text) for t in toks
    ]
    starts = sentence_starts(doc)
    assert [starts[i] == i for i in range(1, len(doc))] == [bool(t.is_sent_start) for t in toks[1:]]
    assert entity_table(doc) == [(e.start, e.end, e.label_) for e in doc.ents]
    for s in range(len(doc) + 1):
        for e in range(s, len(doc) + 2):
            assert span_text(doc, s, e) == doc[s:e].text
