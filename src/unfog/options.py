"""Command-line options shared by the command modules (`unfog.cli`, `unfog.serve.commands`)."""

from __future__ import annotations

from typing import Annotated

import typer

DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db", metavar="FILE|URL",
        help="Database: an SQLite file, or a URL such as postgresql://user@host/db. Default: UNFOG_DB, else "
        "unfog.sqlite in the user data directory.",
    ),
]
