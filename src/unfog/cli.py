"""The `unfog` command: parses arguments, calls pipeline / store, prints. No analysis here."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from unfog import __version__, scale_cli
from unfog.gazetteer_cli import gazetteer_app
from unfog.ingest import SUFFIXES, InputError, read_inputs
from unfog.ingest.dates import normalise_date
from unfog.model import AnalysisRecord, Document
from unfog.options import DbOpt
from unfog.serve.commands import export_command, serve_command
from unfog.settings import Settings
from unfog.stories.status import STATUSES

if TYPE_CHECKING:
    from unfog.service import Outcome
    from unfog.store import Store

app = typer.Typer(
    name="unfog",
    help=(
        "Lift the fog of war from the news: for every statement in an article, who claims what "
        "happened, where, when, to whom, through which channel and outlets.\n\n"
        "Start with:  unfog analyze examples/kharkiv-offensive.txt --published 2024-05-13\n\n"
        "Then:  unfog ingest examples/kharkiv-offensive.txt --published 2024-05-13;  unfog serve"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
app.add_typer(gazetteer_app, name="gazetteer")
db_app = typer.Typer(help="Look after the database: schema upgrades.", no_args_is_help=True)
app.add_typer(db_app, name="db")

err = Console(stderr=True, highlight=False)
out = Console(highlight=False)


def say(message: str) -> None:
    """One plain line on standard error (never wrapped, so it can be grepped)."""
    sys.stderr.write(f"unfog: {message}\n")
    sys.stderr.flush()

InputsArg = Annotated[
    list[str],
    typer.Argument(
        help=f"Files ({', '.join(SUFFIXES)}; what each is, is sniffed from its content), directories, "
        "URLs of pages or feeds, Telegram exports (result.json), or - for standard input.",
        show_default=False,
        metavar="INPUT",
    ),
]
PublishedOpt = Annotated[
    str | None,
    typer.Option(
        "--published",
        metavar="YYYY-MM-DD",
        help="Publication date (YYYY-MM-DD) for inputs that carry none; 'on Monday' is resolved against it.",
    ),
]


def _version(value: bool) -> None:
    if value:
        out.print(f"unfog {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """unfog: sourced, geocoded, typed records from conflict reporting."""


def _check_published(published: str | None) -> str | None:
    if published is None:
        return None
    value = normalise_date(published)
    if value is None or len(published.strip()) != 10:
        say(f"--published must be a date like 2023-05-23, not {published!r}")
        raise typer.Exit(2)
    return value


def reported(items: Iterable[Document | InputError]) -> Iterator[Document | InputError]:
    """The items, saying which documents are not in English (stored with their language, not analysed)."""
    from unfog.ingest.language import analysed

    for item in items:
        if isinstance(item, Document) and not analysed(item):
            say(f"{item.origin or item.id}: language '{item.language}', not English: kept without analysis")
        yield item


def _load_documents(inputs: list[str], published: str | None) -> tuple[list[Document], list[object]]:
    docs: list[Document] = []
    bad: list[object] = []
    for item in reported(read_inputs(inputs, published=published)):
        if isinstance(item, InputError):
            bad.append(item)
            say(f"skipped {item}")
        else:
            docs.append(item)
    return docs, bad


def _settings(place_adjectives: bool = False) -> Settings:
    """The settings of this run: the defaults (and UNFOG_* variables) with the command's options."""
    settings = Settings()
    if place_adjectives and not settings.place_adjectives:
        settings = dataclasses.replace(settings, place_adjectives=True)
    return settings


def _analyze_stream(
    docs: list[Document], quiet: bool, bad: list[object], settings: Settings | None = None
) -> Iterator[AnalysisRecord]:
    """The records of the documents that could be analysed; failures are reported and go to `bad`."""
    from unfog.nlp import ModelError
    from unfog.pipeline import AnalysisFailure, Pipeline

    try:
        pipeline = Pipeline.from_settings(settings or Settings())
    except ModelError as e:
        say(str(e))
        raise typer.Exit(3) from e

    def checked(items: Iterator[AnalysisRecord | AnalysisFailure]) -> Iterator[AnalysisRecord]:
        for item in items:
            if isinstance(item, AnalysisFailure):
                say(f"skipped {item}")
                bad.append(item)
            else:
                yield item

    show = not quiet and len(docs) > 1 and err.is_terminal
    if not show:
        yield from checked(pipeline.analyze_many(docs))
        return
    with Progress(
        TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err
    ) as progress:
        task = progress.add_task("analyse", total=len(docs))
        for rec in checked(pipeline.analyze_many(docs)):
            progress.advance(task)
            yield rec


