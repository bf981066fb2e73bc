"""The prose view of a document and its map back to source offsets.

Loaders strip markup (front matter, tags, code) and decode entities into a
*prose* string that the extractors read. A :class:`TextMap` records, run by
run, which source characters each prose character came from, so a span found
in the prose maps back to the exact characters of the file as read.

>>> builder = TextMapBuilder("<p>5&nbsp;m</p>")
>>> builder.copy(3, 4); builder.replace(4, 10, "\\u00a0"); builder.copy(10, 11)
>>> text, mapping = builder.build()
>>> text
'5\\xa0m'
>>> mapping.to_source(0, 3)
(3, 11)
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class _Run:
    text_start: int
    text_len: int
    src_start: int
    src_end: int
    identity: bool  # True: prose chars equal source chars one to one


class TextMap:
    """Maps prose offsets to source offsets; built by :class:`TextMapBuilder`."""

    __slots__ = ("_keys", "_runs")

    def __init__(self, runs: list[_Run]) -> None:
        self._runs = runs
        self._keys = [run.text_start for run in runs]

    def _run_at(self, offset: int) -> _Run:
        return self._runs[max(bisect_right(self._keys, offset) - 1, 0)]

    def to_prose(self, offset: int) -> int:
        """The prose offset of a source offset, or of the first prose after it when the source
        there is not prose (markup, a comment): where a finding about that place is shown.

        >>> builder = TextMapBuilder("a<!-- x -->b")
        >>> builder.copy(0, 1); builder.copy(11, 12)
        >>> mapping = builder.build()[1]
        >>> mapping.to_prose(0), mapping.to_prose(4), mapping.to_prose(11)
        (0, 1, 1)
        """
        sources = [run.src_start for run in self._runs]  # built per call: used once per claimless finding
        index = bisect_right(sources, offset) - 1
        if index < 0:
            return 0
        run = self._runs[index]
        if offset < run.src_end:
            return run.text_start + (min(offset - run.src_start, run.text_len - 1) if run.identity else 0)
        return run.text_start + run.text_len

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map the prose span ``[start, end)`` to the source span it came from."""
        if not self._runs:
            return 0, 0
        first = self._run_at(start)
        src_start = first.src_start + (start - first.text_start) if first.identity else first.src_start
        if end <= start:
            return src_start, src_start
        last = self._run_at(end - 1)
        src_end = last.src_start + (end - last.text_start) if last.identity else last.src_end
        return src_start, max(src_end, src_start)


class TextMapBuilder:
    """Accumulates prose from a source, one run at a time, in source order."""

    def __init__(self, source: str) -> None:
        self._source = source
        self._parts: list[str] = []
        self._runs: list[_Run] = []
        self._length = 0

    def copy(self, src_start: int, src_end: int) -> None:
        """Append ``source[src_start:src_end]`` unchanged."""
        if src_end <= src_start:
            return
        self._parts.append(self._source[src_start:src_end])
        last = self._runs[-1] if self._runs else None
        size = src_end - src_start
        if last and last.identity and last.src_end == src_start:
            self._runs[-1] = _Run(
                last.text_start, last.text_len + size, last.src_start, src_end, True
            )
        else:
            self._runs.append(_Run(self._length, size, src_start, src_end, True))
        self._length += size

    def replace(self, src_start: int, src_end: int, prose: str) -> None:
        """Append ``prose`` standing for ``source[src_start:src_end]`` (an entity, an escape)."""
        if not prose:
            return
        self._parts.append(prose)
        self._runs.append(_Run(self._length, len(prose), src_start, src_end, False))
        self._length += len(prose)

    def separate(self, src_at: int, prose: str = "\n\n") -> None:
        """Append a synthetic break (between HTML blocks) that maps to no source text."""
        if self._parts and self._parts[-1].endswith(prose):
            return
        self.replace(src_at, src_at, prose)

    @property
    def length(self) -> int:
        """Prose characters appended so far."""
        return self._length

    def build(self) -> tuple[str, TextMap]:
        return "".join(self._parts), TextMap(self._runs)
