"""Alembic environment: run migrations on the connection that verify hands over."""

from __future__ import annotations

from alembic import context

from verify.evidence import models  # registers the tables on the metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=models.SQLModel.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
