"""Connecting to an evidence store and keeping its schema current, without the ORM classes.

``check --evidence`` only reads, so it uses an engine from here and the plain SQL of
:mod:`verify.evidence.reader`; SQLModel and Alembic load only when they are needed.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

from verify.errors import VerifyError
from verify.evidence.location import HEAD_REVISION, STORE_ENV, content_hash, default_location  # noqa: F401


class StoreError(VerifyError):
    """The evidence store cannot be opened or written (exit 2, never a silent pass)."""


def _sqlite_pragmas(connection: Any, record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
    cursor.execute("PRAGMA busy_timeout=60000")  # concurrent writers wait instead of failing
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 60})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)




def _current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (OperationalError, ProgrammingError):
        return None


def _migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision; Alembic is imported only when that is needed."""
    if _current_revision(engine) == HEAD_REVISION:
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    for attempt in range(5):
        try:
            with engine.begin() as connection:
                if engine.dialect.name == "postgresql":
                    connection.execute(text("SELECT pg_advisory_xact_lock(4242001)"))  # one migrator at a time
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
            return
        except (OperationalError, IntegrityError):
            if attempt == 4:
                raise
            time.sleep(0.2 * (attempt + 1))  # another process was creating the same store


_ENGINES: list[Engine] = []


def open_engine(url: str | None = None, *, register: bool = True) -> tuple[str, Engine]:
    """An engine on a migrated store, and its location."""
    location = url or default_location()
    engine = None
    try:
        engine = _engine(location)
        _migrate(engine)
    except VerifyError:
        raise
    except Exception as exc:  # SQLAlchemy, driver or filesystem: one line for the user
        if engine is not None:
            engine.dispose()
        raise StoreError(f"evidence store {location}: {type(exc).__name__}: {str(exc).splitlines()[0]}") from None
    if register:
        _ENGINES.append(engine)
    return location, engine


def close_engines() -> None:
    while _ENGINES:
        _ENGINES.pop().dispose()
