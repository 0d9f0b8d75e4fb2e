"""Train the events stage's learned fallback (``unfog.events.fallback``): the PLOVER and ACLED type of
a sentence the typing rules leave untyped, on the ledes of the synthetic stories of
``event-ngec-synthetic``.

    PYTHONPATH=src:scripts python scripts/train_fallback.py --train ../shared/train/event-ngec-synthetic \
        [--cache /tmp/ledes.pickle] [--folds 5] [--c 0.1 0.3 1] [--only-untyped] \
        [--out src/unfog/data/events/fallback_model.json] [--dry-run]

Each story's lede (its first sentence, as ``audit_event_rules.py`` cuts it) tells the story's event:
its prompt's PLOVER type (the evaluation set's names, ``TRAIN_NAMES``) and, where the story's mode
names one, its ACLED sub-event type (``TRAIN_MODES``). For the ACLED model, a story of a PLOVER type
whose acts ACLED does not code (``NO_ACLED``: statements, consultation, cooperation, aid, sanctions,
concessions) is of the class ``NONE``; a story of another type whose mode names no single sub-event
type (firearms, crowd control ...) is no ACLED example. Every predicate of a lede
(``fallback.predicates``: its verbs and the act words the trigger finder finds) is an example with
the lede's label (``--only-untyped``: only the predicates of the ledes the rules leave untyped).

With 5-fold cross-validation by headline prompt (GroupKFold, deterministic: the 4,500 stories were
written to 332 prompts, and the stories of one prompt share its words), for each C: the out-of-fold guess
of every lede the rules leave untyped (the stage run with the packaged knowledge, no fallback),
replayed through the stage, and the lede labels as ``score.py`` gives a document's against the
prompt, PLOVER over all ledes and ACLED over those whose mode names one, for each pair of
thresholds. The C and thresholds with the best out-of-fold mean of the two accuracies, among the
thresholds not below ``--min-threshold``, are kept (the higher threshold on a tie); the models are
then fitted on all the examples and written with their figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
from audit_event_rules import TRAIN_MERGED, TRAIN_MODES, TRAIN_NAMES, lede, load_scorer
from count_story_events import contexts
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from spacy.tokens import Span
from train_claims import write_model

from unfog.claims.learned import LinearChooser
from unfog.context import DocContext
from unfog.events import EventStage
from unfog.events.fallback import Guess, Softmax, TypeFallback, parse_softmax, sentence_features
from unfog.events.triggers import Candidate
from unfog.model import Document
from unfog.pipeline import Pipeline

TRAIN = Path("../shared/train/event-ngec-synthetic")
OUT = Path("src/unfog/data/events/fallback_model.json")
THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01]
#: PLOVER types (the stories' names) whose acts ACLED codes none of: statements, consultation,
#: cooperation, aid, sanctions and concessions (the ACLED codebook codes political violence,
#: demonstrations and strategic developments of armed groups)
NO_ACLED = frozenset({"SUPPORT", "ACCUSE", "CONSULT", "REQUEST", "REJECT", "AID", "SANCTION", "COOPERATE",
                      "THREATEN", "AGREE", "CONCEDE"})
_DUMMY = Softmax((), {}, LinearChooser({}), 2.0)


@dataclass(frozen=True)
class Recorder(TypeFallback):
    """A fallback that types nothing and keeps the sentences it was consulted on."""

    asked: list[tuple[int, int]] = field(default_factory=list)  # (document, sentence start)

    def guess(self, sent: Span, found: Sequence[Candidate]) -> Guess | None:
        self.asked.append((id(sent.doc), sent.start))
        return None


@dataclass
class Lede:
    ctx: DocContext
    plover: str
    acled: str | None  # the lexicon's sub-event type its mode names
    acled_class: str | None  # the ACLED model's class: a sub-event type, NONE, or None (no example)
    untyped: set[int]  # starts of the sentences the rules leave untyped
    prompt: str  # the story's headline prompt (its title)
    base: tuple[str | None, str | None] = (None, None)  # the labels by the rules alone
    acled_case: str | None = None  # the CASE label of ``acled``


def ledes(pipe: Pipeline, train: Path, cache: Path | None, case_to_sub: dict[str, str],
          parts: Sequence[int]) -> list[Lede]:
    gold = {g["id"]: g for g in map(json.loads, (train / "gold.jsonl").read_text().splitlines()) if g}
    rows = [json.loads(ln) for ln in (train / "docs.jsonl").read_text().splitlines() if ln.strip()]
    rows = [d for i, d in enumerate(rows) if i % 3 in parts]
    docs = [Document(id=d["id"], text=lede(d["text"])) for d in rows]
    title = {d["id"]: d.get("title", d["id"]) for d in rows}
    out = []
    for ctx in contexts(pipe, docs, cache):
        g = gold[ctx.doc.id]
        case = TRAIN_MODES.get(g["mode"] if g["plover"] != "THREATEN" else "")
        sub = case_to_sub.get(case) if case is not None else None
        cls = sub if sub is not None else ("NONE" if g["plover"] in NO_ACLED else None)
        out.append(Lede(ctx, TRAIN_NAMES.get(g["plover"], g["plover"]), sub, cls, set(), title[ctx.doc.id]))
    return out


def labels(stage: EventStage, ctx: DocContext, sc: Any) -> tuple[str | None, str | None]:
    rec = {"events": [e.model_dump(mode="json") for e in stage.run(ctx).events]}
    lab = sc.doc_label(rec, sc.plover_label)
    return TRAIN_MERGED.get(lab, lab), sc.doc_label(rec, sc.acled_label)


Example = tuple[int, int, dict[str, float]]  # lede, sentence start, features


def examples(data: list[Lede], stage: EventStage, only_untyped: bool) -> list[Example]:
    """One example per sentence of a lede: the features of all its predicates."""
    out: list[Example] = []
    for li, d in enumerate(data):
        sdoc = d.ctx.sdoc
        cands = stage.finder(sdoc).candidates(sdoc)
        for sent in sdoc.sents:
            if only_untyped and sent.start not in d.untyped:
                continue
            _, per = sentence_features(sent, [c for c in cands if sent.start <= c.start < sent.end])
            if per:
                out.append((li, sent.start, {f: 1.0 for fs in per for f in fs}))
    return out


def fit(x: Any, y: np.ndarray, c_value: float) -> LogisticRegression:
    return LogisticRegression(C=c_value, max_iter=2000).fit(x, y)


def table(lr: LogisticRegression, names: Sequence[str], threshold: float, min_weight: float) -> dict[str, Any]:
    """A fitted model as the file holds it: classes, threshold, biases, 'feature|class' weights (those
    of at least ``min_weight`` in absolute value: the file stays small; the folds are scored so)."""
    classes = [str(c) for c in lr.classes_]
    weights = {f"{n}|{c}": round(float(w), 4) for ci, c in enumerate(classes)
               for n, w in zip(names, lr.coef_[ci], strict=True) if abs(w) >= min_weight}
    return {"classes": classes, "threshold": threshold,
            "bias": {c: round(float(b), 4) for c, b in zip(classes, lr.intercept_, strict=True)},
            "weights": dict(sorted(weights.items()))}


@dataclass(frozen=True)
class Keeper(TypeFallback):
    """A fallback that keeps the guesses it makes."""

    made: list[Guess] = field(default_factory=list)

    def guess(self, sent: Span, found: Sequence[Candidate]) -> Guess | None:
        g = super().guess(sent, found)
        if g is not None:
            self.made.append(g)
        return g


Fired = tuple[str | None, str | None, float, float]  # PLOVER label, ACLED label, their guesses' probabilities


def score(data: list[Lede], fired: dict[int, Fired], tp: float, ta: float) -> dict[str, float]:
    """Lede accuracies with the guesses of probability >= tp (their ACLED type given at >= ta)."""
    hp, ha, na = 0, 0, 0
    for li, d in enumerate(data):
        p, a = d.base
        if li in fired and fired[li][2] >= tp:
            p = fired[li][0]
            if fired[li][3] >= ta:
                a = fired[li][1]
        hp += p == d.plover
        if d.acled is not None:
            na += 1
            ha += a == d.acled_case
    return {"plover": round(hp / len(data), 4), "acled": round(ha / na, 4) if na else 0.0,
            "fired": sum(1 for f in fired.values() if f[2] >= tp)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", type=Path, default=TRAIN)
    ap.add_argument("--cache", type=Path, help="a pickle of the ledes' parsed contexts (made if missing)")
    ap.add_argument("--part", type=int, nargs="+", default=[1, 2],
                    help="the stories i with i %% 3 in PART (default 1 and 2: count_story_events.py --every 3 "
                    "measures the others, out of sample)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--c", type=float, nargs="+", default=[0.1, 0.3, 1.0])
    ap.add_argument("--only-untyped", action="store_true", help="train on the ledes the rules leave untyped only")
    ap.add_argument("--min-threshold", type=float, default=0.5)
    ap.add_argument("--min-weight", type=float, default=0.1, help="weights below this (absolute) are left out")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--eval-dir", type=Path, default=Path("../shared/eval"), help="where score.py is")
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    a = ap.parse_args(argv)
    sc = load_scorer(a.eval_dir)
    pipe = Pipeline.from_settings()
    know = replace(pipe.events.knowledge, fallback=None)
    subs = {s.lower(): s for s in know.lexicon.ontology.acled_type}
    case_to_sub = {case: subs[low] for low, case in sc.ACLED_TO_CASE.items() if low in subs}
    data = ledes(pipe, a.train, a.cache, case_to_sub, a.part)
    for d in data:
        d.acled_case = sc.ACLED_TO_CASE.get(d.acled.lower()) if d.acled else None
    rec = Recorder(_DUMMY, None)
    asking = EventStage(replace(know, fallback=rec))
    base = EventStage(know)
    for d in data:
        rec.asked.clear()
        asking.run(d.ctx)
        d.untyped = {s for _, s in rec.asked}
        d.base = labels(base, d.ctx, sc)
    print("rules alone", json.dumps(score(data, {}, 2.0, 2.0)),
          f"ledes {len(data)} untyped {sum(bool(d.untyped) for d in data)}", flush=True)
    ex = examples(data, base, a.only_untyped)
    vec = DictVectorizer()
    x = vec.fit_transform([f for _, _, f in ex])
    names = [str(n) for n in vec.get_feature_names_out()]
    # the folds keep the stories of one headline prompt together (a prompt's stories share its words)
    prompts = {p: k for k, p in enumerate(sorted({d.prompt for d in data}))}
    groups = np.array([prompts[data[li].prompt] for li, _, _ in ex])
    lede_of = np.array([li for li, _, _ in ex])
    yp = np.array([data[li].plover for li, _, _ in ex])
    ya = np.array([data[li].acled_class or "" for li, _, _ in ex])
    has_a = ya != ""
    print(f"examples {len(ex)} features {len(names)} acled examples {int(has_a.sum())}", flush=True)
    best_run: tuple[float, float, float, dict[str, float]] | None = None
    for c_value in a.c:
        fired: dict[int, Fired] = {}
        for tr, te in GroupKFold(n_splits=a.folds).split(x, yp, groups):
            tra = tr[has_a[tr]]
            keeper = Keeper(parse_softmax(table(fit(x[tr], yp[tr], c_value), names, 0.0, a.min_weight)),
                            parse_softmax(table(fit(x[tra], ya[tra], c_value), names, 0.0, a.min_weight)))
            fold = EventStage(replace(know, fallback=keeper))
            for li in sorted({int(lede_of[k]) for k in te}):
                if not data[li].untyped:
                    continue
                keeper.made.clear()
                p, lab_a = labels(fold, data[li].ctx, sc)
                if keeper.made:
                    g = keeper.made[0]
                    fired[li] = (p, lab_a, g.probability, g.acled_probability if g.acled else 2.0)
        for tp in THRESHOLDS:
            for ta in THRESHOLDS:
                fig = score(data, fired, tp, ta)
                print(f"C {c_value} plover>={tp} acled>={ta}", json.dumps(fig), flush=True)
                if tp < a.min_threshold or ta < a.min_threshold:
                    continue
                key = (fig["plover"] + fig["acled"], tp, ta)
                if best_run is None or key > (best_run[3]["plover"] + best_run[3]["acled"], best_run[1], best_run[2]):
                    best_run = (c_value, tp, ta, fig)
    assert best_run is not None
    c_value, tp, ta, fig = best_run
    print("kept C", c_value, "thresholds", tp, ta, json.dumps(fig), file=sys.stderr)
    if a.dry_run:
        return 0
    plover = table(fit(x, yp, c_value), names, tp, a.min_weight)
    # an ACLED model that no threshold lets help out of fold is left out of the file
    acled = table(fit(x[has_a], ya[has_a], c_value), names, ta, a.min_weight) if ta <= 1.0 else None
    model: dict[str, object] = {
        "about": "Learned fallback of the events stage (unfog.events.fallback): where the rules type no predicate "
                 "of a sentence, the predicate and PLOVER type of the highest softmax probability (the bias and "
                 "the weights of 'feature|TYPE') become an event when it reaches the threshold; the ACLED model "
                 "gives that predicate its sub-event type when its best class is not NONE and reaches its own.",
        "trained": {"command": ("python scripts/train_fallback.py --train ../shared/train/event-ngec-synthetic "
                                f"--part {' '.join(map(str, a.part))} --folds {a.folds} --c {' '.join(map(str, a.c))} "
                                f"--min-threshold {a.min_threshold} "
                                f"--min-weight {a.min_weight}"
                                + (" --only-untyped" if a.only_untyped else "")),
                    "data": "event-ngec-synthetic stories i % 3 in parts, the first sentence of each, labelled "
                            "with its prompt's PLOVER type and the ACLED sub-event type its mode names",
                    "date": dt.date.today().isoformat(), "parts": a.part, "ledes": len(data), "examples": len(ex),
                    "C": c_value,
                    "cv_folds": a.folds, "rules_alone": score(data, {}, 2.0, 2.0), "cv_figures": fig},
        "plover": plover,
    }
    if acled is not None:
        model["acled"] = acled
    write_model(a.out, model, len(plover["weights"]) + (len(acled["weights"]) if acled is not None else 0))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
