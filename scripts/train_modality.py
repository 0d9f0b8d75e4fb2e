#!/usr/bin/env python3
"""Document-level K-fold harness for modality over modality-uw (UW factuality, Lee et al. 2015).

The only labelled modality data is the development set, so whatever is learned on it is measured
out of fold: the documents (sentences; with --block, runs of consecutive sentence ids, which come
from one article) are put in K folds by a hash of their id, deterministic. For every fold it
prints the rules' accuracy on score.py's classes (happened / did_not / uncertain: score >= 1,
<= -1, else) and that of a multinomial logistic regression (numpy, L2, its strength chosen by an
inner K-fold on the training folds) over the features the rules compute
(modality_features.features, the rules' own answer included).

    unfog analyze ../shared/eval/modality-uw/docs.jsonl --out out/modality-uw.jsonl
    python scripts/train_modality.py --pred-dir out [--block 20] [--folds 5]

With modality-meantime.jsonl in the same folder, the layer trained on all of modality-uw is also
scored there (the other set: it must not fall).

The triggers are those of the kept output (the events stage decides which words are events);
the walk is re-run on the parse of the kept text, as in scripts/audit_modality.py.
"""

from __future__ import annotations

import argparse
import hashlib
from collections import Counter
from pathlib import Path

import numpy as np
from audit_modality import CLASS, Item, M, items
from evaluate import DEFAULT_EVAL, in_half
from modality_features import features

from unfog.nlp import load_nlp

LABELS = ("happened", "did_not", "uncertain")
LAMBDAS = (0.003, 0.01, 0.03, 0.1, 0.3, 1.0)


def fold_of(doc_id: str, k: int, block: int) -> int:
    """The fold of a document: a hash of its id (or of its block of ``block`` consecutive ids)."""
    key = doc_id
    if block > 1:
        stem, _, num = doc_id.rpartition("-")
        key = f"{stem}-{int(num) // block}" if num.isdigit() else doc_id
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % k


def fit(x: np.ndarray, y: np.ndarray, lam: float, steps: int = 1500) -> np.ndarray:
    """Multinomial logistic regression by full-batch gradient descent from zero (deterministic);
    the last row of the weights is the bias (not penalised)."""
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    w = np.zeros((d + 1, len(LABELS)))
    onehot = np.eye(len(LABELS))[y]
    pen = np.ones((d + 1, 1))
    pen[-1] = 0.0
    for _ in range(steps):
        z = xb @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = xb.T @ (p - onehot) / n + lam * pen * w
        w -= 0.5 * grad
    return w


