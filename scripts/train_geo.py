#!/usr/bin/env python3
"""Measure a learned ranking of the geo stage's gazetteer candidates against the hand-set score.

    .venv/bin/python scripts/train_geo.py --cache /tmp/geo-cache                  # measure
    .venv/bin/python scripts/train_geo.py --cache /tmp/geo-cache --report docs/geo-ranker.json

The ranker is not in the package: measured out of sample it did not beat the hand-set score of
``unfog.geo.resolve`` (figures in docs/geo-ranker.md), so the rules stay. This script keeps the
features and the measurement for the next attempt; it swaps its choice into the stage by patching
``unfog.geo.resolve`` (the name ``GeoStage.run`` calls), so the package carries no ranker code.

Runs the geo stage (hand-set first pass, settled context) over GeoVirus (../shared/train/geo-geovirus,
training data) and GeoWebNews (../shared/eval/geo-gwn, development set), records the features of
``features`` (below) for every candidate of every mention that overlaps an annotated
toponym, and labels a candidate positive when it lies within 161 km of the annotation (GeoVirus'
coordinates come from Wikipedia, not GeoNames, hence a distance and not an identifier). Mentions
with one candidate, or none near the annotation, teach nothing and are left out.

A ranker is a logistic regression, either pairwise (positive minus negative candidate of one
mention) or pointwise; the kind and C are chosen by 5-fold cross-validation over GeoVirus
documents (top-1 accuracy of ambiguous mentions). Then, with score.py geo on GeoWebNews, both
conventions (--place-adjectives and names only):
  (a) the hand-set rules;
  (b) the ranker trained on GeoVirus only (GeoWebNews unseen);
  (c) rankers trained on GeoVirus + 4/5 of GeoWebNews, each run on the fifth it did not see
      (5 folds by document): out-of-fold figures.
--report writes the figures and the weights of the ranker trained on all the data (GeoVirus, and
GeoWebNews with --with-gwn). Needs scikit-learn (the `dev` extra).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import math
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from difflib import SequenceMatcher
from pathlib import Path
from typing import Protocol

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from spacy.tokens import Doc, DocBin

import unfog.geo
from unfog.geo import GeoStage
from unfog.geo.gazetteer import Candidate, Gazetteer
from unfog.geo.names import fold, normalize
from unfog.geo.recognize import Mention
from unfog.geo.resolve import (
    NEAR_KM,
    NEAR_TOKENS,
    SPELLING,
    Context,
    _alias_of_other,
    _well_known,
    score,
    settled_context,
)
from unfog.geodesy import km
from unfog.model import Document
from unfog.nlp import load_nlp
from unfog.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
if not SHARED.exists():
    SHARED = Path("/work/shared")
GEOVIRUS = SHARED / "train" / "geo-geovirus"
GWN = SHARED / "eval" / "geo-gwn"
SCORER = SHARED / "eval" / "score.py"
RADIUS = 161.0

SEATS = frozenset({"PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLG"})

FEATURES: tuple[str, ...] = (
    "hand",  # the hand-set score of resolve.score
    "log_pop",  # log10(population + 10)
    "pop_gap",  # log_pop minus that of the most populous candidate (<= 0)
    "top_pop",  # the most populous candidate
    "pop_x_cands",  # log_pop times log2 of the number of candidates
    "country",
    "large",
    "admin1",
    "admin2",
    "town",
    "capital",
    "seat",  # seat of an administrative division
    "other_class",  # none of those (spots, hydrography, terrain ...)
    "main_exact",  # the mention's text is the candidate's main name
    "main_folded",  # its main name once folded (accents, spelling variants)
    "alt_spelling",  # an alternate name that is a spelling of the main one
    "alt_other",  # an alternate name that is not
    "alias_of_other",  # resolve._alias_of_other
    "well_known",  # resolve._well_known
    "country_named",  # its country is named in the document
    "country_weight",  # log1p of the document's weight of that country
    "country_near",  # that weight by distance in tokens (resolve.Context.near), capped at 4
    "country_close",  # 1 / (1 + tokens to the nearest mention of the country / NEAR_TOKENS)
    "country_top",  # the document's most named country
    "country_hint",  # "the Ukrainian city of X"
    "region_hint",  # "X, Region"
    "region_named",  # in a first-level region the document names (or that region)
    "hint_match",  # the mention's hint (region, town, container) fits the candidate
    "hint_mismatch",
    "point_near",  # a town within NEAR_KM of a place settled in the document
    "point_close",  # 1 - log10(1 + km to the nearest settled place) / 4, 0 without settled places
)


def _class(c: Candidate) -> str:
    if c.is_country:
        return "country"
    if c.is_large:
        return "large"
    if c.is_admin1:
        return "admin1"
    if c.is_admin2:
        return "admin2"
    if c.feature_code == "PPLC":
        return "capital"
    if c.feature_code in SEATS:
        return "seat"
    return "town" if c.is_town else "other_class"


def _match(c: Candidate, m: Mention) -> str:
    text, name = normalize(m.text), normalize(c.name)
    if c.main:
        return "main_exact" if text == name else "main_folded"
    same = text == name or fold(text) == fold(name) or SequenceMatcher(None, text, name).ratio() >= SPELLING
    return "alt_spelling" if same else "alt_other"


def features(c: Candidate, m: Mention, ctx: Context, index: int, same_name: Sequence[Candidate]) -> list[float]:
    """The candidate's feature values, in the order of ``FEATURES``."""
    f = dict.fromkeys(FEATURES, 0.0)
    f["hand"] = score(c, m, ctx, index, same_name)
    f["log_pop"] = math.log10(c.population + 10)
    top = max(t.population for t in same_name)
    f["pop_gap"] = f["log_pop"] - math.log10(top + 10)
    f["top_pop"] = float(c.population >= top)
    f["pop_x_cands"] = f["log_pop"] * math.log2(len(same_name))
    cls = _class(c)
    f[cls] = 1.0
    if cls in ("capital", "seat"):
        f["town"] = 1.0
    f[_match(c, m)] = 1.0
    other = _alias_of_other(c, m, same_name)
    f["alias_of_other"] = float(other)
    f["well_known"] = float(c.is_town and not other and _well_known(c, same_name))
    cc = c.country_code
    if cc and ctx.countries.get(cc):
        f["country_named"] = 1.0
        f["country_weight"] = math.log1p(ctx.countries[cc])
        f["country_near"] = min(4.0, ctx.near(cc, m.start))
        gap = min(abs(i - m.start) for i, _ in ctx.country_at.get(cc, [(m.start, 0)]))
        f["country_close"] = 1.0 / (1.0 + gap / NEAR_TOKENS)
        f["country_top"] = float(ctx.countries[cc] == max(ctx.countries.values()))
    f["country_hint"] = float(bool(m.country_hint) and cc == m.country_hint)
    f["region_hint"] = float(m.admin1_hint is not None and not c.is_admin1 and (cc, c.admin1) == m.admin1_hint)
    f["region_named"] = float(bool(c.admin1) and (cc, c.admin1) in ctx.admin1)
    if m.hint:
        fits = {"admin1": c.is_admin1 or c.is_admin2, "town": c.is_town, "container": c.is_admin1}[m.hint] \
            if m.hint in ("admin1", "town", "container") else False
        f["hint_match" if fits else "hint_mismatch"] = 1.0
    near = [km(c.lat, c.lon, lat, lon) for i, lat, lon in ctx.points if i != index]
    if near:
        d = min(near)
        f["point_near"] = float(c.is_town and d < NEAR_KM)
        f["point_close"] = 1.0 - min(1.0, math.log10(1.0 + d) / 4.0)
    return [f[k] for k in FEATURES]


