"""Quotations: where a quote opens, and how a quoted content runs on past its cue (the rest of a
broken quote in the sentence, the next sentence, the next paragraphs)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from unfog.claims.candidate import OPEN_QUOTES, PARAGRAPH_REACH, QUOTE_REACH, QUOTES, sent_bounds
from unfog.claims.lexicon import Lexicon, VerbEntry


def is_cue_verb(tok: Token, lex: Lexicon) -> VerbEntry | None:
    if tok.pos_ not in ("VERB", "AUX") or not tok.tag_.startswith("VB"):
        return None
    return lex.verbs.get(lex.lemma(tok))


def is_opening(t: Token) -> bool:
    """A quotation mark that opens a quote: a curly opening mark, or a straight one glued to the
    word after it."""
    if t.text in OPEN_QUOTES:
        return True
    if t.text not in QUOTES or t.text in ("”", "’", "»"):
        return False
    return not t.whitespace_ and (t.i == 0 or bool(t.doc[t.i - 1].whitespace_) or t.doc[t.i - 1].is_space)


def quote_end(doc: Doc, start: int, end: int) -> int:
    """The end of a quote opened at ``start`` that runs on over sentences, within the paragraph."""
    k = end
    while k < len(doc) and doc[k].text not in QUOTES and "\n" not in doc[k].text:
        k += 1
    if k < len(doc) and doc[k].text in QUOTES and doc[k].idx - doc[start].idx <= QUOTE_REACH:
        return k + 1
    return end


def continue_quote(doc: Doc, start: int, end: int, v: Token, lex: Lexicon) -> tuple[int, int]:
    """Extend a quoted content over a quote that follows in the same sentence ('"A," she said,
    "B."') or opens the next sentence ('"A," she said. "B."') and has no cue of its own."""
    _, s1 = sent_bounds(v)
    for j in range(max(end, v.i + 1), s1 - 2):
        if doc[j].text in QUOTES and doc[j - 1].text in (",", ":"):
            end = s1
            break
    op = s1 - 1 if s1 - 1 > v.i and is_opening(doc[s1 - 1]) else s1
    if op >= len(doc) or not is_opening(doc[op]):
        return start, end
    k = op + 1
    while k < len(doc) and doc[k].text not in QUOTES and "\n" not in doc[k].text:
        k += 1
    if k >= len(doc) or doc[k].text not in QUOTES:
        # no closing mark in the paragraph: by convention the quote runs on into the next one
        if doc[k - 1].idx - doc[start].idx <= QUOTE_REACH and k - 1 > op + 2:
            end = k
        return start, end
    _, ks1 = sent_bounds(doc[k])
    if any(is_cue_verb(doc[i], lex) for i in range(k + 1, ks1)):
        return start, end
    if doc[k].idx - doc[start].idx <= QUOTE_REACH:
        end = k + 1
    return start, end


def _paragraph_break(doc: Doc, k: int) -> bool:
    prev = doc[k - 1]
    return "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text)


def next_paragraph_quote(doc: Doc, end: int, lex: Lexicon) -> int | None:
    """The end of a quote that opens the next paragraph and carries no attribution of its own: by
    convention the speaker of the quote before goes on."""
    k = end
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k >= len(doc) or not _paragraph_break(doc, k) or not is_opening(doc[k]):
        return None
    p = k + 1
    while p < len(doc) and not (doc[p].is_space or _paragraph_break(doc, p)):
        p += 1
    closing = [i for i in range(k + 1, p) if doc[i].text in QUOTES and doc[i].text not in ("’", "'")]
    if not closing:
        return p  # a quote that runs on over paragraphs
    if any(is_cue_verb(doc[i], lex) for i in range(closing[0] + 1, p)):
        return None
    return closing[0] + 1 if closing[0] + 1 >= p - 2 else None


def continue_paragraphs(doc: Doc, start: int, end: int, v: Token, lex: Lexicon) -> int:
    """Extend a quoted content that ends its paragraph ('"A," she said.') over the unattributed
    quotes that open the paragraphs after it."""
    if doc[end - 1].text not in QUOTES:
        return end
    k = max(end, sent_bounds(v)[1])
    while k < len(doc) and doc[k - 1].idx - doc[start].idx <= PARAGRAPH_REACH:
        nxt = next_paragraph_quote(doc, k, lex)
        if nxt is None:
            break
        k = end = nxt
    return end
