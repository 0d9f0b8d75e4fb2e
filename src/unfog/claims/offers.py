"""The content spans the parse offers a claim, for the learned choice among them
(``unfog.claims.contents``).

``bounds.bound`` narrows a candidate's content by rule; the parse offers other spans for the same
cue (``alternatives``), each named by how it is formed:

- ``bound``: the span ``bound`` keeps; ``raw``: the span the cue finder gave, before ``bound``;
- ``subtree``: the whole subtree of the complement that carries the content (an object noun with
  its prepositional phrases, appositions and relative clauses: 'praised the courage of a crew that
  ...');
- ``core``: that complement cut before its first modifier set off by a comma or a dash, or before
  a prepositional phrase or clause after an object noun ('discussed the plan on the radio');
- ``clause``: the content up to its first comma, semicolon or dash outside quotation marks;
- ``sent-end`` / ``sent-start``: from the content's start to its sentence's end, or from the
  sentence's start to the content's end (content before the cue);
- ``quote``: the quotation the content starts in or next to the cue; ``quote-pair``: a quotation
  before and one after the source and cue ('"A," she said, "B."'), as one span; ``quote-run``:
  the quotation with the quoted sentences that continue it in its paragraph;
- ``next-sent``: the content and the sentence after it (a statement that goes on after a colon or
  past a sentence's end); ``colon``: what follows a colon after the cue, to the sentence's end;
- ``prep-obj`` / ``noun-prep-obj``: the object of a preposition on the cue itself ('praised the
  crew for their courage') or on the cue's object noun, whose noun carries the speech act or
  attitude of a light verb ('made no apology for the delay', 'offered a defence of the plan');
- ``after-cue``: everything from the cue's end to the content's end when no adjunct of the cue
  and no punctuation stands between them (an object and its infinitive, 'asked the director to
  explain'; a subject the finder left out; not 'said on Monday that ...', 'told reporters: "..."');
- ``with-subj``: the cue's own subject before it with the content after it, the cue inside
  (a raising verb: 'the reform seemed to help'; the subject is part of what is said);
- ``subject``: the cue's subject alone, when the finder took the span after an open cue (not a
  reporting verb of the lexicon, whose subject is the speaker): with a verb of the 'amuse' class
  (Levin 1993, 31.1: 'the delay angered the tenants') the subject is the stimulus, what the
  attitude is about, and the object the experiencer who holds it;
- ``rel-head``: a cue in a relative clause with the noun the clause modifies, up to the content's
  end ('the kind of judge she fears the council would pick'): the noun fills the gap of the
  reported clause (Quirk et al. 1985, 17.10-17.13), so it is part of what is said.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from unfog.claims.bounds import DOUBLE_QUOTES
from unfog.claims.candidate import Candidate, close_quotes, sent_bounds, trim
from unfog.lines import break_tokens, int_column, str_column, token_texts

Span = tuple[int, int]
#: marks that end a clause inside a sentence
CLAUSE_MARKS = frozenset({",", ";", "—", "–", "--"})
#: dependencies of the modifiers ``core`` cuts off an object noun
MODIFIERS = ("prep", "relcl", "acl", "appos", "conj", "cc", "advcl")
#: dependencies of a cue's own adjuncts (where, when, how the saying happened)
ADJUNCTS = ("prep", "advcl", "advmod", "npadvmod", "agent", "dative")
#: the alternatives that may hold the cue (a quote around it; the cue's own subject with its
#: complement; a relative clause's antecedent with the clause)
AROUND = ("bound", "raw", "quote-pair", "with-subj", "rel-head")
#: how many sentences a quotation run may continue over
RUN_SENTS = 4


def _quote_segments(doc: Doc, lo: int, hi: int) -> list[Span]:
    """Double-quoted passages (marks included) between token ``lo`` and ``hi``, paragraph by
    paragraph (a quote left open ends at its paragraph's end)."""
    out: list[Span] = []
    start: int | None = None
    texts = token_texts(doc)
    for i in range(len(texts))[lo:hi]:  # the indices of doc[lo:hi]
        text = texts[i]
        if text in DOUBLE_QUOTES:
            if start is None and text not in ("”", "''", "»"):
                start = i
            elif start is not None:
                out.append((start, i + 1))
                start = None
        if start is not None and "\n" in text:
            out.append((start, i + 1))
            start = None
    if start is not None:
        out.append((start, hi))
    return out


def _paragraph(doc: Doc, i: int) -> Span:
    """Token bounds of the paragraph (text between line breaks) of token ``i``: after the last token
    before ``i`` that holds a line break, through the first from ``i`` on (or the document's last)."""
    breaks = break_tokens(doc)
    k = bisect_left(breaks, i)
    lo = breaks[k - 1] + 1 if k else 0
    hi = min(breaks[k], len(doc) - 1) if k < len(breaks) else len(doc) - 1
    return lo, max(hi, i) + 1


def _complement(c: Candidate, raw: Span) -> Token | None:
    for k in c.head.rights:
        if raw[0] - (k.dep_ == "prep") <= k.i < raw[1] and k.dep_ not in ("punct", "advmod", "npadvmod", "nsubj"):
            if k.dep_ == "prep":
                return next((g for g in k.children if g.dep_ in ("pobj", "pcomp")), None)
            return k
    return None


def _core(doc: Doc, k: Token) -> Span:
    end = k.right_edge.i + 1
    for r in k.rights:
        if r.dep_ in MODIFIERS and (k.pos_ in ("NOUN", "PROPN", "PRON") or doc[r.left_edge.i - 1].text in CLAUSE_MARKS):
            end = r.left_edge.i
            break
    return k.left_edge.i, end


def _prep_objects(c: Candidate, k: Token | None) -> list[tuple[str, Span]]:
    """The objects of the prepositions right of the cue on the cue itself or on its object noun
    (``k``): what a light verb's noun, or the cue's own preposition, is about."""
    out: list[tuple[str, Span]] = []
    hosts = [("prep-obj", c.head)]
    if k is not None and k.pos_ in ("NOUN", "PROPN") and k.head.i == c.head.i:
        hosts.append(("noun-prep-obj", k))
    for how, h in hosts:
        for p in h.rights:
            if p.dep_ == "prep" and p.i > c.head.i:
                obj = next((g for g in p.children if g.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    out.append((how, (obj.left_edge.i, obj.right_edge.i + 1)))
                    break
    return out


def alternatives(c: Candidate, raw: Span, doc: Doc) -> list[tuple[Span, tuple[str, ...]]]:
    """The content spans the parse offers the candidate, each with the ways it is formed (in a
    fixed order: ``bound`` first)."""
    found: list[tuple[str, Span]] = [("bound", c.content), ("raw", raw)]
    s0, s1 = sent_bounds(c.head)
    cue_lo, cue_hi = c.cue
    texts = token_texts(doc)
    k = _complement(c, raw)
    if k is not None:
        found.append(("subtree", (k.left_edge.i, k.right_edge.i + 1)))
        found.append(("core", _core(doc, k)))
    if c.kind != "frame":
        found += _prep_objects(c, k)
    heads, deps = int_column(doc, "head"), str_column(doc, "dep")
    between = range(cue_hi, raw[0])
    if raw[0] > cue_hi and not any(  # no adjunct of the cue, no mark ('told reporters: "..."') in between
        (heads[i] == c.head.i and deps[i] in ADJUNCTS) or texts[i] in CLAUSE_MARKS or texts[i] in (":", *DOUBLE_QUOTES)
        for i in between
    ):
        found.append(("after-cue", (cue_hi, raw[1])))
    if raw[0] >= cue_hi:
        subj = next((t for t in c.head.lefts if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.i < cue_lo:
            found.append(("with-subj", (subj.left_edge.i, raw[1])))
            if c.open and subj.right_edge.i < cue_lo:  # (a lexicon verb's subject is the one who speaks)
                found.append(("subject", (subj.left_edge.i, subj.right_edge.i + 1)))
        antecedent = c.head.head if c.head.dep_ == "relcl" else None
        if antecedent is not None and antecedent.pos_ in ("NOUN", "PROPN", "PRON") and antecedent.i < cue_lo:
            found.append(("rel-head", (antecedent.left_edge.i, raw[1])))
    segments: list[Span] | None = None  # the quoted passages of raw, found at its first clause mark
    for i in range(raw[0] + 1, raw[1]):
        if texts[i] not in CLAUSE_MARKS:
            continue
        if segments is None:
            segments = _quote_segments(doc, raw[0], raw[1])
        if not any(a < i < b - 1 for a, b in segments):
            found.append(("clause", (raw[0], i)))
            break
    if raw[0] >= cue_hi and raw[0] < s1:
        found.append(("sent-end", (raw[0], s1)))
    if raw[1] <= cue_lo and raw[0] >= s0:
        found.append(("sent-start", (s0, raw[1])))
    p0, p1 = _paragraph(doc, cue_lo)
    quotes = _quote_segments(doc, p0, p1)
    around = [q for q in quotes if q[0] <= raw[0] < q[1] or q[0] <= cue_lo < q[1]]
    before = [q for q in quotes if q[1] <= cue_lo and cue_lo - q[1] <= 4]
    after = [q for q in quotes if q[0] >= cue_hi and q[0] - cue_hi <= 4]
    near = around or after or before
    first = near[0] if near else None
    if first is not None:
        found.append(("quote", first))
        run = [q for q in quotes if q[0] >= first[1]][:RUN_SENTS]
        if run:
            found.append(("quote-run", (first[0], run[-1][1])))
    if before and after:
        found.append(("quote-pair", (before[-1][0], after[0][1])))
    if s1 < len(doc) and raw[1] >= s1 - 2:
        nxt = sent_bounds(doc[s1])
        found.append(("next-sent", (raw[0], nxt[1])))
    colon = next((i for i in range(cue_hi, s1) if texts[i] == ":"), None)
    if colon is not None and colon + 1 < s1:
        found.append(("colon", (colon + 1, s1)))
    out: dict[Span, list[str]] = {}
    for how, (s, e) in found:
        if (how, (s, e)) != ("bound", c.content):
            s, e = trim(doc, s, e)
            e = close_quotes(doc, s, e) if e > s else e  # a quote the span opens closes in it
        span = (s, e)
        if span[1] > span[0] and not (span[0] <= cue_lo < span[1] and how not in AROUND):
            out.setdefault(span, []).append(how)
    return [(span, tuple(hows)) for span, hows in out.items()]
