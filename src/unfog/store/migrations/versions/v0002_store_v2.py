"""Version 2: store v2 (SQLAlchemy Core, SQLite or PostgreSQL).

The tables below are a frozen copy of ``unfog/store/tables.py`` at version 2 (a later version changes
them in its own migration). From a version-1 database the documents (their records) are kept; the
tables derived from the records (places, claims, events) and the stories are dropped and made again
by ``unfog db upgrade`` from the kept records, which this migration asks for with ``meta.reindex``.
Version-1 story ids (``story-{n}`` by size rank) were never stable, so none is carried over.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op
from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

metadata = MetaData()


meta = Table("meta", metadata, Column("key", Text, primary_key=True), Column("value", Text, nullable=False))

documents = Table(
    "documents",
    metadata,
    Column("id", String(255), primary_key=True),
    Column("text_sha256", String(64), nullable=False),
    Column("source_group", String(255), nullable=False),
    Column("published", String(10)),
    Column("outlet", Text),
    Column("title", Text),
    Column("url", Text),
    Column("record", Text, nullable=False),
    Column("unfog_version", String(32)),
    Column("fingerprint", String(32)),
    Column("signature", JSON),
    Column("names", JSON),
    Column("main_event", String(64)),
    Column("added_at", DateTime(timezone=True), nullable=False),
    Index("documents_hash", "text_sha256"),
    Index("documents_fingerprint", "fingerprint"),
    Index("documents_published", "published"),
)


def _doc_fk() -> Column[str]:
    return Column("document", String(255), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False)


places = Table(
    "places",
    metadata,
    _doc_fk(),
    Column("id", String(64), nullable=False),
    Column("name", Text, nullable=False),
    Column("geonames_id", Integer),
    Column("lat", Float),
    Column("lon", Float),
    Column("country_code", String(8)),
    Column("admin1", Text),
    Column("feature_code", String(16)),
    Column("precision", Integer),
    Column("mentions", Integer, nullable=False),
    Index("places_geonames", "geonames_id"),
    Index("places_pk", "document", "id", unique=True),
)

actors = Table(
    "actors",
    metadata,
    _doc_fk(),
    Column("id", String(64), nullable=False),
    Column("name", Text, nullable=False),
    Column("type", String(64)),
    Column("side", String(32)),
    Column("country", String(8)),
    Column("dictionary_id", String(255)),
    Column("mentions", Integer, nullable=False),
    Index("actors_dictionary", "dictionary_id"),
    Index("actors_pk", "document", "id", unique=True),
)

claims = Table(
    "claims",
    metadata,
    _doc_fk(),
    Column("id", String(64), nullable=False),
    Column("source", Text),
    Column("source_actor", String(64)),
    Column("cue", Text, nullable=False),
    Column("content", Text, nullable=False),
    Column("channel", String(64)),
    Column("relays", JSON, nullable=False),
    Column("stance", String(32)),
    Column("framing", String(32)),
    Index("claims_pk", "document", "id", unique=True),
)

events = Table(
    "events",
    metadata,
    Column("id", String(64), primary_key=True),
    _doc_fk(),
    Column("local_id", String(64), nullable=False),
    Column("trigger", Text, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("event_type", String(64)),
    Column("sub_event_type", String(128)),
    Column("plover", String(64)),
    Column("family", String(64)),
    Column("place", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("date", String(10)),
    Column("first_date", String(10)),
    Column("last_date", String(10)),
    Column("fatalities", Integer),
    Column("injured", Integer),
    Column("modality", String(16)),
    Column("near_lat", Float),
    Column("near_lon", Float),
    Column("story", String(64)),
    Column("features", JSON),
    Index("events_document", "document"),
    Index("events_date", "date"),
    Index("events_type", "event_type", "sub_event_type"),
    Index("events_bbox", "lat", "lon"),
    Index("events_candidates", "family", "first_date"),
    Index("events_story", "story"),
)

stories = Table(
    "stories",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("status", String(16), nullable=False),
    Column("event_type", String(64)),
    Column("place", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("date", String(10)),
    Column("size", Integer, nullable=False),
    Column("documents", Integer, nullable=False),
    Column("story", Text, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Index("stories_status", "status"),
    Index("stories_date", "date"),
    Index("stories_seq", "seq"),
)

story_members = Table(
    "story_members",
    metadata,
    Column("story", String(64), ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("event", String(64), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("document", String(255), nullable=False),
    Index("story_members_event", "event"),
    Index("story_members_document", "document"),
)

story_merges = Table(
    "story_merges",
    metadata,
    Column("absorbed", String(64), primary_key=True),
    Column("into", String(64), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Index("story_merges_into", "into"),
)

doc_names = Table(
    "doc_names",
    metadata,
    Column("name", String(128), nullable=False),
    _doc_fk(),
    Column("published", String(10), nullable=False),
    Index("doc_names_name", "name", "published"),
    Index("doc_names_document", "document"),
)

doc_shingles = Table(
    "doc_shingles",
    metadata,
    Column("band", String(32), nullable=False),
    _doc_fk(),
    Index("doc_shingles_band", "band"),
    Index("doc_shingles_document", "document"),
)


def _when(value: object) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    try:
        return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)
    except ValueError:
        return datetime.now(UTC)


def upgrade() -> None:
    bind = op.get_bind()
    for name in ("stories", "events", "claims", "places"):
        op.drop_table(name)
    op.drop_index("documents_hash", table_name="documents")
    op.rename_table("documents", "documents_v1")
    metadata.create_all(bind)
    if bind.dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE documents_fts USING fts5(id UNINDEXED, title, body, tokenize='porter')")
    else:
        op.execute("CREATE TABLE documents_fts (id VARCHAR(255) PRIMARY KEY REFERENCES documents(id) "
                   "ON DELETE CASCADE, tsv TSVECTOR NOT NULL)")
        op.execute("CREATE INDEX documents_fts_tsv ON documents_fts USING GIN (tsv)")
    old = bind.execute(sa.text(
        "SELECT id, text_sha256, published, outlet, title, url, record, added_at FROM documents_v1"
    )).mappings().all()
    if old:
        bind.execute(documents.insert(), [
            {**{k: r[k] for k in ("id", "text_sha256", "published", "outlet", "title", "url", "record")},
             "source_group": r["id"], "added_at": _when(r["added_at"]), "unfog_version": None, "fingerprint": None}
            for r in old
        ])
        bind.execute(meta.insert().values(key="reindex", value="1"))
    op.drop_table("documents_v1")
    bind.execute(meta.update().where(meta.c.key == "schema_version").values(value="2"))


def downgrade() -> None:
    raise NotImplementedError("store v2 cannot be turned back into version 1")
