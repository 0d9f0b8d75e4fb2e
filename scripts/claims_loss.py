#!/usr/bin/env python3
"""Where the claims stage's full F1 goes, fully out of fold on the PolNeAR training split.

    .venv/bin/python scripts/claims_loss.py --cache /tmp/train.spacy --content-folds F [--c 0.3 --thresholds 0.3]

Reads the training split only (../shared/eval/attrib-polnear-train). The claims are
``train_claims.py``'s out-of-fold ones (the cue scorer of each document's fold, and with
``--content-folds`` the content chooser of its fold). score.py's full F1 is 2 * right / (claims +
attributions), so 1 - F1 is a sum of units over (claims + attributions): an attribution no claim
matches costs 1, a claim matching none costs 1, and a match with the wrong source or cue costs 2.
Each unit goes to one class:

- ``source`` / ``cue`` / ``source+cue``: matched, the source (or cue) does not overlap the annotated one;
- ``bounds``: a claim's cue overlaps the annotated cue but its content does not match (the
  unmatched attribution and the unmatched claim on its cue; by ``edges``: where the start and the
  end of the claim's content lie against the annotated content's);
- ``rejected``: a proposal's cue overlaps the annotated cue, but no claim was kept on it;
- ``not proposed``: no proposal's cue overlaps the annotated cue;
- ``duplicate``: a second claim on an annotated cue another claim matched;
- ``spurious``: a claim whose cue overlaps no annotated cue.

Attributions are grouped by construction (the first that holds): ``according to``, ``nominal``
(the cue's head a noun: 'the claim that ...'), ``fronted`` (content before the cue: 'X, she said'),
``quote`` (the content opens or closes at a quotation mark), ``clause`` (a verb's reported
clause after it: Quirk et al. 1985, 16.31), else ``other``; the ``multi-sentence`` row counts
contents across a sentence start (they are in their classes too). Unmatched claims with no
annotated attribution are grouped by the kind of cue that made them.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from spacy.tokens import Doc

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_claims import Training, claims_args, finished, merged, out_of_fold, overlaps
from train_sources import matches

from unfog.claims.candidate import QUOTES, Candidate, char_span
from unfog.lines import sentence_starts

Span = tuple[int, int]


def construction(sd: Doc, a: dict[str, list[list[int]]]) -> str:
    """The construction of one annotated attribution (see the module docstring)."""
    text = sd.text
    gc = merged([(x[0], x[1]) for x in a["content"]])
    cue = sorted((x[0], x[1]) for x in a["cue"] or [])
    if cue and "according" in text[cue[0][0] : cue[-1][1]].lower():
        return "according to"
    heads = [sd.char_span(s, e, alignment_mode="expand") for s, e in cue]
    roots = [h.root for h in heads if h is not None and len(h)]
    if roots and roots[0].pos_ in ("NOUN", "PROPN"):
        return "nominal"
    if cue and gc[-1][1] <= cue[0][0]:
        return "fronted"
    s, e = gc[0][0], gc[-1][1]
    edges = {text[s : s + 1], text[max(0, s - 1) : s], text[e - 1 : e], text[e : e + 1]}
    if edges & (QUOTES | {"'"}):
        return "quote"
    if roots and roots[0].pos_ in ("VERB", "AUX"):
        return "clause"
    return "other"


def multi_sentence(sd: Doc, a: dict[str, list[list[int]]]) -> bool:
    gc = merged([(x[0], x[1]) for x in a["content"]])
    span = sd.char_span(gc[0][0], gc[-1][1], alignment_mode="expand")
    if span is None or len(span) < 2:
        return False
    starts = sentence_starts(sd)
    return starts[span.start] != starts[span.end - 1]


def edges(pc: Span, gc: list[Span]) -> str:
    """Where a claim's content starts and ends against the annotated content's: 'start early/late,
    end early/late' ('=' within two characters)."""

    def side(p: int, g: int) -> str:
        return "=" if abs(p - g) <= 2 else ("early" if p < g else "late")

    return f"start {side(pc[0], gc[0][0])}, end {side(pc[1], gc[-1][1])}"


