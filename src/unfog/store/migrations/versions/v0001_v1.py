"""Version 1: the schema of the first store (unfog 0.1), which kept the version in ``meta``.

A version-1 file made by that store has these tables and no ``alembic_version``; opening it for an
upgrade stamps it at this revision first.

Revision ID: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("meta", sa.Column("key", sa.Text, primary_key=True), sa.Column("value", sa.Text, nullable=False))
    op.create_table(
        "documents",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("text_sha256", sa.Text, nullable=False),
        sa.Column("published", sa.Text), sa.Column("outlet", sa.Text), sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("record", sa.Text, nullable=False),
        sa.Column("added_at", sa.Text, nullable=False, server_default=sa.text("CURRENT_TIMESTAMP")),
    )
    op.create_index("documents_hash", "documents", ["text_sha256"])

    def doc() -> list[sa.Column[str]]:
        return [sa.Column("document", sa.Text, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
                sa.Column("id", sa.Text, nullable=False)]

    op.create_table(
        "places", *doc(), sa.Column("name", sa.Text, nullable=False),
        sa.Column("geonames_id", sa.Integer), sa.Column("lat", sa.Float), sa.Column("lon", sa.Float),
        sa.Column("country_code", sa.Text), sa.Column("precision", sa.Integer),
        sa.Column("mentions", sa.Integer, nullable=False), sa.PrimaryKeyConstraint("document", "id"),
    )
    op.create_table(
        "claims", *doc(), sa.Column("source", sa.Text), sa.Column("cue", sa.Text, nullable=False),
        sa.Column("content", sa.Text, nullable=False), sa.Column("channel", sa.Text), sa.Column("relays", sa.Text),
        sa.Column("stance", sa.Text), sa.Column("framing", sa.Text), sa.PrimaryKeyConstraint("document", "id"),
    )
    op.create_table(
        "events", *doc(), sa.Column("trigger", sa.Text, nullable=False),
        sa.Column("event_type", sa.Text), sa.Column("sub_event_type", sa.Text), sa.Column("plover", sa.Text),
        sa.Column("place", sa.Text), sa.Column("lat", sa.Float), sa.Column("lon", sa.Float),
        sa.Column("date", sa.Text), sa.Column("fatalities", sa.Integer), sa.Column("injured", sa.Integer),
        sa.Column("modality", sa.Text), sa.PrimaryKeyConstraint("document", "id"),
    )
    op.create_table(
        "stories", sa.Column("id", sa.Text, primary_key=True), sa.Column("status", sa.Text, nullable=False),
        sa.Column("story", sa.Text, nullable=False),
    )
    op.execute("INSERT INTO meta (key, value) VALUES ('schema_version', '1')")


def downgrade() -> None:
    for name in ("stories", "events", "claims", "places", "documents", "meta"):
        op.drop_table(name)
