#!/usr/bin/env python3
"""Classify the content chooser's out-of-fold errors on the PolNeAR training split where a right
span was offered.

    .venv/bin/python scripts/content_errors.py --cache /tmp/train.spacy [--c 0.3] [--examples 3]

Reads the training split only (../shared/eval/attrib-polnear-train). The rows and fold models are
``train_contents.py``'s; each row's alternative is chosen by the model of its fold (trained without
the row's document). For a wrong choice where some alternative matches, the chosen span is set
against the best-matching one: at each edge where they differ, whether the chosen one runs on or
stops short, and what the stretch between the two edges is (by the parse; Quirk et al. 1985 for the
clause classes; PARC's content guideline, Pareti 2016, for what belongs to the attribution):

- ``paragraph`` / ``sentence``: it crosses a paragraph break or a sentence start;
- else ``stretch_class``: ``attribution`` (a reporting verb of the lexicon with a subject of its
  own: a second attribution, '..., the mayor added'), ``report-part`` / ``part`` (a participle
  clause, of a reporting verb or another: ', adding that ...', ', raising ...'), ``sub:WORD`` (an
  adverbial clause by its subordinator), ``clause`` / ``vp`` / ``item`` (a conjunct with a subject
  of its own, a verb phrase sharing one, a list item), ``relcl`` / ``appos`` / ``acl`` (a modifier
  of a noun), ``time`` / ``place`` (an adjunct holding a date or a place name), ``prep:WORD``, else
  the head's part of speech; ``|cue`` when the stretch's head hangs on the cue itself (the saying's
  own adjunct); ``q`` is prefixed when the stretch holds a quotation mark.

With ``--missed``, the wrong contents where no right span was offered instead, by what the
annotated content is against the cue (``missed_classes``; several classes may hold, and the first
in the order listed is the row's own class): ``split`` (in pieces around the attribution, '"A," she
said, "B."'), ``fronted`` (before the cue: 'A, she said'), ``elsewhere`` (wholly outside the cue's
sentence), ``sentences`` / ``paragraphs`` (across a sentence start or a line break), ``quote-close``
(across a quotation's close), ``dash`` (stops at a bracket or dash), ``list`` (a coordination of
three or more), and the annotated content's head as the cue's complement: ``np-object``,
``to-inf``, ``whether``, ``that``, ``ccomp``, ``prep``, else ``other:DEP``.

With ``--patterns``, how the annotation and the out-of-fold choice treat three content bounds
(``patterns``): ``fronted`` (an adverbial clause opening the cue's sentence before its subject,
'Asked about the pier, she said ...'; by the clause's form, with or without a subject of its own,
Quirk et al. 1985, 15.58, and by the content's side of the cue), ``participle`` (a participle
clause after the cue with a complement of its own, ', adding that ...'; of a reporting verb or
another) and ``that-and-that`` (two coordinated that-clauses as the cue's complement): whether the
annotated content and the chosen span take in the clause, each more than half of it.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from itertools import pairwise

from spacy.tokens import Doc
from train_claims import trainer_args
from train_contents import OUT, Row, collect, out_of_fold

from unfog.claims.bounds import DOUBLE_QUOTES
from unfog.claims.candidate import Candidate, char_span, sent_bounds
from unfog.claims.contents import _own_subject
from unfog.claims.lexicon import Lexicon, load_lexicon
from unfog.lines import int_column, sentence_starts, str_column, token_texts

#: entity types of a time and of a place
TIMES = frozenset({"DATE", "TIME"})
PLACES = frozenset({"GPE", "LOC", "FAC"})
#: dependencies of a clause on the word it hangs on
CLAUSES = ("advcl", "xcomp", "acl", "conj", "ccomp")


def stretch_class(doc: Doc, lo: int, hi: int, c: Candidate, lex: Lexicon) -> str:
    """What tokens [lo, hi) of one sentence are: ``attribution`` (a verb
    of the lexicon with a subject of its own, the cue not among them), ``report-part`` /
    ``part`` (a participle clause of a reporting verb or of another), ``sub:WORD`` (an adverbial
    clause by its subordinator), ``clause`` / ``vp`` / ``item`` (a conjunct with its own subject,
    without one, a noun), ``relcl`` / ``appos`` / ``acl``, ``time`` / ``place`` (an adjunct with a
    date or a place name), ``prep:WORD``, else the head's part of speech; ``|cue`` when its head
    hangs on the cue itself."""
    heads, deps, pos = int_column(doc, "head"), str_column(doc, "dep"), str_column(doc, "pos")
    punct, tags = int_column(doc, "punct"), str_column(doc, "tag")
    words = [i for i in range(lo, hi) if not punct[i] and deps[i] != "cc"]
    if not words:
        return "none"
    cue = c.head.i
    for i in words:
        if pos[i] in ("VERB", "AUX") and i != cue and lex.lemma(doc[i]) in lex.verbs and _own_subject(doc[i]):
            return "attribution"
    top = next((i for i in words if not lo <= heads[i] < hi or heads[i] == i), words[0])
    on_cue = "|cue" if heads[top] == cue and top != cue else ""
    dep, tag = deps[top], tags[top]
    ents = {str_column(doc, "ent_type")[i] for i in words}
    own = pos[top] in ("VERB", "AUX") and _own_subject(doc[top])
    if dep in CLAUSES and tag in ("VBG", "VBN") and not own:
        return ("report-part" if lex.lemma(doc[top]) in lex.verbs else "part") + on_cue
    if dep == "advcl":
        mark = next((t.lower_ for t in doc[top].children if t.dep_ == "mark"), "")
        return f"sub:{mark}" + on_cue
    if dep == "conj":
        return ("clause" if own else "vp" if pos[top] in ("VERB", "AUX") else "item") + on_cue
    if dep in ("relcl", "appos", "acl"):
        return dep + on_cue
    if dep in ("prep", "npadvmod", "advmod", "pobj", "nmod"):
        if ents & TIMES:
            return "time" + on_cue
        if ents & PLACES:
            return "place" + on_cue
        if dep == "prep":
            return f"prep:{token_texts(doc)[top].lower()}" + on_cue
    return pos[top] + on_cue


def stretch(doc: Doc, lo: int, hi: int, c: Candidate, lex: Lexicon) -> str:
    """What tokens [lo, hi) are (see the module's note)."""
    texts = token_texts(doc)
    starts = sentence_starts(doc)
    if any("\n" in texts[i] for i in range(lo, hi - 1)):
        return "paragraph"
    if any(starts[i] == i for i in range(lo + 1, hi)) or (lo > 0 and starts[lo] == lo and hi > lo + 1):
        return "sentence"
    q = "q " if any(texts[i] in DOUBLE_QUOTES for i in range(lo, hi)) else ""
    return q + stretch_class(doc, lo, hi, c, lex)


def classify(doc: Doc, row: Row, k: int, lex: Lexicon) -> list[str]:
    """The differences between the chosen alternative ``k`` and the best-matching one."""
    r = max(range(len(row.scores)), key=lambda i: (row.scores[i], -i))
    (ps, pe), (gs, ge) = row.spans[k], row.spans[r]
    c = row.claim
    if pe <= gs or ps >= ge:
        return [f"disjoint ({'chosen left' if pe <= gs else 'chosen right'})"]
    out = []
    if ps != gs:
        longer = ps < gs
        lo, hi = (ps, gs) if longer else (gs, ps)
        out.append(f"start {'runs on' if longer else 'stops short'}: {stretch(doc, lo, hi, c, lex)}")
    if pe != ge:
        longer = pe > ge
        lo, hi = (ge, pe) if longer else (pe, ge)
        out.append(f"end {'runs on' if longer else 'stops short'}: {stretch(doc, lo, hi, c, lex)}")
    return out


def _tokens(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token spans of character spans (widened to whole tokens)."""
    out = []
    for s, e in spans:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and len(span):
            out.append((span.start, span.end))
    return out


def missed_classes(doc: Doc, row: Row) -> list[str]:
    """What an annotated content no alternative matches is, against the cue (module's note)."""
    pieces = _tokens(doc, row.gold)
    if not pieces:
        return ["none"]
    c = row.claim
    lo, hi = pieces[0][0], pieces[-1][1]
    texts, starts = token_texts(doc), sentence_starts(doc)
    s0, s1 = sent_bounds(c.head)
    out = []
    if len(pieces) > 1 and any(a[1] <= c.cue[0] and b[0] >= c.cue[1] for a, b in pairwise(pieces)):
        out.append("split")
    if hi <= c.cue[0]:
        out.append("fronted")
    if hi <= s0 or lo >= s1:
        out.append("elsewhere")
    if any("\n" in texts[i] for i in range(lo, hi - 1)):
        out.append("paragraphs")
    elif any(starts[i] == i for i in range(lo + 1, hi)):
        out.append("sentences")
    closes = [i for i in range(lo + 1, hi - 1) if texts[i] in ("”", "''") or (texts[i] == '"' and doc[i].whitespace_)]
    if any(any(not doc[j].is_punct for j in range(i + 1, hi)) for i in closes):
        out.append("quote-close")
    brackets = ("(", "—", "–", "--", "-")
    if (hi < len(doc) and texts[hi] in brackets) or (lo > 0 and texts[lo - 1] in brackets):
        out.append("dash")
    top = next((i for i in range(lo, hi) if not lo <= doc[i].head.i < hi or doc[i].head.i == i), lo)
    t = doc[top]
    if sum(1 for x in t.subtree if x.dep_ == "conj" and x.head.i == top) >= 2:
        out.append("list")
    marks = {x.lower_ for x in t.children if x.dep_ == "mark"} | {texts[lo].lower()}
    if t.dep_ == "dobj" or (t.pos_ in ("NOUN", "PROPN", "PRON") and t.head.i == c.head.i and t.dep_ != "nsubj"):
        out.append("np-object")
    elif t.dep_ == "xcomp" or texts[lo].lower() == "to":
        out.append("to-inf")
    elif marks & {"whether", "if"}:
        out.append("whether")
    elif "that" in marks:
        out.append("that")
    elif t.dep_ == "ccomp":
        out.append("ccomp")
    elif t.dep_ in ("prep", "pobj", "pcomp"):
        out.append("prep")
    else:
        out.append(f"other:{t.dep_}")
    return out


def missed(sdocs: list[Doc], by_doc: list[list[Row]], examples: int) -> None:
    """Count the classes of the rows with no right span offered (``--missed``)."""
    own: Counter[str] = Counter()
    every: Counter[str] = Counter()
    shown: Counter[str] = Counter()
    n = 0
    for sd, rows in zip(sdocs, by_doc, strict=True):
        for row in rows:
            if max(row.scores) >= 0.5:
                continue
            n += 1
            keys = missed_classes(sd, row)
            own[keys[0]] += 1
            every.update(keys)
            if shown[keys[0]] < examples:
                shown[keys[0]] += 1
                r = max(range(len(row.scores)), key=lambda i: (row.scores[i], -i))
                g = " | ".join(sd.text[s:e] for s, e in row.gold)
                o = sd[row.spans[r][0] : row.spans[r][1]]
                print(f"[{'+'.join(keys)}] cue={sd[row.claim.cue[0] : row.claim.cue[1]]} "
                      f"offered({'+'.join(row.hows[r])})={o} || right={g}")
    print(f"{n} candidates on annotated cues with no right span offered")
    print("class (own / among all):")
    for key, v in every.most_common():
        print(f"  {own[key]:5d} {v:5d}  {key}")


def _share(spans: list[tuple[int, int]], lo: int, hi: int) -> float:
    """The share of characters [lo, hi) inside ``spans``."""
    return sum(max(0, min(e, hi) - max(s, lo)) for s, e in spans) / max(1, hi - lo)


def pattern_keys(sd: Doc, row: Row, k: int, lex: Lexicon) -> list[str]:
    """The ``--patterns`` keys of a row with chosen alternative ``k`` (the module's note)."""
    h = row.claim.head
    s0, _ = sent_bounds(h)
    gold, chosen = row.gold, [char_span(sd, row.spans[k])]

    def took(lo: int, hi: int) -> str:
        a, b = char_span(sd, (lo, hi))
        g, c = ("in" if _share(x, a, b) > 0.5 else "out" for x in (gold, chosen))
        return f"gold={g}|chosen={c}"

    out: list[str] = []
    subj = next((t for t in h.lefts if t.dep_ in ("nsubj", "nsubjpass")), None)
    side = "after" if gold and gold[0][0] >= char_span(sd, row.claim.cue)[1] else "before"
    for t in h.lefts:
        lo, hi = t.left_edge.i, t.right_edge.i + 1
        if t.dep_ == "advcl" and subj is not None and hi <= subj.i and lo == s0 and sd[hi].text == ",":
            form = "own" if _own_subject(t) else "bare"
            out.append(f"fronted|{form}|content={side}|{took(lo, hi)}")
    for t in h.rights:
        comp = next((x for x in t.rights if x.dep_ in ("ccomp", "dobj")), None)
        if t.dep_ in ("advcl", "xcomp", "conj") and t.tag_ == "VBG" and comp is not None and sd[t.i - 1].text == ",":
            verb = "report" if lex.lemma(t) in lex.verbs else "other"
            out.append(f"participle|{verb}|{took(comp.left_edge.i, comp.right_edge.i + 1)}")
        if t.dep_ == "ccomp" and any(x.dep_ == "mark" and x.lower_ == "that" for x in t.lefts):
            second = next((x for x in t.rights if x.dep_ == "conj" and any(m.lower_ == "that" for m in x.lefts)), None)
            if second is not None:
                out.append(f"that-and-that|{took(t.left_edge.i, second.right_edge.i + 1)}")
    return out


def patterns(
    sdocs: list[Doc],
    by_doc: list[list[Row]],
    picks: list[list[int]],
    lex: Lexicon,
    keys: Callable[[Doc, Row, int, Lexicon], list[str]] = pattern_keys,
    examples: int = 0,
) -> None:
    """Count the ``--patterns`` keys (or those ``keys`` gives), with how many of their rows are
    chosen right, and show up to ``examples`` rows of each."""
    seen: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for sd, rows, ks in zip(sdocs, by_doc, picks, strict=True):
        for row, k in zip(rows, ks, strict=True):
            for key in keys(sd, row, k, lex):
                seen[key] += 1
                right[key] += row.scores[k] >= 0.5
                if seen[key] <= examples:
                    s, e = row.spans[k]
                    g = " | ".join(sd.text[x:y] for x, y in row.gold)
                    print(f"[{key}] ({'+'.join(row.hows[k])}) chosen={sd[s:e]} || gold={g}")
    for key in sorted(seen):
        print(f"  {seen[key]:5d} {right[key]:5d} right  {key}")


def main() -> int:
    ap = trainer_args(__doc__ or "", OUT, [0.3])
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--missed", action="store_true", help="the rows with no right span offered")
    ap.add_argument("--patterns", action="store_true", help="three content bounds in the annotation and the choice")
    a = ap.parse_args()
    _, sdocs, by_doc, _ = collect(a.data, a.cache)
    if a.missed:
        missed(sdocs, by_doc, a.examples)
        return 0
    picks, _ = out_of_fold(by_doc, a.c[0], a.folds)
    lex = load_lexicon()
    if a.patterns:
        patterns(sdocs, by_doc, picks, lex)
        return 0
    counts: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    shown: Counter[str] = Counter()
    wrong = offered = 0
    for sd, rows, ks in zip(sdocs, by_doc, picks, strict=True):
        for row, k in zip(rows, ks, strict=True):
            if row.scores[k] >= 0.5:
                continue
            wrong += 1
            if max(row.scores) < 0.5:
                continue
            offered += 1
            r = max(range(len(row.scores)), key=lambda i: (row.scores[i], -i))
            pairs[f"{'+'.join(row.hows[k])} over {'+'.join(row.hows[r])}"] += 1
            for key in classify(sd, row, k, lex):
                counts[key] += 1
                if shown[key] < a.examples:
                    shown[key] += 1
                    s, e = row.spans[k]
                    g0, g1 = row.spans[r]
                    print(
                        f"[{key}] cue={sd[row.claim.cue[0] : row.claim.cue[1]]} chosen={sd[s:e]} || right={sd[g0:g1]}"
                    )
    print(f"{wrong} wrong contents out of fold (C={a.c[0]}), {offered} with a right span offered")
    for side in ("start runs on", "start stops short", "end runs on", "end stops short", "disjoint"):
        n = sum(v for key, v in counts.items() if key.startswith(side))
        print(f"\n{side}: {n}")
        for key, v in counts.most_common():
            if key.startswith(side) and v * 100 >= n:
                print(f"  {v:5d}  {key.split(': ', 1)[-1]}")
    print("\nchosen over right, by how each is formed:")
    for key, v in pairs.most_common(a.top):
        print(f"  {v:5d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
