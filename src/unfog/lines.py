"""Lines of text, shared by the stages that read the parse: a sentence cut back at its line breaks
(a headline or paragraph the parser ran into the next sentence), and whether a line is in title case
(a headline)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from typing import Any, TypeVar, cast

import numpy
from spacy.attrs import (
    DEP,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_ALPHA,
    IS_DIGIT,
    IS_LOWER,
    IS_PUNCT,
    IS_SPACE,
    LEMMA,
    LOWER,
    ORTH,
    POS,
    SPACY,
    TAG,
)
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
#: where a document's text is kept (``doc_text``)
_TEXT_KEY = "unfog.text"
#: where a document's table of sentence starts is kept (``sentence_starts``)
_STARTS_KEY = "unfog.sentence_starts"
#: where a document's lower-case lemmas and lower-case forms are kept (``lemmas_and_lowers``)
_LEMMAS_KEY = "unfog.lemmas_lowers"


def lemmas_and_lowers(doc: Doc) -> tuple[list[str], list[str]]:
    """Every token's lower-case lemma (``t.lemma_.lower()``) and lower-case form (``t.lower_``), read
    once per document from the parse's columns, for the passes that look words up token by token."""
    got: tuple[list[str], list[str]] | None = doc.user_data.get(_LEMMAS_KEY)
    if got is not None and len(got[0]) == len(doc):
        return got
    strings = doc.vocab.strings
    lemmas = [strings[lem].lower() for lem in doc.to_array(LEMMA).tolist()] if len(doc) else []
    got = (lemmas, str_column(doc, "lower"))  # the lower-case forms: one list with the column's
    doc.user_data[_LEMMAS_KEY] = got
    return got


def sentence_starts(doc: Doc) -> list[int]:
    """Every token's sentence start (``t.sent.start``, which walks the parse at each call), once per document."""
    starts: list[int] | None = doc.user_data.get(_STARTS_KEY)
    if starts is None or len(starts) != len(doc):
        starts = [0] * len(doc)
        for sent in doc.sents:
            starts[sent.start : sent.end] = [sent.start] * (sent.end - sent.start)
        doc.user_data[_STARTS_KEY] = starts
    return starts


def sentence_numbers(doc: Doc) -> dict[int, int]:
    """Each sentence's number (from 0) by the index of its first token, read from the document's
    sentence starts (``sentence_starts``) without making a Span per sentence."""
    starts = sentence_starts(doc)
    return {i: n for n, i in enumerate(i for i, s in enumerate(starts) if s == i)}


def doc_text(doc: Doc) -> str:
    """The document's text (``Doc.text`` joins every token's text anew at each call), once per document."""
    text: str | None = doc.user_data.get(_TEXT_KEY)
    if text is None:  # joined from the token texts and space flags (``Token.text_with_ws``), no Token made
        text = "".join([t + " " if w else t for t, w in zip(token_texts(doc), int_column(doc, "ws"), strict=True)])
        doc.user_data[_TEXT_KEY] = text
    return text


def token_texts(doc: Doc) -> list[str]:
    """Every token's text, in order, read once per document: the stages that test many tokens'
    texts (quote marks, line breaks) index this list instead of making a Token object per test."""
    texts: list[str] | None = doc.user_data.get(_TEXTS_KEY)
    if texts is None or len(texts) != len(doc):
        strings = doc.vocab.strings
        texts = [strings[o] for o in doc.to_array(ORTH).tolist()] if len(doc) else []
        doc.user_data[_TEXTS_KEY] = texts
    return texts


def _break_tokens(doc: Doc) -> list[int]:
    """The indices of the tokens whose text holds a line break, in order. (A token's trailing
    whitespace is a space or nothing, so a break is in the token that starts last before it.)"""
    starts = doc.to_array([IDX]).tolist()
    return sorted({bisect_right(starts, m.start()) - 1 for m in _BREAK.finditer(doc_text(doc))})


def break_tokens(doc: Doc) -> list[int]:
    """The indices of the tokens whose text holds a line break (``"\\n" in t.text``), in order, once
    per document: a paragraph's bounds are then found by bisection instead of a walk to its ends."""
    return _kept(doc, "break_tokens", _break_tokens)


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
    doc = tok.doc
    table: list[tuple[int, int]] | None = doc.user_data.get(_TABLE_KEY)
    if table is None or len(table) != len(doc):  # else the table is read without a further call
        table = _bounds_table(doc)
    return table[tok.i]


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
    longer, capitalised = [0], [0]
    n = caps = 0
    for text, alpha in zip(token_texts(doc), int_column(doc, "alpha"), strict=True):
        if alpha and len(text) >= 4:
            n += 1
            caps += text[0].isupper()
        longer.append(n)
        capitalised.append(caps)
    doc.user_data[_COUNTS_KEY] = (longer, capitalised)
    return longer, capitalised


