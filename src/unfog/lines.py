"""Lines of text, shared by the stages that read the parse: a sentence cut back at its line breaks
(a headline or paragraph the parser ran into the next sentence), and whether a line is in title case
(a headline)."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.attrs import IDX, IS_ALPHA, LENGTH, ORTH
from spacy.tokens import Doc, Token

#: a title-case line has at least this many words of four letters or more, nearly all capitalised
_TITLE_MIN_WORDS = 3
_TITLE_SHARE = 0.8


#: where a document's table of line-cut sentence bounds is kept (``Doc.user_data``)
_TABLE_KEY = "unfog.line_bounds"
#: where answers of is_title_line are kept per (start, end)
_TITLE_KEY = "unfog.title_lines"
#: where the running word counts of _word_counts are kept
_COUNTS_KEY = "unfog.title_words"
_BREAK = re.compile("\n")
#: where a document's token texts are kept (``token_texts``)
_TEXTS_KEY = "unfog.token_texts"


def token_texts(doc: Doc) -> list[str]:
    """Every token's text, in order, read once per document: the stages that test many tokens'
    texts (quote marks, line breaks) index this list instead of making a Token object per test."""
    texts: list[str] | None = doc.user_data.get(_TEXTS_KEY)
    if texts is None or len(texts) != len(doc):
        texts = [t.text for t in doc]
        doc.user_data[_TEXTS_KEY] = texts
    return texts


def _break_tokens(doc: Doc) -> list[int]:
    """The indices of the tokens whose text holds a line break, in order. (A token's trailing
    whitespace is a space or nothing, so a break is in the token that starts last before it.)"""
    starts = doc.to_array([IDX]).tolist()
    return sorted({bisect_right(starts, m.start()) - 1 for m in _BREAK.finditer(doc.text)})


def _bounds_table(doc: Doc) -> list[tuple[int, int]]:
    """Every token's line-cut sentence bounds, computed once per document in one pass."""
    table: list[tuple[int, int]] | None = doc.user_data.get(_TABLE_KEY)
    if table is not None and len(table) == len(doc):
        return table
    table = [(0, 0)] * len(doc)
    breaks = bytearray(len(doc) + 1)
    for k in _break_tokens(doc):
        breaks[k] = 1
    for sent in doc.sents:
        s, e = sent.start, sent.end
        ends = [e] * (e - s + 1)
        for i in range(e - 1, s - 1, -1):
            ends[i - s] = i if breaks[i] else ends[i - s + 1]
        start = s
        for i in range(s, e):
            if i > s and breaks[i - 1]:
                start = i
            table[i] = (start, ends[i - s])
    doc.user_data[_TABLE_KEY] = table
    return table


def line_bounds(tok: Token) -> tuple[int, int]:
    """Token bounds (end exclusive) of the sentence of ``tok``, cut at line breaks."""
    return _bounds_table(tok.doc)[tok.i]


def is_title_line(doc: Doc, start: int, end: int) -> bool:
    """Nearly every longer word of the span is capitalised ("Russia Claims Villages North of ...")."""
    cache: dict[str, bool] = doc.user_data.setdefault(_TITLE_KEY, {})
    key = f"{start}:{end}"  # a string key, so that a Doc with its user_data can still be serialised
    if key not in cache:
        cache[key] = _title_case(doc, start, end)
    return cache[key]


def _title_case(doc: Doc, start: int, end: int) -> bool:
    if 0 <= start <= end <= len(doc):
        longer, capitalised = _word_counts(doc)
        n, caps = longer[end] - longer[start], capitalised[end] - capitalised[start]
    else:
        words = [t for t in doc[start:end] if t.is_alpha and len(t.text) >= 4]
        n, caps = len(words), sum(1 for t in words if t.text[0].isupper())
    if n < _TITLE_MIN_WORDS:
        return False
    return caps >= _TITLE_SHARE * n


def _word_counts(doc: Doc) -> tuple[list[int], list[int]]:
    """Running counts over the document's tokens (before token i): of the words of four letters or
    more, and of those capitalised; computed once per document."""
    counts: tuple[list[int], list[int]] | None = doc.user_data.get(_COUNTS_KEY)
    if counts is not None and len(counts[0]) == len(doc) + 1:
        return counts
    strings = doc.vocab.strings
    longer, capitalised = [0], [0]
    n = caps = 0
    for orth, alpha, length in doc.to_array([ORTH, IS_ALPHA, LENGTH]).tolist():
        if alpha and length >= 4:
            n += 1
            caps += strings[orth][0].isupper()
        longer.append(n)
        capitalised.append(caps)
    doc.user_data[_COUNTS_KEY] = (longer, capitalised)
    return longer, capitalised
