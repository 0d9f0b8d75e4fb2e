#!/usr/bin/env python3
"""Ablation audit of the modality mechanisms (events/modality.py, events/implicatives.py, the lists of
data/events/modality.yaml) on the modality sets, per half.

Parses each set's documents once, takes the event triggers of a kept `unfog analyze` output (the
events stage decides which words are events), and re-runs only the modality walk (``explain``) on
each trigger matched to an annotated predicate: as it is, with one cue list emptied, and with one
rule switched off. Scoring is score.py's modality task (UW/MEANTIME score >= 1 happened, <= -1 did
not, else uncertain); a mechanism that helps half A only and is no standard factuality category is
a candidate for removal. Also prints, per rule tag, how many matched predicates each half has and
how many are right.

    unfog analyze ../shared/eval/modality-uw/docs.jsonl --out out/modality-uw.jsonl
    unfog analyze ../shared/eval/modality-meantime/docs.jsonl --out out/modality-meantime.jsonl
    python scripts/audit_modality.py --pred-dir out --eval-dir ../shared/eval [--entries]

With --entries, every entry of every cue list is also switched off alone; an entry whose only
support is half A (switching it off loses on A, nothing on B) needs a linguistic source to stay.

The walk is re-run on the parse of the kept text, so a few triggers whose final modality another
step of the stage changes disagree with the kept output (the count is printed).
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from evaluate import DEFAULT_EVAL, in_half

from unfog.nlp import load_nlp

M = importlib.import_module("unfog.events.modality")  # the package re-exports a function of that name

SETS = ("modality-uw", "modality-meantime")
CLASS = {"asserted": "happened", "claimed": "happened", "confirmed": "happened", "reported": "happened",
         "negated": "did_not", "denied": "did_not"}

# rules of the walk that are code, not lists: (function name in events/modality.py, its "off" value)
RULES: dict[str, Any] = {
    "_yes_no_question": False, "_narrative_would": False, "_open_subject": None,
    "conditional_subject": False, "attempted": None, "content_of": False, "_infinitive_of_noun": False,
    "_past_clause": False, "_predicated_of": False, "_bare_infinitive": False, "_stops": False,
    "additive": False, "inverted_condition": False, "backshifted": False, "indicative": False,
}


def fact(score: float) -> str:
    return "happened" if score >= 1 else ("did_not" if score <= -1 else "uncertain")


Item = tuple[str, str, Any, str]  # document id, gold class, trigger head token, kept modality


def items(nlp: Any, gold_path: Path, pred_path: Path) -> list[Item]:
    gold = {g["id"]: g for g in (json.loads(x) for x in gold_path.read_text().splitlines() if x.strip())}
    out: list[Item] = []
    for line in pred_path.read_text().splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        g = gold.get(rec["document"]["id"])
        if g is None:
            continue
        doc = nlp(rec["document"]["text"])
        evs = []
        for e in rec.get("events") or []:
            s, t = e["trigger"]["span"]
            span = doc.char_span(s, t, alignment_mode="expand")
            evs.append((s, t, span.root if span is not None else None, e.get("modality") or "asserted"))
        for q in g["predicates"]:
            hit = [x for x in evs if x[0] < q["end"] and q["start"] < x[1]]
            if hit and hit[0][2] is not None:
                out.append((g["id"], fact(q["score"]), hit[0][2], hit[0][3]))
    return out


def right(its: list[Item], cues: Any, half: str) -> tuple[int, int]:
    n = ok = 0
    for did, g, head, _ in its:
        if in_half(did, half):
            n += 1
            ok += CLASS.get(M.explain(head, cues)[0], "uncertain") == g
    return ok, n


def row(name: str, sets: dict[str, list[Item]], cues: Any) -> list[str]:
    cells = [name]
    for s in SETS:
        for h in ("A", "B"):
            ok, n = right(sets[s], cues, h)
            cells.append(f"{s} {h} {ok}/{n}={ok / max(n, 1):.4f}")
    return cells


def switched_off(name: str, value: Any) -> Callable[..., Any]:
    def off(*_args: Any) -> Any:
        return value
    off.__name__ = name
    return off


def counts(sets: dict[str, list[Item]], cues: Any) -> tuple[int, ...]:
    return tuple(right(sets[s], cues, h)[0] for s in SETS for h in ("A", "B"))


def entries(sets: dict[str, list[Item]], cues: Any) -> None:
    """One cue at a time switched off: the change in right predicates (uw A, uw B, meantime A, B)."""
    base = counts(sets, cues)
    print("entry switched off\tuw A\tuw B\tmeantime A\tmeantime B (change in right predicates)")
    for f in dataclasses.fields(cues):
        if f.name == "reporting_verbs":
            continue
        words: frozenset[str] = getattr(cues, f.name)
        for w in sorted(words):
            got = counts(sets, dataclasses.replace(cues, **{f.name: words - {w}}))
            if got != base:
                print(f"-{f.name}:{w}\t" + "\t".join(f"{g - b:+d}" for g, b in zip(got, base, strict=True)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pred-dir", type=Path, required=True, help="holds <set>.jsonl from unfog analyze")
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--entries", action="store_true",
                    help="also switch off every entry of every cue list alone (slower); prints the entries "
                         "that change a figure, as the change in right predicates per half")
    a = ap.parse_args()
    nlp = load_nlp()
    cues = M.load_cues()
    sets = {s: items(nlp, a.eval_dir / s / "gold.jsonl", a.pred_dir / f"{s}.jsonl") for s in SETS}
    for s, its in sets.items():
        agree = sum(M.explain(h, cues)[0] == kept for _, _, h, kept in its)
        print(f"{s}: {len(its)} matched predicates, the walk agrees with the kept modality on {agree}")
    base = row("as is", sets, cues)
    print("\t".join(base))
    tags: dict[str, Counter[str]] = defaultdict(Counter)
    for did, g, head, _ in sets["modality-uw"]:
        mod, tag = M.explain(head, cues)
        h = "A" if in_half(did, "A") else "B"
        tags[tag.split(":")[0]][h] += 1
        tags[tag.split(":")[0]][h + " right"] += CLASS.get(mod, "uncertain") == g
    print("rule tag (modality-uw)\tA right/n\tB right/n")
    for tag, c in sorted(tags.items(), key=lambda kv: -(kv[1]["A"] + kv[1]["B"])):
        print(f"{tag}\t{c['A right']}/{c['A']}\t{c['B right']}/{c['B']}")
    print("switched off (only rows that differ):")
    for f in dataclasses.fields(cues):
        r = row(f"-{f.name}", sets, dataclasses.replace(cues, **{f.name: frozenset()}))
        if r[1:] != base[1:]:
            print("\t".join(r))
    if a.entries:
        entries(sets, cues)
    for name, value in RULES.items():
        old = getattr(M, name)
        setattr(M, name, switched_off(name, value))
        try:
            r = row(f"-{name}()", sets, cues)
        finally:
            setattr(M, name, old)
        if r[1:] != base[1:]:
            print("\t".join(r))


if __name__ == "__main__":
    sys.exit(main())
