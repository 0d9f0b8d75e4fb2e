#!/usr/bin/env python3
"""Recognition and resolution of the geo stage on a set of annotated toponyms, with its errors by class.

    .venv/bin/python scripts/geo_errors.py --cache /tmp/geo-cache                      # GeoVirus, names only
    .venv/bin/python scripts/geo_errors.py --cache /tmp/geo-cache --set gwn --half B   # geo-gwn half B
    .venv/bin/python scripts/geo_errors.py --cache /tmp/geo-cache --list 40            # and 40 errors a class

Runs the geo stage (:class:`unfog.geo.GeoStage`, the packaged ranker unless --ranker says otherwise)
over GeoVirus (../shared/train/geo-geovirus, training data: 229 WikiNews articles whose annotation
marks toponyms as names only, no adjectives and no names inside names of organisations) or over
GeoWebNews (../shared/eval/geo-gwn, GWN convention, or half of it), scores it with score.py geo
(tag F1 by span, acc@161 km of found), and sorts the errors:

- false positives (a place mention no toponym stands for): ``in-name`` (inside or next to a longer
  capitalised name, or an entity that is not a place), ``adjective``, ``lower`` (not capitalised),
  ``place-entity`` (the NER says GPE/LOC: usually an annotation gap), ``other``;
- false negatives (a toponym no mention stands for): ``no-entry`` (the gazetteer has no entry under
  the name), ``entry-ner`` (has one and the NER says GPE/LOC), ``entry-other`` (has one, no GPE/LOC);
- far resolutions (found, more than 161 km off): ``region`` (a first-level region or a country,
  chosen right but its point far from the annotation's), ``same-country`` (another place in the
  annotated place's country, judged by the nearest candidate), ``other-country``.

--ranker held-out fits the packaged recipe's C and anchor on GeoWebNews alone (as train_geo.py's
"GeoVirus held out" figure), so that GeoVirus' acc@161 is not measured with a ranker trained on it;
--ranker rules uses the hand-set score only. --embedded switches on, in the names-only convention,
the learned names-inside-names model (``unfog.geo.embedded``, demonyms left out): an experiment
(docs/geo-unseen.md), not a setting of the stage. Parsed documents are cached under --cache (the same
files as train_geo.py's).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc
from train_claims import parse
from train_geo import GEOVIRUS, GWN, collect, fit, geo_score, read, run_stage

from unfog.geo import GeoStage
from unfog.geo.embedded import Embedded, load_model
from unfog.geodesy import km
from unfog.settings import Settings

NOT_TOPONYM = {"Non_Toponym", "Homonym", "Language", "Demonym", "Literal_Expression", "Non_Lit_Expression"}
Span = tuple[int, int]


def _fits(p: Span, g: Span) -> bool:
    inter = min(p[1], g[1]) - max(p[0], g[0])
    return inter > 0 and (p[1] - p[0]) <= 2 * (g[1] - g[0]) + 8


def _ent_label(sd: Doc, span: Span) -> str:
    for e in sd.ents:
        if e.start_char < span[1] and span[0] < e.end_char:
            return e.label_ + ("" if (e.start_char, e.end_char) == span else "~")
    return "-"


def _in_name(text: str, span: Span) -> bool:
    """A capitalised word (or "of") joins the span on either side: a longer name."""
    before, after = text[: span[0]].rstrip(), text[span[1]:].lstrip()
    last = before.split()[-1] if before.split() else ""
    first = after.split()[0] if after.split() else ""
    joined_before = span[0] - len(before) <= 1 and last[:1].isupper() and not last.endswith((".", ",", ";", ":"))
    joined_after = len(text) - span[1] - len(after) <= 1 and first[:1].isupper() and text[span[1]:span[1] + 1] == " "
    return joined_before or joined_after or (last == "of" and len(before.split()) > 1)


def classify(stage: GeoStage, docs: list[dict[str, str]], sdocs: list[Doc], gold: dict[str, list[dict[str, object]]],
             lines: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for d, sd, line in zip(docs, sdocs, lines, strict=True):
        text = d["text"]
        rec = json.loads(line)
        pm = [((s[0], s[1]), p, mm) for p in rec["places"] for s, mm in zip(p["spans"], p["mentions"], strict=True)]
        tops = [t for t in gold.get(d["id"], []) if t.get("type") not in NOT_TOPONYM and int(str(t["start"])) >= 0]
        gs = [(int(str(t["start"])), int(str(t["end"]))) for t in tops]
        cands = sorted(((min(p[0][1], g[1]) - max(p[0][0], g[0]), gi, pi) for gi, g in enumerate(gs)
                        for pi, p in enumerate(pm) if _fits(p[0], g)), reverse=True)
        used_g: set[int] = set()
        used_p: set[int] = set()
        match: dict[int, int] = {}
        for _, gi, pi in cands:
            if gi not in used_g and pi not in used_p:
                used_g.add(gi)
                used_p.add(pi)
                match[gi] = pi

        def ctx(s: Span, text: str = text) -> str:
            return text[max(0, s[0] - 50): s[0]].replace("\n", " ") + "[" + text[s[0]:s[1]] + "]" + \
                text[s[1]: s[1] + 40].replace("\n", " ")

        for pi, (s, p, mm) in enumerate(pm):
            if pi in used_p:
                continue
            label = _ent_label(sd, s)
            if mm.get("kind") == "adjective":
                cls = "adjective"
            elif not text[s[0]:s[0] + 1].isupper():
                cls = "lower"
            elif label[:3] in ("GPE", "LOC") and not label.endswith("~"):
                cls = "place-entity"
            elif _in_name(text, s) or label.rstrip("~") not in ("GPE", "LOC", "-"):
                cls = "in-name"
            else:
                cls = "other"
            out.setdefault(f"FP {cls}", []).append(
                f"{d['id']} {label:6} {p['name']} [{p['feature_code']} {p['country_code']}] {mm.get('reason', '')}"
                f" :: {ctx(s)}")
        for gi, t in enumerate(tops):
            g = gs[gi]
            if gi not in match:
                has = bool(stage.gazetteer.lookup(str(t["text"])))
                label = _ent_label(sd, g)
                cls = "no-entry" if not has else ("entry-ner" if label[:3] in ("GPE", "LOC") else "entry-other")
                out.setdefault(f"FN {cls}", []).append(f"{d['id']} {label:6} :: {ctx(g)}")
                continue
            if t.get("lat") is None:
                continue
            s, p, mm = pm[match[gi]]
            lat, lon = float(str(t["lat"])), float(str(t["lon"]))
            dist = km(lat, lon, float(p["lat"]), float(p["lon"]))
            if dist <= 161:
                continue
            if p["feature_code"] in ("ADM1", "PCLI", "PCLD", "PCLIX", "PCLS", "PCLF", "PCL", "TERR") and \
                    dist < 1500 and (p.get("precision") or 9) <= 4:
                cls = "region"
            else:
                near = [c for c in mm_candidates(stage, str(t["text"])) if km(lat, lon, c[0], c[1]) <= 161]
                cls = "same-country" if near else "no-near-entry"
            out.setdefault(f"far {cls}", []).append(
                f"{d['id']} {dist:6.0f} km {p['name']} [{p['feature_code']} {p['country_code']} {p['admin1']}]"
                f" {mm.get('reason', '')} :: {ctx(g)}")
    return out


def mm_candidates(stage: GeoStage, name: str) -> list[tuple[float, float]]:
    return [(c.lat, c.lon) for c in stage.gazetteer.lookup(name)]


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--cache", type=Path, default=None, help="a folder for the parsed documents (made if missing)")
    ap.add_argument("--set", choices=("geovirus", "gwn"), default="geovirus")
    ap.add_argument("--half", choices=("A", "B"), default=None, help="only this half (scripts/evaluate.py's split)")
    ap.add_argument("--place-adjectives", action="store_true", help="the GWN convention (default for --set gwn)")
    ap.add_argument("--ranker", choices=("packaged", "held-out", "rules"), default="packaged")
    ap.add_argument("--embedded", action="store_true",
                    help="names only, with the learned names-inside-names model (geo/embedded.py) switched on")
    ap.add_argument("--list", type=int, default=0, help="print this many errors of each class")
    ap.add_argument("--out", type=Path, default=None, help="write the prediction lines here")
    a = ap.parse_args()
    folder = GEOVIRUS if a.set == "geovirus" else GWN
    docs, gold = read(folder)
    sdocs = parse(docs, a.cache / ("geovirus.spacy" if a.set == "geovirus" else "gwn.spacy") if a.cache else None)
    if a.half:
        from evaluate import in_half
        keep = [i for i, d in enumerate(docs) if in_half(d["id"], a.half)]
        docs, sdocs = [docs[i] for i in keep], [sdocs[i] for i in keep]
    settings = Settings()
    adjectives = a.place_adjectives or a.set == "gwn"
    stage = GeoStage.from_settings(dataclasses.replace(settings, place_adjectives=adjectives))
    if a.embedded:
        stage.embedded = Embedded(stage.gazetteer, stage.cues, load_model(settings.knowledge))
        find, gaz = stage.embedded.find, stage.gazetteer
        stage.embedded.find = lambda *x: [m for m in find(*x) if not gaz.is_demonym(m.text)]  # type: ignore[method-assign]
    ranker = stage.ranker
    if a.ranker == "rules":
        ranker = None
    elif a.ranker == "held-out":
        recipe = json.loads((Path(__file__).resolve().parent.parent / "src/unfog/data/geo/rank_model.json")
                            .read_text(encoding="utf-8"))["recipe"]
        gw_docs, gw_gold = read(GWN)
        gw_sd = parse(gw_docs, a.cache / "gwn.spacy" if a.cache else None)
        gwn_stage = GeoStage.from_settings(dataclasses.replace(settings, place_adjectives=True))
        ranker = fit(collect(gwn_stage, gw_docs, gw_sd, gw_gold), recipe["C"], recipe["anchor"])
    lines = [run_stage(stage, ranker, d, sd) for d, sd in zip(docs, sdocs, strict=True)]
    if a.out:
        a.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    keep_ids = {d["id"] for d in docs}
    gold_path = folder / "gold.jsonl"
    if a.half:
        import tempfile
        tmp = Path(tempfile.mkdtemp()) / "gold.jsonl"
        tmp.write_text("".join(ln for ln in gold_path.open(encoding="utf-8")
                               if ln.strip() and json.loads(ln)["id"] in keep_ids), encoding="utf-8")
        gold_path = tmp
    figs = geo_score(lines, ("tag_precision", "tag_recall", "tag_f1", "acc161_resolved", "median_km"), gold_path)
    errors = classify(stage, docs, sdocs, gold, lines)
    print(json.dumps({"set": a.set, "half": a.half, "ranker": a.ranker, "place_adjectives": adjectives, **figs}))
    counts = Counter({k: len(v) for k, v in errors.items()})
    for k in sorted(counts):
        print(f"{k:20} {counts[k]}")
    if a.list:
        for k in sorted(errors):
            print(f"\n## {k} ({len(errors[k])})")
            for line in errors[k][: a.list]:
                print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
