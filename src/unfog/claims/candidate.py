"""The working record of one attribution while the stage builds it, and token-span helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from unfog.datelines import DASHES
from unfog.lines import count_in, int_column, line_bounds, span_text, str_column, token_texts
from unfog.model import Framing, Stance

#: Quotation marks as spaCy tokenises them.
QUOTES = frozenset({'"', "“", "”", "''", "``", "‘", "’", "'", "«", "»"})
OPEN_QUOTES = frozenset({"“", "``", "‘", "«"})
#: How far apart (characters) two quotation marks may be and still pair up as one quote's opening
#: and close: one quoted passage of a news report runs a paragraph or a few; a mark further away
#: belongs to another quote. A parsing bound, not a limit on what the stage writes.
QUOTE_REACH = 1200
#: About one paragraph (characters): how far into a content a quote may open and still be followed
#: past its sentence to its close, and how far the unattributed quotes of the paragraphs after a
#: quoted content are taken as its continuation.
PARAGRAPH_REACH = 400
#: a time of day as a live report stamps its entries ('09:40', '14.05')
CLOCK = re.compile(r"[0-2]?\d[:.][0-5]\d")


@dataclass
class Candidate:
    """One attribution: token spans into the spaCy doc (end exclusive)."""

    kind: str  # "verb", "frame", "noun", "adj"
    cue: tuple[int, int]
    head: Token  # the cue's main token
    content: tuple[int, int]
    source: tuple[int, int] | None = None
    #: Where the source's name comes from when it differs from the source span ("who" -> antecedent).
    name_span: tuple[int, int] | None = None
    stance: Stance = "asserts"
    framing: Framing = "neutral"
    relays: list[tuple[int, int]] = field(default_factory=list)
    channel: tuple[str, tuple[int, int]] | None = None
    #: proposed from its frame alone (no lexicon entry): kept only when the learned scorer accepts it
    open: bool = False
    #: the cue stands inside a quotation (the quoted speaker's own words)
    quoted: bool = False
    #: the kind of a lexicon candidate whose content holds this cue ('noted that experts say ...'), if any
    outer: str | None = None
    #: the learned scorer's probability (1.0 without a model)
    score: float = 1.0
    #: who reported what the source said ('Interfax reported, citing the police, ...'): the first relay
    cited_by: tuple[int, int] | None = None
    #: a report made to the source of the report holding it ('X said Y had told him that Z'): kept
    #: beside that report whatever the learned scorer says (``citing.addressed_reports``)
    addressed: bool = False


#: where each token's ``np_span`` is kept once asked (``Doc.user_data``; None where not yet asked)
_NP_KEY = "unfog.claims.np_spans"


def np_span(tok: Token) -> tuple[int, int]:
    """A compact noun phrase around ``tok``: its left modifiers, 'of'-phrases and conjuncts, no
    appositions, relative clauses or parentheticals. (Worked out once per token: the finders, the
    source chooser and the features ask for the same tokens' phrases.)"""
    doc = tok.doc
    kept: list[tuple[int, int] | None] | None = doc.user_data.get(_NP_KEY)
    if kept is None or len(kept) != len(doc):
        kept = doc.user_data[_NP_KEY] = [None] * len(doc)
    got = kept[tok.i]
    if got is None:
        got = kept[tok.i] = _np_span(tok)
    return got


def _np_span(tok: Token) -> tuple[int, int]:
    start = tok.left_edge.i
    end = tok.i + 1
    for c in tok.rights:
        if c.dep_ in ("compound", "nmod", "cc", "conj", "nummod", "amod", "poss", "case") or (
            c.dep_ == "prep" and c.lower_ in ("of", "for")
        ):
            end = max(end, np_span(c)[1] if c.dep_ == "conj" else c.right_edge.i + 1)
        elif c.dep_ in ("punct",) and c.i == end and c.nbor(1).dep_ in ("cc", "conj"):
            continue
        else:
            break
    doc = tok.doc
    s0, s1 = sent_bounds(tok)
    start, end = max(start, s0), min(end, s1)
    for k in range(tok.i - 1, start, -1):
        # a dash set off by spaces ends what stands before it (a dateline, 'PLACE, May 2 - The
        # ministry said'), which is no modifier of the noun after it
        if doc[k].text in DASHES and doc[k].whitespace_ and doc[k - 1].whitespace_:
            start = k + 1
            break
    # a time of day opening the phrase is the stamp of a live report's entry ('09:40 The mayor
    # said ...'), a heading of the paragraph rather than a modifier of the noun after it
    while start < tok.i and CLOCK.fullmatch(doc[start].text):
        start += 1
    punct, dep = int_column(doc, "punct"), str_column(doc, "dep")
    while end - 1 > start and (punct[end - 1] or dep[end - 1] == "cc"):
        end -= 1
    while start < end - 1 and punct[start]:
        start += 1
    return start, end


#: where trim's columns are kept together (trim runs on every span the stage makes)
_TRIM_KEY = "unfog.claims.trim_columns"


def _trim_columns(doc: Doc) -> tuple[list[str], list[str], list[int], list[int]]:
    got: tuple[list[str], list[str], list[int], list[int]] | None = doc.user_data.get(_TRIM_KEY)
    if got is None or len(got[0]) != len(doc):
        got = (token_texts(doc), str_column(doc, "lower"), int_column(doc, "punct"), int_column(doc, "space"))
        doc.user_data[_TRIM_KEY] = got
    return got


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop leading and trailing punctuation and conjunctions, keeping quotation marks (and the
    punctuation a closing quote encloses)."""
    texts, lower, punct, space = _trim_columns(doc)
    while start < end and (punct[start] or space[start]) and texts[start] not in QUOTES:
        start += 1
    while end > start and (space[end - 1] or lower[end - 1] in ("and", "but")):
        end -= 1
    while end > start and punct[end - 1] and texts[end - 1] not in QUOTES:
        end -= 1
        while end > start and space[end - 1]:
            end -= 1
    return start, end


def char_span(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    s, e = span
    idx = int_column(doc, "idx")
    return idx[s], idx[e - 1] + len(token_texts(doc)[e - 1])


def text_of(doc: Doc, span: tuple[int, int]) -> str:
    if span[0] < 0 or span[1] < 0:  # a negative bound counts from the end (Doc slicing)
        return str(doc[span[0] : span[1]].text)
    return span_text(doc, span[0], span[1])


#: the sentence of a token, cut at line breaks (shared with the other stages: ``unfog.lines``)
sent_bounds = line_bounds


def close_quotes(doc: Doc, start: int, end: int) -> int:
    """Move ``end`` past a closing quote (and the punctuation before it) when the span leaves a
    quote open."""
    texts = token_texts(doc)
    if start < 0 or end < 0:  # (counted from the end: as the slice does)
        n = sum(1 for x in texts[start:end] if x in QUOTES and x not in ("’", "'"))
    else:  # the marks other than apostrophes in the span, from the document's running counts
        n = count_in(doc, "claims.quote_marks", _quote_mark_flags, start, end)
    if n % 2 == 1:
        for k in range(end, min(end + 3, len(doc))):
            if texts[k] in QUOTES:
                return k + 1
            if not int_column(doc, "punct")[k]:
                break
    return end


def _quote_mark_flags(doc: Doc) -> list[bool]:
    """Whether each token is a quotation mark other than an apostrophe-like single mark (``close_quotes``)."""
    return [x in QUOTES and x not in ("’", "'") for x in token_texts(doc)]
