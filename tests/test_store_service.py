"""The ingest service with the real pipeline: provenance, reanalysing only stale records, stable ids."""

from __future__ import annotations

from pathlib import Path

from unfog.model import Document
from unfog.pipeline import Pipeline
from unfog.service import IngestService, fingerprint, knowledge_paths
from unfog.settings import Settings
from unfog.store import Store

DOCS = [
    Document(id="s1", published="2024-03-04", outlet="Lake Herald",
             text="Russian forces shelled Kramatorsk on Sunday, killing two people, the governor said."),
    Document(id="s2", published="2024-03-06", outlet="Hill Times",
             text="Hundreds of people protested in Lviv on Tuesday against corruption, police said."),
]


def test_provenance_and_reanalyze_stale(tmp_path: Path, pipeline: Pipeline) -> None:
    with Store.open(tmp_path / "u.sqlite") as store:
        service = IngestService(store, Settings(), pipeline)
        assert [o.kind for o in service.ingest(DOCS)] == ["stored", "stored"]
        assert [o.kind for o in service.ingest(DOCS)] == ["skipped", "skipped"]
        prov = store.provenance("s1")
        assert prov is not None and prov.fingerprint == fingerprint(Settings())
        before = {e["id"]: e["story"] for e in store.events()}
        assert [o.kind for o in service.reanalyze(stale_only=True)] == []  # nothing is stale
        with store.begin() as tx:
            tx.set_provenance("s1", "0.0.1", "made-by-older-knowledge")
        assert store.document_ids(stale_for=service.provenance.fingerprint) == ["s1"]
        assert [(o.kind, o.name) for o in service.reanalyze(stale_only=True)] == [("stored", "s1")]
        assert store.document_ids(stale_for=service.provenance.fingerprint) == []
        after = {e["id"]: e["story"] for e in store.events()}
        assert after == before  # same triggers: same event ids, and each stays in its story
        assert store.count_documents() == 2


def test_fingerprint_covers_analysis_knowledge_only(tmp_path: Path) -> None:
    """Export tables (data/serve) do not make stored records stale; an analysis file does."""
    paths = knowledge_paths()
    assert "events/rules.yaml" in paths
    assert not [p for p in paths if p.startswith("serve/")]
    base = fingerprint(Settings())
    for rel, changed in (("serve/acled.yaml", False), ("events/rules.yaml", True)):
        overlay = tmp_path / rel.replace("/", "_")
        (overlay / rel).parent.mkdir(parents=True)
        (overlay / rel).write_text("# replaced\n", encoding="utf-8")
        assert (fingerprint(Settings(knowledge_dir=overlay)) != base) is changed