@dataclasses.dataclass(frozen=True)
class Ranker:
    """A linear ranker: one weight per feature of ``FEATURES``; the largest dot product wins."""

    weights: tuple[float, ...]

    def choose(self, m: Mention, index: int, ctx: Context) -> Candidate:
        if len(m.candidates) == 1:
            return m.candidates[0]
        return max(m.candidates, key=lambda c: sum(
            w * x for w, x in zip(self.weights, features(c, m, ctx, index, m.candidates), strict=True)))


class Chooser(Protocol):
    def choose(self, m: Mention, index: int, ctx: Context) -> Candidate: ...


CHOOSER: list[Chooser | None] = [None]  # what the patched resolve uses (None: the hand-set score)
_HAND_RESOLVE = getattr(unfog.geo, "resolve")  # noqa: B009


def _resolve(sdoc: Doc, mentions: Sequence[Mention], gaz: Gazetteer) -> list[Candidate]:
    chooser = CHOOSER[0]
    if chooser is None:
        return _HAND_RESOLVE(sdoc, mentions, gaz)
    ctx = settled_context(sdoc, mentions, gaz)
    return [chooser.choose(m, i, ctx) for i, m in enumerate(mentions)]


setattr(unfog.geo, "resolve", _resolve)  # noqa: B010 (the package's name for the function, not the module)