#: where a document's columns (``str_column``, ``int_column``) are kept, by name
_COLUMNS_KEY = "unfog.columns"
#: the columns of strings: name -> the attribute read (``t.dep_``, ``t.pos_``, ``t.tag_``, ``t.lower_``,
#: ``t.ent_type_``)
_STR_ATTRS = {"dep": DEP, "pos": POS, "tag": TAG, "lower": LOWER, "ent_type": ENT_TYPE}
#: the columns of numbers: ``head`` is the head's index (``t.head.i``), the flags are 0 or 1
#: (``t.is_punct``, ``t.is_alpha``, ``t.is_digit``, ``t.is_lower``, ``t.is_space``; ``ws``: 1 where
#: ``t.whitespace_`` is a space), ``idx`` the character offset
_INT_ATTRS = {"head": HEAD, "punct": IS_PUNCT, "alpha": IS_ALPHA, "digit": IS_DIGIT, "is_lower": IS_LOWER, "idx": IDX,
              "space": IS_SPACE, "ws": SPACY}


def _columns(doc: Doc) -> dict[str, list[Any]]:
    return _per_document(doc, _COLUMNS_KEY)


_T = TypeVar("_T")
#: where a document's derived tables are kept (``_kept``), by name
_TABLES_KEY = "unfog.tables"


def _kept(doc: Doc, name: str, make: Callable[[Doc], _T]) -> _T:
    """The document's table ``name``, made by ``make(doc)`` the first time it is asked for (and again
    when the document's length changed): one place for every table kept per document."""
    tables = _per_document(doc, _TABLES_KEY)
    if name not in tables:
        tables[name] = make(doc)
    return cast(_T, tables[name])


def _per_document(doc: Doc, key: str) -> dict[str, Any]:
    """The document's table kept under ``key`` (``Doc.user_data``), by name: empty at first, and
    again when the document's length changed."""
    got: tuple[int, dict[str, Any]] | None = doc.user_data.get(key)
    n = len(doc)
    if got is None or got[0] != n:
        got = (n, {})
        doc.user_data[key] = got
    return got[1]


def str_column(doc: Doc, name: str) -> list[str]:
    """Every token's ``dep_``, ``pos_``, ``tag_``, ``lower_`` or ``ent_type_`` (``name``: dep, pos, tag,
    lower, ent_type), read
    once per document from the parse's arrays: the passes that test many tokens index this list
    instead of making a Token object per test."""
    kept: tuple[int, dict[str, list[Any]]] | None = doc.user_data.get(_COLUMNS_KEY)
    if kept is not None and (got := kept[1].get(name)) is not None and kept[0] == len(doc):
        return got  # the common case, read without a further call (asked some 400k times per 100 documents)
    cols = _columns(doc)
    got = cols.get(name)
    if got is None:
        strings = doc.vocab.strings
        got = [strings[v] for v in doc.to_array(_STR_ATTRS[name]).tolist()] if len(doc) else []
        cols[name] = got
    return got


def int_column(doc: Doc, name: str) -> list[int]:
    """Every token's head index (``head``: ``t.head.i``), character offset (``idx``) or flag (``punct``,
    ``alpha``, ``digit``, ``is_lower``, ``space``, ``ws``: 1 where ``t.is_punct`` ... holds), once per document."""
    kept: tuple[int, dict[str, list[Any]]] | None = doc.user_data.get(_COLUMNS_KEY)
    if kept is not None and (got := kept[1].get(name)) is not None and kept[0] == len(doc):
        return got  # the common case, as in ``str_column``
    cols = _columns(doc)
    got = cols.get(name)
    if got is None:
        arr = doc.to_array(_INT_ATTRS[name]).astype("int64")
        if name == "head":  # the array holds the head's offset from the token (unsigned: cast back)
            arr += numpy.arange(len(arr), dtype="int64")
        got = arr.tolist()
        cols[name] = got
    return got


#: where a document's text and its tokens' character bounds are kept (``span_text``)
_CHARS_KEY = "unfog.token_chars"


def span_text(doc: Doc, start: int, end: int) -> str:
    """The text of tokens [start, end) (``doc[start:end].text``, for 0 <= start) without making the
    Span and its tokens."""
    got: tuple[str, list[int], list[int]] | None = doc.user_data.get(_CHARS_KEY)
    n = len(doc)
    if got is None or len(got[1]) != n:
        starts = int_column(doc, "idx")
        got = (doc_text(doc), starts, [k + len(x) for k, x in zip(starts, token_texts(doc), strict=True)])
        doc.user_data[_CHARS_KEY] = got
    end = min(end, n)
    if end <= start:
        return ""
    return got[0][got[1][start] : got[2][end - 1]]


