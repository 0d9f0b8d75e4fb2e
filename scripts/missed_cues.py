#!/usr/bin/env python3
"""List the annotated cues of the PolNeAR training split the claims stage misses, grouped.

    .venv/bin/python scripts/missed_cues.py --cache /tmp/train.spacy [--top 40] [--examples 0]

Reads the training split only (../shared/eval/attrib-polnear-train). Each annotated cue of an
attribution with content is one of: ``never`` (no candidate's cue overlaps it: no proposal),
``rejected`` (proposed, but the packaged cue scorer accepts none of those candidates; the model was
trained on these documents, so this count is in-sample and low) or ``accepted``. The misses are
grouped by the cue's head lemma, by its part of speech and by its dependency pattern (the head's
dependency on its own head and the labels of its right dependents), with counts, largest first.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc, Span

from unfog.claims import ClaimStage
from unfog.claims.candidate import char_span
from unfog.claims.learned import features, load_cue_model
from unfog.claims.lexicon import load_lexicon

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_claims import TRAIN, overlaps, parse


def cue_span(sd: Doc, spans: list[list[int]]) -> Span | None:
    """The tokens of an annotated cue (its first piece), expanded to whole tokens."""
    s, e = spans[0]
    return sd.char_span(s, e, alignment_mode="expand")


def pattern(sp: Span) -> tuple[str, str, str]:
    """Head lemma, part of speech and dependency pattern of a cue's tokens."""
    root = sp.root
    rights = ",".join(sorted({c.dep_ for c in root.rights if c.dep_ not in ("punct",)})) or "-"
    lemma = root.lemma_.lower() if len(sp) == 1 else f"{root.lemma_.lower()} +{min(len(sp) - 1, 3)}"
    return lemma, root.pos_, f"{root.dep_}>{rights}"


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=TRAIN)
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--examples", type=int, default=0, help="print this many cue contexts per lemma group")
    a = ap.parse_args()
    docs = [json.loads(line) for line in (a.data / "docs.jsonl").open(encoding="utf-8")]
    gold_by_id = {g["id"]: g["attributions"] for g in map(json.loads, (a.data / "gold.jsonl").open(encoding="utf-8"))}
    sdocs = parse(docs, a.cache)
    lex = load_lexicon()
    model = load_cue_model()
    stage = ClaimStage(lex, model)
    groups: dict[str, dict[str, Counter[str]]] = {
        k: {"lemma": Counter(), "pos": Counter(), "dep": Counter()} for k in ("never", "rejected")
    }
    examples: dict[tuple[str, str], list[str]] = {}
    totals: Counter[str] = Counter()
    for d, sd in zip(docs, sdocs, strict=True):
        props = stage.proposals(sd)
        spans = [(char_span(sd, c.cue), model.accepts(features(c, sd, lex))) for c in props]
        for att in gold_by_id.get(d["id"], []):
            if not att["content"] or not att["cue"]:
                continue
            gq = [(x[0], x[1]) for x in att["cue"]]
            hits = [ok for sp, ok in spans if overlaps(sp, gq)]
            status = "accepted" if any(hits) else ("rejected" if hits else "never")
            totals[status] += 1
            if status == "accepted":
                continue
            sp = cue_span(sd, att["cue"])
            if sp is None or len(sp) == 0:
                continue
            lemma, pos, dep = pattern(sp)
            for key, val in (("lemma", lemma), ("pos", pos), ("dep", f"{pos} {dep}")):
                groups[status][key][val] += 1
            ex = examples.setdefault((status, lemma), [])
            if len(ex) < a.examples:
                s0, s1 = sp.sent.start_char, sp.sent.end_char
                ex.append(d["text"][s0:s1].replace("\n", " ")[:300])
    print(f"annotated cues: {dict(totals)}")
    for status, by in groups.items():
        for key, counter in by.items():
            print(f"\n== {status} by {key} ({sum(counter.values())}) ==")
            for val, n in counter.most_common(a.top):
                print(f"{n:6d}  {val}")
                for line in examples.get((status, val), []) if key == "lemma" else []:
                    print(f"          | {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
