"""The terminal summary, rendered from real records of our own example articles at several widths:
it wraps and never cuts (no ellipsis, dates whole), ACLED and PLOVER have their own columns, the
claims come first, regions are marked as regions, contradictions are named by source and words;
and every example file the help text names exists."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

from unfog.model import AnalysisRecord
from unfog.render import place_kind, print_record, print_stories
from unfog.store import Store

from .conftest import EXAMPLE, ROOT
from .serve_fixtures import example_db, example_records  # noqa: F401

UNFOG = str(Path(sys.executable).parent / "unfog")


def rendered(width: int, *records: AnalysisRecord) -> str:
    console = Console(width=width, record=True, force_terminal=False, color_system=None)
    for rec in records:
        print_record(console, rec)
    return console.export_text()


@pytest.mark.parametrize("width", [80, 100, 160])
def test_summary_wraps_without_cutting(example_records: list[AnalysisRecord], width: int) -> None:  # noqa: F811
    text = rendered(width, *example_records)
    assert "…" not in text
    assert max(len(line) for line in text.splitlines()) <= width
    for rec in example_records:
        for ev in rec.events:
            if ev.date:
                assert ev.date in text                      # a date is never cut
        assert (rec.document.title or rec.document.id) in " ".join(text.split())


def test_columns_and_order(example_records: list[AnalysisRecord]) -> None:  # noqa: F811
    rec = next(r for r in example_records if r.claims and r.events and r.places)
    text = rendered(80, rec)
    header = next(line for line in text.splitlines() if "ACLED" in line and "PLOVER" in line)
    assert header.index("ACLED") < header.index("PLOVER")
    assert text.index("Claims") < text.index("Events") < text.index("Places")


@pytest.mark.parametrize(("code", "kind"), [("PPLA", "town"), ("PPL", "town"), ("ADM1", "region"),
                                           ("ADM2", "district"), ("PCLI", "country"), (None, "place")])
def test_place_kinds(code: str | None, kind: str) -> None:
    assert place_kind(code) == kind


def test_contradictions_named_by_source_and_words(example_db: Path) -> None:  # noqa: F811
    console = Console(width=80, record=True, color_system=None)
    with Store.open(example_db, readonly=True) as store:
        stories = store.stories()
        print_stories(console, stories, store.record)
    text = " ".join(console.export_text().split())
    contested = [s for s in stories if s.contradictions]
    assert contested
    for s in contested:
        con = s.contradictions[0]
        assert f"{con.a.document}/{con.a.event}" not in text
    assert re.search(r"contested: [^:]+: “[^”]+” vs [^:]+: “[^”]+”", text)


def test_help_examples_exist() -> None:
    for args in ([], ["analyze"], ["serve"], ["export"]):
        p = subprocess.run([UNFOG, *args, "--help"], capture_output=True, text=True, timeout=60)
        assert p.returncode == 0, p.stderr
        for path in re.findall(r"examples/[\w./-]+\w", p.stdout):
            assert (ROOT / path).exists(), path
    assert EXAMPLE.exists()
