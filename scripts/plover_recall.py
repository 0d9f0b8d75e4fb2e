"""PLOVER recall per type on the training ledes: what the typing misses, and what it gives instead.

    python scripts/plover_recall.py --eval-dir ../shared/eval --train ../shared/train/event-ngec-synthetic
        [--cache /tmp/ledes.pickle] [--variant DIR] [--top 12] [--json out.json]

The ledes (first sentences) of the synthetic stories of ``event-ngec-synthetic`` are labelled as
``audit_event_rules.py`` labels them (``ACCUSE`` is DISAPPROVE, ``REQUEST`` DEMAND; a predicted
FIGHT counts as ASSAULT and INVESTIGATE as DISAPPROVE). The script prints:

- the figures of ``audit_event_rules.py``'s line 'all rules' (CASE macro-F1 and PLOVER accuracy per
  half of the development sets, PLOVER and ACLED accuracy on the ledes);
- per gold PLOVER type: its ledes, recall, and what the stage gives instead (``NONE``: no event
  that occurred, else the type), with counts;
- per gold type, over the ledes it misses: the commonest lemmas of their verbs and of their nouns
  (the head words a trigger class could name), with counts.

The word counts point to the codebook class to read (CAMEO's verb dictionary, the PLOVER
specification); a trigger is added from the codebook's class, not from the words counted here.
``--variant DIR`` (repeatable): a folder of knowledge files (``events/triggers.yaml`` ...) that
replace the packaged ones: its figures and the change of each type's recall. ``--cache``: the
parsed contexts (the stages before events), reused between runs.
"""

from __future__ import annotations

import argparse
import json
import pickle
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from audit_event_rules import Item, add_pairs, contexts, load_scorer, record, train_contexts

from unfog.context import DocContext
from unfog.events import EventKnowledge, EventStage
from unfog.knowledge import Knowledge
from unfog.pipeline import Pipeline

_CONTENT_POS = {"VERB": "verbs", "NOUN": "nouns"}


def load_items(pipe: Pipeline, eval_dir: Path, train: Path, cache: Path | None) -> list[Item]:
    """The development documents and the training ledes through the stages before events (cached)."""
    if cache is not None and cache.exists():
        with cache.open("rb") as f:
            rows = pickle.load(f)
        return [Item(s, h, g, DocContext(d, sd).with_records(places=p, actors=a, claims=c, times=t))
                for s, h, g, d, sd, p, a, c, t in rows]
    items = [*contexts(pipe, eval_dir), *train_contexts(pipe, train)]
    if cache is not None:
        with cache.open("wb") as f:
            pickle.dump([(it.set, it.half, it.gold, it.ctx.doc, it.ctx.sdoc, it.ctx.places, it.ctx.actors,
                          it.ctx.claims, it.ctx.times) for it in items], f)
    return items


def run(stage: EventStage, items: Sequence[Item], sc: Any, top: int) -> dict[str, Any]:
    pairs: dict[tuple[str, str], list[tuple[str, str]]] = {}
    missed_words: dict[str, dict[str, Counter[str]]] = {}
    for it in items:
        lab = add_pairs(it, record(stage, it), sc, pairs)
        if it.set != "train":
            continue
        gold = it.gold["event"]
        if lab != gold:
            words = missed_words.setdefault(gold, {"verbs": Counter(), "nouns": Counter()})
            for t in it.ctx.sdoc:
                if t.pos_ in _CONTENT_POS and t.ent_type_ == "":
                    words[_CONTENT_POS[t.pos_]][t.lemma_.lower()] += 1
    out: dict[str, Any] = {"figures": {}}
    for h in ("A", "B"):
        out["figures"][f"case_{h}"] = sc.classification(pairs[("event-case", h)], sc.ACLED_LABELS)[1]
        out["figures"][f"plover_{h}"] = sc.classification(pairs[("event-plover", h)], [])[0]
    out["figures"]["plover_train"] = sc.classification(pairs[("train", "T")], [])[0]
    out["figures"]["acled_train"] = sc.classification(pairs[("train", "acled")], [])[0]
    per: dict[str, Any] = {}
    for gold in sorted({g for g, _ in pairs[("train", "T")]}):
        got = [p for g, p in pairs[("train", "T")] if g == gold]
        instead = Counter(p for p in got if p != gold)
        words = missed_words.get(gold, {"verbs": Counter(), "nouns": Counter()})
        per[gold] = {"ledes": len(got), "recall": round(got.count(gold) / len(got), 3),
                     "instead": instead.most_common(6),
                     "missed_verbs": words["verbs"].most_common(top), "missed_nouns": words["nouns"].most_common(top)}
    out["per_type"] = per
    given = Counter(p for _, p in pairs[("train", "T")])
    out["precision"] = {lab: round(sum(1 for g, p in pairs[("train", "T")] if p == lab and g == lab) / n, 3)
                        for lab, n in given.most_common() if lab != "NONE"}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", type=Path, default=Path("../shared/eval"))
    ap.add_argument("--train", type=Path, default=Path("../shared/train/event-ngec-synthetic"))
    ap.add_argument("--cache", type=Path, help="a pickle of the parsed contexts, reused between runs")
    ap.add_argument("--variant", type=Path, action="append", default=[],
                    help="a folder of knowledge files that replace the packaged ones (repeatable: the figures of "
                    "each beside the packaged ones, the contexts parsed once)")
    ap.add_argument("--top", type=int, default=12, help="words listed per type")
    ap.add_argument("--json", type=Path, help="write the figures here")
    a = ap.parse_args(argv)
    sc = load_scorer(a.eval_dir)
    pipe = Pipeline.from_settings()
    items = load_items(pipe, a.eval_dir, a.train, a.cache)
    out = run(pipe.events, items, sc, a.top)
    print("figures", json.dumps(out["figures"]))
    for folder in a.variant:
        var = run(EventStage(EventKnowledge.load(Knowledge(overlay=folder))), items, sc, a.top)
        print("variant", folder, json.dumps(var["figures"]), "recall", json.dumps(
            {k: round(v["recall"] - out["per_type"][k]["recall"], 3) for k, v in var["per_type"].items()
             if v["recall"] != out["per_type"][k]["recall"]}), flush=True)
    for gold, row in out["per_type"].items():
        print(f"{gold:12s} ledes {row['ledes']:4d} recall {row['recall']:.3f}  instead {row['instead']}")
        print("    verbs", " ".join(f"{w}:{n}" for w, n in row["missed_verbs"]))
        print("    nouns", " ".join(f"{w}:{n}" for w, n in row["missed_nouns"]))
    print("precision", json.dumps(out["precision"]))
    if a.json:
        a.json.write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
