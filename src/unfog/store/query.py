"""Read queries for the HTTP API and the exports: filtered lists of documents, places, actors,
claims, events and stories, one page at a time (keyset pagination: a page ends with an opaque
cursor naming its last row, and the next page starts after it, so a page costs the same whatever
its depth and rows added meanwhile are neither skipped nor repeated).

    q = Queries(store)
    page = q.stories(Filters(status="contested", bbox=(36.0, 47.0, 39.0, 49.0)), limit=100)
    more = q.stories(filters, limit=100, cursor=page.cursor)

Filters that a table cannot answer are ignored by it (a place has no status). ``bbox`` is (west,
south, east, north) in degrees, as GeoJSON writes it; dates compare as ``YYYY-MM-DD`` text; ``actor``
matches an actor's name (case-insensitive, part of it) or its dictionary id; ``q`` is a full-text
query over the documents' titles and texts (FTS5 on SQLite, tsvector on PostgreSQL).
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select, tuple_

from unfog.store import tables as t
from unfog.store.store import Store
from unfog.stories.features import DOCUMENT_EVENT

#: at most this many documents answer a full-text filter (the best ones)
SEARCH_LIMIT = 5000


class CursorError(ValueError):
    """A cursor that this query did not make."""


@dataclass(frozen=True)
class Filters:
    date_from: str | None = None
    date_to: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    event_type: str | None = None
    actor: str | None = None
    status: str | None = None
    q: str | None = None
    document: str | None = None
    story: str | None = None


@dataclass(frozen=True)
class Page:
    items: list[dict[str, Any]]
    cursor: str | None


def encode_cursor(key: Sequence[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(list(key)).encode()).decode().rstrip("=")


def decode_cursor(cursor: str, n: int) -> list[Any]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key = json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError) as e:
        raise CursorError("cursor is not one this API gave") from e
    if not isinstance(key, list) or len(key) != n:
        raise CursorError("cursor is not one this API gave")
    return key


def _like(column: Any, needle: str) -> ColumnElement[bool]:
    pattern = "%" + needle.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return func.lower(column).like(pattern, escape="\\")


def _actor_in_document(document_col: Any, actor: str) -> ColumnElement[bool]:
    a = t.actors.c
    return exists().where(a.document == document_col, or_(_like(a.name, actor), a.dictionary_id == actor))


class Queries:
    def __init__(self, store: Store) -> None:
        self.store = store

    # ------------------------------------------------------------------ helpers
    def _search(self, query: str) -> list[str]:
        return self.store.search(query, limit=SEARCH_LIMIT)

    def _page(self, q: Select[Any], keys: Sequence[Any], limit: int, cursor: str | None,
              row: Any = None) -> Page:
        if cursor is not None:
            after = decode_cursor(cursor, len(keys))
            q = q.where(tuple_(*keys) > tuple_(*after)) if len(keys) > 1 else q.where(keys[0] > after[0])
        q = q.order_by(*keys).limit(limit + 1)
        with self.store.read() as tx:
            rows = [dict(r._mapping) for r in tx.conn.execute(q)]
        more = len(rows) > limit
        rows = rows[:limit]
        names = [k.key for k in keys]
        next_cursor = encode_cursor([rows[-1][n] for n in names]) if more and rows else None
        items = [row(r) for r in rows] if row is not None else rows
        return Page(items, next_cursor)

    def _dates(self, col: Any, f: Filters) -> list[ColumnElement[bool]]:
        out: list[ColumnElement[bool]] = []
        if f.date_from:
            out.append(col >= f.date_from)
        if f.date_to:
            out.append(col <= f.date_to)
        return out

    @staticmethod
    def _bbox(lat: Any, lon: Any, f: Filters) -> list[ColumnElement[bool]]:
        if f.bbox is None:
            return []
        west, south, east, north = f.bbox
        if west <= east:
            return [lat.between(south, north), lon.between(west, east)]
        return [lat.between(south, north), or_(lon >= west, lon <= east)]  # across the antimeridian

    # ------------------------------------------------------------------ lists
    def _by_document(self, doc: Any, f: Filters) -> list[ColumnElement[bool]]:
        """The filters every per-document listing shares: one document, the full-text query."""
        conds: list[ColumnElement[bool]] = []
        if f.document:
            conds.append(doc == f.document)
        if f.q:
            conds.append(doc.in_(self._search(f.q)))
        return conds

    @staticmethod
    def _story_documents(story: str) -> Select[Any]:
        """The documents of a story (a subquery)."""
        return select(t.story_members.c.document).where(t.story_members.c.story == story)

    def documents(self, f: Filters, limit: int, cursor: str | None = None) -> Page:
        d = t.documents.c
        q = select(d.id, d.published, d.outlet, d.title, d.url, d.source_group)
        conds = self._dates(d.published, f)
        if f.actor:
            conds.append(_actor_in_document(d.id, f.actor))
        if f.q:
            conds.append(d.id.in_(self._search(f.q)))
        if f.story:
            conds.append(d.id.in_(self._story_documents(f.story)))
        return self._page(q.where(*conds), [d.id], limit, cursor)

    def places(self, f: Filters, limit: int, cursor: str | None = None) -> Page:
        p = t.places.c
        q = select(p.document, p.id, p.name, p.geonames_id, p.lat, p.lon, p.country_code, p.admin1, p.feature_code,
                   p.precision, p.mentions)
        conds = self._bbox(p.lat, p.lon, f) + self._by_document(p.document, f)
        return self._page(q.where(*conds), [p.document, p.id], limit, cursor)

    def actors(self, f: Filters, limit: int, cursor: str | None = None) -> Page:
        a = t.actors.c
        q = select(a.document, a.id, a.name, a.type, a.side, a.country, a.dictionary_id, a.mentions)
        conds = self._by_document(a.document, f)
        if f.actor:
            conds.append(or_(_like(a.name, f.actor), a.dictionary_id == f.actor))
        return self._page(q.where(*conds), [a.document, a.id], limit, cursor)

    def claims(self, f: Filters, limit: int, cursor: str | None = None) -> Page:
        c = t.claims.c
        q = select(c.document, c.id, c.source, c.source_actor, c.cue, c.content, c.channel, c.relays, c.stance,
                   c.framing)
        conds = self._by_document(c.document, f)
        if f.actor:
            conds.append(or_(_like(c.source, f.actor), c.source_actor == f.actor))
        if f.story:
            conds.append(c.document.in_(self._story_documents(f.story)))
        return self._page(q.where(*conds), [c.document, c.id], limit, cursor)

    def events(self, f: Filters, limit: int, cursor: str | None = None) -> Page:
        e = t.events.c
        q = select(e.id, e.document, e.local_id, e.trigger, e.event_type, e.sub_event_type, e.plover, e.place,
                   e.lat, e.lon, e.date, e.fatalities, e.injured, e.modality, e.story)
        conds = self._dates(e.date, f) + self._bbox(e.lat, e.lon, f)
        # a document with no event of its own stands in its story as a whole: not an event to list
        conds.append(e.local_id != DOCUMENT_EVENT)
        if f.event_type:
            conds.append(or_(e.event_type == f.event_type, e.sub_event_type == f.event_type,
                             e.plover == f.event_type))
        if f.actor:
            conds.append(_actor_in_document(e.document, f.actor))
        conds += self._by_document(e.document, f)
        if f.story:
            conds.append(e.story == f.story)
        return self._page(q.where(*conds), [e.id], limit, cursor)

    def stories(self, f: Filters, limit: int, cursor: str | None = None) -> Page:
        s = t.stories.c
        q = select(s.seq, s.id, s.status, s.event_type, s.place, s.lat, s.lon, s.date, s.size, s.documents, s.story)
        conds = self._dates(s.date, f) + self._bbox(s.lat, s.lon, f)
        if f.status:
            conds.append(s.status == f.status)
        if f.event_type:
            conds.append(or_(s.event_type == f.event_type, s.id.in_(
                select(t.events.c.story).where(or_(t.events.c.sub_event_type == f.event_type,
                                                   t.events.c.plover == f.event_type)))))
        m = t.story_members.c
        if f.actor:
            conds.append(exists().where(m.story == s.id, _actor_in_document(m.document, f.actor)))
        if f.q:
            conds.append(exists().where(m.story == s.id, m.document.in_(self._search(f.q))))
        if f.document:
            conds.append(exists().where(m.story == s.id, m.document == f.document))
        return self._page(q.where(and_(*conds)) if conds else q, [s.seq], limit, cursor, row=story_row)


def story_row(r: dict[str, Any]) -> dict[str, Any]:
    """A story as the lists give it: the table's columns and, from the story, its ACLED sub-event
    type, independent sources and the number of contradictions."""
    story = json.loads(r.pop("story"))
    r.pop("seq", None)
    acled = story.get("acled") or {}
    r["sub_event_type"] = acled.get("sub_event_type")
    r["sources"] = story.get("sources", [])
    r["independent_sources"] = len(r["sources"])
    r["contradictions"] = len(story.get("contradictions", []))
    return r
