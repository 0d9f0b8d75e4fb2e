"""The learned choice of a claim's content span among the ones the parse offers.

``bounds.bound`` narrows a candidate's content by rule; the parse offers other spans for the same
cue (``unfog.claims.offers.alternatives``: the rule's span, the finder's, the complement's subtree
and core, the clause, the sentence's end or start, quotations, the next sentence, objects of
prepositions, the cue's subject, ...), each named by how it is formed.

Each alternative gets sparse features (how it is formed, by the cue's kind and complement; its
length and its length against ``bound``'s; the sentences and paragraph breaks it crosses; quotation
marks at its edges and whether they pair up; what follows it) and a logistic-regression model
(``data/claims/content_model.json``, written by ``scripts/train_contents.py`` from the PolNeAR
training split, cross-validated by document) scores them; the highest-scoring one is the content.
Score.py matches a content when it shares half of each span, so the choice only matters where the
alternatives differ by that much.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from collections.abc import Mapping
from typing import Protocol, cast

from spacy.tokens import Doc, Token

from unfog.claims.bounds import DOUBLE_QUOTES
from unfog.claims.candidate import Candidate, sent_bounds
from unfog.claims.learned import LinearChooser, frame_of, read_weights
from unfog.claims.lexicon import Lexicon
from unfog.claims.offers import ADJUNCTS, Span, alternatives
from unfog.knowledge import PACKAGED, Knowledge
from unfog.lines import child_indices, count_in, dep_indices, int_column, sentence_starts, str_column, token_texts

__all__ = [
    "ContentChooser",
    "ContentModel",
    "Span",
    "alternatives",
    "content_parts",
    "load_content_model",
    "span_features",
]


class ContentChooser(Protocol):
    """What the stage asks of a content chooser (the model, or a recorder while training)."""

    def choose(self, c: Candidate, raw: Span, doc: Doc, lex: Lexicon) -> Span: ...


# (a token's trailing whitespace is one space or none: a line break is always in a token's text)
def _breaks(doc: Doc, s: int, e: int) -> int:
    if s < 0 or e < 0:  # (counted from the end: as the slice does)
        return sum(1 for x in token_texts(doc)[s:e] if "\n" in x)
    return count_in(doc, "claims.breaks", _break_flags, s, e)


def _break_flags(doc: Doc) -> list[bool]:
    return ["\n" in x for x in token_texts(doc)]


def _double_quote_flags(doc: Doc) -> list[bool]:
    return [x in DOUBLE_QUOTES for x in token_texts(doc)]


def _sentence_start_flags(doc: Doc) -> list[bool]:
    return [s == i for i, s in enumerate(sentence_starts(doc))]


def _bucket(n: float, edges: tuple[float, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _side(span: Span, cue: Span) -> str:
    return "left" if span[1] <= cue[0] else "around" if span[0] <= cue[0] < span[1] else "right"


def _edge(doc: Doc, span: Span, s1: int) -> str:
    """What follows the span: the sentence's end, a mark, or the next word's dependency."""
    k = span[1]
    if k >= len(doc) or k >= s1:
        return "end"
    return token_texts(doc)[k] if int_column(doc, "punct")[k] else str_column(doc, "dep")[k]


def _attached(t: Token, span: Span, cue: Token) -> str:
    """Where a token outside the span hangs: on the cue (its own adjunct: where or when the saying
    happened), inside the span (it continues what is said), or elsewhere."""
    k = t
    while k.head.i != k.i:
        k = k.head
        if k.i == cue.i:
            return "cue"
        if span[0] <= k.i < span[1]:
            return "inside"
    return "outside"


def _own_subject(t: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)


def _clause_conj(i: int, span: Span, cue: int, doc: Doc) -> bool:
    """A clause coordinated with the content's clause, or with the cue's (the parser hangs ', but
    the builder disputed it' on the reporting verb as often as on the reported one): token ``i``,
    with the cue at token ``cue``."""
    if str_column(doc, "dep")[i] != "conj":  # (tested first: most tokens are no conjunct)
        return False
    pos, head = str_column(doc, "pos"), int_column(doc, "head")[i]
    verbal = pos[i] in ("VERB", "AUX") or pos[head] in ("VERB", "AUX")
    return verbal and i != cue and (span[0] <= head < span[1] or head == cue)


def _conj_kind(t: Token, cue: Token) -> str:
    return ("own" if _own_subject(t) else "shared") + ("-cue" if t.head.i == cue.i else "")


def structure(c: Candidate, span: Span, doc: Doc, s1: int) -> list[str]:
    """How the span stands to the syntax of the reported clause: whether it takes in an adjunct of
    the cue itself ('discussed the injury on the radio'), where the word after it hangs, and
    whether it takes in or cuts off a coordinated clause ('... in May, but the builder disputed
    it': with a subject of its own, or sharing the content's). (Read from the document's columns:
    a Token is made only for the few tokens that hang on the cue or are conjuncts.)"""
    cue = c.head
    ci = cue.i
    deps, punct = str_column(doc, "dep"), int_column(doc, "punct")
    rows = range(len(doc))
    lo, hi = rows[span[0] : span[1]].start, rows[span[0] : span[1]].stop  # (the span within the document)
    out: list[str] = []
    # only the cue's dependents and the conjuncts can add a feature: read from the document's tables
    for i in child_indices(doc)[ci]:
        dep = deps[i]
        own = lo <= i < hi and dep in ADJUNCTS and not c.cue[0] <= i < c.cue[1]
        if own and not (dep == "prep" and doc[i].left_edge.i <= span[0]):  # 'according to X': the prep holds it
            out.append(f"cue-adj={dep}")
    conjs = dep_indices(doc, "conj")
    for i in conjs[bisect_left(conjs, lo) : bisect_left(conjs, hi)]:
        if _clause_conj(i, span, ci, doc):
            out.append("conj-in=" + _conj_kind(doc[i], cue))
    if span[1] < s1:
        nxt = next((i for i in rows[span[1] : s1] if not punct[i]), None)
        if nxt is not None:
            out.append("next=" + _attached(doc[nxt], span, cue))
        for i in conjs[bisect_left(conjs, span[1]) :]:
            if i >= s1:
                break
            if _clause_conj(i, span, ci, doc):
                out.append("conj-out=" + _conj_kind(doc[i], cue))
                break
    return sorted(set(out))


#: what the features of every alternative of a claim share (``content_parts``)
Parts = tuple[str, str, int, int, str, str, str]


def content_parts(c: Candidate, raw: Span, doc: Doc, lex: Lexicon) -> Parts:
    """What the features of every alternative of ``c`` share (computed once per claim): its kind,
    the finder's frame, the sentence bounds, the rule span's edge, the cue's lemma and how the rule
    span stands (on which side of the cue, and whether it cut the finder's span)."""
    kind = "open-" + c.kind if c.open else c.kind
    frame = frame_of(c.head, Candidate(c.kind, c.cue, c.head, raw))
    s0, s1 = sent_bounds(c.head)
    bedge = _edge(doc, c.content, s1)
    bside = f"{_side(c.content, c.cue)}|cut={c.content != raw}|bq={token_texts(doc)[c.content[0]] in DOUBLE_QUOTES}"
    return kind, frame, s0, s1, bedge, lex.lemma(c.head), bside


def span_features(
    c: Candidate, span: Span, hows: tuple[str, ...], raw: Span, doc: Doc, lex: Lexicon, parts: Parts | None = None
) -> list[str]:
    """The features of one alternative (strings; each present feature has value 1); ``parts``: the
    claim's ``content_parts`` when the caller has them."""
    kind, frame, s0, s1, bedge, lemma, bside = parts if parts is not None else content_parts(c, raw, doc, lex)
    n = span[1] - span[0]
    nb = max(1, c.content[1] - c.content[0])
    ratio = _bucket(round(math.log2(n / nb), 1), (-2.0, -1.0, -0.4, 0.0, 0.4, 1.0, 2.0))
    # the sentence starts and double quotation marks inside the span, from the document's running counts
    sents = count_in(doc, "claims.sentence_starts", _sentence_start_flags, span[0] + 1, span[1])
    texts, lowers, pos = token_texts(doc), str_column(doc, "lower"), str_column(doc, "pos")
    qn = count_in(doc, "claims.double_quotes", _double_quote_flags, span[0], span[1])
    first, last = span[0], span[1] - 1
    lead = "q" if texts[first] in DOUBLE_QUOTES else lowers[first] if lowers[first] in ("that", "to", "if") \
        else pos[first]
    tail = "q" if texts[last] in DOUBLE_QUOTES else pos[last]
    edge = _edge(doc, span, s1)
    # the word before the span: a preposition or 'that' names what the span is the object of
    before = span[0] - 1
    prev = "start" if span[0] <= s0 else lowers[before] if pos[before] in ("ADP", "SCONJ") else pos[before]
    side = _side(span, c.cue)
    feats = [
        f"len={_bucket(n, (2, 4, 8, 16, 32, 64))}",
        f"ratio={ratio}",
        f"sents={min(sents, 3)}",
        f"breaks={min(_breaks(doc, span[0], span[1] - 1), 2)}",
        f"qpair={qn % 2 == 0}|q={min(qn, 4)}",
        f"lead={lead}",
        f"tail={tail}",
        f"edge={edge}",
        f"side={side}",
        f"full={span == (s0, s1)}",
        f"tosent={span[1] >= s1 - 1}",
        f"prev={prev}",
        f"fr={frame}|ratio={ratio}",
        f"kind={kind}|ratio={ratio}",
    ]
    for how in hows:
        feats += [
            f"how={how}",
            f"how={how}|kind={kind}",
            f"how={how}|fr={frame}",
            f"how={how}|edge={edge}",
            f"how={how}|lead={lead}",
            f"how={how}|lem={lemma}",
            f"how={how}|sents={min(sents, 3)}",
            f"how={how}|len={_bucket(n, (2, 4, 8, 16, 32, 64))}",
            f"how={how}|qpair={qn % 2 == 0}",
            f"how={how}|bedge={bedge}",
            f"how={how}|ratio={ratio}",
            f"how={how}|dep={c.head.dep_}",
            f"how={how}|tag={c.head.tag_}",
            f"how={how}|tail={tail}",
            f"how={how}|b={bside}",
            f"how={how}|side={side}",
            f"how={how}|prev={prev}",
        ]
    for f in structure(c, span, doc, s1):
        feats += [f, f"{f}|kind={kind}"] + [f"how={how}|{f}" for how in hows]
    return feats


class ContentModel(LinearChooser):
    """Weights of the alternative scorer; the best-scoring alternative is the content."""

    def choose(self, c: Candidate, raw: Span, doc: Doc, lex: Lexicon) -> Span:
        alts = alternatives(c, raw, doc)
        parts = content_parts(c, raw, doc, lex)
        best = max(alts, key=lambda a: self.score(span_features(c, a[0], a[1], raw, doc, lex, parts)))
        return best[0]


def load_content_model(knowledge: Knowledge = PACKAGED) -> ContentModel:
    """``claims/content_model.json`` of the knowledge; the stage reads it once."""
    raw = cast(Mapping[str, object], json.loads(knowledge.text("claims/content_model.json")))
    return ContentModel(read_weights(raw))
