#!/usr/bin/env python3
"""Classify the source chooser's out-of-fold errors on the PolNeAR training split.

    .venv/bin/python scripts/source_errors.py --cache /tmp/train.spacy [--c 0.3] [--examples 3]

Reads the training split only (../shared/eval/attrib-polnear-train). The matched claims and their
source options are those of ``train_sources.py``; each claim's option is chosen by the model of its
fold (trained without the claim's document). A wrong choice is counted by whether the claim's cue
overlaps the annotated one, then

- cue right: ``spurious`` (a source where none is annotated, by the option's relation), ``none``
  (no source chosen where one is annotated), ``other option`` (an option was right: the chosen
  relation against the right one), ``not offered`` (no option overlaps the annotated source: where
  that source stands, its head's part of speech and dependency); and whether the chosen span
  stands in apposition with the annotated source or in a 'citing' / 'according to' phrase (a relay);
- cue wrong: where the annotated cue stands against the claim's (inside the claim's content, the
  claim's cue inside the annotated content, another word of the same sentence, another sentence).
"""

from __future__ import annotations

import json
import sys
from collections import Counter

from spacy.tokens import Doc, Span
from train_claims import overlaps, parse, trainer_args
from train_sources import OUT, Group, collect, out_of_fold

from unfog.claims.candidate import char_span, sent_bounds
from unfog.claims.lexicon import Lexicon, load_lexicon
from unfog.claims.sources import source_words

#: words of a phrase that passes a report on ('according to X', 'citing X', 'quoting X')
RELAY_HEADS = frozenset({"according", "cite", "quote", "citing", "quoting"})


def tokens(sd: Doc, spans: list[list[int]]) -> Span | None:
    s, e = spans[0]
    return sd.char_span(s, e, alignment_mode="expand")


def where(sd: Doc, g: Group, gsrc: Span) -> str:
    """Where an annotated source no option offers stands, against the claim's cue and content."""
    c = g.claim
    s0, s1 = sent_bounds(c.head)
    root = gsrc.root
    if not s0 <= root.i < s1:
        return "other sentence" + ("|pron" if root.pos_ == "PRON" else "")
    if c.content[0] <= root.i < c.content[1]:
        return "inside content"
    return f"same sentence|{root.pos_}|{root.dep_}<{root.head.lemma_.lower()}"


def relay_of(sd: Doc, span: tuple[int, int]) -> bool:
    """The chosen span hangs on 'according to' / 'citing' / 'quoting' (a relay's phrase)."""
    t = sd[span[0] : span[1]].root
    for _ in range(3):
        if t.lemma_.lower() in RELAY_HEADS or t.lower_ in RELAY_HEADS:
            return True
        if t.head.i == t.i:
            break
        t = t.head
    return False


def classify(sd: Doc, g: Group, k: int, lex: Lexicon) -> tuple[str, str]:
    c, gold = g.claim, g.gold
    o = g.opts[k]
    cue_right = overlaps(char_span(sd, c.cue), [(x[0], x[1]) for x in gold["cue"] or []]) if gold["cue"] else True
    if not cue_right:
        gcue = tokens(sd, gold["cue"])
        if gcue is None:
            return "cue wrong", "unaligned"
        s0, s1 = sent_bounds(c.head)
        if c.content[0] <= gcue.root.i < c.content[1]:
            return "cue wrong", "gold cue inside our content (we took the outer report)"
        gc = [(x[0], x[1]) for x in gold["content"]]
        if overlaps(char_span(sd, c.cue), gc):
            return "cue wrong", "our cue inside gold content (we took a nested report)"
        if s0 <= gcue.root.i < s1:
            return "cue wrong", f"same sentence: ours {c.kind} {lex.lemma(c.head)} / gold {gcue.root.pos_}"
        return "cue wrong", "other sentence"
    rels = "+".join(o.relations)
    if not g.has_source:
        return "cue right", f"spurious|{rels}"
    if o.span is None:
        return "cue right", "none chosen" + ("|offered" if any(g.right) else "|not offered")
    gsrc = tokens(sd, gold["source"])
    relay = relay_of(sd, o.span)
    if any(g.right):
        right = "+".join(next(p for p, r in zip(g.opts, g.right, strict=True) if r).relations)
        return "cue right", f"other option|{rels} -> {right}" + ("|relay" if relay else "")
    if gsrc is None:
        return "cue right", "not offered|unaligned"
    ours = sd[slice(*source_words(sd, o.span, o.name, lex))]
    near = abs(gsrc.start - ours.end) <= 2 or abs(ours.start - gsrc.end) <= 2
    tail = "|relay" if relay else "|adjacent" if near else ""
    return "cue right", f"not offered|{where(sd, g, gsrc)}{tail}"


