"""The per-document token columns of unfog.lines hold what the Token and Span objects would say."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from unfog.claims.candidate import QUOTES, char_span, np_span, text_of, trim
from unfog.lines import (
    break_tokens,
    capitalised_flags,
    child_indices,
    count_in,
    dep_indices,
    entity_table,
    int_column,
    is_title_line,
    lemmas_and_lowers,
    sentence_starts,
    span_root,
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
    "Harbour Board Approves Second Ferry Route to Velden Island\nThe board voted for it on Monday.",
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
    for name, attr in [("punct", "is_punct"), ("alpha", "is_alpha"), ("digit", "is_digit"), ("is_lower", "is_lower"),
                       ("space", "is_space")]:
        assert int_column(doc, name) == [int(getattr(t, attr)) for t in toks]
    assert int_column(doc, "ws") == [len(t.whitespace_) for t in toks]
    assert str_column(doc, "ent_type") == [t.ent_type_ for t in toks]
    assert capitalised_flags(doc) == [
        t.text[:1].isupper() and (t.is_alpha or "." in t.text or "'" in t.text) for t in toks
    ]
    starts = sentence_starts(doc)
    assert [starts[i] == i for i in range(1, len(doc))] == [bool(t.is_sent_start) for t in toks[1:]]
    assert entity_table(doc) == [(e.start, e.end, e.label_) for e in doc.ents]
    assert lemmas_and_lowers(doc) == ([t.lemma_.lower() for t in toks], [t.lower_ for t in toks])
    for s in range(len(doc) + 1):
        for e in range(s, len(doc) + 2):
            assert span_text(doc, s, e) == doc[s:e].text
        for e in range(s, len(doc) + 1):
            assert is_title_line(doc, s, e) == _title_by_tokens(doc, s, e)


def _title_by_tokens(doc: Doc, start: int, end: int) -> bool:
    """lines.is_title_line as it read Token objects (the reference the running counts must match)."""
    words = [t for t in doc[start:end] if t.is_alpha and len(t.text) >= 4]
    return len(words) >= 3 and sum(1 for t in words if t.text[0].isupper()) >= 0.8 * len(words)


def _trim_by_tokens(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """claims.candidate.trim as it read Token objects (the reference the column version must match)."""
    while start < end and (doc[start].is_punct or doc[start].is_space) and doc[start].text not in QUOTES:
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].lower_ in ("and", "but")):
        end -= 1
    while end > start and doc[end - 1].is_punct and doc[end - 1].text not in QUOTES:
        end -= 1
        while end > start and doc[end - 1].is_space:
            end -= 1
    return start, end


@pytest.mark.parametrize("text", TEXTS)
def test_claim_span_helpers_match_tokens(nlp: Language, text: str) -> None:
    doc = nlp(text)
    n = len(doc)
    for s in range(-2, n + 1):
        for e in range(s, n + 2):
            assert text_of(doc, (s, e)) == doc[s:e].text
            if s >= 0 and e <= n:
                assert trim(doc, s, e) == _trim_by_tokens(doc, s, e)
            if 0 <= s < e <= n:
                assert char_span(doc, (s, e)) == (doc[s:e].start_char, doc[s:e].end_char)


@pytest.mark.parametrize("text", TEXTS)
def test_kept_roots_and_phrases_match_fresh_ones(nlp: Language, text: str) -> None:
    """span_root and np_span keep their answers per document: asked twice, in any order, they say
    what a fresh Span's root and a fresh document's phrase say."""
    doc, fresh = nlp(text), nlp(text)
    n = len(doc)
    for _ in range(2):
        for s in range(n):
            for e in range(s + 1, n + 1):
                assert span_root(doc, s, e).i == fresh[s:e].root.i
    for _ in range(2):
        for i in reversed(range(n)):
            assert _phrase(doc, i) == _phrase(nlp(text), i)


def _phrase(doc: Doc, i: int) -> tuple[int, int] | str:
    """np_span of token i, or the error it raises (a comma closing the text has no next token)."""
    try:
        return np_span(doc[i])
    except IndexError as e:
        return str(e)


def _capitals(doc: Doc) -> list[bool]:
    return [t.text[:1].isupper() for t in doc]


@pytest.mark.parametrize("text", TEXTS)
def test_tables_match_the_parse(nlp: Language, text: str) -> None:
    """The children, the tokens of a dependency, the line-break tokens and the running counts say
    what walking the Tokens says, over every span (an end past the document counts to its end)."""
    doc = nlp(text)
    toks = list(doc)
    assert child_indices(doc) == [[c.i for c in t.children] for t in toks]
    for dep in ("nsubj", "conj", "punct", "ROOT"):
        assert dep_indices(doc, dep) == [t.i for t in toks if t.dep_ == dep]
    assert break_tokens(doc) == [t.i for t in toks if "\n" in t.text]
    for s in range(len(doc) + 1):
        for e in range(s - 1, len(doc) + 2):
            want = sum(1 for t in doc[s:e] if t.text[:1].isupper()) if e > s else 0
            assert count_in(doc, "test.capitals", _capitals, s, e) == want

