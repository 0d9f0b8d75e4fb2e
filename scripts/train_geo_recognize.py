#!/usr/bin/env python3
"""Train the geo stage's learned recognition of names the rules left alone (``unfog.geo.embedded``)
and measure it out of fold.

    .venv/bin/python scripts/train_geo_recognize.py --cache /tmp/geo-cache            # measure
    .venv/bin/python scripts/train_geo_recognize.py --cache /tmp/geo-cache --write     # and write the model
    .venv/bin/python scripts/train_geo_recognize.py --cache /tmp/geo-cache --train-half A --out DIR

Runs the geo stage (GWN convention) over GeoWebNews (../shared/eval/geo-gwn) and records every
candidate of :meth:`unfog.geo.embedded.Embedded.candidates` with its features; a candidate is
positive when it stands for an annotated toponym (score.py's rule: it overlaps the toponym and is
at most about twice as long) that no other mention of the stage stands for. GeoVirus is not used:
it does not annotate names inside names.

The model is a logistic regression; C and the threshold are chosen by the out-of-fold tag F1
(score.py geo, GWN convention) over 5 folds of documents, the stage run on each document with the
model of the fold that held it out. Reported: the rules alone, and the chosen C and threshold out of
fold (tag F1 and acc@161). --write fits the chosen recipe on all documents and writes
src/unfog/data/geo/embedded_model.json. --train-half A|B fits on that half of the set
(scripts/evaluate.py's split) and writes the model to <out>/geo/embedded_model.json, a knowledge
overlay (UNFOG_KNOWLEDGE) to check it on the other half.

--cross measures the recipe (--c, --threshold) across corpora (issue 12): trained on GeoVirus
(../shared/train/geo-geovirus, names only, candidates collected without place adjectives) and run on
geo-gwn, trained on geo-gwn and run on GeoVirus (names only, the model switched on with demonyms left
out, as scripts/geo_errors.py --embedded), trained on both with 5-fold cross-validation by document
on each, and each corpus out of its own folds. The two corpora annotate names inside names
differently (GeoVirus rarely, GeoWebNews always), so a model holds across them only as far as the
conventions agree.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from evaluate import in_half
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from spacy.tokens import Doc
from train_claims import parse
from train_geo import GEOVIRUS, GWN, ROOT, SCORER, geo_score, read

from unfog.context import DocContext
from unfog.geo import GeoStage
from unfog.geo.embedded import FEATURES, MODEL_PATH, Embedded, Model
from unfog.geo.recognize import Mention
from unfog.model import Document
from unfog.settings import Settings

sys.path.insert(0, str(SCORER.parent))
from score import NOT_TOPONYM, fits, match_mentions

C_GRID = (0.1, 1.0, 10.0)
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)


class Recorder(Embedded):
    """Records the candidates and their features, takes none."""

    def __init__(self, base: Embedded) -> None:
        super().__init__(base.gaz, base.cues, Model(tuple(0.0 for _ in FEATURES), 2.0))
        self.seen: list[tuple[Mention, list[float]]] = []

    def find(self, sdoc: Doc, taken: set[int], mentions: list[Mention]) -> list[Mention]:  # type: ignore[override]
        self.seen = self.candidates(sdoc, taken, mentions)
        return []


def run_stage(stage: GeoStage, d: dict[str, str], sd: Doc) -> tuple[str, list[tuple[int, int]]]:
    places = stage.run(DocContext(Document(id=d["id"], text=d["text"]), sd))
    line = json.dumps({"document": {"id": d["id"], "text": d["text"]},
                       "places": [p.model_dump(mode="json") for p in places]})
    return line, [tuple(s) for p in places for s in p.spans]  # type: ignore[misc]


def collect(stage: GeoStage, docs: list[dict[str, str]], sdocs: list[Doc], gold: dict[str, list[dict[str, object]]]
            ) -> tuple[list[int], np.ndarray, np.ndarray]:
    rec = Recorder(stage.embedded)
    stage.embedded = rec
    groups, xs, ys = [], [], []
    for di, (d, sd) in enumerate(zip(docs, sdocs, strict=True)):
        _, spans = run_stage(stage, d, sd)
        tops = [(int(str(t["start"])), int(str(t["end"]))) for t in gold[d["id"]]
                if t["type"] not in NOT_TOPONYM and int(str(t["start"])) >= 0]
        held = set(match_mentions([(s, None) for s in spans], tops))
        free = [t for k, t in enumerate(tops) if k not in held]
        for m, x in rec.seen:
            groups.append(di)
            xs.append(x)
            ys.append(any(fits(m.span, t) for t in free))
    return groups, np.array(xs), np.array(ys)


class NamesOnly(Embedded):
    """The model in the names-only convention: no demonym is a candidate."""

    def candidates(self, sdoc: Doc, taken: set[int], mentions: Sequence[Mention]) -> list[tuple[Mention, list[float]]]:
        return [(m, x) for m, x in super().candidates(sdoc, taken, mentions) if not self.gaz.is_demonym(m.text)]


def cross(a: argparse.Namespace, gwn: tuple[GeoStage, Embedded, list[dict[str, str]], list[Doc], np.ndarray,
                                            np.ndarray, np.ndarray]) -> None:
    """Train on one corpus, run on the other; train on both (CV by document); each out of its own folds."""
    docs, gold = read(GEOVIRUS)
    sdocs = parse(docs, a.cache / "geovirus.spacy" if a.cache else None)
    stage = GeoStage.from_settings(Settings(place_adjectives=False))
    base = stage.embedded
    groups, x, y = collect(stage, docs, sdocs, gold)
    print(f"GeoVirus: {len(y)} candidates, {int(y.sum())} positive, in {len(docs)} documents", flush=True)
    corpora = {"geo-gwn": (gwn[0], gwn[1], gwn[2], gwn[3], gwn[4], gwn[5], gwn[6], GWN, Embedded),
               "GeoVirus": (stage, base, docs, sdocs, np.array(groups), x, y, GEOVIRUS, NamesOnly)}

    def run(name: str, model_of: dict[int, Model] | Model | None) -> dict[str, float]:
        st, b, ds, sds, _, _, _, folder, kind = corpora[name]
        lines = []
        for i, (d, sd) in enumerate(zip(ds, sds, strict=True)):
            st.embedded = kind(b.gaz, b.cues, model_of[i] if isinstance(model_of, dict) else model_of)
            lines.append(run_stage(st, d, sd)[0])
        return geo_score(lines, ("tag_precision", "tag_recall", "tag_f1", "acc161_resolved"), folder / "gold.jsonl")

    def out_of_fold(name: str, extra: tuple[np.ndarray, np.ndarray] | None) -> dict[str, float]:
        _, _, ds, _, gs, xs, ys, _, _ = corpora[name]
        models: dict[int, Model] = {}
        for _, held in GroupKFold(n_splits=a.folds).split(ds, groups=range(len(ds))):
            keep = ~np.isin(gs, held)
            tx, ty = (xs[keep], ys[keep]) if extra is None else (np.vstack([xs[keep], extra[0]]),
                                                                  np.concatenate([ys[keep], extra[1]]))
            model = fit(tx, ty, a.c, a.threshold)
            models.update({int(i): model for i in held})
        return run(name, models)

    for name, other in (("geo-gwn", "GeoVirus"), ("GeoVirus", "geo-gwn")):
        ox, oy = corpora[other][5], corpora[other][6]
        print(f"{name}: rules alone {run(name, None)}", flush=True)
        print(f"{name}: trained on {other} {run(name, fit(ox, oy, a.c, a.threshold))}", flush=True)
        print(f"{name}: trained on both, out of fold {out_of_fold(name, (ox, oy))}", flush=True)
        print(f"{name}: out of its own folds {out_of_fold(name, None)}", flush=True)


def fit(x: np.ndarray, y: np.ndarray, c_value: float, threshold: float) -> Model:
    lr = LogisticRegression(C=c_value, fit_intercept=False, max_iter=2000)
    lr.fit(x, y)
    return Model(tuple(round(float(w), 4) for w in lr.coef_[0]), threshold)


def write(model: Model, path: Path, note: dict[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"features": list(FEATURES), "weights": dict(zip(FEATURES, model.weights, strict=True)),
            "threshold": model.threshold, "note": note}
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, default=None, help="a folder for the parsed documents (made if missing)")
    ap.add_argument("--write", action="store_true", help="write the model fitted on all documents")
    ap.add_argument("--train-half", choices=("A", "B"), help="fit on one half only, written under --out")
    ap.add_argument("--out", type=Path, help="the knowledge overlay folder for --train-half")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--c", type=float, default=1.0, help="C for --train-half (the recipe chosen on all folds)")
    ap.add_argument("--threshold", type=float, default=0.5, help="threshold for --train-half and --cross")
    ap.add_argument("--cross", action="store_true", help="measure across corpora (GeoVirus, geo-gwn) and stop")
    a = ap.parse_args()
    docs = [json.loads(line) for line in (GWN / "docs.jsonl").open(encoding="utf-8") if line.strip()]
    gold = {g["id"]: g["toponyms"] for g in map(json.loads, (GWN / "gold.jsonl").open(encoding="utf-8"))}
    sdocs = parse(docs, a.cache / "gwn.spacy" if a.cache else None)
    stage = GeoStage.from_settings(Settings(place_adjectives=False))  # reads no (possibly stale) model
    stage.place_adjectives = True
    base = stage.embedded
    groups_l, x, y = collect(stage, docs, sdocs, gold)
    groups = np.array(groups_l)
    print(f"{len(y)} candidates, {int(y.sum())} positive, in {len(docs)} documents", flush=True)
    if a.cross:
        cross(a, (stage, base, docs, sdocs, groups, x, y))
        return 0
    if a.train_half:
        keep = np.array([in_half(docs[g]["id"], a.train_half) for g in groups])
        model = fit(x[keep], y[keep], a.c, a.threshold)
        write(model, a.out / MODEL_PATH, {"trained_on": f"geo-gwn half {a.train_half}"})
        print(f"written {a.out / MODEL_PATH} (C {a.c}, threshold {a.threshold})")
        return 0

    def run_all(models: list[Model | None], folds: list[set[int]]) -> dict[str, float]:
        lines = [""] * len(docs)
        for held, model in zip(folds, models, strict=True):
            stage.embedded = Embedded(base.gaz, base.cues, model)
            for i in held:
                lines[i] = run_stage(stage, docs[i], sdocs[i])[0]
        return geo_score(lines, ("tag_precision", "tag_recall", "tag_f1", "acc161_resolved"))

    folds = [set(te.tolist()) for _, te in GroupKFold(n_splits=a.folds).split(docs, groups=range(len(docs)))]
    print("rules alone:", run_all([None] * len(folds), folds), flush=True)
    results: dict[tuple[float, float], dict[str, float]] = {}
    for c_value in C_GRID:
        fitted = [fit(x[~np.isin(groups, list(h))], y[~np.isin(groups, list(h))], c_value, 0.5) for h in folds]
        for t in THRESHOLDS:
            models: list[Model | None] = [Model(m.weights, t) for m in fitted]
            results[(c_value, t)] = run_all(models, folds)
            print(f"C {c_value}, threshold {t}: out of fold {results[(c_value, t)]}", flush=True)
    best = max(results, key=lambda k: (results[k]["tag_f1"], results[k]["acc161_resolved"], -k[0]))
    print("chosen (C, threshold):", best, results[best])
    if a.write:
        model = fit(x, y, best[0], best[1])
        note = {"trained_on": "geo-gwn, all 94 documents", "C": best[0], "out_of_fold": results[best],
                "grid": {f"C={c},t={t}": r for (c, t), r in results.items()}}
        write(model, ROOT / "src" / "unfog" / "data" / MODEL_PATH, note)
        print("weights:", dict(zip(FEATURES, model.weights, strict=True)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
