"""The tables of the evidence store (SQLModel). Migrations in ``migrations/`` create them.

- ``sources``: a document the newsroom trusts (URL or path, title, publisher, dates, text),
  unique by the SHA-256 of its content, so adding it twice is a no-op.
- ``passages``: its sentences, each with the figures, dates and names it states (``spans``, JSON),
  searchable by full text (FTS5 on SQLite, ``tsvector`` on PostgreSQL: see migration 0002).
- ``facts``: one stated value: subject, attribute, value with unit or currency, the date or
  period it holds for, and where it comes from.
- ``quotes``: words attributed to a speaker in a source.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import DateTime
from sqlmodel import Field, SQLModel


class Source(SQLModel, table=True):
    __tablename__ = "sources"

    id: int | None = Field(default=None, primary_key=True)
    location: str = Field(index=True, description="URL or path as given")
    kind: str = Field(default="text", index=True, description="html, markdown, text, csv or jsonl")
    title: str | None = None
    publisher: str | None = None
    published: date | None = None
    retrieved_at: datetime = Field(sa_type=DateTime(timezone=True))
    content_hash: str = Field(unique=True, index=True, max_length=64)
    text: str = ""


class Passage(SQLModel, table=True):
    __tablename__ = "passages"

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="sources.id", index=True, ondelete="CASCADE")
    position: int
    text: str
    spans: str | None = Field(default=None, description="JSON: figures, dates and names, offsets into text")


class Fact(SQLModel, table=True):
    __tablename__ = "facts"

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="sources.id", index=True, ondelete="CASCADE")
    subject: str
    subject_key: str = Field(index=True, description="normalised subject for matching")
    attribute: str = ""
    value: float
    unit: str | None = None
    currency: str | None = Field(default=None, max_length=3)
    as_of: date | None = Field(default=None, description="the day or first day the value holds for")
    valid_until: date | None = Field(default=None, description="the last day it holds for, if a period")
    excerpt: str | None = None


class Quote(SQLModel, table=True):
    __tablename__ = "quotes"

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="sources.id", index=True, ondelete="CASCADE")
    speaker: str | None = None
    speaker_key: str | None = Field(default=None, index=True)
    words: str
    words_key: str = Field(description="normalised words for alignment")
    said_on: date | None = None
