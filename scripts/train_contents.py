#!/usr/bin/env python3
"""Train the claims stage's content-span chooser (``src/unfog/data/claims/content_model.json``).

    .venv/bin/python scripts/train_contents.py --cache /tmp/train.spacy            # train, write the model
    .venv/bin/python scripts/train_contents.py --cache /tmp/train.spacy --dry-run  # report only
    .venv/bin/python scripts/train_contents.py --folds-out /tmp/bounds_folds.json  # also the fold models

Reads the PolNeAR training split (../shared/eval/attrib-polnear-train; the development split is
never read). For every candidate the stage proposes (``ClaimStage.proposals``) whose cue overlaps an
annotated cue, the stage finishes it alone and records the content alternatives the parse offers
(``unfog.claims.contents.alternatives``); an alternative is positive when it matches that
attribution's content by score.py's rule (sharing half of each span). A logistic regression over
the alternatives' features is fitted on the candidates that have both a right and a wrong
alternative. Cross-validation by document (fold = document index modulo ``--folds``, the split
``train_claims.py --content-folds`` uses) reports the out-of-fold share of candidates whose chosen
content matches, against ``bound``'s rule-made span. ``--folds-out`` writes each fold's model (trained
without that fold) for ``train_claims.py``'s out-of-fold figures of the whole stage. Needs
scikit-learn (the `dev` extra).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import NamedTuple

from sklearn.feature_extraction import DictVectorizer
from spacy.tokens import Doc

from unfog.claims import ClaimStage
from unfog.claims.candidate import Candidate, char_span
from unfog.claims.contents import Span, alternatives, span_features
from unfog.claims.learned import CueModel
from unfog.claims.lexicon import Lexicon, load_lexicon

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_claims import command, fit_weights, inter, merged, overlaps, parse, trainer_args, write_model

OUT = Path(__file__).resolve().parent.parent / "src" / "unfog" / "data" / "claims" / "content_model.json"


class Row(NamedTuple):
    """One candidate on an annotated cue: each alternative's features, match score, span and ways
    it is formed, the candidate and the annotated content its alternatives come nearest (character
    spans; for ``content_errors.py``)."""

    feats: list[list[str]]
    scores: list[float]
    spans: list[Span]
    hows: list[tuple[str, ...]]
    claim: Candidate
    gold: list[Span]


class Recorder:
    """A content chooser that records the alternatives and keeps ``bound``'s span."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.seen: list[tuple[Candidate, list[tuple[Span, tuple[str, ...]]], list[list[str]]]] = []

    def choose(self, c: Candidate, raw: Span, doc: Doc, lex: Lexicon) -> Span:
        alts = alternatives(c, raw, doc)
        self.seen.append((c, alts, [span_features(c, s, h, raw, doc, lex) for s, h in alts]))
        return c.content


def match(gold: list[Span], pred: Span) -> float:
    n = inter(gold, [pred])
    if not n:
        return 0.0
    return min(n / sum(e - s for s, e in gold), n / max(1, pred[1] - pred[0]))


def rows_of(stage: ClaimStage, rec: Recorder, sd: Doc, gold: list[dict[str, list[list[int]]]]) -> list[Row]:
    out: list[Row] = []
    for c in stage.proposals(sd):
        cue = char_span(sd, c.cue)
        golds = [a for a in gold if a["content"] and overlaps(cue, [(x[0], x[1]) for x in a["cue"] or []])]
        if not golds:
            continue
        rec.seen.clear()
        stage.finish([copy.copy(c)], sd)
        if len(rec.seen) != 1:
            continue
        claim, alts, feats = rec.seen[0]
        gcs = [merged([(x[0], x[1]) for x in a["content"]]) for a in golds]
        by_gold = [[match(g, char_span(sd, s)) for s, _ in alts] for g in gcs]
        nearest = max(range(len(gcs)), key=lambda i: max(by_gold[i]))
        scores = [max(col) for col in zip(*by_gold, strict=True)]
        out.append(Row(feats, scores, [s for s, _ in alts], [h for _, h in alts], claim, gcs[nearest]))
    return out


def fit(rows: list[Row], c_value: float) -> dict[str, float]:
    """A logistic regression over the alternatives of the candidates that have both a right and a
    wrong one (a ranking: its weights sum to each alternative's score)."""
    xs: list[dict[str, int]] = []
    ys: list[int] = []
    for feats, scores, *_ in rows:
        ok = [s >= 0.5 for s in scores]
        if any(ok) and not all(ok):
            for f, y in zip(feats, ok, strict=True):
                xs.append(dict.fromkeys(f, 1))
                ys.append(int(y))
    vec = DictVectorizer()
    return fit_weights(vec.fit_transform(xs), ys, vec, c_value, 0.005)[1]


