"""Content read from the surface when the parse misses a reporting verb's complement: a quote or a
'that' right after the cue, a paragraph after a colon ending the cue's line, a headline's clause
(split out of ``claims/cues.py``)."""

from __future__ import annotations

from spacy.tokens import Token

from unfog.claims.candidate import QUOTES, sent_bounds, trim
from unfog.claims.quotes import is_opening
from unfog.lines import str_column, token_texts


def surface_content(v: Token) -> tuple[int, int] | None:
    """When the parse misses the complement: a quote or a 'that' right after the cue (over a few
    words of prepositional phrase: 'wrote in a long Facebook post that ...')."""
    doc = v.doc
    _, s1 = sent_bounds(v)
    j = v.i + 1
    if j < s1 and doc[j].text in (",", ":") and j + 1 < s1 and doc[j + 1].text in QUOTES:
        return j + 1, s1
    if j < s1 and doc[j].text in QUOTES:
        return j, s1
    for k in range(j, min(j + 10, s1)):
        t = doc[k]
        if t.lower_ == "that" and k + 1 < s1:
            return k, s1
        if t.pos_ in ("VERB", "AUX") or t.text in (".", ";", '"', "“"):
            break
    return None


#: How many tokens after the cue a colon ending its line may stand ('said in a statement on Sunday:').
COLON_REACH = 10


def paragraph_after_colon(v: Token) -> tuple[int, int] | None:
    """'The governor said:' or 'The army said in a statement:' ending its line (the colon closing
    the cue's phrase): what it says is the next paragraph (a statement or a quote set off as a block)."""
    doc = v.doc
    texts, pos = token_texts(doc), str_column(doc, "pos")
    j = v.i + 1  # the end of the cue's line, a few words on, with no other verb before it
    while j < min(len(doc) - 1, v.i + COLON_REACH) and texts[j] != ":" and pos[j] not in ("VERB", "AUX"):
        j += 1
    if j >= len(doc) or texts[j] != ":":
        return None
    k = j + 1
    if "\n" not in doc[j].whitespace_ and not (k < len(doc) and doc[k].is_space and "\n" in doc[k].text):
        return None
    while k < len(doc) and doc[k].is_space:
        k += 1
    e = k
    while e < len(doc) and not (doc[e].is_space and "\n" in doc[e].text):
        e += 1
        if "\n" in doc[e - 1].whitespace_:
            break
    s, e = trim(doc, k, e)
    return (s, e) if e - s >= 2 else None


def quote_follows(v: Token) -> bool:
    """'proclaimed, "..."' or 'said: "..."': a quote opens right after the cue."""
    doc = v.doc
    j = v.i + 1
    if j < len(doc) and doc[j].text in (",", ":"):
        j += 1
    return j < len(doc) and is_opening(doc[j])


#: Words that end a headline's reported clause ('Russia Claims Villages as Ukraine Says ...').
HEADLINE_BREAKS = frozenset({"as", "while", "after", "amid", "but", "and", ";", ",", ":", "—", "–"})


def headline_content(v: Token) -> tuple[int, int] | None:
    """In a title-case headline the parse often misses the object ('Russia Claims Villages North
    of Kharkiv as ...'): what follows the cue up to the next clause."""
    doc = v.doc
    _, s1 = sent_bounds(v)
    k = v.i + 1
    while k < s1 and not (doc[k].lower_ in HEADLINE_BREAKS and k > v.i + 1):
        k += 1
    return (v.i + 1, k) if k > v.i + 1 else None
