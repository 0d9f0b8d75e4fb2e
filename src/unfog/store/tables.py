"""The tables of the store (schema version 2), in SQLAlchemy Core: one description for SQLite and
PostgreSQL. The migrations under ``migrations/versions`` create them; this module is what the
queries are written against, and a test checks that the two agree.

- documents: one row per document, its whole record as JSON, the text's hash, its source group (the
  first stored document of its near-identical copies), and the provenance of the analysis (unfog
  version, fingerprint of the model and knowledge files);
- places, actors, claims (relays as a JSON list), events: the record's parts, for queries; an
  event's ``id`` is stable (derived from its document and trigger span), ``local_id`` is its id in
  the record ("e3");
- events also hold what the story builder compares (``features``, JSON) and their story;
- stories, story_members, story_merges (which story id absorbed which);
- doc_shingles: the near-duplicate index (a few min-hash bands per document);
- doc_names: the rarest names a document gives (its key participants and places), by publication
  date ('' when undated), to find the documents that report the same incident in other words (their
  similarity vectors are in ``documents.names``);
- full-text search: an FTS5 table ``documents_fts`` on SQLite, a ``tsv`` column with a GIN index
  on PostgreSQL (made by the migration, not described here).
"""

from __future__ import annotations

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

SCHEMA_VERSION = "2"

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