def _exit_code(n_analysed: int, bad: list[object]) -> None:
    if bad:
        say(f"{len(bad)} input item(s) skipped, {n_analysed} analysed")
        raise typer.Exit(1)


@app.command()
def analyze(
    inputs: InputsArg,
    published: PublishedOpt = None,
    out_path: Annotated[
        Path | None,
        typer.Option("--out", "-o", metavar="FILE", help="Write one JSON record per document to this JSONL file."),
    ] = None,
    stories_path: Annotated[
        Path | None,
        typer.Option(
            "--stories", metavar="FILE",
            help="Also group events across the documents into stories, written here (JSONL).",
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    place_adjectives: Annotated[
        bool,
        typer.Option(
            "--place-adjectives",
            help="Also take adjectives of places used as modifiers ('the Syrian army') as place mentions "
            "(as GeoWebNews counts them); same as UNFOG_PLACE_ADJECTIVES=1.",
        ),
    ] = False,
) -> None:
    """Analyse articles: places, actors, claims (source, cue, content, channel, relays), events.

    Without --out, prints a readable summary. With --out, writes the records (format: docs/record-format.md).
    Bad input items are reported and skipped; the good ones are still analysed (exit code 1 if any was bad).

    \b
    Examples:
      unfog analyze examples/kharkiv-offensive.txt --published 2024-05-13
      unfog analyze examples/frontline-reports.jsonl --out records.jsonl --stories stories.jsonl
      cat examples/kharkiv-offensive.txt | unfog analyze - --published 2024-05-13
    """
    settings = _settings(place_adjectives)
    published = _check_published(published)
    docs, bad = _load_documents(inputs, published)
    if not docs:
        say("nothing to analyse")
        raise typer.Exit(1)
    records: list[AnalysisRecord] = []
    analysed = 0
    if out_path is not None:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        with out_path.open("w", encoding="utf-8") as fh:
            for rec in _analyze_stream(docs, quiet, bad, settings):
                fh.write(rec.model_dump_json() + "\n")
                analysed += 1
                if stories_path is not None:
                    records.append(rec)
    else:
        from unfog.render import print_record

        for rec in _analyze_stream(docs, quiet, bad, settings):
            print_record(out, rec)
            analysed += 1
            records.append(rec)
    if stories_path is not None:
        from unfog.stories import build_stories, load_rules

        stories = build_stories(records, load_rules(settings.knowledge))
        stories_path.parent.mkdir(parents=True, exist_ok=True)
        with stories_path.open("w", encoding="utf-8") as fh:
            for st in stories:
                fh.write(st.model_dump_json() + "\n")
    _exit_code(analysed, bad)


def _db(db: str | None) -> str:
    """The database the command works on: --db, else the settings' (UNFOG_DB, else the default file)."""
    return db or Settings().db


def _open_store(db: str | None, readonly: bool = False) -> Store:
    from unfog.store import SchemaError, Store

    try:
        return Store.open(_db(db), readonly=readonly)
    except SchemaError as e:
        say(str(e))
        raise typer.Exit(1) from e


def _run_service(outcomes: Iterable[Outcome], quiet: bool) -> tuple[int, int, int]:
    """Report each outcome as it comes; returns (stored, skipped, failed)."""
    counts = {"stored": 0, "skipped": 0, "failed": 0}
    show = not quiet and err.is_terminal
    with Progress(TextColumn("{task.description}"), TimeElapsedColumn(), console=err, disable=not show) as progress:
        task = progress.add_task("ingesting")
        for o in outcomes:
            counts[o.kind] += 1
            if o.kind == "failed":
                say(f"skipped {o.message}")
            progress.update(task, description=f"stored {counts['stored']}, skipped {counts['skipped']}")
    return counts["stored"], counts["skipped"], counts["failed"]


@app.command()
def ingest(
    inputs: InputsArg,
    published: PublishedOpt = None,
    db: DbOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")] = False,
    place_adjectives: Annotated[
        bool,
        typer.Option(
            "--place-adjectives",
            help="Also take adjectives of places used as modifiers ('the Syrian army') as place mentions "
            "(as GeoWebNews counts them); same as UNFOG_PLACE_ADJECTIVES=1.",
        ),
    ] = False,
) -> None:
    """Analyse articles and store the records in the database, updating the stories as each one is
    stored; the same document twice is stored once. Streams: a run stopped at any point can be
    started again and goes on where it stopped.

    List the stories with `unfog stories`.
    """
    from unfog.nlp import ModelError
    from unfog.service import IngestService

    published = _check_published(published)
    settings = _settings(place_adjectives)
    with _open_store(db) as store:
        service = IngestService(store, settings)
        try:
            items = reported(read_inputs(inputs, published=published))
            added, skipped, failed = _run_service(service.ingest(items), quiet)
        except ModelError as e:
            say(str(e))
            raise typer.Exit(3) from e
        total = store.count_documents()
        name = store.name
    out.print(f"stored {added} new document(s), {skipped} already there; {total} in {name}")
    if failed:
        say(f"{failed} input item(s) skipped, {added + skipped} analysed")
        raise typer.Exit(1)


@app.command()
def reanalyze(
    db: DbOpt = None,
    stale: Annotated[
        bool, typer.Option("--stale/--all", help="Only documents analysed with other model or knowledge files "
                           "(default), or all of them.")
    ] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")] = False,
) -> None:
    """Analyse stored documents again and update their stories: by default only those whose
    provenance (the fingerprint of the model and knowledge files) differs from this unfog's."""
    from unfog.service import IngestService

    with _open_store(db) as store:
        service = IngestService(store, _settings())
        done, _, failed = _run_service(service.reanalyze(stale_only=stale), quiet)
    out.print(f"analysed {done} document(s) again")
    if failed:
        raise typer.Exit(1)


@app.command()
def stories(
    db: DbOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON story a line instead of a table.")] = False,
    status: Annotated[
        str | None,
        typer.Option("--status", help=f"Only stories with this status: {', '.join(STATUSES)}."),
    ] = None,
) -> None:
    """List the stories in the database: events grouped across documents, corroborated or contested."""
    from unfog.render import print_stories

    if status is not None and status not in STATUSES:
        say(f"unknown status {status!r}; the statuses are {', '.join(STATUSES)}")
        raise typer.Exit(2)
    with _open_store(db, readonly=True) as store:
        items = store.stories(status=status)
        if as_json:
            for s in items:
                sys.stdout.write(s.model_dump_json() + "\n")
        else:
            print_stories(out, items, store.record)


@db_app.command("upgrade")
def db_upgrade(db: DbOpt = None) -> None:
    """Bring the database to this unfog's schema (keep a copy first), then rebuild what the upgrade
    asks for (the tables derived from the stored records, and the stories)."""
    from unfog.service import IngestService
    from unfog.store import SchemaError, Store

    target = _db(db)
    try:
        before, after = Store.upgrade(target)
    except SchemaError as e:
        say(str(e))
        raise typer.Exit(1) from e
    with _open_store(target) as store:
        n = IngestService(store, _settings()).reindex()
    if before == after:
        out.print(f"the database is at schema version {after} already")
    else:
        out.print(f"upgraded from schema version {before or '(new)'} to {after}; {n} document(s) indexed again")


@app.command()
def schema(
    out_path: Annotated[Path | None, typer.Option("--out", "-o", help="Write the schema here.")] = None,
) -> None:
    """Print the JSON Schema of the output record (one line per document of `analyze --out`)."""
    from unfog.schema import record_schema

    text = json.dumps(record_schema(), indent=2, ensure_ascii=False) + "\n"
    if out_path:
        out_path.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


app.command("serve")(serve_command)
app.command("export")(export_command)
app.command()(scale_cli.batch)
app.command()(scale_cli.watch)

if __name__ == "__main__":  # pragma: no cover
    app()
