"""Offsets to 1-based line and column, computed once per source.

Rules and extractors only ever produce character offsets; formatters turn
them into line and column here. Lines end at ``\\n``, ``\\r\\n`` or a lone
``\\r``; columns count Unicode code points.

>>> index = SourceIndex("ab\\r\\ncd\\ref")
>>> index.line_column(0), index.line_column(4), index.line_column(8)
((1, 1), (2, 1), (3, 2))
>>> index.line_text(2)
'cd'
"""

from __future__ import annotations

import re
from bisect import bisect_right

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class SourceIndex:
    """Line starts of one source text, for offset → (line, column) look-ups."""

    __slots__ = ("_source", "_starts")

    def __init__(self, source: str) -> None:
        self._source = source
        self._starts = [0] + [m.end() for m in _LINE_BREAK.finditer(source)]

    def line_column(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) of a character offset."""
        line = bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def line_text(self, line: int) -> str:
        """Return the text of a 1-based line, without its line break."""
        start = self._starts[line - 1]
        end = self._starts[line] if line < len(self._starts) else len(self._source)
        return self._source[start:end].rstrip("\r\n")
