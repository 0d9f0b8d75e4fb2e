"""SQLite store: one row per document (its whole record as JSON), with the claims, events and
places also kept in their own tables for querying, and the current stories.

Idempotent: a document is stored once. The key is the document id; a second document with the same
id and the same text is skipped, one with the same id and another text replaces the first, and the
same text under another id is recognised by its hash and skipped.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType

from unfog.model import AnalysisRecord, Document, Story

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    text_sha256 TEXT NOT NULL,
    published TEXT, outlet TEXT, title TEXT, url TEXT,
    record TEXT NOT NULL,
    added_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX IF NOT EXISTS documents_hash ON documents(text_sha256);
CREATE TABLE IF NOT EXISTS places (
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id TEXT NOT NULL, name TEXT NOT NULL, geonames_id INTEGER, lat REAL, lon REAL,
    country_code TEXT, precision INTEGER, mentions INTEGER NOT NULL,
    PRIMARY KEY (document, id)
);
CREATE TABLE IF NOT EXISTS claims (
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id TEXT NOT NULL, source TEXT, cue TEXT NOT NULL, content TEXT NOT NULL,
    channel TEXT, relays TEXT, stance TEXT, framing TEXT,
    PRIMARY KEY (document, id)
);
CREATE TABLE IF NOT EXISTS events (
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id TEXT NOT NULL, trigger TEXT NOT NULL, event_type TEXT, sub_event_type TEXT, plover TEXT,
    place TEXT, lat REAL, lon REAL, date TEXT, fatalities INTEGER, injured INTEGER, modality TEXT,
    PRIMARY KEY (document, id)
);
CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, status TEXT NOT NULL, story TEXT NOT NULL);
"""
SCHEMA_VERSION = "1"


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store:
    """An open database. Use as a context manager: ``with Store.open(path) as store: ...``."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, path: Path) -> Store:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.executescript(SCHEMA)
        conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
        conn.commit()
        return cls(conn, path)

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self.conn.commit()
        self.conn.close()

    # ------------------------------------------------------------------ documents
    def has_document(self, doc: Document) -> bool:
        """True when this document (same id and text, or the same text under any id) is stored."""
        h = text_hash(doc.text)
        row = self.conn.execute(
            "SELECT 1 FROM documents WHERE (id = ? AND text_sha256 = ?) OR text_sha256 = ? LIMIT 1",
            (doc.id, h, h),
        ).fetchone()
        return row is not None

    def add(self, rec: AnalysisRecord) -> bool:
        """Store a record; returns False when it was already there (nothing written)."""
        if self.has_document(rec.document):
            return False
        d = rec.document
        with self.conn:
            self.conn.execute("DELETE FROM documents WHERE id = ?", (d.id,))
            self.conn.execute(
                "INSERT INTO documents (id, text_sha256, published, outlet, title, url, record)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (d.id, text_hash(d.text), d.published, d.outlet, d.title, d.url, rec.model_dump_json()),
            )
            self.conn.executemany(
                "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (d.id, p.id, p.name, p.geonames_id, p.lat, p.lon, p.country_code, p.precision,
                     len(p.mentions))
                    for p in rec.places
                ],
            )
            self.conn.executemany(
                "INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (d.id, c.id, c.source.name if c.source else None, c.cue.text, c.content.text,
                     c.channel.name if c.channel else None, " > ".join(r.name for r in c.relays) or None,
                     c.stance, c.framing)
                    for c in rec.claims
                ],
            )
            places = {p.id: p for p in rec.places}
            self.conn.executemany(
                "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (d.id, e.id, e.trigger.text,
                     e.acled.event_type if e.acled else None, e.acled.sub_event_type if e.acled else None,
                     e.plover.event_type if e.plover else None,
                     places[e.place].name if e.place in places else None,
                     places[e.place].lat if e.place in places else None,
                     places[e.place].lon if e.place in places else None,
                     e.date, e.fatalities, e.injured, e.modality)
                    for e in rec.events
                ],
            )
        return True

    def count_documents(self) -> int:
        row = self.conn.execute("SELECT count(*) FROM documents").fetchone()
        return int(row[0])

    def records(self) -> Iterator[AnalysisRecord]:
        for (text,) in self.conn.execute("SELECT record FROM documents ORDER BY added_at, id"):
            yield AnalysisRecord.model_validate_json(text)

    def record(self, doc_id: str) -> AnalysisRecord | None:
        row = self.conn.execute("SELECT record FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return AnalysisRecord.model_validate_json(row[0]) if row else None

    # ------------------------------------------------------------------ stories
    def replace_stories(self, stories: Sequence[Story]) -> None:
        with self.conn:
            self.conn.execute("DELETE FROM stories")
            self.conn.executemany(
                "INSERT INTO stories VALUES (?, ?, ?)", [(s.id, s.status, s.model_dump_json()) for s in stories]
            )

    def stories(self) -> list[Story]:
        rows = self.conn.execute("SELECT story FROM stories ORDER BY rowid").fetchall()
        return [Story.model_validate_json(r[0]) for r in rows]