#: where the roots of a document's spans are kept (``span_root``)
_ROOTS_KEY = "unfog.span_roots"


def span_root(doc: Doc, start: int, end: int) -> Token:
    """``doc[start:end].root``, the span's head word, worked out once per document and span (the
    claims stage asks it of the same source spans in several passes) without making the Span again."""
    n = len(doc)
    if not 0 <= start < end <= n:
        return doc[start:end].root
    kept: tuple[int, dict[int, int]] | None = doc.user_data.get(_ROOTS_KEY)
    if kept is None or kept[0] != n:
        kept = (n, {})
        doc.user_data[_ROOTS_KEY] = kept
    key = start * (n + 1) + end  # (a number: the Doc with its user_data can still be serialised)
    got = kept[1].get(key)
    if got is None:
        got = kept[1][key] = doc[start:end].root.i
    return doc[got]


#: where a document's entities are kept (``entity_table``)
_ENTS_KEY = "unfog.entities"


def entity_table(doc: Doc) -> list[tuple[int, int, str]]:
    """The document's entities as (start, end, label) (``Doc.ents`` makes every Span anew at each call),
    once per document."""
    got: list[tuple[int, int, str]] | None = doc.user_data.get(_ENTS_KEY)
    if got is None:
        got = [(e.start, e.end, e.label_) for e in doc.ents]
        doc.user_data[_ENTS_KEY] = got
    return got


def capitalised_word(text: str, alpha: bool) -> bool:
    """A capitalised word: its first letter upper case, and letters only (``alpha``), or a '.' or an
    apostrophe in it ("St.", "O'Hare"); or a word after an elided particle ("d'Ivoire",
    ``elided_capital``). ``geo.evidence.capitalised`` asks it of one token, ``capitalised_flags`` of
    a whole document."""
    return (text[:1].isupper() and (alpha or "." in text or "'" in text)) or elided_capital(text)


def elided_capital(text: str) -> bool:
    """A word of a name written after an elided particle, its capital after the apostrophe ("d'Ivoire",
    "Côte d’Azur"'s "d’Azur"): French and Italian elide "de", "le", "la" before a vowel, and the name's
    own capital stays on the word that follows (the particle is lower case inside a name)."""
    return len(text) > 2 and text[0] in "dl" and text[1] in "'’" and text[2:3].isupper()


def capitalised_flags(doc: Doc) -> list[bool]:
    """Whether each token is a capitalised word (``capitalised_word``), once per document."""
    kept: tuple[int, dict[str, list[Any]]] | None = doc.user_data.get(_COLUMNS_KEY)
    if kept is not None and (flags := kept[1].get("caps")) is not None and kept[0] == len(doc):
        return flags  # the common case, as in ``str_column``
    cols = _columns(doc)
    got = cols.get("caps")
    if got is None:
        got = [capitalised_word(x, bool(a)) for x, a in zip(token_texts(doc), int_column(doc, "alpha"), strict=True)]
        cols["caps"] = got
    return got



def count_in(doc: Doc, name: str, test: Callable[[Doc], Iterable[object]], start: int, end: int) -> int:
    """How many tokens of [start, end) (for 0 <= start; ``end`` past the document counts to its end)
    pass a test, read from running counts made once per document and ``name``: ``test(doc)`` gives
    every token's truth in order. The passes that count marks inside many spans of one sentence
    (quotation marks, sentence starts, line breaks) then take a difference instead of walking each span."""
    got: list[int] = _kept(doc, f"running:{name}", lambda d: _running(test(d)))
    end = min(end, len(doc))
    return got[end] - got[start] if end > start else 0


def _running(flags: Iterable[object]) -> list[int]:
    """The running count of the true flags: entry k counts those before index k."""
    got, k = [0], 0
    for flag in flags:
        k += bool(flag)
        got.append(k)
    return got


def child_indices(doc: Doc) -> list[list[int]]:
    """Every token's children's indices in order (``[c.i for c in t.children]``), once per document:
    the passes that look at a word's dependents index this table instead of walking the parse."""
    return _kept(doc, "children", _children)


def _children(doc: Doc) -> list[list[int]]:
    table: list[list[int]] = [[] for _ in range(len(doc))]
    for i, h in enumerate(int_column(doc, "head")):
        if h != i:
            table[h].append(i)
    return table


def dep_indices(doc: Doc, dep: str) -> list[int]:
    """The indices of the tokens whose dependency is ``dep``, in order, once per document and dependency."""
    return _kept(doc, f"dep:{dep}", lambda d: [i for i, x in enumerate(str_column(d, "dep")) if x == dep])
