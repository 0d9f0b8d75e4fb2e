"""The ingest service: read -> analyse -> store -> update stories, one document at a time.

Used by ``unfog ingest`` and ``unfog reanalyze`` now, and meant for an API or a batch driver later.
It streams: documents are read, analysed and stored as they come (no list of all documents is kept),
and each document is stored with its story updates in one transaction, so that a process killed at
any moment leaves every document either wholly stored or not at all, and a restart picks up where it
stopped (stored documents are skipped).

Each stored record carries its provenance: the unfog version and a fingerprint of the spaCy model
and every knowledge file (:func:`fingerprint`); ``reanalyze(stale_only=True)`` runs again only the
documents whose fingerprint differs from the current one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Literal

from unfog import __version__
from unfog.ingest import InputError
from unfog.model import AnalysisRecord, Document
from unfog.settings import SPACY_MODEL, SPACY_MODEL_VERSION, Settings
from unfog.store import Provenance, Store
from unfog.stories import Rules, load_rules, store_record
from unfog.stories.incremental import ItemCache

if TYPE_CHECKING:
    from unfog.pipeline import Pipeline


#: knowledge folders that shape how stored records are shown or exported, not what the analysis
#: makes: changing them leaves the records current
NOT_ANALYSIS = ("serve/",)


def knowledge_paths() -> list[str]:
    """Every packaged knowledge file the analysis reads ('events/triggers.yaml', ...)."""
    root = resources.files("unfog").joinpath("data")
    out: list[str] = []

    def walk(node: object, prefix: str) -> None:
        for child in node.iterdir():  # type: ignore[attr-defined]
            name = f"{prefix}{child.name}"
            if child.is_dir():
                walk(child, name + "/")
            elif child.name.endswith((".yaml", ".json")) and not name.startswith(NOT_ANALYSIS):
                out.append(name)

    walk(root, "")
    return sorted(out)


def fingerprint(settings: Settings) -> str:
    """A short hash of what analyses a document: the spaCy model and every knowledge file (with the
    overlay of ``UNFOG_KNOWLEDGE`` where it replaces one)."""
    files = settings.knowledge.fingerprint(knowledge_paths())
    return f"{SPACY_MODEL}-{SPACY_MODEL_VERSION}-{files}"[-32:]


def provenance(settings: Settings) -> Provenance:
    return Provenance(__version__, fingerprint(settings))


@dataclass(frozen=True)
class Outcome:
    """What happened to one input item."""

    kind: Literal["stored", "skipped", "failed"]
    name: str
    message: str = ""


class IngestService:
    """Holds the store, the settings and (loaded on first need) the analysis pipeline."""

    def __init__(self, store: Store, settings: Settings | None = None, pipeline: Pipeline | None = None) -> None:
        self.store = store
        self.settings = settings or Settings()
        self._pipeline = pipeline
        self.rules: Rules = load_rules(self.settings.knowledge)
        self.cache = ItemCache()
        self.provenance = provenance(self.settings)

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            from unfog.pipeline import Pipeline

            self._pipeline = Pipeline.from_settings(self.settings)
        return self._pipeline

    def store_record(self, rec: AnalysisRecord, replace: bool = False, keep_provenance: bool = False) -> bool:
        """Store one analysed record and update the stories, in one transaction."""
        with self.store.begin() as tx:
            prov = tx.provenance(rec.document.id) if keep_provenance else self.provenance
            return store_record(tx, rec, self.rules, prov, replace=replace, cache=self.cache)

    def ingest(self, items: Iterable[Document | InputError]) -> Iterator[Outcome]:
        """Analyse and store the documents not stored yet, as they come; one outcome per item."""
        pending: list[Outcome] = []

        def new_documents() -> Iterator[Document]:
            for item in items:
                if isinstance(item, InputError):
                    pending.append(Outcome("failed", item.where, str(item)))
                elif self.store.has_document(item):
                    pending.append(Outcome("skipped", item.id, "already stored"))
                else:
                    yield item

        yield from self._analyse_and_store(new_documents(), pending)
        yield from pending

    def _analyse_and_store(
        self, docs: Iterator[Document], pending: list[Outcome], replace: bool = False
    ) -> Iterator[Outcome]:
        from unfog.pipeline import AnalysisFailure

        for result in self.pipeline.analyze_many(docs):
            while pending:
                yield pending.pop(0)
            if isinstance(result, AnalysisFailure):
                yield Outcome("failed", result.document.id, str(result))
            elif self.store_record(result, replace=replace):
                yield Outcome("stored", result.document.id)
            else:
                yield Outcome("skipped", result.document.id, "already stored")

    def reanalyze(self, stale_only: bool = True) -> Iterator[Outcome]:
        """Analyse stored documents again (only those of another fingerprint with ``stale_only``)."""
        ids = self.store.document_ids(stale_for=self.provenance.fingerprint if stale_only else None)

        def docs() -> Iterator[Document]:
            for doc_id in ids:
                rec = self.store.record(doc_id)
                if rec is not None:
                    yield rec.document

        yield from self._analyse_and_store(docs(), [], replace=True)

    def reindex(self) -> int:
        """Rebuild the tables derived from the stored records (after an upgrade asked for it with
        ``meta.reindex``): parts, events and stories, in the order the documents were added."""
        with self.store.read() as tx:
            if tx.meta("reindex") is None:
                return 0
        n = 0
        for doc_id in self.store.document_ids():
            rec = self.store.record(doc_id)
            if rec is not None:
                self.store_record(rec, replace=True, keep_provenance=True)
                n += 1
        with self.store.begin() as tx:
            tx.set_meta("reindex", None)
        return n
