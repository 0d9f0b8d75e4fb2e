"""Batch analysis on Dask: the documents of many inputs analysed on a cluster's workers, written to
Parquet partitioned by publication date and/or stored in the database through the ingest service.

    driver (this process)                        workers (one loaded Pipeline each)
    read inputs, skip what is done  ──chunks──>  analyse_chunk: Pipeline.analyze_many
    write Parquet / store, in input order <───── Parquet rows (record JSON)

- One pipeline per worker: :class:`PipelinePlugin` loads it once when the worker starts; tasks
  find it through ``get_worker()``. Worker functions live here, in an importable module, so that
  worker processes can unpickle them.
- Streaming with bounded memory: inputs are read lazily (JSONL a line at a time), at most
  ``2 x workers`` chunks are in flight and ``4 x workers`` held (done ones wait for a slower
  earlier one), and results are written as soon as every earlier chunk is.
- Resuming: a document is done when its id is in a Parquet file under ``--out`` (each file is
  written to a temporary name and renamed, so a file is whole or absent) or when the store has it
  (each document stored in one transaction by :class:`~unfog.service.IngestService`). A rerun after a
  kill skips the done documents and does the rest; results are committed in input order, so a
  rerun stores documents in the same order as an uninterrupted run would.
- Failures: a document whose analysis fails (too long, a stage's error) is recorded with its error
  in a JSON-lines file (:class:`FailedLog`; ``_failed.jsonl`` under ``--out``, which Parquet readers
  pass over); a rerun skips it, by id and text, unless told to retry failed documents (a document
  whose text has changed is tried again). Unreadable inputs are not documents: they are reported
  on every run.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from distributed.diagnostics.plugin import WorkerPlugin

from unfog.ingest import InputError, Reader
from unfog.model import AnalysisRecord, Document
from unfog.settings import Settings

if TYPE_CHECKING:
    from distributed import Client

    from unfog.service import IngestService

PLUGIN = "unfog-pipeline"
QUIET = "unfog-quiet"
CHUNK = 8
UNDATED = "unknown"


class PipelinePlugin(WorkerPlugin):
    """A worker plugin that loads the analysis pipeline once per worker."""

    name = PLUGIN

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.pipeline: Any = None

    def setup(self, worker: Any) -> None:
        from unfog.pipeline import Pipeline

        self.pipeline = Pipeline.from_settings(self.settings)

    def teardown(self, worker: Any) -> None:
        self.pipeline = None


class QuietPlugin(WorkerPlugin):
    """A worker plugin that applies :data:`QUIET_DASK` to a running worker: on an existing cluster
    (``--scheduler``) the workers were started with their own configuration, so the settings a
    LocalCluster passes its workers are applied here. The statistical profiler's periodic callbacks
    are stopped; the event-loop tick and the system monitor get the longer intervals; the worker's
    logs of recent stimuli (which hold every task's arguments: the documents) and messages are cut
    to :data:`LOG_LENGTH` entries. (On Python
    other than 3.11, Dask also starts a thread sampling the event loop's stack when the profiler is
    enabled; only the worker's own configuration can keep it from starting: start the workers with
    ``DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False``.)"""

    name = QUIET

    def setup(self, worker: Any) -> None:
        import dask.config
        from dask.utils import parse_timedelta

        dask.config.set(QUIET_DASK)  # what the worker reads from now on
        for name in ("profile", "profile-cycle"):
            pc = worker.periodic_callbacks.pop(name, None)
            if pc is not None:
                pc.stop()
        tick = parse_timedelta(str(QUIET_DASK["distributed.admin.tick.interval"]), default="ms")
        worker._tick_interval = worker._tick_interval_observed = tick
        monitor = parse_timedelta(str(QUIET_DASK["distributed.admin.system-monitor.interval"]))
        for name, seconds in (("tick", tick), ("monitor", monitor)):
            if name in worker.periodic_callbacks:
                worker.periodic_callbacks[name].callback_time = seconds * 1000
        state, stream = worker.state, getattr(worker, "batched_stream", None)
        state.log = deque(state.log, maxlen=LOG_LENGTH)
        state.stimulus_log = deque(state.stimulus_log, maxlen=LOG_LENGTH)
        if stream is not None:
            stream.recent_message_log = deque(stream.recent_message_log, maxlen=LOG_LENGTH)


def has_pipeline(dask_worker: Any) -> bool:
    """On a worker: whether its pipeline is loaded already."""
    return PLUGIN in dask_worker.plugins


# ("ok", a Parquet row: the record as JSON and its columns) or ("failed", {"id", "key", "error"})
Result = tuple[str, Any]


def failure_key(doc: Document) -> str:
    """What identifies a failed document: its id and its text (changed, it is tried again)."""
    return f"{doc.id}\x00{hashlib.sha256(doc.text.encode('utf-8')).hexdigest()[:16]}"


def analyse_chunk(docs: list[str]) -> list[Result]:
    """On a worker: analyse documents (JSON) with the worker's pipeline; per document, in order,
    ("ok", its Parquet row) or ("failed", the document's id, key and error). The row carries the
    record as JSON, serialised once here: the driver writes it as it is and parses it only to store
    it in a database."""
    from distributed import get_worker

    from unfog.pipeline import AnalysisFailure

    plugin: Any = get_worker().plugins[PLUGIN]
    out: list[Result] = []
    for res in plugin.pipeline.analyze_many(Document.model_validate_json(d) for d in docs):
        if isinstance(res, AnalysisFailure):
            out.append(("failed", {"id": res.document.id, "key": failure_key(res.document), "error": str(res)}))
        else:
            out.append(("ok", _row(res)))
    return out


@dataclass
class Counts:
    done: int = 0
    skipped: int = 0
    failed: int = 0
    failed_before: int = 0  # failed in an earlier run, not tried again
    words: int = 0
    messages: list[str] = field(default_factory=list)  # this run's failures


class FailedLog:
    """The documents whose analysis failed: one JSON line each (id, key, error, time), appended and
    flushed as they fail, so that a killed run keeps them too."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def keys(self) -> set[str]:
        if not self.path.exists():
            return set()
        out: set[str] = set()
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                out.add(str(json.loads(line)["key"]))
            except (ValueError, KeyError, TypeError):  # a line cut short by a kill
                continue
        return out

    def add(self, failure: dict[str, str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps({**failure, "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}) + "\n")


class ParquetSink:
    """Parquet files under ``root/published=YYYY-MM-DD/``, one per chunk and date, written whole."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)

    def done_ids(self) -> set[str]:
        import pyarrow.parquet as pq

        ids: set[str] = set()
        for path in sorted(self.root.glob("published=*/*.parquet")):
            ids.update(str(v) for v in pq.read_table(path, columns=["id"]).column("id").to_pylist())
        return ids

    def write(self, rows: list[dict[str, Any]]) -> None:
        """Write rows (from :func:`_row`), one file per publication date."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        by_date: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            by_date.setdefault(row["published"] or UNDATED, []).append(row)
        for date, group in by_date.items():
            table = pa.Table.from_pylist(group, schema=_schema())
            key = hashlib.sha1("\x00".join(r["id"] for r in group).encode()).hexdigest()[:16]
            folder = self.root / f"published={date}"
            folder.mkdir(exist_ok=True)
            tmp = folder / f".part-{key}.parquet.tmp"
            pq.write_table(table, tmp)
            os.replace(tmp, folder / f"part-{key}.parquet")


def _schema() -> Any:
    import pyarrow as pa

    return pa.schema([
        ("id", pa.string()), ("outlet", pa.string()), ("title", pa.string()), ("url", pa.string()),
        ("language", pa.string()), ("origin", pa.string()), ("places", pa.int32()), ("claims", pa.int32()),
        ("events", pa.int32()), ("record", pa.string()),
    ])


def _row(rec: AnalysisRecord) -> dict[str, Any]:
    """A record's Parquet row; ``published`` and ``words`` are for the driver (not columns)."""
    d = rec.document
    return {"id": d.id, "outlet": d.outlet, "title": d.title, "url": d.url, "language": d.language,
            "origin": d.origin, "places": len(rec.places), "claims": len(rec.claims), "events": len(rec.events),
            "record": rec.model_dump_json(), "published": d.published, "words": len(d.text.split())}


def chunks(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for doc in items:
        batch.append(doc)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class BatchRun:
    """One batch: inputs -> cluster -> Parquet and/or the store. ``report`` hears every outcome."""

    def __init__(self, client: Client, settings: Settings, out: Path | None = None,
                 service: IngestService | None = None, chunk: int = CHUNK,
                 report: Callable[[str, str], None] | None = None, failed: FailedLog | None = None,
                 retry_failed: bool = False) -> None:
        self.client = client
        self.settings = settings
        self.sink = ParquetSink(out) if out is not None else None
        self.service = service
        self.chunk = chunk
        self.report = report or (lambda kind, message: None)
        self.counts = Counts()
        self.done: set[str] = set()
        self.failed = failed
        self.retry_failed = retry_failed
        self.failed_before: set[str] = set()

    def run(self, inputs: list[str], published: str | None = None) -> Counts:
        from distributed import as_completed

        self.client.register_plugin(QuietPlugin(), name=QUIET)  # idempotent: a cheap setup again
        loaded = self.client.run(has_pipeline)
        if not loaded or not all(loaded.values()):  # registering again would load every pipeline again
            self.client.register_plugin(PipelinePlugin(self.settings), name=PLUGIN)
        self.done = self.sink.done_ids() if self.sink is not None else set()
        self.failed_before = self.failed.keys() if self.failed is not None and not self.retry_failed else set()
        todo = chunks(self._new(Reader().read(inputs, published=published)), self.chunk)
        workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        futures: dict[Any, int] = {}
        finished: dict[int, list[Result]] = {}
        next_commit = 0
        pending = as_completed()  # type: ignore[no-untyped-call]
        for submitted, batch in enumerate(todo):
            fut = self.client.submit(analyse_chunk, [d.model_dump_json() for d in batch], pure=False)
            futures[fut] = submitted
            pending.add(fut)  # type: ignore[no-untyped-call]
            # at most 2 chunks a worker in flight, and 4 a worker held (in flight, or done and waiting
            # for an earlier, slower one to be committed first)
            while len(futures) >= 2 * workers or len(futures) + len(finished) >= 4 * workers:
                next_commit = self._collect(next(pending), futures, finished, next_commit)
        for fut in pending:
            next_commit = self._collect(fut, futures, finished, next_commit)
        return self.counts

    def _new(self, items: Iterator[Document | InputError]) -> Iterator[Document]:
        """The documents not done yet: done means written to every place this batch writes to."""
        for item in items:
            if isinstance(item, InputError):
                self.counts.failed += 1
                self.counts.messages.append(str(item))
                self.report("failed", str(item))
            elif (self.sink is None or item.id in self.done) and (
                self.service is None or self.service.store.has_document(item)
            ):
                self.counts.skipped += 1
                self.report("skipped", item.id)
            elif self.failed_before and failure_key(item) in self.failed_before:
                self.counts.failed_before += 1
                self.report("failed before", item.id)
            else:
                yield item

    def _collect(self, fut: Any, futures: dict[Any, int], finished: dict[int, list[Result]],
                 next_commit: int) -> int:
        finished[futures.pop(fut)] = fut.result()
        while next_commit in finished:  # commit in input order
            self._commit(finished.pop(next_commit))
            next_commit += 1
        return next_commit

    def _commit(self, results: list[Result]) -> None:
        rows: list[dict[str, Any]] = []
        for kind, payload in results:
            if kind == "failed":
                self.counts.failed += 1
                self.counts.messages.append(payload["error"])
                if self.failed is not None:
                    self.failed.add(payload)
                self.report("failed", payload["error"])
            else:
                rows.append(payload)
        if self.sink is not None:
            fresh = [r for r in rows if r["id"] not in self.done]
            if fresh:
                self.sink.write(fresh)
        for row in rows:
            if self.service is not None:
                self.service.store_record(AnalysisRecord.model_validate_json(row["record"]))
            self.counts.done += 1
            self.counts.words += row["words"]
            self.report("done", row["id"])


# One thread per worker process, and one for the numeric libraries inside it: with more, the threads
# of two workers on two cores contend (Dask's nanny sets these by default; here they do not hang on a
# configuration file).
ONE_THREAD = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}
# Dask's own upkeep, which on two shared cores takes CPU from the analysis: the worker's statistical
# profiler (a stack sample of the task thread every 10 ms, holding the GIL) off; the event-loop health
# check every 20 ms and the system monitor every 500 ms made rarer. Nannies pass this configuration on
# to their worker processes.
# And bounded memory: Dask keeps, for its developers, the last 1,000 messages of every batched
# stream (client -> scheduler, scheduler -> each worker, each worker -> scheduler), the last 1,000
# stimuli of each worker and 1,000 transitions; the messages and stimuli that start a task hold its
# arguments, the documents (about 8 x 7 kB a chunk here), so the driver (client and scheduler) and the
# workers grew by the documents of the last 1,000 tasks: on 5,000 documents (625 chunks), all of them.
# LOG_LENGTH entries are kept instead.
# On workers of an existing cluster, :class:`QuietPlugin` applies these; its scheduler needs
# DASK_DISTRIBUTED__ADMIN__LOW_LEVEL_LOG_LENGTH set where it is started (see the README).
LOG_LENGTH = 20
QUIET_DASK = {"distributed.worker.profile.enabled": False, "distributed.admin.tick.interval": "500ms",
              "distributed.admin.system-monitor.interval": "2s", "distributed.admin.low-level-log-length": LOG_LENGTH}


def remote_client(address: str) -> Client:
    """A client of an existing scheduler, its own message log bounded (:data:`QUIET_DASK`)."""
    import dask.config
    from distributed import Client

    dask.config.set(QUIET_DASK)
    return Client(address)  # type: ignore[no-untyped-call]


def local_client(workers: int) -> Client:
    """A LocalCluster of ``workers`` processes, one thread each (spaCy and the stages hold the GIL)."""
    import dask.config
    from distributed import Client, LocalCluster

    dask.config.set(QUIET_DASK)  # this process is the scheduler's and the nannies' too
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                           silence_logs=40, memory_limit=0, env=ONE_THREAD)  # type: ignore[no-untyped-call]
    return Client(cluster)  # type: ignore[no-untyped-call]
