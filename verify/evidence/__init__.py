"""The evidence store: sources, their passages, facts and quotes, in SQLite or PostgreSQL.

Imported only by the commands that use it (``verify evidence …``, ``verify check --evidence``):
SQLModel, SQLAlchemy and Alembic never load for a plain check.
"""
