"""Opening the evidence store and reading and writing it.

>>> import tempfile
>>> store = open_store(f"sqlite:///{tempfile.mkdtemp()}/e.sqlite")
>>> store.counts()
{'sources': 0, 'facts': 0, 'quotes': 0}
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, or_
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, delete, select

from verify.evidence.database import (  # noqa: F401  (re-exported for callers of the store)
    STORE_ENV,
    StoreError,
    close_engines,
    content_hash,
    default_location,
    open_engine,
)
from verify.evidence.keys import subject_key, words_key
from verify.evidence.models import Fact, Passage, Quote, Source

_OPEN: list[Store] = []
IMPORT_BATCH = 10_000  # rows per INSERT: large enough to be fast, small enough to keep memory flat


def close_all() -> None:
    """Close every store and engine opened in this process (their pooled connections)."""
    while _OPEN:
        _OPEN.pop().close()
    close_engines()


class Store:
    """A connection to one evidence store."""

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        _OPEN.append(self)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        with Session(self.engine) as session:
            yield session

    def counts(self) -> dict[str, int]:
        with self.session() as session:
            return {name: session.exec(select(func.count()).select_from(table)).one()
                    for name, table in (("sources", Source), ("facts", Fact), ("quotes", Quote))}

    def add_source(self, source: Source, passages: Iterable[tuple[str, str]], facts: Iterable[Fact],
                   quotes: Iterable[Quote]) -> tuple[int, bool]:
        """Store a source with its passages (text, spans JSON), facts and quotes in one transaction.

        Returns (source id, created). The same content twice is a no-op that returns the first id.
        """
        with self.session() as session:
            existing = session.exec(select(Source).where(Source.content_hash == source.content_hash)).first()
            if existing is not None:
                return int(existing.id or 0), False
            try:
                session.add(source)
                session.flush()
                source_id = int(source.id or 0)
                session.add_all(Passage(source_id=source_id, position=i, text=text, spans=spans)
                                for i, (text, spans) in enumerate(passages))
                for fact in facts:
                    fact.source_id = source_id
                    session.add(fact)
                for quote in quotes:
                    quote.source_id = source_id
                    session.add(quote)
                session.commit()
            except IntegrityError:  # another process stored the same content meanwhile
                session.rollback()
                again = session.exec(select(Source).where(Source.content_hash == source.content_hash)).one()
                return int(again.id or 0), False
            return source_id, True

    def add_facts_bulk(self, source: Source, rows: Iterable[dict[str, Any]]) -> tuple[int, bool]:
        """Many facts of one source (an imported file): one transaction, inserted in bounded batches
        as ``rows`` yields them (so memory stays flat at a million rows, and a bad row raised by the
        iterator stores nothing). The same content twice, or stored meanwhile by another process,
        is a no-op that returns the first id."""
        existing = self._source_with_hash(source.content_hash)
        if existing is not None:
            return existing, False
        try:
            with self.engine.begin() as connection:
                source_id = connection.execute(Source.__table__.insert().values(  # type: ignore[attr-defined]
                    **source.model_dump(exclude={"id"}))).inserted_primary_key[0]
                batch: list[dict[str, Any]] = []
                for row in rows:
                    row["source_id"] = source_id
                    batch.append(row)
                    if len(batch) == IMPORT_BATCH:
                        connection.execute(Fact.__table__.insert(), batch)  # type: ignore[attr-defined]
                        batch = []
                if batch:
                    connection.execute(Fact.__table__.insert(), batch)  # type: ignore[attr-defined]
        except IntegrityError:  # another importer stored the same file first
            existing = self._source_with_hash(source.content_hash)
            if existing is None:
                raise
            return existing, False
        return int(source_id), True

    def _source_with_hash(self, digest: str) -> int | None:
        with self.engine.connect() as connection:
            found = connection.execute(select(Source.id).where(Source.content_hash == digest)).first()
        return None if found is None else int(found[0])

    def sources(self) -> list[Source]:
        with self.session() as session:
            return list(session.exec(select(Source).order_by(col(Source.id))))

    def source(self, source_id: int) -> tuple[Source, list[Fact], list[Quote]] | None:
        with self.session() as session:
            found = session.get(Source, source_id)
            if found is None:
                return None
            facts = list(session.exec(select(Fact).where(Fact.source_id == source_id).order_by(col(Fact.id))))
            quotes = list(session.exec(select(Quote).where(Quote.source_id == source_id).order_by(col(Quote.id))))
            return found, facts, quotes

    def remove(self, source_id: int) -> bool:
        with self.session() as session:
            found = session.get(Source, source_id)
            if found is None:
                return False
            for table in (Passage, Fact, Quote):
                session.exec(delete(table).where(table.source_id == source_id))  # type: ignore[call-overload]
            session.delete(found)
            session.commit()
            return True

    def search(self, query: str, limit: int = 20) -> tuple[list[Fact], list[Quote], list[Source]]:
        """Facts whose subject, quotes whose speaker or words, sources whose title contain the query."""
        pattern = f"%{query.lower()}%"
        key = f"%{subject_key(query)}%"
        with self.session() as session:
            facts = list(session.exec(select(Fact).where(or_(col(Fact.subject_key).like(key),
                                                             func.lower(Fact.attribute).like(pattern))).limit(limit)))
            quotes = list(session.exec(select(Quote).where(or_(func.lower(Quote.speaker).like(pattern),
                                                               col(Quote.words_key).like(f"%{words_key(query)}%")))
                                       .limit(limit)))
            sources = list(session.exec(select(Source).where(func.lower(Source.title).like(pattern)).limit(limit)))
            return facts, quotes, sources


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating if needed) the store at ``url`` or the default location."""
    location, engine = open_engine(url, register=False)
    return Store(location, engine)


def now() -> datetime:
    """When a source was retrieved (the only use of the clock: dates in articles never are)."""
    return datetime.now(UTC)  # noqa: TID251
