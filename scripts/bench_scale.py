#!/usr/bin/env python3
"""Throughput benchmark (a script, not a timed test): on the articles of attrib-polnear-train, in one
run, bare spaCy ``nlp.pipe`` (the same model, the same texts), ``unfog analyze`` and ``unfog batch``
on 1 and 2 local workers: documents/s and words/s once loaded, the wall time with loading, the peak
memory of the whole process tree (sampled), and the ratios the issue asks for.

    python scripts/bench_scale.py --limit 100                      # the first 100 articles
    python scripts/bench_scale.py --limit 100 --memory 50,500      # and batch peak memory at two sizes
    python scripts/bench_scale.py --limit 200 --modes spacy,analyze,pair   # no batch; and both in turns

Measured (``--limit 80``, 2 cores shared with five other engineers' work, load average 6-13, so
every process got a fraction of a core; figures are noisy and the wall-clock ratios say little):

                               docs   docs/s   words/s  load s  wall s  peak MB   CPU s
    spaCy nlp.pipe               80     1.91      1339     4.3    47.2      758    14.1
    unfog analyze                80     1.48      1036     5.1    60.6      796    20.6
    unfog batch, 1 worker        80     1.26       883     8.5    74.0      582    26.5
    unfog batch, 2 workers       80     1.42       996    14.0    73.8      885    30.8
    analyze / nlp.pipe: 0.77 (0.83 in an earlier run); batch 2 workers / 1 worker: 1.13 (0.90 earlier)

    batch (2 workers), --memory 40,400 --pool 40 (the same 40 articles, copies beyond):
    peak 698 MB at 40 documents, 771 MB at 400 (1.10; largest worker 299 -> 327 MB)

Measured (``--limit 200``, load average 4.5-5.5 on 2 cores shared with other engineers' work):

                               docs   docs/s   words/s  load s  wall s  peak MB   CPU s  run CPU s  cores
    spaCy nlp.pipe              200     6.44      3929     1.3    32.7      739    30.7       29.4   0.95
    unfog analyze               200     5.25      3201     1.9    40.6      781    37.7       35.7   0.94
    unfog batch, 1 worker       200     4.54      2772     3.4    48.3      575    43.4       40.4   0.92
    unfog batch, 2 workers      200     3.76      2295     5.9    61.6      848    46.5       40.8   0.77
    (batch run CPU s: 1 worker: driver 1.0, worker 39.4; 2 workers: driver 1.1, workers 19.3, 20.5)

Batch memory, ``--memory 500,5000 --pool 200 --skip-table`` (copies of the first 200 articles, 2
workers; load average 6-11 on the 2 shared cores, the full test suite running beside it for 40 min):

    before (Dask's 1,000-entry message logs): peak 973 MB at 500, 1,305 MB at 5,000 (1.34)
    after (LOG_LENGTH = 20):                  peak 926 MB at 500,   981 MB at 5,000 (1.06)
        largest worker 441 -> 445 MB, driver 144 -> 184 MB, sum of each process's own peak 1,036 -> 1,086 MB;
        1.32 and 1.48 documents/s
    (of the driver's 40 MB, some 20 were this script's list of the 5,000 texts, counted since then a
    line at a time; the peak of the sum also grows with the run's length because two workers' peaks,
    on the longest chunks, coincide more often in a longer run: each worker's own peak does not grow)

The two workers together got 0.77 of a core from the machine, less than the one worker alone did
(0.92); the Dask task stream shows each worker always busy (gaps between its tasks <= 0.05 s), so
the wall-clock ratio there (0.83) measures the neighbours' load, not the batch. The CPU the batch
spends is the measure it controls: the same 40 run CPU s on one worker or two, 4.7 s (13%) over
analyze's run; 43.4 CPU s in all, 5.7 over analyze (before the workers sent Parquet rows and Dask's
upkeep was quieted: 51 CPU s, 14 over analyze).

After the speed work of issue 17 (``--limit 200``; load average 10-13 on the 2 cores, five other
engineers' tests and evaluations, so a process got 0.1-0.3 of a core and the CPU seconds of two
separate runs of the same code differed by up to a fifth; ``--modes pair`` runs bare spaCy and
analyze in turns, 32 documents at a time, in one process, so that both work under the same load):

                                    run CPU s nlp.pipe   run CPU s analyze   nlp.pipe / analyze
    before, in turns (two runs)         27.4, 29.1           35.8, 36.4          0.77, 0.80
    after, in turns (two runs)          28.9, 27.8           31.8, 31.1          0.91, 0.89
    before, separate runs               32.4                 36.3                0.89
    after, separate runs                26.7, 26.9           31.8, 34.4          0.84, 0.78

The work analyze adds to the bare parse went from 0.25-0.31 of it to 0.10-0.12. Most of the gain is
in the parse itself, with the same result token for token (``unfog.attributes``): the model's
attribute ruler (a generic Matcher over every token, 3.0 CPU s on these 200 articles) becomes 0.5 s
and its lemmatizer (2.0 s, its index lists searched word by word) 0.3 s; the rest from the stages
(Doc.text rebuilt per description actor, per-token Token objects in lines.py, the time regex, the
garbage collector walking the loaded model). Records are byte-identical before and after on seed,
attrib-polnear, event-case, event-plover, modality-uw, geo-gwn, dedup-gvc and seed-ghouta.

The whole training set, all branches merged (no ``--limit``; a quiet machine, load < 1.2 before):

                               docs   docs/s   words/s  load s  wall s  peak MB   CPU s  run CPU s  cores
    spaCy nlp.pipe              840     6.44      4791     1.0   131.9      967   131.7      130.3   1.00
    unfog analyze               840     5.34      3969     2.4   160.2      987   159.7      157.2   1.00
    unfog batch, 1 worker       840     4.93      3667     3.9   175.0      576   178.5      174.2   1.02
    unfog batch, 2 workers      840     9.22      6857     3.0    94.6      917   184.0      178.6   1.96
    analyze / nlp.pipe: 0.83; batch 2 workers / 1 worker: 1.87
    (on --limit 200 the batch ratio was 1.66-1.69: each of two workers warms its own caches, the
    gazetteer's lookups and the lemma and attribute tables, on half as many documents; two bare
    spaCy processes side by side spend 13.9 CPU s each where one alone spends 14.4, so the cores
    do not slow each other)

    --memory 500,5000 --pool 200 --skip-table, quiet but for one test run: peak 887 MB at 500
    documents, 959 MB at 5,000 (1.08; largest worker 450 -> 454 MB, driver 141 -> 143 MB)

Each measurement runs in a child process (``--child MODE``) so that models are loaded afresh and
memory is its own. Throughput is measured after loading (the model for spaCy and analyze; the
cluster and one pipeline per worker for batch). CPU s is the CPU time of the whole process tree
(loading included): on a machine shared with other work, wall-clock ratios say little about what
two workers would do on two free cores, and CPU time per document says how much work a mode adds.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" if (ROOT.parent / "shared").is_dir() else Path("/work/shared")
DOCS = SHARED / "eval" / "attrib-polnear-train" / "docs.jsonl"


def pair(path: Path, chunk: int = 32) -> dict[str, Any]:
    """In the child: bare spaCy and ``unfog analyze`` loaded side by side, then run in turns on the
    same chunks of documents (which goes first alternates), the CPU seconds of each summed. On a
    machine shared with other work both then run under the same load, so their ratio holds still
    where two separate runs' figures swing by a tenth."""
    import spacy

    from unfog.ingest import read_inputs
    from unfog.model import Document
    from unfog.pipeline import Pipeline
    from unfog.settings import SPACY_MODEL

    nlp = spacy.load(SPACY_MODEL)
    pipeline = Pipeline.from_settings()
    docs = [d for d in read_inputs([str(path)]) if isinstance(d, Document)]
    cpu = {"spacy": 0.0, "analyze": 0.0}
    for n, k in enumerate(range(0, len(docs), chunk)):
        part = docs[k : k + chunk]
        for mode in ("spacy", "analyze") if n % 2 == 0 else ("analyze", "spacy"):
            c = time.process_time()
            if mode == "spacy":
                for _ in nlp.pipe([d.text for d in part], batch_size=32):
                    pass
            else:
                for _ in pipeline.analyze_many(part):
                    pass
            cpu[mode] += time.process_time() - c
    return {"docs": len(docs), "spacy_cpu_s": cpu["spacy"], "analyze_cpu_s": cpu["analyze"]}