#: the relations that offer the subject of a clause above the cue's
HIGHER = frozenset({"governor", "root", "controller", "host-maker"})


def coarse(sd: Doc, g: Group, k: int, lex: Lexicon) -> str:
    """The error's class by mechanism (issue 13's list), for a wrong choice whose cue is right:
    the source / no source decision, the right source missing from the options (or only its bounds
    off: next to the chosen span), or, between offered options, a pronoun against its antecedent,
    the subject of a higher clause against the cue's own, a body against a person who speaks for
    it, and otherwise a nearer against a further name."""
    o = g.opts[k]
    if not g.has_source:
        return "source where none is annotated"
    if o.span is None:
        return "no source chosen"
    gsrc = tokens(sd, g.gold["source"])
    if not any(g.right):
        ours = sd[slice(*source_words(sd, o.span, o.name, lex))]
        near = gsrc is not None and (abs(gsrc.start - ours.end) <= 2 or abs(ours.start - gsrc.end) <= 2)
        return "span bounds (adjacent)" if near else "right source not offered"
    r = next(p for p, ok in zip(g.opts, g.right, strict=True) if ok)
    assert r.span is not None
    a, b = sd[o.span[0] : o.span[1]].root, sd[r.span[0] : r.span[1]].root
    if (a.pos_ == "PRON") != (b.pos_ == "PRON"):
        return "pronoun vs antecedent"
    if bool(HIGHER & set(o.relations)) != bool(HIGHER & set(r.relations)):
        return "subject of a higher clause vs the cue's own"
    people = ("PERSON",)
    if (a.ent_type_ in people) != (b.ent_type_ in people) and (a.ent_type_ == "ORG" or b.ent_type_ == "ORG"):
        return "organisation vs person"
    return "nearer vs further name (other)"


def main() -> int:
    ap = trainer_args(__doc__ or "", OUT, [0.3])
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--top", type=int, default=40)
    a = ap.parse_args()
    docs = [json.loads(line) for line in (a.data / "docs.jsonl").open(encoding="utf-8")]
    gold_by_id = {g["id"]: g["attributions"] for g in map(json.loads, (a.data / "gold.jsonl").open(encoding="utf-8"))}
    sdocs = parse(docs, a.cache)
    lex = load_lexicon()
    groups = collect(docs, gold_by_id, sdocs, lex)
    chosen, _, _, _ = out_of_fold(groups, a.c[0], a.folds)
    counts: Counter[tuple[str, str]] = Counter()
    classes: Counter[str] = Counter()
    shown: Counter[tuple[str, str]] = Counter()
    for g, k in zip(groups, chosen, strict=True):
        if g.right[k]:
            continue
        sd = sdocs[g.doc]
        key = classify(sd, g, k, lex)
        counts[key] += 1
        if key[0] == "cue right":
            classes[coarse(sd, g, k, lex)] += 1
        if shown[key] < a.examples:
            shown[key] += 1
            s0, s1 = sent_bounds(g.claim.head)
            o = g.opts[k]
            print(f"[{key[1]}] ours={sd[o.span[0]:o.span[1]] if o.span else None} "
                  f"gold={[docs[g.doc]['text'][s:e] for s, e in g.gold['source'] or []]} "
                  f"cue={sd[g.claim.cue[0]:g.claim.cue[1]]} :: {sd[s0:s1]}")
    errors = sum(counts.values())
    print(f"{len(groups)} matched claims, {errors} wrong sources (out of fold, C={a.c[0]})")
    print("\ncue right, by mechanism:")
    for what, v in classes.most_common():
        print(f"  {v:5d}  {what}")
    for side in ("cue right", "cue wrong"):
        n = sum(v for (s, _), v in counts.items() if s == side)
        print(f"\n{side}: {n}")
        top: Counter[str] = Counter()
        for (s, what), v in counts.items():
            if s == side:
                top[what.split("|")[0]] += v
        for what, v in top.most_common():
            print(f"  {v:5d}  {what}")
        for (s, what), v in counts.most_common(a.top):
            if s == side:
                print(f"    {v:5d}  {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
