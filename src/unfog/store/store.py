"""The store: one interface over SQLite and PostgreSQL (SQLAlchemy Core).

    with Store.open(target) as store:            # a path or a database URL; a new database is made
        with store.begin() as tx:                # one transaction: a document and its stories
            tx.add_document(rec, provenance)
        store.stories(status="contested")

``Store.open(target, readonly=True)`` runs no DDL (SQLite opens the file read-only, PostgreSQL
sessions are read-only). An older schema is not upgraded behind the user's back: opening it raises
:class:`SchemaError` naming ``unfog db upgrade``. The engine takes a connection per call, so one Store
can be shared by a web server's threads.

Idempotent: a document is stored once. A second document with the same id and text is skipped, one
with the same id and another text replaces the first, and the same text under another id is skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, func, or_, select, text
from sqlalchemy.engine import URL

from unfog.model import AnalysisRecord, Document, Story
from unfog.store import tables as t
from unfog.store.engine import database_url, describe, make_engine, sqlite_file
from unfog.store.migrate import SchemaError, head, revision, upgrade
from unfog.store.tx import Provenance, Tx

#: the PostgreSQL advisory lock that write transactions hold (an arbitrary key of unfog's)
WRITER_LOCK = 0x756E666F67

class Store:
    """An open database."""

    def __init__(self, engine: Engine, url: URL, readonly: bool) -> None:
        self.engine = engine
        self.url = url
        self.readonly = readonly

    @property
    def name(self) -> str:
        return describe(self.url)

    @classmethod
    def open(cls, target: str | Path, readonly: bool = False) -> Store:
        """Open the database at ``target`` (a path or URL), making it when it is new and not read-only."""
        url = database_url(target)
        path = sqlite_file(url)
        if readonly and path is not None and not path.exists():
            raise SchemaError(f"no database at {path}; run `unfog ingest FILE...` first")
        engine = make_engine(url, readonly)
        with engine.connect() as conn:
            rev = revision(conn)
            if rev is None and readonly:
                engine.dispose()
                raise SchemaError(f"the database {describe(url)} is empty; run `unfog ingest FILE...` first")
            if rev is None:
                upgrade(conn)
            elif rev != head():
                engine.dispose()
                raise SchemaError(
                    f"the database {describe(url)} has schema version {rev}; this unfog needs {head()}: "
                    f"run `unfog db upgrade --db {target}` (keep a copy first)"
                )
        return cls(engine, url, readonly)

    @staticmethod
    def upgrade(target: str | Path) -> tuple[str | None, str]:
        """Bring the database at ``target`` to this unfog's schema; returns (before, after)."""
        engine = make_engine(database_url(target))
        try:
            with engine.connect() as conn:
                return upgrade(conn)
        finally:
            engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------------ transactions
    @contextmanager
    def begin(self) -> Iterator[Tx]:
        """A write transaction: committed when the block ends, rolled back on an exception."""
        if self.readonly:
            raise SchemaError("the store was opened read-only")
        with self.engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                # one writer at a time: a document's events join and merge stories that other writers
                # may be changing too (SQLite serialises writers by itself); held to the commit
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK})
            yield Tx(conn)

    @contextmanager
    def read(self) -> Iterator[Tx]:
        with self.engine.connect() as conn:
            yield Tx(conn)

    # ------------------------------------------------------------------ convenience
    def add(self, rec: AnalysisRecord, provenance: Provenance | None = None) -> bool:
        """Store a record on its own, outside the stories (``unfog.service`` stores and updates the
        stories); False when it was already there."""
        with self.begin() as tx:
            rows = tx.add_document(rec, provenance)
            if rows is None:
                return False
            tx.write_events(rows)
            return True

    def has_document(self, doc: Document) -> bool:
        with self.read() as tx:
            return tx.has_document(doc)

    def count_documents(self) -> int:
        with self.read() as tx:
            return int(tx.conn.execute(select(func.count()).select_from(t.documents)).scalar_one())

    def document_ids(self, stale_for: str | None = None) -> list[str]:
        """Ids in the order they were added; with ``stale_for``, only those whose fingerprint differs."""
        q = select(t.documents.c.id).order_by(t.documents.c.added_at, t.documents.c.id)
        if stale_for is not None:
            q = q.where(or_(t.documents.c.fingerprint.is_(None), t.documents.c.fingerprint != stale_for))
        with self.read() as tx:
            return [r[0] for r in tx.conn.execute(q)]

    def records(self) -> Iterator[AnalysisRecord]:
        """Every record in the order added, read one at a time."""
        for doc_id in self.document_ids():
            rec = self.record(doc_id)
            if rec is not None:
                yield rec

    def record(self, doc_id: str) -> AnalysisRecord | None:
        with self.read() as tx:
            return tx.record(doc_id)

    def provenance(self, doc_id: str) -> Provenance | None:
        with self.read() as tx:
            return tx.provenance(doc_id)

    def stories(self, status: str | None = None) -> list[Story]:
        q = select(t.stories.c.story).order_by(t.stories.c.seq)
        if status is not None:
            q = q.where(t.stories.c.status == status)
        with self.read() as tx:
            return [Story.model_validate_json(r[0]) for r in tx.conn.execute(q)]

    def story(self, story_id: str) -> Story | None:
        """The story with this id, or the one that absorbed it."""
        with self.read() as tx:
            return tx.story(tx.resolve_story(story_id))

    def search(self, query: str, limit: int = 20) -> list[str]:
        """Ids of the documents matching a full-text query, best first."""
        with self.read() as tx:
            return tx.search(query, limit)

    def events(
        self,
        bbox: tuple[float, float, float, float] | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        event_type: str | None = None,
        limit: int = 1000,
    ) -> list[dict[str, Any]]:
        """Stored events by bounding box (min lat, min lon, max lat, max lon), date and ACLED type."""
        c = t.events.c
        q = select(c.id, c.document, c.local_id, c.trigger, c.event_type, c.sub_event_type, c.place, c.lat,
                   c.lon, c.date, c.fatalities, c.story).order_by(c.date, c.id).limit(limit)
        if bbox is not None:
            q = q.where(c.lat.between(bbox[0], bbox[2]), c.lon.between(bbox[1], bbox[3]))
        if date_from is not None:
            q = q.where(c.date >= date_from)
        if date_to is not None:
            q = q.where(c.date <= date_to)
        if event_type is not None:
            q = q.where(c.event_type == event_type)
        with self.read() as tx:
            return [dict(r._mapping) for r in tx.conn.execute(q)]
