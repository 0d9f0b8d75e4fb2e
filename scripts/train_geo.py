#!/usr/bin/env python3
"""Train the geo stage's learned candidate ranker (``unfog.geo.rank``) and measure it out of fold.

    .venv/bin/python scripts/train_geo.py --cache /tmp/geo-cache                          # measure
    .venv/bin/python scripts/train_geo.py --cache /tmp/geo-cache --write --report docs/geo-ranker.json

Runs the geo stage (hand-set first pass, settled context) over GeoWebNews (../shared/eval/geo-gwn,
the development set, GWN convention) and GeoVirus (../shared/train/geo-geovirus, training data),
records :func:`unfog.geo.rank.mention_features` (the function the stage scores with) for every
candidate of every mention that overlaps an annotated toponym, and labels a candidate positive when
it lies within 161 km of the annotation (GeoVirus' coordinates come from Wikipedia, not GeoNames,
hence a distance and not an identifier). Mentions with one candidate, or with all or none of them
near the annotation, teach nothing and are left out.

The ranker is a pairwise logistic regression (positive minus negative candidate of one mention, no
intercept). The recipe (training data: GeoWebNews only, or with GeoVirus weighted w), C and the
anchor (how many times less the hand-set score's weight is shrunk than the others') are chosen by
the out-of-fold acc@161 of found (score.py geo, GWN convention) over 5 folds of GeoWebNews
documents; GeoVirus, when in the recipe, is always in training. Reported: the rules; the chosen
recipe out of fold, both conventions (--place-adjectives and names only); the chosen C and anchor
trained on one corpus and run over the other (GeoVirus held out, GeoWebNews held out: features that hold
out of corpus); and a nested estimate
(the recipe chosen inside each outer fold by inner cross-validation over its training documents,
top-1 of ambiguous mentions), which does not profit from choosing on the folds it reports.

--write trains the chosen recipe on all of GeoWebNews (+ GeoVirus) and writes
src/unfog/data/geo/rank_model.json; --report writes the whole grid. Needs scikit-learn (`dev` extra).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import itertools
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from spacy.tokens import Doc
from train_claims import parse

from unfog.context import DocContext
from unfog.geo import GeoStage
from unfog.geo.gazetteer import Candidate
from unfog.geo.rank import FEATURES, MODEL_PATH, Ranker, bare_reading, mention_features
from unfog.geo.recognize import Mention
from unfog.geo.resolve import Chooser, Context, score
from unfog.geodesy import km
from unfog.model import Document
from unfog.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
if not SHARED.exists():
    SHARED = Path("/work/shared")
GEOVIRUS = SHARED / "train" / "geo-geovirus"
GWN = SHARED / "eval" / "geo-gwn"
SCORER = SHARED / "eval" / "score.py"
MODEL = ROOT / "src" / "unfog" / "data" / MODEL_PATH
RADIUS = 161.0
Recipe = tuple[float, float, float]  # (GeoVirus weight, 0: none; C; anchor)


@dataclasses.dataclass
class Row:
    """One ambiguous mention that overlaps an annotated toponym: its candidates' features and labels."""

    doc: int  # index of the document in its corpus
    x: np.ndarray  # candidates x features
    y: np.ndarray  # within RADIUS of the annotation
    hand: int  # the candidate the hand-set score chooses
    weight: float = 1.0  # of its pairs in the fit


class Recorder:
    """A chooser that keeps the hand-set choice and records each mention's features."""

    def __init__(self) -> None:
        self.seen: list[tuple[Mention, list[list[float]], int]] = []

    def choose(self, m: Mention, index: int, ctx: Context) -> Candidate:
        m = bare_reading(m)  # the candidates the ranker scores
        feats = mention_features(m, index, ctx)
        hand = max(range(len(m.candidates)), key=lambda k: score(m.candidates[k], m, ctx, index, m.candidates))
        self.seen.append((m, feats, hand))
        return m.candidates[hand]


def read(folder: Path) -> tuple[list[dict[str, str]], dict[str, list[dict[str, object]]]]:
    docs = [json.loads(line) for line in (folder / "docs.jsonl").open(encoding="utf-8") if line.strip()]
    gold = {g["id"]: g["toponyms"] for g in map(json.loads, (folder / "gold.jsonl").open(encoding="utf-8"))}
    return docs, gold


def _overlap(span: tuple[int, int], t: dict[str, object]) -> int:
    return min(span[1], int(str(t["end"]))) - max(span[0], int(str(t["start"])))


def run_stage(stage: GeoStage, chooser: Chooser | None, d: dict[str, str], sd: Doc) -> str:
    """The prediction line (the fields score.py geo reads) of the stage with ``chooser`` (None: rules)."""
    stage.ranker = chooser
    doc = Document(id=d["id"], text=d["text"])
    places = stage.run(DocContext(doc, sd))
    return json.dumps({"document": {"id": d["id"], "text": d["text"]},
                       "places": [p.model_dump(mode="json") for p in places]})


