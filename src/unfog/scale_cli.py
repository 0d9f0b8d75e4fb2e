"""The bodies of `unfog batch` and `unfog watch` (registered in :mod:`unfog.cli`)."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress, TextColumn, TimeElapsedColumn

from unfog.settings import Settings

err = Console(stderr=True, highlight=False)


def say(message: str) -> None:
    sys.stderr.write(f"unfog: {message}\n")
    sys.stderr.flush()


def batch(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, URLs, feeds, Telegram exports.",
                                                metavar="INPUT", show_default=False)],
    out_dir: Annotated[Path | None, typer.Option("--out", "-o", metavar="DIR",
                       help="Write Parquet files here, partitioned by publication date (published=YYYY-MM-DD).")
                       ] = None,
    db: Annotated[str | None, typer.Option("--db", metavar="FILE|URL",
                  help="Also (or instead) store the records in this database, with their stories.")] = None,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Worker processes of the local cluster.")
                       ] = 2,
    scheduler: Annotated[str | None, typer.Option("--scheduler", metavar="tcp://HOST:PORT",
                         help="Use this running Dask scheduler instead of a local cluster.")] = None,
    chunk: Annotated[int, typer.Option("--chunk", min=1, help="Documents per task.")] = 8,
    published: Annotated[str | None, typer.Option("--published", metavar="YYYY-MM-DD",
                         help="Publication date for inputs that carry none.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")] = False,
    retry_failed: Annotated[bool, typer.Option(
        "--retry-failed", help="Analyse again the documents an earlier run failed on (else skipped).")] = False,
) -> None:
    """Analyse many documents on a Dask cluster (a local one by default), one loaded pipeline per
    worker, writing Parquet (--out) and/or the database (--db). Run it again after a stop: documents
    already written are skipped, none is lost or written twice. Documents whose analysis failed are
    recorded with their errors (DIR/_failed.jsonl with --out, else beside the database) and skipped
    by later runs unless --retry-failed.

    \b
    Examples:
      unfog batch archive/ --out records/ --workers 2
      unfog batch corpus.jsonl --db postgresql://user@host/unfog --scheduler tcp://10.0.0.5:8786
    """
    from unfog.batch import BatchRun, FailedLog, local_client, remote_client
    from unfog.service import IngestService
    from unfog.store import Store

    if out_dir is None and db is None:
        say("give --out DIR and/or --db FILE|URL")
        raise typer.Exit(2)
    if published is not None:
        from unfog.ingest.dates import normalise_date

        if normalise_date(published) is None or len(published.strip()) != 10:
            say(f"--published must be a date like 2023-05-23, not {published!r}")
            raise typer.Exit(2)
    settings = Settings()
    if not scheduler:  # build the place-name index once here, not in every worker at the same time
        from unfog.geo import build_gazetteer, index_is_current

        if not index_is_current(settings.gazetteer_path):
            build_gazetteer(settings.gazetteer_path, console=err)
    store = Store.open(db) if db is not None else None
    client = remote_client(scheduler) if scheduler else local_client(workers)
    show = not quiet and err.is_terminal
    try:
        with Progress(TextColumn("{task.description}"), TimeElapsedColumn(), console=err, disable=not show) as bar:
            task = bar.add_task("starting workers")

            def report(kind: str, message: str) -> None:
                if kind == "failed":
                    say(f"skipped {message}")
                c = run.counts
                bar.update(task, description=f"analysed {c.done}, already done {c.skipped}, failed {c.failed}")

            service = IngestService(store, settings) if store is not None else None
            failed = FailedLog(failed_log_path(out_dir, db, settings))
            run = BatchRun(client, settings, out=out_dir, service=service, chunk=chunk, report=report,
                           failed=failed, retry_failed=retry_failed)
            try:
                counts = run.run(inputs, published=published)
            except Exception as e:  # a worker killed, a cluster gone: what was written stays
                c = run.counts
                say(f"batch stopped after {c.done} document(s) ({type(e).__name__}: {e}); run it again to go on")
                raise typer.Exit(1) from e
    finally:
        cluster = None if scheduler else client.cluster
        client.close()  # type: ignore[no-untyped-call]
        if cluster is not None:
            cluster.close()
        if store is not None:
            store.close()
    before = (f", {counts.failed_before} failed before (--retry-failed to try them again)"
              if counts.failed_before else "")
    sys.stdout.write(f"analysed {counts.done} document(s), {counts.skipped} already done, {counts.failed} failed"
                     f"{before}\n")
    if counts.failed:
        say(f"{counts.failed} failed (recorded in {failed.path}; a rerun skips them unless --retry-failed):")
        for message in counts.messages:
            say(f"  {message}")
        raise typer.Exit(1)


def failed_log_path(out_dir: Path | None, db: str | None, settings: Settings) -> Path:
    """Where a batch records the documents it failed on: under --out, else beside the SQLite
    database, else (a database server) in the user data directory, one file per database."""
    import hashlib

    from unfog.store.engine import database_url, sqlite_file

    if out_dir is not None:
        return out_dir / "_failed.jsonl"
    assert db is not None
    path = sqlite_file(database_url(db))
    if path is not None:
        return path.with_name(path.name + ".failed.jsonl")
    return settings.data_dir / f"batch-failed-{hashlib.sha256(db.encode()).hexdigest()[:12]}.jsonl"


def watch(
    config: Annotated[Path, typer.Argument(help="The watch configuration (YAML): sources and their intervals.",
                                           metavar="CONFIG")],
    db: Annotated[str | None, typer.Option("--db", metavar="FILE|URL",
                  help="Database (else the configuration's db:, else UNFOG_DB, else the default).")] = None,
    once: Annotated[bool, typer.Option("--once", help="Poll every source once and stop.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display (logs only).")] = False,
) -> None:
    """Keep a database up to date: poll feeds, pages, Telegram exports and directories on their
    intervals and ingest only what is new (by URL and text). Stopped or crashed, it starts again
    where it was. On a terminal it shows progress; otherwise it writes one JSON log line per event.

    \b
    CONFIG example:
      sources:
        - url: https://example.org/world/rss.xml
          every: 600
        - path: /exports/channel/result.json
          every: 3600
    """
    import json
    import time

    from unfog.ingest import Fetcher, Reader
    from unfog.service import IngestService
    from unfog.store import Store
    from unfog.watch import ConfigError, Watcher, load_config

    try:
        conf = load_config(config)
    except ConfigError as e:
        say(str(e))
        raise typer.Exit(2) from e
    settings = Settings()
    tty = err.is_terminal and not quiet
    counts = {"stored": 0, "skipped": 0, "failed": 0}
    with Store.open(db or conf.db or settings.db) as store, Progress(
        TextColumn("{task.description}"), TimeElapsedColumn(), console=err, disable=not tty
    ) as bar:
        task = bar.add_task(f"watching {len(conf.sources)} source(s)")

        def log(event: str, fields: dict[str, object]) -> None:
            if event in counts:
                counts[event] += 1
            if tty:
                if event == "failed":
                    say(f"{fields.get('source')}: {fields.get('message')}")
                elif event == "not analysed":
                    say(f"{fields.get('id')}: language '{fields.get('language')}', not English: kept without analysis")
                bar.update(task, description=f"watching {len(conf.sources)} source(s): stored {counts['stored']}, "
                           f"already there {counts['skipped']}, failed {counts['failed']}")
            else:
                sys.stderr.write(json.dumps({"time": round(time.time(), 3), "event": event, **fields}) + "\n")
                sys.stderr.flush()

        reader = Reader(Fetcher(allow_private=settings.allow_private_urls))
        watcher = Watcher(conf, IngestService(store, settings), reader, log)
        with contextlib.suppress(KeyboardInterrupt):
            watcher.run(once=once)
    sys.stdout.write(f"stored {counts['stored']} new document(s), {counts['skipped']} already there\n")