def predict(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    xb = np.hstack([x, np.ones((x.shape[0], 1))])
    return np.asarray((xb @ w).argmax(axis=1))


def matrix(rows: list[list[str]], names: list[str]) -> np.ndarray:
    index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for r, feats in enumerate(rows):
        for f in feats:
            if f in index:
                x[r, index[f]] = 1.0
    return x


def vocabulary(rows: list[list[str]], min_count: int = 2) -> list[str]:
    c = Counter(f for feats in rows for f in set(feats))
    return sorted(f for f, k in c.items() if k >= min_count)


def train(rows: list[list[str]], y: np.ndarray, lam: float) -> tuple[list[str], np.ndarray]:
    names = vocabulary(rows)
    return names, fit(matrix(rows, names), y, lam)


def choose_lambda(rows: list[list[str]], y: np.ndarray, groups: list[int], k: int) -> float:
    """The L2 strength with the best inner K-fold accuracy (ties: the stronger)."""
    best, best_lam = -1.0, LAMBDAS[-1]
    for lam in sorted(LAMBDAS, reverse=True):
        ok = 0
        for f in range(k):
            tr = [i for i, g in enumerate(groups) if g % k != f]
            te = [i for i, g in enumerate(groups) if g % k == f]
            names, w = train([rows[i] for i in tr], y[tr], lam)
            ok += int((predict(w, matrix([rows[i] for i in te], names)) == y[te]).sum())
        if ok > best:
            best, best_lam = ok, lam
    return best_lam


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pred-dir", type=Path, required=True, help="holds modality-uw.jsonl from unfog analyze")
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--block", type=int, default=1, help="consecutive sentence ids kept in one fold")
    ap.add_argument("--apply-to", default="asserted,negated,hypothetical,future",
                    help="the rules' answers the learned layer may replace (the others stay the rules')")
    a = ap.parse_args()
    nlp = load_nlp()
    cues = M.load_cues()
    its: list[Item] = items(nlp, a.eval_dir / "modality-uw" / "gold.jsonl", a.pred_dir / "modality-uw.jsonl")
    rows = [features(head, cues) for _, _, head, _ in its]
    y = np.array([LABELS.index(g) for _, g, _, _ in its])
    kept = np.array([LABELS.index(CLASS.get(k, "uncertain")) for _, _, _, k in its])
    walk = np.array([LABELS.index(CLASS.get(M.explain(h, cues)[0], "uncertain")) for _, _, h, _ in its])
    folds = [fold_of(d, a.folds, a.block) for d, _, _, _ in its]
    half_b = np.array([in_half(d, "B") for d, _, _, _ in its])
    print(f"modality-uw: {len(its)} matched predicates, classes {Counter(g for _, g, _, _ in its)}")
    oof = np.zeros(len(its), dtype=int)
    allowed = np.array([M.explain(h, cues)[0] in a.apply_to.split(",") for _, _, h, _ in its])
    print("fold\tn\trules (kept)\trules (walk)\tlearned\tlambda")
    for f in range(a.folds):
        tr = [i for i, g in enumerate(folds) if g != f]
        te = [i for i, g in enumerate(folds) if g == f]
        inner = [fold_of(its[i][0] + "#inner", a.folds - 1, a.block) for i in tr]
        lam = choose_lambda([rows[i] for i in tr], y[tr], inner, a.folds - 1)
        names, w = train([rows[i] for i in tr], y[tr], lam)
        oof[te] = np.where(allowed[te], predict(w, matrix([rows[i] for i in te], names)), walk[te])
        print(f"{f}\t{len(te)}\t{(kept[te] == y[te]).mean():.4f}\t{(walk[te] == y[te]).mean():.4f}\t"
              f"{(oof[te] == y[te]).mean():.4f}\t{lam}")
    print(f"always 'happened': {(y == 0).mean():.4f}")
    for name, sel in (("all", np.ones(len(its), dtype=bool)), ("half A", ~half_b), ("half B", half_b)):
        print(f"{name}: n {int(sel.sum())}  rules (kept) {(kept[sel] == y[sel]).mean():.4f}  "
              f"rules (walk) {(walk[sel] == y[sel]).mean():.4f}  learned out of fold {(oof[sel] == y[sel]).mean():.4f}")
    meantime = a.pred_dir / "modality-meantime.jsonl"
    if meantime.exists():  # the layer trained on all of modality-uw, on the other set
        lam = choose_lambda(rows, y, folds, a.folds)
        names, w = train(rows, y, lam)
        other = items(nlp, a.eval_dir / "modality-meantime" / "gold.jsonl", meantime)
        feats = [features(h, cues) for _, _, h, _ in other]
        gold = np.array([LABELS.index(g) for _, g, _, _ in other])
        rule = np.array([LABELS.index(CLASS.get(M.explain(h, cues)[0], "uncertain")) for _, _, h, _ in other])
        ok = np.array([M.explain(h, cues)[0] in a.apply_to.split(",") for _, _, h, _ in other])
        got = np.where(ok, predict(w, matrix(feats, names)), rule)
        print(f"modality-meantime ({len(other)} matched), layer trained on all of modality-uw (lambda {lam}): "
              f"rules {int((rule == gold).sum())}, learned {int((got == gold).sum())} right")
    gained, lost = int(((oof == y) & (walk != y)).sum()), int(((oof != y) & (walk == y)).sum())
    print(f"learned vs rules (walk) on the same predicates: learned right, rules wrong {gained}; "
          f"rules right, learned wrong {lost}")


if __name__ == "__main__":
    main()
