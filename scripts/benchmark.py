#!/usr/bin/env python3
"""Speed: `unfog` analysis time per document next to bare spaCy `nlp.pipe` on the same texts.

    python scripts/benchmark.py                         # attrib-polnear-train, first 200 documents
    python scripts/benchmark.py --docs FILE.jsonl --limit 0

Both runs use the same loaded model and batch size; the pipeline's figure includes parsing.
The first pass of each is a warm-up on 10 documents, not counted; then the two alternate for
--rounds rounds and the medians are reported, of wall-clock time and of the process's CPU time (the
figure to read when other work shares the cores).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "eval" / "attrib-polnear-train" / "docs.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=200, help="0 = all")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--rounds", type=int, default=3, help="alternating timed rounds; medians are reported")
    a = ap.parse_args(argv)
    if not a.docs.exists():
        print(f"benchmark: no such file {a.docs}", file=sys.stderr)
        return 2

    from unfog.model import Document
    from unfog.pipeline import Pipeline

    docs = []
    with a.docs.open(encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            docs.append(Document(id=obj["id"], text=obj["text"], published=obj.get("published")))
            if a.limit and len(docs) >= a.limit:
                break
    chars = sum(len(d.text) for d in docs)

    t0 = time.perf_counter()
    pipe = Pipeline.from_settings()
    load = time.perf_counter() - t0

    list(pipe.nlp.pipe([d.text for d in docs[:10]]))
    list(pipe.analyze_many(docs[:10]))

    bare_runs, full_runs, bare_cpu, full_cpu = [], [], [], []
    for _ in range(a.rounds):  # alternate, and take medians: the machine's load varies
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in pipe.nlp.pipe([d.text for d in docs], batch_size=a.batch_size):
            pass
        bare_runs.append(time.perf_counter() - t0)
        bare_cpu.append(time.process_time() - c0)
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in pipe.analyze_many(docs, batch_size=a.batch_size):
            pass
        full_runs.append(time.perf_counter() - t0)
        full_cpu.append(time.process_time() - c0)
    bare, full = statistics.median(bare_runs), statistics.median(full_runs)
    cbare, cfull = statistics.median(bare_cpu), statistics.median(full_cpu)

    n = len(docs)
    print(f"documents: {n} ({chars / n:.0f} characters on average) from {a.docs}")
    print(f"pipeline load (model + gazetteer + lexicons): {load:.2f} s")
    print(f"bare spaCy nlp.pipe:   {1000 * bare / n:7.1f} ms/document")
    print(f"unfog analysis:        {1000 * full / n:7.1f} ms/document  ({full / bare:.2f}x bare spaCy)")
    print(f"CPU time: bare spaCy {1000 * cbare / n:.1f} ms/document, unfog {1000 * cfull / n:.1f} ms/document "
          f"({cfull / cbare:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
