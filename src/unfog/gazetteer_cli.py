"""`unfog gazetteer build|import`: the place-name index's commands (registered by `unfog.cli`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from unfog.settings import Settings

gazetteer_app = typer.Typer(help="Build or extend the place-name index (gazetteer).", no_args_is_help=True)
err = Console(stderr=True, highlight=False)
out = Console(highlight=False)


@gazetteer_app.command("build")
def gazetteer_build(
    path: Annotated[Path | None, typer.Option("--path", help="Where to write the index.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Rebuild even when the index exists.")] = False,
) -> None:
    """Build the place-name index from the bundled GeoNames data (done automatically on first use,
    and again when the data it was built from changes)."""
    from unfog.geo import build_gazetteer, index_is_current

    target = path or Settings().gazetteer_path
    if not force and index_is_current(target):
        out.print(f"gazetteer already at {target} and current (--force rebuilds it)")
        return
    build_gazetteer(target, console=err)
    out.print(f"gazetteer written to {target}")


@gazetteer_app.command("import")
def gazetteer_import(
    dump: Annotated[Path, typer.Argument(help="GeoNames main dump: allCountries.zip, a country file (UA.zip) "
                                         "or the .txt inside.", exists=True, dir_okay=False)],
    alternates: Annotated[Path | None, typer.Argument(help="Optionally alternateNamesV2.zip (or its .txt).",
                                                      exists=True, dir_okay=False)] = None,
) -> None:
    """Add a GeoNames dump you downloaded from the GeoNames export site, so that villages under 500
    people and non-populated features resolve too. Streamed; takes minutes for allCountries.zip.
    Written next to the index; the bundled index is not changed (a rebuild keeps the import)."""
    from rich.progress import DownloadColumn

    from unfog.geo.importer import import_geonames

    settings = Settings()
    target = settings.geonames_import_path
    target.parent.mkdir(parents=True, exist_ok=True)
    with Progress(TextColumn("gazetteer import"), BarColumn(), DownloadColumn(), TimeElapsedColumn(),
                  console=err, disable=not err.is_terminal) as progress:
        task = progress.add_task("import", total=None)

        def advance(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        kept = import_geonames(dump, target, alternates, advance)
    out.print(f"gazetteer: {kept} places imported into {target}")