@dataclasses.dataclass
class Row:
    """One ambiguous mention that overlaps an annotated toponym: its candidates' features and labels."""

    doc: int
    x: np.ndarray  # candidates x features
    y: np.ndarray  # within RADIUS of the annotation
    hand: int  # the candidate the hand-set score chooses
    weight: float = 1.0  # of its pairs in the fit


class Recorder:
    """A chooser that keeps the hand-set choice and records each mention's features."""

    def __init__(self) -> None:
        self.seen: list[tuple[Mention, list[list[float]], int]] = []

    def choose(self, m: Mention, index: int, ctx: Context) -> Candidate:
        feats = [features(c, m, ctx, index, m.candidates) for c in m.candidates]
        hand = max(range(len(m.candidates)), key=lambda k: score(m.candidates[k], m, ctx, index, m.candidates))
        self.seen.append((m, feats, hand))
        return m.candidates[hand]


def read(folder: Path) -> tuple[list[dict[str, str]], dict[str, list[dict[str, object]]]]:
    docs = [json.loads(line) for line in (folder / "docs.jsonl").open(encoding="utf-8") if line.strip()]
    gold = {g["id"]: g["toponyms"] for g in map(json.loads, (folder / "gold.jsonl").open(encoding="utf-8"))}
    return docs, gold


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


def _overlap(span: tuple[int, int], t: dict[str, object]) -> int:
    return min(span[1], int(str(t["end"]))) - max(span[0], int(str(t["start"])))


def collect(stage: GeoStage, docs: list[dict[str, str]], sdocs: list[Doc], gold: dict[str, list[dict[str, object]]],
            offset: int) -> list[Row]:
    rows: list[Row] = []
    for di, (d, sd) in enumerate(zip(docs, sdocs, strict=True)):
        rec = Recorder()
        CHOOSER[0] = rec
        stage.run(Document(id=d["id"], text=d["text"]), sd)
        tops = [t for t in gold.get(d["id"], []) if t.get("lat") is not None]
        for m, feats, hand in rec.seen:
            if len(m.candidates) < 2:
                continue
            best = max(tops, key=lambda t, m=m: _overlap(m.span, t), default=None)
            if best is None or _overlap(m.span, best) <= 0:
                continue
            lat, lon = float(str(best["lat"])), float(str(best["lon"]))
            y = np.array([km(c.lat, c.lon, lat, lon) <= RADIUS for c in m.candidates])
            if y.any() and not y.all():
                rows.append(Row(offset + di, np.array(feats), y, hand))
    CHOOSER[0] = None
    return rows


def fit(rows: Sequence[Row], kind: str, c_value: float, anchor: float = 1.0) -> Ranker:
    """A ranker from the rows: features standardised for the fit, weights brought back to raw scale.
    ``anchor`` > 1 shrinks the hand-set score's weight less (``anchor`` times less) than the others',
    so that strong regularisation leaves the rules and small corrections to them."""
    allx = np.vstack([r.x for r in rows])
    scale = allx.std(axis=0)
    scale[scale == 0] = 1.0
    scale[FEATURES.index("hand")] /= anchor
    if kind == "pairwise":
        xs, ys, ws = [], [], []
        for r in rows:
            pos, neg = r.x[r.y], r.x[~r.y]
            for p in pos:
                d = (p - neg) / scale
                xs += [d, -d]
                ys += [1] * len(d) + [0] * len(d)
                ws += [r.weight] * (2 * len(d))
        lr = LogisticRegression(C=c_value, fit_intercept=False, max_iter=5000)
        lr.fit(np.vstack(xs), np.array(ys), sample_weight=np.array(ws))
    else:
        lr = LogisticRegression(C=c_value, max_iter=5000, class_weight="balanced")
        lr.fit(np.vstack([r.x for r in rows]) / scale, np.concatenate([r.y for r in rows]),
               sample_weight=np.concatenate([[r.weight] * len(r.y) for r in rows]))
    return Ranker(tuple(float(w) for w in lr.coef_[0] / scale))