def collect(stage: GeoStage, docs: list[dict[str, str]], sdocs: list[Doc], gold: dict[str, list[dict[str, object]]]
            ) -> list[Row]:
    rows: list[Row] = []
    for di, (d, sd) in enumerate(zip(docs, sdocs, strict=True)):
        rec = Recorder()
        run_stage(stage, rec, d, sd)
        tops = [t for t in gold.get(d["id"], []) if t.get("lat") is not None]
        for m, feats, hand in rec.seen:
            if len(m.candidates) < 2:
                continue
            best = max(tops, key=lambda t, m=m: _overlap(m.span, t), default=None)  # type: ignore[misc]
            if best is None or _overlap(m.span, best) <= 0:
                continue
            lat, lon = float(str(best["lat"])), float(str(best["lon"]))
            y = np.array([km(c.lat, c.lon, lat, lon) <= RADIUS for c in m.candidates])
            if y.any() and not y.all():
                rows.append(Row(di, np.array(feats), y, hand))
    return rows


def fit(rows: Sequence[Row], c_value: float, anchor: float) -> Ranker:
    """A pairwise ranker from the rows: features standardised for the fit, weights brought back to raw
    scale. ``anchor`` > 1 shrinks the hand-set score's weight ``anchor`` times less than the others',
    so that strong regularisation leaves the rules and small corrections to them."""
    allx = np.vstack([r.x for r in rows])
    scale = allx.std(axis=0)
    scale[scale == 0] = 1.0
    scale[FEATURES.index("hand")] /= anchor
    xs, ys, ws = [], [], []
    for r in rows:
        pos, neg = r.x[r.y], r.x[~r.y]
        for p in pos:
            d = (p - neg) / scale
            xs += [d, -d]
            ys += [1] * len(d) + [0] * len(d)
            ws += [r.weight] * (2 * len(d))
    lr = LogisticRegression(C=c_value, fit_intercept=False, solver="newton-cholesky", max_iter=200)
    lr.fit(np.vstack(xs), np.array(ys), sample_weight=np.array(ws))
    return Ranker(tuple(float(w) for w in lr.coef_[0] / scale))


def train_set(gw_rows: Sequence[Row], gv_rows: Sequence[Row], gv_weight: float) -> list[Row]:
    return [*gw_rows, *(dataclasses.replace(r, weight=gv_weight) for r in gv_rows if gv_weight > 0)]


def top1(ranker: Ranker | None, rows: Sequence[Row]) -> int:
    """How many of the rows' mentions get a right candidate (ranker None: the hand-set choice)."""
    return sum(bool(r.y[r.hand if ranker is None else int(np.argmax(r.x @ np.array(ranker.weights)))]) for r in rows)


def geo_score(lines: list[str], keys: Sequence[str] = ("tag_f1", "acc161_resolved"), gold: Path = GWN / "gold.jsonl"
              ) -> dict[str, float]:
    """score.py's geo figures (``keys``) for one analysed line per document of ``gold`` (geo-gwn)."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    sp = subprocess.run([sys.executable, str(SCORER), "geo", "--gold", str(gold), "--pred", f.name],
                        capture_output=True, text=True, check=True)
    Path(f.name).unlink()
    fig = json.loads(sp.stdout.strip().splitlines()[-1])
    return {k: fig[k] for k in keys if k in fig}


class Bench:
    """GeoWebNews parsed, its rows and folds, and the two stages (GWN convention and names only)."""

    def __init__(self, docs: list[dict[str, str]], sdocs: list[Doc], rows: list[Row], gv_rows: list[Row],
                 stages: dict[str, GeoStage], folds: int) -> None:
        self.docs, self.sdocs, self.rows, self.gv_rows, self.stages = docs, sdocs, rows, gv_rows, stages
        self.folds = [set(te.tolist()) for _, te in GroupKFold(n_splits=folds).split(docs, groups=range(len(docs)))]

    def fold_models(self, recipe: Recipe) -> list[Ranker]:
        w, c_value, anchor = recipe
        return [fit(train_set([r for r in self.rows if r.doc not in held], self.gv_rows, w), c_value, anchor)
                for held in self.folds]

    def oof(self, models: Sequence[Chooser | None], conventions: Sequence[str]) -> dict[str, dict[str, float]]:
        """score.py figures of each document run with the model of the fold that held it out."""
        out = {}
        for name in conventions:
            lines = [""] * len(self.docs)
            for held, model in zip(self.folds, models, strict=True):
                for i in held:
                    lines[i] = run_stage(self.stages[name], model, self.docs[i], self.sdocs[i])
            out[name] = geo_score(lines)
        return out

    def oof_top1(self, models: Sequence[Ranker]) -> int:
        return sum(top1(m, [r for r in self.rows if r.doc in held]) for held, m in zip(self.folds, models, strict=True))


def inner_choice(rows: Sequence[Row], gv_rows: Sequence[Row], grid: Sequence[Recipe], folds: int) -> Recipe:
    """The recipe with the best cross-validated top-1 over ``rows``' documents (GeoVirus always in training)."""
    docs = sorted({r.doc for r in rows})
    splits = [set(np.array(docs)[te].tolist()) for _, te in GroupKFold(n_splits=folds).split(docs, groups=docs)]
    best: tuple[tuple[int, float, float], Recipe] | None = None
    for recipe in grid:
        w, c_value, anchor = recipe
        right = sum(top1(fit(train_set([r for r in rows if r.doc not in held], gv_rows, w), c_value, anchor),
                         [r for r in rows if r.doc in held]) for held in splits)
        key = (right, anchor, -c_value)  # ties: closer to the rules, then more regularised
        if best is None or key > best[0]:
            best = (key, recipe)
    assert best is not None
    return best[1]


