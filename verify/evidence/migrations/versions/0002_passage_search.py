"""Passages become searchable sentences: what each states (spans), and a full-text index over them.

Revision ID: 0002
Revises: 0001

- ``passages.spans``: JSON, the figures, dates and names of the passage with offsets into its
  text (see :mod:`verify.evidence.spans`); NULL for passages stored before this revision, which
  are read on demand.
- SQLite: an FTS5 table over ``passages.text`` (external content, Porter stemming, BM25 ranking),
  kept in step by triggers on every insert, update and delete, so no code path can forget it.
  A later migration that rebuilds ``passages`` in batch mode must create the triggers again.
- PostgreSQL: a generated ``tsvector`` column (English configuration) with a GIN index, ranked
  with ``ts_rank``; the server computes it on every write.

Passages already stored are indexed by the upgrade. ``sources.kind`` gets an index, so that
matching asks in one look-up whether the store holds a data table at all.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_SQLITE_UP = (
    "CREATE VIRTUAL TABLE passages_fts USING fts5(text, content='passages', content_rowid='id', "
    "tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER passages_fts_insert AFTER INSERT ON passages BEGIN "
    "INSERT INTO passages_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER passages_fts_delete AFTER DELETE ON passages BEGIN "
    "INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER passages_fts_update AFTER UPDATE OF text ON passages BEGIN "
    "INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO passages_fts(rowid, text) VALUES (new.id, new.text); END",
    "INSERT INTO passages_fts(passages_fts) VALUES ('rebuild')",
)
_SQLITE_DOWN = ("DROP TRIGGER passages_fts_update", "DROP TRIGGER passages_fts_delete",
                "DROP TRIGGER passages_fts_insert", "DROP TABLE passages_fts")
_POSTGRESQL_UP = (
    "ALTER TABLE passages ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED",
    "CREATE INDEX ix_passages_search ON passages USING GIN (search)",
)
_POSTGRESQL_DOWN = ("DROP INDEX ix_passages_search", "ALTER TABLE passages DROP COLUMN search")


def _statements(sqlite: tuple[str, ...], postgresql: tuple[str, ...]) -> tuple[str, ...]:
    return sqlite if op.get_bind().dialect.name == "sqlite" else postgresql


def upgrade() -> None:
    op.add_column("passages", sa.Column("spans", sa.Text(), nullable=True))
    op.create_index("ix_sources_kind", "sources", ["kind"])
    for statement in _statements(_SQLITE_UP, _POSTGRESQL_UP):
        op.execute(statement)


def downgrade() -> None:
    for statement in _statements(_SQLITE_DOWN, _POSTGRESQL_DOWN):
        op.execute(statement)
    op.drop_index("ix_sources_kind", "sources")
    with op.batch_alter_table("passages") as batch:
        batch.drop_column("spans")