def losses(
    sd: Doc,
    gold: list[dict[str, list[list[int]]]],
    done: list[Candidate],
    props: list[Candidate],
    probs: list[float],
    labels: list[int],
    threshold: float,
) -> list[tuple[str, str, str, int]]:
    """(class, construction, detail, units) of one document's losses, and ('right', ...) for right
    claims; ``probs`` and ``labels``: each proposal's out-of-fold probability and training label
    (its content, finished alone, matches an attribution on its cue), for the rejected ones' detail:
    ``content wrong``, ``below threshold`` or ``dropped`` (kept, then lost in the stage's finish)."""
    atts = [a for a in gold if a["content"]]
    cls = [construction(sd, a) for a in atts]
    claims = [char_span(sd, c.content) for c in done]
    cues = [char_span(sd, c.cue) for c in done]
    got = dict(matches(atts, claims))  # score.py's one-to-one matching: attribution -> claim
    out: list[tuple[str, str, str, int]] = []
    used = set(got.values())
    prop_cues = [char_span(sd, c.cue) for c in props]
    bounded: set[int] = set()
    for gi, a in enumerate(atts):
        gq = [(x[0], x[1]) for x in a["cue"] or []]
        gc = merged([(x[0], x[1]) for x in a["content"]])
        if gi in got:
            c = done[got[gi]]
            gs = [(x[0], x[1]) for x in a["source"] or []]
            src = char_span(sd, c.source) if c.source else None
            s_ok = (src is not None and overlaps(src, gs)) if gs else src is None
            q_ok = overlaps(cues[got[gi]], gq) if gq else True
            what = "right" if s_ok and q_ok else ("cue" if s_ok else ("source" if q_ok else "source+cue"))
            detail = "no source" if not s_ok and src is None else ("spurious source" if not s_ok and not gs else "")
            out.append((what, cls[gi], detail, 0 if what == "right" else 2))
            continue
        on_cue = [pi for pi, q in enumerate(cues) if gq and overlaps(q, gq) and pi not in used]
        if on_cue:
            pi = on_cue[0]
            bounded.add(pi)
            out.append(("bounds", cls[gi], edges(claims[pi], gc), 2))
        elif gq and any(overlaps(q, gq) for q in prop_cues):
            on = [k for k, q in enumerate(prop_cues) if overlaps(q, gq)]
            why = "content wrong"  # no proposal on the cue whose content (finished alone) matches
            if any(labels[k] for k in on):
                why = "dropped" if any(labels[k] and probs[k] >= threshold for k in on) else "below threshold"
            out.append(("rejected", cls[gi], why, 1))
        else:
            out.append(("not proposed", cls[gi], "", 1))
    for pi, c in enumerate(done):
        if pi in used or pi in bounded:
            continue
        on = [gi for gi, a in enumerate(atts) if overlaps(cues[pi], [(x[0], x[1]) for x in a["cue"] or []])]
        what = "duplicate" if on else "spurious"
        out.append((what, cls[on[0]] if on else f"cue:{c.kind}{'-open' if c.open else ''}", "", 1))
    return out


def main() -> int:
    ap = claims_args(__doc__ or "")
    a = ap.parse_args()
    t = Training(a)
    groups = [r[0] for r in t.rows]
    x_vec = DictVectorizer()
    x = x_vec.fit_transform(t.flat_x)
    prob = dict(zip(t.rows, out_of_fold(x, t.flat_y, groups, a.c[0], a.folds), strict=True))
    keep = [[prob[(di, ci)] for ci in range(len(ps))] for di, ps in enumerate(t.props)]
    done = finished(t.stage, t.sdocs, t.props, keep, threshold=a.thresholds[0])
    label = dict(zip(t.rows, t.flat_y, strict=True))
    ys = [[label[(di, ci)] for ci in range(len(ps))] for di, ps in enumerate(t.props)]
    per_doc = [
        losses(sd, g, d, ps, k, y, a.thresholds[0])
        for sd, g, d, ps, k, y in zip(t.sdocs, t.gold, done, t.props, keep, ys, strict=True)
    ]
    rows = [r for lost in per_doc for r in lost]
    # each document's attributions come first in its rows, in order
    multi = [
        r[0]
        for sd, g, lost in zip(t.sdocs, t.gold, per_doc, strict=True)
        for r, at in zip(lost, [at for at in g if at["content"]], strict=False)
        if multi_sentence(sd, at)
    ]
    n_claims = sum(map(len, done))
    n_gold = sum(1 for g in t.gold for at in g if at["content"])
    right = sum(r[0] == "right" for r in rows)
    denom = n_claims + n_gold
    print(f"claims {n_claims}, attributions {n_gold}, right {right}: full F1 {2 * right / denom:.4f}")
    by: dict[str, Counter[str]] = defaultdict(Counter)
    units: Counter[str] = Counter()
    for what, con, _, u in rows:
        by[what][con] += u
        units[what] += u
    print(f"{'class':14s} {'units':>6s} {'F1 pts':>7s}  by construction (units)")
    for what, u in units.most_common():
        if u:
            print(f"{what:14s} {u:6d} {100 * u / denom:7.2f}  {dict(by[what].most_common())}")
    print("\nattributions by construction: n, right, and units lost by class")
    cons: dict[str, Counter[str]] = defaultdict(Counter)
    for what, con, _, u in rows:
        if not con.startswith("cue:"):
            cons[con]["n"] += what not in ("duplicate", "spurious")
            cons[con][what] += u if what != "right" else 1
    for con, cnt in sorted(cons.items(), key=lambda kv: -kv[1]["n"]):
        print(f"  {con:14s} {dict(cnt)}")
    print(f"  multi-sentence n {len(multi)}: {dict(Counter(multi))}")
    print("\nbounds by edges (units)")
    print(dict(Counter(r[2] for r in rows if r[0] == "bounds" for _ in range(r[3])).most_common()))
    print("rejected detail", dict(Counter(r[2] for r in rows if r[0] == "rejected").most_common()))
    print("source detail", dict(Counter(r[2] or "wrong span" for r in rows if r[0].startswith("source"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
