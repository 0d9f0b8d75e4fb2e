"""`unfog serve` and `unfog export` (registered by ``unfog.cli``; the web stack is imported only
when a command runs)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from unfog.options import DbOpt
from unfog.serve.exports import FORMATS
from unfog.settings import Settings


def _say(message: str) -> None:
    sys.stderr.write(f"unfog: {message}\n")


def _open(db: str | None, readonly: bool):  # type: ignore[no-untyped-def]
    from unfog.store import SchemaError, Store

    try:
        return Store.open(db or Settings().db, readonly=readonly)
    except SchemaError as e:
        _say(str(e))
        raise typer.Exit(1) from e


def serve_command(
    db: DbOpt = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
) -> None:
    """Serve the HTTP API and the web page (map, timeline, stories and the claims behind them).

    Read-only unless UNFOG_API_TOKEN is set: then POST /api/documents with
    "Authorization: Bearer <token>" analyses and stores documents. UNFOG_CORS_ORIGINS allows other
    origins (none by default); UNFOG_MAX_BODY limits request bodies (bytes, default 2 MB).

    \b
    Examples:
      unfog ingest examples/kharkiv-offensive.txt --published 2024-05-13
      unfog serve --port 8000        then open http://127.0.0.1:8000/ (API: /docs)
    """
    import uvicorn

    from unfog.serve.api import create_app
    from unfog.serve.config import ServeConfig

    config = ServeConfig()
    store = _open(db, readonly=config.token is None)

    def service():  # type: ignore[no-untyped-def]
        from unfog.service import IngestService

        return IngestService(store, Settings())

    from unfog.serve.exports import Tables

    app = create_app(store, config, service, Tables.load(Settings().knowledge))
    mode = "read-write (token set)" if config.token else "read-only"
    _say(f"serving {store.name} ({mode}) on http://{host}:{port}/")
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        store.close()


def export_command(
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)}.")],
    db: DbOpt = None,
    out_path: Annotated[Path | None, typer.Option("--out", "-o", metavar="FILE",
                                                  help="Write here (default: standard output).")] = None,
) -> None:
    """Export the database: ACLED-style CSV (one row per story), GeoJSON (for QGIS), PLOVER JSON
    (one record a line) or the analysis records (JSONL).

    \b
    Examples:
      unfog export --format acled-csv --out stories.csv
      unfog export --format geojson --out stories.geojson
    """
    from unfog.serve.exports import Tables, export

    if fmt not in FORMATS:
        _say(f"unknown format {fmt!r}; the formats are {', '.join(FORMATS)}")
        raise typer.Exit(2)
    tables = Tables.load(Settings().knowledge)
    with _open(db, readonly=True) as store:
        if out_path is None:
            for chunk in export(store, fmt, tables):
                sys.stdout.write(chunk)
            sys.stdout.flush()
            return
        out_path.parent.mkdir(parents=True, exist_ok=True)
        with out_path.open("w", encoding="utf-8", newline="") as fh:
            for chunk in export(store, fmt, tables):
                fh.write(chunk)
    _say(f"wrote {out_path}")