def write_model(path: Path, ranker: Ranker, recipe: Recipe, chosen: dict[str, object], rows: int,
                argv: list[str]) -> None:
    w, c_value, anchor = recipe
    model = {
        "about": "Learned ranker of the geo stage's gazetteer candidates (unfog.geo.rank): score = sum of weight x "
        "feature, the largest wins; pairwise logistic regression, the hand-set score of unfog.geo.resolve the first "
        "feature. Written by scripts/train_geo.py --write; see docs/geo-ranker.md.",
        "data": "GeoWebNews development set (shared/eval/geo-gwn, GWN convention)"
        + (f" + GeoVirus (shared/train/geo-geovirus) weighted {w}" if w > 0 else "")
        + f"; {rows} ambiguous mentions; a candidate is right within {RADIUS:.0f} km of the annotation",
        "command": "python scripts/train_geo.py " + " ".join(argv),
        "date": dt.date.today().isoformat(),
        "recipe": {"geovirus_weight": w, "C": c_value, "anchor": anchor},
        "out_of_fold": chosen,
        "features": list(FEATURES),
        "weights": {f: round(x, 5) for f, x in zip(FEATURES, ranker.weights, strict=True)},
    }
    path.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--cache", type=Path, default=None, help="a folder for the parsed documents (made if missing)")
    ap.add_argument("--report", type=Path, default=None, help="write the grid, figures and weights (JSON) here")
    ap.add_argument("--write", action="store_true", help=f"train the chosen recipe on all the data, write {MODEL}")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--c", type=float, nargs="+", default=[0.01, 0.1, 1.0])
    ap.add_argument("--anchors", type=float, nargs="+", default=[1.0, 10.0, 100.0])
    ap.add_argument("--gv-weights", type=float, nargs="+", default=[0.0, 0.2, 1.0], help="0: GeoWebNews only")
    ap.add_argument("--no-nested", action="store_true", help="skip the nested estimate")
    a = ap.parse_args()
    t0 = time.time()

    gv_docs, gv_gold = read(GEOVIRUS)
    gw_docs, gw_gold = read(GWN)
    gv_sd = parse(gv_docs, a.cache / "geovirus.spacy" if a.cache else None)
    gw_sd = parse(gw_docs, a.cache / "gwn.spacy" if a.cache else None)
    settings = Settings()
    stages = {"geo-gwn": GeoStage.from_settings(dataclasses.replace(settings, place_adjectives=True)),
              "geo-gwn-names": GeoStage.from_settings(settings)}
    gv_rows = collect(stages["geo-gwn-names"], gv_docs, gv_sd, gv_gold)
    bench = Bench(gw_docs, gw_sd, collect(stages["geo-gwn"], gw_docs, gw_sd, gw_gold), gv_rows, stages, a.folds)
    n = len(bench.rows)
    print(f"{len(gw_docs)} + {len(gv_docs)} docs; ambiguous mentions with a right candidate: GeoWebNews {n}, "
          f"GeoVirus {len(gv_rows)} ({time.time() - t0:.0f} s)", file=sys.stderr)

    conventions = list(stages)
    rules = bench.oof([None] * a.folds, conventions)
    print(f"rules: {rules}, ambiguous top-1 {top1(None, bench.rows)}/{n}", file=sys.stderr)
    grid: list[Recipe] = list(itertools.product(a.gv_weights, a.c, a.anchors))
    table = []
    for recipe in grid:
        models = bench.fold_models(recipe)
        figs = bench.oof(models, conventions[:1])
        table.append({"geovirus_weight": recipe[0], "C": recipe[1], "anchor": recipe[2],
                      "oof_top1": round(bench.oof_top1(models) / n, 4), **figs})
        print(f"{recipe}: top-1 {table[-1]['oof_top1']} {figs} ({time.time() - t0:.0f} s)", file=sys.stderr)

    def key(k: int) -> tuple[float, float, float, float]:
        t, r = table[k], grid[k]
        return (float(t["geo-gwn"]["acc161_resolved"]), float(t["oof_top1"]), r[2], -r[1])  # type: ignore[index]

    recipe = grid[max(range(len(grid)), key=key)]
    models = bench.fold_models(recipe)
    chosen: dict[str, object] = {"folds": f"{a.folds} folds by GeoWebNews document; recipe chosen on the same folds",
                                 "ambiguous_top1": round(bench.oof_top1(models) / n, 4),
                                 **bench.oof(models, conventions)}
    print(f"chosen {recipe}: {chosen}", file=sys.stderr)

    nested: dict[str, object] = {}
    if not a.no_nested:
        outer = []
        for held in bench.folds:
            inner = inner_choice([r for r in bench.rows if r.doc not in held], gv_rows, grid, a.folds - 1)
            outer.append(inner)
            print(f"nested: fold of {len(held)} docs chose {inner}", file=sys.stderr)
        models_n = [fit(train_set([r for r in bench.rows if r.doc not in held], gv_rows, w), c_value, anchor)
                    for held, (w, c_value, anchor) in zip(bench.folds, outer, strict=True)]
        nested = {"inner_choices": [f"w={r[0]} C={r[1]} anchor={r[2]}" for r in outer],
                  "ambiguous_top1": round(bench.oof_top1(models_n) / n, 4),
                  **bench.oof(models_n, conventions)}
        print(f"nested: {nested}", file=sys.stderr)

    # GeoVirus held out: the chosen C and anchor trained on GeoWebNews alone, run over GeoVirus (names only)
    gw_only = fit(bench.rows, recipe[1], recipe[2])
    gv_lines = [run_stage(stages["geo-gwn-names"], gw_only, d, sd) for d, sd in zip(gv_docs, gv_sd, strict=True)]
    geovirus = {"ranker": "GeoWebNews only, the chosen C and anchor",
                "ambiguous_top1": round(top1(gw_only, gv_rows) / len(gv_rows), 4),
                **geo_score(gv_lines, gold=GEOVIRUS / "gold.jsonl")}
    print(f"GeoVirus held out: {geovirus}", file=sys.stderr)
    # and the converse: the chosen C and anchor trained on GeoVirus alone, run over GeoWebNews (GWN convention)
    gv_only = fit(train_set([], gv_rows, 1.0), recipe[1], recipe[2])
    gw_lines = [run_stage(stages["geo-gwn"], gv_only, d, sd) for d, sd in zip(gw_docs, gw_sd, strict=True)]
    geowebnews = {"ranker": "GeoVirus only, the chosen C and anchor",
                  "ambiguous_top1": round(top1(gv_only, bench.rows) / n, 4), **geo_score(gw_lines)}
    print(f"GeoWebNews held out: {geowebnews}", file=sys.stderr)

    final = fit(train_set(bench.rows, gv_rows, recipe[0]), recipe[1], recipe[2])
    used = n + (len(gv_rows) if recipe[0] > 0 else 0)
    spread = np.vstack([r.x for r in bench.rows]).std(axis=0)
    per_sd = {f: round(float(w * sd), 3) for f, w, sd in zip(FEATURES, final.weights, spread, strict=True)}
    top = sorted(per_sd.items(), key=lambda fw: -abs(fw[1]))
    print("weights x feature s.d. (GeoWebNews): " + ", ".join(f"{f}={w:+.3f}" for f, w in top), file=sys.stderr)
    if a.write:
        figures = {"chosen": chosen, "nested": nested, "rules_in_sample": rules, "geovirus_held_out": geovirus,
                   "geowebnews_held_out": geowebnews}
        write_model(MODEL, final, recipe, figures, used, sys.argv[1:])
        print(f"wrote {MODEL}", file=sys.stderr)
    if a.report is not None:
        report = {"about": "The grid, figures and weights of scripts/train_geo.py (docs/geo-ranker.md).",
                  "command": "python scripts/train_geo.py " + " ".join(sys.argv[1:]),
                  "date": dt.date.today().isoformat(), "mentions": {"geo-gwn": n, "geovirus": len(gv_rows)},
                  "rules": {"ambiguous_top1": round(top1(None, bench.rows) / n, 4), **rules},
                  "grid": table, "chosen": {"recipe": list(recipe), **chosen}, "nested": nested,
                  "geovirus_held_out": geovirus, "geowebnews_held_out": geowebnews,
                  "weights_times_sd": dict(top)}
        a.report.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {a.report}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
