#!/usr/bin/env python3
"""How the PolNeAR training annotation and the content chooser's out-of-fold choice bound four
contents of reports (issue 13), counted on the training split only.

    .venv/bin/python scripts/content_bounds.py --cache /tmp/train.spacy [--c 0.3] [--examples 2]

The rows and fold models are ``train_contents.py``'s (each row's alternative chosen by the model of
its fold). For each row of a candidate on an annotated cue, the keys of the patterns it shows, with
how the annotated content (``gold=``) and the chosen span (``chosen=``) treat the part in question,
and how many of the rows are chosen right:

- ``medial`` / ``resumed``: a quotation before the source and cue and one after them, in the same
  sentence ('"A," the commander told the radio on Monday, "and B."') or resumed in the next one
  after the reporting clause's full stop; ``short`` when the clause between them is the one
  ``offers``' ``quote-pair`` spans (each quote within four tokens of the cue), else ``long``; which
  of the two quotations the span takes (more than half of each): ``both``, ``before``, ``after``;
- ``colon``: a colon after the cue, in its sentence, with no verb between ('wrote in a message late on
  Sunday: ...'); where the span starts (``at`` the colon's next word, ``before`` or ``after`` it)
  and ends (``quote`` at the close of a quotation opened after the colon, ``sent`` at the
  sentence's end, ``short`` before it, ``beyond`` past it);
- ``addressee``: an object noun after the cue and a clausal complement after it ('told reporters
  that ...', 'asked the director to ...'; ``comp=ccomp`` or ``xcomp``), ``tell`` for the lexicon's
  ``addressee_verbs`` ('tell', 'inform', 'assure', ...) and ``other``; whether the span starts at
  or before the object (``obj``), at or after the complement's first word (``comp``), else
  ``other``; ``long`` when the object runs over more than two words (where the choice can matter:
  score.py's half-of-each rule forgives a word or two);
- ``according``: an 'according to' phrase on the cue after it (a report's final relay, '..., the
  commander said, according to the agency'); whether the span takes it in (``in``) or not, by the
  side of the cue the content stands on.
"""

from __future__ import annotations

import sys

from content_errors import _share, _tokens, patterns
from spacy.tokens import Doc
from train_claims import trainer_args
from train_contents import OUT, Row, collect, out_of_fold

from unfog.claims.candidate import char_span, sent_bounds
from unfog.claims.lexicon import Lexicon, load_lexicon
from unfog.claims.offers import _paragraph, _quote_segments
from unfog.lines import token_texts

Span = tuple[int, int]
ENDS = frozenset({".", "?", "!"})


def _hull(sd: Doc, spans: list[Span]) -> Span | None:
    """The token hull of character spans."""
    toks = _tokens(sd, spans)
    return (toks[0][0], toks[-1][1]) if toks else None


def _takes(sd: Doc, chars: list[Span], part: Span) -> bool:
    a, b = char_span(sd, part)
    return _share(chars, a, b) > 0.5


def _quotes(sd: Doc, row: Row, spans: dict[str, list[Span]]) -> list[str]:
    c = row.claim
    cue_lo, cue_hi = c.cue
    p0, p1 = _paragraph(sd, cue_lo)
    quotes = _quote_segments(sd, p0, p1)
    before = [q for q in quotes if q[1] <= cue_lo]
    after = [q for q in quotes if q[0] >= cue_hi]
    if not before or not after:
        return []
    b, a = before[-1], after[0]
    texts = token_texts(sd)
    gap_ends = [i for i in range(b[1], a[0]) if texts[i] in ENDS]
    if any(i < cue_lo for i in gap_ends) or len(gap_ends) > 1 or a[0] - b[1] > 40:
        return []
    shape = "resumed" if gap_ends else "medial"
    size = "short" if cue_lo - b[1] <= 4 and a[0] - cue_hi <= 4 else "long"
    out = []
    for who, chars in spans.items():
        tb, ta = _takes(sd, chars, b), _takes(sd, chars, a)
        out.append(f"{who}={'both' if tb and ta else 'before' if tb else 'after' if ta else 'none'}")
    return [f"{shape}|{size}|{'|'.join(out)}"]