def child(mode: str, path: Path, workers: int) -> dict[str, Any]:
    """In the child: load, then time the work; returns the timings."""
    if mode == "pair":
        return pair(path)
    n = words = 0
    for line in path.open(encoding="utf-8"):  # counted a line at a time: a batch's driver holds no texts
        if line.strip():
            n, words = n + 1, words + len(json.loads(line)["text"].split())
    texts: list[str] = []
    if mode != "batch":
        texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    t0 = time.perf_counter()
    worker_cpu: dict[str, float] = {}
    if mode == "spacy":
        import spacy

        from unfog.settings import SPACY_MODEL

        nlp = spacy.load(SPACY_MODEL)
        t1, c1 = time.perf_counter(), time.process_time()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
    elif mode == "analyze":
        from unfog.ingest import read_inputs
        from unfog.model import Document
        from unfog.pipeline import Pipeline

        pipeline = Pipeline.from_settings()
        t1, c1 = time.perf_counter(), time.process_time()
        docs = (d for d in read_inputs([str(path)]) if isinstance(d, Document))
        for _ in pipeline.analyze_many(docs):
            pass
    else:
        from unfog.batch import BatchRun, PipelinePlugin, local_client
        from unfog.settings import Settings

        client = local_client(workers)
        client.register_plugin(PipelinePlugin(Settings()), name="unfog-pipeline")
        worker_cpu = client.run(time.process_time)
        t1, c1 = time.perf_counter(), time.process_time()
        with tempfile.TemporaryDirectory() as out:
            BatchRun(client, Settings(), out=Path(out)).run([str(path)])
        after = client.run(time.process_time)
        worker_cpu = {k: after[k] - v for k, v in worker_cpu.items()}
    t2, c2 = time.perf_counter(), time.process_time()
    if mode == "batch":
        client.close()  # type: ignore[no-untyped-call]
    # CPU seconds of the run (after loading): this process (for batch: the driver, with the scheduler
    # and nannies) and each worker
    return {"docs": n, "words": words, "load_s": t1 - t0, "run_s": t2 - t1, "run_cpu_s": c2 - c1,
            "worker_cpu_s": sorted(worker_cpu.values())}


