"""Alembic migrations of the evidence store, applied by :func:`verify.evidence.store.open_store`."""
