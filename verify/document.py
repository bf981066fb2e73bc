"""The parsed article: its source as read, its prose view, and its metadata.

>>> doc = Document.from_plain("in-memory", "Revenue rose 5%.")
>>> doc.text, doc.source_span(13, 15)
('Revenue rose 5%.', (13, 15))
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from verify.source_index import SourceIndex

if TYPE_CHECKING:
    from verify.extract.context import TextContext
    from verify.refs.coref import References
from verify.textmap import TextMap, TextMapBuilder

_BLOCK_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")


@dataclass(frozen=True, slots=True)
class Directive:
    """An HTML comment in the source (``<!-- verify-ignore rule -- reason -->``)."""

    body: str
    start: int  # source offsets of the whole comment
    end: int


@dataclass
class Document:
    """An article ready for extraction.

    ``source`` is the file as read (decoded); ``text`` is its prose with markup
    removed; ``mapping`` turns prose offsets into source offsets.
    """

    name: str
    source: str
    text: str
    mapping: TextMap
    format: str = "text"
    published: date | None = None
    title: str | None = None
    url: str | None = None  # where the article is published (front matter, canonical link), if it says
    standfirst: str | None = None  # the text under the headline when it is not prose (front matter "dek")
    directives: list[Directive] = field(default_factory=list)
    # Prose ranges that are not ordinary paragraphs: (start, end, "heading" | "list" | "blockquote" | "caption").
    scopes: list[tuple[int, int, str]] = field(default_factory=list)

    def scope_at(self, offset: int) -> str:
        """The markup scope of a prose offset: heading, list, blockquote, caption, else paragraph.

        Scopes nest (a list inside a blockquote): the innermost one that holds the offset wins.

        >>> doc = Document.from_plain("a", "x" * 30)
        >>> doc.scopes = [(5, 10, "list"), (0, 20, "blockquote")]
        >>> doc.scope_at(7), doc.scope_at(12), doc.scope_at(25)
        ('list', 'blockquote', 'paragraph')
        """
        starts, names = self._scope_segments
        at = bisect_right(starts, offset) - 1
        return names[at] if at >= 0 else "paragraph"

    @cached_property
    def _scope_segments(self) -> tuple[list[int], list[str]]:
        """The prose cut where the innermost scope changes: (segment starts, their scope names),
        built once in a sweep so that each look-up is a bisection, not a scan of every scope."""
        boundaries: list[tuple[int, int, int, str]] = []  # (offset, 0 close / 1 open, -end, name)
        for start, end, name in self.scopes:
            if start < end:
                boundaries += [(start, 1, -end, name), (end, 0, 0, "")]
        starts: list[int] = []
        names: list[str] = []
        open_scopes: list[tuple[int, str]] = []  # (end, name), innermost last
        for offset, opening, negative_end, name in sorted(boundaries):
            while open_scopes and open_scopes[-1][0] <= offset:
                open_scopes.pop()
            if opening:
                open_scopes.append((-negative_end, name))
            current = open_scopes[-1][1] if open_scopes else "paragraph"
            if starts and starts[-1] == offset:
                names[-1] = current
            elif not names or names[-1] != current:
                starts.append(offset)
                names.append(current)
        return starts, names

    @classmethod
    def from_plain(cls, name: str, source: str, **meta: object) -> Document:
        builder = TextMapBuilder(source)
        builder.copy(0, len(source))
        text, mapping = builder.build()
        return cls(name=name, source=source, text=text, mapping=mapping, **meta)  # type: ignore[arg-type]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a prose span to the source span it came from."""
        return self.mapping.to_source(start, end)

    @cached_property
    def context(self) -> TextContext:
        """Sentences and entities of the prose, computed once for extraction and the rules."""
        from verify.extract.context import TextContext

        return TextContext(self.text)

    @cached_property
    def references(self) -> References:
        """The entities of the prose and how each mention refers to one, built once for extraction and checks."""
        from verify.refs.coref import build_references

        return build_references(self.text, self.context.sentences)

    @cached_property
    def index(self) -> SourceIndex:
        return SourceIndex(self.source)

    @cached_property
    def blocks(self) -> list[tuple[int, int]]:
        """Prose spans of paragraphs (blocks separated by blank lines)."""
        spans: list[tuple[int, int]] = []
        start = 0
        for match in _BLOCK_BREAK.finditer(self.text):
            if match.start() > start:
                spans.append((start, match.start()))
            start = match.end()
        if start < len(self.text):
            spans.append((start, len(self.text)))
        return spans