def _colon(sd: Doc, row: Row, spans: dict[str, list[Span]]) -> list[str]:
    c = row.claim
    _, s1 = sent_bounds(c.head)
    texts = token_texts(sd)
    k = c.cue[1]
    while k < s1 and texts[k] != ":" and sd[k].pos_ not in ("VERB", "AUX"):
        k += 1
    if k >= s1 - 1 or texts[k] != ":":
        return []
    start = k + 1
    while start < len(sd) and sd[start].is_space:
        start += 1
    p0, p1 = _paragraph(sd, start)
    q = next((x for x in _quote_segments(sd, p0, p1) if x[0] == start), None)
    out = []
    for who, chars in spans.items():
        h = _hull(sd, chars)
        if h is None:
            return []
        lo = "at" if abs(h[0] - start) <= 1 else "before" if h[0] < start else "after"
        if q is not None and abs(h[1] - q[1]) <= 1:
            hi = "quote"
        elif abs(h[1] - s1) <= 1:
            hi = "sent"
        else:
            hi = "beyond" if h[1] > s1 else "short"
        out.append(f"{who}={lo}-{hi}")
    return [f"colon|quote={q is not None}|{'|'.join(out)}"]


def _addressee(sd: Doc, row: Row, spans: dict[str, list[Span]], lex: Lexicon) -> list[str]:
    h = row.claim.head
    obj = next((t for t in h.rights if t.dep_ in ("dobj", "dative") and t.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if obj is None:
        return []
    comp = next((t for t in h.rights if t.dep_ in ("ccomp", "xcomp") and t.left_edge.i > obj.right_edge.i), None)
    if comp is None:
        return []
    o0, k0 = obj.left_edge.i, comp.left_edge.i
    out = []
    for who, chars in spans.items():
        hh = _hull(sd, chars)
        if hh is None:
            return []
        out.append(f"{who}={'obj' if hh[0] <= o0 else 'comp' if hh[0] >= k0 else 'other'}")
    lem = "tell" if lex.lemma(h) in lex.addressee_verbs else "other"
    size = "long" if obj.right_edge.i + 1 - o0 > 2 else "short"
    return [f"addressee|comp={comp.dep_}|{lem}|{size}|{'|'.join(out)}"]


def _according(sd: Doc, row: Row, spans: dict[str, list[Span]]) -> list[str]:
    h = row.claim.head
    p = next((t for t in h.rights if t.dep_ == "prep" and t.lower_ == "according"), None)
    if p is None:
        return []
    part = (p.i, p.right_edge.i + 1)
    gold = _hull(sd, spans["gold"])
    side = "none" if gold is None else "left" if gold[1] <= row.claim.cue[0] else "right"
    out = [f"{who}={'in' if _share(chars, *char_span(sd, part)) > 0.5 else 'out'}" for who, chars in spans.items()]
    return [f"according|content={side}|{'|'.join(out)}"]


def keys(sd: Doc, row: Row, k: int, lex: Lexicon) -> list[str]:
    """The pattern keys of a row with chosen alternative ``k`` (the module's note)."""
    spans = {"gold": row.gold, "chosen": [char_span(sd, row.spans[k])]}
    out = _quotes(sd, row, spans) + _colon(sd, row, spans)
    return out + _addressee(sd, row, spans, lex) + _according(sd, row, spans)


def main() -> int:
    ap = trainer_args(__doc__ or "", OUT, [0.3])
    ap.add_argument("--examples", type=int, default=0)
    a = ap.parse_args()
    _, sdocs, by_doc, _ = collect(a.data, a.cache)
    picks, _ = out_of_fold(by_doc, a.c[0], a.folds)
    patterns(sdocs, by_doc, picks, load_lexicon(), keys, a.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
