#!/usr/bin/env python3
"""Train the claims stage's source chooser (``src/unfog/data/claims/source_model.json``).

    .venv/bin/python scripts/train_sources.py --cache /tmp/train.spacy [--dry-run]

Reads the PolNeAR training split (../shared/eval/attrib-polnear-train; the development split is
never read). The stage (with the packaged cue model, without a source model) makes its claims; each
claim whose content matches an annotated attribution (score.py's rule) gives one choice among the
source options of ``unfog.claims.choose.options``: an option is right when its words (``Option.words``)
overlap the annotated source, or is 'no source' when none is annotated. A logistic regression over the options'
features scores them; the stage takes the best. Regularisation is chosen by 5-fold cross-validation
over documents, and the out-of-fold figures (source accuracy where a source is annotated, and the
share of matched claims whose source is right either way) are recorded with the model, beside those
of keeping the given source. Needs scikit-learn (the `dev` extra).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from spacy.tokens import Doc
from train_claims import command, fit_weights, inter, merged, overlaps, parse, trainer_args, write_model

from unfog.claims import ClaimStage
from unfog.claims.candidate import Candidate, char_span
from unfog.claims.choose import Option, claim_parts, option_features, options
from unfog.claims.learned import load_cue_model
from unfog.claims.lexicon import Lexicon, load_lexicon
from unfog.claims.open import load_open_frames
from unfog.claims.sources import source_words

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "unfog" / "data" / "claims" / "source_model.json"


def matches(gold: list[dict], claims: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(gold index, claim index) pairs by score.py's one-to-one content rule."""
    pairs = []
    for gi, a in enumerate(gold):
        gc = merged([(x[0], x[1]) for x in a["content"]])
        glen = sum(e - s for s, e in gc)
        for pi, pc in enumerate(claims):
            n = inter(gc, [pc])
            if n and min(n / glen, n / max(1, pc[1] - pc[0])) >= 0.5:
                pairs.append((min(n / glen, n / max(1, pc[1] - pc[0])), gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def tally(choices: list[tuple[bool, bool]]) -> dict[str, float]:
    """choices: (a source is annotated, the chosen option is right)."""
    with_src = [ok for has, ok in choices if has]
    return {
        "matched": len(choices),
        "source_accuracy": round(sum(with_src) / max(1, len(with_src)), 4),
        "right_either_way": round(sum(ok for _, ok in choices) / max(1, len(choices)), 4),
    }


@dataclass(frozen=True)
class Group:
    """One matched claim: its document, its options' features, which options are right, and what
    the error listing reads (the claim, the annotated attribution)."""

    doc: int
    has_source: bool
    feats: list[dict[str, int]]
    right: list[bool]
    claim: Candidate
    opts: list[Option]
    gold: dict


def collect(docs: list[dict], gold_by_id: dict[str, list[dict]], sdocs: list[Doc], lex: Lexicon) -> list[Group]:
    """One group of option rows per claim of the stage (packaged cue model, given sources) whose
    content matches an annotated attribution."""
    stage = ClaimStage(lex, load_cue_model(), load_open_frames())  # no source model: the given sources
    groups: list[Group] = []
    for di, (d, sd) in enumerate(zip(docs, sdocs, strict=True)):
        atts = [x for x in gold_by_id.get(d["id"], []) if x["content"]]
        cands = [c for c in stage.candidates(sd) if c.cited_by is None]
        for gi, pi in matches(atts, [char_span(sd, c.content) for c in cands]):
            c = cands[pi]
            gs = [(x[0], x[1]) for x in atts[gi]["source"] or []]
            opts = options(c, sd, lex)
            right = [
                (o.span is not None and overlaps(char_span(sd, source_words(sd, o.span, o.name, lex)), gs))
                if gs
                else o.span is None
                for o in opts
            ]
            parts = claim_parts(c, sd, lex)
            feats = [{f: 1 for f in option_features(c, o, sd, lex, parts)} for o in opts]
            groups.append(Group(di, bool(gs), feats, right, c, opts, atts[gi]))
    return groups


def out_of_fold(groups: list[Group], c_value: float, folds: int) -> tuple[list[int], DictVectorizer, Any, list[int]]:
    """The option each group's fold model (trained without the group's document) chooses, and the
    design matrix, vectorizer and labels of all option rows."""
    vec = DictVectorizer()
    x = vec.fit_transform([f for g in groups for f in g.feats])
    y = [int(r) for g in groups for r in g.right]
    row_doc = [g.doc for g in groups for _ in g.feats]
    scores = [0.0] * len(y)
    for tr, te in GroupKFold(n_splits=folds).split(x, y, row_doc):
        lr = LogisticRegression(C=c_value, max_iter=3000)
        lr.fit(x[tr], [y[i] for i in tr])
        for i, z in zip(te, lr.decision_function(x[te]), strict=True):
            scores[i] = float(z)
    chosen = []
    k = 0
    for g in groups:
        sc = scores[k : k + len(g.feats)]
        chosen.append(max(range(len(sc)), key=lambda i: (sc[i], -i)))
        k += len(g.feats)
    return chosen, vec, x, y


def main() -> int:
    ap = trainer_args(__doc__ or "", OUT, [0.03, 0.1, 0.3, 1.0])
    ap.add_argument("--prune", type=float, default=0.01)
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    docs = [json.loads(line) for line in (a.data / "docs.jsonl").open(encoding="utf-8")]
    gold_by_id = {g["id"]: g["attributions"] for g in map(json.loads, (a.data / "gold.jsonl").open(encoding="utf-8"))}
    sdocs = parse(docs, a.cache)
    groups = collect(docs, gold_by_id, sdocs, load_lexicon())
    given = tally([(g.has_source, g.right[0]) for g in groups])
    oracle = tally([(g.has_source, any(g.right)) for g in groups])
    print(f"{len(groups)} matched claims; given source {given}; best option {oracle}", file=sys.stderr)

    best: tuple[float, float, dict[str, float]] | None = None
    for c_value in a.c:
        chosen, vec, x, y = out_of_fold(groups, c_value, a.folds)
        fig = tally([(g.has_source, g.right[k]) for g, k in zip(groups, chosen, strict=True)])
        print(f"C={c_value}: cross-validated {fig}", file=sys.stderr)
        if best is None or fig["right_either_way"] > best[1]:
            best = (c_value, fig["right_either_way"], fig)
    assert best is not None
    c_value, _, cv_fig = best
    print(f"chosen C={c_value}: {cv_fig}", file=sys.stderr)
    if a.dry_run:
        return 0
    _, weights = fit_weights(x, y, vec, c_value, a.prune)
    model = {
        "about": "Source chooser of the claims stage (unfog.claims.choose): of a claim's source options the one "
        "with the highest sum of the weights of its features is the source (the first option on ties).",
        "trained": {
            "command": command("train_sources.py", sys.argv[1:]),
            "data": "PolNeAR training split (attrib-polnear-train): the claims of the stage with the packaged cue "
            "model whose content matches an annotated one; an option is right when it overlaps the annotated "
            "source (no source when none is annotated)",
            "date": dt.date.today().isoformat(),
            "docs": len(docs),
            "matched_claims": len(groups),
            "C": c_value,
            "pruned_below": a.prune,
            "cv_folds": a.folds,
            "cv_figures": cv_fig,
            "given_source_figures": given,
            "best_option_figures": oracle,
        },
        "weights": dict(sorted(weights.items())),
    }
    write_model(a.out, model, len(weights))
    return 0


if __name__ == "__main__":
    sys.exit(main())
