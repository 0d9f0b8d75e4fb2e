"""One transaction on the store: the reads and writes of adding a document and updating its stories.

The story builder (``unfog.stories.incremental``) works through these methods only: candidate events
through the index (type family, date window, map box), a story's members, and story writes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, and_, delete, func, insert, or_, select, text, union, update

from unfog.model import AnalysisRecord, Document, Story
from unfog.store import tables as t
from unfog.store.rows import event_rows, part_rows, text_hash


@dataclass(frozen=True)
class Provenance:
    """What produced a record: the unfog version and a fingerprint of the model and knowledge files."""

    unfog_version: str
    fingerprint: str


def _now() -> datetime:
    return datetime.now(UTC)


class Tx:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"

    # ------------------------------------------------------------------ documents
    def has_document(self, doc: Document) -> bool:
        """True when this document (same id and text, or the same text under any id) is stored."""
        q = select(t.documents.c.id).where(t.documents.c.text_sha256 == text_hash(doc.text)).limit(1)
        return self.conn.execute(q).first() is not None

    def has_id(self, doc_id: str) -> bool:
        return self.conn.execute(select(t.documents.c.id).where(t.documents.c.id == doc_id)).first() is not None

    def record(self, doc_id: str) -> AnalysisRecord | None:
        row = self.conn.execute(select(t.documents.c.record).where(t.documents.c.id == doc_id)).first()
        return AnalysisRecord.model_validate_json(row[0]) if row else None

    def add_document(
        self, rec: AnalysisRecord, provenance: Provenance | None = None, source_group: str | None = None,
        signature: list[int] | None = None, replace: bool = False,
    ) -> list[dict[str, Any]] | None:
        """Store a record and its parts; returns its event rows, or None when it was already there.
        With ``replace``, a stored document of the same id is replaced whatever its text."""
        d = rec.document
        if not replace and self.has_document(d):
            return None
        old = self.conn.execute(select(t.documents.c.added_at).where(t.documents.c.id == d.id)).first()
        if old is not None:
            self.delete_document(d.id)
        self.conn.execute(insert(t.documents).values(
            id=d.id, text_sha256=text_hash(d.text), source_group=source_group or d.id, published=d.published,
            outlet=d.outlet, title=d.title, url=d.url, record=rec.model_dump_json(),
            unfog_version=provenance.unfog_version if provenance else None,
            fingerprint=provenance.fingerprint if provenance else None,
            signature=signature, added_at=old[0] if old is not None else _now(),
        ))
        self._index_text(d)
        for name, rows in part_rows(rec).items():
            if rows:
                self.conn.execute(insert(t.metadata.tables[name]), rows)
        rows = event_rows(rec)
        return rows

    def write_events(self, rows: Sequence[dict[str, Any]]) -> None:
        if rows:
            self.conn.execute(insert(t.events), list(rows))

    def document_stories(self, doc_id: str) -> list[str]:
        """The stories the document's events are in."""
        q = select(t.events.c.story).where(t.events.c.document == doc_id, t.events.c.story.is_not(None))
        return sorted({r[0] for r in self.conn.execute(q)})

    def delete_document(self, doc_id: str) -> list[str]:
        """Remove a document and its parts; returns the stories its events were in."""
        touched = self.document_stories(doc_id)
        self.conn.execute(delete(t.story_members).where(t.story_members.c.document == doc_id))
        for name in ("events", "claims", "actors", "places", "doc_shingles", "doc_names"):
            table = t.metadata.tables[name]
            self.conn.execute(delete(table).where(table.c.document == doc_id))
        self.conn.execute(text("DELETE FROM documents_fts WHERE id = :id"), {"id": doc_id})
        self.conn.execute(delete(t.documents).where(t.documents.c.id == doc_id))
        return touched

    def provenance(self, doc_id: str) -> Provenance | None:
        q = select(t.documents.c.unfog_version, t.documents.c.fingerprint).where(t.documents.c.id == doc_id)
        row = self.conn.execute(q).first()
        return Provenance(str(row[0]), str(row[1])) if row is not None and row[1] is not None else None

    def set_provenance(self, doc_id: str, version: str, fingerprint: str) -> None:
        self.conn.execute(update(t.documents).where(t.documents.c.id == doc_id)
                          .values(unfog_version=version, fingerprint=fingerprint))

    # ------------------------------------------------------------------ full text
    def _index_text(self, d: Document) -> None:
        if self.sqlite:
            self.conn.execute(text("INSERT INTO documents_fts (id, title, body) VALUES (:id, :title, :body)"),
                              {"id": d.id, "title": d.title or "", "body": d.text})
        else:
            self.conn.execute(
                text("INSERT INTO documents_fts (id, tsv) VALUES (:id, setweight(to_tsvector('english', :title), 'A')"
                     " || to_tsvector('english', :body))"),
                {"id": d.id, "title": d.title or "", "body": d.text},
            )

    def search(self, query: str, limit: int) -> list[str]:
        if self.sqlite:
            words = [w for w in query.split() if w.strip('"')]
            if not words:
                return []
            match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
            q = text("SELECT id FROM documents_fts WHERE documents_fts MATCH :q ORDER BY rank LIMIT :n")
            return [r[0] for r in self.conn.execute(q, {"q": match, "n": limit})]
        q = text("SELECT id FROM documents_fts, websearch_to_tsquery('english', :q) query WHERE tsv @@ query "
                 "ORDER BY ts_rank(tsv, query) DESC, id LIMIT :n")
        return [r[0] for r in self.conn.execute(q, {"q": query, "n": limit})]

    # ------------------------------------------------------------------ near-duplicates
    def add_bands(self, doc_id: str, bands: Iterable[str]) -> None:
        rows = [{"band": b, "document": doc_id} for b in sorted(set(bands))]
        if rows:
            self.conn.execute(insert(t.doc_shingles), rows)

    def band_matches(self, bands: Iterable[str], exclude: str) -> list[tuple[str, str, list[int] | None]]:
        """(document, source group, signature) of the stored documents sharing a band."""
        keys = sorted(set(bands))
        if not keys:
            return []
        docs = select(t.doc_shingles.c.document).where(t.doc_shingles.c.band.in_(keys),
                                                       t.doc_shingles.c.document != exclude).distinct()
        q = select(t.documents.c.id, t.documents.c.source_group, t.documents.c.signature).where(
            t.documents.c.id.in_(docs)).order_by(t.documents.c.id)
        return [(r[0], r[1], r[2]) for r in self.conn.execute(q)]

    # ------------------------------------------------------------------ documents alike
    def set_names(self, doc_id: str, names: Iterable[str], vector: dict[str, float], published: str | None,
                  main_event: str | None) -> None:
        """Index a document by ``names`` (under its publication date, '' when undated) and keep its
        similarity ``vector`` and main event."""
        self.conn.execute(update(t.documents).where(t.documents.c.id == doc_id)
                          .values(names=vector, main_event=main_event))
        rows = [{"name": n, "document": doc_id, "published": published or ""} for n in sorted(set(names))]
        if rows:
            self.conn.execute(insert(t.doc_names), rows)

    def documents_naming(
        self, names: Iterable[str], window: tuple[str, str] | None, exclude: str
    ) -> list[tuple[str, dict[str, float], str | None]]:
        """(document, similarity vector, story of its main event) of the documents that give one of
        the names, published between the window's ends or undated (any date, with no window)."""
        keys = sorted(set(names))
        if not keys:
            return []
        c = t.doc_names.c
        conds = [c.name.in_(keys), c.document != exclude]
        # two ranges of the (name, published) index: the window, and the undated ('')
        docs = (select(c.document).where(*conds) if window is None else union(
            select(c.document).where(*conds, c.published.between(window[0], window[1])),
            select(c.document).where(*conds, c.published == ""))).subquery()
        q = (select(t.documents.c.id, t.documents.c.names, t.events.c.story)
             .join(t.events, t.events.c.id == t.documents.c.main_event)
             .where(t.documents.c.id.in_(select(docs.c.document))).order_by(t.documents.c.id))
        return [(r[0], r[1] or {}, r[2]) for r in self.conn.execute(q)]

    # ------------------------------------------------------------------ story index
    def candidates(
        self, family: str | None, window: tuple[str, str, str] | None,
        box: tuple[float, float, float, float] | None,
        exclude_document: str,
    ) -> list[tuple[str, str | None]]:
        """(event id, story) of stored events that may report the same event: one type
        family, date ranges meeting the window (lo, hi) and starting after ``floor`` (or undated), in the
        box (or with no place)."""
        c = t.events.c
        conds = [c.family.is_(None) if family is None else c.family == family,
                 c.document != exclude_document, c.features.is_not(None)]
        if box is not None:
            conds.append(or_(c.near_lat.is_(None), and_(c.near_lat.between(box[0], box[2]),
                                                          c.near_lon.between(box[1], box[3]))))
        # two queries, each a range of the (family, first_date) index: dated events, undated events
        dated = [] if window is None else [c.first_date.between(window[2], window[1]), c.last_date >= window[0]]
        out: list[tuple[str, str | None]] = []
        for when in ([c.first_date.is_(None)], dated) if window is not None else ([],):
            q = select(c.id, c.story).where(*conds, *when)
            out.extend((r[0], r[1]) for r in self.conn.execute(q))
        return sorted(out)

    def features(self, event_ids: Sequence[str]) -> dict[str, Any]:
        """The story features of these events."""
        out: dict[str, Any] = {}
        ids = sorted(set(event_ids))
        for n in range(0, len(ids), 500):
            q = select(t.events.c.id, t.events.c.features).where(t.events.c.id.in_(ids[n:n + 500]))
            out.update((r[0], r[1]) for r in self.conn.execute(q))
        return out

    def story_members(self, story_id: str) -> list[tuple[str, Any]]:
        """(event id, features) of a story's members, in the order they joined."""
        q = (select(t.events.c.id, t.events.c.features).where(t.events.c.story == story_id)
             .order_by(t.events.c.id))
        return [(r[0], r[1]) for r in self.conn.execute(q)]

    def story_seq(self, story_id: str) -> int | None:
        row = self.conn.execute(select(t.stories.c.seq).where(t.stories.c.id == story_id)).first()
        return int(row[0]) if row else None

    def next_seq(self) -> int:
        return int(self.conn.execute(select(func.coalesce(func.max(t.stories.c.seq), 0))).scalar_one()) + 1

    def set_event_stories(self, event_ids: Sequence[str], story_id: str) -> None:
        if event_ids:
            self.conn.execute(update(t.events).where(t.events.c.id.in_(list(event_ids))).values(story=story_id))

    def put_story(self, story: Story, seq: int, members: Sequence[tuple[str, str]], first: str | None) -> None:
        """Write (or rewrite) a story with its members (event id, document)."""
        self.conn.execute(delete(t.story_members).where(t.story_members.c.story == story.id))
        self.conn.execute(delete(t.stories).where(t.stories.c.id == story.id))
        self.conn.execute(insert(t.stories).values(
            id=story.id, seq=seq, status=story.status, event_type=story.acled.event_type if story.acled else None,
            place=story.place, lat=story.lat, lon=story.lon, date=story.date or first, size=len(story.members),
            documents=len({m.document for m in story.members}), story=story.model_dump_json(), updated_at=_now(),
        ))
        self.conn.execute(insert(t.story_members), [{"story": story.id, "event": e, "document": d} for e, d in members])

    def drop_story(self, story_id: str) -> None:
        self.conn.execute(delete(t.story_members).where(t.story_members.c.story == story_id))
        self.conn.execute(delete(t.stories).where(t.stories.c.id == story_id))

    def merge_story(self, absorbed: str, into: str) -> None:
        """Record that ``into`` absorbed ``absorbed`` (and whatever ``absorbed`` had absorbed)."""
        self.set_event_stories([e for e, _ in self.story_members(absorbed)], into)
        self.drop_story(absorbed)
        self.conn.execute(update(t.story_merges).where(t.story_merges.c.into == absorbed).values(into=into))
        self.conn.execute(insert(t.story_merges).values(absorbed=absorbed, into=into, at=_now()))

    def resolve_story(self, story_id: str) -> str:
        row = self.conn.execute(select(t.story_merges.c.into).where(t.story_merges.c.absorbed == story_id)).first()
        return str(row[0]) if row else story_id

    def merges(self) -> list[tuple[str, str]]:
        return [(r[0], r[1]) for r in self.conn.execute(
            select(t.story_merges.c.absorbed, t.story_merges.c.into).order_by(t.story_merges.c.absorbed))]

    def story(self, story_id: str) -> Story | None:
        row = self.conn.execute(select(t.stories.c.story).where(t.stories.c.id == story_id)).first()
        return Story.model_validate_json(row[0]) if row else None

    def local_ids(self, event_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
        q = select(t.events.c.id, t.events.c.document, t.events.c.local_id).where(t.events.c.id.in_(list(event_ids)))
        return {r[0]: (r[1], r[2]) for r in self.conn.execute(q)}

    # ------------------------------------------------------------------ meta
    def meta(self, key: str) -> str | None:
        row = self.conn.execute(select(t.meta.c.value).where(t.meta.c.key == key)).first()
        return str(row[0]) if row else None

    def set_meta(self, key: str, value: str | None) -> None:
        self.conn.execute(delete(t.meta).where(t.meta.c.key == key))
        if value is not None:
            self.conn.execute(insert(t.meta).values(key=key, value=value))
