"""Connecting to an evidence store and keeping its schema current, without the ORM classes.

``check --evidence`` only reads, so it uses an engine from here and the plain SQL of
:mod:`verify.evidence.reader`; SQLModel and Alembic load only when they are needed.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

from verify.errors import VerifyError
from verify.evidence.errors import StoreError, reason, redact, store_errors
from verify.evidence.integrity import QUICK_CHECK, check_sqlite_store
from verify.evidence.location import HEAD_REVISION, STORE_ENV, content_hash, default_location, sqlite_path  # noqa: F401


def _sqlite_pragmas(connection: Any, record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
    cursor.execute("PRAGMA busy_timeout=60000")  # concurrent writers wait instead of failing
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _explicit_transactions(engine: Engine) -> None:
    """Let SQLAlchemy, not pysqlite, begin transactions, and take the write lock at BEGIN.

    pysqlite runs DDL outside any transaction, so a kill during the first migration would leave
    tables without a schema version; with this, the whole migration is one transaction
    (SQLite's DDL is transactional) and a second migrator waits for the first at BEGIN.
    """
    @event.listens_for(engine, "connect")
    def _no_implicit_begin(connection: Any, record: Any) -> None:
        connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin_immediate(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _engine(url: str, *, migrating: bool = False) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 60})
        event.listen(engine, "connect", _sqlite_pragmas)
        if migrating:
            _explicit_transactions(engine)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (OperationalError, ProgrammingError):
        return None


def _clear_half_made(connection: Any, location: str) -> None:
    """A store with tables but no schema version was killed while being made (before migrations ran
    in one transaction): drop its empty tables so that the migration can make them again. Tables
    with rows are never dropped; other applications' tables are never touched."""
    from sqlalchemy import inspect

    from verify.evidence import models

    existing = set(inspect(connection).get_table_names())
    for table in reversed(models.SQLModel.metadata.sorted_tables):
        if table.name not in existing:
            continue
        if connection.execute(text(f'SELECT 1 FROM "{table.name}" LIMIT 1')).first() is not None:
            raise StoreError(f"evidence store {redact(location)}: table {table.name} holds rows but the store has no "
                             "schema version; it was not made by verify, or was damaged: use another --store")
        connection.execute(text(f'DROP TABLE "{table.name}"'))


def _revision_in(connection: Any) -> str | None:
    from sqlalchemy import inspect

    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _migrate(engine: Engine, location: str) -> None:
    """Bring the schema to the newest revision in one transaction; Alembic is imported only when needed."""
    if _current_revision(engine) == HEAD_REVISION:
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    migrating = _engine(location, migrating=True) if engine.dialect.name == "sqlite" else engine
    try:
        for attempt in range(5):
            try:
                with migrating.begin() as connection:
                    if engine.dialect.name == "postgresql":
                        connection.execute(text("SELECT pg_advisory_xact_lock(4242001)"))  # one migrator at a time
                    revision = _revision_in(connection)
                    if revision == HEAD_REVISION:
                        return  # another process migrated while this one waited for the lock
                    if revision is None:
                        _clear_half_made(connection, location)
                    config.attributes["connection"] = connection
                    command.upgrade(config, "head")
                return
            except (OperationalError, IntegrityError):
                if attempt == 4:
                    raise
                time.sleep(0.2 * (attempt + 1))  # another process was creating the same store
    finally:
        if migrating is not engine:
            migrating.dispose()


def _check_integrity(engine: Engine, location: str) -> None:
    """Refuse a damaged SQLite file (``PRAGMA quick_check``) rather than read or extend it silently."""
    path = sqlite_path(location)
    if engine.dialect.name != "sqlite" or not path or not os.path.isfile(path):
        return
    with engine.connect() as connection:
        check_sqlite_store(path, lambda: list(connection.exec_driver_sql(QUICK_CHECK).all()), location)


_ENGINES: list[Engine] = []


def open_engine(url: str | None = None, *, register: bool = True) -> tuple[str, Engine]:
    """An engine on a migrated store, and its location."""
    location = url or default_location()
    engine = None
    try:
        with store_errors(location):
            engine = _engine(location)
            _check_integrity(engine, location)
            _migrate(engine, location)
    except Exception as exc:
        if engine is not None:
            engine.dispose()
        if isinstance(exc, VerifyError):
            raise
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else reason(exc)
        raise StoreError(f"evidence store {redact(location)}: {detail}") from None  # a missing driver, a folder
    if register:
        _ENGINES.append(engine)
    return location, engine


def close_engines() -> None:
    while _ENGINES:
        _ENGINES.pop().dispose()
