#!/usr/bin/env python3
"""The evaluation harness: every development set in ../shared/eval through `unfog analyze` and the
reference scorer `score.py`, printed as one table.

    python scripts/evaluate.py                      # all sets
    python scripts/evaluate.py --sets seed,geo-gwn  # some
    python scripts/evaluate.py --json out/eval.json # also write the figures
    python scripts/evaluate.py --half A             # only half of each set (B to check a rule)

The floors that the test suite holds (tests/test_eval_gate.py) are in scripts/eval_floors.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"

# set name -> (score.py task, the gold file, whether it needs --stories); attrib-polnear-train is
# there to learn from and is not run.
SETS: dict[str, tuple[str, str, bool]] = {
    "seed": ("seed", "gold.json", True),
    "geo-gwn": ("geo", "gold.jsonl", False),
    "geo-gwn-names": ("geo", "gold.jsonl", False),
    "attrib-polnear": ("attrib", "gold.jsonl", False),
    "event-case": ("event-case", "gold.jsonl", False),
    "event-plover": ("event-plover", "gold.jsonl", False),
    "modality-uw": ("modality", "gold.jsonl", False),
    "modality-meantime": ("modality", "gold.jsonl", False),
    "dedup-gvc": ("dedup", "gold.jsonl", True),
}

# per set: the folder it reads (when not its own name) and extra `unfog analyze` arguments.
# GeoWebNews counts adjectives of places used as modifiers ("Syrian army") as toponyms, so geo-gwn
# runs with --place-adjectives; geo-gwn-names scores the same texts without it (the default).
FOLDER: dict[str, str] = {"geo-gwn-names": "geo-gwn"}
EXTRA_ARGS: dict[str, list[str]] = {"geo-gwn": ["--place-adjectives"]}

# the figures shown in the table, per task
HEADLINE = {
    "seed": ["places_found", "places_right", "places_spurious", "claims_found", "claims_source_right",
             "claims_chain_right", "events_found", "events_type_right", "events_place_right",
             "events_actor_right", "events_date_right", "events_modality_right", "casualties_right",
             "contradictions_right"],
    "geo": ["tag_precision", "tag_recall", "tag_f1", "acc161_resolved", "literal_recall"],
    "attrib": ["content_f1", "source_accuracy", "cue_accuracy", "full_f1"],
    "event-case": ["accuracy", "macro_f1"],
    "event-plover": ["accuracy", "macro_f1", "source_actor_accuracy"],
    "modality": ["matched", "coverage", "accuracy"],
    "dedup": ["b3_p", "b3_r", "b3_f1"],
}


def unfog_command() -> list[str]:
    exe = Path(sys.executable).parent / "unfog"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("unfog")
    return [found] if found else [sys.executable, "-m", "unfog.cli"]


def in_half(doc_id: str, half: str) -> bool:
    """A stable split of a set into halves A and B by a hash of the document id, so that a rule
    developed while looking at half A can be checked on half B (a gap shows overfitting)."""
    digit = int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 2
    return digit == (0 if half == "A" else 1)


def half_folder(folder: Path, gold_name: str, half: str, work: Path) -> Path:
    """A copy of the set's folder holding only the documents (and gold lines) of one half."""
    out = work / f"{folder.name}-half{half}"
    out.mkdir(parents=True, exist_ok=True)
    for fname in ("docs.jsonl", gold_name):
        lines = (folder / fname).read_text(encoding="utf-8").splitlines()
        kept = [ln for ln in lines if ln.strip() and in_half(str(json.loads(ln)["id"]), half)]
        (out / fname).write_text("\n".join(kept) + "\n", encoding="utf-8")
    return out


def run_set(eval_dir: Path, name: str, work: Path, half: str | None = None) -> dict[str, object]:
    task, gold_name, with_stories = SETS[name]
    folder = eval_dir / FOLDER.get(name, name)
    if half and gold_name.endswith(".jsonl"):
        folder = half_folder(folder, gold_name, half, work / name)
    pred, stories = work / f"{name}.jsonl", work / f"{name}-stories.jsonl"
    cmd = [*unfog_command(), "analyze", str(folder / "docs.jsonl"), "--out", str(pred), "--quiet",
           *EXTRA_ARGS.get(name, [])]
    if with_stories:
        cmd += ["--stories", str(stories)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"unfog analyze failed on {name}: {proc.stderr.strip()[-2000:]}")
    score = [sys.executable, str(eval_dir / "score.py"), task, "--gold", str(folder / gold_name)]
    if task != "dedup":
        score += ["--pred", str(pred)]
    if with_stories:
        score += ["--stories", str(stories)]
    sp = subprocess.run(score, capture_output=True, text=True)
    if sp.returncode != 0:
        raise RuntimeError(f"score.py failed on {name}: {sp.stderr.strip()}")
    figures: dict[str, object] = json.loads(sp.stdout.strip().splitlines()[-1])
    figures["_seconds"] = round(seconds, 1)
    figures["_report"] = sp.stdout
    return figures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", type=Path, default=Path(os.environ.get("UNFOG_EVAL_DIR", DEFAULT_EVAL)))
    ap.add_argument("--sets", default=",".join(SETS), help="comma-separated set names")
    ap.add_argument("--json", type=Path, help="write all figures to this file")
    ap.add_argument("--keep", type=Path, help="keep the predictions in this folder")
    ap.add_argument("--half", choices=["A", "B"], help="score only one half of each set (split by a hash "
                    "of the document id): develop on A, check on B")
    ap.add_argument("--verbose", "-v", action="store_true", help="print score.py's full report per set")
    a = ap.parse_args(argv)
    if not (a.eval_dir / "score.py").exists():
        print(f"evaluate: no evaluation sets at {a.eval_dir}", file=sys.stderr)
        return 2
    names = [n.strip() for n in a.sets.split(",") if n.strip()]
    unknown = [n for n in names if n not in SETS]
    if unknown:
        print(f"evaluate: unknown set(s) {unknown}; known: {', '.join(SETS)}", file=sys.stderr)
        return 2
    results: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = a.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for name in names:
            results[name] = run_set(a.eval_dir, name, work, a.half)
            if a.verbose:
                print(f"--- {name}\n{results[name]['_report']}")
    print(f"{'set':20s} {'seconds':>8s}  figures")
    for name, fig in results.items():
        task = SETS[name][0]
        shown = "  ".join(f"{k}={fig.get(k)}" for k in HEADLINE[task])
        print(f"{name:20s} {fig['_seconds']:8.1f}  {shown}")
    if a.json:
        a.json.parent.mkdir(parents=True, exist_ok=True)
        clean = {n: {k: v for k, v in f.items() if k != "_report"} for n, f in results.items()}
        a.json.write_text(json.dumps(clean, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