def measure(mode: str, path: Path, workers: int = 1) -> dict[str, Any]:
    """Run a child and sample the peak resident memory of its process tree."""
    import psutil

    cmd = [sys.executable, __file__, "--child", mode, "--docs", str(path), "--workers", str(workers)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    peak = top = 0
    cpu: dict[int, float] = {}  # CPU seconds of each process of the tree, last seen
    own: dict[int, int] = {}  # each process's own peak
    done = threading.Event()

    def sample() -> None:
        nonlocal peak, top
        p = psutil.Process(proc.pid)
        while not done.is_set():
            rss = 0
            try:
                for c in [p, *p.children(recursive=True)]:
                    mine = c.memory_info().rss
                    rss += mine
                    own[c.pid] = max(own.get(c.pid, 0), mine)
                    top = max(top, mine) if c.pid != proc.pid else top
                    t = c.cpu_times()
                    cpu[c.pid] = t.user + t.system
            except psutil.Error:
                pass
            peak = max(peak, rss)
            time.sleep(0.2)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    out, _ = proc.communicate()
    done.set()
    thread.join()
    if proc.returncode != 0:
        raise SystemExit(f"{mode} failed ({proc.returncode})")
    res: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    res.update(wall_s=time.perf_counter() - t0, peak_mb=peak / 2**20, cpu_s=sum(cpu.values()),
               worker_mb=top / 2**20, driver_mb=own.get(proc.pid, 0) / 2**20,
               sum_of_peaks_mb=sum(own.values()) / 2**20)
    return res


def subset(n: int, tmp: Path, pool: int = 0) -> Path:
    """The first n articles; beyond the set's size (or the first ``pool``), copies of them."""
    lines = [line for line in DOCS.open(encoding="utf-8") if line.strip()][: pool or None]
    reps = [json.loads(line) for line in lines]
    out = tmp / f"docs-{n}-{pool}.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for i in range(n):  # beyond the set's size, copies with ids of their own
            d = dict(reps[i % len(reps)])
            if i >= len(reps):
                d["id"] = f"{d['id']}-copy{i // len(reps)}"
                d["text"] = f"Copy {i // len(reps)}. {d['text']}"
            fh.write(json.dumps(d) + "\n")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="Only the first N articles (0: all).")
    ap.add_argument("--memory", default="", help="Also batch (2 workers) peak memory at these sizes, e.g. 50,500.")
    ap.add_argument("--pool", type=int, default=0,
                    help="Memory runs draw from the first N articles (copies beyond), so that sizes differ in "
                    "count only, not in their longest article.")
    ap.add_argument("--skip-table", action="store_true", help="Only the memory runs.")
    ap.add_argument("--modes", default="spacy,analyze,batch",
                    help="The rows to measure, of spacy, analyze, batch (its 1 and 2 workers), and pair "
                    "(nlp.pipe and analyze in turns in one process: their CPU ratio under the same load).")
    ap.add_argument("--child", default="")
    ap.add_argument("--docs", type=Path, default=DOCS)
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.docs, args.workers)))
        return
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        path = subset(args.limit, tmp) if args.limit else DOCS
        if args.skip_table:
            path = Path()
        print(f"{'':24} {'docs':>6} {'docs/s':>8} {'words/s':>9} {'load s':>7} {'wall s':>7} {'peak MB':>8} "
              f"{'CPU s':>7} {'run CPU s':>10} {'cores':>6}", flush=True)
        rows: dict[str, dict[str, Any]] = {}
        modes = (("spaCy nlp.pipe", "spacy", 1), ("unfog analyze", "analyze", 1),
                 ("unfog batch, 1 worker", "batch", 1), ("unfog batch, 2 workers", "batch", 2))
        wanted = set(args.modes.split(","))
        for name, mode, workers in modes if not args.skip_table else ():
            if mode not in wanted:
                continue
            r = rows[name] = measure(mode, path, workers)
            run_cpu = r["run_cpu_s"] + sum(r["worker_cpu_s"])
            print(f"{name:24} {r['docs']:6d} {r['docs'] / r['run_s']:8.2f} {r['words'] / r['run_s']:9.0f} "
                  f"{r['load_s']:7.1f} {r['wall_s']:7.1f} {r['peak_mb']:8.0f} {r['cpu_s']:7.1f} {run_cpu:10.1f} "
                  f"{run_cpu / r['run_s']:6.2f}", flush=True)
            if r["worker_cpu_s"]:
                print(f"{'':24} run CPU s: driver {r['run_cpu_s']:.1f}, workers "
                      + ", ".join(f"{c:.1f}" for c in r["worker_cpu_s"]), flush=True)
        if "pair" in wanted and not args.skip_table:
            cmd = [sys.executable, __file__, "--child", "pair", "--docs", str(path)]
            out = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, env=os.environ.copy(), check=True).stdout
            turns = json.loads(out.strip().splitlines()[-1])
            bare, ours = turns["spacy_cpu_s"], turns["analyze_cpu_s"]
            print(f"in turns, {turns['docs']} docs: run CPU s nlp.pipe {bare:.1f}, analyze {ours:.1f}; "
                  f"nlp.pipe / analyze {bare / ours:.2f}", flush=True)
        rate = {k: r["docs"] / r["run_s"] for k, r in rows.items()}
        cpu = {k: r["run_cpu_s"] + sum(r["worker_cpu_s"]) for k, r in rows.items()}
        if {"unfog analyze", "spaCy nlp.pipe"} <= set(rows):
            print(f"analyze / nlp.pipe: {rate['unfog analyze'] / rate['spaCy nlp.pipe']:.2f} (docs/s), "
                  f"{cpu['spaCy nlp.pipe'] / cpu['unfog analyze']:.2f} (run CPU s, nlp.pipe / analyze)")
        if {"unfog batch, 2 workers", "unfog batch, 1 worker"} <= set(rows):
            print(f"batch 2 workers / 1 worker: {rate['unfog batch, 2 workers'] / rate['unfog batch, 1 worker']:.2f}")
        if args.memory:
            sizes = [int(s) for s in args.memory.split(",")]
            peaks = {}
            for n in sizes:
                r = measure("batch", subset(n, tmp, args.pool), 2)
                peaks[n] = r["peak_mb"]
                print(f"batch (2 workers) on {n} documents: peak {peaks[n]:.0f} MB (largest worker "
                      f"{r['worker_mb']:.0f} MB, driver {r['driver_mb']:.0f} MB, sum of the processes' own peaks "
                      f"{r['sum_of_peaks_mb']:.0f} MB), {r['docs'] / r['run_s']:.2f} docs/s", flush=True)
            print("batch (2 workers) peak MB by size: " + ", ".join(f"{n}: {p:.0f}" for n, p in peaks.items())
                  + f"; ratio {peaks[sizes[-1]] / peaks[sizes[0]]:.2f}")


if __name__ == "__main__":
    main()
