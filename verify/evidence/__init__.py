"""The evidence store: sources, their passages, facts and quotes, in SQLite or PostgreSQL.

Imported only by the commands that use it (``verify evidence …``, ``verify check --evidence``):
SQLModel, SQLAlchemy and Alembic never load for a plain check.
"""

from __future__ import annotations

import sys


def close_open_stores() -> None:
    """Close every store, engine and reader this process opened (a no-op if none was).

    Looks only at modules already imported, so calling it never loads a database library.
    """
    store = sys.modules.get("verify.evidence.store")
    if store is not None:
        store.close_all()
    database = sys.modules.get("verify.evidence.database")
    if database is not None:
        database.close_engines()
