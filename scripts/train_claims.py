#!/usr/bin/env python3
"""Train the claims stage's attribution scorer (``src/unfog/data/claims/cue_model.json``).

    .venv/bin/python scripts/train_claims.py                       # train and write the model
    .venv/bin/python scripts/train_claims.py --cache /tmp/train.spacy --dry-run

Reads the PolNeAR training split (../shared/eval/attrib-polnear-train; the development split is
never read), proposes every candidate cue the stage can find (``ClaimStage.proposals``: lexicon
cues and open ones), labels a candidate positive when its cue overlaps an annotated cue and one of its content
(as the stage bounds it) matches that attribution's content, and fits
a logistic regression over the sparse features of ``unfog.claims.learned.features``. The
acceptance threshold (and the regularisation C) are chosen by 5-fold cross-validation over
documents: out-of-fold probabilities gate the candidates, the stage finishes them into claims, and
the sum of the attribution scorer's content F1 and full F1 (the same rules as score.py attrib) is
maximised over the training folds. Needs scikit-learn (the `dev` extra); the package itself reads only the JSON.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import Any

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from spacy.tokens import Doc, DocBin

from unfog.claims import ClaimStage
from unfog.claims.candidate import Candidate, char_span
from unfog.claims.contents import ContentChooser, ContentModel, load_content_model
from unfog.claims.learned import CueModel, features
from unfog.claims.lexicon import Lexicon, load_lexicon
from unfog.nlp import load_nlp

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT.parent / "shared" / "eval" / "attrib-polnear-train"
OUT = ROOT / "src" / "unfog" / "data" / "claims" / "cue_model.json"
Span = tuple[int, int]


def parse(docs: list[dict[str, str]], cache: Path | None) -> list[Doc]:
    nlp = load_nlp()
    nlp.max_length = max(nlp.max_length, 2_000_000)
    if cache is not None and cache.exists():
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    parsed = list(nlp.pipe((d["text"] for d in docs), batch_size=32))
    if cache is not None:
        db = DocBin()
        for sd in parsed:
            db.add(sd)
        cache.parent.mkdir(parents=True, exist_ok=True)
        db.to_disk(cache)
    return parsed


def fit_weights(
    x: Any, y: Any, vec: DictVectorizer, c_value: float, prune: float
) -> tuple[LogisticRegression, dict[str, float]]:
    """A logistic regression fitted on all the data, and its weights by feature name, those below
    ``prune`` in absolute value dropped (they do not change the figures)."""
    lr = LogisticRegression(C=c_value, max_iter=3000)
    lr.fit(x, y)
    names = vec.get_feature_names_out()
    return lr, {str(n): round(float(w), 4) for n, w in zip(names, lr.coef_[0], strict=True) if abs(w) >= prune}


class FoldChooser:
    """The content chooser of each document's fold, trained without it (``train_contents.py
    --folds-out``): out-of-fold content choices for the out-of-fold figures."""

    def __init__(self, path: Path, sdocs: list[Doc]) -> None:
        raw = json.loads(path.read_text(encoding="utf-8"))
        self.models = [ContentModel(w) for w in raw["weights"]]
        self.fold_of = {id(sd): di % int(raw["folds"]) for di, sd in enumerate(sdocs)}

    def choose(self, c: Candidate, raw: Span, doc: Doc, lex: Lexicon) -> Span:
        return self.models[self.fold_of[id(doc)]].choose(c, raw, doc, lex)


#: options whose value is a trainer's own file: recorded by role ("--out" not at all)
_PATH_ROLES = {
    "--cache": "<DocBin of the parsed training docs>",
    "--folds-out": "<FOLDS.json>",
    "--content-folds": "<FOLDS.json>",
    "--out": None,
}


def command(script: str, argv: list[str]) -> str:
    """The command that trained a model, as its file records it: the trainer's own files named by
    role, not by their temporary paths."""
    out, i = [f"python scripts/{script}"], 0
    while i < len(argv):
        if argv[i] in _PATH_ROLES and i + 1 < len(argv):
            role = _PATH_ROLES[argv[i]]
            out += [argv[i], role] if role else []
            i += 2
        else:
            out.append(argv[i])
            i += 1
    return " ".join(out)


def trainer_args(doc: str, out: Path, c_values: list[float]) -> argparse.ArgumentParser:
    """The options the claims trainers share: data, parse cache, output file, folds, C grid."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=TRAIN)
    ap.add_argument("--cache", type=Path, default=None, help="a DocBin of the parsed training docs (made if missing)")
    ap.add_argument("--out", type=Path, default=out)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--c", type=float, nargs="+", default=c_values)
    return ap


