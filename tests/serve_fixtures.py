"""A database of our own example articles (examples/frontline-reports.jsonl) and one hostile
article, analysed by the real pipeline once per session, for the API, export and page tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from unfog.ingest import read_inputs
from unfog.model import AnalysisRecord, Document
from unfog.pipeline import AnalysisFailure, Pipeline
from unfog.service import IngestService
from unfog.settings import Settings
from unfog.store import Store

from .conftest import ROOT

REPORTS = ROOT / "examples" / "frontline-reports.jsonl"

#: an article whose text and title try to run script in the page
HOSTILE = Document(
    id="hostile-note",
    title="<img src=x onerror=\"document.body.dataset.pwned='title'\">Shelling in Kupiansk",
    outlet="<script>document.body.dataset.pwned='outlet'</script>Evil Wire",
    published="2024-06-21",
    text=(
        "<script>document.body.dataset.pwned='text'</script> Russian artillery shelled Kupiansk on Friday, "
        "killing two people, the regional governor said in a statement. "
        "<img src=x onerror=\"document.body.dataset.pwned='img'\"> Residents said the market was hit."
    ),
)


def example_documents() -> list[Document]:
    return [d for d in read_inputs([str(REPORTS)]) if isinstance(d, Document)] + [HOSTILE]


@pytest.fixture(scope="session")
def example_records(pipeline: Pipeline) -> list[AnalysisRecord]:
    out = []
    for r in pipeline.analyze_many(example_documents()):
        assert not isinstance(r, AnalysisFailure), str(r)
        out.append(r)
    return out


def fill(target: str | Path, records: list[AnalysisRecord], pipeline: Pipeline) -> None:
    """Store the records (and build the stories) in the database at ``target``."""
    with Store.open(target) as store:
        service = IngestService(store, Settings(), pipeline)
        for rec in records:
            service.store_record(rec)


@pytest.fixture(scope="session")
def example_db(tmp_path_factory: pytest.TempPathFactory, example_records: list[AnalysisRecord],
               pipeline: Pipeline) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("serve") / "examples.sqlite"
    fill(path, example_records, pipeline)
    yield path
