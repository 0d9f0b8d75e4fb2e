"""Content boundaries: what inside a content's token span is not what the source says.

A content span found over the parse may hold material that belongs to the author or to the
attribution itself: the cue and its source when they sit inside the content ('"A," she said,
"B."'; 'The bridge, the engineer said, had ...'), non-restrictive relative clauses and appositions
the author adds (', which ...'; ', a former officer,'), asides between dashes or brackets, a
participle that comments on the saying (', referring to ...') and a further clause joined to the
content that carries its own cue ('... and three-quarters said the same').

A claim's content is one span, so when such material splits the content, the stage keeps the
single span that best covers what remains: the whole span when the asides are short, else the
largest piece.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from unfog.claims.candidate import QUOTES, Candidate, trim
from unfog.claims.lexicon import Lexicon
from unfog.lines import int_column, token_texts

#: Dependencies whose subtree is the author's aside when set off by a comma or a dash.
ASIDES = ("relcl", "appos")
#: Pairs of marks around an aside.
BRACKETS = {"(": ")", "—": "—", "–": "–", "--": "--", "-": "-"}
#: Children of a cue that belong to the attribution, not to what is said.
FRAME_DEPS = ("nsubj", "nsubjpass", "agent", "advmod", "npadvmod", "prep", "dative", "aux", "neg", "prt", "punct")
#: The whole span is kept when the kept text fills at least this share of it.
HULL = 0.6
SET_OFF = (",", "—", "–", "--", "(")


def _set_off(doc: Doc, t: Token) -> bool:
    k = t.left_edge.i - 1
    return k >= 0 and token_texts(doc)[k] in SET_OFF


def _quoted(doc: Doc, start: int, end: int) -> set[int]:
    """Tokens inside quotation marks (the speaker's own words, asides included)."""
    out: set[int] = set()
    inside = False
    texts = token_texts(doc)
    for i in range(*slice(start, end).indices(len(texts))):  # as doc[start:end] slices
        x = texts[i]
        if x in QUOTES and x not in ("’", "'"):
            inside = not inside
            out.add(i)
        elif inside:
            out.add(i)
    return out


def _joined(doc: Doc, t: Token) -> bool:
    """A clause joined by 'and'/'but' (with a subject of its own unless it is a conjunct) or by
    'while'/'whereas' with a subject of its own: a further claim, not this one's content."""
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
    if t.dep_ == "advcl":
        return own and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in t.children)
    if t.dep_ not in ("conj", "ccomp") or not (own or t.dep_ == "conj"):
        return False
    k = t.left_edge.i - 1
    return k >= 0 and doc[k].dep_ == "cc"


def _subtree(t: Token) -> range:
    return range(t.left_edge.i, t.right_edge.i + 1)


def excluded(doc: Doc, start: int, end: int, cue: Token, lex: Lexicon) -> set[int]:
    """Token indices inside [start, end) that are not content."""
    out: set[int] = set()
    span = range(start, end)
    quoted = _quoted(doc, start, end)
    texts = token_texts(doc)
    if start <= cue.i < end:
        out.add(cue.i)
        for c in cue.children:
            if c.dep_ in FRAME_DEPS and not any(x in QUOTES for x in texts[c.left_edge.i : c.right_edge.i + 1]):
                out.update(i for i in _subtree(c) if i in span)
    for i in range(*slice(start, end).indices(len(texts))):  # as doc[start:end] slices
        if i in out or i == start or i in quoted:
            continue
        t = doc[i]
        sub = _subtree(t)
        if sub.start < start or sub.stop > end:
            continue
        if t.dep_ in ASIDES and _set_off(doc, t) and t.i > start + 1:
            if t.dep_ == "relcl" and t.head.dep_ not in ("nsubj", "nsubjpass"):
                # ', which ...' on an object runs to the end (of the unquoted text: a quote after
                # it goes on with the speaker's words)
                stop = next((q for q in sorted(quoted) if q >= sub.stop), end)
                out.update(range(sub.start - 1, stop))
            elif sub.stop >= end - 1:
                out.update(range(sub.start - 1, sub.stop))  # a trailing aside
        elif t.dep_ in ("npadvmod", "dep") and t.pos_ == "NOUN" and _set_off(doc, t) and sub.stop == end:
            out.update(range(sub.start - 1, end))  # '..., a swipe at ...'
        elif t.dep_ == "advcl" and t.tag_ == "VBG" and _set_off(doc, t) and t.head.i < t.i:
            out.update(sub)  # ', referring to ...'
        elif t.pos_ in ("VERB", "AUX") and lex.lemma(t) in lex.verbs and _joined(doc, t):
            lo = t.left_edge.i
            while lo > start and (doc[lo - 1].dep_ == "cc" or doc[lo - 1].is_punct):
                lo -= 1
            out.update(range(lo, sub.stop))  # '..., and others said ...': a claim of its own
    # asides between dashes or brackets
    i = start
    ws = int_column(doc, "ws")
    while i < end:
        close = BRACKETS.get(texts[i])
        if close == "-" and not (ws[i - 1] and ws[i]):
            close = None  # a hyphen, not a dash
        if close is not None and i > start and i not in quoted:
            for j in range(i + 1, min(end, i + 40)):
                if texts[j] == close:
                    out.update(range(i, j + 1))
                    i = j
                    break
        i += 1
    return out