def write_model(path: Path, model: dict[str, object], n_weights: int) -> None:
    """Write a learned model file (one JSON object, sorted weights) and say so."""
    path.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {path} ({n_weights} weights)", file=sys.stderr)


def overlaps(a: Span, spans: list[Span]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def merged(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def inter(xs: list[Span], ys: list[Span]) -> int:
    return sum(max(0, min(b, d) - max(a, c)) for a, b in xs for c, d in ys)


def score_doc(gold: list[dict[str, list[list[int]]]], claims: list[tuple[Span, Span, Span | None]]) -> list[int]:
    """tp, fp, fn, full_tp and source_right of one document, by score.py's attribution rule."""
    atts = [a for a in gold if a["content"]]
    pairs = []
    for gi, a in enumerate(atts):
        gc = merged([(x[0], x[1]) for x in a["content"]])
        glen = sum(e - s for s, e in gc)
        for pi, (pc, _, _) in enumerate(claims):
            n = inter(gc, [pc])
            if n and min(n / glen, n / max(1, pc[1] - pc[0])) >= 0.5:
                pairs.append((min(n / glen, n / max(1, pc[1] - pc[0])), gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    full = 0
    right_source = 0
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        a, (_, cue, src) = atts[gi], claims[pi]
        gs = [(x[0], x[1]) for x in a["source"] or []]
        source_right = (src is not None and overlaps(src, gs)) if gs else src is None
        gq = [(x[0], x[1]) for x in a["cue"] or []]
        full += source_right and (overlaps(cue, gq) if gq else True)
        right_source += source_right
    return [len(used_g), len(claims) - len(used_p), len(atts) - len(used_g), full, right_source]


def label(
    stage: ClaimStage, sd: Doc, c: Candidate, gold: list[dict[str, list[list[int]]]], sources: bool = False
) -> bool:
    """A candidate is an attribution when its cue overlaps an annotated cue whose content its own
    content (as the stage bounds it) matches by score.py's rule: accepting it then gains a match.
    With ``sources``, only when its source (as the stage finishes it) is right too: a match with the
    wrong source counts against full F1."""
    cue = char_span(sd, c.cue)
    done = stage.finish([copy.copy(c)], sd)
    if not done:
        return False
    pc = char_span(sd, done[0].content)
    src = char_span(sd, done[0].source) if done[0].source is not None else None
    for a in gold:
        if not a["content"] or not overlaps(cue, [(x[0], x[1]) for x in a["cue"] or []]):
            continue
        gc = merged([(x[0], x[1]) for x in a["content"]])
        n = inter(gc, [pc])
        if n and min(n / sum(e - s for s, e in gc), n / max(1, pc[1] - pc[0])) >= 0.5:
            gs = [(x[0], x[1]) for x in a["source"] or []]
            if not sources or ((src is not None and overlaps(src, gs)) if gs else src is None):
                return True
    return False


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def figures(counts: list[int]) -> dict[str, float]:
    tp, fp, fn, full, right_source = counts
    p, r, f = prf(tp, fp, fn)
    _, _, ff2 = prf(full, fp + tp - full, fn + tp - full)
    return {
        "content_p": round(p, 4),
        "content_r": round(r, 4),
        "content_f1": round(f, 4),
        "full_f1": round(ff2, 4),
        "source_accuracy": round(right_source / tp, 4) if tp else 0.0,
    }


def evaluate(
    stage: ClaimStage,
    sdocs: list[Doc],
    props: list[list[Candidate]],
    keep: list[list[float]],
    gold: list[list[dict]],
    lexicon_only: bool = False,
    threshold: float = 0.0,
) -> dict[str, float]:
    """Figures of the claims the stage makes from the candidates whose (out-of-fold) probability
    reaches the threshold; the probability is each claim's score when the stage chooses among
    claims of one content."""
    total = [0, 0, 0, 0, 0]
    for sd, done, g in zip(sdocs, finished(stage, sdocs, props, keep, lexicon_only, threshold), gold, strict=True):
        claims = [
            (char_span(sd, c.content), char_span(sd, c.cue), char_span(sd, c.source) if c.source else None)
            for c in done
        ]
        total = [a + b for a, b in zip(total, score_doc(g, claims), strict=True)]
    return figures(total)


def finished(
    stage: ClaimStage,
    sdocs: list[Doc],
    props: list[list[Candidate]],
    keep: list[list[float]],
    lexicon_only: bool = False,
    threshold: float = 0.0,
) -> list[list[Candidate]]:
    """Each document's claims as the stage finishes the candidates whose probability reaches the
    threshold (copies: the proposals stay as they were)."""
    out = []
    for sd, cands, probs in zip(sdocs, props, keep, strict=True):
        chosen = []
        for c, p in zip(cands, probs, strict=True):
            if lexicon_only or p >= threshold:
                chosen.append(copy.copy(c))
                chosen[-1].score = p
        out.append(stage.finish(chosen, sd))
    return out


def out_of_fold(x: Any, y: list[int], groups: list[int], c_value: float, folds: int) -> list[float]:
    """Each row's probability by the model of its fold (trained without the row's document; fold =
    document index modulo ``folds``, the split of train_contents.py's fold models)."""
    oof = [0.0] * len(y)
    for k in range(folds):
        tr = [i for i, g in enumerate(groups) if g % folds != k]
        te = [i for i, g in enumerate(groups) if g % folds == k]
        lr = LogisticRegression(C=c_value, max_iter=3000)
        lr.fit(x[tr], [y[i] for i in tr])
        for i, p in zip(te, lr.predict_proba(x[te])[:, 1], strict=True):
            oof[i] = float(p)
    return oof


class Training:
    """The training documents (``--data``, ``--cache``), their gold attributions, the stage with the
    content chooser the options name, its proposals, and each proposal's features and label."""

    def __init__(self, a: argparse.Namespace) -> None:
        self.docs = [json.loads(line) for line in (a.data / "docs.jsonl").open(encoding="utf-8")]
        by_id = {g["id"]: g["attributions"] for g in map(json.loads, (a.data / "gold.jsonl").open(encoding="utf-8"))}
        self.gold = [by_id.get(d["id"], []) for d in self.docs]
        self.sdocs = parse(self.docs, a.cache)
        self.lex = lex = load_lexicon()
        chooser: ContentChooser | None = None if a.no_content_model else load_content_model()
        if a.content_folds is not None:
            chooser = FoldChooser(a.content_folds, self.sdocs)
        self.chooser = chooser
        self.stage = stage = ClaimStage(lex, CueModel({}, 0.0, 0.0), content_model=chooser)
        self.props = [stage.proposals(sd) for sd in self.sdocs]
        self.rows: list[tuple[int, int]] = []  # doc, candidate
        self.flat_x: list[dict[str, int]] = []
        self.flat_y: list[int] = []
        for di, (sd, ps, g) in enumerate(zip(self.sdocs, self.props, self.gold, strict=True)):
            for ci, c in enumerate(ps):
                self.rows.append((di, ci))
                self.flat_x.append({f: 1 for f in features(c, sd, lex)})
                self.flat_y.append(int(label(stage, sd, c, g, a.source_labels)))


def claims_args(doc: str) -> argparse.ArgumentParser:
    """This trainer's options (also read by ``claims_loss.py``)."""
    ap = trainer_args(doc, OUT, [0.1, 0.3])
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.225, 0.25, 0.275, 0.3, 0.325, 0.35, 0.4, 0.45])
    ap.add_argument("--prune", type=float, default=0.02, help="drop weights smaller than this in magnitude")
    ap.add_argument("--dry-run", action="store_true", help="report the cross-validation, write nothing")
    ap.add_argument(
        "--content-folds",
        type=Path,
        default=None,
        help="train_contents.py --folds-out: the content chooser of each fold (else the packaged one)",
    )
    ap.add_argument("--no-content-model", action="store_true", help="contents by bounds.py's rule alone")
    ap.add_argument("--source-labels", action="store_true", help="a positive needs the right source too")
    return ap


def main() -> int:
    a = claims_args(__doc__ or "").parse_args()

    t0 = time.time()
    t = Training(a)
    docs, gold, sdocs, lex, chooser, stage, props = t.docs, t.gold, t.sdocs, t.lex, t.chooser, t.stage, t.props
    rows, flat_x, flat_y = t.rows, t.flat_x, t.flat_y
    groups = [r[0] for r in rows]
    n_gold = sum(1 for g in gold for at in g if at["content"])
    print(
        f"{len(docs)} docs, {len(rows)} candidates, {sum(flat_y)} positive, "
        f"{n_gold} attributions ({time.time() - t0:.0f} s)",
        file=sys.stderr,
    )

    plain = ClaimStage(lex, content_model=chooser)
    plain_props = [plain.proposals(sd) for sd in sdocs]
    baseline = evaluate(plain, sdocs, plain_props, [[1.0] * len(ps) for ps in plain_props], gold, lexicon_only=True)
    print(f"lexicon only (no model): {baseline}", file=sys.stderr)

    vec = DictVectorizer()
    x = vec.fit_transform(flat_x)
    best: tuple[float, float, float, dict[str, float]] | None = None
    for c_value in a.c:
        prob = dict(zip(rows, out_of_fold(x, flat_y, groups, c_value, a.folds), strict=True))
        for thr in a.thresholds:
            keep = [[prob[(di, ci)] for ci in range(len(ps))] for di, ps in enumerate(props)]
            fig = evaluate(stage, sdocs, props, keep, gold, threshold=thr)
            print(f"C={c_value} threshold={thr}: {fig}", file=sys.stderr)
            # content F1 and full F1 weigh alike: on the flat top of the content curve, the
            # threshold that also gets sources and cues right
            objective = fig["content_f1"] + fig["full_f1"]
            if best is None or objective > best[2]:
                best = (c_value, thr, objective, fig)
    assert best is not None
    c_value, thr, _, cv_fig = best
    print(f"chosen: C={c_value} threshold={thr} cross-validated {cv_fig}", file=sys.stderr)
    if a.dry_run:
        return 0
    lr, weights = fit_weights(x, flat_y, vec, c_value, a.prune)
    model = {
        "about": "Logistic-regression attribution scorer of the claims stage (unfog.claims.learned): a candidate "
        "is kept when 1 / (1 + exp(-(bias + sum of the weights of its features))) >= threshold.",
        "trained": {
            "command": command("train_claims.py", sys.argv[1:]),
            "data": "PolNeAR training split (attrib-polnear-train); a candidate is positive when its cue "
            "overlaps an annotated cue and its bounded content matches that content",
            "date": dt.date.today().isoformat(),
            "docs": len(docs),
            "candidates": sum(map(len, props)),
            "positives": sum(flat_y),
            "C": c_value,
            "pruned_below": a.prune,
            "cv_folds": a.folds,
            "cv_figures": cv_fig,
            "lexicon_only_figures": baseline,
        },
        "bias": round(float(lr.intercept_[0]), 4),
        "threshold": thr,
        "weights": dict(sorted(weights.items())),
    }
    write_model(a.out, model, len(weights))
    return 0


if __name__ == "__main__":
    sys.exit(main())
