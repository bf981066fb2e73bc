"""The first schema: sources, passages, facts, quotes.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("location", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=True),
        sa.Column("publisher", sa.String(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("retrieved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
    )
    op.create_index("ix_sources_location", "sources", ["location"])
    op.create_index("ix_sources_content_hash", "sources", ["content_hash"], unique=True)
    op.create_table(
        "passages",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("source_id", sa.Integer(), sa.ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
    )
    op.create_index("ix_passages_source_id", "passages", ["source_id"])
    op.create_table(
        "facts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("source_id", sa.Integer(), sa.ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
        sa.Column("subject", sa.String(), nullable=False),
        sa.Column("subject_key", sa.String(), nullable=False),
        sa.Column("attribute", sa.String(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("as_of", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("excerpt", sa.Text(), nullable=True),
    )
    op.create_index("ix_facts_source_id", "facts", ["source_id"])
    op.create_index("ix_facts_subject_key", "facts", ["subject_key"])
    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("source_id", sa.Integer(), sa.ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
        sa.Column("speaker", sa.String(), nullable=True),
        sa.Column("speaker_key", sa.String(), nullable=True),
        sa.Column("words", sa.Text(), nullable=False),
        sa.Column("words_key", sa.Text(), nullable=False),
        sa.Column("said_on", sa.Date(), nullable=True),
    )
    op.create_index("ix_quotes_source_id", "quotes", ["source_id"])
    op.create_index("ix_quotes_speaker_key", "quotes", ["speaker_key"])


def downgrade() -> None:
    for table in ("quotes", "facts", "passages", "sources"):
        op.drop_table(table)
