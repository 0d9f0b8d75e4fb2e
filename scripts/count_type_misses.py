"""The typing misses by kind, per half, from one kept run of the event sets (and the training ledes).

    PYTHONPATH=src:scripts python scripts/evaluate.py --sets event-case,event-plover --keep out/keep
    PYTHONPATH=src:scripts python scripts/count_type_misses.py --keep out/keep [--ledes out/ledes.jsonl]

One full run gives both halves' figures (CASE macro-F1, PLOVER accuracy and source actor, as
``score.py`` counts them) and, per half, the documents whose label is wrong by kind:

- ``no-trigger``: no event at all (no word of the trigger lists: a gap of vocabulary);
- ``untyped``: events, none typed and said to have taken place (the rules read a word, gave no type);
- ``wrong-type``: a typed event, of another type;
- ``spurious``: a type where the gold label is NONE (CASE's disasters, crime, diplomacy, claims).

``--ledes`` (audit_event_rules.py --train ... --dump) adds the same counts on the synthetic ledes
by their PLOVER label. Misses are listed with ``--show A`` only: half B is for counting.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from audit_event_rules import TRAIN_MERGED, load_scorer
from evaluate import in_half


def kind(rec: dict[str, Any], want: str, got: str, typed: list[dict[str, Any]]) -> str:
    if want == "NONE":
        return "spurious"
    if not rec.get("events"):
        return "no-trigger"
    return "wrong-type" if typed else "untyped"


def gold_label(sc: Any, name: str, g: dict[str, Any]) -> str:
    """The label score.py wants: CASE's five types outside ACLED are NONE."""
    if name == "event-case":
        return str(g["label"]) if g["label"] in sc.ACLED_LABELS else "NONE"
    return str(g["event"])


def count_set(sc: Any, name: str, eval_dir: Path, keep: Path, show: str | None) -> None:
    gold = [json.loads(ln) for ln in (eval_dir / name / "gold.jsonl").read_text().splitlines() if ln.strip()]
    pred = {r["document"]["id"]: r for r in map(json.loads, (keep / f"{name}.jsonl").read_text().splitlines())}
    key = sc.acled_label if name == "event-case" else sc.plover_label
    for half in ("A", "B"):
        pairs: list[tuple[str, str]] = []
        kinds: Counter[str] = Counter()
        src = [0, 0]
        for g in gold:
            if not in_half(str(g["id"]), half):
                continue
            want = gold_label(sc, name, g)
            rec = pred.get(g["id"], {})
            got = sc.doc_label(rec, key)
            pairs.append((want, got))
            evs = [e for e in rec.get("events") or [] if (e.get("modality") or "asserted") in sc.OCCURRED]
            if name == "event-plover" and got == want and g["source"]:
                src[1] += 1
                src[0] += any(sc.name_match(sc.actor_names(rec, e.get("actor1")), g["source"])
                              for e in rec.get("events") or [] if key(e) == got)
            if got != want:
                k = kind(rec, want, got, [e for e in evs if key(e)])
                kinds[k] += 1
                if show == half:
                    print(f"  {g['id']} {want} -> {got} {k}:",
                          [(e["trigger"]["text"], key(e), e.get("modality")) for e in rec.get("events") or []])
        labels = sc.ACLED_LABELS if name == "event-case" else sorted({g["event"] for g in gold})
        acc, macro, _ = sc.classification(pairs, labels)
        extra = f" source actor {src[0] / src[1]:.4f}" if src[1] else ""
        print(f"{name} half {half}: accuracy {acc} macro-F1 {macro}{extra}; misses {dict(sorted(kinds.items()))}")


def count_ledes(path: Path) -> None:
    by: dict[str, Counter[str]] = {}
    for r in map(json.loads, path.read_text().splitlines()):
        want, got = TRAIN_MERGED.get(r["plover"], r["plover"]), r["pred_plover"]
        c = by.setdefault(want, Counter())
        c["ledes"] += 1
        if got != want:
            c["no-trigger" if not r["events"] else "wrong-type" if any(e[2] for e in r["events"]) else "untyped"] += 1
    total: Counter[str] = sum(by.values(), Counter())
    print(f"training ledes: {dict(sorted(total.items()))}")
    for lab, c in sorted(by.items()):
        print(f"  {lab:11s} {dict(sorted(c.items()))}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", type=Path, default=Path("../shared/eval"))
    ap.add_argument("--keep", type=Path, required=True, help="the folder of evaluate.py --keep")
    ap.add_argument("--ledes", type=Path, help="audit_event_rules.py --train ... --dump output")
    ap.add_argument("--show", choices=["A"], help="list the misses of half A")
    a = ap.parse_args(argv)
    sc = load_scorer(a.eval_dir)
    for name in ("event-case", "event-plover"):
        count_set(sc, name, a.eval_dir, a.keep, a.show)
    if a.ledes:
        count_ledes(a.ledes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