def _chars(doc: Doc, idx: list[int]) -> int:
    texts, ws = token_texts(doc), int_column(doc, "ws")
    return sum(len(texts[i]) + ws[i] for i in idx)


def best_span(doc: Doc, start: int, end: int, out: set[int]) -> tuple[int, int]:
    """The single span that best covers the kept tokens of [start, end): the whole (trimmed) span
    when the asides are short (``HULL``), else the contiguous piece that shares most with the kept
    text relative to both."""
    kept = [i for i in range(start, end) if i not in out]
    if not kept or len(kept) == end - start:
        return start, end
    pieces: list[tuple[int, int]] = []
    run: list[int] = []
    for i in range(start, end + 1):
        if i < end and i not in out:
            run.append(i)
        elif run:
            s, e = trim(doc, run[0], run[-1] + 1)
            if e > s:
                pieces.append((s, e))
            run = []
    if not pieces:
        return start, end
    hull = trim(doc, pieces[0][0], pieces[-1][1])
    total = _chars(doc, kept)
    if total / max(1, _chars(doc, list(range(*hull)))) >= HULL:
        return hull
    best, best_score = hull, -1.0
    for s, e in pieces:
        inside = _chars(doc, [i for i in range(s, e) if i not in out])
        score = min(inside / total, inside / max(1, _chars(doc, list(range(s, e)))))
        if score > best_score + 1e-9:
            best, best_score = (s, e), score
    return best


def bound(c: Candidate, doc: Doc, lex: Lexicon) -> None:
    """Narrow a candidate's content to what the source says (see the module's note)."""
    s, e = c.content
    if c.kind == "frame":
        out: set[int] = set()
        if s <= c.cue[0] < e and c.source is not None:
            lo, hi = c.cue[0], max(c.cue[1], c.source[1])
            while lo > s and doc[lo - 1].is_punct and doc[lo - 1].text not in QUOTES:
                lo -= 1
            while hi < e and doc[hi].is_punct and doc[hi].text not in QUOTES:
                hi += 1
            out = set(range(lo, hi))
    else:
        out = excluded(doc, s, e, c.head, lex)
    c.content = best_span(doc, s, e, out)


#: Double quotation marks (single ones double as apostrophes).
DOUBLE_QUOTES = frozenset({'"', "“", "”", "''", "``", "«", "»"})


def quoted_tokens(doc: Doc) -> set[int]:
    """Tokens inside double quotation marks, paragraph by paragraph (a quote left open ends at
    the paragraph's end)."""
    out: set[int] = set()
    inside = False
    # (a token's trailing whitespace is one space or none: a line break is always in a token's text)
    for i, text in enumerate(token_texts(doc)):
        if "\n" in text:
            inside = False
            continue
        if text in DOUBLE_QUOTES:
            if text in ("“", "``", "«"):
                inside = True
            elif text in ("”", "''", "»"):
                inside = False
            else:
                inside = not inside
        elif inside:
            out.add(i)
    return out
