"""Read-only queries for matching, in plain SQL with bound parameters (no ORM classes loaded).

Rows come back as named tuples with the columns' names, so matching reads ``fact.value`` or
``source.title`` whichever module produced them.
"""

from __future__ import annotations

import os
from collections import namedtuple
from typing import Any

from verify.evidence.errors import StoreError
from verify.evidence.integrity import QUICK_CHECK, check_sqlite_store
from verify.evidence.keys import subject_key
from verify.evidence.location import HEAD_REVISION, default_location, sqlite_path
from verify.evidence.passages import PassageRow, PassageSearch, stored_date

FactRow = namedtuple("FactRow", "subject attribute value unit currency as_of valid_until excerpt")
SourceRow = namedtuple("SourceRow", "id location title published kind")
QuoteRow = namedtuple("QuoteRow", "speaker speaker_key words words_key")

_FACTS = ("SELECT f.subject, f.attribute, f.value, f.unit, f.currency, f.as_of, f.valid_until, f.excerpt, "
          "s.id, s.location, s.title, s.published, s.kind FROM facts f JOIN sources s ON s.id = f.source_id ")
DATA_KINDS = ("csv", "jsonl")  # sources imported as facts, with no sentences
_TABLE = "s.kind IN (" + ", ".join(f"'{kind}'" for kind in DATA_KINDS) + ")"
_FACTS_FOR = f"WHERE f.subject_key IN ({{values}}) AND {_TABLE}"
_HAS_TABLES = f"SELECT count(*) FROM (SELECT 1 FROM sources s WHERE {_TABLE} LIMIT 1) AS one"
_TEXT_OF = "SELECT text FROM sources WHERE id = :source"
_KEYS = "SELECT DISTINCT subject_key FROM facts WHERE subject_key >= :low AND subject_key < :high LIMIT :limit"


class _SQLiteRows:
    """Queries through Python's sqlite3 module, read-only.

    Why not SQLAlchemy here: importing it costs ~140 ms, a third of a cold ``check --evidence``,
    and reading an up-to-date SQLite store needs nothing it adds. Same SQL, same named parameters.
    """

    dialect = "sqlite"

    def __init__(self, connection: Any) -> None:
        self.connection = connection

    def rows(self, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        return self.connection.execute(sql, params).fetchall()

    def close(self) -> None:
        self.connection.close()


class _EngineRows:
    """Queries through a SQLAlchemy engine (PostgreSQL, or a store that needed migrating)."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name

    def rows(self, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        from sqlalchemy import text

        with self.engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql), params).all()]

    def close(self) -> None:
        self.engine.dispose()


def open_reader(url: str | None = None) -> Reader:
    """A reader on the store: sqlite3 for an up-to-date SQLite file, else a migrated SQLAlchemy engine."""
    location = url or default_location()
    path = sqlite_path(location)
    if path and os.path.isfile(path):
        import sqlite3

        try:
            connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=60)
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision and revision[0] == HEAD_REVISION:
                try:
                    check_sqlite_store(path, lambda: connection.execute(QUICK_CHECK).fetchall(), location)
                except StoreError:
                    connection.close()
                    raise
                return Reader(_SQLiteRows(connection))
            connection.close()
        except sqlite3.Error:
            pass  # not migrated yet, or not a store: the engine path migrates or reports it
    from verify.evidence.database import open_engine

    return Reader(_EngineRows(open_engine(location)[1]))


class Reader:
    """The queries matching needs."""

    def __init__(self, backend: Any) -> None:
        self.backend = backend if hasattr(backend, "rows") else _EngineRows(backend)
        self.passage_search = PassageSearch(self.backend)
        self._tables: bool | None = None

    def close(self) -> None:
        self.backend.close()

    def subject_keys_starting(self, first_word: str, limit: int = 500) -> list[str]:
        """Distinct subject keys beginning with a word: a range over the subject_key index, no scan."""
        keys = self.backend.rows(_KEYS, {"low": first_word, "high": first_word + "\uffff", "limit": limit})
        return [key for (key,) in keys if key == first_word or key.startswith(first_word + " ")]

    def has_tables(self) -> bool:
        """Does the store hold an imported data table (asked once)?"""
        if self._tables is None:
            (count,), = self.backend.rows(_HAS_TABLES, {})
            self._tables = bool(count)
        return self._tables

    def table_facts_for(self, keys: list[str]) -> list[tuple[FactRow, SourceRow]]:
        """The facts of data tables whose subject key is one of ``keys``, read by the index."""
        return self._facts(_FACTS_FOR, keys)

    def text_of(self, source_id: int) -> str:
        """The whole text of a source (empty for a data table)."""
        found = self.backend.rows(_TEXT_OF, {"source": source_id})
        return str(found[0][0]) if found else ""

    def _facts(self, where: str, values: list[str]) -> list[tuple[FactRow, SourceRow]]:
        """Facts with their sources, where a column is one of ``values`` (each a bound parameter)."""
        if not values:
            return []
        names = {f"v{i}": value for i, value in enumerate(values)}
        rows = self.backend.rows(_FACTS + where.format(values=", ".join(f":{n}" for n in names)), names)
        return [(FactRow(*r[:5], stored_date(r[5]), stored_date(r[6]), r[7]),
                 SourceRow(r[8], r[9], r[10], stored_date(r[11]), r[12])) for r in rows]

    def quotes_like(self, key: str, speaker: str | None) -> list[tuple[QuoteRow, SourceRow]]:
        """Stored quotes sharing a long word with ``key``, or by the same speaker, for alignment."""
        words = sorted(set(key.split()), key=len, reverse=True)[:3]
        conditions = [f"q.words_key LIKE :w{i}" for i in range(len(words))]
        params: dict[str, Any] = {f"w{i}": f"%{w}%" for i, w in enumerate(words)}
        if speaker:
            conditions.append("q.speaker_key = :speaker")
            params["speaker"] = subject_key(speaker)
        if not conditions:
            return []
        rows = self.backend.rows("SELECT q.speaker, q.speaker_key, q.words, q.words_key, s.id, s.location, s.title, "
                                 "s.published, s.kind "
                                 f"FROM quotes q JOIN sources s ON s.id = q.source_id WHERE {' OR '.join(conditions)} "
                                 "LIMIT 500", params)
        return [(QuoteRow(*r[:4]), SourceRow(r[4], r[5], r[6], stored_date(r[7]), r[8])) for r in rows]

    def passages_like(self, terms: list[str], limit: int) -> list[PassageRow]:
        """Passages holding any of ``terms`` (words or name phrases), best ranked first."""
        return self.passage_search.search(terms, limit)

    def passages_of(self, source_id: int) -> list[PassageRow]:
        """Every passage of one source, in document order."""
        return self.passage_search.of_source(source_id)