def top1(ranker: Ranker | None, rows: Sequence[Row]) -> float:
    right = 0
    for r in rows:
        k = r.hand if ranker is None else int(np.argmax(r.x @ np.array(ranker.weights)))
        right += bool(r.y[k])
    return right / len(rows) if rows else 0.0


def run_geo(stage: GeoStage, docs: list[dict[str, str]], sdocs: list[Doc], ranker: Ranker | None) -> list[str]:
    """Prediction lines (the fields score.py geo reads) of the stage with ``ranker`` (None: rules)."""
    CHOOSER[0] = ranker
    out = []
    for d, sd in zip(docs, sdocs, strict=True):
        places = stage.run(Document(id=d["id"], text=d["text"]), sd)
        out.append(json.dumps({"document": {"id": d["id"], "text": d["text"]},
                               "places": [p.model_dump(mode="json") for p in places]}))
    CHOOSER[0] = None
    return out


def geo_score(lines: list[str]) -> dict[str, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    sp = subprocess.run([sys.executable, str(SCORER), "geo", "--gold", str(GWN / "gold.jsonl"), "--pred", f.name],
                        capture_output=True, text=True, check=True)
    Path(f.name).unlink()
    fig = json.loads(sp.stdout.strip().splitlines()[-1])
    return {k: fig[k] for k in ("tag_f1", "acc161_resolved") if k in fig}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, default=None, help="a folder for the parsed documents (made if missing)")
    ap.add_argument("--report", type=Path, default=None, help="write the figures and weights (JSON) here")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--c", type=float, nargs="+", default=[0.01, 0.1, 1.0])
    ap.add_argument("--kinds", nargs="+", default=["pairwise", "pointwise"])
    ap.add_argument("--anchors", type=float, nargs="+", default=[1.0, 10.0, 100.0])
    ap.add_argument("--gv-weight", type=float, default=1.0,
                    help="weight of GeoVirus mentions beside GeoWebNews ones in (c) and --with-gwn (0: none)")
    ap.add_argument("--with-gwn", action="store_true", help="train the reported weights on GeoWebNews too")
    a = ap.parse_args()
    t0 = time.time()

    gv_docs, gv_gold = read(GEOVIRUS)
    gw_docs, gw_gold = read(GWN)
    gv_sd = parse(gv_docs, a.cache / "geovirus.spacy" if a.cache else None)
    gw_sd = parse(gw_docs, a.cache / "gwn.spacy" if a.cache else None)
    settings = Settings()
    names = GeoStage.from_settings(settings)
    adjs = GeoStage.from_settings(dataclasses.replace(settings, place_adjectives=True))
    gv_rows = collect(names, gv_docs, gv_sd, gv_gold, 0)
    gw_rows = collect(adjs, gw_docs, gw_sd, gw_gold, len(gv_docs))
    print(f"{len(gv_docs)} + {len(gw_docs)} docs; ambiguous mentions with a right candidate: GeoVirus "
          f"{len(gv_rows)}, GeoWebNews {len(gw_rows)} ({time.time() - t0:.0f} s)", file=sys.stderr)

    # model choice: cross-validation over GeoVirus documents only
    choice: dict[tuple[str, float, float], float] = {}
    groups = [r.doc for r in gv_rows]
    for kind in a.kinds:
        for c_value in a.c:
            for anchor in a.anchors:
                right = 0.0
                for tr, te in GroupKFold(n_splits=a.folds).split(gv_rows, groups=groups):
                    rk = fit([gv_rows[i] for i in tr], kind, c_value, anchor)
                    right += top1(rk, [gv_rows[i] for i in te]) * len(te)
                choice[(kind, c_value, anchor)] = right / len(gv_rows)
                print(f"GeoVirus CV {kind} C={c_value} anchor={anchor}: top-1 {right / len(gv_rows):.4f}",
                      file=sys.stderr)
    kind, c_value, anchor = max(choice, key=lambda k: (choice[k], k[2]))
    cv_gv = {"rules_top1": round(top1(None, gv_rows), 4), "ranker_top1": round(choice[(kind, c_value, anchor)], 4)}
    print(f"chosen {kind} C={c_value} anchor={anchor}; GeoVirus ambiguous mentions {cv_gv}", file=sys.stderr)

    figures: dict[str, dict[str, object]] = {}
    stages = {"geo-gwn": adjs, "geo-gwn-names": names}
    only_gv = fit(gv_rows, kind, c_value, anchor)
    gv_weighted = [dataclasses.replace(r, weight=a.gv_weight) for r in gv_rows if a.gv_weight > 0]
    folds = list(GroupKFold(n_splits=a.folds).split(gw_docs, groups=list(range(len(gw_docs)))))
    fold_models = []
    for _, te in folds:
        held = {len(gv_docs) + i for i in te}
        fold_models.append(fit(gv_weighted + [r for r in gw_rows if r.doc not in held], kind, c_value, anchor))
    oof_rules = oof_b = oof_c = 0
    for k, (_, te) in enumerate(folds):
        held_rows = [r for r in gw_rows if r.doc - len(gv_docs) in set(te)]
        oof_rules += round(top1(None, held_rows) * len(held_rows))
        oof_b += round(top1(only_gv, held_rows) * len(held_rows))
        oof_c += round(top1(fold_models[k], held_rows) * len(held_rows))
    n = len(gw_rows)
    figures["gwn_ambiguous_top1"] = {"mentions": n, "rules": round(oof_rules / n, 4), "b_geovirus": round(oof_b / n, 4),
                                     "c_oof": round(oof_c / n, 4)}
    for name, stage in stages.items():
        rules = geo_score(run_geo(stage, gw_docs, gw_sd, None))
        b = geo_score(run_geo(stage, gw_docs, gw_sd, only_gv))
        lines = [""] * len(gw_docs)
        for (_, te), rk in zip(folds, fold_models, strict=True):
            part = run_geo(stage, [gw_docs[i] for i in te], [gw_sd[i] for i in te], rk)
            for i, line in zip(te, part, strict=True):
                lines[i] = line
        c = geo_score(lines)
        figures[name] = {"a_rules": rules, "b_geovirus": b, "c_oof": c}
        print(f"{name}: (a) rules {rules}  (b) GeoVirus only {b}  (c) out-of-fold {c}", file=sys.stderr)
    print(json.dumps(figures), file=sys.stderr)

    final = fit(gv_weighted + gw_rows, kind, c_value, anchor) if a.with_gwn else only_gv
    spread = np.vstack([r.x for r in gv_rows + gw_rows]).std(axis=0)
    per_sd = {f: round(float(w * sd), 3) for f, w, sd in zip(FEATURES, final.weights, spread, strict=True)}
    top = sorted(per_sd.items(), key=lambda fw: -abs(fw[1]))
    print("weights x feature s.d.: " + ", ".join(f"{f}={w:+.3f}" for f, w in top), file=sys.stderr)
    if a.report is None:
        return 0
    model = {
        "about": "Measurement of a linear ranker of the geo stage's candidates (scripts/train_geo.py) against the "
        "hand-set score: (a) rules, (b) trained on GeoVirus only, (c) GeoVirus + GeoWebNews out of fold (5 folds "
        "by document); weights of the ranker trained on all the data named, for reading.",
        "trained": {
            "command": "python scripts/train_geo.py " + " ".join(sys.argv[1:]),
            "data": "GeoVirus (geo-geovirus)" + (" + GeoWebNews development set (geo-gwn)" if a.with_gwn else "")
            + f"; a candidate is positive within {RADIUS:.0f} km of the annotated coordinates",
            "date": dt.date.today().isoformat(),
            "mentions": len(gv_rows) + (len(gw_rows) if a.with_gwn else 0),
            "kind": kind,
            "C": c_value,
            "anchor": anchor,
            "geovirus_weight": a.gv_weight,
            "cv_geovirus": cv_gv,
            "geo_gwn": figures,
        },
        "features": list(FEATURES),
        "weights": {f: round(w, 5) for f, w in zip(FEATURES, final.weights, strict=True)},
        "weights_times_sd": dict(top),
    }
    a.report.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {a.report}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