def chosen(weights: dict[str, float], feats: list[list[str]]) -> int:
    scores = [sum(weights.get(f, 0.0) for f in fs) for fs in feats]
    return max(range(len(scores)), key=lambda i: (scores[i], -i))


def collect(data: Path, cache: Path | None) -> tuple[list[dict[str, str]], list[Doc], list[list[Row]], tuple[int, int]]:
    """The training documents, their parses, each document's rows, and how many rows ``bound``'s
    span and some alternative match."""
    t0 = time.time()
    docs = [json.loads(line) for line in (data / "docs.jsonl").open(encoding="utf-8")]
    gold_by_id = {g["id"]: g["attributions"] for g in map(json.loads, (data / "gold.jsonl").open(encoding="utf-8"))}
    sdocs = parse(docs, cache)
    lex = load_lexicon()
    rec = Recorder(lex)
    stage = ClaimStage(lex, CueModel({}, 0.0, 0.0), content_model=rec)
    by_doc = [rows_of(stage, rec, sd, gold_by_id.get(d["id"], [])) for d, sd in zip(docs, sdocs, strict=True)]
    n = sum(map(len, by_doc))
    base = matches(by_doc, [[0] * len(rows) for rows in by_doc])
    oracle = sum(max(r.scores) >= 0.5 for rows in by_doc for r in rows)
    print(
        f"{len(docs)} docs, {n} candidates on annotated cues: bound matches {base}, some alternative "
        f"{oracle} ({time.time() - t0:.0f} s)",
        file=sys.stderr,
    )
    return docs, sdocs, by_doc, (base, oracle)


def matches(by_doc: list[list[Row]], picks: list[list[int]]) -> int:
    """How many rows' picked alternative matches (``picks``: an index per row; 0 is ``bound``)."""
    return sum(
        r.scores[k] >= 0.5 for rows, ks in zip(by_doc, picks, strict=True) for r, k in zip(rows, ks, strict=True)
    )


def out_of_fold(by_doc: list[list[Row]], c_value: float, folds: int) -> tuple[list[list[int]], list[dict[str, float]]]:
    """Each row's alternative chosen by the model of its fold (trained without the row's document,
    fold = document index modulo ``folds``), and the fold models."""
    picks: list[list[int]] = [[] for _ in by_doc]
    models = []
    for k in range(folds):
        w = fit([r for di, rows in enumerate(by_doc) if di % folds != k for r in rows], c_value)
        models.append(w)
        for di, rows in enumerate(by_doc):
            if di % folds == k:
                picks[di] = [chosen(w, r.feats) for r in rows]
    return picks, models


def main() -> int:
    ap = trainer_args(__doc__ or "", OUT, [0.1, 0.3, 1.0])
    ap.add_argument("--folds-out", type=Path, default=None, help="write each fold's model here")
    ap.add_argument("--dry-run", action="store_true", help="report the cross-validation, write no model")
    a = ap.parse_args()

    docs, _, by_doc, (base, oracle) = collect(a.data, a.cache)
    n = sum(map(len, by_doc))
    best: tuple[float, int, list[dict[str, float]]] | None = None
    for c_value in a.c:
        picks, models = out_of_fold(by_doc, c_value, a.folds)
        right = matches(by_doc, picks)
        print(f"C={c_value}: out-of-fold chosen content matches {right} of {n} (bound {base})", file=sys.stderr)
        if best is None or right > best[1]:
            best = (c_value, right, models)
    assert best is not None
    c_value, right, models = best
    if a.folds_out is not None:
        a.folds_out.write_text(json.dumps({"folds": a.folds, "weights": models}), encoding="utf-8")
    if a.dry_run:
        return 0
    weights = fit([r for rows in by_doc for r in rows], c_value)
    model = {
        "about": "Content-span chooser of the claims stage (unfog.claims.contents): of the alternatives the parse "
        "offers a claim, the one with the highest sum of the weights of its features is the content.",
        "trained": {
            "command": command("train_contents.py", sys.argv[1:]),
            "data": "PolNeAR training split (attrib-polnear-train); an alternative of a candidate on an annotated "
            "cue is positive when it shares half of each span with that attribution's content",
            "date": dt.date.today().isoformat(),
            "docs": len(docs),
            "candidates": n,
            "C": c_value,
            "cv_folds": a.folds,
            "cv_matches": {"bound": base, "chosen_out_of_fold": right, "any_alternative": oracle},
        },
        "weights": dict(sorted(weights.items())),
    }
    write_model(a.out, model, len(weights))
    return 0


if __name__ == "__main__":
    sys.exit(main())
